"""The README's commands and code are what users copy first: keep them true."""

from __future__ import annotations

import contextlib
import io
import re

from .helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def marked_command(marker: str) -> str:
    match = re.search(rf"<!-- {marker} -->\n```sh\n(.+)\n```", README)
    assert match is not None, f"README has no {marker}"
    return match.group(1)


def test_readme_commands_are_marked_for_ci() -> None:
    assert marked_command("run-command").endswith("examples/uniap_2009.py")
    assert marked_command("test-command").endswith("-m pytest")
    assert "'.[test]'" in marked_command("test-command")


def test_quick_start_runs_and_prints_what_it_says() -> None:
    match = re.search(r"## Quick start\n\n```python\n(.+?)```", README, re.DOTALL)
    assert match is not None
    code = match.group(1)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    printed = out.getvalue().splitlines()
    assert printed[0] == "+85523211240;ext=334"
    assert printed[1] == "$.name: must not be empty [empty]"
    assert printed[2].startswith("$.phones[0]: '+95 1 254 852/3' is a range")
    assert printed[3].startswith("$.country: 'UK' is not an ISO 3166-1")
    # The README's comments show the same problems, wrapped: unwrap them.
    shown: list[str] = []
    for line in code.splitlines():
        if line.startswith("# $"):
            shown.append(line[2:])
        elif line.startswith("#   ") and shown:
            shown[-1] += " " + line[4:]
    assert shown == printed[1:4]
