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

import attrs

from pressrelease.email_address import EmailAddress
from pressrelease.findings import Finding, Severity
from pressrelease.model.contact import Contact
from pressrelease.model.release import Release
from pressrelease.text._blocks import blocks
from pressrelease.text._build import build
from pressrelease.text._contacts import ContactFields
from pressrelease.text._extract import detect_language, extract
from pressrelease.text._roles import assign

__all__ = [
    "MAX_IMPORT_TEXT",
    "ImportResult",
    "ImportedContact",
    "ImportedPhone",
    "ImportedQuote",
    "read_text",
]

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
    """A quote as read, with its speaker's name (or description)."""

    text: str
    speaker: str
    paragraph: int
    line: int


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
    names = {
        p.id: p.name or p.description or p.id
        for p in (attributor.speakers if attributor else [])
    }
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
            )
            for q in quotes
        ),
        headline=fields.headline.text if fields.headline else None,
        date=fields.date,
        place=fields.place,
        issuer=fields.issuer or fields.issuer_acronym,
        language=fields.language,
        contact_objects=built.contacts,
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
