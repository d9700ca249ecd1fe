"""Names bracketed by words said only around a person, so any word between may be the name, an everyday one too:
"can you book gunner carter in for next week", "is that Star I'm speaking with?", "what's the best number to reach
wstin on", "give our best to chase", "for dusty lynch that's my grandad", "bye for now hunter", "move X to another
instructor", "i've got X down for", "go with X instead", "put X on the team sheet", "we've had X as instructor", "the
guest pass is for X". Up to three words; the first must be a word that may open a name (a given name, a word given
name, a surname, a word no list holds or a rare dictionary word) or the last a surname ("book caravan yildiz in", a
given name misheard), the others any word but a function word. A frame said of things too takes only a run ending in a
surname; a frame said only around a person takes one everyday word too ("pass our best on to rain")."""
from __future__ import annotations

from recognizers.names import tokens as _name_tokens
from recognizers.names.cue_phrases import CUE_NOUNS
from recognizers.names.person_words import RELATIVES
from recognizers.names.lexicon import lexicon
from recognizers.names.name_words import Candidate
from recognizers.names.reasons import REASON_CUE_PHRASE
from recognizers.names.tokens import Token, positions
from recognizers.names.vocatives import TERMS_OF_ADDRESS

SCORE = 0.65
_MAX_WORDS = 3
END = "<end>"  # the turn's or the sentence's end after the name
# What a frame's slot takes (a frame's third element; NAME when it has none): see the module's docstring.
NAME, SURNAME_LAST, ANY_WORD = "name", "surname_last", "any_word"
# (words before the name, words after it): END alone closes on the sentence's end; a set of keys is one word of choice.
_BOOK_AFTER = frozenset("for with on at to today tomorrow next please".split())
_REACH_AFTER = frozenset({END} | set("directly today tomorrow please later now during after before between at if when".split()))
_FROM = frozenset((END, "from", "for"))
_OTHER = frozenset("another a the other different next".split())  # "move X to another class", not "move X to 3pm"
_YOU = frozenset(("you're", "youre", "you"))
_THEN = frozenset((END, "so", "and"))
_OWNED = frozenset("the a my our your his her their".split())
_SAY = frozenset(("say", "put"))
_WHEN = frozenset((END, "last", "yesterday", "today", "this", "on"))  # "... came for X last week", not "for a walk"
_CARE_AFTER = frozenset((END, "every", "full", "during", "while", "when", "at", "most", "so"))  # "put X on the list", not "put X on hold"
_FRAMES = (
    (("book",), ("in", _BOOK_AFTER | {END})),               # "book gunner carter in for next week"
    (("is", "that"), ("i'm", "speaking")), (("is", "that"), ("i'm", "talking")), (("is", "this"), ("i'm", "speaking")),
    (("is", "that"), ("am", "i", "speaking")), (("is", "this"), ("am", "i", "speaking")),
    (("reach",), ("on", _REACH_AFTER)),                      # "what's the best number to reach wstin on (directly)"
    (("best", "to"), (_FROM,), ANY_WORD), (("love", "to"), (_FROM,)), (("regards", "to"), (_FROM,)),  # "give our best to chase"
    (("hi", "to"), (_FROM,)), (("hello", "to"), (_FROM,)),  # "say hello to manon from us"
    (("bye", "for", "now"), (END,)),                         # "bye for now hunter"
    (("move",), ("to", _OTHER)),                             # "i can move gwen to another instructor"
    (("got",), ("down", _BOOK_AFTER | {"as"})),              # "i've got ffion down for the tuesday class"
    (("go", "with"), ("instead",)),                          # "can she go with anwen instead"
    (("put",), ("on", _OWNED)), (("put",), ("down", _BOOK_AFTER)),  # "can you put gwion on the team sheet"
    (("had",), ("as",)),                                     # "we've had gwion as instructor for a year"
    (("is", "for"), (END,), SURNAME_LAST),                   # "the guest pass is for heater boyle", not "... for next week"
    (("is", "for"), ("and", _YOU), ANY_WORD),                # "so the paperwork is for X and you're the contact"
    (("best", "on", "to"), (END,), ANY_WORD),                # "pass our best on to X"
    (("mobile", "for"), ("in",)), (("number", "for"), ("in",)),  # "is there a mobile for X in case we need him"
    (("adore",), (_THEN,)),                                  # "the kids adore X so it's a shame"
    (("ask",), ("about",)), (("ask", "for"), ("again",)),    # "i'll ask X about the hours", "ask for X again"
    (("note",), ("as",)),                                    # "i'll note X as the contact on site"
    (("speak", "soon"), (END,)),                             # "speak soon X"
    (("send",), ("back",)),                                  # "i'll send X back at no charge"
    (("as",), ("would", _SAY), ANY_WORD),                    # "a shepherds pie as tiger would say"
    (("drive", "safely"), (END,), ANY_WORD),                 # "drive safely aytan"
    (("tell",), ("we", "said"), ANY_WORD),                   # "tell juniper we said hello"
    (("came", "for"), (_WHEN,)),                             # "the summons came for X last week"
    (("is", "that"), ("on", "the", "line"), ANY_WORD),       # "is that X on the line?"
    (("looks", "after"), (_CARE_AFTER,)), (("look", "after"), (_CARE_AFTER,)),  # "she looks after X every day"
    (("looking", "after"), (_CARE_AFTER,)),
)
# What people are called in a frame said around a person that is no name ("give our best to the team", "... to mate").
_NOT_ANY_WORD = TERMS_OF_ADDRESS | frozenset("mate mates guys folks family lads girls everybody everyone all team staff "
                                             "them him her home now then there out too people".split())
