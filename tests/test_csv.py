"""CSV contact lists: the twelve real-world exports, round trips, encodings."""

from __future__ import annotations

import codecs
import io
import json
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressrelease import (
    Contact,
    ContactRole,
    CsvRecord,
    Phone,
    Severity,
    ValidationError,
    read_csv,
    to_csv,
    write_csv,
)
from pressrelease.formats.csv import (
    SEPARATOR,
    CsvEmail,
    CsvPhone,
    CsvRow,
    _write_rows,
)
from pressrelease.strategies import contacts, email_addresses, phone_numbers

from .helpers import DATA, assert_linear

CSV = DATA / "csv"
FIXTURES = sorted(p.stem for p in CSV.glob("*.csv"))


def _expected(stem: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        (CSV / f"{stem}.expected.json").read_text(encoding="utf-8")
    )
    return loaded


def _read(data: bytes, region: str | None = None) -> list[CsvRecord]:
    return list(read_csv(io.BytesIO(data), region=region))


def _by_line(records: list[CsvRecord]) -> dict[int, CsvRecord]:
    return {r.line: r for r in records if r.kind != "header"}


def test_there_are_twelve_fixtures() -> None:
    assert len(FIXTURES) == 12


@pytest.mark.parametrize("stem", FIXTURES)
def test_fixture_rows_field_by_field(stem: str) -> None:
    # Where the fixtures say "organisation" they mean what the row says: a
    # Company column's name, or (with the library's keys) the id.
    expected = _expected(stem)
    records = list(read_csv(CSV / f"{stem}.csv", region=expected["region"]))
    header = records[0]
    assert header.kind == "header"
    assert header.ok
    ignored = [f.column for f in header.findings if f.code == "csv.ignored_column"]
    assert ignored == expected["ignored_columns"]
    got = _by_line(records)
    assert sorted(got) == [row["line"] for row in expected["rows"]]
    for want in expected["rows"]:
        record = got[want["line"]]
        where = f"{stem}:{want['line']}"
        if want.get("empty") or want.get("footer"):
            assert record.kind == ("empty" if want.get("empty") else "footer"), where
            assert record.ok, where
            continue
        if not want["ok"]:
            problems = sorted(
                (p.split(":", 1)[0], p.rsplit("[", 1)[1].rstrip("]"))
                for p in want["problems"]
            )
            assert sorted((p.column, p.code) for p in record.problems) == problems
            assert all(p.line == want["line"] for p in record.problems), where
            assert record.contact is None, where
            continue
        assert record.ok, (where, [str(p) for p in record.problems])
        row, contact = record.row, record.contact
        assert row is not None
        assert contact is not None
        assert row.name == contact.name == want["name"], where
        assert contact.honorific == want["honorific"], where
        assert contact.title == want["title"], where
        assert (row.organisation_name or row.organisation) == want["organisation"]
        assert contact.language == want["language"], where
        assert contact.country == want["country"], where
        assert [str(e.address) for e in row.emails] == want["emails"], where
        assert [{"e164": str(p.number), "kind": p.kind} for p in row.phones] == want[
            "phones"
        ], where
        # The Contact holds every address and every number with its kind.
        assert [str(e) for e in contact.emails] == want["emails"], where
        assert str(contact.email) == (want["emails"] or ["None"])[0], where
        assert [
            {"e164": str(p.number), "kind": p.kind.value} for p in contact.phones
        ] == want["phones"], where


@pytest.mark.parametrize("stem", FIXTURES)
def test_fixture_encodings_are_reported_only_when_guessed(stem: str) -> None:
    expected = _expected(stem)
    records = list(read_csv(CSV / f"{stem}.csv", region=expected["region"]))
    guessed = [
        f for r in records for f in r.findings if f.code == "csv.encoding_guessed"
    ]
    assert len(guessed) == (1 if expected["encoding"] == "cp1252" else 0)


def test_problems_name_the_path_and_the_column() -> None:
    data = b"Name,Phone,Mobile Phone,Country\nAnn,+44 20 7946 0123,+61 2 555,GB\n"
    (problem,) = _by_line(_read(data))[2].problems
    assert str(problem) == (
        'row 2: $.phones[1] (column "Mobile Phone"): '
        "'+61 2 555' is too short to be a number [phone.too_short]"
    )


