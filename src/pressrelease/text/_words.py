"""The words house styles use, in the languages the importer reads.

Every role, heading and label is recognised from these lists; adding a
language or a house style means adding words here, not control flow.
"""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Lower case without accents: ``Rückfragehinweis`` → ``ruckfragehinweis``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # a typographic apostrophe is the apostrophe: "d’informations"
    return "".join(
        _APOSTROPHES.get(c, c) for c in decomposed if not unicodedata.combining(c)
    )


_APOSTROPHES = {"’": "'", "‘": "'", "ʼ": "'", "`": "'"}


def _alternatives(words: str) -> str:
    items = sorted({w.strip() for w in words.split("|") if w.strip()}, key=len)
    return "|".join(re.escape(fold(w)).replace(r"\ ", r"\s+") for w in reversed(items))


# Headings that open a contacts section, on a line of their own or before
# the contact on the same line ("Renseignements : Luc Perrin, ...").
_CONTACT_HEADINGS = _alternatives(
    "media contacts|media contact|media enquiries|media inquiries|media relations|"
    "press contacts|press contact|press enquiries|press inquiries|press office|"
    "contacts for the media|contact for the media|contacts|contact|"
    "for further information|for more information|for additional information|"
    "further information|more information|further enquiries|enquiries|inquiries|"
    "investor relations|investor contacts|investor contact|investors|media|"
    "investor enquiries|investor inquiries|analyst enquiries|analysts|"
    "relations investisseurs|contact investisseurs|kontakt fur investoren|"
    "investor relations contact|ir contact|"
    "for media enquiries|for media inquiries|for press enquiries|"
    "for further information please contact|for further information, please contact|"
    "for more information, please contact|for more information please contact|"
    "pressekontakt|pressekontakte|medienkontakt|medienkontakte|kontakt|"
    "ruckfragehinweis|ruckfragen|ruckfragen an|fur ruckfragen|"
    "fur weitere informationen|weitere informationen|auskunft|auskunfte|"
    "ansprechpartner|ansprechpartnerin|pressestelle|medienstelle|"
    "presseanfragen|medienanfragen|presseauskunfte|medienauskunfte|"
    "media requests|press requests|"
    "kontakt fur medienschaffende|kontakt fur medien|"
    "contact presse|contacts presse|contact medias|contacts medias|"
    "renseignements|pour plus d'informations|pour tout renseignement|"
    "service de presse|relations presse|relations medias|"
    "contacto de prensa|contactos de prensa|contacto|contacto para medios|"
    "para mas informacion|mas informacion|gabinete de prensa|prensa|"
    "ufficio stampa|contatti stampa|contatto stampa|per informazioni|"
    "per ulteriori informazioni|contatti|"
    "contato para imprensa|contatos para imprensa|assessoria de imprensa|"
    "mais informacoes|para mais informacoes|imprensa|"
    "perscontact|perscontacten|contactpersoon|voor meer informatie|"
    "meer informatie|noot voor de redactie|persvoorlichting"
)
CONTACT_HEADING = re.compile(
    # "Ihr Kontakt zur Pressestelle", "Your contact at the press office": a
    # heading after a possessive and a few words.
    r"(?:(?:(?:ihre?|your|votre|vos|su|sus|uw|il\s+vostro|i\s+vostri|o\s+seu|"
    r"os\s+seus)\s+(?:[a-z']{1,20}\s+){0,3})?"
    rf"(?:{_CONTACT_HEADINGS})"
    # "For press and interview enquiries", "Pour toute information
    # complémentaire": what the reader may want, a few words after "for",
    # on a line that ends in a colon (a title may start "For many ...").
    r"|(?=[^:]{0,90}:\s*$)(?:for|pour|fur|per|para|voor)\s+(?:[a-z']{1,20}\s+){1,3}"
    r"(?:[a-z]')?(?:information|informations|informationen|informazioni|informacion|"
    r"informacoes|informatie|enquiries|inquiries|questions|fragen|ruckfragen|"
    r"renseignements))"
    # Whose contacts: "für Medien", "für Journalist:innen" (a gender colon,
    # asterisk or underscore), "für Journalistinnen und Journalisten".
    r"(?:\s+\(?[a-z &]{0,30}(?:[:*/_]innen)?"
    r"(?:\s+(?:und|and|et|e|y|en)\s+[a-z]{1,20})?\)?)?"
    # "..., please contact:" in the languages ("veuillez contacter :",
    # "wenden Sie sich bitte an:", "si prega di contattare:").
    r"(?:\s*,?\s*(?:(?:please|veuillez|merci\s+de|bitte|si\s+prega\s+di|"
    r"por\s+favor|favor\s+de|gelieve)\s+)?(?:contact|call|e-?mail|write\s+to|"
    r"bitte\s+an|wenden\s+sie\s+sich(?:\s+bitte)?\s+an|contacter|contactez|"
    r"vous\s+adresser\s+a|adressez-vous\s+a|contactar(?:\s+con)?|contacte|"
    r"contattare|contattate|contate|contatar|neem\s+contact\s+op(?:\s+met)?)"
    r"\b[^:]{0,40})?"
    r"\s*[:.-]?"
)
# A heading that opens an investor-relations group rather than a media one.
INVESTOR = re.compile(
    r"\b(?:investors?|investor\s+relations|ir\b|shareholders?|analysts?|"
    r"anleger|investoren|investisseurs|analystes|inversores|investitori|"
    r"investidores|beleggers|nominated\s+adviser|broker|nomad)\b"
)
# Compounds stay ("Pressestelle", "persvoorlichter"), false friends do not:
# "pressure", "persönlich"/"person", "perspective", "median", "mediation".
MEDIA = re.compile(
    r"\b(?:reporters?|journalists?|editors?|redaktion\w*|journalistes?|periodistas?|"
    r"giornalisti|jornalistas|medienvertret\w*|medienschaffende|media(?![nt])|"
    r"press(?!ur)|presse|prensa|stampa|imprensa|"
    r"pers(?!on|pe[ck]t|ist|uad|ever|ian)|journalists?|"
    r"communications?|kommunikation|pr\b|public\s+relations|spokes\w*|"
    r"sprecher\w*|porte-parole|portavoz|portavoce|woordvoerder)"
)
GENERAL = re.compile(r"\b(?:general|customer|public|burger|citoyens)\b")

