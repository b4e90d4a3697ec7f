"""Quotes and speakers: recall over the fixtures, and each form releases use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressrelease import read_text
from pressrelease.text._orgs import Registry
from pressrelease.text._quotes import Attributor, FoundQuote, quote_spans

from .helpers import assert_linear

RELEASES = Path(__file__).parent / "data" / "releases"
#: The share of the fixtures' quotes found with the right speaker and start.
FLOOR = 0.80


def _norm(text: str | None) -> str:
    return " ".join((text or "").replace("\u2019", "'").casefold().split())


def _unnamed(who: str) -> bool:
    return not who or who.split()[0] in ("a", "an", "one", "the")


def quote_recall() -> tuple[int, int, list[str]]:
    found = total = 0
    misses: list[str] = []
    for path in sorted(RELEASES.glob("*/*.txt")):
        expected = path.with_suffix(".expected.json")
        if not expected.exists():
            continue
        want = json.loads(expected.read_text(encoding="utf-8"))
        result = read_text(path.read_text(encoding="utf-8"), language=want["language"])
        got = [(_norm(q.text), _norm(q.speaker)) for q in result.quotes]
        used: set[int] = set()
        for quote in want.get("quotes") or []:
            total += 1
            start, speaker = _norm(quote["starts"]), _norm(quote["speaker"])
            match = next(
                (
                    i
                    for i, (text, who) in enumerate(got)
                    if i not in used
                    and text.startswith(start)
                    and (who == speaker if speaker else _unnamed(who))
                ),
                None,
            )
            if match is None:
                misses.append(f"{path.name}: {quote['speaker']} | {quote['starts']}")
            else:
                used.add(match)
                found += 1
    return found, total, misses


def test_quote_recall() -> None:
    found, total, misses = quote_recall()
    assert found / total >= FLOOR, "\n".join(misses)


def said(*paragraphs: str) -> list[tuple[str, str | None]]:
    """(first words, speaker's name or description) of every quote."""
    attributor = Attributor(Registry({}))
    found: list[FoundQuote] = []
    for index, text in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        found += attributor.paragraph(index, text, following=following)
    names = {p.id: p.name or p.description for p in attributor.speakers}
    return [(" ".join(q.text.split()[:3]), names.get(q.speaker or "")) for q in found]


def person(paragraph: str, name: str) -> tuple[str | None, ...]:
    attributor = Attributor(Registry({}))
    list(attributor.paragraph(0, paragraph))
    p = next(p for p in attributor.speakers if p.name == name)
    org = attributor.registry.draft(p.organisation or "")
    return (p.honorific, p.title, org.name if org else None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('"We are growing fast," said Jane Doe, CEO of Acme.', "Jane Doe"),
        (
            '"We are growing fast," said Dr. John Smith, chief scientist at Acme.',
            "John Smith",
        ),
        ('"We are growing fast," Ms. Jane Doe said.', "Jane Doe"),
        ('"We are growing fast," says Ms. Jane Doe.', "Jane Doe"),
        ('Jane Doe, CEO of Acme, said: "We are growing fast."', "Jane Doe"),
        (
            "„Wir wachsen schnell“, sagte Bundesministerin Dr. Anna Schmidt.",
            "Anna Schmidt",
        ),
        ("\u201eWir wachsen schnell\u201c, erklärte Herr Jan Berger.", "Jan Berger"),
        ("\u201aWir wachsen schnell\u2018, betonte Frau Eva Roth.", "Eva Roth"),
        ("« Nous grandissons vite », a déclaré Mme Marie Dupont.", "Marie Dupont"),
        ("«\u202fNous grandissons vite\u202f», a souligné Paul Martin.", "Paul Martin"),
        ("«La empresa crece rápido», dijo Sr. Javier Ortega.", "Javier Ortega"),
        ("«La empresa crece rápido», afirmó Sra. Carmen Ruiz.", "Carmen Ruiz"),
        (
            '"L\'azienda cresce in fretta", ha dichiarato Dott.ssa Giulia Romano.',
            "Giulia Romano",
        ),
        ("“A empresa cresce depressa”, afirmou Rui Carvalho.", "Rui Carvalho"),
        ('"Het bedrijf groeit snel", zei dhr. Daan Visser.', "Daan Visser"),
        (
            '"Het bedrijf groeit snel", verklaarde mevr. Lotte Vermeulen.',
            "Lotte Vermeulen",
        ),
        ("‘We are growing fast,’ said Prof. Ada Byron.", "Ada Byron"),
    ],
)
def test_forms(text: str, want: str) -> None:
    assert said(text)[0][1] == want


