"""Web-page chrome: is this line a leftover of the page around a release?

A release copied from a web page brings the page with it: skip links
(``Skip to main content``), breadcrumbs (``Home / News / Press releases``),
share, print and font-size bars (``Drucken Teilen Schriftgröße A A A``),
back-to-top links, menus, language switchers, cookie banners, ``Last
updated`` lines, ``Related news`` headings, call-to-action buttons and the
portal's banner (``Das Portal der Schweizer Regierung``). None of it is the
issuer, the headline or a contact.

A line is judged by its shape and its words, from several cues: a known
chrome phrase filling the line, short items joined by separators starting
with a home word, a line made only of chrome words, no sentence punctuation.
The answer names the kind of chrome, so the importer can say why a line was
not imported. Every check is one pass over the line (linear time).
"""

from __future__ import annotations

import re

from pressrelease.text._blocks import Block, Line
from pressrelease.text._dates import find_date
from pressrelease.text._words import DOMAIN, ORG_WORDS, fold

__all__ = ["block_reason", "chrome_reason", "split"]

#: Longest line judged at all: chrome is short; a longer line is text.
_MAX_LINE = 2000


def _phrases(words: str) -> frozenset[str]:
    return frozenset(" ".join(fold(w).split()) for w in words.split("|") if w.strip())


