"""Phone numbers in running text, found with phonenumbers' own matcher.

The label just before a number gives its kind (``Tel``, ``Mobil``, ``Fax``,
``Tél.``, ``Port.``); a trailing ``852/3`` or ``1746-7`` (the Asian
convention) is a range of two numbers, while a DACH ``26060-5588`` is one
number with a direct-dial suffix.

>>> [(p.number.e164, p.kind) for p in find_phones("Mobil: 0664 555 01 23", "AT")]
[('+436645550123', 'mobile')]
"""

from __future__ import annotations

import re

import attrs
import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType, number_type

from pressrelease.errors import ValidationError
from pressrelease.phone import PhoneNumber
from pressrelease.text._words import fold

#: Longest text searched for numbers at once: a contact line, not a book.
MAX_SEGMENT = 400

_LABEL = re.compile(
    r"(?<![\w.])(?P<label>tel|t|phone|telephone|telefon|tél|tél|tlf|ph|p|direct|office|"
    r"switchboard|desk|mobile|mob|mobil|m|cell|cellphone|handy|portable|port|gsm|"
    r"cel|celular|movil|cellulare|mobiel|fax|f|telefax|telecopie|pager|sms|text|"
    r"whatsapp|hp|did|natel|tlm|tlmv|telemovel|movel|mobiltelefon|tfno|telf|"
    r"telefono|telefone|kantoor|ligne\s+directe|direkt|festnetz|voice)\.?\s*(?:\((?P<note>[^()]{1,40})\)\s*)?[:.]?\s*(?:\+|\(|\d)",
)
_KINDS = {
    "mobile": "mobile", "mob": "mobile", "mobil": "mobile", "m": "mobile",
    "cell": "mobile", "cellphone": "mobile", "handy": "mobile",
    "portable": "mobile", "port": "mobile", "gsm": "mobile", "cel": "mobile",
    "celular": "mobile", "movil": "mobile", "cellulare": "mobile",
    "mobiel": "mobile", "fax": "fax", "f": "fax", "telefax": "fax",
    "telecopie": "fax", "pager": "pager", "sms": "text", "text": "text",
    "whatsapp": "mobile", "hp": "mobile", "natel": "mobile", "tlm": "mobile",
    "tlmv": "mobile", "telemovel": "mobile", "movel": "mobile",
    "mobiltelefon": "mobile",
}  # fmt: skip
#: The words that label a number (folded, without a dot).
LABEL_WORDS = frozenset(
    "tel t phone telephone telefon tlf ph p direct office switchboard desk mobile "
    "mob mobil m cell cellphone handy portable port gsm cel celular movil "
    "cellulare mobiel fax f telefax telecopie pager sms text whatsapp hp did "
    "natel tlm tlmv telemovel movel mobiltelefon tfno telf telefono telefone "
    "kantoor direkt festnetz voice on at".split()
)
# Labels that name a telephone, not a line: the plan says whether the
# number is a mobile ("Tel. 079 ..." in Switzerland is one). "Office",
# "Direct", "Festnetz" or "Voice" say the line, and keep it voice.
_GENERIC_LABELS = frozenset(
    "tel t phone telephone telefon tél tlf ph p tfno telf telefono telefone".split()
)
# A label written after the number ("(213) 555-0142 cell"), where no number
# follows it: a word before a number is that number's label.
_SUFFIX = re.compile(
    r"\s*[(\[]?(?P<label>office|work|direct|desk|landline|cell|cellphone|mobile|"
    r"mob|mobil|handy|portable|fax|(?<=[(\[])[omcf](?=[)\]]))[)\]]?"
    r"\b(?![\s:.]*[\d+(])",
    re.IGNORECASE,
)
_SUFFIX_KINDS = {"o": "voice", "c": "mobile", "work": "voice", "landline": "voice"}
# The words that say the digits after them are an extension of the number
# before them ("+43 1 71100 Durchwahl 806120"); phonenumbers reads "ext.".
_EXTENSION = re.compile(
    r"(?<![\w])(?:durchwahl|dw|klappe|nebenstelle|poste|interno|int|toestel|ramal)"
    r"\.?\s*:?\s*(?=\d)",
    re.IGNORECASE,
)
# "N. 27/2025", "Nr. 045/2025": a release's number, the year after the slash.
_REFERENCE = re.compile(r"\d{1,4}\s?/\s?(?:19|20)\d\d")
# Ranges a regulator reserves for fiction, mobile by plan though phonenumbers
# holds them invalid (Ofcom's drama numbers 07700 900000-900999).
_FICTION_MOBILE = {"GB": ("7700900",)}
_DACH = {"AT", "DE", "CH", "LI"}
# "852/3", and outside DACH "1746-7": the last digits of a second number.
_RANGE = re.compile(r"(?<=\d)(?P<sep>\s?/\s?|-)(?P<tail>\d{1,2})(?!\s?\d)(?![-/.]\d)")


