"""One escaping function for everything user-controlled the command prints.

A file name, a JSON key or a value quoted in a message may hold terminal
escape sequences (ESC, OSC), newlines that would forge report lines,
bidirectional overrides that reorder what is shown, or lone surrogates that
cannot be written as UTF-8 at all. Every such character is shown as a
backslash escape instead; everything else is printed as it is.
"""

from __future__ import annotations

import re

__all__ = ["escape"]

_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape(text: str) -> str:
    r"""*text* safe to print on a terminal or in one line of a report.

    >>> print(escape("a\x1b]0;title\x07\nb\u202e\ud800"))
    a\x1b]0;title\x07\x0ab\u202e\ud800
    """
    return _UNSAFE.sub(_shown, text)
