"""Problems and the one exception type for bad input.

This module is a leaf: it imports nothing from the rest of the package, so
every layer (values, model, converter, formats) can raise and describe
problems the same way.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterable

import attrs

__all__ = ["Problem", "ValidationError"]

_JSON_NAMES: dict[type, str] = {
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
    list: "an array",
    tuple: "an array",
    dict: "an object",
}


#: Integers longer than this (in bits) are described by their length only.
_LONGEST_INT_BITS = 128
_PYTHON_NAMES: dict[type, str] = {
    **_JSON_NAMES,
    bool: "a bool",
    type(None): "None",
    list: "a list",
    tuple: "a tuple",
    dict: "a dict",
}

#: Whether values come from JSON (set while from_dict reads): messages then
#: name them as JSON does (``null``, an object); else as Python does.
READING_JSON: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "reading_json", default=False
)


def describe(value: object) -> str:
    """Name a value the way its user sees it: as JSON while JSON is read,
    else as Python.

    >>> describe(3), describe([1]), describe(None)
    ('a number (3)', 'a list', 'None')
    """
    names = _JSON_NAMES if READING_JSON.get() else _PYTHON_NAMES
    kind = names.get(type(value), type(value).__name__)
    if isinstance(value, int) and abs(value).bit_length() > _LONGEST_INT_BITS:
        # repr() of an int past Python's digit limit raises ValueError.
        digits = int(abs(value).bit_length() * 0.30103) + 1
        return f"{kind} (about {digits} digits long)"
    if isinstance(value, (str, int, float)):
        shown = repr(value[:41]) if isinstance(value, str) else repr(value)
        shown = shown if len(shown) <= 40 else shown[:37] + "..."
        return f"{kind} ({shown})"
    return kind


#: Longest value a message repeats whole; a longer one is shown by its start.
_SHOWN = 60


def quoted(value: str) -> str:
    """*value* in quotes for a message, its start only when it is long.

    A message names the bad value so a person can find it, but must not
    repeat a 10 MB one: past 60 characters it shows the start and the length.

    >>> quoted("uni ap")
    "'uni ap'"
    >>> quoted("x" * 100)
    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' (100 characters)"
    """
    if len(value) <= _SHOWN:
        return repr(value)
    start = repr(value[:_SHOWN])
    return f"{start[:-1]}...{start[-1]} ({len(value):,} characters)"


def join_path(prefix: str, path: str) -> str:
    """Graft *path* (which starts with ``$``) onto *prefix* (likewise).

    >>> join_path("$.contacts[4]", "$.phones[0]")
    '$.contacts[4].phones[0]'
    """
    return prefix + path[1:]


def key_path(key: str) -> str:
    """The JSON path step for an object key, bracketed when it is not a name."""
    if key.isidentifier() and key.isascii():
        return "." + key
    escaped = key.replace("\\", "\\\\").replace('"', '\\"')
    return f'["{escaped}"]'


def type_error(expected: str, value: object) -> ValidationError:
    """The error for a value of the wrong type: what was expected, what came.

    >>> str(type_error("a phone number (a string)", 3))
    '$: expected a phone number (a string), got a number (3) [type]'
    """
    return ValidationError.single("type", f"expected {expected}, got {describe(value)}")


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with an input, where it is and what would be right.

    ``path`` is a JSON path from the document root (``$``), ``code`` a stable,
    machine-readable identifier (see the error reference in the docs) and
    ``message`` a sentence for a person.

    >>> str(Problem(path="$.contacts[0].email", code="email.invalid", message="x"))
    '$.contacts[0].email: x [email.invalid]'
    """

    path: str
    code: str
    message: str

    def under(self, prefix: str) -> Problem:
        """This problem as seen from a document that holds it at *prefix*."""
        return attrs.evolve(self, path=join_path(prefix, self.path))

    def __str__(self) -> str:
        return f"{self.path}: {self.message} [{self.code}]"


class ValidationError(ValueError):
    """Every problem found in an input, each with its path, code and message.

    The only exception the library raises for bad input.

    >>> err = ValidationError([Problem(path="$.id", code="empty", message="is empty")])
    >>> err.problems[0].path
    '$.id'
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem]) -> None:
        problems = tuple(problems)
        if not problems:
            raise ValueError("a ValidationError needs at least one problem")
        super().__init__(problems)
        self.problems = problems

    @classmethod
    def single(cls, code: str, message: str, path: str = "$") -> ValidationError:
        """An error with one problem.

        >>> ValidationError.single("empty", "is empty").problems[0].code
        'empty'
        """
        return cls([Problem(path=path, code=code, message=message)])

    def under(self, prefix: str) -> ValidationError:
        """The same problems as seen from a document that holds them at *prefix*."""
        return ValidationError(p.under(prefix) for p in self.problems)

    def __str__(self) -> str:
        count = len(self.problems)
        if count == 1:
            return str(self.problems[0])
        lines = [f"{count} problems:"]
        lines.extend(f"  {p}" for p in self.problems)
        return "\n".join(lines)

    def __reduce__(self) -> tuple[type[ValidationError], tuple[tuple[Problem, ...]]]:
        return (type(self), (self.problems,))
