"""Who issued the release: its name, from candidates scored on several cues.

House styles put the issuer in different places: a masthead or letterhead
(``KESTREL VALLEY WATER DISTRICT`` above its address), a ``From:`` label
(GOV.UK, Government of Canada), the first sentence's subject
(``Wattle Grid Energy Limited (ASX: WGE) has ...``), an "About X" heading in
any language (``Über die Solarnetz AG``, ``Chi è ...``, ``À propos d'...``), a
name defined with its acronym in the lead (``the Global Migration
Partnership (GMP)``) or the legal name in the footer (``... e.V. · Street ·
City``). Each source gives a candidate with cues (a legal form such as
``Ltd``/``AG``/``S.p.A.``, an organisation's word, an acronym or ticker after
it, a mention in the body); candidates naming the same organisation (one's
words start the other's, or one's acronym is the other's initials) are one
group, and the group with the most evidence wins. Its name is the
masthead's when there is one (a logo's name as written), else the longest
form the text gives, so that the legal name (``Veerdienst Lauwersmeer
B.V.``) is preferred to the short one (``Veerdienst Lauwersmeer``).

Furniture is never a candidate: release markers (``ASX ANNOUNCEMENT /
MEDIA RELEASE``), labels and links (``Website: https://...``), press offices
(``Gabinete de Comunicación``, ``Public Affairs``) and lines the body never
names and that have no organisation's word (``Skip to main content``, a
national motto).

Every scan here is bounded per block or per paragraph, so the whole is
linear in the text.
"""

from __future__ import annotations

import itertools
import re

import attrs

from pressrelease.text._blocks import Block, Line
from pressrelease.text._roles import acronym_dash_name, contact_heading, with_acronym
from pressrelease.text._words import (
    ABOUT,
    ADDRESS_WORD,
    DEFINED_TERMS,
    DOMAIN,
    FURNITURE,
    LEGAL_FORM,
    LEGAL_FORM_END,
    NAME_CONNECTORS,
    OFFICE_FOOTER,
    ORG_WORDS,
    PRESS_UNIT,
    TITLE_WORDS,
    fold,
    line_language,
)

#: How much of a paragraph a name is looked for in.
_WINDOW = 300
#: The least evidence a group of candidates needs to be the issuer.
_ENOUGH = 3
#: The most candidates a source gives (names defined in the lead, ...).
_MAX_PER_SOURCE = 8

_ARTICLES = frozenset(
    "the die der das den le la les el los il lo o a de het een".split()
)
_ELIDED = re.compile(r"^(?:l|d)['’]", re.I)
# "(ASX: WGE)", "(Nasdaq: HLVT)", "(WSB)", "(“Tembusu Logistics”)"
_AFTER_NAME = re.compile(
    r"\s*\(\s*(?:[A-Z][\w.&-]{0,15}\s*:\s*[A-Z]|[A-Z][A-Z&]{1,9}\s*[)/;,]|[\"“])"
)
_ACRONYM_AFTER = re.compile(r"\s*\(\s*(?P<acronym>[A-Z][A-Z&]{1,9})\s*\)")
_ACRONYM = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ&]{1,9}")
# "From: Department for ...", "Issued by: ...", "Herausgeber: ...".
_FROM = re.compile(
    r"(?:from|issued\s+by|published\s+by|herausgeber|herausgegeben\s+von|aussender|"
    r"emetteur|emis\s+par|publicado\s+por|pubblicato\s+da|uitgegeven\s+door)"
    r"\s*:\s*(?P<name>.*)$"
)
# "... and The Rt Hon Eleanor Whitcombe-Price MP": a minister after the body.
_AND_PERSON = re.compile(
    r"\s+(?:and|&)\s+(?:the\s+)?(?:rt\.?\s+hon|hon\.?|right\s+honourable|"
    r"lord|baroness|sir|dame|dr\.?|minister|secretary)\b",
    re.I,
)
_PRESS_UNIT = PRESS_UNIT
_ABOUT_PREFIX = re.compile(
    r"^(?:about|uber|ueber|a\s+propos|sobre|acerca|informazioni\s+su|chi\s+e|"
    r"chi\s+siamo|a\s+proposito|qui\s+est|wer\s+ist|over)"
    r"(?:\s+(?:de|di|du|des|d|of))?"
    r"(?:\s+(?:the|die|den|das|der|la|le|les|l|el|il|lo|o|a|het|de))?[\s'’]+",
)
_NOT_ISSUER_ABOUT = re.compile(
    r"forward|cautionary|safe|disclaimer|zukunft|background|hintergrund|"
    r"this\s+(?:release|announcement)|the\s+(?:study|survey|report|trial|data)"
)
_DISTRIBUTOR = re.compile(
    r"\binformation\s+services?\b|\binformationsdienst|"
    r"\bservice\s+(?:de\s+l'|d')information|\bservicio\s+de\s+informacion|"
    r"\bnews\s*wire\b|\bpresseportal\b"
)
_SEGMENT_END = re.compile(r"\s*(?:$|[,·|•;–—]|\s-\s)")


