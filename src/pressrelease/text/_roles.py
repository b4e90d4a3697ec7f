"""Stage 3: give each block a role, with the evidence for it.

Roles come from scored cues, not from the first rule that matches: a
block's position (before or after the dateline, after a contacts heading),
its labels (``Media contact:``, ``About Acme``, ``FOR IMMEDIATE RELEASE``),
its shape (short lines with numbers and addresses, a sentence, an acronym)
and the languages' words. Each placed block keeps the cues that won, so a
finding can say why.
"""

from __future__ import annotations

import enum
import re

import attrs

from pressrelease.text._blocks import Block, ends_sentence
from pressrelease.text._chrome import block_reason, split
from pressrelease.text._contacts import emails_in, person_name
from pressrelease.text._dates import (
    DatelineText,
    city_country,
    find_date,
    parse_dateline,
    wire_name,
)
from pressrelease.text._email import email_reason
from pressrelease.text._words import (
    ABOUT,
    ADDRESS_WORD,
    CONTACT_HEADING,
    DEFINED_TERMS,
    EMBARGO,
    FURNITURE,
    FURNITURE_START,
    LEGAL_FORM_END,
    MARKER_DASH,
    MEDIA,
    NAME_CONNECTORS,
    NOT_FOR_MEDIA,
    ORG_WORDS,
    PRESS_UNIT,
    PUBLISHER,
    fold,
)


class Role(enum.Enum):
    MASTHEAD = "masthead"
    FURNITURE = "furniture"
    DATELINE = "dateline"
    HEADLINE = "headline"
    SUBHEADLINE = "subheadline"
    BODY = "body"
    CONTACTS = "contacts"
    BOILERPLATE = "boilerplate"
    PAGE = "page furniture"


@attrs.frozen
class Placed:
    """A block, its role, and the cues that gave it."""

    block: Block
    role: Role
    evidence: tuple[str, ...]
    dateline: DatelineText | None = None


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,11}")
#: A rule line: a run of dashes, stars, equals signs, hashes or dots.
RULE = re.compile(r"[*=_~\-–—#.]{3,}")
_RULE = RULE
_TAGS = re.compile(r"[^\s/]+(?:/[^\s/]+){2,}")
_END = re.compile(
    r"(?:###|-+\s*ends?\s*-+|ends?|-+\s*30\s*-+|nnnn|\(schluss\).*|ende|fin)"
)
_PHONEISH = re.compile(r"\+?\(?\d[\d\s().\-/]{6,}\d")
_SUBHEAD_PREFIX = re.compile(r"^(?:utl\.?|untertitel)\s*:\s*", re.I)
# A reference line: a label and a code with digits ("LEI: 2138...",
# "Exhibit 99.1", "ISIN: DE000...", "Az.: 12-345/2025").
_REFERENCE = re.compile(
    r"(?:lei|isin|wkn|cusip|sedol|ticker|exhibit|ex\.|anlage|annexe?|annex|"
    r"ref(?:erence)?|az|aktenzeichen|gz|geschaftszahl|doc(?:ument)?|file)\.?"
    r"(?:\s*(?:no|nr|n°)\.?)?\s*:?\s*[\w./-]{0,40}\d[\w./-]{0,40}"
)


def _words(text: str) -> int:
    return len(text.split())


def is_prose(text: str) -> bool:
    return _words(text) >= 12 and ends_sentence(text)


_DATED_MARKER = "a release marker with its date line"
_BYLINE = re.compile(r"\b(?:provided|share|teilen|partager|condividi|compartir)\b")


def _is_furniture(block: Block) -> str | None:
    if (mail := email_reason(block)) is not None:
        return mail  # a release sent in an e-mail's body: its header, sign-off
    first = fold(block.lines[0].text)
    text = fold(block.text)
    if FURNITURE.fullmatch(text) or FURNITURE.fullmatch(first):
        return "a wire marker"
    if FURNITURE_START.match(first):
        return "a wire or agency line"
    marker = MARKER_DASH.match(block.lines[0].text)
    if (
        marker
        and FURNITURE.fullmatch(fold(marker[1]))
        and find_date(block.lines[0].text[marker.end() :])
    ):
        return _DATED_MARKER  # "Communiqué de presse – Bruxelles, le 26 mai 2025"
    if _RULE.fullmatch(text) or _TAGS.fullmatch(text):
        return "a rule or keyword line"
    if re.fullmatch(r"\(.{1,80}\)", block.text) and (
        not ends_sentence(block.text[1:-1]) or DEFINED_TERMS.fullmatch(block.text)
    ):
        return "a parenthetical note"  # ("Harrowgate" or the "Company")
    if _END.fullmatch(text):
        return "an end marker"
    if len(block.lines) == 1 and _REFERENCE.fullmatch(text):
        return "a reference line"
    if _photo(block):
        return "a photo's credit and caption"
    return block_reason(block)  # web-page chrome: skip links, breadcrumbs


