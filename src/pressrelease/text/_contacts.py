"""Contacts sections: people, their organisations, numbers and addresses.

Lines are cut into segments (``|`` cells, collapsed columns, the commas of a
one-line contact) and each segment is told apart by its shape: an email, a
phone with its label, a person's name, a job title, an organisation, a
language or role sub-heading. A name starts a person; details after it are
that person's; details written before any name in the same group (an RNS
table's ``Company   Tel: ...``) are shared by every person of the group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from pressrelease._names import country_for_name, language_for_name
from pressrelease.email_address import EmailAddress
from pressrelease.errors import ValidationError
from pressrelease.findings import Severity
from pressrelease.phone import PhoneNumber
from pressrelease.text._blocks import Line, Report
from pressrelease.text._dates import city_country, country_of_place, month_names
from pressrelease.text._email import line_reason
from pressrelease.text._phones import (
    LABEL_WORDS,
    MAX_SEGMENT,
    FoundPhone,
    find_phones,
    trunk_prefix,
)
from pressrelease.text._words import (
    ABOUT,
    CONTACT_HEADING,
    FURNITURE,
    GENERAL,
    HONORIFICS,
    INVESTOR,
    MEDIA,
    NAME_PARTICLES,
    NOT_FOR_MEDIA,
    OFFICE_FOOTER,
    ORG_WORDS,
    TITLE_WORDS,
    fold,
)

_BULLET = re.compile(r"[–—•·*▪◦-]\s+(?=\S)")
_LANGUAGE_HEADING = re.compile(r"in\s+(?P<language>[^:]{2,40}):", re.I)
# "In Geneva: Jane Doe, ...", "À Genève : ...": where the contact is, as a
# sub-heading on the contact's line.
_PLACE_LABEL = re.compile(
    r"(?:In|À|A|En|Aus|From|Im|In der|Depuis)\s+"
    r"[A-ZÀ-Þ][\w.'’-]*(?:[ /-][A-ZÀ-Þ][\w.'’-]*){0,2}"
)
_ELIDED_PARTICLE = re.compile(r"(?:d|D)['’][A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)?")
_BRACKETS = re.compile(r"[()\[\]<>]")
_RESET = re.compile(r"(?:other\s+)?contacts?\s*:", re.I)
_COUNTRY_LINE = re.compile(r"country\s*:\s*(?P<country>.+)", re.I)
# "(South Georgia and the South Sandwich Islands)": the longest name fits.
_PAREN_END = re.compile(r"\((?P<inner>[^()]{2,80})\)\s*$")
_COLUMNS = re.compile(r"\s{3,}|\t|\s*\|\s*|\s+[–—•·]\s+")
# "+43 (0) 1-404 37 – 90 2247": a spaced dash before digits that cannot
# start a number of their own (no "+", no "(", no trunk prefix) joins the
# direct dial to its number; it does not part two columns.
# "+43 1 277 60-0", "(089) 123-0": the direct dial 0, an office's switchboard.
_SWITCHBOARD = re.compile(r"\d\s?[-–]\s?0$")
# The digits must end the cell: "– 9 bis 12 Uhr", "– 8:00" are hours.
_DIAL_DASH = re.compile(
    r"(?<=\d)\s+[–—-]\s+(?=[1-9]\d{0,5}(?:\s\d{1,5}){0,3}\s*(?:$|[|,;)]))"
)
_OBFUSCATED_AT = re.compile(
    r"\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|\[@\]|\(@\))\s*", re.I
)
_OBFUSCATED_DOT = re.compile(
    r"\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\}|\[\.\])\s*", re.I
)
_SPELLED_AT = re.compile(
    r"(?<![\w.])(?P<local>[\w.+-]{1,64}) at "
    r"(?P<domain>[\w-]{1,63}(?:\.[\w-]{1,63}){0,3}\.[^\W\d_]{2,63})(?![\w.@])"
)  # "Jane Doe at jane.doe@acme.com": an address already, not "Doe@jane.doe"
# A domain's last label: letters (or an IDNA one), never "30am" of a time.
_TLD = re.compile(r"[^\W\d_]{2,63}|xn--[\w-]{1,59}", re.I)
_EMAIL_LABEL = re.compile(r"^(?:e-?mail|email|mail|courriel|correo|e)\s*[:.]?\s*", re.I)
_WEB = re.compile(
    r"(?:https?://|www\.)\S+|\S+\.(?:com|org|net|example)(?:/\S*)?$", re.I
)
_LABEL_ONLY = re.compile(r"[\w.\- ]{0,20}:?")
_NAME_SPLIT = re.compile(r"\s+(?:/|&|and|und|et|y|e|en)\s+|\s*/\s*")
# Words that start a place or a heading ("In Geneva", "Für Rückfragen"), not
# a name, by language: "Per" and "Em" are given names in an English release.
_NOT_FIRST_IN = {
    "en": {"in", "at", "for", "the", "from", "to", "by"},
    "de": {"in", "fur", "aus", "bei"},
    "fr": {"en", "pour", "a"},
    "es": {"en", "para"},
    "pt": {"em", "para"},
    "it": {"per", "in"},
    "nl": {"voor", "in"},
}
#: Every language's words that never start a name (for tests and tools).
NOT_FIRST_WORDS = frozenset(w for words in _NOT_FIRST_IN.values() for w in words)
_NOT_FIRST = NOT_FIRST_WORDS
_INITIAL = re.compile(r"[A-Z]\.(?:-?[A-Z]\.)?")
_FIRST_DIGIT = re.compile(r"(?<!\S)[+(]?\d")
# First words of an office ("Cabinet de ...", "Ufficio del ...") or a street
# ("Paseo de la Castellana", "Rue de ..."); German street endings.
NOT_A_PERSON_FIRST = frozenset(
    "cabinet gabinete gabinetto kabinett ufficio bureau buro secretariat "
    "secretaria segreteria sekretariat direction direccion direzione referat "
    "paseo calle avenida av avenue rue boulevard bd chemin route allee quai "
    "impasse via viale piazza largo corso rua praca plaza place".split()
)
# A service's line in a contacts block: members' and the public's, not the
# media's (a motoring club's roadside number, an emergency line).
_SERVICE_LINE = re.compile(
    r"\b(?:roadside|breakdown|pannenhilfe|pannennotruf|pannendienst|notruf|"
    r"emergency|urgences?|depannage|assistance\s+(?:line|24|routiere)|"
    r"soccorso\s+stradale|asistencia\s+en\s+carretera|member\s+services?|"
    r"mitgliederservice|service\s+membres)\b"
)


def _service_line(folded: str) -> bool:
    """A service's words and no word of the media ("emergency media line")."""
    return bool(_SERVICE_LINE.search(folded)) and not MEDIA.search(folded)


# The press's own words, narrower than MEDIA: "communication" names a
# state's information office as readily as a press office.
_PRESS_WORDS = re.compile(
    r"\b(?:reporters?|journalist\w*|redaktion\w*|media\w*|medien\w*|press\w*|"
    r"prensa|stampa|imprensa|pers|spokes\w*|sprecher\w*|porte-parole|portavo\w+|"
    r"woordvoerder|newsroom)\b"
)
# A postal address line: a post box, a street with its number, a postcode
# before a locality or after a US state ("1014 Lausanne", "KS 67209").
_ADDRESS = re.compile(
    r"\b(?:p\.?\s?o\.?\s?box|postfach|case\s+postale|postbus|apartado|casella\s+postale)\b"
    r"|\b(?:rue|avenue|chemin|route|place|quai|boulevard|via|calle|street|road|"
    r"parkway|drive)\b[^,|]{0,40}?\s\d{1,4}\b"
    r"|\b\d{1,4}[a-z]?\s*[,-]\s*(?:[a-z]{1,3}-)?\d{4,5}\s+[a-z]"
    r"|\w(?:strasse|str\.|gasse|platz|weg|ring)\s+\d{1,4}\b"
    r"|(?:^|[,|-]\s*)(?:[a-z]{1,3}-)?\d{4,5}\s+[a-z]{3,}"
    r"|\b[a-z]{2}\s+\d{5}(?:-\d{4})?\b"
    r"|,\s*[a-z]{3,}(?:\s[a-z]{3,})?\s\d{4,6}\s*(?:,|$)"
)
# An office's general mailbox, not a press office's or a person's.
_GENERAL_MAILBOXES = frozenset(
    "info information office contact contacts kontakt post poststelle mail "
    "hello enquiries inquiries general service zentrale reception admin "
    "secretariat sekretariat secretariado accueil".split()
)
# A line the website gives: "www.acme.example", "Website: ...".
_WEBSITE = re.compile(r"(?:https?://|www\.)\S+|\b(?:website|web|site|internet)\s*:")
# A wire's time stamp after the release ("121142 Feb 20"): digits, a month.
_STAMP_TAIL = re.compile(r"\s*(?P<month>[^\W\d_]{3,9})\.?\s+\d{1,4}\s*$")
# Ranks written before a name, as forms of address ("Regierungsrat Dr. ...").
_RANKS = frozenset(
    "regierungsrat regierungsratin regierungsprasident regierungsprasidentin "
    "bundesrat bundesratin staatsrat staatsratin landesrat landesratin "
    "stadtrat stadtratin gemeinderat gemeinderatin nationalrat nationalratin "
    "standerat standeratin landeshauptmann landeshauptfrau burgermeister "
    "burgermeisterin stadtprasident stadtprasidentin senator councillor "
    "conseiller conseillere ambassador botschafter botschafterin".split()
)


# "Trade media:", "Financial press:", "Retail investors:": a heading with a
# qualifier before its word, on the line of the contact it announces.
_QUALIFIED_HEADING = re.compile(
    r"[a-z]{2,20}(?:\s+[a-z]{2,20})?\s+(?:media|press|presse|investors?|analysts?)"
    r"(?:\s+(?:contacts?|enquiries|inquiries|relations))?"
)
# Words of tables and periods, never of a person's name ("Year Ended").
_NEVER_IN_NAMES = frozenset(
    "year years month months quarter quarters ended ending week weeks total "
    "fiscal period revenue revenues income loss profit unaudited audited "
    "thousands millions".split()
)
_STREET_END = re.compile(r"(?:strasse|str\.|gasse|platz|straat|gracht|plein)$")
# A legal form after a comma: "Acme, Inc." is a company, not a name and a degree.
_CORPORATE = re.compile(
    r"(?:inc|ltd|llc|llp|plc|corp|co|lp|l\.p|n\.a|s\.a|ag|gmbh|sa|spa|nv|bv)\.?",
    re.I,
)
# Nouns that end organisations' names, not people's (contacts only; the
# organisation words of _words stay the importer-wide list).
_ORG_NOUNS = re.compile(
    r"\b(?:therapeutics|pharmaceuticals?|pharma|biosciences?|biotech|bancshares|"
    r"bancorp|bankshares|observatory|laboratories|labs?|systems|technologies|"
    r"solutions|industries|networks|energy|utilities|airlines?|motors|"
    r"foods|brands|resources|minerals|mining|logistics|telecom|hospital|clinic|"
    r"school|college|academy|museum|library|trust|alliance|coalition|network|"
    r"initiative|observatorium|klinik|werke|kliniken|hopital|ecole|musee|"
    r"hospital|escuela|museo|ospedale|scuola|ziekenhuis|school|division|section|"
    r"directorate|branch|sektion|abteilung|referat|dienststelle)\b"
)

