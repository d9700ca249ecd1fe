"""Letters spelled next to a found identifier: "dee ess pee 189507661", "tee are vee 6586...", "u for
uniform 3131...", "seventy eight seventy nine forty jay h pee".

References, policy numbers and codes start or end with letters, which callers spell with letter names
("bee", "zed", "double you"), NATO words or single letters. The recognizers find the digits; these helpers
grow the found span over the spelled letters right before it (``letters_before``) or right after it
(``letters_after``), so the letters are redacted with the digits.

A lone letter that is also a common word ("see", "are", "why", "you", "a", "i") is taken only next to
another spelled letter that is none ("are you" after a number is a question).
"""
from __future__ import annotations

import re

from recognizers.spoken.number_words import AMBIGUOUS_NATO, AS_IN_WORDS, LETTER_SOUNDS, NATO
from recognizers.start_set import compile_fast

# Letter names that are also common English words: letters only beside another spelled letter.
_COMMON = frozenset({"a", "i", "o", "you", "are", "why", "see", "sea", "eye", "tea", "queue", "cue", "ex",
                     "x"})  # "x": the kiss that ends a chat message ("6618 x")
# How many spelled letters a prefix or suffix of an identifier holds at most.
MAX_LETTERS = 4

_NATO = "|".join(sorted(NATO, key=len, reverse=True))
_SOUND = "|".join(sorted((re.escape(w) for w in LETTER_SOUNDS), key=len, reverse=True))
_AS_IN = "|".join(sorted({w for w in AS_IN_WORDS if w != "as"} | {"as in"}))
_TOKEN = (rf"(?:[a-z] (?:{_AS_IN}) (?:{_NATO})|double you|(?:{_NATO}|{_SOUND})|[a-z])")
# Up to MAX_LETTERS spelled letters before a value, each after a blank (a regex fragment for cue patterns:
# "reference is dee ess pee 1895...").
SPELLED_PREFIX = rf"(?:\s+{_TOKEN}(?![\w'])){{0,{MAX_LETTERS}}}"
_SEP = r"[\s,]+"
# Scanned on at most this many characters before or after the value.
_REACH = 64
# A pause between the letters and the value ("y q b k right 9873...", "pee are and then 653483 a").
_PAUSE = rf"(?:(?:uh|um|er|erm|right|and then|then){_SEP})?"
_BEFORE = compile_fast(rf"(?<![\w'\-/.])(?P<letters>(?:{_TOKEN}{_SEP}){{1,{MAX_LETTERS}}}){_PAUSE}$")
# The head of an IBAN before its spelled bank code: two letters and two check digits ("gee bee one seven",
# "i as in india e 50 um").
_UNIT = "zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine"
_TWO_DIGITS = (rf"(?:\d\d|(?:{_UNIT}) (?:{_UNIT})|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
               rf"(?: (?:{_UNIT}))?|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)")
_IBAN_HEAD = compile_fast(rf"(?<![\w'\-/.])(?:{_TOKEN}{_SEP}){{2}}{_TWO_DIGITS}{_SEP}{_PAUSE}$")
_AFTER = compile_fast(rf"{_SEP}(?P<letters>{_TOKEN}(?:{_SEP}{_TOKEN}){{0,{MAX_LETTERS - 1}}})(?![\w'\-])")
_SPLIT = compile_fast(_TOKEN)
_LETTER_AT = compile_fast(rf"{_TOKEN}(?=[\s,]+\w)")
# A whole turn of spelled letters ("echo sierra", "q d r"), after an optional lead-in.
_LEAD = r"^\W*(?:(?:it's|its|that's|thats|yes|yeah|so|and|then|uh|um|er|okay|ok)\W+)*"
_TURN = compile_fast(_LEAD + rf"(?P<letters>{_TOKEN}(?:{_SEP}{_TOKEN}){{1,7}})[\s.,!?]*$")
LEAD_IN = compile_fast(_LEAD + r"$", re.IGNORECASE)


def _tokens(letters: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _SPLIT.finditer(letters)]


# A label or a copula right before a lone NATO word or letter name makes it the value's first letter
# ("quote uniform 2610...", "uid uniform 3312...", "funeral plan are 0012..."), not a word ("call mike 0770...").
_WEAK_LETTERS = _COMMON | AMBIGUOUS_NATO  # letters that are words too
_LABELLED_LETTERS = _WEAK_LETTERS - {"a", "i"}
_LABEL_BEFORE = compile_fast(r"(?:^|[\s,:])(?:quote|uid|id|ref|reference|number|no|num|code|plan|is|it's|its|that's|thats|"
                           r"was|starts?|begins?)[\s,:]+$", re.IGNORECASE)


# The last word of every ``_BEFORE`` match: a letter, a NATO word, a letter name (or "you" of "double you")
# or a pause word.
_LAST_WORDS = frozenset("abcdefghijklmnopqrstuvwxyz") | frozenset(NATO) | frozenset(LETTER_SOUNDS) | frozenset(
    ("you", "uh", "um", "er", "erm", "right", "then"))