# Phrases that fill a whole line (folded: lower case, no accents, single
# spaces; trailing ``:`` and ``…`` are dropped before the lookup).
_WHOLE: dict[str, frozenset[str]] = {
    "a skip link": _phrases(
        "skip to main content|skip to content|skip to main navigation|"
        "skip to navigation|skip navigation|skip to search|skip to footer|"
        "jump to main content|jump to content|go to main content|"
        "zum inhalt springen|zum hauptinhalt springen|direkt zum inhalt|"
        "zum inhalt|zur navigation springen|zur navigation|zur suche springen|"
        "zur suche|inhalt überspringen|navigation überspringen|"
        "beginn inhaltsbereich|ende inhaltsbereich|beginn navigator|ende navigator|"
        "aller au contenu|aller au contenu principal|passer au contenu|"
        "passer au contenu principal|aller à la navigation|aller à la recherche|"
        "accès direct au contenu|contenu principal|"
        "vai al contenuto|vai al contenuto principale|salta al contenuto|"
        "salta al contenuto principale|vai alla navigazione|vai al menu|"
        "ir al contenido|ir al contenido principal|saltar al contenido|"
        "saltar al contenido principal|saltar a la navegación|"
        "naar de inhoud|naar hoofdinhoud|ga naar de inhoud|ga naar hoofdinhoud|"
        "direct naar de inhoud|spring naar de inhoud|naar de hoofdnavigatie"
    ),
    "a back-to-top link": _phrases(
        "back to top|back to the top|to the top|top of page|return to top|"
        "go to top|scroll to top|"
        "zum seitenanfang|nach oben|seitenanfang|zurück nach oben|"
        "nach oben scrollen|zum anfang der seite|"
        "haut de page|retour en haut|retour en haut de page|début de la page|"
        "retour haut de page|haut de la page|"
        "torna su|torna all'inizio|inizio pagina|torna in alto|"
        "volver arriba|ir arriba|subir|inicio de página|volver al inicio|"
        "terug naar boven|naar boven|naar de bovenkant"
    ),
    "a menu, search or login link": _phrases(
        "menu|main menu|open menu|close menu|toggle navigation|navigation|"
        "search|search this site|site search|advanced search|log in|login|"
        "sign in|sign up|"
        "languages|sprachen|langues|lingue|idiomas|talen|erweiterte suche|"
        "recherche avancée|ricerca avanzata|búsqueda avanzada|uitgebreid zoeken|"
        "register|my account|email alerts|e-mail alerts|investor alerts|rss|"
        "rss feeds|contact ir|"
        "menü|hauptmenü|menü öffnen|menü schliessen|menü schließen|suche|"
        "suchen|anmelden|einloggen|registrieren|mein konto|"
        "rechercher|recherche|connexion|se connecter|mon compte|"
        "menu principal|cerca|accedi|il mio account|"
        "menú|buscar|búsqueda|iniciar sesión|mi cuenta|"
        "zoeken|inloggen|mijn account|hoofdmenu|"
        "global site|international site|select language|choose language|"
        "change language|sprache wählen|sprache|langue|choisir la langue|"
        "lingua|idioma|taal|select your country|choose your country|"
        "country selector|länderauswahl|other languages|andere sprachen|"
        "autres langues|altre lingue|otros idiomas|andere talen|"
        "easy read|sign language|leichte sprache|gebärdensprache|"
        "langage simplifié|facile à lire et à comprendre|langue des signes|"
        "lingua dei segni|lettura facile|lectura fácil|lengua de signos|"
        "eenvoudige taal|gebarentaal|accessibility|barrierefreiheit|"
        "accessibilité|accessibilità|accesibilidad|toegankelijkheid"
    ),
    # A wire's or site's list of the release's languages, the names under it.
    "a language switcher": _phrases(
        "release versions|language versions|other language versions|"
        "available languages|also available in|this page in other languages|"
        "sprachversionen|andere sprachversionen|verfügbare sprachen|"
        "versions linguistiques|autres versions linguistiques|"
        "versioni linguistiche|versiones lingüísticas|taalversies"
    ),
    "a share, print or font-size bar": _phrases(
        "share|share this|share this page|share this story|share this post|"
        "share on facebook|share on linkedin|share on x|share on twitter|"
        "social share|print this page|print page|email this page|"
        "follow us|folgen sie uns|suivez-nous|seguici|síguenos|volg ons|"
        "copy link|link copied|print|"
        "seite teilen|diese seite teilen|artikel teilen|seite drucken|"
        "drucken|teilen|druckansicht|druckversion|seite versenden|"
        "partager|partager cette page|partager cet article|imprimer|"
        "imprimer cette page|envoyer par e-mail|"
        "condividi|condividi questa pagina|stampa questa pagina|"
        "compartir|compartir esta página|imprimir|imprimir esta página|"
        "deel deze pagina|delen|deel dit artikel|printen"
    ),
    "a reading-time note": _phrases(
        "reading time|lesezeit|temps de lecture|tempo di lettura|"
        "tiempo de lectura|leestijd"
    ),
    "a related-content heading": _phrases(
        "related|related news|related content|related links|related articles|"
        "related stories|related documents|related pages|more news|"
        "more press releases|latest news|other news|see also|read more|"
        "read more news|more from|you may also like|you might also be interested in|"
        "weitere meldungen|weitere medienmitteilungen|weitere informationen zum thema|"
        "weitere pressemitteilungen|weitere presseaussendungen|weitere aussendungen|"
        "weitere presseinformationen|weitere nachrichten|more news releases|"
        "more media releases|other press releases|other news releases|"
        "weitere artikel|verwandte themen|"
        "das könnte sie auch interessieren|mehr zum thema|mehr lesen|weiterlesen|"
        "neuer artikel|vorheriger artikel|nächster artikel|zurück zur übersicht|"
        "alle medienmitteilungen|alle pressemitteilungen|"
        "à lire aussi|lire aussi|lire la suite|voir aussi|sur le même sujet|"
        "autres communiqués|autres communiqués de presse|tous les communiqués|"
        "actualités liées|"
        "leggi anche|leggi di più|notizie correlate|articoli correlati|"
        "altre notizie|vedi anche|tutti i comunicati|"
        "noticias relacionadas|leer más|ver también|más noticias|"
        "otras noticias|todas las noticias|"
        "gerelateerd nieuws|lees meer|lees ook|meer nieuws|zie ook|"
        "ander nieuws|alle persberichten|"
        "tags|keywords|topics|schlagwörter|schlagworte|stichwörter|themen|"
        "mots-clés|mots clés|thèmes|etiquetas|parole chiave|trefwoorden"
    ),
    "a section heading of the site": _phrases(
        "press releases|news releases|media releases|press room|pressroom|"
        "newsroom|news room|news centre|news center|media centre|media center|"
        "all news|news and events|news & events|latest releases|"
        "pressemitteilungen|medienmitteilungen|presseaussendungen|pressemeldungen|"
        "presseinformationen|pressebereich|medienraum|aktuelles|"
        "communiqués|communiqués de presse|salle de presse|espace presse|"
        "espace médias|actualités|"
        "comunicati stampa|sala stampa|area stampa|attualità|notizie|"
        "comunicados de prensa|notas de prensa|sala de prensa|sala de prensa|"
        "actualidad|noticias|"
        "persberichten|perskamer|nieuws|actueel"
    ),
    "a call-to-action button": _phrases(
        "get started|sign up now|subscribe|subscribe now|subscribe to our newsletter|"
        "newsletter|sign up for our newsletter|learn more|find out more|"
        "request a demo|book a demo|download|download pdf|"
        "download the app|try it free|join now|donate|donate now|"
        "newsletter abonnieren|jetzt abonnieren|abonnieren|jetzt anmelden|"
        "mehr erfahren|jetzt spenden|herunterladen|"
        "s'abonner|abonnez-vous|s'abonner à la newsletter|je m'abonne|"
        "en savoir plus|télécharger|faire un don|"
        "iscriviti|iscriviti alla newsletter|scopri di più|scarica|"
        "suscríbete|suscribirse|más información aquí|descargar|"
        "abonneer|abonneren|schrijf je in|meer weten|download de app"
    ),
    "a cookie banner": _phrases(
        "accept cookies|accept all cookies|accept all|reject all|"
        "cookie settings|cookie preferences|manage cookies|reject cookies|"
        "cookies akzeptieren|alle akzeptieren|alle ablehnen|cookie-einstellungen|"
        "accepter les cookies|tout accepter|tout refuser|paramètres des cookies|"
        "accetta i cookie|accetta tutti|rifiuta tutti|"
        "aceptar cookies|aceptar todas|rechazar todas|configurar cookies|"
        "cookies accepteren|alles accepteren|alles weigeren|cookie-instellingen"
    ),
    "a portal banner": _phrases(
        "official website|offizielle website|site officiel|sito ufficiale|"
        "sitio oficial|officiële website|"
        "an official website of the united states government|"
        "an official website of the european union|"
        "ein offizielles angebot|un site officiel|"
        "here's how you know|so erkennen sie es"
    ),
}
_WHOLE_KIND = {phrase: kind for kind, found in _WHOLE.items() for phrase in found}

