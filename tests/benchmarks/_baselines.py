"""The baselines pressrelease is measured against, on the same documents.

- the floor: json.loads plus one bare phonenumbers parse and is_valid_number
  and one bare email_validator call per value: work no correct
  implementation can skip;
- pydantic v2 with EmailStr and pydantic-extra-types' PhoneNumber: an
  equivalent model of the same document;
- msgspec: equivalent Structs, validating the same values in __post_init__.

Benchmark-only dependencies: pip install -e '.[bench]'.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

import email_validator
import msgspec
import phonenumbers
from _pydantic_models import PContact, PRelease

# -- the floor ---------------------------------------------------------------


def _phone_floor(text: str) -> None:
    phonenumbers.is_valid_number(phonenumbers.parse(text, None))


def _email_floor(text: str) -> None:
    email_validator.validate_email(text, check_deliverability=False)


def floor_release(text: str) -> None:
    data = json.loads(text)
    for org in (data["issuer"], *data["organisations"]):
        for number in org["phones"] + org["faxes"]:
            _phone_floor(number)
        if org["email"]:
            _email_floor(org["email"])
    for contact in data["contacts"]:
        for number in contact["phones"]:
            _phone_floor(number)
        if contact["email"]:
            _email_floor(contact["email"])


def floor_contact(line: str) -> None:
    data = json.loads(line)
    for number in data["phones"]:
        _phone_floor(number)
    if data["email"]:
        _email_floor(data["email"])


# -- msgspec -----------------------------------------------------------------


def _check_phones(numbers: tuple[str, ...]) -> None:
    for number in numbers:
        if not phonenumbers.is_valid_number(phonenumbers.parse(number, None)):
            raise ValueError(f"not a valid phone number: {number}")


def _check_email(address: str | None) -> None:
    if address is not None:
        _email_floor(address)


class MDateline(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    place: str
    date: datetime.date
    country: str | None = None


class MAddress(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    name: str | None = None
    street: tuple[str, ...] = ()
    locality: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None


class MOrganisation(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    id: str
    name: str
    kind: str
    acronym: str | None = None
    country: str | None = None
    parent: str | None = None
    members: tuple[str, ...] = ()
    funders: tuple[str, ...] = ()
    description: str | None = None
    role: str | None = None
    website: str | None = None
    address: MAddress | None = None
    phones: tuple[str, ...] = ()
    faxes: tuple[str, ...] = ()
    email: str | None = None

    def __post_init__(self) -> None:
        _check_phones(self.phones + self.faxes)
        _check_email(self.email)


class MParticipant(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    id: str
    name: str | None = None
    description: str | None = None
    honorific: str | None = None
    rank: str | None = None
    title: str | None = None
    organisation: str | None = None
    country: str | None = None


class MQuote(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    text: str
    speaker: str
    framing: str | None = None
    paragraph: int | None = None


class MContact(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    name: str
    honorific: str | None = None
    title: str | None = None
    organisation: str | None = None
    language: str | None = None
    email: str | None = None
    phones: tuple[str, ...] = ()
    country: str | None = None

    def __post_init__(self) -> None:
        _check_phones(self.phones)
        _check_email(self.email)


class MRelease(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    schema_version: int
    id: str
    headline: str
    language: str
    dateline: MDateline
    issuer: MOrganisation
    body: tuple[str, ...] = ()
    organisations: tuple[MOrganisation, ...] = ()
    participants: tuple[MParticipant, ...] = ()
    quotes: tuple[MQuote, ...] = ()
    contacts: tuple[MContact, ...] = ()
    countries: tuple[str, ...] = ()


RELEASE_DECODER = msgspec.json.Decoder(MRelease)
CONTACT_DECODER = msgspec.json.Decoder(MContact)
ENCODER = msgspec.json.Encoder()


__all__ = ["PContact", "PRelease"]


def msgspec_dump(release: Any) -> str:
    return msgspec.json.format(ENCODER.encode(release), indent=2).decode("utf-8")
