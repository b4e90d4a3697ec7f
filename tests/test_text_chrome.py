"""Web-page chrome: which lines are leftovers of the page, and which are not.

Positives and negatives in English, German, French, Italian, Spanish and
Dutch; then the importer: chrome never becomes the issuer, the headline or a
contact, and each chrome line is reported with its line number.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressrelease import read_text
from pressrelease.text._blocks import blocks
from pressrelease.text._chrome import block_reason, chrome_reason, split

from .helpers import assert_linear
from .score_import import expected, fixtures

CHROME = {
    # skip links
    "Skip to main content": "a skip link",
    "Zum Inhalt springen": "a skip link",
    "Aller au contenu": "a skip link",
    "Vai al contenuto": "a skip link",
    "Saltar al contenido principal": "a skip link",
    "Ga naar de inhoud": "a skip link",
    # breadcrumbs
    "Home / News / News releases": "a breadcrumb",
    "Startseite > Dokumentation > Medienmitteilungen": "a breadcrumb",
    "Accueil › Le club › Médias › Communiqués de presse": "a breadcrumb",
    "Inicio » Sala de prensa » Notas de prensa": "a breadcrumb",
    "Home page | Notizie | Comunicati": "a breadcrumb",
    "Start > Nieuws > Persberichten": "a breadcrumb",
    "Medien > Mitteilungen > 2025": "a breadcrumb",
    "You are here: Home / Newsroom": "a breadcrumb",
    "Sie sind hier: Startseite > Presse": "a breadcrumb",
    "Vous êtes ici : Accueil > Presse": "a breadcrumb",
    "Ti trovi in: Home > Stampa": "a breadcrumb",
    "U bent hier: Home > Nieuws": "a breadcrumb",
    # breadcrumbs whose separators were icons: runs of spaces keep the links
    # apart, or a press section's name follows the home word
    "Startseite  Service  Verkehr": "a breadcrumb",
    "Inicio  Sala de prensa  Cultura": "a breadcrumb",
    "Home Newsroom Transport": "a breadcrumb",
    "Accueil Actualités Environnement": "a breadcrumb",
    # a site's welcome to its own name
    "Welcome to the Northfield Water Board": "a site's welcome banner",
    "Willkommen bei der Stadt Musterhausen": "a site's welcome banner",
    "Bienvenue sur Ville de Lacbleu": "a site's welcome banner",
    # search and language links
    "Advanced search": "a menu, search or login link",
    "Erweiterte Suche": "a menu, search or login link",
    "Languages": "a menu, search or login link",
    # share, print and font-size bars
    "Share": "a share, print or font-size bar",
    "Share  Tweet  Print  Email": "a share, print or font-size bar",
    "Drucken   Teilen   Schriftgröße A A A": "a share, print or font-size bar",
    "Partager  Imprimer": "a share, print or font-size bar",
    "Condividi  Stampa": "a share, print or font-size bar",
    "Compartir Imprimir": "a share, print or font-size bar",
    "Delen  Printen": "a share, print or font-size bar",
    "Facebook LinkedIn X WhatsApp": "a share, print or font-size bar",
    "Share this page:  Facebook  X  LinkedIn  Email": "a share, print or font-size bar",
    "Social share": "a share, print or font-size bar",
    "Folgen Sie uns": "a share, print or font-size bar",
    # back to top
    "Back to top": "a back-to-top link",
    "Zum Seitenanfang": "a back-to-top link",
    "Nach oben": "a back-to-top link",
    "Haut de page": "a back-to-top link",
    "Retour en haut": "a back-to-top link",
    "Torna su": "a back-to-top link",
    "Volver arriba": "a back-to-top link",
    "Terug naar boven": "a back-to-top link",
    # menus, search, login, language switchers
    "Menu": "a menu, search or login link",
    "Suche": "a menu, search or login link",
    "Rechercher": "a menu, search or login link",
    "Cerca": "a menu, search or login link",
    "Buscar": "a menu, search or login link",
    "Zoeken": "a menu, search or login link",
    "DE FR IT EN": "a language switcher",
    "Language versions": "a language switcher",
    "Sprachversionen:": "a language switcher",
    "Weitere Aussendungen": "a related-content heading",
    "Autres communiqués de presse": "a related-content heading",
    "English | Deutsch": "a language switcher",
    "Français | Italiano | Español": "a language switcher",
    # cookie banners
    "We use cookies to improve your experience. Accept all": "a cookie banner",
    "Diese Website verwendet Cookies.": "a cookie banner",
    "Ce site utilise des cookies pour mesurer l'audience.": "a cookie banner",
    "Questo sito utilizza cookie tecnici e di profilazione.": "a cookie banner",
    "Utilizamos cookies propias y de terceros. Aceptar": "a cookie banner",
    "Deze website gebruikt cookies. Akkoord": "a cookie banner",
    "Tout accepter": "a cookie banner",
    "Alles accepteren": "a cookie banner",
    # page date stamps
    "Last updated 4 March 2025": "a page's date stamp",
    "Letzte Änderung 04.03.2025": "a page's date stamp",
    "Dernière mise à jour : 12 juin 2024": "a page's date stamp",
    "Ultimo aggiornamento: 3 aprile 2025": "a page's date stamp",
    "Última actualización: 3 de abril de 2025": "a page's date stamp",
    "Laatst gewijzigd op 3 april 2025": "a page's date stamp",
    # related content
    "Related news": "a related-content heading",
    "Weitere Meldungen": "a related-content heading",
    "À lire aussi": "a related-content heading",
    "Notizie correlate": "a related-content heading",
    "Noticias relacionadas": "a related-content heading",
    "Gerelateerd nieuws": "a related-content heading",
    # calls to action
    "GET STARTED": "a call-to-action button",
    "Subscribe": "a call-to-action button",
    "Newsletter abonnieren": "a call-to-action button",
    "Abonnez-vous": "a call-to-action button",
    "Iscriviti alla newsletter": "a call-to-action button",
    "Suscríbete": "a call-to-action button",
    "Schrijf je in": "a call-to-action button",
    # portal banners and the site's sections
    "The portal of the Swiss government": "a portal banner",
    "Das Portal der Schweizer Regierung": "a portal banner",
    "Le portail du Gouvernement suisse": "a portal banner",
    "Il portale del governo della regione": "a portal banner",
    "Het portaal van de provincie": "a portal banner",
    "Das Portal der Stadt Lindenfeld": "a portal banner",
    "Medienmitteilungen": "a section heading of the site",
    "Press releases": "a section heading of the site",
    # footers and lone separators
    "Impressum  |  Datenschutz  |  Barrierefreiheit  |  Kontakt": (
        "a list of the site's links"
    ),
    "Privacy policy | Cookies | Accessibility": "a list of the site's links",
    "|": "a lone separator",
    "Reading time: 3 min (812 words)": "a reading-time note",
}

NOT_CHROME = [
    # headlines with chrome words or separators
    "Share of renewables in the grid reaches a record",
    "Shares in Acme rise after results",
    "Home sales rise 4% in March",
    "Home / away: the club's new kit",
    # titles that open with a welcome
    "Welcome to the future of mobility",
    "Welcome to the team, Jane.",
    "Willkommen im Sommer: Freibäder öffnen am Samstag",
    # titles that open with a home word
    "Home Office Press Conference",
    "Startseite Neu Gestaltet",
    "Home  Secretary visits flood defences",
    "Start 2026 Season",
    "Print edition of the annual report released",
    "Wind/solar output rises",
    "Wind / solar output rises in the north",
    "Retail > wholesale: prices diverge in the third quarter",
    "Suche nach Vermissten eingestellt",
    "Startseite der neuen Plattform geht online",
    "Accueil des réfugiés : le canton ouvre un centre",
    "Menu of the future: schools serve more vegetables",
    "Teilen statt besitzen: Carsharing wächst weiter",
    "Imprimir en 3D: la universidad abre un laboratorio",
    "Last updated figures show record harvest",
    "Nach oben korrigiert: Prognose für 2025 steigt",
    "Related parties agree on a new framework",
    "Newsletter readers rise by a third",
    "Le portail des démarches en ligne dépasse un million d'utilisateurs",
    "The portal of the future: a city archive goes online",
    "Regulator: half of sites that say 'we use cookies' break the rules.",
    "Cookie sales rise 12% as bakeries reopen",
    "Wir verwenden Mehrweg statt Einweg: Stadt stellt Kantinen um",
    "Het nieuws van de week: delen wordt de norm",
    # people and organisations
    "Emma Home",
    "Jonathan Print",
    "Dr. Sarah Share",
    "Acme Corp",
    "Der Bundesrat",
    "Kanton Graubünden",
    "Regula Fässler-Nguyen, Direktorin, +41 58 463 12 01",
    # contact headings stay contact headings
    "Contact",
    "Kontakt",
    "Media contact:",
    "Contact us",
    # labels and acronyms
    "Email",
    "IT",
    "EN",
    "X",
    "PDF",
    "·",
    "•",
    "",
    "   ",
]


@pytest.mark.parametrize(("line", "kind"), CHROME.items(), ids=list(CHROME))
def test_chrome_lines_are_named(line: str, kind: str) -> None:
    assert chrome_reason(line) == kind


@pytest.mark.parametrize("line", NOT_CHROME)
def test_text_is_not_chrome(line: str) -> None:
    assert chrome_reason(line) is None


def test_a_sentence_after_a_date_stamp_label_is_text() -> None:
    assert (
        chrome_reason("Last updated: the board met on 4 March 2025 to agree.") is None
    )


def test_a_very_long_line_is_never_chrome() -> None:
    assert chrome_reason("Home / " * 400) is None
    assert chrome_reason("We use cookies " + "and more " * 1000) is None


# -- Blocks --------------------------------------------------------------------


def _block(text: str):  # type: ignore[no-untyped-def]
    (block,) = blocks(text)
    return block


def test_a_chrome_line_leaves_the_text_of_its_block_together() -> None:
    block = _block("17 September 2025\n|\nNews release\n|\nReading time: 3 min")
    parts = split([block])
    assert [p.text for p in parts] == [
        "17 September 2025 News release",
        "|",
        "|",
        "Reading time: 3 min",
    ]
    assert [p.line for p in parts] == [1, 2, 4, 5]


def test_a_block_of_chrome_is_split_into_its_lines() -> None:
    parts = split(
        [_block("Letzte Änderung 04.03.2025\nZum Seitenanfang\nSocial share")]
    )
    assert [p.line for p in parts] == [1, 2, 3]
    assert all(block_reason(p) for p in parts)


def test_a_site_menu_beside_a_skip_link_is_one_block_of_chrome() -> None:
    block = _block(
        "Zum Inhalt springen\nOTS\nPresseaussendungen\nTermine\nPressemappen"
    )
    assert split([block]) == [block]
    assert block_reason(block) == "web-page chrome (a site menu)"


def test_a_home_link_with_the_sites_sections_under_it_is_a_menu() -> None:
    block = _block("Home\nAbout us\nOur work\nWater Services\nNewsroom")
    assert split([block]) == [block]
    assert block_reason(block) == "web-page chrome (a site menu)"


def test_a_breadcrumb_written_one_item_a_line_is_chrome() -> None:
    block = _block("Accueil\nActualités\nCommuniqués de presse")
    assert split([block]) == [block]
    assert block_reason(block) == "web-page chrome (a site menu)"


def test_a_home_link_above_text_is_not_a_menu() -> None:
    block = _block("Home\nThe board met on Monday.\nIt agreed the plan.\nEnds")
    assert block_reason(block) is None


def test_an_organisation_beside_a_breadcrumb_is_not_a_menu() -> None:
    block = _block(
        "Kanton Graubünden\nChantun Grischun\nCantone dei Grigioni\nHome / Aktuelles"
    )
    parts = split([block])
    assert [p.text for p in parts] == [
        "Kanton Graubünden Chantun Grischun Cantone dei Grigioni",
        "Home / Aktuelles",
    ]
    assert block_reason(parts[0]) is None


def test_a_portal_banner_takes_the_sites_name_with_it() -> None:
    block = _block("Der Bundesrat\nDas Portal der Schweizer Regierung")
    assert split([block]) == [block]
    assert block_reason(block) == (
        "web-page chrome (a portal banner with the site's name)"
    )


def test_a_related_heading_keeps_its_link_titles() -> None:
    block = _block(
        "Share this page: Facebook X\nWeitere Aussendungen von Acme\n"
        "12. Feb. 2024  Neue Leiterin bestellt\nJahresbericht 2023"
    )
    parts = split([block])
    assert [p.line for p in parts] == [1, 2]
    assert block_reason(parts[1]) == (
        "web-page chrome (a related-content heading, a related link)"
    )


def test_a_sentence_or_a_number_under_a_related_heading_is_not_a_link() -> None:
    block = _block(
        "Related\nThe agency will publish the full data set on Monday.\n"
        "Tel. 030 555 1234"
    )
    parts = split([block])
    assert [p.text for p in parts] == [
        "Related",
        "The agency will publish the full data set on Monday. Tel. 030 555 1234",
    ]
    assert block_reason(parts[1]) is None


def test_text_without_chrome_is_left_alone() -> None:
    block = _block("Acme Corp\nPress office\n+44 20 7946 0000")
    assert split([block]) == [block]
    assert block_reason(block) is None


# -- The importer ----------------------------------------------------------------

RELEASE = """\
Skip to main content
Home / News / Press releases

