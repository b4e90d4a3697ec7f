"""English names of countries and languages, for reading and writing text.

Country names come from phonenumbers' own locale table (loaded on first use,
so importing pressrelease stays fast), plus the other names releases use.
"""

from __future__ import annotations

import functools
import unicodedata

from pressrelease.errors import ValidationError
from pressrelease.iso import COUNTRIES, parse_language

# Names in use that are not phonenumbers' name for the country.
_COUNTRY_ALIASES = {
    "Lao PDR": "LA",
    "Lao People's Democratic Republic": "LA",
    "Viet Nam": "VN",
    "Burma": "MM",
    "Republic of Korea": "KR",
    "Korea": "KR",
    "UK": "GB",
    "Great Britain": "GB",
    "USA": "US",
    "United States of America": "US",
    "Czechia": "CZ",
    "Eswatini": "SZ",
    "North Macedonia": "MK",
    "Russian Federation": "RU",
    "Ivory Coast": "CI",
    "Cabo Verde": "CV",
    "East Timor": "TL",
    "Timor Leste": "TL",
    "Democratic Republic of the Congo": "CD",
    "DR Congo": "CD",
    "Holy See": "VA",
    "Türkiye": "TR",
    "Myanmar (Burma)": "MM",
    "People's Republic of China": "CN",
    "PRC": "CN",
}

# Demonyms, for "a Chinese Government official" and "a Cambodian NGO".
DEMONYMS = {
    "Cambodian": "KH",
    "Chinese": "CN",
    "Lao": "LA",
    "Laotian": "LA",
    "Burmese": "MM",
    "Myanmar": "MM",
    "Thai": "TH",
    "Vietnamese": "VN",
    "Australian": "AU",
    "Indonesian": "ID",
    "Malaysian": "MY",
    "Filipino": "PH",
    "Philippine": "PH",
    "Singaporean": "SG",
    "Japanese": "JP",
    "Korean": "KR",
    "Indian": "IN",
    "American": "US",
    "British": "GB",
    "French": "FR",
    "German": "DE",
}

# Language names as releases write them ("In Khmer:"), to BCP 47 tags.
LANGUAGE_NAMES = {
    "en": "English",
    "zh": "Chinese",
    "lo": "Lao",
    "th": "Thai",
    "vi": "Vietnamese",
    "my": "Burmese",
    "km": "Khmer",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "ar": "Arabic",
    "ru": "Russian",
    "de": "German",
    "it": "Italian",
    "nl": "Dutch",
    "id": "Indonesian",
    "ms": "Malay",
    "tl": "Tagalog",
    "ja": "Japanese",
    "ko": "Korean",
    "hi": "Hindi",
    "bn": "Bengali",
    "ur": "Urdu",
    "ne": "Nepali",
    "si": "Sinhala",
    "ta": "Tamil",
    "fa": "Persian",
    "ps": "Pashto",
    "tr": "Turkish",
    "sw": "Swahili",
    "am": "Amharic",
    "ha": "Hausa",
    "so": "Somali",
    "uk": "Ukrainian",
    "pl": "Polish",
    "ro": "Romanian",
    "el": "Greek",
    "he": "Hebrew",
    "mn": "Mongolian",
}
_LANGUAGE_ALIASES = {
    "Myanmar": "my",
    "Cambodian": "km",
    "Laotian": "lo",
    "Mandarin": "zh",
    "Farsi": "fa",
    "Filipino": "tl",
    "Bahasa Indonesia": "id",
    "Bahasa Malaysia": "ms",
}


def _key(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(folded.replace("\u2019", "'").replace(".", "").split())


# Names written instead of phonenumbers' own, which hold characters that
# mean something in a release's layout: "(Country)" after a phone, and the
# commas of a dateline. The long forms are still read.
_PLAIN_NAMES = {
    "SX": "Sint Maarten",  # "Sint Maarten (Dutch part)"
    "BQ": "Caribbean Netherlands",  # "Bonaire, Sint Eustatius and Saba"
    "XK": "Kosovo",  # user-assigned: phonenumbers' locale data has no name
}


@functools.cache
def _phonenumbers_names() -> dict[str, str]:
    from phonenumbers.geodata.locale import LOCALE_DATA  # 0.3 s: only when needed

    return {
        code: LOCALE_DATA[code]["aa"]
        for code in sorted(COUNTRIES)
        if code in LOCALE_DATA
    }


@functools.cache
def _country_names() -> dict[str, str]:
    return {**_phonenumbers_names(), **_PLAIN_NAMES}


@functools.cache
def _country_lookup() -> dict[str, str]:
    lookup = {_key(name): code for code, name in _phonenumbers_names().items()}
    lookup.update((_key(name), code) for code, name in _PLAIN_NAMES.items())
    lookup.update((_key(name), code) for name, code in _COUNTRY_ALIASES.items())
    return lookup


def country_name(code: str) -> str:
    """The English name of a country: ``country_name("LA") == "Laos"``."""
    return _country_names()[code]


def country_for_name(name: str) -> str | None:
    """The code of a country named in English (or an alias), else None."""
    return _country_lookup().get(_key(name))


def country_names_and_aliases() -> list[str]:
    """Every name :func:`country_for_name` knows, longest first."""
    names = [*_phonenumbers_names().values(), *_PLAIN_NAMES.values(), *_COUNTRY_ALIASES]
    return sorted(names, key=len, reverse=True)


def language_name(tag: str) -> str:
    """The English name of a language tag, or the tag itself when unnamed."""
    return LANGUAGE_NAMES.get(tag, tag)


@functools.cache
def _language_lookup() -> dict[str, str]:
    lookup = {_key(name): tag for tag, name in LANGUAGE_NAMES.items()}
    lookup.update((_key(name), tag) for name, tag in _LANGUAGE_ALIASES.items())
    return lookup


def language_for_name(name: str) -> str | None:
    """The tag for a language name ("Khmer") or a written tag ("zh-Hant")."""
    tag = _language_lookup().get(_key(name))
    if tag is not None:
        return tag
    try:
        return parse_language(name.strip())
    except ValidationError:
        return None


# Local names in use that phonenumbers writes otherwise ("Etats-Unis",
# "Vereinigte Staaten von Amerika", "Česká republika").
_LOCAL_ALIASES = {
    "États-Unis": "US",
    "Vereinigte Staaten": "US",
    "Großbritannien": "GB",
    "Česko": "CZ",
}


@functools.cache
def _local_country_lookup() -> dict[str, str]:
    """Country names in every language phonenumbers knows, when unambiguous."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    found: dict[str, set[str]] = {}
    for code in sorted(COUNTRIES):
        for name in LOCALE_DATA.get(code, {}).values():
            if not name.startswith("*"):  # "*xx": a pointer, not a name
                found.setdefault(_key(name), set()).add(code)
    lookup = {key: codes.pop() for key, codes in found.items() if len(codes) == 1}
    lookup.update((_key(name), code) for name, code in _LOCAL_ALIASES.items())
    return lookup


def country_for_address(name: str) -> str | None:
    """The code of a country as an address writes it, else None.

    Reads ISO codes (``FR``, ``gb``), English names and aliases (``USA``,
    ``U.S.A.``, ``United Kingdom``) and local names in the languages
    phonenumbers has (``Deutschland``, ``España``, ``Polska``, ``Suisse``).

    >>> country_for_address("Deutschland"), country_for_address("U.S.")
    ('DE', 'US')
    """
    key = _key(name)
    if len(key) == 2 and key.isascii() and key.upper() in COUNTRIES:
        return key.upper()
    return country_for_name(name) or _local_country_lookup().get(key)
