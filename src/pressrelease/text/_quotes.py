"""Quotes in body paragraphs, and the participants who said them.

Quotation marks are paired by a linear scan (``"…"``, ``“…”``, ``„…“``,
``‚…‘``, ``« … »``, ``‘…’``), never by a pattern over the text. Each quote
is then attributed from the words around it, in English, German, French,
Spanish, Italian, Portuguese and Dutch:

- a reporting clause after it: ``"…," said Jane Doe, CEO of Acme.``,
  ``"…," Ms. Jane Doe said.``, ``„…“, so Schmidt.``, ``« … », a déclaré
  Marie Dupont, directrice de Véloria.``; the next quote of the paragraph
  continues with the same speaker;
- the sentence before it: ``Jane Doe, CEO of Acme, said: "…"``,
  ``Mr Chhuon Vibol of LICADHO agrees. "…," he says.``;
- a paragraph ending ``Minister X said:`` before the quoted paragraph
  (GOV.UK, RNS), and ``– Name, Title`` on the paragraph after (Canada);
- a pronoun, a surname (``Doe added``, ``so Schmidt``) or a title (``a
  déclaré la ministre``) points back to a person named earlier.

Honorifics (Dr., Prof., Mag., Ms, Mme, Dott.ssa, dhr. …) are kept apart from
the name. A short quoted phrase with no reporting verb near it (a product
name, a scare quote) is not a quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from pressrelease.errors import ValidationError
from pressrelease.model.participant import Participant
from pressrelease.model.quote import Quote
from pressrelease.text._orgs import Registry, demonym_country, slug
from pressrelease.text._words import HONORIFICS, ORG_WORDS, fold

# Opening mark -> the marks that may close it.
_CLOSERS = {
    '"': '"',
    "\u201c": "\u201d\u201c",  # “…” (and “…“ as typed by some)
    "\u201e": "\u201c\u201d",  # „…“
    "\u201a": "\u2018\u2019",  # ‚…‘
    "\u00ab": "\u00bb",  # « … »
    "\u2018": "\u2019",  # ‘…’
    "'": "'",  # '…' (RNS, Dutch), told from an apostrophe below
}
_SPACES = " \u00a0\u202f\u2009"
_PUNCT = ",.;:!?()[]\"'\u201c\u201d\u201e\u201a\u2018\u2019\u00ab\u00bb\u2013\u2014"
#: Words of a reporting clause, in the seven languages (lower case).
_VERBS = frozenset(
    """
    says said say adds added agrees agreed explains explained emphasizes
    emphasises emphasized emphasised highlights highlighted expresses expressed
    notes noted stresses stressed warns warned urges urged points pointed
    welcomes welcomed describes described believes believed insists insisted
    argues argued tells told comments commented remarks remarked observes
    observed acknowledges acknowledged underlines underlined underscores
    underscored concludes concludes concluded states stated reports reported
    affirms affirmed confirms confirmed suggests suggested asserts asserted
    shares shared recalls recalled continues continued wrote writes according
    announced explains
    sagt sagte sagten so erklärt erklärte betont betonte ergänzt ergänzte meint
    meinte berichtet berichtete rät riet erläutert erläuterte unterstreicht
    unterstrich verweist ordnet fügt fügte laut kommentiert kommentierte zeigt
    hebt hob resümiert resümierte bekräftigt bekräftigte warnt warnte spricht
    sprach empfiehlt empfahl fordert forderte appelliert appellierte mahnt
    mahnte kritisiert kritisierte bilanziert bilanzierte verweist verwies
    recommends recommended cautions cautioned advises advised
    recommande recommandé avertit averti prévient prévenu conclut juge jugé
    raccomanda raccomandato avverte avvertito ricorda ricordato
    déclaré déclare souligné souligne selon explique expliqué indiqué indique
    rappelé rappelle estime estimé affirme affirmé ajoute ajouté précise précisé
    poursuit commente commenté assure assuré insiste observe résume résumé
    confie confié pour relève relevé raconte raconté constate constaté note
    noté témoigne témoigné martèle reconnaît reconnu
    dijo dice afirmó afirma afirmado señaló señala señalado según explicó
    explica explicado declaró declarado añadió añadido aseguró asegura
    asegurado subrayó subrayado destacó destacado indicó indicado comentó
    dichiarato dichiara affermato afferma secondo detto spiegato spiega
    sottolineato sottolinea aggiunto aggiunge commenta commentato osserva
    disse diz afirmou segundo explicou declarou destacou acrescentou
    considerou considera salientou sublinhou referiu comentou
    zei zegt aldus verklaarde verklaart volgens noemde noemt benadrukt
    benadrukte vertelt vertelde stelt stelde
    """.split()
)
#: Auxiliaries before a reporting verb ("a déclaré", "ha afirmado").
_AUXILIARIES = frozenset("a ha has have had hat hatte heeft ont han hanno".split())
#: Verbs that never start an attribution on their own (too common).
_LEAD_ONLY = frozenset(
    "so pour according laut selon según secondo segundo volgens".split()
)
_PRONOUNS = frozenset(
    "he she they er sie il elle ella él lei lui ele ela hij zij ze".split()
)
_HONORIFICS = frozenset(
    """
    dr prof mag ing di pd mr ms mrs miss mx mme mlle sr sra srta dott dott.ssa
    dr.ssa dra herr frau dhr mevr rev hon sir dame h.e ir drs dipl.-ing
    honourable honorable
    """.split()
) | {h.rstrip(".").lower() for h in HONORIFICS}  # and the contacts' ("Dr.in", "Mag.a")
_DETERMINERS = frozenset(
    """
    the a an der die das dem den des dessen deren ein eine einer le la les un
    une el los las il lo gli o os as um uma de het een this our their his her
    its unser unsere notre nuestra nostro son sa ses su sua auch aber
    """.split()
)
_PARTICLES = frozenset(
    "von van der den de du da dos das di del della la le bin binte bint al el "
    "ter ten zu y e".split()
)
_TITLES = frozenset(
    """
    ceo cfo coo cto cmo chair chairman chairwoman chairperson president vice
    director officer head chief manager founder co-founder cofounder owner
    partner minister secretary spokesperson spokesman spokeswoman executive
    councillor councilor mayor governor senator commissioner chancellor
    professor scientist economist analyst lead leader editor principal
    superintendent treasurer trustee board general deputy regional senior
    managing member ambassador representative coordinator advisor adviser
    counsel engineer researcher group global country national police
    lieutenant colonel major captain commander sergeant inspector admiral
    brigadier junior staff acting first second
    ministre ministra ministro président présidente presidente directeur
    directrice directora direttore direttrice diretor diretora porte-parole
    portavoz portavoce porta-voz maire alcalde alcaldesa sindaco prefeito
    burgemeester voorzitter woordvoerder woordvoerster wethouder consejero
    consejera conseiller conseillère assessore assessora secrétaire secretario
    secretaria fondateur fondatrice fundador fundadora fondatore amministratore
    amministratrice administrador expert experte technicien
    """.split()
)
_TITLE_SUFFIXES = (
    "minister", "ministerin", "präsident", "präsidentin", "direktor",
    "direktorin", "leiter", "leiterin", "sprecher", "sprecherin", "chef",
    "chefin", "vorstand", "vorsitzende", "vorsitzender", "führer", "führerin",
    "meister", "meisterin", "techniker", "technikerin", "experte", "expertin",
    "rat", "rätin", "referent", "referentin", "manager", "managerin", "kapitän",
    "gründer", "gründerin", "inhaber", "inhaberin", "sekretär", "sekretärin",
    "beauftragte", "beauftragter", "ingenieur", "ingenieurin", "officer",
    "vertreter", "vertreterin", "hauptmann", "hauptfrau", "obmann", "obfrau",
    "major", "majorin", "oberst", "oberstin", "brigadier", "brigadierin",
)  # fmt: skip
_RANKS = frozenset(
    "police senior junior deputy lieutenant major brigadier vice rear staff "
    "chief acting first second general colonel captain commander sergeant "
    "inspector superintendent admiral commissioner".split()
)
_PERSON_NOUN = re.compile(
    r"\b(?:official|spokes\w+|representative|officer|member|participant|worker|"
    r"expert|victim|survivor|delegate|minister|director|head|chief|advocate|"
    r"activist|volunteer|leader|resident|woman|man|girl|boy|mother|father|"
    r"teacher|trainer|judge|prosecutor|investigator|source|manager|librarian|"
    r"customer|farmer|parent|student|analyst)s?\b",
    re.I,
)
#: Prepositions before an organisation in a title ("Director at Acme").
_AT = (" at ", " bei ", " chez ", " presso ", " bij ", " from ")
_OF = (" of ", " de ", " du ", " da ", " di ", " der ", " des ", " del ", " vom ",
       " van ", " au ", " della ", " d'", " d\u2019")  # fmt: skip
_FROM = frozenset("of from at von vom bei de du da di".split())
_NO_ORG_TITLES = ("minist", "secretar", "secrétaire", "staatssekret")
#: The longest quote, name or clause looked at (characters).
_MAX_CLAUSE = 400


def _clean(word: str) -> str:
    return word.strip(_PUNCT)


def _name_word(word: str) -> str:
    """A word of a name, punctuation aside, an initial's dot kept ("M.")."""
    clean = _clean(word)
    initial = clean + "."
    if len(clean) == 1 and clean.isupper() and initial in word:
        return initial
    return clean


