"""check(): what is legal but doubtful, reported without raising."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given

from pressrelease import (
    Contact,
    Dateline,
    Finding,
    Organisation,
    Participant,
    Phone,
    PostalAddress,
    Quote,
    Release,
    Severity,
    check,
)
from pressrelease.strategies import contacts, releases


def codes(findings: tuple[Finding, ...]) -> list[tuple[str, str]]:
    return [(f.path, f.code) for f in findings]


def test_valid_contact_has_no_findings() -> None:
    contact = Contact(name="A", phones=("+66 2 288 1746",), country="TH")
    assert check(contact) == ()


def test_number_not_valid_today_is_a_warning() -> None:
    (finding,) = check(Contact(name="A", phones=("+84 43 942 6511",), country="VN"))
    assert finding.path == "$.phones[0]"
    assert finding.code == "phone.not_valid"
    assert finding.severity is Severity.WARNING
    assert "not valid under the current numbering plan" in finding.message


def test_phone_country_differs_from_contact_country() -> None:
    contact = Contact(
        name="A", phones=("+66 2 288 1746", "+855 23 211 240"), country="KH"
    )
    assert codes(check(contact)) == [("$.phones[0]", "phone.country_mismatch")]
    assert "a number of TH, but the stated country is KH" in check(contact)[0].message


def test_no_country_no_mismatch() -> None:
    assert check(Contact(name="A", phones=("+66 2 288 1746",))) == ()


def test_unreachable_contact() -> None:
    assert codes(check(Contact(name="A"))) == [("$", "contact.unreachable")]


def _release(**changes: object) -> Release:
    fields: dict[str, object] = {
        "id": "r",
        "headline": "H",
        "language": "en",
        "dateline": Dateline(place="P", date=datetime.date(2009, 6, 19)),
        "issuer": Organisation(
            id="uniap",
            name="UNIAP",
            kind="un_body",
            address=PostalAddress(locality="Bangkok", country="TH"),
            phones=("+66 2 288 2213", Phone(number="+855 23 211 240", kind="fax")),
        ),
        "body": ('"Said it," she says.',),
        "participants": (Participant(id="p", name="N"),),
    }
    fields.update(changes)
    return Release(**fields)  # type: ignore[arg-type]


def test_organisation_numbers_are_checked_against_its_country() -> None:
    assert codes(check(_release())) == [
        ("$.issuer.phones[1]", "phone.country_mismatch")
    ]


def test_quote_must_appear_in_its_paragraph() -> None:
    release = _release(
        quotes=(
            Quote(text="Said it,", speaker="p", paragraph=0),
            Quote(text="Never said", speaker="p", paragraph=0),
            Quote(text="Never said anywhere", speaker="p"),
        )
    )
    assert codes(check(release))[1:] == [
        ("$.quotes[1].text", "quote.not_in_body"),
        ("$.quotes[2].text", "quote.not_in_body"),
    ]


def test_check_takes_only_releases_and_contacts() -> None:
    with pytest.raises(TypeError):
        check("a release")  # type: ignore[arg-type]


@given(releases())
def test_check_never_raises_and_paths_point_into_the_document(release: Release) -> None:
    for finding in check(release):
        assert finding.path.startswith("$.")
        # check() reports doubts, never errors: the object is valid.
        assert finding.severity is not Severity.ERROR


@given(contacts())
def test_check_is_deterministic(contact: Contact) -> None:
    assert check(contact) == check(contact)
