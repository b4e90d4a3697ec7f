"""Stage 4: fields from the placed blocks.

:class:`Fields` is everything the text says, before any model object is
built: headline, date, place, issuer, body, boilerplate, contacts (with each
number's kind and label, several emails, a role) and quotes.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections import Counter

import attrs

from pressrelease._names import country_for_name
from pressrelease.email_address import EmailAddress
from pressrelease.errors import ValidationError
from pressrelease.findings import Severity
from pressrelease.text._blocks import (
    Block,
    Line,
    Report,
    ends_sentence,
    starts_continuation,
)
from pressrelease.text._contacts import (
    ContactFields,
    ContactReader,
    emails_in,
    mixed_case,
    person_name,
    title_after_name,
)
from pressrelease.text._dates import (
    DatelineText,
    FoundDate,
    city_country,
    find_date,
    names_other_date,
    numeric_order,
    parse_dateline,
    weekday_names,
)
from pressrelease.text._email import MAIL
from pressrelease.text._issuer_name import (
    Evidence,
    candidates,
    choose,
    letterhead_card,
)
from pressrelease.text._lead_date import lead_date
from pressrelease.text._phones import MAX_SEGMENT, find_phones
from pressrelease.text._region import region_for
from pressrelease.text._roles import (
    RULE,
    SIGNATURE,
    UNDER_PUBLISHER,
    Placed,
    Role,
    contact_heading,
    is_date_only,
    is_prose,
    with_acronym,
)
from pressrelease.text._words import (
    ABOUT,
    EMBARGO,
    FURNITURE,
    HONORIFICS,
    MARKER_DASH,
    MEDIA,
    NOT_FOR_MEDIA,
    PUBLISHER,
    STOPWORDS,
    fold,
)

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,11}")
# "Published 4 March 2025", the date under "Published", in the languages.
_PUBLISHED = re.compile(
    r"(?:published|first\s+published|posted|veroffentlicht|publiziert|erstellt|"
    r"(?:medien|presse)(?:mitteilung|information|aussendung)\s+vom|stand|"
    r"publie|publie\s+le|communique(?:\s+de\s+presse)?\s+du|publicado|"
    r"publicada|pubblicato|comunicato(?:\s+stampa)?\s+del|gepubliceerd|datum|"
    r"date)\b\s*(?:on\s+|am\s+|le\s+|el\s+|"
    r"em\s+|il\s+|op\s+)?:?\s*"
)
_INITIAL = re.compile(r"[A-Z]\.")
# A sentence that only gives a detail of the contact before it.
_DETAIL_LABEL = re.compile(
    r"(?:e-?mail|courriel|correo|tel|phone|telephone|telefon|tel|mobile|mobil|cell|fax)"
    r"\.?\s*:"
)
_SUBHEAD_PREFIX = re.compile(r"^(?:utl\.?|untertitel)\s*:\s*", re.I)
# "SOURCE Acme Corp", "Quelle: Amt für ...", "… 08:00 ET | Source: Acme Inc."
_SOURCE = re.compile(
    r"(?:^|\|\s*)(?:source|quelle|fonte|fuente|bron)\s*:?\s+(?P<org>[^|]{2,120})$",
    re.I,
)
_ABOUT_PREFIX = re.compile(
    r"^(?:about|uber|ueber|a propos|à propos|sobre|acerca de|informazioni su|over)"
    r"(?:\s+(?:the|die|den|das|der|de la|de l'|du|de|d'|des|el|la|il|lo|o|a|het))?\s+",
    re.I,
)
#: Where a language's releases come from, its usual region first: the
#: candidates for national numbers when nothing else names the country.
#: Contact lines with digits read to guess the region (a contacts section).
_INLINE_CONTACT = re.compile(
    r"(?:contact\s+opnemen\s+met|contact|call|reach|email|e-mail|kontaktieren\s+sie|"
    r"(?:directed|addressed|referred|forwarded|sent)\s+to|adress[ée]es?\s+[àa]|"
    r"wenden\s+sie\s+sich\s+an|contacter|contactez|contactar\s+con|contactar|"
    r"contattare|rivolgersi\s+a|entrar\s+em\s+contato\s+com|neem\s+contact)\s+"
    r"(?:with\s+|met\s+)?"
    r"(?P<who>(?:[A-Z][\w.'’-]*\s+){0,2}(?:(?:de|van|von|der|den|da|di|del|du|le|la|"
    r"dos|ter|ten)\s+){0,2}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)


@attrs.frozen
class Paragraph:
    text: str
    line: int
    #: Every input line the paragraph was read from (a paragraph joined
    #: across a page break covers both parts).
    lines: tuple[int, ...] = ()


@attrs.frozen
class Fields:
    """What the text says, field by field, with the lines they came from."""

    language: str
    headline: Paragraph | None
    subheadlines: tuple[Paragraph, ...]
    date: datetime.date | None
    place: str | None
    country: str | None
    dateline_line: int | None
    issuer: str | None
    issuer_acronym: str | None
    issuer_line: int | None
    embargo: str | None
    body: tuple[Paragraph, ...]
    boilerplate: tuple[Paragraph, ...]
    contacts: tuple[ContactFields, ...]
    footer: tuple[Block, ...]
    region: str | None
    capitals: bool = False
    other_places: tuple[str, ...] = ()


# A rule under a title ("*****", "=====") belongs to neither.
# An OTS title ends with " =".
_TRAILING_RULE = re.compile(r"(?:\s+(?:[*=_~#-]{3,}|=))+$")
_SUSPENDED = frozenset("und oder and or et ou y o e en of".split())


_OPEN_END = frozenset(
    "a an to with by at from as für mit zu im vom auf bei über à au aux pour "
    "sur avec dans par".split()
)


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    capital = sum(1 for w in words if w.lstrip("„“\"'«(")[:1].isupper())
    return bool(words) and capital >= 0.75 * len(words)


def title_lines(block: Block) -> int:
    """How many of a headline block's lines are the title; the lines after
    are a subheadline run on below it.

    A subheadline starts with a capital after a line that is complete (no
    hyphen, comma or open word such as "to", "für"), in a title not
    written in Title Case, and is longer than the line above it or is a
    kicker or has a dash ("Jahresbericht des X – erhöhte Werte ...").
    """
    lines = block.lines
    for index in range(1, min(len(lines), 6)):
        above, below = lines[index - 1].text, lines[index].text
        last = above.rsplit(" ", 1)[-1]
        complete = (
            not above.endswith(("-", ",", ":", ";"))
            and fold(last) not in _OPEN_END
            and fold(last) not in _SUSPENDED
        )
        title = " ".join(x.text for x in lines[:index])
        evidence = len(below) > len(above) or " – " in below or ": " in below[:40]
        if (
            complete
            and below[:1].isupper()
            and len(below.split()) >= 3
            and len(title.split()) >= 3
            and not _title_case(title)
            and evidence
        ):
            return index
    return len(lines)


def title_text(block: Block) -> str:
    """A title's lines joined: a word hyphenated across a line break is
    mended ("Sanierungs- / programm"), unless the hyphen is a suspended one
    ("Mobilitäts- / und Touring-Club"); a rule under it is dropped."""
    text = block.lines[0].text
    for line in block.lines[1:]:
        first = line.text.split(" ", 1)[0]
        if (
            text.endswith("-")
            and text[-2:-1].isalpha()
            and first[:1].islower()
            and fold(first) not in _SUSPENDED
        ):
            text = text[:-1] + line.text
        elif (
            text.endswith("-")
            and text[-2:-1].isalpha()
            and text[-2:-1].islower()
            and first[:1].isupper()
        ):
            text += line.text  # "Josef Lechner-" / "Tauber": a double name
        else:
            text = f"{text} {line.text}"
    return _TRAILING_RULE.sub("", text)


def _embargo_line(block: Block) -> Line | None:
    """The block's embargo line ("NEWS RELEASE / EMBARGOED UNTIL ...")."""
    return next((x for x in block.lines if EMBARGO.match(fold(x.text))), None)