# Endings of job nouns, compounds included ("Amtsleiter", "Projektleiterin",
# "Kommunikationsbeauftragter", "Sektionschefin", "cheffe"): the function a
# person holds, which TITLE_WORDS' whole words cannot see inside a compound.
_TITLE_ENDINGS = tuple(
    "leiter leiterin vorsteher vorsteherin direktor direktorin chef chefin "
    "cheffe beauftragter beauftragte sprecher sprecherin referent referentin "
    "prasident prasidentin berater beraterin koordinator koordinatorin "
    "mitarbeiter mitarbeiterin sekretar sekretarin adjoint adjointe "
    "collaborateur collaboratrice delegue deleguee leitung".split()
)
# A press office's unit (``Pressestelle``, ``Service de presse``, ``Ufficio
# stampa``, ``Dirección de Comunicación``): where the person works, read as
# their title like a function; the organisation is whose unit it is.
_PRESS_UNIT = re.compile(
    r"^(?:press\s+(?:office|desk|team)|pressestelle|presseabteilung|pressebur\w*|"
    r"pressedienst|pressereferat|medienstelle|mediendienst|medienburo|"
    r"service\s+(?:de\s+)?(?:presse|communication|media)|ufficio\s+stampa|"
    r"(?:direccion|departamento|gabinete)\s+de\s+(?:comunicacion|prensa)|"
    r"persdienst|abteilung|ressort|(?:investor|media|public)\s+relations|"
    r"corporate\s+communications|unternehmenskommunikation|konzernkommunikation)\b"
)
# The last word of a line that a job title runs on from, to the next line
# ("Pressesprecherin der" / "Bundesministerin ...", "Head of" / "Media").
_RUNS_ON = frozenset(
    "der des fur of for to the and und et de du des della del di van voor".split()
)
# Words that say whose a unit is ("Pressestelle der BKG", "of the ...").
_UNIT_OF = frozenset("der des du de della del di of the".split())
# Words of a job title that also end a firm's name ("Harborline
# Communications", "ÖMTC-Kommunikation"): before them, a name makes a firm.
_FIRM_ENDS = frozenset("communications communication kommunikation relations".split())
# The words of a unit or a function inside an organisation, as written after
# a job title ("Senior Manager, Corporate Communications", "Vice President,
# Marketing & Communications"): the title's, not an organisation.
_FUNCTION_WORDS = frozenset(
    "communications communication corporate investor investors relations "
    "marketing media public affairs press external internal government "
    "governmental community strategic advocacy brand digital finance financial "
    "treasury sales operations human resources legal policy research "
    "information news content events partnerships development business global "
    "product products engineering technology strategy sustainability "
    "regulatory compliance customer customers client clients care "
    "and & of the for".split()
)
# A unit's own noun at its end ("Drug Research Section", "Transport Division").
_UNIT_END = frozenset("section division unit branch team desk".split())
# Acronyms of a function or a region, never an organisation after a title.
_FUNCTION_ACRONYMS = frozenset(
    "IR PR HR IT EMEA APAC LATAM US USA UK EU CEO CFO COO CTO".split()
)
_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,11}")
# A firm's role in a group, in brackets after its name ("Larkspur
# Communications (Financial PR)", "Tolland Securities (Joint Broker)").
_FIRM_ROLE = re.compile(
    r"\b(?:pr|ir|broker\w*|advis[eo]r\w*|nomad|bookrunner\w*|registrar|sponsor|"
    r"financial\s+(?:media|pr|communications?)|investor\s+relations|"
    r"media\s+relations|public\s+relations)\b"
)


_WEB_LABEL = re.compile(r"^(?:website|web|site|internet|homepage)\s*:\s*", re.I)
# "In Amman", "Im Tessin", "À Genève": a place a contact is in.
_PLACE_HEADING = re.compile(r"(?:in|im|en|à|em)\s+", re.I)
# A table's header row ("Name | Role | Telephone | Email"): no contact.
_HEADER_CELLS = frozenset(
    "name names role title function position organisation organization company "
    "telephone phone tel mobile email e-mail contact funktion telefon "
    "fonction telephone courriel".split()
)


# An acronym and the name it stands for, joined by a spaced dash.
_ACRONYM_DASH = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,11} [–—-] (?P<name>[^|\t]+)")


def _place_heading(text: str) -> bool:
    """``In Amman``, ``In N'Djamena``: where a contact is, written before
    the name; a place's capitalised words, none an organisation's or a job's."""
    match = _PLACE_HEADING.match(text)
    if match is None:
        return False
    words = text[match.end() :].split()
    folded = fold(" ".join(words))
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not ORG_WORDS.search(folded)
        and not _title_shaped(folded)
    )


def _heading_cell(text: str) -> bool:
    """A column's heading in a table of people (``Presse``, ``Investor
    Relations``), which names the column's role, not its organisation."""
    folded = fold(text)
    return len(folded.split()) <= 3 and (
        bool(CONTACT_HEADING.fullmatch(folded)) or _role(folded) is not None
    )


def _title_shaped(folded: str) -> bool:
    """Whether *folded* names a job: a title word, or a job noun ending a word."""
    if TITLE_WORDS.search(folded):
        return True
    return any(w.strip(".,()").endswith(_TITLE_ENDINGS) for w in folded.split())


def _press_unit(text: str) -> bool:
    """A press office's unit, alone or with whose it is (``Pressestelle``,
    ``Pressestelle der BKG``, ``Ufficio stampa TCA``, ``Pressedienst
    (Deutschschweiz)``); ``Pressebüro Elbkante``, a unit's word before a
    name, is a firm."""
    folded = fold(text)
    match = _PRESS_UNIT.search(folded)
    if match is None or len(folded) > 60:
        return False
    rest = text.split()[len(folded[: match.end()].split()) :]
    return (
        not rest
        or fold(rest[0]) in _UNIT_OF
        or (len(rest) == 1 and (_acronym(rest[0]) or rest[0].startswith("(")))
    )


def _firm_name(folded: str) -> bool:
    """A name before a communications word (``Harborline Communications``,
    ``LARCHMONT COMMUNICATIONS``, ``AMD Kommunikation``): a firm or an
    organisation's office, not a job; ``Corporate Communications`` and
    ``Regional Communications Specialist`` are jobs."""
    words = [w for w in re.split(r"[\s-]+", folded) if w]
    if len(words) < 2 or words[-1] not in _FIRM_ENDS:
        return False
    rest = [w for w in words[:-1] if w not in _FUNCTION_WORDS]
    return bool(rest) and not _title_shaped(" ".join(rest))


def _acronym(text: str) -> bool:
    """``GMP``, ``UNODMC``, ``DMIN``: an organisation's acronym alone."""
    return bool(_ACRONYM.fullmatch(text)) and text not in _FUNCTION_ACRONYMS


def _unit_shaped(text: str) -> bool:
    """A unit or function after a title: its words a function's, or a unit's
    noun at its end; never an acronym (``Strategic Communications``,
    ``Drug Research Section``, ``Marketing & Communications``)."""
    words = [fold(w) for w in text.split()]
    if not words or len(words) > 8 or any(_acronym(w) for w in text.split()):
        return False
    return words[-1] in _UNIT_END or all(w in _FUNCTION_WORDS for w in words)


def _place(text: str) -> bool:
    """A city or country alone (``Nairobi``, ``Bangkok``, ``Thailand``)."""
    return (
        len(text.split()) <= 3
        and not any(c.isdigit() for c in text)
        and (
            country_for_name(text) is not None or country_of_place(text, []) is not None
        )
    )


def _split_rank(honorific: str | None) -> tuple[str | None, str | None]:
    """(rank, honorific) from what person_name took as the honorific:
    ``Regierungsrat Dr.`` is the rank ``Regierungsrat`` and the honorific
    ``Dr.``; a rank is a function, so it is the title's."""
    if honorific is None:
        return None, None
    words = honorific.split()
    rank = []
    while words and fold(words[0]) not in HONORIFICS:
        rank.append(words.pop(0))
    return (" ".join(rank) or None), (" ".join(words) or None)


@attrs.define
class ContactFields:
    """One contact as read: everything the text says about a person or desk."""

    name: str | None
    line: int
    honorific: str | None = None
    title: str | None = None
    organisation: str | None = None
    role: str | None = None  # media, investor or general, as a heading says
    language: str | None = None
    country: str | None = None
    phones: list[tuple[FoundPhone, int]] = attrs.Factory(list)
    emails: list[tuple[EmailAddress, int]] = attrs.Factory(list)
    # Where the title and organisation were read (a unit or a place after
    # them continues them), and a title the person has until the text gives
    # one: a rank before the name ("Regierungsrat Dr. ..."), or the press
    # unit's label above it ("Pressestelle der BKG").
    title_line: int | None = None
    organisation_line: int | None = None
    provisional: str | None = None
    ranked: bool = False  # the provisional title is a rank from the name
    #: Read below an e-mail's sign-off: the sender's signature.
    signature: bool = False
    #: A number's label written after the name ("Alice Trevanion
    #: (mobile)"): the next number's, when it has none of its own.
    label: str | None = None
    #: Lines read into a field whole but no field holds alone (a job title
    #: wrapped over two lines): the contact's, for the lines it spans.
    wrapped: list[int] = attrs.Factory(list)

    def has_details(self) -> bool:
        return bool(self.phones or self.emails)


def deobfuscate(text: str) -> str:
    """``jane [at] acme [dot] com`` and ``jane at acme.com`` → ``jane@acme.com``."""
    if not re.search(r"(?i)\bat\b|\[|\(", text):
        return text
    text = _OBFUSCATED_DOT.sub(".", _OBFUSCATED_AT.sub("@", text))
    return _SPELLED_AT.sub(r"\g<local>@\g<domain>", text)


def emails_in(text: str) -> list[str]:
    """The addresses written in *text*, found token by token (linear)."""
    found = []
    for token in re.split(r"[\s,;<>()\[\]]+", deobfuscate(text)):
        if token.count("@") != 1:
            continue
        token = token.removeprefix("mailto:").strip(".:;'\"")
        token = _EMAIL_LABEL.sub("", token) if ":" in token else token
        local, _, domain = token.partition("@")
        if local and "." in domain and _TLD.fullmatch(domain.rsplit(".", 1)[-1]):
            found.append(token)
    return found


