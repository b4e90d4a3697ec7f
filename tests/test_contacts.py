"""Contacts as they really come: kinds of number, several emails, national
numbers, and schema_version 1 documents (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given

from pressrelease import (
    Contact,
    ContactRole,
    Phone,
    PhoneKind,
    PhoneNumber,
    ValidationError,
    check,
    from_dict,
    from_json,
    from_vcard,
    render_text,
    to_dict,
    to_jcard,
    to_json,
    to_jsonld,
    to_ninjs,
    to_vcard,
)
from pressrelease import strategies as prs
from tests.helpers import seed_json

V1 = Path(__file__).parent / "data" / "uniap_2009_v1.json"


def problems(exc: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    return [(p.path, p.code) for p in exc.value.problems]


def _office() -> Contact:
    return Contact(
        name="Supanee Pongruengphant",
        role=ContactRole.MEDIA,
        emails=("supanee.pongruengphant@un.or.th", "media@un.or.th"),
        phones=(
            Phone(number="+66 2 288 1746", label="direct line"),
            Phone(number="+66 81 234 5678", kind=PhoneKind.MOBILE),
            Phone(number="+66 2 280 0268", kind=PhoneKind.FAX),
        ),
        country="TH",
    )


def test_phones_take_entries_numbers_and_strings_and_email_is_the_first() -> None:
    number = PhoneNumber.parse("+66 2 288 1746")
    contact = Contact(
        name="A",
        emails=("a@undp.org", "b@undp.org"),
        phones=(number, "+66 2 280 0268", Phone(number=number, kind="fax")),
    )
    assert [p.kind for p in contact.phones] == [
        PhoneKind.VOICE,
        PhoneKind.VOICE,
        PhoneKind.FAX,
    ]
    assert str(contact.email) == "a@undp.org"
    assert Contact(name="A").email is None


def test_json_shape_of_kinds_labels_and_emails() -> None:
    data = to_dict(_office())
    assert data["role"] == "media"
    assert data["emails"] == ["supanee.pongruengphant@un.or.th", "media@un.or.th"]
    assert data["phones"][0] == {
        "number": "+6622881746",
        "kind": "voice",
        "label": "direct line",
    }
    assert [p["kind"] for p in data["phones"]] == ["voice", "mobile", "fax"]
    assert from_json(to_json(_office()), Contact) == _office()


def test_a_bare_string_in_json_is_a_voice_number() -> None:
    contact = from_dict({"name": "A", "phones": ["+66 2 288 1746"]}, Contact)
    assert contact.phones == (Phone(number="+66 2 288 1746"),)


def test_a_fax_is_never_a_voice_number_in_any_output() -> None:
    contact = _office()
    card = to_vcard([contact])
    assert "TEL;VALUE=uri;TYPE=work,fax:tel:+66-2-280-0268" in card
    assert "TEL;VALUE=uri;TYPE=work,cell:tel:+66-81-234-5678" in card
    assert 'X-LABEL="direct line"' not in card  # no character needs quoting
    assert "X-LABEL=direct line:tel:+66-2-288-1746" in card
    assert "EMAIL;TYPE=work;PREF=1:supanee.pongruengphant@un.or.th" in card
    assert "EMAIL;TYPE=work:media@un.or.th" in card
    jcard = to_jcard(contact)[1]
    assert ["tel", {"type": ["work", "fax"]}, "uri", "tel:+66-2-280-0268"] in jcard


def test_release_outputs_keep_the_fax_apart() -> None:
    release = from_json(seed_json())
    ld = to_jsonld(release)
    issuer = ld["publisher"]
    assert issuer["telephone"] == "+66 2 288 2213"
    assert issuer["faxNumber"] == "+66 2 280 0268"
    ninjs = json.dumps(to_ninjs(release))
    assert '"type": "fax", "role": "office", "value": "tel:+66-2-280-0268"' in ninjs
    text = render_text(release)
    assert "Tel: +66 2 288 2213 | Fax: +66 2 280 0268" in text


def test_rendered_contact_names_each_kind() -> None:
    import datetime

    from pressrelease import Dateline, Organisation, Release

    release = Release(
        id="r",
        headline="H",
        language="en",
        issuer=Organisation(id="o", name="O", kind="other"),
        dateline=Dateline(place="P", date=datetime.date(2009, 6, 19)),
        contacts=(_office(),),
    )
    text = render_text(release)
    assert "Tel (direct line): +66 2 288 1746 (Thailand)" in text
    assert "Mobile: +66 81 234 5678 (Thailand)" in text
    assert "Fax: +66 2 280 0268 (Thailand)" in text
    assert "media@un.or.th" in text


def test_vcard_work_cell_fax_and_two_emails_survive_vcard_json_vcard() -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Aung Ye Htut\r\n"
        "EMAIL;TYPE=work:second@undp.org\r\n"
        "EMAIL;TYPE=work;PREF=1:first@undp.org\r\n"
        "TEL;VALUE=uri;TYPE=work,voice:tel:+95-1-254-852\r\n"
        "TEL;VALUE=uri;TYPE=cell:tel:+95-9-420-012345\r\n"
        "TEL;VALUE=uri;TYPE=work,fax:tel:+95-1-254-853\r\n"
        "END:VCARD\r\n"
    )
    (contact,) = from_vcard(card)
    assert [str(e) for e in contact.emails] == ["first@undp.org", "second@undp.org"]
    assert [p.kind for p in contact.phones] == [
        PhoneKind.VOICE,
        PhoneKind.MOBILE,
        PhoneKind.FAX,
    ]
    again = from_json(to_json(contact), Contact)
    assert again == contact
    assert from_vcard(to_vcard([again])) == (contact,)


@given(prs.contacts())
def test_kinds_labels_and_emails_survive_vcard(contact: Contact) -> None:
    (back,) = from_vcard(to_vcard([contact]))
    assert back.emails == contact.emails
    assert back.phones == contact.phones


# schema_version 1


def test_a_version_1_document_loads_as_its_version_2_equivalent() -> None:
    old = V1.read_text(encoding="utf-8")
    assert json.loads(old)["schema_version"] == 1
    release = from_json(old)
    assert release == from_json(seed_json())
    assert [(p.kind, str(p.number)) for p in release.issuer.phones] == [
        (PhoneKind.VOICE, "+6622882213"),
        (PhoneKind.FAX, "+6622800268"),
    ]
    assert json.loads(to_json(release))["schema_version"] == 2


def test_version_1_problems_are_reported_where_the_document_has_them() -> None:
    data = json.loads(V1.read_text(encoding="utf-8"))
    data["issuer"]["faxes"] = ["+66 2 280"]
    data["contacts"][2]["email"] = "Jane Doe <jane@example.org>"
    with pytest.raises(ValidationError) as exc:
        from_dict(data)
    assert problems(exc) == [
        ("$.issuer.faxes[0]", "phone.too_short"),
        ("$.contacts[2].email", "email.display_name"),
    ]


def test_version_1_keys_in_a_contact_say_what_they_became() -> None:
    with pytest.raises(ValidationError) as exc:
        from_dict({"name": "A", "email": "a@undp.org"}, Contact)
    assert '"emails", a list' in exc.value.problems[0].message


# National numbers: the contact's country is the region.

NATIONAL = [
    ("07700 900123", "GB", "+447700900123"),
    ("(415) 253-0000", "US", "+14152530000"),
    ("01 26060 5588", "AT", "+431260605588"),
    ("02 288 1746", "TH", "+6622881746"),
    ("00 66 2 288 1746", "GB", "+6622881746"),
    ("011 66 2 288 1746", "US", "+6622881746"),
]


@pytest.mark.parametrize(("text", "country", "e164"), NATIONAL)
def test_national_numbers_are_read_for_the_contact_country(
    text: str, country: str, e164: str
) -> None:
    in_python = Contact(name="A", phones=(text,), country=country)
    assert in_python.phones[0].number.e164 == e164
    data = {"name": "A", "phones": [text], "country": country}
    assert from_dict(data, Contact) == in_python
    assert from_json(json.dumps(data), Contact) == in_python
    entry = {"name": "A", "phones": [{"number": text, "kind": "fax"}]}
    faxed = from_dict({**entry, "country": country}, Contact)
    assert faxed.phones[0] == Phone(number=e164, kind="fax")
    assert from_dict(entry, Contact, region=country) == Contact(
        name="A", phones=(Phone(number=e164, kind="fax"),)
    )


def test_an_organisation_reads_national_numbers_for_its_country() -> None:
    from pressrelease import Organisation

    org = Organisation(
        id="o", name="O", kind="other", phones=("02 288 1746",), country="TH"
    )
    assert org.phones[0].number.e164 == "+6622881746"


def test_no_country_code_and_no_country_says_what_to_do_in_python() -> None:
    with pytest.raises(ValidationError) as exc:
        Contact(name="A", phones=("07700 900123",))
    (problem,) = exc.value.problems
    assert (problem.path, problem.code) == ("$.phones[0]", "phone.national")
    assert "pass country=" in problem.message
    assert '"country"' not in problem.message


def test_no_country_code_and_no_country_says_what_to_do_in_json() -> None:
    with pytest.raises(ValidationError) as exc:
        from_json('{"name": "A", "phones": ["07700 900123"]}', Contact)
    (problem,) = exc.value.problems
    assert (problem.path, problem.code) == ("$.phones[0]", "phone.national")
    assert 'add "country" to the contact' in problem.message
    assert "country=" not in problem.message


def test_a_bad_country_and_a_national_number_report_both() -> None:
    with pytest.raises(ValidationError) as exc:
        Contact(name="", phones=("07700 900123",), country="XX")
    assert problems(exc) == [
        ("$.name", "empty"),
        ("$.phones[0]", "phone.national"),
        ("$.country", "country.unknown"),
    ]


def test_a_phone_built_inside_a_converter_hides_no_other_problem() -> None:
    with pytest.raises(ValidationError) as exc:
        Contact(name="", phones=(PhoneNumber.parse("+66 2 288 1746"),))
    assert problems(exc) == [("$.name", "empty")]


# Findings


def test_duplicate_numbers_and_addresses_are_findings() -> None:
    contact = Contact(
        name="A",
        emails=("a@undp.org", "a@undp.org"),
        phones=(
            "+66 2 288 1746",
            "+66 2 288 1746",
            Phone(number="+66 2 288 1746", kind="fax"),
        ),
        country="TH",
    )
    found = [(f.path, f.code, f.severity.value) for f in check(contact)]
    assert found == [
        ("$.emails[1]", "email.duplicate", "warning"),
        ("$.phones[1]", "phone.duplicate", "warning"),
        ("$.phones[2]", "phone.duplicate", "info"),
    ]
