"""What the reader and writer generators share: the walk, the checks, the compile.

Each generator makes one function per model class from generated source, as
attrs and cattrs make theirs. :class:`Generator` walks the classes (a class
is generated once, nested classes first), refuses fields it cannot honour,
and compiles the source with its file name registered in ``linecache``, so a
traceback through generated code shows the generated line.
"""

from __future__ import annotations

import enum
import itertools
import linecache
from collections.abc import Callable
from typing import Any

import attrs

from pressrelease.model._types import nested_classes

__all__ = ["Generator", "compile_function", "plain_fields"]

_SERIAL = itertools.count()


def compile_function(
    env: dict[str, Any], lines: list[str], *, name: str = "generated"
) -> Callable[..., Any]:
    """The function that *lines* define, its free names bound from *env*.

    *lines* define one function at an indent of four spaces. Every name in
    *env* reaches it as a closure variable, which loads faster than a global.
    The source is registered in ``linecache`` under a file name made from
    *name*, as attrs and cattrs register theirs.

    >>> compile_function({"n": 2}, ["    def twice(x):", "        return n * x"])(21)
    42
    """
    source = "\n".join(
        [f"def make({', '.join(env)}):", *lines, "    return " + _name(lines), ""]
    )
    filename = f"<pressrelease generated {name} #{next(_SERIAL)}>"
    code = compile(source, filename, "exec")
    # (size, mtime None, lines, name): linecache keeps entries with no mtime.
    linecache.cache[filename] = (
        len(source),
        None,
        source.splitlines(keepends=True),
        filename,
    )
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # our own generated code, never input
    function: Callable[..., Any] = namespace["make"](**env)
    return function


def _name(lines: list[str]) -> str:
    return lines[0].strip().removeprefix("def ").split("(", 1)[0]


# A frozen class's fields refuse setattr; the generated code never calls it.
_HARMLESS_SETATTR: tuple[object, ...] = (
    None,
    attrs.setters.NO_OP,
    attrs.setters.frozen,
)


def _empty(default: object) -> bool:
    # Defaults are shared by every object the generated code builds.
    return type(default) is tuple and not default


def plain_fields(cls: type[Any]) -> tuple[attrs.Attribute[Any], ...]:
    """*cls*'s fields, if generated code can honour every one; else TypeError.

    Generated readers set slots directly: a field with a validator, an
    ``on_setattr`` hook, a default that objects would share and that is not
    immutable (only None, ``()`` and enum members are), or ``init=False``
    would be enforced by the constructor and not by them.
    """
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(cls)
    for field in fields:
        default = field.default
        hook: object = field.on_setattr
        reason = None
        if field.validator is not None:
            reason = "has a validator (make it a converter that checks)"
        elif not any(hook is harmless for harmless in _HARMLESS_SETATTR):
            reason = "has an on_setattr hook"
        elif not field.init:
            reason = "has init=False"
        elif not (
            default is attrs.NOTHING
            or default is None
            or _empty(default)
            or isinstance(default, enum.Enum)
        ):
            reason = "has a default other than None, () or an enum member"
        elif not field.name.isidentifier() or field.alias != field.name:
            reason = "has a name that is not a plain key"
        if reason is not None:
            raise TypeError(
                f"{cls.__name__}.{field.name} {reason}: the generated readers "
                "and writers cannot honour it"
            )
    return fields


class Generator:
    """Generates one function per class, nested classes first, each once.

    *body* gives, for one class, its environment and source lines; it calls
    :meth:`function` for the classes its fields hold.
    """

    def __init__(
        self,
        kind: str,
        classes: tuple[type[Any], ...],
        body: Callable[[Generator, type[Any]], tuple[dict[str, Any], list[str]]],
    ) -> None:
        self.kind = kind
        self.classes = classes
        self._body = body
        self._built: dict[type[Any], Callable[..., Any]] = {}

    def function(self, cls: type[Any]) -> Callable[..., Any]:
        """The function for *cls*, generated on first request."""
        built = self._built.get(cls)
        if built is None:
            plain_fields(cls)
            env, lines = self._body(self, cls)
            built = compile_function(env, lines, name=f"{self.kind} {cls.__name__}")
            self._built[cls] = built
        return built

    def nested(self, tp: Any, env: dict[str, Any], prefix: str) -> None:
        """Bind ``<prefix>_<Class>`` in *env* for each model class *tp* holds."""
        for nested_cls in nested_classes(tp, self.classes):
            env[f"{prefix}_{nested_cls.__name__}"] = self.function(nested_cls)

    def all(self) -> dict[type[Any], Callable[..., Any]]:
        """A function for every class."""
        return {cls: self.function(cls) for cls in self.classes}