#: A picture's label, alone on the line above its credit and caption.
_PICTURE = re.compile(
    r"(?:image|photo|picture|photograph|illustration|video|bild|foto|grafik|"
    r"imagen|fotografia|immagine|afbeelding)\s*:?"
)
_CREDIT = re.compile(r"(?:©|\(c\)\s|copyright\b|credits?\s*:)", re.I)
#: A caption is a sentence or two, under a few lines.
_CAPTION_LINES = 4
_CAPTION_WORDS = 60


def _photo(block: Block) -> bool:
    """A picture copied with its page: the ``Image`` label above its credit
    (``© Agency/Name``) and caption, in a short block. (A block that opens
    with the credit is a wire or agency line already.)"""
    lines = block.lines
    if not 2 <= len(lines) <= _CAPTION_LINES or _words(block.text) > _CAPTION_WORDS:
        return False
    if _PICTURE.fullmatch(fold(lines[0].text)) is None:
        return False
    return len(lines) == 2 or _CREDIT.match(lines[1].text) is not None


_PAGE_LINE = re.compile(
    r"(?:page|seite|pagina|página|blz\.?)\s*\d+(?:\s*(?:/|of|von|de|di|sur|van)\s*\d+)?"
    r"|-\s*\d+\s*-|\d+\s*/\s*\d+",
    re.I,
)


def _is_page(block: Block) -> bool:
    if block.is_page_marker() or (block.is_footer() and "|" in block.text):
        return True
    marker = any(_PAGE_LINE.fullmatch(line.text) for line in block.lines)
    return marker and not any(is_prose(line.text) for line in block.lines)


def is_date_only(block: Block) -> bool:
    """A date with at most labels, a place, a weekday or a time around it.

    "Interim results for the six months ended 30 September 2024" has a date
    but reads as a title: more than two words in lower case around it.
    """
    found = find_date(block.text)
    if found is None:
        return False
    items = [i.strip() for i in block.text.split("|")]
    if 3 <= len(items) <= 8 and all(
        _words(i) <= 6 and not i.endswith((".", "!", "?")) for i in items
    ):  # "14 October 2025 | News release | Geneva | Reading time: 3 min"
        return True
    if _words(block.text) > 14:
        return False
    rest = block.text[: found.start] + block.text[found.end :]
    lower = sum(1 for word in rest.split() if word[:1].islower())
    if block.text.isupper():  # "PRE-CLOSE TRADING UPDATE FOR THE YEAR ENDED ..."
        lower = sum(1 for word in rest.split() if word.isalpha()) - 2
    return lower <= 2 and (not ends_sentence(block.text) or _words(rest) <= 6)


def _bare_date(text: str) -> bool:
    """A date with at most one word beside it (``Friday, 27 June 2025``)."""
    found = find_date(text)
    if found is None or len(text) > 60:
        return False
    return _words(text[: found.start] + " " + text[found.end :]) <= 1


def contact_heading(text: str) -> bool:
    folded = fold(text)
    if len(text) <= 90 and CONTACT_HEADING.fullmatch(folded):
        return True
    head, sep, rest = text.partition(":")
    return (
        bool(sep)
        and len(head) <= 40
        and bool(CONTACT_HEADING.fullmatch(fold(head).strip()))
        and bool(
            emails_in(rest)
            or _PHONEISH.search(rest)
            or person_name(rest.split(",")[0].strip())
        )
    )


def _about_heading(block: Block) -> bool:
    first = block.lines[0].text
    return (
        _words(first) <= 12
        and not ends_sentence(first.rstrip(":"))
        and ABOUT.match(fold(first)) is not None
    )


_PARENS = re.compile(r"\([^()]{0,80}\)")


#: A title in capitals has more words than a name or a job title.
_CAPITAL_TITLE_WORDS = 6


def _title_in_capitals(block: Block) -> bool:
    """``ACME BANCORP, INC. ANNOUNCES FOURTH QUARTER EARNINGS``: six words
    or more in capitals, with no number or address to call; a title, though
    it starts with what reads as a name."""
    return (
        block.text.isupper()
        and _words(block.text) >= _CAPITAL_TITLE_WORDS
        and not _PHONEISH.search(block.text)
        and not any(emails_in(line.text) for line in block.lines)
    )


def _contact_shaped(block: Block) -> bool:
    """Short lines with an address or a number, not sentences."""
    details = sum(
        1 for line in block.lines if emails_in(line.text) or _PHONEISH.search(line.text)
    )
    # Words in parentheses (a label's note, the country after a number:
    # "(South Georgia and the South Sandwich Islands)") make no sentence.
    short = all(_words(_PARENS.sub(" ", line.text)) <= 14 for line in block.lines)
    named = any(person_name(line.text.split(",")[0]) for line in block.lines)
    if is_prose(block.text) and not (
        named or any(emails_in(line.text) for line in block.lines)
    ):
        return False  # a sentence that mentions a hotline
    return (
        details >= 1 and short and (len(block.lines) >= 2 or _words(block.text) <= 25)
    )


_CELL_LABEL = re.compile(r"^[^\W\d_][\w .-]{0,30}:\s*")


