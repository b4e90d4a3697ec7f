"""The model: a release and everything in it, as frozen, validated attrs classes.

One module a class; ``_fields`` holds the field converters they share and
``_references`` the release's cross-reference checks.
"""

from pressrelease.model.address import PostalAddress
from pressrelease.model.contact import Contact, ContactRole
from pressrelease.model.dateline import Dateline
from pressrelease.model.organisation import Organisation, OrganisationKind
from pressrelease.model.participant import Participant
from pressrelease.model.phone_entry import Phone, PhoneKind
from pressrelease.model.quote import Quote
from pressrelease.model.release import Release

__all__ = [
    "CLASSES",
    "Contact",
    "ContactRole",
    "Dateline",
    "Organisation",
    "OrganisationKind",
    "Participant",
    "Phone",
    "PhoneKind",
    "PostalAddress",
    "Quote",
    "Release",
]

#: Every model class, in the order the JSON Schema lists them.
CLASSES: tuple[type, ...] = (
    Release,
    Organisation,
    PostalAddress,
    Participant,
    Quote,
    Contact,
    Phone,
    Dateline,
)
