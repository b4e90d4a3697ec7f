"""The public API: exactly the names the reference documents, importable."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pressrelease
from pressrelease import converter

from .helpers import ROOT, child_env


def documented_names() -> set[str]:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    names = re.findall(r"^\.\. auto\w+:: pressrelease\.(\w+)$", text, re.M)
    return set(names) - {"strategies"}  # the one public module besides the root


def test_exported_names_are_exactly_the_documented_ones() -> None:
    assert set(pressrelease.__all__) - {"__version__"} == documented_names()


def test_all_is_sorted_unique_and_importable() -> None:
    names = pressrelease.__all__
    assert len(set(names)) == len(names)
    for name in names:
        assert getattr(pressrelease, name) is not None


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from pressrelease import *", namespace)
    namespace.pop("__builtins__")
    assert set(namespace) == set(pressrelease.__all__)


def _type_checking_names() -> set[str]:
    """The names the ``if TYPE_CHECKING:`` block of __init__.py imports."""
    tree = ast.parse(Path(pressrelease.__file__).read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom)
                names |= {alias.name for alias in statement.names}
    return names


LAZY = """
import sys, pressrelease
lazy = [n for n in pressrelease.__all__ if n not in vars(pressrelease)]
loaded = [m for m in ("pressrelease.text", "pressrelease.formats") if m in sys.modules]
print(" ".join(sorted(lazy)), "|", " ".join(loaded))
"""


def test_the_lazy_names_are_exactly_the_type_checking_imports() -> None:
    # A fresh interpreter: importing pressrelease loads neither the importer
    # nor the formats, and every name it defers is one the TYPE_CHECKING
    # block imports for type checkers (and the other way round).
    done = subprocess.run(
        [sys.executable, "-c", LAZY],
        capture_output=True,
        text=True,
        env=child_env(),
        check=True,
    )
    lazy, loaded = done.stdout.split("|")
    assert loaded.strip() == ""
    assert set(lazy.split()) == _type_checking_names()
    assert "read_text" in lazy.split()


def test_converter_exports_no_private_names() -> None:
    assert all(not name.startswith("_") for name in converter.__all__)
    assert "loads" not in converter.__all__


LINT_IMPORTS = (
    "import sys; from importlinter.cli import lint_imports_command; "
    "sys.exit(lint_imports_command())"
)


def test_layers_contract_holds() -> None:
    # The import-linter contract in pyproject.toml: each layer imports only
    # from the layers below it (docs/architecture.md).
    done = subprocess.run(
        [sys.executable, "-c", LINT_IMPORTS],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=child_env(),
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout
