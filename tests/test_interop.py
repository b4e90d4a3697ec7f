"""Exports as real consumers read them: ninjs dates across time zones,
pyld (JSON-LD), jsonschema-rs (JSON Schema) and vobject (vCard)."""

from __future__ import annotations

import datetime
import functools
import json
from typing import Any

import attrs
import jsonschema_rs
import pytest
import vobject  # type: ignore[import-untyped]
from hypothesis import given
from hypothesis import strategies as st
from pyld import jsonld  # type: ignore[import-untyped]

from pressrelease import Contact, Release, ValidationError, from_json, to_dict
from pressrelease import strategies as prs
from pressrelease.formats.jsonld import to_jsonld
from pressrelease.formats.ninjs import to_ninjs
from pressrelease.formats.schema import json_schema
from pressrelease.formats.vcard import from_vcard, to_vcard

from .helpers import DATA, EXAMPLES, contact_of_every_kind, seed_release

# -- ninjs: a date-only dateline is the same calendar date from UTC-11 to UTC+11 --


@given(prs.releases(), st.integers(min_value=-11 * 60, max_value=11 * 60))
def test_ninjs_date_is_the_same_day_in_every_offset(
    release: Release, minutes: int
) -> None:
    document = to_ninjs(release)
    for key in ("versionCreated", "contentCreated"):
        moment = datetime.datetime.fromisoformat(document[key])
        zone = datetime.timezone(datetime.timedelta(minutes=minutes))
        assert moment.astimezone(zone).date() == release.dateline.date


def test_ninjs_date_at_the_edges() -> None:
    release = attrs.evolve(
        seed_release(),
        dateline=attrs.evolve(seed_release().dateline, date=datetime.date(2024, 1, 1)),
    )
    moment = datetime.datetime.fromisoformat(to_ninjs(release)["versionCreated"])
    for hours in (-11, -5, 0, 7, 11):
        zone = datetime.timezone(datetime.timedelta(hours=hours))
        assert moment.astimezone(zone).date() == datetime.date(2024, 1, 1)
    # Midnight UTC, the old choice, would have been 31 December in New York.
    west = datetime.timezone(datetime.timedelta(hours=-5))
    midnight = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    assert midnight.astimezone(west).date() != datetime.date(2024, 1, 1)


# -- JSON-LD with pyld, offline ---------------------------------------------------

SCHEMA_ORG = "https://schema.org"
CONTEXT = json.loads(
    (DATA / "jsonld" / "schema.org.context.jsonld").read_text(encoding="utf-8")
)


def _loader(url: str, options: dict[str, Any]) -> dict[str, Any]:
    """Serves schema.org's context from tests/data; refuses everything else."""
    if url.rstrip("/") not in (SCHEMA_ORG, "http://schema.org"):
        raise AssertionError(f"pyld tried to load {url}")
    return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}


def _triples(document: dict[str, Any], base: str | None = None) -> list[str]:
    options: dict[str, Any] = {
        "documentLoader": _loader,
        "format": "application/n-quads",
    }
    if base is not None:
        options["base"] = base
    text: str = jsonld.to_rdf(document, options)
    return [line for line in text.splitlines() if line]


@pytest.mark.parametrize("base_url", [None, "https://example.org/news/uniap-2009"])
def test_pyld_gives_the_same_triples_with_and_without_a_base(
    base_url: str | None,
) -> None:
    document = to_jsonld(seed_release(), base_url=base_url)
    expanded = jsonld.expand(document, {"documentLoader": _loader})
    assert expanded[0]["@id"] == base_url or (
        base_url is None and expanded[0]["@id"].startswith("urn:pressrelease:")
    )
    without = _triples(document)
    with_base = _triples(document, base="https://elsewhere.example/page")
    assert len(without) == len(with_base)
    assert sorted(without) == sorted(with_base)  # no id depended on the base
    predicates = {line.split(" ")[1] for line in without}
    for term in ("publisher", "author", "mentions", "contactPoint", "nationality"):
        assert f"<https://schema.org/{term}>" in predicates, term
    # Every quotation's creator is a node of the document, not a dangling id.
    subjects = {line.split(" ")[0] for line in without}
    creators = {
        line.split(" ")[2] for line in without if "<https://schema.org/creator>" in line
    }
    assert creators
    assert creators <= subjects


def test_pyld_reads_author_and_countries() -> None:
    document = to_jsonld(seed_release())
    framed = jsonld.expand(document, {"documentLoader": _loader})[0]
    author = framed["https://schema.org/author"][0]
    publisher = framed["https://schema.org/publisher"][0]
    assert author["@id"] == publisher["@id"]
    assert author["https://schema.org/url"] == [
        {"@id": "http://www.no-trafficking.org"}
    ]
    coverage = framed["https://schema.org/spatialCoverage"]
    names = {c["https://schema.org/name"][0]["@value"] for c in coverage}
    assert "Thailand" in names