def person_name(
    text: str, language: str | None = None
) -> tuple[str | None, str] | None:
    """(honorific, name) when *text* has the shape of a person's name.

    *language*, when known, says which words cannot start a name ("In", or
    in Portuguese "Em"); otherwise none of the seven languages' can.
    """
    words = text.split()
    honorific: list[str] = []
    while words and (
        fold(words[0]) in HONORIFICS
        # "Dr. med.", "Dr. rer. nat.", "Mag. (FH)": a degree's field or
        # school, after the honorific it qualifies.
        or (honorific and _DEGREE_QUALIFIER.fullmatch(words[0]) is not None)
    ):
        honorific.append(words.pop(0))
    if not honorific and (cut := _title_before_honorific(words)):
        # "Leiterin Kommunikation Dr. Eva Stadler": a job title of a few
        # words before the honorific; _split_rank gives it to the title.
        honorific += words[:cut]
        del words[:cut]
        while words and fold(words[0]) in HONORIFICS:
            honorific.append(words.pop(0))
    elif (
        len(words) >= 3
        and not honorific
        and (
            fold(words[0]) in _RANKS
            or _job_before_name(words)
            or (
                words[0][:1].isupper()
                and fold(words[1]) in HONORIFICS
                and not _INITIAL.fullmatch(words[1])  # "Anna M. Muster"
            )
        )
    ):
        # "Regierungsrat Dr. Anna Muster": the rank, a form of address; any
        # word before an honorific is one ("Ministerialrat Mag. ..."), since
        # a name never runs on before its honorific.
        honorific.append(words.pop(0))
        while words and fold(words[0]) in HONORIFICS:
            honorific.append(words.pop(0))
    if not words or len(words) > 5 or (len(words) < 2 and not honorific):
        return None
    not_first = _NOT_FIRST_IN.get((language or "")[:2], _NOT_FIRST)
    if fold(words[0]) in not_first | _NOT_FIRST_IN["en"]:
        return None  # "In Geneva", "For Acme"
    # A school's bracket after the honorific ("Mag. (FH)") is its own.
    checked = " ".join(w for w in [*honorific, *words] if not w.startswith("("))
    if any(ch.isdigit() or ch in "@:()/|" for ch in checked):
        return None
    folded = fold(" ".join(words))
    if ORG_WORDS.search(folded) or TITLE_WORDS.search(folded):
        return None
    if any(_job_compound(w) for w in words):
        return None  # "Stv. Regierungssprecherin": a job, not a name
    for word in words:
        if fold(word) in NAME_PARTICLES or _INITIAL.fullmatch(word):
            continue
        if _ELIDED_PARTICLE.fullmatch(word):
            continue  # "Amélie d'Arbois"
        if not word[0].isupper() or not any(c.isalpha() for c in word):
            return None
    if country_for_name(" ".join(words)) is not None:
        return None
    return (" ".join(honorific) or None), " ".join(words)


_DEGREE_QUALIFIER = re.compile(r"(?:[a-z]{1,5}\.){1,2}|\([A-Z][A-Za-z]{0,3}\)")


def _job_compound(word: str) -> bool:
    """A compound job noun (``Regierungssprecher``, ``Kommunikations-
    beauftragte``): a job noun's ending after four letters at least, so that
    ``Leiter`` or ``Sprecher``, which are surnames too, stay names."""
    folded = fold(word).strip(".,")
    return any(
        folded.endswith(end) and len(folded) >= len(end) + 4 for end in _TITLE_ENDINGS
    )


def _job_before_name(words: list[str]) -> bool:
    """A job in one word before a name of two or three capitalised words
    (``Spokesperson Jane Doe``, ``Regierungssprecher Anton Beispiel``): the
    title's, like a rank. Not an agency (``Assessoria de Imprensa``) nor a
    title running on (``Pressesprecherin der Bundesministerin``)."""
    first = fold(words[0]).strip(".,")
    return (
        words[0][:1].isupper()
        and 3 <= len(words) <= 4
        and bool(TITLE_WORDS.fullmatch(first) or _job_compound(first))
        and not ORG_WORDS.search(first)
        and words[1][:1].isupper()
        and fold(words[1]) not in NAME_PARTICLES
    )


#: Most words of a job title written before an honorific and a name.
_MAX_TITLE_BEFORE = 5


def _title_before_honorific(words: list[str]) -> int:
    """Where the honorific starts after a job title of two words or more
    (``Leiterin Kommunikation Dr. Eva Stadler``, ``Head of Media Relations
    Ms Jane Doe``), or 0: the words before it must make a job title and a
    name must follow it. An initial (``Anna M. Muster``) is no honorific."""
    for cut in range(2, min(len(words) - 1, _MAX_TITLE_BEFORE + 1)):
        word = words[cut]
        if fold(word) not in HONORIFICS or _INITIAL.fullmatch(word):
            continue
        before = words[:cut]
        return (
            cut
            if before[0][:1].isupper()
            and not any(c.isdigit() or c in "@:()/|," for w in before for c in w)
            and _title_shaped(fold(" ".join(before)))
            else 0
        )
    return 0


# A number's label in brackets after a name ("Alice Trevanion (mobile)",
# "Jane Doe [tel] +41 ..."), before the number or at the end of the text;
# never after a number, where "(cell)" is the label _phones reads itself.
_BRACKET_LABEL = re.compile(
    r"(?<=[^\W\d_])\s*[(\[](?P<label>[^\W\d_]{1,12}\.?)[)\]]"
    r"(?=\s*[,:;]?\s*(?:[+(]?\d|$))"
)
_TRAILING_LABEL = re.compile(r"\s(?P<label>[^\W\d_]{1,12}):$")
# The label words a bracket after a name may hold ("on", "at" are words).
_BRACKET_LABELS = LABEL_WORDS - {"on", "at"}


def _label_unbracketed(match: re.Match[str]) -> str:
    """``(mobile)`` after a name as ``mobile:``, the shape _phones reads."""
    label = match["label"]
    if fold(label).rstrip(".") not in _BRACKET_LABELS:
        return match[0]
    return f" {label.rstrip('.')}:"


def _country_note(text: str) -> tuple[str, str | None, str | None]:
    """A trailing ``(Thailand)``: the text without it, the country, a note."""
    match = _PAREN_END.search(text)
    if match is None:
        return text, None, None
    inner = match["inner"].strip()
    code = country_for_name(inner)
    if code is not None:
        return text[: match.start()].rstrip(), code, None
    return text, None, inner


_SITE_CONTACT = re.compile(
    r"contact\s+us|contact|kontakt|contactez-nous|nous\s+contacter|contatti|"
    r"contattaci|contacto|contactenos|contacteer\s+ons"
)
_HEAD_OFFICE = re.compile(
    r"\b(?:headquarters|head\s+office|hauptsitz|siege\s+social|sede\s+central|"
    r"hoofdkantoor)\b"
)
_NEGATION = re.compile(r"\b(?:no|not|nicht|keine?|ne|pas|non|niet|nao)\b")


def _not_the_press(folded: str) -> bool:
    """A label or line for the public, a service or the switchboard
    (``Public enquiries (not for journalists)``, ``In an emergency``), not
    a press desk's (``Media hotline``)."""
    if not (NOT_FOR_MEDIA.search(folded) or _service_line(folded)):
        return False
    return not MEDIA.search(folded) or _NEGATION.search(folded) is not None


