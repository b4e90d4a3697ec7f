"""Validate a batch of media contacts and print every problem.

Reads JSON Lines (one contact object per line; default: contacts.jsonl next to
this script) and prints each problem as ``file:line: path: message [code]``:
errors that stop a contact from loading, then the findings (legal but
doubtful, such as a number that is not valid under today's numbering plan).
Exits 1 if any contact failed to load, else 0.

Run it:  python examples/validate_contacts.py [CONTACTS.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

from pressrelease import Contact, ValidationError, check, from_json


def validate(path: Path) -> tuple[int, int, int]:
    """Print every problem in *path*; return (contacts, errors, findings)."""
    contacts = errors = findings = 0
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            contacts += 1
            try:
                contact = from_json(line, Contact)
            except ValidationError as exc:
                for problem in exc.problems:
                    errors += 1
                    print(f"{path.name}:{number}: error: {problem}")
                continue
            for finding in check(contact):
                findings += 1
                print(f"{path.name}:{number}: {finding.severity.value}: {finding}")
    return contacts, errors, findings


def main(argv: list[str]) -> int:
    default = Path(__file__).with_name("contacts.jsonl")
    path = Path(argv[1]) if len(argv) > 1 else default
    contacts, errors, findings = validate(path)
    print(f"{contacts} contacts: {errors} errors, {findings} findings")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
