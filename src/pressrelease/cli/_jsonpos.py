"""Which line of a JSON text each JSON path starts on, to point at problems.

Only run on documents that had problems, after ``json`` accepted them, so
this scanner can assume the text is valid JSON. It makes one pass over the
text, without recursion, and finds each line by bisecting the offsets of the
newlines: linear in the text, whatever its nesting or number of problems.
"""

from __future__ import annotations

import bisect
import json
import re

from pressrelease.errors import key_path

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_SCALAR = re.compile(r"[^,\]}\s]+")
_SPACE = re.compile(r"[ \t\n\r]*")
_NEWLINE = re.compile("\n")


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0
        self.lines: dict[str, int] = {}
        self.newlines = [m.start() for m in _NEWLINE.finditer(text)]

    def skip(self) -> None:
        match = _SPACE.match(self.text, self.at)
        self.at = match.end() if match else self.at

    def line(self) -> int:
        """The line of the current position: newlines before it, plus one."""
        return bisect.bisect_left(self.newlines, self.at) + 1

    def scan(self) -> None:
        """Record the line of every value's path, in one pass over the text."""
        text = self.text
        stack: list[_Open] = []
        path: str | None = "$"
        while path is not None:
            self.skip()
            if self.at >= len(text):
                return
            self.lines.setdefault(path, self.line())
            char = text[self.at]
            if char in "{[":
                self.at += 1
                stack.append(_Open(path, keyed=char == "{"))
            else:
                pattern = _STRING if char == '"' else _SCALAR
                match = pattern.match(text, self.at)
                self.at = match.end() if match else len(text)
            path = self.next_path(stack)

    def next_path(self, stack: list[_Open]) -> str | None:
        """Step past separators and closers to the next value: its path.

        None when there is none: the outermost value ended, or the text did.
        """
        text = self.text
        while stack:
            self.skip()
            if self.at >= len(text):
                return None
            char = text[self.at]
            if char in "}]":
                self.at += 1
                stack.pop()
                continue
            if char == ",":
                self.at += 1
                continue
            top = stack[-1]
            if not top.keyed:
                top.index += 1
                return f"{top.path}[{top.index - 1}]"
            match = _STRING.match(text, self.at)
            if match is None:
                return None
            key = json.loads(match.group())
            self.at = match.end()
            self.skip()
            self.at += 1  # the colon
            return top.path + key_path(key)
        return None


class _Open:
    """A container the scanner is inside."""

    __slots__ = ("index", "keyed", "path")

    def __init__(self, path: str, *, keyed: bool) -> None:
        self.path = path
        self.keyed = keyed
        self.index = 0


def path_lines(text: str) -> dict[str, int]:
    """Map each JSON path in *text* to the line its value starts on.

    >>> path_lines('{\\n "a": [\\n  1,\\n  2\\n ]\\n}')["$.a[1]"]
    4
    """
    scanner = _Scanner(text.removeprefix("\ufeff"))
    scanner.scan()
    return scanner.lines


def line_of(lines: dict[str, int], path: str) -> int:
    """The line of *path*, or of its nearest ancestor that is in the text."""
    while path not in lines and len(path) > 1:
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else "$"
    return lines.get(path, 1)
