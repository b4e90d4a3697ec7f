"""Press releases as typed, immutable, validated objects, with lossless JSON.

>>> from pressrelease import Contact, to_json
>>> c = Contact(name="Huot Vichheka", language="km",
...             emails=("vichheka.huot@undp.org",),
...             phones=("+855 23 211 240 ext.334",), country="KH")
>>> str(c.phones[0].number)
'+85523211240;ext=334'

Everything public is imported here and named once, in ``__all__``; the
modules behind these names are internal and may move (see
docs/architecture.md). ``pressrelease.strategies`` is the one public module
besides this one.
"""

import importlib
from typing import TYPE_CHECKING, Any

from pressrelease.converter import (
    SCHEMA_VERSION,
    clear_caches,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from pressrelease.email_address import EmailAddress
from pressrelease.errors import Problem, ValidationError
from pressrelease.findings import Finding, Severity, check
from pressrelease.iso import parse_country, parse_language
from pressrelease.model import (
    Contact,
    ContactRole,
    Dateline,
    Organisation,
    OrganisationKind,
    Participant,
    Phone,
    PhoneKind,
    PostalAddress,
    Quote,
    Release,
)
from pressrelease.phone import PhoneNumber, PhoneNumberType

# The importer and the formats load on first use, so that importing the
# library stays quick (docs/performance.md). Their names are in __all__ like
# every other; the imports below are for type checkers, and a test checks
# that they name exactly the lazy part of __all__.
if TYPE_CHECKING:
    from pressrelease.formats import (
        CsvIssue,
        CsvRecord,
        CsvRow,
        ImportedCard,
        VCardImport,
        from_vcard,
        json_schema,
        jsonld_script,
        ninjs_extension_schema,
        read_csv,
        to_csv,
        to_jcard,
        to_jsonld,
        to_ninjs,
        to_vcard,
        write_csv,
    )
    from pressrelease.text import ImportResult, read_text, render_text

_LAZY_PACKAGES = ("pressrelease.formats", "pressrelease.text")


def __getattr__(name: str) -> Any:
    if name in __all__:
        for package in _LAZY_PACKAGES:
            module = importlib.import_module(package)
            if name in module.__all__:
                value = getattr(module, name)
                globals()[name] = value
                return value
    raise AttributeError(f"module 'pressrelease' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Contact",
    "ContactRole",
    "CsvIssue",
    "CsvRecord",
    "CsvRow",
    "Dateline",
    "EmailAddress",
    "Finding",
    "ImportResult",
    "ImportedCard",
    "Organisation",
    "OrganisationKind",
    "Participant",
    "Phone",
    "PhoneKind",
    "PhoneNumber",
    "PhoneNumberType",
    "PostalAddress",
    "Problem",
    "Quote",
    "Release",
    "Severity",
    "VCardImport",
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
    "read_csv",
    "read_text",
    "render_text",
    "to_csv",
    "to_dict",
    "to_jcard",
    "to_json",
    "to_jsonld",
    "to_ninjs",
    "to_vcard",
    "write_csv",
]
