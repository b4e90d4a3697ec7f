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

_ACRONYM = re.compile(r"(?P<name>.+?)\s+\((?P<acronym>[A-Z][A-Za-z&]*[A-Z])\)")
_POSSESSIVE = re.compile(r"(?P<country>.+?)['\u2019]s\s+(?P<rest>.+)")
_FUNDED = re.compile(r"(?P<funder>.+?)-funded\s+(?P<rest>.+)")
_GOVERNMENTS = re.compile(r"\bgovernments\s+of\s+(?P<list>.+?)(?:,?\s+in\b|[.;]|$)")
# "Coordinated Mekong Ministerial Initiative against Human Trafficking (COMMIT)"
_DEFINITION = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|on|for|against|and|in|to|the))*)"
    r"\s+\((?P<acronym>[A-Z][A-Z&]{1,9})\)"
)
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
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
    return " ".join(text.casefold().split())


class Registry:
    """The organisations of one release, found by name or acronym."""

    def __init__(self, reserved: dict[str, str]) -> None:
        # reserved: label (name or acronym) -> id, for the issuer.
        self._by_key: dict[str, Draft | str] = {_key(k): v for k, v in reserved.items()}
        self._ids = set(reserved.values())
        self._governments: dict[str, str] = {}
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
        name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
        known = self._by_key.get(_key(name)) or (
            self._by_key.get(_key(acronym)) if acronym else None
        )
        if isinstance(known, str):
            return known
        draft = known or self._new(name, acronym, country)
        draft.acronym = draft.acronym or acronym
        draft.country = draft.country or country
        draft.parent = draft.parent or parent
        draft.description = draft.description or description
        for label in (name, acronym):
            if label:
                self._by_key.setdefault(_key(label), draft)
        return draft.id

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
        counter = 2
        while ident in self._ids:
            ident, counter = f"{base}-{counter}", counter + 1
        self._ids.add(ident)
        draft = Draft(id=ident, name=name, country=country)
        self.drafts.append(draft)
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
        return next((d for d in self.drafts if d.id == ident), None)

    def resolve(self, phrase: str) -> str:
        """The id for an organisation phrase, creating what it names."""
        phrase = re.sub(r"^the\s+", "", phrase.strip(" ,."), flags=re.I)
        name, _, description = phrase.partition(", ")
        description_text = description.strip() or None
        country = None
        if description_text:
            country = demonym_country(description_text)
        if funded := _FUNDED.fullmatch(name):
            funder = self.resolve_funder(funded["funder"])
            ident = self.resolve(funded["rest"])
            draft = self.draft(ident)
            if draft is not None and funder not in draft.funders:
                draft.funders.append(funder)
            return ident
        parent = None
        # "X of Thailand's Ministry of Justice", "X in Vietnam's Ministry ...":
        # the body after a country possessive is the parent.
        for split in re.finditer(r" (?:of|in) ", name):
            tail = name[split.end() :]
            if _country_of(tail):
                parent = self.resolve(tail)
                name = name[: split.start()]
                break
        if match := _POSSESSIVE.fullmatch(name):
            found = country_for_name(match["country"])
            if found:
                country, name = found, match["rest"]
        else:
            for candidate in _country_names():
                if (
                    name.startswith(candidate + " ")
                    and name[len(candidate) + 1].isupper()
                ):
                    country = country_for_name(candidate)
                    name = name[len(candidate) + 1 :]
                    break
        acronym = None
        if match := _ACRONYM.fullmatch(name):
            name, acronym = match["name"], match["acronym"]
        elif name.isupper() and " " not in name:
            acronym = name
        if country is None:
            of_country = re.search(r"\bof\s+(.+)$", name)
            country = country_for_name(of_country.group(1)) if of_country else None
        if parent is not None and country is None:
            parent_draft = self.draft(parent)
            country = parent_draft.country if parent_draft else None
        if parent is None and country and guess_kind(name) is OrganisationKind.MINISTRY:
            parent = self.government(country)
        return self.add(name, acronym, country, parent, description_text)

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
        for match in _DEFINITION.finditer(text):
            if self.find(match["acronym"]) is None:
                self.resolve(f"{match['name']} ({match['acronym']})")
        return countries

    def organisations(self) -> tuple[Organisation, ...]:
        return tuple(d.build() for d in self.drafts)


def _country_of(possessive: str) -> str | None:
    match = _POSSESSIVE.fullmatch(possessive)
    return country_for_name(match["country"]) if match else None


def demonym_country(text: str) -> str | None:
    """The country of the first demonym in *text* ("a Chinese official")."""
    for word in re.findall(r"[A-Z][a-z]+", text):
        if word in DEMONYMS:
            return DEMONYMS[word]
    return None
