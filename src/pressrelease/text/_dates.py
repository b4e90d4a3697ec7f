"""Dates and datelines in English, German, French, Spanish, Portuguese,
Italian and Dutch.

Month names come from Babel's CLDR data when Babel is installed (the
``import`` extra); without it, a small built-in table of the same seven
languages' wide and common short names is used.

>>> find_date("Paris, le 4 mars 2025 –").date
datetime.date(2025, 3, 4)
>>> parse_dateline("WIEN, 17. November 2017 - Text.").place
'Wien'
"""

from __future__ import annotations

import datetime
import functools
import re

import attrs

from pressrelease._names import country_for_name
from pressrelease.text._words import FURNITURE, LEGAL_FORM_END, fold

LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl")

_FALLBACK = {
    "en": "january february march april may june july august september october "
    "november december",
    "de": "januar februar marz april mai juni juli august september oktober "
    "november dezember",
    "fr": "janvier fevrier mars avril mai juin juillet aout septembre octobre "
    "novembre decembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre "
    "noviembre diciembre",
    "pt": "janeiro fevereiro marco abril maio junho julho agosto setembro outubro "
    "novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre "
    "ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober "
    "november december",
}
# Short forms CLDR does not list but releases write.
_EXTRA = {"sept": 9, "jaenner": 1, "janner": 1, "mrz": 3, "maerz": 3, "dic": 12}


@functools.cache
def month_names() -> dict[str, int]:
    """Folded month name or abbreviation → month number, all languages."""
    names: dict[str, int] = dict(_EXTRA)
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - depends on the environment
        for words in _FALLBACK.values():
            for number, word in enumerate(words.split(), start=1):
                names[word] = number
                names.setdefault(word[:3], number)
        return names
    for language in LANGUAGES:
        locale = Locale.parse(language)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, word in locale.months[context][width].items():
                    names.setdefault(fold(word).rstrip("."), number)
    for number, word in enumerate(_FALLBACK["de"].split(), start=1):
        names.setdefault(word[:3], number)  # "Mär" as OTS writes it
    return names


_FALLBACK_DAYS = (
    "monday tuesday wednesday thursday friday saturday sunday "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miercoles jueves viernes sabado domingo "
    "lunedi martedi mercoledi giovedi venerdi sabato domenica "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
)


@functools.cache
def weekday_names() -> frozenset[str]:
    """Folded weekday names and abbreviations, all languages (CLDR via Babel)."""
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - depends on the environment
        return frozenset(_FALLBACK_DAYS.split())
    names: set[str] = set()
    for language in LANGUAGES:
        locale = Locale.parse(language)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for word in locale.days[context][width].values():
                    names.add(fold(word).rstrip("."))
    return frozenset(names)


_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º|°|\.)?"
_MONTH = r"(?P<m>[^\W\d_]{3,12})\.?"
_YEAR = r"(?P<y>(?:1[89]|2\d)\d\d)"
_DATE = re.compile(
    rf"\b{_DAY}\s*(?:de\s+)?{_MONTH},?\s*(?:de\s+)?{_YEAR}\b"
    rf"|\b(?P<m2>[^\W\d_]{{3,12}})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>(?:1[89]|2\d)\d\d)\b"
    r"|\b(?P<y3>(?:1[89]|2\d)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)(?!\d)"
    r"|\b(?P<d4>[0-3]?\d)\.\s?(?P<m4>[01]?\d)\.\s?(?P<y4>(?:1[89]|2\d)\d\d)\b"
    # 15/07/2025, 4/3/25: the order is the reader's to settle (FoundDate.other)
    r"|(?<![\d/])(?P<a5>[0-3]?\d)/(?P<b5>[0-3]?\d)/(?P<y5>(?:1[89]|2\d)?\d\d)(?![\d/])"
    # 04.03.25: a two-digit year only after a two-digit day and month, and
    # no number around it (a version 1.2.25, an address 10.04.03.25)
    r"|(?<![\d.])(?P<d6>[0-3]\d)\.(?P<m6>[01]\d)\.(?P<y6>\d\d)(?!\d|\.\d)"
)