def _low(word: str) -> str:
    return _clean(word).lower().rstrip(".")


def _is_name_word(word: str) -> bool:
    w = _clean(word)
    if len(w) == 1 and w.isupper() and _name_word(word) != w:
        return True  # a middle initial: "Gregory T. Albrecht"
    return (
        w[:1].isupper()
        and any(c.islower() for c in w)
        and not any(c.isdigit() for c in w)
        and not w.endswith(("'s", "\u2019s"))
        and _low(w) not in _HONORIFICS
    )


def _is_title(word: str) -> bool:
    low = _low(word)
    if not low:
        return False
    last = low.rsplit("-", 1)[-1]
    if low in _TITLES or last in _TITLES:
        return True
    return low[:1].isalpha() and last.endswith(_TITLE_SUFFIXES)


def _is_honorific(word: str) -> bool:
    return _low(word) in _HONORIFICS


def _is_acronym(word: str) -> bool:
    w = _clean(word)
    return len(w) > 1 and w.isupper()


@attrs.frozen
class _Who:
    """A person as the text names them."""

    name: str
    honorific: str | None = None
    rank: str | None = None
    title: str | None = None
    organisation: str | None = None
    words: int = 2  # name words, particles aside


def _segment(seg: str) -> tuple[list[str], list[str], list[str], list[str]] | None:
    """(words before, honorifics, name, words after) of the first name in *seg*."""
    toks = seg.split()
    fallback = None
    i = 0
    while i < len(toks):
        if not (_is_name_word(toks[i]) or _is_honorific(toks[i])):
            i += 1
            continue
        j = i
        start, honor = i, []  # type: int, list[str]
        while j < len(toks):
            tok, low = toks[j], _low(toks[j])
            ahead = j
            while (
                ahead < len(toks) and ahead < j + 3 and _low(toks[ahead]) in _PARTICLES
            ):
                ahead += 1  # "van den Broek": particles before the surname
            is_particle = (
                low in _PARTICLES
                and j > start
                and ahead < len(toks)
                and _is_name_word(toks[ahead])
            )
            if not (
                _is_name_word(tok)
                or _is_honorific(tok)
                or is_particle
                or _is_acronym(tok)
            ):
                break
            if _is_title(tok) or (_is_acronym(tok) and not _is_honorific(tok)):
                start, honor = j + 1, []
            elif j == start and low in _DETERMINERS:
                start = j + 1
            elif _is_honorific(tok) and j == start:
                honor.append(
                    _clean(tok) + ("." if tok.rstrip(",:;").endswith(".") else "")
                )
                start = j + 1
            j += 1
            if tok.endswith((":", ";")):
                break
        name = [_name_word(t) for t in toks[start:j]]
        while name and name[-1].lower() in _PARTICLES:
            name.pop()
        count = sum(1 for w in name if w.lower() not in _PARTICLES)
        if count >= 3 and start == i and i > 0 and _low(toks[i - 1]) in (
            "van", "of", "von", "de", "di", "da", "für", "for", "du",
        ):  # fmt: skip
            name, count = name[1:], count - 1
        if count >= 2 or (count == 1 and honor):
            return toks[:start][: len(toks[:start]) - len(honor)], honor, name, toks[j:]
        if count == 1 and fallback is None:
            fallback = (toks[:start], honor, name, toks[j:])
        i = max(j, i + 1)
    return fallback


