"""Stage 5: model objects from fields, in one place.

This is the only module that knows the model's shape for contacts and
phones: every email a contact gives, its numbers as :class:`Phone` entries
with the kind their label names (a fax is a ``Phone`` of kind ``FAX``) and
the label's note, and the role its heading names.
"""

from __future__ import annotations

import re

import attrs

from pressrelease.errors import ValidationError
from pressrelease.findings import Severity
from pressrelease.model.contact import Contact, ContactRole
from pressrelease.model.dateline import Dateline
from pressrelease.model.phone_entry import Phone, PhoneKind
from pressrelease.model.release import Release
from pressrelease.text._blocks import Report
from pressrelease.text._contacts import ContactFields
from pressrelease.text._extract import Fields
from pressrelease.text._footer import read_footer
from pressrelease.text._issuer import build_issuer
from pressrelease.text._orgs import Registry, slug
from pressrelease.text._quotes import Attributor, FoundQuote


def cased_as_in(body: str, name: str) -> str:
    """The masthead's (often upper-case) name as the body writes it, if it does."""
    if len(name) > 200 or len(body.lower()) != len(body):
        return name
    at = body.lower().find(name.lower())
    return body[at : at + len(name)] if at >= 0 else name


def country_in(body: str, place: str) -> str | None:
    """The country in the body's "Ayutthaya, Thailand"."""
    from pressrelease._names import country_for_name

    at = body.find(f"{place}, ")
    if at < 0:
        return None
    match = re.match(
        r"([A-Z][\w ]{0,40}?)\b[,.]", body[at + len(place) + 2 : at + len(place) + 50]
    )
    return country_for_name(match.group(1)) if match else None


def quotes(
    fields: Fields, registry: Registry, report: Report
) -> tuple[Attributor, list[FoundQuote]]:
    attributor = Attributor(registry)
    found: list[FoundQuote] = []
    body = fields.body
    for index, paragraph in enumerate(body):
        # A "– Name, Title" paragraph after a quote names its speaker.
        following = body[index + 1].text if index + 1 < len(body) else None
        for quote in attributor.paragraph(index, paragraph.text, following=following):
            if quote.speaker is None:
                report(
                    "import.quote_unattributed",
                    f"quote not imported, no speaker found: {quote.text[:60]!r}",
                    paragraph.line,
                    Severity.WARNING,
                    f"$.body[{index}]",
                )
                continue
            if quote.guessed:
                report(
                    "import.quote_guessed",
                    "quote attributed to the previous paragraph's speaker",
                    paragraph.line,
                    Severity.INFO,
                    f"$.body[{index}]",
                )
            found.append(quote)
    return attributor, found


def _contact(
    draft: ContactFields, registry: Registry, report: Report
) -> Contact | None:
    organisation = None
    if draft.organisation:
        organisation = registry.find(draft.organisation) or registry.resolve(
            draft.organisation
        )
    name = draft.name or draft.organisation
    if name is None:
        report(
            "import.contact_unnamed",
            "contact details with no name or organisation not imported",
            draft.line,
        )
        return None
    phones = tuple(
        Phone(number=p.number, kind=PhoneKind(p.kind), label=p.note)
        for p, _ in draft.phones
    )
    try:
        return Contact(
            name=name,
            honorific=draft.honorific,
            title=draft.title,
            organisation=organisation,
            role=ContactRole(draft.role) if draft.role else None,
            language=draft.language,
            emails=tuple(e for e, _ in draft.emails),
            phones=phones,
            country=draft.country,
        )
    except ValidationError as exc:
        report(
            "import.invalid",
            f"contact not imported: {exc.problems[0].message}",
            draft.line,
        )
        return None


@attrs.frozen
class Built:
    """The release when the fields hold one; its quotes and contacts either way."""

    release: Release | None
    quotes: list[FoundQuote]
    attributor: Attributor | None
    contacts: tuple[Contact, ...]


def build(fields: Fields, report: Report, lines: dict[str, int]) -> Built:
    """The release, when the fields hold one; the quotes and contacts either way."""
    body_text = " ".join(p.text for p in fields.body)
    name = fields.issuer or fields.issuer_acronym
    if name is not None:
        name = cased_as_in(body_text, name)
    issuer_id = slug(fields.issuer_acronym or name or "issuer")
    registry = Registry(
        {label: issuer_id for label in (name, fields.issuer_acronym) if label}
    )
    countries: list[str] = []
    for paragraph in fields.body:
        countries += registry.read_paragraph(paragraph.text)
    attributor, found = quotes(fields, registry, report)
    missing = []
    if fields.headline is None:
        missing.append(("import.no_headline", "no headline found above the body"))
    if fields.date is None:
        missing.append(
            (
                "import.no_date",
                "no date found (a dateline 'Place, 19 June 2009 –' or a date line)",
            )
        )
    if fields.place is None:
        missing.append(
            (
                "import.no_dateline",
                "no dateline place found "
                "(a paragraph starting 'Place, 19 June 2009 – ')",
            )
        )
    if name is None:
        missing.append(
            (
                "import.no_issuer",
                "no issuer found (masthead, 'About' section or contacts' organisation)",
            )
        )
    if not fields.body:
        missing.append(("import.no_body", "no body paragraphs found"))
    first = fields.body[0].line if fields.body else None
    for code, message in missing:
        report(code, message, first, Severity.ERROR)
    contacts: list[Contact] = []
    for draft in fields.contacts:
        contact = _contact(draft, registry, report)
        if contact is not None:
            path = f"$.contacts[{len(contacts)}]"
            lines[path] = draft.line
            for number, (_, line) in enumerate(draft.emails):
                lines[f"{path}.emails[{number}]"] = line
            for number, (_, line) in enumerate(draft.phones):
                lines[f"{path}.phones[{number}]"] = line
            contacts.append(contact)
    if missing:
        return Built(None, found, attributor, tuple(contacts))
    assert fields.headline is not None
    assert fields.date is not None
    assert fields.place is not None
    assert name is not None
    if fields.capitals:
        report(
            "import.place_capitals",
            f"the dateline's place, written in capitals, is stored as {fields.place!r}",
            fields.dateline_line,
            Severity.INFO,
        )
    if fields.other_places:
        report(
            "import.place_joint",
            f"the dateline names several places; the first, {fields.place!r}, is "
            f"the release's place, and {', '.join(map(repr, fields.other_places))} "
            "is not kept (a dateline has one place)",
            fields.dateline_line,
            Severity.WARNING,
        )
    footer = read_footer(
        [b for b in fields.footer if b.is_footer()], fields.issuer_acronym
    )
    try:
        issuer = build_issuer(issuer_id, name, fields.issuer_acronym, footer, report)
        release = Release(
            id=slug(
                f"{fields.issuer_acronym or name} {fields.date.isoformat()} "
                f"{fields.headline.text}"
            )[:64].strip("-"),
            headline=fields.headline.text,
            language=fields.language,
            dateline=Dateline(
                place=fields.place,
                country=fields.country or country_in(body_text, fields.place),
                date=fields.date,
            ),
            issuer=issuer,
            body=tuple(p.text for p in fields.body),
            organisations=registry.organisations(),
            participants=tuple(attributor.speakers),
            quotes=tuple(q.to_model() for q in found),
            contacts=tuple(contacts),
            countries=tuple(dict.fromkeys(countries)),
        )
    except ValidationError as exc:
        for problem in exc.problems:
            report(
                "import.invalid", problem.message, None, Severity.ERROR, problem.path
            )
        return Built(None, found, attributor, tuple(contacts))
    return Built(release, found, attributor, tuple(contacts))
