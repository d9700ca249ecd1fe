"""PERSON names in chat and lowercase ASR text without NER: cue phrases plus multi-locale name lists.

spaCy NER (trained on cased text) misses most names in lowercase speech-to-text turns and more
non-Western names than Anglo ones. This recognizer covers that gap. Casing never decides recall: a
name list hit counts the same in ``Priya`` and ``priya``; capitalization is only extra evidence.

Evidence, strongest first (scores express certainty; the pipeline's default threshold is 0.5):

* strong cue, any word that is not a function word: "my name is", "name's", "under the name",
  "speaking with", "mr / ms / dr" (0.85-0.9);
* greeting cue + a listed or unknown word: "hi this is maria from acme", "i'm priya" (0.55-0.85);
* action or vocative cue + a listed name: "call raju", "email john", "thanks priya" (0.6-0.8);
* two or more adjacent listed names: "nguyen van minh", "emma watson" (0.7-0.8);
* one listed name with weaker context: capitalized in otherwise lowercase text, possessive
  "priya's", after "with / from / to" (0.5-0.65); alone and not an English word (0.5).

Names that are also frequent English words ("will", "may", "mark", "grace") count only with a cue.
"""
from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers._name_lexicon import (FUNCTION_WORDS, WELL_ATTESTED, WORD_RE, fold,
                                      is_contraction, lexicon, strip_possessive)
from recognizers.base import TranscriptRecognizer, register
from recognizers.entities import PERSON, REASON_CUE_PHRASE, REASON_NAME_LIST

logger = logging.getLogger(__name__)


class _Token(NamedTuple):  # a NamedTuple: built ~50 times per turn, frozen dataclasses are slower
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


@dataclass(frozen=True, slots=True)
class _Candidate:
    first: int        # token index
    last: int         # token index, inclusive
    score: float
    reason: str


_SENTENCE_END = frozenset(".!?:;\n\"(-")


