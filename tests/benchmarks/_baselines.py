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


def _owner_floor(owner: dict[str, Any]) -> None:
    """A contact's or organisation's numbers and addresses (schema_version 2)."""
    for phone in owner["phones"]:
        _phone_floor(phone["number"] if isinstance(phone, dict) else phone)
    for address in owner["emails"]:
        _email_floor(address)


def floor_release(text: str) -> None:
    data = json.loads(text)
    for org in (data["issuer"], *data["organisations"]):
        _owner_floor(org)
    for contact in data["contacts"]:
        _owner_floor(contact)


def floor_contact(line: str) -> None:
    _owner_floor(json.loads(line))


# -- msgspec -----------------------------------------------------------------


def _check_phones(phones: tuple[MPhone, ...]) -> None:
    for phone in phones:
        number = phone.number
        if not phonenumbers.is_valid_number(phonenumbers.parse(number, None)):
            raise ValueError(f"not a valid phone number: {number}")


def _check_emails(addresses: tuple[str, ...]) -> None:
    for address in addresses:
        _email_floor(address)


class MPhone(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    number: str
    kind: str = "voice"
    label: str | None = None


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
    phones: tuple[MPhone, ...] = ()
    emails: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _check_phones(self.phones)
        _check_emails(self.emails)


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
    role: str | None = None
    language: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[MPhone, ...] = ()
    country: str | None = None

    def __post_init__(self) -> None:
        _check_phones(self.phones)
        _check_emails(self.emails)


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
