"""CSV contact lists: read a spreadsheet's or a CRM's export, write one back.

:func:`read_csv` streams: it yields one :class:`CsvRecord` per record (the
header first), each with the physical line it starts on, and holds one row in
memory at a time. See docs/csv.md for the headers it knows, the separators
inside a cell, the encodings, and how formulas are kept out of spreadsheets.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Iterator
from typing import IO

import attrs

from pressrelease.errors import ValidationError, quoted
from pressrelease.findings import Severity
from pressrelease.formats import _csv_columns as cols
from pressrelease.formats._csv_lines import Lines, LineTooLongError
from pressrelease.formats._csv_records import (
    FORMULA_START,
    SEPARATOR,
    CsvEmail,
    CsvIssue,
    CsvPhone,
    CsvRecord,
    CsvRow,
)
from pressrelease.formats._csv_row import phone_pieces, read_row, row_of
from pressrelease.iso import parse_country
from pressrelease.limits import MAX_CSV_CELL
from pressrelease.model.contact import Contact

__all__ = [
    "SEPARATOR",
    "CsvEmail",
    "CsvIssue",
    "CsvPhone",
    "CsvRecord",
    "CsvRow",
    "read_csv",
    "to_csv",
    "write_csv",
]

_WRITTEN_LABELS = {
    "voice": "Voice",
    "mobile": "Mobile",
    "fax": "Fax",
    "pager": "Pager",
    "text": "Text",
}


# --- Reading ---


def _sniff(line: str) -> str:
    """The delimiter of a header line: the most frequent of ',', ';', TAB."""
    counts = {d: line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _issue(
    line: int,
    code: str,
    message: str,
    *,
    column: str | None = None,
    severity: Severity = Severity.ERROR,
    path: str = "$",
) -> CsvIssue:
    return CsvIssue(
        line=line,
        path=path,
        column=column,
        code=code,
        severity=severity,
        message=message,
    )


def _header_record(plan: cols.Plan, problems: tuple[CsvIssue, ...] = ()) -> CsvRecord:
    findings = [
        _issue(
            1,
            "csv.ignored_column",
            "no contact field holds this column; its values are not read",
            column=header,
            severity=Severity.INFO,
        )
        for header in plan.ignored
    ]
    names = [c.header for c in plan.columns if c.role == cols.ORGANISATION_NAME]
    if names:
        findings.append(
            _issue(
                1,
                "csv.organisation_name",
                "a contact names its organisation by id, so organisation names "
                "are kept in the row (CsvRow.organisation_name), not the contact",
                column=names[0],
                severity=Severity.INFO,
            )
        )
    return CsvRecord(line=1, kind="header", problems=problems, findings=tuple(findings))


def _records(stream: IO[bytes], region: str | None) -> Iterator[CsvRecord]:
    lines = Lines(stream)
    iterator = iter(lines)
    try:
        first = next(iterator, None)
    except LineTooLongError as exc:
        yield _too_long(exc)
        return
    if first is None:
        yield CsvRecord(
            line=1,
            kind="header",
            problems=(_issue(1, "csv.header", "the file is empty: no header row"),),
        )
        return
    delimiter = _sniff(first)

    def physical() -> Iterator[str]:
        yield first
        yield from iterator

    reader = csv.reader(physical(), delimiter=delimiter, strict=False)
    previous_end = 0
    plan: cols.Plan | None = None
    footer = False
    after_empty = False
    try:
        for cells in reader:
            line = previous_end + 1
            previous_end = reader.line_num
            findings = tuple(
                _issue(n, "csv.encoding_guessed", why, severity=Severity.WARNING)
                for n, why in lines.notices
            )
            lines.notices.clear()
            bad = lines.claim_bad(previous_end)
            if plan is None:
                plan = cols.plan(cells)
                problems: tuple[CsvIssue, ...] = ()
                if not plan.columns:
                    problems = (
                        _issue(
                            1,
                            "csv.header",
                            "no column of the header is a contact field (such "
                            "as Name, Email or Phone); is the first line the header?",
                        ),
                    )
                record = _header_record(plan, problems)
                yield attrs.evolve(record, findings=record.findings + findings)
                if problems:
                    return
                continue
            if bad:
                yield CsvRecord(
                    line=line,
                    kind="contact",
                    findings=findings,
                    problems=tuple(
                        _issue(
                            line,
                            "csv.encoding",
                            why + "; the row is not read",
                            column="row",
                        )
                        for _, why in bad
                    ),
                )
                continue
            if not any(cell.strip() for cell in cells):
                after_empty = True
                yield CsvRecord(
                    line=line,
                    kind="empty",
                    findings=(
                        *findings,
                        _issue(
                            line,
                            "csv.empty_row",
                            "an empty row, skipped",
                            severity=Severity.INFO,
                        ),
                    ),
                )
                continue
            if len(cells) == 1 and plan.width > 1 and (after_empty or footer):
                notice = (
                    ()
                    if footer
                    else (
                        _issue(
                            line,
                            "csv.footer",
                            "a report footer (one cell a line after an empty "
                            "row), skipped to the end of the footer",
                            severity=Severity.INFO,
                        ),
                    )
                )
                footer = True
                yield CsvRecord(line=line, kind="footer", findings=findings + notice)
                continue
            footer = after_empty = False
            if len(cells) != plan.width:
                more = len(cells) > plan.width
                hint = " (an unquoted delimiter inside a value?)" if more else ""
                yield CsvRecord(
                    line=line,
                    kind="contact",
                    findings=findings,
                    problems=(
                        _issue(
                            line,
                            "csv.too_many_cells" if more else "csv.too_few_cells",
                            f"{len(cells)} cells, but the header has "
                            f"{plan.width}{hint}; the row is not read",
                            column="row",
                        ),
                    ),
                )
                continue
            record = read_row(plan, line, cells, region)
            yield attrs.evolve(record, findings=findings) if findings else record
    except LineTooLongError as exc:
        yield _too_long(exc)
    except csv.Error as exc:
        yield CsvRecord(
            line=previous_end + 1,
            kind="contact",
            problems=(
                _issue(
                    previous_end + 1,
                    "csv.syntax",
                    f"the file cannot be read from here on ({exc}; a cell "
                    f"may be at most {MAX_CSV_CELL} characters: an unclosed "
                    "quote?)",
                    column="row",
                ),
            ),
        )


def _too_long(exc: LineTooLongError) -> CsvRecord:
    return CsvRecord(
        line=exc.line,
        kind="contact",
        problems=(
            _issue(
                exc.line,
                "csv.syntax",
                "a line longer than any contact's; the file is not read further",
                column="row",
            ),
        ),
    )


def read_csv(
    source: str | os.PathLike[str] | IO[bytes], *, region: str | None = None
) -> Iterator[CsvRecord]:
    """Read a CSV contact list, one record at a time, in constant memory.

    *source* is a path or a binary file. *region* (ISO 3166-1 alpha-2) reads
    national numbers on rows that give no country. The header comes first
    (its findings name the columns that are not read), then one record per
    row, each with the line it starts on.

    >>> import io
    >>> data = b"Name,Mobile,Country\\nAnn Lee,07700 900123,UK\\n"
    >>> [(r.line, r.kind, r.ok) for r in read_csv(io.BytesIO(data))]
    [(1, 'header', True), (2, 'contact', True)]
    >>> ann = next(r for r in read_csv(io.BytesIO(data)) if r.line == 2).contact
    >>> [(p.number.e164, p.kind.value) for p in ann.phones], ann.country
    ([('+447700900123', 'mobile')], 'GB')
    """
    if region is not None:
        region = parse_country(region)
    csv.field_size_limit(MAX_CSV_CELL)
    if isinstance(source, (str, os.PathLike)):
        return _from_path(os.fspath(source), region)
    return _records(source, region)


def _from_path(path: str, region: str | None) -> Iterator[CsvRecord]:
    with open(path, "rb") as stream:
        yield from _records(stream, region)


# --- Writing ---

_HEADER = (
    "name",
    "honorific",
    "title",
    "organisation",
    "role",
    "language",
    "emails",
    "phones",
    "country",
)


def _escape(value: str) -> str:
    """Keep a cell from being read as a formula: a leading apostrophe.

    Spreadsheets show ``'+66 2 288 1746`` as the text ``+66 2 288 1746``;
    :func:`read_csv` removes the apostrophe again. A value that itself
    starts with an apostrophe before such a character gets a second one.
    """
    if value and (
        value[0] in FORMULA_START
        or (
            len(value) > 1
            and value[0] == "'"
            and (value[1] in FORMULA_START or value[1] == "'")
        )
    ):
        return "'" + value
    return value


def _phone_text(phone: CsvPhone) -> str:
    """``+66...``, ``Fax: +66...``, or with a label ``Voice (Bangkok): +66...``."""
    kind = _WRITTEN_LABELS[phone.kind]
    if phone.label is not None:
        return f"{kind} ({phone.label}): {phone.number}"
    return str(phone.number) if phone.kind == "voice" else f"{kind}: {phone.number}"


def _cells(row: CsvRow) -> list[str]:
    values = [
        row.name,
        row.honorific or "",
        row.title or "",
        row.organisation or "",
        row.role or "",
        row.language or "",
        SEPARATOR.join(str(e.address) for e in row.emails),
        SEPARATOR.join(_phone_text(p) for p in row.phones),
        row.country or "",
    ]
    return [_escape(v) for v in values]


def _check_read_back(row: CsvRow, index: int) -> None:
    """Refuse a label the reader would split (it holds `` ::: ``, say)."""
    written = [_phone_text(p) for p in row.phones]
    if phone_pieces(SEPARATOR.join(written)) == written:
        return
    for i, phone in enumerate(row.phones):
        if phone.label is not None and phone_pieces(written[i]) != written[i : i + 1]:
            raise ValidationError.single(
                "csv.label",
                f"the label {quoted(phone.label)} would not read back from a "
                f"cell (it holds {SEPARATOR.strip()!r}, a line break, or a "
                "comma and '): '); write it without them",
            ).under(f"$[{index}].phones[{i}].label")


def _write_rows(rows: Iterable[CsvRow], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(_HEADER)
    count = 0
    for row in rows:
        cells = _cells(row)
        _check_read_back(row, count)
        writer.writerow(cells)
        count += 1
    return count


def write_csv(contacts: Iterable[Contact], out: IO[str]) -> int:
    """Write contacts as CSV to a text stream; return how many were written.

    The header is the library's keys, so :func:`read_csv` reads the file
    back to the same contacts. Open the stream with ``newline=""``.
    """
    return _write_rows((row_of(c) for c in contacts), out)


def to_csv(contacts: Iterable[Contact], *, bom: bool = True) -> str:
    """Contacts as CSV text (with a UTF-8 byte order mark for Excel by default).

    >>> from pressrelease import Contact
    >>> text = to_csv([Contact(name="Ann Lee", phones=("+44 7700 900123",))])
    >>> for line in text.splitlines():
    ...     print(line.lstrip("\ufeff"))
    name,honorific,title,organisation,role,language,emails,phones,country
    Ann Lee,,,,,,,'+447700900123,
    """
    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    write_csv(contacts, out)
    return out.getvalue()
