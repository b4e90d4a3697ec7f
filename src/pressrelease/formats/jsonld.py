"""schema.org JSON-LD: the release as a ``NewsArticle`` for search engines.

``to_jsonld(release)`` returns the JSON-LD object; :func:`jsonld_script`
returns it inside an HTML ``<script type="application/ld+json">`` element,
escaped so that no text in the release can close the element early.
"""

from __future__ import annotations

import json
from typing import Any

from pressrelease._names import country_name, language_name
from pressrelease.model.address import PostalAddress
from pressrelease.model.contact import Contact
from pressrelease.model.organisation import Organisation
from pressrelease.model.participant import Participant
from pressrelease.model.phone_entry import Phone, PhoneKind
from pressrelease.model.release import Release

__all__ = ["jsonld_script", "to_jsonld"]

# What HTML or a JavaScript parser could read as markup or a line end.
_HTML_UNSAFE = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def _address(address: PostalAddress) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "PostalAddress"}
    street = [line for line in (address.name, *address.street) if line]
    for key, value in (
        ("streetAddress", ", ".join(street) or None),
        ("addressLocality", address.locality),
        ("addressRegion", address.region),
        ("postalCode", address.postal_code),
        ("addressCountry", address.country),
    ):
        if value is not None:
            item[key] = value
    return item


def _one_or_many(values: list[str]) -> str | list[str] | None:
    """Nothing, one value, or several (schema.org lets any property repeat)."""
    return None if not values else values[0] if len(values) == 1 else values


def _numbers(phones: tuple[Phone, ...], *kinds: PhoneKind) -> str | list[str] | None:
    """The numbers of these kinds; schema.org has no property for pagers or
    text-only numbers, so those are left out rather than passed off as voice."""
    return _one_or_many([p.number.international for p in phones if p.kind in kinds])


def _organisation(org: Organisation) -> dict[str, Any]:
    item: dict[str, Any] = {
        "@type": "Organization",
        "@id": f"#org-{org.id}",
        "name": org.name,
    }
    optional = {
        "alternateName": org.acronym,
        "description": org.description,
        "url": org.website,
        "telephone": _numbers(org.phones, PhoneKind.VOICE, PhoneKind.MOBILE),
        "faxNumber": _numbers(org.phones, PhoneKind.FAX),
        "email": _one_or_many([str(e) for e in org.emails]),
        "address": _address(org.address) if org.address else None,
        "parentOrganization": {"@id": f"#org-{org.parent}"} if org.parent else None,
        "funder": [{"@id": f"#org-{f}"} for f in org.funders] or None,
        "member": [{"@id": f"#org-{m}"} for m in org.members] or None,
    }
    item.update((k, v) for k, v in optional.items() if v is not None)
    return item


def _person(person: Participant) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Person", "@id": f"#person-{person.id}"}
    optional = {
        "name": person.name,
        "description": person.description,
        "honorificPrefix": " ".join(p for p in (person.rank, person.honorific) if p)
        or None,
        "jobTitle": person.title,
        "affiliation": {"@id": f"#org-{person.organisation}"}
        if person.organisation
        else None,
        "nationality": {"@type": "Country", "name": person.country}
        if person.country
        else None,
    }
    item.update((k, v) for k, v in optional.items() if v is not None)
    return item


def _contact_point(contact: Contact) -> dict[str, Any]:
    item: dict[str, Any] = {
        "@type": "ContactPoint",
        "contactType": "media relations",
        "name": " ".join(p for p in (contact.honorific, contact.name) if p),
    }
    numbers = {
        "email": _one_or_many([str(e) for e in contact.emails]),
        "telephone": _numbers(contact.phones, PhoneKind.VOICE, PhoneKind.MOBILE),
        "faxNumber": _numbers(contact.phones, PhoneKind.FAX),
    }
    item.update((k, v) for k, v in numbers.items() if v is not None)
    if contact.language is not None:
        item["availableLanguage"] = {
            "@type": "Language",
            "name": language_name(contact.language),
            "alternateName": contact.language,
        }
    if contact.country is not None:
        item["areaServed"] = {"@type": "Country", "name": contact.country}
    return item


def to_jsonld(release: Release) -> dict[str, Any]:
    """The release as a schema.org ``NewsArticle`` (JSON-LD)."""
    dateline = release.dateline
    located = dateline.place
    if dateline.country is not None:
        located += f", {country_name(dateline.country)}"
    location: dict[str, Any] = {"@type": "Place", "name": dateline.place}
    if dateline.country is not None:
        location["address"] = {
            "@type": "PostalAddress",
            "addressLocality": dateline.place,
            "addressCountry": dateline.country,
        }
    publisher = _organisation(release.issuer)
    if release.contacts:
        publisher["contactPoint"] = [_contact_point(c) for c in release.contacts]
    article: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": f"urn:pressrelease:release:{release.id}",
        "identifier": release.id,
        "headline": release.headline,
        "genre": "Press Release",
        "inLanguage": release.language,
        "dateline": located,
        "datePublished": dateline.date.isoformat(),
        "locationCreated": location,
        "articleBody": "\n\n".join(release.body),
        "publisher": publisher,
        "mentions": [_organisation(o) for o in release.organisations]
        + [_person(p) for p in release.participants],
        "spatialCoverage": [
            {"@type": "Country", "name": country_name(c), "identifier": c}
            for c in release.countries
        ],
        "hasPart": [
            {
                "@type": "Quotation",
                "text": quote.text,
                "creator": {"@id": f"#person-{quote.speaker}"},
            }
            for quote in release.quotes
        ],
    }
    return {k: v for k, v in article.items() if v != []}


def jsonld_script(release: Release) -> str:
    """The JSON-LD inside a ``<script type="application/ld+json">`` element.

    ``<``, ``>`` and ``&`` are written as JSON ``\\u`` escapes, so a headline
    containing ``</script>`` cannot end the element or start another.
    """
    text = json.dumps(to_jsonld(release), ensure_ascii=False, indent=2)
    for char, escape in _HTML_UNSAFE.items():
        text = text.replace(char, escape)
    return f'<script type="application/ld+json">\n{text}\n</script>\n'
