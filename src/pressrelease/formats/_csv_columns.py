"""What each column of a CSV contact list holds, decided once from its header.

Header names are compared after trimming, collapsing inner spaces and case
folding. A header written exactly as the library's JSON keys (all lower case:
``name``, ``emails``, ``phones``, ``country``, ...) is read with the library's
own rules (``country`` must be an ISO code, ``organisation`` is an id); any
other header is read as a tool's export (country names, company names).
``role`` is read only when written so: a CRM's ``Role`` column holds other
things (``Editor``).
"""

from __future__ import annotations

import re

import attrs

# Roles a column can have.
NAME = "name"
FIRST = "first"
MIDDLE = "middle"
LAST = "last"
HONORIFIC = "honorific"
TITLE = "title"
ORGANISATION = "organisation"  # the library's key: an organisation id
ORGANISATION_NAME = "organisation_name"  # a tool's Company column
EMAIL = "email"
EMAIL_TYPE = "email_type"  # Outlook's E-mail N Type (EX: Exchange)
EMAIL_LABEL = "email_label"  # Google's E-mail N - Type/Label: read, not needed
PHONE = "phone"
PHONE_TYPE = "phone_type"  # Google's Phone N - Type/Label: the kind
COUNTRY = "country"
LANGUAGE = "language"
ROLE = "role"  # the library's key only: media, investor, general

#: Roles holding one value a row; a second column with another value conflicts.
SINGLE = (NAME, HONORIFIC, TITLE, ORGANISATION, ORGANISATION_NAME, ROLE, LANGUAGE)

LIBRARY_KEYS = {
    "name": NAME,
    "honorific": HONORIFIC,
    "title": TITLE,
    "organisation": ORGANISATION,
    "role": ROLE,
    "language": LANGUAGE,
    "email": EMAIL,
    "emails": EMAIL,
    "phones": PHONE,
    "country": COUNTRY,
}

_ALIASES: dict[str, str] = {
    "name": NAME,
    "full name": NAME,
    "first name": FIRST,
    "given name": FIRST,
    "prénom": FIRST,
    "vorname": FIRST,
    "middle name": MIDDLE,
    "additional name": MIDDLE,
    "last name": LAST,
    "family name": LAST,
    "surname": LAST,
    "nom": LAST,
    "nachname": LAST,
    "honorific": HONORIFIC,
    "name prefix": HONORIFIC,
    "civilité": HONORIFIC,
    "salutation": HONORIFIC,
    "anrede": HONORIFIC,
    "job title": TITLE,
    "organization title": TITLE,
    "organization 1 - title": TITLE,
    "position": TITLE,
    "funktion": TITLE,
    "fonction": TITLE,
    "company": ORGANISATION_NAME,
    "company name": ORGANISATION_NAME,
    "account name": ORGANISATION_NAME,
    "organization": ORGANISATION_NAME,
    "organization name": ORGANISATION_NAME,
    "organization 1 - name": ORGANISATION_NAME,
    "organisation": ORGANISATION_NAME,
    "organisme": ORGANISATION_NAME,
    "firma": ORGANISATION_NAME,
    "e-mail": EMAIL,
    "email": EMAIL,
    "emails": EMAIL,
    "e-mail address": EMAIL,
    "email address": EMAIL,
    "e-mail-adresse": EMAIL,
    "courriel": EMAIL,
    "e-mail type": EMAIL_TYPE,
    "country": COUNTRY,
    "country/region": COUNTRY,
    "business country/region": COUNTRY,
    "mailing country": COUNTRY,
    "land": COUNTRY,
    "pays": COUNTRY,
    "language": LANGUAGE,
    "sprache": LANGUAGE,
    "langue": LANGUAGE,
}

# Outlook's other countries come after its business one.
_COUNTRY_PRIORITY = {"home country/region": 1, "other country/region": 2}

