"""vCard syntax as real programs write it: lines, cards, properties, values.

Reads vCard 2.1, 3.0 and 4.0 in one pass, linear in the input: line ends
(CRLF, LF, CR, CR CR LF), a byte order mark, folded lines, 2.1
quoted-printable soft line breaks, groups (``item1.TEL``), parameters in every
form (``TYPE=WORK,VOICE``, ``WORK;VOICE``, ``type=work;type=voice``, quoted
values, RFC 6868's ``^'``, ``^^`` and ``^n`` in them). What the syntax cannot
place is returned as a note with its line; the caller turns notes into
findings. Nothing here knows the model.
"""

from __future__ import annotations

import binascii
import codecs

import attrs

#: The versions read; others are refused by the caller (``vcard.version``).
VERSIONS = ("2.1", "3.0", "4.0")


@attrs.frozen(kw_only=True)
class Prop:
    """One property as written: group, upper-cased name, parameters, raw value."""

    line: int
    group: str | None
    name: str
    #: Upper-cased keys; 2.1 bare parameters (``WORK``, ``PREF``) under TYPE,
    #: except ``QUOTED-PRINTABLE``/``BASE64`` (ENCODING) and ``X-...`` (LABEL).
    params: dict[str, tuple[str, ...]]
    value: str

    def has_type(self, *names: str) -> bool:
        """Whether TYPE lists any of *names* (lower case)."""
        return any(t.lower() in names for t in self.params.get("TYPE", ()))


@attrs.frozen(kw_only=True)
class Card:
    """The properties between ``BEGIN:VCARD`` and ``END:VCARD``."""

    line: int
    props: tuple[Prop, ...]

    @property
    def version(self) -> str | None:
        """The VERSION value, if the card has one."""
        return next((p.value.strip() for p in self.props if p.name == "VERSION"), None)


@attrs.frozen(kw_only=True)
class Note:
    """Something the syntax could not place, with its line."""

    line: int
    code: str
    message: str


def decode(data: bytes) -> tuple[str, Note | None]:
    """The text of a vCard file: UTF-8, else Windows-1252 (with a note)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        note = Note(
            line=data.count(b"\n", 0, exc.start) + 1,
            code="vcard.charset",
            message="the file is not UTF-8; read as Windows-1252, the code page "
            "Outlook and other Windows programs write vCard 2.1 in",
        )
        return data.decode("cp1252", errors="replace"), note


def _physical_lines(text: str) -> list[tuple[int, str]]:
    """Lines with their numbers; any run of CRs before LF ends one line."""
    lines: list[tuple[int, str]] = []
    number = 0
    for line in text.split("\n"):
        for part in line.rstrip("\r").split("\r"):  # a lone CR: an old Mac line end
            number += 1
            lines.append((number, part))
    return lines


def _is_quoted_printable(head: str) -> bool:
    upper = head.upper()
    return "QUOTED-PRINTABLE" in upper


def logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfolded lines (folds and 2.1 soft line breaks joined), with first lines."""
    if text.startswith("\ufeff"):
        text = text[1:]
    found: list[tuple[int, list[str]]] = []
    quoted_printable = False  # whether the current line's value is QP-encoded
    soft = False  # ... and its last physical line ends in '=' (a soft break)
    for number, raw in _physical_lines(text):
        if not raw and not soft and found and found[-1][1] == [""]:
            continue  # a run of blank lines (CR CR LF read as CR): one is enough
        if found and soft:
            parts = found[-1][1]
            parts[-1] = parts[-1][:-1]  # the '=' of the soft break
            parts.append(raw)
        elif found and raw[:1] in (" ", "\t") and found[-1][1] != [""]:
            found[-1][1].append(raw[1:])
        else:
            found.append((number, [raw]))
            colon = raw.find(":")
            quoted_printable = colon > 0 and _is_quoted_printable(raw[:colon])
        soft = quoted_printable and raw.endswith("=")
    return [(number, "".join(parts)) for number, parts in found]


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    parts: list[str] = []
    start, quoted = 0, False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == sep and not quoted:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


def _colon(line: str) -> int:
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return index
    return -1


_BARE_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"}


_CARET = {"^": "^", "'": '"', "n": "\n"}


def _caret_decoded(text: str) -> str:
    """A parameter value with RFC 6868's ``^^``, ``^'`` and ``^n`` undone.

    A caret before any other character is kept, as the RFC says.
    """
    if "^" not in text:
        return text
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        decoded = _CARET.get(text[index + 1 : index + 2]) if char == "^" else None
        if decoded is None:
            out.append(char)
            index += 1
        else:
            out.append(decoded)
            index += 2
    return "".join(out)


