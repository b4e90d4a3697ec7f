"""The pydantic v2 equivalent of the model, with EmailStr and PhoneNumber.

Its own module, so that importing it is the import-time baseline.
"""

from __future__ import annotations

import datetime

from pydantic import BaseModel, ConfigDict, EmailStr
from pydantic_extra_types.phone_numbers import PhoneNumber as PydanticPhone


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class PDateline(_Model):
    place: str
    country: str | None = None
    date: datetime.date


class PAddress(_Model):
    name: str | None = None
    street: tuple[str, ...] = ()
    locality: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None


class PPhone(_Model):
    number: PydanticPhone
    kind: str = "voice"
    label: str | None = None


class POrganisation(_Model):
    id: str
    name: str
    acronym: str | None = None
    kind: str
    country: str | None = None
    parent: str | None = None
    members: tuple[str, ...] = ()
    funders: tuple[str, ...] = ()
    description: str | None = None
    role: str | None = None
    website: str | None = None
    address: PAddress | None = None
    phones: tuple[PPhone, ...] = ()
    emails: tuple[EmailStr, ...] = ()


class PParticipant(_Model):
    id: str
    name: str | None = None
    description: str | None = None
    honorific: str | None = None
    rank: str | None = None
    title: str | None = None
    organisation: str | None = None
    country: str | None = None


class PQuote(_Model):
    text: str
    speaker: str
    framing: str | None = None
    paragraph: int | None = None


class PContact(_Model):
    name: str
    honorific: str | None = None
    title: str | None = None
    organisation: str | None = None
    role: str | None = None
    language: str | None = None
    emails: tuple[EmailStr, ...] = ()
    phones: tuple[PPhone, ...] = ()
    country: str | None = None


class PRelease(_Model):
    schema_version: int
    id: str
    headline: str
    language: str
    dateline: PDateline
    issuer: POrganisation
    body: tuple[str, ...] = ()
    organisations: tuple[POrganisation, ...] = ()
    participants: tuple[PParticipant, ...] = ()
    quotes: tuple[PQuote, ...] = ()
    contacts: tuple[PContact, ...] = ()
    countries: tuple[str, ...] = ()
