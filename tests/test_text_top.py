"""The top of a release, round 2: shapes of headline, issuer, date and place.

Every example is invented; each test is a house style's shape, so a rule
holds for the shape, never for one release's organisation.
"""

from __future__ import annotations

import datetime

import pytest

from pressrelease import read_text
from pressrelease.text._blocks import Block, Line, blocks, paragraphs
from pressrelease.text._chrome import chrome_reason
from pressrelease.text._dates import find_date, parse_dateline
from pressrelease.text._extract import title_lines
from pressrelease.text._roles import with_acronym
from pressrelease.text.importer import ImportResult

from .helpers import assert_linear

BODY = (
    "The board approved the plan on Monday after a long debate about the costs "
    "and the timetable for the works."
)


def read(*parts: str) -> ImportResult:
    return read_text("\n\n".join(parts) + "\n")


# -- datelines ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        # The date in brackets after the place (a US motoring club's style).
        ("PORTLAND, Ore. (March 3, 2025) -- Text follows here.", "Portland", (3, 3)),
        # A source note in brackets after the date (a UN regional office).
        (
            "Nairobi, 9 May 2024 (Regional Press Unit) – Text follows here.",
            "Nairobi",
            (5, 9),
        ),
    ],
)
def test_dateline_with_a_parenthesis_before_the_dash(
    text: str, place: str, date: tuple[int, int]
) -> None:
    found = parse_dateline(text)
    assert found is not None
    assert found.place == place
    assert found.date is not None
    assert (found.date.month, found.date.day) == date
    assert found.rest == "Text follows here."


def test_dateline_source_note_is_reported_with_its_line() -> None:
    result = read(
        "Lake levels reach a ten-year low across the region",
        "Nairobi, 9 May 2024 (Regional Press Unit) – " + BODY,
    )
    assert result.place == "Nairobi"
    notes = [f for f in result.findings if "Regional Press Unit" in str(f)]
    assert [f.line for f in notes] == [3]


def test_day_and_month_without_year_gives_the_place_and_the_date_line_the_date() -> (
    None
):
    result = read(
        "REF/PR/0042\n12 March 2025",
        "Ferry fares to fall on all lake routes from April",
        "GENEVA, 12 March (Information Unit) - " + BODY,
    )
    assert result.place == "Geneva"
    assert result.date == datetime.date(2025, 3, 12)
    assert result.headline == "Ferry fares to fall on all lake routes from April"


@pytest.mark.parametrize(
    "text",
    [
        "For information only - not an official document",
        "Key figures - revenue up four per cent on the year before",
    ],
)
def test_words_in_lower_case_are_no_place(text: str) -> None:
    found = parse_dateline(text)
    assert found is None or found.place is None


def test_status_note_is_furniture_not_the_headline() -> None:
    result = read(
        "UNITED NATIONS OFFICE FOR LAKES",
        "For information only - not an official document",
        "Lake levels reach a ten-year low across the region",
        "Geneva, 4 March 2025 – " + BODY,
    )
    assert result.headline == "Lake levels reach a ten-year low across the region"
    assert any("For information only" in str(f) for f in result.findings)


def test_weekday_date_line_gives_a_date_and_no_place() -> None:
    result = read(
        "Donnerstag, 6. März 2025",
        "Neue Fähre für den Bodensee ab Mai im Einsatz",
        BODY,
    )
    assert result.date == datetime.date(2025, 3, 6)
    assert result.place != "Donnerstag"


def test_name_and_dash_is_no_undated_dateline() -> None:
    result = read(
        "ÖVB – Österreichischer Verkehrsbund",
        "Neue Fahrpläne für alle Buslinien im Lavanttal ab Juni",
        "Klagenfurt, 4. März 2025 – Der Verkehrsbund stellt heute neue Fahrpläne "
        "für alle Buslinien vor.",
    )
    assert result.place == "Klagenfurt"
    assert result.issuer == "Österreichischer Verkehrsbund"
    assert result.headline == "Neue Fahrpläne für alle Buslinien im Lavanttal ab Juni"


# -- headlines ---------------------------------------------------------------


def _block(*texts: str) -> Block:
    return Block(tuple(Line(n + 1, t) for n, t in enumerate(texts)))


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # A subheadline run on below a German title.
        (
            (
                "Hochwasser: Pegel am Inn sinkt langsam wieder",
                "Schäden an 40 Gebäuden im Unterland gemeldet, Aufräumarbeiten laufen",
            ),
            1,
        ),
        # A word hyphenated across lines, then the subheadline.
        (
            (
                "Neue Brücke über die Enns: Sanierungs-",
                "programm startet im Mai",
                "Bauzeit von zwei Jahren – Umleitung über die Bundesstraße geplant",
            ),
            2,
        ),
        # A title wrapped in Title Case stays whole.
        (
            (
                "Harbor Freight Lines Wins $80 Million Multi-Year",
                "Container Contract from Coastline Ports",
            ),
            2,
        ),
        # A line ending in an open word runs on.
        (
            (
                "Record rainfall closes mountain passes across the",
                "Alps for the second day running",
            ),
            2,
        ),
        # The next line is shorter and has no dash or kicker: runs on.
        (("Wind farm output doubles in the north sea", "This winter"), 2),
    ],
)
def test_title_lines(lines: tuple[str, ...], title: int) -> None:
    assert title_lines(_block(*lines)) == title


