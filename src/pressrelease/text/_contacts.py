"""The media contacts block: "For further information, please contact:".

Sections headed "In English:", "In Khmer:" give each contact's language; a
contact is a name line (``Ms. Dominique Larsimont, UNIAP``), then email and
phone lines, a phone ending in ``(Thailand)`` giving both the region to read
it with and the contact's country.
"""

from __future__ import annotations

import re

import attrs

from pressrelease._names import country_for_name, language_for_name
from pressrelease.email_address import EmailAddress
from pressrelease.errors import ValidationError
from pressrelease.model.phone_entry import Phone, PhoneKind
from pressrelease.phone import PhoneNumber, split_range
from pressrelease.text._blocks import Block, Line, Report

INTRO = re.compile(
    r"(?:for\s+(?:further|more)\s+information|media\s+(?:contacts?|enquiries|"
    r"inquiries)|press\s+contacts?|contacts?\s+for\s+(?:the\s+)?media)\b.*",
    re.I,
)
_HEADER = re.compile(r"in\s+(?P<language>[^:]{2,40}):", re.I)
# Ends a language section: the contacts after it serve no stated language.
_RESET = re.compile(r"(?:other\s+)?contacts?\s*:", re.I)
_COUNTRY_LINE = re.compile(r"country\s*:\s*(?P<country>.+)", re.I)
_EMAIL = re.compile(r"(?:e-?mail\s*:\s*)?(?P<email>\S+@\S+)", re.I)
_PHONE = re.compile(
    r"(?:(?P<kind>tel|phone|mobile|mob|cell|fax|pager|text|sms|t|m|f)\.?"
    r"\s*(?:\((?P<label>[^()]+)\))?\s*:\s*)?(?P<number>[+(]?\d.*?)"
    r"(?:\s*\((?P<country>[^()\d]*[^\W\d][^()\d]*)\))?",
    re.I,
)
_NAME = re.compile(
    r"(?:(?P<honorific>Mr|Ms|Mrs|Miss|Mx|Dr|Prof)(?P<dot>\.)?\s+)?"
    r"(?P<rest>(?=[^\W\d_])\w.*)"
)


@attrs.define
class ContactDraft:
    name: str
    honorific: str | None
    title: str | None
    organisation: str | None  # as written: a label to resolve
    language: str | None
    line: int
    emails: list[EmailAddress] = attrs.Factory(list)
    phones: list[Phone] = attrs.Factory(list)
    country: str | None = None
    #: The line of each phone number and email, for the source map.
    phone_lines: list[int] = attrs.Factory(list)
    email_lines: list[int] = attrs.Factory(list)


_KINDS = {
    "mobile": PhoneKind.MOBILE,
    "mob": PhoneKind.MOBILE,
    "cell": PhoneKind.MOBILE,
    "m": PhoneKind.MOBILE,
    "fax": PhoneKind.FAX,
    "f": PhoneKind.FAX,
    "pager": PhoneKind.PAGER,
    "text": PhoneKind.TEXT,
    "sms": PhoneKind.TEXT,
}


def _entries(
    numbers: list[PhoneNumber], kind: str | None, label: str | None
) -> list[Phone]:
    """The numbers as Phones of the kind their prefix (``Fax:``) names."""
    kind_of = _KINDS.get((kind or "").lower(), PhoneKind.VOICE)
    label = None if label is None else label.strip() or None
    return [Phone(number=n, kind=kind_of, label=label) for n in numbers]


def read_phone(
    text: str, region: str | None, line: int, report: Report
) -> list[PhoneNumber]:
    """The number(s) in *text*: a slash range gives two; a failure is reported."""
    texts = list(split_range(text) or (text,))
    found = []
    for written in texts:
        try:
            found.append(PhoneNumber.parse(written, region))
        except ValidationError as exc:
            report(
                "import.phone",
                f"phone {written!r} not imported: {exc.problems[0].message}",
                line,
            )
    return found


def _name_line(line: Line, language: str | None) -> ContactDraft | None:
    match = _NAME.fullmatch(line.text)
    if match is None or "@" in line.text or not match["rest"][0].isupper():
        return None  # a name starts with a capital letter
    parts = [p.strip() for p in match["rest"].split(",")]
    honorific = match["honorific"]
    if honorific and match["dot"]:
        honorific += "."
    organisation = parts[-1] if len(parts) > 1 else None
    title = ", ".join(parts[1:-1]) or None
    return ContactDraft(
        name=parts[0],
        honorific=honorific,
        title=title,
        organisation=organisation,
        language=language,
        line=line.number,
    )


def read_contacts(blocks: list[Block], report: Report) -> list[ContactDraft]:
    """Every contact in the blocks after the contacts intro."""
    contacts: list[ContactDraft] = []
    language: str | None = None
    for block in blocks:
        current: ContactDraft | None = None
        for line in block.lines:
            text = line.text
            if _RESET.fullmatch(text):
                language, current = None, None
            elif header := _HEADER.fullmatch(text):
                language = language_for_name(header["language"])
                if language is None:
                    report(
                        "import.language",
                        f"language {header['language']!r} is not one pressrelease "
                        "knows by name; write a BCP 47 tag such as 'km'",
                        line.number,
                    )
                current = None
            elif current is not None and (match := _EMAIL.fullmatch(text)):
                _add_email(current, match["email"], line.number, report)
            elif current is not None and (match := _COUNTRY_LINE.fullmatch(text)):
                current.country = _country(match["country"], line.number, report)
            elif current is not None and (match := _PHONE.fullmatch(text)):
                if match["country"] is not None:
                    found = _country(match["country"], line.number, report)
                    current.country = current.country or found
                    region = found
                else:
                    region = current.country
                numbers = _entries(
                    read_phone(match["number"].strip(), region, line.number, report),
                    match["kind"],
                    match["label"],
                )
                current.phones += numbers
                current.phone_lines += [line.number] * len(numbers)
            elif (draft := _name_line(line, language)) is not None:
                current = draft
                contacts.append(draft)
            else:
                report(
                    "import.unplaced",
                    f"line not placed in a contact: {text!r}",
                    line.number,
                )
    return contacts


def _add_email(contact: ContactDraft, text: str, line: int, report: Report) -> None:
    try:
        contact.emails.append(EmailAddress.parse(text.rstrip(".,;")))
        contact.email_lines.append(line)
    except ValidationError as exc:
        report("import.email", f"email not imported: {exc.problems[0].message}", line)


def _country(name: str, line: int, report: Report) -> str | None:
    code = country_for_name(name.strip())
    if code is None:
        report(
            "import.country",
            f"{name.strip()!r} is not a country name pressrelease knows",
            line,
        )
    return code