def _split_org(title: str) -> tuple[str | None, str | None]:
    """ "Regional Director at Harbourlight" → title and organisation text."""
    title = title.strip(" ,.;:")
    if not title:
        return None, None
    if (at := title.find("'s ")) > 0 or (at := title.find("\u2019s ")) > 0:
        head = title[:at]
        if head[:1].isupper() and " " not in head.strip():
            return title[at + 3 :].strip() or None, head
    low = title.lower()
    for group in (_AT, _OF):
        for prep in group:
            cut = low.find(prep)
            if cut <= 0:
                continue
            rest = title[cut + len(prep) :].strip()
            if group is _OF and low.startswith(_NO_ORG_TITLES):
                continue
            if rest.lower().startswith(("the ", "la ", "le ", "l'", "l\u2019")):
                rest = rest.split(None, 1)[-1] if " " in rest else rest[2:]
            if rest[:1].isupper():
                return title[:cut].strip() or None, rest
    return title, None


def _name_count(parsed: tuple[list[str], list[str], list[str], list[str]]) -> int:
    return sum(1 for w in parsed[2] if w.lower() not in _PARTICLES)


def find_person(text: str) -> _Who | None:
    """The first person *text* names, with title and organisation if given."""
    text = text[:_MAX_CLAUSE]
    segments = text.split(",")
    chosen: tuple[int, tuple[list[str], list[str], list[str], list[str]]] | None = None
    field = False  # whether what is chosen is a title's field
    for index, seg in enumerate(segments):
        parsed = _segment(seg)
        if parsed is None:
            continue
        after = parsed[3]
        pure = not after or _low(after[0]) in _VERBS or _low(after[0]) in _AUXILIARIES
        words = sum(1 for w in parsed[2] if w.lower() not in _PARTICLES)
        if _a_field(parsed):
            # "Director for Epidemic Preparedness, Dr Ousmane ...": the
            # words after a title's "for" name its field; a name follows.
            chosen, field = chosen or (index, parsed), chosen is None or field
            continue
        lone = chosen is not None and _name_count(chosen[1]) < 2 and not chosen[1][1]
        if (
            chosen is None
            or field
            or (pure and words >= 2 and not _pure(chosen))
            or (lone and words >= 2)  # "Gemeinsam mit ..., teilte Mag.a X Y mit"
        ):
            chosen, field = (index, parsed), False
        if pure and words >= 2:
            break
    if chosen is None:
        return None
    index, (before, honor, name, after) = chosen
    pre = [w for w in before if _low(w) not in _DETERMINERS and _low(w) not in _VERBS]
    while pre and (pre[0][:1].islower() and not _is_title(pre[0])):
        pre = pre[1:]
    rank = None
    if pre and all(_low(w) in _RANKS for w in pre):
        rank, pre = " ".join(_clean(w) for w in pre), []
    title = " ".join(pre).strip(" ,:") or None
    organisation = None
    if title is None and index > 0:
        previous = segments[index - 1].split()
        while (
            previous
            and not _is_title(previous[0])
            and not previous[0].endswith(("'s", "\u2019s"))
        ):
            previous = previous[1:]
        if previous and any(_is_title(w) for w in previous):
            title = " ".join(previous)
    if title is None and not after:
        following = [s.strip() for s in segments[index + 1 : index + 4]]
        parts = []
        for part in following:
            tokens = part.split()
            verb = next((k for k, w in enumerate(tokens) if _low(w) in _VERBS), None)
            if not tokens or (verb is not None and verb < 3):
                break
            if verb is not None:
                tokens = tokens[:verb]
                part = " ".join(tokens)
            if all("." in w or w.isupper() for w in tokens):
                continue  # post-nominals: M.D., Ph.D., MBA
            parts.append(part)
        if parts:
            title = parts[0]
            if len(parts) > 1 and len(parts[1].split()) >= 2 and parts[1][:1].isupper():
                organisation = parts[1]
    named_org = bool(after) and _low(after[0]) in _FROM and after[1:2] != []
    if named_org and not after[1][:1].isupper():
        named_org = _low(after[1]) in ("the", "la", "le") and after[2:3] != []
    if named_org:
        taken = []
        for word in after[1:]:
            if _low(word) in _VERBS:
                break
            taken.append(word)
        organisation = " ".join(taken).strip(" ,.;:") or None
        described = segments[index + 1 : index + 2]
        first = described[0].split()[:1] if described else []
        if organisation and first and _low(first[0]) in ("a", "an"):
            organisation += "," + described[0]
    if title is not None:
        title, org = _split_org(title)
        organisation = organisation or org
    words = sum(1 for w in name if w.lower() not in _PARTICLES)
    return _Who(
        " ".join(name),
        " ".join(honor) or None,
        rank,
        title,
        organisation,
        words,
    )


