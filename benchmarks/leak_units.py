"""What of a personal value can be read back from a sanitized text: the units the output leak rate checks.

A gold entity *leaks* when any of its identifying units survives in the sanitized text of its turn:

* a word of 3+ letters (``gonzalez``, ``maple``, ``september``), case-insensitive, as a whole word;
* any 4 digits in a row (``0132`` of ``415 555 0132``), found inside a digit run of the output;
* a mixed letter-digit token of 3+ characters (``cm6``, ``w20ab``: postcodes and identifiers, which
  have neither a 3-letter word nor 4 digits), as a whole word.

Both texts are normalized first, the same way, so a spoken or spelled value is compared with its written
form: diacritics folded, single-digit words to digits (``four one five five`` -> ``4155``, ``double five``
-> ``55``, British ``treble five`` -> ``555``, ``oh`` -> ``0``), teens and tens to digits, ordinals to digits (``third``, ``27th`` -> a day,
never a word), and runs of single characters joined (``g o n z a l e z`` -> ``gonzalez``,
``c m 6 7 f y`` -> ``cm67fy``). A second view also maps NATO spelling words to letters
(``tango sierra 8 3`` -> ``ts83``); a unit leaks if it survives in either view.

Words that identify nobody are not units: function words, the glue of spoken emails and numbers
(``dot``, ``at``, ``double``), street types (``street``, ``apt``) and titles.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

DIGIT_WORDS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
               "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
          "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19"}
_TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7",
         "eighty": "8", "ninety": "9"}
_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
             "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10", "eleventh": "11", "twelfth": "12",
             "thirteenth": "13", "fourteenth": "14", "fifteenth": "15", "sixteenth": "16",
             "seventeenth": "17", "eighteenth": "18", "nineteenth": "19", "twentieth": "20",
             "thirtieth": "30"}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f",
        "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j", "kilo": "k", "lima": "l",
        "mike": "m", "november": "n", "oscar": "o", "papa": "p", "quebec": "q", "romeo": "r",
        "sierra": "s", "tango": "t", "uniform": "u", "victor": "v", "whiskey": "w", "whisky": "w",
        "xray": "x", "yankee": "y", "zulu": "z"}
STOP_WORDS = frozenset("""
the and for with from you your yours our ours his her hers its this that these those are was were
was has had have not but all any can will just one its it's there here what who whom which when where
why how yes yeah yep okay sure please thanks thank hello hey bye name names number numbers
dot dash hyphen underscore slash double triple treble hundred thousand point plus ext extn extension
street avenue road lane drive court boulevard place way terrace close crescent apt apartment unit suite
flat floor building mr mrs miss ms mister sir madam doctor box
com net org edu gov int mil info biz
sorry mean meant wait scratch let hmm uhm umm erm like actually oops correction
""".split())
# The second-last line: generic top-level domains, shared by millions of addresses (the e-mail surrogate
# keeps the TLD; a kept domain name or provider still counts), and "box" of military/PO box addresses.
# The last line: the words of a self-correction a labelled span may hold ("oh one three five one sorry oh
# one three five nine ...", "... i mean ...", "scratch that"): no part of the personal value.
_ORDINAL_SUFFIX = re.compile(r"^(\d{1,2})(st|nd|rd|th)$")
_TOKEN = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lowercase and strip diacritics."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    spoken: bool = False  # a digit string made from number words (joins with its spoken neighbours)
    day: bool = False  # an ordinal: a day of the month, never joined with its neighbours


def _spoken_numbers(words: list[str]) -> list[_Tok]:
    out: list[_Tok] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in ("double", "triple", "treble") and nxt in DIGIT_WORDS:
            out.append(_Tok(DIGIT_WORDS[nxt] * (2 if w == "double" else 3), True))
            i += 2
            continue
        if w in _TENS:
            unit = DIGIT_WORDS.get(nxt) if nxt != "oh" else None
            if unit and unit != "0":
                out.append(_Tok(_TENS[w] + unit, True))
                i += 2
                continue
            out.append(_Tok(_TENS[w] + "0", True))
        elif w in DIGIT_WORDS:
            out.append(_Tok(DIGIT_WORDS[w], True))
        elif w in _TEENS:
            out.append(_Tok(_TEENS[w], True))
        elif w in _ORDINALS:
            out.append(_Tok(_ORDINALS[w], day=True))  # a day of the month: never a word, never joined
        elif (m := _ORDINAL_SUFFIX.match(w)):
            out.append(_Tok(m.group(1), day=True))
        else:
            out.append(_Tok(w))
        i += 1
    return out


def normalize(text: str, *, nato: bool = False) -> list[str]:
    """Tokens of ``text`` after the normalization described in the module docstring."""
    return [tok for tok, _ in _normalize(text, nato=nato)]


def _normalize(text: str, *, nato: bool = False) -> list[tuple[str, bool]]:
    """(token, joined from single characters)."""
    words = _TOKEN.findall(fold(text))
    if nato:
        words = [NATO.get(w, w) for w in words]
    tokens = _spoken_numbers(words)
    out: list[tuple[str, bool]] = []
    run: list[str] = []  # single characters and spoken digits, joined into one token

    def flush() -> None:
        if run:
            out.append(("".join(run), len(run) > 1))
            run.clear()

    for tok in tokens:
        if not tok.day and (tok.spoken or len(tok.text) == 1):
            run.append(tok.text)
        else:
            flush()
            out.append((tok.text, False))
    flush()
    return out


@dataclass(frozen=True, slots=True)
class Units:
    """The identifying units of one text in one view."""

    words: frozenset[str]  # 3+-letter words and 3+-char mixed letter-digit tokens
    digit_runs: tuple[str, ...]  # digit strings of 4+ digits (inside mixed tokens too)
    joined: tuple[str, ...] = ()  # output only: tokens joined from single characters

    def has_word(self, word: str) -> bool:
        """A whole token, or (4+ characters) inside a token joined from single characters: a spelled
        name next to a spelled article or a spoken number is joined with it in the output."""
        return word in self.words or (len(word) >= 4 and any(word in j for j in self.joined))

    def __bool__(self) -> bool:
        return bool(self.words or self.digit_runs)


_YEAR = re.compile(r"(19|20)\d\d")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#[xX][0-9a-fA-F]{1,5});")
_JSON_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|[nrt/\\\"])")


def _unescaped(text: str) -> str:
    """``text`` with a JSON export's string escapes decoded ("\\u0144" is "ń", "\\n" a blank): an escape is how
    the export writes a character, and its hex digits are no digits of anybody's value."""
    if "\\" not in text:
        return text
    return _JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else " ", text)


