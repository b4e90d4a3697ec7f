"""The docs stay in step with the code."""

from __future__ import annotations

import ast
import re

from .helpers import ROOT

CODE = re.compile(
    r"(phone|email|json|reference|id|country|language|date|url|participant|"
    r"address|quote|contact|import|index|vcard|jsonld|csv)\.[a-z_]+"
)
PLAIN = {
    "type", "missing", "unknown_key", "empty", "whitespace", "control_character",
    "too_long", "too_many", "choice", "invalid", "schema_version",
}  # fmt: skip


def codes_in_source() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "src" / "pressrelease").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and CODE.fullmatch(value):
                found.add(value)
    return found | PLAIN


def codes_in_docs() -> set[str]:
    text = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| `([a-z_.]+)` \|", text, re.MULTILINE))


def test_every_code_is_documented_and_every_documented_code_exists() -> None:
    assert codes_in_source() == codes_in_docs()


def test_public_names_are_not_shadowed_by_modules() -> None:
    # Importing every module first, as a program may, must not replace a
    # public function with a module of the same name.
    import importlib
    import pkgutil

    import pressrelease

    for info in pkgutil.walk_packages(pressrelease.__path__, "pressrelease."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    for name in pressrelease.__all__:
        assert not isinstance(getattr(pressrelease, name), type(pressrelease)), name
