"""Findings: what is legal but doubtful in a valid release or contact.

``Finding`` and ``Severity`` are also what the importers report.

``check`` never raises for a valid object; a strict load
(``from_json(..., strict=True)``) turns its warnings into a ValidationError.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator

import attrs

from pressrelease._substrings import found_in
from pressrelease.errors import Problem
from pressrelease.model.contact import Contact
from pressrelease.model.organisation import Organisation
from pressrelease.model.release import Release
from pressrelease.phone import PhoneNumber

__all__ = ["Finding", "Severity", "check"]


class Severity(enum.Enum):
    """How much a finding matters; a strict load rejects errors and warnings.

    ``error`` is used by importers for what they could not take in.
    """

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen(kw_only=True)
class Finding:
    """Something legal but doubtful in a valid object, reported by ``check``.

    >>> f = Finding(path="$", code="x", severity=Severity.INFO, message="m")
    >>> str(f)
    '$: m [x, info]'
    """

    path: str
    code: str
    severity: Severity
    message: str
    #: The input line the finding is about, for text inputs.
    line: int | None = None

    def to_problem(self) -> Problem:
        """The finding as a problem, for a strict load."""
        return Problem(path=self.path, code=self.code, message=self.message)

    def __str__(self) -> str:
        return f"{self.path}: {self.message} [{self.code}, {self.severity.value}]"


def _phone(path: str, phone: PhoneNumber, country: str | None) -> Iterator[Finding]:
    if not phone.is_valid:
        yield Finding(
            path=path,
            code="phone.not_valid",
            severity=Severity.WARNING,
            message=f"{phone.international} is a possible number but not valid "
            "under the current numbering plan; it may predate a renumbering, "
            "so check it before anyone dials it",
        )
    region = phone.region
    if country is not None and region is not None and region != country:
        yield Finding(
            path=path,
            code="phone.country_mismatch",
            severity=Severity.WARNING,
            message=f"{phone.international} is a number of {region}, but the "
            f"stated country is {country}",
        )


def _contact(path: str, contact: Contact) -> Iterator[Finding]:
    if contact.email is None and not contact.phones:
        yield Finding(
            path=path,
            code="contact.unreachable",
            severity=Severity.WARNING,
            message=f"contact {contact.name!r} has neither an email address nor "
            "a phone number",
        )
    for i, phone in enumerate(contact.phones):
        yield from _phone(f"{path}.phones[{i}]", phone, contact.country)


def _organisation(path: str, org: Organisation) -> Iterator[Finding]:
    country = org.country
    if country is None and org.address is not None:
        country = org.address.country
    for field in ("phones", "faxes"):
        numbers: tuple[PhoneNumber, ...] = getattr(org, field)
        for i, phone in enumerate(numbers):
            yield from _phone(f"{path}.{field}[{i}]", phone, country)


def _quotes_in_body(release: Release) -> list[bool]:
    """For each quote, whether its words are in its paragraph (or the body).

    Quotes are grouped by what they are searched in, and each group is
    searched together, so the work is linear in the release's size however
    many quotes and paragraphs it has. Paragraphs are joined with a line
    break, which no text holds, so no quote can match across two.
    """
    groups: dict[int | None, list[int]] = {}
    for i, quote in enumerate(release.quotes):
        groups.setdefault(quote.paragraph, []).append(i)
    verbatim = [False] * len(release.quotes)
    for paragraph, members in groups.items():
        haystack = (
            "\n".join(release.body) if paragraph is None else release.body[paragraph]
        )
        needles = [release.quotes[i].text for i in members]
        for i, found in zip(members, found_in(haystack, needles), strict=True):
            verbatim[i] = found
    return verbatim


def _release(release: Release) -> Iterator[Finding]:
    verbatim = _quotes_in_body(release)
    yield from _organisation("$.issuer", release.issuer)
    for i, org in enumerate(release.organisations):
        yield from _organisation(f"$.organisations[{i}]", org)
    for i, quote in enumerate(release.quotes):
        if not verbatim[i]:
            yield Finding(
                path=f"$.quotes[{i}].text",
                code="quote.not_in_body",
                severity=Severity.WARNING,
                message="the quoted words do not appear verbatim in "
                + (
                    f"body paragraph {quote.paragraph}"
                    if quote.paragraph is not None
                    else "the body"
                ),
            )
    for i, contact in enumerate(release.contacts):
        yield from _contact(f"$.contacts[{i}]", contact)


def check(obj: Release | Contact | Organisation) -> tuple[Finding, ...]:
    """Every finding for a release, a contact or an organisation, in document order.

    >>> from pressrelease import Contact
    >>> [f.code for f in check(Contact(name="A", phones=("+84 43 942 6511",),
    ...                                 country="VN"))]
    ['phone.not_valid']
    """
    if isinstance(obj, Release):
        return tuple(_release(obj))
    if isinstance(obj, Contact):
        return tuple(_contact("$", obj))
    if isinstance(obj, Organisation):
        return tuple(_organisation("$", obj))
    raise TypeError(
        "check() takes a Release, a Contact or an Organisation, "
        f"not {type(obj).__name__}"
    )