def test_subheadline_run_on_is_not_part_of_the_headline() -> None:
    result = read(
        "Hochwasser: Pegel am Inn sinkt langsam wieder\n"
        "Schäden an 40 Gebäuden im Unterland gemeldet, Aufräumarbeiten laufen",
        "Innsbruck, 4. März 2025 – Der Pegel am Inn ist in der Nacht um einen "
        "halben Meter gesunken.",
    )
    assert result.headline == "Hochwasser: Pegel am Inn sinkt langsam wieder"


def test_ots_title_end_marker_and_subtitle_label() -> None:
    result = read(
        "Verkehr/Bahn/Tirol",
        "Landesverkehrsamt: Neue Taktung für die Arlbergbahn ab Dezember =",
        'Utl.: Landesrat Gruber: "Mehr Züge für Pendler" =',
        "Innsbruck (OTS) - Das Landesverkehrsamt führt ab Dezember einen "
        "Halbstundentakt auf der Arlbergbahn ein.",
    )
    assert (
        result.headline
        == "Landesverkehrsamt: Neue Taktung für die Arlbergbahn ab Dezember"
    )


@pytest.mark.parametrize("line", ["LEI: 5493001KJTIIGC8Y1R12", "Exhibit 99.1"])
def test_reference_line_is_never_the_headline(line: str) -> None:
    result = read(
        line,
        "Harbor Freight Lines plc",
        "Harbor Freight to acquire Coastline Ports for £90 million",
        "Harbor Freight Lines plc (LSE: HFL) announces that it has agreed to "
        "acquire Coastline Ports Ltd for £90 million.",
    )
    assert result.headline == (
        "Harbor Freight to acquire Coastline Ports for £90 million"
    )


def test_title_in_capitals_with_a_period_end_is_a_title_not_a_date_line() -> None:
    result = read(
        "3 March 2025",
        "HARBOR FREIGHT LINES PLC",
        "TRADING UPDATE FOR THE SIX MONTHS ENDED 28 FEBRUARY 2025",
        'Harbor Freight Lines PLC ("Harbor" or "the Group") today issues a trading '
        "update for the six months ended 28 February 2025.",
    )
    assert result.headline == (
        "TRADING UPDATE FOR THE SIX MONTHS ENDED 28 FEBRUARY 2025"
    )


def test_office_name_with_its_acronym_is_a_masthead() -> None:
    result = read(
        "CANTON DU JURA",
        "Communiqué de presse",
        "Delémont, le 4 mars 2025",
        "Office des routes et des ponts (ORP)",
        "Routes : le pont de la Birse rouvre après six mois de travaux",
        "Le Gouvernement a inauguré mardi le pont rénové de la Birse, fermé "
        "depuis septembre.",
    )
    assert result.headline == (
        "Routes : le pont de la Birse rouvre après six mois de travaux"
    )
    assert result.issuer == "Office des routes et des ponts"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Office des routes et des ponts (ORP)", True),
        ("United Nations Office for Lakes (UNOL)", True),
        ("Agentur für Wasser und Boden (AWB)", True),
        ("The plan was approved (ORP)", False),
        ("Office des routes (XYZ)", False),
    ],
)
def test_with_acronym(text: str, expected: bool) -> None:
    assert with_acronym(text) is expected


def test_letterhead_name_over_two_lines_above_its_address() -> None:
    result = read(
        "United Nations Regional Office\n"
        "for Lakes and Rivers\n"
        "Lake House, Riverside Road\n"
        "Nairobi 00100, Kenya\n"
        "T +254 20 555 1234",
        "PRESS RELEASE",
        "Lake levels reach a ten-year low across the region",
        "Nairobi, 4 March 2025 – " + BODY,
    )
    assert result.headline == "Lake levels reach a ten-year low across the region"
    assert result.issuer == "United Nations Regional Office for Lakes and Rivers"


# -- linear ------------------------------------------------------------------