def parse_line(number: int, line: str) -> Prop | None:
    """``group.NAME;PARAM=x:value``, or None when the line has no name and colon."""
    colon = _colon(line)
    if colon <= 0:
        return None
    head, value = line[:colon], line[colon + 1 :]
    name, *raw_params = _split_outside_quotes(head, ";")
    group, _, name = name.rpartition(".")
    name = name.strip().upper()
    if not name:
        return None
    params: dict[str, list[str]] = {}
    for raw in raw_params:
        key, equals, written = raw.partition("=")
        key = key.strip().upper()
        if not equals:  # vCard 2.1: a bare value, usually a type
            written = key
            if key in _BARE_ENCODINGS:
                key = "ENCODING"
            elif key.startswith("X-"):
                key, written = "LABEL", raw.strip()[2:]
            else:
                key = "TYPE"
        values = [
            _caret_decoded(v.strip().strip('"'))
            for v in _split_outside_quotes(written.strip(), ",")
        ]
        if key == "TYPE":  # TYPE="VOICE,WORK": a quoted list
            values = [t for v in values for t in v.split(",")]
        params.setdefault(key, []).extend(v for v in values if v)
    return Prop(
        line=number,
        group=group.upper() or None,
        name=name,
        params={k: tuple(v) for k, v in params.items()},
        value=value,
    )


def cards(text: str) -> tuple[list[Card], list[Note]]:
    """The complete cards of *text*, and notes on what is not part of one."""
    found: list[Card] = []
    notes: list[Note] = []
    begun: int | None = None
    props: list[Prop] = []
    for number, line in logical_lines(text):
        if not line.strip():
            continue
        prop = parse_line(number, line)
        if prop is None:
            notes.append(
                Note(
                    line=number,
                    code="vcard.syntax",
                    message=f"line {number} is not a vCard property: {line[:40]!r}",
                )
            )
            continue
        keyword = prop.value.strip().upper()
        if prop.name == "BEGIN" and keyword == "VCARD":
            if begun is not None:
                notes.append(
                    _incomplete(begun, props, f"a BEGIN:VCARD at line {number}")
                )
            begun, props = number, []
        elif prop.name == "END" and keyword == "VCARD":
            if begun is None:
                notes.append(
                    Note(
                        line=number,
                        code="vcard.syntax",
                        message=f"line {number}: END:VCARD with no BEGIN:VCARD",
                    )
                )
            else:
                found.append(Card(line=begun, props=tuple(props)))
                begun, props = None, []
        elif begun is not None:
            props.append(prop)
        else:
            notes.append(
                Note(
                    line=number,
                    code="vcard.syntax",
                    message=f"line {number} is outside BEGIN:VCARD and END:VCARD",
                )
            )
    if begun is not None:
        notes.append(_incomplete(begun, props, "the end of the file"))
    return found, notes


def _incomplete(begun: int, props: list[Prop], before: str) -> Note:
    name = next((p.value for p in props if p.name == "FN" and p.value.strip()), None)
    who = f" ({name.strip()})" if name else ""
    return Note(
        line=begun,
        code="vcard.incomplete",
        message=f"the card begun at line {begun}{who} has no END:VCARD before "
        f"{before}; it is not imported",
    )


def split_components(value: str, sep: str = ";") -> list[str]:
    """A structured value's components, split at *sep* not escaped by ``\\``."""
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for char in value:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    if escaped:
        current.append("\\")
    parts.append("".join(current))
    return parts


def unescape(text: str, version: str | None) -> str:
    r"""A text value's escapes undone: ``\n``, ``\,``, ``\;``, ``\\`` (``\:`` too).

    In vCard 2.1 only ``\;`` and ``\\`` are escapes; other backslashes stay.
    """
    out: list[str] = []
    escaped = False
    for char in text:
        if escaped:
            if char in "nN" and version != "2.1":
                out.append("\n")
            elif version == "2.1" and char not in ";\\":
                out.append("\\" + char)
            else:
                out.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        else:
            out.append(char)
    if escaped:
        out.append("\\")
    return "".join(out)


class CharsetError(ValueError):
    """A CHARSET the codecs do not know, or bytes that are not in it."""


def decode_value(prop: Prop, text: str) -> tuple[str, bool]:
    """*text* (part of the value) with quoted-printable undone.

    Returns the text and whether Windows-1252 was used because the bytes were
    not UTF-8 and no CHARSET was given.
    """
    encodings = {e.upper() for e in prop.params.get("ENCODING", ())}
    if "QUOTED-PRINTABLE" not in encodings:
        return text, False
    charsets = prop.params.get("CHARSET", ())
    charset = charsets[0] if charsets else "utf-8"
    try:
        codecs.lookup(charset)
    except LookupError as exc:
        raise CharsetError(f"CHARSET={charset} is not a known character set") from exc
    data = binascii.a2b_qp(text.encode("utf-8"))
    try:
        return data.decode(charset), False
    except UnicodeDecodeError as exc:
        if charsets:
            raise CharsetError(f"the value is not {charset}") from exc
        return data.decode("cp1252", errors="replace"), True
