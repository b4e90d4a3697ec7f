"""Media contacts."""

from __future__ import annotations

import enum

import attrs

from pressrelease.email_address import EmailAddress
from pressrelease.model import _fields
from pressrelease.model.phone_entry import Phone, entries

__all__ = ["Contact", "ContactRole"]


class ContactRole(enum.Enum):
    """Whom a contact answers: journalists, investors or anyone."""

    MEDIA = "media"
    INVESTOR = "investor"
    GENERAL = "general"


def _role(value: ContactRole | str | None) -> ContactRole | None:
    return None if value is None else _fields.choice(value, ContactRole)


@attrs.frozen(kw_only=True)
class Contact:
    """A person journalists can reach, in the language they serve.

    ``emails`` are in order of preference (the first is :attr:`email`).
    ``phones`` take :class:`Phone` entries, or plain numbers (strings or
    :class:`PhoneNumber`), which are voice numbers; a number written
    without its country code is read for the contact's ``country``.

    >>> c = Contact(name="Supanee Pongruengphant", honorific="Ms.",
    ...             organisation="uniap", language="th",
    ...             emails=("supanee.pongruengphant@un.or.th",),
    ...             phones=("02 288 1746",), country="TH")
    >>> c.phones[0].number.e164, c.phones[0].kind.value
    ('+6622881746', 'voice')
    """

    name: str = attrs.field(converter=_fields.text)
    honorific: str | None = attrs.field(default=None, converter=_fields.optional_text)
    title: str | None = attrs.field(default=None, converter=_fields.optional_text)
    organisation: str | None = attrs.field(
        default=None, converter=_fields.optional_identifier
    )
    role: ContactRole | None = attrs.field(default=None, converter=_role)
    language: str | None = attrs.field(
        default=None, converter=_fields.optional_language
    )
    emails: tuple[EmailAddress, ...] = attrs.field(default=(), converter=_fields.emails)
    phones: tuple[Phone, ...] = attrs.field(default=(), converter=entries)
    country: str | None = attrs.field(default=None, converter=_fields.optional_country)

    # Markers left by the converters become one ValidationError.
    __attrs_post_init__ = _fields.finish

    @property
    def email(self) -> EmailAddress | None:
        """The preferred (first) email address, or None."""
        return self.emails[0] if self.emails else None