@pytest.mark.complexity
@pytest.mark.parametrize(
    "make",
    [
        # a long headline block of run-on lines
        lambda n: (
            "Aa bb cc: dd ee ff gg\n" * (n // 22) + "\nVienna, 4 March 2025 – x.\n"
        ),
        # a long dateline head with brackets and day-month pairs
        lambda n: "AA, 4 June (" * (n // 12) + ") - text follows here.\n",
        # a reference label before a long code that does not end the line
        lambda n: "ref " + "1" * n + " x\n\nTitle here now\n",
        # a long letterhead of name lines
        lambda n: "Aa Bb Office\nfor cc dd\n" * (n // 22) + "\nTitle here now\n",
    ],
)
def test_top_stages_are_linear(make: object) -> None:
    assert callable(make)
    assert_linear(make, read_text, 2_000)


def test_wire_byline_and_share_link_are_no_release_marker() -> None:
    result = read(
        "Harbor Freight Lines Reports Record First Quarter Revenue and Raises "
        "Full-Year Outlook",
        "Container volumes up 12 per cent; new terminal opens in June",
        "News provided by\nHarbor Freight Lines, Inc.\nMay 06, 2025, 16:05 ET",
        "Share this article",
        "TACOMA, Wash., May 6, 2025 /PRNewswire/ -- Harbor Freight Lines, Inc. "
        "(NYSE: HFL) today reported results for the first quarter.",
    )
    assert result.headline == (
        "Harbor Freight Lines Reports Record First Quarter Revenue and Raises "
        "Full-Year Outlook"
    )


def test_letterhead_with_a_legal_form_and_its_communications_unit() -> None:
    result = read(
        "Nordsee Fährverein e.V.\nRessort Kommunikation\n"
        "Hafenstraße 12 · 26548 Norderney",
        "PRESSEMITTEILUNG",
        "Fährpreise: Inselfähren fahren ab Mai im Stundentakt",
        "Norderney, 4. März 2025 – Der Nordsee Fährverein e.V. stellt heute den "
        "neuen Fahrplan vor.",
    )
    assert result.headline == "Fährpreise: Inselfähren fahren ab Mai im Stundentakt"


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Presse > Aktuelle Meldungen", True),
        ("Media › Statements", True),
        ("Revenue > forecast for the year", False),
    ],
)
def test_breadcrumb_with_one_arrow_names_a_press_section(
    line: str, chrome: bool
) -> None:
    reason = chrome_reason(line)
    assert (reason is not None and "breadcrumb" in reason) is chrome


# -- issuer ------------------------------------------------------------------


def test_logo_without_its_connector_is_named_as_the_body_writes_it() -> None:
    result = read(
        "Bundesministerium\nVerkehr, Bahn und Schifffahrt",
        "Presseaussendung",
        "Neue Nachtzüge verbinden Wien mit drei Hauptstädten",
        "WIEN, 4. März 2025 - Das Bundesministerium für Verkehr, Bahn und "
        "Schifffahrt bestellt ab Dezember drei neue Nachtzugverbindungen.",
    )
    assert result.issuer == "Bundesministerium für Verkehr, Bahn und Schifffahrt"


def test_subject_name_runs_over_a_comma_to_its_acronym() -> None:
    result = read(
        "Nachtzüge: Drei neue Verbindungen ab Dezember",
        "Wien (OTS) - Das Ministerium für Verkehr, Bahn und Schifffahrt (MVBS) "
        "bestellt ab Dezember drei neue Nachtzugverbindungen, teilte das "
        "Ministerium mit.",
    )
    assert result.issuer == "Ministerium für Verkehr, Bahn und Schifffahrt"


def test_joint_release_names_with_acronyms_are_peers_the_first_leads() -> None:
    result = read(
        "JOINT NEWS RELEASE",
        "Global Fund for Clean Rivers (GFCR)\n"
        "International Organization for Lakes (IOL)",
        "Rivers cleaner in most regions, new joint report finds",
        "GENEVA, 4 March 2025 – Rivers are cleaner in most regions, according to "
        "a report published today by the Global Fund for Clean Rivers (GFCR) and "
        "the International Organization for Lakes (IOL).",
    )
    assert result.issuer == "Global Fund for Clean Rivers"


def test_capitals_recased_as_the_body_writes_them_across_a_hyphen() -> None:
    result = read(
        "BUNDESAMT FÜR INSELVERKEHR UND SCHIFFFAHRT\nHafenstraße 12 · 26548 Norderney",
        "PRESSEMITTEILUNG",
        "Inselfähren fahren ab Mai im Stundentakt",
        "Norderney, 4. März 2025 – Das Bundesamt für Inselverkehr und Schiff-\n"
        "fahrt stellt heute den neuen Fahrplan vor. Das Angebot wächst um ein "
        "Drittel, die Preise für große Fähren bleiben gleich.",
    )
    assert result.issuer == "Bundesamt für Inselverkehr und Schifffahrt"


# -- labels and breadcrumbs above the title (round 3) -------------------------


@pytest.mark.parametrize(
    "parts",
    [
        # The label under the office's name, in one block.
        ("Amt für Wasserbau\nMedienmitteilung", "Chur, 3. April 2025"),
        # The label above the office's name, in one block.
        ("Press information\nNorthfield Water Board", "4 March 2025"),
        # The label alone, in English, German, French.
        ("Northfield Water Board", "Media information"),
        ("Northfield Water Board", "Press briefing notes"),
        ("Wasserverband Nord", "Medieninformation"),
        ("Office des eaux", "Information aux médias"),
        # A release number with letters in its code.
        ("NORTHFIELD WATER BOARD", "Release No: R/12/2024"),
        # A breadcrumb whose separators were icons.
        ("Startseite  Service  Verkehr",),
        ("Accueil Actualités Environnement",),
    ],
)
def test_a_label_or_breadcrumb_above_the_title_is_never_the_headline(
    parts: tuple[str, ...],
) -> None:
    title = "Reservoir works finish two months early"
    result = read(*parts, title, "Leeds, 4 March 2025 – " + BODY)
    assert result.headline == title
    # Silence is a bug: the label's line is a finding of its own.
    label = parts[-1].splitlines()[-1] if len(parts) > 1 else parts[0]
    number = "\n\n".join(parts).splitlines().index(label) + 1
    assert number in {f.line for f in result.findings}


def test_a_label_in_the_block_of_the_offices_name_leaves_the_name() -> None:
    result = read(
        "Amt für Wasserbau\nMedienmitteilung",
        "Chur, 3. April 2025",
        "Neue Dämme schützen das Tal vor Hochwasser",
        BODY,
    )
    assert result.headline == "Neue Dämme schützen das Tal vor Hochwasser"
    assert result.issuer == "Amt für Wasserbau"
    assert (result.date, result.place) == (datetime.date(2025, 4, 3), "Chur")


def test_a_date_line_with_a_label_under_the_title_stays_a_date_line() -> None:
    # "17 June 2025 / News release" under the title: not a label block that
    # makes the title above it a masthead.
    result = read(
        "NWB",
        "Reservoir works finish two months early",
        "17 June 2025\nNews release",
        BODY,
    )
    assert result.headline == "Reservoir works finish two months early"
    assert result.date == datetime.date(2025, 6, 17)


def test_a_sites_name_between_its_menus_and_a_photo_are_not_the_title() -> None:
    title = "Reservoir works finish two months early, water board says"
    parts = (
        "Skip to main content",
        "Welcome to the Northfield Region",
        "Region News\nStories from the valley",
        "Search\nAdvanced search",
        "Home\nTopics\nServices\nWater Board\nSubscribe",
        "Image\n© Water Board/J. Smith\nA digger at the dam wall.",
        title,
        "14 May 2025  Water and Environment",
        BODY,
    )
    result = read(*parts)
    assert result.headline == title
    assert "Region News Stories from the valley" not in result.subheadlines
    assert result.date == datetime.date(2025, 5, 14)
    # The photo's label, credit and caption are reported, line by line.
    lines = "\n\n".join(parts).split("\n")
    photo = {lines.index(x) + 1 for x in ("Image", "A digger at the dam wall.")}
    assert photo <= {f.line for f in result.findings}


@pytest.mark.parametrize(
    "stamp",
    ["12. Mai 2025, 09:30", "Mo, 12.05.2025, 09:30", "12 May 2025 at 9:30 am"],
)
def test_the_date_at_the_foot_of_a_web_page_when_the_head_has_none(
    stamp: str,
) -> None:
    result = read(
        "Reservoir works finish two months early",
        "Leeds (WB) - " + BODY,
        "Contact\nJane Doe\njane@water.example",
        "Northfield Water Board\n" + stamp,
    )
    assert result.date == datetime.date(2025, 5, 12)
    assert any(
        f.code == "import.date_line" and "foot" in f.message for f in result.findings
    )


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe is available on 12 May 2025 from 9:30 to noon.",
        "Termin: 12. Mai 2025, 09:30",
        "Frist bis 12. Mai 2025",
        "12. Mai 2025, 10:15 bis 12:00",
    ],
)
def test_a_date_with_words_at_the_foot_is_no_release_date(line: str) -> None:
    result = read(
        "Reservoir works finish two months early",
        "Leeds (WB) - " + BODY,
        line,
    )
    assert result.date is None