def _press_desk(block: Block) -> bool:
    """A block of short lines, one of which names the media (``Press
    office``, ``Journalists``) with both a number and an email: a media
    contact wherever it stands, not a letterhead."""
    return len(block.lines) <= 4 and any(
        _words(line.text) <= 20
        and MEDIA.search(fold(line.text)) is not None
        and NOT_FOR_MEDIA.search(fold(line.text)) is None
        and _PHONEISH.search(line.text) is not None
        and bool(emails_in(line.text))
        for line in block.lines
    )


def _person_card(block: Block) -> bool:
    """A person's name on a line of its own above their numbers or email
    (``Jane Doe`` / ``Press Officer`` / ``Tel. ...``): a contact card, also
    in a web page's sidebar copied above the headline."""
    return (
        2 <= len(block.lines) <= 8
        and person_name(block.lines[0].text) is not None
        and _contact_shaped(block)
    )


def _named(block: Block) -> bool:
    """Whether a line starts with a person's name (before a ``|`` or comma),
    or a table cell does (``Acme plc | Media: Jane Doe | +44 ...``)."""
    for line in block.lines:
        if person_name(re.split(r"[|,]", line.text, maxsplit=1)[0].strip()):
            return True
        if "|" in line.text:
            for cell in line.text.split("|")[1:]:
                cell = _CELL_LABEL.sub("", cell.strip()).split(",")[0].strip()
                if cell and person_name(cell):
                    return True
    return False


def _sentence(text: str) -> bool:
    """Ends a sentence, not a legal form's abbreviation ("... Club e.V.",
    "ACME BANCORP, INC.")."""
    if not ends_sentence(text):
        return False
    return not LEGAL_FORM_END.search(text.title() if text.isupper() else text)


def _name_lines(block: Block) -> int:
    """How many lines a letterhead's name takes: up to three lines with no
    digit and no sentence, twelve words in all, before its address
    ("United Nations Regional Commission" / "for Asia and the Pacific")."""
    count = 0
    for line in block.lines[:3]:
        if any(c.isdigit() for c in line.text) or _sentence(line.text):
            break
        if count and (
            PRESS_UNIT.search(fold(line.text)) or not line.text[:1].islower()
        ):
            break  # a press office, or a new name, is not the name run on
        count += 1
    name = " ".join(x.text for x in block.lines[:count])
    return count if _words(name) <= 12 else 0


# An amount of money is a title's, never an address's ("... FOR $640 MILLION").
_MONEY = re.compile(
    r"[$€£¥]\s?\d|\d\s?(?:million|billion|mio|mrd|milliarden|millionen)\b", re.I
)


def _letterhead(block: Block) -> bool:
    """A name (in capitals, or with an organisation's word) above its
    address, switchboard or press office ("Public Affairs"): every line
    after it has digits or names the office."""
    count = _name_lines(block) or 1
    name = " ".join(x.text for x in block.lines[:count])
    others = block.lines[count:]
    return (
        bool(others)
        and _words(name) <= 12
        and (
            name.isupper()
            or ORG_WORDS.search(fold(name)) is not None
            or LEGAL_FORM_END.search(name) is not None
        )
        and not any(c.isdigit() for c in name)
        and not _sentence(name)
        and all(
            (any(c.isdigit() for c in line.text) and not _MONEY.search(line.text))
            or (_words(line.text) <= 4 and PRESS_UNIT.search(fold(line.text)))
            or (_words(line.text) <= 8 and ADDRESS_WORD.search(fold(line.text)))
            for line in others
        )
        and not any(is_prose(line.text) for line in block.lines)
    )


def _name_shaped(text: str) -> bool:
    """Up to six words, each capitalised or a connector, ending in a legal
    form or an acronym ("Touring-Club Romand TCR", "Solarnetz AG")."""
    words = text.split()
    if not 1 <= len(words) <= 6 or ends_sentence(text.rstrip(".")):
        return False
    if not all(w[:1].isupper() or fold(w) in NAME_CONNECTORS for w in words):
        return False
    return bool(LEGAL_FORM_END.search(text) or _ACRONYM.fullmatch(words[-1]))


_WITH_ACRONYM = re.compile(r"(.{3,100}?)\s*\(([A-Z][A-Za-z&]{1,9})\)")


def with_acronym(text: str) -> bool:
    """A name followed by its acronym, the initials of its words in order
    ("Service des eaux et de la navigation lacustre (SENL)")."""
    found = _WITH_ACRONYM.fullmatch(text)
    if found is None or ends_sentence(found[1]):
        return False
    initials = "".join(
        w[0]
        for w in re.split(r"[\s-]+", re.sub(r"\b[ldLD]['’]", "", found[1]))
        if w and w[0].isalpha()
    ).upper()  # "pour l'emploi": the elided article's word, E
    letters = iter(initials)
    acronym = found[2].upper().replace("&", "")
    return initials[:1] == acronym[:1] and all(c in letters for c in acronym)


_DASH = re.compile(r"\s+[–—-]\s+")


