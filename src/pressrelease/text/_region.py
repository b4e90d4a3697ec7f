"""The country whose numbering plan reads a release's national numbers.

A release written in German may come from Germany, Austria, Switzerland,
Liechtenstein or Luxembourg; one in French from France, Belgium,
Switzerland, Luxembourg, Monaco or Canada. The language alone only names
the candidates. What decides among them is evidence the text carries, each
piece scored:

- the dateline's country, when it names one (decisive);
- the country code of email addresses' domains (``.ch``, ``.at``);
- the country codes of numbers written internationally, in the contacts
  (strong) and anywhere else (a hotline's ``+41 58 ...`` abroad line);
- the candidates' names in the text, in its language and in English
  (``Schweiz``, ``Suisse``, ``österreichische``), from phonenumbers' own
  locale data rather than a table of ours;
- how many of the contacts' national numbers (in contact blocks and in
  sentences that name the media) are valid in each candidate's plan, or
  in a range a regulator keeps for fiction, then how many are possible.

The language's usual country wins a tie. A release whose only evidence is
its language gets that country, and the importer says so
(``import.phone_region``) for every national number read that way.

>>> region_for(None, ["Tel. 058 559 34 12"], [], ["Touring Automobile Suisse"], "fr")
'CH'
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import phonenumbers

from pressrelease.text._contacts import emails_in
from pressrelease.text._dates import DatelineText, city_country
from pressrelease.text._phones import MAX_SEGMENT, find_phones, plausible
from pressrelease.text._words import fold

__all__ = ["region_for"]

#: The countries a language's releases usually come from, the first usual.
CANDIDATES = {
    "en": ("US", "GB", "IE", "AU", "NZ", "CA", "IN", "SG", "ZA", "HK"),
    "de": ("DE", "AT", "CH", "LI", "LU"),
    "fr": ("FR", "BE", "CH", "LU", "CA", "MC"),
    "es": ("ES", "MX", "AR", "CO", "CL", "PE"),
    "pt": ("PT", "BR"),
    "it": ("IT", "CH", "SM"),
    "nl": ("NL", "BE"),
}
#: Lines whose national numbers are tried in each candidate's plan.
_MAX_NATIONAL_LINES = 40

# Country codes of email domains that are a country's own.
_TLD = {
    "at": "AT", "ch": "CH", "de": "DE", "fr": "FR", "uk": "GB", "ie": "IE",
    "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "be": "BE", "lu": "LU",
    "au": "AU", "nz": "NZ", "ca": "CA", "sg": "SG", "hk": "HK", "in": "IN",
    "br": "BR", "mx": "MX", "ar": "AR", "za": "ZA", "ke": "KE", "jp": "JP",
    "th": "TH", "se": "SE", "dk": "DK", "no": "NO", "fi": "FI", "pl": "PL",
    "li": "LI", "mc": "MC", "co": "CO", "cl": "CL", "pe": "PE", "sm": "SM",
}  # fmt: skip

# Weights: a domain or a contact's international number is strong
# evidence; a number elsewhere or a name in the text is weaker (a release
# may mention its neighbours); each national number valid in a plan counts.
_DOMAIN, _CONTACT_CODE, _OTHER_CODE, _NAME, _VALID = 3, 3, 1, 1, 2
_MAX_NAMES = 3  # per country: a travel release naming Austria ten times


# A state's words and its currency, as whole words: weighed like a
# country's name. Cities come from the importer's one city table
# (``_dates.city_country``); CLDR has no list of cities and phonenumbers'
# geocoding data is 40 MB, so both lists are short and ours.
_STATE_WORDS = {
    "CH": "kanton kantons kantonal kantonale kantonalen canton cantons cantonal "
    "cantonale cantone eidgenossische eidgenossenschaft confederation "
    "confederazione chf franken francs regierungsrat regierungsratin landammann",
    "AT": "landeshauptmann landeshauptfrau landesrat landesratin bundesland "
    "bundeslander",
    "DE": "bundestag bundesregierung",
    "BE": "wallonie wallonia flandre vlaanderen",
}
_STATE_WORD = {
    word: code for code, words in _STATE_WORDS.items() for word in words.split()
}


def _place_votes(texts: Iterable[str], candidates: Sequence[str]) -> Counter[str]:
    """Cities (one or two words) and state words naming a candidate."""
    votes: Counter[str] = Counter()
    for text in texts:
        previous = ""
        for word in re.findall(r"[^\W\d_]+", fold(text)):
            code = (
                _STATE_WORD.get(word)
                or city_country(word)
                or (city_country(f"{previous} {word}") if previous else None)
            )
            previous = word
            if code is not None and code in candidates and votes[code] < _MAX_NAMES:
                votes[code] += 1
    return votes


@functools.cache
def _names(language: str) -> tuple[re.Pattern[str], tuple[tuple[str, str], ...]] | None:
    """The candidates' one-word names in *language* and English, as word
    starts, and each name's country, longest name first."""
    from phonenumbers.geodata.locale import LOCALE_DATA  # loaded only here

    names: dict[str, str] = {}
    for code in CANDIDATES.get(language, ()):
        local = LOCALE_DATA.get(code, {})
        for lang in (language, "en"):
            name = local.get(lang, "")
            if name and not name.startswith("*") and " " not in name:
                names[name.casefold()] = code
    if not names:
        return None
    ordered = tuple(sorted(names.items(), key=lambda item: -len(item[0])))
    words = "|".join(re.escape(name) for name, _ in ordered)
    return re.compile(rf"(?<!\w)(?:{words})\w*", re.IGNORECASE), ordered


