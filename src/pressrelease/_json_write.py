"""Indented JSON text, as ``json.dumps(value, ensure_ascii=False, indent=n)``.

The standard library writes indented JSON in pure Python, one generator per
container and many small strings (its C encoder does no indenting). This
writer gives the same text several times faster: one list comprehension per
container, plain values encoded on the spot by the C string encoder. A
property test checks that the output equals ``json.dumps`` for JSON values.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any


class _Keys(dict[str, str]):
    """Each key as written before its value, kept for the few keys documents use."""

    def __missing__(self, key: str) -> str:
        written = encode_basestring(key) + ": "
        if len(self) < 1024:
            self[key] = written
        return written


_KEYS = _Keys()


def dumps(value: Any, indent: int = 2) -> str:
    """*value* as JSON indented by *indent* spaces, non-ASCII text kept as is.

    Object keys must be strings (as in every document this library writes).

    >>> print(dumps({"phones": ["+6622881746"], "email": None}))
    {
      "phones": [
        "+6622881746"
      ],
      "email": null
    }
    """
    return _encode(value, "", " " * indent)


def _encode(value: Any, indent: str, step: str) -> str:
    cls = value.__class__
    if cls is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if cls is dict:
        if not value:
            return "{}"
        inner = indent + step
        keys = _KEYS
        items = [
            keys[key]
            + (
                encode_basestring(item)
                if item.__class__ is str
                else "null"
                if item is None
                else "[]"
                if item == []
                else _encode(item, inner, step)
            )
            for key, item in value.items()
        ]
        return "{\n" + inner + (",\n" + inner).join(items) + "\n" + indent + "}"
    if cls is list:
        if not value:
            return "[]"
        inner = indent + step
        items = [
            encode_basestring(item)
            if item.__class__ is str
            else _encode(item, inner, step)
            for item in value
        ]
        return "[\n" + inner + (",\n" + inner).join(items) + "\n" + indent + "]"
    if cls is int:
        return int.__repr__(value)
    if cls is bool:
        return "true" if value else "false"
    # Anything else (floats, subclasses, tuples): exactly as json writes it.
    written = json.dumps(value, ensure_ascii=False, indent=len(step))
    return written.replace("\n", "\n" + indent)