def acronym_dash_name(text: str) -> str | None:
    """The name after an acronym and a dash, its letters in order in the
    name's, every word capitalised or a connector ("KVB – Kärntner
    Verkehrsbund", "UNADP - United Nations Agency for ...")."""
    dash = _DASH.search(text, 0, 16)
    if dash is None:
        return None
    acronym, name = text[: dash.start()], text[dash.end() :]
    if name.split(None, 1)[0:1] in (["The"], ["the"]) and len(name.split()) > 2:
        name = name.split(None, 1)[1]  # "UNCRA - The UN Commission for ..."
    words = name.split()
    shaped = acronym.isupper() and acronym.isalnum() and 2 <= len(acronym) <= 12
    if not shaped or not 2 <= len(words) <= 10:
        return None
    first = fold(acronym)
    if not all(w[:1].isupper() or fold(w) in NAME_CONNECTORS for w in words):
        # "HCPD – Haut-Commissariat des Nations Unies pour les personnes
        # déplacées": a name in sentence case, its acronym made of initials
        initials = [
            fold(part)[:1]
            for word in words
            for part in re.split(r"-", re.sub(r"^[ldLD]['’]", "", word))
            if part[:1].isalpha()
        ]
        letters = iter(initials)
        if (
            len(first) >= 3
            and words[0][:1].isupper()
            and initials[:1] == [first[:1]]
            and all(c in letters for c in first)
        ):
            return name
        return None
    folded = fold(name)
    letters = iter(folded)
    if first[:1] == folded[:1] and all(c in letters for c in first):
        return name
    return None


def _kicker(text: str) -> bool:
    """A title's kicker: one or two words and a colon before four or more
    words ("Sommer 2024: ...")."""
    head, sep, rest = text.partition(": ")
    return bool(sep) and _words(head) <= 3 and _words(rest) >= 4


def _short_name(text: str) -> bool:
    """Two to four capitalised words, no sentence: "AAA Northeast"."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and not ends_sentence(text)
        and all(w[:1].isupper() or fold(w) in NAME_CONNECTORS for w in words)
    )


# A company's title says what it did: "Acme Holdings Reports Record ...".
_TITLE_VERB = re.compile(
    r"^(?:\S+\s+){1,6}(?:reports|announces|launches|completes|expands|opens|"
    r"names|appoints|signs|receives|wins|unveils|introduces|acquires|agrees|"
    r"declares|posts|raises|delivers|achieves|meldet|startet|eroffnet|"
    r"erweitert|prasentiert|ubernimmt|annonce|lance|acquiert|publie)\b",
    re.I,
)


def _capitals_above_office(block: Block) -> bool:
    """``ASIA-PACIFIC HEALTH ALLIANCE`` / ``Regional Office for South-East
    Asia and the Pacific``: a name in capitals above its office's name."""
    first, rest = block.lines[0].text, block.lines[1:]
    return (
        1 <= len(rest) <= 2
        and first.isupper()
        and 2 <= _words(first) <= 8
        and ORG_WORDS.search(fold(first)) is not None
        and all(
            _words(x.text) <= 10
            and not ends_sentence(x.text)
            and not any(c.isdigit() for c in x.text)
            and ORG_WORDS.search(fold(x.text)) is not None
            for x in rest
        )
    )


def _masthead_score(block: Block, after_provided_by: bool) -> tuple[int, list[str]]:
    text = block.text
    score = 0
    why: list[str] = []
    if after_provided_by:
        score, why = score + 3, [*why, "after 'News provided by'"]
    if _ACRONYM.fullmatch(text):
        score, why = score + 2, [*why, "an acronym"]
    if _letterhead(block):
        score, why = score + 3, [*why, "a letterhead (a name above an address)"]
        text = " ".join(x.text for x in block.lines[: _name_lines(block) or 1])
    if _words(text) <= 8 and ORG_WORDS.search(fold(text)):
        score, why = score + 2, [*why, "an organisation's name"]
    if _name_shaped(text):
        score, why = score + 1, [*why, "a name's shape"]
    acronym = all(with_acronym(line.text) for line in block.lines) or (
        len(block.lines) == 1 and acronym_dash_name(text) is not None
    )
    if acronym:
        score, why = score + 3, [*why, "a name with its acronym"]
    if _capitals_above_office(block):
        score, why = score + 3, [*why, "a name in capitals above its office"]
    if _kicker(text):
        score -= 3  # "Bildungsministerium: 38.000 Laptops für ...": a title
    if _TITLE_VERB.search(text):
        score -= 3  # "Halvorsen Marine Holdings Reports Record ...": a title
    legal = LEGAL_FORM_END.search(text)
    if DEFINED_TERMS.fullmatch(text):
        score, why = score + 3, [*why, "a name with its defined terms"]
    elif legal and _words(text[legal.end() :]) >= 2:
        score -= 3  # "Acme Group, Inc. Reports Record Quarter": a title
    elif not acronym and (_sentence(text) or _words(text) > 12):
        score -= 3  # a sentence, not a name ending in "e.V." or "Inc."
    return score, why