# Lines that are wire or page furniture, never body, issuer or headline.
_FURNITURE_WORDS = _alternatives(
    "for immediate release|immediate release|for release|press release|news release|"
    "media release|press statement|media advisory|news advisory|joint press release|"
    "joint news release|joint media release|press releases|news releases|"
    "joint statement|statement|announcement|pressemitteilung|presseinformation|"
    "presseaussendung|medienmitteilung|pressemeldung|communique de presse|"
    "communique|information presse|comunicado de prensa|nota de prensa|"
    "comunicado|comunicato stampa|nota stampa|comunicado a imprensa|"
    "comunicado de imprensa|release|persbericht|persmededeling|news|"
    "ends|end|-ends-|- ends -|ende|fin|fine|einde|###|-30-|- 30 -|nnnn|"
    "(schluss)|schluss|- fin -|-fin-|***|notes to editors|note to editors|"
    "notes for editors|editor's note|editors' note|hinweis fur redaktionen|"
    "note aux redactions|nota para los editores|news provided by|share this article|"
    # The kind of a release, as a label above its title.
    "medieninformation|medien-information|presse-information|presseinformationen|"
    "pressedienst|landespressedienst|pressemitteilungen|mitteilung an die medien|"
    "media information|press information|media statement|press briefing|"
    "briefing note|briefing notes|press briefing notes|news brief|"
    "information aux medias|communique aux medias|note d'information|"
    "comunicato ai media|nota informativa|informacion de prensa|persinformatie"
)
# "Pressemitteilung Nr. 045/2025", "Comunicato stampa n. 27/2025": a number after.
FURNITURE = re.compile(
    rf"(?:{_FURNITURE_WORDS})"
    r"(?:\s+(?:nr|no|n|n°|num|nº)\.?\s*:?\s*(?:[a-z]{1,3}[/.-]?)?\d[\d/.-]{0,12})?\s*[:.]?"
)
FURNITURE_START = re.compile(
    r"(?:\*{3}|rns\s+number|source\s*:?\s|ots\d|ots-originaltext|digitale\s+pressemappe|"
    r"apa-ots\b|"
    r"issued\s+at|ends/|this\s+information\s+is\s+provided\s+by|"
    r"follow\s+\S+\s+on\b|view\s+original\s+content|view\s+source\s+version|"
    r"copyright|©|photos?\s+(?:and|&)|bild(?:er)?\s*:|foto\s*:|"
    r"to\s+view\s+the\s+original|original-content\s+von|"
    r"(?:quelle|fonte|fuente|bron)\s*:|source\s+:|tags?\s*:|keywords?\s*:|schlagw|"
    # The UN information services' note on a release's status.
    r"for\s+(?:information|use\s+of\s+information\s+media)\b.{0,40}\bonly|"
    r"not\s+an\s+official\s+(?:document|record)|pour\s+information\s+seulement|"
    r"document\s+non\s+officiel|nur\s+zur\s+information)"
)
EMBARGO = re.compile(
    r"(?:\*+\s*)?(?:embargo(?:ed)?|under\s+embargo|sperrfrist|embargo\s+jusqu|"
    r"sous\s+embargo|embargo\s+hasta|embargo\s+fino)\b"
)
NOT_FOR_MEDIA = re.compile(
    r"\b(?:no|not|nicht|keine?|ne|pas|non|niet|nao)\b[\w\s]{0,25}\b(?:medi|press|journalist|prensa|stampa|imprensa|pers\b)|"
    r"centralita|\bstandard\b|vermittlung|centralino|reception|empfang|"
    r"not\s+for\s+(?:media|press|journalists|publication)|"
    r"(?:nicht|keine)\s+(?:fur|fuer)\s+(?:medien|journalist)|"
    r"pas\s+(?:pour|destine)\w*\s+(?:aux?\s+)?(?:medias|journalistes|presse)|"
    r"no\s+(?:para|es\s+para)\s+(?:medios|prensa|periodistas)|"
    r"general\s+enquir|general\s+inquir|customer|hotline|helpline|toll[- ]free|"
    r"freephone|free\s+of\s+charge|kostenlos|gebuhrenfrei|burgerservice|"
    r"service\s+client|numero\s+vert|linea\s+gratuita|numero\s+verde|"
    r"gratis|dial\b|conference\s+call|webcast|call-?in|replay|passcode|"
    r"conference\s+id|participant|teilnehmer|switchboard|zentrale|"
    r"members\s+of\s+the\s+public|public\s+enquir|bookings?|reservations?|"
    r"info-?\s?line|bevolkerung|burgertelefon|for\s+the\s+public|"
    r"pour\s+le\s+(?:grand\s+)?public|per\s+il\s+pubblico|service\s+line|"
    r"tickets?|installer|orders?|sales\b|support\b|appointments?"
)
ABOUT = re.compile(
    r"(?:about|about\s+the|uber|ueber|uber\s+die|uber\s+den|uber\s+das|a\s+propos\s+d[eu']|"
    r"a\s+propos\s+de\s+la|a\s+propos|sobre|acerca\s+de|informazioni\s+su|"
    r"chi\s+e|a\s+proposito\s+di|over|about\s+us|das\s+unternehmen|"
    r"unternehmensprofil|company\s+profile|background|hintergrund|"
    r"forward-looking\s+statements?|cautionary\s+statement|safe\s+harbou?r|"
    r"disclaimer|zukunftsgerichtete\s+aussagen|declarations\s+prospectives)\b"
)

