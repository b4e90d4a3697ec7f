"""PhoneNumber: parsing, canonical form, the traps, and properties."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import attrs
import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressrelease import PhoneNumber, PhoneNumberType, ValidationError
from pressrelease.strategies import example_numbers, phone_numbers

from .helpers import child_env


def codes(exc: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [p.code for p in exc.value.problems]


@pytest.mark.parametrize(
    ("text", "region", "canonical"),
    [
        ("+66 878 23 8810", None, "+66878238810"),
        ("+86 10 6420 1827", None, "+861064201827"),
        ("+856 21 267 792", None, "+85621267792"),
        ("+66-2-288-2213", None, "+6622882213"),
        ("(02) 288-1746", "TH", "+6622881746"),
        ("02 288 1746", "th", "+6622881746"),
        # International prefixes are the dialling region's: 00 from Germany,
        # 001 from Thailand (where "006..." would be the prefix 006).
        ("0066 2 288 1746", "DE", "+6622881746"),
        ("001 66 2 288 1746", "TH", "+6622881746"),
        ("tel:+66-2-288-1746", None, "+6622881746"),
        ("  +66 2 288 1746  ", None, "+6622881746"),
        ("+66\u00a02\u00a0288\u00a01746", None, "+6622881746"),
        ("+66 2\u2013288\u20131746", None, "+6622881746"),
    ],
)
def test_common_written_forms(text: str, region: str | None, canonical: str) -> None:
    assert str(PhoneNumber.parse(text, region)) == canonical


@pytest.mark.parametrize(
    "text",
    [
        "+855 23 211 240 ext.334",
        "+855 23 211 240 ext. 334",
        "+855 23 211 240 ext 334",
        "+855 23 211 240 extension 334",
        "+855 23 211 240 x334",
        "+855 23 211 240 X 334",
        "+855 23 211 240 #334",
        "+85523211240;ext=334",
        "tel:+855-23-211-240;ext=334",
        "+855 23 211 240, ext. 334",
        "+855 23 211 240 int. 334",
        "+855 23 211 240 Anexo 334",
        "+855 23 211 240 доб. 334",
    ],
)
def test_extension_is_kept(text: str) -> None:
    number = PhoneNumber.parse(text)
    assert number.extension == "334"
    assert number.e164 == "+85523211240"  # E.164 itself has no extension
    assert str(number) == "+85523211240;ext=334"
    assert number.rfc3966 == "tel:+855-23-211-240;ext=334"
    assert number.international == "+855 23 211 240 ext. 334"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("+598 2123 1234 int. 5", "+598 2123 1234 int. 5"),  # Uruguay
        ("+40 21 123 4567 int 5", "+40 21 123 4567 int 5"),  # Romania
        ("+51 1 1234567 Anexo 5", "+51 1 1234567 Anexo 5"),  # Peru
        ("+886 2 2123 4567#5", "+886 2 2123 4567#5"),  # Taiwan
        ("+44 20 7031 3000 x5", "+44 20 7031 3000 x5"),  # United Kingdom
    ],
)
def test_regional_extension_styles_round_trip(text: str, written: str) -> None:
    number = PhoneNumber.parse(text)
    assert number.extension == "5"
    assert number.international == written
    assert PhoneNumber.parse(number.international) == number


def test_extension_changes_identity() -> None:
    with_ext = PhoneNumber.parse("+855 23 211 240 ext.334")
    without = PhoneNumber.parse("+855 23 211 240")
    assert with_ext != without
    assert len({with_ext, without}) == 2


def test_slash_range_is_rejected_not_guessed() -> None:
    # The trap: phonenumbers reads the range as one (wrong) number.
    guessed = phonenumbers.parse("+95 1 254 852/3", None)
    assert phonenumbers.format_number(guessed, 0) == "+9512548523"
    with pytest.raises(ValidationError) as exc:
        PhoneNumber.parse("+95 1 254 852/3")
    assert codes(exc) == ["phone.range"]
    message = exc.value.problems[0].message
    assert "range of two numbers" in message
    assert "+95 1 254 852 and +95 1 254 853" in message


def test_both_numbers_of_the_range_are_numbers() -> None:
    first = PhoneNumber.parse("+95 1 254 852")
    last = PhoneNumber.parse("+95 1 254 853")
    assert (first.e164, last.e164) == ("+951254852", "+951254853")
    assert first.region == last.region == "MM"


def test_vanity_letters_are_rejected_not_guessed() -> None:
    guessed = phonenumbers.parse("+1 650 ABC 0000", None)
    assert phonenumbers.format_number(guessed, 0) == "+16502220000"
    with pytest.raises(ValidationError) as exc:
        PhoneNumber.parse("+1 650 ABC 0000")
    assert codes(exc) == ["phone.letters"]
    assert "'ABC'" in exc.value.problems[0].message


def test_trailing_note_is_rejected_not_read_as_digits() -> None:
    guessed = phonenumbers.parse("+1 650 253 0000 (Axel)", None)
    assert phonenumbers.format_number(guessed, 0) != "+16502530000"
    with pytest.raises(ValidationError) as exc:
        PhoneNumber.parse("+1 650 253 0000 (Axel)")
    assert codes(exc) == ["phone.letters"]


def test_slash_separator_is_ambiguous() -> None:
    with pytest.raises(ValidationError) as exc:
        PhoneNumber.parse("030/1234567", "DE")
    assert codes(exc) == ["phone.slash"]


@pytest.mark.parametrize(
    ("text", "region", "code"),
    [
        ("+66 2 288", None, "phone.too_short"),
        ("+66 2 288 1746 1234 5678 90", None, "phone.too_long"),
        ("+999 1234 5678", None, "phone.country_code"),
        ("02 288 1746", None, "phone.national"),
        ("+", None, "phone.not_a_number"),
        ("", None, "phone.not_a_number"),
        ("call me", None, "phone.letters"),
        ("+66 2 288 1746 ☎", None, "phone.characters"),
        ("+66 (2) 288 + 1746", None, "phone.characters"),
        ("02 288 1746", "XX", "phone.region"),
    ],
)
def test_impossible_numbers_are_errors(
    text: str, region: str | None, code: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        PhoneNumber.parse(text, region)
    assert codes(exc) == [code]


def test_region_matters_only_without_a_country_code() -> None:
    # South Georgia (GS) has no numbering plan of its own in phonenumbers.
    assert str(PhoneNumber.parse("+247 62889", region="GS")) == "+24762889"
    with pytest.raises(ValidationError) as exc:
        PhoneNumber.parse("62889", region="GS")
    assert codes(exc) == ["phone.region"]


def test_missing_country_code_says_how_to_fix_it() -> None:
    with pytest.raises(ValidationError) as exc:
        PhoneNumber.parse("02 288 1746")
    message = exc.value.problems[0].message
    assert "pass region= the ISO 3166-1 code of the country" in message
    assert "'TH'" not in message  # no made-up country


def test_overlong_text_is_refused_before_phonenumbers_sees_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def explode(*args: object) -> None:
        raise AssertionError("phonenumbers.parse must not be called")

    monkeypatch.setattr(phonenumbers, "parse", explode)
    with pytest.raises(ValidationError) as exc:
        PhoneNumber.parse("+66 " + "1" * 247)
    assert codes(exc) == ["phone.too_long_input"]


def test_not_a_string_is_a_type_error() -> None:
    with pytest.raises(ValidationError) as exc:
        PhoneNumber.parse(6622881746)  # type: ignore[arg-type]
    assert codes(exc) == ["type"]
    assert "a number (6622881746)" in exc.value.problems[0].message


def test_number_from_before_a_renumbering_is_possible_not_valid() -> None:
    old = PhoneNumber.parse("+84 43 942 6511")
    assert not old.is_valid
    assert old.region == "VN"
    assert old.number_type is PhoneNumberType.UNKNOWN
    assert PhoneNumber.parse(str(old)) == old
    assert PhoneNumber.parse("+84 24 3942 6511").is_valid  # the number today


def test_properties_of_a_valid_number() -> None:
    number = PhoneNumber.parse("+66 878 23 8810")
    assert number.is_valid
    assert number.region == "TH"
    assert number.country_code == 66
    assert number.number_type is PhoneNumberType.MOBILE
    assert number.national == "087 823 8810"
    assert number.international == "+66 87 823 8810"
    assert repr(number) == "PhoneNumber.parse('+66878238810')"


def test_shared_calling_code_region_is_resolved_per_number() -> None:
    aland = PhoneNumber.parse("+358 18 1234567")
    assert aland.is_valid_for("AX")
    assert not aland.is_valid_for("FI")
    assert aland.region == "AX"


def test_value_is_immutable_and_hashable() -> None:
    number = PhoneNumber.parse("+66 2 288 1746")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        number.e164 = "+6622800268"  # type: ignore[misc]
    assert hash(number) == hash(PhoneNumber.parse("02-288-1746", "TH"))


def test_to_phonenumbers_returns_an_independent_copy() -> None:
    number = PhoneNumber.parse("+855 23 211 240 ext.334")
    copy = number.to_phonenumbers()
    copy.extension = "999"
    assert number.extension == "334"
    assert number.rfc3966.endswith(";ext=334")


def test_constructor_takes_the_canonical_parts() -> None:
    number = PhoneNumber(e164="+85523211240", extension="334")
    assert number == PhoneNumber.parse("+855 23 211 240 ext.334")
    assert number.international == "+855 23 211 240 ext. 334"


@pytest.mark.parametrize(
    ("e164", "extension", "code"),
    [
        ("+66 2 288 1746", None, "phone.not_canonical"),
        ("+6622881746;ext=1", None, "phone.not_canonical"),
        ("+6622881746", "12a", "phone.extension"),
        ("+6622881746", "1" * 21, "phone.extension"),
        ("+66228", None, "phone.too_short"),
    ],
)
def test_constructor_rejects_non_canonical_parts(
    e164: str, extension: str | None, code: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        PhoneNumber(e164=e164, extension=extension)
    assert codes(exc) == [code]


EXAMPLES = example_numbers(valid=True)


@given(
    st.sampled_from(EXAMPLES), st.none() | st.from_regex(r"[0-9]{1,8}", fullmatch=True)
)
def test_every_written_form_parses_back_to_the_same_number(
    example: tuple[str | None, PhoneNumber], extension: str | None
) -> None:
    region, base = example
    number = PhoneNumber(e164=base.e164, extension=extension)
    for written in (str(number), number.international, number.rfc3966):
        assert PhoneNumber.parse(written) == number
    if region is not None:
        assert PhoneNumber.parse(number.national, region) == number


@pytest.mark.parametrize("extension", [None, "5"])
def test_every_example_number_parses_back_from_every_format(
    extension: str | None,
) -> None:
    # Exhaustive, not sampled: each region formats numbers its own way.
    failures = []
    for region, base in EXAMPLES:
        number = PhoneNumber(e164=base.e164, extension=extension)
        written = [str(number), number.international, number.rfc3966]
        attempts: list[tuple[str, str | None]] = [(text, None) for text in written]
        if region is not None:
            attempts.append((number.national, region))
        for text, hint in attempts:
            try:
                again = PhoneNumber.parse(text, hint)
            except ValidationError as exc:
                failures.append(f"{region}: {text!r}: {exc}")
                continue
            if again != number:
                failures.append(f"{region}: {text!r} read as {again}")
    assert failures == []


@given(st.sampled_from(EXAMPLES))
def test_example_numbers_are_valid_for_their_own_region(
    example: tuple[str | None, PhoneNumber],
) -> None:
    region, number = example
    assert number.is_valid
    if region is not None:
        # With a shared calling code (+1, +358, +7, ...) the region must be
        # checked with that region in mind, not inferred from the code.
        assert number.is_valid_for(region)
        assert region in phonenumbers.region_codes_for_country_code(number.country_code)


@given(phone_numbers(valid=None))
def test_canonical_form_is_a_fixed_point(number: PhoneNumber) -> None:
    again = PhoneNumber.parse(str(number))
    assert again == number
    assert str(again) == str(number)
    assert hash(again) == hash(number)


@given(phone_numbers(valid=False, extensions=False))
def test_possible_but_not_valid_numbers_are_representable(number: PhoneNumber) -> None:
    assert not number.is_valid
    assert PhoneNumber(e164=number.e164) == number


def test_example_pools_cover_regions_and_shared_codes() -> None:
    regions = {region for region, _ in EXAMPLES}
    assert {"US", "CA", "AG", "FI", "AX", "RU", "KZ", "VN", "KH", None} <= regions
    assert len(example_numbers(valid=False)) > 20


def test_concurrent_first_use_matches_sequential() -> None:
    # Metadata loads lazily. The inputs are made here, so that in the fresh
    # child interpreter the threads are the first to touch any region.
    texts = [str(number) for _, number in EXAMPLES]
    script = textwrap.dedent(
        """
        import sys, threading
        from pressrelease import PhoneNumber
        texts = sys.stdin.read().split()
        def describe(t):
            n = PhoneNumber.parse(t)
            return (str(n), n.is_valid, n.region, n.international, n.number_type)
        results = {}
        def work(i):
            for t in texts[i::8]:
                results[t] = describe(t)
        threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
        for t in threads: t.start()
        for t in threads: t.join()
        sequential = {t: describe(t) for t in texts}
        assert results == sequential, "threads disagree with sequential parsing"
        assert all(valid for _, valid, *_ in results.values())
        print(len(results))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=child_env(),
        input="\n".join(texts),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == len(set(texts))
