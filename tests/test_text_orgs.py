"""The organisation registry of the text importer: right, linear, no recursion.

Regression tests for issue 15 items 3 and 4.
"""

from __future__ import annotations

import pytest

from pressrelease import read_text
from pressrelease.text._build import cased_as_in
from pressrelease.text._orgs import Registry

from .helpers import assert_linear


def test_funded_and_parent_chain() -> None:
    registry = Registry({})
    ident = registry.resolve(
        "Australian Government-funded Asia Regional Trafficking in Persons Project"
    )
    project = registry.draft(ident)
    assert project is not None
    funder = registry.draft(project.funders[0])
    assert funder is not None
    assert funder.name == "Australian Government"
    dsi = registry.draft(
        registry.resolve(
            "Department of Special Investigation (DSI) of "
            "Thailand's Ministry of Justice"
        )
    )
    assert dsi is not None
    assert (dsi.acronym, dsi.country) == ("DSI", "TH")
    ministry = registry.draft(dsi.parent or "")
    assert ministry is not None
    assert ministry.name == "Ministry of Justice"
    government = registry.draft(ministry.parent or "")
    assert government is not None
    assert government.name == "Government of Thailand"


def test_deep_funded_chain_does_not_recurse() -> None:
    phrase = " ".join(f"Org{i}-funded" for i in range(5000)) + " Final Project"
    registry = Registry({})
    project = registry.draft(registry.resolve(phrase))
    assert project is not None
    assert project.name == "Final Project"
    assert len(project.funders) == 5000


def test_deep_parent_chain_does_not_recurse() -> None:
    phrase = "Office" + " of Thailand's Office" * 5000
    registry = Registry({})
    office = registry.draft(registry.resolve(phrase))
    assert office is not None
    assert office.country == "TH"
    # The same name at every level is one organisation, never its own parent.
    assert all(d.parent != d.id for d in registry.drafts)


def test_nested_chain_keeps_each_level() -> None:
    phrase = "Unit of Laos's Bureau of Thailand's Ministry of Justice"
    registry = Registry({})
    unit = registry.draft(registry.resolve(phrase))
    assert unit is not None
    assert unit.name == "Unit"
    bureau = registry.draft(unit.parent or "")
    assert bureau is not None
    assert (bureau.name, bureau.country) == ("Bureau", "LA")
    ministry = registry.draft(bureau.parent or "")
    assert ministry is not None
    assert (ministry.name, ministry.country) == (
        "Ministry of Justice",
        "TH",
    )


def test_no_parent_cycle() -> None:
    registry = Registry({})
    registry.resolve("Alpha of Laos's Beta of Thailand's Alpha")
    for draft in registry.drafts:
        seen: set[str] = set()
        ident: str | None = draft.id
        while ident is not None:
            assert ident not in seen
            seen.add(ident)
            parent = registry.draft(ident)
            ident = parent.parent if parent else None


def test_read_text_never_raises_on_deep_nesting() -> None:
    for middle in ("Org-funded " * 3000, "Bureau of Laos's " * 3000):
        text = (
            "ACME\n\nHeadline here\n\nParis, 4 March 2025 – Words.\n\n"
            f'"Every word counts here today," said Ms Jane Doe of {middle}Agency.\n'
        )
        result = read_text(text)
        assert result.findings is not None


def test_definition_reads_name_backwards() -> None:
    registry = Registry({})
    text = (
        "Delegates met at the Coordinated Mekong Ministerial Initiative against "
        "Human Trafficking (COMMIT) met."
    )
    registry.read_paragraph(text)
    commit = registry.draft(registry.find("COMMIT") or "")
    assert commit is not None
    assert commit.name == (
        "Coordinated Mekong Ministerial Initiative against Human Trafficking"
    )


@pytest.mark.complexity
def test_definition_linear() -> None:
    assert_linear(
        lambda n: "Aa " * n + "x",
        lambda text: Registry({}).read_paragraph(text),
        3_000,
    )


@pytest.mark.complexity
def test_definitions_many_linear() -> None:
    assert_linear(
        lambda n: " ".join(f"Aa Bb (AB{chr(65 + i % 26)})" for i in range(n)),
        lambda text: Registry({}).read_paragraph(text),
        300,
    )


@pytest.mark.complexity
def test_governments_linear() -> None:
    assert_linear(
        lambda n: "governments of " * n + "x",
        lambda text: Registry({}).read_paragraph(text),
        2_000,
    )


@pytest.mark.complexity
def test_same_slug_ids_linear_and_distinct() -> None:
    def run(n: int) -> None:
        registry = Registry({})
        ids = {
            registry._new(f"Acme {i}", None, None, preferred="acme").id
            for i in range(n)
        }
        assert len(ids) == n

    assert_linear(lambda n: n, run, 1_000)


@pytest.mark.complexity
def test_resolve_chain_linear() -> None:
    assert_linear(
        lambda n: "Office" + " of Laos's Office" * n,
        lambda phrase: Registry({}).resolve(phrase),
        300,
    )


@pytest.mark.complexity
def test_resolve_of_in_linear() -> None:
    assert_linear(
        lambda n: "Aa" + " of Aa" * n,
        lambda phrase: Registry({}).resolve(phrase),
        2_000,
    )


@pytest.mark.complexity
def test_cased_as_in_linear() -> None:
    assert_linear(
        lambda n: ("a" * n + " ACME", "A" * 199 + "B"),
        lambda pair: cased_as_in(pair[0], pair[1]),
        20_000,
    )
