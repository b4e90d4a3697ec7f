"""JSON text to plain data, strictly: every failure is a ValidationError.

Strict where ``json`` is lenient: ``NaN`` and ``Infinity`` are refused, a key
twice in one object is refused at its path (keeping either value would lose
the other), invalid UTF-8 is refused, and size is checked before parsing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pressrelease.errors import Problem, ValidationError, key_path, quoted
from pressrelease.limits import MAX_DOCUMENT

#: Largest document read, in bytes (or characters for text), checked first.


class _Duplicated(dict[str, Any]):
    """An object that had a key twice: marked, so the key's path can be found."""

    twice: list[str]


def _pairs_hook(seen: list[bool]) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) == len(pairs):
            return result
        marked = _Duplicated(result)
        once: set[str] = set()
        twice: dict[str, None] = {}  # in the order the second one comes
        for key, _ in pairs:  # one pass: linear in the number of keys
            if key in once:
                twice[key] = None
            else:
                once.add(key)
        marked.twice = list(twice)
        seen[0] = True
        return marked

    return hook


def _duplicates(root: Any) -> list[Problem]:
    """Every duplicated key, in document order (iteratively: no recursion)."""
    found: list[Problem] = []
    stack: list[tuple[str, Any]] = [("$", root)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, _Duplicated):
            found += (
                Problem(
                    path=path + key_path(key),
                    code="json.duplicate_key",
                    message=f"the key {quoted(key)} appears twice in one object; "
                    "keeping either value would silently lose the other",
                )
                for key in value.twice
            )
        if isinstance(value, dict):
            children = [
                (path + key_path(k), v)
                for k, v in value.items()
                if isinstance(v, (dict, list))
            ]
        elif isinstance(value, list):
            children = [
                (f"{path}[{i}]", v)
                for i, v in enumerate(value)
                if isinstance(v, (dict, list))
            ]
        else:
            continue
        stack.extend(reversed(children))
    return found


def _no_constants(name: str) -> None:
    raise ValidationError.single(
        "json.syntax", f"{name} is not valid JSON (JSON numbers are finite)"
    )


def loads(data: str | bytes) -> Any:
    """Parse JSON as ``from_json`` does: strict, every failure a ValidationError."""
    if isinstance(data, (bytes, bytearray, str)) and len(data) > MAX_DOCUMENT:
        unit = "characters" if isinstance(data, str) else "bytes"
        raise ValidationError.single(
            "json.too_large",
            f"the document is {len(data)} {unit} long; at most {MAX_DOCUMENT} are read",
        )
    if isinstance(data, (bytes, bytearray)):
        try:
            data = bytes(data).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationError.single(
                "json.encoding", f"the document is not UTF-8 (byte {exc.start})"
            ) from None
    if not isinstance(data, str):
        raise TypeError(f"from_json() reads str or bytes, not {type(data).__name__}")
    seen = [False]
    try:
        parsed = json.loads(
            data.removeprefix("\ufeff"),
            object_pairs_hook=_pairs_hook(seen),
            parse_constant=_no_constants,
        )
    except ValidationError:
        raise
    except json.JSONDecodeError as exc:
        raise ValidationError.single(
            "json.syntax",
            f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
        ) from None
    except RecursionError:
        raise ValidationError.single(
            "json.too_deep", "the JSON nests too deeply"
        ) from None
    except ValueError as exc:  # int conversion limits and the like
        raise ValidationError.single("json.syntax", f"not valid JSON: {exc}") from None
    if seen[0]:
        raise ValidationError(_duplicates(parsed))
    return parsed