def _date_line_dateline(block: Block) -> DatelineText | None:
    """The place and date of a date line: "Berlin, 4. März 2025" on one line
    of the block, after a release marker ("Communiqué de presse – ...") or
    alone. The place is only read before a comma: "Briefing notes 4 March
    2025" and "Published 19 June 2009" give a date but no place."""
    # Each line, and each column of a line laid out in columns
    # ("Pressemitteilung Nr. 045/2025        Berlin, 4. März 2025").
    pieces = [
        piece
        for line in block.lines
        for piece in dict.fromkeys(
            [line.text, *(" ".join(c.split()) for c in re.split(r"\s{3,}", line.raw))]
        )
        if piece
    ]
    for text in pieces[:40]:
        marker = MARKER_DASH.match(text)
        if marker and FURNITURE.fullmatch(fold(marker[1])):
            text = text[marker.end() :]
        found = find_date(text)
        if found is None or "," not in text[: found.start]:
            continue
        if _PUBLISHED.match(fold(text)):
            continue
        own = parse_dateline(text + " – .")
        if own is not None and own.date == found.date and own.place:
            return own
    return _stacked_dateline(block)


def _stacked_dateline(block: Block) -> DatelineText | None:
    """A date, a release's label and a city stacked on lines of their own
    (``6 March 2025`` / ``News release`` / ``Geneva``): the city is the
    place when it is a known city and every other line is the date or a
    label."""
    lines = [line.text for line in block.lines]
    # or on one line, joined by "|" ("14 October 2025 | News release |
    # Geneva | Reading time: 3 min"), with short items beside them
    joined = len(lines) == 1 and lines[0].count("|") >= 2
    if joined:
        lines = [item.strip() for item in lines[0].split("|")][:8]
    if not 2 <= len(lines) <= (8 if joined else _STACKED):
        return None
    dated = [(text, found) for text in lines if (found := find_date(text))]
    # a city alone, or with its country ("Vienna, Austria")
    cities = [city for text in lines if (city := _city_of(text)) is not None]
    labels = [text for text in lines if FURNITURE.fullmatch(fold(text))]
    if len(dated) != 1 or len(cities) != 1:
        return None
    if not joined and len(labels) + 2 != len(lines):
        return None
    text, found = dated[0]
    if text[: found.start].strip(" ,") or text[found.end :].strip(" ,"):
        return None
    own = parse_dateline(f"{cities[0]}, {text[found.start : found.end]} – .")
    return own if own is not None and own.date == found.date else None


def _city_of(text: str) -> str | None:
    """``Geneva`` or ``Vienna, Austria``: the city a line names alone."""
    city, comma, country = text.partition(",")
    if comma and country_for_name(country.strip()) is None:
        return None
    city = city.strip()
    return city if _WORD_RUN.fullmatch(city) and city_country(city) else None


#: A stacked date line: a date, a city and at most two labels.
_STACKED = 4
#: A city's name: up to three words, no digit or punctuation but hyphens.
_WORD_RUN = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+){0,2}")