# A label that opens the line and makes the rest chrome: breadcrumbs after
# "You are here:", the page's date stamp after "Last updated".
_LEADS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "a breadcrumb",
        re.compile(
            r"(?:you\s+are\s+here|sie\s+sind\s+hier|vous\s+etes\s+ici|"
            r"ti\s+trovi\s+in|sei\s+qui|usted\s+esta\s+aqui|esta\s+aqui|"
            r"u\s+bent\s+hier|je\s+bent\s+hier)\s*:?"
        ),
    ),
    (
        "a page's date stamp",
        re.compile(
            r"(?:last\s+updated|last\s+modified|last\s+update|page\s+last\s+updated|"
            r"updated\s+on|letzte\s+anderung|zuletzt\s+aktualisiert|"
            r"zuletzt\s+geandert|letzte\s+aktualisierung|aktualisiert\s+am|"
            r"stand\s*:|derniere\s+mise\s+a\s+jour|derniere\s+modification|"
            r"mis\s+a\s+jour\s+le|mise\s+a\s+jour\s*:|"
            r"ultimo\s+aggiornamento|ultima\s+modifica|aggiornato\s+il|"
            r"ultima\s+actualizacion|ultima\s+modificacion|actualizado\s+el|"
            r"laatst\s+gewijzigd|laatste\s+wijziging|laatst\s+bijgewerkt|"
            r"bijgewerkt\s+op)(?!\w)\s*:?"
        ),
    ),
    (
        # "More News From Acme, Inc.", "Weitere Meldungen von ÖAFC"
        "a related-content heading",
        re.compile(
            r"(?:more\s+(?:news|releases|press\s+releases|stories)\s+from|"
            r"also\s+from\s+this\s+source|weitere\s+(?:meldungen|aussendungen|"
            r"pressemitteilungen)\s+(?:von|des|der|aus)|autres\s+communiques\s+"
            r"(?:de|du)|altri\s+comunicati\s+(?:di|del))\s"
        ),
    ),
    (
        "a portal banner",
        re.compile(
            r"(?:the|das|le|il|el|o|het)\s+(?:official\s+|offizielle\s+|"
            r"officiel\s+|ufficiale\s+|oficial\s+)?"
            r"(?:portal|portail|portale|portaal)\s+(?:of|der|des|du|de|del|della|"
            r"da|van)\s"
        ),
    ),
    (
        "a share, print or font-size bar",
        re.compile(
            r"(?:share\s+this(?:\s+page|\s+article|\s+story)?|share\s+on|"
            r"diese\s+seite\s+teilen|seite\s+teilen|teilen\s+auf|"
            r"partager\s+(?:cette\s+page|sur)|partager|condividi\s+su|"
            r"condividi|compartir\s+en|compartir|delen\s+op|deel\s+op)\s*:"
        ),
    ),
    (
        "a related-content heading",
        re.compile(
            r"(?:more\s+(?:news|releases|press\s+releases|stories)\s+from|"
            r"weitere\s+(?:aussendungen|meldungen|pressemitteilungen|"
            r"medienmitteilungen|artikel|nachrichten)\s+(?:von|zu|aus|der|des)|"
            r"autres\s+communiques\s+d|altri\s+comunicati\s+d|"
            r"mas\s+noticias\s+de|meer\s+nieuws\s+van)\b"
        ),
    ),
    (
        "a reading-time note",
        re.compile(
            r"(?:reading\s+time|lesezeit|temps\s+de\s+lecture|tempo\s+di\s+lettura|"
            r"tiempo\s+de\s+lectura|leestijd)\s*:"
        ),
    ),
)
#: A portal's tagline: "... of the Swiss government", "... der Stadt Wien".
_PORTAL_WORDS = 6
_GOVERNMENT = re.compile(
    r"\b(?:government|administration|state|city|region|county|province|canton|"
    r"regierung|verwaltung|bundes\w*|stadt|landes\w*|kantons?|gemeinde|"
    r"gouvernement|administration|etat|ville|canton|region|"
    r"governo|amministrazione|stato|citta|regione|comune|"
    r"gobierno|administracion|estado|ciudad|comunidad|ayuntamiento|"
    r"regering|overheid|gemeente|provincie|rijksoverheid)\b"
)
#: A lead's rest is chrome only when it is short and not a sentence.
_LEAD_REST_WORDS = 10

