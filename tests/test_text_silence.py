"""Silence is a bug (issue #14): every non-blank input line is accounted for.

A line is accounted for when it is one of the lines of a part the importer
read (``ImportResult.spans``: the headline, the dateline, a body paragraph
with all its lines, a subheadline, boilerplate, a contact with its numbers
and addresses, the issuer and its office footer) or the line of a finding.
Checked on every fixture, on the seed, and on texts made from them with
lines shuffled, dropped and duplicated and web-page chrome and page
furniture added.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressrelease import read_text
from pressrelease.findings import Severity
from pressrelease.text.importer import ImportResult

from .helpers import SEED_TEXT_PATH, assert_linear

ROOT = Path(__file__).parent / "data" / "releases"
TEXTS = sorted([*ROOT.glob("*/*.txt"), SEED_TEXT_PATH])
_INVISIBLE = " \t\u00a0\u2007\u202f\u2009\u200a\u200b\u2060\ufeff"


def input_lines(text: str) -> list[str]:
    """The input's lines, numbered as the importer numbers them (from 1)."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def unaccounted(text: str, result: ImportResult) -> list[str]:
    """A message for each non-blank line in no part and no finding, and for
    each part that claims a blank or missing line."""
    lines = input_lines(text)
    covered = {n for numbers in result.spans.values() for n in numbers}
    problems = [
        f"part {name!r} claims line {n}, which is blank or not in the text"
        for name, numbers in result.spans.items()
        for n in numbers
        if not 1 <= n <= len(lines) or not lines[n - 1].strip(_INVISIBLE)
    ]
    covered |= {f.line for f in result.findings if f.line is not None}
    problems += [
        f"line {n} is silently dropped: {line.strip()[:80]!r}"
        for n, line in enumerate(lines, start=1)
        if line.strip(_INVISIBLE) and n not in covered
    ]
    return problems


def assert_silence_is_no_bug(text: str) -> ImportResult:
    result = read_text(text)
    problems = unaccounted(text, result)
    assert not problems, "\n".join(problems)
    return result


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_line_of_a_fixture_is_placed_or_reported(path: Path) -> None:
    assert_silence_is_no_bug(path.read_text(encoding="utf-8"))


def test_the_check_can_fail() -> None:
    text = SEED_TEXT_PATH.read_text(encoding="utf-8")
    result = read_text(text)
    marker = next(f for f in result.findings if f.code == "import.furniture")
    without = ImportResult(
        result.release,
        tuple(f for f in result.findings if f is not marker),
        spans=dict(result.spans),
    )
    assert unaccounted(text, without) == [
        f"line {marker.line} is silently dropped: 'PRESS RELEASE'"
    ]
    no_body = dict(result.spans)
    del no_body["body[2]"]
    missing = unaccounted(text, ImportResult(None, result.findings, spans=no_body))
    assert missing
    assert all(m.startswith("line ") for m in missing)


def test_a_paragraph_covers_all_its_lines_and_a_contact_its_card() -> None:
    text = (
        "ACME\n\nPRESS RELEASE\n\nAcme opens a plant\n\n"
        "Berlin, 4 March 2025 – Acme opened a plant\nin Berlin today.\n\n"
        "Media contact:\nJane Doe\nHead of Communications\nAcme GmbH\n"
        "+49 30 1234567\njane.doe@acme.example\n"
    )
    result = assert_silence_is_no_bug(text)
    assert result.spans["body[0]"] == (7, 8)
    assert result.spans["contacts[0]"] == (11, 12, 13, 14, 15)
    assert result.spans["contact_headings"] == (10,)


FOOTER = (
    "UNIAP Regional Management Office | United Nations Building | "
    "Rajdamnern Nok Ave. | Bangkok 10200"
)


def test_an_office_footer_with_no_release_is_reported() -> None:
    # No masthead, so no issuer and no release: the footer (on each page)
    # has nobody to give its details to.
    text = (
        "TRAINING ENDS\n\nBangkok, 19 June 2009 – The training ended.\n\n"
        f"{FOOTER}\nTel: +66 2 288 2213 | Fax: +66 2 280 0268\n\n"
        f"More text here that goes on.\n\n{FOOTER}\n"
    )
    result = assert_silence_is_no_bug(text)
    assert result.release is None
    reported = {f.line: f.code for f in result.findings}
    assert reported[5] == reported[6] == reported[10] == "import.footer"
    # With a release, the same lines are the issuer's details.
    result = assert_silence_is_no_bug(f"UNIAP\n\n{text}")
    assert result.release is not None
    assert result.spans["issuer_details"] == (7, 8, 12)


