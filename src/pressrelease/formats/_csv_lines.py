"""The physical lines of a CSV byte stream, decoded, in constant memory.

The encoding is decided from the first bytes and the first non-ASCII line:

- a UTF-8 byte order mark: UTF-8 (never anything else);
- a UTF-16 byte order mark (either order): UTF-16;
- otherwise UTF-8, unless the first line that is not plain ASCII is not
  UTF-8: then the file is Windows-1252 from there on (one notice). A later
  line that does not decode is a bad line, reported on its row.

Lines keep their line endings, as :mod:`csv` wants them.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import IO

from pressrelease.limits import MAX_CSV_LINE

_CHUNK = 1 << 16


class LineTooLongError(Exception):
    """A physical line longer than MAX_CSV_LINE bytes: reading stops."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


class Lines:
    """Iterate over decoded lines; ``bad`` and ``notices`` collect what went wrong.

    ``bad`` holds ``(line, why)`` for lines that did not decode (their bytes
    were replaced with U+FFFD); the reader claims them row by row, so the list
    stays as short as a row is long.
    """

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self.encoding = "utf-8"
        self.number = 0
        self.bad: list[tuple[int, str]] = []
        self.notices: list[tuple[int, str]] = []
        self._decided = False

    def __iter__(self) -> Iterator[str]:
        first = self._stream.read(_CHUNK)
        if first.startswith(codecs.BOM_UTF8):
            self.encoding = "utf-8-sig"
            self._decided = True
            return self._byte_lines(first[3:])
        if first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            self.encoding = "utf-16"
            return self._utf16_lines(first)
        return self._byte_lines(first)

    def _byte_lines(self, data: bytes) -> Iterator[str]:
        # One chunk and one line at a time: memory is a chunk and a line.
        buffer, start = data, 0
        while True:
            end = buffer.find(b"\n", start)
            if end >= 0:
                yield self._decode(buffer[start : end + 1])
                start = end + 1
                continue
            rest = buffer[start:]
            if len(rest) > MAX_CSV_LINE:
                raise LineTooLongError(self.number + 1)
            more = self._stream.read(_CHUNK)
            if not more:
                break
            buffer, start = rest + more, 0
        if rest:
            yield self._decode(rest)

    def _decode(self, raw: bytes) -> str:
        self.number += 1
        if self.encoding == "cp1252":
            try:
                return raw.decode("cp1252")
            except UnicodeDecodeError as exc:
                return self._bad(raw, exc, "cp1252", "Windows-1252")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            if not self._decided:
                try:
                    text = raw.decode("cp1252")
                except UnicodeDecodeError:
                    pass
                else:
                    self.encoding = "cp1252"
                    self._decided = True
                    self.notices.append(
                        (
                            self.number,
                            f"line {self.number} is not UTF-8 (byte "
                            f"0x{raw[exc.start]:02X}); the file is read as "
                            "Windows-1252 from here on (save it as CSV UTF-8 "
                            "to be sure)",
                        )
                    )
                    return text
            return self._bad(raw, exc, "utf-8", "UTF-8")
        if not self._decided and not raw.isascii():
            self._decided = True
        return text

    def _bad(self, raw: bytes, exc: UnicodeDecodeError, codec: str, name: str) -> str:
        self.bad.append(
            (
                self.number,
                f"byte 0x{raw[exc.start]:02X} at position {exc.start + 1} of "
                f"line {self.number} is not {name}",
            )
        )
        return raw.decode(codec, errors="replace")

    def _utf16_lines(self, data: bytes) -> Iterator[str]:
        decoder = codecs.getincrementaldecoder("utf-16")(errors="replace")
        pending = ""
        while True:
            text = decoder.decode(data, final=not data)
            parts = (pending + text).split("\n")
            pending = parts.pop()
            for part in parts:
                yield self._check_utf16(part + "\n")
            if len(pending) > MAX_CSV_LINE:
                raise LineTooLongError(self.number + 1)
            if not data:
                break
            data = self._stream.read(_CHUNK)
        if pending:
            yield self._check_utf16(pending)

    def _check_utf16(self, text: str) -> str:
        self.number += 1
        if "\ufffd" in text:
            self.bad.append(
                (
                    self.number,
                    f"line {self.number} holds bytes that are not UTF-16 "
                    "(shown as U+FFFD)",
                )
            )
        return text

    def claim_bad(self, last: int) -> list[tuple[int, str]]:
        """The bad lines up to *last*, removed from the list."""
        if not self.bad:
            return []
        mine = [b for b in self.bad if b[0] <= last]
        self.bad = [b for b in self.bad if b[0] > last]
        return mine
