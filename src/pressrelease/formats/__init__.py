"""Exchange formats: one module a format.

``schema`` (the JSON Schema of the library's own format), ``csv`` (contact
lists), ``ninjs`` (IPTC ninjs 3.1), ``jsonld`` (schema.org JSON-LD),
``vcard`` and ``jcard`` (media contacts, sharing ``_vcard_props``).
"""

from pressrelease.formats._vcard_read import ImportedCard, VCardImport
from pressrelease.formats.csv import (
    CsvIssue,
    CsvRecord,
    CsvRow,
    read_csv,
    to_csv,
    write_csv,
)
from pressrelease.formats.jcard import to_jcard
from pressrelease.formats.jsonld import jsonld_script, to_jsonld
from pressrelease.formats.ninjs import ninjs_extension_schema, to_ninjs
from pressrelease.formats.schema import json_schema
from pressrelease.formats.vcard import from_vcard, to_vcard

__all__ = [
    "CsvIssue",
    "CsvRecord",
    "CsvRow",
    "ImportedCard",
    "VCardImport",
    "from_vcard",
    "json_schema",
    "jsonld_script",
    "ninjs_extension_schema",
    "read_csv",
    "to_csv",
    "to_jcard",
    "to_jsonld",
    "to_ninjs",
    "to_vcard",
    "write_csv",
]
