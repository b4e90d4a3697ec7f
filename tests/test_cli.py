"""The pressrelease command, driven as users drive it: a subprocess."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pressrelease import Contact, from_json, to_json
from pressrelease.cli._io import UsageError, write_text
from pressrelease.cli._validate import validate

from .helpers import EXAMPLES, child_env

SCRIPT = shutil.which("pressrelease", path=str(Path(sys.executable).parent))
SEED_TXT = str(EXAMPLES / "uniap_2009.txt")
SEED_JSON = str(EXAMPLES / "uniap_2009.json")
CONTACTS = str(EXAMPLES / "contacts.jsonl")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    assert SCRIPT is not None, "the console script is not installed"
    return subprocess.run(
        [SCRIPT, *args],
        input=stdin,
        capture_output=True,
        env=child_env(),
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_python_dash_m_and_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pressrelease", "--version"],
        capture_output=True,
        env=child_env(),
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("pressrelease ")


@pytest.mark.parametrize("command", ["import", "validate", "render"])
def test_every_subcommand_has_help_with_examples(command: str) -> None:
    done = run(command, "--help")
    assert done.returncode == 0
    assert "examples:" in done.stdout
    assert f"pressrelease {command}" in done.stdout


def test_usage_errors_exit_2() -> None:
    assert run().returncode == 2
    assert run("frobnicate").returncode == 2
    assert run("validate", "--no-such-option", SEED_JSON).returncode == 2
    missing = run("validate", "no/such/file.json")
    assert missing.returncode == 2
    assert "cannot read no/such/file.json" in missing.stderr


def test_import_writes_json_and_reports_findings(tmp_path: Path) -> None:
    out = tmp_path / "release.json"
    done = run("import", SEED_TXT, "-o", str(out))
    # The pre-2017 Vietnamese number is a warning, printed; a release was
    # imported, so the status is 0 (warnings allowed, as docs/cli.md says).
    assert done.returncode == 0
    assert f"{SEED_TXT}:74: $.contacts[4].phones[0]:" in done.stderr
    assert "[phone.not_valid, warning]" in done.stderr
    assert f"{SEED_TXT}:30: $: website" in done.stderr
    release = from_json(out.read_text(encoding="utf-8"))
    assert release.headline.startswith("MEKONG COUNTRIES")
    assert done.stdout == ""


def test_import_from_stdin_to_stdout() -> None:
    text = Path(SEED_TXT).read_text(encoding="utf-8")
    done = run("import", "-", stdin=text)
    assert from_json(done.stdout).dateline.place == "Ayutthaya"


def test_import_of_text_without_a_release() -> None:
    done = run("import", "-", stdin="nothing to see\n")
    assert done.returncode == 1
    assert done.stdout == ""
    assert "nothing imported" in done.stderr
    assert "[import.no_dateline, error]" in done.stderr


def test_import_of_contacts_alone_writes_json_lines_and_exits_0() -> None:
    text = (
        "Media contact:\n"
        "Jane Doe, Press Officer\n"
        "Tel: +41 22 555 01 23\n"
        "Email: jane.doe@example.org\n"
    )
    done = run("import", "-", stdin=text)
    assert done.returncode == 0, done.stderr
    assert "no release imported; 1 contact written as JSON Lines" in done.stderr
    (line,) = done.stdout.splitlines()
    contact = json.loads(line)
    assert contact["name"] == "Jane Doe"
    assert contact["emails"] == ["jane.doe@example.org"]
    assert contact["phones"][0]["number"] == "+41225550123"
    assert contact["role"] == "media"


def test_import_detects_the_language_by_default() -> None:
    text = (
        "ACME AG\n\nPressemitteilung\n\nNEUE FABRIK ERÖFFNET\n\n"
        "Wien, 17. November 2017 \u2013 Die Firma hat die neue Fabrik in der Stadt "
        "eröffnet und sie ist mit den Plänen für das Jahr sehr zufrieden.\n"
    )
    done = run("import", "-", stdin=text)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["language"] == "de"


def test_the_readme_import_example_exits_0(tmp_path: Path) -> None:
    out = tmp_path / "uniap.json"
    done = run("import", str(EXAMPLES / "uniap_2009.txt"), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert from_json(out.read_text(encoding="utf-8")).issuer.acronym == "UNIAP"


def test_import_clean_release_exits_0() -> None:
    text = "UNIAP\n\nPRESS RELEASE\n\nHEADLINE\n\nBangkok, 19 June 2009 \u2013 Text.\n"
    done = run("import", "-", stdin=text)
    assert done.returncode == 0, done.stderr
    # Only what it left out, as information: the wire marker, with its line.
    assert done.stderr.splitlines() == [
        "-:3: $: a wire marker not imported: 'PRESS RELEASE' [import.furniture, info]"
    ]


def test_validate_clean_and_strict() -> None:
    done = run("validate", SEED_JSON)
    assert done.returncode == 0
    assert done.stdout.splitlines()[-1] == (
        "1 document in 1 file: 0 problems, 1 finding"
    )
    strict = run("validate", "--strict", SEED_JSON)
    assert strict.returncode == 1
    assert f"{SEED_JSON}:" in strict.stdout
    assert "[phone.not_valid]" in strict.stdout


def test_validate_reports_the_line_in_a_pretty_document(tmp_path: Path) -> None:
    document = json.loads(Path(SEED_JSON).read_text(encoding="utf-8"))
    document["contacts"][6]["phones"][0] = "+95 1 254 852/3"
    path = tmp_path / "bad.json"
    text = json.dumps(document, indent=2, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    done = run("validate", str(path))
    assert done.returncode == 1
    (line,) = [x for x in done.stdout.splitlines() if "phone.range" in x]
    number = int(line.split(":")[1])
    assert "+95 1 254 852/3" in text.splitlines()[number - 1]


def test_validate_json_lines_text_and_json_formats() -> None:
    done = run("validate", CONTACTS)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"{CONTACTS}:2: $.phones[0]: '+95 1 254 852/3'")
    assert lines[-1] == "7 documents in 1 file: 7 problems, 2 findings"
    as_json = run("validate", "--format", "json", CONTACTS)
    records = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert len(records) == 9
    assert records[0] == {
        "file": CONTACTS,
        "line": 2,
        "path": "$.phones[0]",
        "code": "phone.range",
        "severity": "error",
        "message": "'+95 1 254 852/3' is a range of two numbers (+95 1 254 852 and "
        "+95 1 254 853), not one number; give each number separately",
    }
    assert "7 documents" in as_json.stderr


def test_validate_stdin_and_several_files() -> None:
    line = to_json(Contact(name="A", phones=("+66 2 288 1746",)), indent=None)
    done = run("validate", "-", SEED_JSON, stdin=line + "\n" + line + "\n")
    assert done.returncode == 0
    assert done.stdout.splitlines()[-1].startswith("3 documents in 2 files")


def test_validate_forced_lines_with_a_broken_first_line(tmp_path: Path) -> None:
    path = tmp_path / "contacts.jsonl"
    good = to_json(Contact(name="A"), indent=None)
    path.write_text('{"name": \n' + good + "\n", encoding="utf-8")
    done = run("validate", str(path))
    assert done.stdout.splitlines()[0].startswith(f"{path}:1: $: not valid JSON")
    assert done.stdout.splitlines()[-1].startswith("2 documents")


def test_validate_streams_json_lines() -> None:
    # A problem is printed while the input is still open: nothing waits
    # for the whole file, so memory does not grow with it.
    assert SCRIPT is not None
    with subprocess.Popen(
        [SCRIPT, "validate", "--type", "contact", "-"],
        stdin=subprocess.PIPE,
        env=child_env(),
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    ) as process:
        assert process.stdin is not None
        assert process.stdout is not None
        try:
            process.stdin.write('{"name": ""}\n')
            process.stdin.flush()
            first = process.stdout.readline()
            assert first == "-:1: $.name: must not be empty [empty]\n"
            process.stdin.write('{"name": "B", "emails": ["b@undp.org"]}\n')
        finally:
            process.stdin.close()
            rest = process.stdout.read()
            process.wait(timeout=30)
    assert rest == "2 documents in 1 file: 1 problem, 0 findings\n"
    assert process.returncode == 1


def test_progress_is_shown_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "many.jsonl"
    line = to_json(Contact(name="A"), indent=None) + "\n"
    path.write_text(line * 2500, encoding="utf-8")

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    tally = validate(
        [str(path)], wanted="auto", strict=False, fmt="text", out=io.StringIO()
    )
    assert tally.documents == 2500
    assert "\r1000 documents validated" in terminal.getvalue()
    assert "\r2000 documents validated" in terminal.getvalue()


def test_no_progress_when_not_a_terminal() -> None:
    line = to_json(Contact(name="A"), indent=None) + "\n"
    done = run("validate", "-", stdin=line * 1500)
    assert done.stderr == ""


def test_render(tmp_path: Path) -> None:
    done = run("render", SEED_JSON)
    assert done.returncode == 0
    assert done.stdout.startswith("UNIAP\n\nUNITED NATIONS")
    out = tmp_path / "release.txt"
    assert run("render", SEED_JSON, "-o", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8") == done.stdout


def test_render_of_an_invalid_document_keeps_the_old_output(tmp_path: Path) -> None:
    out = tmp_path / "release.txt"
    out.write_text("precious\n", encoding="utf-8")
    done = run("render", "-", "-o", str(out), stdin='{"schema_version": 1}')
    assert done.returncode == 1
    assert "$.id: required key 'id' is missing [missing]" in done.stderr
    assert out.read_text(encoding="utf-8") == "precious\n"


def test_output_never_overwrites_the_input(tmp_path: Path) -> None:
    source = tmp_path / "release.json"
    shutil.copy(SEED_JSON, source)
    before = source.read_bytes()
    done = run("render", str(source), "-o", str(source))
    assert done.returncode == 2
    assert "refusing to overwrite the input" in done.stderr
    assert source.read_bytes() == before


def test_unwritable_output_is_a_usage_error(tmp_path: Path) -> None:
    done = run("render", SEED_JSON, "-o", str(tmp_path / "no" / "dir" / "x.txt"))
    assert done.returncode == 2
    assert "cannot write" in done.stderr


def test_atomic_write_leaves_the_old_file_when_writing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old\n", encoding="utf-8")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(UsageError, match="No space left"):
        write_text(str(target), "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temp file left


def test_atomic_write_keeps_the_file_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    write_text(str(target), "new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert target.stat().st_mode & 0o777 == 0o640


def test_write_text_refuses_its_input(tmp_path: Path) -> None:
    target = tmp_path / "same.json"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(UsageError):
        write_text(str(target), "y", inputs=(str(target),))


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("ninjs", "uniap_2009.ninjs.json"),
        ("ninjs-quotes", "uniap_2009.ninjs-quotes.json"),
        ("jsonld", "uniap_2009.jsonld"),
        ("jsonld-html", "uniap_2009.jsonld.html"),
        ("vcard", "uniap_2009.vcf"),
        ("jcard", "uniap_2009.jcard.json"),
    ],
)
def test_export(tmp_path: Path, fmt: str, name: str) -> None:
    out = tmp_path / name
    done = run("export", "--to", fmt, SEED_JSON, "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == (EXAMPLES / "exports" / name).read_bytes()


def test_export_needs_a_known_format_and_a_valid_release() -> None:
    assert run("export", "--to", "xml", SEED_JSON).returncode == 2
    bad = run("export", "--to", "ninjs", "-", stdin="{}")
    assert bad.returncode == 1
    assert "schema_version" in bad.stderr


def test_schema_command() -> None:
    done = run("schema")
    assert done.returncode == 0
    assert json.loads(done.stdout) == json.loads(
        (EXAMPLES / "exports" / "release.schema.json").read_text(encoding="utf-8")
    )


def test_validate_jobs_gives_the_same_output(tmp_path: Path) -> None:
    lines = Path(CONTACTS).read_text(encoding="utf-8").splitlines() * 150
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    serial = run("validate", str(path))
    parallel = run("validate", "--jobs", "2", str(path))
    assert serial.returncode == parallel.returncode == 1
    assert parallel.stdout == serial.stdout
    assert serial.stdout.splitlines()[-1] == (
        "1050 documents in 1 file: 1050 problems, 300 findings"
    )