@attrs.frozen
class Candidate:
    """One way the text names an organisation that may be the issuer."""

    name: str
    line: int
    score: int
    cues: tuple[str, ...]
    source: str
    acronym: str | None = None


@attrs.frozen
class Chosen:
    """The issuer's name, where it was found, why, and what lost."""

    name: str
    line: int
    cues: tuple[str, ...]
    others: tuple[Candidate, ...]
    #: The acronym the text defines for it ("Der ... Club (ÖAFC)"), if any.
    acronym: str | None = None


# A word that is an acronym in brackets: "(BMBJS)," ends a run of a name.
_ACRONYM_WORD = re.compile(r"\([A-Z][A-Za-z&]{1,9}\)[,.;:]?")


def _runs_to_acronym(words: list[re.Match[str]], start: int) -> bool:
    """After a comma, up to six capitalised words or connectors and then an
    acronym in brackets: the name goes on ("Ministerium für Bildung, Jugend
    und Sport (BMBJS)")."""
    for index in range(start, min(start + 7, len(words))):
        word = words[index].group()
        if _ACRONYM_WORD.fullmatch(word):
            return index > start
        if not (word[:1].isupper() or fold(word) in NAME_CONNECTORS):
            return False
    return False


def _name_run(text: str) -> tuple[str, int] | None:
    """The capitalised name at the start of *text* (an article skipped).

    Words are taken while each is capitalised (or a digit, ``&``, or a
    connector followed by a capitalised word); a comma ends the name unless
    a legal form follows it ("Halvorsen Therapeutics, Inc."). Returns the
    name and where it ends in *text*.
    """
    words = list(re.finditer(r"\S+", text[:_WINDOW]))
    start = 0
    if words and fold(words[0].group()) in _ARTICLES:
        start = 1
    taken: list[re.Match[str]] = []
    for index in range(start, len(words)):
        word = words[index].group()
        if index == start and _ELIDED.match(word):
            word = _ELIDED.sub("", word)
        bare = word.rstrip(",;:")
        capital = bare[:1].isupper() or bare[:1].isdigit() or bare == "&"
        connector = (
            fold(bare) in NAME_CONNECTORS
            and taken
            and index + 1 < len(words)
            and words[index + 1].group()[:1].isupper()
        )
        if not (capital or connector) or bare[:1] in '("“„«':
            break
        taken.append(words[index])
        if bare != word and not (
            word.endswith(",") and _runs_to_acronym(words, index + 1)
        ):  # a comma or colon ends the name
            break
    while taken and fold(taken[-1].group().rstrip(",;:")) in NAME_CONNECTORS:
        taken.pop()
    if not taken:
        return None
    begin = taken[0].start()
    if (elided := _ELIDED.match(taken[0].group())) is not None:
        begin += elided.end()  # "L'Office fédéral": the article elided
    end = taken[-1].end()
    name = text[begin:end].rstrip(",;:")
    end = begin + len(name)
    legal = LEGAL_FORM_END.match(text, end)
    if legal and not text[end : legal.start() + 1].strip(", "):
        name, end = text[begin : legal.end()], legal.end()
    return name.strip(), end


def _cues(name: str, after: str) -> tuple[int, list[str], str | None]:
    """Score and cues of a name, with the text right after it."""
    score, cues = 0, list[str]()
    if LEGAL_FORM_END.search(name) or re.fullmatch(LEGAL_FORM, name.split()[-1]):
        score, cues = score + 3, [*cues, "a legal form"]
    elif ORG_WORDS.search(fold(name)) and not _PRESS_UNIT.search(fold(name)):
        score, cues = score + 1, [*cues, "an organisation's word"]
    acronym = _ACRONYM_AFTER.match(after)
    if _AFTER_NAME.match(after):
        score, cues = score + 2, [*cues, "an acronym, ticker or short name after it"]
    return score, cues, acronym["acronym"] if acronym else None


def _subject(text: str, line: int, source: str, base: int) -> Candidate | None:
    """The organisation a sentence starts with, if cues say it is one."""
    found = _name_run(text)
    if found is None:
        return None
    name, end = found
    score, cues, acronym = _cues(name, text[end : end + 40])
    if score == 0 or len(name.split()) > 10:
        return None
    if text[:1].isupper() and name.split()[0] != text.split()[0]:
        # "Das Deutsche Verkehrs-Institut": the name as it stands alone
        name = " ".join(_nominative(name.split(), text.split()[0]))
    if len(name.split()) == 1 and re.fullmatch(LEGAL_FORM, name, re.I):
        return None  # "Ab dem Fahrplanwechsel ...": a legal form alone names none
    return Candidate(name, line, score + base, (source, *cues), source, acronym)


_SENDER = re.compile(r"\s*Aussender(?:in)?\s*:\s*(?P<name>[^|]{2,120})$")
_NEWS_FROM = re.compile(
    r"^(?:(?:news|press\s+release|media\s+release|statement)\s+)?from\s+(?:the\s+)?",
    re.I,
)
_SITE_DOMAIN = re.compile(rf"\s+{DOMAIN}$")


