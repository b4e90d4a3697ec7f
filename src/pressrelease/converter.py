"""The JSON shape: one configured cattrs converter, and the functions over it.

This module is the only place that knows how the model maps to JSON. The
shape (see docs/json-format.md): object keys are attribute names; a release
document starts with ``schema_version``; dates are ISO 8601 (``2009-06-19``);
phones are E.164 with ``;ext=`` for an extension; emails are their normalised
form; every key is always written; unknown keys are rejected.
"""

from __future__ import annotations

import contextvars
import datetime
import enum
import functools
import json
import operator
import re
import typing
from collections.abc import Callable
from typing import Any, TypeVar, overload

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ForbiddenExtraKeysError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from pressrelease import email_address as email_module
from pressrelease import phone as phone_module
from pressrelease._cache import Cached
from pressrelease._gen.reader import Slow, builders
from pressrelease._gen.writer import Write, writers
from pressrelease._json_text import loads
from pressrelease._migrate import migrate_v1, moved_back
from pressrelease.email_address import EmailAddress
from pressrelease.errors import (
    READING_JSON,
    Problem,
    ValidationError,
    describe,
    key_path,
    quoted,
    type_error,
)
from pressrelease.findings import Severity, check
from pressrelease.iso import COUNTRIES, parse_country
from pressrelease.model import CLASSES
from pressrelease.model._fields import (
    check_choice,
    field_problems,
    in_field_order,
    top_key,
)
from pressrelease.model._types import is_enum, tuple_item, unwrap_optional
from pressrelease.model.address import PostalAddress
from pressrelease.model.contact import Contact
from pressrelease.model.dateline import Dateline
from pressrelease.model.organisation import Organisation
from pressrelease.model.participant import Participant
from pressrelease.model.phone_entry import Phone, national_hint, voice
from pressrelease.model.quote import Quote
from pressrelease.model.release import Release
from pressrelease.phone import PhoneNumber

__all__ = [
    "SCHEMA_VERSION",
    "clear_caches",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
]

#: The version of the JSON shape written by this library.
SCHEMA_VERSION = 2

Model = (
    Release
    | Organisation
    | Participant
    | Quote
    | Contact
    | Dateline
    | PostalAddress
    | Phone
)
M = TypeVar(
    "M",
    Release,
    Organisation,
    Participant,
    Quote,
    Contact,
    Dateline,
    PostalAddress,
    Phone,
)
_MODEL: tuple[type[Any], ...] = CLASSES
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _str(value: object, _: object) -> str:
    if not isinstance(value, str):
        raise type_error("a string", value)
    return value


def _int(value: object, _: object) -> int:
    if type(value) is not int:
        raise type_error("a whole number", value)
    return value


def _date(value: object, _: object) -> datetime.date:
    if not isinstance(value, str):
        raise type_error("a date (a string such as '2009-06-19')", value)
    try:
        if _ISO_DATE.fullmatch(value) is None:
            raise ValueError
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ValidationError.single(
            "date.invalid", f"{quoted(value)} is not a date in the form YYYY-MM-DD"
        ) from None


# While a contact or organisation is read from JSON: its country (else the
# caller's default region), for its numbers written without a country code,
# and what it is called in messages.
_REGION: contextvars.ContextVar[tuple[str | None, str]] = contextvars.ContextVar(
    "region", default=(None, "contact")
)
_DEFAULT_REGION: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "default_region", default=None
)


def _read_number(text: str) -> PhoneNumber:
    """A number as JSON gives it, read for the owner's country if needed."""
    region, owner = _REGION.get()
    try:
        return PhoneNumber.parse(text, region)
    except ValidationError as exc:
        if exc.problems[0].code != "phone.national":
            raise
        hint = (
            f'add "country" to the {owner}: the ISO 3166-1 code of the country '
            "it is written for"
        )
        raise ValidationError.single(
            "phone.national", national_hint(text, hint)
        ) from None


def _phone(value: object, _: object) -> PhoneNumber:
    if isinstance(value, PhoneNumber):  # read by _phone_entry_hook
        return value
    if not isinstance(value, str):
        raise type_error("a phone number (a string)", value)
    return _read_number(value)


_PHONE_KEYS = frozenset(a.name for a in attrs.fields(Phone))


