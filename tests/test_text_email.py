"""A release sent in an e-mail's body: the e-mail's own lines are furniture."""

from __future__ import annotations

import pytest

from pressrelease import read_text
from pressrelease.text._blocks import Block, Line
from pressrelease.text._email import email_reason

from .helpers import assert_linear

MAIL = """From: Press Office <press@agency.example>
Sent: Tuesday, 4 March 2025 10:15
To: Media list
Subject: PRESS RELEASE: New depot opens in Bangkok

Dear colleagues,

Please find below our press release of today.

NEW DEPOT OPENS IN BANGKOK

Bangkok, 4 March 2025 – The agency opened a new depot today in the east of the city.

For more information, please contact:
Somchai Rattanakorn, Public Information Officer
Tel: +66 2 288 1234
Email: somchai.r@agency.example

Best regards,

--
Somchai Rattanakorn
"""


def test_an_emails_header_greeting_note_and_sign_off_are_furniture() -> None:
    result = read_text(MAIL)
    assert result.headline == "NEW DEPOT OPENS IN BANGKOK"
    assert result.issuer is None or "@" not in result.issuer
    reasons = {f.message.split(" not imported")[0] for f in result.findings}
    assert {
        "an e-mail's header",
        "an e-mail's greeting",
        "an e-mail's cover note",
        "an e-mail's sign-off",
        "an e-mail signature's delimiter",
    } <= reasons


def block(*lines: str) -> Block:
    return Block(tuple(Line(n, text) for n, text in enumerate(lines, 1)))


@pytest.mark.parametrize(
    ("lines", "reason"),
    [
        (("Von: Pressestelle", "Gesendet: Dienstag, 4. März 2025", "Betreff: Neu"),
         "an e-mail's header"),
        (("De : Service de presse", "Objet : Nouveau dépôt"), "an e-mail's header"),
        (("Mit freundlichen Grüßen",), "an e-mail's sign-off"),
        (("Meilleures salutations",), "an e-mail's sign-off"),
        (("Liebe Kolleginnen und Kollegen,",), "an e-mail's greeting"),
        (("Anbei erhalten Sie unsere Medienmitteilung.",), "an e-mail's cover note"),
        # A release's own lines are none of these.
        (("To: the point",), None),
        (("Dear Future: a new depot opens",), None),
        (("Best practice for ports",), None),
        (("From: Department for Harbours", "Published 4 March 2025"), None),
    ],
)  # fmt: skip
def test_email_lines(lines: tuple[str, ...], reason: str | None) -> None:
    assert email_reason(block(*lines)) == reason


@pytest.mark.complexity
@pytest.mark.parametrize("unit", ["From: a\n", "Dear a, ", "Please find "])
def test_email_reason_is_linear(unit: str) -> None:
    assert_linear(lambda n: block(*(unit * n).split("\n")), email_reason, 2_000)


def test_the_senders_signature_is_one_contact_with_the_card_above() -> None:
    result = read_text(MAIL + "Public Information Officer\nM +66 81 555 1234\n")
    assert [c.name for c in result.contacts] == ["Somchai Rattanakorn"]
    (contact,) = result.contacts
    assert [p.e164 for p in contact.phones] == ["+6622881234", "+66815551234"]
    assert any(f.code == "import.contact_merged" for f in result.findings)


def test_an_acronym_that_is_also_a_short_sign_off_is_a_masthead() -> None:
    from pressrelease.text import read_text

    result = read_text(
        "LG\n\nAA AA AB\n\nPRESS RELEASE\n\nHarbour opens\n\n"
        "Aa, 1 January 2000 – The harbour opened today.\n"
    )
    assert result.release is not None
    assert result.release.issuer.acronym == "LG"