HONORIFICS = {
    fold(h)
    for h in (
        "Mr Mr. Ms Ms. Mrs Mrs. Miss Mx Dr Dr. Prof Prof. Professor Sir Dame "
        "H.E. Mag. Mag.a Dipl.-Ing. DI Ing. Dr.in Dkfm. MMag. Herr Frau M. Mme "
        "Mme. Mlle Me Sr. Sra. Srta. D. Dña. Dott. Dott.ssa Avv. Ing. On. Dhr. "
        "Mevr. drs. ir. mr. Lic. Lda. Eng."
    ).split()
}
# Words that make a line a job title rather than a name.
TITLE_WORDS = re.compile(
    r"\b(?:director|manager|head|officer|chief|ceo|cfo|coo|cto|cmo|evp|svp|vp|president|"
    r"vice|spokes\w*|press\s+secretary|secretary|adviser|advisor|specialist|"
    r"consultant|coordinator|associate|lead|executive|partner|analyst|editor|"
    r"relations|communications?|public\s+affairs|chair\w*|founder|minister|"
    r"sprecher\w*|leiter\w*|pressereferent\w*|referent\w*|mediensprecher\w*|"
    r"pressesprecher\w*|kommunikation|geschaftsfuhr\w*|vorstand\w*|"
    r"abteilung|bereich|porte-parole|charge\w*|responsable|directeur\w*|"
    r"directrice|attache\w*|conseill\w*|portavoz|director[a]?|jefe|jefa|"
    r"responsabile|addetto|addetta|capo|portavoce|assessor\w*|gerente|"
    r"woordvoerder|persvoorlichter|hoofd|medewerker|officer)\b"
)
ORG_WORDS = re.compile(
    r"(?:\b(?:ag|se|sa|sas|kg|nv|bv|ab|asa|co|lp|spa|s\.p\.a|s\.a|oyj)\.?$"
    r"|\b(?:inc|ltd|limited|plc|llc|llp|corp|corporation|company|"
    r"group|gruppe|groupe|grupo|gruppo|groep|holdings?|gmbh|sarl|ministry|ministerium|bundesministerium|ministere|ministerio|ministero|"
    r"ministerie|department|departement|office|bureau|agency|agentur|service|"
    r"services|secretariat|commission|council|conseil|bundesamt|amt|verband|"
    r"verein|club|association|federation|foundation|stiftung|fondation|"
    r"institute|institut|university|universitat|universite|bank|capital|"
    r"partners|advisors|advisers|securities|communications|consulting|"
    r"pr|rp|agence|agencia|agenzia|comunicacao|comunicacion|comunicazione|"
    r"communicatie|assessoria|media|press|presse|team|desk|unit|newsroom|headquarters|"
    r"international|regional|national|federal|federale|federal|"
    r"administration|government|regierung|gouvernement|gobierno|governo|"
    r"city|stadt|ville|state|land|kanton|canton|program|programme|project|"
    r"organization|organisation|union|ifc|who|unicef|unhcr|undp|unep|fao|direktion|"
    r"alliance|coalition|partnership|league|ligue|liga|fund|fonds|fondo|forum|"
    r"direction|etat|staat|stato|"
    r"direzione)\b\.?"
    r"|\b\w+(?:buro|ministerium|amt|verband|gesellschaft|agentur|kommunikation|stelle|"
    r"dienst|abteilung|ministere|ministerio|ministero|kanzlei|direktion|club|klub|"
    r"verein|bund|wirtschaft|kammer|gewerkschaft|genossenschaft|stiftung)\b)"
)
NAME_PARTICLES = {
    "de", "van", "von", "der", "den", "da", "di", "del", "della", "du", "le",
    "la", "y", "dos", "das", "do", "ter", "ten", "zu", "bin", "al", "el", "mac",
}  # fmt: skip
# An office footer's register entries: its numbers are not a contact's.
OFFICE_FOOTER = re.compile(
    r"amtsgericht|registergericht|\bhr[ab]\b|\brcs\b|siret|registered\s+(?:office|in)|"
    r"company\s+(?:number|no)|\bvat\b|ust-id|\bsitz\b|siege\s+social|\bcif\b|"
    r"p\.\s?iva|\bkvk\b"
)
NOT_FOR_MEDIA = re.compile(f"{NOT_FOR_MEDIA.pattern}|{OFFICE_FOOTER.pattern}")

