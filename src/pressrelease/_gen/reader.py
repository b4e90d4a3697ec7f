"""A lean path for valid documents: plain data straight into checked objects.

The constructors check every field, but through machinery a valid document
does not need: each converter turns a failure into a marker so that one bad
field cannot hide another, and the detailed cattrs path tracks where each
error happened. For each model class this module generates one function (as
attrs and cattrs generate theirs) that reads the keys of a dict, applies the
same checks the class's converters apply (``_fields.RAISING`` says which) and
sets the checked values on a new object, then runs the class's own
``__attrs_post_init__`` for its cross-field rules (not when that is
``_fields.finish`` alone, which only collects converters' markers: this code
makes none). A JSON array of model objects is read by ``build.many``, which
builds each item in its own loop instead of calling ``build`` per item.

At the first doubt (an unknown or missing key, a wrong type, any error) it
gives up with ``Slow``, and the converter takes the detailed path, which finds
every problem with its path. So errors always come from one place; only valid
documents come through here, and they build the same objects either way (a
property test checks both).
"""

from __future__ import annotations

import datetime
import typing
from collections.abc import Callable
from typing import Any

import attrs

from pressrelease._gen.skeleton import Generator, plain_fields
from pressrelease.limits import MAX_ITEMS
from pressrelease.model._fields import RAISING, finish
from pressrelease.model._types import is_enum, tuple_item, unwrap_optional


class Slow(Exception):  # noqa: N818 - a signal, not an error
    """This data needs the detailed path."""


Build = Callable[[Any], Any]
_ABSENT = object()


def _items(value: Any, read: Callable[[Any], Any]) -> tuple[Any, ...]:
    """A JSON array as a tuple, each item read (built or checked) by *read*."""
    if type(value) is not list or len(value) > MAX_ITEMS:
        raise Slow
    return tuple(map(read, value))


def builders(
    classes: tuple[type[Any], ...],
    date: Callable[[Any, Any], datetime.date],
    extra_keys: dict[type[Any], frozenset[str]],
    strings: dict[type[Any], Build] | None = None,
) -> dict[type[Any], Build]:
    """A builder for each model class.

    *date* reads an ISO date as JSON has it; *extra_keys* are keys a class's
    builder requires and ignores (the caller checks their values); *strings*
    build a class from a JSON string instead of an object (a bare phone
    number is a voice Phone).
    A builder raises ``Slow``, or any other exception, for data it does not take;
    its ``many`` attribute reads a JSON array of the class's objects.
    """

    def body(gen: Generator, cls: type[Any]) -> tuple[dict[str, Any], list[str]]:
        return _body(gen, cls, date, extra_keys, strings or {})

    return Generator("reader", classes, body).all()


