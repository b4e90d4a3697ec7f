"""Datelines: ``Ayutthaya, 19th June 2009 – According to the UN, ...``."""

from __future__ import annotations

import datetime
import re

import attrs

from pressrelease._names import country_for_name

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_YEAR = r"(?P<year>\d{4})"
_DATES = [
    re.compile(rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}"),
    re.compile(rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}"),
    re.compile(r"(?P<year>\d{4})-(?P<num>\d{2})-(?P<day>\d{2})"),
]
# "Place[, Country], <date> – text": the dash may be en, em, a hyphen or two.
_DATELINE = re.compile(
    r"(?P<head>[^\W\d][^\u2013\u2014\n]{2,120}?)\s*(?:[\u2013\u2014]|--?)\s+(?P<rest>\S.*)",
    re.DOTALL,
)


@attrs.frozen
class DatelineText:
    place: str
    country: str | None
    date: datetime.date
    rest: str


def parse_date(text: str) -> datetime.date | None:
    """A date written ``19th June 2009``, ``June 19, 2009`` or ``2009-06-19``."""
    for pattern in _DATES:
        match = pattern.fullmatch(text.strip())
        if match is None:
            continue
        groups = match.groupdict()
        month = (
            int(groups["num"])
            if groups.get("num")
            else _MONTHS.get(groups["month"].lower(), 0)
        )
        try:
            return datetime.date(int(groups["year"]), month, int(groups["day"]))
        except ValueError:
            return None
    return None


def parse_dateline(text: str) -> DatelineText | None:
    """The dateline at the start of a paragraph, and the paragraph after it."""
    match = _DATELINE.match(text)
    if match is None:
        return None
    parts = [part.strip() for part in match["head"].split(",")]
    for size in (1, 2):  # the date is the last part, or two ("June 19, 2009")
        if len(parts) <= size:
            break
        date = parse_date(", ".join(parts[-size:]))
        if date is None:
            continue
        place, *rest = parts[:-size]
        country = country_for_name(rest[0]) if len(rest) == 1 else None
        if len(rest) > 1 or (rest and country is None):
            return None
        return DatelineText(place, country, date, match["rest"].strip())
    return None
