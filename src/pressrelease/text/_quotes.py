"""Quotes in body paragraphs, and the participants who said them.

Attribution follows how releases write it:

- ``"Words," says a Chinese Government official. "More words."``: the
  reporting clause after a quote names the speaker (or a description of an
  unnamed one), and the next quote continues it;
- ``Mr Chhuon Vibol of LICADHO agrees. "Words," he says.``: the sentence
  before a quote names the speaker and frames the quote; a pronoun after it
  points back to that speaker (or the last one named).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from pressrelease.model.participant import Participant
from pressrelease.model.quote import Quote
from pressrelease.text._orgs import Registry, demonym_country, slug

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_NAME_WORD = rf"[{_UPPER}][\w'\u2019-]*"
_RANK = (
    r"(?:(?:Police|Senior|Junior|Deputy|Lieutenant|Major|Brigadier|Vice|Rear|"
    r"Staff|Chief|Acting|First|Second)\s+)*(?:General|Colonel|Major|Captain|"
    r"Lieutenant|Commander|Sergeant|Inspector|Superintendent|Admiral|Commissioner)"
)
_HONORIFIC = r"(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Professor|H\.E\.|Sir|Dame)\.?"
_PERSON = re.compile(
    rf"(?:(?P<rank>{_RANK})\s+)?(?:(?P<honorific>{_HONORIFIC})\s+)?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}})"
)
_VERBS = """
    says said adds added agrees agreed explains explained emphasizes
    emphasises emphasized emphasised highlights highlighted expresses
    expressed notes noted stresses stressed warns warned urges urged points
    pointed welcomes welcomed describes described believes believed insists
    insisted argues argued tells told comments commented remarks remarked
    observes observed acknowledges acknowledged underlines underlined
    underscores underscored concludes concluded states stated reports reported
    affirms affirmed confirms confirmed suggests suggested asserts asserted
    shares shared calls called recalls recalled continues continued
