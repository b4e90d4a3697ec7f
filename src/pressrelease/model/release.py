"""The press release itself."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from pressrelease.errors import ValidationError
from pressrelease.model import _fields
from pressrelease.model._references import reference_problems
from pressrelease.model.contact import Contact
from pressrelease.model.dateline import Dateline
from pressrelease.model.organisation import Organisation
from pressrelease.model.participant import Participant
from pressrelease.model.quote import Quote

__all__ = ["Release"]


def _dateline(value: Dateline) -> Dateline:
    return _fields.instance(value, Dateline)


def _issuer(value: Organisation) -> Organisation:
    return _fields.instance(value, Organisation)


def _organisations(value: Sequence[Organisation]) -> tuple[Organisation, ...]:
    return _fields.instances(value, Organisation)


def _participants(value: Sequence[Participant]) -> tuple[Participant, ...]:
    return _fields.instances(value, Participant)


def _quotes(value: Sequence[Quote]) -> tuple[Quote, ...]:
    return _fields.instances(value, Quote)


def _contacts(value: Sequence[Contact]) -> tuple[Contact, ...]:
    return _fields.instances(value, Contact)


@attrs.frozen(kw_only=True)
class Release:
    """A press release: who issued it, what it says, who speaks, whom to call.

    Objects refer to each other by id: a quote's ``speaker`` is a participant
    id, a participant's or contact's ``organisation`` an organisation id (the
    issuer's included). The release checks that every id is unique and every
    reference resolves. ``countries`` are the countries the release concerns.

    >>> import datetime
    >>> uniap = Organisation(id="uniap", name="UNIAP", kind="un_body")
    >>> r = Release(id="r1", headline="Headline", language="en",
    ...             dateline=Dateline(place="Ayutthaya", country="TH",
    ...                               date=datetime.date(2009, 6, 19)),
    ...             issuer=uniap, body=("Text.",))
    >>> r.organisation("uniap").name
    'UNIAP'
    """

    id: str = attrs.field(converter=_fields.identifier)
    headline: str = attrs.field(converter=_fields.text)
    language: str = attrs.field(converter=_fields.language)
    dateline: Dateline = attrs.field(converter=_dateline)
    issuer: Organisation = attrs.field(converter=_issuer)
    body: tuple[str, ...] = attrs.field(default=(), converter=_fields.texts)
    organisations: tuple[Organisation, ...] = attrs.field(
        default=(), converter=_organisations
    )
    participants: tuple[Participant, ...] = attrs.field(
        default=(), converter=_participants
    )
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quotes)
    contacts: tuple[Contact, ...] = attrs.field(default=(), converter=_contacts)
    countries: tuple[str, ...] = attrs.field(default=(), converter=_fields.countries)

    def __attrs_post_init__(self) -> None:
        _fields.finish(self)
        problems = reference_problems(self)
        if problems:
            raise ValidationError(_fields.in_field_order(Release, problems))

    @property
    def all_organisations(self) -> tuple[Organisation, ...]:
        """The issuer followed by every other organisation."""
        return (self.issuer, *self.organisations)

    def organisation(self, id: str) -> Organisation:
        """The organisation (issuer included) with this id; KeyError if none."""
        for org in self.all_organisations:
            if org.id == id:
                return org
        raise KeyError(id)

    def participant(self, id: str) -> Participant:
        """The participant with this id; KeyError if none."""
        for person in self.participants:
            if person.id == id:
                return person
        raise KeyError(id)

    def quotes_by(self, participant_id: str) -> tuple[Quote, ...]:
        """Every quote of one participant, in release order."""
        return tuple(q for q in self.quotes if q.speaker == participant_id)

    def speaker(self, quote: Quote) -> Participant:
        """The participant who said *quote*."""
        return self.participant(quote.speaker)

    def contacts_for(self, language: str) -> tuple[Contact, ...]:
        """The media contacts serving *language* (a BCP 47 tag, any case)."""
        wanted = language.lower()
        return tuple(
            c
            for c in self.contacts
            if c.language is not None
            and (
                c.language.lower() == wanted
                or c.language.lower().startswith(wanted + "-")
            )
        )

    def members_of(self, organisation_id: str) -> tuple[Organisation, ...]:
        """The organisations whose ``parent`` is *organisation_id*."""
        return tuple(o for o in self.all_organisations if o.parent == organisation_id)