def _published(placed: list[Placed]) -> tuple[FoundDate, Line] | None:
    """The date a ``Published`` line gives (on it, or on the line below),
    its place in the line, and the line."""
    for item in placed:
        lines = item.block.lines
        for index, line in enumerate(lines):
            label = _PUBLISHED.match(fold(line.text))
            if label is None:
                continue
            offset = label.end()
            if not line.text[offset:].strip() and index + 1 < len(lines):
                line, offset = lines[index + 1], 0
            rest = line.text[offset:]
            found = find_date(rest) if len(rest) <= 60 else None
            if found is not None and not rest[: found.start].strip(" ,:"):
                shift = found.start + offset, found.end + offset
                return attrs.evolve(found, start=shift[0], end=shift[1]), line
    return None


# What may stand beside a date on a line of its own: a time ("10:15",
# "10.15 Uhr", "4:05 PM CET"), a weekday, commas.
_TIME = re.compile(
    r"(?:um\s+|at\s+|a\s+|à\s+)?\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?"
    r"(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.)(?!\w))?(?:\s+(?-i:[A-Z]{2,5})\b)?",
    re.I,
)


# "Lausanne, le ", "Zug, ", "Bern, den ": a place signed before the date.
_SIGNED = re.compile(
    r"[^\W\d_][\w.'’-]*(?:[ -][^\W\d_][\w.'’-]*){0,2},\s*"
    r"(?:le\s+|am\s+|den\s+|il\s+|el\s+|im\s+)?"
)


def _foot_date(placed: list[Placed]) -> tuple[FoundDate, Line] | None:
    """The date of a line that holds a date and at most a time and a
    weekday, after the body (a web page's footer: ``4. März 2025, 10:15``,
    ``Di, 04.03.2025, 10:15``; a letter's ``Lausanne, le 4 mars 2025``),
    when the head gives none. The last such
    line wins: the page's own stamp is at its foot."""
    found: tuple[FoundDate, Line] | None = None
    started = False
    days = weekday_names()
    for item in placed:
        started = started or item.role in (Role.DATELINE, Role.BODY)
        if not started or (item.role is Role.BODY and is_prose(item.block.text)):
            continue
        for index, line in enumerate(item.block.lines):
            date = find_date(line.text) if len(line.text) <= 60 else None
            if date is None:
                continue
            above = item.block.lines[index - 1] if index else None
            if _other_date(line, above):
                continue  # "Payable" / "04/15/2025": a dividend's date
            before = line.text[: date.start]
            if _SIGNED.fullmatch(before) is not None:
                before = ""  # "Lausanne, le 4 mars 2025": where it was signed
            rest = before + " " + line.text[date.end :]
            words = _TIME.sub(" ", rest).replace(",", " ").split()
            if all(
                w.strip(";–—-|()") == "" or fold(w).rstrip(".") in days for w in words
            ):
                found = date, line
    return found


def detect_language(text: str) -> str:
    """The language of the text's most frequent function words."""
    counts = Counter(w for w in re.findall(r"[^\W\d_]+", text[:20000].casefold()))
    scores = {
        language: sum(counts[w] for w in words.split())
        for language, words in STOPWORDS.items()
    }
    return max(scores, key=lambda k: (scores[k], k == "en"))


