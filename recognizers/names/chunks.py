"""Names spelled in irregular chunks: "s h AR o n h am i l t o n", "GA r e t h k ni ght", "emm a andr ews".

Speech recognition splits a spelled name into single letters mixed with two- to four-letter pieces and
stray capitals. After the agent asked for a name, a run of such short pieces is the name when enough of
it is single letters, or when its letters, joined, split into one to three listed names
("emmaandrews" = "emma" + "andrews"). ``chunked_name_spans(text)`` yields those runs, whole.
"""
from __future__ import annotations

from functools import lru_cache

from recognizers.names.lexicon import FUNCTION_WORDS, lexicon
from recognizers.spoken.number_words import NUMBER_WORDS
from recognizers.start_set import compile_fast
from recognizers.turn_words import letter_chains

# A piece of a chunked spelling: letters only, at most this long.
MAX_PIECE = 4
# Share of single letters that makes a run of pieces a spelling.
MIN_SINGLE_SHARE = 0.4
MIN_SINGLES = 2
MAX_NAME_PARTS = 3
MIN_PART = 3

_TOKEN = compile_fast(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_GAP = compile_fast(r"[\s,.\-']{1,3}")
_AFTER = compile_fast(r"[\s,.\-]{1,3}(\w+)")
_WORD_LETTERS = frozenset("ai")
_VERBS_AFTER_I = frozenset("""think believe guess reckon suppose am was have had said mean don dont didn can
    could will would need want just remember forget forgot spoke talked called""".split())


@lru_cache(maxsize=1024)
def chunked_name_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every run of short letter pieces in ``text`` that spells a name (cached)."""
    spans = []
    lex = lexicon()
    for run in _runs(text):
        # "its Pe t er", "last time is i n c": lower-case words opening the run are not pieces (at
        # the end they may be: "luc y grah am").
        while len(run) > 1 and _is_word(text[run[0][0]:run[0][1]], lex):
            run = run[1:]
        if len(run) > 1 and text[run[-1][0]:run[-1][1]] in ("i", "I") and _clause_follows(text, run[-1][1]):
            run = run[:-1]  # "a guy called dev i think": the pronoun opens a clause
        if len(run) < 2 or _next_is_number(text, run[-1][1]):
            continue
        pieces = [text[s:e].lower() for s, e in run]
        singles = sum(len(p) == 1 for p in pieces)
        joined = "".join(pieces)
        # "a" and "i" are words as well as letters: a run whose only single letters they are is a
        # sentence ("it was a lady i think"), not a spelling.
        spelled = singles >= MIN_SINGLES and singles >= MIN_SINGLE_SHARE * len(pieces) \
            and any(len(p) == 1 and p not in _WORD_LETTERS for p in pieces)
        # Joined pieces that are all words by themselves ("Amy no", "yes this is") are a sentence.
        fragment = any(len(p) == 1 or not (lex.is_english(p) or lex.is_name(p)) for p in pieces) or (
            len(pieces) >= 4 and not any(p in FUNCTION_WORDS for p in pieces))  # "sha ron ham il ton"
        if spelled or (fragment and _splits_into_names(joined, MAX_NAME_PARTS)):
            spans.append((run[0][0], run[-1][1]))
    return tuple(spans)


def _is_word(piece: str, lex) -> bool:
    """A function word ("is", "to") or an English word of three letters or more not written in capitals
    ("time", "Sure"); short pieces like "Co", "Pe" open spellings ("Co l i n")."""
    low = piece.lower()
    return len(piece) >= 2 and (low in FUNCTION_WORDS or (len(low) >= 3 and not piece.isupper()
                                                          and lex.is_english(low)))


def _clause_follows(text: str, end: int) -> bool:
    """True when a verb that follows the pronoun "i" comes next ("... i think", "... i believe")."""
    m = _AFTER.match(text, end)
    return bool(m and m.group(1).lower() in _VERBS_AFTER_I)


def _next_is_number(text: str, end: int) -> bool:
    """True when a digit or number word follows ``end``: the letters belong to a code ("iban g b six")."""
    m = _AFTER.match(text, end)
    return bool(m and (m.group(1)[0].isdigit() or m.group(1).lower() in NUMBER_WORDS))


def _runs(text: str) -> list[list[tuple[int, int]]]:
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for m in letter_chains(text) if text.isascii() else _TOKEN.finditer(text):  # (read by spelled_name too)
        word = m.group()
        short = len(word) <= MAX_PIECE and word.isalpha() and word.lower() not in NUMBER_WORDS
        if short and current and _GAP.fullmatch(text, current[-1][1], m.start()):
            current.append(m.span())
            continue
        if len(current) >= 2:
            runs.append(current)
        current = [m.span()] if short else []
    if len(current) >= 2:
        runs.append(current)
    return runs


def _splits_into_names(letters: str, parts_left: int) -> bool:
    """True when ``letters`` is one to ``parts_left`` listed names joined ("emmaandrews")."""
    lex = lexicon()
    for end in range(len(letters), MIN_PART - 1, -1):
        head = letters[:end]
        if not lex.is_name(head):
            continue
        if end == len(letters) or (parts_left > 1 and _splits_into_names(letters[end:], parts_left - 1)):
            return True
    return False