@attrs.frozen
class FoundDate:
    date: datetime.date
    start: int
    end: int
    month_first: bool = False  # "March 4, 2025": the US order
    #: "04/03/2025": the month-first reading (3 April) when the text does
    #: not say which part is the month; ``date`` is then the day-first one.
    other: datetime.date | None = None


def find_date(text: str) -> FoundDate | None:
    """The first date written in *text*, in any of the seven languages."""
    months = month_names()
    for match in _DATE.finditer(text[:2000]):
        groups = match.groupdict()
        try:
            if groups["d"]:
                month = months.get(fold(groups["m"]))
                day, year = int(groups["d"]), int(groups["y"])
            elif groups["m2"]:
                month = months.get(fold(groups["m2"]))
                day, year = int(groups["d2"]), int(groups["y2"])
                if month:
                    return FoundDate(
                        datetime.date(year, month, day), *match.span(), True
                    )
            elif groups["y3"]:
                month, day, year = (
                    int(groups["m3"]),
                    int(groups["d3"]),
                    int(groups["y3"]),
                )
            elif groups["y6"]:
                month, day = int(groups["m6"]), int(groups["d6"])
                year = 2000 + int(groups["y6"])
            elif groups["y5"]:
                found = _numeric(groups["a5"], groups["b5"], groups["y5"], match)
                if found is not None:
                    return found
                continue
            else:
                month, day, year = (
                    int(groups["m4"]),
                    int(groups["d4"]),
                    int(groups["y4"]),
                )
            if month:
                return FoundDate(datetime.date(year, month, day), *match.span())
        except ValueError:
            continue
    return None


def _numeric(
    first: str, second: str, year: str, match: re.Match[str]
) -> FoundDate | None:
    """A date written with slashes: day first when the first part is over
    12, month first (the US order) when the second is, else both readings
    (``other``) for the reader to choose by the release's region."""
    a, b = int(first), int(second)
    full = int(year) + 2000 if len(year) == 2 else int(year)  # "4/3/25"
    if b > 12:  # 07/15/2025
        return FoundDate(datetime.date(full, a, b), *match.span(), True)
    day_first = datetime.date(full, b, a)
    if a > 12 or a == b:  # 15/07/2025, 04/04/2025: one reading
        return FoundDate(day_first, *match.span())
    return FoundDate(day_first, *match.span(), other=datetime.date(full, a, b))


# A label naming a date that is not the release's: a dividend's record or
# payment date, an event's or a meeting's day, a deadline (folded text).
_OTHER_DATE = re.compile(
    r"(?:^|\b)(?:record|payable|payment|paid|ex-?dividend|ex-?date|dividend|"
    r"meeting|agm|event|when|deadline|closing|expiry|maturity|settlement|"
    r"wann|termin|veranstaltung|stichtag|zahltag|zahlbar|frist|anmeldeschluss|"
    r"quand|echeance|date\s+limite|paiement|cuando|fecha\s+limite|pago|"
    r"quando|scadenza|pagamento|wanneer|uiterlijk|betaaldatum)\b"
)


def names_other_date(label: str) -> bool:
    """Whether *label* (the words before a date, or the line above it)
    names a date that is not the release's: ``Record date:``, ``Payable``,
    ``When:``, ``Wann:``, ``Stichtag``.

    >>> names_other_date("Record date:"), names_other_date("Released")
    (True, False)
    """
    return _OTHER_DATE.search(fold(label)) is not None


#: Countries whose numeric dates put the month first (``04/03/2025`` is
#: 3 April): the United States and its territories, the Philippines,
#: Micronesia, the Marshall Islands, Palau, Belize.
MONTH_FIRST = frozenset("US PR GU VI AS MP UM PH FM MH PW BZ".split())


def numeric_order(region: str | None) -> bool:
    """Whether numeric dates from *region* put the month first.

    >>> numeric_order("US"), numeric_order("GB"), numeric_order(None)
    (True, False, False)
    """
    return region in MONTH_FIRST


