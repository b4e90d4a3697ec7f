"""Exports: JSON Schema, ninjs, JSON-LD, vCard and jCard."""

from __future__ import annotations

import itertools
import json
import re
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from referencing import Registry, Resource

from pressrelease import (
    Contact,
    ContactRole,
    Release,
    ValidationError,
    from_dict,
    to_dict,
)
from pressrelease import strategies as prs
from pressrelease.formats.jcard import to_jcard
from pressrelease.formats.jsonld import jsonld_script, to_jsonld
from pressrelease.formats.ninjs import NINJS_SCHEMA_ID, ninjs_extension_schema, to_ninjs
from pressrelease.formats.schema import json_schema
from pressrelease.formats.vcard import escape, from_vcard, to_vcard

from .helpers import (
    DATA,
    EXAMPLES,
    ROOT,
    contact_of_every_kind,
    load_example,
    seed_release,
)

NINJS_DIR = DATA / "ninjs"
FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER


def test_checked_in_exports_are_what_the_code_writes() -> None:
    made: dict[str, str] = load_example("make_exports").exports()
    folder = EXAMPLES / "exports"
    assert sorted(p.name for p in folder.iterdir()) == sorted(made)
    for name, text in made.items():
        assert (folder / name).read_bytes() == text.encode("utf-8"), name


# -- JSON Schema ------------------------------------------------------------------

SCHEMA = jsonschema.Draft202012Validator(json_schema(), format_checker=FORMATS)


def test_schema_is_a_valid_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())
    assert json_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_examples_validate_against_the_schema() -> None:
    SCHEMA.validate(
        json.loads((EXAMPLES / "uniap_2009.json").read_text(encoding="utf-8"))
    )


@given(prs.releases())
def test_every_release_validates_against_the_schema(release: Release) -> None:
    SCHEMA.validate(to_dict(release))


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*path, index))
    return found


MUTATIONS = st.sampled_from(
    [None, True, 7, 1.5, "", " padded ", "two\nlines", "x", [], {}, ["x"], {"k": 1}]
)


@given(prs.releases(), st.data())
def test_what_the_schema_rejects_from_json_rejects(
    release: Release, data: st.DataObject
) -> None:
    document = to_dict(release)
    path = data.draw(st.sampled_from(_paths(document)[1:]))
    *parent_path, last = path
    parent: Any = document
    for step in parent_path:
        parent = parent[step]
    action = data.draw(st.sampled_from(["replace", "delete", "add"]))
    if action == "replace":
        parent[last] = data.draw(MUTATIONS)
    elif action == "delete":
        del parent[last]
    elif isinstance(parent, dict):
        parent["zz_extra"] = data.draw(MUTATIONS)
    else:
        parent.append(data.draw(MUTATIONS))
    if not SCHEMA.is_valid(document):
        with pytest.raises(ValidationError):
            from_dict(document)


# -- ninjs ------------------------------------------------------------------------


_REGISTRY: list[Registry] = []


def _registry() -> Registry:
    """IPTC's ninjs 3.1 schema and the GeoJSON schema it refers to."""
    if not _REGISTRY:
        registry: Registry = Registry()
        for name in ("ninjs-schema_3.1.json", "GeoJSON-schema.json"):
            contents = json.loads((NINJS_DIR / name).read_text(encoding="utf-8"))
            resource = Resource.from_contents(contents)
            registry = registry.with_resource(contents["$id"].rstrip("#"), resource)
        _REGISTRY.append(registry)
    return _REGISTRY[0]


@pytest.fixture(scope="module")
def ninjs_registry() -> Registry:
    return _registry()


def official(registry: Registry) -> jsonschema.Draft202012Validator:
    schema = registry.contents(NINJS_SCHEMA_ID.rstrip("#"))
    return jsonschema.Draft202012Validator(
        schema, registry=registry, format_checker=FORMATS
    )