# Words that make up share, print, font-size, social and language bars.
_BAR_WORDS = frozenset(
    fold(w)
    for w in (
        "share tweet print email e-mail mail facebook linkedin x twitter "
        "whatsapp xing instagram youtube threads bluesky mastodon reddit "
        "pinterest telegram flipboard rss pdf "
        "teilen drucken twittern versenden schriftgröße schriftgrösse "
        "schriftgroesse textgröße vorlesen partager imprimer envoyer "
        "condividi stampa invia compartir imprimir enviar delen printen "
        "afdrukken mailen a a+ a- aa "
    ).split()
)
#: Of the bar words, those that make a line chrome on their own.
_BAR_ALONE = frozenset(
    fold(w)
    for w in (
        "tweet teilen drucken partager imprimer condividi compartir imprimir "
        "delen printen afdrukken"
    ).split()
)
_LANGUAGES = frozenset(
    fold(w)
    for w in (
        "de fr it en rm es nl pt english deutsch français francais italiano "
        "español espanol nederlands português rumantsch"
    ).split()
)
# The first item of a breadcrumb.
_HOME = frozenset(
    " ".join(fold(w).split())
    for w in (
        "home|homepage|home page|start|startseite|accueil|page d'accueil|"
        "inicio|portada|página principal|pagina iniziale|home page|"
        "hoofdpagina|startpagina|beginpagina"
    ).split("|")
)
# Links of a site's footer: a list of them is chrome.
_FOOTER_LINKS = _phrases(
    "imprint|impressum|privacy|privacy policy|privacy notice|data protection|"
    "cookies|cookie policy|terms|terms of use|terms and conditions|"
    "accessibility|sitemap|site map|legal notice|legal|disclaimer|"
    "datenschutz|datenschutzerklärung|barrierefreiheit|nutzungsbedingungen|"
    "rechtliches|rechtliche hinweise|mentions légales|protection des données|"
    "accessibilité|plan du site|conditions d'utilisation|note legali|"
    "accessibilità|mappa del sito|aviso legal|privacidad|accesibilidad|"
    "mapa del sitio|política de privacidad|colofon|toegankelijkheid|"
    "proclaimer|kontakt|contact|contatti|contacto|faq|jobs|careers|karriere|"
    "fraud alert|fraud warning|scam alert|copyright|agb|cgv|cgu"
)
_COPYRIGHT = ("copyright", "©", "(c) ")
_SEPARATORS = "/>›»|•·"
_SEP_SPLIT = re.compile(r"\s*[/>›»|•·]\s*")
_STRIP = " \t:…-–—*"
_SENTENCE = re.compile(r"[.!?;]$")
_PHONE = re.compile(r"\d[\d\s().\-/]{6,}\d")


