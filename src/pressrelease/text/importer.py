"""Import a press release from plain text, as pulled out of a PDF or web page.

>>> result = read_text('''UNIAP
...
... PRESS RELEASE
...
... TRAINING ENDS
...
... Bangkok, 19 June 2009 – The training ended.''')
>>> result.release.dateline.place, result.release.headline
('Bangkok', 'TRAINING ENDS')
"""

from __future__ import annotations

import re

import attrs

from pressrelease._names import country_for_name
from pressrelease.errors import ValidationError
from pressrelease.findings import Finding, Severity
from pressrelease.model.contact import Contact
from pressrelease.model.dateline import Dateline
from pressrelease.model.participant import Participant
from pressrelease.model.quote import Quote
from pressrelease.model.release import Release
from pressrelease.text._blocks import Block, blocks, ends_sentence, starts_continuation
from pressrelease.text._contacts import INTRO, ContactDraft, read_contacts
from pressrelease.text._dateline import DatelineText, parse_dateline
from pressrelease.text._footer import read_footer
from pressrelease.text._issuer import build_issuer
from pressrelease.text._orgs import Registry, slug
from pressrelease.text._quotes import Attributor

__all__ = ["MAX_IMPORT_TEXT", "ImportResult", "read_text"]

#: Longest text the importer reads, in characters.
MAX_IMPORT_TEXT = 2_000_000

_MARKER = re.compile(
    r"(?:press|media|news)\s+release|press\s+statement|media\s+advisory", re.I
)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,11}")


@attrs.frozen
class ImportResult:
    """The imported release (None when the text holds no release) and findings.

    Every finding has the input line it is about; ``error`` findings name what
    could not be imported.
    """

    release: Release | None
    findings: tuple[Finding, ...]
    #: The input line each part of the release came from, by JSON path
    #: (``$.body[3]``, ``$.quotes[0]``, ``$.contacts[4].phones[0]``, ...).
    lines: dict[str, int] = attrs.field(factory=dict, eq=False)

    def line_of(self, path: str) -> int | None:
        """The input line of *path* or of its nearest ancestor, if known.

        >>> ImportResult(None, (), {"$.contacts[4]": 98}).line_of("$.contacts[4].name")
        98
        """
        while path not in self.lines and len(path) > 1:
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else "$"
        return self.lines.get(path)


def read_text(text: str, *, language: str = "en") -> ImportResult:
    """Read a press release from plain text; never raises for any text.

    *language* is the release's own language (BCP 47), which the text does not
    state. Nothing is silently dropped: a line the importer cannot place, a
    quote it cannot attribute, a phone it cannot read becomes a finding with
    its line number, and the rest still imports.
    """
    if not isinstance(text, str):
        raise TypeError(f"read_text() takes str, not {type(text).__name__}")
    return _Importer(language).run(text)


@attrs.define
class _Paragraph:
    text: str
    line: int
    broken: bool = False  # a page break fell right after it


