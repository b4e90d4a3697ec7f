"""from_vcard on the shapes real programs write: one fixture per program,
compared field by field with a hand-written expectation (tests/data/vcards)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pressrelease import (
    Contact,
    ContactRole,
    Severity,
    ValidationError,
    from_vcard,
    to_vcard,
)
from pressrelease.formats._vcard_read import ImportedCard

from .helpers import DATA, assert_linear, seed_release

VCARDS = DATA / "vcards"
FIXTURES = sorted(p.stem for p in VCARDS.glob("*.vcf"))


def _expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (VCARDS / f"{name}.expected.json").read_text(encoding="utf-8")
    )
    return data


def _address(card: ImportedCard) -> dict[str, Any] | None:
    a = card.address
    if a is None:
        return None
    return {
        "street": list(a.street),
        "locality": a.locality,
        "region": a.region,
        "postal_code": a.postal_code,
        "country": a.country,
    }


def _as_expected(card: ImportedCard) -> dict[str, Any]:
    contact = card.contact
    return {
        "name": contact.name if contact else None,
        "honorific": contact.honorific if contact else None,
        "title": contact.title if contact else None,
        "role": contact.role.value if contact and contact.role else None,
        "organisation": card.organisation,
        "emails": [str(e) for e in card.emails],
        "phones": [
            {
                "e164": p.number.e164,
                "ext": p.number.extension,
                "kind": p.kind.value,
                "label": p.label,
            }
            for p in card.phones
        ],
        "address": _address(card),
        "language": contact.language if contact else None,
    }


def test_every_fixture_has_its_expectation() -> None:
    assert len(FIXTURES) >= 20
    for name in FIXTURES:
        assert (VCARDS / f"{name}.expected.json").exists(), name


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_imports_field_by_field(name: str) -> None:
    expected = _expected(name)
    result = from_vcard(
        (VCARDS / f"{name}.vcf").read_bytes(), region=expected["region"]
    )
    got = [_as_expected(card) for card in result.cards]
    assert len(got) == len(expected["cards"])
    for index, (card, want) in enumerate(zip(got, expected["cards"], strict=True)):
        for key, value in want.items():
            assert card[key] == value, (index, key)
    reported = sorted(
        {
            f.path.rsplit(".", 1)[-1]
            for f in result.findings
            if f.code == "vcard.unsupported"
        }
    )
    assert reported == expected["reported"]
    errors = [
        f
        for f in result.findings
        if f.severity is Severity.ERROR and f.code != "vcard.no_name"
    ]
    assert len(errors) == len(expected["errors"])
    # Every finding says where it is.
    assert all(f.line is not None for f in result.findings)
    # The contacts hold what the cards give, as far as the model holds it.
    for imported in result.cards:
        contact = imported.contact
        if contact is None:
            continue
        assert contact.emails == imported.emails
        assert contact.phones == imported.phones
        if imported.address is not None:
            assert contact.country == imported.address.country


def test_a_nameless_card_is_reported_with_what_it_holds() -> None:
    result = from_vcard((VCARDS / "google_contacts.vcf").read_bytes())
    assert result.cards[2].contact is None
    (finding,) = [f for f in result.findings if f.code == "vcard.no_name"]
    assert "newsdesk@example.org" in finding.message
    assert finding.path == "$[2]"
    assert len(result.contacts) == 2


def test_the_cut_short_card_is_reported_not_imported() -> None:
    result = from_vcard((VCARDS / "nested_begin_malformed.vcf").read_bytes())
    (finding,) = [f for f in result.findings if f.code == "vcard.incomplete"]
    assert finding.line == 7
    assert "Bruno Keller" in finding.message
    assert "line 12" in finding.message
    assert [c.contact.name for c in result.cards if c.contact] == [
        "Tom Fletcher",
        "Clara Rossi",
        "Dev Patel",
    ]


def test_strict_raises_for_what_is_dropped() -> None:
    text = (VCARDS / "apple_contacts_macos14.vcf").read_bytes()
    with pytest.raises(ValidationError) as exc:
        from_vcard(text, strict=True)
    assert ("$[0].PHOTO", "vcard.unsupported") in [
        (p.path, p.code) for p in exc.value.problems
    ]
    clean = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Costa\r\nEND:VCARD\r\n"
    assert from_vcard(clean, strict=True).contacts == (Contact(name="Ana Costa"),)


def test_unknown_versions_are_refused() -> None:
    result = from_vcard("BEGIN:VCARD\r\nVERSION:5.0\r\nFN:X\r\nEND:VCARD\r\n")
    assert result.cards == ()
    assert [f.code for f in result.findings] == ["vcard.version"]


def test_quoted_printable_name_is_decoded() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ren=C3=\r\n=A9e Dubois\r\n"
        "END:VCARD\r\n"
    )
    assert from_vcard(text).contacts[0].name == "Renée Dubois"


def test_org_matches_the_release_or_is_kept_as_text() -> None:
    text = to_vcard(seed_release().contacts, seed_release())
    result = from_vcard(text, seed_release())
    assert result.contacts == seed_release().contacts
    assert result.cards[0].organisation == seed_release().issuer.name
    without = from_vcard(text)
    assert without.cards[0].contact is not None
    assert without.cards[0].contact.organisation is None
    assert without.cards[0].organisation == seed_release().issuer.name


def test_a_bad_number_is_reported_and_the_card_kept() -> None:
    result = from_vcard(
        "BEGIN:VCARD\r\nFN:X\r\nTEL;VALUE=uri:tel:+1-650-ABC\r\n"
        "TEL:+95 1 254 852/3\r\nEND:VCARD\r\n"
    )
    assert result.contacts == (Contact(name="X"),)
    assert [(f.path, f.code) for f in result.findings] == [
        ("$[0].TEL", "vcard.value"),
        ("$[0].TEL", "vcard.value"),
    ]
    assert "phone.letters" in result.findings[0].message
    assert "phone.range" in result.findings[1].message


@pytest.mark.complexity
@pytest.mark.parametrize(
    ("piece", "size"),
    [
        ("\r" * 500 + "x", 40_000),  # runs of CR with no LF: one line each
        ("BEGIN:VCARD\r\nNOTE;ENCODING=QUOTED-PRINTABLE:=\r\n", 40_000),  # soft breaks
        ("X" * 40 + "\r\n ", 160_000),  # one long folded line without a colon
        ('A;B="' + ";" * 40 + ":\r\n", 160_000),  # quotes and semicolons
        ("\\" * 41 + ";", 160_000),  # backslashes
        ("A;X-LABEL=" + "^^^'^n^x" * 5 + ":\r\n", 160_000),  # RFC 6868 carets
    ],
)
def test_reading_is_linear(piece: str, size: int) -> None:
    assert_linear(lambda n: piece * n, from_vcard, size // len(piece))


def test_unknown_country_and_unreadable_national_number_are_reported() -> None:
    result = from_vcard((VCARDS / "mac_cr_only.vcf").read_bytes())
    codes = [(f.path, f.code, f.line) for f in result.findings]
    assert ("$[0].ADR", "vcard.country", 10) in codes
    assert ("$[0].TEL", "vcard.value", 8) in codes


def test_role_is_read_and_any_other_role_reported() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Costa\r\nROLE:Investor\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Rui Lopes\r\n"
        "ROLE:Spokesperson\r\nEND:VCARD\r\n"
    )
    result = from_vcard(text)
    assert [c.role for c in result.contacts] == [ContactRole.INVESTOR, None]
    (finding,) = result.findings
    assert (finding.path, finding.code, finding.line) == ("$[1].ROLE", "vcard.value", 9)
    assert "'Spokesperson'" in finding.message
    assert "media, investor, general" in finding.message


def test_parameter_values_are_rfc_6868_decoded() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Costa\r\n"
        "TEL;VALUE=uri;X-LABEL=\"desk; ^'24h^', ^^ok: ^x\":tel:+351-21-234-5678\r\n"
        "END:VCARD\r\n"
    )
    (phone,) = from_vcard(text).contacts[0].phones
    assert phone.label == 'desk; "24h", ^ok: ^x'


@pytest.mark.parametrize(
    "label",
    [
        "TEL;X-LABEL=a^nb:+351212345678",
        "item1.TEL:+351212345678\r\nitem1.X-ABLabel:a\\nb",
    ],
)
def test_a_label_no_contact_can_hold_is_reported_and_the_number_kept(
    label: str,
) -> None:
    text = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n{label}\r\nEND:VCARD\r\n"
    result = from_vcard(text)
    (phone,) = result.contacts[0].phones
    assert (phone.number.e164, phone.label) == ("+351212345678", None)
    (finding,) = result.findings
    assert (finding.path, finding.code, finding.line) == ("$[0].TEL", "vcard.value", 4)
    assert "control_character" in finding.message


@pytest.mark.parametrize("as_bytes", [False, True])
def test_a_text_over_the_document_limit_is_refused_before_reading(
    as_bytes: bool,
) -> None:
    from pressrelease.limits import MAX_DOCUMENT

    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Costa\r\nEND:VCARD\r\n"
    text = card + " " * (MAX_DOCUMENT + 1 - len(card))
    data: str | bytes = text.encode("ascii") if as_bytes else text
    result = from_vcard(data)
    assert result.cards == ()
    assert [(f.code, f.severity) for f in result.findings] == [
        ("vcard.too_large", Severity.ERROR)
    ]
    assert str(MAX_DOCUMENT) in result.findings[0].message
    with pytest.raises(ValidationError) as caught:
        from_vcard(data, strict=True)
    assert [p.code for p in caught.value.problems] == ["vcard.too_large"]
    # At the limit, the same text is read.
    assert len(from_vcard(data[:MAX_DOCUMENT]).contacts) == 1