def _norm(text: str) -> str:
    return " ".join(fold(text).split()).strip(_STRIP)


def chrome_reason(text: str) -> str | None:
    """Why a line is web-page chrome, or ``None`` if it may be text.

    >>> chrome_reason("Home / News / Press releases")
    'a breadcrumb'
    >>> chrome_reason("Wind/solar output rises") is None
    True
    """
    if len(text) > _MAX_LINE or not text.strip():
        return None
    if text.strip() == "|":  # a lone "·" or "•" is a bullet
        return "a lone separator"
    # "Download PDF (opens in new window)": a link's note is no text
    folded = _LINK_NOTE.sub("", _norm(text)).strip()
    if not folded:
        return None
    if folded in _WHOLE_KIND:
        return _WHOLE_KIND[folded]
    for kind, lead in _LEADS:
        if (found := lead.match(folded)) is None:
            continue
        rest = folded[found.end() :].strip(_STRIP)
        sentence = _SENTENCE.search(rest) and not _LEGAL_END.search(rest)
        if len(rest.split()) > _LEAD_REST_WORDS or sentence:
            continue  # "More news from Acme, Inc.": a legal form's full stop
        # "Last updated figures show ...": a date stamp holds a date;
        # "Le portail des démarches ... dépasse ...": a portal's tagline
        # names a government, briefly.
        if kind == "a page's date stamp" and rest and not find_date(rest):
            continue
        if kind == "a portal banner" and not (
            len(rest.split()) <= _PORTAL_WORDS
            and ":" not in rest
            and _GOVERNMENT.search(rest)
        ):
            continue
        return kind
    if _LOGO.fullmatch(text.strip()):
        return "a logo's text"  # "IOMH logo": an image's alt text
    if _cookie_banner(folded):
        return "a cookie banner"
    if _welcome(text, folded):
        return "a site's welcome banner"
    return (
        _separated(text, folded)
        or _unseparated(text)
        or _spaced_menu(text)
        or _bar(folded)
        or _chrome_columns(text)
    )


def _chrome_columns(text: str) -> str | None:
    """``Release Versions   More News From Acme, Inc.``: items kept apart by
    runs of spaces, each of them chrome of its own."""
    items = [item for item in re.split(r"\s{3,}", text.strip()) if item]
    if not 2 <= len(items) <= 6:
        return None
    reasons = [chrome_reason(item) for item in items]
    return reasons[0] if all(reasons) else None


_LEGAL_END = re.compile(r"\b(?:inc|ltd|corp|co|plc|llc|ag|sa|s\.a|e\.v|n\.v|b\.v)\.$")
_LINK_NOTE = re.compile(
    r"\s*\((?:opens?|offnet|s'ouvre|si\s+apre|se\s+abre|external|extern|externer)"
    r"[^()]{0,40}\)$"
)
_LOGO = re.compile(
    r"[A-ZÀ-Þ][\w&.,-]*(?:\s+[A-ZÀ-Þ][\w&.,-]*){0,3}\s+[Ll]ogo"
    r"|[Ll]ogo\s+(?:of|de|du|der|des)\s+(?:the\s+)?[A-ZÀ-Þ][\w&.-]*(?:\s+\S+){0,5}"
)
_WELCOME = re.compile(
    r"(?:welcome\s+to|willkommen\s+(?:auf|bei|im|in)|bienvenue\s+(?:sur|a|au|dans)|"
    r"benvenut[oia]\s+(?:su|nel|al|in)|bienvenid[oa]s?\s+(?:a|al)|"
    r"welkom\s+(?:op|bij))\s"
)


def _welcome(text: str, folded: str) -> bool:
    """``Welcome to the United Nations``: a welcome to a name (every word
    capitalised or a connector, up to six), nothing else on the line;
    "Welcome to the future of mobility" is a title."""
    found = _WELCOME.match(folded)
    if found is None:
        return False
    rest = folded[found.end() :].split()
    words = text.split()[-len(rest) :] if rest else []
    return (
        1 <= len(rest) <= _PORTAL_WORDS
        and all(w.isalpha() for w in rest)
        and all(w[:1].isupper() or fold(w) in _CONNECTORS for w in words)
    )


_CONNECTORS = frozenset(
    "the of for and der die das des la le les l de du et di del della van het".split()
)


