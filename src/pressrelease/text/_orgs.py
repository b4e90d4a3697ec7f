"""Organisations named in a release's text, gathered into one registry.

Phrases such as "the Department of Special Investigation (DSI) of Thailand's
Ministry of Justice" become organisations with parents and countries; the
same body named twice (by name, then by acronym) is one organisation.
"""

from __future__ import annotations

import re
import unicodedata

import attrs

from pressrelease._names import DEMONYMS, country_for_name, country_name
from pressrelease._names import country_names_and_aliases as _country_names
from pressrelease.model.organisation import Organisation, OrganisationKind

# Every pattern here runs on text from the release: none has a quantifier
# over a quantified group, and every lazy one is bounded, so each is linear.
_ACRONYM_TAIL = re.compile(r"\((?P<acronym>[A-Z][A-Za-z&]{0,18}[A-Z])\)")
# "Thailand's Ministry": a country name is short, so the search is bounded.
_POSSESSIVE = re.compile(r"(?P<country>[^\s'\u2019][^'\u2019]{0,59}?)['\u2019]s\s")
_FUNDED = "-funded "
_GOVERNMENTS = re.compile(
    r"\bgovernments\s+of\s+(?P<list>[^.;]{1,400}?)(?:,?[ \t]{1,3}in\b|[.;]|$)"
)
# "Coordinated Mekong Ministerial Initiative against Human Trafficking (COMMIT)":
# the acronym is found first, then the name is read backwards from it.
_DEFINED = re.compile(r"\((?P<acronym>[A-Z][A-Z&]{1,9})\)")
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")
_CONNECTORS = frozenset("of on for against and in to the".split())
#: The most words a defined name may have ("Coordinated Mekong ... (COMMIT)").
_MAX_NAME_WORDS = 14
#: The deepest parent chain a new link is checked against for cycles.
_MAX_DEPTH = 64
_KINDS = [
    (re.compile(r"^government of|\bgovernment$", re.I), OrganisationKind.GOVERNMENT),
    (
        re.compile(r"\bunited nations\b|^un\b|\bunicef\b", re.I),
        OrganisationKind.UN_BODY,
    ),
    (re.compile(r"\bministry\b", re.I), OrganisationKind.MINISTRY),
    (re.compile(r"\b(?:court|judiciary|tribunal)\b", re.I), OrganisationKind.JUDICIARY),
    (
        re.compile(r"\b(?:department|office|agency|bureau|police|commission)\b", re.I),
        OrganisationKind.GOVERNMENT_AGENCY,
    ),
    (
        re.compile(r"\b(?:ministerial|intergovernmental|development bank)\b", re.I),
        OrganisationKind.INTERGOVERNMENTAL,
    ),
    (re.compile(r"\b(?:ngo|non-governmental)\b", re.I), OrganisationKind.NGO),
]


