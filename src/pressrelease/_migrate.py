"""Reading schema_version 1 documents: the shape before kinds of number.

Version 1 had ``phones`` as strings, ``faxes`` beside them and one
``email``; version 2 has ``phones`` as ``{"number", "kind", "label"}``
entries and ``emails``. :func:`migrate_v1` rewrites the plain data, and
:func:`moved_back` puts each problem back at the path the version 1
document has it at.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from pressrelease.errors import Problem

__all__ = ["migrate_v1", "moved_back"]

# Where a JSON path may be cut into a shorter path: before "." and "[".
_STEP = re.compile(r"[.\[]")


def migrate_v1(
    data: dict[str, Any], version: int
) -> tuple[dict[str, Any], dict[str, str]]:
    """A schema_version 1 release as *version*, and where its keys moved.

    The second value maps each new path to the version 1 path it came from,
    so that problems can be reported where the document has them.
    """
    moved: dict[str, str] = {}

    def owner(value: object, path: str) -> object:
        if not isinstance(value, dict):
            return value
        value = dict(value)
        if "email" in value and "emails" not in value:
            email = value.pop("email")
            value["emails"] = [] if email is None else [email]
            moved[f"{path}.emails[0]"] = f"{path}.email"
            moved[f"{path}.emails"] = f"{path}.email"
        phones, faxes = value.get("phones", []), value.get("faxes", [])
        if isinstance(phones, list) and isinstance(faxes, list):
            value.pop("faxes", None)
            for index in range(len(faxes)):
                new = f"{path}.phones[{len(phones) + index}]"
                moved[new + ".number"] = moved[new] = f"{path}.faxes[{index}]"
            fax_kind = [{"number": f, "kind": "fax", "label": None} for f in faxes]
            if faxes:
                value["phones"] = [*phones, *fax_kind]
        return value

    new = {**data, "schema_version": version}
    new["issuer"] = owner(data.get("issuer"), "$.issuer")
    for key in ("organisations", "contacts"):
        items = data.get(key)
        if isinstance(items, list):
            new[key] = [owner(v, f"$.{key}[{i}]") for i, v in enumerate(items)]
    if "issuer" not in data:
        del new["issuer"]
    return new, moved


def moved_back(problem: Problem, moved: dict[str, str]) -> Problem:
    """*problem* at its path in the version 1 document.

    The longest moved prefix of the path wins; the prefixes are the path cut
    before each ``.`` or ``[``, longest first, so a problem costs its path's
    length, not the number of moved keys.

    >>> p = Problem(path="$.contacts[0].emails[0]", code="c", message="m")
    >>> moved_back(p, {"$.contacts[0].emails[0]": "$.contacts[0].email"}).path
    '$.contacts[0].email'
    """
    path = problem.path
    if not moved:
        return problem
    cuts = [m.start() for m in _STEP.finditer(path)]
    for end in [len(path), *reversed(cuts)]:
        old = moved.get(path[:end])
        if old is not None:
            return attrs.evolve(problem, path=old + path[end:])
    return problem
