"""Every size limit and shared character class, in one place.

The model, the JSON reader, the JSON Schema and the command line all read
their limits from here, so that the schema cannot promise what the code does
not hold. docs/security.md lists them for users.
"""

from __future__ import annotations

__all__ = [
    "FORBIDDEN_CHARACTERS",
    "IDENTIFIER_PATTERN",
    "MAX_CSV_CELL",
    "MAX_CSV_LINE",
    "MAX_DOCUMENT",
    "MAX_EMAIL_OCTETS",
    "MAX_EMAIL_TEXT",
    "MAX_ITEMS",
    "MAX_LANGUAGE_TAG",
    "MAX_PHONE_TEXT",
    "MAX_TEXT",
    "MAX_URL",
]

#: Longest text field, in characters (after NFC normalisation).
MAX_TEXT = 100_000
#: Most items in one list field.
MAX_ITEMS = 10_000
#: Longest URL, in characters.
MAX_URL = 2_000
#: Longest JSON document read, in characters or bytes.
MAX_DOCUMENT = 20_000_000
#: Longest written phone number, in characters.
MAX_PHONE_TEXT = 250
#: Longest email address, in octets (RFC 5321 path limit).
MAX_EMAIL_OCTETS = 254
#: Longest email text looked at before parsing, in characters.
MAX_EMAIL_TEXT = 4 * MAX_EMAIL_OCTETS
#: Longest CSV cell, in characters; a longer one (an unclosed quote that
#: swallows the rest of the file, say) stops the reading with a problem.
MAX_CSV_CELL = 131_072
#: Longest physical line of a CSV file, in bytes.
MAX_CSV_LINE = 4 * MAX_CSV_CELL
#: Longest BCP 47 language tag, in characters.
MAX_LANGUAGE_TAG = 64

#: Characters no text field may hold, as the body of a regex character class:
#: controls, line separators, bidirectional overrides, and lone surrogates
#: (not text at all: they cannot be written as UTF-8).
FORBIDDEN_CHARACTERS = (
    "\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
)
#: What an id looks like (a regex, to be matched in full).
IDENTIFIER_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}"
