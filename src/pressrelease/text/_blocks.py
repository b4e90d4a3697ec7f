"""Plain text to blocks: normalise conversion debris, keep line numbers.

Text pulled out of PDFs and web pages arrives with a byte-order mark, CRLF or
CR line ends, non-breaking spaces, Markdown escapes (``\\$31``), stray leading
spaces, and page furniture (``Page 1 of 2``, a repeated office footer) in the
middle of the body. This module turns it into blocks (runs of non-blank
lines) that remember the line each line came from.
"""

from __future__ import annotations

import re
from typing import Protocol

import attrs

from pressrelease.findings import Severity
from pressrelease.text._dates import find_date
from pressrelease.text._words import FURNITURE, fold

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$%&|<>~])")
_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u200a\t]")
#: A symbol font's bullets, which PDF text brings as private-use characters.
_SYMBOL_BULLET = re.compile("[\uf0b7\uf0a7\uf06c\uf0d8\uf0fc]")
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]")
_CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_PAGE = re.compile(r"(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d+\s*/\s*\d+)", re.I)
_PAGE_LINE = re.compile(
    r"(?:page|seite|pagina|página|blz\.?)\s*\d+(?:\s*(?:/|of|von|de|di|sur|van)\s*\d+)?",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?:;\"\u201d\u2019)]$")


class Report(Protocol):
    """How the text modules hand a finding to the importer."""

    def __call__(
        self,
        code: str,
        message: str,
        line: int | None,
        severity: Severity = ...,
        path: str = ...,
    ) -> None: ...


@attrs.frozen
class Line:
    """One line of the input, cleaned, with its 1-based line number."""

    number: int
    text: str
    #: The cleaned line with its inner runs of spaces kept (table columns).
    raw: str = ""


@attrs.frozen
class Block:
    """A run of non-blank lines."""

    lines: tuple[Line, ...]

    @property
    def line(self) -> int:
        return self.lines[0].number

    @property
    def text(self) -> str:
        """The lines joined with spaces: PDF text wraps where the page did."""
        return " ".join(line.text for line in self.lines)

    def is_page_marker(self) -> bool:
        return len(self.lines) == 1 and _PAGE.fullmatch(self.text) is not None

    def is_footer(self) -> bool:
        """Office footer lines: short segments separated by ``|``."""
        return all(_is_footer_line(line.text) for line in self.lines)


def _is_footer_line(text: str) -> bool:
    segments = [s.strip() for s in text.split("|")]
    if len(segments) < 2 or not all(segments):
        return (
            bool(re.match(r"(?:tel|fax|phone)\.?\s*:", text, re.I)) and len(text) < 120
        )
    # A sentence ending in "." is body text; a short "Nok Ave." is an address.
    return all(len(s) <= 40 or (len(s) <= 80 and not s.endswith(".")) for s in segments)


def normalise(text: str, report: Report | None = None) -> list[str]:
    """The input's lines, cleaned of conversion debris (same count and order).

    Control characters, line separators and bidirectional overrides cannot be
    in the model's text; each line that had some is reported.
    """
    return [line for line, _ in _normalise(text, report)]


def _normalise(text: str, report: Report | None) -> list[tuple[str, str]]:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    for number, raw in enumerate(text.split("\n"), start=1):
        line = _ZERO_WIDTH.sub("", _SPACES.sub(" ", raw))
        line = _SYMBOL_BULLET.sub("\u2022", line)
        line = _ESCAPE.sub(r"\1", line)
        cleaned = _CONTROL.sub(" ", line)
        if cleaned != line and report is not None:
            found = sorted({f"U+{ord(c):04X}" for c in _CONTROL.findall(line)})
            report(
                "import.control_character",
                f"control characters removed: {', '.join(found)}",
                number,
            )
        lines.append((" ".join(cleaned.split()), cleaned.rstrip()))
    return lines


def blocks(text: str, report: Report | None = None) -> list[Block]:
    """Split cleaned text into blocks at blank lines."""
    found: list[Block] = []
    current: list[Line] = []
    for number, (line, raw) in enumerate(_normalise(text, report), start=1):
        if line and _PAGE_LINE.fullmatch(line):
            # A page marker is a block of its own, inside a block or above one
            # ("Page 1/2" above the letterhead).
            if current:
                found += _split(current)
            found.append(Block((Line(number, line, raw),)))
            current = []
        elif line:
            current.append(Line(number, line, raw))
        elif current:
            found += _split(current)
            current = []
    if current:
        found += _split(current)
    return found


def _split(lines: list[Line]) -> list[Block]:
    found: list[Block] = []
    for labelled in _subtitled(lines):
        for part in paragraphs(labelled):
            found += split_columns(part)
    return found


def _subtitled(lines: list[Line]) -> list[list[Line]]:
    """A wire's subtitle (``Utl.: ...``) right under its title: a block of
    its own, however short the block."""
    found: list[list[Line]] = [[]]
    for line in lines:
        if found[-1] and _SUBTITLE.match(line.text):
            found.append([])
        found[-1].append(line)
    return found


