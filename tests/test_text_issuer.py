"""The top of a release: issuer, headline, place and date, read by cues.

Each test is a house-style shape written with invented names, so that a
rule holds for the shape, never for one fixture's organisation.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressrelease import read_text
from pressrelease.text._blocks import Block, Line
from pressrelease.text._issuer_name import _wrapped_name
from pressrelease.text.importer import ImportResult

from .helpers import assert_linear


def read(*parts: str) -> ImportResult:
    return read_text("\n\n".join(parts) + "\n")


LEAD = "Vienna, 4 March 2025 – {} opened a new depot in the east of the city today."


@pytest.mark.parametrize(
    ("heading", "paragraph", "issuer"),
    [
        ("About Brightwater", "Brightwater Ltd runs ferries.", "Brightwater Ltd"),
        ("Über die Kessel AG", "Die Kessel AG baut Kessel.", "Kessel AG"),
        ("Über Kessel", "Die Kessel GmbH baut Kessel.", "Kessel GmbH"),
        ("À propos d'Ardoise", "Ardoise SAS fabrique des toits.", "Ardoise SAS"),
        ("Chi è Vetro Blu", "Vetro Blu S.p.A. produce vetro.", "Vetro Blu S.p.A."),
        ("Over Dijkstra Veer", "Dijkstra Veer B.V. vaart.", "Dijkstra Veer B.V."),
    ],
)
def test_about_heading_word_is_stripped_and_legal_name_preferred(
    heading: str, paragraph: str, issuer: str
) -> None:
    result = read(
        "PRESS RELEASE",
        "A new depot opens",
        LEAD.format("The company"),
        heading,
        paragraph,
    )
    assert result.issuer == issuer


@given(
    st.sampled_from(["Ltd", "plc", "Inc.", "LLC", "Corp.", "AG", "GmbH", "SA", "N.V."]),
    st.sampled_from(["Harbourlight", "Kestrel Valley", "Quill & Finch", "Nordwind"]),
)
def test_any_legal_form_completes_the_about_name(form: str, name: str) -> None:
    result = read(
        "PRESS RELEASE",
        "A new depot opens",
        LEAD.format("The company"),
        f"About {name}",
        f"{name} {form} is a company.",
    )
    assert result.issuer == f"{name} {form}"


def test_the_lead_subject_with_a_legal_form_and_ticker_is_the_issuer() -> None:
    result = read(
        "ASX ANNOUNCEMENT / MEDIA RELEASE",
        "Battery approved",
        "Tarn Energy Limited (ASX: TRN) has approved a 300 MW battery at its "
        "former coal site, it said today in a statement to the exchange.",
    )
    assert result.issuer == "Tarn Energy Limited"


@pytest.mark.parametrize(
    "furniture",
    [
        "Skip to main content",
        "Website: https://www.example.org",
        "Liberté Égalité Fraternité",
        "Leitung Konzernkommunikation",
        "Gabinete de Comunicación",
    ],
)
def test_furniture_above_the_marker_is_not_the_issuer(furniture: str) -> None:
    result = read(
        furniture,
        "MINISTRY OF HARBOURS",
        "PRESS RELEASE",
        "A new depot opens",
        LEAD.format("The ministry"),
    )
    assert result.issuer == "MINISTRY OF HARBOURS"


def test_a_from_label_names_the_issuer_without_the_minister() -> None:
    result = read(
        "Press release",
        "Grants doubled for rural parishes",
        "From:\n    Department for Lakes and Hills and The Rt Hon Jo Bloggs MP\n"
        "Published\n    4 March 2025",
        "Parish councils can now apply for up to £50,000 to protect homes "
        "from surface water flooding, the department said.",
    )
    assert result.issuer == "Department for Lakes and Hills"
    assert result.date is not None
    assert result.date.isoformat() == "2025-03-04"


def test_a_letterhead_is_the_issuer_and_not_the_headline() -> None:
    result = read(
        "NORTH FELL WATER BOARD\n1450 Orchard Road • Fresno, California 93721",
        "FOR IMMEDIATE RELEASE",
        "Board approves treatment plant upgrade",
        "FRESNO, Calif. – The North Fell Water Board voted on Tuesday to "
        "approve a new treatment plant for the district.",
    )
    assert result.headline == "Board approves treatment plant upgrade"
    assert result.issuer == "North Fell Water Board"  # as the body writes it


def test_rns_company_line_and_its_defined_terms() -> None:
    result = read(
        'Brackley Mills PLC ("Brackley", the "Group" or the "Company")',
        "Interim results for the six months ended 30 September 2024",
        "Brackley Mills PLC (LSE: BRM), the flour miller, today announces its "
        "interim results for the six months ended 30 September 2024.",
    )
    assert result.headline == (
        "Interim results for the six months ended 30 September 2024"
    )
    assert result.issuer == "Brackley Mills PLC"


def test_the_first_organisation_the_lead_defines_and_names_again() -> None:
    result = read(
        "Joint news release",
        "Remittances still cost too much",
        "NAIROBI, 12 February 2025 - Fees eat 7 per cent of remittances, "
        "according to a report by the Lakeside Finance Partnership (LFP) and "
        "the Coastal Health Observatory (CHO).",
        "The Coastal Health Observatory studied 400 clinics.",
        "For more information, please contact:\n\nAda Obi\nCommunications "
        "Officer, LFP\nEmail: ada@lfp.example",
    )
    assert result.headline == "Remittances still cost too much"
    assert result.issuer == "Lakeside Finance Partnership"
    found = [f for f in result.findings if f.code == "import.issuer"]
    assert found
    assert "Coastal Health Observatory" in found[0].message
    assert found[0].line == 5


def test_an_organisation_the_lead_only_cites_is_not_the_issuer() -> None:
    result = read(
        "PRESS RELEASE",
        "Fridge approved",
        "BOSTON, March 4, 2025 – Coldbox said the World Health Organization "
        "(WHO) had approved its vaccine fridge for use in clinics.",
    )
    assert result.issuer != "World Health Organization"


def test_an_acronym_masthead_is_spelled_out_as_the_body_does() -> None:
    result = read(
        "SPF Mobilité durable",
        "Communiqué de presse – Bruxelles, le 26 mai 2025",
        "Les trains de nuit reviennent",
        "Le Service public fédéral Mobilité durable a présenté lundi un "
        "projet de trains de nuit entre Bruxelles et Vienne.",
    )
    assert result.issuer == "Service public fédéral Mobilité durable"
    assert result.place == "Bruxelles"
    assert result.date is not None
    assert result.date.isoformat() == "2025-05-26"
    assert result.headline == "Les trains de nuit reviennent"


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        ("Madrid, martes 11 de noviembre de 2025", "Madrid", "2025-11-11"),
        ("Genève, le 1er avril 2025", "Genève", "2025-04-01"),
        ("Pressemitteilung Nr. 045/2025       Berlin, 4. März 2025", "Berlin", None),
        ("Briefing notes 4 March 2025", None, "2025-03-04"),
    ],
)
def test_a_date_line_gives_a_place_only_before_a_comma(
    line: str, place: str | None, date: str | None
) -> None:
    result = read(
        "MINISTRY OF HARBOURS",
        line,
        "A new depot opens",
        "The ministry opened a new depot in the east of the city today, with "
        "forty new jobs.",
    )
    assert result.place == place
    assert result.date is not None
    if date:
        assert result.date.isoformat() == date


def test_an_embargo_line_in_a_block_is_not_the_date() -> None:
    result = read(
        "HILLSIDE BOROUGH COUNCIL\nTown Hall, Hill Street, Hillside HS1 1XX",
        "NEWS RELEASE\nEMBARGOED UNTIL 00:01 THURSDAY 6 MARCH 2025",
        "Ref: PR25/041 Date: 5 March 2025",
        "Council to plant 40,000 trees",
        "Hillside Council will plant 40,000 native trees along the river "
        "over the next ten years.",
    )
    assert result.date is not None
    assert result.date.isoformat() == "2025-03-05"
    assert any(f.code == "import.embargo" and f.line == 5 for f in result.findings)
    assert result.headline == "Council to plant 40,000 trees"


def test_two_place_dateline_with_duplicated_date() -> None:
    result = read(
        "Two miners sign an offtake agreement",
        "RENO, Nev. and VANCOUVER, British Columbia, April 02, 2025, April 2, "
        "2025 (GLOBE NEWSWIRE) -- Sagebrush Minerals Corp. (TSX-V: SGM) "
        "signed an offtake agreement today.",
    )
    assert result.place == "Reno"
    assert result.date is not None
    assert result.date.isoformat() == "2025-04-02"
    assert result.issuer == "Sagebrush Minerals Corp."
    assert any(f.code == "import.place_joint" for f in result.findings)


def test_a_teaser_lead_above_the_title() -> None:
    result = read(
        "Lisboa, 4 de março de 2025 – A Cooperativa Serra, que reúne "
        "produtores de café, anuncia a sua primeira torrefação própria.",
        "Cooperativa Serra inaugura torrefação em Lisboa",
        "Lançamento inclui loja conceito no centro da cidade",
        "A nova unidade recebeu um investimento de 4 milhões de euros.",
    )
    assert result.headline == "Cooperativa Serra inaugura torrefação em Lisboa"


def test_a_title_hyphenated_across_lines_is_mended() -> None:
    result = read(
        "MINISTERIUM FÜR SCHULEN",
        "Pressemitteilung",
        "Bund startet Sanierungs-\nprogramm für Schulgebäude",
        "Berlin, 4. März 2025 – Der Bund fördert die Sanierung von Schulen.",
    )
    assert result.headline == "Bund startet Sanierungsprogramm für Schulgebäude"


# -- Linear on adversarial text ------------------------------------------------

_TAIL = "\n\nVienna, 4 March 2025 – Text.\n"


@pytest.mark.complexity
@pytest.mark.parametrize(
    "make",
    [
        # a long lead of capitalised words and acronym definitions
        lambda n: (
            "HEAD\n\nPRESS RELEASE\n\nTitle here\n\nVienna, 4 March 2025 – "
            + "Aa Bb (AB) " * (n // 11)
            + "\n"
        ),
        # many masthead lines with organisation words and legal forms
        lambda n: (
            "Acme Group Ltd\nAcme Media Office\n" * (n // 36)
            + "\nPRESS RELEASE\n\nTitle"
            + _TAIL
        ),
        # many About headings and legal names in the footer
        lambda n: (
            "HEAD\n\nPRESS RELEASE\n\nTitle"
            + _TAIL
            + "\nAbout Acme\nAcme Ltd, 1 Street · HRB 1\n" * (n // 40)
        ),
        # a long wrapped masthead line of capitalised words
        lambda n: "Aa " * (n // 3) + "\nBb\n\nPRESS RELEASE\n\nTitle" + _TAIL,
    ],
    ids=["lead", "mastheads", "abouts", "wrapped masthead"],
)
def test_reading_the_top_is_linear(make: object) -> None:
    assert_linear(make, read_text, 2_000)  # type: ignore[arg-type]


def test_a_short_name_above_a_longer_title_is_the_masthead() -> None:
    result = read(
        "NEWS RELEASE",
        "Moorland Motor Club",
        "Drivers Urged to Slow Down in Work Zones",
        "PROVIDENCE, R.I., April 2, 2025 — Moorland Motor Club urges drivers "
        "to slow down in work zones this spring.",
    )
    assert result.headline == "Drivers Urged to Slow Down in Work Zones"
    assert result.issuer == "Moorland Motor Club"


def test_a_ministry_name_wrapped_over_lines_is_one_name() -> None:
    result = read(
        "Bundesministerium\nKlimaschutz, Umwelt, Energie,\nMobilität und Technologie",
        "Presseinformation",
        "Neue Förderung für E-Busse",
        "Wien, 12. März 2025 – Das Ministerium stellt 50 Millionen Euro bereit.",
    )
    assert result.issuer == (
        "Bundesministerium Klimaschutz, Umwelt, Energie, Mobilität und Technologie"
    )
    assert result.headline == "Neue Förderung für E-Busse"


def test_when_every_head_block_reads_as_a_name_the_last_is_the_headline() -> None:
    result = read(
        "UNHCR, the UN Refugee Agency",
        "Press releases",
        "UNHCR welcomes new asylum law",
        "GENEVA, 4 March 2025 – UNHCR today welcomed the adoption of a new "
        "asylum law by the Parliament of Freedonia.",
    )
    assert result.headline == "UNHCR welcomes new asylum law"
    assert result.issuer is not None
    assert result.issuer.startswith("UNHCR")


def test_a_publisher_heading_names_the_issuer_last_and_is_not_body() -> None:
    result = read(
        "MINISTRY OF HARBOURS",
        "PRESS RELEASE",
        "A new depot opens",
        LEAD.format("The ministry"),
        "Publisher:\nThe Federal Council\nhttps://www.example.org\n"
        "Federal Office for Quays\nhttps://quays.example.org",
    )
    assert result.release is not None
    assert result.release.body == (
        "The ministry opened a new depot in the east of the city today.",
    )
    assert result.issuer == "Federal Office for Quays"


def test_a_title_over_a_line_with_figures_is_not_a_letterhead() -> None:
    result = read(
        "PRESS RELEASE",
        "Harbourlight reports record results\nRevenue up 12% in 2024",
        "LONDON, 4 March 2025 – Harbourlight Ltd reported record results for "
        "2024 today, with revenue up 12%.",
    )
    assert result.headline == (
        "Harbourlight reports record results Revenue up 12% in 2024"
    )
    assert result.issuer == "Harbourlight Ltd"


@pytest.mark.parametrize(
    "source",
    [
        "Quelle: Amt für Hafenbau",
        "SOURCE Amt für Hafenbau",
        "Source: Amt für Hafenbau",
        "Fonte: Amt für Hafenbau",
    ],
)
def test_a_source_line_names_the_issuer_over_the_portal(source: str) -> None:
    result = read(
        "Kanton Nordtal",
        "Medienmitteilung",
        "Neue Mole für den Hafen",
        "Seedorf, 4. März 2025 – Das Amt baut eine neue Mole im Hafen.",
        source,
    )
    assert result.issuer == "Amt für Hafenbau"
    assert any("a source line" in f.message for f in result.findings)


def test_a_source_line_that_names_no_organisation_gives_no_candidate() -> None:
    result = read(
        "Kanton Nordtal",
        "Medienmitteilung",
        "Neue Mole für den Hafen",
        "Seedorf, 4. März 2025 – Das Amt baut eine neue Mole im Hafen.",
        "Quelle: eigene Erhebungen 2024",
    )
    assert result.issuer == "Kanton Nordtal"


def test_the_office_under_the_page_date_is_the_issuer() -> None:
    result = read(
        "Kanton Nordtal",
        "Medienmitteilung",
        "04.03.2025\nAmt für Hafenbau und Schifffahrt",
        "Neue Mole für den Hafen",
        "Seedorf, 4. März 2025 – Die Regierung baut eine neue Mole im Hafen.",
    )
    assert result.issuer == "Amt für Hafenbau und Schifffahrt"
    assert result.headline == "Neue Mole für den Hafen"


AGENCY_LEAD = (
    "VIENNA, 4 March 2025 (UN Information Service) - Ferry traffic rose by a "
    "fifth, according to a report released today by the Harbour Safety "
    "Organization (HSO)."
)


def test_an_information_service_masthead_yields_to_its_agency() -> None:
    result = read(
        "UNITED NATIONS INFORMATION SERVICE\nVIENNA",
        "Ferry traffic rises by a fifth",
        AGENCY_LEAD,
        "For further information, contact:",
        "Mara Lind\nSpokesperson, HSO\nTelephone: +43 1 26060 4417",
    )
    assert result.issuer == "Harbour Safety Organization"


def test_an_information_service_masthead_stays_the_issuer_of_its_own_news() -> None:
    result = read(
        "UNITED NATIONS INFORMATION SERVICE\nVIENNA",
        "Open day at the Vienna International Centre",
        "VIENNA, 4 March 2025 - The centre opens its doors to visitors on Sunday.",
    )
    # Written only in the logo's capitals: kept as written.
    assert result.issuer == "UNITED NATIONS INFORMATION SERVICE"


@pytest.mark.parametrize("heading", ["Herausgeber", "Éditeur :", "Publisher:"])
def test_publishers_listed_in_blocks_under_a_lone_heading(heading: str) -> None:
    result = read(
        "Der Bundesrat\nDas Portal der Regierung",
        "Neue Mole für den Hafen",
        "Bern, 04.03.2025 - Das Amt baut eine neue Mole im Hafen.",
        heading,
        "Der Bundesrat\nhttps://www.example.org",
        "Bundesamt für Häfen\nhttps://haefen.example.org",
    )
    assert result.issuer == "Bundesamt für Häfen"
    assert result.release is not None
    assert result.release.body == ("Das Amt baut eine neue Mole im Hafen.",)


def test_the_organisation_heading_the_contacts_is_the_issuer_of_a_wire_text() -> None:
    result = read(
        "Verkehr/Bahn",
        "Ministerium: Zwölf neue Nachtzüge ab Dezember",
        "Wien (OTS) - Ab Dezember fahren zwölf neue Nachtzüge. Das "
        "Bundesministerium für Bahnen und Häfen zahlt 40 Mio. Euro dafür.",
        "Rückfragehinweis:\n   Bundesministerium für Bahnen und Häfen\n"
        "   Pressestelle\n   Mag. Karl Huber\n   Tel.: +43 1 71460 5804",
    )
    assert result.issuer == "Bundesministerium für Bahnen und Häfen"


def test_a_legal_form_alone_is_not_an_organisation() -> None:
    result = read(
        "Neue Nachtzüge ab Dezember",
        "Wien, 4. März 2025 - Ab dem Fahrplanwechsel fahren zwölf neue Nachtzüge.",
    )
    assert result.issuer != "Ab"


def test_a_one_word_compound_subject_is_still_a_candidate() -> None:
    result = read(
        "Neue Nachtzüge ab Dezember",
        "Wien, 4. März 2025 - Das Verkehrsministerium stellt zwölf neue Nachtzüge vor.",
    )
    assert result.issuer == "Verkehrsministerium"


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_an_acronym_a_dash_and_its_name(dash: str) -> None:
    result = read(
        f"HSO {dash} Harbour Safety Organization",
        "Ferry traffic rises by a fifth",
        "GENEVA, 4 March 2025 - Ferry traffic rose by a fifth last year.",
    )
    assert result.issuer == "Harbour Safety Organization"


def test_an_acronym_above_its_name_with_small_words_is_one_organisation() -> None:
    result = read(
        "FNUSM\nFonds des Nations Unies pour la sécurité maritime",
        "COMMUNIQUÉ DE PRESSE",
        "Le trafic des ferries augmente",
        "Genève, le 4 mars 2025 – Le FNUSM publie son rapport annuel.",
        "À propos du FNUSM",
        "Le FNUSM aide les États à sécuriser leurs ports.",
    )
    assert result.issuer == "Fonds des Nations Unies pour la sécurité maritime"


def test_a_two_line_logo_is_named_whole_by_the_footer() -> None:
    result = read(
        "Bundesministerium\nHäfen, Schifffahrt und Wasserstraßen",
        "Presseaussendung",
        "Neue Mole für den Hafen",
        "Wien, 4. März 2025 – Die Ministerin eröffnete heute die neue Mole.",
        "Bundesministerium für Häfen, Schifffahrt und Wasserstraßen\n"
        "Stubenring 1, 1010 Wien",
    )
    assert result.issuer == "Bundesministerium für Häfen, Schifffahrt und Wasserstraßen"


def test_an_acronym_a_dash_and_its_name_with_an_article() -> None:
    result = read(
        "HSO - The Harbour Safety Organization",
        "Ferry traffic rises by a fifth",
        "GENEVA, 4 March 2025 - Ferry traffic rose by a fifth last year.",
    )
    assert result.issuer == "Harbour Safety Organization"


def test_a_logos_acronym_above_the_name_it_spells_is_not_one_wrapped_name() -> None:
    block = Block(
        tuple(
            Line(n, t, t)
            for n, t in enumerate(
                ["NWRA", "Northern Water Resources Authority", "12 Harbour Road"], 1
            )
        )
    )
    # even where the body names the two lines whole (a page's repeated header)
    mentioned = "nwra northern water resources authority"
    assert _wrapped_name(block, mentioned, None) is None


def test_a_logos_acronym_under_the_two_lines_it_spells() -> None:
    result = read(
        "UNITED NATIONS\nHarbour-Safety Coordination Office\nUNHSCO",
        "Ferry traffic rises by a fifth",
        "GENEVA, 4 March 2025 - Ferry traffic rose by a fifth last year, the "
        "United Nations Harbour-Safety Coordination Office said.",
    )
    assert result.issuer == "United Nations Harbour-Safety Coordination Office"


def test_the_acronym_after_a_subject_is_read() -> None:
    from pressrelease.text._issuer_name import _cues

    assert _cues("Harbour Safety Organization", " (HSO) said today")[2] == "HSO"


def test_one_word_units_under_a_letterhead_name_are_part_of_it() -> None:
    # canton / government / chancellery / press service, stacked: the canton
    result = read(
        "Kanton Seeland\nRegierungsrat\nStaatskanzlei\nKommunikationsdienst\n"
        "Rathausplatz 1\n3000 Seeburg",
        "Medienmitteilung",
        "Seeburg, 4. März 2025",
        "Neue Brücke über die Aare",
        "Der Regierungsrat beantragt einen Kredit für die neue Brücke.",
    )
    assert result.issuer == "Kanton Seeland"


def test_a_directorate_under_its_canton_is_the_most_specific_name() -> None:
    result = read(
        "Kanton Seeland",
        "Direktion für Bildung und Kultur\nMedienmitteilung",
        "Seeburg, 4. März 2025",
        "Neue Schulhäuser für die Gemeinden",
        "Die Direktion für Bildung und Kultur baut drei Schulhäuser.",
    )
    assert result.issuer == "Direktion für Bildung und Kultur"


def test_an_address_card_on_top_is_a_letterhead_and_the_foot_writes_it_out() -> None:
    result = read(
        "ETAT DE LA BROYE\nBureau d'information et de communication\n"
        "Rue du Château 4 - 1530 Payerne\nT 026 555 10 10 - info@broye.example",
        "COMMUNIQUÉ DE PRESSE",
        "Le canton rénove ses ponts",
        "Le Conseil d'Etat a adopté un crédit de 12 millions pour ses ponts.",
        "Bureau d'information et de communication de l'Etat de la Broye",
        "Renseignements : Jeanne Morel, cheffe du service, 026 555 10 22",
    )
    assert result.issuer == (
        "Bureau d'information et de communication de l'Etat de la Broye"
    )
    issuer_note = next(f for f in result.findings if f.code == "import.issuer")
    assert "written out in full at the foot" in issuer_note.message


def test_a_foot_line_that_does_not_go_on_with_a_connector_is_no_signature() -> None:
    result = read(
        "Kanton Seeland",
        "Direktion für Bildung und Kultur\nMedienmitteilung",
        "Neue Schulhäuser für die Gemeinden",
        "Seeburg, 4. März 2025 – Die Direktion für Bildung und Kultur baut "
        "drei Schulhäuser.",
        "Direktion für Bildung und Kultur Medienstelle",
    )
    assert result.issuer == "Direktion für Bildung und Kultur"


@pytest.mark.parametrize(
    ("logo", "footer", "issuer"),
    [
        # a logo's acronym before the name it is made of: the name alone
        (
            "SKV Schweizerischer Kraftfahrer-Verband",
            "",
            "Schweizerischer Kraftfahrer-Verband",
        ),
        # the registered name keeps it
        (
            "SKV Schweizerischer Kraftfahrer-Verband e.V.",
            "",
            "SKV Schweizerischer Kraftfahrer-Verband e.V.",
        ),
        # and so does a name the text writes so again
        (
            "SKV Schweizerischer Kraftfahrer-Verband",
            "SKV Schweizerischer Kraftfahrer-Verband · Marktgasse 3 · 3011 Bern",
            "SKV Schweizerischer Kraftfahrer-Verband",
        ),
    ],
)
def test_a_logos_acronym_before_its_name(logo: str, footer: str, issuer: str) -> None:
    parts = [
        logo,
        "Stau vor dem Gotthard",
        "Bern, 4. April 2025 – Vor Ostern rechnet der Verband mit langen Staus.",
    ]
    result = read(*parts, *([footer] if footer else []))
    assert result.issuer == issuer


@pytest.mark.parametrize(
    ("lead", "issuer", "acronym"),
    [
        # letters from inside a compound, the article's weak ending made strong
        (
            "Der Österreichische Radfahrer-Bund (ÖRFB) erwartet viel Verkehr.",
            "Österreichischer Radfahrer-Bund",
            "ÖRFB",
        ),
        (
            "Das Deutsche Verkehrs-Institut (DVI) erwartet viel Verkehr.",
            "Deutsches Verkehrs-Institut",
            "DVI",
        ),
        # a word the acronym skips
        (
            "The Northern Office for Illicit Timber and Forest Protection "
            "(NOTFP) reported record seizures.",
            "Northern Office for Illicit Timber and Forest Protection",
            "NOTFP",
        ),
    ],
)
def test_a_name_defined_with_an_acronym_not_made_of_its_initials(
    lead: str, issuer: str, acronym: str
) -> None:
    acronym_again = f"Mehr dazu beim {acronym}. {acronym} in Zahlen."
    result = read(
        "Verkehr zu Ostern", f"Wien, 4. April 2025 (OTS) - {lead} {acronym_again}"
    )
    assert result.issuer == issuer
    assert result.release is not None
    assert result.release.issuer.acronym == acronym


def test_the_issuers_acronym_starts_a_branch_line_not_a_name() -> None:
    result = read(
        "Verkehr zu Ostern",
        "Wien (OTS) - Der Österreichische Radfahrer-Bund (ÖRFB) erwartet "
        "viel Verkehr. Der ÖRFB rät zur frühen Abfahrt.",
        "Rückfragehinweis:\nÖRFB-Kommunikation\nMag. Eva Berger\n"
        "Telefon: +43 1 555 2020\n\nÖRFB Tirol\nJakob Moser, Pressesprecher\n"
        "Mobil: +43 664 555 2077",
    )
    assert [c.name for c in result.contacts] == ["Eva Berger", "Jakob Moser"]
    assert result.contacts[1].organisation == "ÖRFB Tirol"


@pytest.mark.parametrize(
    ("parts", "issuer"),
    [
        # an Italian publisher heading alone on its line: the last publisher
        (
            (
                "Il Consiglio federale\nIl portale del Governo svizzero",
                "Nuovi treni notturni",
                "Berna, 26.03.2025 - Il Consiglio federale sostiene tre treni.",
                "Pubblicato da",
                "Il Consiglio federale\nhttps://www.admin.example/gov/it",
                "Dipartimento federale dei trasporti\nhttps://www.dft.admin.example",
                "Ufficio federale della mobilità dolce\nhttps://www.ufmd.admin.example",
            ),
            "Ufficio federale della mobilità dolce",
        ),
        # an OTS page's sender label, whole
        (
            (
                "Stadt Seeburg: 4.800 neue Bäume",
                "Seeburg (OTS) - Die Stadt Seeburg pflanzt neue Bäume.",
                "Aussender: Stadt Seeburg – Magistratsabteilung 97",
            ),
            "Stadt Seeburg – Magistratsabteilung 97",
        ),
        # "NEWS FROM THE ...": the sender after it, as the body writes it
        (
            (
                "NEWS FROM THE BRITISH FERRY LEAGUE",
                "One in four ferries is late",
                "LONDON, 8 September 2025 – New research from the British Ferry "
                "League shows delays.",
            ),
            "British Ferry League",
        ),
        # a letterhead in two languages: the last name in the release's
        (
            (
                "ÉTAT DE SEELAND\nSTAAT SEELAND\n"
                "Direction de la santé et des affaires sociales DSAS\n"
                "Direktion für Gesundheit und Soziales GSD",
                "Communiqué de presse",
                "Soins à domicile : le canton relève les forfaits",
                "Seeburg, le 9 septembre 2025 – Le Conseil d'État a décidé de "
                "relever les forfaits de déplacement.",
            ),
            "Direction de la santé et des affaires sociales DSAS",
        ),
    ],
)
def test_more_issuer_shapes(parts: tuple[str, ...], issuer: str) -> None:
    assert read(*parts).issuer == issuer


def test_a_name_in_capitals_above_its_office_is_the_letterhead() -> None:
    result = read(
        "NEWS RELEASE",
        "ASIA-PACIFIC FERRY ALLIANCE\nRegional Office for South-East Asia",
        "Ferry delays triple in three provinces",
        "BANGKOK, 3 June 2025 – Ferry delays have tripled, the Asia-\n"
        "Pacific Ferry Alliance (APFA) said today. APFA urges action.",
    )
    assert result.headline == "Ferry delays triple in three provinces"
    assert result.issuer == "Asia-Pacific Ferry Alliance"


def test_a_company_title_above_the_news_provided_by_line_is_the_headline() -> None:
    result = read(
        "Halvorsen Marine Holdings Reports Record Fleet Utilization",
        "Utilization reaches 94% as wind vessels enter service",
        "News provided by\nHalvorsen Marine Holdings, Inc.\nFeb 20, 2025, 16:15 ET",
        "HOUSTON, Feb. 20, 2025 /PRNewswire/ -- Halvorsen Marine Holdings, Inc. "
        "(NYSE: HVMH) today reported results.",
    )
    assert result.headline == (
        "Halvorsen Marine Holdings Reports Record Fleet Utilization"
    )
    assert result.issuer == "Halvorsen Marine Holdings, Inc."


def test_the_contacts_name_with_its_acronym_before_it_is_the_name() -> None:
    result = read(
        "ARFÖ: Jeder fünfte Pkw mit Sommerreifen",
        "Wien, 17. November 2014 (OTS) - Der Club rät zur Umrüstung.",
        "Rückfragehinweis:\n   ARFÖ - Auto-, Rad- und Freizeitclub Österreichs\n"
        "   Mag. Eva Berger\n   Tel.: +43 1 555 2020",
    )
    assert result.issuer == "Auto-, Rad- und Freizeitclub Österreichs"