def slug(text: str) -> str:
    """An id from text: ``Ministry of Justice`` → ``ministry-of-justice``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words)[:60].strip("-") or "x"


def guess_kind(name: str, description: str | None = None) -> OrganisationKind:
    for pattern, kind in _KINDS:
        if pattern.search(name) or (description and pattern.search(description)):
            return kind
    return OrganisationKind.OTHER


@attrs.define
class Draft:
    """An organisation being assembled from several mentions."""

    id: str
    name: str
    acronym: str | None = None
    country: str | None = None
    parent: str | None = None
    description: str | None = None
    members: list[str] = attrs.Factory(list)
    funders: list[str] = attrs.Factory(list)

    def build(self) -> Organisation:
        kind = guess_kind(self.name, self.description)
        if kind is OrganisationKind.OTHER and self.funders:
            kind = OrganisationKind.DONOR_PROGRAMME  # "Government-funded ... Project"
        return Organisation(
            id=self.id,
            name=self.name,
            acronym=self.acronym,
            kind=kind,
            country=self.country,
            parent=self.parent,
            members=tuple(self.members),
            funders=tuple(self.funders),
            description=self.description,
        )


def _key(text: str) -> str:
    return " ".join(_strip_the(text.strip()).casefold().split())


class Registry:
    """The organisations of one release, found by name or acronym."""

    def __init__(self, reserved: dict[str, str]) -> None:
        # reserved: label (name or acronym) -> id, for the issuer.
        self._by_key: dict[str, Draft | str] = {_key(k): v for k, v in reserved.items()}
        self._ids = set(reserved.values())
        self._governments: dict[str, str] = {}
        self._by_id: dict[str, Draft] = {}
        # the next counter to try for a slug many organisations share
        self._counters: dict[str, int] = {}
        self.drafts: list[Draft] = []

    def find(self, label: str) -> str | None:
        """The id of the organisation called *label*, if known."""
        found = self._by_key.get(_key(label))
        return found if isinstance(found, str) or found is None else found.id

    def add(
        self,
        name: str,
        acronym: str | None = None,
        country: str | None = None,
        parent: str | None = None,
        description: str | None = None,
    ) -> str:
        """The id of this organisation, created or merged with an earlier mention."""
        name = _strip_the(name.strip())
        known = self._by_key.get(_key(name)) or (
            self._by_key.get(_key(acronym)) if acronym else None
        )
        if isinstance(known, str):
            return known
        draft = known or self._new(name, acronym, country)
        draft.acronym = draft.acronym or acronym
        draft.country = draft.country or country
        if (
            draft.parent is None
            and parent is not None
            and self._may_parent(draft.id, parent)
        ):
            draft.parent = parent
        draft.description = draft.description or description
        for label in (name, acronym):
            if label:
                self._by_key.setdefault(_key(label), draft)
        return draft.id

    def _may_parent(self, child: str, parent: str) -> bool:
        """Whether *parent* can be *child*'s parent without a cycle.

        The same name twice in a chain ("Office of Laos's Office") must not
        make an organisation its own ancestor. The walk up is bounded, so a
        deep chain costs a constant per link.
        """
        ident: str | None = parent
        for _ in range(_MAX_DEPTH):
            if ident is None:
                return True
            if ident == child:
                return False
            found = self._by_id.get(ident)
            ident = found.parent if found else None
        return False

    def _new(
        self,
        name: str,
        acronym: str | None,
        country: str | None,
        preferred: str | None = None,
    ) -> Draft:
        base = preferred or slug(acronym or name)
        ident = base
        if ident in self._ids and country:
            ident = f"{base}-{country.lower()}"
        if ident in self._ids:
            # Counters only grow, so many organisations sharing one slug
            # cost one step each, not one step per earlier namesake.
            counter = self._counters.get(base, 2)
            while f"{base}-{counter}" in self._ids:
                counter += 1
            ident = f"{base}-{counter}"
            self._counters[base] = counter + 1
        self._ids.add(ident)
        draft = Draft(id=ident, name=name, country=country)
        self.drafts.append(draft)
        self._by_id[ident] = draft
        return draft

    def government(self, country: str, written: str | None = None) -> str:
        """The id of the government of *country* (``gov-th``), named as written."""
        if country not in self._governments:
            label = f"Government of {written or country_name(country)}"
            draft = self._new(label, None, country, preferred=f"gov-{country.lower()}")
            self._by_key[_key(label)] = draft
            self._governments[country] = draft.id
        return self._governments[country]

    def draft(self, ident: str) -> Draft | None:
        return self._by_id.get(ident)

    def resolve(self, phrase: str) -> str:
        """The id for an organisation phrase, creating what it names.

        "Australian Government-funded Asia Regional Trafficking in Persons
        Project" gets a funder; "Department of Special Investigation (DSI) of
        Thailand's Ministry of Justice" gets a parent, which gets its own
        parent (the government). Each link of such chains is one turn of a
        loop, never a recursion, so no phrase can exhaust the stack.
        """
        phrase = _strip_the(phrase.strip(" ,."))
        name, _, description = phrase.partition(", ")
        description_text = description.strip() or None
        country = demonym_country(description_text) if description_text else None
        funders: list[str] = []
        start = 0  # positions, not slices: a long chain costs one pass
        while (at := name.find(_FUNDED, start)) > start:
            funders.append(name[start:at].strip(" ,."))
            start = at + len(_FUNDED)
        name = _strip_the(name[start:].strip(" ,."))
        # "X of Thailand's Ministry of Justice", "X in Vietnam's Ministry ...":
        # the body after a country possessive is the parent; it may have one
        # of its own. Outermost first.
        heads: list[str] = []
        start = 0
        for split in re.finditer(r" (?:of|in) ", name):
            if split.start() >= start and _country_of(name, split.end()):
                heads.append(name[start : split.start()])
                start = split.end()
        name = name[start:]
        ident = self._one(
            name, None, None if heads else description_text, None if heads else country
        )
        for number, head in enumerate(reversed(heads)):
            outermost = number == len(heads) - 1
            ident = self._one(
                head,
                ident,
                description_text if outermost else None,
                country if outermost else None,
            )
        if funders:
            draft = self.draft(ident)
            for text in funders:
                funder = self.resolve_funder(text)
                if draft is not None and funder not in draft.funders:
                    draft.funders.append(funder)
        return ident

    def _one(
        self,
        name: str,
        parent: str | None,
        description: str | None,
        country: str | None,
    ) -> str:
        """One organisation of a chain, its parent already resolved."""
        if (match := _POSSESSIVE.match(name)) and (
            found := country_for_name(match["country"])
        ):
            rest = name[match.end() :].strip()
            if rest:
                country, name = found, rest
        else:
            for candidate in _country_names():
                cut = len(candidate) + 1
                if (
                    len(name) > cut
                    and name.startswith(candidate + " ")
                    and name[cut].isupper()
                ):
                    country = country_for_name(candidate)
                    name = name[cut:]
                    break
        name, acronym = _split_acronym(name)
        if acronym is None and name.isupper() and " " not in name:
            acronym = name
        if country is None:
            of_country = re.search(r"\bof\s+(.+)$", name)
            country = country_for_name(of_country.group(1)) if of_country else None
        if parent is not None and country is None:
            parent_draft = self.draft(parent)
            country = parent_draft.country if parent_draft else None
        if parent is None and country and guess_kind(name) is OrganisationKind.MINISTRY:
            parent = self.government(country)
        return self.add(name, acronym, country, parent, description)

    def resolve_funder(self, text: str) -> str:
        """The funder in "Australian Government-funded": a government, by demonym."""
        words = text.split()
        if len(words) == 2 and words[1].lower() == "government":
            country = DEMONYMS.get(words[0])
            if country:
                return self.add(text, country=country)
        return self.resolve(text)

    def read_paragraph(self, text: str) -> list[str]:
        """Take in the organisations a body paragraph defines; return countries.

        "the governments of Cambodia, China, ... and Viet Nam" makes a
        government for each (the countries the release concerns);
        "Asian Development Bank (ADB)" makes an organisation with an acronym.
        """
        countries: list[str] = []
        for match in _GOVERNMENTS.finditer(text):
            names = [
                n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", match["list"])
            ]
            codes = [country_for_name(n) for n in names]
            if all(codes):
                for written, code in zip(names, codes, strict=True):
                    assert code is not None
                    self.government(code, written)
                    countries.append(code)
        for match in _DEFINED.finditer(text):
            name = _name_before(text, match.start())
            if name and self.find(match["acronym"]) is None:
                self.resolve(f"{name} ({match['acronym']})")
        return countries

    def organisations(self) -> tuple[Organisation, ...]:
        return tuple(d.build() for d in self.drafts)


def _strip_the(text: str) -> str:
    if text[:3].casefold() == "the" and text[3:4].isspace():
        return text[4:].lstrip()
    return text


def _split_acronym(name: str) -> tuple[str, str | None]:
    """ "Asian Development Bank (ADB)" → the name and the acronym."""
    if not name.endswith(")"):
        return name, None
    at = name.rfind("(")
    match = _ACRONYM_TAIL.fullmatch(name, at) if at > 0 else None
    head = name[:at]
    if match is None or not head[-1:].isspace() or not head.strip():
        return name, None
    return head.rstrip(), match["acronym"]


def _name_before(text: str, end: int) -> str | None:
    """The capitalised name that ends just before *end* (an acronym's bracket).

    Reads at most :data:`_MAX_NAME_WORDS` words backwards, so each acronym
    costs a bounded amount however many capitalised words precede it.
    """
    start = max(0, end - 300)
    window = text[start:end]
    if not window[-1:].isspace():
        return None
    words = window.split()
    if start > 0 and words and not window[:1].isspace():
        words = words[1:]  # cut mid-word
    taken: list[str] = []
    for word in reversed(words):
        if len(taken) >= _MAX_NAME_WORDS:
            break
        if word in _CONNECTORS or _NAME_WORD.fullmatch(word):
            taken.append(word)
        else:
            break
    while taken and taken[-1] in _CONNECTORS:
        taken.pop()
    return " ".join(reversed(taken)) or None


def _country_of(text: str, at: int) -> str | None:
    """The country of the possessive starting at *at* ("Thailand's Ministry")."""
    match = _POSSESSIVE.match(text, at)
    if match is None or match.end() >= len(text) or text[match.end()].isspace():
        return None
    return country_for_name(match["country"])


def demonym_country(text: str) -> str | None:
    """The country of the first demonym in *text* ("a Chinese official")."""
    for word in re.findall(r"[A-Z][a-z]+", text):
        if word in DEMONYMS:
            return DEMONYMS[word]
    return None
