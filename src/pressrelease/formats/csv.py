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

from pressrelease._names import country_for_address, language_for_name
from pressrelease.email_address import EmailAddress
from pressrelease.errors import ValidationError
from pressrelease.findings import Severity
from pressrelease.formats import _csv_columns as cols
from pressrelease.formats._csv_lines import Lines, LineTooLongError
from pressrelease.iso import parse_country
from pressrelease.limits import MAX_CSV_CELL
from pressrelease.model._fields import top_key
from pressrelease.model.contact import Contact
from pressrelease.model.phone_entry import Phone, PhoneKind, national_hint
from pressrelease.phone import PhoneNumber

__all__ = ["CsvIssue", "CsvRecord", "CsvRow", "read_csv", "to_csv", "write_csv"]

#: Joins several values in one cell when writing; read back with the others.
SEPARATOR = " ::: "
# Characters that make a spreadsheet read a cell as a formula.
_FORMULA_START = frozenset("=+-@\t\r")
_KINDS = ("voice", "mobile", "fax", "pager", "text")
# Labels written before a number in a cell ("Fax: +66 ..."): the kind.
_LABELS = {
    **dict.fromkeys(("tel", "telephone", "téléphone", "telefon", "phone"), "voice"),
    **dict.fromkeys(("voice", "direct", "work", "office"), "voice"),
    **dict.fromkeys(("mobile", "mob", "cell", "portable", "handy", "mobil"), "mobile"),
    **dict.fromkeys(("fax", "telefax", "télécopie"), "fax"),
    "pager": "pager",
    "text": "text",
}
_WRITTEN_LABELS = {"mobile": "Mobile", "fax": "Fax", "pager": "Pager", "text": "Text"}


@attrs.frozen(kw_only=True)
class CsvIssue:
    """A problem or finding at one line of a CSV file, naming the column.

    >>> issue = CsvIssue(line=7, path="$.phones[1]", column="Mobile Phone",
    ...                  code="phone.too_short", severity=Severity.ERROR,
    ...                  message="'+44 20 79' is too short to be a number")
    >>> print(issue)  # doctest: +NORMALIZE_WHITESPACE
    row 7: $.phones[1] (column "Mobile Phone"): '+44 20 79' is too short to be
    a number [phone.too_short]
    """

    line: int
    path: str
    column: str | None
    code: str
    severity: Severity
    message: str

    @property
    def where(self) -> str:
        """The path, and the column when there is one."""
        if self.column is None:
            return self.path
        return f'{self.path} (column "{self.column}")'

    def __str__(self) -> str:
        tag = self.code
        if self.severity is not Severity.ERROR:
            tag += f", {self.severity.value}"
        return f"row {self.line}: {self.where}: {self.message} [{tag}]"


@attrs.frozen(kw_only=True)
class CsvPhone:
    """One number read from a cell, with its kind and the column it came from."""

    number: PhoneNumber
    kind: str = "voice"
    column: str = "phones"


@attrs.frozen(kw_only=True)
class CsvEmail:
    """One address read from a cell, with the column it came from."""

    address: EmailAddress
    column: str = "emails"


@attrs.frozen(kw_only=True)
class CsvRow:
    """What one row says, in the model's terms, before it becomes a Contact.

    It keeps what a Contact cannot hold (a company written by name: a
    Contact's ``organisation`` is an id) and the column each address and
    number came from. Text fields are as read (trimmed); the Contact checks
    them.
    """

    name: str
    honorific: str | None = None
    title: str | None = None
    organisation: str | None = None
    organisation_name: str | None = None
    role: str | None = None
    language: str | None = None
    emails: tuple[CsvEmail, ...] = ()
    phones: tuple[CsvPhone, ...] = ()
    country: str | None = None
    #: The columns each single-valued field came from, for messages.
    columns: dict[str, str] = attrs.field(factory=dict, eq=False, repr=False)