def assign(blocks: list[Block]) -> list[Placed]:
    """Every block with its role; body boundaries found from the cues."""
    blocks = split(blocks)  # a chrome line inside a block stands alone
    head, labelled = _labels_apart(blocks[:40])
    blocks = head + blocks[40:]
    placed: list[Placed | None] = [None] * len(blocks)
    start = None
    dateline = None
    for index, block in enumerate(blocks[:40]):
        if (
            _is_furniture(block)
            or _is_page(block)
            or contact_heading(block.lines[0].text)
        ):
            continue
        found = parse_dateline(block.text)
        if found is not None and (
            found.date is not None
            or (
                index < 12
                and _reads_on(found)
                # "HCPD – Haut-Commissariat ..." alone on top: a logo, not a
                # place (as the masthead's score reads it)
                and (
                    index > 0
                    or len(block.lines) > 1
                    or acronym_dash_name(block.text) is None
                )
            )
        ):
            start, dateline = index, found
            if found.date is None:  # a dated one just below is the dateline
                start, dateline = _dated_below(blocks, index, found)
            break
    if start is None:  # no dateline: the body starts at the first prose block
        start = next(
            (
                i
                for i, b in enumerate(blocks[:40])
                if is_prose(b.text)
                and not _is_furniture(b)
                and not is_date_only(b)
                and not _about_heading(b)
                and not contact_heading(b.lines[0].text)
            ),
            len(blocks),
        )
    lead = " ".join(b.text for b in blocks[start : start + 3])[:3000]
    wire = wire_name(blocks[start].text) if dateline else None
    _head(blocks[:start], placed, lead, labelled, wire)
    if start < len(blocks):
        evidence = ("a dateline",) if dateline else ("the first paragraph of prose",)
        placed[start] = Placed(
            blocks[start], Role.DATELINE if dateline else Role.BODY, evidence, dateline
        )
    after = start + 1
    if not any(p is not None and p.role is Role.HEADLINE for p in placed):
        # A teaser lead copied above the title: the titles just below it.
        for index in range(start + 1, min(start + 3, len(blocks))):
            if not _title_shaped(blocks[index]):
                break
            role = Role.HEADLINE if index == start + 1 else Role.SUBHEADLINE
            placed[index] = Placed(
                blocks[index], role, ("a title just below the first paragraph",)
            )
            after = index + 1
    _tail(blocks, after, placed, dateline is not None)
    _signatures(placed)
    return [p for p in placed if p is not None]


#: The evidence of a sender's name and title under an e-mail's sign-off.
SIGNATURE = "the sender's signature under a sign-off"


def _signatures(placed: list[Placed | None]) -> None:
    """``Freundliche Grüsse`` / ``Marco Cavegn`` + ``Leiter Medienstelle``:
    the sender's name and title under an e-mail's sign-off are a contact's,
    never body text (their numbers may follow in a block of their own)."""
    previous: Placed | None = None
    for index, item in enumerate(placed):
        if item is None:
            continue
        block = item.block
        if (
            previous is not None
            and previous.role is Role.FURNITURE
            and any("sign-off" in e for e in previous.evidence)
            and item.role in (Role.BODY, Role.BOILERPLATE)
            and len(block.lines) <= 3
            and not any(ends_sentence(x.text) for x in block.lines)
            and person_name(block.lines[0].text) is not None
        ):
            placed[index] = Placed(block, Role.CONTACTS, (SIGNATURE,))
        previous = item


#: A head block whose first or last line is a release's label.
_LABELLED = 4


def _labels_apart(blocks: list[Block]) -> tuple[list[Block], set[int]]:
    """The blocks, with a release's label at the top or the bottom of a
    short block of names on its own line (``Direktion für Mobilität`` /
    ``Medienmitteilung``): the label is furniture, the rest a masthead. A
    block with a digit (a date, a number) is left whole: ``17 September
    2025`` / ``News release`` under a title is the page's date line.

    Also the first line of each block of names that had a label: the
    label's own letterhead, not a title below it.
    """
    found: list[Block] = []
    labelled: set[int] = set()
    for block in blocks:
        lines = block.lines
        if not 2 <= len(lines) <= _LABELLED or any(
            is_prose(line.text) or any(c.isdigit() for c in line.text) for line in lines
        ):
            found.append(block)
            continue
        if FURNITURE.fullmatch(fold(lines[-1].text)):
            found += [Block(lines[:-1]), Block(lines[-1:])]
            labelled.add(lines[0].number)
        elif FURNITURE.fullmatch(fold(lines[0].text)):
            found += [Block(lines[:1]), Block(lines[1:])]
            labelled.add(lines[1].number)
        else:
            found.append(block)
    return found, labelled


def _reads_on(found: DatelineText) -> bool:
    """Text after an undated dateline reads as a paragraph: three words or
    more that end a sentence ("ÖMTC – Österreichischer ... Club" is a
    name), or eight words after a place that reads as one (a known city,
    capitals: "VIENNA, 26 June (UN Information Service) - Seizures of ...",
    cut where a page or a column ended). "Reisewelle aus Westfalen –
    Baustellen verschärfen die Lage", with no full stop after words that
    are no place, is a subheadline with a dash."""
    rest = found.rest
    if _words(rest) >= 3 and ends_sentence(rest):
        return True
    place = found.place or ""
    a_place = found.capitals or city_country(place) is not None
    return a_place and _words(rest) >= 8


