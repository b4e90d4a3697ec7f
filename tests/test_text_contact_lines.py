"""One contact a line, with where the person is or their address beside
the name: shapes of UN briefing notes and agencies' web pages."""

from __future__ import annotations

import pytest

from pressrelease import read_text

HEAD = (
    "Harbour Agency\n\nFerry traffic rises\n\nGENEVA, 4 March 2025 – Ferry "
    "traffic rose by a fifth last year, the agency said today.\n\n"
)


def names(block: str) -> list[str | None]:
    return [c.name for c in read_text(HEAD + block + "\n").contacts]


@pytest.mark.parametrize(
    "line",
    [
        "In Geneva: Jane Doe, doe@agency.example, +41 79 555 12 34",
        "Geneva: Jane Doe, +41 79 555 12 34, doe@agency.example",
        "Jane Doe (Geneva), +41 79 555 12 34, doe@agency.example",
        "Jane Doe (doe@agency.example), +41 79 555 12 34",
        "Jane Doe <doe@agency.example>, +41 79 555 12 34",
    ],
)
def test_the_name_beside_a_place_or_an_address(line: str) -> None:
    assert names("Media contacts:\n" + line) == ["Jane Doe"]


def test_a_city_in_brackets_after_the_name_is_said() -> None:
    result = read_text(HEAD + "Media contacts:\nJane Doe (Geneva), +41 79 555 12 34\n")
    assert any("'Geneva'" in f.message for f in result.findings)


@pytest.mark.parametrize("name", ["Amélie d'Arbois", "Luc d’Orsay-Blanc"])
def test_a_surname_after_an_elided_particle(name: str) -> None:
    assert names(f"Media contacts:\n{name}\n+41 79 555 12 34") == [name]
