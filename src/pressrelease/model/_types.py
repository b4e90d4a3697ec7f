"""How the generators, the converter and the schema read a field's type.

One place answers "is this optional?", "is this an enum?", "is this a
tuple?" and "which model classes does it hold?", so that the cattrs hooks,
the fast reader, the writer and the JSON Schema cannot disagree about a
field kind (docs/contributing.md, "Adding a field type").
"""

from __future__ import annotations

import enum
import typing
from typing import Any

__all__ = ["is_enum", "nested_classes", "tuple_item", "unwrap_optional"]


def unwrap_optional(tp: Any) -> tuple[Any, bool]:
    """The type inside ``X | None``, and whether None was allowed.

    >>> unwrap_optional(str | None), unwrap_optional(int)
    ((<class 'str'>, True), (<class 'int'>, False))
    """
    args = typing.get_args(tp)
    if type(None) not in args:
        return tp, False
    rest = [a for a in args if a is not type(None)]
    if len(rest) != 1:
        raise TypeError(f"{tp!r}: only 'X | None' unions are model field types")
    return rest[0], True


def is_enum(tp: Any) -> bool:
    """Whether *tp* is an enum class.

    >>> is_enum(enum.Enum), is_enum(str)
    (True, False)
    """
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def tuple_item(tp: Any) -> Any | None:
    """The item type of ``tuple[X, ...]``, or None for any other type.

    >>> tuple_item(tuple[str, ...]), tuple_item(str)
    (<class 'str'>, None)
    """
    args = typing.get_args(tp)
    if typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is ...:
        return args[0]
    return None


def nested_classes(tp: Any, classes: tuple[type[Any], ...]) -> list[type[Any]]:
    """The classes among *classes* that a field of type *tp* holds."""
    inner, _ = unwrap_optional(tp)
    item = tuple_item(inner)
    return [c for c in (inner, item) if c in classes]