# A time after a date: "10:30", "10.15 Uhr", "10 h", "4:05 PM CET",
# "at 10:30 a.m. ET", "à 10 h", "ore 10:30", "T10:30:00Z" (bounded: no
# nested repetition).
CLOCK = re.compile(
    r"(?:(?:um|at|a|à|às|a\s+las|ore|alle(?:\s+ore)?|om|-|–|,)\s*|T(?=\d))?"
    r"(?:\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?|\d{1,2}\s?(?=h\b|uhr\b|am\b|pm\b|a\.m\.|p\.m\.))"
    r"(?:Z|[+-]\d\d:?\d\d)?"
    r"(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.)(?!\w))?(?:\s+\(?(?-i:[A-Z]{2,5})\)?(?!\w))?",
    re.I,
)


# Wire services' markers between the place and the text.
_WIRE = re.compile(
    r"\s*(?:--\s*)?(?:/\s*(?:PRNewswire|CNW|PRNewswire-\w+|EINPresswire\.com|"
    r"Newswire|ACCESSWIRE|ACCESS\s+Newswire)\s*/|\(\s*(?:BUSINESS\s+WIRE|GLOBE\s+NEWSWIRE|ACCESSWIRE|ACCESS\s+Newswire|"
    r"Marketwired|OTS|APA|dpa|dpa-AFX|ots|pts|AP|Reuters|ANSA|AFP|EFE|ATS|SDA|"
    r"Newsfile\s+Corp\.|NEWMEDIAWIRE|PRWEB|RK|KNA|epd|KAP)\s*\))\s*(?:--|[-–—:.])?\s*",
    re.I,
)


def wire_name(text: str) -> str | None:
    """The wire a dateline credits (``(BUSINESS WIRE)`` → ``businesswire``),
    as its letters in lower case, or None.

    >>> wire_name("CHATTANOOGA, Tenn.--(BUSINESS WIRE)--Acme reports")
    'businesswire'
    """
    found = _WIRE.search(text[:300])
    if found is None or found.start() > 120:
        return None
    return "".join(c for c in fold(found.group()) if c.isalpha()) or None


# The separator after the dateline: a dash of any kind, or a colon.
# A year, then a full stop (and a dash: ".-") before the paragraph.
_DATE_STOP = re.compile(r"(?<=\d{4})\.(?:[-–—])?\s+(?=\S)")
_SEPARATOR = re.compile(r"\s+[–—-]{1,2}\s*|\s*[–—]\s*|\s*--\s*|:\s+|\s+\|\s+|\s+/\s+")
_US_STATES = {
    fold(s).rstrip(".")
    for s in (
        "Ala Alaska Ariz Ark Calif Cal Colo Conn Del Fla Ga Hawaii Idaho Ill Ind "
        "Iowa Kan Kans Ky La Maine Md Mass Mich Minn Miss Mo Mont Neb Nev N.H N.J "
        "N.M N.Y N.C N.D Ohio Okla Ore Pa R.I S.C S.D Tenn Texas Tex Utah Vt Va "
        "Wash W.Va Wis Wyo D.C DC AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS "
        "KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC "
        "SD TN TX UT VT VA WA WV WI WY"
    ).split()
} | {
    "alabama", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "illinois", "indiana", "kansas",
    "kentucky", "louisiana", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
    "north dakota", "oklahoma", "oregon", "pennsylvania", "rhode island",
    "south carolina", "south dakota", "tennessee", "vermont", "virginia",
    "washington", "west virginia", "wisconsin", "wyoming",
}  # fmt: skip
# Places whose country a release rarely writes: capitals and big cities.
_CITIES = {
    "wien": "AT", "vienna": "AT", "graz": "AT", "linz": "AT", "salzburg": "AT",
    "innsbruck": "AT", "klagenfurt": "AT", "st. polten": "AT",
    "bern": "CH", "berne": "CH", "zurich": "CH", "geneve": "CH", "geneva": "CH",
    "genf": "CH", "basel": "CH", "lausanne": "CH", "lugano": "CH", "luzern": "CH",
    "berlin": "DE", "munchen": "DE", "munich": "DE", "hamburg": "DE",
    "frankfurt": "DE", "koln": "DE", "stuttgart": "DE", "dusseldorf": "DE",
    "bonn": "DE", "paris": "FR", "lyon": "FR", "marseille": "FR",
    "toulouse": "FR", "bruxelles": "BE", "brussels": "BE", "brussel": "BE",
    "madrid": "ES", "barcelona": "ES", "lisboa": "PT", "lisbon": "PT",
    "sao paulo": "BR", "rio de janeiro": "BR", "roma": "IT", "rome": "IT",
    "milano": "IT", "milan": "IT", "amsterdam": "NL", "den haag": "NL",
    "the hague": "NL", "rotterdam": "NL", "london": "GB", "manchester": "GB",
    "edinburgh": "GB", "leeds": "GB", "dublin": "IE", "new york": "US",
    "washington": "US", "san francisco": "US", "chicago": "US", "boston": "US",
    "new delhi": "IN", "mumbai": "IN", "bengaluru": "IN", "singapore": "SG",
    "hong kong": "HK", "sydney": "AU", "melbourne": "AU", "toronto": "CA",
    "ottawa": "CA", "montreal": "CA", "vancouver": "CA", "tokyo": "JP",
    "nairobi": "KE", "bangkok": "TH", "luxembourg": "LU",
    "eisenstadt": "AT", "bregenz": "AT", "bale": "CH", "lucerne": "CH",
    "neuchatel": "CH", "fribourg": "CH", "sion": "CH", "chur": "CH",
    "winterthur": "CH", "bellinzona": "CH", "vaduz": "LI", "leipzig": "DE",
    "dresden": "DE", "hannover": "DE", "liege": "BE", "namur": "BE",
    "antwerpen": "BE", "gent": "BE", "bordeaux": "FR", "lille": "FR",
    "nantes": "FR", "strasbourg": "FR", "quebec": "CA", "cork": "IE",
    "cardiff": "GB", "belfast": "GB", "birmingham": "GB", "canberra": "AU",
    "brisbane": "AU", "wellington": "NZ", "auckland": "NZ", "torino": "IT",
    "napoli": "IT", "firenze": "IT", "utrecht": "NL",
}  # fmt: skip


