"""``from_vcard``: contacts from the vCards real programs write, with findings.

The syntax is read by :mod:`._vcard_parse`; this module decides what each
property means for a contact. One function, :func:`_build_contact`, turns what
was read into model objects.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from pressrelease._names import country_for_address
from pressrelease.email_address import EmailAddress
from pressrelease.errors import Problem, ValidationError, quoted
from pressrelease.findings import Finding, Severity
from pressrelease.formats import _vcard_parse as syntax
from pressrelease.iso import parse_country, parse_language
from pressrelease.limits import MAX_DOCUMENT
from pressrelease.model.address import PostalAddress
from pressrelease.model.contact import Contact, ContactRole
from pressrelease.model.phone_entry import Phone, PhoneKind
from pressrelease.model.release import Release
from pressrelease.phone import PhoneNumber

__all__ = ["ImportedCard", "VCardImport", "from_vcard"]

#: Card metadata: about the file, not the person.
_METADATA = {"VERSION", "PRODID", "REV", "UID", "KIND"}
#: Properties read into the contact.
_READ = {"FN", "N", "ORG", "TITLE", "ROLE", "LANG", "EMAIL", "TEL", "ADR"}
_NOT_PREFERRED = 1 << 30
#: ROLE values read as a contact's role (as to_vcard writes them, any case).
_ROLES = {role.value: role for role in ContactRole}


# TYPE values checked in this order (a fax is never taken for a voice or
# mobile number); anything else (work, home, voice, main, vendor types) is a
# voice number.
_KINDS = (
    (("fax",), PhoneKind.FAX),
    (("pager",), PhoneKind.PAGER),
    (("cell", "mobile", "iphone"), PhoneKind.MOBILE),
    (("text", "msg", "textphone"), PhoneKind.TEXT),
)
# Apple's built-in labels, _$!<Mobile>!$_: a kind, not a label.
_APPLE_KINDS = {
    "mobile": PhoneKind.MOBILE,
    "iphone": PhoneKind.MOBILE,
    "homefax": PhoneKind.FAX,
    "workfax": PhoneKind.FAX,
    "otherfax": PhoneKind.FAX,
    "pager": PhoneKind.PAGER,
}


@attrs.frozen(kw_only=True)
class ImportedCard:
    """One card: the contact built from it and what the contact cannot hold.

    ``contact`` is None when the card has neither FN nor N (a finding says
    so); its emails and phones are still here. ``organisation`` is ORG's
    first component as written, kept whether or not it names an
    organisation of the release. ``emails`` and ``phones`` are every one the
    card gives, preferred first, with each number's kind and label.
    """

    line: int
    contact: Contact | None
    organisation: str | None = None
    address: PostalAddress | None = None
    emails: tuple[EmailAddress, ...] = ()
    phones: tuple[Phone, ...] = ()


@attrs.frozen(kw_only=True)
class VCardImport:
    """What :func:`from_vcard` read: the cards, and findings on what it did not.

    A finding's path is ``$[i].PROPERTY`` for ``cards[i]``, or ``$`` for what
    belongs to no complete card; its ``line`` is the input line.
    """

    cards: tuple[ImportedCard, ...]
    findings: tuple[Finding, ...]

    @property
    def contacts(self) -> tuple[Contact, ...]:
        """The contacts of the cards that have one."""
        return tuple(c.contact for c in self.cards if c.contact is not None)


@attrs.define
class _Read:
    """What one card says, before it becomes model objects."""

    line: int
    name: str | None = None
    honorific: str | None = None
    title: str | None = None
    organisation: str | None = None
    role: ContactRole | None = None
    language: str | None = None
    emails: list[EmailAddress] = attrs.Factory(list)
    phones: list[Phone] = attrs.Factory(list)
    address: PostalAddress | None = None
    country: str | None = None


class _Reader:
    def __init__(self, region: str | None, org_ids: dict[str, str]) -> None:
        self.region = region
        self.org_ids = org_ids
        self.findings: list[Finding] = []
        self.path = "$"
        self.version: str | None = None

    def note(
        self,
        prop: syntax.Prop | None,
        code: str,
        severity: Severity,
        message: str,
        line: int | None = None,
    ) -> None:
        where = f"{self.path}.{prop.name}" if prop is not None else self.path
        self.findings.append(
            Finding(
                path=where,
                code=code,
                severity=severity,
                message=message,
                line=prop.line if prop is not None else line,
            )
        )

    # -- values -------------------------------------------------------------

    def text(self, prop: syntax.Prop, raw: str | None = None) -> str | None:
        """A text value (or component) decoded, unescaped, trimmed; None if empty."""
        try:
            decoded, guessed = syntax.decode_value(
                prop, prop.value if raw is None else raw
            )
        except syntax.CharsetError as exc:
            self.note(prop, "vcard.charset", Severity.WARNING, f"{exc}; not imported")
            return None
        if guessed:
            self.note(
                prop,
                "vcard.charset",
                Severity.INFO,
                "quoted-printable bytes that are not UTF-8 and no CHARSET: read "
                "as Windows-1252",
            )
        value = syntax.unescape(decoded, self.version).replace("\r\n", "\n").strip()
        return value or None

    def components(self, prop: syntax.Prop, count: int) -> list[str | None]:
        parts = syntax.split_components(prop.value)
        parts += [""] * (count - len(parts))
        return [self.text(prop, part) for part in parts]

    # -- properties ---------------------------------------------------------

    def card(self, card: syntax.Card, index: int) -> ImportedCard | None:
        self.path = f"$[{index}]"
        self.version = card.version
        if self.version is not None and self.version not in syntax.VERSIONS:
            self.note(
                None,
                "vcard.version",
                Severity.ERROR,
                f"the card begun at line {card.line} is VERSION:{self.version}; "
                "vCard 2.1, 3.0 and 4.0 are read; it is not imported",
                line=card.line,
            )
            return None
        read = _Read(line=card.line)
        by_name: dict[str, list[syntax.Prop]] = {}
        labels: dict[str, syntax.Prop] = {}
        for prop in card.props:
            if prop.name == "X-ABLABEL" and prop.group is not None:
                labels[prop.group] = prop
            by_name.setdefault(prop.name, []).append(prop)
        labelled = {p.group for p in card.props if p.group and p.name != "X-ABLABEL"}
        for prop in card.props:
            if prop.name in _READ or prop.name in _METADATA:
                continue
            if prop.name == "X-ABLABEL" and prop.group in labelled:
                continue  # read, or reported, with the property it labels
            self.note(
                prop,
                "vcard.unsupported",
                Severity.WARNING,
                f"line {prop.line}: {prop.name} has no home in a contact; skipped",
            )
        self.address(read, _preferred(by_name.get("ADR", [])))
        self.names(read, by_name)
        self.single(read, by_name)
        self.emails(read, _preferred(by_name.get("EMAIL", [])), labels)
        self.phones(read, _preferred(by_name.get("TEL", [])), labels)
        return self.build(read)

    def names(self, read: _Read, by_name: dict[str, list[syntax.Prop]]) -> None:
        family = given = additional = None
        for prop in by_name.get("N", [])[:1]:
            family, given, additional, prefix, _suffix = (
                _words(self, prop, part) for part in self.raw_components(prop, 5)
            )
            read.honorific = prefix
        names = [
            n for n in (self.text(p) for p in _preferred(by_name.get("FN", []))) if n
        ]
        if names:
            name = names[0]
            prefix = read.honorific
            if prefix and name.startswith(prefix + " ") and len(name) > len(prefix) + 1:
                name = name[len(prefix) + 1 :].strip()
            read.name = name
            self.extra(by_name.get("FN", []), names, "FN")
        else:
            read.name = " ".join(p for p in (given, additional, family) if p) or None

    def raw_components(self, prop: syntax.Prop, count: int) -> list[str]:
        parts = syntax.split_components(prop.value)
        return parts + [""] * (count - len(parts))

    def extra(self, props: list[syntax.Prop], values: list[str], what: str) -> None:
        if len(values) > 1:
            self.note(
                props[-1],
                "vcard.not_kept",
                Severity.WARNING,
                f"a contact has one {what}; kept {quoted(values[0])}, not "
                + ", ".join(repr(v) for v in values[1:]),
            )

    def single(self, read: _Read, by_name: dict[str, list[syntax.Prop]]) -> None:
        titles = [
            t for t in (self.text(p) for p in _preferred(by_name.get("TITLE", []))) if t
        ]
        read.title = titles[0] if titles else None
        self.extra(by_name.get("TITLE", []), titles, "TITLE")
        orgs: list[str] = []
        for prop in by_name.get("ORG", []):
            parts = self.components(prop, 1)
            if parts[0]:
                orgs.append(parts[0])
                units = [p for p in parts[1:] if p]
                if units:
                    self.note(
                        prop,
                        "vcard.not_kept",
                        Severity.INFO,
                        f"line {prop.line}: ORG unit {quoted(', '.join(units))} is not "
                        "kept; the organisation is",
                    )
        read.organisation = orgs[0] if orgs else None
        self.extra(by_name.get("ORG", []), orgs, "ORG")
        self.role(read, by_name.get("ROLE", []))
        languages: list[str] = []
        for prop in _preferred(by_name.get("LANG", [])):
            tag = self.text(prop)
            if tag is None:
                continue
            try:
                languages.append(parse_language(tag))
            except ValidationError as exc:
                self.note(prop, "vcard.value", Severity.WARNING, _why(prop, exc))
        read.language = languages[0] if languages else None
        self.extra(by_name.get("LANG", []), languages, "LANG")

    def role(self, read: _Read, props: list[syntax.Prop]) -> None:
        """ROLE as to_vcard writes it: media, investor or general."""
        roles: list[ContactRole] = []
        for prop in _preferred(props):
            text = self.text(prop)
            if text is None:
                continue
            role = _ROLES.get(text.casefold())
            if role is None:
                self.note(
                    prop,
                    "vcard.value",
                    Severity.WARNING,
                    f"line {prop.line}: ROLE not imported: {quoted(text)} is not a "
                    "contact's role, which is one of "
                    + ", ".join(r.value for r in ContactRole),
                )
                continue
            roles.append(role)
        read.role = roles[0] if roles else None
        self.extra(props, [r.value for r in roles], "ROLE")

    def emails(
        self, read: _Read, props: list[syntax.Prop], labels: dict[str, syntax.Prop]
    ) -> None:
        for prop in props:
            text = self.text(prop)
            if text is None:
                continue
            try:
                read.emails.append(EmailAddress.parse(text))
            except ValidationError as exc:
                self.note(prop, "vcard.value", Severity.WARNING, _why(prop, exc))
                continue
            label = self.label(prop, labels)[1]
            if label is not None:
                self.note(
                    prop,
                    "vcard.not_kept",
                    Severity.INFO,
                    f"line {prop.line}: the label {quoted(label)} of {text} "
                    "is not kept",
                )

    def label(
        self, prop: syntax.Prop, labels: dict[str, syntax.Prop]
    ) -> tuple[PhoneKind | None, str | None]:
        """The kind an Apple label implies, and the label as written."""
        # LABEL (vCard 4.0 style) or X-LABEL (what to_vcard writes on TEL).
        written = prop.params.get("LABEL", ()) or prop.params.get("X-LABEL", ())
        if written:
            return None, written[0]
        labelled = labels.get(prop.group or "")
        if labelled is None:
            return None, None
        text = self.text(labelled)
        if text is None:
            return None, None
        if text.startswith("_$!<") and text.endswith(">!$_"):
            return _APPLE_KINDS.get(text[4:-4].lower()), None
        return None, text

    def phones(
        self, read: _Read, props: list[syntax.Prop], labels: dict[str, syntax.Prop]
    ) -> None:
        region = read.country or self.region
        for prop in props:
            uri = prop.params.get("VALUE", ("",))[0].lower() == "uri" or (
                prop.value.strip().lower().startswith("tel:")
            )
            text = prop.value.replace("\\;", ";").strip() if uri else self.text(prop)
            if not text:
                continue
            try:
                number = PhoneNumber.parse(text, region=region)
            except ValidationError as exc:
                self.note(prop, "vcard.value", Severity.WARNING, _why(prop, exc))
                continue
            kind = next(
                (k for names, k in _KINDS if prop.has_type(*names)), PhoneKind.VOICE
            )
            apple, label = self.label(prop, labels)
            if kind is PhoneKind.VOICE and apple is not None:
                kind = apple
            try:
                phone = Phone(number=number, kind=kind, label=label)
            except ValidationError as exc:  # a label no contact can hold
                reasons = "; ".join(f"{p.message} [{p.code}]" for p in exc.problems)
                self.note(
                    prop,
                    "vcard.value",
                    Severity.WARNING,
                    f"line {prop.line}: the label {quoted(label or '')} of {number} "
                    "is not "
                    f"imported (the number is): {reasons}",
                )
                phone = Phone(number=number, kind=kind)
            read.phones.append(phone)

    def address(self, read: _Read, props: list[syntax.Prop]) -> None:
        kept: list[syntax.Prop] = []
        for prop in props:
            pobox, extended, street, locality, region, code, country = self.components(
                prop, 7
            )
            if not any((pobox, extended, street, locality, region, code, country)):
                continue  # ADR;TYPE=HOME:;;;;;; is no address
            kept.append(prop)
            if len(kept) > 1:
                continue
            if country is not None:
                read.country = country_for_address(country)
                if read.country is None:
                    self.note(
                        prop,
                        "vcard.country",
                        Severity.WARNING,
                        f"line {prop.line}: the country {quoted(country)} is not one "
                        "the library knows; the address is kept without it",
                    )
            lines = [
                line.strip() for line in (street or "").split("\n") if line.strip()
            ]
            lines += [p for p in (extended, pobox) if p]
            if lines or locality:
                try:
                    read.address = PostalAddress(
                        street=tuple(lines),
                        locality=locality,
                        region=region,
                        postal_code=code,
                        country=read.country,
                    )
                except ValidationError as exc:
                    self.note(prop, "vcard.value", Severity.WARNING, _why(prop, exc))
        if len(kept) > 1:
            self.note(
                kept[1],
                "vcard.not_kept",
                Severity.WARNING,
                f"a contact has one address; kept the one at line {kept[0].line}, "
                "not those at lines " + ", ".join(str(p.line) for p in kept[1:]),
            )

    def build(self, read: _Read) -> ImportedCard:
        card = ImportedCard(
            line=read.line,
            contact=None,
            organisation=read.organisation,
            address=read.address,
            emails=tuple(read.emails),
            phones=tuple(read.phones),
        )
        if read.name is None:
            held = [str(e) for e in read.emails] + [str(p.number) for p in read.phones]
            self.note(
                None,
                "vcard.no_name",
                Severity.ERROR,
                f"the card begun at line {read.line} has no FN and no N, so no "
                "contact is made from it"
                + (f"; it holds {', '.join(held)}" if held else ""),
                line=read.line,
            )
            return card
        organisation = None
        if read.organisation is not None and self.org_ids:
            organisation = self.org_ids.get(read.organisation)
            if organisation is None:
                self.note(
                    None,
                    "vcard.organisation",
                    Severity.INFO,
                    f"ORG {quoted(read.organisation)} names no organisation of the "
                    "release; kept as the card's organisation text",
                    line=read.line,
                )
        try:
            contact = _build_contact(read, read.name, organisation)
        except ValidationError as exc:
            for problem in exc.problems:
                self.note(
                    None,
                    "vcard.invalid",
                    Severity.ERROR,
                    f"the card begun at line {read.line} does not make a valid "
                    f"contact: {problem.path}: {problem.message} [{problem.code}]",
                    line=read.line,
                )
            return card
        return attrs.evolve(card, contact=contact)


def _build_contact(read: _Read, name: str, organisation: str | None) -> Contact:
    """The one place that makes a Contact from what a card says."""
    return Contact(
        name=name,
        honorific=read.honorific,
        title=read.title,
        organisation=organisation,
        role=read.role,
        language=read.language,
        emails=tuple(read.emails),
        phones=tuple(read.phones),
        country=read.country,
    )


def _words(reader: _Reader, prop: syntax.Prop, part: str) -> str | None:
    """An N component; a comma list (``Ada,Grace``) joined with spaces."""
    words = [reader.text(prop, w) for w in syntax.split_components(part, ",")]
    return " ".join(w for w in words if w) or None


def _rank(prop: syntax.Prop) -> int:
    for value in prop.params.get("PREF", ()):
        if value.isdigit():
            return int(value)
    return 1 if prop.has_type("pref") else _NOT_PREFERRED


def _preferred(props: Iterable[syntax.Prop]) -> list[syntax.Prop]:
    """Preferred first (PREF=1 before PREF=2; TYPE=pref or 2.1 PREF as 1)."""
    return sorted(props, key=_rank)


def _why(prop: syntax.Prop, exc: ValidationError) -> str:
    reasons = "; ".join(f"{p.message} [{p.code}]" for p in exc.problems)
    return f"line {prop.line}: {prop.name} not imported: {reasons}"


def _organisation_ids(release: Release | None) -> dict[str, str]:
    if release is None:
        return {}
    ids: dict[str, str] = {}
    for org in release.all_organisations:
        ids.setdefault(org.name, org.id)
    return ids


def from_vcard(
    text: str | bytes,
    release: Release | None = None,
    *,
    region: str | None = None,
    strict: bool = False,
) -> VCardImport:
    """Read vCards (2.1, 3.0, 4.0) as real programs write them.

    *text* may be bytes (UTF-8, else read as Windows-1252, as Outlook writes
    2.1). ORG is matched by name to *release*'s organisations. National
    numbers are read for the card's address country, else for *region*.
    What is skipped is reported as a finding with its line; a text over
    ``MAX_DOCUMENT`` (20 MB) is not read at all (``vcard.too_large``). With
    ``strict=True`` any finding that drops data (error or warning) raises
    :class:`~pressrelease.ValidationError` instead.

    >>> result = from_vcard("BEGIN:VCARD\\nVERSION:3.0\\nFN:Ana Costa\\n"
    ...     "TEL;TYPE=CELL:912 345 678\\nNOTE:x\\nEND:VCARD\\n", region="PT")
    >>> phone = result.contacts[0].phones[0]
    >>> phone.number.e164, phone.kind.value
    ('+351912345678', 'mobile')
    >>> [(f.path, f.code, f.line) for f in result.findings]
    [('$[0].NOTE', 'vcard.unsupported', 5)]
    """
    if region is not None:
        region = parse_country(region)
    findings: list[Finding] = []
    if len(text) > MAX_DOCUMENT:
        unit = "bytes" if isinstance(text, bytes) else "characters"
        findings.append(
            Finding(
                path="$",
                code="vcard.too_large",
                severity=Severity.ERROR,
                message=f"the text is {len(text)} {unit} long; at most "
                f"{MAX_DOCUMENT} are read, so no card was imported",
                line=None,
            )
        )
        return _result((), findings, strict)
    if isinstance(text, bytes):
        text, note = syntax.decode(text)
        if note is not None:
            findings.append(_finding(note, Severity.INFO))
    found, notes = syntax.cards(text)
    reader = _Reader(region, _organisation_ids(release))
    imported: list[ImportedCard] = []
    for card in found:
        result = reader.card(card, len(imported))
        if result is not None:
            imported.append(result)
    for note in notes:
        severity = (
            Severity.ERROR if note.code == "vcard.incomplete" else Severity.WARNING
        )
        findings.append(_finding(note, severity))
    findings += reader.findings
    findings.sort(key=lambda f: f.line or 0)
    return _result(tuple(imported), findings, strict)


def _result(
    cards: tuple[ImportedCard, ...], findings: list[Finding], strict: bool
) -> VCardImport:
    if strict:
        problems = [
            Problem(path=f.path, code=f.code, message=f.message)
            for f in findings
            if f.severity is not Severity.INFO
        ]
        if problems:
            raise ValidationError(problems)
    return VCardImport(cards=cards, findings=tuple(findings))


def _finding(note: syntax.Note, severity: Severity) -> Finding:
    return Finding(
        path="$",
        code=note.code,
        severity=severity,
        message=note.message,
        line=note.line,
    )
