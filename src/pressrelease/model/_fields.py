"""Field converters for the model classes: check, normalise, never raise.

attrs runs converters one after another and an exception in one stops the
rest, which would hide every later problem. So these converters return an
``Invalid`` marker instead of raising, and :func:`finish` (called from each
class's ``__attrs_post_init__``) raises one ``ValidationError`` listing every
invalid field with its path. No object with a marker inside ever escapes.

attrs' mypy plugin only understands converters that are named functions, which
is why each converter below is a short named function over a shared helper.
"""

from __future__ import annotations

import datetime
import enum
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

import attrs

from pressrelease.email_address import EmailAddress
from pressrelease.email_address import _parse_cached as _parse_email
from pressrelease.errors import Problem, ValidationError, describe, quoted, type_error
from pressrelease.iso import parse_country, parse_language
from pressrelease.limits import (
    FORBIDDEN_CHARACTERS,
    IDENTIFIER_PATTERN,
    MAX_ITEMS,
    MAX_TEXT,
    MAX_URL,
)
from pressrelease.phone import PhoneNumber
from pressrelease.phone import _parse_cached as _parse_phone

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

_FORBIDDEN = re.compile(f"[{FORBIDDEN_CHARACTERS}]")
_IDENTIFIER = re.compile(IDENTIFIER_PATTERN)


# How many Invalid markers this thread's converters made since the last
# finish(): attrs runs an object's converters, then its __attrs_post_init__,
# on one thread, with nested objects already built.
_STATE = threading.local()


class Invalid:
    """Stands in for a field value that failed its checks."""

    __slots__ = ("problems",)

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems


class Pending:
    """Stands in for a field value that needs the object's ``country`` to check.

    A phone number written without its country code is read with the
    contact's country, which attrs has not converted yet when the phones are;
    :func:`finish` resolves it once every field is set.
    """

    __slots__ = ("resolve",)

    def __init__(self, resolve: Callable[[str | None], Any]) -> None:
        #: Called with the object's country (or None); returns the value or raises.
        self.resolve = resolve


def pending(resolve: Callable[[str | None], T]) -> T:
    """A Pending marker for a converter to return (see :class:`Pending`)."""
    _STATE.invalid = _STATE.__dict__.get("invalid", 0) + 1
    return cast(T, Pending(resolve))


_FIELD_NAMES: dict[type[Any], tuple[str, ...]] = {}


def _field_names(cls: type[Any]) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(a.name for a in attrs.fields(cls))
    return names


def finish(obj: object) -> None:
    """Resolve every Pending field of *obj*, then raise one ValidationError
    for every field that is Invalid."""
    count = _STATE.__dict__.get("invalid")
    if not count:
        return  # no converter produced a marker: nothing to look for
    found = 0
    problems: list[Problem] = []
    for name in _field_names(type(obj)):
        value = getattr(obj, name)
        if type(value) is Pending:
            found += 1
            country = getattr(obj, "country", None)
            try:
                value = value.resolve(country if type(country) is str else None)
                object.__setattr__(obj, name, value)
            except ValidationError as exc:
                value = Invalid(exc.problems)
                found -= 1  # counted again below
        if type(value) is Invalid:
            found += 1
            problems.extend(p.under("$." + name) for p in value.problems)
    # Objects built inside a converter (a Phone in a contact's phones) finish
    # too: they take off only their own markers, not the outer object's.
    _STATE.invalid = max(0, count - found)
    if problems:
        raise ValidationError(problems)


def top_key(path: str) -> str:
    """The first key of a JSON path: ``contacts`` for ``$.contacts[4].name``."""
    return re.split(r"[.\[]", path[2:], maxsplit=1)[0]


def in_field_order(cls: type[Any], problems: list[Problem]) -> list[Problem]:
    """*problems* sorted (stably) into the order of *cls*'s fields: document order."""
    order = {name: i for i, name in enumerate(_field_names(cls))}
    return sorted(problems, key=lambda p: order.get(top_key(p.path), len(order)))


def field_problems(cls: type[Any], values: dict[str, Any]) -> list[Problem]:
    """The problems of the given raw field values, as *cls*'s converters see them.

    Lets a loader report a bad scalar field even when another field's problem
    keeps the object from being built at all.
    """
    problems: list[Problem] = []
    for field in attrs.fields(cls):
        if field.name in values and callable(field.converter):
            result = field.converter(values[field.name])
            if type(result) is Invalid:
                problems.extend(p.under("$." + field.name) for p in result.problems)
    return problems