_COOKIE_BANNER = re.compile(
    r"(?:we\s+use|this\s+(?:web)?site\s+uses|our\s+(?:web)?site\s+uses|"
    r"(?:diese|unsere)\s+(?:web)?seite\s+(?:verwendet|nutzt)|"
    r"(?:diese|unsere)\s+website\s+(?:verwendet|nutzt)|wir\s+(?:verwenden|nutzen)|"
    r"(?:ce|notre)\s+site\s+utilise|nous\s+utilisons|"
    r"questo\s+sito\s+(?:utilizza|usa)|utilizziamo|"
    r"(?:este|nuestro)\s+sitio(?:\s+web)?\s+utiliza|utilizamos|"
    r"(?:deze|onze)\s+website\s+gebruikt|wij\s+gebruiken|we\s+gebruiken)"
    r"\s+(?:(?:des|i|los|de|only|nur|essential|necessary)\s+)?cookies?\b"
)
#: A cookie banner is a few sentences at most.
_COOKIE_WORDS = 60


def _cookie_banner(folded: str) -> bool:
    """A line that opens by saying the site uses cookies: a cookie banner.

    A sentence of a release that mentions cookies further in is text.
    """
    return (
        len(folded.split()) <= _COOKIE_WORDS
        and _COOKIE_BANNER.match(folded) is not None
    )


# A press section's name, an item of a breadcrumb with one arrow.
_SECTION = _WHOLE["a section heading of the site"] | _phrases(
    "press|presse|medien|media|news|meldungen|aktuelle meldungen|nachrichten|"
    "medias|médias|stampa|prensa|pers|aktuell|news releases|statements"
)


_DOMAIN = re.compile(DOMAIN)


def _separated(text: str, folded: str) -> str | None:
    """Short items joined by separators: a breadcrumb or a list of links."""
    if not any(sep in text for sep in _SEPARATORS):
        return None
    items = [item for item in _SEP_SPLIT.split(folded) if item]
    if len(items) < 2 or any(
        len(item) > 60 or len(item.split()) > 6 or _SENTENCE.search(item)
        for item in items
    ):
        return None
    # "Wind/solar output rises": a slash inside a word joins, it does not
    # separate; a breadcrumb's separators stand between spaces.
    spaced = len(re.findall(r"\s[/>›»|•·](?:\s|$)", text))
    if all(item in _LANGUAGES for item in items) and _codes_or_names(items):
        return "a language switcher"
    home = items[0] in _HOME
    arrows = sum(text.count(c) for c in ">›»")
    short = all(len(item.split()) <= 4 and ":" not in item for item in items)
    if home and short and spaced >= 1:
        return "a breadcrumb"
    if arrows >= 2 and spaced >= 2 and short:
        return "a breadcrumb"
    if arrows >= 1 and spaced >= 1 and short and any(i in _SECTION for i in items):
        return "a breadcrumb"  # "Presse > Aktuelle Meldungen": one arrow

    if spaced >= 2 and short and any(item in _SECTION for item in items[1:]):
        # "Mitglied werden | Pannenhilfe | Reisen | Presse": the site's menu
        # with its press section among its links
        return "a site menu"
    if spaced >= 1 and short and _DOMAIN.fullmatch(items[0]):
        return "the site's name and menu"  # "wien.gv.at | Presseservice"
    links = sum(
        1 for item in items if item in _FOOTER_LINKS or item.startswith(_COPYRIGHT)
    )  # "Terms of use | Privacy notice | Copyright © Agency"
    bars = sum(1 for item in items if _is_bar_item(item))
    if spaced >= 1 and links + bars >= 2 and 2 * (links + bars) >= len(items) + 1:
        return "a list of the site's links"
    return None


#: A breadcrumb whose separators were icons, lost in the copy: its words.
_CRUMBS = 6
_GAP = re.compile(r"\s{2,}")
#: A press section's name in one word ("Communiqués"), not a word such as
#: "Press" or "News", which titles use too ("Home Office Press Conference").
_SECTIONS = frozenset(
    p for p in _WHOLE["a section heading of the site"] if " " not in p
)


