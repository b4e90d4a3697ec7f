"""A lean path for valid documents: plain data straight into the constructors.

The model's constructors check every field, so for a valid document the
detailed cattrs path (which tracks where each error happened) is extra work.
This path hands each object's keys to its constructor, building nested model
objects the same way. At the first doubt (an unknown or missing key, a wrong
type, any error) it gives up with ``Slow``, and the converter takes the
detailed path, which finds every problem with its path. So errors always come
from one place; only valid documents come through here, and they build the
same objects either way (a property test checks both).
"""

from __future__ import annotations

import datetime
import typing
from collections.abc import Callable
from typing import Any

import attrs


class Slow(Exception):  # noqa: N818 - a signal, not an error
    """This data needs the detailed path."""


Build = Callable[[Any], Any]


def _optional(build: Build) -> Build:
    return lambda value: None if value is None else build(value)


def _many(build: Build) -> Build:
    def many(value: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise Slow
        return tuple(build(item) for item in value)

    return many


def builders(
    classes: tuple[type[Any], ...], date: Callable[[Any, Any], datetime.date]
) -> dict[type[Any], Build]:
    """A builder for each model class; *date* reads an ISO date as JSON has it."""
    found: dict[type[Any], Build] = {}

    def nested(cls: type[Any]) -> Build:
        return lambda value: found[cls](value)

    def for_type(tp: Any) -> Build | None:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if type(None) in typing.get_args(tp):
            inner = for_type(args[0])
            return _optional(inner) if inner else None
        if tp in classes:
            return nested(tp)
        if tp is datetime.date:
            return lambda value: date(value, tp)
        if typing.get_origin(tp) is tuple and args[0] in classes:
            return _many(nested(args[0]))
        return None  # a plain value: the constructor's converter checks it

    for cls in classes:
        hints = typing.get_type_hints(cls)
        fields = [f for f in attrs.fields(cls) if f.init]
        subs = {f.name: b for f in fields if (b := for_type(hints[f.name]))}
        found[cls] = _builder(cls, fields, subs)
    return found


def _builder(cls: type[Any], fields: list[Any], subs: dict[str, Build]) -> Build:
    names = frozenset(f.name for f in fields)
    required = frozenset(f.name for f in fields if f.default is attrs.NOTHING)

    def build(value: Any) -> Any:
        if type(value) is not dict:
            raise Slow
        keys = value.keys()
        if not keys <= names or not required <= keys:
            raise Slow
        try:
            return cls(**{k: subs[k](v) if k in subs else v for k, v in value.items()})
        except Exception:  # any doubt at all: the detailed path decides
            raise Slow from None

    return build