def test_a_subheadline_with_a_dash_is_no_undated_dateline() -> None:
    result = read(
        "Reservoir works finish two months early",
        "Heat in Northfield, Eastdale – wells run low for the first time since 1976",
        BODY,
    )
    assert result.place is None
    assert result.subheadlines == (
        "Heat in Northfield, Eastdale – wells run low for the first time since 1976",
    )


def test_an_undated_dateline_whose_paragraph_a_page_break_cuts() -> None:
    result = read(
        "Ferry traffic rises by a fifth",
        "VIENNA, 26 June (UN Information Service) - Ferry traffic on the Danube "
        "rose by a fifth last year, the highest",
        "figure since records began, according to a report released today.",
    )
    assert result.place == "Vienna"


@pytest.mark.parametrize(
    "stack",
    [
        "6 March 2025\nNews release\nGeneva",
        "Geneva\n6 March 2025",
        "6 March 2025\nGeneva",
    ],
)
def test_a_city_stacked_with_the_date_is_the_place(stack: str) -> None:
    result = read("Reservoir works finish two months early", stack, BODY)
    assert (result.place, result.date) == ("Geneva", datetime.date(2025, 3, 6))


def test_a_label_stacked_with_the_date_is_no_place() -> None:
    result = read(
        "Reservoir works finish two months early",
        "6 March 2025\nNews release\nWater Quality",
        BODY,
    )
    assert (result.place, result.date) == (None, datetime.date(2025, 3, 6))


def test_the_wire_the_dateline_credits_is_not_the_title() -> None:
    title = "Acme Freight Reports Record First Quarter Revenue"
    result = read(
        "Globe Newswire",
        title,
        "DENVER, March 4, 2025 (GLOBE NEWSWIRE) -- " + BODY,
    )
    assert result.headline == title
    assert 1 in {f.line for f in result.findings}


def test_a_web_pages_copy_above_a_wires_header_is_not_the_title() -> None:
    title = "Drilling Update at Ridge Gold Project"
    parts = (
        "sharewatch",
        "News  Prices  Company Pages  Alerts",
        "Acme Mining PLC (ACM)",
        "Drilling Update - Ridge",
        "RNS Number : 1234A\nAcme Mining PLC\n04 March 2025",
        "Acme Mining PLC",
        title,
        BODY,
    )
    result = read(*parts)
    assert result.headline == title
    # Each line of the page's copy is reported.
    assert {1, 3, 5, 7} <= {f.line for f in result.findings}