""".split()
_VERB = "|".join(_VERBS)
_VERB_WORD = re.compile(rf"\b(?:{_VERB})\b")
_PRONOUN_AFTER = re.compile(
    rf"\s*,?\s*(?P<who>he|she|they)\s+(?P<verb>{_VERB})\s*[.,:]?\s*", re.I
)
_VERB_FIRST_AFTER = re.compile(
    rf"\s*,?\s*(?P<verb>{_VERB})\s+(?P<who>[^.\"]+?)\s*[.,:]?\s*"
)
_NAME_FIRST_AFTER = re.compile(
    rf"\s*,?\s*(?P<who>[^.\"]+?)\s+(?P<verb>{_VERB})\s*[.,:]?\s*"
)
_PERSON_NOUN = re.compile(
    r"\b(?:official|spokes\w+|representative|officer|member|participant|worker|"
    r"expert|victim|survivor|delegate|minister|director|head|chief|advocate|"
    r"activist|volunteer|leader|resident|woman|man|girl|boy|mother|father|"
    r"teacher|trainer|judge|prosecutor|investigator|source)s?\b",
    re.I,
)
_QUOTE = re.compile(r"\"(?P<straight>[^\"]+)\"|\u201c(?P<curly>[^\u201c\u201d]+)\u201d")


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


@attrs.frozen
class _Mention:
    speaker: str
    framing: str | None


class Attributor:
    """Walks the body, paragraph by paragraph, collecting quotes and speakers."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.speakers: list[Participant] = []
        self.last: str | None = None  # the last named (or described) speaker

    def _speaker(self, **facts: str | None) -> str:
        key = facts.get("name") or facts.get("description") or "speaker"
        for known in self.speakers:
            if (known.name or known.description) == key:
                return known.id
        ident = slug(key)
        taken = {s.id for s in self.speakers}
        base, counter = ident, 2
        while ident in taken:
            ident, counter = f"{base}-{counter}", counter + 1
        self.speakers.append(Participant(id=ident, **facts))
        return ident

    def _named(self, text: str) -> _Mention | None:
        """A sentence starting with a person: '<rank> <Ms> Name <of Org> verb ...'."""
        match = _PERSON.match(text.strip())
        if match is None or not (match["rank"] or match["honorific"]):
            return None
        rest = text.strip()[match.end() :]
        verb = _VERB_WORD.search(rest)
        mention = rest[: verb.start()] if verb else ""
        framing = rest[verb.start() :].strip().rstrip(".:;,").strip() if verb else None
        title, organisation = self._affiliation(mention)
        org = self.registry.draft(organisation) if organisation else None
        ident = self._speaker(
            name=match["name"],
            honorific=match["honorific"],
            rank=match["rank"],
            title=title,
            organisation=organisation,
            country=org.country if org else None,
        )
        return _Mention(ident, framing or None)

    def _affiliation(self, mention: str) -> tuple[str | None, str | None]:
        text = mention.strip(" ,")
        if not text:
            return None, None
        for preposition in ("from ", "of ", "at "):
            if text.startswith(preposition):
                return None, self.registry.resolve(text[len(preposition) :])
        title, sep, org = text.partition(" of ")
        if sep and title[:1].isupper():
            return title, self.registry.resolve(org)
        return text, None

    def _described(self, who: str) -> str | None:
        """An unnamed speaker: 'a Chinese Government official attending ...'."""
        if not re.match(r"(?:a|an|one|the)\s", who) or not _PERSON_NOUN.search(who):
            return None
        country = demonym_country(who)
        organisation = None
        if country and re.search(r"\bgovernment\b", who, re.I):
            organisation = self.registry.government(country)
        return self._speaker(
            description=who, organisation=organisation, country=country
        )

    def _after(self, text: str) -> tuple[_Mention | None, bool]:
        """The reporting clause right after a quote: (who said it, pronoun?)."""
        if match := _PRONOUN_AFTER.fullmatch(text):
            if self.last is None:
                return None, True
            return _Mention(self.last, f"{match['who']} {match['verb']}"), True
        if match := _VERB_FIRST_AFTER.fullmatch(text):
            who = match["who"]
            speaker = self._described(who) or self._person_only(who)
            if speaker is not None:
                return _Mention(speaker, match["verb"]), False
        if match := _NAME_FIRST_AFTER.fullmatch(text):
            speaker = self._person_only(match["who"])
            if speaker is not None:
                return _Mention(speaker, match["verb"]), False
        return None, False

    def _person_only(self, who: str) -> str | None:
        found = self._named(who + " says")
        return found.speaker if found else None

    def paragraph(self, index: int, text: str) -> Iterator[FoundQuote]:
        """Every quote of one paragraph, attributed where the text allows."""
        spans = list(_QUOTE.finditer(text))
        previous_end = 0
        continues: str | None = None  # speaker the previous quote's clause named
        for number, span in enumerate(spans):
            words = span["straight"] or span["curly"]
            before = text[previous_end : span.start()]
            following = (
                spans[number + 1].start() if number + 1 < len(spans) else len(text)
            )
            after = text[span.end() : following]
            lead = self._named(before) if continues is None else None
            clause, pronoun = self._after(after) if after.strip() else (None, False)
            if pronoun and lead is not None:  # "he says" is the speaker just named
                clause = _Mention(lead.speaker, clause.framing if clause else None)
            speaker = (lead.speaker if lead else None) or (
                clause.speaker if clause else continues
            )
            guessed = False
            if speaker is None and number == 0 and not before.strip() and self.last:
                speaker, guessed = self.last, True
            framings = [m.framing for m in (lead, clause) if m and m.framing]
            framing = "; ".join(framings) if continues is None or lead else None
            yield FoundQuote(words, speaker, framing or None, index, guessed)
            if speaker is not None:
                self.last = speaker
            continues = speaker if clause is not None else None
            previous_end = span.end() if clause is None else following
        if not spans and (found := self._named(text)) is not None:
            self.last = found.speaker