def extract(placed: list[Placed], language: str, report: Report) -> Fields:
    """Fields from placed blocks; what cannot be placed is reported."""
    by_role: dict[Role, list[Placed]] = {}
    for item in placed:
        by_role.setdefault(item.role, []).append(item)
    dateline: DatelineText | None = next(
        (p.dateline for p in placed if p.dateline), None
    )
    dateline_block = next(
        (p for p in placed if p.role in (Role.DATELINE, Role.BODY)), None
    )
    headline = next((p for p in by_role.get(Role.HEADLINE, [])), None)
    subheadlines = tuple(
        Paragraph(
            _SUBHEAD_PREFIX.sub("", p.block.text).rstrip(" ="),
            p.block.line,
            _numbers(p.block),
        )
        for p in by_role.get(Role.SUBHEADLINE, [])
    )
    title_block = headline.block if headline else None
    if headline is not None and (cut := title_lines(headline.block)) < len(
        headline.block.lines
    ):
        # A subheadline run on below the title, in the same block.
        under = headline.block.lines[cut:]
        title_block = attrs.evolve(headline.block, lines=headline.block.lines[:cut])
        subheadlines = (
            Paragraph(
                " ".join(x.text for x in under),
                under[0].number,
                tuple(x.number for x in under),
            ),
            *subheadlines,
        )
    date = dateline.date if dateline else None
    # A numeric date whose order is not written: (the month-first reading,
    # the date as written, its line), settled once the region is known.
    unsettled: tuple[datetime.date, str, int | None] | None = None
    if dateline is not None and dateline.other is not None:
        line_number = dateline_block.block.line if dateline_block else None
        unsettled = dateline.other, dateline.written, line_number
    embargo = None
    embargo_line: Line | None = None
    for item in placed:
        if item.role in (Role.FURNITURE, Role.MASTHEAD, Role.PAGE):
            if (embargoed := _embargo_line(item.block)) is not None:
                embargo = embargoed.text
                embargo_line = embargo_line or embargoed
                report(
                    "import.embargo",
                    "embargo line (the model has no embargo field): "
                    f"{embargoed.text[:80]!r}",
                    embargoed.number,
                )
            elif date is None and (dated := _block_date(item.block)) is not None:
                found, on = dated
                date = found.date
                if found.other is not None:
                    unsettled = found.other, on.text[found.start : found.end], on.number
                own = _date_line_dateline(item.block)
                if dateline is None and own is not None and own.date == date:
                    dateline = own
                report(
                    "import.date_line",
                    f"the date {_shown(found, on)} is taken from a line of its own",
                    item.block.line,
                    Severity.INFO,
                )
    if date is None and (published := _published(placed)) is not None:
        date = published[0].date
        unsettled = _unsettled(*published) or unsettled
        report(
            "import.date_line",
            f"the date {_shown(*published)} is taken from a 'Published' line",
            published[1].number,
            Severity.INFO,
        )
    foot = _foot_date(placed)
    if date is not None and dateline is None and foot is not None:
        # "Publié le 8 octobre 2025" above, "Lausanne, le 8 octobre 2025"
        # signed at the foot: the place where it was signed
        signed = _date_line_dateline(Block((foot[1],)))
        if signed is not None and signed.place and signed.date == date:
            dateline = signed
            report(
                "import.place_signed",
                f"the place {signed.place!r} is taken from the date line signed "
                "at the foot (the text has no dateline)",
                foot[1].number,
                Severity.INFO,
            )
    if date is None and foot is not None:
        date = foot[0].date
        unsettled = _unsettled(*foot) or unsettled
        report(
            "import.date_line",
            f"the date {_shown(*foot)} is taken from a date line at the "
            "foot of the page (the head has none)",
            foot[1].number,
            Severity.INFO,
        )
        # "Moudon, le 8 octobre 2025" signed at the foot: where it was signed
        signed = _date_line_dateline(Block((foot[1],)))
        if dateline is None and signed is not None and signed.place:
            dateline = signed
    if date is None and embargo_line is not None:
        # The embargo's date is the day the release may be published.
        lifted = find_date(embargo_line.text)
        if lifted is not None:
            date = lifted.date
            unsettled = _unsettled(lifted, embargo_line) or unsettled
            report(
                "import.date_embargo",
                f"the date {_shown(lifted, embargo_line)} is taken from the "
                "embargo line, the day the release may be published (the text "
                "gives no other date for it)",
                embargo_line.number,
                Severity.INFO,
            )
    if dateline is not None and dateline.note and dateline_block is not None:
        report(
            "import.furniture",
            f"a source note in the dateline not imported: {dateline.note!r}",
            dateline_block.block.line,
            Severity.INFO,
        )
    body, footer = _body(placed, dateline)
    if date is None and body and (lead := lead_date(body[0].text)) is not None:
        date = lead.date
        unsettled = _unsettled(lead, Line(body[0].line, body[0].text)) or unsettled
        report(
            "import.date_lead",
            f"the date {_shown(lead, Line(body[0].line, body[0].text))} is "
            "taken from the lead's first sentence, which says the release is "
            "made that day: the text has no dateline or date line",
            body[0].line,
            Severity.INFO,
        )
    boilerplate = tuple(
        Paragraph(p.block.text, p.block.line, _numbers(p.block))
        for p in by_role.get(Role.BOILERPLATE, [])
    )
    acronym, issuer, issuer_line = _issuer(placed, body, report, language)
    prose_blocks = [
        Paragraph(p.block.text, p.block.line)
        for p in by_role.get(Role.CONTACTS, [])
        if _prose_contact(p.block.text)
    ]
    contact_lines = [
        line
        for p in by_role.get(Role.CONTACTS, [])
        if not _prose_contact(p.block.text)
        # a signature's name runs on into the numbers below it
        for line in (
            *p.block.lines,
            *(() if SIGNATURE in p.evidence else (Line(0, ""),)),
        )
    ]
    notes = _notes(placed)
    prose = [
        s[:MAX_SEGMENT]
        for p in (*body, *notes)
        for s in _sentences(p.text[:5000])
        if MEDIA.search(fold(s)) and sum(c.isdigit() for c in s) >= 6
    ]
    region = region_for(
        dateline,
        [line.text for line in contact_lines],
        prose,
        [p.block.text for p in placed if p.role is not Role.CONTACTS],
        language,
    )
    if date is not None and unsettled is not None:
        date = _settled(date, unsettled, region, report)
    reader = ContactReader(
        report, region, [o for o in (issuer, acronym) if o], language
    )
    reader.read(contact_lines)
    reader.end_group()
    contacts = list(reader.contacts)
    contacts += _inline_contacts(body, region, report)
    contacts += _inline_contacts(notes, region, report, asked=True)
    contacts += _inline_contacts(prose_blocks, region, report, asked=True)
    contacts = _merged(_named_as_written(contacts, report), report, _regions(placed))
    _decoys([*body, *notes], region, report)
    if issuer is None and acronym is None:
        orgs = Counter(c.organisation for c in contacts if c.organisation)
        if orgs:
            issuer = orgs.most_common(1)[0][0]
            issuer_line = next(c.line for c in contacts if c.organisation == issuer)
            report(
                "import.issuer_from_contacts",
                f"the issuer {issuer!r} is taken from the contacts' organisation",
                issuer_line,
                Severity.INFO,
            )
    # Silence is a bug: every line left out is a finding of its own, so
    # that each line of a menu, a note or a letterhead can be found again.
    for item in placed:
        if item.role is Role.PAGE and not item.block.is_footer():
            for line in item.block.lines:
                report(
                    "import.furniture",
                    f"page furniture not imported: {line.text[:60]!r}",
                    line.number,
                    Severity.INFO,
                )
        if item.role is Role.FURNITURE:
            embargoed = _embargo_line(item.block)
            under_notes = _is_notes(item.block)
            for index, line in enumerate(item.block.lines):
                if line is embargoed:
                    continue
                if under_notes and index:  # text, not furniture: it may matter
                    report(
                        "import.notes",
                        f"a note under {item.block.lines[0].text[:40]!r} not "
                        "imported as text (a release has no notes; a media "
                        f"contact in it is still read): {line.text[:60]!r}",
                        line.number,
                        Severity.WARNING,
                    )
                    continue
                report(
                    "import.furniture",
                    f"{item.evidence[0]} not imported: {line.text[:60]!r}",
                    line.number,
                    Severity.INFO,
                )
    names = {fold(issuer or ""), fold(acronym or "")}
    for item in by_role.get(Role.MASTHEAD, []):
        text = item.block.text
        if fold(text) in names:
            continue
        for line in item.block.lines:
            if fold(line.text) not in names:
                report(
                    "import.unplaced",
                    f"masthead text not placed: {line.text[:60]!r}",
                    line.number,
                    Severity.INFO,
                )
    return Fields(
        language=language,
        headline=Paragraph(
            _in_mixed_case(title_text(title_block), placed),
            title_block.line,
            _numbers(title_block),
        )
        if title_block
        else None,
        subheadlines=subheadlines,
        date=date,
        place=dateline.place if dateline else None,
        country=dateline.country if dateline else None,
        dateline_line=dateline_block.block.line
        if dateline and dateline_block
        else None,
        issuer=issuer,
        issuer_acronym=acronym,
        issuer_line=issuer_line,
        embargo=embargo,
        body=tuple(body),
        boilerplate=boilerplate,
        contacts=tuple(contacts),
        footer=tuple(footer),
        region=region,
        capitals=dateline.capitals if dateline else False,
        other_places=dateline.others if dateline else (),
    )


