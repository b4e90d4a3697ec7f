"""Contacts as they really come: kinds of number, several emails, national
numbers, and schema_version 1 documents (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
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
    (contact,) = from_vcard(card).contacts
    assert [str(e) for e in contact.emails] == ["first@undp.org", "second@undp.org"]
    assert [p.kind for p in contact.phones] == [
        PhoneKind.VOICE,
        PhoneKind.MOBILE,
        PhoneKind.FAX,
    ]
    again = from_json(to_json(contact), Contact)
    assert again == contact
    assert from_vcard(to_vcard([again])).contacts == (contact,)


@given(prs.contacts())
def test_kinds_labels_and_emails_survive_vcard(contact: Contact) -> None:
    (back,) = from_vcard(to_vcard([contact])).contacts
    assert back.emails == contact.emails
    assert back.phones == contact.phones


# schema_version 1


def test_a_version_1_document_loads_as_its_version_2_equivalent() -> None:
    old = V1.read_text(encoding="utf-8")
    assert json.loads(old)["schema_version"] == 1
    release = from_json(old)
    # Version 1 had no kinds: its contacts' bare numbers migrate as voice,
    # faithfully, while the seed now says what the numbering plan does (the
    # Thai 087 number is a mobile). Everything else is the seed's.
    seed = from_json(seed_json())
    assert release == attrs.evolve(
        seed, contacts=tuple(_kinds_as_v1(c) for c in seed.contacts)
    )
    assert [p.kind for c in seed.contacts for p in c.phones].count(
        PhoneKind.MOBILE
    ) == 1  # the difference is that number's kind only
    assert [(p.kind, str(p.number)) for p in release.issuer.phones] == [
        (PhoneKind.VOICE, "+6622882213"),
        (PhoneKind.FAX, "+6622800268"),
    ]
    assert json.loads(to_json(release))["schema_version"] == 2


def _kinds_as_v1(contact: Contact) -> Contact:
    """The contact as version 1 could say it: every bare number a voice line."""
    phones = tuple(attrs.evolve(p, kind=PhoneKind.VOICE) for p in contact.phones)
    return attrs.evolve(contact, phones=phones)


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


# Dashes and slashes


@pytest.mark.parametrize(
    "text",
    [
        "+95 1 254 852-3",
        "+95 1 254 852\u20133",
        "+66 2 288 1746-7",
        "+855 23 211 240-1",
        "+95 1 254 852/3",
    ],
)
def test_ranges_are_never_one_number(text: str) -> None:
    with pytest.raises(ValidationError) as exc:
        PhoneNumber.parse(text)
    (problem,) = exc.value.problems
    assert problem.code == "phone.range"
    if "/" not in text:  # both readings: two numbers, or one run together
        assert " and " in problem.message
        assert "run together as one number" in problem.message


def test_the_range_message_shows_both_readings() -> None:
    with pytest.raises(ValidationError) as exc:
        PhoneNumber.parse("+66 2 288 1746-7")
    assert exc.value.problems[0].message == (
        "'+66 2 288 1746-7' reads as a range of two numbers (+66 2 288 1746 and "
        "+66 2 288 1747), or run together as one number (+66 2 288 17467); give "
        "each number separately, or write the one number without the dash"
    )


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("(+43-1) 26060-5588", "+431260605588"),
        ("+49 30 12345-0", "+4930123450"),
        ("+1 650-253-0000", "+16502530000"),  # group separators
        ("+7 495 123-45-67", "+74951234567"),
    ],
)
def test_direct_dial_and_group_separators_are_one_number(text: str, e164: str) -> None:
    assert PhoneNumber.parse(text).e164 == e164


def test_a_short_group_that_is_no_range_is_ambiguous() -> None:
    with pytest.raises(ValidationError) as exc:
        PhoneNumber.parse("+66 2 288 1746-2")
    (problem,) = exc.value.problems
    assert problem.code == "phone.ambiguous"
    assert "+66 2 288 17462" in problem.message
    assert "+66 2 288 1746 with extension 2" in problem.message


def test_a_range_in_a_contact_is_reported_at_its_path_even_strictly() -> None:
    with pytest.raises(ValidationError) as exc:
        from_dict({"name": "A", "phones": ["+95 1 254 852-3"]}, Contact, strict=True)
    assert problems(exc) == [("$.phones[0]", "phone.range")]


# Messages


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ("+66 2 288 1746 #", "phone.characters", "'#' (U+0023) at position 15"),
        ("+66 2 288 1746 ext. 12a", "phone.extension", "'12a'"),
        ("Fax: +66 2 280 0268", "phone.label", "remove the label"),
        ("Mobile: +66 81 234 5678", "phone.label", "'mobile'"),
    ],
)
def test_phone_messages_name_what_is_wrong(text: str, code: str, words: str) -> None:
    with pytest.raises(ValidationError) as exc:
        PhoneNumber.parse(text)
    (problem,) = exc.value.problems
    assert problem.code == code
    assert words in problem.message


def test_to_json_names_itself() -> None:
    with pytest.raises(TypeError, match=r"^to_json\(\) takes a model object"):
        to_json({})  # type: ignore[arg-type]


# Country codes


def test_kosovo_is_a_country() -> None:
    contact = Contact(name="A", phones=("044 123 456",), country="xk")
    assert contact.country == "XK"
    assert contact.phones[0].number.e164 == "+38344123456"
    assert check(contact) == ()


def test_a_uk_mobile_in_guernsey_range_passes_a_strict_load() -> None:
    data = {"name": "A", "phones": ["+44 7911 123456"], "country": "GB"}
    contact = from_dict(data, Contact, strict=True)
    assert [(f.code, f.severity.value) for f in check(contact)] == [
        ("phone.other_region", "info")
    ]


@pytest.mark.parametrize(
    ("number", "country"),
    [
        ("+1 416 555 0199", "US"),
        ("+358 18 12345", "FI"),
        ("+7 727 250 0000", "RU"),
    ],
)
def test_another_region_of_the_same_plan_is_the_milder_finding(
    number: str, country: str
) -> None:
    contact = Contact(name="A", phones=(number,), country=country)
    assert [f.code for f in check(contact)] == ["phone.other_region"]


def test_a_foreign_plan_is_still_a_country_mismatch() -> None:
    data = {"name": "A", "phones": ["+86 10 6420 1827"], "country": "TH"}
    with pytest.raises(ValidationError) as exc:
        from_dict(data, Contact, strict=True)
    assert problems(exc) == [("$.phones[0]", "phone.country_mismatch")]


# Languages


def test_private_use_language_tags_are_well_formed() -> None:
    from pressrelease import parse_language

    assert parse_language("x-klingon") == "x-klingon"
    with pytest.raises(ValidationError, match="write 'zh-CN'"):
        parse_language("zh_CN")


DASH_CODES = {"phone.range", "phone.ambiguous", "phone.characters"}


def _codes(text: str, region: str | None) -> set[str]:
    try:
        PhoneNumber.parse(text, region)
    except ValidationError as exc:
        return {p.code for p in exc.problems}
    return set()


def test_every_example_number_reads_back_in_every_format() -> None:
    """The plan's own grouping is never taken for a range."""
    import phonenumbers

    from pressrelease.strategies import example_numbers

    styles = [
        phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        phonenumbers.PhoneNumberFormat.RFC3966,
        phonenumbers.PhoneNumberFormat.NATIONAL,
    ]
    for valid in (True, False):
        for region, number in example_numbers(valid):
            for style in styles:
                text = phonenumbers.format_number(number.to_phonenumbers(), style)
                national = style == phonenumbers.PhoneNumberFormat.NATIONAL
                if national and region is None:
                    continue
                if not national:
                    assert PhoneNumber.parse(text).e164 == number.e164, text
                    continue
                # National forms do not always read back in phonenumbers
                # itself (IM's "01624 75678"): only the dash rules matter here.
                codes = _codes(text, region)
                assert not codes & DASH_CODES, text


@pytest.mark.complexity
def test_short_tail_is_linear() -> None:
    import time

    from pressrelease.phone import _short_tail

    def best(text: str) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            _short_tail(text)
            times.append(time.perf_counter() - start)
        return min(times)

    n = 50_000
    small = best("1" * n + "-" * n + "2")
    large = best("1" * 8 * n + "-" * 8 * n + "2")
    assert large / max(small, 1e-6) <= 16


def test_python_messages_speak_python_and_json_messages_speak_json() -> None:
    with pytest.raises(ValidationError) as exc:
        Contact(name=None)  # type: ignore[arg-type]
    assert exc.value.problems[0].message.endswith("got None")
    with pytest.raises(ValidationError) as exc:
        from_dict({"name": None}, Contact)
    assert exc.value.problems[0].message.endswith("got null")
    with pytest.raises(ValidationError) as exc:
        Contact(name="A", phones=({"number": "+66 2 288 1746"},))  # type: ignore[arg-type]
    assert "a Phone, a PhoneNumber or a str, got a dict" in str(exc.value)