def test_honorifics_kept_apart() -> None:
    assert person('"We grow fast," said Dr. John Smith.', "John Smith")[0] == "Dr."
    assert person("„Wir wachsen“, sagte Mag. Eva Roth.", "Eva Roth")[0] == "Mag."
    assert (
        person('"Cresce", ha detto Dott.ssa Anna Neri.', "Anna Neri")[0] == "Dott.ssa"
    )


def test_title_and_organisation() -> None:
    got = person(
        '"Every week counts for us," said Tendai Mushonga, Regional Director at '
        "Harbourlight.",
        "Tendai Mushonga",
    )
    assert got == (None, "Regional Director", "Harbourlight")
    got = person(
        '"Every week counts for us," said Harbourlight\u2019s Regional Director, '
        "Tendai Mushonga.",
        "Tendai Mushonga",
    )
    assert got == (None, "Regional Director", "Harbourlight")


def test_split_quote_has_one_speaker() -> None:
    assert said('"First part," said Jane Doe. "Second part of it."') == [
        ("First part,", "Jane Doe"),
        ("Second part of", "Jane Doe"),
    ]


def test_back_references() -> None:
    assert said(
        '"We are growing fast," said Jane Doe, CEO of Acme.',
        '"More to come this year," Doe added.',
        "„Wir wachsen schnell“, sagte Anna Schmidt. „Und weiter“, so Schmidt.",
        "« Nous grandissons vite », a déclaré Marie Dupont.",
        "« Et ce n'est pas fini », a déclaré Dupont.",
    ) == [
        ("We are growing", "Jane Doe"),
        ("More to come", "Jane Doe"),
        ("Wir wachsen schnell", "Anna Schmidt"),
        ("Und weiter", "Anna Schmidt"),
        ("Nous grandissons vite", "Marie Dupont"),
        ("Et ce n'est", "Marie Dupont"),
    ]


def test_gov_uk_said_colon_then_paragraph() -> None:
    assert said(
        "Flood Minister Eleanor Price said:",
        "Every winter we see the same villages cut off.",
    ) == [("Every winter we", "Eleanor Price")]


def test_dash_attribution_below() -> None:
    assert said(
        "\u201cOur harbours took a beating in the last two seasons.\u201d",
        "\u2013 The Honourable Margaret Singh, Minister of Harbours",
    ) == [("Our harbours took", "Margaret Singh")]


def test_straight_single_quotes_are_quotes_and_apostrophes_are_not() -> None:
    assert said(
        "'We see people on the water,' says founder Daan Visser. 'Boats are costly.'"
    ) == [("We see people", "Daan Visser"), ("Boats are costly.", "Daan Visser")]
    assert (
        said("The board's chair called it 'solid', and the workers' union agreed.")
        == []
    )


def test_an_italian_article_after_the_verb_is_no_pronoun() -> None:
    assert said(
        "\u00abNessun porto deve restare isolato per mancanza di fondali\u00bb, ha "
        "affermato il ministro Stefano Lombardi."
    ) == [("Nessun porto deve", "Stefano Lombardi")]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        (
            "said the Agency's Director for Flood Preparedness, Dr Ama Boateng.",
            "Ama Boateng",
        ),
        (
            "said the Chief Executive of the Harbour Safety Agency, Dr Ian Roe.",
            "Ian Roe",
        ),
        (
            "ha explicado la ministra de Vivienda y Agenda Rural, Isabel Navarro.",
            "Isabel Navarro",
        ),
    ],
)
def test_a_title_with_its_field_before_the_name(attribution: str, speaker: str) -> None:
    assert said(f'"Every week a new dam is built," {attribution}') == [
        ("Every week a", speaker)
    ]


def test_product_names_and_scare_quotes_are_not_quotes() -> None:
    assert (
        said(
            "Acme today launched „Nephra Go“ and its \u201csmart\u201d cover.",
            'The survey "Lights On," covers 1,812 branches.',
        )
        == []
    )