def _body(
    placed: list[Placed], dateline: DatelineText | None
) -> tuple[list[Paragraph], list[Block]]:
    paragraphs: list[Paragraph] = []
    footer: list[Block] = []
    broken = False
    for item in placed:
        block = item.block
        if item.role is Role.PAGE:
            footer.append(block)
            broken = True
            continue
        if item.role is Role.DATELINE and dateline is not None:
            # its lines joined as a title's: a word hyphenated across them
            # mended ("the Asia-" / "Pacific Health Alliance")
            mended = parse_dateline(title_text(block)) if len(block.lines) > 1 else None
            rest = mended.rest if mended and mended.place == dateline.place else None
            paragraphs.append(
                Paragraph(rest or dateline.rest, block.line, _numbers(block))
            )
            broken = False
            continue
        if item.role is not Role.BODY:
            continue
        if (
            broken
            and paragraphs
            and not ends_sentence(paragraphs[-1].text)
            and starts_continuation(block.text)
        ):
            last = paragraphs.pop()
            paragraphs.append(
                Paragraph(
                    f"{last.text} {block.text}",
                    last.line,
                    last.lines + _numbers(block),
                )
            )
        else:
            # A word hyphenated across the paragraph's lines is mended.
            paragraphs.append(Paragraph(title_text(block), block.line, _numbers(block)))
        broken = False
    return paragraphs, footer


def _in_mixed_case(title: str, placed: list[Placed]) -> str:
    """A title in capitals as another line of the text writes it in mixed
    case (a web page's copy above a wire's header), when one does."""
    if not title.isupper() or len(title) > 300:
        return title
    folded = title.casefold()
    for item in placed[:60]:
        for line in item.block.lines:
            if line.text.casefold() == folded and not line.text.isupper():
                return line.text
    return title


def _block_date(block: Block) -> tuple[FoundDate, Line] | None:
    """The date of a block of furniture and its line: that of its first
    date line (``Released 07:00 22 January 2025``), not that of a title in
    it (``Trading update for the year ended 31 December 2024``), else the
    first date in it."""
    lines = [
        line
        for index, line in enumerate(block.lines)
        if not _other_date(line, block.lines[index - 1] if index else None)
    ]
    for line in lines:
        if is_date_only(Block((line,))) and (found := find_date(line.text)):
            return found, line
    for line in lines:
        if is_prose(line.text) and len(line.text) > _PROSE_LINE:
            continue  # "1. Prices were collected from 1 to 31 August 2025 ..."
        if (found := find_date(line.text)) is not None:
            return found, line
    return None


#: A furniture line this long that reads as prose is a note's sentence.
_PROSE_LINE = 80


def _other_date(line: Line, above: Line | None) -> bool:
    """A line whose date is not the release's: labelled as another's on
    the line (``Record date: 03/31/2025``, ``When: Tuesday, 4 March``) or
    on a label line just above (``Payable`` / ``04/15/2025``)."""
    found = find_date(line.text)
    if found is None:
        return False
    if names_other_date(line.text[: found.start]):
        return True
    return (
        above is not None
        and not line.text[: found.start].strip()
        and len(above.text.split()) <= _LABEL_WORDS
        and not any(c.isdigit() for c in above.text)
        and names_other_date(above.text)
    )


#: A label line above a date: a few words ("Record date", "Ex-dividend date").
_LABEL_WORDS = 5


def _shown(found: FoundDate, line: Line) -> str:
    """A date for a message: ISO, or as written when its order is unsettled."""
    if found.other is None:
        return found.date.isoformat()
    return repr(line.text[found.start : found.end])