def city_country(name: str) -> str | None:
    """The country of a capital or large city (``Wien`` → ``AT``), else None."""
    return _CITIES.get(fold(name))


def country_of_place(
    place: str, parts: list[str], month_first: bool = False
) -> str | None:
    """The country a dateline's parts name, or its city implies.

    A name that is both a country and a US state (Georgia) is the state
    only when the date is written month first, the US way.
    """
    for part in parts:
        folded = fold(part).rstrip(".")
        code = country_for_name(part)
        if folded in _US_STATES and (code is None or month_first):
            return "US"
        if code is not None:
            return code
    return city_country(place)


@attrs.frozen
class DatelineText:
    """What a dateline says: place (as written), country, date, and the rest."""

    place: str | None
    country: str | None
    date: datetime.date | None
    rest: str
    capitals: bool = False  # the place was written in capitals
    #: The places after the first in a joint dateline ("NEW YORK/NAIROBI").
    others: tuple[str, ...] = ()
    #: A source note in brackets after the date, not imported.
    note: str | None = None
    #: The month-first reading of a numeric date whose order is not
    #: written ("04/03/2025"), and the date as written.
    other: datetime.date | None = None
    written: str = ""


_PLACE_WORD = re.compile(r"[^\W\d_][\w.'’/-]*")


