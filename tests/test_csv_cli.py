"""``pressrelease validate contacts.csv`` and ``export --to csv``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pressrelease import from_json, read_csv
from pressrelease.cli import main

from .helpers import DATA, SEED_JSON_PATH

CSV = DATA / "csv"
LINE = re.compile(r"^(?P<file>.+?):(?P<line>[0-9]+): (?P<rest>.*)$")


@pytest.mark.parametrize("stem", sorted(p.stem for p in CSV.glob("*.csv")))
def test_every_problem_is_on_its_rows_line_and_none_on_good_rows(
    stem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = json.loads((CSV / f"{stem}.expected.json").read_text("utf-8"))
    args = ["validate", str(CSV / f"{stem}.csv")]
    if expected["region"]:
        args += ["--region", expected["region"]]
    bad = {r["line"]: r for r in expected["rows"] if not r["ok"]}
    assert main(args) == (1 if bad else 0)
    printed: dict[int, list[str]] = {}
    for text in capsys.readouterr().out.splitlines()[:-1]:
        match = LINE.match(text)
        assert match, text
        printed.setdefault(int(match["line"]), []).append(match["rest"])
    errors: dict[int, list[str]] = {}
    for line, rests in printed.items():
        codes = [m[1] for r in rests if (m := re.search(r"\[([a-z_.]+)\]$", r))]
        if codes:
            errors[line] = sorted(codes)
    for line, row in bad.items():
        want = sorted(p.rsplit("[", 1)[1].rstrip("]") for p in row["problems"])
        assert errors.get(line) == want, (line, printed.get(line))
    assert set(errors) <= set(bad)  # findings (with a severity) aside


def test_a_clean_list_prints_nothing_but_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "name,emails,phones,country\n"
        "Ann Lee,ann@example.org,020 7946 0018,GB\n"
        "Bo Chan,bo@example.org,+66 2 288 1746,TH\n",
        encoding="utf-8",
    )
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == (
        "2 documents in 1 file: 0 problems, 0 findings\n"
    )


def test_the_region_option_and_input_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "list.txt"
    path.write_text("Name,Phone\nAnn Lee,020 7946 0018\n", encoding="utf-8")
    assert main(["validate", "--input-format", "csv", str(path)]) == 1
    out = capsys.readouterr().out
    assert "[phone.national]" in out
    assert "--region GB" in out
    assert main(["validate", "--input-format", "csv", "--region", "GB", str(path)]) == 0


def test_json_output_names_the_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Mobile\nAnn Lee,+61 2 555\n", encoding="utf-8")
    assert main(["validate", "--format", "json", str(path)]) == 1
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert record["line"] == 2
    assert record["path"] == "$.phones[0]"
    assert record["column"] == "Mobile"
    assert record["code"] == "phone.too_short"


def test_export_a_releases_contacts_to_csv(tmp_path: Path) -> None:
    out = tmp_path / "contacts.csv"
    assert main(["export", "--to", "csv", str(SEED_JSON_PATH), "-o", str(out)]) == 0
    release = from_json(SEED_JSON_PATH.read_bytes())
    read = [r.contact for r in read_csv(out) if r.contact is not None]
    assert read == list(release.contacts)


def test_export_a_list_of_contacts_to_csv(tmp_path: Path) -> None:
    source = tmp_path / "list.jsonl"
    source.write_text(
        '{"name": "Ann Lee", "phones": ["+44 20 7946 0018"]}\n'
        '{"name": "=cmd", "emails": ["x@example.org", "y@example.org"]}\n',
        encoding="utf-8",
    )
    out = tmp_path / "list.csv"
    assert main(["export", "--to", "csv", str(source), "-o", str(out)]) == 0
    read = [r.contact for r in read_csv(out) if r.contact]
    assert [c.name for c in read] == ["Ann Lee", "=cmd"]
    assert [str(e) for e in read[1].emails] == ["x@example.org", "y@example.org"]
    assert "\n'=cmd," in out.read_text("utf-8-sig").replace("\r\n", "\n")
