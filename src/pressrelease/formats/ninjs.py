"""IPTC ninjs 3.1 (News in JSON), what newsroom systems exchange.

``to_ninjs(release)`` is plain ninjs 3.1 and validates against IPTC's schema.
ninjs has no home for quotations, so ``to_ninjs(release, quotes=True)`` adds
them as a top-level ``quotes`` property, the way IPTC's guide says to extend
ninjs: under a ``standard`` that names our profile, whose schema
(:func:`ninjs_extension_schema`) is IPTC's ``ninjsType`` plus ``quotes``.
"""

from __future__ import annotations

from typing import Any

from pressrelease._names import country_name
from pressrelease.model.contact import Contact
from pressrelease.model.organisation import Organisation
from pressrelease.model.participant import Participant
from pressrelease.model.phone_entry import Phone, PhoneKind
from pressrelease.model.release import Release

__all__ = [
    "NINJS_EXTENSION_ID",
    "NINJS_SCHEMA_ID",
    "ninjs_extension_schema",
    "to_ninjs",
]

NINJS_SCHEMA_ID = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
NINJS_EXTENSION_ID = "urn:pressrelease:schema:ninjs-quotes:1"
_GENRE = {
    "name": "Press Release",
    "uri": "http://cv.iptc.org/newscodes/genre/PressRelease",
}


#: The time of day given to a date-only dateline. Noon UTC is the same calendar
#: date in every offset from UTC-11 to UTC+11; midnight UTC would show as the day
#: before anywhere west of Greenwich. A real time replaces it once the model has one.
DATE_ONLY_TIME = "12:00:00Z"


def _timestamp(release: Release) -> str:
    # ninjs wants a date-time; a release gives a date: noon UTC, documented.
    return f"{release.dateline.date.isoformat()}T{DATE_ONLY_TIME}"


def _located(release: Release) -> str:
    dateline = release.dateline
    if dateline.country is None:
        return dateline.place
    return f"{dateline.place}, {country_name(dateline.country)}"


def _organisation_info(org: Organisation) -> list[dict[str, Any]]:
    info: list[dict[str, Any]] = []
    if org.website is not None:
        info.append({"type": "web", "value": org.website})
    info += [_number(p, "office", {}) for p in org.phones]
    info += [{"type": "email", "role": "office", "value": str(e)} for e in org.emails]
    if org.address is not None:
        address = org.address
        lines = [line for line in (address.name, *address.street) if line]
        parts: dict[str, Any] = {"lines": lines} if lines else {}
        for key, value in (
            ("locality", address.locality),
            ("area", address.region),
            ("postalCode", address.postal_code),
            ("country", address.country),
        ):
            if value is not None:
                parts[key] = value
        info.append({"type": "address", "role": "office", "address": parts})
    return info


def _organisation(org: Organisation, rel: str) -> dict[str, Any]:
    item: dict[str, Any] = {"name": org.name, "rel": rel, "literal": org.id}
    info = _organisation_info(org)
    if info:
        item["contactInfo"] = info
    return item


def _participant(person: Participant, quoted: bool) -> dict[str, Any]:
    return {
        "name": person.display_name,
        "rel": "quoted" if quoted else "mentioned",
        "literal": person.id,
    }


#: ninjs contactInfo types ("phone, mobile, address etc.") of each kind.
_TYPES = {
    PhoneKind.VOICE: "phone",
    PhoneKind.MOBILE: "mobile",
    PhoneKind.FAX: "fax",
    PhoneKind.PAGER: "pager",
    PhoneKind.TEXT: "text",
}


def _number(phone: Phone, role: str, lang: dict[str, str]) -> dict[str, Any]:
    info = {"type": _TYPES[phone.kind], "role": role, "value": phone.number.rfc3966}
    if phone.label is not None:
        info["name"] = phone.label  # "the name of the contact method"
    return {**info, **lang}


