"""Email addresses: syntax validation with email-validator, never the network.

The domain is normalised (lower case, IDNA/UTS 46); the local part keeps its
case as written, because only the receiving server may decide whether case
matters there. Special-use and reserved domains (``.test``, ``.invalid``,
``localhost``, ...) are rejected, as email-validator does by default: they
cannot be anyone's real contact address. See docs/validation.md.
"""

from __future__ import annotations

from typing import Any

import attrs

from pressrelease._cache import Cached
from pressrelease.errors import ValidationError, type_error
from pressrelease.limits import MAX_EMAIL_OCTETS, MAX_EMAIL_TEXT

__all__ = ["EmailAddress"]


_VALIDATOR: list[Any] = []


def _validator() -> Any:
    """The email_validator module, imported on first use: it compiles many
    patterns, and it carries the DNS machinery only ever used on request.
    (Kept here: an import statement per address costs a module lookup.)"""
    if not _VALIDATOR:
        import email_validator

        _VALIDATOR.append(email_validator)
    return _VALIDATOR[0]


def _fail(code: str, message: str) -> ValidationError:
    return ValidationError.single(code, message)


@attrs.frozen(slots=True, repr=False)
class EmailAddress:
    """A syntactically valid email address.

    ``normalized`` is the address as stored and compared; ``ascii_email`` is
    its all-ASCII form, or None when the local part is internationalised.

    >>> a = EmailAddress.parse("Dominique.Larsimont@UNDP.org")
    >>> a.normalized, a.domain
    ('Dominique.Larsimont@undp.org', 'undp.org')
    """

    normalized: str
    ascii_email: str | None = attrs.field(eq=False, hash=False, default=None)
    local_part: str = attrs.field(init=False, eq=False, hash=False)
    domain: str = attrs.field(init=False, eq=False, hash=False)
    ascii_domain: str = attrs.field(init=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        parsed = EmailAddress.parse(self.normalized)
        if parsed.normalized != self.normalized:
            raise _fail(
                "email.not_normalized",
                f"{self.normalized!r} is not normalised (it would be "
                f"{parsed.normalized!r}); use EmailAddress.parse",
            )
        for name in ("ascii_email", "local_part", "domain", "ascii_domain"):
            object.__setattr__(self, name, getattr(parsed, name))

    @classmethod
    def parse(cls, text: str, *, check_deliverability: bool = False) -> EmailAddress:
        """Validate *text* as an email address.

        Only the syntax is checked. DNS is queried only when the caller asks
        with ``check_deliverability=True``; nothing else touches the network.
        A display name (``Jane Doe <jane@example.org>``) is rejected rather
        than dropped.

        >>> EmailAddress.parse("x@Bücher.example").ascii_email
        'x@xn--bcher-kva.example'
        """
        if type(text) is str and not check_deliverability:
            found: EmailAddress = _parse_cached(text)
            return found
        return cls._parse_uncached(text, check_deliverability=check_deliverability)

    @classmethod
    def _parse_uncached(
        cls, text: str, *, check_deliverability: bool = False
    ) -> EmailAddress:
        """:meth:`parse`, without the cache."""
        if not isinstance(text, str):
            raise type_error("an email address (a string)", text)
        if len(text) > MAX_EMAIL_TEXT:
            raise _fail(
                "email.too_long",
                f"email address text is {len(text)} characters long; an address "
                f"has at most {MAX_EMAIL_OCTETS} octets",
            )
        if "<" in text and text.rstrip().endswith(">"):
            raise _fail(
                "email.display_name",
                f"{text!r} has a name with the address; give the name separately "
                "and the address alone, such as 'jane@example.org'",
            )
        email_validator = _validator()
        try:
            info = email_validator.validate_email(
                text,
                check_deliverability=check_deliverability,
                allow_display_name=False,
                strict=True,
            )
        except email_validator.EmailNotValidError as exc:
            raise _fail(
                "email.invalid", f"{text!r} is not a valid email address: {exc}"
            ) from None
        self = object.__new__(cls)
        object.__setattr__(self, "normalized", info.normalized)
        object.__setattr__(self, "ascii_email", info.ascii_email)
        object.__setattr__(self, "local_part", info.local_part)
        object.__setattr__(self, "domain", info.domain)
        object.__setattr__(self, "ascii_domain", info.ascii_domain)
        return self

    def __str__(self) -> str:
        return self.normalized

    def __repr__(self) -> str:
        return f"EmailAddress.parse({self.normalized!r})"


#: Validated addresses kept, most recently used first (never with DNS checks).
EMAIL_CACHE_SIZE = 4096


_parse_cached = Cached(
    EmailAddress._parse_uncached, EMAIL_CACHE_SIZE, longest=MAX_EMAIL_TEXT
)
