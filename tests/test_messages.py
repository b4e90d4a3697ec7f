"""The exact messages for the classic bad inputs.

Messages are part of what users get: a change here should be deliberate.
"""

from __future__ import annotations

from typing import Any

import pytest

from pressrelease import (
    Contact,
    Dateline,
    Organisation,
    Participant,
    ValidationError,
    from_dict,
)

CASES: list[tuple[type[Any], dict[str, Any], str]] = [
    (
        Contact,
        {"name": "A", "phones": ["+95 1 254 852/3"]},
        "$.phones[0]: '+95 1 254 852/3' is a range of two numbers (+95 1 254 852 "
        "and +95 1 254 853), not one number; give each number separately "
        "[phone.range]",
    ),
    (
        Contact,
        {"name": "A", "phones": ["+1 650 ABC 0000"]},
        "$.phones[0]: '+1 650 ABC 0000' contains text that is not part of a phone "
        "number ('ABC'); write only the digits (vanity letters and notes are not "
        "accepted) [phone.letters]",
    ),
    (
        Contact,
        {"name": "A", "phones": ["02 288 1746"]},
        "$.phones[0]: '02 288 1746' has no country code and there is no country "
        'to read it for; add "country" to the contact: the ISO 3166-1 code of '
        "the country it is written for, or write it as +<country code> ... "
        "[phone.national]",
    ),
    (
        Contact,
        {"name": "A", "phones": ["+66 2 288"]},
        "$.phones[0]: '+66 2 288' is too short to be a number [phone.too_short]",
    ),
    (
        Contact,
        {"name": "A", "emails": ["Jane Doe <jane@example.org>"]},
        "$.emails[0]: 'Jane Doe <jane@example.org>' has a name with the address; give "
        "the name separately and the address alone, such as 'jane@example.org' "
        "[email.display_name]",
    ),
    (
        Contact,
        {"name": "A", "emails": ["jane@example.test"]},
        "$.emails[0]: 'jane@example.test' is not a valid email address: The part after "
        "the @-sign is a special-use or reserved name that cannot be used with "
        "email. [email.invalid]",
    ),
    (Contact, {"name": 3}, "$.name: expected a string, got a number (3) [type]"),
    (
        Contact,
        {"name": "A", "phones": "+66 2 288 1746"},
        "$.phones: expected an array, got a string ('+66 2 288 1746') [type]",
    ),
    (Contact, {}, "$.name: required key 'name' is missing [missing]"),
    (
        Contact,
        {"name": "A", "fax": "+66 2 280 0268"},
        "$.fax: unknown key 'fax' in a Contact (known keys: name, honorific, title, "
        "organisation, role, language, emails, phones, country) [unknown_key]",
    ),
    (
        Contact,
        {"name": "A", "email": "jane@example.org"},
        "$.email: unknown key 'email' in a Contact (since schema_version 2 it is "
        '"emails", a list; known keys: name, honorific, title, organisation, role, '
        "language, emails, phones, country) [unknown_key]",
    ),
    (
        Contact,
        {"name": " A"},
        "$.name: ' A' has leading or trailing whitespace [whitespace]",
    ),
    (
        Contact,
        {"name": "A", "country": "UK"},
        "$.country: 'UK' is not an ISO 3166-1 alpha-2 country code (the United "
        "Kingdom is 'GB') [country.unknown]",
    ),
    (
        Contact,
        {"name": "A", "language": "english"},
        "$.language: 'english' is not a language code in use (use a two- or "
        "three-letter ISO 639 code) [language.unknown]",
    ),
    (
        Dateline,
        {"place": "Ayutthaya", "date": "19th June 2009"},
        "$.date: '19th June 2009' is not a date in the form YYYY-MM-DD [date.invalid]",
    ),
    (
        Organisation,
        {"id": "uniap", "name": "UNIAP", "kind": "agency"},
        "$.kind: 'agency' is not one of 'un_body', 'intergovernmental', "
        "'government', 'ministry', 'government_agency', 'judiciary', 'ngo', "
        "'donor_programme', 'company', 'media', 'academic', 'other' [choice]",
    ),
    (
        Organisation,
        {"id": "uniap", "name": "UNIAP", "kind": "un_body", "website": "www.x.org"},
        "$.website: 'www.x.org' is not an absolute http(s) URL (such as "
        "'http://www.no-trafficking.org') [url.invalid]",
    ),
    (
        Participant,
        {"id": "p1"},
        "$.name: a participant needs a name or, when the release gives none, a "
        "description (such as 'a Chinese Government official') "
        "[participant.anonymous]",
    ),
]


@pytest.mark.parametrize(
    ("cls", "data", "message"), CASES, ids=[str(i) for i in range(len(CASES))]
)
def test_message(cls: type[Any], data: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as exc:
        from_dict(data, cls)
    assert [str(p) for p in exc.value.problems] == [message]
    assert str(exc.value) == message


def test_several_problems_are_listed_one_per_line() -> None:
    with pytest.raises(ValidationError) as exc:
        from_dict({"name": "", "country": "ZZ"}, Contact)
    assert str(exc.value) == (
        "2 problems:\n"
        "  $.name: must not be empty [empty]\n"
        "  $.country: 'ZZ' is not an ISO 3166-1 alpha-2 country code (two letters, "
        "such as 'TH' for Thailand) [country.unknown]"
    )


_LONG = "x" * 1_000_000

LONG_VALUES: list[tuple[type[Any], dict[str, Any], str]] = [
    (Organisation, {"id": _LONG, "name": "A"}, "$.id"),
    (Organisation, {"id": "a", "name": "A", "website": "http://" + _LONG}, "$.website"),
    (Organisation, {"id": "a", "name": "A", "country": _LONG}, "$.country"),
    (Contact, {"name": "A", "language": _LONG}, "$.language"),
    (Contact, {"name": " " + _LONG[:50_000]}, "$.name"),
    (Contact, {"name": "A", _LONG: 1}, "$." + _LONG),
    (Dateline, {"place": "A", "date": _LONG}, "$.date"),
]


@pytest.mark.parametrize(
    ("cls", "data", "path"), LONG_VALUES, ids=[str(i) for i in range(len(LONG_VALUES))]
)
def test_a_message_shows_a_long_bad_value_by_its_start_and_length(
    cls: type[Any], data: dict[str, Any], path: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        from_dict(data, cls)
    problems = caught.value.problems
    assert all(len(p.message) < 400 for p in problems), problems[0].message[:400]
    (problem,) = [p for p in problems if p.path[:100] == path[:100]]
    assert "characters)" in problem.message, problem.message
