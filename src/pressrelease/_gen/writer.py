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

import enum
import typing
from collections.abc import Callable
from json.encoder import encode_basestring
from typing import Any

import attrs

from pressrelease._gen.skeleton import compile_function

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
    built: dict[type[Any], Write] = {}
    for cls in classes:
        _generate(cls, classes, leaf, first, built)
    return built


def _generate(
    cls: type[Any],
    classes: tuple[type[Any], ...],
    leaf: Callable[[Any], Callable[[Any], str]],
    first: dict[type[Any], tuple[tuple[str, str], ...]],
    built: dict[type[Any], Write],
) -> Write:
    if cls in built:
        return built[cls]
    hints = typing.get_type_hints(cls)
    env: dict[str, Any] = {"enc": encode_basestring, "items": _items}
    lines = [
        "    def write(obj, indent, step, nl, colon):",
        "        inner = indent + step",
    ]
    members = list(first.get(cls, ()))
    for index, field in enumerate(attrs.fields(cls)):
        if not field.name.isidentifier():
            raise TypeError(f"{cls.__name__}.{field.name}: not a plain key")
        tp = hints[field.name]
        for other in (tp, *typing.get_args(tp)):
            if other in classes:
                env[f"write_{other.__name__}"] = _generate(
                    other, classes, leaf, first, built
                )
        expression = _value(tp, "v", "inner", classes, leaf, env, f"f{index}")
        lines += [f"        v = obj.{field.name}", f"        p{index} = {expression}"]
        members.append((field.name, f"{{p{index}}}"))
    body = ",".join(f'{{nl}}{{inner}}"{key}"{{colon}}{text}' for key, text in members)
    lines.append(f"        return f'{{{{{body}{{nl}}{{indent}}}}}}'")
    built[cls] = compile_function(env, lines)
    return built[cls]


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
    args = typing.get_args(tp)
    if type(None) in args:
        (inner,) = [a for a in args if a is not type(None)]
        written = _value(inner, name, indent, classes, leaf, env, symbol)
        return f'("null" if {name} is None else {written})'
    if tp in classes:
        return f"write_{tp.__name__}({name}, {indent}, step, nl, colon)"
    if typing.get_origin(tp) is tuple:
        item = _value(args[0], "x", f"{indent} + step", classes, leaf, env, symbol)
        written = f"items([{item} for x in {name}], {indent}, step, nl)"
        return f'("[]" if not {name} else {written})'
    if tp is str:
        return f"enc({name})"
    if tp is int:
        return f"int.__repr__({name})"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        if not all(isinstance(m.value, str) for m in tp):
            raise TypeError(f"{tp.__name__}: only enums of strings are written")
        return f"enc({name}._value_)"  # the documented member value, sans property
    if isinstance(tp, type):  # PhoneNumber, EmailAddress, datetime.date
        env[f"{symbol}_text"] = leaf(tp)
        return f"enc({symbol}_text({name}))"
    raise TypeError(f"no JSON text known for {tp!r}")
