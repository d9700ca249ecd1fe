"""The edges of a name: words that end names, and romanized East Asian syllables that continue one even where
English reads them as everyday or function words ("khairul soon", "htwe aung win", "Ko Him", "Fung So Fan"), and the
initials that open one ("Y. B. Venkat", "m. p. kalyan").

Plain predicates over ``recognizers.names.tokens`` tokens, used by ``name_completion``; they log nothing.
"""
from __future__ import annotations

from recognizers.names.lexicon import TITLES, lexicon
from recognizers.names.name_words import INTERJECTIONS, INTRO_FOLLOWERS
from recognizers.names.tokens import Token, adjacent

# Capitalized words that end a name rather than continue it: organisations, places, streets, days, occasions
# ("add kemi birthday"), "lets" ("right tamika lets go").
NOT_NAME_WORDS = frozenset("""inc corp corporation ltd llc plc co company group bank insurance university
    college school hospital street st road rd avenue ave lane ln drive dr boulevard blvd court ct place way
    square park city county state river lake mount north south east west monday tuesday wednesday thursday
    friday saturday sunday january february march april june july august september october november
    december team support department office lets birthday birthdays bday anniversary""".split()) - {"dr"}
# A speaker's pause inside a name ("shohei uh oyama", "under he um [hong] i think").
SPOKEN_PAUSES = frozenset("um uh er erm".split())


def ends_names(tok: Token) -> bool:
    """A word that is never part of a name: a place/organisation/day word, a title, a single letter."""
    return tok.key in NOT_NAME_WORDS or tok.key in TITLES or tok.key in INTERJECTIONS or len(tok.key) < 2


# Words that may follow a name's last word ("it's hazel white again", "hazel white returning your call").
AFTER_LAST = INTRO_FOLLOWERS | INTERJECTIONS | {"again", "returning", "bye", "yesterday", "today", "earlier",
                                                 "tonight"}  # "kwek guan hock eh hello", "eartha fisher yesterday"


# Romanized given-name syllables that English writes as function words ("Ko Him", "Ho Him Ee", "Hyeon U Joo").
FUNCTION_SYLLABLES = frozenset("him an in do ha so u on be my nah".split())  # "nah": "Na"
# Burmese given-name elements that are frequent English words: names only among syllables ("htwe aung win").
FREQUENT_ELEMENTS = frozenset("win tin saw thin than ko nu san".split())
# Particles that make the word before them a verb ("hang on"): no name edge; determiners a noun ("the tin").
PARTICLES_AFTER = frozenset("on up out off in over down back about".split())
DETERMINERS = frozenset("the a an this that my your his her our their some any no".split())
SUBJECT_PRONOUNS = frozenset("i we you they he she it".split())  # a verb follows them: "i saw", "we win"


def syllable(tok: Token) -> bool:
    """A romanized given-name syllable or a Burmese element, not a function word or a possessive."""
    return (tok.syllable or tok.key in FREQUENT_ELEMENTS) and not tok.function and not tok.possessive


def syllable_edge(text: str, tokens: list[Token], k: int, outward: int, cased: bool) -> bool:
    """``tokens[k]``, next to a name whose edge word is a romanized syllable, a word no list holds or a
    listed name, is a romanized syllable (even an everyday word: "hang", "soon", "win") with nothing but
    another syllable, a function word or the turn's end beyond it (``outward``: +1 after, -1 before);
    capitalized in cased text, never after a possessive ("Meza's song")."""
    tok, inner = tokens[k], tokens[k - outward]
    if not syllable(tok) or ends_names(tok) or (outward > 0 and inner.possessive) \
            or (cased and not tok.capitalized) or not (
            syllable(inner) or inner.unknown or (inner.name and not inner.common)):
        return False
    beyond = k + outward
    if not 0 <= beyond < len(tokens):
        return True
    far = tokens[beyond]
    pair = (tok, far) if outward > 0 else (far, tok)
    if not adjacent(text, *pair) or syllable(far):
        return True
    if outward < 0:  # "put tin luong down", not "the tin" or "i saw john"
        return far.key not in DETERMINERS and (far.key not in SUBJECT_PRONOUNS or far.possessive)  # "it's de shinn"
    return far.key not in PARTICLES_AFTER and (far.key in AFTER_LAST or far.function)


def east_asian_word(tok: Token) -> bool:
    """A romanized syllable or a name a Chinese, Japanese, Korean or Vietnamese list holds."""
    return syllable(tok) or tok.key in lexicon().east_asian


def east_asian_key(key: str) -> bool:
    """``east_asian_word`` for a folded word with no token: a listed syllable or East Asian name."""
    return key in lexicon().syllables or key in lexicon().east_asian


def function_syllable(text: str, tokens: list[Token], i: int) -> bool:
    """In cased text, a capitalized syllable English writes as a function word, after an East Asian name word and
    before punctuation, the end or another one ("Ko Him!", "Fung So Fan"; not "Li On Monday", "Ming Do you")."""
    tok, nxt = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else None
    return tok.key in FUNCTION_SYLLABLES and tok.capitalized and not tok.sentence_start \
        and east_asian_word(tokens[i - 1]) \
        and (nxt is None or not adjacent(text, tok, nxt) or (nxt.capitalized and east_asian_word(nxt)))


def dotted_initial(text: str, tok: Token) -> bool:
    """A lowercase letter and a period, in any text ("christian t. campbell": only sentences capitalized)."""
    return len(tok.key) == 1 and tok.key.isalpha() and text[tok.end:tok.end + 2] == ". " and not tok.possessive


# Letters a speech engine writes as the words they sound like ("pee k prakash", "k are deepak").
LETTER_WORDS = frozenset("bee see sea dee ee eff gee aitch jay kay el ell em en pee cue queue are arr ess tee vee "
                         "ex why zed zee".split())
# ... unless a verb: "i need to see k prakash"
_VERB_LETTERS = frozenset(("see", "are", "why"))
_BEFORE_VERBS = frozenset("to will can could would should must i we they you lets let's".split())


def spoken_initial(text: str, tokens: list[Token], i: int, cased: bool) -> bool:
    """Token ``i`` is an initial heard as a word, next to a bare letter of the same initials ("pee k prakash": "pee"
    before "k"; "k are deepak": "are" after "k"), in lowercase speech only."""
    key = tokens[i].key
    if cased or key not in LETTER_WORDS or (key in _VERB_LETTERS and i and tokens[i - 1].key in _BEFORE_VERBS):
        return False
    return any(0 <= j < len(tokens) and len(tokens[j].key) == 1 and tokens[j].key.isalpha() and not tokens[j].function
               and tokens[j].key not in ("a", "i") for j in (i - 1, i + 1))


def leading_initial(text: str, tokens: list[Token], i: int, cased: bool) -> bool:
    """Token ``i`` is an initial before a name: a capital letter, or a lower-case letter with its period or (in speech)
    bare, not "a" or "i", after another initial or no content word ("with m. p. kalyan"; not "plan b. smith")."""
    tok = tokens[i]
    if len(tok.key) != 1 or not tok.key.isalpha() or tok.possessive or (tok.start and text[tok.start - 1] not in " \t\n,(:"):
        return False  # ... a letter after "/" or "-" is part of a word ("c/o ...")
    if tok.initial:
        return True
    before = tokens[i - 1] if i else None
    return (dotted_initial(text, tok) or (not cased and not tok.function)) and (
        before is None or before.function or len(before.key) == 1 or not before.english
        or (not cased and before.key in LETTER_WORDS))  # "pee k prakash": another initial heard as a word
