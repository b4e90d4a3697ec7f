"""Country codes (ISO 3166-1 alpha-2) and language tags (BCP 47).

Both are case-insensitive identifiers, so they are stored in their canonical
case (``TH``, ``en``, ``zh-Hant-TW``); that is the only change made to them.
"""

from __future__ import annotations

import re

from pressrelease._iso import COUNTRIES, LANGUAGES
from pressrelease.errors import ValidationError, type_error

__all__ = ["COUNTRIES", "LANGUAGES", "parse_country", "parse_language"]

# RFC 5646 langtag, matched on the lower-cased tag. Grandfathered irregular
# tags (i-klingon, ...) are deliberately not accepted: nothing should write them.
_LANGTAG = re.compile(
    r"""
    (?P<language>[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})
    (?:-(?P<script>[a-z]{4}))?
    (?:-(?P<region>[a-z]{2}|[0-9]{3}))?
    (?P<variants>(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*)
    (?P<extensions>(?:-[a-wyz0-9](?:-[a-z0-9]{2,8})+)*)
    (?P<private>-x(?:-[a-z0-9]{1,8})+)?
    """,
    re.VERBOSE,
)
_MAX_TAG = 64
# Codes people write that ISO 3166-1 reserves for something else.
_MISTAKES = {"UK": "the United Kingdom is 'GB'", "EL": "Greece is 'GR'"}


def parse_country(value: object) -> str:
    """Validate an ISO 3166-1 alpha-2 country code; return it upper-cased.

    >>> parse_country("th")
    'TH'
    """
    if not isinstance(value, str):
        raise type_error("a country code (a string)", value)
    code = value.upper()
    if code not in COUNTRIES:
        hint = _MISTAKES.get(code, "two letters, such as 'TH' for Thailand")
        raise ValidationError.single(
            "country.unknown",
            f"{value!r} is not an ISO 3166-1 alpha-2 country code ({hint})",
        )
    return code


def parse_language(value: object) -> str:
    """Validate a BCP 47 language tag; return it in canonical case.

    The primary language must be an ISO 639-1 code when it has two letters; a
    three-letter ISO 639-2/3 code is accepted when well-formed (that table is
    too large to ship). A region subtag must be a known country or a UN M.49 code.

    >>> parse_language("ZH-hant-tw")
    'zh-Hant-TW'
    """
    if not isinstance(value, str):
        raise type_error("a language tag (a string)", value)
    match = _LANGTAG.fullmatch(value.lower()) if len(value) <= _MAX_TAG else None
    if match is None:
        raise ValidationError.single(
            "language.malformed",
            f"{value!r} is not a well-formed BCP 47 language tag "
            "(such as 'en', 'km' or 'zh-Hant')",
        )
    language = match["language"]
    primary = language.split("-")[0]
    where = "" if primary == value.lower() else f" in {value!r}"
    if len(primary) == 2 and primary not in LANGUAGES:
        raise ValidationError.single(
            "language.unknown",
            f"{primary!r}{where} is not an ISO 639-1 language code",
        )
    if len(primary) > 3:
        raise ValidationError.single(
            "language.unknown",
            f"{primary!r}{where} is not a language code in use "
            "(use a two- or three-letter ISO 639 code)",
        )
    region = match["region"]
    if region is not None and region.isalpha() and region.upper() not in COUNTRIES:
        raise ValidationError.single(
            "language.unknown",
            f"region {region.upper()!r} in {value!r} is not an ISO 3166-1 country code",
        )
    parts = [language]
    if match["script"]:
        parts.append(match["script"].title())
    if region:
        parts.append(region.upper())
    rest = (match["variants"] or "") + (match["extensions"] or "")
    rest += match["private"] or ""
    return "-".join(parts) + rest