def _unsettled(
    found: FoundDate, line: Line
) -> tuple[datetime.date, str, int | None] | None:
    """A numeric date's month-first reading, as written, and its line,
    when the text does not say which part is the month."""
    if found.other is None:
        return None
    return found.other, line.text[found.start : found.end], line.number


def _settled(
    date: datetime.date,
    unsettled: tuple[datetime.date, str, int | None],
    region: str | None,
    report: Report,
) -> datetime.date:
    """The reading of ``04/03/2025`` that the release's region writes: the
    month first in the United States, the day first elsewhere; reported,
    as it is a guess."""
    other, written, line = unsettled
    month_first = numeric_order(region)
    chosen = other if month_first else date
    order = "month first" if month_first else "day first"
    where = f"releases from {region}" if region else "most regions"
    report(
        "import.date_order",
        f"the date {written!r} is read {order} ({chosen.isoformat()}), as "
        f"{where} write it: the text does not say which number is the month "
        f"(the other reading is {(date if month_first else other).isoformat()})",
        line,
        Severity.INFO,
    )
    return chosen


def _numbers(block: Block) -> tuple[int, ...]:
    """The input lines of a block."""
    return tuple(line.number for line in block.lines)


def _issuer(
    placed: list[Placed], body: list[Paragraph], report: Report, language: str
) -> tuple[str | None, str | None, int | None]:
    """The masthead's acronym, and the issuer's name from scored candidates."""
    acronym = None
    line = None
    head: list[Block] = []
    for item in placed:
        if item.role is not Role.MASTHEAD:
            continue
        text = item.block.text
        if _ACRONYM.fullmatch(text) and acronym in (None, text):
            acronym, line = text, line or item.block.line
        else:
            head.append(item.block)
    for item in placed:
        if item.role in (Role.DATELINE, Role.HEADLINE, Role.BODY):
            break
        if item.role is Role.CONTACTS and letterhead_card(item.block):
            head.append(item.block)  # an address card above the headline
    abouts: list[Block] = []
    after_about: list[tuple[str, int]] = []
    tail: list[tuple[str, int]] = []
    publishers: list[tuple[str, int]] = []
    for index, item in enumerate(placed):
        if item.role in (Role.BOILERPLATE, Role.CONTACTS, Role.PAGE):
            tail += [(x.text, x.number) for x in item.block.lines]
        heading = PUBLISHER.match(fold(item.block.lines[0].text))
        if item.role is Role.BOILERPLATE and UNDER_PUBLISHER in item.evidence:
            publishers += [(x.text, x.number) for x in item.block.lines]
        elif item.role is Role.BOILERPLATE and heading is not None:
            first = item.block.lines[0]
            value = first.text.partition(":")[2]  # "Herausgeber: Der Bundesrat"
            publishers += [(value.strip(), first.number)] if value.strip() else []
            publishers += [(x.text, x.number) for x in item.block.lines[1:]]
        if item.role is not Role.BOILERPLATE or not ABOUT.match(
            fold(item.block.lines[0].text)
        ):
            continue
        abouts.append(item.block)
        if len(item.block.lines) > 1:
            rest = item.block.lines[1:]
            after_about.append((" ".join(x.text for x in rest), rest[0].number))
        elif index + 1 < len(placed):
            below = placed[index + 1].block
            after_about.append((below.text, below.line))
    paragraphs = [(p.text, p.line) for p in body[:8]]
    mentioned = fold(" ".join(p.text for p in body))
    first_body = next(
        (i for i, p in enumerate(placed) if p.role in (Role.DATELINE, Role.BODY)),
        len(placed),
    )
    labelled = [
        (p.block.text, p.block.line)
        for p in placed[:first_body]
        if not any(e.startswith(MAIL) for e in p.evidence)  # "From:" a mailbox
    ]
    labelled += paragraphs[:3]
    dated = [
        p.block
        for p in placed[:first_body]
        if p.role is Role.FURNITURE and "a date or page line" in p.evidence
    ]
    sources = [
        (m["org"].strip(), p.block.line)
        for p in placed
        if p.role is Role.FURNITURE and (m := _SOURCE.search(p.block.text))
    ]
    contact_blocks = [
        p.block for p in placed if p.role is Role.CONTACTS and p.block not in head
    ]  # a letterhead's card on top is the head's
    contact_lines = [x.text for block in contact_blocks for x in block.lines]
    found = candidates(
        Evidence(
            head=head,
            body=paragraphs,
            mentioned=mentioned,
            dated=dated,
            abouts=abouts,
            after_about=after_about,
            tail_lines=tail,
            contact_lines=contact_lines,
            contact_blocks=contact_blocks,
            labelled=labelled[:40],
            acronym=acronym,
            closing=[(p.text, p.line) for p in body[-2:]],
            publishers=publishers,
            sources=sources,
            language=language,
        )
    )
    chosen = choose(found)
    if chosen is not None:
        name = chosen.name
        if acronym is None and chosen.acronym is not None:
            acronym = chosen.acronym  # "Der ... Club (ÖAFC)": defined in the text
        if any(w.isupper() and len(w) > 3 for w in name.split()):
            # a logo in capitals ("UNITED NATIONS" / "Asia-Pacific ..."), as
            # the body writes it when it does
            name = _cased_as_in(" ".join(p.text for p in body), name)
        if with_acronym(name):  # "Service des eaux ... (SENL)": the name
            name = name[: name.rindex("(")].rstrip()
        # Silence is a bug: the names not taken are reported, with the cues
        # that chose this one (a part of the chosen name is no other name).
        others = ", ".join(
            f"{c.name!r} (line {c.line})"
            for c in chosen.others
            if fold(c.name) not in fold(name)
        )
        if others:
            report(
                "import.issuer",
                f"the issuer {name!r} is read from: {'; '.join(chosen.cues)}; "
                f"not taken: {others}",
                chosen.line,
                Severity.INFO,
            )
        return acronym, name, chosen.line
    if sources:  # "Source: company data": named, if not as an organisation
        return acronym, sources[0][0], sources[0][1]
    return acronym, None, line