def test_a_title_in_capitals_ends_a_contacts_block_at_the_top() -> None:
    title = "HARTWELL LUMBER, INC. ANNOUNCES RECORD FIRST QUARTER EARNINGS"
    result = read(
        "HARTWELL LUMBER, INC.\n100 Main Street, Madison, WI 53703",
        "FOR IMMEDIATE RELEASE",
        "Contact: Jane Doe\nChief Financial Officer\n(608) 555-0100",
        title,
        "MADISON, Wis., April 2, 2025 — " + BODY,
    )
    assert result.headline == title
    assert [c.name for c in result.contacts] == ["Jane Doe"]


def test_a_persons_card_above_the_release_marker_is_a_contact() -> None:
    title = "Stauprognose: Volle Autobahnen am ersten Ferienwochenende"
    result = read(
        "Verkehrsclub Musterland e.V.",
        "Ihre Ansprechpartnerin",
        "Erika Mustermann\nPressesprecherin\nTel.: (089) 4571-0000\n"
        "erika.mustermann@vcm.example",
        "Pressemitteilung | 17.07.2025",
        title,
        "Der Club rechnet am Wochenende mit langen Staus auf allen Routen "
        "in den Süden und an die Küsten.",
    )
    assert result.headline == title
    assert "Erika Mustermann" in [c.name for c in result.contacts]
    assert result.issuer == "Verkehrsclub Musterland e.V."