#: Words that join a title to its field or organisation ("Director for",
#: "ministra de", "presidente da", "Chief Executive of the").
_FIELD_JOINS = frozenset(
    "for of de da do du des der di del dei della y e and und et für van von".split()
)


def _a_field(parsed: tuple[list[str], list[str], list[str], list[str]]) -> bool:
    """Whether the capitalised words found follow a title's preposition
    ("... Director for Epidemic Preparedness", "ministra de Vivienda y
    Agenda Rural", "Chief Executive of the Flood Resilience Agency"), or
    name an organisation: a field or a body, not a person."""
    before, honor, name, _ = parsed
    if honor:
        return False
    words = [w for w in before if _low(w) not in _DETERMINERS]
    if words and _low(words[-1]) in _FIELD_JOINS:
        return True
    if name and _low(name[0]) in _FIELD_JOINS:
        return True
    return ORG_WORDS.search(fold(" ".join(name))) is not None


def _pure(
    chosen: tuple[int, tuple[list[str], list[str], list[str], list[str]]],
) -> bool:
    after, name = chosen[1][3], chosen[1][2]
    return (not after or _low(after[0]) in _VERBS) and len(name) >= 2


@attrs.frozen
class _Span:
    start: int  # the opening mark
    end: int  # after the closing mark (or the paragraph's end)
    text: str


