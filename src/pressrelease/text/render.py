"""Render a release as a plain-text press release, in the conventional layout.

Masthead, headline, dateline and body, the office footer, then the media
contacts block, each contact under an "In <Language>:" heading. Reading the
result with :func:`~pressrelease.read_text` gives back the release's text
content and contacts.
"""

from __future__ import annotations

from collections.abc import Iterator

from pressrelease._names import country_name, language_name
from pressrelease.model.contact import Contact
from pressrelease.model.organisation import Organisation
from pressrelease.model.phone_entry import Phone, PhoneKind
from pressrelease.model.release import Release
from pressrelease.text._phones import plan_mobile

__all__ = ["render_text"]


#: The word before a number of each kind: a fax is never shown as a phone.
KIND_WORDS = {
    PhoneKind.VOICE: "Tel",
    PhoneKind.MOBILE: "Mobile",
    PhoneKind.FAX: "Fax",
    PhoneKind.PAGER: "Pager",
    PhoneKind.TEXT: "Text",
}


def _prefix(phone: Phone, voice: str) -> str:
    """``Fax``, ``Tel (journalists only)``: the kind, and the label if any."""
    word = KIND_WORDS[phone.kind] if phone.kind is not PhoneKind.VOICE else voice
    return word if phone.label is None else f"{word} ({phone.label})"


def _dateline(release: Release) -> str:
    dateline = release.dateline
    where = dateline.place
    if dateline.country is not None:
        where += f", {country_name(dateline.country)}"
    date = f"{dateline.date.day} {dateline.date:%B} {dateline.date.year}"
    return f"{where}, {date} \u2013"


def _footer(issuer: Organisation) -> Iterator[str]:
    address = issuer.address
    first = [s for s in (address.name if address else None, issuer.website) if s]
    if first:
        yield " | ".join(first)
    if address is not None:
        place = " ".join(p for p in (address.locality, address.postal_code) if p)
        lines = [*address.street, place] if place else list(address.street)
        if lines:
            yield " | ".join(lines)
    numbers = [f"{_prefix(p, 'Tel')}: {p.number.international}" for p in issuer.phones]
    numbers += [f"Email: {email}" for email in issuer.emails]
    if numbers:
        yield " | ".join(numbers)


def _contact(contact: Contact, release: Release) -> Iterator[str]:
    parts = [" ".join(p for p in (contact.honorific, contact.name) if p)]
    if contact.title is not None:
        parts.append(contact.title)
    if contact.organisation is not None:
        parts.append(release.organisation(contact.organisation).label)
    yield ", ".join(parts)
    for email in contact.emails:
        yield str(email)
    where = f" ({country_name(contact.country)})" if contact.country else ""
    for phone in contact.phones:
        number = phone.number.international + where
        mobile_plan = plan_mobile(phone.number.e164)
        if phone.kind is PhoneKind.VOICE and phone.label is None and not mobile_plan:
            yield number  # bare: the importer reads it back as a voice line
        else:
            # "Tel" lets the plan say mobile; "Voice" keeps a voice line voice.
            voice = "Voice" if mobile_plan else "Tel"
            yield f"{_prefix(phone, voice)}: {number}"
    if contact.country is not None and not contact.phones:
        yield f"Country: {country_name(contact.country)}"


def _contacts(release: Release) -> Iterator[str]:
    yield "For further information, please contact:"
    language: str | None = None
    for contact in release.contacts:
        if contact.language != language:  # a new section
            if contact.language is not None:
                yield f"In {language_name(contact.language)}:"
            elif language is not None:
                yield "Other contacts:"
            language = contact.language
        yield "\n".join(_contact(contact, release))


def render_text(release: Release) -> str:
    """The release as plain text, paragraphs separated by blank lines.

    >>> import datetime
    >>> from pressrelease import Dateline, Organisation
    >>> r = Release(id="r", headline="TRAINING ENDS", language="en",
    ...             issuer=Organisation(id="uniap", name="UNIAP", kind="un_body"),
    ...             dateline=Dateline(place="Bangkok",
    ...                               date=datetime.date(2009, 6, 19)),
    ...             body=("The training ended.",))
    >>> print(render_text(r))
    UNIAP
    <BLANKLINE>
    PRESS RELEASE
    <BLANKLINE>
    TRAINING ENDS
    <BLANKLINE>
    Bangkok, 19 June 2009 – The training ended.
    <BLANKLINE>
    """
    issuer = release.issuer
    blocks: list[str] = []
    if issuer.acronym is not None:
        blocks.append(issuer.acronym)
    if issuer.acronym is None or issuer.name != issuer.acronym:
        blocks.append(issuer.name.upper() if issuer.acronym else issuer.name)
    blocks += ["PRESS RELEASE", release.headline]
    first, *rest = release.body or ("",)
    blocks.append(f"{_dateline(release)} {first}".rstrip())
    blocks += rest
    footer = "\n".join(_footer(issuer))
    if footer:
        blocks.append(footer)
    if release.contacts:
        blocks += _contacts(release)
    return "\n\n".join(blocks) + "\n"
