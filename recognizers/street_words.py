"""Vocabulary and pattern pieces of street addresses: street types in many languages, prefixes, unit words,
spoken house numbers ("one hundred and six"), name words. ``recognizers.street_address`` builds its patterns
from them.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from recognizers import address_tail
from recognizers.street_types import SUFFIXES as _SUFFIXES, SUFFIX_WORDS as _SUFFIX_WORDS, alternatives as _alternatives
from recognizers.spoken.number_words import WEEKDAY_ABBREVIATIONS
from recognizers.start_set import compile_fast

_NUMBER_WORD_SET = frozenset("""zero oh one two three four five six seven eight nine ten eleven twelve
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand""".split())
_NUMBER_WORDS = "(?:" + "|".join(sorted(_NUMBER_WORD_SET, key=len, reverse=True)) + ")"
# A spoken house or unit number: "twelve thirty four", "one oh five", "four double five".
# "one hundred and six", "two thousand and five": "and" only after a scale word.
_SCALE_AND = r"(?:(?:(?<=hundred)|(?<=thousand))\s+and)?"
_SPOKEN_NUM = rf"{_NUMBER_WORDS}{_SCALE_AND}(?:[\s-]+(?:(?:double|triple|treble|slash)\s+)?{_NUMBER_WORDS}{_SCALE_AND}){{0,6}}"
# ... with its letter before the street ("thirty two a carrick terrace").
_SPOKEN_HOUSE = rf"{_SPOKEN_NUM}(?:\s+[a-h]\b)?"


_NOT_STREET_MIDDLE = frozenset("and or sort code account acc ref pin card then".split())
_WEEKDAYS = WEEKDAY_ABBREVIATIONS  # "9191 Mon-Fri 9": opening hours
_UNIT_LIKE_SUFFIXES = frozenset({"gr", "cl"})  # also units of measure: see ``_plausible``
STREET_SUFFIX_WORDS = _SUFFIX_WORDS  # public: street-type words ("street", "ave", "strasse")
# Suffix words that also name streets ("Spring Boulevard", "Meadow Court", "Park Avenue").
_NAMEABLE = (r"(?:springs?|meadows?|park|valley|hills?|green|view|point|grove|ridge|gardens|heights|coves?"
             r"|crossing|landing|manor|shores?|vista|plaza|estates?|commons?|junction|isle|islands?"
             r"|forges?|rise|walk|mews|park)")
# An Indian locality's suffix may come before the street's ("nehru nagar main road").
_STREET_END = rf"(?:(?:nagar|marg|vihar)\s+(?:[^\W\d_]+\s+)?{_SUFFIXES}|{_NAMEABLE}\s+{_SUFFIXES}|{_SUFFIXES})\b"
# Germanic, Nordic, Dutch, Finnish, Hungarian streets are one word ending in the suffix.
_COMPOUND_ENDINGS = tuple("""straße strasse str gasse weg allee platz ring damm ufer gade vej gatan markt singel dijk steenweg
    vägen vegen veien gata straat laan plein gracht steeg dreef kade tie katu polku kuja väylä utca
    ulica cesta ulice iela gatve prospekts prospektas prospekti kucasi kuchasi kochasi küçəsi kucesi mnt maantee tänav
    tanav puiestee""".split())
_ENDINGS = "(?:" + "|".join(e if e != "str" else r"str\." for e in _COMPOUND_ENDINGS) + ")"
# One word ending in the suffix ("Hauptstraße"); the suffix alone only after a capitalized word ("Kärntner Ring
# 5"): "ring 0330 ..." is a verb before a phone number.
_COMPOUND = rf"[^\W\d_]{{2,}}{_ENDINGS}"
# The endings no English word has, for a compound street with a spoken number ("molenstraat one seven 0",
# "kerkweg fifty"): not "ring" (bring two), "str", "tie", "gade" (brigade).
_SPOKEN_COMPOUND_ENDINGS = tuple(e for e in _COMPOUND_ENDINGS if e not in ("ring", "str", "tie", "gade"))
# ... or the street's name, then a type word no English text holds ("tabriz kucasi one hundred twenty four").
_SPACED_ENDINGS = "strasse|straße|gasse|ulica|ulice|cesta|utca|katu|gatan|straat|iela|gatve|prospekts|prospektas|prospekti|" \
    "kucasi|kuchasi|kochasi|küçəsi|kucesi|mnt|maantee|tänav|tanav|puiestee"
_SPOKEN_COMPOUND = rf"(?:[^\W\d_]{{2,}}(?:{'|'.join(_SPOKEN_COMPOUND_ENDINGS)})|[^\W\d_]{{2,}}[ \t](?:{_SPACED_ENDINGS}))"
_PREFIXES, _PREFIX_WORDS = _alternatives("""rue avenue av\\. boulevard bd chemin allée impasse place quai
    route calle avenida avda\\.? plaza paseo camino carrera via viale piazza piazzetta corso largo
    vicolo rua travessa praça alameda ul\\. ulica al\\. aleja trg strada calea bulevardul bulevar odos
    leoforos""")
# Streets named before their number in France, Belgium, Spain, Italy and Portugal, said with a spoken number ("rue de
# la paix one five six", "boulevard anspach ten"): only prefixes no English sentence opens with a number after it.
_SPOKEN_PREFIXES, SPOKEN_PREFIX_WORDS = _alternatives("rue boulevard chemin allée impasse quai calle avenida rua viale corso "
                                                          "bulevar ulica trg")
SPOKEN_PREFIX_STREET = (rf"\b{_SPOKEN_PREFIXES}\s+(?:(?:de|du|des|la|le|les|del|de\s+la|da|do|dos|das|di|della)\s+)?"
                        rf"[^\W\d_]{{3,}}(?:\s+[^\W\d_]{{3,}})?\s+{_NUMBER_WORDS}{_SCALE_AND}(?:\s+{_NUMBER_WORDS}{_SCALE_AND}){{0,3}}\b")
_WORD = (r"(?:(?:[^\W\d_]\.){2,3}|[^\W\d_][^\W\d_'’.\-]*(?:-[^\W\d_]+)*(?:['’]s)?\.?)")  # "queen's road", "st. anne's",
# "Mbiama-Yenagoa", "M.L. Quezon Street" (initials)
# A plot or house number's label before it, a comma after it then ("Plot 517, Aba Road", "No 48, Sapele Road").
# A Philippine block and lot before the house or lot number ("Blk 23 Lot 29 Katipunan Avenue", "blk thirteen lot
# seventeen").
_BLOCK = rf"(?:blk\.?|block)\s+(?:\d{{1,4}}[a-z]?|{_SPOKEN_NUM})\s*,?\s+lot\.?"
# "number fourteen,", "plot double one", East African and South Asian "house 361, morogoro road", "house no. 12", Pacific
# and Philippine "lot 22, vaitele street"
_NUMBER_LABEL = rf"(?:house(?:\s+(?:no\.?|number|#))?|plot|lot|stand|erf|no\.?|number|{_BLOCK})\s+(?:(?:double|triple|treble)\s+)?"
# A street-name word: a word or a written ordinal ("5th", "23rd").
_NAME_WORD = rf"(?:{_WORD}|\d{{1,3}}(?:st|nd|rd|th)\b)"
# "338 17 St Omers Road", "69 Av Sidi Lakhmi street": "St" / "Av" before more street words is "Saint" /
# "Avenida", not the suffix.
_NOT_SAINT = rf"(?<!\bst)(?<!\bst\.)(?<!\bav)(?<!\bav\.)|(?=\.?,|\.?\s*$|\.?\s+(?!(?:{_WORD}\s+){{1,2}}?{_STREET_END}))"
# A capitalized word (case-sensitive inside the case-insensitive patterns).
_CAP_WORD = r"(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]*"
_NUM = r"\d{1,6}[a-z]?(?:[-/]\d{1,4}[a-z]?|-[a-z](?![^\W\d_])|[ \t](?:bis|ter)\b)?"  # "12", "76a", "10-12", "14b/25",
# "1679-A", "106 bis" (French)
_UNIT_WORDS = frozenset("apt apartment suite ste unit flat room rm floor fl bldg building villa".split())
_UNIT_WORD = address_tail.UNIT_WORD
_UNIT = address_tail.UNIT
# "apartment four b", "unit twelve", "suite two hundred": a unit letter may follow (not "i", "a").
_SPOKEN_UNIT = (r"(?:apt|apartment|suite|unit|flat|room|floor|building|villa)\s+(?:number\s+)?"
                rf"{_SPOKEN_NUM}(?:\s+(?![ai]\b)[a-z]\b)?")
_ANY_UNIT = rf"(?:{_UNIT}|{_SPOKEN_UNIT})"
_LETTERS = compile_fast(r"[^\W\d_]+")
# Each ASCII character that is no letter, as a blank: the ``_LETTERS`` words of lower-cased ASCII text are its split().
_BLANK_NOT_LETTER = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isalpha()})


@lru_cache(maxsize=None)
def _blank_after(endings: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(ending + " " for ending in endings)


def ends_a_word(words: Iterable[str], endings: tuple[str, ...]) -> bool:
    """Whether one of ``words`` (none holds a blank) ends with one of ``endings``: each ending with a blank after it
    is looked for in the words joined by blanks (a few scans in C instead of a call per word)."""
    return any(map((" ".join(words) + " ").__contains__, _blank_after(endings)))


def letter_words(text: str) -> set[str]:
    """The ``_LETTERS`` words of ``text`` lower-cased."""
    low = text.lower()
    return set(low.translate(_BLANK_NOT_LETTER).split() if low.isascii() else _LETTERS.findall(low))


_DIGIT = compile_fast(r"\d")
_CUE_WORDS = frozenset("address live lives lived living located ship shipped ships deliver delivered "
                       "delivers send sends sent mail mailed mails moved reside".split())
_BOX_WORDS = frozenset(("box",))
_MILITARY_POST_WORDS = frozenset("usns usnv uss uscgc fpo apo dpo".split())
_POINTERS = r"(?:below|above|attached|here|there|follows|as follows|changed|updated|now|please|pls)"
# A French building before the house number ("Bât. B, 106 bis chemin des Vignes", "Résidence Les Pins, 4 rue ...").
_BUILDING = r"(?:b[âa]t\.?|b[âa]timent|bloc|r[ée]sidence)\s+[^\W_]{1,12},?"
# German streets named with a preposition and an article ("Am Mühlbach 34", "In der Aue 5").
_GERMAN_ARTICLE = r"(?:Am|An der|An den|Im|In der|In den|Auf der|Auf dem|Zum|Zur|Unter den|Hinter der|Vor dem)"
_GERMAN_ARTICLE_WORDS = frozenset("am an im in auf zum zur unter hinter vor".split())
