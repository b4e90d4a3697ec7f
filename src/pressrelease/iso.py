"""Country codes (ISO 3166-1 alpha-2) and language tags (BCP 47), with their tables.

Both are case-insensitive identifiers, so they are stored in their canonical
case (``TH``, ``en``, ``zh-Hant-TW``); that is the only change made to them.
"""

from __future__ import annotations

import contextlib
import re

from pressrelease.errors import ValidationError, quoted, type_error
from pressrelease.limits import MAX_LANGUAGE_TAG

__all__ = ["COUNTRIES", "LANGUAGES", "parse_country", "parse_language"]

# Code tables, kept in the package (not fetched, not a dependency) so that
# validation never needs the network. Officially assigned codes, plus XK
# (Kosovo): user-assigned, but the code phonenumbers, CLDR and the EU use;
# see docs/validation.md.
COUNTRIES = frozenset(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ
    BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR
    CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
    GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU
    ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ
    LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
    MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
    PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
    SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR
    TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
    XK
    """.split()
)

LANGUAGES = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co
    cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd
    gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv
    ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg
    mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os
    pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss
    st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo
    wa wo xh yi yo za zh zu
    """.split()
)

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
# A private-use tag on its own (RFC 5646 section 2.2.7): "x-klingon".
_PRIVATE_USE = re.compile(r"x(?:-[a-z0-9]{1,8})+")
# Codes people write that ISO 3166-1 reserves for something else.
_MISTAKES = {"UK": "the United Kingdom is 'GB'", "EL": "Greece is 'GR'"}


def parse_country(value: object) -> str:
    """Validate an ISO 3166-1 alpha-2 country code; return it upper-cased.

    >>> parse_country("th")
    'TH'
    """
    if type(value) is str and value in COUNTRIES:
        return value  # already a code as written here: the common case
    return _parse_country_fully(value)


def _parse_country_fully(value: object) -> str:
    if not isinstance(value, str):
        raise type_error("a country code (a string)", value)
    code = value.upper()
    if code not in COUNTRIES:
        hint = _MISTAKES.get(code, "two letters, such as 'TH' for Thailand")
        raise ValidationError.single(
            "country.unknown",
            f"{quoted(value)} is not an ISO 3166-1 alpha-2 country code ({hint})",
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
    if type(value) is str and value in LANGUAGES:
        return value  # a bare ISO 639-1 code, already canonical: the common case
    return _parse_language_fully(value)


def _parse_language_fully(value: object) -> str:
    if not isinstance(value, str):
        raise type_error("a language tag (a string)", value)
    short = len(value) <= MAX_LANGUAGE_TAG
    if short and _PRIVATE_USE.fullmatch(value.lower()):
        return value.lower()  # x-klingon: private use, as BCP 47 allows
    match = _LANGTAG.fullmatch(value.lower()) if short else None
    if match is None:
        hint = "such as 'en', 'km' or 'zh-Hant'"
        dashed = value.replace("_", "-")
        if "_" in value and short and _LANGTAG.fullmatch(dashed.lower()):
            hint = "subtags are joined by '-', not '_'"
            with contextlib.suppress(ValidationError):  # it has problems of its own
                hint += f": write {parse_language(dashed)!r}"
        raise ValidationError.single(
            "language.malformed",
            f"{quoted(value)} is not a well-formed BCP 47 language tag ({hint})",
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
