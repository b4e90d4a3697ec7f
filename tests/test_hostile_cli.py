"""Hostile input, round two (issue 15): the command line, driven as users do.

Bounded reads, safe ``-o`` targets, escaped output, validate's batches and
exit statuses, closed pipes, and worker processes that end with their parent.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pressrelease.cli import _io
from pressrelease.cli._escape import escape
from pressrelease.cli._io import UsageError, write_text

from .helpers import EXAMPLES, child_env

SEED_JSON = str(EXAMPLES / "uniap_2009.json")
PRESSRELEASE = [sys.executable, "-m", "pressrelease"]


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [*PRESSRELEASE, *args],
        input=stdin,
        capture_output=True,
        env=child_env(),
        cwd=cwd,
        check=False,
    )
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8", "backslashreplace"),
        done.stderr.decode("utf-8", "backslashreplace"),
    )


def no_traceback(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr, done.stderr


# 7. Reads are bounded.


def test_validate_dev_zero_is_a_clear_problem() -> None:
    done = run("validate", "/dev/zero")
    no_traceback(done)
    assert done.returncode == 1
    assert "/dev/zero:1: $:" in done.stdout
    assert "[json.too_large]" in done.stdout


def test_render_dev_zero_is_a_clear_problem() -> None:
    done = run("render", "/dev/zero")
    no_traceback(done)
    assert done.returncode == 1
    assert "[json.too_large]" in done.stderr


# 12-14. -o targets.


# These tests never name a real device as -o: run as root against a
# regression, that would replace /dev/null or /dev/full for the whole machine.
# A FIFO takes the same path (anything that is not a regular file).


def test_a_failure_writing_in_place_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(_io, "open", full, raising=False)
    with pytest.raises(UsageError, match=r"cannot write .*No space left on device"):
        write_text(str(fifo), "text\n")
    assert fifo.is_fifo()


def test_output_to_dev_stdout_goes_to_stdout() -> None:
    done = run("render", SEED_JSON, "-o", "/dev/stdout")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("UNIAP")


def test_output_through_a_symlink_follows_it(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    done = run("render", SEED_JSON, "-o", str(link))
    assert done.returncode == 0, done.stderr
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("UNIAP")


def test_output_to_a_fifo_writes_into_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    done = run("render", SEED_JSON, "-o", str(fifo))
    out, _ = reader.communicate(timeout=30)
    assert done.returncode == 0, done.stderr
    assert out.startswith(b"UNIAP")
    assert fifo.is_fifo()


@pytest.mark.parametrize("name", ["", "folder", "folder/", "missing/"])
def test_unwritable_outputs_are_exit_2(tmp_path: Path, name: str) -> None:
    (tmp_path / "folder").mkdir()
    done = run("render", SEED_JSON, "-o", name, cwd=tmp_path)
    no_traceback(done)
    assert done.returncode == 2
    assert "pressrelease: error: cannot write" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]


@pytest.mark.skipif(
    not Path("/dev/full").is_char_device(), reason="needs the /dev/full device"
)
def test_stdout_on_dev_full_is_exit_2() -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [*PRESSRELEASE, "render", SEED_JSON],
            stdout=full,
            stderr=subprocess.PIPE,
            env=child_env(),
            check=False,
        )
    assert done.returncode == 2
    assert b"cannot write standard output" in done.stderr
    assert b"Traceback" not in done.stderr


def test_an_input_given_on_stdin_is_not_overwritten(tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_bytes(Path(SEED_JSON).read_bytes())
    with open(source, "rb") as stdin:
        done = subprocess.run(
            [*PRESSRELEASE, "render", "-", "-o", str(source)],
            stdin=stdin,
            capture_output=True,
            env=child_env(),
            check=False,
        )
    assert done.returncode == 2
    assert b"refusing to overwrite the input file" in done.stderr
    assert source.read_bytes() == Path(SEED_JSON).read_bytes()


def test_a_read_only_output_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("keep\n", encoding="utf-8")
    target.chmod(0o444)
    done = run("render", SEED_JSON, "-o", str(target))
    assert done.returncode == 2
    assert "read-only" in done.stderr
    assert target.read_text(encoding="utf-8") == "keep\n"


# 15. One escaping function for everything from the input.

HOSTILE_KEY = "\x1b]0;pwned\x07\x1b[2J\nforged.json:1: $: fine [ok]\u202e\udc80"


def hostile_file(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.json"
    text = json.dumps({"name": "A", HOSTILE_KEY: 1})  # \udc80 as an escape
    path.write_text(text, encoding="ascii")
    return path


def test_text_output_escapes_keys(tmp_path: Path) -> None:
    done = run("validate", "--type", "contact", str(hostile_file(tmp_path)))
    no_traceback(done)
    assert done.returncode == 1
    assert "\x1b" not in done.stdout
    assert "\x07" not in done.stdout
    assert "\u202e" not in done.stdout
    assert not any(line.startswith("forged") for line in done.stdout.splitlines())
    assert "\\x1b]0;pwned\\x07" in done.stdout
    assert "\\udc80" in done.stdout


def test_json_output_escapes_keys(tmp_path: Path) -> None:
    done = run(
        "validate", "--type", "contact", "--format", "json", str(hostile_file(tmp_path))
    )
    no_traceback(done)
    (line,) = done.stdout.splitlines()
    record = json.loads(line)
    assert record["code"] == "unknown_key"
    assert record["path"] == '$["' + escape(HOSTILE_KEY) + '"]'
    assert escape(record["path"]) == record["path"]
    assert escape(record["message"]) == record["message"]


def test_escape_covers_every_dangerous_character() -> None:
    dangerous = [chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]]
    dangerous += ["\u2028", "\u2029", "\u202a", "\u202e", "\u2066", "\u2069"]
    dangerous += ["\ud800", "\udfff", "\u200e", "\u061c"]
    for char in dangerous:
        shown = escape(f"a{char}b")
        assert shown.isprintable(), repr(char)
        assert shown.isascii(), repr(char)
    assert escape("Ayutthaya, ឧបនាយករដ្ឋមន្ត្រី") == "Ayutthaya, ឧបនាយករដ្ឋមន្ត្រី"


# 16. validate's batches.


def test_deep_nesting_in_a_json_file_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="ascii")
    done = run("validate", str(path))
    no_traceback(done)
    assert done.returncode == 1
    assert "[json.too_deep]" in done.stdout


def test_an_oversized_file_is_named_and_the_batch_goes_on(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with open(big, "wb") as out:
        out.write(b"[\n" + b" " * 20_000_001 + b"]")  # one document, not lines
    done = run("validate", str(big), SEED_JSON)
    no_traceback(done)
    assert done.returncode == 1
    assert f"{big}:1: $:" in done.stdout
    assert "[json.too_large]" in done.stdout
    assert "phone.not_valid" in done.stdout  # the next file was checked
    assert done.stdout.splitlines()[-1] == (
        "2 documents in 2 files: 1 problem, 1 finding"
    )


def test_an_empty_file_or_stdin_is_a_problem(tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text("\n  \n", encoding="ascii")
    for args, stdin in [((str(empty),), None), (("-",), b"")]:
        done = run("validate", *args, stdin=stdin)
        assert done.returncode == 1
        assert "[json.empty]" in done.stdout


def test_a_pretty_printed_document_named_jsonl_gets_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "release.jsonl"
    path.write_bytes(Path(SEED_JSON).read_bytes())
    done = run("validate", str(path))
    assert done.returncode == 1
    (problem, summary) = done.stdout.splitlines()
    assert "[json.not_lines]" in problem
    assert "--no-lines" in problem
    assert summary == "1 document in 1 file: 1 problem, 0 findings"
    assert run("validate", "--no-lines", str(path)).returncode == 0


def many_bad_contacts(tmp_path: Path, count: int = 20_000) -> Path:
    path = tmp_path / "bad.jsonl"
    line = json.dumps({"name": "A", "email": "not an address"}) + "\n"
    path.write_text(line * count, encoding="ascii")
    return path


def test_a_closed_pipe_after_problems_exits_1(tmp_path: Path) -> None:
    path = many_bad_contacts(tmp_path)
    for fmt in ("text", "json"):
        command = [*PRESSRELEASE, "validate", "--format", fmt, str(path)]
        with subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env()
        ) as process:
            assert process.stdout is not None
            assert process.stderr is not None
            process.stdout.readline()
            process.stdout.close()  # as `| head -1` does
            status = process.wait(timeout=60)
            err = process.stderr.read()
        assert status == 1
        assert b"Traceback" not in err
        assert b"Exception ignored" not in err


# 17. Worker processes end when their parent is terminated.


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status  # a zombie has ended


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_workers_end_when_the_parent_is_terminated(tmp_path: Path) -> None:
    path = many_bad_contacts(tmp_path, 200_000)
    with subprocess.Popen(
        [*PRESSRELEASE, "validate", "--jobs", "2", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=child_env(),
    ) as parent:
        deadline = time.monotonic() + 30
        workers: list[int] = []
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
            workers = _children(parent.pid)
        assert len(workers) >= 2, "the workers did not start"
        parent.send_signal(signal.SIGTERM)
        parent.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(_running(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [w for w in workers if _running(w)]
    for pid in left:  # do not leave them behind even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert left == []
