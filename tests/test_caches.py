"""Caches and the fast path: bounded, and never changing a result."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from pressrelease import (
    EmailAddress,
    PhoneNumber,
    Release,
    ValidationError,
    clear_caches,
    converter,
    email_address,
    from_json,
    phone,
    to_dict,
    to_json,
)
from pressrelease import strategies as prs
from pressrelease._json_text import loads

from .helpers import mutated, seed_json


def outcome(load: Any) -> Any:
    try:
        return load()
    except ValidationError as exc:
        return ("error", exc.problems)


@given(prs.releases().map(to_json) | mutated(seed_json()))
def test_cached_and_uncached_loads_are_equal(text: str) -> None:
    clear_caches()
    cold = outcome(lambda: from_json(text))
    warm = outcome(lambda: from_json(text))
    uncached = outcome(lambda: converter.from_dict(loads(text)))
    assert cold == warm == uncached


@given(
    st.sampled_from(prs.example_numbers()).map(lambda pair: str(pair[1])) | st.text()
)
def test_cached_and_uncached_phones_are_equal(text: str) -> None:
    assert outcome(lambda: PhoneNumber.parse(text)) == outcome(
        lambda: PhoneNumber._parse_uncached(text)
    )


@given(prs.email_addresses().map(str) | st.text(max_size=40))
def test_cached_and_uncached_emails_are_equal(text: str) -> None:
    assert outcome(lambda: EmailAddress.parse(text)) == outcome(
        lambda: EmailAddress._parse_uncached(text)
    )


@given(prs.releases())
def test_fast_and_detailed_paths_build_equal_objects(release: Release) -> None:
    data = to_dict(release)
    fast = converter._build_fast(data, Release)
    detailed = converter._converter().structure(data, Release)
    assert fast == detailed == release


def test_caches_are_bounded() -> None:
    clear_caches()
    for number in range(phone.PHONE_CACHE_SIZE + 500):
        PhoneNumber.parse(f"+66 2 {number:07d}")
    assert phone._parse_cached.size() == phone.PHONE_CACHE_SIZE
    for number in range(converter.DOCUMENT_CACHE_SIZE + 10):
        outcome(lambda n=number: from_json(f'{{"name": "n{n}"}}'))
    assert converter._load_cached.size() == converter.DOCUMENT_CACHE_SIZE
    big = '{"name": "' + "x" * converter.MAX_CACHED_DOCUMENT + '"}'
    before = converter._load_cached.misses()
    outcome(lambda: from_json(big))
    assert converter._load_cached.misses() == before  # never cached
    for number in range(email_address.EMAIL_CACHE_SIZE + 100):
        EmailAddress.parse(f"user{number}@example.org")
    assert email_address._parse_cached.size() == email_address.EMAIL_CACHE_SIZE


def test_errors_from_the_cache_are_fresh_exceptions() -> None:
    clear_caches()
    first = outcome(lambda: from_json("{"))
    second = outcome(lambda: from_json("{"))
    assert first == second
    try:
        from_json("{")
    except ValidationError as exc:
        one = exc
    try:
        from_json("{")
    except ValidationError as exc:
        two = exc
    assert one is not two
    assert one.problems == two.problems