def test_the_region_reads_national_numbers_on_rows_without_a_country() -> None:
    data = b"Name,Phone,Country\nAnn,020 7946 0123,\nBo,(415) 253-0000,US\n"
    rows = _by_line(_read(data, region="GB"))
    assert [str(p.number) for p in rows[2].contact.phones] == ["+442079460123"]  # type: ignore[union-attr]
    assert [str(p.number) for p in rows[3].contact.phones] == ["+14152530000"]  # type: ignore[union-attr]
    (problem,) = _by_line(_read(data))[2].problems
    assert (problem.code, problem.path, problem.column) == (
        "phone.national",
        "$.phones[0]",
        "Phone",
    )
    assert "region='GB'" in problem.message
    assert "--region GB" in problem.message
    assert "'Country' column" in problem.message
    (problem,) = _by_line(_read(b"Name,Phone\nAnn,020 7946 0123\n"))[2].problems
    assert problem.code == "phone.national"
    assert "add a Country column" in problem.message


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Großbritannien", "GB"),
        ("États-Unis", "US"),
        ("Česko", "CZ"),
        ("Polska", "PL"),
        ("U.S.A.", "US"),
        ("de", "DE"),
    ],
)
def test_country_names_are_the_shared_lookups(written: str, code: str) -> None:
    data = f"Name,Land\nAnn,{written}\n".encode()
    contact = _by_line(_read(data))[2].contact
    assert contact is not None
    assert contact.country == code


def test_a_bad_region_is_rejected_at_the_call() -> None:
    from pressrelease import ValidationError

    with pytest.raises(ValidationError):
        read_csv(io.BytesIO(b"Name\nA\n"), region="UK")


@pytest.mark.parametrize(
    ("cell", "kinds"),
    [
        ("+44 20 7946 0123 ::: +44 7700 900123", ["voice", "voice"]),
        ("+44 20 7946 0123\n+44 7700 900123", ["voice", "voice"]),
        ("+44 20 7946 0123, Fax: +44 20 7946 0124", ["voice", "fax"]),
        ("+1 202 555 0144, ext. 12", ["voice"]),
        ("+85523211240;ext=334", ["voice"]),
        ("Mobile: +44 7700 900123", ["mobile"]),
    ],
)
def test_several_numbers_in_a_cell(cell: str, kinds: list[str]) -> None:
    text = 'Name,Phone\nAnn,"' + cell.replace('"', '""') + '"\n'
    record = _by_line(_read(text.encode()))[2]
    assert record.ok, [str(p) for p in record.problems]
    assert record.row is not None
    assert [p.kind for p in record.row.phones] == kinds


def test_the_extension_separator_is_never_split() -> None:
    record = _by_line(_read(b"Name,Phone\nAnn,+85523211240;ext=334\n"))[2]
    assert record.contact is not None
    assert str(record.contact.phones[0].number) == "+85523211240;ext=334"


@pytest.mark.parametrize(
    "text", ["+95 1 254 852-3", "+95 1 254 852\u20133", "+66 2 288 1746-7"]
)
def test_dash_ranges_are_never_one_number(text: str) -> None:
    data = ("Name,Phone\nAnn," + text + "\n").encode()
    (problem,) = _by_line(_read(data))[2].problems
    assert problem.code == "phone.range"


def test_group_separators_are_not_ranges() -> None:
    record = _by_line(_read(b"Name,Phone,Country\nAnn,650-253-0000,US\n"))[2]
    assert record.ok


def test_dashes_follow_the_models_rules() -> None:
    # A German direct-dial extension after a dash is part of the number; a
    # short group that does not count up is ambiguous, never a guess.
    data = b"Name,Phone\nAnn,+49 30 12345-0\nBo,+66 2 288 1746-2\n"
    rows = _by_line(_read(data))
    assert rows[2].contact is not None
    assert str(rows[2].contact.phones[0].number) == "+4930123450"
    assert [(p.code, p.column) for p in rows[3].problems] == [
        ("phone.ambiguous", "Phone")
    ]


def test_the_role_column_is_the_library_key_only() -> None:
    data = b"name,role\nAnn,investor\nBo,editor\n"
    rows = _by_line(_read(data))
    assert rows[2].contact is not None
    assert rows[2].contact.role is ContactRole.INVESTOR
    assert [(p.path, p.column, p.code) for p in rows[3].problems] == [
        ("$.role", "role", "choice")
    ]
    header, record = _read(b"Name,Role\nAnn,Editor\n")
    assert [f.column for f in header.findings] == ["Role"]
    assert record.ok


