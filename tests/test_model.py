"""The model classes built directly in Python: validation, references, lookups."""

from __future__ import annotations

import copy
import datetime
import pickle
import unicodedata
from typing import Any

import attrs
import pytest
from hypothesis import given

from pressrelease import (
    Contact,
    Dateline,
    Organisation,
    OrganisationKind,
    Participant,
    Phone,
    PhoneKind,
    PhoneNumber,
    PostalAddress,
    Quote,
    Release,
    ValidationError,
)
from pressrelease.strategies import releases

DATELINE = Dateline(place="Ayutthaya", country="TH", date=datetime.date(2009, 6, 19))
UNIAP = Organisation(id="uniap", name="UNIAP", kind="un_body")


def release(**changes: Any) -> Release:
    fields: dict[str, Any] = {
        "id": "r1",
        "headline": "Headline",
        "language": "en",
        "dateline": DATELINE,
        "issuer": UNIAP,
        "body": ("One.", '"Quoted," she says.'),
        "participants": (Participant(id="p1", name="Nant Aye Aye Kyi"),),
        "quotes": (Quote(text="Quoted,", speaker="p1", paragraph=1),),
    }
    fields.update(changes)
    return Release(**fields)


def problems(exc: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    return [(p.path, p.code) for p in exc.value.problems]


def test_contact_accepts_plain_strings_for_phones_and_email() -> None:
    contact = Contact(
        name="Huot Vichheka",
        emails=["vichheka.huot@undp.org"],
        phones=["+855 23 211 240 ext.334"],  # a list is accepted, a tuple is kept
        country="kh",
    )
    number = PhoneNumber.parse("+85523211240;ext=334")
    assert contact.phones == (Phone(number=number, kind=PhoneKind.VOICE),)
    assert isinstance(contact.phones, tuple)
    assert contact.country == "KH"
    assert str(contact.email) == "vichheka.huot@undp.org"


def test_every_bad_field_is_reported_with_its_path() -> None:
    with pytest.raises(ValidationError) as exc:
        Contact(
            name="",
            language="english",
            emails=("not an email",),
            phones=("+66 2 288 1746", "+95 1 254 852/3", "+1 650 ABC 0000"),
            country="XX",
        )
    assert problems(exc) == [
        ("$.name", "empty"),
        ("$.language", "language.unknown"),
        ("$.emails[0]", "email.invalid"),
        ("$.phones[1]", "phone.range"),
        ("$.phones[2]", "phone.letters"),
        ("$.country", "country.unknown"),
    ]


def test_nested_problem_paths() -> None:
    with pytest.raises(ValidationError) as exc:
        Organisation(
            id="x y",
            name="N",
            kind="club",
            address=PostalAddress(locality="Bangkok"),
            phones=["+66 2 280"],
            website="www.no-trafficking.org",
        )
    assert problems(exc) == [
        ("$.id", "id.malformed"),
        ("$.kind", "choice"),
        ("$.website", "url.invalid"),
        ("$.phones[0]", "phone.too_short"),
    ]


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (" padded", "whitespace"),
        ("   ", "empty"),
        ("two\nlines", "control_character"),
        ("bidi \u202e override", "control_character"),
        ("nul \x00", "control_character"),
        (3, "type"),
        ("x" * 100_001, "too_long"),
    ],
)
def test_text_hygiene(value: object, code: str) -> None:
    with pytest.raises(ValidationError) as exc:
        Contact(name=value)  # type: ignore[arg-type]
    assert problems(exc) == [("$.name", code)]


def test_text_is_nfc_normalised_so_equal_names_compare_equal() -> None:
    composed = "Nguy\u1ec5n"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert Contact(name=decomposed) == Contact(name=composed)
    assert Contact(name=decomposed).name == composed


def test_a_string_is_not_taken_for_a_list() -> None:
    with pytest.raises(ValidationError) as exc:
        # mypy cannot catch this one: a str is itself a Sequence[str].
        Contact(name="A", phones="+66 2 288 1746")
    assert problems(exc) == [("$.phones", "type")]


def test_nested_objects_must_be_model_objects() -> None:
    with pytest.raises(ValidationError) as exc:
        release(contacts=({"name": "A"},), dateline="Ayutthaya")
    assert problems(exc) == [("$.dateline", "type"), ("$.contacts[0]", "type")]


