"""Cross-reference checks for a release: unique ids, references that resolve."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

from pressrelease.errors import Problem
from pressrelease.model.contact import Contact
from pressrelease.model.organisation import Organisation
from pressrelease.model.participant import Participant
from pressrelease.model.quote import Quote


class Release(Protocol):
    """What the checks read of a release (the class itself imports this module)."""

    @property
    def all_organisations(self) -> tuple[Organisation, ...]: ...
    @property
    def participants(self) -> Sequence[Participant]: ...
    @property
    def quotes(self) -> Sequence[Quote]: ...
    @property
    def contacts(self) -> Sequence[Contact]: ...
    @property
    def body(self) -> Sequence[str]: ...


def _listing(ids: Iterable[str]) -> str:
    ordered = sorted(ids)
    shown = ", ".join(repr(i) for i in ordered[:8])
    more = f" and {len(ordered) - 8} more" if len(ordered) > 8 else ""
    return shown + more if ordered else "none"


class _Known:
    """Ids a reference may name, listed (sorted once) only if one does not."""

    def __init__(self, ids: set[str]) -> None:
        self.ids = ids
        self._listing: str | None = None

    def listing(self) -> str:
        if self._listing is None:
            self._listing = _listing(self.ids)
        return self._listing


def _unknown(path: str, what: str, ref: str, known: _Known) -> Problem:
    return Problem(
        path=path,
        code="reference.unknown",
        message=f"{ref!r} is not the id of any {what} in this release "
        f"(known: {known.listing()})",
    )


def _duplicates(items: Iterable[tuple[str, str]], what: str) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    for path, ident in items:
        if ident in seen:
            yield Problem(
                path=path,
                code="id.duplicate",
                message=f"{what} id {ident!r} is already used at {seen[ident]}",
            )
        else:
            seen[ident] = path


def _organisations(release: Release) -> Iterator[tuple[str, Organisation]]:
    for i, org in enumerate(release.all_organisations):
        yield _org_path(i), org


def _org_path(index: int) -> str:
    """The path of the organisation at *index* in ``all_organisations``."""
    return "$.issuer" if index == 0 else f"$.organisations[{index - 1}]"


def _in_cycles(parents: dict[str, str | None]) -> set[str]:
    """The ids that are their own ancestors: each chain is walked once.

    Iterative, and every id is settled the first time a walk reaches it, so
    the work is linear in the number of organisations however long the
    chains are.
    """
    settled: set[str] = set()
    cyclic: set[str] = set()
    for start in parents:
        walk: dict[str, int] = {}  # ids on this walk, in order
        ident: str | None = start
        while ident is not None and ident in parents and ident not in settled:
            if ident in walk:  # back to an id of this walk: a cycle from there
                cyclic.update(list(walk)[walk[ident] :])
                break
            walk[ident] = len(walk)
            ident = parents[ident]
        settled.update(walk)
    return cyclic


def _parent_cycles(release: Release) -> Iterator[Problem]:
    orgs = release.all_organisations
    parents = {org.id: org.parent for org in orgs}  # the last of a duplicated id
    # Only an id with a parent can be on a cycle: the walks start from those.
    cyclic = _in_cycles({k: v for k, v in parents.items() if v is not None})
    if not cyclic:
        return
    for i, org in enumerate(orgs):
        if org.id in cyclic and org.parent is not None:
            yield Problem(
                path=f"{_org_path(i)}.parent",
                code="reference.cycle",
                message=f"organisation {org.id!r} is its own ancestor through 'parent'",
            )


def reference_problems(release: Release) -> list[Problem]:
    """Every duplicate id and dangling reference in *release*."""
    orgs = release.all_organisations
    org_ids = {org.id for org in orgs}
    people = {p.id for p in release.participants}
    known_orgs, known_people = _Known(org_ids), _Known(people)
    problems: list[Problem] = []
    # Paths are spelled out only for what fails: a valid release (the common
    # case) costs a few set lookups.
    if len(org_ids) < len(orgs):
        problems += _duplicates(
            ((f"{p}.id", o.id) for p, o in _organisations(release)), "organisation"
        )
    if len(people) < len(release.participants):
        problems += _duplicates(
            (
                (f"$.participants[{i}].id", p.id)
                for i, p in enumerate(release.participants)
            ),
            "participant",
        )
    has_parents = False
    for index, org in enumerate(orgs):
        parent = org.parent
        has_parents = has_parents or parent is not None
        if (
            (parent is None or parent in org_ids)
            and (not org.members or org_ids.issuperset(org.members))
            and (not org.funders or org_ids.issuperset(org.funders))
        ):
            continue
        path = _org_path(index)
        found = [("parent", org.parent)] if org.parent is not None else []
        found += [(f"members[{j}]", m) for j, m in enumerate(org.members)]
        found += [(f"funders[{j}]", f) for j, f in enumerate(org.funders)]
        problems += (
            _unknown(f"{path}.{where}", "organisation", ref, known_orgs)
            for where, ref in found
            if ref not in org_ids
        )
    holders = [
        (f"$.participants[{i}]", p.organisation)
        for i, p in enumerate(release.participants)
        if p.organisation is not None and p.organisation not in org_ids
    ] + [
        (f"$.contacts[{i}]", c.organisation)
        for i, c in enumerate(release.contacts)
        if c.organisation is not None and c.organisation not in org_ids
    ]
    problems += (
        _unknown(f"{path}.organisation", "organisation", ref, known_orgs)
        for path, ref in holders
    )
    paragraphs = len(release.body)
    for i, quote in enumerate(release.quotes):
        if quote.speaker not in people:
            problems.append(
                _unknown(
                    f"$.quotes[{i}].speaker", "participant", quote.speaker, known_people
                )
            )
        if quote.paragraph is not None and quote.paragraph >= paragraphs:
            problems.append(
                Problem(
                    path=f"$.quotes[{i}].paragraph",
                    code="reference.paragraph",
                    message=f"paragraph {quote.paragraph} does not exist; the body "
                    f"has {paragraphs} paragraphs (numbered from 0)",
                )
            )
    if has_parents:
        problems += _parent_cycles(release)
    return problems