_RELATION_CLAUSE = frozenset(("that", "who", "he", "she"))   # "X that's my grandad", "X who's my carer"
_OWNERS = frozenset(("my", "our"))
_KIN = CUE_NOUNS | RELATIVES | frozenset("grandad granddad grandpa grandma granny nanna nana".split())
_BY_FIRST_WORD = {word: tuple((*f, NAME)[:3] for f in _FRAMES if f[0][0] == word) for word in {f[0][0] for f in _FRAMES}}
_FIRST_WORDS = frozenset(_BY_FIRST_WORD) | _RELATION_CLAUSE


def bracket_frames(text: str, tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """The name in each frame above, and a name before "that's / who's / she's my <relation>"."""
    out = []
    for k in positions(keys, _FIRST_WORDS):
        for before, after, takes in _BY_FIRST_WORD.get(keys[k], ()):
            n = len(before)
            if tuple(keys[k:k + n]) == before and k + n < len(tokens) \
                    and all(_joined(text, tokens, j, j + 1) for j in range(k, k + n)):
                out += _slot(text, tokens, keys, k + n, after, takes)
        tok = tokens[k]
        if tok.key in _RELATION_CLAUSE and tok.possessive and k + 2 < len(tokens) and keys[k + 1] in _OWNERS \
                and keys[k + 2] in _KIN and not tokens[k + 2].possessive:
            out += _run_before(text, tokens, k)
    return out


def _slot(text: str, tokens: list[Token], keys: list[str], first: int, after: tuple, takes: str = NAME) -> list[Candidate]:
    """The shortest run from ``first`` that the words ``after`` close and the slot ``takes``."""
    if first >= len(tokens) or not _inner(tokens[first]):
        return []
    for last in range(first, min(first + _MAX_WORDS, len(tokens))):
        if last > first and not (_inner(tokens[last]) and _name_tokens.adjacent(text, tokens[last - 1], tokens[last])):
            return []
        if (takes == SURNAME_LAST and not _surname(tokens[last])) or not _closes(text, tokens, keys, last, after):
            continue
        if takes == ANY_WORD and last == first and tokens[first].key not in _NOT_ANY_WORD:
            return [Candidate(first, last, SCORE, REASON_CUE_PHRASE)]  # "pass our best on to rain"
        # the first word opens a name, or (a misheard given name: "caravan yildiz") the last is a surname
        if _opens_name(tokens[first]) or last > first and _surname(tokens[last]):
            return [Candidate(first, last, SCORE, REASON_CUE_PHRASE)]
    return []


def _closes(text: str, tokens: list[Token], keys: list[str], last: int, after: tuple) -> bool:
    """The words ``after`` follow token ``last`` (END: the end of the turn or a punctuation mark)."""
    at = last
    for want in after:
        nxt = at + 1
        ended = nxt >= len(tokens) or not _joined(text, tokens, at, nxt)
        if want == END or (isinstance(want, frozenset) and END in want and ended):
            return ended
        if ended or not (keys[nxt] == want if isinstance(want, str) else keys[nxt] in want):
            return False
        at = nxt
    return True


def _run_before(text: str, tokens: list[Token], k: int) -> list[Candidate]:
    """Up to three words right before token ``k`` ("that's"), after the turn's start or a word that is no name."""
    first = k
    while first > 0 and k - first < _MAX_WORDS and _inner(tokens[first - 1]) \
            and _name_tokens.adjacent(text, tokens[first - 1], tokens[first]):
        first -= 1
    while first < k and not _opens_name(tokens[first]):
        first += 1
    if first == k or (first > 0 and tokens[first - 1].key in ("the", "a", "an", "this", "that", "my", "your")):
        return []
    return [Candidate(first, k - 1, SCORE, REASON_CUE_PHRASE)]


def _joined(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Only blanks between tokens ``i`` and ``j`` (no punctuation: the same clause)."""
    return not text[tokens[i].end:tokens[j].start].strip()


def _opens_name(tok: Token) -> bool:
    return _inner(tok) and (tok.first or tok.name or tok.unknown or tok.key in lexicon().word_given
                            or lexicon().is_rare_word(tok.key))


def _surname(tok: Token) -> bool:
    """A listed name no everyday word is, or a word no list holds."""
    return tok.unknown or (tok.name and not tok.common)


_REFLEXIVES = frozenset("myself yourself himself herself itself ourselves yourselves themselves".split())


def _inner(tok: Token) -> bool:
    return not tok.function and not tok.possessive and len(tok.key) >= 2 and tok.key.isalpha() \
        and tok.key not in _REFLEXIVES  # "look after yourself rewi": the name is a closing's vocative