def _name_votes(texts: Iterable[str], language: str) -> Counter[str]:
    votes: Counter[str] = Counter()
    known = _names(language)
    if known is None:
        return votes
    pattern, ordered = known
    for text in texts:
        for match in pattern.finditer(text):
            word = match.group().casefold()
            # The longest name the word starts with ("schweiz" in "schweizer").
            code = next((c for name, c in ordered if word.startswith(name)), None)
            if code is not None and votes[code] < _MAX_NAMES:
                votes[code] += 1
    return votes


def region_for(
    dateline: DatelineText | None,
    contact_lines: Sequence[str],
    media_sentences: Sequence[str],
    other_lines: Sequence[str],
    language: str,
) -> str | None:
    """The region to read the release's national numbers in, or None.

    *contact_lines* are the contact blocks' lines, *media_sentences* the
    sentences elsewhere that name the media and hold a number, and
    *other_lines* the rest of the text.
    """
    if dateline is not None and dateline.country:
        return dateline.country
    candidates = CANDIDATES.get(language, ())
    score: Counter[str] = Counter()
    for line in contact_lines:
        for address in emails_in(line):
            tld = address.rsplit(".", 1)[-1].lower()
            if tld in _TLD:
                score[_TLD[tld]] += _DOMAIN
        if "+" in line:
            for phone in find_phones(line, None):
                if phone.number.region:
                    score[phone.number.region] += _CONTACT_CODE
    for line in other_lines:
        if "+" in line:
            for phone in find_phones(line, None, lenient=False):
                if phone.number.region:
                    score[phone.number.region] += _OTHER_CODE
    texts = [*contact_lines, *other_lines]
    names = _name_votes(texts, language) + _place_votes(texts, candidates)
    score.update({code: n * _NAME for code, n in names.items()})
    national = [
        text[:MAX_SEGMENT]
        for text in (*contact_lines, *media_sentences)
        if sum(c.isdigit() for c in text[:MAX_SEGMENT]) >= 6
    ][:_MAX_NATIONAL_LINES]
    if len(candidates) > 1 and national:
        counts = {code: _national_counts(national, code) for code in candidates}
        most_valid = max(valid for valid, _ in counts.values())
        most_possible = max(possible for _, possible in counts.values())
        for code, (valid, possible) in counts.items():
            # Valid in more plans than one is no evidence for any of them.
            if valid and valid == most_valid:
                score[code] += _VALID
            elif not most_valid and possible and possible == most_possible:
                score[code] += 1
    usual = candidates[0] if candidates else None
    if not score:
        return usual
    best = max(score.values())
    if usual is not None and score[usual] == best:
        return usual
    return next(c for c, n in score.most_common() if n == best)


def _national_counts(lines: Sequence[str], region: str) -> tuple[int, int]:
    """How many numbers written without a country code in *lines* are
    plausible (valid, or fiction) in *region*'s plan, and how many possible."""
    valid = possible = 0
    for text in lines:
        for match in phonenumbers.PhoneNumberMatcher(
            text, region, leniency=phonenumbers.Leniency.POSSIBLE
        ):
            if match.raw_string.lstrip("( ").startswith(("+", "00")):
                continue  # says its own country
            possible += 1
            valid += plausible(match.number)
    return valid, possible
