"""The records :func:`pressrelease.read_csv` yields, and the cell conventions
shared by reading and writing (the separator, the formula characters)."""

from __future__ import annotations

import attrs

from pressrelease.email_address import EmailAddress
from pressrelease.findings import Severity
from pressrelease.model._fields import top_key
from pressrelease.model.contact import Contact
from pressrelease.phone import PhoneNumber

__all__ = [
    "FORMULA_START",
    "SEPARATOR",
    "CsvEmail",
    "CsvIssue",
    "CsvPhone",
    "CsvRecord",
    "CsvRow",
    "column_of",
]

#: Joins several values in one cell when writing; read back with the others.
SEPARATOR = " ::: "
#: Characters that make a spreadsheet read a cell as a formula.
FORMULA_START = frozenset("=+-@\t\r")


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
    """One number read from a cell: its kind, its label, the column it came from."""

    number: PhoneNumber
    kind: str = "voice"
    label: str | None = None
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
        return column_of(self.row, path)


def column_of(row: CsvRow, path: str) -> str | None:
    key = top_key(path)
    if key in ("phones", "emails"):
        items: tuple[CsvPhone | CsvEmail, ...] = (
            row.phones if key == "phones" else row.emails
        )
        index = index_of(path)
        return items[index].column if index is not None and index < len(items) else None
    return row.columns.get(key)


def index_of(path: str) -> int | None:
    start = path.find("[")
    end = path.find("]", start)
    if start < 0 or end < 0 or not path[start + 1 : end].isdigit():
        return None
    return int(path[start + 1 : end])