def _masthead_lines(block: Block) -> list[tuple[str, int]]:
    """A masthead's name lines: no address or phone lines, no markers."""
    found = []
    for line in block.lines:
        if any(c.isdigit() for c in line.text):
            continue
        # "ACME HOLDINGS, INC.     NEWS RELEASE": two columns, one line
        columns = re.split(r"\s{3,}", (line.raw or line.text).strip())
        marker = (
            " ".join(columns[-1].split())
            if len(columns) > 1 and FURNITURE.fullmatch(fold(columns[-1]))
            else None
        )
        # a masthead's line has a few names at most: more is a menu
        for piece in re.split(r"\s+[/|]\s+", line.text)[:_MAX_PER_SOURCE]:
            text = _SITE_DOMAIN.sub("", piece).strip()  # "Land Tirol  tirol.gv.at"
            if DEFINED_TERMS.fullmatch(text):
                text = text[: text.index("(")].strip()
            words = text.split()
            # "Presse-Information Österreichischer ...": a marker in front.
            for cut in range(min(3, len(words)), 0, -1):
                if FURNITURE.fullmatch(fold(" ".join(words[:cut]))):
                    text = " ".join(words[cut:])
                    break
            # "NEWS FROM THE BRITISH MOTORISTS' LEAGUE": the sender after it
            text = _NEWS_FROM.sub("", text)
            if marker is not None and text.endswith(marker):
                text = text[: -len(marker)].rstrip()
            if text and not FURNITURE.fullmatch(fold(text)):
                found.append((text, line.number))
    return found


def _letterhead(block: Block, body: str, mentioned: str) -> list[Candidate]:
    """A masthead block's candidates, going from the parent down; a one-word
    unit under a name ("Kanton Albula" / "Regierungsrat" / "Standeskanzlei")
    is a part of the name above it, not a name of its own."""
    found: list[Candidate] = []
    for text, line in _masthead_lines(block)[:_MAX_PER_SOURCE]:
        candidate = _masthead(text, line, body, mentioned)
        if candidate is None:
            continue
        if len(candidate.name.split()) == 1 and any(
            len(c.name.split()) > 1 for c in found
        ):
            continue
        found.append(candidate)
    return found


def letterhead_card(block: Block) -> bool:
    """A card at the top that is a letterhead, not a contact: its first line
    an organisation's name (in capitals or with an organisation's word), an
    address under it, and no contacts heading ("ETAT DU JORAT" / "Bureau
    d'information ..." / "Rue de la Grenette 2 - 1510 Moudon" / "T 021 ...")."""
    first = block.lines[0].text.strip()
    folded = fold(first)
    if (
        len(block.lines) < 2
        or contact_heading(first)
        or any(c.isdigit() for c in first)
        or "@" in first
        or ":" in first
        or not (first.isupper() or ORG_WORDS.search(folded))
    ):
        return False
    return any(ADDRESS_WORD.search(fold(x.text)) for x in block.lines[1:6])


def _spelled_out(head: list[Block]) -> list[Candidate]:
    """A logo's acronym and, on another line, the name it is made of
    ("FNUESU" / "Fonds des Nations Unies pour l'éducation en situation
    d'urgence"): the name, as the masthead spells it out."""
    found = []
    for block in head[:_MAX_PER_SOURCE]:
        acronyms = {fold(x.text) for x in block.lines if _ACRONYM.fullmatch(x.text)}
        if not acronyms:
            continue
        lines = block.lines[:6]
        # A line, or two or three lines in a row ("UNITED NATIONS" /
        # "Asia-Pacific Coastal Resilience Office" above "UNAPCRO").
        for start in range(len(lines)):
            for end in range(start + 1, min(start + 4, len(lines) + 1)):
                text = " ".join(x.text for x in lines[start:end])
                if len(text.split()) > 1 and _every_initial(text) in acronyms:
                    found.append(
                        Candidate(
                            text,
                            lines[start].number,
                            4 + (end - start > 1),
                            ("the masthead", "its acronym is the logo's"),
                            "masthead",
                        )
                    )
    return found


def _with_connector(lines: list[Line], body: str) -> str | None:
    """A two-line logo the body names with a connector between its lines
    ("Bundesministerium" / "Klima, Umwelt und Energie": "Bundesministerium
    für Klima, Umwelt und Energie"), as the body writes it."""
    if len(lines) != 2 or _ACRONYM.fullmatch(lines[0].text):
        return None  # "FNUESU" / "Le Fonds ...": an acronym above its name
    pattern = re.escape(lines[0].text) + r"\s+(\w{1,5})\s+" + re.escape(lines[1].text)
    found = re.search(pattern, body[:20000], re.I)
    if found is None or fold(found[1]) not in NAME_CONNECTORS:
        return None
    return found[0]