def test_each_line_of_left_out_furniture_is_a_finding() -> None:
    text = (
        "Skip to main content\nHome\nNews\nAbout us\nContact\n\n"
        "Acme opens a plant\n\n"
        "Berlin, 4 March 2025 – Acme opened a plant in Berlin today.\n\n###\n"
    )
    result = assert_silence_is_no_bug(text)
    reported = {f.line for f in result.findings}
    assert {1, 2, 3, 4, 5, 11} <= reported


# Lines a web page or a PDF leaves around a release.
EXTRA = [
    "Skip to main content",
    "Home > News > Press releases",
    "Share this page: Facebook Twitter LinkedIn",
    "Back to top",
    "PRESS RELEASE",
    "Page 2 of 3",
    "- 2 -",
    "###",
    "-ENDS-",
    "Notes to editors",
    "Last updated 4 March 2025",
    FOOTER,
    "Tel: +66 2 288 2213 | Fax: +66 2 280 0268 | www.no-trafficking.org",
]
_RELEASES = [p.read_text(encoding="utf-8") for p in TEXTS]


@st.composite
def mangled(draw: st.DrawFn) -> str:
    """A release's lines, shuffled, dropped, duplicated, with extras."""
    text = draw(st.sampled_from(_RELEASES))
    paragraphs = text.split("\n\n")
    if draw(st.booleans()):
        paragraphs = draw(st.permutations(paragraphs))
    lines = "\n\n".join(paragraphs).split("\n")
    out: list[str] = []
    for _ in range(draw(st.integers(0, 3))):
        out.append(draw(st.sampled_from(EXTRA)))
    ops = draw(
        st.lists(
            st.sampled_from(["keep", "keep", "keep", "drop", "twice", "extra"]),
            min_size=len(lines),
            max_size=len(lines),
        )
    )
    for line, op in zip(lines, ops, strict=True):
        if op == "drop":
            continue
        out.append(line)
        if op == "twice":
            out.append(line)
        elif op == "extra":
            out.append(draw(st.sampled_from(EXTRA)))
    return "\n".join(out)


@given(mangled())
def test_every_line_of_a_mangled_release_is_placed_or_reported(text: str) -> None:
    assert_silence_is_no_bug(text)


HEAD = "ACME\n\nPRESS RELEASE\n\nHEADLINE\n\nBangkok, 19 June 2009 – Text.\n\n"
SPANS = {
    "contact cards": lambda n: (
        HEAD
        + "Media contact:\n"
        + "Ms Jane Doe\nHead of Press\nwww.acme.example\n+66 2 288 2213\n" * (n // 50)
    ),
    "collapsed columns": lambda n: (
        HEAD
        + "Media contacts:\n"
        + "Ms Jane Doe\n"
        + ("Aa " * (n // 3))[:199]
        + "\n" * 2
    ),
    "a long menu": lambda n: (
        "Skip to main content\n" + "News\n" * (n // 5) + "\n" + HEAD
    ),
    "a footer with no release": lambda n: (
        "TRAINING\n\nBangkok, 19 June 2009 – T.\n\n" + f"{FOOTER}\n" * (n // 100)
    ),
}


@pytest.mark.complexity
@pytest.mark.parametrize("make", SPANS.values(), ids=SPANS.keys())
def test_accounting_for_every_line_is_linear(make: Callable[[int], str]) -> None:
    assert_linear(make, read_text, 1_000)


def test_notes_to_editors_are_reported_as_notes_not_markers() -> None:
    text = (
        "ACME\n\nPRESS RELEASE\n\nAcme opens a plant\n\n"
        "Berlin, 4 March 2025 – Acme opened a plant in Berlin today.\n\n"
        "Notes to editors\n1. Acme makes widgets.\n2. The plant cost EUR 5m.\n"
    )
    result = assert_silence_is_no_bug(text)
    found = {f.line: (f.code, f.severity) for f in result.findings}
    assert found[9] == ("import.furniture", Severity.INFO)
    assert found[10] == found[11] == ("import.notes", Severity.WARNING)
