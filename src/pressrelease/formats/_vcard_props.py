"""The vCard properties of a media contact, shared by vCard and jCard."""

from __future__ import annotations

from typing import Any

import attrs

from pressrelease._names import country_name
from pressrelease.model.contact import Contact


@attrs.frozen
class Property:
    """One vCard property: name, parameters, value type and value.

    A structured value (N, ADR) is a list of components.
    """

    name: str
    params: dict[str, Any]
    kind: str
    value: str | list[str]


def properties(contact: Contact, organisation: str | None) -> list[Property]:
    """The properties for *contact*; *organisation* is its organisation's name."""
    found = [
        Property("version", {}, "text", "4.0"),
        Property("kind", {}, "text", "individual"),
        Property("fn", {}, "text", contact.name),
        # Names are not split into family and given: their order differs by
        # culture, and a wrong split would be a made-up fact.
        Property("n", {}, "text", ["", contact.name, "", contact.honorific or "", ""]),
    ]
    if organisation is not None:
        found.append(Property("org", {}, "text", organisation))
    if contact.title is not None:
        found.append(Property("title", {}, "text", contact.title))
    if contact.language is not None:
        found.append(Property("lang", {}, "language-tag", contact.language))
    if contact.email is not None:
        found.append(Property("email", {"type": "work"}, "text", str(contact.email)))
    found += [
        Property("tel", {"type": ["work", "voice"]}, "uri", phone.rfc3966)
        for phone in contact.phones
    ]
    if contact.country is not None:
        country = ["", "", "", "", "", "", country_name(contact.country)]
        found.append(Property("adr", {"type": "work"}, "text", country))
    return found