def quote_spans(text: str) -> list[_Span]:
    """Every pair of quotation marks, outermost only, in one linear scan.

    The next position of each closing mark is remembered, so a text full of
    unmatched marks is still scanned once per mark kind.
    """
    spans: list[_Span] = []
    n = len(text)
    first = n - len(text.lstrip())  # where the text starts, spaces aside
    ahead: dict[str, int] = {}

    def next_closer(mark: str, at: int) -> int:
        found = ahead.get(mark, -1)
        if found < at:
            found = text.find(mark, at)
            while (
                mark in "\u2019'" and 0 <= found < n - 1 and text[found + 1].isalpha()
            ):
                found = text.find(mark, found + 1)  # an apostrophe: it's, l’eau
            while mark == "'" and 0 < found < n and text[found - 1] in _SPACES:
                found = text.find(mark, found + 1)  # an opening mark: a 'b'
            found = n if found < 0 else found
            ahead[mark] = found
        return found

    i = 0
    while i < n:
        mark = text[i]
        closers = _CLOSERS.get(mark)
        if closers is None or (mark == "\u2018" and i > 0 and text[i - 1].isalnum()):
            i += 1
            continue
        if mark == "'" and (
            (i > 0 and text[i - 1] not in _SPACES + "(")
            or i + 1 >= n
            or not text[i + 1].isalpha()
        ):
            i += 1  # an apostrophe ("it's", "the workers' union") opens nothing
            continue
        close = min(next_closer(c, i + 1) for c in closers)
        if close < n:
            spans.append(_Span(i, close + 1, text[i + 1 : close].strip(_SPACES)))
            i = close + 1
        elif i <= first:  # a quote running to the paragraph's end
            spans.append(_Span(i, n, text[i + 1 :].strip(_SPACES)))
            i = n
        else:
            i += 1
    return spans