def _wrapped_name(
    block: Block, mentioned: str, acronym: str | None, body: str = ""
) -> Candidate | None:
    """A name wrapped over the masthead's lines ("UNITED NATIONS INTER-AGENCY /
    PROJECT ON HUMAN TRAFFICKING"), when the body names it whole, a line
    cannot end a name (a comma, ``und``) or the masthead's acronym is its
    initials."""
    # The name's lines are those above its address ("United Nations
    # Regional Commission" / "for Asia and the Pacific" / "UN Building, ...").
    lines = list(
        itertools.takewhile(
            lambda x: (
                not any(c.isdigit() for c in x.text)
                and not ADDRESS_WORD.search(fold(x.text))
                and _SITE_DOMAIN.fullmatch(" " + x.text.strip()) is None
                and "@" not in x.text
            ),
            block.lines,
        )
    )
    if len(lines) < 2 or (len(lines) < len(block.lines) and len(lines) > 3):
        return None
    if _ACRONYM.fullmatch(lines[0].text) and any(
        _every_initial(x.text) == fold(lines[0].text) for x in lines[1:]
    ):
        return None  # a logo's acronym above the name it spells: two names
    text = " ".join(x.text for x in lines)
    if len(text.split()) > 14 or _PRESS_UNIT.search(fold(text)):
        return None
    initials = "".join(
        part[0]
        for word in text.split()
        if fold(word) not in NAME_CONNECTORS
        for part in word.split("-")
        if part[:1].isalpha()
    ).upper()
    wrapped = any(
        line.text.endswith((",", "-"))
        or fold(line.text.rsplit(None, 1)[-1]) in NAME_CONNECTORS
        for line in lines[:-1]
    ) or any(line.text[:1].islower() for line in lines[1:])
    logo = _with_connector(lines, body)
    if logo is not None:
        text, cue = logo, "named in the body with a connector the logo leaves out"
    elif fold(text) in mentioned:
        cue = "named whole in the body"
    elif wrapped:
        cue = "a name wrapped over its lines (a line ends in a comma or 'and')"
    elif acronym and initials.startswith(acronym.upper()):
        cue = "the masthead's acronym is its initials"
    else:
        return None
    return Candidate(text, block.line, 6, ("the masthead", cue), "masthead")


def _expand(name: str, body: str) -> str:
    """ "SPF Économie circulaire" as the body spells it out: the words whose
    initials the acronym gives, before the rest ("Service public fédéral
    Économie circulaire")."""
    first, _, rest = name.partition(" ")
    if not rest or not _ACRONYM.fullmatch(first):
        return name
    at, tries = body.find(rest), 0
    while at > 0 and tries < 20:
        words = body[max(0, at - 200) : at].split()[-len(first) :]
        if len(words) == len(first) and all(
            w[:1].casefold() == c.casefold() for w, c in zip(words, first, strict=True)
        ):
            return " ".join([*words, rest])
        at, tries = body.find(rest, at + 1), tries + 1
    return name


def _masthead(text: str, line: int, body: str, mentioned: str) -> Candidate | None:
    folded = fold(text)
    legal = LEGAL_FORM_END.search(text)
    if legal and text[legal.end() :].strip():
        return None  # "Acme Group, Inc. Reports Record Quarter": a title
    if ":" in text or "http" in folded or "www." in folded or "@" in text:
        return None  # a label or a link: "Website: https://..."
    if _PRESS_UNIT.search(folded):
        return None  # "Gabinete de Comunicación", "Public Affairs"
    score, cues = 2, ["the masthead"]
    name = _expand(text, body)
    if (named := acronym_dash_name(text)) is not None:
        name = named  # "ÖVB – Österreichischer Verkehrsbund"
        score, cues = score + 3, [*cues, "a name after its acronym"]
    elif name != text:
        score, cues = score + 2, [*cues, "its acronym spelled out in the body"]
    elif LEGAL_FORM_END.search(text):
        score, cues = score + 3, [*cues, "a legal form"]
    elif with_acronym(text):
        score, cues = score + 2, [*cues, "a name with its acronym"]
    elif ORG_WORDS.search(folded):
        score, cues = score + 2, [*cues, "an organisation's word"]
    elif TITLE_WORDS.search(folded):
        return None  # a person's title: "Leitung Konzernkommunikation"
    elif fold(text) not in mentioned:
        return None  # neither named again nor an organisation's word
    if fold(text) in mentioned:
        score, cues = score + 1, [*cues, "named in the body"]
    if _DISTRIBUTOR.search(folded):
        # "UNITED NATIONS INFORMATION SERVICE" sends out its agencies'
        # releases: the agency the release is by weighs more.
        score, cues = score - 1, [*cues, "a service that distributes releases"]
    return Candidate(name, line, score, tuple(cues), "masthead")


def _about(block: Block) -> tuple[str, int] | None:
    """The name an "About" heading gives, the heading word stripped in any
    language ("Über die", "À propos d'", "Chi è"); not "About the study"."""
    first = block.lines[0].text
    folded = fold(first)
    heading = ABOUT.match(folded)
    if (
        len(first.split()) > 12
        or heading is None
        or _NOT_ISSUER_ABOUT.match(folded, heading.end() + 1)
    ):
        return None
    cut = _ABOUT_PREFIX.match(folded)
    if cut is None:
        return None
    # The folded prefix has as many characters as the written one, except
    # where folding changed the length; find the cut by words instead.
    words = first.split()
    taken = len(folded[: cut.end()].split())
    if folded[: cut.end()].rstrip().endswith(("'", "’")):
        tail = words[taken - 1] if taken else ""
        apostrophe = max(tail.rfind("'"), tail.rfind("’"))
        rest = [tail[apostrophe + 1 :], *words[taken:]]
    else:
        rest = words[taken:]
    name = " ".join(w for w in rest if w).rstrip(":").strip()
    return (name, block.line) if name and name[:1].isupper() else None


