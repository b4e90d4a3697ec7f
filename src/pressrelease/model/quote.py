"""Direct quotations."""

from __future__ import annotations

import attrs

from pressrelease.model import _fields

__all__ = ["Quote"]


@attrs.frozen(kw_only=True)
class Quote:
    """Words a participant said, verbatim, without the quotation marks.

    ``speaker`` is a participant id. ``framing`` is the reporting verb or
    paraphrase around the quote ("says", "emphasizes the importance of ..."),
    where the release has one. ``paragraph`` is the index of the body
    paragraph that holds the quote.

    >>> Quote(text="NGOs and community support groups have to be part of this "
    ...       "process too,", speaker="vibol", framing="he says").speaker
    'vibol'
    """

    text: str = attrs.field(converter=_fields.text)
    speaker: str = attrs.field(converter=_fields.identifier)
    framing: str | None = attrs.field(default=None, converter=_fields.optional_text)
    paragraph: int | None = attrs.field(default=None, converter=_fields.optional_index)

    # Markers left by the converters become one ValidationError.
    __attrs_post_init__ = _fields.finish