@attrs.frozen(kw_only=True)
class CsvRecord:
    """One record of a CSV file: the header, a contact, or a skipped row.

    ``kind`` is ``header``, ``contact`` (``contact`` is set when there are no
    ``problems``), ``empty`` (a blank row) or ``footer`` (a report's footer).
    """

    line: int
    kind: str
    contact: Contact | None = None
    row: CsvRow | None = None
    problems: tuple[CsvIssue, ...] = ()
    findings: tuple[CsvIssue, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the record has no problems."""
        return not self.problems

    def column_of(self, path: str) -> str | None:
        """The column a path into this record's contact was read from."""
        if self.row is None:
            return None
        return _column_of(self.row, path)


def _column_of(row: CsvRow, path: str) -> str | None:
    key = top_key(path)
    if key in ("phones", "emails"):
        items: tuple[CsvPhone | CsvEmail, ...] = (
            row.phones if key == "phones" else row.emails
        )
        index = _index(path)
        return items[index].column if index is not None and index < len(items) else None
    return row.columns.get(key)


def _index(path: str) -> int | None:
    start = path.find("[")
    end = path.find("]", start)
    if start < 0 or end < 0 or not path[start + 1 : end].isdigit():
        return None
    return int(path[start + 1 : end])


# --- The one place that builds a Contact from a row, and a row from one ---


def _contact(row: CsvRow) -> Contact:
    """The Contact for a row; raises ValidationError with model paths."""
    return Contact(
        name=row.name,
        honorific=row.honorific,
        title=row.title,
        organisation=row.organisation,
        role=row.role,
        language=row.language,
        emails=tuple(e.address for e in row.emails),
        phones=tuple(
            Phone(number=p.number, kind=PhoneKind(p.kind)) for p in row.phones
        ),
        country=row.country,
    )


def _row(contact: Contact) -> CsvRow:
    """The row that writes *contact*: the inverse of :func:`_contact`."""
    return CsvRow(
        name=contact.name,
        honorific=contact.honorific,
        title=contact.title,
        organisation=contact.organisation,
        role=None if contact.role is None else contact.role.value,
        language=contact.language,
        emails=tuple(CsvEmail(address=e) for e in contact.emails),
        phones=tuple(
            CsvPhone(number=p.number, kind=p.kind.value) for p in contact.phones
        ),
        country=contact.country,
    )


# --- Reading ---


class _Row:
    """Collects one row's values and problems."""

    def __init__(self, line: int) -> None:
        self.line = line
        self.problems: list[CsvIssue] = []
        self.single: dict[str, tuple[str, str]] = {}  # role: (column, value)
        self.parts: dict[str, str] = {}
        self.emails: list[CsvEmail] = []
        self.email_count = 0
        self.phones: list[CsvPhone] = []
        self.phone_count = 0
        self.countries: list[tuple[int, str, str]] = []  # (priority, column, value)

    def fail(self, path: str, column: str | None, code: str, message: str) -> None:
        self.problems.append(
            CsvIssue(
                line=self.line,
                path=path,
                column=column,
                code=code,
                severity=Severity.ERROR,
                message=message,
            )
        )


def _unescape(value: str) -> str:
    """Undo the writer's apostrophe (see :func:`_escape`)."""
    if (
        len(value) > 1
        and value[0] == "'"
        and (value[1] in _FORMULA_START or value[1] == "'")
    ):
        return value[1:]
    return value


def _split(value: str, separators: tuple[str, ...]) -> list[str]:
    pieces = [value]
    for separator in separators:
        pieces = [p for piece in pieces for p in piece.split(separator)]
    return [p.strip() for p in pieces if p.strip()]


def _label(piece: str) -> tuple[str | None, str]:
    """A kind written before the number ("Fax: +66 ..."), and the rest."""
    colon = piece.find(":", 0, 20)
    if colon < 1:
        return None, piece
    word = piece[:colon].strip().rstrip(".").casefold()
    kind = _LABELS.get(word)
    if kind is None:
        return None, piece
    return kind, piece[colon + 1 :].strip()


def _phone_pieces(value: str) -> list[str]:
    """Numbers in a cell: split on ' ::: ', newlines and commas.

    A comma piece that starts with a letter and is no label (``ext. 12``,
    ``poste 12``) belongs to the number before it.
    """
    pieces: list[str] = []
    for part in _split(value, (SEPARATOR, "\n")):
        for i, piece in enumerate(part.split(",")):
            piece = piece.strip()
            if not piece:
                continue
            if i and pieces and piece[0].isalpha() and _label(piece)[0] is None:
                pieces[-1] += ", " + piece
            else:
                pieces.append(piece)
    return pieces


def _is_spreadsheet_number(text: str) -> bool:
    mantissa, e, exponent = text.upper().partition("E")
    if not e or not mantissa or not exponent:
        return False
    exponent = exponent.removeprefix("+")
    digits = mantissa.replace(".", "", 1)
    return digits.isascii() and digits.isdigit() and exponent.isdigit()


def _read_phones(
    row: _Row,
    column: cols.Column,
    value: str,
    kind: str,
    region: str | None,
    country_column: str | None,
) -> None:
    for piece in _phone_pieces(value):
        index = row.phone_count
        row.phone_count += 1
        path = f"$.phones[{index}]"
        labelled, text = _label(piece)
        if _is_spreadsheet_number(text):
            row.fail(
                path,
                column.header,
                "csv.spreadsheet_number",
                f"{text!r} is a number a spreadsheet rewrote in scientific "
                "notation (digits and the leading + are lost); format the "
                "column as text and enter the number again",
            )
            continue
        try:
            number = PhoneNumber.parse(text, region)
        except ValidationError as exc:
            problem = exc.problems[0]
            message = problem.message
            if problem.code == "phone.national" and region is None:
                message = national_hint(text, _region_hint(country_column))
            row.fail(path, column.header, problem.code, message)
            continue
        row.phones.append(
            CsvPhone(number=number, kind=labelled or kind, column=column.header)
        )


def _region_hint(country_column: str | None) -> str:
    """How to give a row's national numbers a country (CSV speaks both ways)."""
    where = (
        "add a Country column"
        if country_column is None
        else f"give the row a country in its {country_column!r} column"
    )
    return (
        f"{where}, pass a region (region='GB' in Python, --region GB on the "
        "command line)"
    )


def _read_emails(row: _Row, column: cols.Column, value: str, exchange: bool) -> None:
    for piece in _split(value, (SEPARATOR, "\n", ";", ",")):
        index = row.email_count
        row.email_count += 1
        path = f"$.emails[{index}]"
        if exchange or piece.startswith("/o="):
            row.fail(
                path,
                column.header,
                "email.exchange",
                f"{piece!r} is an Exchange (E-mail Type EX) directory address, "
                "not an internet email address; export the SMTP address",
            )
            continue
        try:
            address = EmailAddress.parse(piece)
        except ValidationError as exc:
            problem = exc.problems[0]
            row.fail(path, column.header, problem.code, problem.message)
            continue
        row.emails.append(CsvEmail(address=address, column=column.header))


def _country(row: _Row, library_keys: bool) -> tuple[str | None, str | None]:
    """(code, column) of the row's country; a problem when unknown."""
    if not row.countries:
        return None, None
    _, column, value = min(row.countries, key=lambda c: c[0])
    if library_keys:
        try:
            return parse_country(value), column
        except ValidationError as exc:
            row.fail("$.country", column, exc.problems[0].code, exc.problems[0].message)
            return None, column
    code = country_for_address(value)
    if code is None:
        row.fail(
            "$.country",
            column,
            "country.unknown",
            f"{value!r} is not a country name or ISO 3166-1 alpha-2 code "
            "(such as 'Thailand' or 'TH')",
        )
    return code, column


def _name(row: _Row, plan: cols.Plan) -> tuple[str, str]:
    """The name and the column to blame; a problem when there is none."""
    full = row.single.get(cols.NAME)
    if full is not None:
        return full[1], full[0]
    parts = [
        row.parts[r] for r in (cols.FIRST, cols.MIDDLE, cols.LAST) if r in row.parts
    ]
    if parts:
        return " ".join(parts), "name"
    names = [
        c.header
        for c in plan.columns
        if c.role in (cols.NAME, cols.FIRST, cols.MIDDLE, cols.LAST)
    ]
    if not names:
        message = "the file has no name column (such as 'Name' or 'First Name')"
    else:
        listed = (
            names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        )
        message = f"{listed} {'is' if len(names) == 1 else 'are all'} empty"
        company = row.single.get(cols.ORGANISATION_NAME)
        if company is not None:
            message += f" (only {company[0]} is given)"
    column = names[0] if len(names) == 1 else "name"
    row.fail("$.name", column, "empty", message)
    return "", column


def _read_row(
    plan: cols.Plan, line: int, cells: list[str], region: str | None
) -> CsvRecord:
    """One data row (of the header's width) as a record."""
    row = _Row(line)
    types: dict[tuple[str, int], str] = {}
    for column in plan.columns:
        if column.role in (cols.PHONE_TYPE, cols.EMAIL_TYPE):
            types[(column.role, column.group)] = cells[column.index].strip()
    values: list[tuple[cols.Column, str]] = []
    for column in plan.columns:
        written = cells[column.index].strip()
        if not written or column.role in (
            cols.PHONE_TYPE,
            cols.EMAIL_TYPE,
            cols.EMAIL_LABEL,
        ):
            continue
        if written[0] == "=":  # an apostrophe before it makes it text
            value = written
            row.fail(
                _field_path(column),
                column.header,
                "csv.formula",
                f"{value[:60]!r} is a spreadsheet formula, not a value; "
                "export the values (paste as values) instead",
            )
            continue
        value = _unescape(written)
        values.append((column, value))
        role = column.role
        if role in (cols.FIRST, cols.MIDDLE, cols.LAST):
            row.parts.setdefault(role, value)
        elif role == cols.COUNTRY:
            row.countries.append((column.group, column.header, value))
        elif role in cols.SINGLE:
            seen = row.single.get(role)
            if seen is None:
                row.single[role] = (column.header, value)
            elif seen[1] != value:
                row.fail(
                    _field_path(column),
                    column.header,
                    "csv.conflict",
                    f"{value!r} differs from {seen[1]!r} in column {seen[0]!r}; "
                    "keep one of them",
                )
    name, name_column = _name(row, plan)
    country, country_column = _country(row, plan.library_keys)
    read_region = country or region
    country_name = country_column or next(
        (c.header for c in plan.columns if c.role == cols.COUNTRY), None
    )
    for column, value in values:
        if column.role == cols.EMAIL:
            exchange = types.get((cols.EMAIL_TYPE, column.group), "").upper() == "EX"
            _read_emails(row, column, value, exchange)
        elif column.role == cols.PHONE:
            kind = column.kind
            typed = types.get((cols.PHONE_TYPE, column.group))
            if typed:
                kind = _google_kind(typed)
            _read_phones(row, column, value, kind, read_region, country_name)
    language = row.single.get(cols.LANGUAGE)
    language_value = language[1] if language else None
    if language_value is not None and not plan.library_keys:
        language_value = language_for_name(language_value) or language_value
    organisation = row.single.get(cols.ORGANISATION)
    organisation_name = row.single.get(cols.ORGANISATION_NAME)
    columns = {key: value[0] for key, value in row.single.items()}
    columns["name"] = name_column
    if organisation_name is not None:
        columns.setdefault(cols.ORGANISATION, organisation_name[0])
    if country_column is not None:
        columns["country"] = country_column
    built = CsvRow(
        name=name,
        honorific=_value(row, cols.HONORIFIC),
        title=_value(row, cols.TITLE),
        organisation=organisation[1] if organisation else None,
        organisation_name=organisation_name[1] if organisation_name else None,
        role=_value(row, cols.ROLE),
        language=language_value,
        emails=tuple(row.emails),
        phones=tuple(row.phones),
        country=country,
        columns=columns,
    )
    contact = None
    try:
        # With problems already found, the contact is still built (without
        # what failed) so that every other problem of the row is reported.
        candidate = built if not row.problems else attrs.evolve(built, name=name or "-")
        contact = _contact(candidate)
    except ValidationError as exc:
        for problem in exc.problems:
            row.fail(
                problem.path,
                _column_of(built, problem.path),
                problem.code,
                problem.message,
            )
    if row.problems:
        return CsvRecord(
            line=line, kind="contact", row=built, problems=tuple(row.problems)
        )
    return CsvRecord(line=line, kind="contact", contact=contact, row=built)


def _value(row: _Row, role: str) -> str | None:
    found = row.single.get(role)
    return found[1] if found else None


def _field_path(column: cols.Column) -> str:
    role = column.role
    if role in (cols.FIRST, cols.MIDDLE, cols.LAST, cols.NAME):
        return "$.name"
    if role == cols.ORGANISATION_NAME:
        return "$.organisation"
    if role == cols.EMAIL:
        return "$.emails"
    if role == cols.PHONE:
        return "$.phones"
    return "$." + role


def _google_kind(written: str) -> str:
    kind = written.removeprefix("* ").strip().casefold()
    if kind == "mobile":
        return "mobile"
    if "fax" in kind:
        return "fax"
    if kind == "pager":
        return "pager"
    return "voice"


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
            record = _read_row(plan, line, cells, region)
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
        value[0] in _FORMULA_START
        or (
            len(value) > 1
            and value[0] == "'"
            and (value[1] in _FORMULA_START or value[1] == "'")
        )
    ):
        return "'" + value
    return value


def _phone_text(phone: CsvPhone) -> str:
    label = _WRITTEN_LABELS.get(phone.kind)
    return str(phone.number) if label is None else f"{label}: {phone.number}"


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


def _write_rows(rows: Iterable[CsvRow], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(_HEADER)
    count = 0
    for row in rows:
        writer.writerow(_cells(row))
        count += 1
    return count


def write_csv(contacts: Iterable[Contact], out: IO[str]) -> int:
    """Write contacts as CSV to a text stream; return how many were written.

    The header is the library's keys, so :func:`read_csv` reads the file
    back to the same contacts. Open the stream with ``newline=""``.
    """
    return _write_rows((_row(c) for c in contacts), out)


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
