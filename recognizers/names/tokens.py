"""Tokens for the name recognizer: one regex pass, facts per written word cached across turns.

A turn is tokenized once; every later step (cue gating, name lists, span growth) reads these tokens.
Facts about a word depend only on how it is written, so they are computed once per distinct word
and shared by every turn of the process (a plain dict: cheaper per lookup than ``lru_cache``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import NamedTuple

from recognizers.lower_scan import ascii_letters_twin
from recognizers.names.cue_phrases import cue_hits
from recognizers.names.person_words import TRIGGERS as PERSON_TRIGGERS
from recognizers.names.lexicon import (THANKS_SHORT, ASSISTANT_NAMES, FUNCTION_WORD_NAMES, FUNCTION_WORDS, WELL_ATTESTED, WORD_RE,
                                      fold, is_contraction, lexicon, strip_possessive)
from recognizers.start_set import compile_fast


class Token(NamedTuple):  # a NamedTuple: built ~50 times per turn, frozen dataclasses are slower
    start: int
    end: int
    key: str          # folded, possessive stripped
    possessive: bool
    capitalized: bool
    sentence_start: bool
    name: bool        # in a name list and not a function word
    first: bool       # in the given-name list
    common: bool      # frequent/ambiguous English word
    english: bool     # any English dictionary word
    function: bool
    spread: int       # number of locales listing the name
    initial: bool     # a single capital letter ("J" in "Szabina J Gelencsér")
    unknown: bool     # neither a listed name nor an English word
    hot: bool         # could be (part of) a name: listed or unknown, not a function word
    cues: tuple       # ((offset in the word, cue kinds bit mask), ...) where a cue phrase may start
    syllable: bool    # a syllable of a romanized Asian given name ("xiao", "hoon", "minh")


# Latin letters with diacritics (Latin-1 to Latin Extended-B, Latin Extended Additional: Vietnamese).
_LATIN_MARKED = compile_fast("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
# Letters only Vietnamese writes (Latin Extended Additional, ă, đ, ơ, ư): never in an English word.
_VIETNAMESE = compile_fast("[\u1ea0-\u1ef9\u0103\u0102\u0111\u0110\u01a0\u01a1\u01af\u01b0]")
# English words often written with their accents: still English words.
ACCENTED_ENGLISH = frozenset("""cafe cafes resume resumes naive fiance fiancee cliche decor entree expose rose
    pate uber senor senora soiree protege facade creme touche saute puree souffle melee role elite deja vu
    ole jalapeno pinata a""".split())
_SENTENCE_END = frozenset(".!?:;\n\"(-")
_MAX_CACHED_WORDS = 200_000

_WORDS: dict[str, tuple] = {}
# The last turns tokenized: the name recognizer, the name model and name completion read the same turn.
_RECENT: dict[str, tuple[tuple["Token", ...], bool]] = {}
_MAX_RECENT = 64
_DIGIT = compile_fast(r"\d")
_WORD_RE_ASCII = ascii_letters_twin(WORD_RE)  # the same words on ASCII text, faster


@lru_cache(maxsize=_MAX_RECENT)
def word_matches(text: str) -> tuple[re.Match[str], ...]:
    """The ``WORD_RE`` matches of ``text`` (cached: name propagation reads the turns' words again)."""
    return tuple((_WORD_RE_ASCII if text.isascii() else WORD_RE).finditer(text))


_BIOGRAPHY_AFTER = frozenset(("born", "married", "died"))  # see names.cues
_LOOK_AFTER = _BIOGRAPHY_AFTER | {"speaking"}  # "admissions lamees speaking": a cue after the name
# ... and the closings and self-introductions that name a word no list holds ("cheers waner bye",
# "i'm paras what's ..."; see ``recognizers.names.vocatives``).
_LOOK_AFTER |= frozenset("cheers thanks thank bye goodbye honestly welcome worries done i'm im am".split()) | frozenset(THANKS_SHORT)
_LOOK_AFTER |= frozenset("mr mrs ms mister dr".split())  # after these titles any word is a surname ("ms basic")
_LOOK_AFTER |= frozenset(("printed",))  # ... and after initials printed on a card ("it's printed c lather")
_LOOK_AFTER |= ASSISTANT_NAMES  # an agent called Alexa ("this is alexa from billing")
_LOOK_AFTER |= PERSON_TRIGGERS  # "what is trump's approval rating": said only of a person
_LOOK_AFTER |= frozenset(("safely",))  # a closing's vocative: "drive safely tiger"
# What is said only of a person (``person_only_frames``): "barley is coeliac", "sorrel won't touch", "plum placed".
_LOOK_AFTER |= frozenset("coeliac celiac allergic diabetic lactose touch placed".split())


def sentence_start(text: str, pos: int) -> bool:
    """True if only spaces lie between ``pos`` and the text start or a sentence/line end."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\r":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _word_facts(raw: str) -> tuple[tuple, bool, bool]:
    """(token fields after start/end as if lowercase, upper first letter, worth a look) of a word as
    written; "worth a look": listed, unknown, a rare dictionary word ("kura"), "born" (a biography cue),
    a title after which any word is a surname ("mrs") or a function word that is also a given name
    ("my name is will")."""
    lex = lexicon()
    key, possessive = strip_possessive(fold(raw))
    # "Mỹ", "Cát", "lê", "tín": Vietnamese letters, or accents on an everyday English word that it never
    # carries (not "café", "résumé"): a Vietnamese name, not the English word its letters spell.
    marked = not raw.isascii() and key not in ACCENTED_ENGLISH and (_VIETNAMESE.search(raw) is not None or (
        _LATIN_MARKED.search(raw) is not None and (key in FUNCTION_WORDS or key in lex.common)
        and key not in lex.foreign))  # "está", "código": Spanish words keep their accents
    function = not marked and (key in FUNCTION_WORDS or is_contraction(key))
    spread = lex.spread.get(key, 0)
    unknown = lex.is_unknown(key) or (marked and not spread and len(key) >= 2)
    # A given name no list has, written as one word: "xiaoming", "jihoon", "abdhamid".
    compound = unknown and not function and lex.is_compound(key)
    if compound:
        spread, unknown = WELL_ATTESTED, False
    hot = not function and (spread > 0 or unknown)
    fields = (key, possessive, False, False,
              (compound or lex.is_name(key)) and not function,
              (compound or key in lex.first) and not function, key in lex.common and not marked,
              # A given name listed in many locales ("david", "john") is a name first, even though
              # WordNet lists it.
              not marked and lex.is_english(key) and (spread < WELL_ATTESTED or key in lex.common), function,
              spread,
              len(raw) == 1 and raw.isupper(), unknown, hot, cue_hits(raw),
              key in lex.syllables and not function)
    facts = (fields, raw[0].isupper() and key != "i", hot or key in _LOOK_AFTER or key in FUNCTION_WORD_NAMES
             or (not function and lex.is_rare_word(key)))
    if len(_WORDS) >= _MAX_CACHED_WORDS:
        _WORDS.clear()
    _WORDS[raw] = facts
    return facts


def tokenize(text: str) -> tuple[tuple[Token, ...], bool]:
    """Word tokens of ``text`` with their facts, and whether any could be (part of) a name.

    The last few texts' answers are kept (the steps of one turn ask for the same text).
    """
    found = _RECENT.get(text)
    if found is None:
        found = _tokenize(text)
        try:
            if len(_RECENT) >= _MAX_RECENT:
                del _RECENT[next(iter(_RECENT))]
        except (KeyError, RuntimeError, StopIteration):  # another thread evicted it first
            pass
        _RECENT[text] = found
    return found


def _tokenize(text: str) -> tuple[tuple[Token, ...], bool]:
    shouting = text.isupper()
    words = _WORDS
    new = tuple.__new__
    tokens: list[Token] = []
    append = tokens.append
    worth = False
    digits = _DIGIT.search(text) is not None
    for match in word_matches(text):
        start, end = match.span()
        if digits and ((start and text[start - 1].isdigit()) or text[end:end + 1].isdigit()):
            continue  # letters glued to digits are a code ("ls6 2ab", "4b"), never a name
        raw = match.group()
        fields, upper, look = words.get(raw) or _word_facts(raw)
        if upper and not shouting:
            append(new(Token, (start, end, fields[0], fields[1], True,
                               sentence_start(text, start)) + fields[4:]))
            worth = True
        else:
            append(new(Token, (start, end) + fields))
            worth = worth or look
    return tuple(tokens), worth


def _fields(raw: str) -> tuple:
    """The token fields (after start/end) of one word as written, from the per-word cache."""
    return (_WORDS.get(raw) or _word_facts(raw))[0]


def everyday_word(raw: str) -> bool:
    """Whether ``raw`` (one word as written) is a function word or a frequent English word no name list
    holds ("Okay", "Unlimited"; not "Rani" or "Nader": the dictionary lists them, but as proper nouns)."""
    fields = _fields(raw)
    return fields[8] or (fields[6] and not fields[4])  # function, or frequent and not a name


def dictionary_word(raw: str) -> bool:
    """Whether ``raw`` (one word as written) is an English dictionary word no name list holds ("locked")."""
    fields = _fields(raw)
    return fields[7] and not fields[4] and not fields[5]


def listed_name(raw: str) -> bool:
    """Whether ``raw`` (one word as written) is in a name list (and not a function word)."""
    return _fields(raw)[4]


_KEY = attrgetter("key")


_last_keys: tuple = ((), [])  # the last tuple of tokens asked for and its keys (one assignment: thread-safe)


def keys_of(tokens: list[Token]) -> list[str]:
    """The tokens' keys (read in C; kept for the last tuple of tokens, every rule of a turn asks: read only)."""
    global _last_keys
    last = _last_keys
    if last[0] is tokens:
        return last[1]
    keys = list(map(_KEY, tokens))
    if type(tokens) is tuple:  # (immutable: the same keys next time)
        _last_keys = (tokens, keys)
    return keys


def positions(keys: list[str], wanted: frozenset[str], first: int = 0, stop: int | None = None) -> list[int]:
    """Indices in ``range(first, stop)`` of the ``keys`` (the tokens' keys) in ``wanted``, found without a Python
    loop over every token (a rule that acts only at its key words: a long turn has few of them)."""
    if wanted.isdisjoint(keys):
        return []
    found = compress(range(len(keys)), map(wanted.__contains__, keys))
    return [k for k in found if first <= k and (stop is None or k < stop)]


def adjacent(text: str, left: Token, right: Token) -> bool:
    """Whether two tokens are next to each other in one name (a space, a hyphen, "D. Yefremova")."""
    gap = text[left.end:right.start]
    if left.initial:  # "D. Yefremova"
        gap = gap.replace(".", "", 1)
    elif gap in (" '", " ‘") and right.capitalized:  # a glottal stop typed as an apostrophe: "Latu 'Ofa"
        return True
    return len(gap) <= 2 and gap.strip(" -") == "" and "\n" not in gap


def patronymic_initial(text: str, tokens: list[Token], i: int) -> bool:
    """Token ``i`` is a bare letter (no "a" or "i") right before a long word no list holds: the initial of a father's
    name before a Mongolian given name ("b enkhjargal", "B. Batbayar")."""
    tok = tokens[i]
    if len(tok.key) != 1 or not tok.key.isalpha() or tok.function or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return nxt.unknown and len(nxt.key) >= 5 and text[tok.end:nxt.start] in (" ", ". ")


def cued_initials(text: str, tokens: list[Token], i: int) -> int:
    """How many initials (one or two single letters, "a" too) open the name a cue phrase puts at token ``i``, before a
    word of two letters or more ("it's printed c turner", "card says A Hlal", "a a ire"); 0 if none."""
    k = i
    while k + 1 < len(tokens) and k - i < 2 and len(tokens[k].key) == 1 and tokens[k].key.isalpha() \
            and text[tokens[k].end:tokens[k + 1].start] in (" ", ". ") and _initial_not_word(tokens, i, k):
        k += 1
    return k - i if k > i and len(tokens[k].key) >= 2 else 0


def _initial_not_word(tokens: list[Token], i: int, k: int) -> bool:
    """Token ``k`` is a letter, not the word "i" or "a" ("i mean", "a bit"); "A Hlal" and "a a ire" are initials."""
    key = tokens[k].key
    return key != "i" and (key != "a" or tokens[k].initial or k > i or len(tokens[k + 1].key) == 1)
