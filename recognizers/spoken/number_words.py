"""Vocabulary of spoken numbers, spelled letters and spoken e-mail syntax (used by ``recognizers.spoken.view``).

Plain data: word -> value tables, built once at import. Kept apart from the view's logic so the tables can
be reviewed (and extended) without reading the parser.
"""
from __future__ import annotations

import re
import unicodedata
from itertools import repeat

from tldextract import TLDExtract

from recognizers.turn_words import letter_words
from recognizers.lower_scan import CaseFolded
from recognizers.start_set import compile_fast
from recognizers.word_trie import factored

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "nought": 0,
}
# Digits said in the caller's own language inside an English call ("tre due due", "drei zwei acht", "un neuf sept",
# "cinco siete seis"): Spanish, Italian, French, German, Portuguese, Dutch, Polish, Swedish. Read as digits only in
# a run of three or more digit words of which two are these (``tokens.foreign_digits``): "due", "sept", "sex" or
# "null" alone stay words.
FOREIGN_UNITS = {
    **{w: i for i, w in enumerate("cero uno dos tres cuatro cinco seis siete ocho nueve".split())},
    **{w: i for i, w in enumerate("zero uno due tre quattro cinque sei sette otto nove".split())},
    **{w: i for i, w in enumerate("zéro un deux trois quatre cinq six sept huit neuf".split())},
    **{w: i for i, w in enumerate("null eins zwei drei vier fünf sechs sieben acht neun".split())},
    **{w: i for i, w in enumerate("zero um dois três quatro cinco seis sete oito nove".split())},
    **{w: i for i, w in enumerate("nul een twee drie vier vijf zes zeven acht negen".split())},
    **{w: i for i, w in enumerate("zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split())},
    **{w: i for i, w in enumerate("noll ett två tre fyra fem sex sju åtta nio".split())},
    "zwo": 2, "fuenf": 5, "tres": 3, "tre": 3, "une": 1, "uno": 1,
}
FOREIGN_UNITS = {w: v for w, v in FOREIGN_UNITS.items() if w not in UNITS and w != "um"}  # "zero", "six": English;
# "um": a hesitation
# "oh" / "o" are zero only next to other digits ("four oh five"), a letter or a word otherwise.
AMBIGUOUS_ZERO = frozenset({"oh", "o"})
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000}
MULTIPLIERS = {"double": 2, "triple": 3, "treble": 3}  # "treble": British English

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
# Full names, three-letter abbreviations and "sept".
MONTHS = {**{m: i + 1 for i, m in enumerate(MONTH_NAMES)}, **{m[:3]: i + 1 for i, m in enumerate(MONTH_NAMES)},
          "sept": 9}
# Spanish, Portuguese and Filipino month names, for dates written in them ("15 de marzo de 1990", "2 de maio de 1977",
# "ika-10 ng Setyembre, 1990").
FOREIGN_MONTHS = {
    **{m: i + 1 for i, m in enumerate(("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                       "septiembre", "octubre", "noviembre", "diciembre"))},
    **{m: i + 1 for i, m in enumerate(("enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto",
                                       "setyembre", "oktubre", "nobyembre", "disyembre"))},
    **{m: i + 1 for i, m in enumerate(("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
                                       "setembro", "outubro", "novembro", "dezembro"))},  # Portuguese
    "setiembre": 9,
}
# French and German (with Austrian) month names, said inside English speech ("the fourth of novembre", "twenty seven
# fevrier"), also without their accents; those spelled like an English month name ("april", "august") stay English.
_FRENCH_GERMAN_MONTHS = {m: i + 1 for names in (
    ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
     "décembre"),
    ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
     "dezember"), ("jänner", "feber", "maerz")) for i, m in enumerate(names)}
FOREIGN_MONTHS.update({form: month for name, month in _FRENCH_GERMAN_MONTHS.items()
                       for form in (name, unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode())
                       if form not in MONTHS})
# Every month name a spoken day stands beside ("the fourth of march", "the fourth of novembre").
ANY_MONTHS = frozenset(MONTHS) | frozenset(FOREIGN_MONTHS)
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Weekdays as e-mail headers, delivery notes and opening hours abbreviate them ("On Tue, 12 Oct", "Mon-Fri").
WEEKDAY_ABBREVIATIONS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())

NATO = {
    "alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f",
    "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j", "kilo": "k", "lima": "l",
    "mike": "m", "november": "n", "oscar": "o", "papa": "p", "quebec": "q", "romeo": "r", "sierra": "s",
    "tango": "t", "uniform": "u", "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x",
    "yankee": "y", "zulu": "z",
}
# Words ASR writes for a spoken letter ("you" for U, "zed" for Z) or digit ("for" 4, "to" 2) inside a
# spelled code; read so only inside a run of other code characters (see ``recognizers.postcode``).
LETTER_SOUNDS = {
    "you": "u", "are": "r", "why": "y", "see": "c", "sea": "c", "zed": "z", "zee": "z", "ex": "x",
    "bee": "b", "pee": "p", "tea": "t", "tee": "t", "queue": "q", "cue": "q", "jay": "j", "kay": "k",
    "dee": "d", "gee": "g", "eye": "i", "ess": "s", "el": "l", "em": "m", "en": "n", "x-ray": "x",
    "vee": "v", "aitch": "h", "es": "s", "ef": "f", "eff": "f", "ar": "r", "pea": "p", "ay": "a",
}
DIGIT_SOUNDS = {"to": "2", "too": "2", "for": "4", "fore": "4"}

# NATO words that are also common words or first names: letters only next to other spelled letters.
AMBIGUOUS_NATO = frozenset({
    "charlie", "delta", "echo", "golf", "hotel", "india", "juliet", "lima", "mike", "november", "oscar",
    "papa", "romeo", "sierra", "tango", "uniform", "victor", "quebec", "x ray",
})
# Single letters that are also English words: letters only next to another spelled letter.
AMBIGUOUS_LETTERS = frozenset({"a", "i", "o"})

# Digits a speech engine wrote as their homophones inside a read-out number ("seven won four ate too five").
DIGIT_HOMOPHONES = {**{word: int(digit) for word, digit in DIGIT_SOUNDS.items()}, "won": 1, "free": 3, "ate": 8}
FILLERS = frozenset({"uh", "um", "uhm", "umm", "er", "erm", "ah", "hmm", "mm", "eh"})
# Spoken e-mail / web syntax -> written character.
CONNECTORS = {"dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
DECIMAL_POINT = frozenset({"dot", "point"})
AT_WORDS = frozenset({"at"})
# "k as in kilo", "b for bravo", "m like mary".
AS_IN_WORDS = frozenset({"as", "for", "like"})

# Country codes that are English function words, never read as a spoken top-level domain.
_CODES_THAT_ARE_WORDS = frozenset({"at", "is", "so", "to", "do", "my", "by", "as", "am", "an", "id", "re", "im"})


def _country_code_tlds() -> frozenset[str]:
    """Every two-letter country-code top-level domain (``sn``, ``zm``, ``et``), from the Public Suffix List
    snapshot bundled with tldextract (no network, no cache)."""
    tlds = TLDExtract(cache_dir=None, suffix_list_urls=()).tlds
    return frozenset(t for t in tlds if len(t) == 2 and t.isascii() and t.isalpha())


# Country codes that are English words ("to" Tonga, "do" Dominican Republic, "my" Malaysia): a domain's end only as
# the last word said ("kalianet dot to").
_CC_TLDS = _country_code_tlds()
WORD_TLDS = (_CC_TLDS & _CODES_THAT_ARE_WORDS) - {"at"}
TLDS = frozenset({
    "com", "net", "org", "edu", "gov", "mil", "int", "io", "co", "uk", "us", "ca", "de", "fr", "es", "it",
    "nl", "au", "in", "info", "biz", "me", "ai", "app", "dev", "ly", "tv", "ru", "jp", "cn", "br", "mx",
    "ch", "se", "no", "dk", "fi", "pl", "be", "ie", "nz", "za", "hu", "gr", "pt", "cz", "eu", "online",
    "xyz", "email", "mail",
}) | (_CC_TLDS - _CODES_THAT_ARE_WORDS)
# Words that cannot be the local part of a spoken e-mail ("email me at ...", "i'm at gmail dot com").
NOT_LOCAL_PART = frozenset({
    "me", "us", "him", "her", "them", "it", "is", "was", "email", "mail", "address", "you", "home",
    "work", "there", "here", "that", "this", "my", "your", "its", "it's", "is", "be", "and", "or",
})

NUMBER_WORDS = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS) | frozenset(SCALES)

_ALL_TRIGGER_WORDS = (
    set(UNITS) | set(TEENS) | set(TENS) | set(SCALES) | set(MULTIPLIERS) | set(NATO) | {"oh"}
    | set(CONNECTORS) | DECIMAL_POINT | set(ORDINALS)
)
TRIGGER_WORDS = frozenset(_ALL_TRIGGER_WORDS)
# Words with an optional clitic ("don't", "i'm") so "i'm a" does not look like two spelled letters.
WORD = compile_fast(r"[a-z]+(?:'[a-z]+)?")


_SYNTAX_TRIGGERS = frozenset(CONNECTORS) | DECIMAL_POINT
# Words that announce a number: after one, a short chain of digit words and homophones is read as digits
# ("sort code for to one", "ends in won three too"; ``recognizers.spoken.homophones``).
NUMBER_CUES = frozenset({"code", "number", "no", "num", "account", "acc", "acct", "sort", "ending", "ends", "end",
                         "pin", "passcode", "reference", "ref", "begins", "starts", "starting", "beginning"})
# Digit groups separated by a blank or a comma, two single digits or three groups (see
# ``recognizers.spoken.tokens.spaced_digits``, which decides; this only gates the view).
_SPACED_DIGITS = compile_fast(r"(?<!\d)\d(?: {1,2}|, ?)\d(?!\d)|\d(?: {1,2}|, ?)\d+(?: {1,2}|, ?)\d")


_READ_BETWEEN = frozenset(DIGIT_HOMOPHONES) | {"then", "and"}


# Words between such a cue and the number ("code is for", "ends in won").
CUE_LEAD_INS = frozenset({"is", "in", "with", "it's", "its", "was", "came", "says", "reads", "shows"})


def _after_cue(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` comes right after a word announcing a number ("ends won", "code is for to")."""
    k -= 1
    while k >= 0 and (words[k] in CUE_LEAD_INS or words[k] in DIGIT_HOMOPHONES):
        k -= 1
    return k >= 0 and words[k] in NUMBER_CUES


# Two digit words in a row of which the first is said in another language ("drei zwei", "tre due"): the gate of
# ``tokens.foreign_digits`` (which decides).
_DIGIT_ALTERNATION = "|".join(sorted(set(FOREIGN_UNITS) | set(UNITS), key=len, reverse=True))
# (Read only for whether it occurs: its word groups are tries, the same words, fewer tries per place.)
_FOREIGN_PAIR = CaseFolded(compile_fast(factored(rf"(?<![^\W\d_])(?:{'|'.join(sorted(FOREIGN_UNITS, key=len, reverse=True))})"
                                                 rf"[\s,.;\-]{{1,6}}(?:{_DIGIT_ALTERNATION})(?![^\W\d_])"), re.IGNORECASE))


def may_be_spoken(text: str) -> bool:
    """Cheap test: can ``text`` contain anything worth rewriting for the identifier recognizers?

    A lone number word ("within two days") would only become a one- or two-digit number, which no
    identifier recognizer uses; the view is built when a trigger word has a neighbour that is another
    trigger word, a month name, a single letter or digits, or when spoken e-mail syntax is present.
    """
    if "@" in text:
        return True
    words = letter_words(text) if text.isascii() else None  # (shared with the tokenizer)
    if words is None:  # (not ASCII, or a digit beside a letter)
        words = WORD.findall(text.lower())
    if _SPACED_DIGITS.search(text):
        return True  # written digit groups spaced out ("4 5 6 7", "45 67 89")
    return _trigger_pair(text, words) or _FOREIGN_PAIR.search(text) is not None  # (the dearest test last)


def _trigger_pair(text: str, words: list[str]) -> bool:
    """Whether a trigger word of ``words`` (the text's) has a neighbour that makes it worth rewriting, or
    two single letters follow each other (spelling)."""
    if TRIGGER_WORDS.isdisjoint(words):
        # Two single letters in a row may be spelling ("j o h n").
        return _two_single_letters(words)
    last = len(words) - 1
    for i, word in enumerate(words):
        if word not in TRIGGER_WORDS:
            continue
        if word in _SYNTAX_TRIGGERS or (word in ORDINALS and (
                (i + 2 <= last and words[i + 2] in ANY_MONTHS) or (i >= 2 and words[i - 2] in MONTHS))):
            return True  # spoken e-mail syntax, "the fifteenth of march" or "april the sixth"
        for j in (i - 1, i + 1):
            if 0 <= j <= last:
                other = words[j]
                if other in TRIGGER_WORDS or other in MONTHS or len(other) == 1:
                    return True
                if other in _READ_BETWEEN and _after_cue(words, min(i, j)):
                    return True  # "ends won three too", "sort code for to one"
        # "seven won four ate", "won o to five": four number words with homophones among them.
        for j in range(max(0, i - 3), i + 1):
            window = words[j:j + 4]
            if len(window) == 4 and all(w in TRIGGER_WORDS or w in _READ_BETWEEN or w in AMBIGUOUS_ZERO
                                        for w in window) and not _READ_BETWEEN.isdisjoint(window):
                return True
    return any(map(str.isdigit, text)) and _two_single_letters(words)


def _two_single_letters(words: list[str]) -> bool:
    """Whether two one-character words follow each other (each word's length capped at 2, read as bytes in C)."""
    return b"\x01\x01" in bytes(map(min, map(len, words), repeat(2)))