def _title_shaped(block: Block) -> bool:
    """One line of four to twenty-five words, not a sentence, a heading or
    furniture: a title."""
    text = block.text
    return (
        len(block.lines) == 1
        and 4 <= _words(text) <= 25
        and not ends_sentence(text)
        and text[:1].isalnum()
        and not _is_furniture(block)
        and not _is_page(block)
        and not _about_heading(block)
        and not contact_heading(text)
        and not _contact_shaped(block)
    )


def _dated_below(
    blocks: list[Block], index: int, undated: DatelineText
) -> tuple[int, DatelineText]:
    """An undated dateline, or a dated one in the next two blocks.

    ``Bilanz der Almwirtschaft – Förderung ...`` (a subheadline with a dash)
    reads as a place and text; ``WIEN, 17. November 2017 -`` just below is
    the dateline.
    """
    for below in range(index + 1, min(index + 3, len(blocks))):
        found = parse_dateline(blocks[below].text)
        if found is not None and found.date is not None:
            return below, found
    return index, undated


#: A site's name and tagline: up to three lines of up to five words.
_SITE_NAME_WORDS = 5


def _site_name(block: Block) -> bool:
    """A site's name with its tagline (``UN News`` / ``Global perspective
    Human stories``): short lines, no number, no sentence."""
    return len(block.lines) <= 3 and all(
        _words(line.text) <= _SITE_NAME_WORDS
        and not any(c.isdigit() for c in line.text)
        and not ends_sentence(line.text)
        for line in block.lines
    )


#: The first line of a wire's header, with its number.
_WIRE_HEADER = re.compile(r"(?:rns\s+number\s*:?\s*\w|ots\d{3})")
#: Web-page chrome that navigates the site: the page's header.
_NAVIGATION = re.compile(r"skip link|menu|breadcrumb|language switcher|search")