_PHONE_KINDS: dict[str, str] = {
    **dict.fromkeys(
        (
            "phone",
            "phones",
            "telephone",
            "tel",
            "phone number",
            "telefon",
            "téléphone",
            "work phone",
            "business phone",
            "business phone 2",
            "home phone",
            "home phone 2",
            "other phone",
            "primary phone",
            "company main phone",
            "callback",
            "isdn",
            "tty/tdd phone",
        ),
        "voice",
    ),
    **dict.fromkeys(
        (
            "mobile",
            "mobile phone",
            "mobile phone number",
            "cell",
            "cell phone",
            "portable",
            "téléphone portable",
            "handy",
            "mobil",
            "mobiltelefon",
            "car phone",
            "radio phone",
        ),
        "mobile",
    ),
    **dict.fromkeys(
        ("fax", "business fax", "home fax", "other fax", "telefax", "télécopie"),
        "fax",
    ),
    "pager": "pager",
}

_OUTLOOK_EMAIL = re.compile(r"e-mail ([23]) (address|type)")
_GOOGLE = re.compile(
    r"(e-mail|phone|address) ([0-9]{1,3}) - (value|type|label|country)"
)


@attrs.frozen(kw_only=True)
class Column:
    """A column that is read: its place, its header as written, its role."""

    index: int
    header: str
    role: str
    kind: str = "voice"  # for PHONE: the kind of number the column holds
    group: int = 0  # pairs a Type with its Value; a country's priority


@attrs.frozen(kw_only=True)
class Plan:
    """How to read the rows under one header."""

    width: int
    columns: tuple[Column, ...]
    ignored: tuple[str, ...]  # headers with no home, as written, each once
    library_keys: bool


def normalise(header: str) -> str:
    """A header as compared: trimmed, inner spaces collapsed, case folded."""
    return " ".join(header.split()).casefold()


def _google(key: str) -> tuple[str, str, int] | None:
    match = _GOOGLE.fullmatch(key)
    if match is None:
        return None
    what, number, part = match[1], int(match[2]), match[3]
    if what == "address":
        return (COUNTRY, "voice", number) if part == "country" else None
    if part == "country":
        return None
    if what == "e-mail":
        return (EMAIL if part == "value" else EMAIL_LABEL), "voice", number
    return (PHONE if part == "value" else PHONE_TYPE), "voice", number


def _role(key: str, has_job_title: bool) -> tuple[str, str, int] | None:
    """(role, kind, group) for a normalised header, or None: no home."""
    if key == "title":
        return (HONORIFIC if has_job_title else TITLE), "voice", 0
    if key in _PHONE_KINDS:
        return PHONE, _PHONE_KINDS[key], 0
    if key in _COUNTRY_PRIORITY:
        return COUNTRY, "voice", _COUNTRY_PRIORITY[key]
    role = _ALIASES.get(key)
    if role is not None:
        return role, "voice", 1 if role in (EMAIL, EMAIL_TYPE) else 0
    outlook = _OUTLOOK_EMAIL.fullmatch(key)
    if outlook is not None:
        role = EMAIL if outlook[2] == "address" else EMAIL_TYPE
        return role, "voice", int(outlook[1])
    return _google(key)


def plan(header: list[str]) -> Plan:
    """The plan for a header row (its cells as read)."""
    keys = [normalise(cell) for cell in header]
    has_job_title = "job title" in keys
    columns: list[Column] = []
    ignored: dict[str, None] = {}  # a dict: ordered, and linear to look up
    written: list[str] = []
    for index, (cell, key) in enumerate(zip(header, keys, strict=True)):
        written_key = cell.strip() == ROLE
        found = (ROLE, "voice", 0) if written_key else _role(key, has_job_title)
        if found is None:
            shown = cell.strip()
            ignored.setdefault(shown)
            continue
        role, kind, group = found
        columns.append(
            Column(index=index, header=cell.strip(), role=role, kind=kind, group=group)
        )
        written.append(cell.strip())
    library = bool(columns) and all(w in LIBRARY_KEYS for w in written)
    if library:
        columns = [
            attrs.evolve(c, role=LIBRARY_KEYS[c.header], group=1) for c in columns
        ]
    return Plan(
        width=len(header),
        columns=tuple(columns),
        ignored=tuple(ignored),
        library_keys=library,
    )
