"""Phone numbers: an immutable, hashable value type over ``phonenumbers``.

A number is accepted when it is *possible* (right shape and length for its
country code). Whether it is *valid* under today's numbering plan is a
separate question (``is_valid``), because numbers in an archive may predate a
renumbering; ``pressrelease.check`` reports those.

The canonical text form is E.164 with an RFC 3966 style extension,
``+85523211240;ext=334``: stable across phonenumbers releases (unlike the
formatted forms) and it keeps the extension, which E.164 alone cannot.
"""

from __future__ import annotations

import enum
import re
import threading
from typing import Any

import attrs
import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

from pressrelease._cache import Cached
from pressrelease.errors import ValidationError, type_error
from pressrelease.limits import MAX_PHONE_TEXT

__all__ = ["PhoneNumber", "PhoneNumberType", "calling_code", "split_range"]

#: Longest text accepted; libphonenumber refuses more than this itself.

# phonenumbers loads region metadata lazily and its own guard re-imports on a
# race; one lock around every call makes concurrent first use safe.
_LOCK = threading.RLock()

# Extension labels: the usual English ones, those phonenumbers' metadata
# formats with (" int. " for UY, " Anexo " for PE, "#" for TW, ...) and the
# other labels libphonenumber reads, so every formatted number parses back.
_EXTENSION = re.compile(
    r"""\s*[,;]?\s*
        (?:(?:ext(?:ensi[oó]n|n)?|int|anexo|доб)\.?|x|\#|;?ext=)
        \s*:?\s*(?P<digits>[0-9]{1,20})\#?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# The form this library writes (E.164, then ;ext=): nothing to split or check.
_CANONICAL = re.compile(r"(?P<main>\+[1-9][0-9]{1,17})(?:;ext=(?P<ext>[0-9]{1,20}))?")
_RANGE = re.compile(r"^(?P<first>.*?(?P<stem>[0-9]+))\s*/\s*(?P<last>[0-9]{1,2})\s*$")
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
# '+' starts the number, or follows its opening bracket: "(+43-1) 26060-5588".
_ALLOWED = re.compile(rf"(?:\(\s*)?\+?[\d\s\-.()\[\]/{_DASHES}]*")
_ALLOWED_CHARACTER = re.compile(rf"[\d\s\-.()\[\]/{_DASHES}]")
_LETTERS = re.compile(r"[^\W\d_]+")
# A label written into the value: "Fax: +66 2 280 0268".
_LABEL = re.compile(
    r"\s*(?P<label>tel|telephone|phone|fax|facsimile|mobile|mob|cell|pager|text|"
    r"sms|t|f|m)\.?\s*:",
    re.IGNORECASE,
)
_LABEL_KINDS = {"fax": "fax", "facsimile": "fax", "f": "fax", "mobile": "mobile"}
_LABEL_KINDS |= {"mob": "mobile", "cell": "mobile", "m": "mobile", "pager": "pager"}
_LABEL_KINDS |= {"text": "text", "sms": "text"}
# An extension label followed by something other than 1 to 20 digits.
_BAD_EXTENSION = re.compile(
    r"[\d\s)]\s*[,;]?\s*(?:ext(?:ensi[oó]n|n)?|x)\b\.?\s*:?\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)


class PhoneNumberType(enum.Enum):
    """What kind of line a number is, per the current numbering plan."""

    FIXED_LINE = "fixed_line"
    MOBILE = "mobile"
    FIXED_LINE_OR_MOBILE = "fixed_line_or_mobile"
    TOLL_FREE = "toll_free"
    PREMIUM_RATE = "premium_rate"
    SHARED_COST = "shared_cost"
    VOIP = "voip"
    PERSONAL_NUMBER = "personal_number"
    PAGER = "pager"
    UAN = "uan"
    VOICEMAIL = "voicemail"
    UNKNOWN = "unknown"


_TYPES = {
    phonenumbers.PhoneNumberType.FIXED_LINE: PhoneNumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.MOBILE: PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE: (
        PhoneNumberType.FIXED_LINE_OR_MOBILE
    ),
    phonenumbers.PhoneNumberType.TOLL_FREE: PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.PREMIUM_RATE: PhoneNumberType.PREMIUM_RATE,
    phonenumbers.PhoneNumberType.SHARED_COST: PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.VOIP: PhoneNumberType.VOIP,
    phonenumbers.PhoneNumberType.PERSONAL_NUMBER: PhoneNumberType.PERSONAL_NUMBER,
    phonenumbers.PhoneNumberType.PAGER: PhoneNumberType.PAGER,
    phonenumbers.PhoneNumberType.UAN: PhoneNumberType.UAN,
    phonenumbers.PhoneNumberType.VOICEMAIL: PhoneNumberType.VOICEMAIL,
}

_IMPOSSIBLE = {
    ValidationResult.INVALID_COUNTRY_CODE: (
        "phone.country_code",
        "has no known country calling code",
    ),
    ValidationResult.TOO_SHORT: ("phone.too_short", "is too short to be a number"),
    ValidationResult.IS_POSSIBLE_LOCAL_ONLY: (
        "phone.too_short",
        "is too short: it could only be dialled locally; add the area code",
    ),
    ValidationResult.TOO_LONG: ("phone.too_long", "is too long to be a number"),
    ValidationResult.INVALID_LENGTH: (
        "phone.invalid_length",
        "has a length no number of its country has",
    ),
}


_PARSE_CODES = {
    NumberParseException.INVALID_COUNTRY_CODE: "phone.country_code",
    NumberParseException.NOT_A_NUMBER: "phone.not_a_number",
    NumberParseException.TOO_LONG: "phone.too_long",
}


def split_range(text: str) -> tuple[str, str] | None:
    """The two numbers of a slash range such as ``852/3``, or None.

    >>> split_range("+95 1 254 852/3")
    ('+95 1 254 852', '+95 1 254 853')
    """
    match = _RANGE.match(text.strip())
    if match is None or len(match["last"]) > len(match["stem"]):
        return None
    first = match["first"]
    last = first[: len(first) - len(match["last"])] + match["last"]
    return first, last


#: Calling codes whose numbers write a direct-dial extension after a dash as
#: part of the number: Austria, Germany, Switzerland, Liechtenstein
#: (``(+43-1) 26060-5588`` is +43 1 260605588; ``+49 30 12345-0`` is the
#: switchboard).
DIRECT_DIAL = frozenset({41, 43, 49, 423})


def _short_tail(main: str) -> tuple[str, str, str] | None:
    """(number before the dash, its last digit group, the group after it)
    when *main* ends in a dash and a group of one or two digits, shorter than
    the one before it, such as ``852-3``; None for group separators such as
    ``253-0000``."""
    text = main.rstrip()
    index = max(text.rfind(d) for d in "-" + _DASHES)
    if index < 0:
        return None
    last = text[index + 1 :].strip()
    before = text[:index].rstrip()
    start = len(before)
    while start > 0 and before[start - 1].isdigit():
        start -= 1
    stem = before[start:]
    # One or two digits: ranges are written so ("852-3", "1746-47"); longer
    # last groups are how formats group digits ("+95-9-42001-2345").
    if not (last.isascii() and last.isdigit() and stem and len(last) <= 2):
        return None
    if len(last) >= len(stem):
        return None
    return before, stem, last


def _check_tail(text: str, main: str, number: phonenumbers.PhoneNumber) -> None:
    """Reject a short group after a dash unless it is part of the number: a
    direct-dial extension (Austria, Germany, Switzerland) or the last group
    as the numbering plan groups the number (``+261 20 21 234-56``). Else it
    is a range (much of Asia) or ambiguous, never a guess. Call under _LOCK."""
    tail = _short_tail(main)
    if tail is None or number.country_code in DIRECT_DIAL:
        return
    before, stem, last = tail
    formatted = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    if re.findall(r"[0-9]+", formatted)[-2:] == [stem, last]:
        return  # the plan's own grouping: the dash is a separator
    joined = before + last
    if int(last) > int(stem[-len(last) :]):
        second = before[: len(before) - len(last)] + last
        raise _fail(
            "phone.range",
            f"{text!r} reads as a range of two numbers ({before} and {second}), "
            f"or run together as one number ({joined}); give each number "
            "separately, or write the one number without the dash",
        )
    raise _fail(
        "phone.ambiguous",
        f"{text!r} could be one number ({joined}) or the number {before} with "
        f"extension {last}; write the one number without the dash, or the "
        f"extension as '{before} ext. {last}'",
    )


def calling_code(region: str) -> int:
    """The country calling code of *region*, or 0 when it has none.

    >>> calling_code("GG"), calling_code("GB")
    (44, 44)
    """
    with _LOCK:
        return int(phonenumbers.country_code_for_region(region.upper()))


def _fail(code: str, message: str) -> ValidationError:
    return ValidationError.single(code, message)


def _split_extension(text: str) -> tuple[str, str | None]:
    match = _EXTENSION.search(text)
    if match is None or match.start() == 0:
        return text, None
    return text[: match.start()], match["digits"]


def _split(text: str) -> tuple[str, str | None]:
    """The number and extension of *text*, after checking its characters."""
    canonical = _CANONICAL.fullmatch(text)
    if canonical is not None:
        return canonical["main"], canonical["ext"]
    return _split_written(text)


def _split_written(text: str) -> tuple[str, str | None]:
    stripped = text.strip()
    if stripped[:4].lower() == "tel:":
        stripped = stripped[4:]
    main, extension = _split_extension(stripped)
    _check_characters(text, main)
    return main, extension


def _check_characters(text: str, main: str) -> None:
    if split_range(main) is not None:
        first, last = split_range(main) or ("", "")
        raise _fail(
            "phone.range",
            f"{text!r} is a range of two numbers ({first} and {last}), not one "
            "number; give each number separately",
        )
    if _ALLOWED.fullmatch(main):
        if "/" in main:
            raise _fail(
                "phone.slash",
                f"{text!r} contains '/', which could be a separator or a range; "
                "write the number without it",
            )
        return
    label = _LABEL.match(main)
    if label is not None:
        kind = _LABEL_KINDS.get(label["label"].lower(), "voice")
        raise _fail(
            "phone.label",
            f"{text!r} starts with the label {label.group().strip()!r}; remove "
            f"the label and give the number alone (its kind is {kind!r})",
        )
    extension = _BAD_EXTENSION.search(main)
    if extension is not None:
        raise _fail(
            "phone.extension",
            f"{text!r} has an extension {extension['rest']!r} that is not 1 to 20 "
            "digits; write it as 'ext. 334'",
        )
    letters = _LETTERS.search(main)
    if letters is not None:
        raise _fail(
            "phone.letters",
            f"{text!r} contains text that is not part of a phone number "
            f"({letters.group()!r}); write only the digits (vanity letters and "
            "notes are not accepted)",
        )
    bad = next(
        (
            (i, c)
            for i, c in enumerate(main)
            if not _ALLOWED_CHARACTER.fullmatch(c) and not (c == "+" and i == 0)
        ),
        (0, main[:1]),
    )
    raise _fail(
        "phone.characters",
        f"{text!r} contains {bad[1]!r} (U+{ord(bad[1] or ' '):04X}) at position "
        f"{bad[0]}, which does not belong in a phone number; use digits, "
        "spaces, '-', '.', '(' and ')', with '+' only at the start",
    )


def _is_national(text: str, exc: NumberParseException, region: str | None) -> bool:
    """Whether *text* failed only for want of a region to read it with."""
    return (
        exc.error_type == NumberParseException.INVALID_COUNTRY_CODE
        and region is None
        and not text.lstrip().startswith("+")
    )


def _parse_error(text: str, exc: NumberParseException, region: str | None) -> str:
    kind = exc.error_type
    if kind == NumberParseException.INVALID_COUNTRY_CODE:
        if _is_national(text, exc, region):
            return (
                f"{text!r} has no country code; write it as +<country code> ... "
                "or pass region= the ISO 3166-1 code of the country it is "
                "written for"
            )
        return f"{text!r} does not start with a known country calling code"
    if kind == NumberParseException.NOT_A_NUMBER:
        return f"{text!r} is not a phone number"
    if kind == NumberParseException.TOO_LONG:
        return f"{text!r} is too long to be a number"
    return f"{text!r} is too short to be a number"


def _check_region(region: str | None, main: str) -> str | None:
    """The region to read a national number with; None when not needed."""
    if region is None:
        return None
    if isinstance(region, str) and region.upper() in phonenumbers.SUPPORTED_REGIONS:
        return region.upper()
    if main.lstrip().startswith("+"):
        return None  # written with its country code: the region plays no part
    raise _fail(
        "phone.region",
        f"region {region!r} has no numbering plan in phonenumbers, so a number "
        "written without its country code cannot be read for it (use an ISO "
        "3166-1 alpha-2 code such as 'TH', or write the number with +)",
    )


@attrs.frozen(slots=True, repr=False)
class PhoneNumber:
    """A possible phone number, with its extension.

    Build one with :meth:`parse`; the constructor takes the canonical parts.

    >>> n = PhoneNumber.parse("+855 23 211 240 ext.334")
    >>> str(n), n.e164, n.extension, n.region
    ('+85523211240;ext=334', '+85523211240', '334', 'KH')
    """

    e164: str
    extension: str | None = None
    _number: Any = attrs.field(init=False, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        parsed = PhoneNumber.parse(self.e164)
        if parsed.e164 != self.e164 or parsed.extension is not None:
            raise _fail(
                "phone.not_canonical",
                f"{self.e164!r} is not in E.164 form (write it as {parsed.e164!r} "
                "or use PhoneNumber.parse)",
            )
        ext = self.extension
        if ext is not None and not (
            isinstance(ext, str) and ext.isascii() and ext.isdigit() and len(ext) <= 20
        ):
            raise _fail("phone.extension", f"extension {ext!r} must be 1 to 20 digits")
        number = phonenumbers.PhoneNumber()
        number.merge_from(parsed._number)
        number.extension = ext
        object.__setattr__(self, "_number", number)

    @classmethod
    def parse(cls, text: str, region: str | None = None) -> PhoneNumber:
        """Read a number in any common written form.

        *region* (ISO 3166-1 alpha-2) is used for numbers written without a
        country code. Extensions (``ext.334``, ``x334``, ``;ext=334``) are kept.
        Raises :class:`~pressrelease.ValidationError` for anything that is not
        exactly one possible number: letters, notes, slash ranges, wrong lengths.

        >>> PhoneNumber.parse("02 288 1746", region="TH").e164
        '+6622881746'
        """
        if type(text) is str and (region is None or type(region) is str):
            found: PhoneNumber = _parse_cached(text, region)
            return found
        return cls._parse_uncached(text, region)

    @classmethod
    def _parse_uncached(cls, text: str, region: str | None = None) -> PhoneNumber:
        """:meth:`parse`, without the cache."""
        if not isinstance(text, str):
            raise type_error("a phone number (a string)", text)
        if len(text) > MAX_PHONE_TEXT:
            raise _fail(
                "phone.too_long_input",
                f"phone number text is {len(text)} characters long; "
                f"at most {MAX_PHONE_TEXT} are accepted",
            )
        canonical = _CANONICAL.fullmatch(text)
        if canonical is not None:  # as _split does, without matching twice
            main, extension = canonical["main"], canonical["ext"]
        else:
            main, extension = _split_written(text)
        with _LOCK:
            try:
                number = phonenumbers.parse(main, _check_region(region, main))
            except NumberParseException as exc:
                code = _PARSE_CODES.get(exc.error_type, "phone.too_short")
                if _is_national(text, exc, region):
                    code = "phone.national"
                raise _fail(code, _parse_error(text, exc, region)) from None
            reason = phonenumbers.is_possible_number_with_reason(number)
            # Valid always wins: Canada's 310-xxxx numbers are valid yet only
            # "possible locally".
            if reason != ValidationResult.IS_POSSIBLE and not (
                phonenumbers.is_valid_number(number)
            ):
                code, why = _IMPOSSIBLE.get(
                    reason, ("phone.invalid_length", "is not a possible number")
                )
                raise _fail(code, f"{text!r} {why}")
            if canonical is None:
                _check_tail(text, main, number)
            number.extension = extension
            e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        self = object.__new__(cls)
        object.__setattr__(self, "e164", e164)
        object.__setattr__(self, "extension", extension)
        object.__setattr__(self, "_number", number)
        return self

    def _format(self, style: int) -> str:
        with _LOCK:
            return phonenumbers.format_number(self._number, style)

    @property
    def international(self) -> str:
        """International format, such as ``+855 23 211 240 ext. 334``."""
        return self._format(PhoneNumberFormat.INTERNATIONAL)

    @property
    def national(self) -> str:
        """National format, such as ``023 211 240 ext. 334``."""
        return self._format(PhoneNumberFormat.NATIONAL)

    @property
    def rfc3966(self) -> str:
        """A tel URI (RFC 3966), such as ``tel:+855-23-211-240;ext=334``."""
        return self._format(PhoneNumberFormat.RFC3966)

    @property
    def country_code(self) -> int:
        """The country calling code, such as 855."""
        return int(self._number.country_code)

    @property
    def is_valid(self) -> bool:
        """Whether the number is valid under today's numbering plan."""
        with _LOCK:
            return bool(phonenumbers.is_valid_number(self._number))

    @property
    def region(self) -> str | None:
        """The region the number belongs to, or None when that is unknown.

        For a number that is not valid today, the region of its calling code
        when only one region uses it (+84 is VN; +1 is shared, so None).
        """
        with _LOCK:
            region = phonenumbers.region_code_for_number(self._number)
            if region is None:
                regions = phonenumbers.region_codes_for_country_code(
                    self._number.country_code
                )
                region = regions[0] if len(regions) == 1 else None
        return None if region in (None, "001", "ZZ") else str(region)

    @property
    def number_type(self) -> PhoneNumberType:
        """The kind of line, per today's plan (``UNKNOWN`` when not valid)."""
        with _LOCK:
            kind = phonenumbers.number_type(self._number)
        return _TYPES.get(kind, PhoneNumberType.UNKNOWN)

    def is_valid_for(self, region: str) -> bool:
        """Whether the number is valid today for *region* (for +1, +358, ...)."""
        with _LOCK:
            return bool(
                phonenumbers.is_valid_number_for_region(self._number, region.upper())
            )

    def to_phonenumbers(self) -> phonenumbers.PhoneNumber:
        """A fresh (mutable) ``phonenumbers.PhoneNumber`` for this number."""
        copy = phonenumbers.PhoneNumber()
        copy.merge_from(self._number)
        return copy

    def __str__(self) -> str:
        if self.extension is None:
            return self.e164
        return f"{self.e164};ext={self.extension}"

    def __repr__(self) -> str:
        return f"PhoneNumber.parse({str(self)!r})"


#: Parsed numbers kept, most recently used first: numbers repeat in bulk data
#: (an office's switchboard on every contact). Values are immutable.
PHONE_CACHE_SIZE = 4096


_parse_cached = Cached(
    PhoneNumber._parse_uncached, PHONE_CACHE_SIZE, longest=MAX_PHONE_TEXT
)
