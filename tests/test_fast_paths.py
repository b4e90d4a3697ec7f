"""Every shortcut taken for speed gives what the full path gives.

Loading, text checks, phone splitting and JSON writing each have a fast path
for the common case. These properties compare each one with the full path it
stands in for, on valid and on damaged input.
"""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pressrelease import (
    Contact,
    Organisation,
    Release,
    ValidationError,
    converter,
    iso,
    phone,
    to_dict,
    to_json,
)
from pressrelease import strategies as prs
from pressrelease._gen import writer
from pressrelease._gen.reader import Slow
from pressrelease._json_text import loads
from pressrelease.errors import READING_JSON
from pressrelease.model import _fields, _references

from .helpers import mutated, seed_json


def outcome(run: Any) -> Any:
    try:
        return run()
    except ValidationError as exc:
        return ("error", exc.problems)


def detailed_only(data: object, cls: type[Any] = Release) -> Any:
    """from_dict as it would be with no fast path at all."""

    def load() -> Any:
        token = READING_JSON.set(True)  # as from_dict reads
        try:
            return converter._converter().structure(data, cls)
        except Exception as exc:
            raise ValidationError(converter._problems(exc, "$")) from None
        finally:
            READING_JSON.reset(token)

    return outcome(load)


def without_defaults(data: Any) -> Any:
    """*data* with every key whose value is its default (None or []) left out."""
    if isinstance(data, dict):
        return {
            k: without_defaults(v)
            for k, v in data.items()
            if (v is not None and v != []) or k == "schema_version"
        }
    if isinstance(data, list):
        return [without_defaults(v) for v in data]
    return data


@given(prs.releases())
def test_fast_path_reads_documents_with_every_key_or_only_some(r: Release) -> None:
    complete = to_dict(r)
    sparse = without_defaults(complete)
    assert converter._build_fast(complete, Release) == r
    assert converter._build_fast(sparse, Release) == r
    assert detailed_only(sparse) == r


@given(mutated(seed_json()))
def test_damaged_documents_load_as_the_detailed_path_alone_loads_them(
    text: str,
) -> None:
    try:
        data = loads(text)
    except ValidationError:
        return
    assert outcome(lambda: converter.from_dict(data)) == detailed_only(data)


@pytest.mark.parametrize(
    ("data", "cls"),
    [
        # A key too many, with the count of keys still right: one missing.
        ({**to_dict(Contact(name="A")), "nickname": "B"}, Contact),
        (
            {
                k: v
                for k, v in {
                    **to_dict(Organisation(id="a", name="A", kind="ngo")),
                    "extra": 1,
                }.items()
                if k != "role"
            },
            Organisation,
        ),
        ({**to_dict(Contact(name="A")), "phones": None}, Contact),
        ({**to_dict(Contact(name="A")), "phones": ("+6622881746",)}, Contact),
        (
            {**to_dict(Organisation(id="a", name="A", kind="ngo")), "kind": []},
            Organisation,
        ),
    ],
)
def test_fast_path_never_takes_what_the_detailed_path_refuses(
    data: dict[str, Any], cls: type[Any]
) -> None:
    with pytest.raises(Slow):
        converter._build_fast(data, cls)
    assert outcome(lambda: converter.from_dict(data, cls)) == detailed_only(data, cls)


# Characters each of the text rules is about: edge spaces, other whitespace,
# a combining accent (NFC), a control, a bidi override, a lone surrogate.
EDGY = st.text(alphabet=" ae\u0301\u00e9\t\u00a0\u202e\ud800", max_size=6)


@given(st.text(max_size=30) | prs.texts() | EDGY)
@example("a ")
@example(" a")
@example("")
@example("a\u00a0")
@example("e\u0301")
@example("a\u202eb")
def test_text_check_shortcut_agrees_with_every_rule(value: str) -> None:
    assert outcome(lambda: _fields.check_text(value)) == outcome(
        lambda: _fields._check_text_fully(value)
    )