def _unseparated(text: str) -> str | None:
    """A breadcrumb whose separators were icons, lost in the copy
    (``Startseite  Presse  Inland``).

    It opens with a home word and has no number or punctuation; either the
    copy kept the links apart (runs of spaces between items of up to three
    words, the last capitalised: a page's title), or every word is
    capitalised and one of the next two names a press section
    (``Accueil Documentation Communiqués``).
    """
    words = text.split()
    if not 2 <= len(words) <= _CRUMBS or fold(words[0]) not in _HOME:
        return None
    if not all(w.replace("-", "").isalpha() for w in words):
        return None
    items = _GAP.split(text.strip())
    if (
        len(items) >= 2
        and all(len(item.split()) <= 3 for item in items)
        and items[-1][:1].isupper()
    ):
        return "a breadcrumb"
    if all(w[:1].isupper() for w in words) and any(
        fold(w) in _SECTIONS for w in words[1:3]
    ):
        return "a breadcrumb"
    return None


#: A menu's links on one line, kept apart by runs of spaces.
_MENU_ITEMS = 3
_MENU_ITEM_WORDS = 4


def _spaced_menu(text: str) -> str | None:
    """A site's menu copied as one line, its links kept apart by runs of
    spaces (``Products   Support   Newsroom   Log in``): three links or
    more of up to four words, each capitalised, with no number or
    punctuation, one of them a site's own link (a login, a search, a press
    section). A table's header row names no such link.
    """
    items = [item for item in _GAP.split(text.strip()) if item]
    if len(items) < _MENU_ITEMS or not all(
        len(item.split()) <= _MENU_ITEM_WORDS
        and item[:1].isupper()
        and not any(c.isdigit() or c in "@.,:;!?|/" for c in item)
        for item in items
    ):
        return None
    known = _WHOLE["a menu, search or login link"] | _SECTION | _HOME
    if any(_norm(item) in known for item in items):
        return "a site menu"
    if sum(_norm(item) in _FOOTER_LINKS for item in items) >= 2:
        return "a list of the site's links"  # "Impressum  Datenschutz  AGB"
    return None


def _is_bar_item(item: str) -> bool:
    words = item.split()
    return bool(words) and all(w in _BAR_WORDS or w in _LANGUAGES for w in words)


def _bar(folded: str) -> str | None:
    """A line made only of share, print, font-size or language words."""
    words = [
        w.strip(":,;()") for w in folded.replace("|", " ").replace("/", " ").split()
    ]
    words = [w for w in words if w]
    if not words:
        return None
    if len(words) == 1:
        return "a share, print or font-size bar" if words[0] in _BAR_ALONE else None
    if all(w in _LANGUAGES for w in words) and _codes_or_names(words):
        return "a language switcher"
    if all(w in _BAR_WORDS or w in _LANGUAGES for w in words) and any(
        w in _BAR_WORDS and w not in ("a", "a+", "a-", "aa", "x", "pdf") for w in words
    ):
        return "a share, print or font-size bar"
    return None


def _codes_or_names(words: list[str]) -> bool:
    """``DE FR IT EN`` or ``English Deutsch``, never one word repeated."""
    return len(set(words)) == len(words) >= 2


def _menu(lines: list[str], reasons: list[str | None]) -> bool:
    """Whether a block with chrome in it is a site menu as a whole.

    ``Zum Inhalt springen`` followed by ``OTS``, ``Presseaussendungen``,
    ``Termine``: three or more one- or two-word lines beside a skip link or a
    breadcrumb, or under a home link (``Home`` / ``Topics`` / ``In depth``),
    none a sentence, a number or an address.
    """
    home = _norm(lines[0]) in _HOME
    links = ("a skip link", "a breadcrumb", "a menu, search or login link")
    if not home and not any(r in links for r in reasons):
        return False
    if home:
        # Under a home link, two more links are a menu or a breadcrumb
        # written one item a line, whatever they name ("UN Media"); beside
        # a breadcrumb, three names may be an organisation's in its
        # languages.
        return len(lines) >= 3 and all(_link(line, 4) for line in lines)
    rest = [line for line, why in zip(lines, reasons, strict=True) if why is None]
    return len(rest) >= 3 and all(
        _link(line) and ORG_WORDS.search(fold(line)) is None for line in rest
    )


def _link(line: str, words: int = 2) -> bool:
    """A menu's link: one or two words (up to four under a home link: a
    breadcrumb's ``Communiqués de presse``), no sentence, number or
    address."""
    return (
        len(line.split()) <= words
        and len(line) <= 30
        and not any(c.isdigit() or c in "@.,:;!?" for c in line)
    )


_RELATED = "a related-content heading"
_RELATED_LINK = "a related link"
_SWITCHER = "a language switcher"
_VERSION = "a language version"
_MENU_LINK = "a menu's link"
_MENU_KINDS = ("a section heading of the site", "a menu, search or login link")
#: A related link is a title: short, no sentence, no address or number.
_LINK_WORDS = 15