def _place(head: str) -> tuple[str, list[str]] | None:
    head = re.sub(r"^(?:le|am|den|el|il|op|em)\s+", "", head.strip(" ,"), flags=re.I)
    head = re.sub(r"[,\s]+(?:le|am|den|el|il|op|em|on|lo)$", "", head, flags=re.I)
    parts = [p.strip() for p in head.split(",") if p.strip()]
    if not parts or len(parts) > 3 or len(head) > 80:
        return None
    # "Communiqué de presse –", "Orbitale Systèmes SAS –": a marker or a
    # company, not a place.
    if LEGAL_FORM_END.search(parts[0]) or any(
        FURNITURE.fullmatch(fold(piece.strip())) for piece in parts[0].split("/")
    ):
        return None
    for index, part in enumerate(parts):
        words = part.split()
        # A place has at most four words; a country after it up to seven
        # ("South Georgia And The South Sandwich Islands").
        most = 4 if index == 0 else 7
        if not 1 <= len(words) <= most or not all(
            _PLACE_WORD.fullmatch(w) for w in words
        ):
            return None
        if not part[0].isupper():
            return None
    # A place's words are capitalised but for short particles ("Frankfurt
    # am Main", "Saint-Martin-de-Ré", "Bosnia and Herzegovina"): "For
    # information only" and "Transaction highlights" are no place.
    if any(w[:1].islower() and len(w) > 3 for w in parts[0].split()):
        return None
    return parts[0], parts[1:]


def _without_weekday(head: str) -> str:
    """ "Madrid, martes", "Fribourg, le mardi": the place without the weekday
    before the date."""
    place, comma, day = head.rstrip(" ,").rpartition(",")
    day = re.sub(r"^(?:le|am|den|el|il|op|em|on)\s+", "", day.strip(), flags=re.I)
    if comma and place.strip() and fold(day).rstrip(".") in weekday_names():
        return place
    return head


def _place_after_date(rest: str) -> tuple[str, str]:
    """``March 4, 2025 – Halifax, Nova Scotia – text``: the place, the text."""
    second = _SEPARATOR.search(rest[:120], 0)
    if second is None:
        return "", rest
    return rest[: second.start()], rest[second.end() :]


# A parenthesis just before the dateline's separator: a date
# ("WASHINGTON, D.C. (May 20, 2025) --") or a source note after the date
# ("Bangkok, 22 October 2025 (X Information Services) –").
_NOTE = re.compile(r"\s*\(([^()]{3,60})\)\s*$")
_DAY_MONTH = re.compile(
    r",\s*(?:[0-3]?\d\.?\s+(?P<m>[^\W\d_]{3,12})|(?P<m2>[^\W\d_]{3,12})\.?\s+[0-3]?\d)\.?$"
)


def _without_note(head: str) -> tuple[str, str | None]:
    """The head with its date written out of brackets, and a source note
    after a place or a date set apart (to be reported)."""
    note = _NOTE.search(head)
    if note is None:
        return head, None
    before = head[: note.start()]
    if find_date(note[1]) is not None:
        return f"{before}, {note[1]}", None
    if "," in before or find_date(before) is not None:
        return before, note[1]
    return head, None


def _without_day_month(head: str) -> str:
    """ "VIENNA, 26 June": the place without a date that has no year."""
    found = _DAY_MONTH.search(head.rstrip())
    if found is None:
        return head
    if fold(found["m"] or found["m2"]) not in month_names():
        return head
    return head[: found.start()]


