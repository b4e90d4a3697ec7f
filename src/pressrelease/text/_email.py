"""An e-mail's own lines around a release sent in its body.

Releases reach newsrooms and archives as e-mails: a header (``From:``,
``Sent:``, ``Subject:``, in the languages' mail programs), a greeting
(``Dear colleagues,``), a cover note (``Please find below ...``), a
sign-off (``Best regards,``) and a signature's delimiter (``--``). None of
them is the release; each is furniture with its reason, so a finding says
why it was not read. The signature itself is a contact card and is read as
one.

Every check is a bounded match on one line or one block's lines: linear.
"""

from __future__ import annotations

import re

from pressrelease.text._blocks import Block
from pressrelease.text._words import fold

# "From: ...", "Gesendet: ...", "Objet : ...": a mail program's header line.
_HEADER = re.compile(
    r"(?:from|sent|to|cc|bcc|date|subject|reply-to|von|gesendet|an|betreff|"
    r"datum|de|envoye|a|objet|da|inviato|oggetto|data|enviado|para|asunto|"
    r"fecha|van|verzonden|aan|onderwerp)\s*:\s*\S"
)
# The lines that make a block a header: its sender, subject or time.
_KEY = re.compile(
    r"(?:from|von|subject|betreff|objet|oggetto|asunto|onderwerp|sent|"
    r"gesendet|envoye|inviato|enviado|verzonden)\s*:"
)
_GREETING = re.compile(
    r"(?:dear|hello|hi|liebe[rs]?|sehr\s+geehrte[rn]?|guten\s+tag|chere?s?|"
    r"madame|mesdames|monsieur|bonjour|car[eio]|gentil[ei]|buongiorno|"
    r"estimad[oa]s?|queridos?|hola|beste|geachte)\b"
)
_COVER = re.compile(
    r"(?:please\s+find|find\s+(?:below|attached)|below\s+(?:you\s+will\s+find|is)|"
    r"attached\s+(?:please\s+find|is|you\s+will\s+find)|anbei|nachstehend|"
    r"untenstehend|im\s+anhang|ci-dessous|ci-joint|veuillez\s+trouver|"
    r"en\s+piece\s+jointe|in\s+allegato|di\s+seguito|adjunto|a\s+continuacion|"
    r"hierbij|in\s+de\s+bijlage)\b"
)
# ("LG" and "MfG", German mail's short sign-offs, are left out: alone on a
# line they are as often an organisation's acronym on top of a release.)
_SIGN_OFF = re.compile(
    r"(?:(?:best|kind|warm|many)\s+regards|regards|best\s+wishes|best|sincerely|"
    r"yours\s+(?:sincerely|faithfully|truly)|thank\s+you|thanks|"
    r"mit\s+(?:freundlichen|besten)\s+grussen|freundliche\s+grusse|"
    r"beste\s+grusse|viele\s+grusse|herzliche\s+grusse|cordialement|"
    r"bien\s+cordialement|bien\s+a\s+vous|meilleures\s+salutations|"
    r"salutations\s+distinguees|avec\s+mes\s+salutations|cordiali\s+saluti|"
    r"distinti\s+saluti|saluti|saludos(?:\s+cordiales)?|un\s+saludo|atentamente|"
    r"met\s+vriendelijke\s+groet(?:en)?|groeten)[\s,.!]*"
)
#: How every reason given here starts.
MAIL = "an e-mail"
#: A greeting or sign-off is short; a cover note a sentence or two.
_SHORT = 8
_NOTE = 40


def line_reason(text: str) -> str | None:
    """Why one line is an e-mail's own, or None: a signature's delimiter, a
    sign-off or a greeting (inside a block of contact lines too).

    >>> line_reason("Mit freundlichen Grüßen")
    "an e-mail's sign-off"
    """
    folded = fold(text)
    words = len(folded.split())
    if folded in ("--", "-- "):
        return "an e-mail signature's delimiter"
    if words <= _SHORT and _SIGN_OFF.fullmatch(folded):
        return "an e-mail's sign-off"
    if words <= _SHORT and folded.endswith((",", ":")) and _GREETING.match(folded):
        return "an e-mail's greeting"
    return None


def email_reason(block: Block) -> str | None:
    """Why *block* is an e-mail's own text, or None.

    >>> from pressrelease.text._blocks import Line
    >>> email_reason(Block((Line(1, "From: Press Office"), Line(2, "Subject: Depot"))))
    "an e-mail's header"
    """
    lines = [fold(line.text) for line in block.lines]
    headers = [text for text in lines if _HEADER.match(text)]
    if len(headers) >= 2 and any(_KEY.match(text) for text in headers):
        return "an e-mail's header"
    if (
        1 < len(lines) <= 4
        and line_reason(block.lines[0].text) == "an e-mail's sign-off"
        and all(len(text.split()) <= 6 for text in lines[1:])
        and not any(c.isdigit() or c == "@" for text in lines for c in text)
    ):  # "Best regards," / "RBAP Communications": a cover note's sender
        return "an e-mail's sign-off with its sender"
    if len(lines) != 1:
        return None
    if (why := line_reason(block.lines[0].text)) is not None:
        return why
    if len(lines[0].split()) <= _NOTE and _COVER.match(lines[0]):
        return "an e-mail's cover note"
    return None