def _may_end_letters(window: str) -> bool:
    """A cheap test ``_BEFORE`` needs: ``window`` ends with blanks or commas after one of ``_LAST_WORDS``
    (the whole run of word characters, apostrophes, dashes, slashes and dots before them)."""
    body = window.rstrip()
    while body.endswith(","):
        body = body[:-1].rstrip()
    if len(body) == len(window) or not body:
        return False
    chunk = body.split()[-1].rsplit(",", 1)[-1]
    i = len(chunk)
    while i and (chunk[i - 1].isalnum() or chunk[i - 1] in "_'-/."):
        i -= 1
    return chunk[i:] in _LAST_WORDS


def letters_before(text: str, start: int) -> int:
    """The start of the spelled letters right before ``start`` in ``text`` (``start`` when none)."""
    lo = max(0, start - _REACH)
    window = text[lo:start].lower()
    m = _BEFORE.search(window) if _may_end_letters(window) else None
    if m is None:
        return start
    tokens = _tokens(m["letters"])
    # Drop common words from the front while the rest is not sure: "it's a dee 1234" keeps "dee"; a value
    # that opens with a sure letter itself makes a common one before it a letter ("why h2590052").
    sure = (m2 := _LETTER_AT.match(text.lower(), start)) is not None and m2.group() not in _COMMON
    labelled = tokens and tokens[0][0] in _LABELLED_LETTERS \
        and _LABEL_BEFORE.search(text[lo:lo + m.start("letters")])
    while tokens and tokens[0][0] in _WEAK_LETTERS and not labelled and (
            (len(tokens) == 1 and not sure) or (len(tokens) > 1 and all(t[0] in _COMMON for t in tokens))):
        tokens.pop(0)  # a lone "mike", "hotel" or "victor" before a number is a word ("call mike 0770...")
    return lo + m.start("letters") + tokens[0][1] if tokens else start


def iban_head_before(text: str, start: int) -> int:
    """The start of an IBAN's country code and check digits right before ``start`` (``start`` when none)."""
    lo = max(0, start - _REACH)
    m = _IBAN_HEAD.search(text[lo:start].lower())
    return lo + m.start() if m else start


def letters_after(text: str, end: int) -> int:
    """The end of the spelled letters right after ``end`` in ``text`` (``end`` when none)."""
    m = _AFTER.match(text[:end + _REACH].lower(), end)
    if m is None:
        return end
    tokens = _tokens(m["letters"])
    # Common words alone are no letters: "1234 are you there", "1234 i think".
    while tokens and tokens[-1][0] in _COMMON and (len(tokens) == 1 or all(t[0] in _COMMON for t in tokens)):
        tokens.pop()
    return m.start("letters") + tokens[-1][2] if tokens else end


# A check letter closing an identifier (a UK National Insurance number ends in A-D), said alone as the last
# word of a turn right after the digits ("... five two see."): a common word elsewhere, a letter there.
_SUFFIX_AT_END = compile_fast(r"[\s,]+(?:see|sea|bee|be|dee|a|b|c|d)[\s.,!?]*$")


def suffix_letter_after(text: str, end: int) -> int:
    """The end of a lone check letter closing ``text`` right after ``end`` (``end`` when none)."""
    m = _SUFFIX_AT_END.match(text.lower(), end) if len(text) - end <= 8 else None
    return end + len(m.group().rstrip(" .,!?")) if m else end


_GLUE_GAP = compile_fast(r"[\s,.\-]{0,4}")


def as_in_end(text: str, words: list[tuple[int, int, str]], i: int) -> int:
    """For ``words`` of ``text`` as (start, end, word): the index after "x for xray" / "x as in xray" /
    "x like xray" / "r for robert" starting at word ``i`` (one spelled letter), else 0."""
    low = words[i][2].lower()
    if len(low) != 1 or not low.isalpha():
        return 0
    glue = [w[2].lower() for w in words[i + 1:i + 3]]
    k = i + 3 if glue == ["as", "in"] else i + 2 if glue[:1] in (["for"], ["like"]) else 0
    example = words[k][2].lower() if 0 < k < len(words) else ""
    # A NATO word, or any word that starts with the letter ("r for robert", "p as in peter", "s for sugar").
    said = NATO.get(example) == low or (len(example) >= 3 and example.isalpha() and example[0] == low)
    return k + 1 if said and _GLUE_GAP.fullmatch(text[words[k - 1][1]:words[k][0]]) else 0


def spelled_turn(text: str) -> tuple[int, int] | None:
    """The span of the letters when all of ``text`` spells two to eight letters ("echo sierra", "q d r")
    and not only common words ("see you"), else None."""
    m = _TURN.match(text.lower())
    if m is None or all(t[0] in _COMMON for t in _tokens(m["letters"])):
        return None
    return m.span("letters")