def test_utf8_bom_utf16_and_delimiters() -> None:
    text = "Name;E-Mail;Land\r\nJürgen Groß;j@example.de;Deutschland\r\n"
    for data in (
        codecs.BOM_UTF8 + text.encode(),
        text.encode("utf-16"),
        text.replace(";", "\t").encode("utf-16-be").join([codecs.BOM_UTF16_BE, b""]),
    ):
        record = _by_line(_read(data))[2]
        assert record.contact is not None
        assert record.contact.name == "Jürgen Groß"
        assert record.contact.country == "DE"
        assert not any(f.code == "csv.encoding_guessed" for f in record.findings)


def test_bad_bytes_are_reported_on_their_row_and_the_rest_is_read() -> None:
    data = (
        "Name,Email\nJürgen,j@example.de\nBad \udcff,b@example.de\nAnn,a@example.org\n"
    )
    raw = data.encode("utf-8", "surrogateescape")
    rows = _by_line(_read(raw))
    assert rows[2].ok
    assert rows[4].ok
    assert [p.code for p in rows[3].problems] == ["csv.encoding"]


def test_cp1252_is_a_fallback_with_a_finding() -> None:
    text = "Name,Email\nAnn,a@example.org\nJosé O\u2019Brien,j@example.es\n"
    raw = text.encode("cp1252")
    rows = _by_line(_read(raw))
    assert rows[3].contact is not None
    assert rows[3].contact.name == "José O\u2019Brien"
    (finding,) = rows[3].findings
    assert (finding.code, finding.severity, finding.line) == (
        "csv.encoding_guessed",
        Severity.WARNING,
        3,
    )


def test_a_quoted_newline_keeps_the_next_record_on_its_physical_line() -> None:
    data = b'Name,Title\n"Ann","a\nb"\nBo,\n'
    rows = _by_line(_read(data))
    assert sorted(rows) == [2, 4]
    assert [p.code for p in rows[2].problems] == ["control_character"]


def test_empty_files_and_unknown_headers_are_problems() -> None:
    assert [p.code for p in _read(b"")[0].problems] == ["csv.header"]
    records = _read(b'{"name": "Ann"}\n{"name": "Bo"}\n')
    assert [r.kind for r in records] == ["header"]
    assert [p.code for p in records[0].problems] == ["csv.header"]


def test_an_unclosed_quote_stops_with_a_problem_not_a_memory_blowup() -> None:
    data = b'Name,Title\nAnn,"unclosed\n' + b"x" * 300_000 + b"\n"
    records = _read(data)
    assert records[-1].problems[0].code == "csv.syntax"


def test_conflicting_columns_are_a_problem() -> None:
    data = b"Job Title,Position,Name\nEditor,Reporter,Ann\n"
    (problem,) = _by_line(_read(data))[2].problems
    assert (problem.code, problem.column) == ("csv.conflict", "Position")


# --- Writing, formulas and round trips ---

DANGEROUS = ["=1+2", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "'=x", "''+"]


@pytest.mark.parametrize("title", DANGEROUS)
def test_no_written_cell_starts_a_formula(title: str) -> None:
    contact = Contact(name="Ann", title=title, phones=("+44 7700 900123",))
    text = to_csv([contact], bom=False)
    for line in text.splitlines()[1:]:
        for cell in line.split(","):
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), cell
    assert _roundtrip([contact]) == [contact]


def _roundtrip(written: list[Contact]) -> list[Contact]:
    data = to_csv(written).encode("utf-8")
    records = list(read_csv(io.BytesIO(data)))
    assert all(r.ok for r in records), [str(p) for r in records for p in r.problems]
    return [r.contact for r in records if r.contact is not None]


@given(st.lists(contacts(), max_size=4))
def test_contacts_round_trip(written: list[Contact]) -> None:
    # Every kind of number and its label, several emails and the role come
    # back; a label the reader would split is refused, never written.
    refused: ValidationError | None = None
    try:
        back = _roundtrip(written)
    except ValidationError as exc:
        refused = exc
    if refused is None:
        assert back == written
    else:
        assert {p.code for p in refused.problems} == {"csv.label"}
        labels = [p.label or "" for c in written for p in c.phones]
        assert any(SEPARATOR in x or "): " in x for x in labels)


@pytest.mark.parametrize(
    "label", ["Bangkok office", "24/7, press only", "a (b", "x): y", "Voice (z): +1"]
)
def test_a_numbers_label_is_written_and_read_back(label: str) -> None:
    contact = Contact(
        name="Ann",
        phones=(
            Phone(number="+44 20 7946 0123", kind="fax", label=label),
            Phone(number="+44 (0)20 7946 0124", label=label),
            Phone(number="+44 7700 900123", kind="mobile"),
        ),
    )
    text = to_csv([contact], bom=False)
    assert f"Fax ({label}): +442079460123" in text.replace('""', '"')
    assert _roundtrip([contact]) == [contact]