@attrs.frozen(kw_only=True)
class Evidence:
    """Where in the release the issuer may be named.

    *head*: masthead blocks; *dated*: blocks of the head read as a date
    line, whose other lines may name the office ("21.01.2025" / "Amt für
    ..."); *body*: the first body paragraphs (the lead first); *abouts*:
    boilerplate blocks that may start with an "About" heading;
    *after_about*: the paragraph under each heading; *tail_lines*: lines
    after the body (footer, contacts); *contact_lines*: the contacts' lines,
    and *contact_blocks* their blocks; *mentioned*: the folded body text,
    where a name is looked for again; *labelled*: the head's blocks and the
    first paragraphs, where a ``From:`` label is; *acronym*: the masthead's
    acronym, if it has one; *closing*: the body's last paragraphs, where an
    unheaded boilerplate is; *publishers*: the lines under a publisher
    heading (``Herausgeber:``); *sources*: the names source lines give
    (``SOURCE Acme Corp``, ``Quelle: Amt für ...``).
    """

    head: list[Block]
    body: list[tuple[str, int]]
    mentioned: str
    dated: list[Block] = attrs.Factory(list)
    abouts: list[Block] = attrs.Factory(list)
    after_about: list[tuple[str, int]] = attrs.Factory(list)
    tail_lines: list[tuple[str, int]] = attrs.Factory(list)
    contact_lines: list[str] = attrs.Factory(list)
    contact_blocks: list[Block] = attrs.Factory(list)
    labelled: list[tuple[str, int]] = attrs.Factory(list)
    acronym: str | None = None
    closing: list[tuple[str, int]] = attrs.Factory(list)
    publishers: list[tuple[str, int]] = attrs.Factory(list)
    sources: list[tuple[str, int]] = attrs.Factory(list)
    language: str | None = None


