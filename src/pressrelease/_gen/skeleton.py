"""Functions compiled from generated source, as attrs and cattrs make theirs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def compile_function(env: dict[str, Any], lines: list[str]) -> Callable[..., Any]:
    """The function that *lines* define, its free names bound from *env*.

    *lines* define one function at an indent of four spaces. Every name in
    *env* reaches it as a closure variable, which loads faster than a global.

    >>> compile_function({"n": 2}, ["    def twice(x):", "        return n * x"])(21)
    42
    """
    source = "\n".join(
        [f"def make({', '.join(env)}):", *lines, "    return " + _name(lines), ""]
    )
    namespace: dict[str, Any] = {}
    exec(source, namespace)  # our own generated code, never input
    function: Callable[..., Any] = namespace["make"](**env)
    return function


def _name(lines: list[str]) -> str:
    return lines[0].strip().removeprefix("def ").split("(", 1)[0]
