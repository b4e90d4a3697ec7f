"""A number as a contact lists it: the number, its kind and its label.

A fax is a ``Phone`` of kind ``FAX``, so that no output can present it as a
voice number.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

import attrs

from pressrelease.errors import ValidationError, type_error
from pressrelease.model import _fields
from pressrelease.phone import PhoneNumber

__all__ = ["Phone", "PhoneKind", "national_hint"]


class PhoneKind(enum.Enum):
    """What a number is for, as its owner lists it."""

    VOICE = "voice"
    MOBILE = "mobile"
    FAX = "fax"
    PAGER = "pager"
    TEXT = "text"


def _kind(value: PhoneKind | str) -> PhoneKind:
    return _fields.choice(value, PhoneKind)


@attrs.frozen(kw_only=True)
class Phone:
    """A number with its kind (voice, mobile, fax, ...) and its label as written.

    >>> p = Phone(number="+66 2 280 0268", kind="fax")
    >>> str(p.number), p.kind
    ('+6622800268', <PhoneKind.FAX: 'fax'>)
    """

    number: PhoneNumber = attrs.field(converter=_fields.phone)
    kind: PhoneKind = attrs.field(default=PhoneKind.VOICE, converter=_kind)
    #: As written: "journalists only", "direct line".
    label: str | None = attrs.field(default=None, converter=_fields.optional_text)

    # Markers left by the converters become one ValidationError.
    __attrs_post_init__ = _fields.finish


def voice(number: PhoneNumber) -> Phone:
    """A voice Phone for a checked number, built without the checks (and markers)."""
    entry = object.__new__(Phone)
    object.__setattr__(entry, "number", number)
    object.__setattr__(entry, "kind", PhoneKind.VOICE)
    object.__setattr__(entry, "label", None)
    return entry


def national_hint(text: str, where: str) -> str:
    """The message for a number with no country code and no region to read it."""
    return (
        f"{text!r} has no country code and there is no country to read it "
        f"for; {where}, or write it as +<country code> ..."
    )


_PYTHON_HINT = "pass country= the ISO 3166-1 code of the country it is written for"


def _needs_region(item: object) -> bool:
    return isinstance(item, str) and not item.lstrip().startswith("+")


def _entry(item: object, region: str | None) -> Phone:
    if type(item) is Phone:
        return item
    if isinstance(item, PhoneNumber):
        return voice(item)
    if isinstance(item, str):
        try:
            return voice(PhoneNumber.parse(item, region))
        except ValidationError as exc:
            problem = exc.problems[0]
            if problem.code == "phone.national" and region is None:
                raise ValidationError.single(
                    "phone.national", national_hint(item, _PYTHON_HINT)
                ) from None
            raise
    if isinstance(item, Phone):  # a subclass
        return item
    raise type_error("a Phone, a PhoneNumber or a str", item)


def entries(value: Sequence[Phone | PhoneNumber | str]) -> tuple[Phone, ...]:
    """Phone, PhoneNumber or str items as Phones (a str or number is voice).

    Numbers without a country code wait for the object's ``country``.
    """

    def check(region: str | None) -> tuple[Phone, ...]:
        return _fields.many(value, lambda item: _entry(item, region), "phone numbers")

    if isinstance(value, (list, tuple)) and any(_needs_region(v) for v in value):
        return _fields.pending(check)
    return _fields.guard(lambda _: check(None), value)


def by_kind(phones: Sequence[Phone], *kinds: PhoneKind) -> list[PhoneNumber]:
    """The numbers of *phones* whose kind is one of *kinds*, in order."""
    return [p.number for p in phones if p.kind in kinds]


def is_voice(phone: Any) -> bool:
    """Whether a person can call the number (voice, mobile)."""
    return bool(phone.kind in (PhoneKind.VOICE, PhoneKind.MOBILE))