def test_participant_needs_a_name_or_a_description() -> None:
    unnamed = Participant(id="cn", description="a Chinese Government official")
    assert unnamed.name is None
    assert unnamed.display_name == "a Chinese Government official"
    with pytest.raises(ValidationError) as exc:
        Participant(id="cn")
    assert problems(exc) == [("$.name", "participant.anonymous")]


def test_display_name_keeps_rank_and_honorific() -> None:
    person = Participant(
        id="huan",
        rank="Senior Lieutenant Colonel",
        honorific="Mr",
        name="Tran Dinh Huan",
    )
    assert person.display_name == "Senior Lieutenant Colonel Mr Tran Dinh Huan"


def test_address_needs_street_or_locality() -> None:
    with pytest.raises(ValidationError) as exc:
        PostalAddress(postal_code="10200")
    assert problems(exc) == [("$", "address.empty")]


def test_dateline_rejects_a_datetime() -> None:
    with pytest.raises(ValidationError) as exc:
        Dateline(place="X", date=datetime.datetime(2009, 6, 19))
    assert problems(exc) == [("$.date", "type")]


def test_release_checks_references() -> None:
    with pytest.raises(ValidationError) as exc:
        release(
            organisations=(
                Organisation(
                    id="dsi", name="DSI", kind="government_agency", parent="moj"
                ),
                Organisation(id="uniap", name="Duplicate", kind="un_body"),
            ),
            participants=(
                Participant(id="p1", name="A", organisation="nowhere"),
                Participant(id="p1", name="B"),
            ),
            quotes=(
                Quote(text="Quoted,", speaker="p2"),
                Quote(text="Quoted,", speaker="p1", paragraph=5),
            ),
            contacts=(Contact(name="C", organisation="unknown-org"),),
        )
    assert problems(exc) == [  # in document order
        ("$.organisations[1].id", "id.duplicate"),
        ("$.organisations[0].parent", "reference.unknown"),
        ("$.participants[1].id", "id.duplicate"),
        ("$.participants[0].organisation", "reference.unknown"),
        ("$.quotes[0].speaker", "reference.unknown"),
        ("$.quotes[1].paragraph", "reference.paragraph"),
        ("$.contacts[0].organisation", "reference.unknown"),
    ]
    message = exc.value.problems[4].message
    assert "'p2' is not the id of any participant" in message
    assert "'p1'" in message


def test_parent_cycles_are_rejected() -> None:
    with pytest.raises(ValidationError) as exc:
        release(
            organisations=(
                Organisation(id="a", name="A", kind="other", parent="b"),
                Organisation(id="b", name="B", kind="other", parent="a"),
            )
        )
    assert [code for _, code in problems(exc)] == ["reference.cycle"] * 2


def test_lookups() -> None:
    dsi = Organisation(id="dsi", name="DSI", kind="government_agency", parent="moj")
    moj = Organisation(id="moj", name="Ministry of Justice", kind="ministry")
    km = Contact(name="Huot Vichheka", language="km")
    zh = Contact(name="He Yuxiao", language="zh-CN")
    r = release(organisations=(dsi, moj), contacts=(km, zh))
    assert r.organisation("uniap") is UNIAP
    assert r.organisation("dsi") is dsi
    assert r.all_organisations == (UNIAP, dsi, moj)
    assert r.members_of("moj") == (dsi,)
    assert r.quotes_by("p1") == r.quotes
    assert r.quotes_by("nobody") == ()
    assert r.speaker(r.quotes[0]).name == "Nant Aye Aye Kyi"
    assert r.contacts_for("ZH") == (zh,)
    assert r.contacts_for("km") == (km,)
    with pytest.raises(KeyError):
        r.organisation("nowhere")
    with pytest.raises(KeyError):
        r.participant("nobody")


def test_kind_accepts_member_or_value() -> None:
    assert Organisation(id="a", name="A", kind=OrganisationKind.NGO).kind is (
        OrganisationKind.NGO
    )
    assert Organisation(id="a", name="A", kind="ngo").kind is OrganisationKind.NGO


def test_objects_are_frozen() -> None:
    r = release()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        r.headline = "Changed"  # type: ignore[misc]
    assert attrs.evolve(r, headline="Changed").headline == "Changed"


def test_evolve_validates_too() -> None:
    with pytest.raises(ValidationError):
        attrs.evolve(release(), language="english")


@given(releases())
def test_releases_are_hashable_picklable_and_copyable(r: Release) -> None:
    assert pickle.loads(pickle.dumps(r)) == r
    assert copy.deepcopy(r) == r
    assert copy.copy(r) == r
    assert hash(copy.deepcopy(r)) == hash(r)
