"""Every public parser and checker is linear: n against 8n adversarial input.

Each test times one call on an input of size n and on one of size 8n (best of
three each) and requires the ratio to stay within 16: twice what linear time
needs, far below the 64 of quadratic time. The inputs are the ones that were
quadratic before (issue 15). ``read_text`` and the CSV reader have their own
tests beside their code. Run these alone with ``pytest -m complexity``.
"""

from __future__ import annotations

import datetime
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

from pressrelease import (
    Contact,
    Dateline,
    Organisation,
    Participant,
    Quote,
    Release,
    ValidationError,
    check,
    from_dict,
    from_json,
    from_vcard,
)
from pressrelease.cli._validate import validate

from .helpers import assert_linear, seed_json

pytestmark = pytest.mark.complexity

T = TypeVar("T")


def rejected(call: Callable[[], object]) -> None:
    with pytest.raises(ValidationError):
        call()


def test_from_json_duplicate_keys() -> None:
    def make(n: int) -> str:
        return "{" + ",".join(f'"k{i}": 1, "k{i}": 2' for i in range(n)) + "}"

    assert_linear(make, lambda text: rejected(lambda: from_json(text)), 3_000)


def test_from_json_unknown_keys() -> None:
    def make(n: int) -> str:
        return json.dumps({"name": "A", **{f"x{i}": i for i in range(n)}})

    assert_linear(make, lambda text: rejected(lambda: from_json(text, Contact)), 2_000)


def test_from_dict_many_damaged_items() -> None:
    def make(n: int) -> dict[str, Any]:
        bad = {"name": 1, "honorific": "", "title": 3, "language": "zz", "email": "x"}
        return {**json.loads(seed_json()), "contacts": [bad, None] * n}

    assert_linear(make, lambda data: rejected(lambda: from_dict(data)), 60)


def organisations(n: int, parent: Callable[[int], str]) -> tuple[Organisation, ...]:
    return tuple(
        Organisation(id=f"o{i}", name="O", kind="other", parent=parent(i))
        for i in range(1, n + 1)
    )


def release(**changes: Any) -> Release:
    fields: dict[str, Any] = {
        "id": "r1",
        "headline": "Headline",
        "language": "en",
        "dateline": Dateline(place="Bangkok", date=datetime.date(2009, 6, 19)),
        "issuer": Organisation(id="o0", name="Issuer", kind="other"),
    }
    return Release(**{**fields, **changes})


def test_a_version_1_document_with_many_bad_faxes() -> None:
    # Every problem is moved back to its version 1 path (faxes[i]).
    def make(n: int) -> str:
        data = json.loads(seed_json())
        data["schema_version"] = 1
        issuer = data["issuer"]
        issuer["phones"] = [p["number"] for p in issuer["phones"]]
        issuer["faxes"] = ["+66 2 280 02"] * n  # too short: one problem each
        for contact in data["contacts"]:
            contact["phones"] = [p["number"] for p in contact["phones"]]
            contact["email"] = (contact.pop("emails") or [None])[0]
        return json.dumps(data)

    assert_linear(make, lambda text: rejected(lambda: from_json(text)), 1_000)


def test_a_long_parent_chain() -> None:
    # o_n -> o_(n-1) -> ... -> o0: every walk up used to start again.
    assert_linear(
        lambda n: organisations(n, lambda i: f"o{i - 1}"),
        lambda orgs: release(organisations=orgs),
        1_250,
    )


def test_many_unknown_parents() -> None:
    # Each problem used to sort every known id again.
    assert_linear(
        lambda n: organisations(n, lambda i: f"nowhere{i}"),
        lambda orgs: rejected(lambda: release(organisations=orgs)),
        1_250,
    )


def test_check_many_quotes_against_many_paragraphs() -> None:
    def make(n: int) -> Release:
        return release(
            body=tuple(f"Paragraph number {i}." for i in range(n)),
            participants=(Participant(id="p", name="P"),),
            quotes=tuple(Quote(text=f"Not said {i}", speaker="p") for i in range(n)),
        )

    assert_linear(make, check, 1_200)


def test_from_vcard_many_cards() -> None:
    def make(n: int) -> str:
        card = "BEGIN:VCARD\r\nFN:A\r\nX-THING:y\r\nTEL:x\r\nEND:VCARD\r\nstray\r\n"
        return card * n

    assert_linear(
        make, lambda text: rejected(lambda: from_vcard(text, strict=True)), 200
    )


def test_validate_a_pretty_printed_document_with_many_problems(
    tmp_path: Path,
) -> None:
    # One problem a phone: each problem's line used to rescan the whole text.
    def make(n: int) -> Path:
        path = tmp_path / f"contact{n}.json"
        document = {"name": "A", "phones": ["not a phone"] * n}
        path.write_text(json.dumps(document, indent=1), encoding="utf-8")
        return path

    def run(path: Path) -> None:
        out = io.StringIO()
        tally = validate(
            [str(path)], wanted="contact", strict=False, fmt="text", out=out
        )
        assert tally.problems > 0

    assert_linear(make, run, 400)