@attrs.frozen
class FoundPhone:
    """A number found in text: its kind, the label as written, where it was."""

    number: PhoneNumber
    kind: str  # voice, mobile, fax, pager, text
    label: str | None
    start: int
    end: int
    ranged: bool = False  # the second number of a range such as 852/3
    #: What the label's parentheses say: ``Tel (journalists only):``.
    note: str | None = None
    #: The public's kind of line the plan makes it: toll-free, shared-cost
    #: or premium-rate (a hotline, a service line), which a press officer's
    #: number never is.
    public: str | None = None


_NOTE = re.compile(r"\((?P<note>[^()]{1,40})\)\s*[:.]?\s*$")


def _kind_before(text: str, start: int) -> tuple[str, str | None, str | None]:
    """The kind, the label word and the label's note, just before *start*."""
    window = fold(text[max(0, start - 64) : start + 1])
    found = None
    for match in _LABEL.finditer(window):
        if match.end() >= len(window) - 1:
            found = match
    if found is None:
        return "voice", None, None
    label = found["label"]
    note = None
    if found["note"] is not None:  # as written, not folded
        written = _NOTE.search(text[max(0, start - 64) : start])
        note = written["note"].strip() if written else None
    return _KINDS.get(label, "voice"), label, note or None


def _ranges(text: str, region: str | None) -> tuple[str, dict[int, str]]:
    """The text with range tails blanked, and each tail by its number's end."""
    tails: dict[int, str] = {}
    pieces = []
    last = 0
    for match in _RANGE.finditer(text):
        before = text[max(0, match.start() - 5) : match.start()]
        if match["sep"] == "-" and (
            region in _DACH or not re.search(r"\d{3}$", before)
        ):
            continue
        if not re.search(r"\d{3}$", before) and match["sep"].strip() != "/":
            continue
        pieces.append(text[last : match.start()])
        pieces.append(" " * (match.end() - match.start()))
        tails[match.start()] = match["tail"]
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces), tails


# A date written with figures only: 26.06.2025, 26/06/2025, 2025-06-26.
_DATE_LIKE = re.compile(
    r"\d{1,2}([./-])\d{1,2}\1(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}"
    # a span of years: "Ausbauplan 2026–2031", "2024/25-2030"
    r"|(?:19|20)\d{2}(?:/\d{2})?\s?[–—/-]\s?(?:19|20)\d{2}"
)
_PUBLIC_TYPES = {
    PhoneNumberType.TOLL_FREE: "toll-free",
    PhoneNumberType.SHARED_COST: "shared-cost",
    PhoneNumberType.PREMIUM_RATE: "premium-rate",
}