def test_a_label_holding_the_separator_is_refused_with_its_path() -> None:
    contact = Contact(
        name="Ann", phones=(Phone(number="+44 20 7946 0123", label="a ::: b"),)
    )
    with pytest.raises(ValidationError) as caught:
        to_csv([Contact(name="Bo"), contact])
    assert [(p.path, p.code) for p in caught.value.problems] == [
        ("$[1].phones[0].label", "csv.label")
    ]


def test_a_label_in_parentheses_is_read_from_any_file() -> None:
    data = b"Name,Phone\nAnn,Mobile (after hours): +44 7700 900123\n"
    (record,) = [r for r in read_csv(io.BytesIO(data)) if r.kind == "contact"]
    assert record.contact is not None
    (phone,) = record.contact.phones
    assert (phone.kind.value, phone.label) == ("mobile", "after hours")


def test_kinds_and_several_emails_round_trip() -> None:
    contact = Contact(
        name="Ann",
        role="media",
        emails=("ann@example.org", "press@example.org"),
        phones=(
            Phone(number="+44 20 7946 0123", kind="fax"),
            Phone(number="+44 7700 900123", kind="mobile"),
            Phone(number="+44 20 7946 0124", kind="text"),
        ),
    )
    assert _roundtrip([contact]) == [contact]


@st.composite
def _rows(draw: st.DrawFn) -> CsvRow:
    contact = draw(contacts())
    emails = draw(st.lists(email_addresses(), max_size=3, unique=True))
    kinds = st.sampled_from(["voice", "mobile", "fax", "pager", "text"])
    phones = draw(st.lists(st.tuples(phone_numbers(), kinds), max_size=4))
    return CsvRow(
        name=contact.name,
        honorific=contact.honorific,
        title=contact.title,
        organisation=contact.organisation,
        language=contact.language,
        emails=tuple(CsvEmail(address=a) for a in emails),
        phones=tuple(CsvPhone(number=n, kind=k) for n, k in phones),
        country=contact.country,
    )


@given(st.lists(_rows(), max_size=4))
def test_rows_round_trip_with_kinds_and_several_emails(written: list[CsvRow]) -> None:
    out = io.StringIO()
    _write_rows(written, out)
    records = list(read_csv(io.BytesIO(out.getvalue().encode("utf-8"))))
    assert all(r.ok for r in records), [str(p) for r in records for p in r.problems]
    assert [r.row for r in records if r.kind == "contact"] == written


def test_write_csv_to_a_file(tmp_path: Path) -> None:
    contact = Contact(name="Ann", emails=("ann@example.org",), country="GB")
    path = tmp_path / "out.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        assert write_csv([contact], out) == 1
    assert [r.contact for r in read_csv(path) if r.contact] == [contact]


def test_records_and_issues_pickle() -> None:
    data = b"Name,Phone\nAnn,+44 7700 900123\nBo,+44 20 79\n"
    records = _read(data)
    assert pickle.loads(pickle.dumps(records)) == records


# --- Linear time ---


def _long_cells(n: int) -> bytes:
    # A name, a phone of digits and dashes, an email: each n long.
    return b"Name,Phone,Email\n" + b"A" * n + b"," + b"1-" * n + b"," + b"a" * n + b"\n"


def _many_columns(n: int) -> bytes:
    header = b",".join(b"Phone %d" % i for i in range(n))
    return header + b"\n" + b",".join(b"1-2" for _ in range(n)) + b"\n"


def _many_rows(n: int) -> bytes:
    return b"Name,Phone,Country\n" + b"Ann Lee,+44 7700 900123,GB\n" * (n // 8)


def _many_values(n: int) -> bytes:
    return b'Name,Phone\nAnn,"' + b"1, " * (n // 3) + b'"\n'


def _open_label(n: int) -> bytes:
    return b'Name,Phone\nAnn,"Fax (' + b"a, " * (n // 3) + b'"\n'


@pytest.mark.complexity
@pytest.mark.parametrize(
    "make",
    [_long_cells, _many_columns, _many_rows, _many_values, _open_label],
    ids=["long cells", "many columns", "many rows", "many values", "open label"],
)
def test_read_csv_is_linear(make: Any) -> None:
    assert_linear(make, lambda data: list(read_csv(io.BytesIO(data))), 4_000)
