"""Which line of a JSON text each JSON path starts on, to point at problems.

Only run on documents that had problems, after ``json`` accepted them, so
this scanner can assume the text is valid JSON.
"""

from __future__ import annotations

import json
import re

from pressrelease.errors import key_path

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_SCALAR = re.compile(r"[^,\]}\s]+")
_SPACE = re.compile(r"[ \t\n\r]*")


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0
        self.lines: dict[str, int] = {}

    def skip(self) -> None:
        match = _SPACE.match(self.text, self.at)
        self.at = match.end() if match else self.at

    def line(self) -> int:
        return self.text.count("\n", 0, self.at) + 1

    def value(self, path: str, depth: int = 0) -> None:
        self.skip()
        self.lines.setdefault(path, self.line())
        if depth > 200:  # deeper than any model document
            return
        char = self.text[self.at : self.at + 1]
        if char == "{":
            self.container("}", path, depth, keyed=True)
        elif char == "[":
            self.container("]", path, depth, keyed=False)
        elif char == '"':
            match = _STRING.match(self.text, self.at)
            self.at = match.end() if match else len(self.text)
        else:
            match = _SCALAR.match(self.text, self.at)
            self.at = match.end() if match else len(self.text)

    def container(self, close: str, path: str, depth: int, *, keyed: bool) -> None:
        self.at += 1
        index = 0
        while True:
            self.skip()
            if self.at >= len(self.text) or self.text[self.at] == close:
                self.at += 1
                return
            if self.text[self.at] == ",":
                self.at += 1
                continue
            if keyed:
                match = _STRING.match(self.text, self.at)
                if match is None:
                    return
                key = json.loads(match.group())
                self.at = match.end()
                self.skip()
                self.at += 1  # the colon
                self.value(path + key_path(key), depth + 1)
            else:
                self.value(f"{path}[{index}]", depth + 1)
                index += 1


def path_lines(text: str) -> dict[str, int]:
    """Map each JSON path in *text* to the line its value starts on.

    >>> path_lines('{\\n "a": [\\n  1,\\n  2\\n ]\\n}')["$.a[1]"]
    4
    """
    scanner = _Scanner(text.removeprefix("\ufeff"))
    scanner.value("$")
    return scanner.lines


def line_of(lines: dict[str, int], path: str) -> int:
    """The line of *path*, or of its nearest ancestor that is in the text."""
    while path not in lines and len(path) > 1:
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else "$"
    return lines.get(path, 1)