def _phone_entry_hook(conv: cattrs.Converter) -> Callable[[Any, Any], Phone]:
    """A Phone from an object, or from a bare string (a voice number)."""
    inner = _object_hook(Phone, conv)

    def structure(value: Any, tp: Any) -> Phone:
        if isinstance(value, str):
            return voice(_read_number(value))
        text = value.get("number") if isinstance(value, dict) else None
        if not isinstance(text, str):
            result: Phone = inner(value, tp)
            return result
        try:
            number = _read_number(text)
        except ValidationError as exc:
            problems = list(exc.under("$.number").problems)
            rest = {k: v for k, v in value.items() if k in _PHONE_KEYS - {"number"}}
            problems += field_problems(Phone, rest)
            extra = set(value) - _PHONE_KEYS
            if extra:
                problems += _problems(ForbiddenExtraKeysError("", Phone, extra), "$")
            raise ValidationError(in_field_order(Phone, problems)) from None
        found: Phone = inner({**value, "number": number}, tp)
        return found

    return structure


def _email(value: object, _: object) -> EmailAddress:
    if not isinstance(value, str):
        raise type_error("an email address (a string)", value)
    return EmailAddress.parse(value)


def _is_tuple(tp: Any) -> bool:
    return tuple_item(tp) is not None


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    return lambda value, _: check_choice(value, cls)


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _str)
    conv.register_structure_hook(int, _int)
    conv.register_structure_hook(datetime.date, _date)
    conv.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    conv.register_structure_hook(PhoneNumber, _phone)
    conv.register_unstructure_hook(PhoneNumber, str)
    conv.register_structure_hook(EmailAddress, _email)
    # The normalised form, read directly (str() of an address gives the same).
    conv.register_unstructure_hook(EmailAddress, operator.attrgetter("normalized"))
    conv.register_structure_hook_factory(is_enum, _enum_hook)

    def tuple_hook(tp: Any) -> Callable[[object, object], tuple[Any, ...]]:
        item_type = tuple_item(tp)
        item = conv.get_structure_hook(item_type)

        def structure(value: object, _: object) -> tuple[Any, ...]:
            if not isinstance(value, (list, tuple)):
                raise type_error("an array", value)
            items, problems = [], []
            for index, element in enumerate(value):
                try:
                    items.append(item(element, item_type))
                except Exception as exc:
                    problems += _problems(exc, f"$[{index}]")
            if problems:
                raise ValidationError(problems)
            return tuple(items)

        return structure

    def tuple_unhook(tp: Any) -> Callable[[tuple[Any, ...]], list[Any]]:
        item = conv.get_unstructure_hook(tuple_item(tp))
        return lambda value: [item(v) for v in value]

    conv.register_structure_hook_factory(_is_tuple, tuple_hook)
    conv.register_unstructure_hook_factory(_is_tuple, tuple_unhook)
    # Every class's hook is registered before any structuring function is
    # generated (each is generated on first use), so nested objects and
    # list items are read by these hooks, never by cattrs' defaults. Phone
    # first: the classes that hold phones look it up when built.
    conv.register_structure_hook(Phone, _phone_entry_hook(conv))
    for cls in _MODEL:
        if cls is not Phone:
            conv.register_structure_hook(cls, _object_hook(cls, conv))
    for cls in _MODEL:
        conv.register_unstructure_hook(cls, make_dict_unstructure_fn(cls, conv))
    release_fields = conv.get_unstructure_hook(Release)
    conv.register_unstructure_hook(
        Release,
        lambda r: {"schema_version": SCHEMA_VERSION, **release_fields(r)},
    )
    return conv


def _scalar_fields(cls: type[Any]) -> frozenset[str]:
    """Fields whose JSON value is the Python value: checked by the model alone."""
    names = set()
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        tp, _ = unwrap_optional(hints[field.name])
        if tp in (str, int, tuple[str, ...]) or is_enum(tp):
            names.add(field.name)
    return frozenset(names)