def find_phones(
    text: str, region: str | None, *, lenient: bool = True
) -> list[FoundPhone]:
    """Every number in *text* (at most ``MAX_SEGMENT`` characters are read).

    *lenient* accepts possible numbers (contact blocks); otherwise only valid
    ones (prose, where a share count must not pass for a phone).
    """
    text = text[:MAX_SEGMENT]
    if not any(c.isdigit() for c in text):
        return []
    cleaned, tails = _ranges(text, region)
    cleaned = _EXTENSION.sub(lambda m: "ext.".ljust(len(m[0])), cleaned)
    leniency = Leniency.POSSIBLE if lenient else Leniency.VALID
    found: list[FoundPhone] = []
    try:
        matches = list(PhoneNumberMatcher(cleaned, region or "ZZ", leniency=leniency))
    except Exception:  # pragma: no cover - phonenumbers' own failure
        return []
    for match in matches:
        raw = match.raw_string
        digits = sum(c.isdigit() for c in raw)
        if digits < 6 or (re.fullmatch(r"[\d.,]+", raw) and "." in raw and not lenient):
            continue
        kind, label, note = _kind_before(text, match.start)
        if label is None and _REFERENCE.fullmatch(raw.strip()):
            continue  # a release's number ("N. 27/2025"), not a phone
        if label is None and _DATE_LIKE.fullmatch(raw.strip()):
            continue  # "26.06.2025 Sommerreifentest ...": a date, not a phone
        number = _to_number(match.number)
        if number is None:
            continue
        if label is None and (after := _SUFFIX.match(text, match.end)):
            label = fold(after["label"])
            kind = _SUFFIX_KINDS.get(label, _KINDS.get(label, "voice"))
        if (label is None or label in _GENERIC_LABELS) and _plan_mobile(match.number):
            kind = "mobile"  # unlabelled or "Tel": the numbering plan says mobile
        found.append(
            FoundPhone(
                number,
                kind,
                label,
                match.start,
                match.end,
                note=note,
                public=_PUBLIC_TYPES.get(number_type(match.number)),
            )
        )
        tail = tails.get(match.end)
        if tail is not None:
            second = _with_tail(match.number, tail)
            if second is not None:
                found.append(
                    FoundPhone(second, kind, label, match.start, match.end, True, note)
                )
    return found


def trunk_prefix(region: str | None) -> str | None:
    """The prefix a region's national numbers are written with, if any.

    >>> trunk_prefix("AT"), trunk_prefix("US"), trunk_prefix(None)
    ('0', '1', None)
    """
    if region is None:
        return None
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region.upper())
    return metadata.national_prefix if metadata is not None else None


def plausible(number: phonenumbers.PhoneNumber) -> bool:
    """Valid, or in a range a regulator reserves for fiction."""
    return phonenumbers.is_valid_number(number) or _fiction(number)


def _fiction(number: phonenumbers.PhoneNumber) -> bool:
    national = str(number.national_number)
    return any(
        national.startswith(_FICTION_MOBILE.get(region, ("-",)))
        for region in phonenumbers.region_codes_for_country_code(
            number.country_code or 0
        )
    )


def plan_mobile(e164: str) -> bool:
    """Whether an unlabelled number is read as a mobile: its plan says so.

    >>> plan_mobile("+66878238810"), plan_mobile("+12025550119")
    (True, False)
    """
    return _plan_mobile(phonenumbers.parse(e164))


def _plan_mobile(number: phonenumbers.PhoneNumber) -> bool:
    """Only a plan's MOBILE range: FIXED_LINE_OR_MOBILE (US, CA) stays voice."""
    if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE:
        return True
    return _fiction(number)


def _to_number(number: phonenumbers.PhoneNumber) -> PhoneNumber | None:
    written = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if number.extension:
        written += f" ext. {number.extension}"
    try:
        return PhoneNumber.parse(written)
    except ValidationError:
        return None


def _with_tail(number: phonenumbers.PhoneNumber, tail: str) -> PhoneNumber | None:
    national = str(number.national_number)
    if len(tail) >= len(national):
        return None
    second = phonenumbers.PhoneNumber()
    second.merge_from(number)
    second.national_number = int(national[: -len(tail)] + tail)
    return _to_number(second)
