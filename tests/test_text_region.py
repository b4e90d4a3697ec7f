"""The region national numbers are read in: evidence the text carries, scored."""

from __future__ import annotations

import pytest

from pressrelease import read_text
from pressrelease.text._region import region_for

from .helpers import assert_linear

SWISS_FR = "Tel. 058 559 34 12"


@pytest.mark.parametrize(
    ("contacts", "others", "language", "region"),
    [
        # The language alone: its usual country.
        (["Tel. 030 1234567"], [], "de", "DE"),
        # A country's name, in the language or in English.
        ([SWISS_FR], ["Touring Automobile Suisse"], "fr", "CH"),
        (
            ["Tel. 01 711 00-1234"],
            ["Die Zahl der Unfälle in Österreich sank."],
            "de",
            "AT",
        ),
        # A city or a state's words.
        (
            ["Tél. 032 555 21 40"],
            ["11,2 millions de francs, dont la Confédération"],
            "fr",
            "CH",
        ),
        (["Tel. 0512 508 1234"], ["Innsbruck, am Dienstag."], "de", "AT"),
        # An email domain's country.
        (["m.muster@bak.admin.ch", "Tel. 058 462 12 34"], [], "de", "CH"),
        # A number written with its country code elsewhere in the text.
        (["Tél. 058 559 34 12"], ["depuis l'étranger au +41 58 559 31 11"], "fr", "CH"),
        # National numbers only the plan of one candidate makes valid.
        (["020 7946 0410"], [], "en", "GB"),
        (["(202) 555-0119"], [], "en", "US"),
    ],
)
def test_the_region_follows_the_texts_evidence(
    contacts: list[str], others: list[str], language: str, region: str
) -> None:
    assert region_for(None, contacts, [], others, language) == region


def test_a_neighbour_named_once_does_not_outweigh_the_domain() -> None:
    contacts = ["presse@ministerium.example.de", "Tel. 030 1234567"]
    others = ["Gespräche mit Österreich und der Schweiz"]
    assert region_for(None, contacts, [], others, "de") == "DE"


def test_a_name_inside_a_longer_word_is_not_a_city() -> None:
    # "Bernhard" is not Bern, "Linzer" is no place word of its own.
    assert region_for(None, ["Tel. 030 1234567"], [], ["Bernhard Meier"], "de") == "DE"


def test_the_importer_reads_swiss_numbers_in_a_french_release() -> None:
    text = (
        "Communiqué de presse\n\n"
        "Le canton ouvre un nouveau pont\n\n"
        "Valmont, le 22 septembre 2025 – Les travaux ont coûté 11 millions de "
        "francs, dont une part payée par la Confédération.\n\n"
        "Renseignements :\n"
        "Damien Roulet, chargé de communication, tél. 032 555 21 47\n"
    )
    result = read_text(text)
    assert [p.e164 for c in result.contacts for p in c.phones] == ["+41325552147"]
    assert any(
        f.code == "import.phone_region" and "CH" in f.message for f in result.findings
    )


@pytest.mark.complexity
def test_region_for_is_linear() -> None:
    def make(n: int) -> list[str]:
        line = "Schweizer Bern Wien 058 559 34 12 +41 58 559 31 11 Österreicher "
        return [line * 4 for _ in range(n // 200)]

    def run(lines: list[str]) -> object:
        return region_for(None, lines, lines, lines, "de")

    assert_linear(make, run, 4_000)