# Legal forms that end a company's registered name, in the languages and
# markets the importer reads ("Solarnetz AG", "Tembusu Logistics Pte. Ltd.").
_LEGAL_FORMS = (
    "Ltd|Ltd.|Limited|plc|PLC|Plc|Inc|Inc.|Incorporated|LLC|L.L.C.|LLP|LP|L.P.|"
    "Corp|Corp.|Corporation|Co.|Company|Pty Ltd|Pty. Ltd.|Pte Ltd|Pte. Ltd.|"
    "Pvt Ltd|Pvt. Ltd.|Private Limited|AG|GmbH|gGmbH|SE|KG|KGaA|GmbH & Co. KG|"
    "e.V.|eV|eG|SA|S.A.|SAS|S.A.S.|SARL|S.à r.l.|SCA|B.V.|BV|N.V.|NV|S.p.A.|"
    "SpA|S.r.l.|Srl|S.L.|SL|S.L.U.|Ltda|Ltda.|S/A|AB|ASA|A/S|Oy|Oyj|AS|ApS"
)
LEGAL_FORM = "|".join(
    re.escape(f).replace(r"\ ", r"\s+")
    for f in sorted(_LEGAL_FORMS.split("|"), key=len, reverse=True)
)
# A name ending in a legal form, with an optional comma before it.
LEGAL_FORM_END = re.compile(rf",?\s+(?:{LEGAL_FORM})(?![\w.])")
# Words that may be lower case inside an organisation's name.
NAME_CONNECTORS = frozenset(
    "of for and the on in de du des la le l d da do das dos del di della "
    "fur und der die den von zu y e et en van het voor pour para per au aux".split()
)
# A company line with its defined terms: 'Fenwick Lane Foods PLC ("Fenwick
# Lane", the "Group" or the "Company")', or the parenthesis on its own.
DEFINED_TERMS = re.compile(r"[^()]{0,100}\(\s*[\"“”][^()\"“”]{1,40}[\"“”][^()]{0,80}\)")
# "Communiqué de presse – Bruxelles, le 26 mai 2025": a marker, a dash, more.
MARKER_DASH = re.compile(r"(.{3,60}?)\s+[–—|-]\s+")
# A press office, an investor desk: a release's senders, not its issuer.
# A department's phrase, not a lone "Media" or "Communications", which
# name companies too ("Acme Media Group", "Acme Communications Inc.").
PRESS_UNIT = re.compile(
    r"\b(?:(?:press|media|medien|public|investor|corporate|group|konzern|"
    r"unternehmens)[\s-]*(?:office|relations|affairs|desk|team|information|"
    r"kommunikation|communications?|centre|center)|pressestelle|presseabteilung|"
    r"presseburo|medienstelle|kommunikationsdienst|newsroom|gabinete\s+de\s+(?:comunicacion|prensa)|"
    r"ufficio\s+stampa|service\s+de\s+presse|relations\s+(?:presse|medias|"
    r"investisseurs)|direction\s+de\s+la\s+communication|"
    r"(?:abteilung|leitung|ressort|stabsstelle|bereich|referat)\s+\w*kommunikation|"
    r"(?:service|bureau)\s+(?:de\s+la\s+)?communication|communications?\s+(?:office|"
    r"department|team|unit|division)|assessoria\s+de\s+imprensa|"
    r"afdeling\s+communicatie|persvoorlichting)\b"
)
# "Herausgeber:", "Éditeur :" (admin.ch): the publishers, one a line below.
PUBLISHER = re.compile(
    r"(?:herausgeber(?:in)?|herausgegeben\s+von|editeur|editrice|editore|"
    r"publisher|published\s+by|issued\s+by|uitgever|editor|pubblicato\s+da|"
    r"publie\s+par|publicado\s+por)\s*:\s*"
    # Alone on its line, as admin.ch writes it ("Éditeur" / the office); not
    # "Editor" or "Publisher", which are also a person's title.
    r"|(?:herausgeber(?:in)?|editeur|editrice|editore|uitgever|pubblicato\s+da|"
    r"publie\s+par|publicado\s+por|herausgegeben\s+von|published\s+by)\s*$"
)