# A word hyphenated across the body's lines ("Geo- dynamik").
_HYPHENATED = re.compile(r"([^\W\d_])- ([^\W\d_A-ZÀ-ÞÄÖÜ])")


def _cased_as_in(body: str, name: str) -> str:
    """The name as the body writes it, when it does (else as given); a word
    the body hyphenates across its lines is mended to find it."""
    if len(name) > 200:
        return name
    text = body[:20000]
    pattern = re.compile(re.escape(name), re.IGNORECASE)
    for version in (text, _HYPHENATED.sub(r"\1\2", text)):
        for found in itertools.islice(pattern.finditer(version), 8):
            if not found[0].isupper():  # a letterhead repeated in the body
                return found[0]
    return name


def _is_notes(block: Block) -> bool:
    """A marker with the notes below it ("Notes to editors" / "1. ...")."""
    first = fold(block.lines[0].text)
    return (
        len(block.lines) > 1
        and FURNITURE.fullmatch(first) is not None
        and ("notes" in first or "editor" in first)
    )


def _notes(placed: list[Placed]) -> list[Paragraph]:
    """The text under a marker in its own block ("Notes to editors" and the
    notes below it, a list item each), and boilerplate: where a contact may
    be given in prose."""
    notes: list[Paragraph] = []
    for item in placed:
        lines = item.block.lines
        if item.role is Role.FURNITURE and len(lines) > 1:
            if not FURNITURE.fullmatch(fold(lines[0].text)):
                continue
            items: list[Paragraph] = []
            for line in lines[1:]:  # a list item starts a paragraph
                if items and not _LIST_ITEM.match(line.text):
                    last = items.pop()
                    items.append(Paragraph(f"{last.text} {line.text}", last.line))
                else:
                    items.append(Paragraph(line.text, line.number))
            notes += items
        elif item.role is Role.BOILERPLATE:
            notes.append(Paragraph(item.block.text, item.block.line))
    return notes


# Abbreviated ranks and titles written before a name ("Rev. Dr. A", "Sen. B").
_TITLES_BEFORE_NAMES = frozenset(
    "rev. revd. fr. hon. sen. rep. gov. gen. col. capt. lt. sgt. cllr. insp. "
    "supt.".split()
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z„“\"«]|\d{1,2}[.)]\s)")
# The verbs that ask the reader to get in touch, in the languages (folded).
_ASKS = re.compile(
    r"\b(?:contact\w*|call|reach|e-?mail|write\s+to|phone|ring|kontaktier\w*|"
    r"wenden|anrufen|contacter|contactez|appele[rz]|joindre|contactar|llam\w+|"
    r"contattare|chiam\w+|rivolgersi|contatar|ligar|bellen|mailen)\b"
)
# The media by name (not "communications", not "social media"): where a
# note or boilerplate must say whom its contact is for.
_PRESS = re.compile(
    r"(?<!social )\b(?:reporters?|journalists?|editors?|redaktion\w*|journalistes?|"
    r"periodistas?|giornalisti|jornalistas|medienvertret\w*|medienschaffende|media|"
    r"medien|press|presse|prensa|stampa|imprensa|pers|redactie|redaction)\b"
)
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[•*–-])\s")


def _sentences(text: str) -> list[str]:
    """Sentences, not split after an honorific or an initial ("Rev. Dr. A")."""
    sentences = []
    last = 0
    for match in _SENTENCE_END.finditer(text):
        word = text[max(last, match.start() - 12) : match.start()].rsplit(None, 1)
        if word and (
            fold(word[-1]) in HONORIFICS
            or fold(word[-1]) in _TITLES_BEFORE_NAMES
            or _INITIAL.fullmatch(word[-1])
        ):
            continue
        sentences.append(text[last : match.start()])
        last = match.end()
    sentences.append(text[last:])
    return [s for s in sentences if s]


def _prose_contact(text: str) -> bool:
    """A contacts block written as a sentence ("Members of the media may
    contact Jane Doe, Director of Communications, at ..."): a sentence's
    length and end, a verb of contacting before a person, the media named."""
    text = text[:MAX_SEGMENT]
    if len(text.split()) < 8 or not text.rstrip().endswith("."):
        return False
    who = _INLINE_CONTACT.search(text)
    if who is None or person_name(who["who"]) is None:
        return False
    return bool(MEDIA.search(fold(text[: who.start()])))