def _object_hook(cls: type[Any], conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    @functools.cache
    def generated() -> Callable[[Any, Any], Any]:
        return make_dict_structure_fn(
            cls, conv, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True
        )

    versioned = cls is Release
    owner = {Contact: "contact", Organisation: "organisation"}.get(cls)
    scalars = _scalar_fields(cls)

    def structure(value: Any, tp: Any) -> Any:
        if not isinstance(value, dict):
            raise type_error(f"an object (a {cls.__name__})", value)
        if owner is not None:
            country = value.get("country")
            region = _DEFAULT_REGION.get()
            if isinstance(country, str) and country.upper() in COUNTRIES:
                region = country.upper()
            token = _REGION.set((region, owner))
            try:
                return _structure(value, tp)
            finally:
                _REGION.reset(token)
        return _structure(value, tp)

    def _structure(value: Any, tp: Any) -> Any:
        if versioned:
            value = dict(value)
            version = value.pop("schema_version", None)
            if version != SCHEMA_VERSION or type(version) is not int:
                raise ValidationError.single(
                    "schema_version",
                    f"schema_version must be {SCHEMA_VERSION} (or 1, which is "
                    f"read as {SCHEMA_VERSION}), got {describe(version)}",
                    path="$.schema_version",
                )
        inner = generated()  # outside the try: a generator bug must not hide
        try:
            return inner(value, tp)
        except ValidationError:
            raise  # from the constructor, which checked every field itself
        except Exception as exc:
            problems = _problems(exc, "$")
        # cattrs stopped before the constructor, so the plain fields it did not
        # fail on were never checked: check them now, so one bad field does
        # not hide another.
        failed = {top_key(p.path) for p in problems}
        raw = {k: value[k] for k in scalars if k in value and k not in failed}
        problems += field_problems(cls, raw)
        raise ValidationError(in_field_order(cls, problems))

    return structure


def _problems(exc: BaseException, path: str) -> list[Problem]:
    """Turn cattrs' exception tree (and our errors inside it) into problems."""
    if isinstance(exc, ValidationError):
        return [p.under(path) for p in exc.problems]
    if isinstance(exc, ForbiddenExtraKeysError):
        known = ", ".join(a.name for a in typing.cast(Any, exc.cl).__attrs_attrs__)
        return [
            Problem(
                path=path + key_path(str(key)),
                code="unknown_key",
                message=f"unknown key {quoted(str(key))} in a {exc.cl.__name__} "
                f"({_RENAMED.get(str(key), '')}known keys: {known})",
            )
            for key in sorted(exc.extra_fields, key=str)
        ]
    if isinstance(exc, BaseExceptionGroup):
        found: list[Problem] = []
        for sub in exc.exceptions:
            found += _problems(sub, _note_path(sub, path))
        return found
    if isinstance(exc, KeyError):
        return [
            Problem(
                path=path,
                code="missing",
                message=f"required key {path.rsplit('.', 1)[-1]!r} is missing",
            )
        ]
    return [Problem(path=path, code="invalid", message=f"{type(exc).__name__}: {exc}")]


# Keys of schema_version 1, and what became of them.
_RENAMED = {
    "email": 'since schema_version 2 it is "emails", a list; ',
    "faxes": 'since schema_version 2 a fax is one of "phones", with "kind": "fax"; ',
}


def _note_path(exc: BaseException, path: str) -> str:
    for note in getattr(exc, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            return path + key_path(note.name)
        if isinstance(note, IterableValidationNote):
            return f"{path}[{note.index}]"
    return path


@functools.cache
def _converter() -> cattrs.Converter:
    """The converter, built on first use (cattrs generates code for it)."""
    return _make_converter()


def _voice_number(text: str) -> Phone:
    return voice(PhoneNumber.parse(text))


@functools.cache
def _fast() -> dict[type[Any], Any]:
    return builders(
        _MODEL,
        _date,
        {Release: frozenset({"schema_version"})},
        {Phone: _voice_number},
    )


@functools.cache
def _writers() -> dict[type[Any], Write]:
    """The JSON text writers: the same text as json.dumps of to_dict."""
    version = (("schema_version", str(SCHEMA_VERSION)),)
    return writers(_MODEL, _converter().get_unstructure_hook, {Release: version})


def _build_fast(data: object, target: type[Any]) -> Any:
    """The object, if *data* is plainly valid; else Slow (see _fastpath)."""
    if _DEFAULT_REGION.get() is not None:
        raise Slow  # national numbers: only the detailed path reads them
    if target is Release:
        version = data.get("schema_version") if type(data) is dict else None
        if type(version) is not int or version != SCHEMA_VERSION:
            raise Slow
    build = _fast()[target]  # outside the try: a generator bug must not hide
    try:
        return build(data)
    except Exception:  # any doubt at all: the detailed path decides
        raise Slow from None


def to_dict(obj: Model) -> dict[str, Any]:
    """The JSON-ready dict for a model object.

    >>> from pressrelease import Contact
    >>> to_dict(Contact(name="A", phones=("+855 23 211 240 ext.334",)))["phones"]
    [{'number': '+85523211240;ext=334', 'kind': 'voice', 'label': None}]
    """
    if not isinstance(obj, _MODEL):
        raise TypeError(f"to_dict() takes a model object, not {type(obj).__name__}")
    result: dict[str, Any] = _converter().unstructure(obj, type(obj))
    return result


def to_json(obj: Model, *, indent: int | None = 2) -> str:
    """The JSON text for a model object: deterministic, UTF-8 text kept as is.

    With ``indent=None`` the document is on one line (for JSON Lines).
    """
    if not isinstance(obj, _MODEL):
        raise TypeError(f"to_json() takes a model object, not {type(obj).__name__}")
    write = _writers().get(type(obj))
    if write is None:  # a subclass: the general path
        data = to_dict(obj)
        if indent is None:
            return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"
    if indent is None:
        return write(obj, "", "", "", ":")
    return write(obj, "", " " * indent, "\n", ": ") + "\n"


def _check_strict(obj: Any) -> None:
    if isinstance(obj, (Release, Contact, Organisation)):
        warnings = [f for f in check(obj) if f.severity is not Severity.INFO]
        if warnings:
            raise ValidationError(f.to_problem() for f in warnings)


@overload
def from_dict(
    data: object,
    cls: None = None,
    *,
    strict: bool = False,
    region: str | None = None,
) -> Release: ...
@overload
def from_dict(
    data: object, cls: type[M], *, strict: bool = False, region: str | None = None
) -> M: ...
def from_dict(
    data: object,
    cls: type[Any] | None = None,
    *,
    strict: bool = False,
    region: str | None = None,
) -> Any:
    """Build and validate a model object (a Release by default) from plain data.

    Raises :class:`~pressrelease.ValidationError` listing every problem. With
    ``strict=True``, the warnings of :func:`~pressrelease.check` are problems too.
    A number written without its country code is read for its contact's (or
    organisation's) ``country``; *region* (an ISO 3166-1 code) stands in for
    a country that is not given. A ``schema_version`` 1 document is read as
    its version 2 equivalent.

    >>> from pressrelease import Contact
    >>> data = {"name": "A", "phones": ["(415) 253-0000"]}
    >>> from_dict(data, Contact, region="US").phones[0].number.e164
    '+14152530000'
    """
    target = Release if cls is None else cls
    if target not in _MODEL:
        raise TypeError(f"from_dict() builds model classes, not {quoted(repr(target))}")
    moved: dict[str, str] = {}
    if target is Release and isinstance(data, dict):
        version = data.get("schema_version")
        if type(version) is int and version == 1:
            data, moved = migrate_v1(data, SCHEMA_VERSION)
    token = _DEFAULT_REGION.set(None if region is None else parse_country(region))
    speaking = READING_JSON.set(True)
    try:
        obj = _from_dict(data, target)
    except ValidationError as exc:
        if not moved:
            raise
        raise ValidationError(moved_back(p, moved) for p in exc.problems) from None
    finally:
        READING_JSON.reset(speaking)
        _DEFAULT_REGION.reset(token)
    if strict:
        _check_strict(obj)
    return obj


def _from_dict(data: object, target: type[Any]) -> Any:
    try:
        return _build_fast(data, target)
    except Slow:
        try:
            return _converter().structure(data, target)
        except Exception as exc:
            raise ValidationError(_problems(exc, "$")) from None


@overload
def from_json(
    data: str | bytes,
    cls: None = None,
    *,
    strict: bool = False,
    region: str | None = None,
) -> Release: ...
@overload
def from_json(
    data: str | bytes,
    cls: type[M],
    *,
    strict: bool = False,
    region: str | None = None,
) -> M: ...
def from_json(
    data: str | bytes,
    cls: type[Any] | None = None,
    *,
    strict: bool = False,
    region: str | None = None,
) -> Any:
    """Read a model object (a Release by default) from JSON text or UTF-8 bytes.

    >>> from pressrelease import Contact
    >>> from_json('{"name": "Huot Vichheka", "language": "km"}', Contact).language
    'km'
    """
    if (
        isinstance(data, (str, bytes))
        and len(data) <= MAX_CACHED_DOCUMENT
        and (region is None or type(region) is str)
    ):
        return _load_cached(data, cls, strict, region)
    return from_dict(loads(data), cls, strict=strict, region=region)


#: Documents whose results are kept (text at most this long), and how many.
MAX_CACHED_DOCUMENT = 256_000
DOCUMENT_CACHE_SIZE = 64


def _load(
    data: str | bytes, cls: type[Any] | None, strict: bool, region: str | None
) -> Any:
    return from_dict(loads(data), cls, strict=strict, region=region)


_load_cached = Cached(_load, DOCUMENT_CACHE_SIZE, longest=MAX_CACHED_DOCUMENT)


def clear_caches() -> None:
    """Empty every cache: of documents, phone numbers and email addresses.

    The caches are bounded and never change a result; clearing them only
    matters for measuring cold performance.
    """
    _load_cached.clear()
    phone_module._parse_cached.clear()
    email_module._parse_cached.clear()