# An address line's words ("UN Building, Rajadamnern Nok Avenue").
ADDRESS_WORD = re.compile(
    r"\b(?:avenue|street|road|building|house|tower|plaza|square|boulevard|"
    r"lane|rue|chemin|route|strasse|gasse|platz|weg|via|viale|piazza|calle|"
    r"paseo|avenida|postfach|case\s+postale|p\.?\s?o\.?\s+box)\b"
    r"|\w(?:strasse|gasse|platz|weg)\b"
)


#: Each language's most frequent function words: what tells a text's
#: language, or a line's.
STOPWORDS = {
    "en": "the and of to in is for with that said",
    "de": "der die und das ist mit den für nicht sich",
    "fr": "le la les et des est pour une dans du",
    "es": "el los las y del es para una con por",
    "pt": "o os as e do da é para uma com",
    "it": "il di che è per una con del della sono",
    "nl": "de het een van en is voor met op dat",
}
_STOP_SETS = {
    language: frozenset(words.split()) for language, words in STOPWORDS.items()
}


def line_language(text: str) -> str | None:
    """The language one line's function words name, when only one leads
    (``Direction de la santé et des affaires sociales`` → ``fr``), else None."""
    words = re.findall(r"[^\W\d_]+", text[:500].casefold())
    scores = sorted(
        (
            (sum(w in stop for w in words), language)
            for language, stop in _STOP_SETS.items()
        ),
        reverse=True,
    )
    if not scores[0][0] or scores[0][0] == scores[1][0]:
        return None
    return scores[0][1]


#: A site's domain name, folded: "tirol.gv.at", "www.wien.gv.at".
DOMAIN = r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}"