@pytest.mark.complexity
@pytest.mark.parametrize(
    "make",
    [
        # many breadcrumbs whose separators were icons
        lambda n: "Home  News  Aa\n\n" * (n // 15) + "Title here now\n",
        # many photos with their credits and captions
        lambda n: "Image\n© Aa/Bb\nA cc dd.\n\n" * (n // 22) + "Title here now\n",
        # many stacked date lines with a city
        lambda n: "6 March 2025\nNews release\nGeneva\n\n" * (n // 35) + "x.\n",
        # many date and time lines at the foot
        lambda n: (
            "Title here now\n\nWien (OTS) - Text follows here.\n\n"
            + "4. März 2025, 10:15\n\n" * (n // 21)
        ),
        # a long site header between menus
        lambda n: (
            "Skip to main content\n\n"
            + "Aa Bb\nCc dd\n\nSearch\n\n" * (n // 20)
            + "Title here now\n"
        ),
    ],
)
def test_round_three_shapes_are_linear(make: object) -> None:
    assert callable(make)
    assert_linear(make, read_text, 2_000)


def test_a_title_between_the_menus_and_a_language_switcher_stays_the_title() -> None:
    title = "Reservoir works finish two months early, water board says"
    result = read(
        "Skip to main content",
        "Home / News / Press releases",
        title,
        "English / Français / Deutsch",
        "The dam wall was raised by two metres in nine months",
        "Leeds, 4 March 2025 – " + BODY,
    )
    assert result.headline == title


def test_a_title_in_one_block_with_a_label_stays_the_title() -> None:
    title = "Acme wins the contract for the new bridge over the river"
    result = read("NWB", "Press release\n" + title, "Leeds, 4 March 2025 – " + BODY)
    assert result.headline == title


def test_a_sites_name_above_its_navigation_is_not_the_title() -> None:
    title = "Reservoir works finish two months early, water board says"
    result = read(
        "Region News\nStories from the valley",
        "Search",
        "Home\nTopics\nServices",
        title,
        "14 May 2025",
        BODY,
    )
    assert result.headline == title


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("Geneva, 4 March 2025. The", "Geneva"),
        ("Madrid, 4 de marzo de 2025.- The", "Madrid"),
        ("4 March 2025, Geneva – The", "Geneva"),
    ],
)
def test_more_dateline_shapes(dateline: str, place: str) -> None:
    result = read("New depot opens", f"{dateline} office opened a new depot today.")
    assert result.date == datetime.date(2025, 3, 4)
    assert result.place == place


@pytest.mark.parametrize(
    "foot",
    [
        "Zug, 4. März 2025",
        "Lausanne, le 4 mars 2025",
        "Publiziert am 4. März 2025",
        "Medienmitteilung vom 04.03.2025",
        "Posted on March 4, 2025",
    ],
)
def test_a_date_signed_or_labelled_at_the_foot(foot: str) -> None:
    result = read(
        "Kanton Nordtal",
        "Neues Depot eröffnet",
        "Das Amt hat heute ein neues Depot im Osten der Stadt eröffnet.",
        foot,
    )
    assert result.date == datetime.date(2025, 3, 4)


# A release as pdftotext writes it without -layout: no blank line anywhere.
RUN_ON = """Stadt Nordtal
Baudirektion
Amt für Gewässer
Marktgasse 4
9999 Nordtal
Telefon 099 555 10 00
Medienmitteilung
Nordtal, 5. Mai 2026
Stadt erneuert die Brücke über die Aare für zwölf Millionen Fran-
ken bis Ende 2027
Die Stadt Nordtal erneuert die alte Brücke über die Aare und baut dabei
einen breiten Weg für Velos und Fussgänger, der beide Ufer sicher ver-
bindet. Die Arbeiten beginnen im Herbst und dauern rund zwei Jahre lang.
Während der Bauzeit bleibt die Brücke für Busse offen.
«Die Brücke ist die wichtigste Verbindung zwischen den beiden Quartieren
und muss für die nächsten hundert Jahre halten», sagt Stadträtin Dr. Ursu-
la Meierhans, Vorsteherin der Baudirektion.
Der Stadtrat hat den Kredit am Montag einstimmig verabschiedet und legt
ihn nun dem Gemeinderat zur Genehmigung vor, der im Juni entscheidet.
Auskünfte:
• Ursula Meierhans, Stadträtin, Tel. 099 555 10 21
"""


def test_a_release_with_no_blank_line_is_read_by_its_shape() -> None:
    result = read_text(RUN_ON)
    assert result.headline == (
        "Stadt erneuert die Brücke über die Aare für zwölf Millionen Franken "
        "bis Ende 2027"
    )
    assert result.date == datetime.date(2026, 5, 5)
    assert result.place == "Nordtal"
    assert [q.speaker for q in result.quotes] == ["Ursula Meierhans"]
    assert [c.name for c in result.contacts] == ["Ursula Meierhans"]


def _lines(*texts: str) -> list[Line]:
    return [Line(n, " ".join(t.split()), t) for n, t in enumerate(texts, start=1)]


def test_paragraphs_end_at_a_short_line_after_wrapped_ones() -> None:
    wrapped = "word " * 14
    lines = _lines(
        wrapped, wrapped, "it stops.", wrapped, wrapped, "it stops.", "x", "y"
    )
    assert [[x.number for x in p] for p in paragraphs(lines)] == [
        [1, 2, 3],
        [4, 5, 6],
        [7, 8],
    ]


def test_an_indented_first_line_opens_a_paragraph() -> None:
    wrapped = "word " * 12
    lines = _lines(
        "   " + wrapped,
        wrapped,
        wrapped,
        "   " + wrapped,
        wrapped,
        wrapped,
        wrapped,
        "x",
    )
    assert [len(p) for p in paragraphs(lines)][:2] == [3, 5]


@pytest.mark.parametrize(
    "texts",
    [
        ["Acme Corp", "1 Main Street", "Springfield", "Tel. 555 0100"] * 2,
        ["word " * 14] * 9,  # one paragraph of wrapped lines
        ["short"] * 3 + ["word " * 14] * 3,  # under the length a run-on needs
        # two columns side by side, for split_columns
        ["Acme Corp" + " " * 20 + "Media contact:", "1 Main St" + " " * 20 + "Jo Roe"]
        + ["word " * 14] * 3
        + ["it stops."]
        + ["word " * 14] * 3,
    ],
)
def test_a_block_of_one_shape_stays_whole(texts: list[str]) -> None:
    lines = _lines(*texts)
    assert paragraphs(lines) == [lines]


def test_a_wire_subtitle_under_its_title_is_a_block_of_its_own() -> None:
    found = blocks("Land gibt Geld für neue Schulen\nUtl.: Bau beginnt im\n  Mai =\n")
    assert [b.text for b in found] == [
        "Land gibt Geld für neue Schulen",
        "Utl.: Bau beginnt im Mai =",
    ]


def test_a_symbol_fonts_bullet_is_a_bullet() -> None:
    assert blocks("\uf0b7 Jane Doe, Tel. 555 0100\n")[0].text.startswith("\u2022 ")


def test_the_title_follows_the_label_whatever_stands_above_it() -> None:
    result = read(
        "Stadt Nordtal\nBaudirektion\nAmt für Gewässer\nAbteilung Brücken und "
        "Wege\nMarktgasse 4\n9999 Nordtal",
        "Medienmitteilung",
        "Neue Brücke über die Aare",
        "Nordtal, 5. Mai 2026 – " + BODY,
    )
    assert result.headline == "Neue Brücke über die Aare"


def test_a_word_hyphenated_across_a_paragraphs_lines_is_mended() -> None:
    result = read(
        "ACME\n\nPRESS RELEASE\n\nNew depot opens",
        "Springfield, 4 March 2025 – The depot opened today.",
        "“We are proud of it,” said Director Jane Ro-\nbertson, who opened it.",
    )
    assert [q.speaker for q in result.quotes] == ["Jane Robertson"]


@pytest.mark.complexity
def test_paragraphs_are_linear() -> None:
    unit = ["word " * 14] * 3 + ["end.", "Medienmitteilung", "   " + "word " * 14]

    def make(n: int) -> list[Line]:
        return _lines(*(unit * (n // len(unit))))

    assert_linear(make, paragraphs, 2_000)
    # and the whole importer on a long release with no blank line
    assert_linear(lambda n: RUN_ON * (n // len(RUN_ON)), read_text, 2_000)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("23/09/2026", datetime.date(2026, 9, 23)),
        ("09/23/2026", datetime.date(2026, 9, 23)),
        ("07/07/2026", datetime.date(2026, 7, 7)),
    ],
)
def test_a_slashed_date_is_read_when_its_order_is_certain(
    text: str, date: datetime.date
) -> None:
    found = find_date(text)
    assert found is not None
    assert found.date == date
    assert found.other is None  # nothing for the reader to settle


def test_a_slashed_date_of_uncertain_order_is_not_guessed_by_find_date() -> None:
    # Both readings, for the importer to choose by the release's region
    # (an import.date_order finding; tests/test_text_dates.py).
    found = find_date("04/05/2026")
    assert found is not None
    assert (found.date, found.other) == (
        datetime.date(2026, 5, 4),
        datetime.date(2026, 4, 5),
    )


@pytest.mark.parametrize("text", ["Fax 0316/877/2026", "1/2/20266"])
def test_slashed_numbers_that_are_no_date(text: str) -> None:
    assert find_date(text) is None


def test_a_date_line_under_a_contact_card_at_the_top_is_the_date() -> None:
    result = read(
        "Media contact\nPress office\nJane Roe\nT +44 20 7946 0321\npress@example.org",
        "Leeds, 9 May 2026",
        "New depot opens in the north",
        "The company opened a new depot in the north of the city on Friday, "
        "its third this year.",
    )
    assert result.date == datetime.date(2026, 5, 9)
    assert result.place == "Leeds"


def test_a_date_line_beats_a_title_with_a_date_in_one_block() -> None:
    result = read(
        "Northfield plc\nResults for the year ended 31 March 2026\n"
        "Released 07:00 14 May 2026",
        "RNS Number : 1234A\nNorthfield plc",
        "RESULTS FOR THE YEAR ENDED 31 MARCH 2026",
        BODY,
    )
    assert result.date == datetime.date(2026, 5, 14)
    # the title in capitals, as the page writes it in mixed case
    assert result.headline == "Results for the year ended 31 March 2026"


def test_a_date_line_under_the_standfirst_is_the_date_not_the_body() -> None:
    result = read(
        "Press briefing",
        "Floods: new shelters opened in the valley",
        "This is a summary of what the spokesperson said at today's briefing, "
        "to whom the quoted text may be attributed.",
        "3 June 2026",
        BODY,
        "Related news",
        "Briefing notes | 20 May 2026",
    )
    assert result.date == datetime.date(2026, 6, 3)
    assert "3 June 2026" not in (result.release.body if result.release else ())


def test_a_date_signed_at_the_foot_gives_the_place_too() -> None:
    result = read(
        "Kanton Nordtal",
        "Neues Depot eröffnet",
        "Das Amt hat heute ein neues Depot im Osten der Stadt eröffnet.",
        "Nordtal, le 4 mars 2025",
    )
    assert result.date == datetime.date(2025, 3, 4)
    assert result.place == "Nordtal"


def test_a_logos_acronym_dash_and_its_name_in_sentence_case_is_no_dateline() -> None:
    result = read_text(
        "HCPM – Haut-Commissariat des Nations Unies pour les personnes migrantes\n\n"
        "Les fonds manquent au Sahel\n\n"
        "Genève, le 3 décembre 2025 – Le Haut-Commissariat alerte sur un déficit "
        "de financement.\n\n"
        "Pour plus d’informations :\nÀ Genève : Élodie Marchand, porte-parole, "
        "+41 22 739 84 12\n"
    )
    assert result.issuer == (
        "Haut-Commissariat des Nations Unies pour les personnes migrantes"
    )
    assert result.place == "Genève"
    # a heading with a typographic apostrophe is a heading
    assert [c.name for c in result.contacts] == ["Élodie Marchand"]


@pytest.mark.parametrize("heading", ["Rückfragen & Kontakt", "Rückfragen und Kontakt"])
def test_a_contacts_heading_joined_by_an_ampersand(heading: str) -> None:
    from pressrelease.text._roles import contact_heading

    assert contact_heading(heading)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Mitglied werden | Pannenhilfe | Reisen | Presse", "a site menu"),
        (
            "seeburg.gv.at  |  Presseservice  |  Stadtnachrichten",
            "the site's name and menu",
        ),
        ("HCPD logo", "a logo's text"),
        ("Download PDF  (opens in new window)", "a call-to-action button"),
    ],
)
def test_more_chrome_lines(line: str, kind: str) -> None:
    assert chrome_reason(line) == kind


def test_a_menu_one_link_a_line_under_home_inside_the_sites_header() -> None:
    result = read_text(
        "Skip to main content\nIOMH logo\nInternational Organization for Harbours\n"
        "Home\nTopics\nCountries\nNewsroom\nAbout us\n\n"
        "14 October 2025 | News release | Geneva | Reading time: 3 min\n\n"
        "Harbour pilots in short supply, report warns\n\n"
        "A global shortfall of harbour pilots delays ships in 40 ports.\n"
    )
    assert result.headline == "Harbour pilots in short supply, report warns"
    assert result.date == datetime.date(2025, 10, 14)
    assert result.issuer == "International Organization for Harbours"


def test_a_section_and_a_topic_line_above_the_title_are_no_headline() -> None:
    result = read_text(
        "Stadt Seeburg\nseeburg.gv.at  |  Presseservice  |  Stadtnachrichten\n\n"
        "Stadtnachrichten\n\nGesundheit, Soziales\n\n"
        "Hitzeplan: 42 kühle Räume öffnen ab Montag\n\n"
        "Seeburg (RK). Die Stadt öffnet ab Montag 42 kühle Räume.\n"
    )
    assert result.headline == "Hitzeplan: 42 kühle Räume öffnen ab Montag"
    assert result.issuer == "Stadt Seeburg"


def test_contact_lines_above_the_title_under_an_unknown_heading() -> None:
    result = read_text(
        "ÖRFB – Österreichischer Radfahrer-Bund\n\n"
        "Presse\nMag. Eva Berger\nT +43 1 555 2020\nM +43 664 555 2077\n"
        "eva.berger@oerfb.example\n\n"
        "Wien, am 3. Juli 2025\n\nStaus zum Ferienbeginn\n\n"
        "Der Club erwartet am Wochenende viel Verkehr auf den Transitrouten.\n"
    )
    assert result.headline == "Staus zum Ferienbeginn"
    assert result.issuer == "Österreichischer Radfahrer-Bund"
    assert [c.name for c in result.contacts] == ["Eva Berger"]


def test_an_organisations_line_under_the_title_is_a_subheadline() -> None:
    result = read_text(
        "Bundesministerium Häfen\n\n21.08.2025\n\nSchlepperei: 38 Festnahmen\n\n"
        "Bundeskriminalamt koordinierte Einsatz mit Ungarn und Slowenien\n\n"
        "Wien – Bei einer zehntägigen Aktion wurden 38 Personen festgenommen.\n"
    )
    assert result.issuer == "Bundesministerium Häfen"
    assert result.subheadlines == (
        "Bundeskriminalamt koordinierte Einsatz mit Ungarn und Slowenien",
    )


def test_a_letterheads_domain_and_a_marker_in_its_column_are_no_name() -> None:
    assert (
        read_text(
            "Land Seeland\nseeland.gv.at\n\nNeue Brücke\n\n"
            "Seeburg – Das Land Seeland baut eine neue Brücke.\n"
        ).issuer
        == "Land Seeland"
    )
    assert (
        read_text(
            "ACME HARBOUR HOLDINGS, INC.                    NEWS RELEASE\n\n"
            "Acme Harbour Holdings Opens Depot\n\n"
            "CHICAGO, IL, February 19, 2026 -- Acme Harbour Holdings, Inc. today "
            "opened a depot.\n"
        ).issuer
        == "Acme Harbour Holdings, Inc."
    )


def test_a_cover_notes_sign_off_with_its_sender_is_no_masthead() -> None:
    result = read_text(
        "Dear colleagues,\n\nPlease find below a joint press release issued "
        "today.\n\nBest regards,\nRBAP Communications\n\n---------\n\n"
        "PRESS RELEASE\n\nHeat costs workers 3 billion hours\n\n"
        "Bangkok, 5 June 2025 — The Harbour Development Executive (HDEV) and "
        "the World Ferry Agency (WFA) published a study today. HDEV and WFA "
        "call for action.\n\n"
        "About HDEV\nHDEV builds harbours.\n\nAbout WFA\n"
        "The World Ferry Agency runs ferries.\n"
    )
    # a joint release: the lead's agency, whose "About" comes first
    assert result.issuer == "Harbour Development Executive"


def test_the_place_signed_at_the_foot_when_the_head_gives_only_the_date() -> None:
    result = read_text(
        "État de Seeland\n\nCommuniqué de presse\n\nPublié le 8 octobre 2025\n\n"
        "Le canton finance 120 postes de soins à domicile\n\n"
        "Le Conseil d'État a décidé de financer 120 postes de soins à domicile, "
        "répartis entre les sept associations régionales, dès le mois de "
        "janvier prochain.\n\n"
        "Les proches aidants peuvent s'adresser à la ligne cantonale.\n\n"
        "Lausanne, le 8 octobre 2025\n"
    )
    assert result.place == "Lausanne"
    assert any(f.code == "import.place_signed" for f in result.findings)


def test_a_city_press_services_credit_ends_the_dateline() -> None:
    result = read_text(
        "Hitzeplan: 42 kühle Räume\n\n14.06.2025\n\n"
        "Wien (RK). Mit Beginn der Hitzewelle öffnet die Stadt 42 Räume.\n"
    )
    assert result.place == "Wien"


def test_the_city_in_a_date_line_joined_by_bars() -> None:
    result = read_text(
        "Harbour pilots in short supply\n\n"
        "14 October 2025 | News release | Geneva | Reading time: 3 min\n\n"
        "A global shortfall of harbour pilots delays ships in 40 ports.\n"
    )
    assert (result.place, result.date) == ("Geneva", datetime.date(2025, 10, 14))


def test_a_title_in_capitals_with_an_amount_is_no_letterhead() -> None:
    from pressrelease.text._roles import _letterhead

    title = (
        "ACME HARBOUR HOLDINGS ANNOUNCES AGREEMENT TO ACQUIRE",
        "PRAIRIE FERRIES FOR $640 MILLION",
    )
    block = Block(tuple(Line(n, t, t) for n, t in enumerate(title, 1)))
    assert not _letterhead(block)
    address = ("ACME HARBOUR HOLDINGS, INC.", "1400 West Fulton Market, Suite 900")
    assert _letterhead(Block(tuple(Line(n, t, t) for n, t in enumerate(address, 1))))


@pytest.mark.parametrize(
    ("lines", "place"),
    [
        ("Vienna, Austria\n27 January 2025", "Vienna"),
        ("Fribourg, le mardi 9 septembre 2025", "Fribourg"),
    ],
)
def test_a_date_line_with_its_city_and_country_or_weekday(
    lines: str, place: str
) -> None:
    result = read_text(
        "Agency mission finds reactor ready\n\n" + lines + "\n\n"
        "An expert team has concluded a ten-day review of the reactor.\n"
    )
    assert result.place == place
