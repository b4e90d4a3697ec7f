"""Hypothesis strategies for every model class, for property-testing your code.

Needs hypothesis (``pip install 'pressrelease[hypothesis]'``). These are the
strategies the library's own test suite uses; every object they produce is
valid, and every release's references resolve.

>>> from hypothesis import given
>>> from pressrelease import strategies
>>> @given(strategies.releases())
... def test_headline_is_text(release):
...     assert release.headline.strip() == release.headline
>>> test_headline_is_text()
"""

from __future__ import annotations

import datetime
import functools
import unicodedata
from collections.abc import Sequence

import attrs
import phonenumbers
from hypothesis import strategies as st

from pressrelease.email_address import EmailAddress
from pressrelease.errors import ValidationError
from pressrelease.iso import COUNTRIES, LANGUAGES
from pressrelease.model.address import PostalAddress
from pressrelease.model.contact import Contact, ContactRole
from pressrelease.model.dateline import Dateline
from pressrelease.model.organisation import Organisation, OrganisationKind
from pressrelease.model.participant import Participant
from pressrelease.model.phone_entry import Phone, PhoneKind
from pressrelease.model.quote import Quote
from pressrelease.model.release import Release
from pressrelease.phone import PhoneNumber

__all__ = [
    "contacts",
    "countries",
    "datelines",
    "email_addresses",
    "example_numbers",
    "identifiers",
    "languages",
    "organisations",
    "participants",
    "phone_numbers",
    "phones",
    "postal_addresses",
    "quotes",
    "releases",
    "texts",
]

_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029"


@functools.cache
def example_numbers(valid: bool = True) -> tuple[tuple[str | None, PhoneNumber], ...]:
    """Every phonenumbers example number as (region, number).

    With ``valid=True``: each region's example of each number type, plus the
    non-geographic ones (region None). With ``valid=False``: possible numbers
    that are not valid under the current plan.
    """
    found: list[tuple[str | None, PhoneNumber]] = []
    e164 = phonenumbers.PhoneNumberFormat.E164
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        if valid:
            for kind in range(11):
                number = phonenumbers.example_number_for_type(region, kind)
                if number is not None:
                    found.append(
                        (
                            region,
                            PhoneNumber.parse(phonenumbers.format_number(number, e164)),
                        )
                    )
        else:
            number = phonenumbers.invalid_example_number(region)
            if number is None:
                continue
            try:
                parsed = PhoneNumber.parse(phonenumbers.format_number(number, e164))
            except ValidationError:
                continue  # impossible, not just invalid
            if not parsed.is_valid:
                found.append((region, parsed))
    if valid:
        for code in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
            number = phonenumbers.example_number_for_non_geo_entity(code)
            if number is not None:
                found.append(
                    (None, PhoneNumber.parse(phonenumbers.format_number(number, e164)))
                )
    return tuple(dict.fromkeys(found))


def _with_extension(number: PhoneNumber, extension: str | None) -> PhoneNumber:
    return PhoneNumber(e164=number.e164, extension=extension)


@functools.cache
def phone_numbers(
    *, valid: bool | None = True, extensions: bool = True
) -> st.SearchStrategy[PhoneNumber]:
    """Phone numbers across all regions and number types.

    ``valid=True``: valid today; ``False``: possible but not valid (as a number
    from before a renumbering); ``None``: either. With ``extensions``, some
    numbers carry an extension.
    """
    pools = [example_numbers(True), example_numbers(False)]
    pool = pools[0] if valid else pools[1] if valid is False else pools[0] + pools[1]
    numbers = st.sampled_from(pool).map(lambda pair: pair[1])
    if not extensions:
        return numbers
    extension = st.none() | st.from_regex(r"[0-9]{1,6}", fullmatch=True)
    return st.builds(_with_extension, numbers, extension)


_LABELS = st.sampled_from(
    ["journalists only", "direct line", "after hours", "Bangkok office", "24/7"]
)


@functools.cache
def phones(*, labels: bool = True) -> st.SearchStrategy[Phone]:
    """Phone entries of every kind, some with a label as written."""
    label = st.none() | (_LABELS | texts()) if labels else st.none()
    return st.builds(
        Phone,
        number=phone_numbers(valid=None),
        kind=st.sampled_from(PhoneKind),
        label=label,
    )