def extended(registry: Registry) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        ninjs_extension_schema(), registry=registry, format_checker=FORMATS
    )


def test_seed_ninjs_validates_against_the_official_schema(
    ninjs_registry: Registry,
) -> None:
    official(ninjs_registry).validate(to_ninjs(seed_release()))


def test_quotes_extension_validates_against_its_profile(
    ninjs_registry: Registry,
) -> None:
    document = to_ninjs(seed_release(), quotes=True)
    extended(ninjs_registry).validate(document)
    # The profile is ninjs plus 'quotes', not a loosening of ninjs.
    assert not official(ninjs_registry).is_valid(document)
    document["headlines"] = [{"text": "wrong key"}]
    assert not extended(ninjs_registry).is_valid(document)


@given(prs.releases())
def test_every_release_exports_valid_ninjs(release: Release) -> None:
    registry = _registry()
    official(registry).validate(to_ninjs(release))
    extended(registry).validate(to_ninjs(release, quotes=True))


def test_ninjs_content() -> None:
    document = to_ninjs(seed_release())
    assert document["headlines"] == [{"role": "main", "value": seed_release().headline}]
    assert document["language"] == "en"
    assert (
        document["versionCreated"]
        == document["contentCreated"]
        == "2009-06-19T12:00:00Z"
    )
    assert document["located"] == "Ayutthaya, Thailand"
    assert document["genres"][0]["name"] == "Press Release"
    assert document["infoSources"][0]["name"] == seed_release().issuer.name
    contacts = [p for p in document["people"] if p["rel"] == "mediaContact"]
    assert len(contacts) == 7
    khmer = contacts[6]
    assert khmer["name"] == "Mr. Huot Vichheka"
    assert {
        "type": "phone",
        "role": "work",
        "value": "tel:+855-23-211-240;ext=334",
        "lang": "km",
    } in khmer["contactInfo"]
    assert document["bodies"][0]["value"].split("\n\n") == list(seed_release().body)
    assert "quotes" not in document
    quotes = to_ninjs(seed_release(), quotes=True)["quotes"]
    assert len(quotes) == 9
    assert (
        quotes[0]["speaker"] == "a Chinese Government official attending the training"
    )


# -- JSON-LD ----------------------------------------------------------------------


def test_jsonld_content() -> None:
    document = to_jsonld(seed_release())
    assert document["@type"] == "NewsArticle"
    assert document["genre"] == "Press Release"
    assert document["dateline"] == "Ayutthaya, Thailand"
    assert document["datePublished"] == "2009-06-19"
    assert document["locationCreated"]["address"]["addressCountry"] == "TH"
    publisher = document["publisher"]
    assert publisher["telephone"] == "+66 2 288 2213"
    assert publisher["faxNumber"] == "+66 2 280 0268"
    assert publisher["url"] == "http://www.no-trafficking.org"
    assert publisher["address"]["postalCode"] == "10200"
    languages = [
        c["availableLanguage"]["alternateName"] for c in publisher["contactPoint"]
    ]
    assert languages == ["en", "zh", "lo", "th", "vi", "my", "km"]
    people = {m["@id"]: m for m in document["mentions"] if m["@type"] == "Person"}
    base = "urn:pressrelease:release:uniap-2009-06-19-mekong-regional-training"
    huan = people[f"{base}#person-tran-dinh-huan"]
    assert huan["honorificPrefix"] == "Senior Lieutenant Colonel Mr"
    assert huan["jobTitle"] == "Head"
    assert huan["affiliation"] == {"@id": f"{base}#org-ato-vn"}
    assert huan["nationality"] == {
        "@type": "Country",
        "name": "Vietnam",
        "identifier": "VN",
    }
    quotes = document["hasPart"]
    assert all(q["@type"] == "Quotation" for q in quotes)
    assert quotes[2]["creator"] == {"@id": f"{base}#person-chachvan-bunmee"}
    ids = {m["@id"] for m in document["mentions"]} | {publisher["@id"]}
    assert {q["creator"]["@id"] for q in quotes} <= ids