@pytest.mark.parametrize(
    "base_url",
    [
        "",
        "example.org/x",
        "ftp://example.org/x",
        "https://e.org/x#y",
        "https://e.org/a b",
    ],
)
def test_a_bad_base_url_is_refused(base_url: str) -> None:
    with pytest.raises(ValidationError) as exc:
        to_jsonld(seed_release(), base_url=base_url)
    assert exc.value.problems[0].code == "jsonld.base_url"


# -- JSON Schema with jsonschema-rs -------------------------------------------------


@functools.cache
def rs_schema() -> Any:
    """The schema compiled by jsonschema-rs (fails the test if it cannot be)."""
    return jsonschema_rs.validator_for(json_schema())


def _patterns(value: Any) -> list[str]:
    if isinstance(value, dict):
        found = [value["pattern"]] if isinstance(value.get("pattern"), str) else []
        return found + [p for v in value.values() for p in _patterns(v)]
    if isinstance(value, list):
        return [p for v in value for p in _patterns(v)]
    return []


def test_jsonschema_rs_compiles_the_schema_and_validates_the_example() -> None:
    rs_schema().validate(
        json.loads((EXAMPLES / "uniap_2009.json").read_text(encoding="utf-8"))
    )
    contact_schema = jsonschema_rs.validator_for(
        {**json_schema(), "$ref": "#/$defs/Contact"}
    )
    lines = (EXAMPLES / "contacts.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        if not contact_schema.is_valid(json.loads(line)):
            # What the schema rejects, the library rejects too.
            with pytest.raises(ValidationError):
                from_json(line, Contact)


@given(prs.releases())
def test_jsonschema_rs_accepts_every_release(release: Release) -> None:
    rs_schema().validate(to_dict(release))


def test_schema_patterns_have_no_lone_surrogates() -> None:
    patterns = _patterns(json_schema())
    assert patterns
    for pattern in patterns:
        assert "\\ud8" not in pattern.lower()
        assert "\\udf" not in pattern.lower()
        assert not any(0xD800 <= ord(c) <= 0xDFFF for c in pattern)
    assert "lone surrogate" in json_schema()["description"]


def test_schema_keywords_for_one_type_come_with_the_type() -> None:
    # ajv's strict mode warns about minItems (or minLength, ...) without "type".
    keywords = {
        "minItems": "array",
        "maxItems": "array",
        "items": "array",
        "minLength": "string",
        "maxLength": "string",
        "pattern": "string",
        "properties": "object",
        "required": "object",
    }

    def walk(value: Any, in_combinator: bool) -> None:
        if isinstance(value, dict):
            for keyword, wanted in keywords.items():
                if keyword in value and not in_combinator:
                    assert value.get("type") == wanted, (keyword, value)
            for key, child in value.items():
                walk(child, key in ("anyOf", "oneOf", "allOf"))
        elif isinstance(value, list):
            for child in value:
                walk(child, in_combinator)

    walk(json_schema()["$defs"], False)


# -- vCard with vobject ---------------------------------------------------------------


def test_vobject_reads_our_vcards_and_we_read_what_it_writes_back() -> None:
    release = seed_release()
    text = to_vcard(release.contacts, release)
    cards = list(vobject.readComponents(text))
    assert len(cards) == len(release.contacts)
    for card, contact in zip(cards, release.contacts, strict=True):
        assert card.fn.value == contact.name
        assert card.email.value == str(contact.email)
        assert card.n.value.prefix == contact.honorific
        tels = [t.value for t in card.contents["tel"]]
        assert tels == [p.number.rfc3966 for p in contact.phones]
    written = "".join(card.serialize() for card in cards)
    back = from_vcard(written, release)
    assert back.contacts == release.contacts
    # What vobject adds (nothing the model lacks) is reported, never silent.
    assert all(f.code != "vcard.value" for f in back.findings)


def test_vobject_round_trip_keeps_kinds_labels_emails_and_role() -> None:
    contact = contact_of_every_kind()
    (card,) = vobject.readComponents(to_vcard([contact]))
    assert [t.params["TYPE"] for t in card.contents["tel"]] == [
        ["work", kind] for kind in ("voice", "cell", "fax", "pager", "text")
    ]
    result = from_vcard(card.serialize())
    assert result.contacts == (contact,)
    assert result.findings == ()


@given(st.lists(prs.contacts(), min_size=1, max_size=3))
def test_vobject_round_trip_of_any_contacts(contacts: list[Contact]) -> None:
    contacts = [attrs.evolve(c, organisation=None) for c in contacts]
    written = "".join(
        card.serialize() for card in vobject.readComponents(to_vcard(contacts))
    )
    assert from_vcard(written).contacts == tuple(contacts)