def _contact(contact: Contact) -> dict[str, Any]:
    lang = {"lang": contact.language} if contact.language else {}
    info: list[dict[str, Any]] = []
    info += [
        {"type": "email", "role": "work", "value": str(email), **lang}
        for email in contact.emails
    ]
    info += [_number(phone, "work", lang) for phone in contact.phones]
    name = " ".join(p for p in (contact.honorific, contact.name) if p)
    item: dict[str, Any] = {"name": name, "rel": "mediaContact"}
    if info:
        item["contactInfo"] = info
    return item


def _quotes(release: Release) -> list[dict[str, Any]]:
    quotes = []
    for quote in release.quotes:
        item: dict[str, Any] = {
            "text": quote.text,
            "speaker": release.speaker(quote).display_name,
            "speakerLiteral": quote.speaker,
        }
        if quote.framing is not None:
            item["framing"] = quote.framing
        if quote.paragraph is not None:
            item["paragraph"] = quote.paragraph
        quotes.append(item)
    return quotes


def to_ninjs(release: Release, *, quotes: bool = False) -> dict[str, Any]:
    """The release as a ninjs 3.1 news item.

    With ``quotes=True``, the quotations are added in the documented
    ``quotes`` extension, and ``standard`` names that profile.
    """
    body = "\n\n".join(release.body)
    quoted = {q.speaker for q in release.quotes}
    item: dict[str, Any] = {
        "uri": f"urn:pressrelease:release:{release.id}",
        "type": "text",
        "standard": {"name": "ninjs", "version": "3.1", "schema": NINJS_SCHEMA_ID},
        "versionCreated": _timestamp(release),
        "contentCreated": _timestamp(release),
        "language": release.language,
        "headlines": [{"role": "main", "value": release.headline}],
        "bodies": [
            {
                "role": "main",
                "contentType": "text/plain",
                "charCount": len(body),
                "wordCount": len(body.split()),
                "value": body,
            }
        ],
        "by": release.issuer.name,
        "located": _located(release),
        "genres": [_GENRE],
        "infoSources": [
            {"role": "originator", **_organisation(release.issuer, "issuer")}
        ],
        "people": [_participant(p, p.id in quoted) for p in release.participants]
        + [_contact(c) for c in release.contacts],
        "organisations": [_organisation(o, "mentioned") for o in release.organisations],
        "places": [
            {"name": country_name(code), "rel": "concerns", "literal": code}
            for code in release.countries
        ],
    }
    item["infoSources"][0].pop("rel")
    for key in ("people", "organisations", "places"):
        if not item[key]:
            del item[key]
    if quotes:
        item["standard"] = {
            "name": "pressrelease-ninjs",
            "version": "1",
            "schema": NINJS_EXTENSION_ID,
        }
        item["quotes"] = _quotes(release)
    return item


def ninjs_extension_schema() -> dict[str, Any]:
    """The schema of ninjs with the ``quotes`` extension (IPTC's pattern).

    It refers to IPTC's ninjs 3.1 schema by its ``$id``; validators need that
    schema registered to resolve it.
    """
    quote = {
        "type": "object",
        "additionalProperties": False,
        "required": ["text", "speaker"],
        "properties": {
            "text": {"type": "string", "description": "The words, verbatim."},
            "speaker": {"type": "string", "description": "Who said them."},
            "speakerLiteral": {
                "type": "string",
                "description": "The speaker's literal in people.",
            },
            "framing": {
                "type": "string",
                "description": "The reporting verb or paraphrase around the quote.",
            },
            "paragraph": {
                "type": "integer",
                "minimum": 0,
                "description": "The body paragraph holding it, from 0.",
            },
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": NINJS_EXTENSION_ID,
        "title": "ninjs 3.1 with pressrelease quotes",
        "description": "IPTC ninjs 3.1, plus 'quotes': the direct quotations of a "
        "press release, which ninjs has no property for.",
        "type": "object",
        "allOf": [{"$ref": NINJS_SCHEMA_ID.rstrip("#") + "#/$defs/ninjsType"}],
        "properties": {"quotes": {"type": "array", "items": quote}},
        "required": ["uri"],
        "unevaluatedProperties": False,
    }