def _reasons(block: Block) -> list[str | None]:
    """Each line's chrome kind (judged with its runs of spaces, which may
    be all that keeps a breadcrumb's links apart); the titles under a
    related-content heading or a language switcher in the same block are
    related links or language versions."""
    lines = [line.text for line in block.lines]
    reasons = [chrome_reason(line.raw or line.text) for line in block.lines]
    under: str | None = None
    for index, (line, why) in enumerate(zip(lines, reasons, strict=True)):
        if why is not None:
            under = why if why in (_RELATED, _SWITCHER) else None
        elif under == _RELATED and _link_title(line):
            reasons[index] = _RELATED_LINK
        elif under == _SWITCHER and _language_names(line):
            reasons[index] = _VERSION  # "Release Versions" / "English"
        else:
            under = None
    # "Home" / "Health topics" / "Countries" / "About us" inside a block:
    # a menu one link a line, set apart from the name above it.
    index = 0
    while index < len(lines):
        end = index + 1
        if reasons[index] is None and _norm(lines[index]) in _HOME:
            while end < len(lines) and (
                (reasons[end] is None and _link(lines[end], 3))
                or reasons[end] in _MENU_KINDS
            ):
                end += 1
            if end - index >= 3:
                reasons[index] = "a site menu"
                reasons[index + 1 : end] = [_MENU_LINK] * (end - index - 1)
            else:
                end = index + 1
        index = end
    return reasons


def _language_names(line: str) -> bool:
    """A line of language names or codes only (``English``, ``DE | FR``)."""
    words = [w.strip(",;|/") for w in _norm(line).split()]
    words = [w for w in words if w]
    return bool(words) and all(w in _LANGUAGES for w in words)


def _link_title(line: str) -> bool:
    return (
        len(line.split()) <= _LINK_WORDS
        and _SENTENCE.search(line) is None
        and "@" not in line
        and _PHONE.search(line) is None
    )


def split(blocks: list[Block]) -> list[Block]:
    """The blocks, with each chrome line on its own.

    ``Letzte Änderung 04.03.2025`` / ``Zum Seitenanfang``: each line is set
    aside by itself (and reported with its own line number), and a chrome
    line inside a block of text no longer takes the text with it: the other
    lines stay together. A site menu or a portal's banner stays whole.
    """
    found: list[Block] = []
    for block in blocks:
        if len(block.lines) == 1:
            found.append(block)
            continue
        lines = [line.text for line in block.lines]
        reasons = _reasons(block)
        if not any(reasons) or _menu(lines, reasons) or _banner(lines, reasons):
            found.append(block)
            continue
        # The other lines stay one block, as they were, where its first line
        # was; each chrome line becomes a block of its own.
        text = tuple(
            line for line, why in zip(block.lines, reasons, strict=True) if not why
        )
        # A related-content heading keeps its link titles: alone, a title
        # reads as text.
        groups: list[list[Line]] = []
        for line, why in zip(block.lines, reasons, strict=True):
            if why in (_RELATED_LINK, _VERSION, _MENU_LINK) and groups:
                groups[-1].append(line)
            elif why:
                groups.append([line])
        parts = [Block(tuple(group)) for group in groups]
        found += sorted([Block(text), *parts] if text else parts, key=_first)
    return found


def _first(block: Block) -> int:
    return block.line


def _banner(lines: list[str], reasons: list[str | None]) -> bool:
    """A portal's tagline with the site's name beside it (``Der Bundesrat``)."""
    rest = [line for line, why in zip(lines, reasons, strict=True) if why is None]
    return (
        "a portal banner" in reasons
        and 1 <= len(rest) <= 2
        and all(
            len(line.split()) <= 5 and not any(c.isdigit() or c == "@" for c in line)
            for line in rest
        )
    )


def block_reason(block: Block) -> str | None:
    """Why a whole block is web-page chrome (every line is, or a menu)."""
    lines = [line.text for line in block.lines]
    reasons = _reasons(block)
    if all(reasons):
        kinds = list(dict.fromkeys(r for r in reasons if r and r != _MENU_LINK))
        return "web-page chrome (" + ", ".join(kinds) + ")"
    if _menu(lines, reasons):
        return "web-page chrome (a site menu)"
    if _banner(lines, reasons):
        return "web-page chrome (a portal banner with the site's name)"
    return None