def candidates(evidence: Evidence) -> list[Candidate]:
    """Every candidate the text gives, from every source."""
    head, body, mentioned = evidence.head, evidence.body, evidence.mentioned
    abouts, after_about = evidence.abouts, evidence.after_about
    tail_lines, labelled = evidence.tail_lines, evidence.labelled
    acronym, closing, publishers = (
        evidence.acronym,
        evidence.closing,
        evidence.publishers,
    )
    found: list[Candidate] = []
    body_text = " ".join(text for text, _ in body[:8])
    mastheads = [
        candidate
        for block in head
        for candidate in _letterhead(block, body_text, mentioned)
    ]
    # A two-line logo is looked for whole in the body and the footer too.
    written = " ".join([body_text, *(text for text, _ in tail_lines[:400])])
    for block in head:
        whole = _wrapped_name(block, mentioned, acronym, written)
        if whole is not None:
            mastheads.append(whole)
    mastheads += _spelled_out(head)
    # "21.01.2025" / "Amt für Lawinenvorsorge und Bergwege": the office that
    # issues it, under the page's date line.
    mastheads += [
        attrs.evolve(beside, cues=(*beside.cues, "beside the date line"))
        for block in evidence.dated
        for text, line in _masthead_lines(block)[:_MAX_PER_SOURCE]
        if (beside := _masthead(text, line, body_text, mentioned)) is not None
        and "an organisation's word" in beside.cues
    ]
    peers = all(
        with_acronym(text)
        for block in head
        for text, _ in _masthead_lines(block)[:_MAX_PER_SOURCE]
    )
    if len(mastheads) > 1 and not peers:
        # Names each with its acronym are peers (a joint release: the first
        # leads). A letterhead goes from the parent down ("GOBIERNO DE ESPAÑA" above
        # its ministry; "Le Conseil fédéral" above the federal office): the
        # last name is the most specific.
        # A letterhead in two languages ("Direction de la santé ..." /
        # "Direktion für Gesundheit ..."): the last name in the release's.
        at = next(
            (
                i
                for i in range(len(mastheads) - 1, -1, -1)
                if line_language(mastheads[i].name) == evidence.language
            ),
            len(mastheads) - 1,
        )
        if at < len(mastheads) - 1 and line_language(mastheads[-1].name) is None:
            at = len(mastheads) - 1  # the last says no language: it is the last
        last = mastheads[at]
        mastheads[at] = attrs.evolve(
            last,
            score=last.score + 2,
            cues=(*last.cues, "the last name of the letterhead"),
        )
    mastheads = _written_out(mastheads, [*closing[-2:], *tail_lines[:40]])
    folded_written = fold(written)
    mastheads = [_logo_acronym_dropped(c, folded_written) for c in mastheads]
    found += mastheads
    heading = _contacts_heading_name(evidence.contact_blocks, mentioned)
    if heading is not None:
        found.append(heading)
    for text, line in evidence.sources[:_MAX_PER_SOURCE]:
        run = _name_run(text)
        if run is not None and not text[run[1] :].strip(" .,;"):
            found.append(Candidate(run[0], line, 5, ("a source line",), "source"))
    for text, line in tail_lines[:400]:
        # "Aussender: Stadt Wien – Magistratsabteilung 97": an OTS page's
        # sender, as the wire names it, whole
        sender = _SENDER.match(text)
        if sender is not None and sender["name"].strip():
            found.append(
                Candidate(
                    sender["name"].strip(), line, 6, ("an OTS sender's label",), "from"
                )
            )
    for text, line in labelled:
        match = _FROM.match(fold(text))
        if match is None:
            continue
        value = text[len(text) - len(match["name"]) :].strip()
        value = value[: cut.start()] if (cut := _AND_PERSON.search(value)) else value
        value = value.split(" Published", 1)[0].strip(" ,")
        if value:
            found.append(Candidate(value, line, 5, ("a 'From:' label",), "from"))
    if body:
        lead = _subject(body[0][0], body[0][1], "the first sentence's subject", 2)
        if lead is not None:
            found.append(lead)
    elsewhere = " ".join(
        [text for text, _ in body] + [text for text, _ in tail_lines[:400]]
    )
    found += _defined(body[:2], elsewhere)
    first_about = True
    for block in abouts[:_MAX_PER_SOURCE]:
        about = _about(block)
        if about is not None:
            # a joint release's "About" sections: the lead's comes first
            about_cue = (
                "the first 'About' heading" if first_about else "an 'About' heading"
            )
            found.append(Candidate(*about, 3 + first_about, (about_cue,), "about"))
            first_about = False
    for text, line in after_about[:_MAX_PER_SOURCE]:
        subject = _subject(text, line, "the boilerplate's subject", 1)
        if subject is not None:
            found.append(subject)
    named = [
        (text, line)
        for text, line in publishers[:_MAX_PER_SOURCE]
        if "://" not in text and not text.startswith("www.") and text[:1].isupper()
    ]
    for number, (text, line) in enumerate(named):
        # The publishers go from the parent down, as a letterhead does.
        is_last = number == len(named) - 1
        cues = ("a publisher heading", "the last publisher") if is_last else ()
        found.append(
            Candidate(
                text,
                line,
                5 if is_last else 2,
                cues or ("a publisher heading",),
                "publisher",
            )
        )
    for text, line in closing[-2:]:
        # An unheaded boilerplate: "The Pacific Motorists Club serves ...",
        # counted only when the body names it elsewhere too.
        subject = _subject(text, line, "a closing paragraph's subject", 1)
        if subject is not None and mentioned.count(fold(subject.name)) >= 2:
            found.append(
                attrs.evolve(
                    subject,
                    score=subject.score + 1,
                    cues=(*subject.cues, "named again in the body"),
                )
            )
    for text, line in tail_lines:
        run = _name_run(text)
        if run is None or not LEGAL_FORM_END.search(run[0]):
            continue
        if _SEGMENT_END.match(text, run[1]):  # "X e.V. · Street", "X Ltd, 1 Quay"
            footer_cues: tuple[str, ...] = ("a legal name in the footer",)
            score = 1
            if OFFICE_FOOTER.search(fold(text)):  # "... · Amtsgericht Hamburg HRA"
                score, footer_cues = 5, (*footer_cues, "with its register entry")
            found.append(Candidate(run[0], line, score, footer_cues, "footer"))
    found = [
        c if c.source == "masthead" else _logo_acronym_dropped(c, folded_written)
        for c in found
    ]
    return _in_contacts(found, evidence.contact_lines)


def _written_out(
    mastheads: list[Candidate], lines: list[tuple[str, int]]
) -> list[Candidate]:
    """Masthead names the foot writes out in full on a line of their own, as
    a signature ("Bureau d'information et de communication" above,
    "Bureau d'information et de communication de l'Etat du Jorat" below)."""
    signatures = [
        text.strip()
        for text, _ in lines
        if len(text.split()) <= 14
        and not text.rstrip().endswith((".", ":"))
        and not any(c.isdigit() or c in "@:|·" for c in text)
    ]
    out = []
    for candidate in mastheads:
        longer = next((x for x in signatures if _goes_on(x, candidate.name)), None)
        if longer is not None and len(candidate.name.split()) > 1:
            candidate = attrs.evolve(
                candidate,
                name=longer,
                cues=(*candidate.cues, "written out in full at the foot"),
            )
        out.append(candidate)
    return out


def _logo_acronym_dropped(candidate: Candidate, written: str) -> Candidate:
    """A logo's acronym before the name it is made of ("SMV Schweizerischer
    Motorfahrer-Verband") is the acronym's field, not the name's; the name
    keeps it when it is the registered name (a legal form: "DKC Deutscher
    Kraftfahrer-Club e.V.") or the text writes it so again (a footer's "MCS
    Mobilité Club Suisse · ...")."""
    first, _, rest = candidate.name.partition(" ")
    # the text writes it so again: a masthead's once, another's twice
    again = written.count(fold(candidate.name)) >= (
        1 if candidate.source == "masthead" else 2
    )
    if (
        not rest
        or not _ACRONYM.fullmatch(first)
        or (
            _every_initial(rest) != fold(first)
            and _abbreviated(first, rest.split()) != 0
        )
        or LEGAL_FORM_END.search(rest)
        or again
    ):
        return candidate
    return attrs.evolve(
        candidate,
        name=rest,
        acronym=candidate.acronym or first,
        cues=(*candidate.cues, "a name after its acronym"),
    )


