"""Findings: what is legal but doubtful in a valid release or contact.

``check`` never raises for a valid object; a strict load
(``from_json(..., strict=True)``) turns its warnings into a ValidationError.
"""

from __future__ import annotations

from collections.abc import Iterator

from pressrelease.contact import Contact
from pressrelease.errors import Finding, Severity
from pressrelease.organisation import Organisation
from pressrelease.phone import PhoneNumber
from pressrelease.release import Release

__all__ = ["check"]


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


def _release(release: Release) -> Iterator[Finding]:
    yield from _organisation("$.issuer", release.issuer)
    for i, org in enumerate(release.organisations):
        yield from _organisation(f"$.organisations[{i}]", org)
    for i, quote in enumerate(release.quotes):
        where = (
            (release.body[quote.paragraph],)
            if quote.paragraph is not None
            else release.body
        )
        if not any(quote.text in paragraph for paragraph in where):
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


def check(obj: Release | Contact) -> tuple[Finding, ...]:
    """Every finding for a release or a single contact, in document order.

    >>> from pressrelease import Contact
    >>> [f.code for f in check(Contact(name="A", phones=("+84 43 942 6511",),
    ...                                 country="VN"))]
    ['phone.not_valid']
    """
    if isinstance(obj, Release):
        return tuple(_release(obj))
    if isinstance(obj, Contact):
        return tuple(_contact("$", obj))
    raise TypeError(f"check() takes a Release or a Contact, not {type(obj).__name__}")
