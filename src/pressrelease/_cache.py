"""Bounded caches that keep results and errors alike, so cached is uncached."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from pressrelease.errors import ValidationError

T = TypeVar("T")


class Cached:
    """*function* behind an LRU cache of *size* entries.

    Calls with a string or bytes argument longer than *longest* are not
    cached (their arguments would be kept as keys).

    A ValidationError is cached as its problems and raised afresh each time,
    so a cached call raises an equal error, never the same exception object.
    """

    def __init__(
        self,
        function: Callable[..., Any],
        size: int,
        *,
        longest: int,
    ) -> None:
        def outcome(*args: Any) -> Any:
            try:
                return function(*args)
            except ValidationError as exc:
                return _Failed(exc.problems)

        self._function = function
        self._longest = longest
        self._cached = functools.lru_cache(maxsize=size)(outcome)

    def __call__(self, *args: Any) -> Any:
        # Only short keys are kept: a rejected 10 MB string must not stay in
        # memory as a key. Longer arguments are passed through uncached.
        # (A loop, not any() over a generator: this runs for every phone
        # number and address a document holds.)
        longest = self._longest
        for arg in args:
            if isinstance(arg, (str, bytes)) and len(arg) > longest:
                return self._function(*args)
        found = self._cached(*args)
        if type(found) is _Failed:
            raise ValidationError(found.problems)
        return found

    def clear(self) -> None:
        self._cached.cache_clear()

    def size(self) -> int:
        return self._cached.cache_info().currsize

    def misses(self) -> int:
        return self._cached.cache_info().misses


class _Failed:
    __slots__ = ("problems",)

    def __init__(self, problems: Any) -> None:
        self.problems = problems