def _goes_on(text: str, name: str) -> bool:
    """Whether *text* is *name* going on with a connector ("... de l'Etat du
    Jorat", "... of Kenya")."""
    words, named = text.split(), name.split()
    return (
        len(words) > len(named)
        and text[:1].isupper()
        and fold(" ".join(words[: len(named)])) == fold(name)
        and fold(words[len(named)]).split("'")[0] in NAME_CONNECTORS
    )


def _contacts_heading_name(blocks: list[Block], mentioned: str) -> Candidate | None:
    """The organisation the contacts open with ("Rückfragehinweis:" /
    "Bundesministerium für ..." / "Pressestelle" / a person): whoever sent
    the release (an OTS release's "Aussender")."""
    for block in blocks[:2]:
        for line in block.lines[:3]:
            text = line.text.strip()
            if contact_heading(text) or not text:
                continue
            folded = fold(text)
            if (
                any(c.isdigit() for c in text)
                or "@" in text
                or ":" in text
                or _PRESS_UNIT.search(folded)
            ):
                return None
            if (named := acronym_dash_name(text)) is not None:
                # "ARFÖ - Auto-, Rad- und Freizeitclub Österreichs"
                cues = [
                    "an organisation heading the contacts",
                    "a name after its acronym",
                ]
                return Candidate(
                    named,
                    line.number,
                    3,
                    tuple(cues),
                    "contacts",
                    text.split()[0],
                )
            run = _name_run(text)
            if run is None or text[run[1] :].strip() or len(text.split()) < 2:
                return None
            score, cues, _ = _cues(run[0], "")
            if score == 0:
                return None
            cues = ["an organisation heading the contacts"]
            if folded in mentioned:
                cues.append("named in the body")
            return Candidate(
                run[0], line.number, len(cues) + 1, tuple(cues), "contacts"
            )
    return None


def _in_contacts(found: list[Candidate], lines: list[str]) -> list[Candidate]:
    """The candidates, the one a media contact works for ("Spokesperson,
    UNODMC") counted once more."""
    text = " ".join(lines[:200])
    if not text:
        return found
    marked = []
    for candidate in found:
        names = [candidate.name, *([candidate.acronym] if candidate.acronym else [])]
        if any(
            re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) for name in names
        ):
            candidate = attrs.evolve(
                candidate,
                score=candidate.score + 1,
                cues=(*candidate.cues, "a media contact's organisation"),
            )
        marked.append(candidate)
    return marked


def _defined(paragraphs: list[tuple[str, int]], elsewhere: str) -> list[Candidate]:
    """Names defined with their acronym in the lead: the first one named is
    the release's own ("a report by the X (XA) and the Y (YB)"), and one
    named again (in the body, the contacts or the footer) is more likely
    the issuer than one cited once."""
    found: list[Candidate] = []
    for text, line in paragraphs:
        window = text[:2000]
        for match in re.finditer(r"\((?P<acronym>[A-ZÀ-Þ][A-ZÀ-Þ&]{1,9})\)", window):
            words = window[max(0, match.start() - 200) : match.start()].split()
            taken: list[str] = []
            for word in reversed(words[-12:]):
                if word[:1].isupper() or (fold(word) in NAME_CONNECTORS and taken):
                    taken.append(word)
                else:
                    break
            while taken and fold(taken[-1]) in NAME_CONNECTORS:
                taken.pop()
            taken.reverse()
            initials = "".join(w[0] for w in taken if w[:1].isupper())
            if initials.upper() != match["acronym"].replace("&", ""):
                start = _abbreviated(match["acronym"], taken)
                if start is None:
                    continue
                article = taken[start - 1] if start else _before(window, match, taken)
                taken = _nominative(taken[start:], article)
            name = " ".join(taken)
            if not name:
                continue
            score = 1
            cues: tuple[str, ...] = ("a name defined with its acronym",)
            if not found:
                score, cues = score + 1, (*cues, "the first one the lead defines")
            if _named_again(match["acronym"], name, elsewhere):
                score, cues = score + 1, (*cues, "named again")
            found.append(
                Candidate(name, line, score, cues, "defined", match["acronym"])
            )
            if len(found) >= _MAX_PER_SOURCE:
                return found
    return found