class ContactReader:
    """Reads the lines of contacts sections into :class:`ContactFields`."""

    def __init__(
        self,
        report: Report,
        region: str | None,
        organisations: Iterable[str] = (),
        language: str | None = None,
    ) -> None:
        self.report = report
        self.region = region
        self.release_language = language
        organisations = list(organisations)
        self.known = {
            w
            for org in organisations
            for w in fold(org).split()
            if len(w) > 3 and not ORG_WORDS.fullmatch(w)
        }
        # The names whole: "Bundesministerium für Bildung, Jugend und ..."
        # is one organisation, its comma no cut.
        self.known_names = {fold(org) for org in organisations}
        # The issuer's acronym starts its units' names ("ÖAFC Tirol"), never
        # a person's.
        self.acronyms = {o for o in organisations if o.isupper() and " " not in o}
        self.contacts: list[ContactFields] = []
        self.language: str | None = None
        self.role: str | None = None  # until a heading names it
        self._signature = False  # below an e-mail's sign-off
        self._group_start = 0
        self._shared: ContactFields | None = None
        self._cohort: list[ContactFields] = []
        # A group's label line that says its numbers are not the media's
        # ("Public enquiries (not for journalists)" above the number).
        self._not_media = False
        # A table of people side by side: one person a column, and whether
        # its cells are marked (``|``, wide gaps) or collapsed into one line.
        self._columns: list[ContactFields] = []
        self._marked = False
        self._two_headings = False  # "Kontakt für Medien Kontakt für Investoren"
        self._column_roles: list[str | None] = []
        self._org_cells: list[str] = []  # "Acme Corp. | Beta Inc." above the names
        self._group_lines: list[str] = []  # the group's lines, folded
        # (line, number) of numbers written as a switchboard ("...60-0").
        self._switchboards: set[tuple[int, str]] = set()
        self._after_heading = False  # no group yet under the last heading
        # A press unit's label as a heading ("Pressestelle der BKG",
        # "Pressedienst (Deutschschweiz):") and its line: the title of the
        # person right under it or after its colon.
        self._label: tuple[str, int] | None = None
        self._next = ""  # the text of the line after the one being read
        # What follows the segment being read: the rest of its line, the next.
        self._after: list[str] = []

    # -- groups ---------------------------------------------------------------

    def end_group(self) -> None:
        """A blank line or a heading: shared details go to the group's people."""
        people = self.contacts[self._group_start :]
        shared = self._shared
        for person in people:
            if person.label is not None:
                self.report(
                    "import.unplaced",
                    f"the label {person.label!r} after {person.name!r}: no "
                    "number follows it, not kept",
                    person.line,
                    Severity.INFO,
                )
                person.label = None
        if people and self._address_block(people, shared):
            del self.contacts[self._group_start :]
            people = []
        if shared is not None and not people and shared.phones:
            self._switchboard_decoys(shared)
        if shared is not None and not people and self._office_group(shared):
            self._office_decoys(shared)
            shared = None
        if shared is not None and shared.has_details():
            if people:
                given = False
                for person in people:
                    if not person.phones:
                        person.phones += shared.phones
                        given = True
                    if not person.emails:
                        person.emails += shared.emails
                    _share_description(person, shared)
                if shared.phones and not given:
                    # Everyone has numbers of their own: the group's line is
                    # a desk's ("Press Office (24 hours): ..."), kept as one.
                    shared.name = None
                    self.contacts.insert(self._group_start, shared)
            else:
                shared.name = None
                self.contacts.append(shared)
        elif shared is not None and people:
            for person in people:
                _share_description(person, shared)
                person.title = person.title or shared.title
        elif shared is not None and (shared.organisation or shared.title):
            self.report(
                "import.unplaced",
                f"contacts text not placed: {shared.organisation or shared.title!r}",
                shared.line,
                Severity.INFO,
            )
        self._shared = None
        self._cohort = []
        self._not_media = False
        self._columns = []
        self._org_cells = []
        self._two_headings = False
        if self._group_lines:
            self._after_heading = False
        self._group_lines = []
        self._group_start = len(self.contacts)

    def _office_group(self, shared: ContactFields) -> bool:
        """Whether a group with no person is an office's general lines: a
        letterhead's or footer's address with its ``Tel``/``Fax``, website
        and general address, which no media heading or press word owns.

        Two cues are needed of: a postal address line, a fax number, a
        website, a general mailbox (``info@``, ``office@``, ``kontakt@``).
        The first group under a heading is kept when it names a
        communications office (``Abteilung Kommunikation``).
        """
        if not shared.has_details():
            return False
        if any(_PRESS_WORDS.search(text) for text in self._group_lines):
            return False
        if self._after_heading and any(MEDIA.search(t) for t in self._group_lines):
            return False  # "Rückfragehinweis:" / "Abteilung Kommunikation": a desk
        address = any(_ADDRESS.search(text) for text in self._group_lines)
        fax = any(phone.kind == "fax" for phone, _ in shared.phones)
        website = any(_WEBSITE.search(text) for text in self._group_lines)
        if self.role != "media" and any(
            _HEAD_OFFICE.search(text) for text in self._group_lines
        ):
            return True  # "UNSORP Headquarters, ... / Tel: ...": the office's line
        mailbox = any(
            fold(str(email).partition("@")[0]).split(".")[0] in _GENERAL_MAILBOXES
            for email, _ in shared.emails
        )  # "info@", "info.bic@"
        if address and len(self._group_lines) == 1 and self._group_start > 0:
            # One line of an office's address and number below contacts
            # already read: the footer ("Staatskanzlei, Street 15, 6002
            # City, Telefon ...").
            return not self._after_heading
        # "Direction de la santé ... DSAS" / its address / "T ...": the
        # issuer's own name over the group, no person's
        issuer = (
            self._group_start > 0
            and not self._after_heading
            and any(text in self.known_names for text in self._group_lines)
        )
        if self.role == "media":
            # Under a media heading, the first group is the press's; a later
            # one with a postal address and a fax, website, mailbox or the
            # issuer's name is the office's footer run on below the contacts.
            return (
                not self._after_heading
                and address
                and fax + website + mailbox + issuer >= 1
            )
        return address + fax + website + mailbox + issuer >= 2

    def _address_block(
        self, people: list[ContactFields], shared: ContactFields | None
    ) -> bool:
        """Whether a group's name-shaped lines are an address's, not people:
        no number or email anywhere in the group, and a postal address line
        (``Bundeshaus West`` / ``3003 Bern``: a building above a locality).
        Each is reported, so that no line goes unsaid."""
        if any(p.has_details() for p in people) or (shared and shared.has_details()):
            return False
        if not any(_ADDRESS.search(text) for text in self._group_lines):
            return False
        for person in people:
            self.report(
                "import.unplaced",
                f"{person.name!r} in an address with no number or email: not "
                "taken as a contact",
                person.line,
                Severity.INFO,
            )
        return True

    def _switchboard_decoys(self, shared: ContactFields) -> None:
        """A number written with the direct dial ``-0`` (``+43 1 277 60-0``)
        is an office's switchboard in the DACH plans: in a group with no
        person, it is the office's line, not a media contact."""
        kept = []
        for phone, line in shared.phones:
            if (line, phone.number.e164) in self._switchboards:
                self.report(
                    "import.decoy",
                    f"switchboard {phone.number.e164} (a direct dial of 0, in a "
                    "group with no person) not taken as a media contact",
                    line,
                    Severity.INFO,
                )
            else:
                kept.append((phone, line))
        shared.phones = kept

    def _office_decoys(self, shared: ContactFields) -> None:
        for phone, line in shared.phones:
            self.report(
                "import.decoy",
                f"office number {phone.number.e164} (an address block with no "
                "person or press word) not taken as a media contact",
                line,
                Severity.INFO,
            )
        for address, line in shared.emails:
            self.report(
                "import.decoy",
                f"office address {address} (an address block with no person "
                "or press word) not taken as a media contact",
                line,
                Severity.INFO,
            )

    def heading(self, text: str) -> None:
        """A section or sub-heading: its words say whose contacts follow."""
        self.end_group()
        self._label = None
        self._after_heading = True
        folded = fold(text)
        if INVESTOR.search(folded):
            self.role = "investor"
        elif MEDIA.search(folded):
            self.role = "media"
        elif GENERAL.search(folded):
            self.role = "general"
        elif _SITE_CONTACT.fullmatch(folded.strip(" :")):
            self.role = None  # a website's "Contact us": the office's, anyone's

    def _target(self, line: int) -> list[ContactFields]:
        if self._cohort:
            return self._cohort
        if self._shared is None:
            self._shared = ContactFields(
                None, line, role=self.role, language=self.language
            )
        return [self._shared]

    # -- lines ------------------------------------------------------------------

    def read(self, lines: Iterable[Line]) -> None:
        lines = list(lines)
        for index, line in enumerate(lines):
            # The line below, for a name that its details must follow.
            self._next = lines[index + 1].text if index + 1 < len(lines) else ""
            self.line(line)

    def line(self, line: Line) -> None:
        text = line.text
        if not text:
            self.end_group()
            return
        if (bullet := _BULLET.match(text)) and len(text) > bullet.end():
            text = text[bullet.end() :]  # "– Name, Function, Tel. ...": a list item
            raw = line.raw.lstrip()
            raw_bullet = _BULLET.match(raw)
            raw = raw[raw_bullet.end() :] if raw_bullet else text
            line = Line(line.number, text, raw)
        if (mail := line_reason(text)) is not None:
            # "Best regards," / "--" above the sender's signature.
            self._signature = self._signature or "greeting" not in mail
            self.report(
                "import.furniture",
                f"{mail} not imported: {text[:60]!r}",
                line.number,
                Severity.INFO,
            )
            self.end_group()
            return
        self._group_lines.append(fold(text[:MAX_SEGMENT]))
        if _RESET.fullmatch(text):
            self.heading(text)
            self.language = None
            return
        if header := _LANGUAGE_HEADING.fullmatch(text):
            self.end_group()
            self.language = language_for_name(header["language"])
            if self.language is None:
                self.report(
                    "import.language",
                    f"language {header['language']!r} is not one pressrelease "
                    "knows by name; write a BCP 47 tag such as 'km'",
                    line.number,
                )
            return
        folded = fold(text)
        if self._title_runs_on(text, line.number):
            return
        if self._unit_under_name(text, line.number):
            # "Dr. Anna Muster" / "Pressestelle": her unit, not a heading.
            self._describe(text, line.number)
            return
        if len(text) <= 100 and (pair := _two_headings(folded)):
            self.heading(pair[0])
            self._two_headings = True  # the columns' people follow
            self._column_roles = [_role(pair[0]), _role(pair[1])]
            return
        if len(text) <= 80 and (
            CONTACT_HEADING.fullmatch(folded)
            or (folded.endswith(":") and _heading_words(folded[:-1]))
        ):
            self.heading(text)
            self._two_headings = False
            if _press_unit(text.rstrip(": ")):
                self._label = (text.rstrip(": "), line.number)
            return
        if "|" in text and all(
            fold(c) in _HEADER_CELLS for c in self._cells(line, text) if c
        ):
            self.report(
                "import.furniture",
                f"a table's header row, not a contact: {text[:60]!r}",
                line.number,
                Severity.INFO,
            )
            return
        if self._columns and self._column_line(line, text):
            return
        if self._people_row(line, text):
            return
        if ":" in text[:60]:  # "Renseignements : Luc Perrin, ..." or "Media: Jane"
            head, _, rest = text.partition(":")
            head_folded = fold(head).strip()
            if rest.strip() and (
                CONTACT_HEADING.fullmatch(head_folded)
                or _QUALIFIED_HEADING.fullmatch(head_folded)
                or _heading_words(head_folded)
                or self._desk_label(head_folded, rest)
                or _PLACE_LABEL.fullmatch(head.strip()) is not None
                or (len(head.split()) <= 3 and city_country(head.strip()) is not None)
            ):
                self.heading(head)
                if _press_unit(head.strip()):
                    self._label = (head.strip(), line.number)
                text = rest.strip()
                self._group_lines.append(fold(text[:MAX_SEGMENT]))
                if _not_the_press(head_folded):
                    # "Public enquiries (not for journalists): ...": the
                    # label says whose line it is.
                    self._not_media = True
        if (
            sum(c.isdigit() for c in text) >= 6
            and _not_the_press(fold(text))
            and not emails_in(text)
            and not any(
                person_name(part.strip(), self.release_language)
                for part in re.split(r"[,:(]", text)[:3]
            )
        ):
            # "In an emergency, call +41 ...": a line for the public, with
            # no person on it.
            self.report(
                "import.decoy",
                f"a line for the public or a service, not a media contact: "
                f"{text[:60]!r}",
                line.number,
                Severity.INFO,
            )
            return
        if OFFICE_FOOTER.search(fold(text)) and sum(c.isdigit() for c in text) >= 6:
            self.report(
                "import.decoy",
                f"office footer not taken as a media contact: {text[:60]!r}",
                line.number,
                Severity.INFO,
            )
            return
        if (
            not self._cohort
            and sum(c.isdigit() for c in text) < 6
            and (NOT_FOR_MEDIA.search(folded) or _service_line(folded))
        ):
            self._not_media = True  # no person: the label is the group's
        if match := _COUNTRY_LINE.fullmatch(text):
            self._country(match["country"], line.number)
            return
        contacts = [p.strip() for p in text.split(";")]
        if len(contacts) > 1 and all(map(_has_detail, contacts)):
            # "Luc Perrin, ..., tél. ...; Service de presse, tél. ...": each a
            # contact of its own, the second a new group.
            for index, part in enumerate(contacts):
                segments = self._segments(line, part)
                if index and self._new_desk(segments, line.number, same_line=True):
                    self.end_group()
                elif index and segments and self._names_a_person(segments[0]):
                    self._cohort = []  # "...; Jérôme Dupuis, ...": the next person
                for at, segment in enumerate(segments):
                    self._after = [*segments[at + 1 :], self._next]
                    self.segment(segment, line.number)
            return
        segments = self._segments(line, text)
        # "Building, Street, Bangkok 10200, Country": an address line with no
        # number or email of its own names a building, never a person.
        postal = self._postal(text, folded)
        first = person_name(segments[0], self.release_language) if segments else None
        plain = not any(emails_in(x) or any(c.isdigit() for c in x) for x in segments)
        if first is not None and len(segments) >= 3 and plain and not postal:
            # "Ms Jane Doe, Press Officer, ACME": name, title(s), organisation.
            self._start([first], line.number)
            person = self._cohort[0]
            person.title = ", ".join(segments[1:-1])
            person.organisation = segments[-1]
            return
        if self._new_desk(segments, line.number):
            self.end_group()  # "Service de presse – 01 ..." after a person
        for at, segment in enumerate(segments):
            self._after = [*segments[at + 1 :], self._next]
            self.segment(segment, line.number, alone=len(segments) == 1, postal=postal)

    def _title_runs_on(self, text: str, line: int) -> bool:
        """A job title wrapped after a word it cannot end on (``Pressesprecherin
        der`` / ``Bundesministerin Muster``, ``Head of`` / ``Media
        Relations``): the next line, with no number or email, is its end,
        though it has a name's or a heading's shape."""
        if len(self._cohort) != 1 or self._columns:
            return False
        person = self._cohort[0]
        if (
            person.title is None
            or person.title_line != line - 1
            or person.title == person.provisional
            or fold(person.title).split()[-1] not in _RUNS_ON
            or _has_detail(text)
            or text.endswith(":")
            or len(person.title) + len(text) > MAX_SEGMENT
        ):
            return False
        person.wrapped += [line - 1, line]
        person.title = f"{person.title} {text}"
        person.title_line = line
        return True

    def _unit_under_name(self, text: str, line: int) -> bool:
        """A press office's unit alone on the line under a person's name
        (``Pressestelle``, ``Ufficio stampa TCA``): the person's, though
        its words would make a heading elsewhere."""
        if len(self._cohort) != 1 or self._columns or text.endswith(":"):
            return False
        person = self._cohort[0]
        return (
            person.line == line - 1
            and person.title in (None, person.provisional)
            and not person.has_details()
            and _press_unit(text)
            and not _has_detail(text)
        )

    def _postal(self, text: str, folded: str) -> bool:
        """A postal address line with no number or email of its own
        (``Building, Street, Bangkok 10200``, ``Hauptstrasse 44, 10115
        Berlin``): its digits are no phone, its cells no person."""
        return (
            _ADDRESS.search(folded) is not None
            and not emails_in(text)
            and not find_phones(text, self.region)
        )

    def _names_a_person(self, text: str) -> bool:
        found = person_name(text, self.release_language)
        return found is not None and _could_be_a_person(found[1])

    def _desk_label(self, head_folded: str, rest: str) -> bool:
        """``Pressedienst (Deutschschweiz): Anna Muster, Tel. ...``: a press
        desk's label (a press word, a few words, no digits) before a person
        with details of their own, a heading for that person."""
        words = head_folded.split()
        return (
            0 < len(words) <= 4
            and not any(c.isdigit() for c in head_folded)
            and bool(_PRESS_WORDS.search(head_folded) or MEDIA.search(head_folded))
            and _has_detail(rest)
            and self._names_a_person(rest.split(",")[0].strip())
        )

    def _new_desk(
        self, segments: list[str], line: int, *, same_line: bool = False
    ) -> bool:
        """Whether a desk's or firm's line with its own details, under people
        who have theirs, starts a new group rather than adding to the last."""
        if len(segments) < 2 or not self._cohort or self._columns:
            return False
        last = self._cohort[-1]
        if not last.has_details() or (last.line == line and not same_line):
            return False
        head = fold(segments[0])
        if person_name(segments[0], self.release_language) is not None or not (
            ORG_WORDS.search(head) or MEDIA.search(head)
        ):
            return False
        return any(
            emails_in(x) or sum(c.isdigit() for c in x) >= 6 for x in segments[1:]
        )

    # -- tables of people side by side ------------------------------------

    def _cells(self, line: Line, text: str) -> list[str]:
        raw = (line.raw if text == line.text else text)[:2000]
        if "|" in raw:  # "| Sabine Wagner | Thomas Brandl |": empty cells count
            return [c.strip() for c in raw.strip().strip("|").split("|")]
        return [c.strip() for c in _COLUMNS.split(raw) if c.strip()]

    def _people_row(self, line: Line, text: str) -> bool:
        """A row of people, one a column: ``Name, Title | Name, Title``, or
        under two headings a collapsed ``Claudia Meier Patrick Egli``."""
        cells = self._cells(line, text)
        names = [
            found
            if (found := person_name(c.split(",")[0].strip(), self.release_language))
            and _could_be_a_person(found[1])
            else None
            for c in cells
        ]
        marked = len(cells) >= 2 and all(names)
        halves: list[str] = []
        if not marked and self._two_headings and len(cells) == 1:
            words = text.split()
            if len(words) in (4, 6):
                halves = [
                    " ".join(words[: len(words) // 2]),
                    " ".join(words[len(words) // 2 :]),
                ]
                names = [person_name(h, self.release_language) for h in halves]
        if not marked and not (halves and all(names)):
            if (
                len(cells) >= 2
                and not any(names)
                and not any(
                    emails_in(c) or any(ch.isdigit() for ch in c) for c in cells
                )
            ):
                if all(_heading_cell(c) for c in cells):
                    # "| Presse | Investor Relations |": each column's heading.
                    self.end_group()
                    self._two_headings = True
                    self._column_roles = [_role(fold(c)) for c in cells]
                    return True
                self._org_cells = cells
            return False
        self._start([n for n in names if n], line.number)
        self._columns = list(self._cohort)
        self._marked = marked
        if self._two_headings and len(self._column_roles) == len(self._columns):
            for person, role in zip(self._columns, self._column_roles, strict=True):
                person.role = role or person.role
        if len(self._org_cells) == len(self._columns):
            for person, org in zip(self._columns, self._org_cells, strict=True):
                person.organisation = org or None
        self._org_cells = []
        if marked:
            for person, cell in zip(self._columns, cells, strict=True):
                for part in [p.strip() for p in cell.split(",")[1:] if p.strip()]:
                    self._cohort = [person]
                    self._describe(part, line.number)
            self._cohort = list(self._columns)
        return True

    def _column_line(self, line: Line, text: str) -> bool:
        """A line under a row of people: its cells (or, collapsed, its details
        left to right) are each column's."""
        columns = self._columns
        if self._marked:
            cells = self._cells(line, text)
            if len(cells) != len(columns):
                self._columns = []
                return False
            if all(self._names_a_person(c.split(",")[0].strip()) for c in cells):
                self._columns = []  # a new row of people, one a column
                return False
            for person, cell in zip(columns, cells, strict=True):
                self._cohort = [person]
                for part in [p.strip() for p in cell.split(",") if p.strip()]:
                    if _has_detail(part) or not self._names_a_person(part):
                        self.segment(part, line.number)
                    else:  # "Transport Division": the column's, not a person
                        self._describe(part, line.number)
        else:
            items = _details_in(text)
            if not items:
                words = text.split()
                half = len(words) // 2
                titles = [" ".join(words[:half]), " ".join(words[half:])]
                if (
                    len(columns) != 2
                    or len(words) % 2
                    or not all(TITLE_WORDS.search(fold(t)) for t in titles)
                ):
                    self._columns = []
                    return False
                for person, title in zip(columns, titles, strict=True):
                    person.title = person.title or title
                return True
            if len(items) > len(columns):
                self._columns = []
                return False
            for person, item in zip(columns, items, strict=False):
                self._cohort = [person]
                self.segment(item, line.number)
        self._cohort = list(columns)
        return True

    def _segments(self, line: Line, text: str) -> list[str]:
        raw = self._dial_joined(line.raw if text == line.text else text)
        named = _ACRONYM_DASH.fullmatch(raw.strip()[:MAX_SEGMENT])
        if named and ORG_WORDS.search(fold(named["name"])) and not _has_detail(raw):
            return [raw.strip()]  # "BLEP – Bundesamt für ...": one organisation
        cells = [c.strip() for c in _COLUMNS.split(raw[:2000]) if c.strip()]
        segments: list[str] = []
        for index, cell in enumerate(cells):
            parts = [p.strip() for p in cell.split(",") if p.strip()]
            if parts and (degrees := _trailing_degrees(parts[0])) is not None:
                # "Anna Muster BSc": the name, and what is not kept of it.
                parts[0] = degrees[0]
                self._degrees_not_kept(degrees[0], [degrees[1]], line.number)
                cell = ", ".join(parts)
            if (
                len(parts) >= 2
                and (name := self._surname_first(parts[0], parts[1])) is not None
                and _details_follow([*parts[2:], *cells[index + 1 :], self._next])
            ):
                self._reordered(f"{parts[0]}, {parts[1]}", name, line.number)
                parts[:2] = [name]
                cell = ", ".join(parts)
            elif (
                parts
                and (name := self._capitals_first(parts[0])) is not None
                and _details_follow([*parts[1:], *cells[index + 1 :], self._next])
            ):
                self._reordered(parts[0], name, line.number)
                parts[0] = name
                cell = ", ".join(parts)
            if "|" in raw and self._people_cell(parts):
                # "| Acme (Broker) | Jane Doe, John Roe | +44 ...": one a part.
                segments.append(" / ".join(parts))
                continue
            detail = any(
                emails_in(p) or sum(ch.isdigit() for ch in p) >= 6 for p in parts
            )
            if (len(parts) == 2 and _CORPORATE.fullmatch(parts[1])) or (
                fold(cell) in self.known_names
            ):
                segments.append(cell)  # "Acme Bancshares, Inc.": one organisation
            elif len(parts) > 1 and (
                detail or person_name(parts[0], self.release_language)
            ):
                merged, dropped = _merge_postnominals(parts, self.acronyms)
                segments += merged
                self._degrees_not_kept(merged[0], dropped, line.number)
            elif (
                len(parts) > 1
                and not person_name(parts[0], self.release_language)
                and self._is_org(parts[-1])
            ):
                segments += [", ".join(parts[:-1]), parts[-1]]
            else:
                segments.append(cell)
        return segments

    def _capitals_name(self, name: str, fewest: int = 2) -> bool:
        """``JANE DOE``, ``MARIA GRUBER-HOLL``: two or three words in
        capitals, each with a vowel, none a heading's, a label's, an
        organisation's, a job's, a place's or the issuer's (``MEDIA
        CONTACT``, ``PRESSESTELLE``, ``ACME CORP``, ``UNIS VIENNA``). The
        caller asks for the contact's title, number or email after it."""
        words = name.split()
        if not fewest <= len(words) <= 3 or len(name) > 60:
            return False
        if not all(
            (_IN_CAPITALS.fullmatch(w) and _VOWEL.search(w)) or _INITIAL.fullmatch(w)
            for w in words
        ):
            return False
        folded = fold(name)
        bare = folded.split()
        return not (
            CONTACT_HEADING.fullmatch(folded)
            or _heading_words(folded)
            or MEDIA.search(folded)
            or GENERAL.search(folded)
            or INVESTOR.search(folded)
            or ORG_WORDS.search(folded)
            or _ORG_NOUNS.search(folded)
            or _title_shaped(folded)
            or _PRESS_UNIT.search(folded)
            or FURNITURE.fullmatch(folded)
            or ABOUT.match(folded)
            # "UNIS VIENNA", "GENEVA": a place in capitals, an office's line.
            or any(_place(w) for w in [name.title(), *name.title().split()])
            or any(
                w in self.known
                or w in _FUNCTION_WORDS
                or w in _NEVER_IN_NAMES
                or w in _NOT_FIRST
                or w in _HEADER_CELLS
                or w in _FIELD_LABELS
                or w in LABEL_WORDS
                or _STREET_END.search(w)
                for w in bare
            )
            or bare[0] in NOT_A_PERSON_FIRST
        )

    def _bracket_after_name(
        self, text: str
    ) -> tuple[tuple[str | None, str], str, bool] | None:
        """A person's name and in brackets after it a job (``Jane Doe (Press
        Officer)``, ``Anna Muster (Mediensprecherin)``) or an organisation
        (``Jane Doe (Harbour Agency)``, ``Jane Doe (Acme Communications)``):
        the name, the bracket's words, and whether they are the title; None
        for anything else (a city, a label, a firm's role, a number)."""
        match = _PAREN_END.search(text)
        if match is None or match.start() == 0 or len(text) > MAX_SEGMENT:
            return None
        inner = " ".join(match["inner"].split())
        folded = fold(inner)
        if any(c.isdigit() or c == "@" for c in inner) or _FIRM_ROLE.search(folded):
            return None
        firm = (
            _firm_name(folded)
            or _CORPORATE.fullmatch(inner.split()[-1]) is not None
            or _acronym(inner)
        )
        # A job, or a press office's unit, is the title (as under a name).
        title = (_title_shaped(folded) and not firm) or _press_unit(inner)
        firm = firm or self._is_org(inner) or _ORG_NOUNS.search(folded) is not None
        if not title and (not firm or _place(inner)):
            return None
        found = person_name(text[: match.start()].strip(), self.release_language)
        if found is None or not _could_be_a_person(found[1]):
            return None
        return found, inner, title

    def _reordered(self, written: str, name: str, line: int) -> None:
        self.report(
            "import.name_order",
            f"{written!r} is written surname first: read as {name!r}",
            line,
            Severity.INFO,
        )

    def _capitals_first(self, text: str) -> str | None:
        """``M. DUPONT Jean``, ``Mme MARTIN Claire``: an honorific, a surname
        in capitals, one given name; the name in the usual order (``M. Jean
        DUPONT``), else None. Without the honorific, ``DSAS Claire`` may be
        an office and a name: not reordered."""
        found = person_name(text, self.release_language)
        if found is None or found[0] is None or _split_rank(found[0])[0]:
            return None
        *family, given = found[1].split()
        if not family or not _CAPITALISED.fullmatch(given):
            return None
        if not self._capitals_name(" ".join(family), fewest=1) or _place(given):
            return None
        return f"{found[0]} {given} {' '.join(family)}"

    def _degrees_not_kept(self, name: str, degrees: list[str], line: int) -> None:
        if degrees:
            self.report(
                "import.unplaced",
                f"the degrees {', '.join(degrees)!r} after {name!r} not kept: a "
                "contact has no field for them",
                line,
                Severity.INFO,
            )

    def _surname_first(self, surname: str, given: str) -> str | None:
        """``Doe, Jane``, ``DOE, Jane``, ``Gruber, Maria (Mag.)``: the name in
        the usual order (an honorific in brackets before it), when the shape
        is a person's beyond doubt; else None.

        The surname is one capitalised word, or up to three in capitals; the
        given name one capitalised word, not in capitals (``DOE, JANE`` may
        be either way round), an initial after it at most. No part is a place, an
        organisation's or a job's word, or the issuer's.
        """
        if len(surname) > 60 or len(given) > 60:
            return None
        honorific = ""
        if (bracket := _PAREN_END.search(given)) is not None:
            inner = bracket["inner"].strip()
            if not all(fold(w) in HONORIFICS for w in inner.split()):
                return None
            honorific, given = inner, given[: bracket.start()].strip()
        words = given.split()
        while words and fold(words[0]) in HONORIFICS:
            if _INITIAL.fullmatch(words[0]):
                break  # "M." may be an initial: kept as the name's
            honorific = f"{honorific} {words.pop(0)}".strip()
        family = surname.split()
        if not (
            (len(family) == 1 and _CAPITALISED.fullmatch(family[0]))
            or (len(family) <= 3 and all(_IN_CAPITALS.fullmatch(w) for w in family))
        ):
            return None
        # One given name, an initial after it at most: "DSAS, Anne Rochat"
        # is an office's acronym and a name, "Acme, Jane Doe" a firm's.
        if not (
            1 <= len(words) <= 2
            and _CAPITALISED.fullmatch(words[0])
            and all(_INITIAL.fullmatch(w) for w in words[1:])
        ) or any(fold(w) in HONORIFICS for w in family):
            return None
        name = " ".join([*words, *family])
        folded = fold(name)
        if (
            ORG_WORDS.search(folded)
            or _title_shaped(folded)
            or _ORG_NOUNS.search(folded)
            or any(w in self.known for w in folded.split())
            or any(_place(part) for part in (surname, " ".join(words)))
            or any(fold(w) in _NEVER_IN_NAMES for w in name.split())
        ):
            return None
        found = person_name(f"{honorific} {name}".strip(), self.release_language)
        if found is None or found[1] != name:
            return None
        return f"{honorific} {name}".strip()

    def _dial_joined(self, raw: str) -> str:
        """*raw* with a direct dial after a spaced dash joined to its number,
        where the region writes national numbers with a trunk prefix ``0``
        (a number starting ``1``-``9`` cannot be a second one there)."""
        if trunk_prefix(self.region) != "0" or not _DIAL_DASH.search(raw):
            return raw
        return _DIAL_DASH.sub("-", raw)

    def _people_cell(self, parts: list[str]) -> bool:
        """A table cell of people only, ``Jane Doe, John Roe``: two or more
        parts, each a person's name and none an organisation's."""
        return len(parts) >= 2 and all(
            self._names_a_person(part)
            and not self._is_org(part)
            and not _ORG_NOUNS.search(fold(part))
            for part in parts
        )

    def _is_org(self, text: str) -> bool:
        folded = fold(text)
        if ORG_WORDS.search(folded):
            return True
        return any(w in self.known for w in folded.split())

    def _country(self, name: str, line: int) -> None:
        code = country_for_name(name.strip())
        if code is None:
            self.report(
                "import.country",
                f"{name.strip()!r} is not a country name pressrelease knows",
                line,
            )
        for person in self._target(line):
            person.country = person.country or code

    def segment(
        self, text: str, line: int, *, alone: bool = False, postal: bool = False
    ) -> None:
        if len(text) <= MAX_SEGMENT and ("(" in text or "[" in text):
            text = _BRACKET_LABEL.sub(_label_unbracketed, text)
        label = _TRAILING_LABEL.search(text[-16:])
        if label is not None and fold(label["label"]) in _BRACKET_LABELS:
            label_start = len(text) - len(text[-16:]) + label.start()
            # "Alice Trevanion (mobile)" above her number: the label is the
            # next number's, the name the person's.
            found = person_name(text[:label_start], self.release_language)
            if found is not None and _could_be_a_person(found[1]):
                # "Alice Trevanion / Tobias Greenhalgh" above: her number.
                same = [
                    p
                    for p in self.contacts[self._group_start :]
                    if p.name and fold(p.name) == fold(found[1])
                ]
                if same:
                    self._cohort = same[:1]
                else:
                    self._start([found], line)
                self._cohort[-1].label = label["label"]
                return
        if (titled := self._bracket_after_name(text)) is not None:
            # "Jane Doe (Press Officer)", "Jane Doe (Harbour Agency)": the
            # person, with her title or organisation.
            self._start([titled[0]], line)
            started = self._cohort[-1]
            if titled[2]:
                started.title, started.title_line = titled[1], line
            else:
                started.organisation, started.organisation_line = titled[1], line
            return
        addresses = emails_in(text)
        digits = sum(c.isdigit() for c in text)
        if addresses:
            rest = text
            for address in addresses:
                rest = rest.replace(address, " ")
            digits_left = sum(c.isdigit() for c in rest) >= 6
            if digits_left and (named := self._name_before_number(rest)) is not None:
                self._start([named[0]], line)  # "Jane Doe (415) 555-0132 jane@..."
                rest = rest[named[1] :]
            elif not digits_left and (
                person := person_name(
                    _BRACKETS.sub(" ", rest).strip(" ,;:–—-"), self.release_language
                )
            ):
                self._start([person], line)  # "Jane Doe (jane@...)", "Jane Doe <...>"
            for address in addresses:
                self._email(address, line)
            if digits_left:
                self._phones(rest, line)
            return
        if digits >= 6 and not postal and not _WEB.search(text):
            if (named := self._name_before_number(text)) is not None:
                self._start([named[0]], line)  # "Jane Doe 0491 570 156"
                text = text[named[1] :]
            self._phones(text, line)
            return
        if _WEB.search(text) and " " not in _WEB_LABEL.sub("", text).strip():
            return  # a website ("Website: ..."): the organisation's, not the contact's
        if (where := _PAREN_END.search(text)) is not None and city_country(
            where["inner"].strip()
        ):
            # "Jane Doe (Geneva)": where the person works, which the model has
            # no field for: said, and the name read without it.
            self.report(
                "import.unplaced",
                f"the contact's city {where['inner'].strip()!r} not kept",
                line,
                Severity.INFO,
            )
            text = text[: where.start()].rstrip()
        names = [p for p in _NAME_SPLIT.split(text) if p]
        people = [
            None if postal else person_name(p, self.release_language) for p in names
        ]
        if len(names) > 1 and all(people):
            self._start([p for p in people if p], line)
            return
        found = (
            people[0]
            if len(names) == 1 or postal
            else person_name(text, self.release_language)
        )
        if found is not None and not (
            _could_be_a_person(found[1])
            or (self._capitals_name(found[1]) and _details_follow(self._after))
        ):
            found = None
        # A job title before the honorific ("Head of Media Relations Ms
        # Jane Doe") may hold an organisation's word; the name may not.
        subject = found[1] if found and _split_rank(found[0])[0] else text
        org_like = (
            bool(ORG_WORDS.search(fold(subject)))
            # the issuer's acronym starts its units' names ("ÖAFC Tirol")
            or re.split(r"[\s-]", text, maxsplit=1)[0] in self.acronyms
            or (
                bool(self._cohort)
                and (self._is_org(subject) or bool(_ORG_NOUNS.search(fold(subject))))
            )
        )
        current = self._cohort[-1] if self._cohort else None
        if found is not None and current is not None and current.line == line:
            self._describe(text, line)  # "Jane Doe, Aa Bb, ACME": a title
            return
        if found is not None and not org_like:
            if (
                alone
                and current is not None
                and self._organisation_after(current, text, line)
            ):
                current.organisation = text  # "Jane Doe / Title / Acme Health"
                return
            if (
                current is not None
                and current.line == line - 1
                and current.title is None
                and not current.has_details()
                and (job := _split_rank(found[0])[0]) is not None
                and TITLE_WORDS.match(fold(job))
            ):
                # "Mag. Clemens X" / "Mediensprecher Stadträtin Mag.a Derya Y":
                # the spokesman of the person named, the line above's title
                self._describe(text, line)
                return
            self._start([found], line)
            return
        lowercase = not any(c.isupper() for c in text) and not TITLE_WORDS.search(
            fold(text)
        )
        bracketed = text.startswith("(") and text.endswith(")")
        if len(text) > MAX_SEGMENT or digits or lowercase or bracketed:
            self.report(
                "import.unplaced", f"line not placed in a contact: {text[:60]!r}", line
            )
            return
        self._describe(text, line)

    def _name_before_number(
        self, text: str
    ) -> tuple[tuple[str | None, str], int] | None:
        """A person's name written just before their number, and where the
        number (with its label) starts."""
        first = _FIRST_DIGIT.search(text)
        if first is None or not find_phones(text[first.start() :], self.region):
            return None
        words = text[: first.start()].split()
        while words and fold(words[-1]).strip(".:") in LABEL_WORDS:
            words.pop()  # "Jane Doe Tel." : the label stays with the number
        if len(words) < 2:
            return None
        prefix = " ".join(words)
        named = person_name(prefix.strip(" ,–—-:"), self.release_language)
        folded = fold(prefix)
        if named is None or ORG_WORDS.search(folded):
            return None
        if NOT_FOR_MEDIA.search(folded) or _service_line(folded):
            return None  # "ADAC Pannenhilfe: 089 ...": the service's line
        if not (_could_be_a_person(named[1]) or self._capitals_name(named[1])):
            return None  # a number follows: a name in capitals is a person's
        return named, text.rindex(words[-1], 0, first.start()) + len(words[-1])

    def _organisation_after(self, current: ContactFields, text: str, line: int) -> bool:
        """Whether a name-shaped line alone under a person is their organisation.

        Evidence: an organisation's noun (``Therapeutics``, ``Observatory``),
        or the stacked shape (the person's title on a line of its own above)
        with a longer name than people's. Otherwise it is the next person
        (an RNS table lists people one a line).
        """
        if current.has_details() or current.organisation is not None:
            return False
        if _ORG_NOUNS.search(fold(text)):
            return True
        stacked = current.title is not None and current.line != line
        return stacked and len(text.split()) >= 3

    def _describe(self, text: str, line: int) -> None:
        """A title or an organisation line for the current person (or group).

        The rule of contact blocks: after the name comes what the person
        does (the title), then whom for (the organisation). A unit or a
        function written after the title, on its line or wrapped to the
        next (``Senior Manager, Corporate Communications``; ``Chief,
        Strategic Communications`` / ``and Advocacy Section``), is the
        title's; an acronym (``Communications Officer, GMP``) or a firm is
        the organisation; a city after the organisation is the
        organisation's (``Regional Office, Nairobi``).
        """
        parts = [p.strip() for p in text.split(",")]
        acronyms: list[str] = []
        while len(parts) > 1 and _acronym(parts[-1]):
            acronyms.append(parts.pop())  # "Communications Officer, GMP"
        self._describe_one(", ".join(parts), line)
        for acronym in reversed(acronyms):
            self._describe_one(acronym, line)

    def _describe_one(self, text: str, line: int) -> None:
        targets = self._target(line)
        folded = fold(text)
        if _place_heading(text):
            self.report(  # "In Amman, Reem Haddad, ...": where, not whom for
                "import.unplaced",
                f"place heading {text!r} not taken as an organisation",
                line,
                Severity.INFO,
            )
            return
        if (firm := self._firm_and_role(text)) is not None:
            # "Larkspur Communications (Financial PR)": the firm is the
            # organisation; its role in the group is no person's title.
            self.report(
                "import.unplaced",
                f"the firm's role {firm[1]!r} is not a contact's title: not kept",
                line,
                Severity.INFO,
            )
            for person in targets:
                if person.organisation is None:
                    person.organisation, person.organisation_line = firm[0], line
            return
        named = all(p.name is not None for p in targets)
        is_title = (
            (_title_shaped(folded) and not _firm_name(folded))
            or (named and _press_unit(text))
        ) and not re.search(
            r"\b(?:inc|ltd|plc|llc|ag|gmbh|sa|sas|spa|nv|bv|se|kg)\.?$", folded
        )
        for person in targets:
            if (
                person.provisional is not None
                and person.title == person.provisional
                and is_title
            ):
                if person.ranked:
                    self.report(
                        "import.unplaced",
                        f"{person.provisional!r} before the name not kept as the "
                        f"title: the title {text[:60]!r} follows",
                        line,
                        Severity.INFO,
                    )
                person.title, person.title_line = text, line
            elif self._continues_title(person, text, line):
                joiner = " " if text[:1].islower() else ", "
                person.title = f"{person.title}{joiner}{text}"
                person.title_line = line
            elif (
                person.organisation is not None
                and person.organisation_line in (line, line - 1)
                and len(person.organisation) + len(text) <= MAX_SEGMENT
                and _place(text)
            ):
                person.organisation = f"{person.organisation.rstrip(' ,')}, {text}"
                person.organisation_line = line
            elif is_title and person.title is None:
                person.title, person.title_line = text, line
            elif person.organisation is None and (
                not is_title or person.title or _acronym(text)
            ):
                if person.title is None and _place(text):
                    self.report(
                        "import.unplaced",
                        f"place {text!r} in a contact with no organisation: not "
                        "taken as a title",
                        line,
                        Severity.INFO,
                    )
                    continue
                person.organisation, person.organisation_line = text, line
            elif person.title is None:
                person.title, person.title_line = text, line
            else:
                self.report(
                    "import.unplaced",
                    f"line not placed in a contact: {text[:60]!r}",
                    line,
                )
                return
        if INVESTOR.search(folded):
            for person in targets:
                person.role = "investor"

    def _continues_title(self, person: ContactFields, text: str, line: int) -> bool:
        """Whether *text* goes on with *person*'s title: read just before
        (this line or the one above), no organisation after it yet, and a
        unit's or function's words, or a wrapped line starting with ``and``."""
        if (
            person.title is None
            or len(person.title) + len(text) > MAX_SEGMENT  # bounded: linear
            or person.title_line not in (line, line - 1)
            or (person.organisation_line or 0) >= person.title_line
            or person.title == person.provisional
        ):
            return False
        words = fold(text).split()
        if words[0] in ("and", "und", "et", "&") and person.title_line == line - 1:
            return True
        # A name with the issuer's words is the issuer's ("Acme Communications"),
        # unless a unit's noun ends it ("Drug Research Section" of a drugs office).
        issuers = words[-1] not in _UNIT_END and any(w in self.known for w in words)
        return _unit_shaped(text) and not issuers

    def _firm_and_role(self, text: str) -> tuple[str, str] | None:
        """``Tolland Securities (Joint Broker)``: a firm and its role in the
        group (an adviser's, a broker's, a PR firm's), or None."""
        match = _PAREN_END.search(text)
        if match is None or match.start() == 0:
            return None
        inner = match["inner"].strip()
        if not _FIRM_ROLE.search(fold(inner)) or _place(inner):
            return None
        return text[: match.start()].rstrip(), inner

    def _start(self, people: list[tuple[str | None, str]], line: int) -> None:
        self._cohort = []
        label = self._label[0] if self._label and self._label[1] >= line - 1 else None
        for written, name in people:
            rank, honorific = _split_rank(written)
            cased = mixed_case(name)
            if cased != name:
                self.report(
                    "import.name_case",
                    f"the name {name!r} is written in capitals: read as {cased!r}",
                    line,
                    Severity.INFO,
                )
                name = cased
            person = ContactFields(
                name,
                line,
                honorific=honorific,
                title=rank or label,
                role=self.role,
                language=self.language,
                provisional=rank or label,
                ranked=rank is not None,
                signature=self._signature,
            )
            person.title_line = line if person.title else None
            self.contacts.append(person)
            self._cohort.append(person)

    def _email(self, text: str, line: int) -> None:
        try:
            address = EmailAddress.parse(text)
        except ValidationError as exc:
            self.report(
                "import.email", f"email not imported: {exc.problems[0].message}", line
            )
            return
        for person in self._target(line):  # as written, a repeat too
            person.emails.append((address, line))

    def _phones(self, text: str, line: int) -> None:
        folded = fold(text)
        if _wire_stamp(folded):
            self.report(
                "import.furniture",
                f"a wire's time stamp, not a phone: {text[:60]!r}",
                line,
                Severity.INFO,
            )
            return
        if self._not_media or NOT_FOR_MEDIA.search(folded) or _service_line(folded):
            self.report(
                "import.decoy",
                f"number not taken as a media contact: {text[:60]!r}",
                line,
                Severity.INFO,
            )
            return
        text, country, _note = _country_note(text)
        targets = self._target(line)
        label = next((p.label for p in targets if p.label), None)
        if label is not None and _FIRST_DIGIT.match(text.lstrip()):
            text = f"{label}: {text.lstrip()}"  # the label after the name
        for person in targets:
            person.label = None
        region = country or next((p.country for p in targets if p.country), None)
        found = find_phones(text, region or self.region)
        if not found:
            self.report(
                "import.phone",
                f"phone {text[:60]!r} not imported: not a possible number"
                + (f" in {region or self.region}" if region or self.region else ""),
                line,
            )
            return
        if not any(person.name for person in targets):
            found = self._press_lines(found, line)  # a person's number is theirs
        for phone in found:
            written = text[phone.start : phone.end]
            if _SWITCHBOARD.search(written):
                self._switchboards.add((line, phone.number.e164))
            if not written.lstrip("(").startswith("+") and not (region or country):
                self.report(
                    "import.phone_region",
                    f"{written!r} has no country code: read as a number in "
                    f"{self.region or 'no region'}",
                    line,
                    Severity.INFO,
                )
            if phone.ranged:
                self.report(
                    "import.phone_range",
                    f"{written!r} read as a range of two numbers",
                    line,
                    Severity.INFO,
                )
        for person in targets:
            person.country = person.country or country
            for phone in found:
                person.phones.append((phone, line))

    def _press_lines(self, found: list[FoundPhone], line: int) -> list[FoundPhone]:
        """The numbers but the public's: with no person, a toll-free,
        shared-cost or premium-rate line (``Infotelefon: 0800 240 260``) is
        a hotline's, unless the group says it is the press's (``Media line:
        0800 ...``)."""
        if not any(phone.public for phone in found) or any(
            MEDIA.search(t) and not _NEGATION.search(t) for t in self._group_lines
        ):
            return found
        for phone in found:
            if phone.public:
                self.report(
                    "import.decoy",
                    f"{phone.public} number {phone.number.e164} (a line for the "
                    "public) not taken as a media contact",
                    line,
                    Severity.INFO,
                )
        return [phone for phone in found if not phone.public]


# Where a title written after a name in a sentence ends: the words that
# lead to the person's numbers ("..., Director of Communications, at 316 ..."),
# or a number, a bracket or an address.
_TITLE_STOP = re.compile(
    r",?\s+(?:at|on|via|by|unter|au|al|per|op|who|whose)\b|[(+@\d]", re.I
)


def title_after_name(rest: str) -> str | None:
    """The title a sentence writes right after a person's name, or None.

    >>> title_after_name(", Director of Communications, at 316.555.0129")
    'Director of Communications'
    """
    rest = rest[:MAX_SEGMENT]
    if not rest.startswith(","):
        return None
    stop = _TITLE_STOP.search(rest, 1)
    title = rest[1 : stop.start() if stop else len(rest)].strip(" ,")
    if not title or len(title) > 120 or not _title_shaped(fold(title)):
        return None
    return " ".join(title.split())


def _share_description(person: ContactFields, shared: ContactFields) -> None:
    """A group's organisation line goes to each of its people; a press
    office's unit (``Pressestelle der BKG`` above the name) is their title."""
    unit = shared.organisation
    if unit is not None and person.title is None and _press_unit(unit):
        person.title = unit
        return
    person.organisation = person.organisation or shared.organisation


def _role(folded: str) -> str | None:
    if INVESTOR.search(folded):
        return "investor"
    if MEDIA.search(folded) or re.search(r"\bmedien\b", folded):
        return "media"
    return None


# One word of a name, capitalised ("Gruber-Holl", "O'Neill", "Müller"), and
# one in capitals ("GRUBER-HOLL", "DUPONT").
_CAPITALISED = re.compile(r"[A-ZÀ-Þ](?:[a-zß-ÿ]|['’-][A-ZÀ-Þa-zß-ÿ])+")
# The words of a field's label, written in capitals above its value
# ("CORREO ELECTRÓNICO", "ADRESSE", "SITE WEB"): a label, never a name.
_FIELD_LABELS = frozenset(
    "correo electronico electronique electronica elettronica eletronico courriel "
    "courrier posta mail email e-mail address adresse adres direccion indirizzo "
    "endereco anschrift postanschrift website web site sitio sito pagina internet "
    "homepage social twitter linkedin facebook instagram follow us hours horario "
    "orari horaires offnungszeiten opening numero number nummer".split()
)
_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]")
_IN_CAPITALS = re.compile(r"[A-ZÀ-Þ](?:[A-ZÀ-Þ]|['’-][A-ZÀ-Þ])+")


def _details_follow(after: list[str]) -> bool:
    """Whether the first of *after* (the rest of the line, then the line
    below) is a contact's title, number or email: the sign that a name
    written unusually (surname first, in capitals) is a person's."""
    following = next((x.strip() for x in after if x.strip()), "")
    if not following:
        return False
    folded = fold(following[:MAX_SEGMENT])
    return (
        _has_detail(following)
        or (
            _title_shaped(folded)
            # "VP, Investor Relations": a job before the unit's name
            and (not _firm_name(folded) or TITLE_WORDS.match(folded) is not None)
        )
        or _press_unit(following)
    )


def _could_be_a_person(name: str) -> bool:
    """False for a name-shaped line that is a label, an office or a street:
    all capitals (``CORREO ELECTRÓNICO``), ``Cabinet de ...``, ``Paseo de ...``,
    ``Hauptstrasse``."""
    words = name.split()
    letters = [w for w in words if any(c.isalpha() for c in w)]
    if len(letters) >= 2 and all(w.isupper() and len(w) > 1 for w in letters):
        return False
    if fold(words[0]).rstrip(".") in NOT_A_PERSON_FIRST:
        return False
    if _office_of_place(words):
        return False
    if any(fold(w) in _NEVER_IN_NAMES for w in words):
        return False
    return not any(_STREET_END.search(fold(w)) for w in words)


def _wire_stamp(folded: str) -> bool:
    """``121142 Feb 20``: digits alone, then a month and a day or year."""
    match = _STAMP_TAIL.search(folded[:80])
    if match is None or match["month"] not in month_names():
        return False
    head = folded[: match.start()].strip()
    return head.isdigit()


def _office_of_place(words: list[str]) -> bool:
    """An acronym and a place (``UNIS Vienna``, ``WHCA, Geneva``): an
    organisation's office, not a person. Both cues are needed: a French
    surname is written in capitals (``Jean DUPONT``), and ``Paris`` or
    ``Sydney`` is a given name."""
    bare = [w.strip(",.;") for w in words]
    acronym = any(2 <= len(w) <= 8 and w.isupper() and w.isalpha() for w in bare)
    rest = [w for w in bare if w and not w.isupper()]
    place = any(
        country_of_place(w, []) is not None or country_for_name(w) is not None
        for w in [*rest, " ".join(rest)]
    )
    return acronym and place


_JOINED = re.compile(r"\s*(?:&|/|\bund\b|\band\b|\bet\b|\by\b|\be\b|\ben\b)\s*")


def _heading_words(folded: str) -> bool:
    """A heading that ends with a contacts heading ("Adresse für Rückfragen",
    "Ministry of Health press office") or joins two ("Rückfragen & Kontakt")."""
    if len(folded) > 80 or any(c.isdigit() for c in folded):
        return False
    parts = [p.split() for p in _JOINED.split(folded)]
    if not parts or not all(parts) or sum(len(p) for p in parts) > 7:
        return False
    return all(
        any(CONTACT_HEADING.fullmatch(" ".join(p[i:])) for i in range(len(p)))
        for p in parts
    )


def _has_detail(text: str) -> bool:
    return bool(emails_in(text)) or sum(c.isdigit() for c in text) >= 6


def _two_headings(folded: str) -> tuple[str, str] | None:
    """Two contacts headings side by side, if the line is two."""
    words = folded.split()
    for cut in range(2, len(words) - 1):  # two words each at least
        first = " ".join(words[:cut])
        if CONTACT_HEADING.fullmatch(first) and CONTACT_HEADING.fullmatch(
            " ".join(words[cut:])
        ):
            return first, " ".join(words[cut:])
    return None


_DETAIL = re.compile(
    r"(?:(?<!\S)[A-Za-zé.]{1,12}\.?\s?:?\s)?[+(]?\d[\d ()./-]{5,}\d|\S+@\S+"
)


def _details_in(text: str) -> list[str]:
    """A collapsed line's numbers (with their labels) and addresses, in order."""
    return [m[0].strip() for m in _DETAIL.finditer(deobfuscate(text)[:MAX_SEGMENT])]


# Degrees and honours written after a name ("MSc", "Ph.D.", "BA MA", "MBE"):
# the model has no field for them. A generational suffix ("Jr.", "III") is
# the name's own.
_DEGREES = (
    r"MBA|EMBA|PhD|DPhil|MA|MAS|MSc|BSc|BA|LLM|LL\.M\.?|LLB|CFA|CPA|MBE|OBE|CBE|"
    r"KC|QC|MEng|BEng|MPA|MPH|MD|BEd|MEd|MIM|ACA|FCA"
)
_POSTNOMINALS = re.compile(
    rf"(?:(?:[A-Z][a-zA-Z]{{0,3}}\.){{1,3}}|{_DEGREES})(?:\s+(?:{_DEGREES}))*"
)
_DEGREE_WORD = re.compile(_DEGREES)
_GENERATION = re.compile(r"Jr\.?|Sr\.?|II|III|IV")


def _merge_postnominals(
    parts: list[str], acronyms: set[str]
) -> tuple[list[str], list[str]]:
    """``Jane Doe, M.D., Ph.D.``: the degrees after a name (the second list:
    the caller says they are not kept); ``John Roe, Jr.`` stays one name; an
    organisation's acronym the release gives (``Jane Doe, MA`` where MA is
    the issuer's) is no degree."""
    merged: list[str] = []
    dropped: list[str] = []
    for part in parts:
        if merged and _GENERATION.fullmatch(part):
            merged[-1] = f"{merged[-1]}, {part}"
        elif merged and part not in acronyms and _POSTNOMINALS.fullmatch(part):
            dropped.append(part)
        else:
            merged.append(part)
    return merged, dropped


def mixed_case(name: str) -> str:
    """A name's words written in capitals, in the usual case: ``Harald
    SÖLLNER`` → ``Harald Söllner``, ``KEVIN T. O’DONNELL`` → ``Kevin T.
    O’Donnell``, ``Jan VAN DER BERG`` → ``Jan van der Berg``; an initial
    stays as written."""
    words = name.split()
    out = []
    for index, word in enumerate(words):
        letters = [c for c in word if c.isalpha()]
        if len(letters) < 2 or not word.isupper():
            out.append(word)
        elif index and fold(word) in NAME_PARTICLES:
            out.append(word.lower())
        else:
            out.append(re.sub(r"[^\W\d_]+", _capitalised, word))
    return " ".join(out)


def _capitalised(match: re.Match[str]) -> str:
    part = match[0]
    if len(part) > 3 and part[:2] == "MC":  # "MCDONALD" → "McDonald"
        return "Mc" + part[2].upper() + part[3:].lower()
    return part[:1].upper() + part[1:].lower()


def _trailing_degrees(part: str) -> tuple[str, str] | None:
    """``Anna Muster BSc``, ``Jane Doe MBA``: (the name, its degrees) when
    degrees end a person's name written without a comma, else None."""
    words = part.split()
    cut = len(words)
    while cut > 2 and _DEGREE_WORD.fullmatch(words[cut - 1]):
        cut -= 1
    if cut == len(words) or person_name(" ".join(words[:cut])) is None:
        return None
    return " ".join(words[:cut]), " ".join(words[cut:])


def read_phone(
    text: str, region: str | None, line: int, report: Report
) -> list[PhoneNumber]:
    """The number(s) in an office footer's ``Tel:`` segment; failures reported."""
    found = [p.number for p in find_phones(text, region)]
    if not found:
        report(
            "import.phone",
            f"phone {text[:60]!r} not imported: not a possible number",
            line,
        )
    return found
