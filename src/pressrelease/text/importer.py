"""Import a press release from plain text, as pulled out of a PDF or web page.

A pipeline of five stages, each a module with one data type out:

1. ``_blocks``: lines with their numbers, cleaned, then blocks (``Block``);
2. ``_roles``: each block with a role and the evidence for it (``Placed``);
3. ``_extract``: fields (``Fields``: headline, date, contacts, ...);
4. ``_build``: the model's ``Release``, when the fields hold one;
5. here: the :class:`ImportResult`, which carries contacts and quotes even
   when no release can be built.

>>> result = read_text('''UNIAP
...
... PRESS RELEASE
...
... TRAINING ENDS
...
... Bangkok, 19 June 2009 – The training ended.''')
>>> result.release.dateline.place, result.release.headline
('Bangkok', 'TRAINING ENDS')
"""

from __future__ import annotations

import datetime
import re

import attrs

from pressrelease.email_address import EmailAddress
from pressrelease.findings import Finding, Severity
from pressrelease.model.contact import Contact
from pressrelease.model.release import Release
from pressrelease.text._blocks import Line, Report, blocks
from pressrelease.text._build import build
from pressrelease.text._contacts import _LANGUAGE_HEADING, ContactFields
from pressrelease.text._extract import Fields, detect_language, extract
from pressrelease.text._roles import Placed, Role, assign, contact_heading
from pressrelease.text._words import fold

__all__ = [
    "MAX_IMPORT_TEXT",
    "ImportResult",
    "ImportedContact",
    "ImportedPhone",
    "ImportedQuote",
    "read_text",
]

# A table's cells: "|" or a wide gap between them, or ", " in a card line.
_CELL = re.compile(r"\s*\|\s*|\s{3,}|,\s+")

#: Longest text the importer reads, in characters.
MAX_IMPORT_TEXT = 2_000_000


@attrs.frozen
class ImportedPhone:
    """A contact's number as read: E.164 (with extension), kind, label."""

    e164: str
    extension: str | None
    kind: str  # voice, mobile, fax, pager, text
    label: str | None
    line: int


@attrs.frozen
class ImportedContact:
    """A contact as read, whether or not a release could be built.

    ``name`` is None for a desk ("Service de presse, tél. ...");
    ``role`` is ``media``, ``investor`` or ``general`` when a heading says
    so ("Media contacts", "Investor relations"), else None.
    """

    name: str | None
    honorific: str | None
    title: str | None
    organisation: str | None
    role: str | None
    language: str | None
    country: str | None
    phones: tuple[ImportedPhone, ...]
    emails: tuple[EmailAddress, ...]
    line: int


@attrs.frozen
class ImportedQuote:
    """A quote as read, with its speaker's name (or description).

    ``named`` is False when the text does not name the speaker, and
    ``speaker`` is the text's description ("a spokesman for the WSB").
    """

    text: str
    speaker: str
    paragraph: int
    line: int
    named: bool = True


@attrs.frozen
class ImportResult:
    """The imported release (None when the text holds no complete release),
    the findings, and what was read either way: contacts, quotes, date.

    Every finding has the input line it is about; ``error`` findings name what
    was missing for a release.
    """

    release: Release | None
    findings: tuple[Finding, ...]
    #: The input line each part of the release came from, by JSON path
    #: (``$.body[3]``, ``$.quotes[0]``, ``$.contacts[4].phones[0]``, ...).
    lines: dict[str, int] = attrs.field(factory=dict, eq=False)
    contacts: tuple[ImportedContact, ...] = ()
    quotes: tuple[ImportedQuote, ...] = ()
    headline: str | None = None
    date: datetime.date | None = None
    place: str | None = None
    issuer: str | None = None
    language: str | None = None
    #: The contacts as model objects (those that are valid), for output
    #: when no release could be built; with a release, its ``contacts``.
    contact_objects: tuple[Contact, ...] = ()
    #: Subheadlines and boilerplate ("About Acme", notes): read, but the
    #: model has no field for them.
    subheadlines: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()
    #: Every input line each part was read from, by the part's name in this
    #: result: ``headline``, ``dateline``, ``body[3]`` (a paragraph covers all
    #: its lines), ``subheadlines[0]``, ``boilerplate[1]``, ``contacts[2]``
    #: (an index into ``contacts``: its first line, its numbers' and
    #: addresses' lines, the lines that give its name, title or
    #: organisation), ``contact_headings``, ``issuer`` (the masthead's name)
    #: and ``issuer_details`` (the office footer). A non-blank line in none
    #: of them is the line of a finding.
    spans: dict[str, tuple[int, ...]] = attrs.field(factory=dict, eq=False)

    def line_of(self, path: str) -> int | None:
        """The input line of *path* or of its nearest ancestor, if known.

        >>> ImportResult(None, (), {"$.contacts[4]": 98}).line_of("$.contacts[4].name")
        98
        """
        while path not in self.lines and len(path) > 1:
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else "$"
        return self.lines.get(path)

    @property
    def imported(self) -> bool:
        """Whether anything was imported: a release, or at least one contact."""
        return self.release is not None or bool(self.contacts)