_ABBREVIATIONS = frozenset(
    "mr ms mrs dr prof st mag ing dott sr sra m dhr mevr rev hon jr inc ltd co "
    "corp no nr vs etc bzw ca gen lt col sgt capt".split()
)


def _ends_sentence(text: str, at: int) -> bool:
    """Whether the '.', '!' or '?' at *at* ends a sentence (not 'Dr.', 'M.D.')."""
    if text[at] != ".":
        return True
    start = max(text.rfind(" ", 0, at), text.rfind("(", 0, at)) + 1
    word = text[start:at]
    return not (len(word) <= 1 or "." in word or word.lower() in _ABBREVIATIONS)


def _sentences(text: str) -> Iterator[str]:
    """The sentences of *text*, not cut after "Dr." or an initial."""
    start = 0
    for match in re.finditer(r"[.!?](?=\s)", text):
        if _ends_sentence(text, match.start()):
            yield text[start : match.start() + 1]
            start = match.end()
    yield text[start:]


def _last_sentence(text: str) -> str:
    """The last sentence of *text* (at most :data:`_MAX_CLAUSE` characters)."""
    text = text[-_MAX_CLAUSE:].rstrip()
    end = len(text) - 1 if text[-1:] in ".!?" else len(text)
    for at in range(end - 1, -1, -1):
        if (
            text[at] in ".!?"
            and text[at + 1 : at + 2].isspace()
            and _ends_sentence(text, at)
        ):
            return text[at + 1 :].strip()
    return text.strip()


def _first_clause(text: str) -> str:
    """The clause after a quote, up to the end of its sentence."""
    text = text[:_MAX_CLAUSE]
    for at, char in enumerate(text):
        ends = at + 1 == len(text) or text[at + 1].isspace()
        if char in ".!?" and ends and _ends_sentence(text, at):
            return text[:at]
    return text


_THAT = ("que", "that", "dass", "che", "dat", "daß")


@attrs.frozen
class FoundQuote:
    text: str
    speaker: str | None
    framing: str | None
    paragraph: int
    guessed: bool = False  # attributed to the previous paragraph's speaker

    def to_model(self) -> Quote:
        assert self.speaker is not None
        return Quote(
            text=self.text,
            speaker=self.speaker,
            framing=self.framing,
            paragraph=self.paragraph,
        )