def _body(
    gen: Generator,
    cls: type[Any],
    date: Callable[[Any, Any], datetime.date],
    extra_keys: dict[type[Any], frozenset[str]],
    strings: dict[type[Any], Build],
) -> tuple[dict[str, Any], list[str]]:
    hints = typing.get_type_hints(cls)
    fields = plain_fields(cls)
    extra = sorted(extra_keys.get(cls, ()))
    # Every name the generated code uses, passed in so that it is a closure
    # variable (fast to load) rather than a global.
    env: dict[str, Any] = {
        "cls": cls,
        "names": frozenset(f.name for f in fields) | frozenset(extra),
        "required": frozenset([f.name for f in fields if f.default is attrs.NOTHING])
        | frozenset(extra),
        "new": object.__new__,
        "Slow": Slow,
        "ABSENT": _ABSENT,
        "items": _items,
        "date": date,
        "MAX_ITEMS": MAX_ITEMS,
    }
    # Two bodies: a document with every key (as to_json writes them) needs no
    # key-set comparison, since reading each of its keys proves it has no
    # other; otherwise the keys are compared and absent ones take defaults.
    every = [f"data[{name!r}]" for name in extra]
    some = [
        "keys = data.keys()",
        "if not keys <= names or not required <= keys:",
        "    raise Slow",
    ]
    for index, field in enumerate(fields):
        tp = hints[field.name]
        gen.nested(tp, env, "build")
        _bind_many(gen, tp, env)
        where = f"{cls.__name__}.{field.name}"
        read = _reader(tp, field.converter, f"f{index}", gen.classes, env, where)
        env[f"f{index}_set"] = getattr(cls, field.name).__set__
        every += [f"v = data[{field.name!r}]", f"f{index}_set(obj, {read})"]
        if field.default is attrs.NOTHING:
            some += [f"v = data[{field.name!r}]", f"f{index}_set(obj, {read})"]
        else:
            convert = typing.cast(Callable[[Any], Any], field.converter)
            env[f"f{index}_default"] = convert(field.default)
            read = f"f{index}_default if v is ABSENT else {read}"
            some += [
                f"v = data.get({field.name!r}, ABSENT)",
                f"f{index}_set(obj, {read})",
            ]
    # A class whose __attrs_post_init__ is ``finish`` alone has no rule of
    # its own: finish resolves converters' markers, and this code makes none
    # (its checks raise), so there is nothing to call.
    post = cls.__dict__.get("__attrs_post_init__")
    if post is not None and post is not finish:
        env["post"] = post
    # The lines that make ``obj`` from ``data``, or raise.
    one = [
        "if type(data) is dict:",
        "    obj = new(cls)",
        f"    if len(data) == {len(env['names'])}:",
        *["        " + line for line in every],
        "    else:",
        *["        " + line for line in some],
        *(["    post(obj)"] if "post" in env else []),
    ]
    if cls in strings:
        env["from_string"] = strings[cls]
        one += ["elif type(data) is str:", "    obj = from_string(data)"]
    one += ["else:", "    raise Slow"]
    # build reads one object; build.many a JSON array of them, each built in
    # the loop itself rather than by a call per item.
    lines = [
        "    def build(data):",
        *["        " + line for line in one],
        "        return obj",
        "    def many(value):",
        "        if type(value) is not list or len(value) > MAX_ITEMS:",
        "            raise Slow",
        "        out = []",
        "        append = out.append",
        "        for data in value:",
        *["            " + line for line in one],
        "            append(obj)",
        "        return tuple(out)",
        "    build.many = many",
    ]
    return env, lines


def _bind_many(gen: Generator, tp: Any, env: dict[str, Any]) -> None:
    """Bind ``many_<Class>`` in *env* when *tp* is a tuple of a model class."""
    inner, _ = unwrap_optional(tp)
    item = tuple_item(inner)
    if item in gen.classes:
        env[f"many_{item.__name__}"] = getattr(gen.function(item), "many")  # noqa: B009


def _reader(
    tp: Any,
    converter: Any,
    symbol: str,
    classes: tuple[type[Any], ...],
    namespace: dict[str, Any],
    where: str,
) -> str:
    """An expression that checks the JSON value ``v`` as *converter* would."""
    inner, optional = unwrap_optional(tp)
    item = tuple_item(inner)
    read = None
    if inner in classes:
        read = f"build_{inner.__name__}(v)"
    elif item in classes:
        read = f"(() if type(v) is list and not v else many_{item.__name__}(v))"
    elif inner is datetime.date:
        read = "date(v, None)"
    elif is_enum(inner):
        namespace[f"{symbol}_members"] = {m.value: m for m in inner}
        read = f"{symbol}_members[v]"
    if read is not None:
        return f"(None if v is None else {read})" if optional else read
    if converter not in RAISING:
        raise TypeError(f"{where}: no check known for its converter {converter!r}")
    how, check = RAISING[converter]
    namespace[f"{symbol}_check"] = check
    if how == "many":
        # Not ``v == []``: an object of the caller's that claims to equal
        # [] is not an empty array.
        return f"(() if type(v) is list and not v else items(v, {symbol}_check))"
    if how == "optional":
        return f"(None if v is None else {symbol}_check(v))"
    return f"{symbol}_check(v)"
