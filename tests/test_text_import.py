"""read_text: the seed release, each transformation, and its properties."""

from __future__ import annotations

import datetime
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressrelease import Release, Severity, from_json, read_text, render_text
from pressrelease.text.importer import ImportResult

from .helpers import EXAMPLES, SEED_SHA256, seed_sha256, seed_text

EXPECTED = from_json((EXAMPLES / "uniap_2009.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def imported() -> Release:
    result = read_text(seed_text())
    assert result.release is not None
    return result.release


def speaker_name(release: Release, participant_id: str) -> str | None:
    person = release.participant(participant_id)
    return person.name or person.description


# -- Acceptance: the seed, field by field -------------------------------------


def test_masthead(imported: Release) -> None:
    assert imported.issuer.acronym == EXPECTED.issuer.acronym == "UNIAP"
    assert imported.issuer.name == EXPECTED.issuer.name
    assert imported.headline == EXPECTED.headline


def test_dateline(imported: Release) -> None:
    assert imported.dateline == EXPECTED.dateline


def test_issuer_footer(imported: Release) -> None:
    assert imported.issuer.address == EXPECTED.issuer.address
    assert imported.issuer.phones == EXPECTED.issuer.phones
    assert imported.issuer.website == EXPECTED.issuer.website


def test_body_text_is_identical(imported: Release) -> None:
    assert len(imported.body) == len(EXPECTED.body) == 11
    for got, want in zip(imported.body, EXPECTED.body, strict=True):
        assert got == want


@pytest.mark.parametrize("index", range(7))
def test_every_contact(imported: Release, index: int) -> None:
    got, want = imported.contacts[index], EXPECTED.contacts[index]
    assert got.honorific == want.honorific
    assert got.name == want.name
    assert got.language == want.language
    assert got.email == want.email
    assert got.phones == want.phones
    assert got.country == want.country
    assert imported.organisation(got.organisation or "").acronym == "UNIAP"


def test_every_quote(imported: Release) -> None:
    assert len(imported.quotes) == len(EXPECTED.quotes) == 9
    for got, want in zip(imported.quotes, EXPECTED.quotes, strict=True):
        assert got.text == want.text
        assert speaker_name(imported, got.speaker) == speaker_name(
            EXPECTED, want.speaker
        )
        assert got.framing == want.framing
        assert got.paragraph == want.paragraph


def test_participants(imported: Release) -> None:
    by_name = {p.name or p.description: p for p in imported.participants}
    for want in EXPECTED.participants:
        got = by_name[want.name or want.description]
        assert (got.honorific, got.rank, got.title, got.country) == (
            want.honorific,
            want.rank,
            want.title,
            want.country,
        )
        assert imported.organisation(got.organisation or "").name == (
            EXPECTED.organisation(want.organisation or "").name
        )


def test_organisations_and_countries(imported: Release) -> None:
    assert imported.countries == EXPECTED.countries
    dsi = imported.organisation(
        imported.participant("chachvan-bunmee").organisation or ""
    )
    assert (dsi.acronym, dsi.country) == ("DSI", "TH")
    ministry = imported.organisation(dsi.parent or "")
    assert ministry.name == "Ministry of Justice"
    assert imported.organisation(ministry.parent or "").name == "Government of Thailand"
    artip = next(o for o in imported.organisations if o.acronym == "ARTIP")
    assert imported.organisation(artip.funders[0]).name == "Australian Government"


def test_seed_findings_are_only_informative() -> None:
    result = read_text(seed_text())
    assert {f.severity for f in result.findings} == {Severity.INFO}
    # The pipeline also reports the 852/3 range it reads as two numbers.
    # And the 'PRESS RELEASE' marker and the 'Page 1 of 2' line it leaves
    # out: nothing is dropped silently. The issuer's finding names the
    # partner project the lead defines too, which it did not take.
    assert {f.code for f in result.findings} == {
        "import.issuer",
        "import.website",
        "import.address_country",
        "import.phone_range",
        "import.furniture",
    }
    assert all(
        f.line == 30 for f in result.findings if f.code.endswith(("website", "country"))
    )
    left_out = [f.line for f in result.findings if f.code == "import.furniture"]
    lines = seed_text().splitlines()
    assert [lines[n - 1].strip() for n in left_out if n] == [
        "PRESS RELEASE",
        "Page 1 of 2",
    ]


def test_source_map_points_at_lines() -> None:
    result = read_text(seed_text())
    lines = seed_text().splitlines()
    assert lines[result.line_of("$.contacts[4].phones[0]") - 1].strip() == (  # type: ignore[operator]
        "+84 43 942 6511 (Vietnam)"
    )
    assert lines[result.line_of("$.headline") - 1].startswith("MEKONG")  # type: ignore[operator]
    assert result.line_of("$.contacts[6].phones[0]") == result.line_of(
        "$.contacts[6].phones[0].extension"
    )


def test_shipped_text_is_the_seed() -> None:
    assert seed_sha256() == SEED_SHA256


# -- Each transformation on small inputs ---------------------------------------

MINIMAL = """\
UNIAP

PRESS RELEASE

TRAINING ENDS

{dateline} The training ended.
"""


def one(text: str) -> ImportResult:
    result = read_text(textwrap.dedent(text))
    assert result.release is not None, result.findings
    return result


@pytest.mark.parametrize(
    "dateline",
    [
        "Ayutthaya, 19th June 2009 –",
        "Ayutthaya, 19 June 2009 —",
        "Ayutthaya, June 19, 2009 -",
        "Ayutthaya, June 19th, 2009 --",
        "Ayutthaya, 2009-06-19 –",
        "Ayutthaya, 19 Jun. 2009 –",
    ],
)
def test_dateline_forms(dateline: str) -> None:
    release = one(MINIMAL.format(dateline=dateline)).release
    assert release is not None
    assert release.dateline.place == "Ayutthaya"
    assert release.dateline.date == datetime.date(2009, 6, 19)
    assert release.body == ("The training ended.",)


def test_dateline_with_the_date_before_the_place() -> None:
    release = one(
        MINIMAL.format(dateline="June 19, 2009 – Ayutthaya, Thailand –")
    ).release
    assert release is not None
    assert (release.dateline.place, release.dateline.country) == ("Ayutthaya", "TH")
    assert release.dateline.date == datetime.date(2009, 6, 19)
    assert release.body == ("The training ended.",)


def test_a_published_line_gives_the_date_and_never_the_place() -> None:
    text = (
        "ACME LTD\n\nACME OPENS A NEW PLANT\n\nPublished 19 June 2009\n\n"
        "Acme opened a plant today in the north of the country.\n"
    )
    result = read_text(text)
    assert result.date == datetime.date(2009, 6, 19)
    assert result.place != "Published"
    if result.release is not None:
        assert result.release.dateline.place != "Published"


def test_a_joint_dateline_takes_the_first_place_and_reports_the_others() -> None:
    result = one(MINIMAL.format(dateline="GENEVA/NAIROBI, 19 June 2009 -"))
    release = result.release
    assert release is not None
    assert release.dateline.place == "Geneva"
    assert release.dateline.date == datetime.date(2009, 6, 19)
    (joint,) = [f for f in result.findings if f.code == "import.place_joint"]
    assert "'NAIROBI'" in joint.message
    assert joint.line is not None


def test_a_subheadline_with_a_dash_is_not_the_dateline_above_a_dated_one() -> None:
    text = MINIMAL.format(dateline="Ayutthaya, 19 June 2009 –").replace(
        "TRAINING ENDS\n", "TRAINING ENDS\n\nA review – and a plan\n"
    )
    release = one(text).release
    assert release is not None
    assert release.dateline.place == "Ayutthaya"
    assert release.dateline.date == datetime.date(2009, 6, 19)
    assert release.body == ("The training ended.",)


def test_dateline_with_country() -> None:
    release = one(MINIMAL.format(dateline="BANGKOK, Thailand, 19 June 2009 –")).release
    assert release is not None
    # A place written in capitals is stored in title case, with a finding.
    assert (release.dateline.place, release.dateline.country) == ("Bangkok", "TH")


def test_conversion_debris() -> None:
    text = MINIMAL.format(dateline="Ayutthaya, 19 June 2009 –").replace(
        "The training ended.", "Profits of \\$31 billion\u00a0were  made."
    )
    crlf = "\ufeff" + text.replace("\n", "\r\n")
    for variant in (crlf, text.replace("\n", "\r"), "  " + text.replace("\n", "\n ")):
        release = read_text(variant).release
        assert release is not None
        assert release.body == ("Profits of $31 billion were made.",)
        assert release.headline == "TRAINING ENDS"


PAGED = """\
UNIAP

UNITED NATIONS INTER-AGENCY
PROJECT ON HUMAN TRAFFICKING

PRESS RELEASE

TRAINING ENDS

Ayutthaya, 19 June 2009 – The training, which brought together officials from

Page 1 of 2

UNIAP Regional Management Office | www.no-trafficking.org

United Nations Building 7th floor | Block B Rajdamnern Nok Ave. | Bangkok 10200

Tel: +66-2-288-2213 | Fax: +66-2-280-0268

six countries, ended today.

The second paragraph.

Page 2 of 2

UNIAP Regional Management Office | www.no-trafficking.org
"""


def test_page_furniture_is_removed_and_split_paragraph_joined() -> None:
    result = one(PAGED)
    release = result.release
    assert release is not None
    assert release.body == (
        "The training, which brought together officials from six countries, "
        "ended today.",
        "The second paragraph.",
    )
    assert (
        release.issuer.name
        == "UNITED NATIONS INTER-AGENCY PROJECT ON HUMAN TRAFFICKING"
    )
    assert release.issuer.website == "http://www.no-trafficking.org"
    assert release.issuer.address is not None
    assert release.issuer.address.street == (
        "United Nations Building 7th floor",
        "Block B Rajdamnern Nok Ave.",
    )
    assert [(str(p.number), p.kind.value) for p in release.issuer.phones] == [
        ("+6622882213", "voice"),
        ("+6622800268", "fax"),
    ]


QUOTES = """\
UNIAP

PRESS RELEASE

VOICES

Ayutthaya, 19 June 2009 – Participants spoke.

"Straight words," says a Thai police officer. "More straight words."

Ms Jane Roe, Director of the Supreme Court of Myanmar, agrees.
\u201cCurly words,\u201d she says. \u201cAnd more.\u201d

\u201cWords on their own.\u201d

Dr Sam Poe of LICADHO, a Cambodian human rights NGO, said: "Said before."

It was noted that "nobody said this."
"""


def test_quotes_and_attribution() -> None:
    result = one(QUOTES)
    release = result.release
    assert release is not None
    said = [
        (q.text, speaker_name(release, q.speaker), q.framing) for q in release.quotes
    ]
    assert said == [
        ("Straight words,", "a Thai police officer", "says"),
        ("More straight words.", "a Thai police officer", None),
        ("Curly words,", "Jane Roe", "agrees; she says"),
        ("And more.", "Jane Roe", None),
        ("Words on their own.", "Jane Roe", None),  # guessed: previous speaker
        ("Said before.", "Sam Poe", "said"),
    ]
    officer = release.participant(release.quotes[0].speaker)
    assert (officer.name, officer.country) == (None, "TH")
    roe = release.participant(release.quotes[2].speaker)
    assert (roe.honorific, roe.title, roe.country) == ("Ms", "Director", "MM")
    codes = [(f.code, f.line) for f in result.findings]
    assert ("import.quote_guessed", 14) in codes
    assert ("import.quote_unattributed", 18) in codes


CONTACTS = """\
UNIAP

PRESS RELEASE

CONTACTS

Ayutthaya, 19 June 2009 – Text.

For further information, please contact:

In Khmer:

Mr. Huot Vichheka, UNIAP
vichheka.huot@undp.org
 +855 23 211 240 ext.334 (Cambodia)

In Burmese:

Mr. Aung Ye Htut, Press Officer, UNIAP
 +95 1 254 852/3 (Myanmar)
 02 288 1746 (Thailand)

In Klingon:

Ms. Bad Number, UNIAP
not-an-email
 +1 650 ABC 0000 (United States)
 (Narnia)
"""


def test_contacts_block() -> None:
    result = one(CONTACTS)
    release = result.release
    assert release is not None
    khmer, burmese, bad = release.contacts
    assert (khmer.honorific, khmer.name, khmer.language, khmer.country) == (
        "Mr.",
        "Huot Vichheka",
        "km",
        "KH",
    )
    assert [str(p.number) for p in khmer.phones] == ["+85523211240;ext=334"]
    assert burmese.title == "Press Officer"
    assert [str(p.number) for p in burmese.phones] == [
        "+951254852",
        "+951254853",
        "+6622881746",
    ]
    assert burmese.country == "MM"
    assert bad.name == "Bad Number"
    assert bad.language is None
    assert bad.email is None
    assert bad.phones == ()
    codes = {(f.code, f.line) for f in result.findings}
    assert {
        ("import.language", 23),
        ("import.unplaced", 26),
        ("import.phone", 27),
        ("import.unplaced", 28),
    } <= codes


def test_text_without_a_release_gives_findings_not_errors() -> None:
    for text in ("", "just some words", "UNIAP\n\nPRESS RELEASE\n"):
        result = read_text(text)
        assert result.release is None
        assert "import.no_dateline" in [f.code for f in result.findings]
        assert any(f.severity is Severity.ERROR for f in result.findings)


def test_missing_headline_and_issuer() -> None:
    # Never all or nothing: each missing part is its own finding, and what
    # was read (the date, the place) is still in the result.
    result = read_text("Bangkok, 19 June 2009 – Text.")
    codes = [f.code for f in result.findings]
    assert "import.no_headline" in codes
    assert "import.no_issuer" in codes
    assert result.date == datetime.date(2009, 6, 19)
    only_headline = "A HEADLINE\n\nBangkok, 19 June 2009 – Text."
    result = read_text(only_headline)
    assert [f.code for f in result.findings] == ["import.no_issuer"]
    assert (result.headline, result.place) == ("A HEADLINE", "Bangkok")


def test_read_text_takes_only_str() -> None:
    with pytest.raises(TypeError):
        read_text(b"bytes")  # type: ignore[arg-type]


# -- Properties -----------------------------------------------------------------

LINES = st.lists(
    st.sampled_from(
        [
            "UNIAP",
            "PRESS RELEASE",
            "Bangkok, 19 June 2009 – Text.",
            '"Quoted," he says.',
            "In English:",
            "For further information, please contact:",
            "Ms. A B, UNIAP",
            "a@undp.org",
            "+66 2 288 1746 (Thailand)",
            "+95 1 254 852/3 (Myanmar)",
            "Page 1 of 2",
            "Tel: +66-2-288-2213 | Fax: nonsense",
            "",
        ]
    )
    | st.text(max_size=60),
    max_size=30,
).map("\n".join)


@given(st.text() | LINES)
def test_never_raises_on_any_text(text: str) -> None:
    result = read_text(text)
    assert isinstance(result.findings, tuple)
    if result.release is None:
        assert any(f.severity is Severity.ERROR for f in result.findings)
    # CRLF, CR and LF each end a line, as the importer documents.
    lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    for finding in result.findings:
        assert finding.line is None or 1 <= finding.line <= lines


def test_render_of_the_seed_imports_back(imported: Release) -> None:
    again = read_text(render_text(EXPECTED)).release
    assert again is not None
    assert again.headline == EXPECTED.headline
    assert again.body == EXPECTED.body
    assert again.dateline == EXPECTED.dateline
    assert again.quotes == imported.quotes


@pytest.mark.parametrize(
    "agency", ["Agence Lumen RP", "Assessoria de Imprensa – Lumen Comunicação"]
)
def test_a_pr_agency_line_above_its_people_is_not_a_person(agency: str) -> None:
    text = MINIMAL.format(dateline="Ayutthaya, 19 June 2009 –") + (
        f"\nContacts presse\n{agency}\n"
        "Anne Roux – anne.roux@lumen.example.fr – 01 23 45 67 89\n"
    )
    release = one(text).release
    assert release is not None
    assert [c.name for c in release.contacts] == ["Anne Roux"]


def test_the_date_of_a_published_line_when_there_is_no_dateline() -> None:
    text = (
        "UNIAP\n\nTRAINING ENDS\n\nThe long training of forty officials ended today, "
        "the organisers said.\n\nFrom:\n    The United Nations Inter-Agency Project on "
        "Human Trafficking and the Ministry of Social Development\nPublished\n"
        "    19 June 2009\n\nThe officials will train others in turn next year.\n"
    )
    result = read_text(text)
    assert result.date == datetime.date(2009, 6, 19)
