"""Country codes and BCP 47 language tags."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressrelease import ValidationError, parse_country, parse_language
from pressrelease.iso import COUNTRIES, LANGUAGES
from pressrelease.strategies import countries, languages


def test_tables_have_the_official_sizes() -> None:
    assert len(COUNTRIES) == 249 + 1  # and XK, user-assigned (Kosovo)
    assert len(LANGUAGES) == 183


@pytest.mark.parametrize(("text", "code"), [("th", "TH"), ("Vn", "VN"), ("KH", "KH")])
def test_country_case_is_canonicalised(text: str, code: str) -> None:
    assert parse_country(text) == code


@pytest.mark.parametrize("text", ["ZZ", "XX", "UK", "THA", "", "T", "Thailand"])
def test_unknown_countries_are_rejected(text: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_country(text)
    assert exc.value.problems[0].code == "country.unknown"


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("en", "en"),
        ("KM", "km"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("es-419", "es-419"),
        ("my-MM", "my-MM"),
        ("sl-rozaj-biske", "sl-rozaj-biske"),
        ("en-US-x-twain", "en-US-x-twain"),
        ("haw", "haw"),
    ],
)
def test_language_tags(text: str, tag: str) -> None:
    assert parse_language(text) == tag


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("english", "language.unknown"),
        ("xx", "language.unknown"),
        ("en-ZZ", "language.unknown"),
        ("en_US", "language.malformed"),
        ("", "language.malformed"),
        ("en-", "language.malformed"),
        ("e", "language.malformed"),
        ("en-" + "a" * 70, "language.malformed"),
    ],
)
def test_bad_language_tags(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_language(text)
    assert exc.value.problems[0].code == code


@pytest.mark.parametrize("parse", [parse_country, parse_language])
def test_non_strings_are_type_errors(parse: object) -> None:
    with pytest.raises(ValidationError) as exc:
        parse(7)  # type: ignore[operator]
    assert exc.value.problems[0].code == "type"


@given(countries())
def test_country_parsing_is_idempotent(code: str) -> None:
    assert parse_country(code.lower()) == parse_country(code) == code


@given(languages(), st.booleans())
def test_language_parsing_is_idempotent_and_case_insensitive(
    tag: str, upper: bool
) -> None:
    canonical = parse_language(tag)
    assert parse_language(canonical) == canonical
    assert parse_language(tag.upper() if upper else tag.lower()) == canonical
