"""Field-by-field comparison of read_text with the fixtures' expected JSON.

Shared by the parametrised fixture test and ``python -m tests.fixture_fields``,
which prints every field that differs (what the gaps list in
tests/test_text_fixtures.py must name).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pressrelease import read_text
from pressrelease.text.importer import ImportResult

from .score_import import expected, fixtures


def _norm(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


@functools.cache
def imported(path: Path) -> ImportResult:
    """The import of one fixture, as a user would run it: language detected."""
    return read_text(path.read_text(encoding="utf-8"))


def _names(result: ImportResult) -> list[str]:
    return [_norm(c.name) or "" for c in result.contacts if c.name]


def _phones(result: ImportResult) -> list[tuple[str, str]]:
    return sorted({(p.e164, p.kind) for c in result.contacts for p in c.phones})


def _emails(result: ImportResult) -> list[str]:
    return sorted({str(e).casefold() for c in result.contacts for e in c.emails})


def _decoys_taken(result: ImportResult, want: dict[str, Any]) -> list[str]:
    got = {p.e164 for c in result.contacts for p in c.phones}
    return [d for d in want.get("decoys") or [] if d in got]


#: Each field: what was imported, what the expected JSON says.
FIELDS: dict[str, Callable[[ImportResult, dict[str, Any]], tuple[Any, Any]]] = {
    "headline": lambda r, w: (_norm(r.headline), _norm(w["headline"])),
    "date": lambda r, w: (r.date.isoformat() if r.date else None, w["date"]),
    "place": lambda r, w: (_norm(r.place), _norm(w["place"])),
    "issuer": lambda r, w: (_norm(r.issuer), _norm(w["issuer"])),
    "names": lambda r, w: (
        _names(r),
        [_norm(c["name"]) for c in w["contacts"] if c.get("name")],
    ),
    "phones": lambda r, w: (
        _phones(r),
        sorted({(p["e164"], p["kind"]) for c in w["contacts"] for p in c["phones"]}),
    ),
    "emails": lambda r, w: (
        _emails(r),
        sorted({e.casefold() for c in w["contacts"] for e in c["emails"]}),
    ),
    "decoys": lambda r, w: (_decoys_taken(r, w), []),
    # Who is quoted: the named speakers (an unnamed one is no name).
    "speakers": lambda r, w: (
        sorted({_norm(q.speaker) for q in r.quotes if q.named}),
        sorted({_norm(q["speaker"]) for q in w["quotes"] if q["speaker"]}),
    ),
}


def compare(path: Path, field: str) -> tuple[Any, Any]:
    """(imported, expected) for *field* of the fixture at *path*."""
    return FIELDS[field](imported(path), expected(path))


def main() -> None:
    for path in fixtures():
        for field in FIELDS:
            got, want = compare(path, field)
            if got != want:
                print(
                    f"{path.parent.name}/{path.stem} {field}: got {got!r} want {want!r}"
                )


if __name__ == "__main__":
    main()
