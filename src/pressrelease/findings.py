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
from pressrelease.errors import Problem, quoted
from pressrelease.model.contact import Contact
from pressrelease.model.organisation import Organisation
from pressrelease.model.phone_entry import Phone
from pressrelease.model.release import Release
from pressrelease.phone import PhoneNumber, calling_code

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
    if country is None or (phone.is_valid and phone.is_valid_for(country)):
        return
    region = phone.region
    same_plan = phone.country_code == calling_code(country)
    if same_plan and not phone.is_valid:
        return  # not valid today (reported above): no region to tell
    if same_plan:
        # The same numbering plan: +44 GB/GG/JE/IM, +1 NANP, +7 RU/KZ, ...
        where = f" (a number of {region})" if region else ""
        yield Finding(
            path=path,
            code="phone.other_region",
            severity=Severity.INFO,
            message=f"{phone.international}{where} is in the numbering plan "
            f"{country} shares (+{phone.country_code}), but not one of "
            f"{country}'s own numbers; check it if the contact is in {country}",
        )
    else:
        yield Finding(
            path=path,
            code="phone.country_mismatch",
            severity=Severity.WARNING,
            message=f"{phone.international} is a number of "
            f"{region or '+' + str(phone.country_code)}, but the stated country "
            f"is {country}",
        )


def _phones(
    path: str, phones: tuple[Phone, ...], country: str | None
) -> Iterator[Finding]:
    first: dict[PhoneNumber, int] = {}
    for i, phone in enumerate(phones):
        where = f"{path}.phones[{i}]"
        yield from _phone(where, phone.number, country)
        earlier = first.setdefault(phone.number, i)
        if earlier == i:
            continue
        other = phones[earlier].kind
        if other is phone.kind:
            message = "list each number once"
        else:  # a line that takes both calls and faxes, say
            message = f"as {other.value} and as {phone.kind.value}"
        yield Finding(
            path=where,
            code="phone.duplicate",
            severity=Severity.WARNING if other is phone.kind else Severity.INFO,
            message=f"{phone.number.international} is listed twice (also at "
            f"phones[{earlier}]); {message}",
        )


def _emails(path: str, owner: Contact | Organisation) -> Iterator[Finding]:
    first: dict[str, int] = {}
    for i, email in enumerate(owner.emails):
        earlier = first.setdefault(email.normalized.lower(), i)
        if earlier != i:
            yield Finding(
                path=f"{path}.emails[{i}]",
                code="email.duplicate",
                severity=Severity.WARNING,
                message=f"{email} is listed twice (also at emails[{earlier}]); "
                "list each address once",
            )


def _contact(path: str, contact: Contact) -> Iterator[Finding]:
    if not contact.emails and not contact.phones:
        yield Finding(
            path=path,
            code="contact.unreachable",
            severity=Severity.WARNING,
            message=f"contact {quoted(contact.name)} has neither an email address nor "
            "a phone number",
        )
    yield from _emails(path, contact)
    yield from _phones(path, contact.phones, contact.country)


def _organisation(path: str, org: Organisation) -> Iterator[Finding]:
    country = org.country
    if country is None and org.address is not None:
        country = org.address.country
    yield from _phones(path, org.phones, country)
    yield from _emails(path, org)


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
