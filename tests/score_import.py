"""Score read_text against the fixtures' hand-written expected JSON.

Run ``python -m tests.score_import`` to print recall of contacts' phones,
emails and names and of release dates over every fixture in
tests/data/releases/, and the decoy numbers taken as contacts.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs

from pressrelease import read_text
from pressrelease.text.importer import ImportResult

RELEASES = Path(__file__).parent / "data" / "releases"


def fixtures() -> list[Path]:
    """Every fixture text that has its expected JSON."""
    return sorted(
        p for p in RELEASES.glob("*/*.txt") if p.with_suffix(".expected.json").exists()
    )


def expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        path.with_suffix(".expected.json").read_text(encoding="utf-8")
    )
    return data


def _norm(name: str | None) -> str:
    return " ".join((name or "").casefold().split())


@attrs.define
class Tally:
    phones: list[int] = attrs.Factory(lambda: [0, 0])
    emails: list[int] = attrs.Factory(lambda: [0, 0])
    names: list[int] = attrs.Factory(lambda: [0, 0])
    dates: list[int] = attrs.Factory(lambda: [0, 0])
    decoys: int = 0
    misses: list[str] = attrs.Factory(list)

    def recall(self, which: list[int]) -> float:
        return which[0] / which[1] if which[1] else 1.0


def score_one(
    path: Path, result: ImportResult, want: dict[str, Any], tally: Tally
) -> None:
    got_phones = {p.e164 for c in result.contacts for p in c.phones}
    got_emails = {str(e).casefold() for c in result.contacts for e in c.emails}
    got_names = {_norm(c.name) for c in result.contacts if c.name}
    for contact in want["contacts"]:
        for phone in contact["phones"]:
            tally.phones[1] += 1
            if phone["e164"] in got_phones:
                tally.phones[0] += 1
            else:
                tally.misses.append(f"{path.name}: phone {phone['e164']}")
        for email in contact["emails"]:
            tally.emails[1] += 1
            if email.casefold() in got_emails:
                tally.emails[0] += 1
            else:
                tally.misses.append(f"{path.name}: email {email}")
        if contact.get("name"):
            tally.names[1] += 1
            if _norm(contact["name"]) in got_names:
                tally.names[0] += 1
            else:
                tally.misses.append(f"{path.name}: name {contact['name']}")
    if want.get("date"):
        tally.dates[1] += 1
        if result.date is not None and result.date.isoformat() == want["date"]:
            tally.dates[0] += 1
        else:
            tally.misses.append(f"{path.name}: date {want['date']} got {result.date}")
    for decoy in want.get("decoys") or []:
        if decoy in got_phones:
            tally.decoys += 1
            tally.misses.append(f"{path.name}: decoy {decoy} taken")


def score() -> Tally:
    tally = Tally()
    for path in fixtures():
        want = expected(path)
        result = read_text(
            path.read_text(encoding="utf-8"), language=want.get("language")
        )
        score_one(path, result, want, tally)
    return tally


def main() -> None:
    tally = score()
    for miss in tally.misses:
        print(miss)
    print(
        f"fixtures {len(fixtures())}: phones {tally.recall(tally.phones):.0%} "
        f"emails {tally.recall(tally.emails):.0%} "
        f"names {tally.recall(tally.names):.0%} "
        f"dates {tally.recall(tally.dates):.0%} decoys taken {tally.decoys}"
    )


if __name__ == "__main__":
    main()
