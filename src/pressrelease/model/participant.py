"""People who take part in a release: speakers, officials, the quoted."""

from __future__ import annotations

import attrs

from pressrelease.errors import ValidationError
from pressrelease.model import _fields

__all__ = ["Participant"]


@attrs.frozen(kw_only=True)
class Participant:
    """A person the release names or describes.

    ``name`` is optional because releases quote people they do not name; such
    a participant needs a ``description`` ("a Chinese Government official").
    ``honorific`` (Ms, Mr) and ``rank`` (Police Lieutenant Colonel) are kept
    as written; ``organisation`` is an organisation id.

    >>> Participant(id="vibol", honorific="Mr", name="Chhuon Vibol",
    ...             organisation="licadho", country="KH").display_name
    'Mr Chhuon Vibol'
    """

    id: str = attrs.field(converter=_fields.identifier)
    name: str | None = attrs.field(default=None, converter=_fields.optional_text)
    description: str | None = attrs.field(default=None, converter=_fields.optional_text)
    honorific: str | None = attrs.field(default=None, converter=_fields.optional_text)
    rank: str | None = attrs.field(default=None, converter=_fields.optional_text)
    title: str | None = attrs.field(default=None, converter=_fields.optional_text)
    organisation: str | None = attrs.field(
        default=None, converter=_fields.optional_identifier
    )
    country: str | None = attrs.field(default=None, converter=_fields.optional_country)

    def __attrs_post_init__(self) -> None:
        _fields.finish(self)
        if self.name is None and self.description is None:
            raise ValidationError.single(
                "participant.anonymous",
                "a participant needs a name or, when the release gives none, "
                "a description (such as 'a Chinese Government official')",
                path="$.name",
            )

    @property
    def display_name(self) -> str:
        """Rank, honorific and name as a release would print them."""
        if self.name is None:
            return self.description or ""
        parts = (self.rank, self.honorific, self.name)
        return " ".join(p for p in parts if p)
