"""JSON text straight from model objects, without the dicts in between.

``to_json`` used to build ``to_dict``'s plain data and hand it to ``json``,
which indents in pure Python. For each model class this module generates one
function (as cattrs generates its unstructuring functions) that writes the
object's JSON text from its fields, in field order, with the leaf values
(phones, emails, dates) turned into text by the converter's own hooks. The
text equals ``json.dumps(to_dict(obj), ...)`` for every object; a property
test checks it.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from json.encoder import encode_basestring
from typing import Any

from pressrelease._gen.skeleton import Generator, plain_fields
from pressrelease.model._types import is_enum, tuple_item, unwrap_optional

#: Writes an object: (obj, indent, step, newline, colon) -> JSON text.
Write = Callable[[Any, str, str, str, str], str]


def _items(texts: list[str], indent: str, step: str, newline: str) -> str:
    """A JSON array of already written items, one level below *indent*."""
    if not texts:
        return "[]"
    inner = newline + indent + step
    return f"[{inner}{(',' + inner).join(texts)}{newline}{indent}]"


def writers(
    classes: tuple[type[Any], ...],
    leaf: Callable[[Any], Callable[[Any], str]],
    first: dict[type[Any], tuple[tuple[str, str], ...]],
) -> dict[type[Any], Write]:
    """A writer for each model class.

    *leaf* gives, for a value type that is not a model class, the function
    that turns its values into a str (the converter's unstructure hook).
    *first* gives keys written before a class's fields, with their JSON text
    (``schema_version``).
    """

    def body(gen: Generator, cls: type[Any]) -> tuple[dict[str, Any], list[str]]:
        return _body(gen, cls, leaf, first)

    return Generator("writer", classes, body).all()


#: Key prefixes kept per function, one entry per indentation (a few levels
#: deep); more than this many (callers with many indent widths) start afresh.
_MAX_PREFIXES = 64


def _prefixes(
    names: tuple[str, ...],
) -> Callable[[str, str, str, dict[str, tuple[str, ...]]], tuple[str, ...]]:
    """What writes, for one class, the text before each key's value."""

    def make(
        inner: str, nl: str, colon: str, kept: dict[str, tuple[str, ...]]
    ) -> tuple[str, ...]:
        if len(kept) >= _MAX_PREFIXES:
            kept.clear()
        found = (nl, colon, *(f'{nl}{inner}"{name}"{colon}' for name in names))
        kept[inner] = found
        return found

    return make


def _body(
    gen: Generator,
    cls: type[Any],
    leaf: Callable[[Any], Callable[[Any], str]],
    first: dict[type[Any], tuple[tuple[str, str], ...]],
) -> tuple[dict[str, Any], list[str]]:
    hints = typing.get_type_hints(cls)
    env: dict[str, Any] = {"enc": encode_basestring, "items": _items}
    lines = [
        "    def write(obj, indent, step, nl, colon):",
        "        inner = indent + step",
    ]
    members = list(first.get(cls, ()))
    for index, field in enumerate(plain_fields(cls)):
        tp = hints[field.name]
        gen.nested(tp, env, "write")
        expression = _value(tp, "v", "inner", gen.classes, leaf, env, f"f{index}")
        lines += [f"        v = obj.{field.name}", f"        p{index} = {expression}"]
        members.append((field.name, f"{{p{index}}}"))
    # The text before each value (newline, indentation, key, colon) is the
    # same for every object written at one depth: made once per depth.
    env["kept"] = {}
    env["prefixes"] = _prefixes(tuple(key for key, _ in members))
    keys = [f"k{i}" for i in range(len(members))]
    lines += [
        "        k = kept.get(inner)",
        "        if k is None or k[0] != nl or k[1] != colon:",
        "            k = prefixes(inner, nl, colon, kept)",
    ]
    if members:
        lines.append(f"        _, _, {', '.join(keys)}, = k")
    body = ",".join(
        f"{{{k}}}{text}" for k, (_, text) in zip(keys, members, strict=True)
    )
    lines.append(f"        return f'{{{{{body}{{nl}}{{indent}}}}}}'")
    return env, lines


def _value(
    tp: Any,
    name: str,
    indent: str,
    classes: tuple[type[Any], ...],
    leaf: Callable[[Any], Callable[[Any], str]],
    env: dict[str, Any],
    symbol: str,
) -> str:
    """An expression for the JSON text of *name*, a value of type *tp*."""
    inner, optional = unwrap_optional(tp)
    if optional:
        written = _value(inner, name, indent, classes, leaf, env, symbol)
        return f'("null" if {name} is None else {written})'
    if tp in classes:
        return f"write_{tp.__name__}({name}, {indent}, step, nl, colon)"
    item_type = tuple_item(tp)
    if item_type is not None:
        item = _value(item_type, "x", f"{indent} + step", classes, leaf, env, symbol)
        written = f"items([{item} for x in {name}], {indent}, step, nl)"
        return f'("[]" if not {name} else {written})'
    if tp is str:
        return f"enc({name})"
    if tp is int:
        return f"int.__repr__({name})"
    if is_enum(tp):
        if not all(isinstance(m.value, str) for m in tp):
            raise TypeError(f"{tp.__name__}: only enums of strings are written")
        return f"enc({name}._value_)"  # the documented member value, sans property
    if isinstance(tp, type):  # PhoneNumber, EmailAddress, datetime.date
        env[f"{symbol}_text"] = leaf(tp)
        return f"enc({symbol}_text({name}))"
    raise TypeError(f"no JSON text known for {tp!r}")
