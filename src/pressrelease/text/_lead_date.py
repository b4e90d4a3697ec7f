"""The release date a lead's first sentence gives, when no dateline or
date line does: ``On 4 March 2025, the Board approved ...``, ``Am 4. März
2025 hat ...``, ``Today, March 4, 2025, Acme announced ...``.

A date in the lead is taken only when it is phrased as the day the release
is made: "today" beside it, or the sentence opens with it ("On <date>,")
and says what was done (a past or perfect verb, never a future one: "On
12 May 2025 the museum will open" is an event's date), or it follows a
verb of announcing ("announced on <date> that"). A date later in the
sentence or in a later sentence (a dividend's payment or record date, an
event's) is never the release date.

>>> lead_date("On 4 March 2025, the Board of Acme Ltd approved the plan.").date
datetime.date(2025, 3, 4)
>>> lead_date("On 4 March 2025, the museum will open its doors.") is None
True
"""

from __future__ import annotations

import re

from pressrelease.text._dates import FoundDate, find_date, weekday_names
from pressrelease.text._words import fold

__all__ = ["lead_date"]

#: How much of the paragraph is read: a first sentence is shorter.
_LEAD = 400

# A full stop and a capital: the end of a sentence when the word before it
# is in lower case or a year (``_first_sentence``).
_STOP = re.compile(r"[.!?]\s+(?=[\"“„«]?[^\W\d_])")

# "today" in the languages, right beside the date (folded text): "Today,
# March 4, 2025,", "today (Tuesday 4 March 2025)"; not "Today's figures
# for 12 May" nor "today, after the vote on 12 May".
_TODAY_WORD = r"(?:today|this\s+day|heute|aujourd'hui|ce\s+jour|hoy|oggi|hoje|vandaag)"
_ARTICLE = r"(?:the|den|am|on|le|el|il|em|op)\s+"
_TODAY_BEFORE = re.compile(
    rf"\b{_TODAY_WORD}\s*[,(]?\s*(?:{_ARTICLE})?(?:(?P<day>[^\W\d_]+)\.?,?\s*)?"
    rf"(?:{_ARTICLE})?$"
)
_TODAY_AFTER = re.compile(rf"\s*[,)]?\s*{_TODAY_WORD}\b")
# What may open a sentence before its date: "On", "Am", "Le", ..., with a
# weekday ("On Tuesday, 4 March 2025").
_OPENING = re.compile(
    r"(?:on|am|le|el|il|em|no|op|ce|en\s+fecha|in\s+data)\s+"
    r"(?:(?P<day>[^\W\d_]+)\.?,?\s+)?"
)
# A verb of announcing just before the date ("Acme announced on 4 March
# 2025 that", "gab am 4. März 2025 bekannt" is the opening's).
_ANNOUNCED_ON = re.compile(
    r"\b(?:announced|said|stated|declared|reported|confirmed|published|released|"
    r"bekanntgegeben|mitgeteilt|a\s+annonce|annonce|anuncio|ha\s+anunciado|"
    r"annunciato|ha\s+annunciato|anunciou|aangekondigd|heeft\s+aangekondigd|"
    r"maakte)\s+(?:today\s+)?(?:on|am|le|el|il|em|op)\s+"
    r"(?:(?P<day>[^\W\d_]+)\.?,?\s+)?$"  # "said on Tuesday 2 September 2025"
)
# What was done, in the sentence after an opening date (folded text).
_DONE = re.compile(
    r"\b(?:announced|said|stated|declared|decided|approved|adopted|agreed|signed|"
    r"published|released|reported|presented|launched|unveiled|confirmed|"
    r"appointed|elected|named|awarded|completed|opened|welcomed|issued|"
    r"received|resolved|passed|took|held|met|made|gave|has|have|had|was|were)\b"
    # fr, it, es, pt, nl: an auxiliary and a participle, a past tense
    r"|\b(?:a|ont|avait|s'est|se\s+sont)\s+[^\W\d_]+(?:e|es|i|is|it|u|us|t)\b"
    r"|\b(?:ha|hanno|aveva|e|sono|han|habia)\s+[^\W\d_]+(?:ato|ata|ati|ate|ito|ita|"
    r"uto|uta|ado|ada|ido|ida|to|so|sa|cho)\b"
    r"|\b[^\W\d_]{3,}(?:aron|ieron|aram|eram|iram|ou)\b|\b(?:foi|foram)\b"
    r"|\b(?:heeft|hebben|werd|werden|maakte|kondigde)\b"
)
# German puts the finite verb right after the opening date: "Am 4. März
# 2025 hat ...", "... unterzeichneten ...", never "findet ... statt".
_DONE_DE = re.compile(
    r",?\s*(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|gab|gaben|"
    r"[^\W\d_]{3,}te|[^\W\d_]{3,}ten)\b"
)
# Spanish's past tense in the third person, before folding drops its accent.
_PRETERITE = re.compile(r"\b[^\W\d_]{2,}ó\b")
# A sentence about the future: an event's date, not the release's.
_FUTURE = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|plans\s+to|wird|werden|sera|seront|va|vont|"
    r"seran|sara|saranno|vai|vao|zal|zullen)\b"
)


def lead_date(paragraph: str) -> FoundDate | None:
    """The date in the first sentence of *paragraph* when it is phrased as
    the day the release is made, else None."""
    sentence = _first_sentence(paragraph[:_LEAD])
    found = find_date(sentence)
    if found is None:
        return None
    before = fold(sentence[: found.start])
    after = fold(sentence[found.end :])
    today = _TODAY_BEFORE.search(before[-40:])
    if (
        today is not None and (not today["day"] or today["day"] in weekday_names())
    ) or _TODAY_AFTER.match(after):
        return found  # "Today, March 4, 2025, ...": the day it is made
    announced = _ANNOUNCED_ON.search(before[-50:])
    if announced and (not announced["day"] or announced["day"] in weekday_names()):
        return found  # "Acme announced on 4 March 2025 that ..."
    opening = _OPENING.fullmatch(before)
    if opening is None or (
        opening["day"] and opening["day"].rstrip(".") not in weekday_names()
    ):
        return None
    if _FUTURE.search(after):
        return None  # "On 12 May 2025 the museum will open": an event
    if _DONE_DE.match(after) or _DONE.search(after):
        return found
    if _PRETERITE.search(sentence[found.end :]):
        return found  # "El 4 de marzo de 2025, el consejo aprobó ..."
    return None


def _first_sentence(text: str) -> str:
    """The text up to the first full stop that ends a sentence: after a
    word in lower case of two letters or more or after a year, before a
    capital ("Aug. 28", "4. März", "Acme Inc. said" and "a.m." end none)."""
    for stop in _STOP.finditer(text):
        word = text[max(0, stop.start() - 20) : stop.start()].rsplit(None, 1)[-1:]
        following = text[stop.end() :].lstrip('"“„«')[:1]
        if not word or not following.isupper():
            continue
        last = word[0].split(".")[-1]
        if (last.isalpha() and last.islower() and len(last) >= 2) or (
            last.isdigit() and len(last) >= 3
        ):
            return text[: stop.start()]
    return text