@functools.cache
def texts(*, max_size: int = 40) -> st.SearchStrategy[str]:
    """Text the model accepts: NFC, one line, no surrounding whitespace."""
    alphabet = st.characters(
        codec="utf-8",
        exclude_categories=("Cc", "Cs", "Zl", "Zp"),
        exclude_characters=_BIDI,
    )
    return (
        st.text(alphabet, min_size=1, max_size=max_size)
        .map(lambda s: unicodedata.normalize("NFC", s).strip())
        .filter(lambda s: s != "" and s == unicodedata.normalize("NFC", s))
    )


@functools.cache
def identifiers() -> st.SearchStrategy[str]:
    """Ids such as ``uniap`` or ``gov-th``."""
    return st.from_regex(r"[a-z0-9][a-z0-9._:-]{0,11}", fullmatch=True)


@functools.cache
def countries() -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-2 country codes."""
    return st.sampled_from(sorted(COUNTRIES))


@functools.cache
def languages() -> st.SearchStrategy[str]:
    """BCP 47 tags: an ISO 639-1 language, sometimes with a region (``zh-CN``)."""
    plain = st.sampled_from(sorted(LANGUAGES))
    return plain | st.builds(lambda lang, c: f"{lang}-{c}", plain, countries())


_ASCII_LOCAL = st.from_regex(
    r"[A-Za-z0-9](?:[A-Za-z0-9_+-]|\.(?!\.)){0,14}[A-Za-z0-9]", fullmatch=True
)
_INTL_LOCAL = st.sampled_from(["josé", "用户", "δοκιμή", "почта", "ñandú", "ayşe"])
_LABEL = st.from_regex(r"[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True).filter(
    lambda label: label[2:4] != "--"
)
_IDN_LABEL = st.sampled_from(["bücher", "münchen", "例子", "пример", "ñandú"])
_TLD = st.sampled_from(["org", "com", "net", "int", "info", "asia", "th", "kh", "vn"])


def _email(local: str, labels: Sequence[str], tld: str) -> EmailAddress:
    return EmailAddress.parse(f"{local}@{'.'.join(labels)}.{tld}")


@functools.cache
def email_addresses() -> st.SearchStrategy[EmailAddress]:
    """Valid addresses, ASCII and internationalised (local part and domain)."""
    local = _ASCII_LOCAL | _INTL_LOCAL
    labels = st.lists(_LABEL | _IDN_LABEL, min_size=1, max_size=3)
    return st.builds(_email, local, labels, _TLD)


@functools.cache
def postal_addresses() -> st.SearchStrategy[PostalAddress]:
    """Postal addresses with street lines and/or a locality."""
    optional = st.none() | texts()
    return st.builds(
        PostalAddress,
        name=optional,
        street=st.lists(texts(), min_size=1, max_size=3).map(tuple),
        locality=optional,
        region=optional,
        postal_code=optional,
        country=st.none() | countries(),
    )


@functools.cache
def datelines() -> st.SearchStrategy[Dateline]:
    """Datelines with dates from 1900 to 2100."""
    return st.builds(
        Dateline,
        place=texts(),
        country=st.none() | countries(),
        date=st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 12, 31)),
    )


def _optional_text() -> st.SearchStrategy[str | None]:
    return st.none() | texts()


@functools.cache
def _organisation() -> st.SearchStrategy[Organisation]:
    some_phones = st.lists(phones(), max_size=3).map(tuple)
    return st.builds(
        Organisation,
        id=identifiers(),
        name=texts(),
        acronym=_optional_text(),
        kind=st.sampled_from(OrganisationKind),
        country=st.none() | countries(),
        description=_optional_text(),
        role=_optional_text(),
        website=st.none()
        | st.builds(lambda label: f"https://www.{label}.org/", _LABEL),
        address=st.none() | postal_addresses(),
        phones=some_phones,
        emails=st.lists(email_addresses(), max_size=2).map(tuple),
    )


@functools.cache
def _participant() -> st.SearchStrategy[Participant]:
    # An unnamed participant must have a description.
    named = st.tuples(texts(), _optional_text()) | st.tuples(st.none(), texts())
    return st.builds(
        lambda pair, **kwargs: Participant(name=pair[0], description=pair[1], **kwargs),
        named,
        id=identifiers(),
        honorific=st.none() | st.sampled_from(["Ms", "Mr", "Dr", "Ms.", "Mr."]),
        rank=_optional_text(),
        title=_optional_text(),
        country=st.none() | countries(),
    )


@functools.cache
def _quote() -> st.SearchStrategy[Quote]:
    return st.builds(
        Quote, text=texts(max_size=80), speaker=identifiers(), framing=_optional_text()
    )


@functools.cache
def _contact() -> st.SearchStrategy[Contact]:
    return st.builds(
        Contact,
        name=texts(),
        honorific=st.none() | st.sampled_from(["Ms", "Mr", "Ms.", "Mr."]),
        title=_optional_text(),
        role=st.none() | st.sampled_from(ContactRole),
        language=st.none() | languages(),
        emails=st.lists(email_addresses(), max_size=3).map(tuple),
        phones=st.lists(phones(), max_size=3).map(tuple),
        country=st.none() | countries(),
    )


def _pick(draw: st.DrawFn, ids: Sequence[str]) -> str | None:
    return draw(st.none() | st.sampled_from(ids)) if ids else None


def _picks(draw: st.DrawFn, ids: Sequence[str]) -> tuple[str, ...]:
    return tuple(draw(st.lists(st.sampled_from(ids), max_size=2))) if ids else ()


@st.composite
def organisations(
    draw: st.DrawFn,
    *,
    id: str | None = None,
    parents: Sequence[str] = (),
    refs: Sequence[str] = (),
) -> Organisation:
    """Organisations whose ``parent`` is drawn from *parents* and whose
    ``members`` and ``funders`` are drawn from *refs*."""
    org = draw(_organisation())
    return attrs.evolve(
        org,
        id=org.id if id is None else id,
        parent=_pick(draw, parents),
        members=_picks(draw, refs),
        funders=_picks(draw, refs),
    )


@st.composite
def participants(
    draw: st.DrawFn, *, id: str | None = None, organisations: Sequence[str] = ()
) -> Participant:
    """Participants, named or (with a description) unnamed."""
    person = draw(_participant())
    return attrs.evolve(
        person,
        id=person.id if id is None else id,
        organisation=_pick(draw, organisations),
    )


@st.composite
def quotes(
    draw: st.DrawFn, *, speakers: Sequence[str] = (), paragraphs: int = 0
) -> Quote:
    """Quotes by one of *speakers*, in one of *paragraphs* body paragraphs."""
    quote = draw(_quote())
    paragraph = draw(st.none() | st.integers(0, paragraphs - 1)) if paragraphs else None
    speaker = draw(st.sampled_from(speakers)) if speakers else quote.speaker
    return attrs.evolve(quote, speaker=speaker, paragraph=paragraph)


@st.composite
def contacts(draw: st.DrawFn, *, organisations: Sequence[str] = ()) -> Contact:
    """Media contacts with emails, phones of every kind (some with
    extensions and labels) and codes."""
    return attrs.evolve(draw(_contact()), organisation=_pick(draw, organisations))


@st.composite
def releases(draw: st.DrawFn, *, min_contacts: int = 0) -> Release:
    """Whole releases whose ids are unique and whose references all resolve."""
    org_ids = draw(st.lists(identifiers(), min_size=1, max_size=4, unique=True))
    # A parent comes earlier in the list, so parents never form a cycle.
    orgs = [
        draw(organisations(id=ident, parents=org_ids[:i], refs=org_ids))
        for i, ident in enumerate(org_ids)
    ]
    people_ids = draw(st.lists(identifiers(), max_size=3, unique=True))
    people = tuple(draw(participants(id=i, organisations=org_ids)) for i in people_ids)
    body = tuple(draw(st.lists(texts(max_size=120), max_size=4)))
    said = [
        draw(quotes(speakers=people_ids, paragraphs=len(body)))
        for _ in range(draw(st.integers(0, 3)) if people_ids else 0)
    ]
    return Release(
        id=draw(identifiers()),
        headline=draw(texts()),
        language=draw(languages()),
        dateline=draw(datelines()),
        issuer=orgs[0],
        body=body,
        organisations=tuple(orgs[1:]),
        participants=people,
        quotes=tuple(said),
        contacts=tuple(
            draw(contacts(organisations=org_ids))
            for _ in range(draw(st.integers(min_contacts, max(min_contacts, 3))))
        ),
        countries=tuple(draw(st.lists(countries(), max_size=3))),
    )
