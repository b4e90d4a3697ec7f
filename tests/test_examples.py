"""The examples users copy: they run, and their output is what we ship."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pressrelease import Release, check, from_json, to_json

from .helpers import EXAMPLES, child_env, load_example, seed_text


def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        env=child_env(),
        text=True,
        encoding="utf-8",
        check=False,
    )


@pytest.fixture(scope="module")
def built_release() -> Release:
    release: Release = load_example("uniap_2009").build_release()
    return release


def test_seed_example_prints_the_checked_in_json() -> None:
    done = run("uniap_2009.py")
    assert done.returncode == 0, done.stderr
    shipped = (EXAMPLES / "uniap_2009.json").read_text(encoding="utf-8")
    assert done.stdout == shipped


def test_seed_example_reports_the_vietnamese_number_by_path() -> None:
    done = run("uniap_2009.py")
    findings = done.stderr.strip().splitlines()
    assert findings == [
        "finding: $.contacts[4].phones[0]: +84 439426511 is a possible number but "
        "not valid under the current numbering plan; it may predate a "
        "renumbering, so check it before anyone dials it [phone.not_valid, warning]"
    ]


def test_seed_release_facts(built_release: Release) -> None:
    r = built_release
    assert r.dateline.place == "Ayutthaya"
    assert r.dateline.date.isoformat() == "2009-06-19"
    assert r.issuer.acronym == "UNIAP"
    assert r.issuer.address is not None
    assert r.issuer.address.locality == "Bangkok"
    assert [(str(p.number), p.kind.value) for p in r.issuer.phones] == [
        ("+6622882213", "voice"),
        ("+6622800268", "fax"),
    ]
    assert r.countries == ("KH", "CN", "LA", "MM", "TH", "VN")
    assert [c.language for c in r.contacts] == [
        "en",
        "zh",
        "lo",
        "th",
        "vi",
        "my",
        "km",
    ]
    assert r.organisation("dsi").parent == "moj-th"
    assert r.organisation(r.organisation("dsi").parent or "").parent == "gov-th"
    assert r.participant("cn-official").name is None
    assert len(r.quotes_by("chhuon-vibol")) == 2
    governments = [o for o in r.organisations if o.kind.value == "government"]
    assert {o.country for o in governments} >= set(r.countries)


def test_every_seed_contact_loads_with_email_and_phones(built_release: Release) -> None:
    for contact in built_release.contacts:
        assert contact.email is not None
        assert contact.phones
        assert contact.country is not None
        for phone in contact.phones:
            assert phone.number.region == contact.country
    khmer = built_release.contacts[6]
    assert khmer.phones[0].number.extension == "334"
    burmese = built_release.contacts[5]
    assert [p.number.e164 for p in burmese.phones] == ["+951254852", "+951254853"]


def test_seed_has_exactly_one_finding(built_release: Release) -> None:
    assert [(f.path, f.code) for f in check(built_release)] == [
        ("$.contacts[4].phones[0]", "phone.not_valid")
    ]


def test_checked_in_json_loads_to_the_built_release(built_release: Release) -> None:
    shipped = (EXAMPLES / "uniap_2009.json").read_text(encoding="utf-8")
    assert from_json(shipped) == built_release
    assert to_json(built_release) == shipped


def test_body_is_the_seed_text_cleaned(built_release: Release) -> None:
    text = seed_text()
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    first = next(i for i, p in enumerate(paragraphs) if p.startswith("Ayutthaya"))
    last = next(i for i, p in enumerate(paragraphs) if p.startswith("For further"))
    furniture = ("Page ", "UNIAP Regional", "United Nations Building", "Tel:")
    body = [p for p in paragraphs[first:last] if not p.startswith(furniture)]
    body[0] = body[0].split(" \u2013 ", 1)[1]  # the dateline lives in .dateline
    assert list(built_release.body) == [p.replace("\\$", "$") for p in body]
    for quote in built_release.quotes:
        assert quote.text in text


def test_validate_contacts_prints_every_problem() -> None:
    done = run("validate_contacts.py")
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[-1] == "7 contacts: 7 errors, 2 findings"
    located = [line.split(" ", 2)[:2] for line in lines[:-1]]
    assert located == [
        ["contacts.jsonl:2:", "error:"],
        ["contacts.jsonl:3:", "warning:"],
        ["contacts.jsonl:4:", "error:"],
        ["contacts.jsonl:4:", "error:"],
        ["contacts.jsonl:5:", "warning:"],
        ["contacts.jsonl:6:", "error:"],
        ["contacts.jsonl:6:", "error:"],
        ["contacts.jsonl:6:", "error:"],
        ["contacts.jsonl:6:", "error:"],
    ]
    assert "$.phones[0]: '+95 1 254 852/3' is a range of two numbers" in lines[0]
    assert "[phone.country_mismatch, warning]" in lines[4]


def test_validate_contacts_on_a_clean_file(tmp_path: Path) -> None:
    clean = tmp_path / "clean.jsonl"
    clean.write_text(
        json.dumps({"name": "A", "emails": ["a@undp.org"], "phones": ["+6622881746"]})
        + "\n\n",
        encoding="utf-8",
    )
    done = run("validate_contacts.py", str(clean))
    assert done.returncode == 0
    assert done.stdout == "1 contacts: 0 errors, 0 findings\n"
