"""Numbers that are not media contacts, wherever the release puts them."""

from __future__ import annotations

import pytest

from pressrelease import read_text

HEAD = (
    "Harbour Agency\n\nNew depot opens in the east\n\n"
    "GENEVA, 4 March 2025 – The agency opened a new depot today in the east "
    "of the city.\n\n"
)
CONTACT = (
    "Media contact:\nJane Doe\nPress Officer\n+41 22 917 12 34\n"
    "jane.doe@agency.example\n\n"
)


OTS_HEAD = (
    "ÖAMTC\n\nStau am Wochenende\n\nWien (OTS) - Der Club erwartet am "
    "Wochenende viel Verkehr auf den Transitrouten.\n\n"
)
OTS_CONTACT = "Rückfragehinweis:\nMag. Anna Muster\nTel.: +43 1 711 99-21218\n"


def numbers(text: str) -> list[str]:
    result = read_text(text)
    return sorted({p.e164 for c in result.contacts for p in c.phones})


@pytest.mark.parametrize(
    "after",
    [
        "Harbour Agency · Rue du Port 1 · 1201 Geneva · Tel. +41 22 917 00 00 · "
        "www.agency.example",
        "Harbour Agency\nRue du Port 1, 1201 Geneva\n"
        "T +41 22 917 00 00 | F +41 22 917 00 01",
        "Public enquiries (not for journalists): +41 22 917 55 55",
        "General enquiries: +41 22 917 55 55",
        "In an emergency, call +41 22 917 99 99 (24 hours).",
        # one line of an office's address and number, below the contacts
        "Staatskanzlei Seeland, Bahnhofstrasse 15, 3000 Seeburg, Telefon "
        "+41 22 917 00 00",
        "Harbour Agency Secretariat · Hafengasse 39 · 3011 Bern · Tel. "
        "+41 22 917 00 00",
        # an office's general mailbox with a suffix ("info.bic@")
        "BIC – Harbour Agency\nRue du Port 1 – 1201 Geneva – T +41 22 917 00 00 "
        "– info.bic@agency.example",
    ],
)
def test_a_line_for_the_public_or_the_office_after_the_contacts(after: str) -> None:
    text = HEAD + CONTACT + after + "\n"
    assert numbers(text) == ["+41229171234"]
    assert any(f.code == "import.decoy" for f in read_text(text).findings)


def test_a_media_hotline_stays_a_media_contact() -> None:
    text = HEAD + "Media contact:\nMedia hotline: +41 22 917 12 34\n"
    assert numbers(text) == ["+41229171234"]


def test_the_first_group_under_a_media_heading_is_the_press_office() -> None:
    text = (
        HEAD + "Media contact:\nHarbour Agency\nRue du Port 1, 1201 Geneva\n"
        "T +41 22 917 12 34 | F +41 22 917 12 35\n"
    )
    assert "+41229171234" in numbers(text)


def test_a_sentence_for_the_public_above_the_contacts() -> None:
    text = (
        "Hafenamt\n\nNeues Depot\n\nBern, 4. März 2025 – Das Amt hat heute ein "
        "neues Depot eröffnet.\n\nFür die Bevölkerung ist die Infoline "
        "058 462 00 00 erreichbar.\n\nKontakt für Medien:\nAnna Muster, "
        "Mediensprecherin, Tel. 058 462 12 34\n"
    )
    assert numbers(text) == ["+41584621234"]


@pytest.mark.parametrize(
    "line",
    [
        "Das Infotelefon ist unter 0800 120 120 erreichbar.",
        "Infotelefon: 0800 120 120",
        "Service: 0810 128 128",
    ],
)
def test_a_toll_free_or_shared_cost_line_with_no_person(line: str) -> None:
    text = OTS_HEAD + line + "\n\n" + OTS_CONTACT
    assert numbers(text) == ["+4317119921218"]


def test_a_persons_toll_free_number_is_theirs() -> None:
    text = HEAD + "Media contact:\nJane Doe\n0800 123 456\n"
    assert numbers(text) == ["+41800123456"]


def test_a_calls_dial_in_numbers_in_a_column_beside_their_labels() -> None:
    text = (
        HEAD + "The company will host a call at 08:30 today. To join, please dial:"
        "\n\nUK:             +44 (0)20 7946 0999\nUS:             +1 646 555 0142\n"
        "Conference ID:  553 210\n\n" + CONTACT
    )
    assert numbers(text) == ["+41229171234"]


def test_the_head_offices_line_under_a_contact_us_heading() -> None:
    text = (
        HEAD + CONTACT + "Contact us\nHarbour Agency Headquarters, Avenue de la "
        "Paix, Geneva\nTel: +41 22 917 00 00\n"
        "Terms of use | Privacy notice | Copyright © Harbour Agency\n"
    )
    assert numbers(text) == ["+41229171234"]


def test_a_press_desk_at_headquarters_under_a_media_heading_is_kept() -> None:
    text = HEAD + "Media contact:\nHarbour Agency Headquarters\n+41 22 917 12 34\n"
    assert numbers(text) == ["+41229171234"]


def test_dates_in_a_list_of_more_releases_are_no_phones() -> None:
    text = (
        OTS_HEAD + OTS_CONTACT + "\nWeitere Meldungen\n"
        "26.06.2025 ÖAMTC-Sommerreifentest: Zwei Modelle fallen durch\n"
        "18.06.2025 Klimaanlagen-Check: Jede fünfte Anlage verliert Kältemittel\n"
    )
    assert numbers(text) == ["+4317119921218"]


def test_one_line_of_an_office_as_the_only_contact_stays_a_contact() -> None:
    text = (
        HEAD + "Media contact:\nHarbour Agency, Rue du Port 1, 1201 Geneva, "
        "Tel. +41 22 917 12 34\n"
    )
    assert numbers(text) == ["+41229171234"]


def test_a_wire_services_own_footer_is_furniture() -> None:
    text = (
        OTS_HEAD + OTS_CONTACT + "\nOTS-Kundenservice  Impressum  Datenschutz  AGB\n"
        "APA-OTS Originaltext-Service GmbH | Gasse 10, 1060 Wien | +43 1 36060-5300\n"
    )
    result = read_text(text)
    assert numbers(text) == ["+4317119921218"]
    assert not any("Impressum" in (c.name or "") for c in result.contacts)


def test_a_span_of_years_is_no_number() -> None:
    text = (
        OTS_HEAD + OTS_CONTACT + "\nWeitere Aussendungen des Absenders\n"
        "19.05.2025  Aviso: Pressekonferenz zum Bahn-Ausbauplan 2026–2031\n"
    )
    assert numbers(text) == ["+4317119921218"]


def test_the_issuers_own_address_and_number_below_the_contacts() -> None:
    text = (
        "Direction de la santé DSAS\n\nSoins à domicile\n\nFribourg, le 9 septembre "
        "2025 – Le canton relève les forfaits.\n\nRenseignements\nAnne Python, "
        "porte-parole, Portable +41 79 555 63 10\n\nDirection de la santé DSAS\n"
        "Route des Cliniques 17, 1701 Fribourg\nT +41 26 555 22 00, dsas@fr.example\n"
    )
    assert numbers(text) == ["+41795556310"]