def read_text(text: str, *, language: str | None = None) -> ImportResult:
    """Read a press release from plain text; never raises for any text.

    *language* is the release's language (BCP 47); without it, the most
    frequent function words of English, German, French, Spanish,
    Portuguese, Italian or Dutch decide. Nothing is silently dropped: a line
    the importer cannot place, a quote it cannot attribute, a phone it
    cannot read becomes a finding with its line number, and the rest still
    imports.
    """
    if not isinstance(text, str):
        raise TypeError(f"read_text() takes str, not {type(text).__name__}")
    findings: list[Finding] = []

    def report(
        code: str,
        message: str,
        line: int | None,
        severity: Severity = Severity.WARNING,
        path: str = "$",
    ) -> None:
        findings.append(
            Finding(path=path, code=code, severity=severity, message=message, line=line)
        )

    if len(text) > MAX_IMPORT_TEXT:
        report(
            "import.too_long",
            f"the text has {len(text)} characters; at most {MAX_IMPORT_TEXT}",
            None,
            Severity.ERROR,
        )
        return ImportResult(None, tuple(findings))
    found = blocks(text, report)
    placed = assign(found)
    fields = extract(placed, language or detect_language(text), report)
    lines: dict[str, int] = {}
    built = build(fields, report, lines)
    release, quotes, attributor = built.release, built.quotes, built.attributor
    if release is not None:
        if fields.headline is not None:
            lines["$.headline"] = fields.headline.line
        if fields.dateline_line is not None:
            lines["$.dateline"] = fields.dateline_line
        for index, paragraph in enumerate(fields.body):
            lines[f"$.body[{index}]"] = paragraph.line
    spans = _spans(placed, fields, release is not None)
    _report_unplaced(placed, spans, findings, report)
    speakers = {p.id: p for p in (attributor.speakers if attributor else [])}
    names = {ident: p.name or p.description or p.id for ident, p in speakers.items()}
    return ImportResult(
        release,
        tuple(sorted(findings, key=lambda f: f.line or 0)),
        lines,
        contacts=tuple(_contact(c) for c in fields.contacts),
        quotes=tuple(
            ImportedQuote(
                q.text,
                names.get(q.speaker or "", q.speaker or ""),
                q.paragraph,
                fields.body[q.paragraph].line,
                q.speaker in speakers and speakers[q.speaker].name is not None,
            )
            for q in quotes
        ),
        headline=fields.headline.text if fields.headline else None,
        date=fields.date,
        place=fields.place,
        issuer=fields.issuer or fields.issuer_acronym,
        language=fields.language,
        contact_objects=built.contacts,
        subheadlines=tuple(p.text for p in fields.subheadlines),
        boilerplate=tuple(p.text for p in fields.boilerplate),
        spans=spans,
    )


def _spans(
    placed: list[Placed], fields: Fields, footer_read: bool
) -> dict[str, tuple[int, ...]]:
    """The input lines each part of the result was read from."""
    spans: dict[str, tuple[int, ...]] = {}
    if fields.headline is not None:
        spans["headline"] = fields.headline.lines
    if fields.dateline_line is not None:
        spans["dateline"] = (fields.dateline_line,)
    for name, paragraphs in (
        ("subheadlines", fields.subheadlines),
        ("body", fields.body),
        ("boilerplate", fields.boilerplate),
    ):
        for index, paragraph in enumerate(paragraphs):
            spans[f"{name}[{index}]"] = paragraph.lines
    names = {fold(n) for n in (fields.issuer, fields.issuer_acronym) if n}
    issuer: list[int] = []
    details: list[int] = []
    section: list[Line] = []
    for item in placed:
        lines = item.block.lines
        if item.role is Role.MASTHEAD:
            whole = fold(item.block.text) in names
            issuer += [x.number for x in lines if whole or fold(x.text) in names]
        elif item.role is Role.PAGE and item.block.is_footer() and footer_read:
            details += [x.number for x in lines]
        elif item.role is Role.CONTACTS:
            section += lines
    if issuer:
        spans["issuer"] = tuple(issuer)
    if details:
        spans["issuer_details"] = tuple(details)
    _contact_spans(section, fields.contacts, spans)
    return spans


