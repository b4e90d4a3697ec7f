"""Every Python example in the README and docs/ runs, as written."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

from .helpers import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def python_blocks(page: Path) -> list[str]:
    return BLOCK.findall(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "page",
    [p for p in PAGES if python_blocks(p)],
    ids=lambda p: p.name,
)
def test_python_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # examples name files from the repository root
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    with contextlib.redirect_stdout(io.StringIO()):
        for number, block in enumerate(python_blocks(page), start=1):
            code = compile(block, f"{page.name}, example {number}", "exec")
            exec(code, namespace)


def test_every_page_with_code_is_checked() -> None:
    checked = [p.name for p in PAGES if python_blocks(p)]
    assert {"README.md", "errors.md", "testing.md", "json-schema.md"} <= set(checked)