def test_jsonld_numbers_by_kind_under_absolute_ids() -> None:
    import attrs

    base = "https://example.org/news/uniap-2009"
    release = attrs.evolve(seed_release(), contacts=(contact_of_every_kind(),))
    document = to_jsonld(release, base_url=base)
    publisher = document["publisher"]
    assert document["@id"] == base
    assert publisher["@id"] == document["author"]["@id"] == f"{base}#org-uniap"
    assert all(m["@id"].startswith(f"{base}#") for m in document["mentions"])
    assert publisher["faxNumber"] == "+66 2 280 0268"
    (point,) = publisher["contactPoint"]
    assert point["telephone"] == ["+351 21 234 5678", "+351 912 345 678"]
    assert point["faxNumber"] == "+351 21 234 5679"
    assert point["email"] == [
        "press@example.pt",
        "ana@example.org",
        "ana.costa@example.com",
    ]
    # schema.org has no property for pagers or text-only numbers.
    assert "+351 21 234 5670" not in json.dumps(document)
    assert "+351 912 345 679" not in json.dumps(document)


@pytest.mark.parametrize(
    ("role", "words"),
    [
        (None, "media relations"),
        (ContactRole.MEDIA, "media relations"),
        (ContactRole.INVESTOR, "investor relations"),
        (ContactRole.GENERAL, "customer service"),
    ],
)
def test_jsonld_contact_type_follows_the_role(
    role: ContactRole | None, words: str
) -> None:
    import attrs

    contact = attrs.evolve(seed_release().contacts[0], role=role)
    release = attrs.evolve(seed_release(), contacts=(contact,))
    (point,) = to_jsonld(release)["publisher"]["contactPoint"]
    assert point["contactType"] == words


HOSTILE = st.sampled_from(
    ["</script><script>alert(1)</script>", "</SCRIPT >", "<!--", "a & b", "]]>"]
)


@given(prs.releases(), HOSTILE)
def test_jsonld_script_cannot_be_broken_out_of(release: Release, text: str) -> None:
    import attrs

    release = attrs.evolve(release, headline=f"x {text} y")
    script = jsonld_script(release)
    opening = '<script type="application/ld+json">\n'
    assert script.startswith(opening)
    assert script.endswith("\n</script>\n")
    inner = script[len(opening) : -len("\n</script>\n")]
    assert "<" not in inner
    assert ">" not in inner
    assert json.loads(inner) == to_jsonld(release)


# -- vCard and jCard ----------------------------------------------------------------


def test_seed_vcard() -> None:
    text = to_vcard(seed_release().contacts, seed_release())
    assert text.count("BEGIN:VCARD\r\n") == 7
    assert "TEL;VALUE=uri;TYPE=work,voice:tel:+855-23-211-240;ext=334\r\n" in text
    assert "N:;Huot Vichheka;;Mr.;\r\n" in text
    assert "ORG:United Nations Inter-Agency Project on Human Trafficking\r\n" in text
    assert "LANG:km\r\n" in text
    assert "ADR;TYPE=work:;;;;;;Cambodia\r\n" in text
    assert re.search(r"[^\r]\n", text) is None  # CRLF only
    assert from_vcard(text, seed_release()).contacts == seed_release().contacts


NASTY = st.sampled_from(
    ["Smith, Jane", "a;b", "back\\slash", "用户 名", "Ñandú", "x,;\\y"]
)


@given(st.lists(prs.contacts(), max_size=4), NASTY)
def test_vcard_round_trip(contacts: list[Contact], nasty: str) -> None:
    import attrs

    contacts = [
        attrs.evolve(c, name=f"{c.name} {nasty}", organisation=None) for c in contacts
    ]
    text = to_vcard(contacts)
    assert from_vcard(text).contacts == tuple(contacts)
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75


