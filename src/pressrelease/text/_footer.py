"""The office footer: ``UNIAP Regional Management Office | www.no-trafficking.org``.

It repeats on every page, wherever the page break fell; its address,
telephone, fax and website (``Tel (desk): ...``, ``Fax: ...``) belong to the issuer.
"""

from __future__ import annotations

import re

import attrs

from pressrelease.text._blocks import Block, Line

_NUMBER = re.compile(
    r"(?P<kind>tel|telephone|phone|t|mobile|mobil|m|fax|facsimile|f|pager|text)"
    r"\.?\s*(?:\((?P<note>[^()]{1,40})\))?\s*:\s*(?P<n>.+)",
    re.I,
)
_KINDS = {"mobile": "mobile", "mobil": "mobile", "m": "mobile", "fax": "fax"}
_KINDS |= {"facsimile": "fax", "f": "fax", "pager": "pager", "text": "text"}
_EMAIL = re.compile(r"(?:e-?mail\s*:\s*)?(?P<e>[^\s@|]+@[^\s@|]+)", re.I)
_WEB = re.compile(r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?", re.I)
_LOCALITY = re.compile(
    r"(?P<locality>[^\d,]+?)\s+(?P<postal>\d[\d -]{2,9})"  # Bangkok 10200
    r"|(?P<postal2>\d{4,6})\s+(?P<locality2>[^\d,]+)"  # 10200 Bangkok
)
_OFFICE = re.compile(r"\b(?:office|headquarters|secretariat|bureau)\b", re.I)


@attrs.define
class Footer:
    """What the footer says, with the line each piece came from."""

    office: str | None = None
    street: list[str] = attrs.Factory(list)
    locality: str | None = None
    postal_code: str | None = None
    website: str | None = None
    email: tuple[str, int] | None = None
    #: (kind, the label's note, the number as written, line).
    phones: list[tuple[str, str | None, str, int]] = attrs.Factory(list)
    line: int | None = None

    @property
    def has_address(self) -> bool:
        return bool(self.street or self.locality)


def _segments(blocks: list[Block]) -> list[tuple[str, int]]:
    seen: set[str] = set()
    found = []
    for block in blocks:
        for line in block.lines:
            for segment in _split(line):
                if segment not in seen:  # the footer repeats on every page
                    seen.add(segment)
                    found.append((segment, line.number))
    return found


def _split(line: Line) -> list[str]:
    return [s.strip() for s in line.text.split("|") if s.strip()]


def read_footer(blocks: list[Block], acronym: str | None) -> Footer:
    """Sort the footer's segments into office, address, phones and website."""
    footer = Footer(line=blocks[0].line if blocks else None)
    address: list[str] = []
    for segment, line in _segments(blocks):
        if match := _NUMBER.fullmatch(segment):
            kind = _KINDS.get(match["kind"].lower(), "voice")
            note = match["note"].strip() if match["note"] else None
            footer.phones.append((kind, note, match["n"].strip(), line))
        elif (match := _EMAIL.fullmatch(segment)) and footer.email is None:
            footer.email = (match["e"], line)
        elif _WEB.fullmatch(segment) and " " not in segment and footer.website is None:
            footer.website = segment
        else:
            address.append(segment)
    if address and (
        _OFFICE.search(address[0]) or (acronym and address[0].startswith(acronym))
    ):
        footer.office = address.pop(0)
    if address and (match := _LOCALITY.fullmatch(address[-1])):
        address.pop()
        footer.locality = (match["locality"] or match["locality2"]).strip()
        footer.postal_code = (match["postal"] or match["postal2"]).strip()
    footer.street = address
    return footer
