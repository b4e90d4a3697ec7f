"""The vCard properties of a media contact, shared by vCard and jCard."""

from __future__ import annotations

from typing import Any

import attrs

from pressrelease._names import country_name
from pressrelease.model.contact import Contact
from pressrelease.model.phone_entry import Phone, PhoneKind

#: The vCard TEL types of each kind of number (RFC 6350 section 6.4.1).
TEL_TYPES = {
    PhoneKind.VOICE: "voice",
    PhoneKind.MOBILE: "cell",
    PhoneKind.FAX: "fax",
    PhoneKind.PAGER: "pager",
    PhoneKind.TEXT: "text",
}
#: The parameter that carries a number's label as written (an x-name
#: parameter, RFC 6350 section 5.10; its value encoded as RFC 6868 says).
LABEL_PARAM = "x-label"


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
    if contact.role is not None:
        found.append(Property("role", {}, "text", contact.role.value))
    if contact.language is not None:
        found.append(Property("lang", {}, "language-tag", contact.language))
    for index, email in enumerate(contact.emails):
        # The first address is the preferred one.
        params: dict[str, Any] = {"type": "work", "pref": "1"} if index == 0 else {}
        found.append(Property("email", params or {"type": "work"}, "text", str(email)))
    found += [_tel(phone) for phone in contact.phones]
    if contact.country is not None:
        country = ["", "", "", "", "", "", country_name(contact.country)]
        found.append(Property("adr", {"type": "work"}, "text", country))
    return found


def _tel(phone: Phone) -> Property:
    params: dict[str, Any] = {"type": ["work", TEL_TYPES[phone.kind]]}
    if phone.label is not None:
        params[LABEL_PARAM] = phone.label
    return Property("tel", params, "uri", phone.number.rfc3966)
