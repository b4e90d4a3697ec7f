"""Organisations: the issuer and every body a release mentions."""

from __future__ import annotations

import enum

import attrs

from pressrelease.email_address import EmailAddress
from pressrelease.model import _fields
from pressrelease.model.address import PostalAddress
from pressrelease.model.phone_entry import Phone, entries

__all__ = ["Organisation", "OrganisationKind"]


class OrganisationKind(enum.Enum):
    """What kind of body an organisation is."""

    UN_BODY = "un_body"
    INTERGOVERNMENTAL = "intergovernmental"
    GOVERNMENT = "government"
    MINISTRY = "ministry"
    GOVERNMENT_AGENCY = "government_agency"
    JUDICIARY = "judiciary"
    NGO = "ngo"
    DONOR_PROGRAMME = "donor_programme"
    COMPANY = "company"
    MEDIA = "media"
    ACADEMIC = "academic"
    OTHER = "other"


def _kind(value: OrganisationKind | str) -> OrganisationKind:
    return _fields.choice(value, OrganisationKind)


def _address(value: PostalAddress | None) -> PostalAddress | None:
    return _fields.optional_instance(value, PostalAddress)


@attrs.frozen(kw_only=True)
class Organisation:
    """An organisation, referred to elsewhere by its ``id``.

    ``parent`` is the id of the body it belongs to (DSI belongs to Thailand's
    Ministry of Justice), ``members`` and ``funders`` are ids too. ``role`` is
    what the release says the organisation does in it.

    >>> Organisation(id="dsi", name="Department of Special Investigation",
    ...              acronym="DSI", kind="government_agency", country="TH").kind
    <OrganisationKind.GOVERNMENT_AGENCY: 'government_agency'>
    """

    id: str = attrs.field(converter=_fields.identifier)
    name: str = attrs.field(converter=_fields.text)
    acronym: str | None = attrs.field(default=None, converter=_fields.optional_text)
    kind: OrganisationKind = attrs.field(converter=_kind)
    country: str | None = attrs.field(default=None, converter=_fields.optional_country)
    parent: str | None = attrs.field(
        default=None, converter=_fields.optional_identifier
    )
    members: tuple[str, ...] = attrs.field(default=(), converter=_fields.identifiers)
    funders: tuple[str, ...] = attrs.field(default=(), converter=_fields.identifiers)
    description: str | None = attrs.field(default=None, converter=_fields.optional_text)
    role: str | None = attrs.field(default=None, converter=_fields.optional_text)
    website: str | None = attrs.field(default=None, converter=_fields.optional_url)
    address: PostalAddress | None = attrs.field(default=None, converter=_address)
    #: Its numbers, faxes included (a fax is a Phone of kind FAX); numbers
    #: without a country code are read for ``country``.
    phones: tuple[Phone, ...] = attrs.field(default=(), converter=entries)
    emails: tuple[EmailAddress, ...] = attrs.field(default=(), converter=_fields.emails)

    # Markers left by the converters become one ValidationError.
    __attrs_post_init__ = _fields.finish

    @property
    def email(self) -> EmailAddress | None:
        """The preferred (first) email address, or None."""
        return self.emails[0] if self.emails else None

    @property
    def label(self) -> str:
        """The acronym if it has one, else the name: what a reader scans for."""
        return self.acronym or self.name
