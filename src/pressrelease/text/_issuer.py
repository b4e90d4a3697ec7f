"""The issuer, from the masthead's name and the office footer's details."""

from __future__ import annotations

import re

from pressrelease.email_address import EmailAddress
from pressrelease.errors import ValidationError
from pressrelease.findings import Severity
from pressrelease.model.address import PostalAddress
from pressrelease.model.organisation import Organisation, OrganisationKind
from pressrelease.model.phone_entry import Phone, PhoneKind
from pressrelease.text._blocks import Report
from pressrelease.text._contacts import read_phone
from pressrelease.text._footer import Footer


def _address(footer: Footer, country: str | None, report: Report) -> PostalAddress:
    if country:
        report(
            "import.address_country",
            f"the address's country ({country}) is taken from the office's "
            "phone numbers",
            footer.line,
            Severity.INFO,
        )
    return PostalAddress(
        name=footer.office,
        street=tuple(footer.street),
        locality=footer.locality,
        postal_code=footer.postal_code,
        country=country,
    )


def _website(footer: Footer, report: Report) -> str | None:
    website = footer.website
    if website and not re.match(r"https?://", website):
        report(
            "import.website",
            f"website {website!r} written without a scheme: stored as http://{website}",
            footer.line,
            Severity.INFO,
        )
        website = f"http://{website}"
    return website


def _email(footer: Footer, report: Report) -> EmailAddress | None:
    if footer.email is None:
        return None
    text, line = footer.email
    try:
        return EmailAddress.parse(text)
    except ValidationError as exc:
        report("import.email", f"email not imported: {exc.problems[0].message}", line)
        return None


def build_issuer(
    ident: str, name: str, acronym: str | None, footer: Footer, report: Report
) -> Organisation:
    """The issuing organisation, with what its footer gives."""
    entries = [
        Phone(number=p, kind=PhoneKind(kind), label=note)
        for kind, note, text, line in footer.phones
        for p in read_phone(text, None, line, report)
    ]
    address = None
    if footer.has_address:
        regions = {p.number.region for p in entries} - {None}
        address = _address(footer, regions.pop() if len(regions) == 1 else None, report)
    united_nations = name.lower().startswith("united nations")
    website = _website(footer, report)
    email = _email(footer, report)
    return Organisation(
        id=ident,
        name=name,
        acronym=acronym,
        kind=OrganisationKind.UN_BODY if united_nations else OrganisationKind.OTHER,
        website=website,
        address=address,
        phones=tuple(entries),
        emails=() if email is None else (email,),
    )