#: A block this long may be paragraphs with no blank line between them.
_RUN_ON_LINES = 8
#: A wrapped line fills this share of the text's width, at least.
_FULL = 0.7
#: A line at least this long is wrapped text.
_WRAPPED = 40
#: A line of its own in a run of short lines: a label or a date line.
_ALONE_WORDS = 8
_BROKEN = re.compile(r"[^\W\d_]-$")
_SUBTITLE = re.compile(r"(?:utl|untertitel)\.?\s*:", re.I)
_BULLET = re.compile("[\u2022\u00b7\u25aa\u25cf\u2023\uf0b7\uf0a7]")


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """A long run of lines with no blank line between its paragraphs (text
    from ``pdftotext`` without ``-layout``, a wire's indented paragraphs),
    cut where the shape says a paragraph ends: after a short line that
    follows wrapped lines (a paragraph's last line), before an indented
    line above lines set flush (a paragraph's first), before a bullet, and
    around a short label or date line among short lines (a letterhead's
    ``Media release`` / ``Bern, 3 May 2025``). A block of short lines (a
    letterhead, a contacts card) or of wrapped lines alone stays whole, and
    so does a block laid out in columns.

    >>> texts = ["A" * 60] * 3 + ["it stops."] + ["B" * 60] * 4
    >>> lines = [Line(n, t, t) for n, t in enumerate(texts, start=1)]
    >>> [len(p) for p in paragraphs(lines)]
    [4, 4]
    """
    if len(lines) < _RUN_ON_LINES:
        return [lines]
    if sum(1 for x in lines if _GAP.search(x.raw[:400])) >= 2:
        return [lines]  # columns side by side: split_columns reads them
    widths = [len(x.text) for x in lines]
    width = max(w for w in widths if w <= 200) if min(widths) <= 200 else 0
    if width < _WRAPPED:
        return [lines]
    indents = [len(x.raw) - len(x.raw.lstrip()) for x in lines]
    base = min(indents)

    def wrapped(index: int) -> bool:
        text = lines[index].text
        return len(text) >= max(_WRAPPED, _FULL * width) or bool(
            _BROKEN.search(text) and len(text) >= _WRAPPED
        )

    found: list[list[Line]] = [[lines[0]]]
    for index in range(1, len(lines)):
        line, before = lines[index], lines[index - 1]
        after_full = wrapped(index - 1)
        cut = (
            # the last line of a paragraph was the line before
            (
                not wrapped(index - 1)
                and index >= 2
                and wrapped(index - 2)
                and len(found[-1]) >= 2
            )
            # a first line indented above lines set flush
            or (
                indents[index] - base >= 2
                and index + 1 < len(lines)
                and indents[index + 1] == base
                and not _BULLET.match(lines[index + 1].text)
            )
            or _BULLET.match(line.text) is not None
            # a short line after a full one that ended its sentence
            or (
                after_full
                and not wrapped(index)
                and ends_sentence(before.text)
                and not ends_sentence(line.text)
            )
            # wrapped lines after a run of short ones, short after a short run
            or (wrapped(index) and not after_full and not _continues(before))
            or _alone(line)
            or _alone(before)
        )
        if cut:
            found.append([line])
        else:
            found[-1].append(line)
    if len(found) == 1:
        return [lines]
    return found


def _continues(line: Line) -> bool:
    """A line whose text goes on below: ending in a comma or hyphen."""
    return line.text.endswith((",", "-", "–"))


def _alone(line: Line) -> bool:
    """A release's label or a short date line: a line of its own."""
    text = line.text
    if len(text.split()) > _ALONE_WORDS:
        return False
    return FURNITURE.fullmatch(fold(text)) is not None or (
        find_date(text) is not None and not text.endswith((",", "-"))
    )


_GAP = re.compile(r"\S(\s{6,})\S")


def split_columns(lines: list[Line]) -> list[Block]:
    """Two columns side by side (a PDF's head or contacts): two blocks."""
    left: list[Line] = []
    right: list[Line] = []
    for line in lines:
        gap = _GAP.search(line.raw[:400])
        indent = len(line.raw) - len(line.raw.lstrip())
        if gap is not None:
            cut = gap.start(1)
            left.append(
                Line(line.number, " ".join(line.raw[:cut].split()), line.raw[:cut])
            )
            rest = line.raw[gap.end(1) - 1 :]
            right.append(Line(line.number, " ".join(rest.split()), rest))
        elif indent >= 20 and right:
            right.append(Line(line.number, line.text, line.raw.strip()))
        else:
            left.append(line)
    if len(right) < 2 or not left:
        return [Block(tuple(lines))]
    return [Block(tuple(left)), Block(tuple(right))]


def ends_sentence(text: str) -> bool:
    """Whether a paragraph ends where a sentence can end."""
    return _SENTENCE_END.search(text) is not None


def starts_continuation(text: str) -> bool:
    """Whether a block reads as the rest of an interrupted sentence."""
    return bool(text) and (text[0].islower() or text[0] in ",;)")