def _sentence_start(text: str, pos: int) -> bool:
    """True if only spaces lie between ``pos`` and the text start or a sentence/line end."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\r":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


@lru_cache(maxsize=65536)
def _key_facts(key: str) -> tuple[bool, bool, bool, bool, bool, int]:
    """(name, first, common, english, function, spread) of a folded word, cached across turns."""
    lex = lexicon()
    function = key in FUNCTION_WORDS or is_contraction(key)
    spread = lex.spread.get(key, 0)
    return (lex.is_name(key) and not function, key in lex.first and not function, key in lex.common,
            # A given name listed in many locales ("david", "john") is a name first, even though
            # WordNet lists it.
            lex.is_english(key) and (spread < WELL_ATTESTED or key in lex.common), function, spread)


def _cue(pattern: str) -> re.Pattern[str]:
    # Cues end right before the name, so the match end is the name's search start.
    return re.compile(r"(?<![\w'’])(?:" + pattern + r")(?:[.,:?]?)(?=\s)", re.IGNORECASE)


@register("person_names.v1")
class PersonNameRecognizer(TranscriptRecognizer):
    """PERSON from cue phrases and multi-locale name lists; no spaCy needed."""

    ENTITIES = (PERSON,)

    STRONG_CUES = _cue(
        r"my\s+(?:full\s+|first\s+|last\s+|given\s+|sur)?name\s+is|my\s+name['’]s|(?:the\s+)?name['’]s"
        r"|(?:first|last|full|given|sur)\s*name\s+is|under\s+(?:the\s+)?name(?:\s+of)?"
        r"|(?:you['’]re|you\s+are|i['’]m|i\s+am)\s+speaking\s+(?:to|with)|speaking\s+with"
        r"|(?:i\s+am|i['’]m)\s+called|(?:you\s+can\s+)?call(?:s|ed)?\s+me|account\s+holder\s+is"
        r"|(?:['’]s|my|your|his|her|their|the)\s+(?:maiden\s+|full\s+|last\s+|first\s+|given\s+"
        r"|middle\s+)?name(?:\s+is|\s+was)?|name(?=:)|named|called")
    TITLE_CUES = _cue(r"mr|mrs|ms|miss|mister|dr|doctor|prof|professor|madam|sir")
    GREETING_CUES = _cue(r"this\s+is|it['’]s|i['’]m|i\s+am|here\s+is|hi|hello|hey|dear|bye|goodbye"
                         r"|thanks|thank\s+you|thx|cheers|morning|afternoon|evening")
    ACTION_CUES = _cue(
        r"(?:call|text|e-?mail|message|ping|remind|tell|ask|invite|meet|send|sent|reply|write|forward"
        r"|talk|speak|chat)(?:s|ed|ing)?(?:\s+(?:an?\s+)?(?:e-?mail|message|text|note|reminder|invite)s?)?"
        r"(?:\s+(?:to|with|from|for))?"
        r"|(?:meeting|appointment|lunch|dinner|date|conversation|call)s?\s+(?:with|from|for)"
        r"|(?:birthday|wife|husband|son|daughter|mother|father)\s+of")
    RELATION_CUES = _cue(
        r"my\s+(?:friend|brother|sister|wife|husband|son|daughter|mom|mum|dad|boss|colleague|coworker"
        r"|co-worker|manager|partner|uncle|aunt|cousin|neighbou?r|grandson|granddaughter|nephew|niece)")
    PREPOSITION_CUES = _cue(r"with|from|to|for|and|by|about|of|under")
    # After a greeting cue a dictionary word is a name only if the agent-intro frame follows.
    INTRO_FOLLOWERS = frozenset("from here calling speaking with at of on".split())
    # Joiners inside multi-word names ("de la cruz", "bin laden", "van der berg").
    PARTICLES = frozenset("de da di del della der den van von la le bin ibn al el abu ben dos das "
                          "du st mc mac".split())
    MAX_NAME_TOKENS = 4

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if PERSON not in entities or not text:
            return []
        return [self.result(text_start, text_end, PERSON, score, reason)
                for text_start, text_end, score, reason in self.find_spans(text)]

    def find_spans(self, text: str) -> list[tuple[int, int, float, str]]:
        """``(start, end, score, reason)`` of every name found in ``text``."""
        tokens = self._tokens(text)
        if not tokens:
            return []
        candidates = self._cue_candidates(text, tokens) + self._list_candidates(text, tokens)
        spans = self._merge(tokens, candidates)
        logger.debug("person_names: %d tokens, %d spans", len(tokens), len(spans))
        return spans

    # -- tokens -------------------------------------------------------------------------------
    @staticmethod
    def _tokens(text: str) -> list[_Token]:
        shouting = text.isupper()
        tokens = []
        for match in WORD_RE.finditer(text):
            raw = match.group()
            key, possessive = strip_possessive(fold(raw))
            tokens.append(_Token(match.start(), match.end(), key, possessive,
                                 raw[0].isupper() and not shouting and key != "i",
                                 _sentence_start(text, match.start()), *_key_facts(key),
                                 len(raw) == 1 and raw.isupper()))
        return tokens

    @staticmethod
    def _adjacent(text: str, left: _Token, right: _Token) -> bool:
        gap = text[left.end:right.start]
        if left.initial:  # "D. Yefremova"
            gap = gap.replace(".", "", 1)
        return len(gap) <= 2 and gap.strip(" -") == "" and "\n" not in gap

    @staticmethod
    def _token_at(starts: list[int], offset: int) -> int | None:
        i = bisect.bisect_left(starts, offset)
        return i if i < len(starts) else None

    # -- cue phrases ------------------------------------------------------------------------------
    def _cue_candidates(self, text: str, tokens: list[_Token]) -> list[_Candidate]:
        lex = lexicon()
        out: list[_Candidate] = []
        starts = [t.start for t in tokens]
        for pattern, kind in ((self.STRONG_CUES, "strong"), (self.TITLE_CUES, "title"),
                              (self.GREETING_CUES, "greeting"),
                              (self.ACTION_CUES, "action"), (self.RELATION_CUES, "relation"),
                              (self.PREPOSITION_CUES, "prep")):
            for match in pattern.finditer(text):
                i = self._token_at(starts, match.end())
                if i is None or text[match.end():tokens[i].start].strip():
                    continue
                tok = tokens[i]
                score = self._cue_score(kind, tok, tokens[i + 1] if i + 1 < len(tokens) else None,
                                        lex.is_unknown(tok.key))
                if score:
                    # The title is redacted with the name: it tells the gender, and labels include it.
                    first = i - 1 if kind == "title" and i > 0 else i
                    out.append(_Candidate(first, self._extend(text, tokens, i), score,
                                          REASON_CUE_PHRASE))
        return out

    def _cue_score(self, kind: str, tok: _Token, nxt: _Token | None, unknown: bool) -> float:
        if tok.function or len(tok.key) < 2:
            return 0.0
        listed = tok.name and not tok.common
        if kind == "title":
            return 0.85 if listed or unknown or tok.capitalized or tok.name else 0.0
        if kind == "strong":
            if listed or unknown or tok.capitalized:
                return 0.9
            return 0.85 if tok.name else 0.0
        if kind == "greeting":
            intro = nxt is None or nxt.key in self.INTRO_FOLLOWERS
            if listed or (tok.name and tok.capitalized):
                return 0.85 if intro else 0.75
            if unknown:
                return 0.7 if intro else 0.55
            return 0.75 if tok.name and intro else 0.0
        if kind == "action":
            if listed:
                return 0.8
            # "call mark": an ambiguous word only if it is a given name in several locales.
            if unknown or (tok.first and tok.spread >= 2):
                return 0.6
            return 0.0
        if kind == "relation":  # "my friend rohit", but not "my mom said"
            return 0.75 if listed or unknown else 0.0
        # Prepositions are weak: only a listed name or a capitalized unknown word.
        if listed and not tok.english:
            return 0.65
        if tok.capitalized and (listed or unknown):
            return 0.55
        return 0.0

    def _extend(self, text: str, tokens: list[_Token], i: int) -> int:
        """Last token of the name starting at ``i``: following listed names, unknown words, particles."""
        lex = lexicon()
        last = i
        while last + 1 < len(tokens) and last - i + 1 < self.MAX_NAME_TOKENS:
            prev, nxt = tokens[last], tokens[last + 1]
            after = tokens[last + 2] if last + 2 < len(tokens) else None
            if prev.possessive or not self._adjacent(text, prev, nxt) or nxt.function:
                break
            joiner = nxt.key in self.PARTICLES or nxt.initial
            if joiner and after is not None and (after.name or after.capitalized) \
                    and self._adjacent(text, nxt, after):
                last += 1
                continue
            ok = (nxt.name and (not nxt.common or nxt.capitalized)) or lex.is_unknown(nxt.key) \
                or (prev.first and nxt.name and (after is None or after.function)) \
                or (prev.first and prev.capitalized and nxt.capitalized and not nxt.common) \
                or (last == i and self._well_known_first(prev) and not nxt.common
                    and len(nxt.key) >= 3)
            if not ok:
                break
            last += 1
        return last

    # -- name lists without a cue -----------------------------------------------------------------
    def _list_candidates(self, text: str, tokens: list[_Token]) -> list[_Candidate]:
        lex = lexicon()
        out: list[_Candidate] = []
        # ASR-style text: no capital at the start and few capitalized words.
        lowercase_text = not tokens[0].capitalized and \
            sum(t.capitalized for t in tokens) * 5 < len(tokens)
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            unknown = lex.is_unknown(tok.key)
            acronym = len(tok.key) <= 3 and text[tok.start:tok.end].isupper()
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            # An unlisted given name ("haruto") right before a listed surname ("sato").
            before_surname = nxt is not None and nxt.name and not nxt.english \
                and self._adjacent(text, tok, nxt)
            if tok.function or len(tok.key) < 2 or acronym \
                    or not (tok.name or (unknown and (tok.capitalized or before_surname))):
                i += 1
                continue
            last = self._extend(text, tokens, i)
            run = [t for t in tokens[i:last + 1] if not t.initial and t.key not in self.PARTICLES]
            score = self._run_score(run) if len(run) >= 2 else 0.0
            if score:
                out.append(_Candidate(i, last, score, REASON_NAME_LIST))
            else:
                score = self._single_score(text, tok, lowercase_text, unknown)
                if score:
                    out.append(_Candidate(i, i, score, REASON_NAME_LIST))
            i = last + 1 if score else i + 1
        return out

    @staticmethod
    def _well_known_first(tok: _Token) -> bool:
        # A given name listed in many locales: the word after it is likely its surname.
        return tok.first and tok.spread >= WELL_ATTESTED and not tok.common and not tok.possessive

    def _run_score(self, run: list[_Token]) -> float:
        """Adjacent names: a given name with another name, at least one not a plain English word."""
        names = [t for t in run if t.name]
        caps = all(t.capitalized for t in run)
        if names and any(t.first for t in names) and (
                any(not t.english for t in run) or sum(not t.common for t in names) >= 2):
            return 0.8 if caps else 0.7
        if len(run) == 2 and self._well_known_first(run[0]):
            return 0.6
        # "barack obama", "Krisztián Szöllösy": an unlisted word next to a listed surname.
        if any(t.name and not t.english for t in run) and (caps or all(
                t.name or lexicon().is_unknown(t.key) for t in run)):
            return 0.6
        return 0.0

    @staticmethod
    def _single_score(text: str, tok: _Token, lowercase_text: bool, unknown: bool) -> float:
        # A capitalized word opening a line and followed by ":" is a speaker label ("Ubul: ...").
        if tok.capitalized and (tok.name or unknown) and text[tok.end:tok.end + 1] == ":" \
                and tok.sentence_start:
            return 0.6
        if not tok.name:
            return 0.0
        if tok.common:
            # Ambiguous words ("mark", "grace"): only as a capitalized word inside lowercase text.
            return 0.5 if tok.capitalized and lowercase_text and not tok.sentence_start else 0.0
        if tok.capitalized:
            return 0.55 if tok.sentence_start else 0.65
        if tok.possessive:
            return 0.6
        # A bare lowercase listed word that is no English word; short ones must be widespread.
        if not tok.english and len(tok.key) >= 3 and (tok.spread >= 2 or len(tok.key) >= 5):
            return 0.5
        return 0.0

    # -- output -----------------------------------------------------------------------------------
    @staticmethod
    def _merge(tokens: list[_Token], candidates: list[_Candidate]) -> list[tuple[int, int, float, str]]:
        """Union overlapping candidates; the strongest decides score and reason."""
        merged: list[list] = []
        for cand in sorted(candidates, key=lambda c: (c.first, -c.last)):
            if merged and cand.first <= merged[-1][1]:
                top = merged[-1]
                top[1] = max(top[1], cand.last)
                if cand.score > top[2]:
                    top[2], top[3] = cand.score, cand.reason
            else:
                merged.append([cand.first, cand.last, cand.score, cand.reason])
        return [(tokens[a].start, tokens[b].end, round(s, 4), r) for a, b, s, r in merged]
