"""The text importer's contacts: kinds, labels, regions, names, addresses.

Each test states a cue the importer reads (a label, a numbering plan, a
heading, the shape of a line) on an invented release, so that it holds on
releases the fixtures do not show.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pressrelease import read_text
from pressrelease.text._phones import find_phones, plan_mobile

from .helpers import assert_linear

HEAD = "ACME\n\nPRESS RELEASE\n\nHEADLINE\n\n{place}4 March 2025 – Text.\n\n"


def _release(contacts: str, place: str = "London, ") -> str:
    return HEAD.format(place=place) + contacts + "\n"


def _phones(text: str) -> list[tuple[str, str]]:
    result = read_text(text)
    return [(p.e164, p.kind) for c in result.contacts for p in c.phones]


def _kinds(text: str, region: str | None) -> list[tuple[str, str]]:
    return [(p.number.e164, p.kind) for p in find_phones(text, region)]


# Kinds: the label first, else the numbering plan.


def test_an_unlabelled_number_is_mobile_when_its_plan_says_so() -> None:
    assert _kinds("+66 878 23 8810", None) == [("+66878238810", "mobile")]
    assert _kinds("+41 79 555 14 22", None) == [("+41795551422", "mobile")]
    assert _kinds("+66 2 288 1746", None) == [("+6622881746", "voice")]


def test_a_plan_that_cannot_tell_mobile_from_fixed_stays_voice() -> None:
    assert _kinds("(202) 555-0119", "US") == [("+12025550119", "voice")]
    assert not plan_mobile("+12025550119")


def test_a_lines_label_wins_over_the_plan() -> None:
    assert _kinds("Fax: +41 79 555 14 22", None) == [("+41795551422", "fax")]
    for label in ("Office", "Festnetz", "Direct", "Voice"):
        assert _kinds(f"{label}: +41 79 555 14 22", None) == [("+41795551422", "voice")]


@pytest.mark.parametrize("label", ["Tel.", "Tél.", "Telefon:", "Phone:", "T"])
def test_a_telephone_label_lets_the_plan_say_mobile(label: str) -> None:
    # "Tel." names a telephone, not a line: a Swiss 079 number is a mobile.
    assert _kinds(f"{label} 079 555 14 22", "CH") == [("+41795551422", "mobile")]
    assert _kinds(f"{label} 081 555 36 40", "CH") == [("+41815553640", "voice")]


def test_a_regulators_fiction_range_is_read_by_its_plan() -> None:
    # Ofcom's drama numbers 07700 900xxx: mobile, though phonenumbers holds
    # them invalid.
    assert _kinds("07700 900127", "GB") == [("+447700900127", "mobile")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("(213) 555-0142 cell", "mobile"),
        ("(213) 555-0128 office", "voice"),
        ("(213) 555-0128 (o)", "voice"),
        ("(213) 555-0142 (c), jane@acme.example", "mobile"),
        ("(213) 555-0199 fax", "fax"),
    ],
)
def test_a_label_after_the_number(text: str, kind: str) -> None:
    assert [k for _, k in _kinds(text, "US")] == [kind]


def test_a_word_before_the_next_number_is_that_numbers_label() -> None:
    got = _kinds("(213) 555-0128 Cell (213) 555-0142", "US")
    assert got == [("+12135550128", "voice"), ("+12135550142", "mobile")]


def test_a_label_letter_inside_a_word_is_no_label() -> None:
    # "of 06-..." is Dutch "or", not an F(ax) label; "at (202)" is no T(el).
    assert _kinds("via 020-5551234 of 06-12345678", "NL") == [
        ("+31205551234", "voice"),
        ("+31612345678", "mobile"),
    ]
    assert _kinds("contact her at (202) 555-0119", "US") == [("+12025550119", "voice")]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Tel.: +43 1 71100 Durchwahl 806120", "AT"),
        ("Tel. +43 1 71100 DW 806120", "AT"),
        ("tél. +33 1 44 55 66 77 poste 806120", "FR"),
    ],
)
def test_an_extension_word_gives_an_extension(text: str, region: str) -> None:
    (found,) = find_phones(text, region)
    assert found.number.extension == "806120"


def test_a_release_number_is_not_a_phone() -> None:
    assert find_phones("COMUNICATO STAMPA N. 27/2025", "IT") == []


# Region: the numbers say which country a national number belongs to.


def test_national_numbers_choose_the_region_of_the_language() -> None:
    text = _release(
        "Media contacts\n\nJane Doe, Press Officer\nTel: 020 7946 0410", place=""
    )
    assert _phones(text) == [("+442079460410", "voice")]


def test_without_numbers_an_english_release_keeps_its_usual_region() -> None:
    text = _release("Media contacts\n\nJane Doe\n(202) 555-0119", place="")
    assert _phones(text) == [("+12025550119", "voice")]


# Groups: desks and decoys.


def test_a_label_line_not_for_journalists_makes_its_number_a_decoy() -> None:
    text = _release(
        "Press office\n\nOut of hours\n07700 900451\n\n"
        "Public enquiries (not for journalists)\n03069 990 433"
    )
    result = read_text(text)
    assert [p.e164 for c in result.contacts for p in c.phones] == ["+447700900451"]
    decoys = [f for f in result.findings if f.code == "import.decoy"]
    assert [f.line for f in decoys] == [text.splitlines().index("03069 990 433") + 1]


def test_a_desk_line_above_people_with_their_own_numbers_is_kept() -> None:
    text = _release(
        "Press office contacts\n\n"
        "Press Office (24 hours): 0161 496 0720 | press@acme.example\n"
        "Jane Doe, Head of Media – 0161 496 0722\n"
        "John Roe, Press Officer – 0161 496 0723"
    )
    result = read_text(text)
    assert [(c.name, [p.e164 for p in c.phones]) for c in result.contacts] == [
        (None, ["+441614960720"]),
        ("Jane Doe", ["+441614960722"]),
        ("John Roe", ["+441614960723"]),
    ]


def test_a_number_shared_by_a_group_goes_to_each_person() -> None:
    text = _release(
        "Enquiries:\n\nAcme Securities (Broker)   Tel: 020 7946 0410\n"
        "Jane Doe / John Roe"
    )
    result = read_text(text)
    assert [(c.name, [p.e164 for p in c.phones]) for c in result.contacts] == [
        ("Jane Doe", ["+442079460410"]),
        ("John Roe", ["+442079460410"]),
    ]


# Linear time for what the contacts reader scans.

CONTACTS = "\n\nMedia contact:\n\n"


def _body(unit: str) -> Callable[[int], str]:
    return lambda n: _release(unit * (n // len(unit)), place="WASHINGTON, ")


def _contacts(unit: str) -> Callable[[int], str]:
    return lambda n: _release("Text." + CONTACTS + unit * (n // len(unit)))


LINEAR = {
    "suffix labels": _contacts("0161 496 0720 office cell "),
    "extension words": _contacts("Durchwahl 1 DW 2 poste "),
    "national numbers on many lines": _contacts("020 7946 0410\n"),
    "not for media labels": _contacts("Public enquiries (not for journalists)\n"),
    "pipe tables": _contacts("| Aa Aa | Aa Aa |\n| Tel: 020 7946 0410 | |\n"),
    "pipes in a row": _contacts("Aa Aa | "),
    "two headings": _contacts("Kontakt für Medien Kontakt für Investoren\n"),
    "collapsed columns": _contacts(
        "Kontakt für Medien Kontakt für Investoren\nAa Bb Cc Dd\n"
        + "T +41 44 555 12 34 T +41 44 555 12 40\n" * 3
    ),
    "office address groups": _contacts(
        "Acme Office\nRue de la Gare 12 - 1003 Lausanne\nT 021 555 10 10 - "
        "F 021 555 10 11\nwww.acme.example\n\n"
    ),
    "list items with ranks": _contacts(
        "– Regierungsrat Dr. Aa Bb, Vorsteher, Tel. 081 555 36 01\n"
    ),
    "semicolon people": _contacts("Aa Bb, Cc, 021 316 75 01 ; Dd Ee, 021 316 75 38 ; "),
    "wire stamps": _contacts("121142 Feb 20\n"),
    "people cells": _contacts("| Aa Bb | Cc Dd, Ee Ff | 020 7946 0410 |\n"),
    "prose contact blocks": _contacts(
        "Members of the media may contact Aa Bb-Cc at 316.555.0129 or a@b.example "
    ),
    "desk labels": _contacts("Pressedienst (Aa): Bb Cc, Tel. 058 559 35 10\n"),
    "units after a title": _contacts(
        "Aa Bb, Head, Corporate Communications, Media Relations, "
    ),
    "wrapped titles": _contacts("Aa Bb\nChief, Media Relations\n" + "and Aa Section\n"),
    "acronyms after a title": _contacts("Officer, ABC, DEF, "),
    "place headings": _contacts("In Aa, Bb Cc, a@b.example, +962 79 555 3108\n"),
    "header rows": _contacts("Name | Role | Telephone | Email\n"),
    "firms with a role": _contacts("Aa Partners (Joint Broker)   Tel: 020 7946 0321\n"),
    "prose contacts": _body(
        "Reporters should contact Rev. Dr. Aa Bb at (202) 555-0119. "
        "Email: a@b.example. "
    ),
}


@pytest.mark.complexity
@pytest.mark.parametrize("make", LINEAR.values(), ids=LINEAR.keys())
def test_contact_reading_is_linear(make: Callable[[int], str]) -> None:
    assert_linear(make, read_text, 2_000)


# Addresses and contacts in prose.


def test_a_time_after_at_is_no_address() -> None:
    from pressrelease.text._contacts import emails_in

    assert emails_in("a presentation will be held at 9.30am today") == []
    assert emails_in("write to jane at acme.example") == ["jane@acme.example"]
    assert emails_in("held@9.30am, jane@acme.example") == ["jane@acme.example"]


def test_a_prose_contact_after_an_abbreviated_title() -> None:
    text = _release(
        "Text.\n\nReporters who would like to interview Rev. Dr. Jane Roe should "
        "contact John Doe at (202) 555-0119 or jdoe@acme.example.",
        place="WASHINGTON, ",
    ).replace("4 March 2025", "March 4, 2025")
    result = read_text(text)
    assert [(c.name, [p.e164 for p in c.phones], [str(e) for e in c.emails])
            for c in result.contacts] == [
        ("John Doe", ["+12025550119"], ["jdoe@acme.example"])
    ]  # fmt: skip


def test_a_contact_in_the_note_under_a_marker_with_its_email_sentence() -> None:
    text = _release(
        "Ends\n\nNotes to editors\nJournalists wanting more information should "
        "contact Jane Doe in the press office on 0113 496 0234 or out of hours "
        "on 07700 900777. Email: press@acme.example",
        place="",
    )
    result = read_text(text)
    (contact,) = result.contacts
    assert contact.name == "Jane Doe"
    assert [(p.e164, p.kind) for p in contact.phones] == [
        ("+441134960234", "voice"),
        ("+447700900777", "mobile"),
    ]
    assert [str(e) for e in contact.emails] == ["press@acme.example"]


def test_a_note_that_asks_no_one_to_be_contacted_gives_no_contact() -> None:
    text = _release(
        "Ends\n\nNotes to editors\nThe media centre is open to the public on "
        "0113 496 0234 every day.",
        place="Leeds, ",
    )
    assert read_text(text).contacts == ()


# Names: people one a line, organisations, tables of people side by side.


def _people(text: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [
        (c.name, c.organisation, [p.e164 for p in c.phones], [str(e) for e in c.emails])
        for c in read_text(text).contacts
    ]


def test_people_one_a_line_under_a_firm_are_each_a_person() -> None:
    text = _release(
        "Enquiries:\n\nAcme Widgets plc                    Tel: 020 7946 0412\n"
        "Jane Doe, Chief Executive\nJohn Roe\n"
    )
    assert [name for name, *_ in _people(text)] == ["Jane Doe", "John Roe"]


def test_a_company_with_its_legal_form_after_a_comma_is_no_name() -> None:
    text = _release(
        "Contacts\n\nAcme Bancshares, Inc.\nJane Doe, Chief Financial Officer\n"
        "Phone: (214) 555-0126",
        place="DALLAS, ",
    )
    assert [(n, o) for n, o, *_ in _people(text)] == [
        ("Jane Doe", "Acme Bancshares, Inc.")
    ]


@pytest.mark.parametrize(
    "organisation", ["East African Health Observatory", "Halvorsen Therapeutics"]
)
def test_an_organisation_line_under_a_stacked_person(organisation: str) -> None:
    text = _release(
        f"Media contact:\n\nJane Doe\nRegional Communications Specialist\n"
        f"{organisation}\nMobile: +254 733 555 482"
    )
    assert [(n, o) for n, o, *_ in _people(text)] == [("Jane Doe", organisation)]


def test_a_table_of_people_flattened_into_pipes() -> None:
    text = _release(
        "For further information:\n\nAcme Corp. | Beta Inc.\n"
        "Jane Doe, President | John Roe, Investor Relations\n"
        "Tel: 604-555-0138 | Tel: 775-555-0161\n"
        "jane@acme.example | john@beta.example",
        place="RENO, ",
    )
    assert _people(text) == [
        ("Jane Doe", "Acme Corp.", ["+16045550138"], ["jane@acme.example"]),
        ("John Roe", "Beta Inc.", ["+17755550161"], ["john@beta.example"]),
    ]


def test_a_pipe_table_keeps_its_empty_cells() -> None:
    text = _release(
        "Pressekontakt\n\n| Anna Schmidt | Jonas Weber |\n"
        "| Tel.: +49 89 4567-1120 | Tel.: +49 89 4567-1180 |\n"
        "| Handy: 0151 5550 4477 | |",
        place="München, ",
    )
    assert [(n, p) for n, _, p, _ in _people(text)] == [
        ("Anna Schmidt", ["+498945671120", "+4915155504477"]),
        ("Jonas Weber", ["+498945671180"]),
    ]


def test_two_columns_collapsed_under_two_headings() -> None:
    text = _release(
        "Kontakt für Medien Kontakt für Investoren\nAnna Meier Jonas Egli\n"
        "Head of Media Relations Head of Investor Relations\n"
        "T +41 44 555 12 34 T +41 44 555 12 40\n"
        "M +41 79 555 67 89 jonas.egli@acme.example.ch\n"
        "anna.meier@acme.example.ch",
        place="Zürich, ",
    )
    result = read_text(text)
    assert [(c.name, c.title, c.role) for c in result.contacts] == [
        ("Anna Meier", "Head of Media Relations", "media"),
        ("Jonas Egli", "Head of Investor Relations", "investor"),
    ]
    assert _people(text) == [
        ("Anna Meier", None, ["+41445551234", "+41795556789"],
         ["anna.meier@acme.example.ch"]),
        ("Jonas Egli", None, ["+41445551240"], ["jonas.egli@acme.example.ch"]),
    ]  # fmt: skip


def test_a_labelled_number_with_a_year_shape_is_still_a_phone() -> None:
    assert [p.number.e164 for p in find_phones("Tel. 0662/2020", "AT")] == [
        "+436622020"
    ]


def test_a_name_before_its_number_on_one_line() -> None:
    text = _release(
        "Media contact: Jane Doe-Smith 0491 570 156 | jane@acme.example",
        place="Sydney, ",
    )
    assert _people(text) == [
        ("Jane Doe-Smith", None, ["+61491570156"], ["jane@acme.example"])
    ]


def test_a_postcode_before_a_number_is_no_name() -> None:
    text = _release(
        "Media contact:\n\nAcme Ltd, 1 Quay Street, Bristol BS1 4XX. Tel: 0117 496 0500"
    )
    assert [c.name for c in read_text(text).contacts] == [None]


@pytest.mark.parametrize(
    "line",
    [
        "CORREO ELECTRÓNICO",
        "Paseo de la Castellana",
        "Cabinet de Claire Delorme",
        "Ufficio Stampa del Ministro",
        "Year Ended",
        "Lindenstrasse",
    ],
)
def test_labels_offices_streets_and_table_heads_are_no_names(line: str) -> None:
    text = _release(f"Contacts presse :\n\n{line}\nTél. : 01 49 55 42 10", place="")
    result = read_text(text)
    assert [c.name for c in result.contacts] == [None]


def test_a_qualified_heading_on_the_contacts_line() -> None:
    text = _release(
        "Media: Jane Doe | 512-555-0147 | jane@acme.example\n"
        "Trade media: John Roe | 512-555-0148 | john@acme.example",
        place="AUSTIN, Texas, ",
    )
    assert [(n, p) for n, _, p, _ in _people(text)] == [
        ("Jane Doe", ["+15125550147"]),
        ("John Roe", ["+15125550148"]),
    ]


def test_a_dutch_prose_contact_with_a_name_particle() -> None:
    text = _release(
        "Noot voor de redactie, niet voor publicatie:\n\nVoor meer informatie kunt u "
        "contact opnemen met Anna de Vries, woordvoerder Acme, via 020-5551234 of "
        "06-12345678, of per mail: anna@acme.example.nl.",
        place="Amsterdam, ",
    ).replace("4 March 2025", "4 maart 2025")
    assert _people(text) == [
        ("Anna de Vries", None, ["+31205551234", "+31612345678"],
         ["anna@acme.example.nl"]),
    ]  # fmt: skip


def test_the_longest_country_name_after_a_number_is_read() -> None:
    text = _release(
        "Media contact:\n\nJane Doe\n"
        "+247 62889 (South Georgia and the South Sandwich Islands)"
    )
    (contact,) = read_text(text).contacts
    assert contact.country == "GS"


def test_a_service_line_in_a_contacts_block_is_a_decoy() -> None:
    text = _release(
        "Media contact:\n\nJane Doe\nTel: (213) 555-0128\n\n"
        "Roadside assistance: 1-800-555-0199",
        place="Torrance, California, ",
    ).replace("4 March 2025", "March 4, 2025")
    result = read_text(text)
    assert [p.e164 for c in result.contacts for p in c.phones] == ["+12135550128"]
    assert any(f.code == "import.decoy" for f in result.findings)


def test_an_emergency_line_for_the_media_is_kept() -> None:
    text = _release("Press office\n\nEmergency media line: 07700 900451")
    result = read_text(text)
    assert [p.e164 for c in result.contacts for p in c.phones] == ["+447700900451"]


# Headings and desks in the contacts block itself.


@pytest.mark.parametrize(
    ("block", "place"),
    [
        (
            "Adresse für Rückfragen: Anna Muster, Mediensprecherin BAV, "
            "Tel. +41 58 462 36 43, anna.muster@bav.example.ch",
            "Bern, ",
        ),
        (
            "Rückfragen & Kontakt:\n   Bundesministerium für Verkehr\n"
            "   Mag. Anna Muster\n   Pressesprecherin\n"
            "   Telefon: +43 1 71100-123456\n   anna.muster@bmv.example.at",
            "Wien, ",
        ),
    ],
)
def test_a_heading_that_ends_with_or_joins_heading_words(
    block: str, place: str
) -> None:
    (contact,) = read_text(_release(block, place=place)).contacts
    assert contact.name == "Anna Muster"
    assert contact.organisation != "Rückfragen & Kontakt:"


def test_a_service_line_with_a_name_shape_is_no_person() -> None:
    text = _release(
        "Pressekontakt:\nJan Meier\nTel.: (089) 7676-3344\n\n"
        "ADAC Pannenhilfe: 089 20 20 4000",
        place="München, ",
    )
    result = read_text(text)
    assert [(c.name, [p.e164 for p in c.phones]) for c in result.contacts] == [
        ("Jan Meier", ["+498976763344"])
    ]


def test_a_desk_line_after_a_person_is_its_own_contact() -> None:
    text = _release(
        "Contacts presse :\nMarie Dupont – 01 44 55 66 77 – marie.dupont@acme.fr\n"
        "Service de presse – 01 44 55 66 00",
        place="Paris, ",
    )
    assert _people(text) == [
        ("Marie Dupont", None, ["+33144556677"], ["marie.dupont@acme.fr"]),
        (None, "Service de presse", ["+33144556600"], []),
    ]


def test_contacts_joined_by_a_semicolon_on_one_line() -> None:
    text = _release(
        "Renseignements : Luc Perrin, porte-parole, tél. 058 462 36 43, "
        "luc.perrin@acme.example.ch; Service de presse, tél. 058 462 36 00",
        place="Lausanne, ",
    )
    assert _people(text) == [
        ("Luc Perrin", None, ["+41584623643"], ["luc.perrin@acme.example.ch"]),
        (None, "Service de presse", ["+41584623600"], []),
    ]


def test_a_numbered_note_to_editors_gives_a_desk_and_a_decoy() -> None:
    text = _release(
        "Notes to editors\n1. Acme is the largest widget maker.\n"
        "2. For media enquiries contact the Acme press office on 020 7946 0321 "
        "or press@acme.example.\n3. Members of the public should call 0300 123 4567."
    )
    result = read_text(text)
    assert _people(text) == [(None, None, ["+442079460321"], ["press@acme.example"])]
    decoys = [f for f in result.findings if f.code == "import.decoy"]
    assert any("+443001234567" in f.message for f in decoys)


def test_a_name_before_a_number_and_an_address_on_one_line() -> None:
    text = _release(
        "Contact: Jane Doe (415) 555-0132 jane@acme.example",
        place="SAN FRANCISCO, ",
    ).replace("4 March 2025", "March 4, 2025")
    assert _people(text) == [
        ("Jane Doe", None, ["+14155550132"], ["jane@acme.example"])
    ]


def test_a_boilerplate_number_for_everyone_is_no_media_contact() -> None:
    text = _release(
        "About Acme Communications\nAcme Communications is a telecoms group. "
        "Contact us on 0300 123 4567 or follow us on social media."
    )
    assert read_text(text).contacts == ()


# Office lines, lists and desks (round 2).


def _decoys(text: str) -> list[str]:
    return [f.message for f in read_text(text).findings if f.code == "import.decoy"]


def test_a_footer_office_with_address_tel_and_fax_is_a_decoy() -> None:
    text = _release(
        "Contact : Marc Favre, chef de projet, 022 555 20 10\n\n"
        "Office cantonal de l'énergie\nRue du Lac 8 - 1204 Genève\n"
        "T 022 555 20 00 - F 022 555 20 01\ninfo.energie@ge.example - www.ge.example",
        place="Genève, ",
    )
    assert _people(text) == [("Marc Favre", None, ["+41225552010"], [])]
    decoys = _decoys(text)
    assert any("+41225552000" in m for m in decoys)
    assert any("+41225552001" in m for m in decoys)
    assert any("info.energie@ge.example" in m for m in decoys)


def test_an_agency_office_named_by_acronym_and_city_is_a_decoy() -> None:
    text = _release(
        "For further information, contact:\n\nJane Doe\nPress Officer\n"
        "Telephone: (+43-1) 26060-1234\n\nUNRC Vienna\n"
        "Wagramer Strasse 5, P.O. Box 500, 1400 Vienna, Austria\n"
        "Telephone: (+43-1) 26060-0  Fax: (+43-1) 26060-5866\n"
        "Website: www.unrc.example",
        place="Vienna, ",
    )
    assert [c.name for c in read_text(text).contacts] == ["Jane Doe"]
    assert len(_decoys(text)) == 2


@pytest.mark.parametrize(
    "block",
    [
        # A press word owns the office's lines.
        "Pressestelle\nMusterstrasse 4, 3003 Bern\nTel. 058 555 10 00\n"
        "Fax 058 555 10 01",
        # One cue only (a fax): a desk is kept.
        "Acme Office\nTel. 058 555 10 00\nFax 058 555 10 01",
    ],
)
def test_an_office_group_owned_by_the_press_or_with_one_cue_is_kept(
    block: str,
) -> None:
    text = _release("Kontakt:\n\n" + block, place="Bern, ")
    phones = [p.e164 for c in read_text(text).contacts for p in c.phones]
    assert phones == ["+41585551000", "+41585551001"]


def test_a_person_with_an_address_and_a_fax_is_kept() -> None:
    text = _release(
        "Kontakt:\n\nAnna Muster\nMusterstrasse 4, 3003 Bern\n"
        "Tel. 058 555 10 00\nFax 058 555 10 01\nwww.acme.example",
        place="Bern, ",
    )
    assert _people(text) == [
        ("Anna Muster", None, ["+41585551000", "+41585551001"], [])
    ]


def test_list_items_with_a_rank_before_the_name() -> None:
    text = _release(
        "Auskünfte:\n"
        "– Regierungsrätin Dr. Aline Beispiel, Vorsteherin Departement für Bau, "
        "Tel. 081 555 36 01\n"
        "– Rico Muster, Amtsleiter, Tel. 081 555 36 40\n"
        "• Lea Probst, Projektleiterin, Tel. 081 555 36 41",
        place="Chur, ",
    )
    contacts = read_text(text).contacts
    assert [(c.honorific, c.name, c.title) for c in contacts] == [
        ("Dr.", "Aline Beispiel", "Vorsteherin Departement für Bau"),
        (None, "Rico Muster", "Amtsleiter"),
        (None, "Lea Probst", "Projektleiterin"),
    ]
    assert [len(c.phones) for c in contacts] == [1, 1, 1]


def test_a_rank_alone_is_no_honorific() -> None:
    from pressrelease.text._contacts import person_name

    assert person_name("Bundesrat Muster") == (None, "Bundesrat Muster")
    assert person_name("Bundesrätin Anna Muster") == ("Bundesrätin", "Anna Muster")


def test_people_after_a_semicolon_are_each_a_person() -> None:
    text = _release(
        "Renseignements : DFIN, Anne Rochat, cheffe de service, 021 555 75 01 ; "
        "Paul Girard, adjoint, 021 555 75 38 ou 079 555 41 06",
        place="Lausanne, ",
    )
    assert _people(text) == [
        ("Anne Rochat", "DFIN", ["+41215557501"], []),
        ("Paul Girard", "DFIN", ["+41215557538", "+41795554106"], []),
    ]


def test_a_press_desk_label_before_a_person() -> None:
    text = _release(
        "Contacts médias :\nLuc Perrin, porte-parole, tél. 058 555 34 12\n"
        "Pressedienst (Deutschschweiz): Eva Keller, Tel. 058 555 35 10",
        place="Lausanne, ",
    )
    assert [(c.name, [p.e164 for p in c.phones]) for c in read_text(text).contacts] == [
        ("Luc Perrin", ["+41585553412"]),
        ("Eva Keller", ["+41585553510"]),
    ]


def test_a_unit_under_a_stacked_person_is_no_person() -> None:
    text = _release(
        "For further information, please contact:\n\nRavi Sharma\n"
        "Economic Affairs Officer\nEnergy Division, ESCAP\nT: +66 2 555 1452",
        place="Bangkok, ",
    )
    assert [c.name for c in read_text(text).contacts] == ["Ravi Sharma"]


@pytest.mark.parametrize("line", ["UNIS Vienna", "WHO, Geneva", "UNIC New York"])
def test_an_acronym_and_a_place_is_no_person(line: str) -> None:
    from pressrelease.text._contacts import _could_be_a_person

    assert not _could_be_a_person(line)


@pytest.mark.parametrize("line", ["Jean DUPONT", "Paris Hilton", "Sydney Carter"])
def test_a_capitalised_surname_or_a_city_alone_is_still_a_person(line: str) -> None:
    from pressrelease.text._contacts import _could_be_a_person

    assert _could_be_a_person(line)


def test_a_wire_time_stamp_is_no_phone() -> None:
    text = _release(
        "Rückfragehinweis:\n   Anna Muster\n   Tel.: +43 1 555 10 27\n\n"
        "OTS0147    2025-02-12/11:42\n\n121142 Feb 25",
        place="Wien, ",
    )
    result = read_text(text)
    assert [p.e164 for c in result.contacts for p in c.phones] == ["+4315551027"]
    assert any(
        f.code == "import.furniture" and "121142" in f.message for f in result.findings
    )


def test_a_contacts_block_written_as_a_sentence_gives_the_person() -> None:
    text = _release(
        "Text.\n\nAbout Acme\nAcme makes widgets.\n\n"
        "Members of the media may contact Dana Okafor-Wells, Director of "
        "Communications, at 316.555.0177 or dana@acme.example.",
        place="WICHITA, Kan., ",
    ).replace("4 March 2025", "March 4, 2025")
    people = [(c.name, [p.e164 for p in c.phones]) for c in read_text(text).contacts]
    assert ("Dana Okafor-Wells", ["+13165550177"]) in people


def test_a_tag_list_under_the_contacts_is_no_person() -> None:
    text = _release(
        "Media contact:\nJane Doe\nT: (312) 555-0152\n\n"
        "Tags\nBanking  Payments  Results",
        place="CHICAGO, ",
    ).replace("4 March 2025", "March 4, 2025")
    assert [c.name for c in read_text(text).contacts] == ["Jane Doe"]


def test_a_table_cell_of_two_people_gives_both() -> None:
    text = _release(
        "Enquiries\n\nAcme plc | Media: Jane Doe | +44 (0)20 7946 0815\n"
        "Brook Capital (Broker) | Tom Hale, Priya Nandakumar | +44 (0)20 7946 0367 |"
    )
    assert [(c.name, [p.e164 for p in c.phones]) for c in read_text(text).contacts] == [
        ("Jane Doe", ["+442079460815"]),
        ("Tom Hale", ["+442079460367"]),
        ("Priya Nandakumar", ["+442079460367"]),
    ]


@pytest.mark.parametrize(
    "cell",
    ["Tom Hale, Head of Media", "Tom Hale, Brook Capital", "Tom Hale, Acme Labs"],
)
def test_a_table_cell_of_a_person_and_a_title_or_firm_is_one_person(cell: str) -> None:
    text = _release(
        "Enquiries\n\nAcme plc | Media: Jane Doe | +44 (0)20 7946 0815 |\n"
        f"Brook Capital (Broker) | {cell} | +44 (0)20 7946 0367 |"
    )
    assert [c.name for c in read_text(text).contacts] == ["Jane Doe", "Tom Hale"]


def test_an_office_with_an_address_and_a_general_mailbox_is_a_decoy() -> None:
    text = _release(
        "Kontakt:\nAnna Muster, Mediensprecherin, Tel. 081 555 36 01\n\n"
        "Amt für Wald\nLoestrasse 14, 7000 Chur\nTel. 081 555 21 00\n"
        "info@awn.example",
        place="Chur, ",
    )
    assert _people(text) == [("Anna Muster", None, ["+41815553601"], [])]
    assert len(_decoys(text)) == 2


def test_a_communications_office_first_under_its_heading_is_a_desk() -> None:
    text = _release(
        "Rückfragehinweis:\n   Bundesministerium für Wald\n"
        "   Abteilung Kommunikation\n   Musterring 1, 1010 Wien\n"
        "   Tel.: +43 1 555 10 00\n   Fax: +43 1 555 10 99\n"
        "   kommunikation@bmw.example",
        place="Wien, ",
    )
    phones = [p.e164 for c in read_text(text).contacts for p in c.phones]
    assert phones == ["+4315551000", "+4315551099"]
    assert _decoys(text) == []


def test_a_communications_office_after_the_people_is_a_decoy() -> None:
    text = _release(
        "Renseignements : Marc Favre, chef de projet, 022 555 20 10\n\n"
        "Bureau de la communication de l'État\nRue du Lac 8 - 1204 Genève\n"
        "T 022 555 20 00 - F 022 555 20 01",
        place="Genève, ",
    )
    assert _people(text) == [("Marc Favre", None, ["+41225552010"], [])]
    assert len(_decoys(text)) == 2


def test_a_table_of_firms_and_people_under_a_heading_is_contacts() -> None:
    # One row a firm, its labelled person and number, cells joined by '|' as
    # a flattened RNS table: contacts, not an office footer.
    text = (
        "Harrow Widgets plc\n\nContract award for signalling renewals\n\n"
        "London, 4 March 2025 – Harrow Widgets plc announces a contract award "
        "today, the company said in London this morning.\n\nEnquiries:\n\n"
        "Harrow Widgets plc | Media: Jane Doe | +44 20 7946 0123\n"
        "Cavendish Row Capital | Investors: John Roe | +44 20 7946 0456\n"
    )
    result = read_text(text)
    assert [(c.name, c.role, [p.e164 for p in c.phones]) for c in result.contacts] == [
        ("Jane Doe", "media", ["+442079460123"]),
        ("John Roe", "investor", ["+442079460456"]),
    ]


# Numbers and names that an office's address gives, not a media contact.


def test_a_spaced_dash_before_a_direct_dial_joins_it_to_its_number() -> None:
    # Where national numbers start with the trunk prefix 0, digits after a
    # spaced dash that start 1-9 are no number of their own: a direct dial.
    text = _release(
        "Kontakt:\nAnna Muster\nTel.: +43 (0) 2 555 12 – 34 5\n"
        "Mobil: 0664 555 01 23 – 0676 555 02 34",
        place="Wien, ",
    )
    assert _phones(text) == [
        ("+43255512345", "voice"),
        ("+436645550123", "mobile"),
        ("+436765550234", "mobile"),
    ]


@pytest.mark.parametrize("hours", ["9 bis 12 Uhr", "8:00–12:00", "8.30 bis 11 Uhr"])
def test_hours_after_a_spaced_dash_are_no_direct_dial(hours: str) -> None:
    text = _release(
        f"Kontakt:\nAnna Muster, Tel. +43 2 555 12 34 – {hours}", place="Wien, "
    )
    assert _phones(text) == [("+4325551234", "voice")]


def test_a_word_before_an_honorific_is_a_rank_not_a_name() -> None:
    # The rank is a function, not a form of address: the title's, until
    # the text gives a title of its own.
    text = _release(
        "Kontakt:\nOberamtsrätin Dr. Eva Beispiel\nTel. 0316 555 123",
        place="Graz, ",
    )
    contact = read_text(text).contacts[0]
    assert (contact.honorific, contact.name, contact.title) == (
        "Dr.",
        "Eva Beispiel",
        "Oberamtsrätin",
    )


@pytest.mark.parametrize("name", ["Anna M. Muster", "Jane D. Smith"])
def test_a_middle_initial_that_is_also_an_honorific_stays_in_the_name(
    name: str,
) -> None:
    from pressrelease.text._contacts import person_name

    assert person_name(name) == (None, name)


def test_a_switchboard_with_no_person_is_a_decoy() -> None:
    # "-0" is the direct dial of an office's switchboard in DACH plans.
    text = _release(
        "Kontakt:\nAnna Muster\nTel. 0316 555 1234\n\n"
        "Landesamt für Wege\nTel. 0316 555-0",
        place="Graz, ",
    )
    assert _people(text) == [("Anna Muster", None, ["+433165551234"], [])]
    assert any("switchboard +433165550" in m for m in _decoys(text))


def test_a_name_shaped_line_in_an_address_with_no_details_is_not_a_person() -> None:
    text = _release(
        "Kontakt:\nAnna Muster, Tel. 031 555 12 34\n\n"
        "Kontakt\nGemeindekanzlei\nRathaus Nord\n3000 Bern",
        place="Bern, ",
    )
    result = read_text(text)
    assert [c.name for c in result.contacts] == ["Anna Muster"]
    assert any(
        f.code == "import.unplaced" and "Rathaus Nord" in f.message
        for f in result.findings
    )


def test_an_address_line_names_a_building_not_a_person() -> None:
    # "Building, Street, Locality 12345, Country" with no number of its own:
    # its name-shaped first cell is a building; the office's line is a decoy.
    text = _release(
        "For further information:\nJane Doe, Tel: +351 21 555 0101\n\n\n"
        "Harbour House, Quay Street, Lisboa 11000, Portugal\n"
        "Tel: +351 21 555 0000 | www.acme.example",
        place="Lisboa, Portugal, ",
    )
    result = read_text(text)
    assert [c.name for c in result.contacts] == ["Jane Doe"]
    assert any("+351215550000" in m for m in _decoys(text))


@pytest.mark.parametrize(
    "heading",
    [
        "Pour tout renseignement, merci de contacter :",
        "Für Rückfragen wenden Sie sich bitte an:",
        "Per ulteriori informazioni si prega di contattare:",
        "Ihre Ansprechpartnerin in der Pressestelle",
        "Your contact at the press office",
        "Rückfragehinweis für Journalist:innen:",
        "Rückfragen für Journalistinnen und Journalisten",
        "For press and broadcast enquiries please contact:",
        "Pour toute information complémentaire, veuillez contacter :",
        "Pour toute demande d'information, merci de contacter :",
    ],
)
def test_a_contacts_heading_in_the_languages_opens_the_contacts(heading: str) -> None:
    text = _release(f"Text.\n\n{heading}\n\nAnna Muster, Tel. +41 31 555 12 34")
    assert _people(text) == [("Anna Muster", None, ["+41315551234"], [])]
    assert read_text(text).spans["contact_headings"] == (11,)  # not the body's


@pytest.mark.parametrize(
    "line", ["For many people the questions remain", "Für alle Fragen der Zukunft"]
)
def test_a_title_that_starts_with_for_is_no_contacts_heading(line: str) -> None:
    from pressrelease.text._roles import contact_heading

    assert not contact_heading(line)


def test_a_prose_contact_the_inquiries_are_directed_to() -> None:
    text = _release(
        "Text.\n\nCustomers may call the service centre at 1-800-555-0100. Press "
        "inquiries should be addressed to Jane Roe, Director of Communications, "
        "at (202) 555-0119 or jroe@acme.example.",
        place="WASHINGTON, ",
    ).replace("4 March 2025", "March 4, 2025")
    assert [(n, p, e) for n, _, p, e in _people(text)] == [
        ("Jane Roe", ["+12025550119"], ["jroe@acme.example"])
    ]


def test_a_press_desks_line_above_the_headline_is_a_contact() -> None:
    text = (
        "Acme Rail\n\nReporters – Acme newsroom: 020 7946 0000 | news@acme.example\n\n"
        "Acme orders forty new trains for the northern lines\n\n"
        "London, 4 March 2025 – Acme Rail has ordered forty trains today.\n"
    )
    result = read_text(text)
    assert [([p.e164 for p in c.phones], [str(e) for e in c.emails])
            for c in result.contacts] == [
        (["+442079460000"], ["news@acme.example"])
    ]  # fmt: skip
    assert result.headline == "Acme orders forty new trains for the northern lines"


@pytest.mark.parametrize(
    ("text", "media"),
    [
        ("Pressestelle", True),
        ("perscontact", True),
        ("Pressesprecherin", True),
        ("press office", True),
        ("persönliche Vorsorge", False),
        ("personal data", False),
        ("perspective", False),
        ("persistent delays", False),
        ("persuade", False),
        ("price pressure", False),
        ("the median wage", False),
        ("mediation", False),
    ],
)
def test_the_media_words_and_their_false_friends(text: str, media: bool) -> None:
    from pressrelease.text._words import MEDIA, fold

    assert (MEDIA.search(fold(text)) is not None) is media


def test_an_address_lines_digits_are_no_phone() -> None:
    text = _release(
        "Kontakt:\nAnna Muster, Tel. 030 555 12 34\n\n"
        "Amt für Wege\nMusterstraße 44, 10115 Berlin\nTel.: 030 555 12-0",
        place="Berlin, ",
    )
    result = read_text(text)
    assert [f.code for f in result.findings if f.line == 13] == ["import.unplaced"]
    assert _people(text) == [("Anna Muster", None, ["+49305551234"], [])]
    assert any("switchboard +4930555120" in m for m in _decoys(text))


def test_a_persons_card_above_the_headline_is_a_contact() -> None:
    # A web page's sidebar copied first: a name alone on its line above the
    # person's title, numbers and email, with no heading.
    text = (
        "ACME\n\nAnna Muster\nPressesprecherin\nTel.: 030 555 12 34\n"
        "anna.muster@acme.example\n\n"
        "Neue Radwege für die Innenstadt bis zum Jahr 2030\n\n"
        "Berlin, 4. März 2025 – Der Club begrüßt den Plan der Stadt.\n"
    )
    result = read_text(text)
    assert _people(text) == [
        ("Anna Muster", None, ["+49305551234"], ["anna.muster@acme.example"])
    ]
    assert result.headline == "Neue Radwege für die Innenstadt bis zum Jahr 2030"


# Titles, organisations and honorifics: what the person does comes after the
# name, then whom for; a unit after the title is the title's.


def _cards(contacts: str, place: str = "London, ") -> list[tuple[str | None, ...]]:
    result = read_text(_release(contacts, place=place))
    return [(c.name, c.honorific, c.title, c.organisation) for c in result.contacts]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Aa Bbb, Senior Manager, Corporate Communications, (713) 555-0160",
            "Senior Manager, Corporate Communications",
        ),
        (
            "Aa Bbb, Vice President, Marketing & Communications, a@b.example",
            "Vice President, Marketing & Communications",
        ),
        (
            "Aa Bbb, Analyst, Freight Research Section, a@b.example",
            "Analyst, Freight Research Section",
        ),
    ],
)
def test_a_unit_after_a_title_on_one_line_is_the_titles(line: str, title: str) -> None:
    assert _cards("Media contact:\n" + line, place="HOUSTON, ") == [
        ("Aa Bbb", None, title, None)
    ]


def test_a_title_wrapped_over_two_lines_stays_one_title() -> None:
    cards = _cards(
        "Media contact:\nAa Bbb\nChief, Strategic Communications\n"
        "and Advocacy Section, QWXZ\nT: +66 2 555 1869"
    )
    assert cards == [
        ("Aa Bbb", None, "Chief, Strategic Communications and Advocacy Section", "QWXZ")
    ]


@pytest.mark.parametrize("acronym", ["QWXZ", "UN-ZKP"])
def test_an_acronym_after_the_title_is_the_organisation(acronym: str) -> None:
    cards = _cards(
        f"Media contact:\nAa Bbb\nPress Officer, {acronym}\nTel: 020 7946 0410"
    )
    assert cards == [("Aa Bbb", None, "Press Officer", acronym)]


def test_a_function_acronym_after_the_title_stays_in_it() -> None:
    cards = _cards(
        "Media contact:\nAa Bbb\nVice President, Treasury & IR\nTel: 020 7946 0410"
    )
    assert cards == [("Aa Bbb", None, "Vice President, Treasury & IR", None)]


@pytest.mark.parametrize(
    "firm", ["Quillfern Communications", "QUILLFERN COMMUNICATIONS"]
)
def test_a_firm_named_communications_is_no_title(firm: str) -> None:
    cards = _cards(f"Media contact:\nAa Bbb\n{firm}\n020 7946 0410")
    assert cards == [("Aa Bbb", None, None, firm)]


def test_a_firms_role_in_brackets_is_no_title() -> None:
    result = read_text(
        _release(
            "Enquiries:\n\nQuillfern Partners (Joint Broker)    Tel: +44 20 7946 0321\n"
            "Aa Bbb / Cc Ddd"
        )
    )
    assert [(c.name, c.title, c.organisation) for c in result.contacts] == [
        ("Aa Bbb", None, "Quillfern Partners"),
        ("Cc Ddd", None, "Quillfern Partners"),
    ]
    assert any("Joint Broker" in f.message for f in result.findings)


def test_a_place_after_the_organisation_is_the_organisations() -> None:
    cards = _cards(
        "Media contact:\nAa Bbb, Quillfern Regional Office, Nairobi, "
        "Mobile: +254 722 555 019"
    )
    assert cards == [("Aa Bbb", None, None, "Quillfern Regional Office, Nairobi")]


def test_a_place_alone_is_no_title() -> None:
    result = read_text(
        _release("Media contact:\nAa Bbb, Nairobi, Mobile: +254 722 555 019")
    )
    assert [(c.name, c.title, c.organisation) for c in result.contacts] == [
        ("Aa Bbb", None, None)
    ]
    assert any("'Nairobi'" in f.message for f in result.findings)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Aa Bbb, Amtsleiterin Amt für Wege, Tel. 081 555 36 40",
            "Amtsleiterin Amt für Wege",
        ),
        (
            "Aa Bbb, Kommunikationsbeauftragter, Tel. 081 555 36 40",
            "Kommunikationsbeauftragter",
        ),
        ("Aa Bbb, Sektionschefin Wasser, Tel. 081 555 36 40", "Sektionschefin Wasser"),
    ],
)
def test_a_compound_job_noun_makes_a_title(line: str, title: str) -> None:
    assert _cards("Auskünfte:\n" + line, place="Chur, ") == [
        ("Aa Bbb", None, title, None)
    ]


def test_a_rank_before_the_honorific_gives_way_to_the_title() -> None:
    result = read_text(
        _release(
            "Kontakt\nStaatsrätin Dr. Aa Bbb\nVorsteherin der Direktion für Wege\n"
            "Telefon 041 555 21 07",
            place="Zug, ",
        )
    )
    contact = result.contacts[0]
    assert (contact.honorific, contact.name, contact.title) == (
        "Dr.",
        "Aa Bbb",
        "Vorsteherin der Direktion für Wege",
    )
    assert any("'Staatsrätin'" in f.message for f in result.findings)


@pytest.mark.parametrize("unit", ["Pressestelle", "Ufficio stampa QWX"])
def test_a_press_unit_under_the_name_is_the_persons_not_a_heading(unit: str) -> None:
    result = read_text(
        _release(
            f"Kontakt:\nAa Bbb\n{unit}\n+43 50 555-25016\na@b.example", place="Wien, "
        )
    )
    assert [(c.name, c.title, [p.e164 for p in c.phones]) for c in result.contacts] == [
        ("Aa Bbb", unit, ["+435055525016"])
    ]


def test_a_press_units_label_above_the_name_is_the_title() -> None:
    cards = _cards(
        "Rückfragen:\n\nPressestelle der QWX\nMag. Aa Bbb\nTel.: +43 1 364 18 2207",
        place="Wien, ",
    )
    assert cards == [("Aa Bbb", "Mag.", "Pressestelle der QWX", None)]


def test_a_press_office_word_before_a_name_is_a_firm() -> None:
    cards = _cards(
        "Für weitere Informationen:\n\nPressebüro Quillfern\nAa Bbb\n"
        "Mail: a@b.example\nTel. 040 / 2 88 77-0",
        place="Hamburg, ",
    )
    assert cards == [("Aa Bbb", None, None, "Pressebüro Quillfern")]


def test_a_title_after_the_name_in_a_sentence_is_the_contacts() -> None:
    result = read_text(
        _release(
            "Members of the media may contact Aa Bbb, Vice President, Marketing "
            "and Community Relations, at (608) 555-0186 or a@b.example.",
            place="MADISON, Wis., ",
        )
    )
    assert [(c.name, c.title) for c in result.contacts] == [
        ("Aa Bbb", "Vice President, Marketing and Community Relations")
    ]


def test_a_units_heading_above_a_person_is_their_title_until_they_give_one() -> None:
    cards = _cards(
        "Kontakt:\n\nInvestor Relations\nDr. Aa Bbb\nTel.: +43 732 9088-2290\n\n"
        "Media Relations\nCc Ddd\nPressesprecherin\nTel.: +43 732 9088-2291",
        place="Linz, ",
    )
    assert cards == [
        ("Aa Bbb", "Dr.", "Investor Relations", None),
        ("Cc Ddd", None, "Pressesprecherin", None),
    ]


@pytest.mark.parametrize("place", ["In Amman", "In N'Djamena", "In Geneva"])
def test_a_place_heading_before_the_name_is_no_organisation(place: str) -> None:
    result = read_text(
        _release(f"Media contacts:\n{place}, Aa Bbb, a@b.example, +962 79 555 3108")
    )
    assert [(c.name, c.organisation) for c in result.contacts] == [("Aa Bbb", None)]
    assert any(repr(place) in f.message for f in result.findings)


def test_a_tables_header_row_is_no_contact() -> None:
    result = read_text(
        _release(
            "Media contacts\n\nName | Role | Telephone | Email\n"
            "Aa Bbb | Senior Press Officer | 020 7946 0872 | a@b.example"
        )
    )
    assert [(c.name, c.title, c.organisation) for c in result.contacts] == [
        ("Aa Bbb", "Senior Press Officer", None)
    ]
    assert any(f.code == "import.furniture" for f in result.findings)


def test_column_headings_in_a_table_give_roles_not_organisations() -> None:
    result = read_text(
        _release(
            "Ansprechpartner\n| Presse | Investor Relations |\n| Aa Bbb | Cc Ddd |\n"
            "| Tel.: +49 89 4567-1120 | Tel.: +49 89 4567-1180 |",
            place="München, ",
        )
    )
    assert [(c.name, c.organisation, c.role) for c in result.contacts] == [
        ("Aa Bbb", None, "media"),
        ("Cc Ddd", None, "investor"),
    ]


def test_a_labelled_website_is_no_organisation() -> None:
    cards = _cards(
        "Kontakt:\nAa Bbb\nPressesprecherin\nTel.: +43 1 711 00 12\n"
        "Website: https://www.qwx.example.at",
        place="Wien, ",
    )
    assert cards == [("Aa Bbb", None, "Pressesprecherin", None)]


def test_the_issuers_name_with_a_comma_stays_one_organisation() -> None:
    text = (
        "Wien (OTS) - Das Bundesamt für Wege, Brücken und Tunnel (BWBT) baut.\n\n"
        "Rückfragehinweis:\n   Bundesamt für Wege, Brücken und Tunnel\n"
        "   Mag. Aa Bbb\n   Pressesprecherin\n   Tel.: +43 1 53917-5027\n"
    )
    contact = read_text(HEAD.format(place="") + text).contacts[0]
    assert (contact.name, contact.title, contact.organisation) == (
        "Aa Bbb",
        "Pressesprecherin",
        "Bundesamt für Wege, Brücken und Tunnel",
    )


def test_an_acronym_dash_name_line_is_one_organisation() -> None:
    cards = _cards(
        "Rückfragen & Kontakt\n\nQWX – Bundesamt für Wege und Brücken\n"
        "Mag. Aa Bbb\nLeiter Kommunikation\n+43 50 555-25014",
        place="Wien, ",
    )
    assert cards == [
        (
            "Aa Bbb",
            "Mag.",
            "Leiter Kommunikation",
            "QWX – Bundesamt für Wege und Brücken",
        )
    ]


def test_the_issuers_acronym_after_a_name_is_no_degree() -> None:
    # "MA" is a degree after a name, unless the release's own acronym
    text = (
        "MA\n\nMarine Alliance\n\nNew depot opens\n\nGENEVA, 4 March 2025 – "
        "The alliance opened a depot.\n\nMedia contact:\n\nJane Doe, MA\n"
        "+41 22 917 12 34\n"
    )
    assert [c.organisation for c in read_text(text).contacts] == ["MA"]