def _head(
    head: list[Block],
    placed: list[Placed | None],
    lead: str = "",
    labelled: set[int] | None = None,
    wire: str | None = None,
) -> None:
    marker = None
    candidates: list[int] = []
    provided_by = False
    in_contacts = False
    for index, block in enumerate(head):
        why = _is_furniture(block)
        # Contacts at the top (pdftotext -layout puts a side column first):
        # a contacts heading with details under it or after it (a heading
        # alone just above the body is a headline: "CONTACTS"), and the
        # short blocks after it.
        follows = index + 1 < len(head) and _contact_shaped(head[index + 1])
        if contact_heading(block.lines[0].text) and (len(block.lines) > 1 or follows):
            placed[index] = Placed(block, Role.CONTACTS, ("a contacts heading",))
            in_contacts = True
            continue
        if _press_desk(block) or _person_card(block):
            # "Journalists only – Press office: 0113 ... | press@...": a
            # media desk's number and address above the headline.
            placed[index] = Placed(
                block, Role.CONTACTS, ("a press desk's or person's card",)
            )
            continue
        # A title-shaped block (more than four words, no name, no number)
        # ends the contacts: "District Board Approves $38 Million Upgrade".
        if (
            in_contacts
            and not why
            and not is_date_only(block)  # "Bern, 11. April 2025" below a card
            and not is_prose(block.text)
            and not _title_in_capitals(block)
            and (_contact_shaped(block) or _named(block) or _words(block.text) <= 4)
        ):
            placed[index] = Placed(
                block, Role.CONTACTS, ("short lines after a contacts heading",)
            )
            continue
        in_contacts = False
        if (
            not why
            and _contact_shaped(block)
            and _named(block)
            and not _letterhead(block)
        ):
            # A person with a number or an address above the title (a
            # sidebar copied first), under a heading the reader did not
            # know: a contact, never the headline.
            placed[index] = Placed(
                block, Role.CONTACTS, ("a person with numbers in the head",)
            )
            in_contacts = True
            continue
        if (
            not why
            and len(block.lines) >= 3
            and _contact_shaped(block)
            and any(emails_in(line.text) for line in block.lines)
            and sum(bool(_PHONEISH.search(line.text)) for line in block.lines) >= 2
            and not _letterhead(block)
        ):
            # Lines with numbers and an address above the title, under a
            # heading the reader did not know: contacts, never the headline.
            placed[index] = Placed(
                block, Role.CONTACTS, ("numbers and an address in the head",)
            )
            in_contacts = True
            continue
        if EMBARGO.match(fold(block.text)):
            placed[index] = Placed(block, Role.FURNITURE, ("an embargo line",))
        elif why:
            placed[index] = Placed(block, Role.FURNITURE, (why,))
            if FURNITURE.fullmatch(fold(block.text)) and "provided" in fold(block.text):
                provided_by = True
                continue
            # "News provided by" / the company, "Share this article": a
            # wire's byline or share link under the title, not a release
            # marker with the issuer above it.
            byline = _BYLINE.search(fold(block.lines[0].text)) is not None
            if (
                FURNITURE.fullmatch(fold(block.lines[0].text)) and not byline
            ) or why == _DATED_MARKER:
                marker = index
        elif _is_page(block) or is_date_only(block):
            placed[index] = Placed(block, Role.FURNITURE, ("a date or page line",))
        elif wire and "".join(c for c in fold(block.text) if c.isalpha()) == wire:
            # "Business Wire" above the title, "(BUSINESS WIRE)" in the
            # dateline: the wire's page, not the release's title.
            placed[index] = Placed(
                block, Role.FURNITURE, ("the wire the dateline credits",)
            )
        else:
            candidates.append(index)
            if provided_by:
                placed[index] = Placed(
                    block, Role.MASTHEAD, ("after 'News provided by'",)
                )
        provided_by = False
    rest = [i for i in candidates if placed[i] is None]
    # A wire's header ("RNS Number : 1234A", "OTS0214 5 II ...") opens the
    # release as the wire sent it: what a web page put above it is the
    # page's copy of its name and title.
    header = next(
        (i for i, b in enumerate(head) if _WIRE_HEADER.match(fold(b.lines[0].text))),
        None,
    )
    if header is not None and any(i > header for i in rest):
        for index in [i for i in rest if i < header]:
            placed[index] = Placed(
                head[index],
                Role.FURNITURE,
                ("the web page's copy above a wire's header",),
            )
        rest = [i for i in rest if i > header]
    # The site's header: its name and tagline stand above or between its
    # navigation (skip link, menus, search, breadcrumb), the article's
    # title after it
    # (with no block after the last navigation, a language switcher under
    # the title, the block between is the title; so is a longer block).
    navigation = [
        i
        for i, p in enumerate(placed[: len(head)])
        if p is not None and any(_NAVIGATION.search(e) for e in p.evidence)
    ]
    headline = None
    weak: int | None = None  # the last masthead a headline may be demoted from
    for number, index in enumerate(rest):
        block = head[index]
        score, cues = _masthead_score(block, False)
        if marker is not None and index < marker:
            score, cues = score + 3, [*cues, "above the release marker"]
        elif block.line in (labelled or ()) and (score >= 1 or _short_name(block.text)):
            # A name beside its label; a title beside one stays a title.
            score, cues = score + 3, [*cues, "in one block with a release's label"]
        if navigation and index < navigation[-1] < rest[-1] and _site_name(block):
            score, cues = score + 3, [*cues, "inside the site's header"]
        if headline is None and marker is not None and index > marker:
            score -= 2
        if headline is not None and "a name with its acronym" not in cues:
            score -= 3  # under the title: a subheadline, not a letterhead
        if (
            headline is None
            and number + 1 < len(rest)
            and _short_name(block.text)
            and block.text in lead
            and _words(head[rest[number + 1]].text) > _words(block.text)
        ):
            # "AAA Northeast" / "Touring Club Suisse" above a longer title,
            # named again in the lead.
            score, cues = score + 3, [*cues, "a short name the lead repeats"]
        # Above a release's label with a block after it, a block is the
        # letterhead, however long (its address, its offices): the title
        # follows the label.
        above = marker is not None and index < marker < rest[-1]
        if (
            score >= 2
            or (headline is None and score >= 1 and index != rest[-1])
            or above
        ):
            placed[index] = Placed(block, Role.MASTHEAD, tuple(cues))
            if score < 4 and not _ACRONYM.fullmatch(block.text):
                weak = index
        elif headline is None:
            headline = index
            placed[index] = Placed(
                block, Role.HEADLINE, ("the first line of the head",)
            )
        else:
            placed[index] = Placed(block, Role.SUBHEADLINE, ("after the headline",))
    if headline is None and weak is not None and weak == rest[-1]:
        # Every block scored as a name: the one just above the body, on weak
        # evidence, is the headline ("UNHCR welcomes new asylum law").
        placed[weak] = Placed(
            head[weak], Role.HEADLINE, ("the block just above the body",)
        )
    _short_lines_above_the_title(head, placed)


def _short_lines_above_the_title(
    head: list[Block], placed: list[Placed | None]
) -> None:
    """A headline of a word or two above a longer subheadline is the site's
    section (named in its menu above: "Rathauskorrespondenz") or a topic
    line ("Gesundheit, Soziales"); the title is the longer block below."""
    menu = {
        item
        for p in placed
        if p is not None
        and p.role is Role.FURNITURE
        and "chrome" in " ".join(p.evidence)
        for item in re.split(r"\s*[|/>›»•·]\s*|\s{2,}", fold(p.block.text))
        if item
    }
    for _ in range(2):
        at = next(
            (
                i
                for i, p in enumerate(placed)
                if p is not None and p.role is Role.HEADLINE
            ),
            None,
        )
        if at is None or _words(head[at].text) > 2 or len(head[at].lines) > 1:
            return
        below = next(
            (
                i
                for i in range(at + 1, len(head))
                if (p := placed[i]) is not None and p.role is not Role.FURNITURE
            ),
            None,
        )
        under = placed[below] if below is not None else None
        if below is None or under is None or under.role is not Role.SUBHEADLINE:
            return
        named = fold(head[at].text) in menu
        topic = ("," in head[at].text or "|" in head[at].text) and _words(
            head[below].text
        ) >= 4
        if not (named or topic):
            return
        why = "the site's section, named in its menu" if named else "a topic line"
        placed[at] = Placed(head[at], Role.FURNITURE, (why + " above the title",))
        placed[below] = Placed(head[below], Role.HEADLINE, ("below " + why,))


