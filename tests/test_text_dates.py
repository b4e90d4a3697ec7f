"""Release dates the importer reads: numeric dates and their order, a date
with a weekday and a time, the lead's date, the embargo's date; and dates
that are never the release's (a dividend's, an event's)."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressrelease import read_text
from pressrelease.text._dates import find_date, parse_dateline
from pressrelease.text._lead_date import lead_date
from pressrelease.text.importer import ImportResult

from .helpers import assert_linear

MARCH_4 = datetime.date(2025, 3, 4)
HEAD = "ACME LTD\n\nPRESS RELEASE\n\nAcme opens a new plant in the north\n\n"
BODY = (
    "Acme opened a plant in the north of the country. The plant employs "
    "forty people, the company said.\n\nIt will run all year.\n"
)
# A lead with no date, long enough to read as prose.
PLAIN = "The plant in the north of the country employs forty people and runs all year."


def codes(result: ImportResult) -> list[str]:
    return [f.code for f in result.findings]


def only(result: ImportResult, code: str) -> str:
    (finding,) = [f for f in result.findings if f.code == code]
    assert finding.line is not None
    return finding.message


# -- 1. Numeric dates with slashes ---------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "date", "guessed"),
    [
        ("Ayutthaya, 15/07/2025 –", datetime.date(2025, 7, 15), False),  # day > 12
        ("NEW YORK, 07/15/2025 --", datetime.date(2025, 7, 15), False),  # US order
        ("Ayutthaya, 04/04/2025 –", datetime.date(2025, 4, 4), False),  # one reading
        ("NEW YORK, 04/03/2025 --", datetime.date(2025, 4, 3), True),  # US: month first
        ("LONDON, 04/03/2025 –", MARCH_4, True),  # GB: day first
        ("Wien, 4/3/25 –", MARCH_4, True),  # a two-digit year, AT
    ],
)
def test_a_numeric_dateline_is_read_in_its_regions_order(
    dateline: str, date: datetime.date, guessed: bool
) -> None:
    result = read_text(HEAD + dateline + " " + BODY)
    assert result.date == date
    assert result.place is not None
    assert ("import.date_order" in codes(result)) is guessed
    if guessed:
        message = only(result, "import.date_order")
        assert ("month first" in message) is (date.month == 4)
        assert dateline.split(", ")[1].split()[0] in message  # as written


def test_a_numeric_date_line_says_which_order_it_assumed() -> None:
    result = read_text(HEAD + "04/03/2025\n\n" + BODY)
    assert result.date is not None
    message = only(result, "import.date_order")
    assert "'04/03/2025'" in message
    assert MARCH_4.isoformat() in message
    assert "2025-04-03" in message
    # The date line's own finding names the date as written, not a reading.
    assert "'04/03/2025'" in only(result, "import.date_line")


def test_the_order_follows_the_language_when_nothing_else_says() -> None:
    text = (
        "ACME GMBH\n\nPRESSEMITTEILUNG\n\nAcme eröffnet ein neues Werk\n\n"
        "04/03/2025\n\n"
        "Die Acme GmbH hat im Norden des Landes ein Werk eröffnet. Es "
        "beschäftigt vierzig Menschen und ist für die Region wichtig.\n"
    )
    result = read_text(text)
    assert result.date == MARCH_4
    assert "day first" in only(result, "import.date_order")


@given(
    st.dates(datetime.date(1900, 1, 1), datetime.date(2099, 12, 31)),
    st.booleans(),
)
def test_find_date_reads_every_numeric_date_both_ways(
    date: datetime.date, month_first: bool
) -> None:
    parts = (date.month, date.day) if month_first else (date.day, date.month)
    found = find_date(f"Issued {parts[0]:02d}/{parts[1]:02d}/{date.year} here")
    assert found is not None
    readings = {found.date, found.other}
    assert date in readings
    if date.day > 12 or date.day == date.month:
        assert found.other is None  # one reading only: nothing to guess
    else:
        assert found.other is not None
        assert found.date == datetime.date(date.year, parts[1], parts[0])


@pytest.mark.parametrize(
    "text",
    [
        "24/7/365",
        "1/2/3/2025",
        "page 12/34",
        "31/02/2025",
        "Version 1.2.25",
        "host 10.04.03.25",
        "04.03.251",
    ],
)
def test_what_is_no_numeric_date(text: str) -> None:
    assert find_date(text) is None


# -- 2. The lead's date ----------------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "On 4 March 2025, the Board of Acme Ltd approved the new plant in the north.",
        "On Tuesday, 4 March 2025, the Board of Acme Ltd approved the new plant.",
        "Am 4. März 2025 hat die Acme GmbH im Norden des Landes ein Werk eröffnet.",
        "Today, March 4, 2025, Acme Ltd announced a new plant in the north.",
        "Acme Ltd announced on March 4, 2025 that it opens a plant in the north.",
        "Acme Ltd will today (Tuesday 4 March 2025) open a plant in the north.",
        "Le 4 mars 2025, le Conseil d'administration d'Acme a approuvé une usine.",
        "Ce mardi 4 mars 2025, le Conseil d'Etat a adopté le projet d'usine.",
        "Heute, am 4. März 2025, hat die Acme GmbH ein neues Werk eröffnet.",
        "El 4 de marzo de 2025, el consejo de Acme aprobó una nueva planta.",
        "Il 4 marzo 2025 il consiglio di Acme ha approvato un nuovo impianto.",
        "Op 4 maart 2025 heeft de raad van Acme een nieuwe fabriek goedgekeurd.",
    ],
)
def test_the_leads_date_phrased_as_the_day_of_the_release(lead: str) -> None:
    found = lead_date(lead + " " + PLAIN)
    assert found is not None
    assert found.date == MARCH_4
    result = read_text(HEAD + lead + " " + PLAIN + "\n")
    assert result.date == MARCH_4
    assert "the lead's first sentence" in only(result, "import.date_lead")


@pytest.mark.parametrize(
    "lead",
    [
        # An event's date: the future, or German's present for it.
        "On 12 May 2025, Acme will hold its annual meeting in Boston for members.",
        "Am 12. Mai 2025 findet die Hauptversammlung der Acme GmbH in Köln statt.",
        "Le 12 mai 2025, Acme sera présente au salon de Genève avec ses modèles.",
        # A dividend's dates: not at the start, no cue of the day it is made.
        "The Board declared a dividend payable on 04/15/2025 to holders of record "
        "on 03/31/2025.",
        "Acme said the Board approved the plan on 12 May 2025 after a long debate.",
        # A date in the second sentence.
        "Acme declared a dividend of ten cents. On 12 May 2025, the Board approved it.",
        # "today" not beside the date.
        "Today's figures for 12 May 2025 show a rise in the north of the land.",
        "Acme said today, after the vote on 12 May 2025, that it approved the plan.",
        # "On" and a word that is no weekday before the date.
        "On schedule 12 May 2025 the Board approved the plan for the north.",
    ],
)
def test_a_date_in_the_lead_not_phrased_as_the_release_day_is_not_taken(
    lead: str,
) -> None:
    assert lead_date(lead + " " + PLAIN) is None
    result = read_text(HEAD + lead + " " + PLAIN + "\n")
    assert result.date is None
    assert "import.no_date" in codes(result)


def test_a_dateline_or_date_line_wins_over_the_lead() -> None:
    lead = "On 4 March 2025, the Board of Acme Ltd approved the new plant."
    result = read_text(HEAD + "Ayutthaya, 5 March 2025 – " + lead + " " + PLAIN)
    assert result.date == datetime.date(2025, 3, 5)
    assert "import.date_lead" not in codes(result)


def test_a_bracketed_date_after_a_city_is_a_dateline_without_a_dash() -> None:
    lead = "CHICAGO (Aug. 28, 2025) Acme announced a plant. "
    result = read_text(HEAD + lead + PLAIN)
    assert (result.place, result.date) == ("Chicago", datetime.date(2025, 8, 28))
    assert result.release is not None
    assert result.release.body[0].startswith("Acme announced a plant.")


def test_a_name_with_a_bracketed_date_is_no_place() -> None:
    found = parse_dateline("Acme Bancorp (March 4, 2025) announced a dividend today.")
    assert found is None


# -- 3. The embargo's date -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("EMBARGOED UNTIL 00:01 GMT, Tuesday 4 March 2025", MARCH_4),
        ("SPERRFRIST: 12. Februar 2025, 06:00 Uhr", datetime.date(2025, 2, 12)),
        ("Embargo : 4 mars 2025 à 10 h", MARCH_4),
        (
            "Sperrfrist: Dienstag, 24. Dezember 2019, 00.00 Uhr",
            datetime.date(2019, 12, 24),
        ),
    ],
)
def test_the_embargo_gives_the_date_when_nothing_else_does(
    line: str, date: datetime.date
) -> None:
    text = (
        "ACME LTD\n\nPRESS RELEASE\n" + line + "\n\nAcme opens a new plant in the "
        "north\n\n" + PLAIN + "\n"
    )
    result = read_text(text)
    assert result.date == date
    assert "embargo line" in only(result, "import.date_embargo")
    assert "import.embargo" in codes(result)  # still reported as such


def test_a_dateline_wins_over_the_embargo() -> None:
    text = (
        "ACME LTD\n\nPRESS RELEASE\nEMBARGOED UNTIL 00:01 GMT, 6 March 2025\n\n"
        "Acme opens a new plant in the north\n\nAyutthaya, 4 March 2025 – " + PLAIN
    )
    result = read_text(text)
    assert result.date == MARCH_4
    assert "import.date_embargo" not in codes(result)


# -- 4. Weekdays, times, languages and orders ----------------------------------

FORMS = [
    "Tuesday, 4 March 2025 10:30 CET",
    "Tuesday, March 4, 2025 at 10:30 a.m. ET",
    "mardi 4 mars 2025",
    "mardi 4 mars 2025 à 10h30",
    "martedì 4 marzo 2025",
    "martes, 4 de marzo de 2025",
    "4 de marzo de 2025",
    "4 de março de 2025",
    "dinsdag 4 maart 2025",
    "Dienstag, 4. März 2025, 10:30 Uhr",
    "March 4th, 2025",
    "4th March 2025",
    "Mar. 4, 2025",
    "2025-03-04",
    "2025-03-04T10:30:00Z",
    "4 marzo 2025 ore 10:30",
    "04.03.25",
]


@pytest.mark.parametrize("form", FORMS)
def test_each_form_is_read_in_a_dateline(form: str) -> None:
    result = read_text(HEAD + f"Ayutthaya, {form} – " + BODY)
    assert (result.place, result.date) == ("Ayutthaya", MARCH_4)


@pytest.mark.parametrize("form", [*FORMS, "Sept. 4, 2025"])
def test_each_form_is_read_on_a_date_line(form: str) -> None:
    result = read_text(HEAD + form + "\n\n" + BODY)
    assert result.date is not None
    assert (result.date.month, result.date.day) in {(3, 4), (9, 4)}
    assert "import.date_line" in codes(result)


# -- Linear time -------------------------------------------------------------------

NO_DATE = "ACME\n\nPRESS RELEASE\n\nHEADLINE\n\n"
CASES: dict[str, Callable[[int], str]] = {
    "a lead of dates": lambda n: NO_DATE + "On " + "4 March 2025, " * (n // 14),
    "a lead of slashes": lambda n: NO_DATE + "On " + "4/3/" * (n // 4) + "25 x.\n",
    "a lead of full stops": lambda n: NO_DATE + "On 4 March 2025" + ". A" * (n // 3),
    "a lead of todays": lambda n: NO_DATE + "today " * (n // 6) + "4 March 2025.\n",
    "brackets after a place": lambda n: NO_DATE + "CHICAGO (" * (n // 9) + "x\n",
    "an embargo of times": lambda n: (
        "ACME\n\nEMBARGO " + "10:30 " * (n // 6) + "\n\nH\n"
    ),
}


@pytest.mark.complexity
@pytest.mark.parametrize("make", CASES.values(), ids=CASES.keys())
def test_reading_dates_is_linear(make: Callable[[int], str]) -> None:
    assert_linear(make, read_text, 2_000)


@pytest.mark.complexity
def test_the_lead_reader_is_linear() -> None:
    assert_linear(lambda n: "On " + "4. März " * (n // 8), lead_date, 2_000)


@given(
    st.lists(
        st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8),
        min_size=1,
        max_size=12,
    )
)
def test_a_date_after_the_first_sentence_is_never_the_leads(words: list[str]) -> None:
    first = "Acme " + " ".join(words) + ". "
    assert lead_date(first + "On 4 March 2025, the Board approved the plan.") is None
    assert lead_date(first + "Today, March 4, 2025, Acme announced a plant.") is None


# -- Another's date is never the release's ---------------------------------------

DIVIDEND = (
    "ACME BANCORP, INC.\n\nNEWS RELEASE\n\nAcme Bancorp declares quarterly "
    "dividend\n\n{head}The Board of Directors of Acme Bancorp declared a "
    "quarterly cash dividend of ten cents per share, the bank said.\n{foot}"
)


@pytest.mark.parametrize(
    ("head", "foot"),
    [
        ("Record date: 03/04/2025\nPayable: 04/15/2025\n\n", ""),
        ("", "\nRecord date\n03/04/2025\n\nPayable\n04/15/2025\n"),
        ("", "\nEx-dividend date: 03/03/2025\n"),
        ("When: Tuesday, 4 March 2025, 10:00\nWhere: Head office, Leeds\n\n", ""),
        ("Wann: Dienstag, 4. März 2025, 10:00 Uhr\n\n", ""),
    ],
)
def test_a_date_labelled_as_anothers_is_not_the_release_date(
    head: str, foot: str
) -> None:
    result = read_text(DIVIDEND.format(head=head, foot=foot))
    assert result.date is None
    assert "import.no_date" in codes(result)


def test_a_date_line_beside_anothers_date_is_still_read() -> None:
    head = "Released 07:00 04/03/2025\nRecord date: 03/31/2025\n\n"
    result = read_text(DIVIDEND.format(head=head, foot=""))
    assert result.date == datetime.date(2025, 4, 3)  # US, month first
    assert "'04/03/2025'" in only(result, "import.date_order")


def test_a_verb_of_announcing_with_a_weekday_before_the_date() -> None:
    found = lead_date(
        "Prices have grown, the Guild said on Tuesday 2 September 2025, after "
        "analysing them."
    )
    assert found is not None
    assert found.date == datetime.date(2025, 9, 2)
    assert lead_date("Prices grew, the Guild said on Sunny 2 September 2025.") is None


def test_a_notes_sentence_gives_no_release_date() -> None:
    result = read_text(
        "Royal Harbour Guild\n\nDiesel costs more at motorway services\n\n"
        "The price gap has grown to its widest for three years, the Guild said "
        "on Tuesday 2 September 2025, after analysing prices.\n\n"
        "Diesel averaged 152.8p a litre in August at motorway services.\n\n"
        "Notes to editors\n1. Prices were collected daily from 1 to 31 August "
        "2025 from 112 motorway service areas and 1,406 nearby forecourts.\n"
    )
    assert result.date == datetime.date(2025, 9, 2)