@given(st.from_regex(phone._CANONICAL, fullmatch=True) | prs.phone_numbers().map(str))
def test_canonical_phone_shortcut_splits_as_the_written_path(text: str) -> None:
    assert phone._CANONICAL.fullmatch(text)
    assert phone._split(text) == phone._split_written(text)


@given(prs.releases() | prs.contacts(), st.sampled_from([None, 0, 1, 2, 4]))
def test_to_json_writes_what_json_dumps_writes_of_to_dict(
    obj: Release | Contact, indent: int | None
) -> None:
    data = to_dict(obj)
    if indent is None:
        expected = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    else:
        expected = json.dumps(data, ensure_ascii=False, indent=indent) + "\n"
    assert to_json(obj, indent=indent) == expected


def test_a_subclass_is_written_by_the_general_path() -> None:
    class Mine(Contact):
        pass

    mine = Mine(name="Huot Vichheka", phones=("+855 23 211 240 ext.334",))
    assert to_json(mine) == to_json(Contact(name="Huot Vichheka", phones=mine.phones))
    assert json.loads(to_json(mine, indent=None)) == to_dict(mine)


def _code_variants(codes: frozenset[str]) -> list[str]:
    return sorted({v for c in codes for v in (c, c.upper(), c.lower(), c.title())})


def test_language_and_country_shortcuts_agree_with_the_full_parse() -> None:
    languages = [*_code_variants(iso.LANGUAGES), "en-GB", "x-a", "EN_gb", "", "e"]
    for value in languages:
        assert outcome(lambda v=value: iso.parse_language(v)) == outcome(
            lambda v=value: iso._parse_language_fully(v)
        ), value
    for value in [*_code_variants(iso.COUNTRIES), "UK", "tha", "", "T"]:
        assert outcome(lambda v=value: iso.parse_country(v)) == outcome(
            lambda v=value: iso._parse_country_fully(v)
        ), value


class _EqualsEverything:
    """A caller's object that claims to equal anything, [] included."""

    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = None  # type: ignore[assignment]


@pytest.mark.parametrize("key", ["members", "phones", "emails"])
def test_fast_path_does_not_take_an_object_equal_to_an_empty_list(key: str) -> None:
    data = {
        **to_dict(Organisation(id="a", name="A", kind="ngo")),
        key: _EqualsEverything(),
    }
    with pytest.raises(Slow):
        converter._build_fast(data, Organisation)
    found = outcome(lambda: converter.from_dict(data, Organisation))
    assert found == detailed_only(data, Organisation)
    assert found[0] == "error"
    assert [p.path for p in found[1]] == [f"$.{key}"]


@given(prs.releases())
def test_each_list_of_objects_reads_as_its_items_one_by_one(r: Release) -> None:
    data = to_dict(r)
    build = converter._fast()
    for key, cls in [("organisations", Organisation), ("contacts", Contact)]:
        many = build[cls].many
        assert many(data[key]) == tuple(build[cls](item) for item in data[key])


def test_key_prefixes_are_kept_per_indent_and_bounded() -> None:
    contact = Contact(name="A", phones=("+6622881746",), emails=("a@undp.org",))
    data = to_dict(contact)
    for indent in [*range(80), 2, 0, None, 2]:
        if indent is None:
            expected = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        else:
            expected = json.dumps(data, ensure_ascii=False, indent=indent) + "\n"
        assert to_json(contact, indent=indent) == expected
    for write in converter._writers().values():
        kept = inspect.getclosurevars(write).nonlocals["kept"]
        assert len(kept) <= writer._MAX_PREFIXES


_IDS = st.sampled_from("abcdefg")


@given(st.dictionaries(_IDS, st.none() | _IDS | st.just("elsewhere")))
def test_cycle_walks_from_ids_with_a_parent_find_every_cycle(
    parents: dict[str, str | None],
) -> None:
    with_parent: dict[str, str | None] = {
        k: v for k, v in parents.items() if v is not None
    }
    assert _references._in_cycles(with_parent) == _references._in_cycles(parents)