def _guard(check: Callable[[Any], T], value: Any) -> T:
    try:
        return check(value)
    except ValidationError as exc:
        _STATE.invalid = _STATE.__dict__.get("invalid", 0) + 1
        return cast(T, Invalid(exc.problems))


def many(value: Any, item: Callable[[Any], T], what: str) -> tuple[T, ...]:
    """*value* (a list or tuple) checked item by item, each problem at its index."""
    return _many(value, item, what)


def guard(check: Callable[[Any], T], value: Any) -> T:
    """*check* (value), or an Invalid marker for the problems it raised."""
    return _guard(check, value)


def _many(value: Any, item: Callable[[Any], T], what: str) -> tuple[T, ...]:
    if not isinstance(value, (list, tuple)):
        raise type_error(f"a list of {what}", value)
    if not value:
        return ()
    if len(value) > MAX_ITEMS:
        raise ValidationError.single(
            "too_many", f"{len(value)} items; at most {MAX_ITEMS} are accepted"
        )
    items: list[T] = []
    problems: list[Problem] = []
    for index, element in enumerate(value):
        try:
            items.append(item(element))
        except ValidationError as exc:
            problems.extend(p.under(f"$[{index}]") for p in exc.problems)
    if problems:
        raise ValidationError(problems)
    return tuple(items)


def check_text(value: object) -> str:
    # The common case in a few fast string methods: printable text (so nothing
    # forbidden, and the only whitespace is ' ') that passes every check below.
    if (
        type(value) is str
        and value
        and value.isprintable()
        and value[0] != " "
        and value[-1] != " "
        and len(value) <= MAX_TEXT
        and (value.isascii() or unicodedata.is_normalized("NFC", value))
    ):
        return value
    return _check_text_fully(value)


def _check_text_fully(value: object) -> str:
    if not isinstance(value, str):
        raise type_error("text (a string)", value)
    if len(value) > MAX_TEXT:
        raise ValidationError.single(
            "too_long", f"text of {len(value)} characters; at most {MAX_TEXT}"
        )
    if not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
        if len(value) > MAX_TEXT:  # NFC can make text longer, up to 3 times
            raise ValidationError.single(
                "too_long",
                f"text of {len(value)} characters once normalised (NFC); "
                f"at most {MAX_TEXT}",
            )
    if not value or value.isspace():
        raise ValidationError.single("empty", "must not be empty")
    if value[0].isspace() or value[-1].isspace():
        raise ValidationError.single(
            "whitespace", f"{quoted(value)} has leading or trailing whitespace"
        )
    bad = _FORBIDDEN.search(value)
    if bad is not None:
        raise ValidationError.single(
            "control_character",
            f"contains the control character U+{ord(bad.group()):04X} at "
            f"position {bad.start()}; text must be printable, on one line",
        )
    return value


def check_identifier(value: object) -> str:
    if not isinstance(value, str):
        raise type_error("an id (a string)", value)
    if _IDENTIFIER.fullmatch(value) is None:
        raise ValidationError.single(
            "id.malformed",
            f"{quoted(value)} is not an id: use 1 to 128 letters, digits, '.', '_', "
            "':' or '-', starting with a letter or digit (such as 'uniap')",
        )
    return value


def check_url(value: object) -> str:
    if not isinstance(value, str):
        raise type_error("a URL (a string)", value)
    try:
        parts = urlsplit(value) if len(value) <= MAX_URL else None
    except ValueError:  # such as an unclosed IPv6 bracket, 'http://['
        parts = None
    if (
        parts is None
        or parts.scheme not in ("http", "https")
        or not parts.hostname
        or _FORBIDDEN.search(value)
        or any(c.isspace() for c in value)
    ):
        raise ValidationError.single(
            "url.invalid",
            f"{quoted(value)} is not an absolute http(s) URL "
            "(such as 'http://www.no-trafficking.org')",
        )
    return value


def check_phone(value: object) -> PhoneNumber:
    if type(value) is str:  # what JSON gives: PhoneNumber.parse's cache, directly
        found: PhoneNumber = _parse_phone(value, None)
        return found
    if isinstance(value, PhoneNumber):
        return value
    return PhoneNumber.parse(cast(str, value))


def check_email(value: object) -> EmailAddress:
    if type(value) is str:  # as EmailAddress.parse reads it, without its call
        found: EmailAddress = _parse_email(value)
        return found
    if isinstance(value, EmailAddress):
        return value
    return EmailAddress.parse(cast(str, value))


def check_date(value: object) -> datetime.date:
    if type(value) is not datetime.date:
        raise type_error("a date (datetime.date)", value)
    return value