class Attributor:
    """Walks the body, paragraph by paragraph, collecting quotes and speakers."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.speakers: list[Participant] = []
        self.last: str | None = None  # the last named (or described) speaker
        self._ids: dict[str, str] = {}  # name or description -> participant id
        self._taken: set[str] = set()
        self._known: dict[str, _Who] = {}  # surname and full name -> person
        self._titled: list[_Who] = []  # people named with a title, in order
        self._pending: tuple[str, str | None] | None = None  # "X said:" before
        self._mentioned: _Who | None = None  # named in the paragraph, before

    # -- people -------------------------------------------------------------

    def _remember(self, who: _Who) -> _Who:
        known = self._known.get(who.name.casefold())
        if known is not None and who.words >= 2:
            who = attrs.evolve(
                who,
                honorific=who.honorific or known.honorific,
                rank=who.rank or known.rank,
                title=who.title or known.title,
                organisation=who.organisation or known.organisation,
            )
        elif known is not None:
            return attrs.evolve(known, honorific=known.honorific or who.honorific)
        if who.words >= 2:
            self._known[who.name.casefold()] = who
            self._known[who.name.split()[-1].casefold()] = who
            if who.title:
                self._titled.append(who)
        return who

    def _speaker(self, **facts: str | None) -> str:
        key = facts.get("name") or facts.get("description") or "speaker"
        if key in self._ids:
            return self._ids[key]
        base = slug(key)
        ident, counter = base, 2
        while ident in self._taken:
            ident, counter = f"{base}-{counter}", counter + 1
        try:
            participant = Participant(id=ident, **facts)
        except ValidationError:
            participant = Participant(
                id=ident, name=facts.get("name"), description=facts.get("description")
            )
        self._taken.add(ident)
        self._ids[key] = ident
        self.speakers.append(participant)
        return ident

    def _person_id(self, who: _Who) -> str:
        who = self._remember(who)
        if who.name in self._ids:
            return self._ids[who.name]
        organisation = country = None
        if who.organisation and len(who.organisation) <= 120:
            organisation = self.registry.find(
                who.organisation
            ) or self.registry.resolve(who.organisation)
            draft = self.registry.draft(organisation)
            country = draft.country if draft else None
        return self._speaker(
            name=who.name,
            honorific=who.honorific,
            rank=who.rank,
            title=who.title,
            organisation=organisation,
            country=country,
        )

    def _who(self, text: str) -> str | None:
        """The speaker *text* names, points back to, or describes."""
        words = text.split()
        if not words:
            return None
        if len(words) == 1 and _low(words[0]) in _PRONOUNS:
            return self.last
        if _low(words[0]) in ("a", "an", "one") and (found := self._described(text)):
            return found
        who = find_person(text)
        if who is not None and (who.words >= 2 or who.honorific):
            return self._person_id(who)
        if who is not None and (known := self._known.get(who.name.casefold())):
            return self._person_id(known)
        if _low(words[0]) in _DETERMINERS and len(words) > 1 and _is_title(words[1]):
            stem = _low(words[1])[:6]
            for person in reversed(self._titled):
                if person.title and stem in person.title.lower():
                    return self._person_id(person)
        return self._described(text)

    def _described(self, who: str) -> str | None:
        """An unnamed speaker: 'a Chinese Government official attending ...'."""
        who = who.strip(" ,.:;")
        if not re.match(r"(?:a|an|one|the)\s", who, re.I) or not _PERSON_NOUN.search(
            who
        ):
            return None
        country = demonym_country(who)
        organisation = None
        if country and re.search(r"\bgovernment\b", who, re.I):
            organisation = self.registry.government(country)
        return self._speaker(
            description=who, organisation=organisation, country=country
        )

    def _mentions(self, text: str) -> None:
        """Take in the people a paragraph names with a title or honorific;
        the last of them before a quote is whom its "he" or "sagt er" means."""
        for sentence in _sentences(text[:5000]):
            who = find_person(sentence)
            if (
                who is not None
                and who.words >= 2
                and (who.title or who.honorific or who.rank)
            ):
                self._mentioned = self._remember(who)

    def _pronoun(self) -> str | None:
        """Whom a pronoun means: the person the paragraph named before the
        quote ("Auch Almobmann X begrüßt ... „...“, sagt er"), else the last
        speaker."""
        if self._mentioned is not None:
            return self._person_id(self._mentioned)
        return self.last

    # -- clauses ------------------------------------------------------------

    def _after(self, clause: str) -> tuple[str | None, str | None, bool] | None:
        """(speaker, framing, by pronoun) from the clause after a quote."""
        toks = clause.split()[:40]
        while toks and not _clean(toks[0]):
            toks = toks[1:]
        verb = next(
            (
                k
                for k, t in enumerate(toks[:8])
                if _low(t) in _VERBS and (k == 0 or _low(t) not in _LEAD_ONLY)
            ),
            None,
        )
        if verb is None:
            return None
        before = [t for t in toks[:verb] if _low(t) not in _AUXILIARIES]
        auxiliaries = [t for t in toks[:verb] if _low(t) in _AUXILIARIES]
        framing = " ".join(_clean(t) for t in (*auxiliaries, toks[verb]))
        if before:
            if len(before) == 1 and _low(before[0]) in _PRONOUNS:
                return self._pronoun(), f"{_clean(before[0])} {framing}", True
            return self._who(" ".join(before)), framing, False
        rest = toks[verb + 1 :]
        # "said he", but not Italian's article: "ha affermato il ministro X".
        if (
            rest
            and _low(rest[0]) in _PRONOUNS
            and find_person(" ".join(rest[1:6])) is None
        ):
            return self._pronoun(), framing, True
        return self._who(" ".join(rest)), framing, False

    def _lead(self, text: str) -> tuple[str | None, str | None]:
        """(speaker, framing) from the sentence before a quote."""
        sentence = _last_sentence(text)
        toks = sentence.split()
        if not toks:
            return None, None
        verb = next((k for k, t in enumerate(toks) if _low(t) in _VERBS), None)
        cue = sentence.endswith((":", ",")) or _low(toks[-1]) in _THAT
        if verb is None and not cue:
            return None, None
        who = find_person(sentence)
        if who is None:
            described = self._described(" ".join(toks[:verb]) if verb else sentence)
            return described, None
        if (
            who.words < 2
            and not who.honorific
            and who.name.casefold() not in self._known
        ):
            return None, None
        if who.words < 2 and who.name.casefold() in self._known:
            who = self._known[who.name.casefold()]
        framing = None
        if verb is not None:
            framing = " ".join(toks[verb:]).strip().rstrip(".:;,").strip() or None
            if framing and _low(toks[-1]) in _THAT:
                framing = " ".join(toks[verb:-1]).rstrip(" ,") or None
        return self._person_id(who), framing

    # -- paragraphs ---------------------------------------------------------

    @staticmethod
    def _is_quote(span: _Span, length: int, cue: bool, said: bool) -> bool:
        words = len(span.text.split())
        if words == 0:
            return False
        if span.start == 0 and span.end >= length - 1:
            return True  # the whole paragraph
        if span.text[-1:] in ".?!\u2026" and words >= 2:
            return True
        return (words >= 3 and cue) or (words >= 2 and said)

    def paragraph(
        self, index: int, text: str, *, following: str | None = None
    ) -> Iterator[FoundQuote]:
        """Every quote of one paragraph, attributed where the text allows.

        *following* is the next paragraph's text, for a ``– Name, Title``
        attribution under a quote.
        """
        pending, self._pending = self._pending, None
        self._mentioned = None  # a paragraph's own mentions only
        spans = quote_spans(text)
        if not spans:
            stripped = text.strip()
            if pending is not None and len(stripped.split()) >= 3:
                self.last = pending[0]
                yield FoundQuote(stripped, pending[0], pending[1], index)
                return
            self._mentions(text)
            if stripped.endswith(":"):
                lead_speaker, lead_framing = self._lead(stripped)
                if lead_speaker is not None:
                    self._pending = (lead_speaker, lead_framing)
            return
        self._mentions(text[: spans[0].start])
        previous_end = 0
        length = len(text.rstrip())
        continues: str | None = None
        for number, span in enumerate(spans):
            # bounded: skipped marks ("" "" "") must not grow it
            before = text[max(previous_end, span.start - _MAX_CLAUSE) : span.start]
            stop = spans[number + 1].start if number + 1 < len(spans) else len(text)
            clause = _first_clause(text[span.end : stop])
            after = self._after(clause) if clause.strip(_SPACES + ",") else None
            lead: tuple[str | None, str | None] = (None, None)
            if continues is None and before.strip():
                lead = self._lead(before)
            cue = (
                after is not None
                or lead[0] is not None
                or (
                    before.rstrip().endswith(":")
                    or (bool(before.strip()) and _low(before.split()[-1]) in _THAT)
                )
            )
            if not self._is_quote(span, length, cue, after is not None):
                continue
            speaker: str | None = None
            framings: list[str] = []
            if lead[0] is not None:
                speaker = lead[0]
                if lead[1]:
                    framings.append(lead[1])
            if after is not None:
                who, framing, pronoun = after
                if speaker is None or not pronoun:
                    speaker = who or speaker
                if framing:
                    framings.append(framing)
            if speaker is None and continues is not None:
                speaker = continues
                framings = []
            if speaker is None and number == 0 and not before.strip() and pending:
                speaker, framings = pending[0], [pending[1]] if pending[1] else []
            if (
                speaker is None
                and number == 0
                and following
                and following.lstrip()[:1] in "\u2013\u2014-"
            ):
                speaker = self._who(following.lstrip()[1:])
            guessed = False
            if speaker is None and number == 0 and not before.strip() and self.last:
                speaker, guessed = self.last, True
            yield FoundQuote(
                span.text, speaker, "; ".join(framings) or None, index, guessed
            )
            if speaker is not None:
                self.last = speaker
            continues = speaker if (after is not None or continues) else None
            previous_end = span.end + (len(clause) if after is not None else 0)