def _inline_contacts(
    body: list[Paragraph], region: str | None, report: Report, *, asked: bool = False
) -> list[ContactFields]:
    """ "Journalists can contact Jane Doe at +1 ...": a contact in prose.

    *asked*: only where the sentence asks to contact, call or email someone
    (notes and boilerplate, where numbers are more often the public's). A
    sentence right after that starts with a label ("Email: ...") adds to it.
    """
    found: list[ContactFields] = []
    for paragraph in body:
        if "@" not in paragraph.text and not any(c.isdigit() for c in paragraph.text):
            continue
        contact: ContactFields | None = None
        for sentence in _sentences(paragraph.text[:5000]):
            folded = fold(sentence)
            if contact is not None and _DETAIL_LABEL.match(folded):
                _details(contact, sentence, region, paragraph.line, report)
                continue
            contact = None
            if not MEDIA.search(folded) or NOT_FOR_MEDIA.search(folded):
                continue
            if not find_phones(sentence, region) and not emails_in(sentence):
                continue
            if asked and not (_ASKS.search(folded) and _PRESS.search(folded)):
                continue
            who = _INLINE_CONTACT.search(sentence)
            named = person_name(who["who"]) if who else None
            contact = ContactFields(
                named[1] if named else None,
                paragraph.line,
                honorific=named[0] if named else None,
                # "contact Jane Doe, Director of Communications, at ..."
                title=title_after_name(sentence[who.end() :])
                if named and who
                else None,
            )
            _details(contact, sentence, region, paragraph.line, report)
            report(
                "import.inline_contact",
                "a media contact read from a sentence of the text",
                paragraph.line,
                Severity.INFO,
            )
            found.append(contact)
    return found


def _regions(placed: list[Placed]) -> dict[int, int]:
    """Each contacts block's lines and the region of the text it is in: a
    run of contacts blocks is one region; any other block between two runs,
    or a rule line, starts a new one."""
    region, regions, before = 0, dict[int, int](), False
    for item in placed:
        if item.role is not Role.CONTACTS:
            region += before
            before = False
            continue
        before = True
        for line in item.block.lines:
            if RULE.fullmatch(line.text.strip()):
                region += 1  # "------": a signature's own part of the page
            regions[line.number] = region
    return regions


def _merged(
    contacts: list[ContactFields], report: Report, regions: dict[int, int]
) -> list[ContactFields]:
    """One contact for one person: the sender's signature below an e-mail's
    sign-off, or a card elsewhere in the text (a contacts section repeated
    at the foot of a page) with a contact's name and one of their numbers
    or addresses, adds its details to that contact, which keeps its own
    where both give one. (Two cards with one name in one list stay two: the
    text lists them twice.)"""
    first: dict[str, ContactFields] = {}
    kept: list[ContactFields] = []
    for contact in contacts:
        key = fold(contact.name or "")
        same = first.get(key) if key else None
        elsewhere = same is not None and regions.get(same.line) != regions.get(
            contact.line
        )
        if same is not None and not (
            contact.signature or (elsewhere and _share_details(same, contact))
        ):
            same = None
        if same is None:
            first.setdefault(key, contact)
            kept.append(contact)
            continue
        numbers = {phone.number.e164 for phone, _ in same.phones}
        same.phones += [p for p in contact.phones if p[0].number.e164 not in numbers]
        addresses = {str(e).casefold() for e, _ in same.emails}
        same.emails += [
            e for e in contact.emails if str(e[0]).casefold() not in addresses
        ]
        same.honorific = same.honorific or contact.honorific
        same.title = same.title or contact.title
        same.organisation = same.organisation or contact.organisation
        same.role = same.role or contact.role
        same.country = same.country or contact.country
        report(
            "import.contact_merged",
            f"{contact.name!r} again (line {contact.line}): one contact with the "
            f"one of line {same.line}",
            contact.line,
            Severity.INFO,
        )
    return kept


def _named_as_written(
    contacts: list[ContactFields], report: Report
) -> list[ContactFields]:
    """Each contact's name in the usual case (``VINCENT ABEYTA-CRUZ`` in a
    sentence), the change said. (Its order stays as written: ``Huot
    Vichheka`` is a Khmer name in its own order, and nothing tells it from
    ``Zgraggen Reto`` written surname first.)"""
    for contact in contacts:
        name = contact.name
        if name is None:
            continue
        cased = mixed_case(name)
        if cased != name:
            report(
                "import.name_case",
                f"the name {name!r} is written in capitals: read as {cased!r}",
                contact.line,
                Severity.INFO,
            )
            contact.name = name = cased
    return contacts


def _share_details(one: ContactFields, other: ContactFields) -> bool:
    numbers = {phone.number.e164 for phone, _ in one.phones}
    addresses = {str(e).casefold() for e, _ in one.emails}
    return any(p.number.e164 in numbers for p, _ in other.phones) or any(
        str(e).casefold() in addresses for e, _ in other.emails
    )


def _details(
    contact: ContactFields, sentence: str, region: str | None, line: int, report: Report
) -> None:
    contact.phones += [(p, line) for p in find_phones(sentence, region)]
    for address in emails_in(sentence):
        try:
            contact.emails.append((EmailAddress.parse(address), line))
        except ValidationError as exc:
            report(
                "import.email", f"email not imported: {exc.problems[0].message}", line
            )


def _decoys(body: list[Paragraph], region: str | None, report: Report) -> None:
    for paragraph in body:
        if sum(c.isdigit() for c in paragraph.text) < 6:
            continue
        for sentence in _sentences(paragraph.text[:5000]):
            folded = fold(sentence)
            if MEDIA.search(folded) and not NOT_FOR_MEDIA.search(folded):
                continue
            for phone in find_phones(sentence, region, lenient=False):
                report(
                    "import.decoy",
                    f"number {phone.number.e164} in the text is not taken as a media "
                    "contact",
                    paragraph.line,
                    Severity.INFO,
                )


def is_heading(text: str) -> bool:
    return contact_heading(text)