def parse_dateline(text: str) -> DatelineText | None:
    """The dateline at the start of a paragraph, and the paragraph after it.

    ``Place[, Country|State], <date> <separator>``, ``Place <wire> --``,
    ``Place – <date> –``, ``Paris, le 4 mars 2025 –``, ``WIEN (OTS) -``.
    """
    start = text[:300]
    if (stop := _DATE_STOP.search(start[:160])) is not None and (
        (found := find_date(start[: stop.start()])) is not None
        and found.end == stop.start()
    ):
        # "Geneva, 4 March 2025. The ...", "Madrid, 4 de marzo de 2025.- El
        # ...": a full stop after the date's year ends the dateline.
        start = f"{start[: stop.start()]} – {start[stop.end() :]}"
        text = start + text[300:]
    if (bracket := _BRACKETED.match(start)) is not None and _bracketed_date(bracket):
        # "CHICAGO (Aug. 28, 2025) Acme ...": the date in brackets, no dash.
        start = f"{bracket['head']}, {bracket['date']} – {start[bracket.end() :]}"
        text = start + text[300:]
    wire = _WIRE.search(start)
    if wire is not None and wire.start() <= 120:
        start = f"{start[: wire.start()]} – {start[wire.end() :]}"
        text = start + text[300:]
    separator = _SEPARATOR.search(start, 2)
    if separator is None or separator.start() > 160:
        return None
    head, rest = start[: separator.start()], text[separator.end() :]
    head, note = _without_note(head)
    date = find_date(head)
    seen = head[date.start : date.end] if date is not None else ""
    after = head[date.end :].strip(" ,.") if date is not None else ""
    if after and CLOCK.fullmatch(after):
        after = ""  # "Tuesday, 4 March 2025 10:30 CET –": the time it was sent
    again = find_date(after) if date is not None and after else None
    # "April 02, 2025, April 2, 2025": a wire's duplicated date.
    if (
        date is not None
        and again is not None
        and again.date == date.date
        and not after[again.end :].strip(" ,.")
    ):
        after = ""
    if date is not None and after == "":
        head = _without_weekday(head[: date.start])
        day = fold(head.strip(" ,")).rstrip(".")
        if len(day) > 3 and day in weekday_names():
            head = ""  # "Mittwoch, 2. Juli 2025": a weekday, no place ("Ma" is)
        if not head.strip(" ,"):
            head, rest = _place_after_date(rest)
    elif date is None:
        # "VIENNA, 26 June -": a day and month without the year; the year
        # is a date line's (the place is read, the date is not).
        head = _without_day_month(head)
        # "SINGAPORE – 4 March 2025 – text": the date after the first dash.
        second = _SEPARATOR.search(rest, 0)
        found = (
            find_date(rest[: second.start()])
            if second and second.start() < 40
            else None
        )
        if (
            found is not None
            and second is not None
            and rest[: found.start].strip() == ""
        ):
            seen = rest[found.start : found.end]
            date, rest = found, rest[second.end() :]
        elif wire is None and not re.match(r"\s*[–—]|\s+-", start[separator.start() :]):
            return None  # a bare place needs a dash or a wire marker
    elif not head[: date.start].strip(" ,") and len(after.split()) <= 3:
        head = after  # "4 March 2025, Geneva – ...": the date before the place
    else:
        return None
    place = _place(head)
    if place is None or not rest.strip():
        return None
    name, parts = place
    joint: list[str] = []
    # "RENO, Nev. and VANCOUVER, British Columbia": two places, each with its
    # state or province; the first is the release's place.
    for index, part in enumerate(parts):
        before, sep, after = part.partition(" and ")
        # "Bosnia and Herzegovina" is one country, not two places.
        if sep and after[:1].isupper() and country_for_name(part) is None:
            joint, parts = [after, *parts[index + 1 :]], [*parts[:index], before]
            break
    # "NEW YORK/NAIROBI": a joint dateline; the place is the first one, and
    # the others are kept to be reported.
    first, *others = [p.strip() for p in name.split("/")]
    if joint:
        others.append(", ".join(joint))
    name = first or name
    capitals = name.isupper() and len(name) > 3
    written = name.title() if capitals else name
    country = country_of_place(
        written, parts, date.month_first if date is not None else False
    )
    return DatelineText(
        written,
        country,
        date.date if date else None,
        rest.strip(),
        capitals,
        tuple(o for o in others if o),
        note,
        date.other if date else None,
        seen,
    )


# "CHICAGO (Aug. 28, 2025) Acme ...", "Place, State (date) Text": a place,
# a date in brackets and the text with no dash between them.
_BRACKETED = re.compile(
    r"(?P<head>[^\W\d_][^()\n\u2013\u2014]{1,60}?)\s*\((?P<date>[^()\n]{6,40})\)\s+(?=[\"“„«]?[^\W\d_])"
)


def _bracketed_date(match: re.Match[str]) -> bool:
    """The bracket is only a date, and what stands before it reads as a
    dateline's place: in capitals, a known city, or a place and its state
    or country."""
    found = find_date(match["date"])
    if (
        found is None
        or match["date"][: found.start].strip(" ,")
        or match["date"][found.end :].strip(" ,")
    ):
        return False
    head = match["head"].strip()
    name = head.split(",")[0].strip()
    return (
        (name.isupper() and len(name) > 3)
        or city_country(name) is not None
        or ("," in head and _place(head) is not None)
    )