def _abbreviated(acronym: str, words: list[str]) -> int | None:
    """Where in *words* the long form of *acronym* starts, matched as
    Schwartz and Hearst's algorithm does (each letter in order, from the
    end; the first at a word's start), so that an acronym may take letters
    from inside a compound ("Autofahrer-Club" for ÖAFC) or skip a word
    ("Office on Illicit Trafficking" for UNOT...). None when it is not."""
    letters = [c for c in fold(acronym) if c.isalnum()]
    text = fold(" ".join(words))
    if not letters or len(words) > min(len(letters) + 5, 2 * len(letters)):
        return None
    at = len(text) - 1
    for index in range(len(letters) - 1, -1, -1):
        letter = letters[index]
        while at >= 0 and (
            text[at] != letter or (index == 0 and at > 0 and text[at - 1].isalnum())
        ):
            at -= 1
        if at < 0:
            return None
        at -= 1
    # the first letter is at a word's start: the long form starts there
    return text.count(" ", 0, at + 1)


def _before(window: str, match: re.Match[str], taken: list[str]) -> str:
    """The word before the name *taken* ends at *match* ("Der" in "Der
    Österreichische Autofahrer-Club (ÖAFC)")."""
    head = window[max(0, match.start() - 300) : match.start()].split()
    return head[-len(taken) - 1] if len(head) > len(taken) else ""


# German adjectives after a definite article take the weak ending ("Der
# Österreichische Autofahrer-Club"); the name on its own takes the strong one
# ("Österreichischer Autofahrer-Club", "Österreichisches Institut").
_STRONG_ENDING = {"der": "r", "das": "s"}
_WEAK = re.compile(r"\w+e")


def _nominative(words: list[str], article: str) -> list[str]:
    """The name as it stands alone, where a German article before it gave
    its adjectives the weak ending."""
    ending = _STRONG_ENDING.get(fold(article))
    if ending is None:
        return words
    out = list(words)
    for index, word in enumerate(words[:-1]):
        if not (word[:1].isupper() and _WEAK.fullmatch(word)):
            break
        out[index] = word + ending
    return out


def _named_again(acronym: str, name: str, text: str) -> bool:
    """Whether *text* names the organisation twice (its definition is once)."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])|{re.escape(name)}")
    return len(list(itertools.islice(pattern.finditer(text), 3))) >= 3 or (
        len(list(itertools.islice(pattern.finditer(text), 2))) >= 2
        and text.find(name) < 0
    )


def _words(name: str) -> list[str]:
    """The name's words for comparing, folded, without article or legal form
    (the form checked as written: "AG" is a form, "ag" is not)."""
    words = [
        fold(w).strip(",.;:")
        for w in name.split()
        if not re.fullmatch(LEGAL_FORM, w.strip(",;:"))
    ]
    if words and words[0] in _ARTICLES:
        words = words[1:]
    return [w for w in words if w]


def _initials(name: str) -> str:
    return "".join(
        w[0]
        for w in name.split()
        if w[:1].isupper() and not re.fullmatch(LEGAL_FORM, w.rstrip(","))
    ).upper()


def _every_initial(name: str) -> str:
    """The initials of every word but connectors and articles, an elided
    article dropped: "Fonds des Nations Unies pour l'éducation en situation
    d'urgence" gives FNUESU."""
    words = (_ELIDED.sub("", w) for w in re.split(r"[\s-]+", name))
    return fold(
        "".join(
            w[0]
            for w in words
            if w and fold(w) not in NAME_CONNECTORS and fold(w) not in _ARTICLES
        )
    )


def _same(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates name one organisation."""
    wa, wb = _words(a.name), _words(b.name)
    short, long = sorted((wa, wb), key=len)
    if short and long[: len(short)] == short:
        return True
    if any(
        c.acronym is not None
        and (
            _initials(d.name) == c.acronym.replace("&", "")
            # a logo's "DAMB Deutscher Auto- und Mobilitätsbund e.V.", an
            # "About UNDEV" heading
            or d.name.split()[0] == c.acronym
        )
        for c, d in ((a, b), (b, a))
    ):
        return True
    # A candidate that is an acronym alone ("FNUESU") and the name it is
    # made of.
    return any(
        _ACRONYM.fullmatch(c.name) is not None
        and len(d.name.split()) > 1
        and _every_initial(d.name) == fold(c.name)
        for c, d in ((a, b), (b, a))
    )


def choose(found: list[Candidate]) -> Chosen | None:
    """The group of candidates with the most evidence, and its name."""
    groups: list[list[Candidate]] = []
    for candidate in found[:64]:
        for group in groups:
            if any(_same(candidate, member) for member in group):
                group.append(candidate)
                break
        else:
            groups.append([candidate])
    scored = [
        (sum(c.score for c in group), -min(c.line for c in group), group)
        for group in groups
        if sum(c.score for c in group) >= _ENOUGH
    ]
    if not scored:
        return None
    best = max(scored, key=lambda s: (s[0], s[1]))[2]
    masthead = [c for c in best if c.source == "masthead"]
    named = (
        max(masthead, key=lambda c: (len(c.name.split()), -c.line))
        if masthead
        else max(best, key=lambda c: (len(_words(c.name)), len(c.name), -c.line))
    )
    cues = tuple(dict.fromkeys(cue for c in best for cue in c.cues))
    others = tuple(c for group in groups if group is not best for c in group)
    acronym = next((c.acronym for c in best if c.acronym), None)
    return Chosen(named.name, named.line, cues, others, acronym)
