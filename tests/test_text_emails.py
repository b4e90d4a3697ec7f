"""Email addresses in the text: written plainly or obfuscated, found once."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressrelease.text._contacts import emails_in

from .helpers import assert_linear


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("jane.doe@acme.example", ["jane.doe@acme.example"]),
        ("jane.doe[at]acme.example", ["jane.doe@acme.example"]),
        ("jane.doe (at) acme (dot) example", ["jane.doe@acme.example"]),
        ("presse(at)acme.example", ["presse@acme.example"]),
        ("write to jane at acme.example today", ["jane@acme.example"]),
        ("mailto:jane@acme.example", ["jane@acme.example"]),
        ("E-Mail: jane@acme.example.", ["jane@acme.example"]),
        # "at" before an address already written is no obfuscation.
        ("contact Jane Doe at jane.doe@acme.example or +41 22 917 12 34",
         ["jane.doe@acme.example"]),
        ("we meet at 10.30am at the office", []),
    ],
)  # fmt: skip
def test_addresses_in_text(text: str, found: list[str]) -> None:
    assert emails_in(text) == found


WORD = st.from_regex(r"[A-Za-z]{1,8}", fullmatch=True)


@given(
    st.lists(WORD, max_size=5).map(" ".join),
    st.from_regex(r"[a-z]{1,8}\.[a-z]{1,8}@[a-z]{2,8}\.example", fullmatch=True),
    st.lists(WORD, max_size=5).map(" ".join),
)
def test_an_address_written_plainly_is_found_as_written(
    before: str, address: str, after: str
) -> None:
    assert emails_in(f"{before} at {address} {after}") == [address]


@pytest.mark.complexity
@pytest.mark.parametrize("unit", ["a at b.cd ", "a at b@c.de ", "x[at]y[dot]", "@@ "])
def test_finding_addresses_is_linear(unit: str) -> None:
    assert_linear(lambda n: unit * n, emails_in, 2_000)
