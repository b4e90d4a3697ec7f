"""Where and when a release was issued."""

from __future__ import annotations

import datetime

import attrs

from pressrelease.model import _fields

__all__ = ["Dateline"]


@attrs.frozen(kw_only=True)
class Dateline:
    """The place and date a release was issued from.

    >>> Dateline(place="Ayutthaya", country="TH", date=datetime.date(2009, 6, 19))
    Dateline(place='Ayutthaya', country='TH', date=datetime.date(2009, 6, 19))
    """

    place: str = attrs.field(converter=_fields.text)
    country: str | None = attrs.field(default=None, converter=_fields.optional_country)
    date: datetime.date = attrs.field(converter=_fields.date)

    # Markers left by the converters become one ValidationError.
    __attrs_post_init__ = _fields.finish
