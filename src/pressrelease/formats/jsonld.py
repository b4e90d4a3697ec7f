"""schema.org JSON-LD: the release as a ``NewsArticle`` for search engines.

``to_jsonld(release)`` returns the JSON-LD object; :func:`jsonld_script`
returns it inside an HTML ``<script type="application/ld+json">`` element,
escaped so that no text in the release can close the element early.

Node ids are absolute, so that a standalone file converts to RDF without a
base URL: ``urn:pressrelease:release:<id>`` for the article and
``urn:pressrelease:release:<id>#org-uniap`` for its nodes, or, given
``base_url="https://example.org/news/x"``, that URL and ``...x#org-uniap``.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from pressrelease._names import country_name, language_name
from pressrelease.errors import ValidationError, quoted
from pressrelease.limits import MAX_URL
from pressrelease.model.address import PostalAddress
from pressrelease.model.contact import Contact, ContactRole
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


def _country(code: str) -> dict[str, Any]:
    return {"@type": "Country", "name": country_name(code), "identifier": code}


def _one_or_many(values: list[str]) -> str | list[str] | None:
    """Nothing, one value, or several (schema.org lets any property repeat)."""
    return None if not values else values[0] if len(values) == 1 else values


def _numbers(phones: tuple[Phone, ...], *kinds: PhoneKind) -> str | list[str] | None:
    """The numbers of these kinds; schema.org has no property for pagers or
    text-only numbers, so those are left out rather than passed off as voice."""
    return _one_or_many([p.number.international for p in phones if p.kind in kinds])


def _organisation(org: Organisation, base: str) -> dict[str, Any]:
    item: dict[str, Any] = {
        "@type": "Organization",
        "@id": f"{base}#org-{org.id}",
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
        "parentOrganization": {"@id": f"{base}#org-{org.parent}"}
        if org.parent
        else None,
        "funder": [{"@id": f"{base}#org-{f}"} for f in org.funders] or None,
        "member": [{"@id": f"{base}#org-{m}"} for m in org.members] or None,
    }
    item.update((k, v) for k, v in optional.items() if v is not None)
    return item


def _person(person: Participant, base: str) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Person", "@id": f"{base}#person-{person.id}"}
    optional = {
        "name": person.name,
        "description": person.description,
        "honorificPrefix": " ".join(p for p in (person.rank, person.honorific) if p)
        or None,
        "jobTitle": person.title,
        "affiliation": {"@id": f"{base}#org-{person.organisation}"}
        if person.organisation
        else None,
        "nationality": _country(person.country) if person.country else None,
    }
    item.update((k, v) for k, v in optional.items() if v is not None)
    return item


# schema.org's contactType is free text; these are the words its examples use.
_CONTACT_TYPES = {
    None: "media relations",  # the contacts of a press release, unless told
    ContactRole.MEDIA: "media relations",
    ContactRole.INVESTOR: "investor relations",
    ContactRole.GENERAL: "customer service",
}


def _contact_point(contact: Contact) -> dict[str, Any]:
    item: dict[str, Any] = {
        "@type": "ContactPoint",
        "contactType": _CONTACT_TYPES[contact.role],
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
        item["areaServed"] = _country(contact.country)
    return item


def _base(release: Release, base_url: str | None) -> str:
    """The article's id, which every node id extends with ``#...``."""
    if base_url is None:
        return f"urn:pressrelease:release:{release.id}"
    parts = urlsplit(base_url) if isinstance(base_url, str) else None
    if (
        parts is None
        or parts.scheme not in ("http", "https")
        or not parts.netloc
        or parts.fragment
        or "#" in base_url
        or len(base_url) > MAX_URL
        or any(c.isspace() for c in base_url)
    ):
        raise ValidationError.single(
            "jsonld.base_url",
            f"base_url {quoted(base_url)} must be an absolute http(s) URL without a "
            "fragment (such as 'https://example.org/news/2009-06-19')",
        )
    return base_url


def to_jsonld(release: Release, *, base_url: str | None = None) -> dict[str, Any]:
    """The release as a schema.org ``NewsArticle`` (JSON-LD).

    *base_url*, the address the release is published at, becomes the
    article's ``@id`` and the base of every node id.

    >>> import datetime
    >>> from pressrelease import Dateline, Organisation
    >>> r = Release(id="r", headline="TRAINING ENDS", language="en",
    ...             issuer=Organisation(id="uniap", name="UNIAP", kind="un_body"),
    ...             dateline=Dateline(place="Bangkok",
    ...                               date=datetime.date(2009, 6, 19)),
    ...             body=("The training ended.",))
    >>> to_jsonld(r)["author"]["@id"]
    'urn:pressrelease:release:r#org-uniap'
    >>> to_jsonld(r, base_url="https://example.org/r")["author"]["@id"]
    'https://example.org/r#org-uniap'
    """
    base = _base(release, base_url)
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
    publisher = _organisation(release.issuer, base)
    author: dict[str, Any] = {
        "@type": "Organization",
        "@id": publisher["@id"],
        "name": release.issuer.name,
    }
    if release.issuer.website is not None:
        author["url"] = release.issuer.website
    if release.contacts:
        publisher["contactPoint"] = [_contact_point(c) for c in release.contacts]
    article: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": base,
        "identifier": release.id,
        "headline": release.headline,
        "genre": "Press Release",
        "inLanguage": release.language,
        "dateline": located,
        "datePublished": dateline.date.isoformat(),
        "locationCreated": location,
        "articleBody": "\n\n".join(release.body),
        "author": author,
        "publisher": publisher,
        "mentions": [_organisation(o, base) for o in release.organisations]
        + [_person(p, base) for p in release.participants],
        "spatialCoverage": [_country(c) for c in release.countries],
        "hasPart": [
            {
                "@type": "Quotation",
                "text": quote.text,
                "creator": {"@id": f"{base}#person-{quote.speaker}"},
            }
            for quote in release.quotes
        ],
    }
    return {k: v for k, v in article.items() if v != []}


def jsonld_script(release: Release, *, base_url: str | None = None) -> str:
    """The JSON-LD inside a ``<script type="application/ld+json">`` element.

    ``<``, ``>`` and ``&`` are written as JSON ``\\u`` escapes, so a headline
    containing ``</script>`` cannot end the element or start another.
    """
    text = json.dumps(
        to_jsonld(release, base_url=base_url), ensure_ascii=False, indent=2
    )
    for char, escape in _HTML_UNSAFE.items():
        text = text.replace(char, escape)
    return f'<script type="application/ld+json">\n{text}\n</script>\n'
