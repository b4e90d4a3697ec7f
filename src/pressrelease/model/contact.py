"""Media contacts."""

from __future__ import annotations

import attrs

from pressrelease.email_address import EmailAddress
from pressrelease.model import _fields
from pressrelease.phone import PhoneNumber

__all__ = ["Contact"]


@attrs.frozen(kw_only=True)
class Contact:
    """A person journalists can reach, in the language they serve.

    Phones and email may be given as plain strings; they are parsed and
    validated (phones must carry their country code).

    >>> c = Contact(name="Supanee Pongruengphant", honorific="Ms.",
    ...             organisation="uniap", language="th",
    ...             email="supanee.pongruengphant@un.or.th",
    ...             phones=("+66 2 288 1746",), country="TH")
    >>> c.phones[0].e164
    '+6622881746'
    """

    name: str = attrs.field(converter=_fields.text)
    honorific: str | None = attrs.field(default=None, converter=_fields.optional_text)
    title: str | None = attrs.field(default=None, converter=_fields.optional_text)
    organisation: str | None = attrs.field(
        default=None, converter=_fields.optional_identifier
    )
    language: str | None = attrs.field(
        default=None, converter=_fields.optional_language
    )
    email: EmailAddress | None = attrs.field(
        default=None, converter=_fields.optional_email
    )
    phones: tuple[PhoneNumber, ...] = attrs.field(default=(), converter=_fields.phones)
    country: str | None = attrs.field(default=None, converter=_fields.optional_country)

    def __attrs_post_init__(self) -> None:
        _fields.finish(self)
