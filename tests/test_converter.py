"""JSON: the shape, lossless round trips, and every problem with its path."""

from __future__ import annotations

import json
from typing import Any

import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressrelease import (
    SCHEMA_VERSION,
    Contact,
    Dateline,
    Organisation,
    Participant,
    PostalAddress,
    Quote,
    Release,
    ValidationError,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from pressrelease import strategies as prs

from .helpers import seed_json


@pytest.fixture
def seed() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(seed_json())
    return data


def problems_of(data: object, cls: type[Any] | None = None) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as exc:
        from_dict(data, cls)
    return [(p.path, p.code) for p in exc.value.problems]


def test_seed_round_trips_exactly() -> None:
    release = from_json(seed_json())
    assert to_json(release) == seed_json()
    assert from_json(to_json(release)) == release


def test_document_shape(seed: dict[str, Any]) -> None:
    assert next(iter(seed)) == "schema_version"
    assert seed["schema_version"] == SCHEMA_VERSION == 2
    assert seed["dateline"] == {
        "place": "Ayutthaya",
        "country": "TH",
        "date": "2009-06-19",
    }
    khmer = seed["contacts"][6]
    voice = {"kind": "voice", "label": None}
    assert khmer["phones"] == [{"number": "+85523211240;ext=334", **voice}]
    assert khmer["emails"] == ["vichheka.huot@undp.org"]
    assert seed["issuer"]["phones"] == [
        {"number": "+6622882213", **voice},
        {"number": "+6622800268", "kind": "fax", "label": None},
    ]
    assert [p["number"] for p in seed["contacts"][5]["phones"]] == [
        "+951254852",
        "+951254853",
    ]


def test_every_key_is_written_even_when_empty() -> None:
    assert to_dict(Contact(name="A")) == {
        "name": "A",
        "honorific": None,
        "title": None,
        "organisation": None,
        "role": None,
        "language": None,
        "emails": [],
        "phones": [],
        "country": None,
    }


def test_optional_keys_may_be_left_out() -> None:
    assert from_dict({"name": "A"}, Contact) == Contact(name="A")


def test_extension_survives_a_json_round_trip() -> None:
    release = from_json(seed_json())
    khmer = from_json(to_json(release)).contacts[6]
    assert khmer.phones[0].number.extension == "334"
    assert khmer.phones[0].number.rfc3966 == "tel:+855-23-211-240;ext=334"


def test_non_ascii_is_written_as_is() -> None:
    text = to_json(Contact(name="Nguyễn Thị Cẩm Thủy", emails=("用户@例子.广告",)))
    assert "Nguyễn Thị Cẩm Thủy" in text
    assert "用户@例子.广告" in text
    assert "\\u" not in text


def test_compact_output_for_json_lines() -> None:
    line = to_json(Contact(name="A", language="km"), indent=None)
    assert "\n" not in line
    assert from_json(line, Contact) == Contact(name="A", language="km")


def test_deep_paths(seed: dict[str, Any]) -> None:
    seed["contacts"][4]["phones"][0] = "+95 1 254 852/3"
    seed["contacts"][2]["emails"] = ["Jane Doe <jane@example.org>"]
    seed["organisations"][3]["address"] = {"locality": "Bangkok", "floor": 7}
    seed["quotes"][1]["speaker"] = 12
    assert problems_of(seed) == [
        ("$.organisations[3].address.floor", "unknown_key"),
        ("$.quotes[1].speaker", "type"),
        ("$.contacts[2].emails[0]", "email.display_name"),
        ("$.contacts[4].phones[0]", "phone.range"),
    ]


def test_malformed_document_lists_every_problem(seed: dict[str, Any]) -> None:
    del seed["headline"]
    seed["language"] = "english"
    seed["dateline"]["date"] = "19th June 2009"
    seed["body"] = "one paragraph"
    seed["extra"] = True
    seed["contacts"][0]["phones"] = ["+1 650 ABC 0000", 5]
    seed["contacts"][1]["name"] = ""
    assert problems_of(seed) == [
        ("$.headline", "missing"),
        ("$.language", "language.unknown"),
        ("$.dateline.date", "date.invalid"),
        ("$.body", "type"),
        ("$.contacts[0].phones[0]", "phone.letters"),
        ("$.contacts[0].phones[1]", "type"),
        ("$.contacts[1].name", "empty"),
        ("$.extra", "unknown_key"),
    ]


def test_references_are_checked_on_load(seed: dict[str, Any]) -> None:
    seed["quotes"][0]["speaker"] = "nobody"
    seed["contacts"][0]["organisation"] = "undp"
    assert problems_of(seed) == [
        ("$.quotes[0].speaker", "reference.unknown"),
        ("$.contacts[0].organisation", "reference.unknown"),
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # cattrs would turn 3 into "3" for a str field.
        ({"name": 3}, [("$.name", "type")]),
        # ... and a string into a tuple of characters.
        ({"name": "A", "phones": "abc"}, [("$.phones", "type")]),
        ({"name": "A", "phones": {"0": "+66 2 288 1746"}}, [("$.phones", "type")]),
        ({"name": True}, [("$.name", "type")]),
        ({"name": None}, [("$.name", "type")]),
        ({"name": ["A"]}, [("$.name", "type")]),
        ("A", [("$", "type")]),
        ([], [("$", "type")]),
        (None, [("$", "type")]),
        ({}, [("$.name", "missing")]),
        ({"name": "A", 7: "x"}, [('$["7"]', "unknown_key")]),
        ({"name": "A", "a b": 1}, [('$["a b"]', "unknown_key")]),
    ],
)
def test_no_silent_coercion(data: object, expected: list[tuple[str, str]]) -> None:
    assert problems_of(data, Contact) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"text": "x", "speaker": "p", "paragraph": "1"}, [("$.paragraph", "type")]),
        ({"text": "x", "speaker": "p", "paragraph": True}, [("$.paragraph", "type")]),
        ({"text": "x", "speaker": "p", "paragraph": 1.0}, [("$.paragraph", "type")]),
        ({"text": "x", "speaker": "p", "paragraph": -1}, [("$.paragraph", "type")]),
    ],
)
def test_integers_are_integers(data: object, expected: list[tuple[str, str]]) -> None:
    assert problems_of(data, Quote) == expected