def test_vcard_round_trip_keeps_kinds_labels_emails_and_role() -> None:
    contact = contact_of_every_kind()
    text = to_vcard([contact])
    assert 'TEL;VALUE=uri;TYPE=work,pager;X-LABEL="a,b":' in text
    assert "EMAIL;TYPE=work;PREF=1:press@example.pt\r\n" in text
    result = from_vcard(text)
    assert result.contacts == (contact,)
    assert result.findings == ()


@given(st.text())
def test_escaped_text_never_starts_a_new_line(text: str) -> None:
    escaped = escape(text)
    assert "\r" not in escaped
    assert "\n" not in escaped


def test_injection_through_a_name_is_impossible() -> None:
    # The model refuses line breaks in names; even past it, escaping holds.
    with pytest.raises(ValidationError):
        Contact(name="Eve\r\nTEL:+1 650 253 0000")
    assert escape("Eve\r\nTEL:+1") == "Eve\\nTEL:+1"


def test_folding_keeps_utf8_characters_whole() -> None:
    contact = Contact(name="用户" * 40)
    text = to_vcard([contact])
    lines = text.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    folded = [i for i, line in enumerate(lines) if line.startswith(" ")]
    assert folded, "a 240-octet name must be folded"
    # Each folded piece is whole characters: unfolding gives the name back.
    start = min(folded) - 1
    pieces = itertools.takewhile(lambda line: line.startswith(" "), lines[start + 1 :])
    unfolded = lines[start] + "".join(line[1:] for line in pieces)
    assert unfolded == "FN:" + contact.name
    assert from_vcard(text).contacts == (contact,)


def test_from_vcard_strict_reports_every_problem_with_its_path() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Good\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nFN:Bad\r\nTEL;VALUE=uri:tel:+95-1-254-852/3\r\n"
        "PHOTO:http://x\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nTITLE:No name\r\nEND:VCARD\r\n"
    )
    with pytest.raises(ValidationError) as exc:
        from_vcard(text, strict=True)
    assert [(p.path, p.code) for p in exc.value.problems] == [
        ("$[1].TEL", "vcard.value"),
        ("$[1].PHOTO", "vcard.unsupported"),
        ("$[2]", "vcard.no_name"),
    ]
    lenient = from_vcard(text)
    assert [c.name for c in lenient.contacts] == ["Good", "Bad"]
    assert [f.line for f in lenient.findings] == [7, 8, 10]


def test_fn_and_title_keep_semicolons_unescaped() -> None:
    contact = Contact(name="Ward; Jane", title="Head; Press, Media")
    text = to_vcard([contact])
    assert "FN:Ward; Jane\r\n" in text
    assert "TITLE:Head; Press\\, Media\r\n" in text
    assert "N:;Ward\\; Jane;;;\r\n" in text
    assert from_vcard(text).contacts == (contact,)


def test_jcard() -> None:
    card = to_jcard(seed_release().contacts[6], seed_release())
    assert card[0] == "vcard"
    assert [
        "tel",
        {"type": ["work", "voice"]},
        "uri",
        "tel:+855-23-211-240;ext=334",
    ] in card[1]
    assert ["n", {}, "text", ["", "Huot Vichheka", "", "Mr.", ""]] in card[1]
    assert ["lang", {}, "language-tag", "km"] in card[1]
    assert json.loads(json.dumps(card)) == card


def test_docs_show_the_seed_outputs() -> None:
    for page in (ROOT / "docs").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        for match in re.finditer(
            r"<!-- output: (\S+) -->\n```\w*\n(.*?)```", text, re.DOTALL
        ):
            shown = (ROOT / match.group(1)).read_text(encoding="utf-8")
            assert match.group(2) == shown.replace("\r\n", "\n"), (
                page.name,
                match.group(1),
            )


def test_every_export_page_exists() -> None:
    for page in ("json-schema.md", "ninjs.md", "jsonld.md", "vcard.md"):
        assert (ROOT / "docs" / page).exists()
