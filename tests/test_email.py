"""EmailAddress: syntax only, no network, nothing silently lost."""

from __future__ import annotations

import attrs
import email_validator
import pytest
from hypothesis import given

from pressrelease import EmailAddress, ValidationError
from pressrelease.strategies import email_addresses


def code_of(text: str) -> str:
    with pytest.raises(ValidationError) as exc:
        EmailAddress.parse(text)
    (problem,) = exc.value.problems
    return problem.code


def test_domain_is_normalised_and_local_part_case_kept() -> None:
    address = EmailAddress.parse("Dominique.Larsimont@UNDP.org")
    assert address.normalized == "Dominique.Larsimont@undp.org"
    assert address.local_part == "Dominique.Larsimont"
    assert address.domain == "undp.org"
    assert str(address) == "Dominique.Larsimont@undp.org"


def test_local_part_case_makes_a_different_address() -> None:
    assert EmailAddress.parse("A@x.org") != EmailAddress.parse("a@x.org")
    assert EmailAddress.parse("a@X.ORG") == EmailAddress.parse("a@x.org")


def test_internationalised_domain_has_an_ascii_form() -> None:
    address = EmailAddress.parse("x@Bücher.example")
    assert address.normalized == "x@bücher.example"
    assert address.ascii_email == "x@xn--bcher-kva.example"
    assert address.ascii_domain == "xn--bcher-kva.example"


def test_internationalised_local_part_has_no_ascii_form() -> None:
    address = EmailAddress.parse("用户@例子.广告")
    assert address.normalized == "用户@例子.广告"
    assert address.ascii_email is None


def test_display_name_is_rejected_not_dropped() -> None:
    with pytest.raises(ValidationError) as exc:
        EmailAddress.parse("Jane Doe <jane@example.org>")
    (problem,) = exc.value.problems
    assert problem.code == "email.display_name"
    assert "give the name separately" in problem.message


@pytest.mark.parametrize(
    "text", ["a@b.test", "a@b.invalid", "a@localhost", "a@printer.local", "a@x.onion"]
)
def test_special_use_domains_are_rejected(text: str) -> None:
    assert code_of(text) == "email.invalid"


@pytest.mark.parametrize(
    "text", ["", "plainaddress", "a..b@x.org", "a@", "@x.org", "a@x..org", "a b@x.org"]
)
def test_malformed_addresses_are_rejected(text: str) -> None:
    assert code_of(text) == "email.invalid"


def test_length_limits() -> None:
    assert code_of("a" * 65 + "@x.org") == "email.invalid"  # local part > 64
    assert code_of("a@" + "b" * 1100 + ".org") == "email.too_long"


def test_not_a_string() -> None:
    assert code_of(None) == "type"  # type: ignore[arg-type]


def test_deliverability_is_never_checked_unless_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[object] = []
    real = email_validator.validate_email

    def spy(text: str, **kwargs: object) -> object:
        seen.append(kwargs.get("check_deliverability"))
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(email_validator, "validate_email", spy)
    EmailAddress.parse("someone@undp.org")
    assert seen == [False]


def test_constructor_requires_the_normalised_form() -> None:
    assert EmailAddress(normalized="a@x.org") == EmailAddress.parse("a@X.org")
    with pytest.raises(ValidationError) as exc:
        EmailAddress(normalized="a@X.org")
    assert exc.value.problems[0].code == "email.not_normalized"


def test_immutable() -> None:
    address = EmailAddress.parse("a@x.org")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        address.normalized = "b@x.org"  # type: ignore[misc]


@given(email_addresses())
def test_parsing_the_normalised_form_is_idempotent(address: EmailAddress) -> None:
    again = EmailAddress.parse(str(address))
    assert again == address
    assert again.normalized == address.normalized
    assert again.ascii_email == address.ascii_email
    assert hash(again) == hash(address)


@given(email_addresses())
def test_ascii_form_is_ascii_when_present(address: EmailAddress) -> None:
    if address.ascii_email is not None:
        assert address.ascii_email.isascii()
        assert (
            EmailAddress.parse(address.ascii_email).ascii_email == address.ascii_email
        )
