"""Stage 4: fields from the placed blocks.

:class:`Fields` is everything the text says, before any model object is
built: headline, date, place, issuer, body, boilerplate, contacts (with each
number's kind and label, several emails, a role) and quotes.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter

import attrs

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
    person_name,
)
from pressrelease.text._dates import DatelineText, find_date, parse_dateline
from pressrelease.text._issuer_name import candidates, choose
from pressrelease.text._phones import find_phones
from pressrelease.text._roles import Placed, Role, contact_heading
from pressrelease.text._words import (
    ABOUT,
    EMBARGO,
    FURNITURE,
    MARKER_DASH,
    MEDIA,
    NOT_FOR_MEDIA,
    PUBLISHER,
    fold,
)

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,11}")
# "Published 4 March 2025", the date under "Published", in the languages.
_PUBLISHED = re.compile(
    r"(?:published|first\s+published|veroffentlicht|publie|publie\s+le|publicado|"
    r"publicada|pubblicato|gepubliceerd|datum|date)\b\s*(?:on\s+|am\s+|le\s+|el\s+|"
    r"em\s+|il\s+|op\s+)?:?\s*"
)
_SUBHEAD_PREFIX = re.compile(r"^(?:utl\.?|untertitel)\s*:\s*", re.I)
_SOURCE = re.compile(r"^source\s*:?\s+(?P<org>.{2,120})$", re.I)
_ABOUT_PREFIX = re.compile(
    r"^(?:about|uber|ueber|a propos|à propos|sobre|acerca de|informazioni su|over)"
    r"(?:\s+(?:the|die|den|das|der|de la|de l'|du|de|d'|des|el|la|il|lo|o|a|het))?\s+",
    re.I,
)
_TLD = {
    "at": "AT", "ch": "CH", "de": "DE", "fr": "FR", "uk": "GB", "ie": "IE",
    "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "be": "BE", "lu": "LU",
    "au": "AU", "nz": "NZ", "ca": "CA", "sg": "SG", "hk": "HK", "in": "IN",
    "br": "BR", "mx": "MX", "ar": "AR", "za": "ZA", "ke": "KE", "jp": "JP",
    "th": "TH", "se": "SE", "dk": "DK", "no": "NO", "fi": "FI", "pl": "PL",
    "cz": "CZ", "us": "US", "li": "LI",
}  # fmt: skip
_LANGUAGE_REGION = {
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "it": "IT",
    "pt": "PT",
    "nl": "NL",
    "en": "US",
}
_STOPWORDS = {
    "en": "the and of to in is for with that said",
    "de": "der die und das ist mit den für nicht sich",
    "fr": "le la les et des est pour une dans du",
    "es": "el los las y del es para una con por",
    "pt": "o os as e do da é para uma com",
    "it": "il di che è per una con del della sono",
    "nl": "de het een van en is voor met op dat",
}
_INLINE_CONTACT = re.compile(
    r"(?:contact|call|reach|email|e-mail|kontaktieren\s+sie|wenden\s+sie\s+sich\s+an|"
    r"contacter|contactez|contactar|contattare|neem\s+contact)\s+(?:with\s+)?"
    r"(?P<who>(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)


@attrs.frozen
class Paragraph:
    text: str
    line: int


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
_TRAILING_RULE = re.compile(r"(?:\s+[*=_~#-]{3,})+$")
_SUSPENDED = frozenset("und oder and or et ou y o e en of".split())


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
    return None


def _published(placed: list[Placed]) -> tuple[datetime.date, int] | None:
    """The date a ``Published`` line gives (on it, or on the line below)."""
    for item in placed:
        lines = item.block.lines
        for index, line in enumerate(lines):
            label = _PUBLISHED.match(fold(line.text))
            if label is None:
                continue
            rest = line.text[label.end() :]
            if not rest.strip() and index + 1 < len(lines):
                line = lines[index + 1]
                rest = line.text
            found = find_date(rest) if len(rest) <= 60 else None
            if found is not None and not rest[: found.start].strip(" ,:"):
                return found.date, line.number
    return None


def detect_language(text: str) -> str:
    """The language of the text's most frequent function words."""
    counts = Counter(w for w in re.findall(r"[^\W\d_]+", text[:20000].casefold()))
    scores = {
        language: sum(counts[w] for w in words.split())
        for language, words in _STOPWORDS.items()
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
        Paragraph(_SUBHEAD_PREFIX.sub("", p.block.text).rstrip(" ="), p.block.line)
        for p in by_role.get(Role.SUBHEADLINE, [])
    )
    date = dateline.date if dateline else None
    embargo = None
    for item in placed:
        if item.role in (Role.FURNITURE, Role.MASTHEAD, Role.PAGE):
            if (embargoed := _embargo_line(item.block)) is not None:
                embargo = embargoed.text
                report(
                    "import.embargo",
                    "embargo line (the model has no embargo field): "
                    f"{embargoed.text[:80]!r}",
                    embargoed.number,
                )
            elif date is None and (found := find_date(item.block.text)) is not None:
                date = found.date
                own = _date_line_dateline(item.block)
                if dateline is None and own is not None and own.date == date:
                    dateline = own
                report(
                    "import.date_line",
                    f"the date {found.date.isoformat()} is taken from a line "
                    "of its own",
                    item.block.line,
                    Severity.INFO,
                )
    if date is None and (published := _published(placed)) is not None:
        date = published[0]
        report(
            "import.date_line",
            f"the date {date.isoformat()} is taken from a 'Published' line",
            published[1],
            Severity.INFO,
        )
    body, footer = _body(placed, dateline)
    boilerplate = tuple(
        Paragraph(p.block.text, p.block.line) for p in by_role.get(Role.BOILERPLATE, [])
    )
    acronym, issuer, issuer_line = _issuer(placed, body, report)
    contact_lines = [
        line
        for p in by_role.get(Role.CONTACTS, [])
        for line in (*p.block.lines, Line(0, ""))
    ]
    region = _region(dateline, contact_lines, footer, language)
    reader = ContactReader(
        report, region, [o for o in (issuer, acronym) if o], language
    )
    reader.read(contact_lines)
    reader.end_group()
    contacts = list(reader.contacts)
    contacts += _inline_contacts(body, region, report)
    _decoys(body, region, report)
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
    for item in placed:
        if (
            item.role is Role.FURNITURE
            and _embargo_line(item.block) is None
            and item.evidence != ("a wire marker",)  # documented: dropped
        ):
            report(
                "import.furniture",
                f"{item.evidence[0]} not imported: {item.block.text[:60]!r}",
                item.block.line,
                Severity.INFO,
            )
    for item in by_role.get(Role.MASTHEAD, []):
        text = item.block.text
        if fold(text) not in {fold(issuer or ""), fold(acronym or "")}:
            report(
                "import.unplaced",
                f"masthead text not placed: {text[:60]!r}",
                item.block.line,
                Severity.INFO,
            )
    return Fields(
        language=language,
        headline=Paragraph(title_text(headline.block), headline.block.line)
        if headline
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
            paragraphs.append(Paragraph(dateline.rest, block.line))
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
            paragraphs.append(Paragraph(f"{last.text} {block.text}", last.line))
        else:
            paragraphs.append(Paragraph(block.text, block.line))
        broken = False
    return paragraphs, footer


def _issuer(
    placed: list[Placed], body: list[Paragraph], report: Report
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
    abouts: list[Block] = []
    after_about: list[tuple[str, int]] = []
    tail: list[tuple[str, int]] = []
    publishers: list[tuple[str, int]] = []
    for index, item in enumerate(placed):
        if item.role in (Role.BOILERPLATE, Role.CONTACTS, Role.PAGE):
            tail += [(x.text, x.number) for x in item.block.lines]
        heading = PUBLISHER.match(fold(item.block.lines[0].text))
        if item.role is Role.BOILERPLATE and heading is not None:
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
    labelled = [(p.block.text, p.block.line) for p in placed[:first_body]]
    labelled += paragraphs[:3]
    found = candidates(
        head,
        paragraphs,
        abouts,
        after_about,
        tail,
        mentioned,
        labelled[:40],
        acronym,
        [(p.text, p.line) for p in body[-2:]],
        publishers,
    )
    chosen = choose(found)
    if chosen is not None:
        name = chosen.name
        if name.isupper():  # a logo in capitals, as the body writes it
            name = _cased_as_in(" ".join(p.text for p in body), name)
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
    for item in placed:
        if item.role is Role.FURNITURE and (m := _SOURCE.match(item.block.text)):
            return acronym, m["org"].strip(), item.block.line
    return acronym, None, line


def _cased_as_in(body: str, name: str) -> str:
    """The name as the body writes it, when it does (else as given)."""
    if len(name) > 200 or len(body.casefold()) != len(body):
        return name
    at = body.casefold().find(name.casefold())
    return body[at : at + len(name)] if at >= 0 else name


def _region(
    dateline: DatelineText | None,
    contact_lines: list[Line],
    footer: list[Block],
    language: str,
) -> str | None:
    if dateline is not None and dateline.country:
        return dateline.country
    tlds: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    for line in contact_lines:
        for address in emails_in(line.text):
            tld = address.rsplit(".", 1)[-1].lower()
            if tld in _TLD:
                tlds[_TLD[tld]] += 1
        for phone in find_phones(line.text, None):
            if phone.number.region:
                codes[phone.number.region] += 1
    if tlds:
        return tlds.most_common(1)[0][0]
    if codes:
        return codes.most_common(1)[0][0]
    return _LANGUAGE_REGION.get(language)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z„“\"«])", text) if s]


