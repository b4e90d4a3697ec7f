"""jCard (RFC 7095): a media contact as vCard data in JSON."""

from __future__ import annotations

from typing import Any

from pressrelease.formats._vcard_props import properties
from pressrelease.model.contact import Contact
from pressrelease.model.release import Release

__all__ = ["to_jcard"]


def to_jcard(contact: Contact, release: Release | None = None) -> list[Any]:
    """The contact as a jCard; ORG comes from *release* if given.

    >>> to_jcard(Contact(name="Huot Vichheka"))[1][2]
    ['fn', {}, 'text', 'Huot Vichheka']
    """
    organisation = None
    if release is not None and contact.organisation is not None:
        organisation = release.organisation(contact.organisation).name
    return [
        "vcard",
        [
            [p.name, dict(p.params), p.kind, p.value]
            for p in properties(contact, organisation)
        ],
    ]
