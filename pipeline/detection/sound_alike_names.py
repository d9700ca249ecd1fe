"""A name found in the conversation is found again where a speech engine wrote it as other words that sound like it,
right next to a name found: "cab a day [gebre kidan]" once "kebede" was found, "[chinzorig] bat buyer" once "batbayar"
was, "stephanie has sun" once "hassan" was, "rachel [maki] essay" once "makiese" was, "donna cart her" once "carter" was.

Sounding alike is the Metaphone key of the words' letters run together (jellyfish), equal to the key of a word of a
PERSON finding elsewhere in the conversation (or the letters a found spelling spells), or to that key without the H and
W sounds a speech engine drops. Only words touching a PERSON
finding are tried, so an everyday phrase elsewhere is left alone, and never a pronoun ("[john] my son" does not
become "mason"). The finding grows over the words; its recognizer and reason stay those of the finding.

Runs after name propagation and spelled mentions; never grows a finding into another finding.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence

import jellyfish

from pipeline.records import Finding
from recognizers.entities import PERSON
from recognizers.names.lexicon import FUNCTION_WORDS, fold, frequent_words
from recognizers.spoken.number_words import FILLERS
from recognizers.ascii_twin import ascii_fast

# A seed shorter than this ("li", "tay") has a key too short to tell a name from a phrase.
MIN_SEED_LETTERS = 5
MIN_KEY = 3
# Words tried on each side of a finding ("bat buyer", "cab a" of "cab a day").
MAX_WORDS = 2
# The words run together are about as long as the name they sound like.
MIN_LENGTH_RATIO = 0.75
MAX_LENGTH_RATIO = 1.5
# Short keys collide ("say tisa" and "stacey" are both STS): the letters must be alike by a second measure.
MIN_SPELLING_LIKENESS = 0.6
NYSIIS_PREFIX = 4
# Words that start a new phrase after a name or end one before it: never part of a misheard name.
PRONOUNS = frozenset("i me my mine you your he him his she her we us our they them their it its "
                     "this that these those who".split())
NOT_SYLLABLES = PRONOUNS | FILLERS  # "[xander carter] uh" is no "carter-uh"
_WINDOW = 48  # characters on each side of a finding that MAX_WORDS words beside it fit in, most of the time
_BLANKS = " \t\n"
_WORD = ascii_fast(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # "it's" is one word, and no syllable


def _sound_keys(seed: str) -> tuple[str, ...]:
    """A seed's Metaphone key, and its key without the H and W sounds a speech engine drops ("coo mallow" for
    "khumalo", "mangy" for "mwangi") when that one is still long enough to tell names apart. The words heard are
    looked up by their whole key."""
    key = jellyfish.metaphone(seed)
    bare = key.replace("H", "").replace("W", "")
    return (key, bare) if bare != key and len(bare) >= MIN_KEY else (key,)


def _keys(seeds: set[str]) -> dict[str, set[str]]:
    """Metaphone key (and key without H and W) -> the seeds with that key (long enough seeds and keys only)."""
    keys: dict[str, set[str]] = {}
    for seed in seeds:
        if len(seed) >= MIN_SEED_LETTERS and seed.isascii() and len((seed_keys := _sound_keys(seed))[0]) >= MIN_KEY:
            for key in seed_keys:
                keys.setdefault(key, set()).add(seed)
    return keys


def _sounds_like(letters: str, keys: dict[str, set[str]]) -> bool:
    """``letters`` sound like a seed they are not: the same Metaphone key, about the same length, and alike
    by spelling too (Jaro-Winkler) or by a second key (NYSIIS: "cabaday" ~ "kebede"; "say tisa" is no "stacey")."""
    seeds = keys.get(jellyfish.metaphone(letters), ())
    return any(letters != seed and MIN_LENGTH_RATIO <= len(letters) / len(seed) <= MAX_LENGTH_RATIO
               and (jellyfish.jaro_winkler_similarity(letters, seed) >= MIN_SPELLING_LIKENESS
                    or jellyfish.nysiis(letters)[:NYSIIS_PREFIX] == jellyfish.nysiis(seed)[:NYSIIS_PREFIX])
               for seed in seeds)


def _heard_as(added: list[str], edge: str, keys: dict[str, set[str]], outermost: str, before: bool = False) -> bool:
    """The words ``added`` beside a found word ``edge`` are a name heard as words: their letters sound like a seed
    (one everyday word alone is that word: "someone", not "simon"), or with ``edge``'s letters they sound like a seed
    ``edge`` alone does not. The word farthest from the name is no function word ("[mao ohno] on")."""
    if outermost in FUNCTION_WORDS or not all(map(str.isalpha, added)):
        return False
    letters = "".join(added)
    if (len(added) > 1 or letters not in frequent_words()) and _sounds_like(letters, keys):
        return True
    joined = letters + edge if before else edge + letters
    return len(edge) > 1 and jellyfish.metaphone(edge) not in keys and _sounds_like(joined, keys)


def _spells_seed(added: list[tuple[str, int, int]], keys: dict[str, set[str]]) -> bool:
    """The words ``added`` with "er" after them spell or sound like a seed ("cart" + "er": "carter", "pot" + "er")."""
    letters = "".join(w[0] for w in added) + "er"
    return letters.isalpha() and (letters in keys.get(jellyfish.metaphone(letters), ()) or _sounds_like(letters, keys))


def _blank(text: str, start: int, end: int) -> bool:
    return 0 < end - start and text[start:end].isspace() and "\n" not in text[start:end]


def _grown(text: str, words: list, keys: dict, edge: int, step: int, taken: Callable[[int], bool]) -> int:
    """Index of the farthest word from word ``edge`` (a finding's last, ``step`` 1, or first, ``step`` -1) that the
    misheard name runs to, or ``edge``."""
    best = edge
    for n in range(1, MAX_WORDS + 1):
        k = edge + n * step
        left, right = (k - 1, k) if step > 0 else (k, k + 1)  # the word pair the blank between must join
        if not 0 <= k < len(words) or not _blank(text, words[left][2], words[right][1]) or taken(k):
            break
        if words[k][0] in NOT_SYLLABLES:
            if step > 0 and words[k][0] == "her" and k - 1 > edge and _spells_seed(words[edge + 1:k], keys):
                best = k  # "donna [cart her]" once "carter" was found: the "-er" heard as "her"
            break
        added = [w[0] for w in (words[edge + 1:k + 1] if step > 0 else words[k:edge])]
        if _heard_as(added, words[edge][0], keys, outermost=words[k][0], before=step < 0):
            best = k
    return best


def _words_near(text: str, f: Finding) -> tuple[list[tuple[str, int, int]], int, int] | None:
    """The words (folded, start, end) a growth of ``f`` can reach -- its own and ``MAX_WORDS`` on each side -- and the
    indices of its first and last word among them (None: no whole word inside ``f``). Reads ``_WINDOW`` characters on
    each side, widened to the blanks around them (no word is cut); the whole turn when a side holds fewer than
    ``MAX_WORDS`` words there and the turn goes on (a long blank gap)."""
    lo, hi = max(0, f.start - _WINDOW), min(len(text), f.end + _WINDOW)
    if lo:
        lo = max(text.rfind(c, 0, lo) for c in _BLANKS) + 1
    if hi < len(text):
        hi = min((i for i in (text.find(c, hi) for c in _BLANKS) if i >= 0), default=len(text))
    matches = list(_WORD.finditer(text, lo, hi))
    inside = [i for i, m in enumerate(matches) if f.start <= m.start() and m.end() <= f.end]
    if not inside:
        return None
    if (lo and inside[0] < MAX_WORDS) or (hi < len(text) and len(matches) - 1 - inside[-1] < MAX_WORDS):
        matches = list(_WORD.finditer(text))
        inside = [i for i, m in enumerate(matches) if f.start <= m.start() and m.end() <= f.end]
    first = max(0, inside[0] - MAX_WORDS)
    words = [(fold(m.group()), m.start(), m.end()) for m in matches[first:inside[-1] + MAX_WORDS + 1]]
    return words, inside[0] - first, inside[-1] - first


def _grow_turn(text: str, turn: list[Finding], keys: dict[str, set[str]]) -> list[Finding]:
    out: list[Finding] = []
    grown: list[tuple[int, int]] = []  # word stretches findings grew over
    for f in turn:
        near = _words_near(text, f) if f.entity_type == PERSON else None
        if near is None:
            out.append(f)
            continue
        words, edge_first, edge_last = near

        def taken(k: int, words: list = words) -> bool:  # another finding, or a stretch one grew over, holds word k
            _, s, e = words[k]
            return any(g.start < e and s < g.end for g in turn) or any(gs < e and s < ge for gs, ge in grown)

        first = _grown(text, words, keys, edge_first, -1, taken)
        last = _grown(text, words, keys, edge_last, 1, taken)
        if (first, last) == (edge_first, edge_last):
            out.append(f)
            continue
        grown.append((words[first][1], words[last][2]))
        out.append(replace(f, start=min(f.start, words[first][1]), end=max(f.end, words[last][2])))
    return out


def find_sound_alike_mentions(texts: Sequence[str], findings: Sequence[Sequence[Finding]],
                              seeds: set[str]) -> list[list[Finding]]:
    """Findings per turn, PERSON findings grown over the words beside them that sound like one of ``seeds``
    (the letters of names found in the conversation)."""
    keys = _keys(seeds)
    if not keys:
        return [list(turn) for turn in findings]
    return [_grow_turn(text, list(turn), keys) if any(f.entity_type == PERSON for f in turn) else list(turn)
            for text, turn in zip(texts, findings)]