@pytest.mark.parametrize(
    "version", [None, 3, "1", 1.0, True], ids=["missing", "3", "str", "float", "bool"]
)
def test_schema_version_is_required_and_checked(
    seed: dict[str, Any], version: object
) -> None:
    if version is None:
        del seed["schema_version"]
    else:
        seed["schema_version"] = version
    assert problems_of(seed) == [("$.schema_version", "schema_version")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (b"\xff\xfe{}", "json.encoding"),
        ('{"name": NaN}', "json.syntax"),
        ('{"name": Infinity}', "json.syntax"),
        ('{"name": "A", "name": "B"}', "json.duplicate_key"),
        ('{"name": "A",}', "json.syntax"),
        ("", "json.syntax"),
        ("[" * 100_000 + "]" * 100_000, "json.too_deep"),
        ('{"n": ' + "9" * 5000 + "}", "json.syntax"),
    ],
    ids=["utf8", "nan", "inf", "dup", "trailing-comma", "empty", "deep", "bigint"],
)
def test_json_edge_cases(text: str | bytes, code: str) -> None:
    with pytest.raises(ValidationError) as exc:
        from_json(text, Contact)
    assert [p.code for p in exc.value.problems] == [code]


def test_bom_and_bytes_are_accepted() -> None:
    text = to_json(Contact(name="A"))
    assert from_json(("\ufeff" + text).encode("utf-8"), Contact) == Contact(name="A")
    assert from_json(text.encode("utf-8"), Contact) == Contact(name="A")


def test_strict_load_turns_findings_into_errors() -> None:
    from_json(seed_json())  # lenient: loads, the old number is a finding
    with pytest.raises(ValidationError) as exc:
        from_json(seed_json(), strict=True)
    assert [(p.path, p.code) for p in exc.value.problems] == [
        ("$.contacts[4].phones[0]", "phone.not_valid")
    ]


def test_strict_contact() -> None:
    line = '{"name": "A", "phones": ["+66 2 288 1746"], "country": "KH"}'
    assert from_json(line, Contact).country == "KH"
    with pytest.raises(ValidationError) as exc:
        from_json(line, Contact, strict=True)
    assert exc.value.problems[0].code == "phone.country_mismatch"


def test_programming_errors_stay_type_errors() -> None:
    with pytest.raises(TypeError):
        from_dict({}, dict)  # type: ignore[type-var]
    with pytest.raises(TypeError):
        to_dict({"name": "A"})  # type: ignore[arg-type]


MODEL_STRATEGIES: list[st.SearchStrategy[Any]] = [
    prs.releases(),
    prs.contacts(),
    prs.organisations(),
    prs.participants(),
    prs.quotes(),
    prs.datelines(),
    prs.postal_addresses(),
]


