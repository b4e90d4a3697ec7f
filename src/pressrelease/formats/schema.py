"""A JSON Schema (draft 2020-12) of the library's own JSON format.

Generated from the model: each field's schema comes from the converter that
checks it, so the schema cannot drift from the code. It is never stricter
than ``from_json`` (a document ``from_json`` accepts is valid), and where it
can say so it is as strict: what it rejects, ``from_json`` rejects too. What
it cannot say (whether a phone number is possible, whether references
resolve, and that no text holds a lone surrogate) only ``from_json`` checks.

Its patterns use only what every mainstream validator compiles (Python
jsonschema, jsonschema-rs, ajv in strict mode): no lone-surrogate range in a
character class, and ``"type"`` beside every keyword that applies to one type.
"""

from __future__ import annotations

import copy
import functools
import typing
from typing import Any

import attrs

from pressrelease.converter import SCHEMA_VERSION
from pressrelease.limits import (
    FORBIDDEN_CHARACTERS,
    IDENTIFIER_PATTERN,
    MAX_ITEMS,
    MAX_TEXT,
    MAX_URL,
)
from pressrelease.model import CLASSES, _fields
from pressrelease.model._types import is_enum, tuple_item, unwrap_optional
from pressrelease.model.address import PostalAddress
from pressrelease.model.participant import Participant
from pressrelease.model.phone_entry import entries

__all__ = ["SCHEMA_ID", "json_schema"]

SCHEMA_ID = f"urn:pressrelease:schema:release:{SCHEMA_VERSION}"

# Lone surrogates (U+D800 to U+DFFF) are forbidden too, but a range of them in
# a pattern is not compiled by jsonschema-rs (Rust regex works on scalar
# values), so the schema leaves them to from_json and says so.
_SURROGATES = "\ud800-\udfff"
# The model's other forbidden characters as JSON Schema regex escapes.
_FORBIDDEN = "".join(
    f"\\u{ord(c):04x}" if c != "-" else "-"
    for c in FORBIDDEN_CHARACTERS.replace(_SURROGATES, "")
)
_LIBRARY_ONLY = (
    "What only the library checks (from_json), not this schema: that phone "
    "numbers are possible, that references between ids resolve, and that no "
    "text holds a lone surrogate (U+D800 to U+DFFF)."
)
_TEXT = {
    "type": "string",
    "minLength": 1,
    "maxLength": MAX_TEXT,
    # Printable, one line, no surrounding whitespace (as the model checks).
    "pattern": f"^(?!\\s)(?!.*\\s$)[^{_FORBIDDEN}]*$",
}
_ID = {"type": "string", "pattern": f"^{IDENTIFIER_PATTERN}$"}
_COUNTRY = {
    "type": "string",
    "pattern": "^[A-Za-z]{2}$",
    "description": "ISO 3166-1 alpha-2 country code, written in upper case",
}
_LANGUAGE = {
    "type": "string",
    "maxLength": 64,
    "pattern": "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$",
    "description": "BCP 47 language tag",
}
_PHONE = {
    "type": "string",
    "minLength": 1,
    "maxLength": 250,
    "description": "Written as E.164 with an optional ';ext=' extension "
    "('+85523211240;ext=334'); other common written forms are read too",
}
_EMAIL = {
    "type": "string",
    "minLength": 3,
    "maxLength": 1016,
    "pattern": "@",
    "description": "An email address; written in its normalised form",
}
_URL = {"type": "string", "maxLength": MAX_URL, "pattern": "^https?://\\S+$"}
_DATE = {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
_INDEX = {"type": "integer", "minimum": 0}


def _array(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": item, "maxItems": MAX_ITEMS}


_BY_CONVERTER: dict[Any, dict[str, Any]] = {
    _fields.text: _TEXT,
    _fields.optional_text: _TEXT,
    _fields.texts: _array(_TEXT),
    _fields.identifier: _ID,
    _fields.optional_identifier: _ID,
    _fields.identifiers: _array(_ID),
    _fields.country: _COUNTRY,
    _fields.optional_country: _COUNTRY,
    _fields.countries: _array(_COUNTRY),
    _fields.language: _LANGUAGE,
    _fields.optional_language: _LANGUAGE,
    _fields.phones: _array(_PHONE),
    _fields.phone: _PHONE,
    # A number is a Phone object, or a bare string for a voice number.
    entries: _array({"anyOf": [{"$ref": "#/$defs/Phone"}, _PHONE]}),
    _fields.optional_email: _EMAIL,
    _fields.emails: _array(_EMAIL),
    _fields.optional_url: _URL,
    _fields.date: _DATE,
    _fields.optional_index: _INDEX,
}
_EXTRA: dict[type, dict[str, Any]] = {
    Participant: {
        "anyOf": [
            {"required": ["name"], "properties": {"name": {"type": "string"}}},
            {
                "required": ["description"],
                "properties": {"description": {"type": "string"}},
            },
        ]
    },
    PostalAddress: {
        "anyOf": [
            {
                "required": ["street"],
                "properties": {"street": {"type": "array", "minItems": 1}},
            },
            {"required": ["locality"], "properties": {"locality": {"type": "string"}}},
        ]
    },
}


def _by_type(tp: Any) -> dict[str, Any]:
    if tp in CLASSES:
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if is_enum(tp):
        return {"type": "string", "enum": [member.value for member in tp]}
    item = tuple_item(tp)
    if item is not None:
        return _array(_by_type(item))
    raise TypeError(f"no JSON Schema for {tp!r}")  # a new field type: add it here


def _field(field: attrs.Attribute[Any], hint: Any) -> tuple[dict[str, Any], bool]:
    """The field's schema, and whether it may be null."""
    base, optional = unwrap_optional(hint)
    schema = _BY_CONVERTER.get(field.converter)
    return copy.deepcopy(schema) if schema is not None else _by_type(base), optional


def _object(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        if not field.init:
            continue
        schema, optional = _field(field, hints[field.name])
        properties[field.name] = (
            {"anyOf": [schema, {"type": "null"}]} if optional else schema
        )
        if field.default is attrs.NOTHING:
            required.append(field.name)
    result: dict[str, Any] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0],
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    result.update(copy.deepcopy(_EXTRA.get(cls, {})))
    return result


@functools.cache
def _schema() -> dict[str, Any]:
    defs = {cls.__name__: _object(cls) for cls in CLASSES}
    release = defs["Release"]
    release["properties"] = {
        "schema_version": {"const": SCHEMA_VERSION},
        **release["properties"],
    }
    release["required"] = ["schema_version", *release["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "pressrelease release document",
        "description": "A press release as written by pressrelease.to_json. "
        + _LIBRARY_ONLY,
        "$ref": "#/$defs/Release",
        "$defs": defs,
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a release document (a fresh copy each call).

    >>> json_schema()["$defs"]["Contact"]["required"]
    ['name']
    """
    return copy.deepcopy(_schema())