@pytest.mark.complexity
@pytest.mark.parametrize(
    "unit",
    [
        '"',
        "\u201e",
        "\u2018",
        "\u00ab",
        "Aa Bb ",
        '"x," said Aa Bb. ',
        "Dr. ",
        "x \u00aba ",  # openers never closed, none at the start
        " 'a",  # single-quote openers, none closed
        "a' ",  # apostrophes
        "'a' said Aa Bb. ",
    ],
)
def test_paragraph_linear(unit: str) -> None:
    def run(text: str) -> None:
        quote_spans(text)
        list(Attributor(Registry({})).paragraph(0, text))

    assert_linear(lambda n: unit * n, run, 2_000)


if __name__ == "__main__":
    f, t, m = quote_recall()
    print("\n".join(m))
    print(f"{f}/{t} = {f / t:.0%}")


def test_a_speaker_who_speaks_of_a_fragment_is_its_speaker() -> None:
    result = read_text(
        "STADT NORDTAL\n\nMEDIENMITTEILUNG\n\nNeue Brücke eröffnet\n\n"
        "Nordtal, 5. Mai 2026 – Die Stadt hat die Brücke eröffnet.\n\n"
        "Stadtpräsidentin Petra Aebischer-Lutz spricht von einem «Jahrhundert"
        "werk für das ganze Tal».\n"
    )
    assert [q.speaker for q in result.quotes] == ["Petra Aebischer-Lutz"]


def _speakers(*paragraphs: str) -> list[str | None]:
    text = "Neue Brücke über die Aare\n\n" + "\n\n".join(paragraphs) + "\n"
    return [q.speaker for q in read_text(text).quotes]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a verb of recommending
        (
            "Bern, 2. Juni 2025 – «Wer flexibel ist, fährt früh los», empfiehlt "
            "Reto Zgraggen, Verkehrsexperte beim Club.",
            "Reto Zgraggen",
        ),
        # a military rank and two honorifics before the name
        (
            "Wien, 2. Juni 2025 – Die Direktorin des Amts, Generalmajorin Mag. Dr. "
            "Ursula Pfeffer-Haindl, verwies auf die Partner: „Ohne sie hätten wir "
            "die Fahrzeuge nicht stoppen können.“",
            "Ursula Pfeffer-Haindl",
        ),
        # a double name hyphenated across the lines
        (
            "Wien, 2. Juni 2025 - Der Bund fördert die Almen.\n\n"
            '"Hirten sind das Erste, wonach Bewerber fragen",\n'
            "erklärte Obmann Josef Lechner-\nTauber.",
            "Josef Lechner-Tauber",
        ),
    ],
)
def test_more_speakers(paragraph: str, speaker: str) -> None:
    assert _speakers(paragraph) == [speaker]


def test_a_surname_points_back_to_a_person_the_lead_names_with_a_title() -> None:
    assert _speakers(
        "Innsbruck – Das Land stellt heuer 14,6 Millionen Euro zur Verfügung. "
        "Gemeinsam mit den Gemeinden werden damit 23 Projekte umgesetzt, teilte "
        "Landeshauptmann-Stellvertreterin Mag.a Sonja Harrer-Gasteiger mit.",
        "„Sicherheit im Siedlungsraum hat Vorrang. Jeder Euro zählt“, betonte "
        "Harrer-Gasteiger.",
    ) == ["Sonja Harrer-Gasteiger"]


def test_a_pronoun_means_the_person_named_before_the_quote() -> None:
    assert _speakers(
        "Innsbruck – „Die Almen brauchen Hirten“, sagt Landesrätin Dr.in Verena "
        "Zangerl-Hosp.",
        "Auch Almobmann Johann Pfurtscheller begrüßt die Entscheidung. „Das ist "
        "ein klares Signal an die jungen Leute“, sagt er.",
    ) == ["Verena Zangerl-Hosp", "Johann Pfurtscheller"]


def test_a_surname_with_particles_points_back() -> None:
    assert _speakers(
        "GENEVA, 14 March 2025 – This is a summary of what was said by UNRCO "
        "spokesperson Aurélie van den Broek at today's briefing.",
        '"Families have lost their shelters a second time," van den Broek said.',
    ) == ["Aurélie van den Broek"]
