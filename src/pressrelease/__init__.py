"""Press releases as typed, immutable, validated objects, with lossless JSON.

>>> from pressrelease import Contact, to_json
>>> c = Contact(name="Huot Vichheka", language="km",
...             email="vichheka.huot@undp.org",
...             phones=("+855 23 211 240 ext.334",), country="KH")
>>> str(c.phones[0])
'+85523211240;ext=334'
"""

import importlib
from typing import TYPE_CHECKING, Any

from pressrelease.address import PostalAddress
from pressrelease.codes import parse_country, parse_language
from pressrelease.contact import Contact
from pressrelease.converter import (
    SCHEMA_VERSION,
    clear_caches,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from pressrelease.dateline import Dateline
from pressrelease.email_address import EmailAddress
from pressrelease.errors import Finding, Problem, Severity, ValidationError
from pressrelease.findings import check
from pressrelease.organisation import Organisation, OrganisationKind
from pressrelease.participant import Participant
from pressrelease.phone import PhoneNumber, PhoneNumberType
from pressrelease.quote import Quote
from pressrelease.release import Release

if TYPE_CHECKING:
    from pressrelease.jcard import to_jcard
    from pressrelease.jsonld import jsonld_script, to_jsonld
    from pressrelease.ninjs import ninjs_extension_schema, to_ninjs
    from pressrelease.schema import json_schema
    from pressrelease.text_import import ImportResult, read_text
    from pressrelease.text_render import render_text
    from pressrelease.vcard import from_vcard, to_vcard

__version__ = "0.1.0"

# The formats load on first use, so that importing pressrelease stays quick.
_LAZY = {
    "ImportResult": "pressrelease.text_import",
    "read_text": "pressrelease.text_import",
    "render_text": "pressrelease.text_render",
    "json_schema": "pressrelease.schema",
    "to_ninjs": "pressrelease.ninjs",
    "ninjs_extension_schema": "pressrelease.ninjs",
    "to_jsonld": "pressrelease.jsonld",
    "jsonld_script": "pressrelease.jsonld",
    "to_vcard": "pressrelease.vcard",
    "from_vcard": "pressrelease.vcard",
    "to_jcard": "pressrelease.jcard",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pressrelease' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "SCHEMA_VERSION",
    "Contact",
    "Dateline",
    "EmailAddress",
    "Finding",
    "ImportResult",
    "Organisation",
    "OrganisationKind",
    "Participant",
    "PhoneNumber",
    "PhoneNumberType",
    "PostalAddress",
    "Problem",
    "Quote",
    "Release",
    "Severity",
    "ValidationError",
    "__version__",
    "check",
    "clear_caches",
    "from_dict",
    "from_json",
    "from_vcard",
    "json_schema",
    "jsonld_script",
    "ninjs_extension_schema",
    "parse_country",
    "parse_language",
    "read_text",
    "render_text",
    "to_dict",
    "to_jcard",
    "to_json",
    "to_jsonld",
    "to_ninjs",
    "to_vcard",
]