def check_index(value: object) -> int:
    if type(value) is not int or value < 0:
        raise type_error("a whole number, 0 or more", value)
    if value >= MAX_ITEMS:
        raise ValidationError.single(
            "index.too_large",
            f"{describe(value)} is past the end of any list "
            f"(lists have at most {MAX_ITEMS} items, numbered from 0)",
        )
    return value


# The converters the model classes name. Each accepts what a Python caller
# may pass (a plain string for a phone, a list for a tuple) and returns the
# checked value, or an Invalid marker.


def text(value: str) -> str:
    return _guard(check_text, value)


def optional_text(value: str | None) -> str | None:
    return None if value is None else _guard(check_text, value)


def texts(value: Sequence[str]) -> tuple[str, ...]:
    return _guard(lambda v: _many(v, check_text, "texts"), value)


def identifier(value: str) -> str:
    return _guard(check_identifier, value)


def optional_identifier(value: str | None) -> str | None:
    return None if value is None else _guard(check_identifier, value)


def identifiers(value: Sequence[str]) -> tuple[str, ...]:
    return _guard(lambda v: _many(v, check_identifier, "ids"), value)


def country(value: str) -> str:
    return _guard(parse_country, value)


def optional_country(value: str | None) -> str | None:
    return None if value is None else _guard(parse_country, value)


def countries(value: Sequence[str]) -> tuple[str, ...]:
    return _guard(lambda v: _many(v, parse_country, "country codes"), value)


def language(value: str) -> str:
    return _guard(parse_language, value)


def optional_language(value: str | None) -> str | None:
    return None if value is None else _guard(parse_language, value)


def phones(value: Sequence[PhoneNumber | str]) -> tuple[PhoneNumber, ...]:
    return _guard(lambda v: _many(v, check_phone, "phone numbers"), value)


def optional_email(value: EmailAddress | str | None) -> EmailAddress | None:
    return None if value is None else _guard(check_email, value)


def emails(value: Sequence[EmailAddress | str]) -> tuple[EmailAddress, ...]:
    return _guard(lambda v: _many(v, check_email, "email addresses"), value)


def phone(value: PhoneNumber | str) -> PhoneNumber:
    return _guard(check_phone, value)


def optional_url(value: str | None) -> str | None:
    return None if value is None else _guard(check_url, value)


def date(value: datetime.date) -> datetime.date:
    return _guard(check_date, value)


def optional_index(value: int | None) -> int | None:
    return None if value is None else _guard(check_index, value)


def _instance_of(cls: type[T]) -> Callable[[object], T]:
    def check(value: object) -> T:
        if not isinstance(value, cls):
            raise type_error(f"a {cls.__name__}", value)
        return value

    return check


def instance(value: Any, cls: type[T]) -> T:
    """Check that *value* is a *cls* (for nested model objects)."""
    return _guard(_instance_of(cls), value)


def optional_instance(value: Any, cls: type[T]) -> T | None:
    """Check that *value* is None or a *cls*."""
    return None if value is None else _guard(_instance_of(cls), value)


def instances(value: Any, cls: type[T]) -> tuple[T, ...]:
    """Check that *value* is a list or tuple of *cls* objects."""
    check = _instance_of(cls)
    return _guard(lambda v: _many(v, check, f"{cls.__name__} objects"), value)


def check_choice(value: object, cls: type[E]) -> E:
    """*value* as a member of enum *cls*, given the member or its value."""
    if isinstance(value, cls):
        return value
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in cls)
        shown = repr(value) if isinstance(value, str) else describe(value)
        raise ValidationError.single(
            "choice", f"{shown} is not one of {allowed}"
        ) from None


def choice(value: Any, cls: type[E]) -> E:
    """Check that *value* is a member (or the value of a member) of enum *cls*."""
    return _guard(lambda v: check_choice(v, cls), value)


#: How each converter above applies its raising check: to the value itself,
#: to the value unless it is None, or to each item of a list. The JSON fast
#: path (``_fastpath``) calls the checks directly, without the markers.
RAISING: dict[Callable[[Any], Any], tuple[str, Callable[[Any], Any]]] = {
    text: ("one", check_text),
    optional_text: ("optional", check_text),
    texts: ("many", check_text),
    identifier: ("one", check_identifier),
    optional_identifier: ("optional", check_identifier),
    identifiers: ("many", check_identifier),
    country: ("one", parse_country),
    optional_country: ("optional", parse_country),
    countries: ("many", parse_country),
    language: ("one", parse_language),
    optional_language: ("optional", parse_language),
    phones: ("many", check_phone),
    phone: ("one", check_phone),
    optional_email: ("optional", check_email),
    emails: ("many", check_email),
    optional_url: ("optional", check_url),
    optional_index: ("optional", check_index),
}
