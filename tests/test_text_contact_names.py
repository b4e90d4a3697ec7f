"""Names in a contacts block as house styles write them: in capitals, surname
first, after a job title and an honorific, with a number's label in brackets.

Every release here is invented; each test states the cue the importer reads.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pressrelease import read_text
from pressrelease.text.importer import ImportResult

from .helpers import assert_linear

HEAD = (
    "Harbour Agency\n\nFerry traffic rises\n\n{place}, 4 March 2025 – Ferry "
    "traffic rose by a fifth last year, the agency said today.\n\n"
)


def _read(block: str, place: str = "Geneva") -> ImportResult:
    return read_text(HEAD.format(place=place) + block + "\n")


def _cards(
    block: str, place: str = "Geneva"
) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [
        (c.honorific, c.name, c.title, c.organisation)
        for c in _read(block, place).contacts
    ]


# A job title before the honorific: the title's words, one honorific.


@pytest.mark.parametrize(
    ("line", "honorific", "title"),
    [
        ("Leiterin Kommunikation Dr. Eva Stadler", "Dr.", "Leiterin Kommunikation"),
        ("Pressesprecher Mag. Karl Huber", "Mag.", "Pressesprecher"),
        ("Head of Media Relations Ms Jane Doe", "Ms", "Head of Media Relations"),
        ("Stv. Pressesprecherin Mag.a Lea Moser", "Mag.a", "Stv. Pressesprecherin"),
    ],
)
def test_a_job_title_before_the_honorific_is_the_title(
    line: str, honorific: str, title: str
) -> None:
    for block in (f"{line}\nTel. +43 1 555 12 34", f"{line}, Tel. +43 1 555 12 34"):
        [(got_honorific, name, got_title, _org)] = _cards(
            "Rückfragehinweis:\n" + block, place="Wien"
        )
        assert (got_honorific, got_title) == (honorific, title)
        assert name == " ".join(line.split()[-2:])


def test_words_before_an_honorific_that_are_no_title_make_no_name() -> None:
    from pressrelease.text._contacts import person_name

    # A name never runs on before its honorific, and these words are no job.
    assert person_name("Anna Maria Berg Dr. Eva Stadler") is None
    assert person_name("Anna M. Muster") == (None, "Anna M. Muster")


# A number's label in brackets after a name.


@pytest.mark.parametrize(
    "block",
    [
        "Alice Trevanion (mobile) +44 7700 900123",
        "Alice Trevanion (mobile), +44 7700 900123",
        "Alice Trevanion (mobile)\n+44 7700 900123",
        "Alice Trevanion [Mobile]: +44 7700 900123",
    ],
)
def test_a_bracketed_label_after_a_name_is_the_numbers(block: str) -> None:
    result = _read("Media contacts:\n" + block, place="London")
    [contact] = result.contacts
    assert (contact.name, contact.organisation) == ("Alice Trevanion", None)
    assert [(p.e164, p.kind) for p in contact.phones] == [("+447700900123", "mobile")]


def test_a_bracketed_label_goes_to_the_next_number_only() -> None:
    [contact] = _read(
        "Media contacts:\nAlice Trevanion (office)\n+44 7700 900123\n+44 7700 900124",
        place="London",
    ).contacts
    assert [p.kind for p in contact.phones] == ["voice", "mobile"]


def test_a_bracketed_label_with_no_number_is_said() -> None:
    result = _read(
        "Media contacts:\nAlice Trevanion (mobile)\nalice@harbour.example",
        place="London",
    )
    assert [c.name for c in result.contacts] == ["Alice Trevanion"]
    assert any(
        f.code == "import.unplaced" and "'mobile'" in f.message for f in result.findings
    )


def test_a_bracketed_label_after_a_name_already_read_adds_to_that_person() -> None:
    contacts = _read(
        "Media contacts:\nAlice Trevanion / Tobias Greenhalgh\n"
        "+44 20 7946 0388\nAlice Trevanion (mobile)   +44 7700 900123",
        place="London",
    ).contacts
    assert [(c.name, [p.e164 for p in c.phones]) for c in contacts] == [
        ("Alice Trevanion", ["+442079460388", "+447700900123"]),
        ("Tobias Greenhalgh", ["+442079460388"]),
    ]


def test_a_bracketed_word_that_is_no_label_is_not_taken_for_one() -> None:
    # "(Geneva)" is a city (said and dropped); "(Europe)" stays unread as a
    # label: the number keeps the kind its plan gives.
    [contact] = _read(
        "Media contacts:\nJane Doe (Geneva), +41 22 555 12 34", place="Geneva"
    ).contacts
    assert [(p.e164, p.kind, p.label) for p in contact.phones] == [
        ("+41225551234", "voice", None)
    ]


# A name in capitals: two or three name-shaped words, then the contact's
# title, number or email.


@pytest.mark.parametrize(
    ("block", "honorific", "name"),
    [
        ("JANE DOE\nPress Officer\n+41 79 555 12 34", None, "Jane Doe"),
        (
            "MARIA GRUBER-HOLL\nPressesprecherin\n+41 79 555 12 34",
            None,
            "Maria Gruber-Holl",
        ),
        ("DR. JAN NOVAK\n+41 79 555 12 34\nnovak@harbour.example", "DR.", "Jan Novak"),
        ("JANE DOE, Press Officer, +41 79 555 12 34", None, "Jane Doe"),
        ("JANE DOE +41 79 555 12 34", None, "Jane Doe"),
        ("JOÃO DA SILVA\nnovak@harbour.example", None, "João da Silva"),
    ],
)
def test_a_name_in_capitals_before_the_contacts_details_is_a_person(
    block: str, honorific: str | None, name: str
) -> None:
    result = _read("Media contacts:\n" + block)
    [contact] = result.contacts
    assert (contact.honorific, contact.name, contact.organisation) == (
        honorific,
        name,
        None,
    )
    # read in the usual case, and said so
    [finding] = [f for f in result.findings if f.code == "import.name_case"]
    assert repr(name) in finding.message


@pytest.mark.parametrize(
    "line",
    [
        "MEDIA CONTACT",
        "PRESSESTELLE",
        "ACME CORP",
        "HARBOUR AGENCY",  # the issuer's words
        "PRESS OFFICE",
        "CORREO ELECTRÓNICO",
        "SITE WEB",
        "UNIS VIENNA",  # an acronym and a place
        "GENEVA SWITZERLAND",
        "BKG SRF",  # no vowel: acronyms
    ],
)
def test_capitals_that_are_a_heading_label_or_organisation_make_no_name(
    line: str,
) -> None:
    contacts = _read(f"Media contacts:\n\n{line}\n+41 79 555 12 34").contacts
    assert [c.name for c in contacts] in ([None], [])


def test_a_name_in_capitals_with_no_detail_after_it_is_no_person() -> None:
    # Nothing says the capitals are a person's: the line is reported.
    result = _read("Media contacts:\nJANE DOE\nHarbour Agency")
    assert [c.name for c in result.contacts] == []
    assert any("'JANE DOE'" in f.message for f in result.findings)


# Surname first: reordered only where the shape is unambiguous, and said.


@pytest.mark.parametrize(
    ("block", "honorific", "name", "title"),
    [
        ("Doe, Jane\n+41 79 555 12 34", None, "Jane Doe", None),
        (
            "DOE, Jane, Press Officer, +41 79 555 12 34",
            None,
            "Jane Doe",
            "Press Officer",
        ),
        (
            "Gruber, Maria (Mag.)\nPressesprecherin\n+43 1 555 12 34",
            "Mag.",
            "Maria Gruber",
            "Pressesprecherin",
        ),
        ("VAN DER BERG, Anna\nanna@harbour.example", None, "Anna van der Berg", None),
        (
            "Doe, Jane | Press Officer | +41 79 555 12 34",
            None,
            "Jane Doe",
            "Press Officer",
        ),
        ("O'Neill, Siobhan M.\n+41 79 555 12 34", None, "Siobhan M. O'Neill", None),
    ],
)
def test_a_name_written_surname_first_is_reordered_and_said(
    block: str, honorific: str | None, name: str, title: str | None
) -> None:
    result = _read("Media contacts:\n" + block)
    [contact] = result.contacts
    assert (contact.honorific, contact.name, contact.title) == (honorific, name, title)
    [finding] = [f for f in result.findings if f.code == "import.name_order"]
    written = name if honorific is None else f"{honorific} {name}"
    assert repr(written).casefold() in finding.message.casefold()
    assert finding.line == 8


@pytest.mark.parametrize(
    "line",
    [
        "DSAS, Anne Rochat, cheffe de service, 021 555 75 01",  # acronym, name
        "Acme, Jane Doe, +41 79 555 12 34",  # a firm and a name
        "Geneva, Switzerland, +41 79 555 12 34",  # places
        "Doe, Press Officer, +41 79 555 12 34",  # a title
        "Harbour, Jane, +41 79 555 12 34",  # the issuer's word
    ],
)
def test_an_ambiguous_comma_is_not_taken_for_surname_first(line: str) -> None:
    result = _read("Media contacts:\n" + line)
    assert not [f for f in result.findings if f.code == "import.name_order"]
    assert all(c.name is None or "," not in c.name for c in result.contacts)


def test_surname_first_with_no_detail_after_it_is_not_reordered() -> None:
    result = _read("Media contacts:\nDoe, Jane\nHarbour Agency")
    assert not [f for f in result.findings if f.code == "import.name_order"]


def _block(n: int) -> str:
    lines = [
        "DOE, Jane, Press Officer, +41 79 555 12 34",
        "JANE DOE",
        "Alice Trevanion (mobile) +44 7700 900123",
        "Leiterin Kommunikation Dr. Eva Stadler",
        "Gruber, Maria (Mag.)",
        "Tel. +41 79 555 12 35",
    ]
    return "Media contacts:\n" + "\n".join(lines[i % len(lines)] for i in range(n))


@pytest.mark.complexity
@pytest.mark.parametrize(
    "make",
    [
        _block,
        # One line of brackets and capitals, to the segment's bound.
        lambda n: "Media contacts:\n" + "JANE DOE (m) " * n + "+41 79 555 12 34",
        lambda n: "Media contacts:\n" + ("Doe, Jane, " * n) + "+41 79 555 12 34",
    ],
    ids=["cards", "brackets", "commas"],
)
def test_reading_names_is_linear(make: Callable[[int], str]) -> None:
    assert_linear(
        lambda n: HEAD.format(place="Geneva") + make(n) + "\n", read_text, 200
    )


# Shapes of real contacts blocks (cantons', ministries', companies' web pages).


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        ("Regierungssprecher Anton Beispiel", "Anton Beispiel", "Regierungssprecher"),
        ("Spokesperson Jane Doe", "Jane Doe", "Spokesperson"),
        (
            "Kommunikationsbeauftragte Lea Muster",
            "Lea Muster",
            "Kommunikationsbeauftragte",
        ),
    ],
)
def test_a_job_in_one_word_before_a_name_is_the_title(
    line: str, name: str, title: str
) -> None:
    for block in (f"{line}\n+41 61 555 86 36", f"{line}, +41 61 555 86 36"):
        cards = _cards("Medienkontakte:\n" + block, place="Basel")
        assert cards == [(None, name, title, None)]


def test_a_compound_job_noun_is_no_name() -> None:
    # "Stv. Regierungssprecherin" under a name is her title, not a second
    # person who would take her number.
    cards = _cards(
        "Medienkontakte\n\nAnton Beispiel\nRegierungssprecher\n+41 61 555 86 36\n"
        "Lea Muster\nStv. Regierungssprecherin\n+41 61 555 85 31",
        place="Basel",
    )
    assert [(n, t) for _h, n, t, _o in cards] == [
        ("Anton Beispiel", "Regierungssprecher"),
        ("Lea Muster", "Stv. Regierungssprecherin"),
    ]


# A job's noun alone is a surname too (Leiter and Sprecher are titles
# words already): only a compound is taken for a job.
@pytest.mark.parametrize("surname", ["Berater", "Chef", "Direktor"])
def test_a_job_noun_alone_stays_a_surname(surname: str) -> None:
    from pressrelease.text._contacts import person_name

    assert person_name(f"Anna {surname}") == (None, f"Anna {surname}")


@pytest.mark.parametrize(
    ("lines", "title", "organisation"),
    [
        (
            "Pressesprecherin der\nBundesministerin Muster\nBundesministerium für Wege",
            "Pressesprecherin der Bundesministerin Muster",
            "Bundesministerium für Wege",
        ),
        (
            "Head of\nMedia Relations\nHarbour Agency",
            "Head of Media Relations",
            "Harbour Agency",
        ),
    ],
)
def test_a_title_wrapped_after_a_word_it_cannot_end_on_runs_on(
    lines: str, title: str, organisation: str
) -> None:
    result = _read(
        f"Presseanfragen:\nMag. Eva Beispiel\n{lines}\nTel. +43 1 711 00 43 78",
        place="Wien",
    )
    assert [(c.name, c.title, c.organisation) for c in result.contacts] == [
        ("Eva Beispiel", title, organisation)
    ]
    # Both lines of the title are the contact's: no line goes unsaid.
    assert not [f for f in result.findings if f.code == "import.unplaced"]


@pytest.mark.parametrize(
    ("line", "honorific"),
    [
        ("Dr. med. Anna Muster", "Dr. med."),
        ("Dr. rer. nat. Anna Muster", "Dr. rer. nat."),
        ("Mag. (FH) Anna Muster", "Mag. (FH)"),
        ("Prof. Dr. h.c. Anna Muster", "Prof. Dr. h.c."),
    ],
)
def test_a_degrees_field_or_school_after_the_honorific_is_the_honorifics(
    line: str, honorific: str
) -> None:
    assert _cards(f"Kontakt:\n{line}\n+43 1 555 12 34", place="Wien") == [
        (honorific, "Anna Muster", None, None)
    ]


@pytest.mark.parametrize(
    ("line", "degrees"),
    [
        ("Anna Muster, BA MA", "BA MA"),
        ("Anna Muster BSc", "BSc"),
        ("Anna Muster, MSc, Pressesprecherin", "MSc"),
        ("Anna Muster, Ph.D.", "Ph.D."),
    ],
)
def test_degrees_after_a_name_are_not_the_name_and_are_said(
    line: str, degrees: str
) -> None:
    result = _read(f"Kontakt:\n{line}\n+43 1 555 12 34", place="Wien")
    assert [(c.name, c.organisation) for c in result.contacts] == [
        ("Anna Muster", None)
    ]
    assert any(
        f.code == "import.unplaced" and repr(degrees) in f.message
        for f in result.findings
    )


def test_a_generation_after_a_name_stays_in_it() -> None:
    [contact] = _read("Media contacts:\nJohn Roe, Jr., +41 22 555 12 34").contacts
    assert contact.name == "John Roe, Jr."


@pytest.mark.parametrize(
    ("line", "honorific", "name"),
    [
        ("M. DUPONT Jean", "M.", "Jean Dupont"),
        ("Mme MARTIN-ROUX Claire, porte-parole", "Mme", "Claire Martin-Roux"),
    ],
)
def test_an_honorific_and_a_surname_in_capitals_first_are_reordered(
    line: str, honorific: str, name: str
) -> None:
    result = _read(f"Contacts presse :\n{line}\n+41 22 555 12 34")
    assert [(c.honorific, c.name) for c in result.contacts] == [(honorific, name)]
    assert [f.line for f in result.findings if f.code == "import.name_order"] == [8]


def test_capitals_first_with_no_honorific_are_not_reordered() -> None:
    # "DSAS Claire" may be an office and a name: left as written.
    result = _read("Contacts presse :\nDSAS Claire\n+41 22 555 12 34")
    assert not [f for f in result.findings if f.code == "import.name_order"]


@pytest.mark.parametrize(
    ("line", "title", "organisation"),
    [
        ("Jane Doe (Press Officer)", "Press Officer", None),
        ("Anna Muster (Mediensprecherin)", "Mediensprecherin", None),
        ("Anna Muster (Pressestelle)", "Pressestelle", None),
        ("Jane Doe (Harbour Agency)", None, "Harbour Agency"),
        ("Jane Doe (Acme Communications)", None, "Acme Communications"),
        ("Jane Doe (UNHCR)", None, "UNHCR"),
    ],
)
def test_a_title_or_organisation_in_brackets_after_a_name(
    line: str, title: str | None, organisation: str | None
) -> None:
    for block in (f"{line}\n+41 22 555 12 34", f"{line}, +41 22 555 12 34"):
        assert _cards("Media contacts:\n" + block) == [
            (None, line.split(" (")[0], title, organisation)
        ]


def test_a_city_or_a_firms_role_in_brackets_is_neither() -> None:
    cards = _cards(
        "Media contacts:\nJane Doe (Geneva)\n+41 22 555 12 34\n\n"
        "Larkspur Communications (Financial PR)\nJohn Roe\n+41 22 555 12 35"
    )
    assert cards == [
        (None, "Jane Doe", None, None),
        (None, "John Roe", None, "Larkspur Communications"),
    ]


def test_a_spokesmans_title_naming_the_person_he_speaks_for() -> None:
    result = _read(
        "Rückfragehinweis für Medien:\nMag. Clemens Jarosch\n"
        "Mediensprecher Stadträtin Mag.a Derya Novotny\nTelefon: +43 1 4000 81853"
    )
    [contact] = result.contacts
    assert (contact.name, contact.title) == (
        "Clemens Jarosch",
        "Mediensprecher Stadträtin Mag.a Derya Novotny",
    )


@pytest.mark.parametrize(
    "block",
    [
        "Investors: JENNIFER A. MORALES\nVP, Investor Relations\n+41 79 555 12 34",
        "Investors: Jennifer A. Morales\nVP, Investor Relations\n+41 79 555 12 34",
    ],
)
def test_a_vice_presidents_title_names_a_unit_and_stays_a_title(block: str) -> None:
    [contact] = _read(block).contacts
    assert (contact.name, contact.title, contact.organisation) == (
        "Jennifer A. Morales",
        "VP, Investor Relations",
        None,
    )


def test_an_association_named_by_a_compound_above_a_person_is_no_person() -> None:
    [contact] = _read(
        "Rückfragehinweis:\nAlmwirtschaft Österreich\nDr. Sabine Kreuz\n"
        "Tel.: +43 732 77 12 40"
    ).contacts
    assert (contact.name, contact.organisation) == (
        "Sabine Kreuz",
        "Almwirtschaft Österreich",
    )


def test_a_second_card_with_a_contacts_name_and_number_is_one_contact() -> None:
    result = _read(
        "Media contacts:\nPHROMMA, Siriporn (Ms.) – Specialist – Tel. +66 2 304 9170 "
        "– siri@undev.example\n\n--------\nSiriporn Phromma\nSpecialist\n"
        "T +66 2 304 9170 | M +66 89 204 5511"
    )
    [contact] = result.contacts
    assert [p.e164 for p in contact.phones] == ["+6623049170", "+66892045511"]
    assert any(f.code == "import.contact_merged" for f in result.findings)


def test_the_senders_name_under_a_sign_off_joins_the_numbers_below() -> None:
    result = read_text(
        "Stau vor dem Gotthard\n\nBern – Der Club rechnet mit langen Staus am "
        "Gotthard.\n\n-----------\n\nFreundliche Grüsse\n\nMarco Cavegn\n"
        "Leiter Medienstelle\n\nSVM Schweizer Verkehrsclub\nMonbijoustrasse 61 | "
        "3007 Bern\nDirekt +41 31 555 47 12 | Natel +41 79 555 47 12\n"
    )
    [contact] = result.contacts
    assert (contact.name, contact.title) == ("Marco Cavegn", "Leiter Medienstelle")
    assert [p.e164 for p in contact.phones] == ["+41315554712", "+41795554712"]


def test_a_name_in_capitals_in_a_sentence_is_read_in_the_usual_case() -> None:
    result = read_text(
        "Heat warning for drivers\n\nPHOENIX, Ariz., July 8, 2025 – Drivers should "
        "check their tyres.\n\nReporters should contact VINCENT ABEYTA-CRUZ, the "
        "Club's public affairs manager, at 602-555-0161 or vabeyta@dsac.example.\n"
    )
    assert [c.name for c in result.contacts] == ["Vincent Abeyta-Cruz"]
    assert any(f.code == "import.name_case" for f in result.findings)


def test_a_name_written_surname_first_without_a_comma_stays_as_written() -> None:
    # "Huot Vichheka" is a Khmer name in its own order: nothing tells it from
    # a name written surname first
    [contact] = _read(
        "Zgraggen Reto, Sprecher, Natel 079 555 42 18, reto.zgraggen@zg.example"
    ).contacts
    assert contact.name == "Zgraggen Reto"


def test_two_cards_with_one_name_in_one_list_stay_two() -> None:
    # the text lists the person twice; only a card elsewhere (below a rule,
    # or a section repeated at the page's foot) is the same contact again
    result = _read(
        "Media contacts:\nJane Doe\n+41 79 555 12 34\n\nJane Doe\n+41 79 555 12 34"
    )
    assert [c.name for c in result.contacts] == ["Jane Doe", "Jane Doe"]