def units(text: str, *, nato: bool = False, keep_years: bool = False) -> Units:
    """Identifying units of ``text``. ``keep_years``: 4 digits that read as a year (19xx/20xx) are no unit,
    also inside a longer spoken run (``third nineteen eighty five``; the default policy keeps the year of a
    date of birth by name), and a run with nothing else of 4 digits is no unit."""
    words, runs = set(), []
    text = _unescaped(text)
    if "&" in text:
        text = _ENTITY.sub(" ", text)  # "052&nbsp;754": an HTML entity is markup, no word of the value
    for tok in normalize(text, nato=nato):
        has_digit = any(c.isdigit() for c in tok)
        has_alpha = any(c.isalpha() for c in tok)
        if has_alpha and not has_digit:
            if len(tok) >= 3 and tok not in STOP_WORDS:
                words.add(tok)
            continue
        if has_alpha and len(tok) >= 3:
            words.add(tok)
        for digits in re.findall(r"\d{4,}", tok):
            if keep_years and not has_alpha and not digit_windows(digits, keep_years):
                continue
            runs.append(digits)
    return Units(frozenset(words), tuple(runs))


def digit_windows(run: str, keep_years: bool = False) -> list[str]:
    """Every 4 digits in a row of ``run`` (without the year-like ones when ``keep_years``)."""
    found = [run[i:i + 4] for i in range(len(run) - 3)]
    return [w for w in found if not (keep_years and _YEAR.fullmatch(w))]


def output_units(text: str, *, nato: bool = False) -> Units:
    """Everything in a sanitized text a unit could match (no stop list, no year exemption)."""
    words, runs, joined = set(), [], []
    for tok, is_run in _normalize(_unescaped(text), nato=nato):
        words.add(tok)
        runs += re.findall(r"\d+", tok)
        if is_run:
            joined.append(tok)
    return Units(frozenset(words), tuple(runs), tuple(joined))


def surviving(value: str, sanitized: str, *, keep_years: bool = False) -> tuple[int, int]:
    """(units of ``value`` that survive in ``sanitized``, units of ``value``), over both views.

    A word unit survives as a whole word; a digit run survives when any 4 digits in a row of it appear
    inside a digit run of the output.
    """
    total = survived = 0
    seen: set[tuple[str, str]] = set()
    for nato in (False, True):
        mine = units(value, nato=nato, keep_years=keep_years)
        theirs = output_units(sanitized, nato=nato)
        out_digits = theirs.digit_runs
        for word in mine.words:
            if ("w", word) in seen:
                continue
            seen.add(("w", word))
            total += 1
            survived += theirs.has_word(word)
        for run in mine.digit_runs:
            if ("d", run) in seen:
                continue
            seen.add(("d", run))
            total += 1
            survived += any(w in d for w in digit_windows(run, keep_years) for d in out_digits)
    return survived, total
