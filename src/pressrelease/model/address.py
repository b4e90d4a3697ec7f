"""Postal addresses."""

from __future__ import annotations

import attrs

from pressrelease.errors import ValidationError
from pressrelease.model import _fields

__all__ = ["PostalAddress"]


@attrs.frozen(kw_only=True)
class PostalAddress:
    """A postal address, kept in the lines and parts it was written in.

    ``name`` is the office or building the address names first, if any;
    ``street`` holds the remaining lines before the locality.

    >>> PostalAddress(street=("Block B Rajdamnern Nok Ave.",), locality="Bangkok",
    ...               postal_code="10200", country="TH").locality
    'Bangkok'
    """

    name: str | None = attrs.field(default=None, converter=_fields.optional_text)
    street: tuple[str, ...] = attrs.field(default=(), converter=_fields.texts)
    locality: str | None = attrs.field(default=None, converter=_fields.optional_text)
    region: str | None = attrs.field(default=None, converter=_fields.optional_text)
    postal_code: str | None = attrs.field(default=None, converter=_fields.optional_text)
    country: str | None = attrs.field(default=None, converter=_fields.optional_country)

    def __attrs_post_init__(self) -> None:
        _fields.finish(self)
        if not self.street and self.locality is None:
            raise ValidationError.single(
                "address.empty", "an address needs street lines or a locality"
            )