#: The evidence of a block listed under a publisher heading.
UNDER_PUBLISHER = "under a publisher heading"


_DIAL_IN = re.compile(
    r"\b(?:dial(?:-in|ling)?|conference\s+(?:id|code|call)|passcode|access\s+code|"
    r"participant\s+(?:code|pin)|pin\s*:|replay|webcast|call-?in|einwahl|"
    r"zugangscode|telefonkonferenz|code\s+d'acces|conference\s+telephonique)\b"
)


def _dial_in(blocks: list[Block], index: int) -> bool:
    """Numbers of a conference call, not of a person: no name or address in
    the block, and a dial-in word in it or in the block before (``To join,
    please dial:`` / ``UK: +44 ...`` / ``Conference ID: ...``; a layout's
    label column beside the numbers)."""
    block = blocks[index]
    if any(emails_in(line.text) for line in block.lines) or _named(block):
        return False
    near = blocks[max(0, index - 2) : index + 1]
    return any(_DIAL_IN.search(fold(b.text[:2000])) for b in near)


def _publisher_entry(block: Block) -> bool:
    """A block a publisher heading alone on its line lists below it: a name
    and its link ("Bundesamt für ..." / "https://..."), no sentence."""
    return len(block.lines) <= 3 and all(
        _words(line.text) <= 12 and not ends_sentence(line.text) for line in block.lines
    )


def _tail(
    blocks: list[Block], first: int, placed: list[Placed | None], dated: bool
) -> None:
    state = Role.BODY
    publishing = False  # under a publisher heading alone on its line
    for index in range(first, len(blocks)):
        block = blocks[index]
        heading = block.lines[0].text
        why = _is_furniture(block)
        if publishing and not why and _publisher_entry(block):
            placed[index] = Placed(block, Role.BOILERPLATE, (UNDER_PUBLISHER,))
            continue
        publishing = False
        if contact_heading(heading):
            state = Role.CONTACTS
            placed[index] = Placed(block, Role.CONTACTS, ("a contacts heading",))
        elif PUBLISHER.match(fold(heading)):
            placed[index] = Placed(block, Role.BOILERPLATE, ("a publisher heading",))
            # "Herausgeber" / (blank) / "Bundesamt für ...": the names below.
            publishing = len(block.lines) == 1 and not heading.partition(":")[2].strip()
        elif _about_heading(block):
            state = Role.BOILERPLATE
            placed[index] = Placed(block, Role.BOILERPLATE, ("an 'About' heading",))
        elif state is Role.CONTACTS and _contact_shaped(block) and _named(block):
            # A table of people ("Name | Role | Telephone | Email") under a
            # contacts heading, though it has a footer's shape.
            placed[index] = Placed(
                block, Role.CONTACTS, ("people in a contacts section",)
            )
        elif (
            state is Role.BODY
            and not dated
            and index <= first + 1
            and not why
            and _bare_date(block.text)
        ):
            # "27 June 2025" under a page's standfirst (no dateline): the
            # page's date line.
            placed[index] = Placed(block, Role.FURNITURE, ("a date line",))
        elif why and why.startswith("web-page chrome"):
            # Before page furniture: a footer's link list ("Privacy policy |
            # Cookies") is chrome, never the office's address.
            placed[index] = Placed(block, Role.FURNITURE, (why,))
        elif _is_page(block) or (
            not is_prose(block.text)
            and not any(emails_in(line.text) for line in block.lines)
            and not ends_sentence(block.text)
            and any(b.is_page_marker() for b in blocks[max(0, index - 1) : index + 2])
        ):
            placed[index] = Placed(block, Role.PAGE, ("page furniture",))
        elif why:
            placed[index] = Placed(block, Role.FURNITURE, (why,))
            if "notes" in fold(block.text) or "editor" in fold(block.text):
                state = Role.BOILERPLATE
            elif _END.fullmatch(fold(block.text)):
                state = Role.FURNITURE
        elif state is Role.CONTACTS:
            lines_short = len(block.lines) >= 2 and all(
                _words(x.text) <= 14 for x in block.lines
            )
            if _contact_shaped(block) or not is_prose(block.text) or lines_short:
                placed[index] = Placed(block, Role.CONTACTS, ("in a contacts section",))
            else:
                state = Role.BOILERPLATE
                placed[index] = Placed(
                    block, Role.BOILERPLATE, ("prose after the contacts",)
                )
        elif _dial_in(blocks, index):
            placed[index] = Placed(block, Role.BODY, ("a call's dial-in numbers",))
        elif _contact_shaped(block):
            placed[index] = Placed(
                block, Role.CONTACTS, ("short lines with numbers or addresses",)
            )
        elif state is Role.FURNITURE:
            placed[index] = Placed(block, Role.BOILERPLATE, ("after the end marker",))
        else:
            placed[index] = Placed(block, state, ("after the dateline",))