def _inline_contacts(
    body: list[Paragraph], region: str | None, report: Report
) -> list[ContactFields]:
    """ "Journalists can contact Jane Doe at +1 ...": a contact in prose."""
    found: list[ContactFields] = []
    for paragraph in body:
        if "@" not in paragraph.text and not any(c.isdigit() for c in paragraph.text):
            continue
        for sentence in _sentences(paragraph.text[:5000]):
            folded = fold(sentence)
            if not MEDIA.search(folded) or NOT_FOR_MEDIA.search(folded):
                continue
            phones = find_phones(sentence, region)
            emails = emails_in(sentence)
            if not phones and not emails:
                continue
            who = _INLINE_CONTACT.search(sentence)
            named = person_name(who["who"]) if who else None
            contact = ContactFields(
                named[1] if named else None,
                paragraph.line,
                honorific=named[0] if named else None,
            )
            contact.phones += [(p, paragraph.line) for p in phones]
            from pressrelease.email_address import EmailAddress
            from pressrelease.errors import ValidationError

            for address in emails:
                try:
                    contact.emails.append((EmailAddress.parse(address), paragraph.line))
                except ValidationError:
                    continue
            report(
                "import.inline_contact",
                "a media contact read from a sentence of the body",
                paragraph.line,
                Severity.INFO,
            )
            found.append(contact)
    return found


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
                    f"number {phone.number.e164} in the body is not taken as a media "
                    "contact",
                    paragraph.line,
                    Severity.INFO,
                )


def is_heading(text: str) -> bool:
    return contact_heading(text)