class _Importer:
    def __init__(self, language: str) -> None:
        self.language = language
        self.findings: list[Finding] = []
        self.lines: dict[str, int] = {}

    def report(
        self,
        code: str,
        message: str,
        line: int | None,
        severity: Severity = Severity.WARNING,
        path: str = "$",
    ) -> None:
        self.findings.append(
            Finding(path=path, code=code, severity=severity, message=message, line=line)
        )

    def _result(self, release: Release | None) -> ImportResult:
        return ImportResult(release, tuple(self.findings), self.lines)

    def run(self, text: str) -> ImportResult:
        if len(text) > MAX_IMPORT_TEXT:
            self.report(
                "import.too_long",
                f"the text has {len(text)} characters; at most {MAX_IMPORT_TEXT}",
                None,
                Severity.ERROR,
            )
            return self._result(None)
        found = blocks(text, self.report)
        start = next(
            (i for i, b in enumerate(found) if parse_dateline(b.text) is not None), None
        )
        if start is None:
            self.report(
                "import.no_dateline",
                "no dateline found (a paragraph starting 'Place, 19 June 2009 – ')",
                found[0].line if found else None,
                Severity.ERROR,
            )
            return self._result(None)
        dateline = parse_dateline(found[start].text)
        assert dateline is not None
        head = [b for b in found[:start] if not _MARKER.fullmatch(b.text)]
        headline = head.pop() if head else None
        if headline is not None:
            self.lines["$.headline"] = headline.line
        end = next(
            (
                i
                for i in range(start + 1, len(found))
                if INTRO.fullmatch(found[i].lines[0].text)
            ),
            len(found),
        )
        try:
            return self._build(found, head, headline, dateline, start, end)
        except ValidationError as exc:  # what was read does not make a release
            for problem in exc.problems:
                self.report(
                    "import.invalid",
                    problem.message,
                    None,
                    Severity.ERROR,
                    problem.path,
                )
            return self._result(None)

    def _build(
        self,
        found: list[Block],
        masthead: list[Block],
        headline: Block | None,
        dateline: DatelineText,
        start: int,
        end: int,
    ) -> ImportResult:
        furniture: list[Block] = []
        paragraphs = self._body(found[start:end], dateline, furniture)
        self.lines["$.dateline"] = found[start].line
        for index, paragraph in enumerate(paragraphs):
            self.lines[f"$.body[{index}]"] = paragraph.line
        contact_blocks = self._contact_blocks(found[end:], furniture)
        acronym, name = self._masthead(masthead)
        if headline is None:
            self.report(
                "import.no_headline",
                "no headline before the dateline",
                found[start].line,
                Severity.ERROR,
            )
            return self._result(None)
        if name is None and acronym is None:
            self.report(
                "import.no_issuer",
                "no issuer in the masthead (an acronym or a name above the headline)",
                headline.line,
                Severity.ERROR,
            )
            return self._result(None)
        body_text = " ".join(p.text for p in paragraphs)
        name = _cased_as_in(body_text, name or acronym or "")
        issuer_id = slug(acronym or name)
        registry = Registry({label: issuer_id for label in (name, acronym) if label})
        footer_blocks = [b for b in furniture if b.is_footer()]
        footer = read_footer(footer_blocks, acronym)
        issuer = build_issuer(issuer_id, name, acronym, footer, self.report)
        countries: list[str] = []
        for paragraph in paragraphs:
            countries += registry.read_paragraph(paragraph.text)
        participants, quotes = self._quotes(paragraphs, registry)
        contacts = self._contacts(contact_blocks, registry)
        release = Release(
            id=slug(f"{acronym or name} {dateline.date.isoformat()} {headline.text}")[
                :64
            ].strip("-"),
            headline=headline.text,
            language=self.language,
            dateline=Dateline(
                place=dateline.place,
                country=dateline.country or _country_in(body_text, dateline.place),
                date=dateline.date,
            ),
            issuer=issuer,
            body=tuple(p.text for p in paragraphs),
            organisations=registry.organisations(),
            participants=participants,
            quotes=quotes,
            contacts=contacts,
            countries=tuple(dict.fromkeys(countries)),
        )
        return self._result(release)

    def _body(
        self, body: list[Block], dateline: DatelineText, furniture: list[Block]
    ) -> list[_Paragraph]:
        paragraphs = [_Paragraph(dateline.rest, body[0].line)]
        for block in body[1:]:
            if block.is_page_marker() or block.is_footer():
                furniture.append(block)
                paragraphs[-1].broken = True
                continue
            last = paragraphs[-1]
            if (
                last.broken
                and not ends_sentence(last.text)
                and starts_continuation(block.text)
            ):
                last.text = f"{last.text} {block.text}"  # a page break split it
                last.broken = False
                continue
            paragraphs.append(_Paragraph(block.text, block.line))
        return paragraphs

    def _contact_blocks(self, rest: list[Block], furniture: list[Block]) -> list[Block]:
        kept = []
        for i, block in enumerate(rest):
            if block.is_page_marker() or block.is_footer():
                furniture.append(block)
            elif i == 0:
                if len(block.lines) > 1:  # the intro line, then contacts
                    kept.append(Block(block.lines[1:]))
            else:
                kept.append(block)
        return kept

    def _masthead(self, masthead: list[Block]) -> tuple[str | None, str | None]:
        acronym = name = None
        for block in masthead:
            text = block.text
            if _ACRONYM.fullmatch(text) and acronym in (None, text):
                acronym = text  # the logo text often appears twice
            elif len(text.split()) >= 3 and name is None:
                name = text
            else:
                self.report(
                    "import.unplaced",
                    f"masthead text not placed: {text!r}",
                    block.line,
                    Severity.INFO,
                )
        return acronym, name

    def _quotes(
        self, paragraphs: list[_Paragraph], registry: Registry
    ) -> tuple[tuple[Participant, ...], tuple[Quote, ...]]:
        attributor = Attributor(registry)
        quotes: list[Quote] = []
        for index, paragraph in enumerate(paragraphs):
            for found in attributor.paragraph(index, paragraph.text):
                if found.speaker is None:
                    self.report(
                        "import.quote_unattributed",
                        f"quote not imported, no speaker found: {found.text[:60]!r}",
                        paragraph.line,
                        path=f"$.body[{index}]",
                    )
                    continue
                if found.guessed:
                    self.report(
                        "import.quote_guessed",
                        "quote attributed to the previous paragraph's speaker",
                        paragraph.line,
                        Severity.INFO,
                        path=f"$.body[{index}]",
                    )
                quotes.append(
                    Quote(
                        text=found.text,
                        speaker=found.speaker,
                        framing=found.framing,
                        paragraph=index,
                    )
                )
        people = tuple(attributor.speakers)
        return people, tuple(quotes)

    def _contacts(
        self, contact_blocks: list[Block], registry: Registry
    ) -> tuple[Contact, ...]:
        drafts = read_contacts(contact_blocks, self.report)
        for index, draft in enumerate(drafts):
            path = f"$.contacts[{index}]"
            self.lines[path] = draft.line
            for number, line in enumerate(draft.email_lines):
                self.lines[f"{path}.emails[{number}]"] = line
            for number, line in enumerate(draft.phone_lines):
                self.lines[f"{path}.phones[{number}]"] = line
        return tuple(self._contact(d, registry) for d in drafts)

    def _contact(self, draft: ContactDraft, registry: Registry) -> Contact:
        organisation = None
        if draft.organisation:
            organisation = registry.find(draft.organisation) or registry.resolve(
                draft.organisation
            )
        return Contact(
            name=draft.name,
            honorific=draft.honorific,
            title=draft.title,
            organisation=organisation,
            language=draft.language,
            emails=tuple(draft.emails),
            phones=tuple(draft.phones),
            country=draft.country,
        )


def _cased_as_in(body: str, name: str) -> str:
    """The masthead's (often upper-case) name as the body writes it, if it does."""
    match = re.search(re.escape(name), body, re.I)
    return match.group() if match else name


def _country_code(name: str) -> str | None:
    return country_for_name(name.strip())


def _country_in(body: str, place: str) -> str | None:
    """The country in the body's "Ayutthaya, Thailand"."""
    match = re.search(rf"\b{re.escape(place)},\s+([A-Z][\w ]+?)\b[,.]", body)
    return _country_code(match.group(1)) if match else None