def _contact_spans(
    section: list[Line],
    contacts: tuple[ContactFields, ...],
    spans: dict[str, tuple[int, ...]],
) -> None:
    """Each contact's lines: its first line, its numbers' and addresses'
    lines, and the lines whose every cell is its name, honorific, title,
    organisation or language (a stacked card, a table's row); the headings
    on their own. Linear: each line is looked up in the contacts' words."""
    owned: dict[int, list[int]] = {
        index: [
            c.line,
            *(n for _, n in c.phones),
            *(n for _, n in c.emails),
            *c.wrapped,
        ]
        for index, c in enumerate(contacts)
    }
    taken = {n for numbers in owned.values() for n in numbers}
    said: dict[str, int] = {}  # a contact's folded words, to its index
    for index, c in enumerate(contacts):
        for part in (c.name, c.honorific, c.title, c.organisation, c.language):
            for piece in _CELL.split(fold(part or "")):
                said.setdefault(piece.strip(" ,;:"), index)
    headings: list[int] = []
    for line in section:
        if line.number in taken:
            continue
        if _heading(line.text):
            headings.append(line.number)
            continue
        cells = [c.strip(" ,;:") for c in _CELL.split(fold(line.raw or line.text))]
        cells = [c for c in cells if c]
        if len(cells) == 1 and len(cells[0]) <= 200:
            cells = _halves(cells[0], said) or cells
        if cells and all(c in said or contact_heading(c) for c in cells):
            owner = next((said[c] for c in cells if c in said), None)
            if owner is None:
                headings.append(line.number)
            else:
                owned[owner].append(line.number)
    for index, numbers in owned.items():
        spans[f"contacts[{index}]"] = tuple(sorted(set(numbers)))
    if headings:
        spans["contact_headings"] = tuple(dict.fromkeys(headings))


def _heading(text: str) -> bool:
    """A contacts heading, an "In English:" heading, or a short label line
    ending in a colon ("For media queries:"), which the reader takes as a
    heading too."""
    return (
        contact_heading(text)
        or _LANGUAGE_HEADING.fullmatch(text) is not None
        or (
            text.endswith(":")
            and len(text) <= 60
            and not any(c.isdigit() or c == "@" for c in text)
        )
    )


def _halves(text: str, said: dict[str, int]) -> list[str]:
    """Two cells of columns collapsed into one line ("Head of Media Relations
    Head of Investor Relations"), when both are a contact's words."""
    at = text.find(" ")
    while at > 0:
        if text[:at] in said and text[at + 1 :] in said:
            return [text[:at], text[at + 1 :]]
        at = text.find(" ", at + 1)
    return []


def _report_unplaced(
    placed: list[Placed],
    spans: dict[str, tuple[int, ...]],
    findings: list[Finding],
    report: Report,
) -> None:
    """Silence is a bug: a line in no part and no finding is reported."""
    covered = {n for numbers in spans.values() for n in numbers}
    covered |= {f.line for f in findings if f.line is not None}
    for item in placed:
        for line in item.block.lines:
            if line.number in covered:
                continue
            covered.add(line.number)
            if item.role is Role.PAGE:  # an office footer with no release
                report(
                    "import.footer",
                    "office footer not read (no release to give the issuer's "
                    f"details to): {line.text[:60]!r}",
                    line.number,
                )
                continue
            furniture = item.role in (Role.FURNITURE, Role.MASTHEAD)
            report(
                "import.unplaced",
                f"a line of the {item.role.value} that no field took, not "
                f"imported: {line.text[:60]!r}",
                line.number,
                Severity.INFO if furniture else Severity.WARNING,
            )


def _contact(draft: ContactFields) -> ImportedContact:
    return ImportedContact(
        name=draft.name,
        honorific=draft.honorific,
        title=draft.title,
        organisation=draft.organisation,
        role=draft.role,
        language=draft.language,
        country=draft.country,
        phones=tuple(
            ImportedPhone(p.number.e164, p.number.extension, p.kind, p.label, line)
            for p, line in draft.phones
        ),
        emails=tuple(e for e, _ in draft.emails),
        line=draft.line,
    )
