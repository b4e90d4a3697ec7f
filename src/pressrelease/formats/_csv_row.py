"""One CSV row read into a :class:`CsvRow` and, if it can be, a Contact.

The header's plan (``_csv_columns``) says what each column holds; this module
reads each cell by it (numbers with their kinds, emails, the country, the
name) and reports every problem with the row's line, its path in the contact
and its column.
"""

from __future__ import annotations

import attrs

from pressrelease._names import country_for_address, language_for_name
from pressrelease.email_address import EmailAddress
from pressrelease.errors import ValidationError, quoted
from pressrelease.findings import Severity
from pressrelease.formats import _csv_columns as cols
from pressrelease.formats._csv_records import (
    FORMULA_START,
    SEPARATOR,
    CsvEmail,
    CsvIssue,
    CsvPhone,
    CsvRecord,
    CsvRow,
    column_of,
)
from pressrelease.iso import parse_country
from pressrelease.model.contact import Contact
from pressrelease.model.phone_entry import Phone, PhoneKind, national_hint
from pressrelease.phone import PhoneNumber

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
            Phone(number=p.number, kind=PhoneKind(p.kind), label=p.label)
            for p in row.phones
        ),
        country=row.country,
    )


def row_of(contact: Contact) -> CsvRow:
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
            CsvPhone(number=p.number, kind=p.kind.value, label=p.label)
            for p in contact.phones
        ),
        country=contact.country,
    )


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
        and (value[1] in FORMULA_START or value[1] == "'")
    ):
        return value[1:]
    return value


def _split(value: str, separators: tuple[str, ...]) -> list[str]:
    pieces = [value]
    for separator in separators:
        pieces = [p for piece in pieces for p in piece.split(separator)]
    return [p.strip() for p in pieces if p.strip()]


def _label(piece: str) -> tuple[str | None, str | None, str]:
    """A kind written before the number, the label after it, and the rest.

    ``Fax: +66 ...`` gives the kind; ``Mobile (Bangkok office): +66 ...``
    (as :func:`write_csv` writes a labelled number) gives the label too: it
    runs to the last ``): ``, which no number contains.
    """
    colon = piece.find(":", 0, 20)
    paren = piece.find(" (", 0, 20)
    if paren > 0 and (colon < 0 or paren < colon):
        close = piece.rfind("): ")
        word = piece[:paren].strip().casefold()
        kind = _LABELS.get(word)
        if kind is None or close < paren:
            return None, None, piece
        label = piece[paren + 2 : close].strip() or None
        return kind, label, piece[close + 3 :].strip()
    if colon < 1:
        return None, None, piece
    word = piece[:colon].strip().rstrip(".").casefold()
    kind = _LABELS.get(word)
    if kind is None:
        return None, None, piece
    return kind, None, piece[colon + 1 :].strip()


def _open_label(piece: str) -> bool:
    """Whether *piece* starts a label in parentheses that it does not close."""
    paren = piece.find(" (", 0, 20)
    return (
        paren > 0
        and piece[:paren].strip().casefold() in _LABELS
        and piece.find("): ", paren) < 0
    )


def phone_pieces(value: str) -> list[str]:
    """Numbers in a cell: split on ' ::: ', newlines and commas.

    A comma piece that starts with a letter and is no label (``ext. 12``,
    ``poste 12``) belongs to the number before it, as does any piece after a
    label in parentheses that is still open (``Fax (Mon, Tue): ...``).
    """
    pieces: list[str] = []
    for part in _split(value, (SEPARATOR, "\n")):
        open_label = False
        for i, piece in enumerate(part.split(",")):
            if open_label:  # only the new piece can close it: linear
                pieces[-1] += "," + piece
                open_label = "): " not in piece
                continue
            piece = piece.strip()
            if not piece:
                continue
            if i and pieces and piece[0].isalpha() and _label(piece)[0] is None:
                pieces[-1] += ", " + piece
            else:
                pieces.append(piece)
                open_label = _open_label(piece)
    return [p.strip() for p in pieces]


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
    for piece in phone_pieces(value):
        index = row.phone_count
        row.phone_count += 1
        path = f"$.phones[{index}]"
        labelled, label, text = _label(piece)
        if _is_spreadsheet_number(text):
            row.fail(
                path,
                column.header,
                "csv.spreadsheet_number",
                f"{quoted(text)} is a number a spreadsheet rewrote in scientific "
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
            CsvPhone(
                number=number, kind=labelled or kind, label=label, column=column.header
            )
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
                f"{quoted(piece)} is an Exchange (E-mail Type EX) directory address, "
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
            f"{quoted(value)} is not a country name or ISO 3166-1 alpha-2 code "
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


def read_row(
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
                    f"{quoted(value)} differs from {quoted(seen[1])} in column "
                    f"{seen[0]!r}; "
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
                column_of(built, problem.path),
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
