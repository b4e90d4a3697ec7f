"""vCard 4.0 (RFC 6350) for media contacts: ``to_vcard`` and ``from_vcard``.

``from_vcard`` (in ``_vcard_read``, over the syntax in ``_vcard_parse``) reads
vCard 2.1, 3.0 and 4.0 as real programs write them.

Text values are escaped (``\\\\``, ``\\,``, ``\\;``, ``\\n``), so no name can
start a new property; URI values (``TEL;VALUE=uri:tel:+855-23-211-240;ext=334``)
are not. Lines end in CRLF and are folded at 75 octets without splitting a
UTF-8 character.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from pressrelease.formats._vcard_props import (
    Property,
    properties,
)
from pressrelease.formats._vcard_read import ImportedCard, VCardImport, from_vcard
from pressrelease.model.contact import Contact
from pressrelease.model.release import Release

__all__ = ["ImportedCard", "VCardImport", "from_vcard", "to_vcard"]

_FOLD_AT = 75  # octets, CRLF not counted (RFC 6350 section 3.2)
#: Single-value text properties written with ``;`` unescaped.
_SEMICOLON_KEPT = {"FN", "TITLE"}


def escape(text: str, *, semicolons: bool = True) -> str:
    """A TEXT value escaped as RFC 6350 section 3.4 says.

    *semicolons* False leaves ``;`` as it is, for single-value properties
    (FN, TITLE), which RFC 6350 allows and which ical.js and vcf otherwise
    show with the backslash.
    """
    text = text.replace("\\", "\\\\").replace(",", "\\,")
    if semicolons:
        text = text.replace(";", "\\;")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def _fold(line: str) -> Iterator[str]:
    chunk, size, limit = "", 0, _FOLD_AT
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            yield chunk
            chunk, size, limit = " ", 1, _FOLD_AT
        chunk += char
        size += width
    yield chunk


def _param_text(text: str) -> str:
    """A parameter value encoded as RFC 6868 says, quoted if it must be."""
    text = text.replace("^", "^^").replace('"', "^'")
    text = text.replace("\r\n", "^n").replace("\n", "^n").replace("\r", "^n")
    return f'"{text}"' if set(text) & set(",;:") else text


def _param(value: Any) -> str:
    """A parameter value; a list is comma-separated, each item quoted if needed."""
    values = value if isinstance(value, list) else [value]
    return ",".join(_param_text(str(v)) for v in values)


def _line(prop: Property) -> str:
    params = "".join(f";{k.upper()}={_param(v)}" for k, v in prop.params.items())
    if prop.kind == "uri":
        params = f";VALUE=uri{params}"
        value = str(prop.value)
    elif isinstance(prop.value, list):
        value = ";".join(escape(part) for part in prop.value)
    else:
        plain = prop.name.upper() not in _SEMICOLON_KEPT
        value = (
            escape(prop.value, semicolons=plain) if prop.kind == "text" else prop.value
        )
    return f"{prop.name.upper()}{params}:{value}"


def _organisation_names(release: Release | None) -> dict[str, str]:
    if release is None:
        return {}
    return {org.id: org.name for org in release.all_organisations}


def to_vcard(contacts: Iterable[Contact], release: Release | None = None) -> str:
    r"""The contacts as vCard 4.0 text; ORG names come from *release* if given.

    >>> card = to_vcard([Contact(name="Huot Vichheka", language="km")])
    >>> for line in card.split("\r\n"):
    ...     print(line)
    BEGIN:VCARD
    VERSION:4.0
    KIND:individual
    FN:Huot Vichheka
    N:;Huot Vichheka;;;
    LANG:km
    END:VCARD
    <BLANKLINE>
    """
    names = _organisation_names(release)
    lines: list[str] = []
    for contact in contacts:
        organisation = names.get(contact.organisation or "")
        lines.append("BEGIN:VCARD")
        for prop in properties(contact, organisation):
            lines += _fold(_line(prop))
        lines.append("END:VCARD")
    return "".join(line + "\r\n" for line in lines)