Share  Print  Email

Harbour authority opens a second ferry berth

Portwell, 4 March 2025 – The Portwell Harbour Authority opened a second \
ferry berth today, doubling the number of crossings to the islands.

"The islands have waited a long time for this," said Ruth Calder, the \
authority's director.

Media contact:
Ruth Calder
+44 20 7946 0312
press@portwell-harbour.example

Back to top
GET STARTED
"""


def test_chrome_is_reported_and_never_imported() -> None:
    result = read_text(RELEASE)
    assert result.headline == "Harbour authority opens a second ferry berth"
    assert [c.name for c in result.contacts] == ["Ruth Calder"]
    assert result.issuer != "Skip to main content"
    reported = {
        f.line: f.message for f in result.findings if f.code == "import.furniture"
    }
    for line in (1, 2, 4, 17, 18):
        assert "web-page chrome" in reported[line]


_CHROME_LINES = st.lists(st.sampled_from(sorted(CHROME)), min_size=1, max_size=6)
# Below the body a line with "|" is an office footer: page furniture, set
# aside before chrome is looked at and, as before, not reported.
_FOOT_LINES = st.lists(
    st.sampled_from(sorted(line for line in CHROME if "|" not in line)),
    min_size=1,
    max_size=6,
)


@given(top=_CHROME_LINES, bottom=_FOOT_LINES)
def test_chrome_around_a_release_changes_nothing_else(
    top: list[str], bottom: list[str]
) -> None:
    core = RELEASE.split("\n", 4)[4].rsplit("\n\n", 1)[0]
    text = "\n".join(top) + "\n\n" + core + "\n\n" + "\n".join(bottom) + "\n"
    result = read_text(text)
    assert result.headline == "Harbour authority opens a second ferry berth"
    assert [c.name for c in result.contacts] == ["Ruth Calder"]
    assert [(p.e164, p.kind) for p in result.contacts[0].phones] == [
        ("+442079460312", "voice")
    ]
    lines = {f.line for f in result.findings if f.code == "import.furniture"}
    total = text.count("\n")
    expected_top = set(range(1, len(top) + 1))
    expected_bottom = set(range(total - len(bottom) + 1, total + 1))
    assert expected_top | expected_bottom <= lines


@given(st.text(max_size=200))
def test_any_line_gets_a_known_kind_or_none(line: str) -> None:
    kinds = {*CHROME.values(), None}
    assert chrome_reason(line) in kinds


# -- Linear time -----------------------------------------------------------------

LONG_LINES = {
    "breadcrumb items": lambda n: "Home / " * (n // 7),
    "arrows": lambda n: "a > " * (n // 4),
    "bar words": lambda n: "Share " * (n // 6),
    "single letters": lambda n: "A " * (n // 2),
    "spaces then a word": lambda n: " " * n + "x",
    "date stamp": lambda n: "Last updated " + "4 " * (n // 2),
    "cookies": lambda n: "cookie " * (n // 7),
    "separators only": lambda n: "|/>" * (n // 3),
}


@pytest.mark.complexity
@pytest.mark.parametrize("make", LONG_LINES.values(), ids=LONG_LINES.keys())
def test_the_classifier_is_linear(make) -> None:  # type: ignore[no-untyped-def]
    # 200 vs 1,600 characters (under the 2,000 a line may have), each timed
    # over 100 calls so that the small size is well above the timer's floor.
    def run(line: str) -> None:
        for _ in range(100):
            chrome_reason(line)

    assert_linear(make, run, 200)


@pytest.mark.complexity
def test_many_chrome_lines_import_in_linear_time() -> None:
    def make(n: int) -> str:
        return "Zum Seitenanfang\nHeadline\n" * (n // 26) + "\n\nBody text.\n"

    assert_linear(make, read_text, 2_000)


def _expected_texts() -> list[str]:
    """Every headline, subheadline, issuer and contact name the fixtures
    expect: real text, never chrome."""
    texts: list[str] = []
    for path in fixtures():
        want = expected(path)
        texts += [want[k] for k in ("headline", "subheadline", "issuer") if want[k]]
        texts += [c["name"] for c in want["contacts"] if c.get("name")]
        texts += [c["title"] for c in want["contacts"] if c.get("title")]
    return texts


def test_no_expected_headline_issuer_or_name_is_chrome() -> None:
    texts = _expected_texts()
    assert len(texts) > 200
    assert [t for t in texts if chrome_reason(t)] == []


@given(st.sampled_from(sorted(CHROME)), st.integers(1, 4))
def test_runs_of_spaces_do_not_change_the_answer(line: str, width: int) -> None:
    spaced = " " * width + line.replace(" ", " " * width) + " " * width
    assert chrome_reason(spaced) == chrome_reason(line)


def test_language_names_under_a_versions_heading_go_with_it() -> None:
    block = _block("Language versions\nDeutsch\nEspañol\nJane Doe")
    parts = split([block])
    assert [p.text for p in parts] == ["Language versions Deutsch Español", "Jane Doe"]
    assert block_reason(parts[0]) == (
        "web-page chrome (a language switcher, a language version)"
    )
    assert block_reason(parts[1]) is None


def test_a_footers_links_with_the_copyright_at_their_end() -> None:
    assert (
        chrome_reason("Terms of use | Privacy notice | Fraud alert | Copyright © Acme")
        == "a list of the site's links"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Produkte   Service   Medien   Anmelden",
        "Our fleet  Timetables  Newsroom  Sign in",
        "Nos offres  Nos agences  Espace presse  Rechercher",
    ],
)
def test_a_menu_on_one_line_kept_apart_by_spaces_is_chrome(line: str) -> None:
    assert chrome_reason(line) == "a site menu"


@pytest.mark.parametrize(
    "line",
    [
        "Name   Role   Telephone   Email",  # a table's header row
        "Water  Energy  Transport",  # no link of the site's own
        "Press office   +44 20 7946 0000   press@example.org",
        "The board met.  It agreed  Newsroom  Log in",
    ],
)
def test_spaced_words_without_a_sites_link_are_no_menu(line: str) -> None:
    assert chrome_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "OTS-Kundenservice  Impressum  Datenschutz  AGB",
        "Mentions légales  CGU  Cookies",
    ],
)
def test_a_footers_links_kept_apart_by_spaces_are_chrome(line: str) -> None:
    assert chrome_reason(line) == "a list of the site's links"


def test_the_sites_name_above_its_spaced_menu_is_not_the_headline() -> None:
    result = read_text(
        "Northfield Ferries\n"
        "Our fleet   Timetables   Newsroom   Log in\n\n"
        "New night crossing to start in May\n\n"
        "Dover, 2 March 2026 - Northfield Ferries will run a night crossing "
        "from May, the company said on Monday.\n"
    )
    assert result.headline == "New night crossing to start in May"


def test_a_menu_of_links_one_a_line_with_a_login_is_chrome() -> None:
    block = _block("Portal\nAngebote\nTermine\nArchiv\nLogin")
    assert split([block]) == [block]
    assert block_reason(block) == "web-page chrome (a site menu)"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Quillon Therapeutics, Inc. Logo", "a logo's text"),
        ("Email Alerts   RSS   Contact IR", "a site menu"),
    ],
)
def test_a_logo_with_a_legal_form_and_an_ir_sites_menu(line: str, kind: str) -> None:
    assert chrome_reason(line) == kind


def test_chrome_items_kept_apart_by_spaces_on_one_line() -> None:
    line = "Release Versions   More News From Corvalis Therapeutics, Inc."
    assert chrome_reason(line) == "a language switcher"
    assert chrome_reason("More News From Acme Ferries, Inc.") == (
        "a related-content heading"
    )
