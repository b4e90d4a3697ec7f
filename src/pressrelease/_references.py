"""Cross-reference checks for a release: unique ids, references that resolve."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from pressrelease.errors import Problem

if TYPE_CHECKING:
    from pressrelease.organisation import Organisation
    from pressrelease.release import Release


def _listing(ids: Iterable[str]) -> str:
    ordered = sorted(ids)
    shown = ", ".join(repr(i) for i in ordered[:8])
    more = f" and {len(ordered) - 8} more" if len(ordered) > 8 else ""
    return shown + more if ordered else "none"


def _unknown(path: str, what: str, ref: str, known: Iterable[str]) -> Problem:
    return Problem(
        path=path,
        code="reference.unknown",
        message=f"{ref!r} is not the id of any {what} in this release "
        f"(known: {_listing(known)})",
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
    yield "$.issuer", release.issuer
    for i, org in enumerate(release.organisations):
        yield f"$.organisations[{i}]", org


def _parent_cycles(release: Release) -> Iterator[Problem]:
    parents = {org.id: org.parent for _, org in _organisations(release)}
    for path, org in _organisations(release):
        seen = {org.id}
        parent = org.parent
        while parent is not None and parent in parents:
            if parent in seen:
                yield Problem(
                    path=f"{path}.parent",
                    code="reference.cycle",
                    message=f"organisation {org.id!r} is its own ancestor "
                    "through 'parent'",
                )
                break
            seen.add(parent)
            parent = parents[parent]


def reference_problems(release: Release) -> list[Problem]:
    """Every duplicate id and dangling reference in *release*."""
    orgs = list(_organisations(release))
    org_ids = {org.id for _, org in orgs}
    people = {p.id for p in release.participants}
    problems = list(_duplicates(((f"{p}.id", o.id) for p, o in orgs), "organisation"))
    problems += _duplicates(
        ((f"$.participants[{i}].id", p.id) for i, p in enumerate(release.participants)),
        "participant",
    )
    for path, org in orgs:
        refs = [("parent", org.parent)] if org.parent is not None else []
        refs += [(f"members[{j}]", m) for j, m in enumerate(org.members)]
        refs += [(f"funders[{j}]", f) for j, f in enumerate(org.funders)]
        problems += (
            _unknown(f"{path}.{where}", "organisation", ref, org_ids)
            for where, ref in refs
            if ref not in org_ids
        )
    holders = [
        (f"$.participants[{i}]", p.organisation)
        for i, p in enumerate(release.participants)
    ] + [(f"$.contacts[{i}]", c.organisation) for i, c in enumerate(release.contacts)]
    problems += (
        _unknown(f"{path}.organisation", "organisation", ref, org_ids)
        for path, ref in holders
        if ref is not None and ref not in org_ids
    )
    for i, quote in enumerate(release.quotes):
        if quote.speaker not in people:
            problems.append(
                _unknown(f"$.quotes[{i}].speaker", "participant", quote.speaker, people)
            )
        if quote.paragraph is not None and quote.paragraph >= len(release.body):
            problems.append(
                Problem(
                    path=f"$.quotes[{i}].paragraph",
                    code="reference.paragraph",
                    message=f"paragraph {quote.paragraph} does not exist; the body "
                    f"has {len(release.body)} paragraphs (numbered from 0)",
                )
            )
    problems += _parent_cycles(release)
    return problems
