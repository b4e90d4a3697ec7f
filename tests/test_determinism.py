"""Output does not depend on hash order: the same bytes under any PYTHONHASHSEED.

In one process every run shares one hash seed, so a set iterated into the
output would look stable; these tests run the command in fresh processes
with different seeds and compare what they print.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from .helpers import EXAMPLES, child_env

SEEDS = ("0", "1", "12345")

COMMANDS = [
    ["import", str(EXAMPLES / "uniap_2009.txt")],
    ["render", str(EXAMPLES / "uniap_2009.json")],
    ["validate", "--format", "json", str(EXAMPLES / "contacts.jsonl")],
    ["export", "--to", "ninjs", str(EXAMPLES / "uniap_2009.json")],
    ["export", "--to", "jsonld", str(EXAMPLES / "uniap_2009.json")],
    ["export", "--to", "vcard", str(EXAMPLES / "uniap_2009.json")],
    ["schema"],
]

# Findings of check() and a JSON round trip, printed by the library itself.
SCRIPT = """
import sys
from pressrelease import check, from_json, to_json
release = from_json(open(sys.argv[1], encoding="utf-8").read())
print(to_json(release))
for finding in check(release):
    print(finding)
"""


def _run(args: list[str], seed: str) -> str:
    env = child_env()
    env["PYTHONHASHSEED"] = seed
    done = subprocess.run(
        args, capture_output=True, text=True, encoding="utf-8", env=env, check=False
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0] + "-" + c[-1][-12:])
def test_command_output_is_the_same_under_every_hash_seed(command: list[str]) -> None:
    args = [sys.executable, "-m", "pressrelease", *command]
    outputs = {_run(args, seed) for seed in SEEDS}
    assert len(outputs) == 1
    assert outputs.pop()  # and it printed something


def test_json_and_findings_are_the_same_under_every_hash_seed() -> None:
    args = [sys.executable, "-c", SCRIPT, str(EXAMPLES / "uniap_2009.json")]
    outputs = {_run(args, seed) for seed in SEEDS}
    assert len(outputs) == 1
    assert "phone.not_valid" in outputs.pop()