@given(st.one_of(MODEL_STRATEGIES))
def test_round_trip_is_lossless_for_every_model_class(obj: Any) -> None:
    text = to_json(obj)
    again = from_json(text, type(obj))
    assert again == obj
    assert to_json(again) == text
    assert from_dict(to_dict(obj), type(obj)) == obj


@given(prs.releases())
def test_release_round_trip(release: Release) -> None:
    text = to_json(release)
    assert from_json(text) == release
    assert to_json(from_json(text)) == text
    data = to_dict(release)
    assert json.loads(json.dumps(data)) == data  # plain JSON types only
    assert json.loads(text) == data


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=20,
)
CLASSES = [Release, Contact, Organisation, Participant, Quote, Dateline, PostalAddress]


def problems_or_none(data: str | bytes, cls: type[Any]) -> tuple[Any, ...] | None:
    """The problems from loading *data*, or None when it loads.

    Any exception other than ValidationError propagates and fails the test.
    """
    try:
        from_json(data, cls)
    except ValidationError as exc:
        return exc.problems
    return None


@given(JSON, st.sampled_from(CLASSES))
def test_arbitrary_json_raises_only_validation_error(
    data: object, cls: type[Any]
) -> None:
    found = problems_or_none(json.dumps(data), cls)
    assert found is None or all(p.path.startswith("$") for p in found)


@given(st.binary(max_size=200) | st.text(max_size=200))
def test_arbitrary_bytes_raise_only_validation_error(data: bytes | str) -> None:
    found = problems_or_none(data, Contact)
    assert found is None or all(
        p.path.startswith("$") and p.code and p.message for p in found
    )


FIELDS_WITH_CHECKS = {
    "name": ("", "empty"),
    "language": ("english", "language.unknown"),
    "role": ("press", "choice"),
    "country": ("ZZ", "country.unknown"),
    "organisation": ("no spaces allowed", "id.malformed"),
}


@given(
    prs.releases(min_contacts=1),
    st.data(),
    st.sampled_from(sorted(FIELDS_WITH_CHECKS)),
)
def test_an_invalid_contact_field_is_reported_at_its_path(
    release: Release, data: st.DataObject, field: str
) -> None:
    index = data.draw(st.integers(0, len(release.contacts) - 1))
    document = to_dict(release)
    bad, code = FIELDS_WITH_CHECKS[field]
    document["contacts"][index][field] = bad
    assert (f"$.contacts[{index}].{field}", code) in problems_of(document)


@given(prs.releases(min_contacts=1), st.data())
def test_an_invalid_phone_is_reported_at_its_path(
    release: Release, data: st.DataObject
) -> None:
    index = data.draw(st.integers(0, len(release.contacts) - 1))
    document = to_dict(release)
    phones = document["contacts"][index]["phones"]
    position = data.draw(st.integers(0, len(phones)))
    phones.insert(position, "+95 1 254 852/3")
    assert problems_of(document) == [
        (f"$.contacts[{index}].phones[{position}]", "phone.range")
    ]


@given(prs.releases(), st.data())
def test_unknown_keys_are_rejected_at_any_depth(
    release: Release, data: st.DataObject
) -> None:
    document = to_dict(release)
    # Pick any object in the document and add a key it does not have.
    objects: list[tuple[str, dict[str, Any]]] = []

    def walk(path: str, value: object) -> None:
        if isinstance(value, dict):
            objects.append((path, value))
            for key, child in value.items():
                walk(f"{path}.{key}", child)
        elif isinstance(value, list):
            for i, child in enumerate(value):
                walk(f"{path}[{i}]", child)

    walk("$", document)
    path, target = data.draw(st.sampled_from(objects))
    target["zz_unknown"] = 1
    assert problems_of(document) == [(f"{path}.zz_unknown", "unknown_key")]


def test_cattrs_errors_never_escape(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValidationError):
        from_dict({"name": "A", "phones": [object()]}, Contact)
    assert issubclass(ValidationError, ValueError)
    assert not issubclass(ValidationError, cattrs.BaseValidationError)


def test_organisation_and_participant_round_trip_directly() -> None:
    org = Organisation(
        id="dsi",
        name="Department of Special Investigation",
        acronym="DSI",
        kind="government_agency",
        country="TH",
        parent="moj-th",
        address=PostalAddress(street=("Line",), locality="Bangkok"),
    )
    assert from_json(to_json(org), Organisation) == org
    person = Participant(id="cn", description="a Chinese Government official")
    assert from_json(to_json(person), Participant) == person
