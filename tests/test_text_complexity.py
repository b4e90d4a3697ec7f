"""read_text stays linear on adversarial text: n characters vs 8n.

Each input is a shape that made a regex or a loop quadratic somewhere: long
digit runs (the phone matcher), ``1 (aaaa`` (an open parenthesis before a
number), ``Aa Aa Aa`` (name and place readers), ``@@@@`` (email readers), a
long masthead (role scoring), and many organisations sharing a slug.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pressrelease import read_text

from .helpers import assert_linear

HEAD = "ACME\n\nPRESS RELEASE\n\nHEADLINE\n\nBangkok, 19 June 2009 – "
CONTACTS = "\n\nMedia contact:\n\n"


def _body(unit: str) -> Callable[[int], str]:
    return lambda n: HEAD + unit * (n // len(unit)) + "\n"


def _contacts(unit: str) -> Callable[[int], str]:
    return lambda n: HEAD + "Text." + CONTACTS + unit * (n // len(unit)) + "\n"


CASES = {
    "digit run in the body": _body("1"),
    "digit run in contacts": _contacts("1"),
    "open parenthesis before letters": _contacts("1 (" + "a" * 20),
    "name-shaped words": _contacts("Aa "),
    "name-shaped lines": _contacts("Aa Aa\n"),
    "at signs": _contacts("@"),
    "at signs in the body": _body("@"),
    "spelled at": _contacts("a at "),
    "pipes": _contacts("| "),
    "dates": _body("4 March 2025 "),
    "spaced dashes between digits": _contacts("1 – 2 "),
    "address cells": _contacts(", Aaa Aaa 12345"),
    "possessive headings": _contacts("Your press contact\n"),
    "language names under a versions heading": lambda n: (
        HEAD + "Text.\n\nLanguage versions\n" + "English\n" * (n // 8)
    ),
    # found by a hostile sweep: a menu on one line re-split per item
    "a menu on one line": lambda n: " | ".join(["A"] * (n // 4)),
    "acronyms defined in the lead": _body("the Aa Bb Cc (ABC) and "),
    "sign-offs and names": lambda n: (
        HEAD + "Text.\n\n" + "Best regards,\nName\n\n" * (n // 21)
    ),
    "logo lines with an acronym and a dash": lambda n: (
        "HCPD – Haut-Commissariat des Nations Unies pour les personnes\n" * (n // 62)
        + HEAD
        + "Text.\n"
    ),
}


@pytest.mark.complexity
@pytest.mark.parametrize("make", CASES.values(), ids=CASES.keys())
def test_read_text_is_linear(make: Callable[[int], str]) -> None:
    assert_linear(make, read_text, 2_000)


@pytest.mark.complexity
def test_a_long_masthead_is_linear() -> None:
    assert_linear(lambda n: "ACME\n\n" * (n // 6) + HEAD + "Text.\n", read_text, 2_000)


@pytest.mark.complexity
def test_many_organisations_sharing_a_slug_is_linear() -> None:
    def make(n: int) -> str:
        orgs = " ".join(
            f"the Acme Group (AG{i}) and the Acme-Group (AG{i})" for i in range(n // 60)
        )
        return HEAD + orgs + ".\n"

    assert_linear(make, read_text, 2_000)


@pytest.mark.complexity
def test_the_linearity_check_fails_on_quadratic_work() -> None:
    def quadratic(n: int) -> int:
        return sum(i ^ j for i in range(n) for j in range(n))

    with pytest.raises(AssertionError, match="8x the input took"):
        assert_linear(lambda n: n, quadratic, 150)
