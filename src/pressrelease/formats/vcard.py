"""vCard 4.0 (RFC 6350) for media contacts: ``to_vcard`` and ``from_vcard``.

Text values are escaped (``\\\\``, ``\\,``, ``\\;``, ``\\n``), so no name can
start a new property; URI values (``TEL;VALUE=uri:tel:+855-23-211-240;ext=334``)
are not. Lines end in CRLF and are folded at 75 octets without splitting a
UTF-8 character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from pressrelease._names import country_for_name
from pressrelease.errors import Problem, ValidationError
from pressrelease.formats._vcard_props import (
    LABEL_PARAM,
    TEL_TYPES,
    Property,
    properties,
)
from pressrelease.model.contact import Contact
from pressrelease.model.phone_entry import Phone, PhoneKind
from pressrelease.model.release import Release
from pressrelease.phone import PhoneNumber

__all__ = ["from_vcard", "to_vcard"]

_FOLD_AT = 75  # octets, CRLF not counted (RFC 6350 section 3.2)
_IGNORED = {"VERSION", "KIND", "PRODID", "REV", "UID", "N"}  # N: read for its prefix


def escape(text: str) -> str:
    """A TEXT value escaped as RFC 6350 section 3.4 says."""
    text = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


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
        value = escape(prop.value) if prop.kind == "text" else prop.value
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


def _pair(param: str) -> tuple[str, str]:
    key, _, value = param.partition("=")
    return key, value


def _split(line: str) -> tuple[str, dict[str, str], str]:
    """NAME;PARAM=x:value, the colon found outside quoted parameter values."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            head, value = line[:index], line[index + 1 :]
            # Split at the semicolons outside quoted parameter values.
            name, *params = re.findall(r'(?:[^;"]|"[^"]*")+', head) or [""]
            pairs = dict(_pair(p) for p in params)
            return (
                name.upper().split(".")[-1],
                {k.upper(): v for k, v in pairs.items()},
                value,
            )
    raise ValueError(line)


def _components(value: str) -> list[str]:
    return [_unescape(part) for part in re.split(r"(?<!\\);", value)]


_KINDS = {written: kind for kind, written in TEL_TYPES.items()}
# Which kind a TEL with several types is: "fax,voice" is a fax.
_PRIORITY = [
    PhoneKind.FAX,
    PhoneKind.PAGER,
    PhoneKind.MOBILE,
    PhoneKind.TEXT,
    PhoneKind.VOICE,
]


def _param_value(text: str) -> str:
    """A parameter value unquoted and decoded as RFC 6868 says."""
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    return re.sub(r"\^(.)", lambda m: {"n": "\n", "'": '"'}.get(m[1], m[1]), text)


def _tel(params: dict[str, str]) -> tuple[PhoneKind, str | None]:
    """The kind and label a TEL property's parameters give."""
    types = {_param_value(t).lower() for t in params.get("TYPE", "").split(",")}
    kinds = [kind for written, kind in _KINDS.items() if written in types]
    # A fax is never taken for a voice number; a cell phone is a mobile.
    kind = min(kinds, key=_PRIORITY.index, default=PhoneKind.VOICE)
    label = params.get(LABEL_PARAM.upper())
    return kind, None if label is None else _param_value(label)


def _phones(
    written: list[tuple[str, PhoneKind, str | None]],
    country: object,
    problems: list[Problem],
) -> list[Phone]:
    region = country if isinstance(country, str) and len(country) == 2 else None
    phones = []
    for index, (text, kind, label) in enumerate(written):
        try:
            number = PhoneNumber.parse(text, region)
            phones.append(Phone(number=number, kind=kind, label=label))
        except ValidationError as exc:
            problems += exc.under(f"$.phones[{index}]").problems
    return phones


def _contact(
    props: list[tuple[str, dict[str, str], str]], org_ids: dict[str, str]
) -> Contact:
    fields: dict[str, Any] = {}
    emails: list[tuple[bool, str]] = []
    written: list[tuple[str, PhoneKind, str | None]] = []
    problems: list[Problem] = []
    for name, params, value in props:
        if name == "FN":
            fields["name"] = _unescape(value)
        elif name == "N":
            parts = _components(value)
            fields["honorific"] = (parts[3] if len(parts) > 3 else "") or None
        elif name == "ORG":
            fields["organisation"] = org_ids.get(_components(value)[0])
        elif name == "TITLE":
            fields["title"] = _unescape(value)
        elif name == "ROLE":
            fields["role"] = _unescape(value)
        elif name == "LANG":
            fields["language"] = value
        elif name == "EMAIL":
            emails.append((params.get("PREF") is None, _unescape(value)))
        elif name == "TEL":
            text = value if params.get("VALUE") == "uri" else _unescape(value)
            written.append((text, *_tel(params)))
        elif name == "ADR":
            country = _components(value)[-1]
            fields["country"] = country_for_name(country) or country
        elif name not in _IGNORED:
            problems.append(
                Problem(
                    path=f"$.{name}",
                    code="vcard.unsupported",
                    message=f"property {name} has no home in a Contact",
                )
            )
    # The preferred address first (sorted is stable: the rest keep their order).
    fields["emails"] = [email for _, email in sorted(emails, key=lambda e: e[0])]
    fields["phones"] = _phones(written, fields.get("country"), problems)
    if "name" not in fields:
        problems.append(
            Problem(path="$.FN", code="missing", message="a vCard needs FN")
        )
    if problems:
        raise ValidationError(problems)
    return Contact(**fields)


def from_vcard(text: str, release: Release | None = None) -> tuple[Contact, ...]:
    """Read vCards back into contacts (ORG by name from *release*, if given).

    Raises :class:`~pressrelease.ValidationError` listing every problem, with
    paths such as ``$[2].phones[0]`` for the third card's first number.
    """
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    org_ids = {name: ident for ident, name in _organisation_names(release).items()}
    contacts: list[Contact] = []
    problems: list[Problem] = []
    card: list[tuple[str, dict[str, str], str]] | None = None
    for number, line in enumerate(unfolded.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            name, params, value = _split(line)
        except ValueError:
            problems.append(
                Problem(
                    path=f"$[{len(contacts)}]",
                    code="vcard.syntax",
                    message=f"line {number} is not a vCard property: {line[:40]!r}",
                )
            )
            continue
        if name == "BEGIN" and value.upper() == "VCARD":
            card = []
        elif name == "END" and value.upper() == "VCARD" and card is not None:
            try:
                contacts.append(_contact(card, org_ids))
            except ValidationError as exc:
                problems += exc.under(f"$[{len(contacts)}]").problems
                contacts.append(Contact(name="?"))  # keeps the indexes of later cards
            card = None
        elif card is not None:
            card.append((name, params, value))
        else:
            problems.append(
                Problem(
                    path="$",
                    code="vcard.syntax",
                    message=f"line {number} is outside BEGIN:VCARD and END:VCARD",
                )
            )
    if card is not None:
        problems.append(
            Problem(
                path=f"$[{len(contacts)}]",
                code="vcard.syntax",
                message="a vCard has no END:VCARD",
            )
        )
    if problems:
        raise ValidationError(problems)
    return tuple(contacts)
