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
    unknown: bool     # neither a listed name nor an English word


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


@lru_cache(maxsize=131072)
def _word_facts(raw: str) -> tuple:
    """(key, possessive, upper first letter, *_key_facts, initial, unknown) of a word as written."""
    key, possessive = strip_possessive(fold(raw))
    return (key, possessive, raw[0].isupper() and key != "i", *_key_facts(key),
            len(raw) == 1 and raw.isupper(), lexicon().is_unknown(key))


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
        r"|(?:account|reservation|booking|order|policy|appointment)s?\s+(?:is\s+|was\s+)?"
        r"(?:listed\s+|registered\s+|booked\s+)?under(?:\s+(?:the\s+)?name(?:\s+of)?)?"
        r"|(?:you['’]re|you\s+are|i['’]m|i\s+am)\s+speaking\s+(?:to|with)|speaking\s+with"
        r"|(?:i\s+am|i['’]m)\s+called|(?:you\s+can\s+)?call(?:s|ed)?\s+me|account\s+holder\s+is"
        r"|(?:['’]s|my|your|his|her|their|the)\s+(?:maiden\s+|full\s+|last\s+|first\s+|given\s+"
        r"|middle\s+)?name(?:\s+is|\s+was)?|name(?=:)|named|called")
    TITLE_CUES = _cue(r"mr|mrs|ms|miss|mister|dr|doctor|prof|professor|madam|sir")
    GREETING_CUES = _cue(r"this\s+is|it['’]s|i['’]m|i\s+am|here\s+is|hi|hello|hey|dear|bye|goodbye"
                         r"|thanks|thank\s+you|thx|cheers|morning|afternoon|evening")
    ACTION_CUES = _cue(
        r"(?:call|text|e-?mail|message|ping|remind|tell|ask|invite|meet|send|sent|reply|write|forward"
        r"|talk|speak|spoke|spoken|chat|visit|collect|congratulate|wish|pick\s+up|pick|drop\s+off)"
        r"(?:s|ed|ing)?(?:\s+(?:an?\s+)?(?:e-?mail|message|text|note|reminder|invite)s?)?"
        r"(?:\s+(?:to|with|from|for))?"
        r"|(?:meeting|appointment|lunch|dinner|date|conversation|call)s?\s+(?:with|from|for)"
        r"|(?:birthday|wife|husband|son|daughter|mother|father)\s+of")
    RELATION_CUES = _cue(
        r"my\s+(?:friend|brother|sister|wife|husband|son|daughter|mom|mum|dad|boss|colleague|coworker"
        r"|co-worker|manager|partner|uncle|aunt|cousin|neighbou?r|grandson|granddaughter|nephew|niece)")
    PREPOSITION_CUES = _cue(r"with|from|to|for|and|by|about|of|under")
    # Honorifics and roles before a name ("princess kate", "president kennedy", "lady gaga"). Less
    # certain than "mr/dr": "king" or "father" also precede ordinary words, so the name must be listed.
    HONORIFIC_CUES = _cue(
        r"prince|princess|president|senator|governor|congress(?:wo)?man|mayor|judge|king|queen|captain"
        r"|coach|officer|detective|sergeant|pastor|reverend|rev|rabbi|imam|sheikh|saint|lord|lady"
        r"|mahatma|swami|guru|sri|shri|uncle|aunt|auntie|grandma|grandpa|granny|nana")
    # A name right before "speaking" or "here" at the start of a turn: "yes li speaking".
    SELF_INTRO_AFTER = frozenset(("speaking", "here"))
    OPENERS = frozenset("yes yeah yep hi hello hey oh um uh ok okay so well morning afternoon evening"
                        .split())
    # After a possessive name ("finlee's bedtime"): words that belong to a person, not a business.
    PERSONAL_NOUNS = frozenset("""birthday bday anniversary wedding funeral graduation bedtime wife
        husband boyfriend girlfriend fiance fiancee son daughter kids children baby mom mum dad mother
        father brother sister parents grandma grandpa""".split())
    # ... and, for a listed given name, things a person has ("priya's phone number").
    OWNED_NOUNS = PERSONAL_NOUNS | frozenset("""phone number email address house place car office
        flight appointment school party friend friends family""".split())
    # Nouns that take a bare name before them even without an apostrophe in speech-to-text.
    OCCASION_NOUNS = frozenset("birthday bday anniversary wedding funeral graduation".split())
    # "did mark post anything": an auxiliary, an ambiguous given name, then a verb.
    QUESTION_AUX = frozenset(("did", "does"))
    # Words after an ambiguous name that make it a verb ("mark it", "bill them").
    OBJECT_WORDS = frozenset("it them me him her us this that these those the a an my your his our "
                             "their down up out off as".split())
    COORDINATORS = frozenset(("and", "or", "&"))
    # Frequent words right after a name that are also listed surnames ("call john back").
    AFTER_NAME_WORDS = frozenset("back soon said says good will well later tomorrow today tonight "
                                 "again too please then there".split())
    # "when was tom hanks born": a biographical question brackets a name.
    BIOGRAPHY_BEFORE = frozenset(("was", "is", "were"))
    BIOGRAPHY_AFTER = frozenset(("born", "married", "died"))
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
        candidates += self._coordinated(text, tokens, candidates)
        spans = self._merge(tokens, candidates)
        logger.debug("person_names: %d tokens, %d spans", len(tokens), len(spans))
        return spans

    # -- tokens -------------------------------------------------------------------------------
    @staticmethod
    def _tokens(text: str) -> list[_Token]:
        shouting = text.isupper()
        tokens = []
        for match in WORD_RE.finditer(text):
            start = match.start()
            key, possessive, upper, *facts = _word_facts(match.group())
            tokens.append(_Token(start, match.end(), key, possessive, upper and not shouting,
                                 _sentence_start(text, start), *facts))
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
                              (self.HONORIFIC_CUES, "honorific"), (self.GREETING_CUES, "greeting"),
                              (self.ACTION_CUES, "action"), (self.RELATION_CUES, "relation"),
                              (self.PREPOSITION_CUES, "prep")):
            for match in pattern.finditer(text):
                i = self._token_at(starts, match.end())
                if i is None or text[match.end():tokens[i].start].strip():
                    continue
                tok = tokens[i]
                introduced = kind in ("strong", "greeting", "title")
                last = self._extend(text, tokens, i, introduced)
                score = self._cue_score(kind, tok, tokens[i + 1] if i + 1 < len(tokens) else None,
                                        tok.unknown)
                if not score and kind == "greeting" and tok.name and last > i \
                        and tokens[last].key in lex.last:
                    score = 0.7  # "it's rim salmi the account holder": given name + surname
                if score:
                    # The title is redacted with the name: it tells the gender, and labels include it.
                    first = i - 1 if kind in ("title", "honorific") and i > 0 else i
                    out.append(_Candidate(first, last, score, REASON_CUE_PHRASE))
        out.extend(self._self_intro(tokens))
        out.extend(self._bracketed(tokens))
        return out

    def _bracketed(self, tokens: list[_Token]) -> list[_Candidate]:
        """ "what year was bill pullman born": up to three content words between "was" and "born"."""
        out = []
        for k, tok in enumerate(tokens):
            if tok.key not in self.BIOGRAPHY_AFTER:
                continue
            for i in range(k - 1, max(k - self.MAX_NAME_TOKENS, 0) - 1, -1):
                if tokens[i].key in self.BIOGRAPHY_BEFORE:
                    if i < k - 1:
                        out.append(_Candidate(i + 1, k - 1, 0.65, REASON_CUE_PHRASE))
                    break
                if tokens[i].function or len(tokens[i].key) < 2:
                    break
        return out

    def _self_intro(self, tokens: list[_Token]) -> list[_Candidate]:
        """ "yes li speaking", "Chun Nan Tsao here, I need...": a turn opening with a name."""
        lex = lexicon()
        i = 0
        while i < len(tokens) and tokens[i].key in self.OPENERS:
            i += 1
        for k in range(i + 1, min(i + self.MAX_NAME_TOKENS, len(tokens))):
            if tokens[k].key not in self.SELF_INTRO_AFTER:
                continue
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            run = tokens[i:k]
            if (after is None or after.function or after.key in self.INTRO_FOLLOWERS) \
                    and all(not t.function and (t.key in lex.spread or t.unknown)
                            for t in run):
                return [_Candidate(i, k - 1, 0.75, REASON_CUE_PHRASE)]
            break
        return []

    def _cue_score(self, kind: str, tok: _Token, nxt: _Token | None, unknown: bool) -> float:
        if tok.function or len(tok.key) < 2:
            return 0.0
        listed = tok.name and not tok.common
        if kind == "title":
            return 0.85 if listed or unknown or tok.capitalized or tok.name else 0.0
        if kind == "honorific":
            return 0.7 if listed or unknown else 0.0
        if kind == "strong":
            if listed or unknown or tok.capitalized:
                return 0.9
            # Listed in any locale, even if WordNet has it too ("surya", "hadjer").
            return 0.85 if tok.name or tok.spread else 0.0
        if kind == "greeting":
            intro = nxt is None or nxt.key in self.INTRO_FOLLOWERS
            if listed or (tok.name and tok.capitalized):
                return 0.85 if intro else 0.75
            if unknown:
                return 0.7 if intro else 0.55
            if tok.spread and nxt is not None and nxt.name and not nxt.english:
                return 0.75  # "this is serine mahmoudi": a rare given name before a surname
            return 0.75 if tok.name and intro else 0.0
        if kind == "action":
            if listed:
                return 0.8
            # "call mark": an ambiguous word only if it is a given name in several locales;
            # "talk to azalea": a given name that is a rare English word.
            if unknown or (tok.first and (tok.spread >= 2 or not tok.common)):
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

    def _extend(self, text: str, tokens: list[_Token], i: int, introduced: bool = False) -> int:
        """Last token of the name starting at ``i``: following listed names, unknown words, particles.

        ``introduced``: the name follows "my name is" / "this is" / a title, so a listed surname that
        is also an English word ("bell", "strong") is part of it when the name ends there.
        """
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
            ok = self._continues(text, prev, nxt, after, last == i, introduced)
            if not ok:
                break
            last += 1
        return last

    def _continues(self, text: str, prev: _Token, nxt: _Token, after: _Token | None, second: bool,
                   introduced: bool) -> bool:
        """Whether ``nxt`` continues the name that ends with ``prev`` (``second``: ``prev`` is its
        first word)."""
        lex = lexicon()
        if nxt.key in self.AFTER_NAME_WORDS and not nxt.capitalized:
            return False  # "call john back", "mike said"
        if (nxt.name and (not nxt.common or nxt.capitalized)) or nxt.unknown \
                or (prev.first and nxt.name and (after is None or after.function)) \
                or (prev.first and prev.capitalized and nxt.capitalized and not nxt.common):
            return True
        ends_turn = after is None
        if second and len(nxt.key) >= 3:
            # "who is donald trump": the word after a well-known given name that ends the turn.
            if self._well_known_first(prev) and (not nxt.common or ends_turn):
                return True
            # "tom cruise", "britney spears": a given name and a listed surname.
            if nxt.key in lex.last and prev.first and prev.spread >= 2 and not prev.common \
                    and not prev.possessive:
                return True
        if introduced:
            # "my name is karen strong and...": a listed surname ends the introduced name.
            if nxt.key in lex.last and len(nxt.key) >= 2 and (
                    ends_turn or after.function or after.key in self.INTRO_FOLLOWERS):
                return True
            # "my name is wen pin hsia": a short syllable between two names.
            if len(nxt.key) <= 4 and not ends_turn and after.name and not after.english \
                    and self._adjacent(text, nxt, after):
                return True
        return False

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
            unknown = tok.unknown
            acronym = len(tok.key) <= 3 and text[tok.start:tok.end].isupper()
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            # An unlisted given name ("haruto") right before a listed surname ("sato").
            before_surname = nxt is not None and nxt.name and not nxt.english \
                and self._adjacent(text, tok, nxt)
            context = self._context_score(tok, tokens[i - 1] if i else None, nxt, unknown) \
                if nxt is not None and self._adjacent(text, tok, nxt) else 0.0
            if context:
                out.append(_Candidate(i, i, context, REASON_NAME_LIST))
            if tok.function or len(tok.key) < 2 or acronym \
                    or not (tok.name or (unknown and (tok.capitalized or before_surname
                                                      or (nxt is not None and nxt.key != tok.key
                                                          and nxt.unknown)))):
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

    def _context_score(self, tok: _Token, prev: _Token | None, nxt: _Token, unknown: bool) -> float:
        """A name shown by the words around it rather than by a cue before it."""
        if tok.function or len(tok.key) < 2:
            return 0.0
        # "finlee's bedtime", "bob's birthday", "swatishs birthday" (speech-to-text drops the ').
        if nxt.key in self.OWNED_NOUNS and tok.first and tok.spread >= 2 and tok.possessive:
            return 0.7
        if nxt.key in self.PERSONAL_NOUNS and (tok.possessive or nxt.key in self.OCCASION_NOUNS) \
                and (unknown or (tok.name and not tok.common)):
            return 0.6
        # "did mark post anything", "does bob live in france": name, then a verb.
        if prev is not None and prev.key in self.QUESTION_AUX and tok.first \
                and tok.spread >= WELL_ATTESTED and nxt.english and not nxt.function \
                and nxt.key not in self.OBJECT_WORDS:
            return 0.6
        return 0.0

    def _coordinated(self, text: str, tokens: list[_Token], candidates: list[_Candidate]
                     ) -> list[_Candidate]:
        """Names listed after a found name: "mike jim and bob", "chris, kimberly and aaronson"."""
        lex = lexicon()
        ends = sorted({c.last for c in candidates if c.score >= 0.5})
        out: list[_Candidate] = []
        while ends:
            j = ends.pop() + 1
            if j < len(tokens) and tokens[j].key in self.COORDINATORS:
                j += 1
            elif not (j < len(tokens) and text[tokens[j - 1].end:tokens[j].start].strip() == ","):
                continue
            if j >= len(tokens):
                continue
            tok = tokens[j]
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            if tok.function or len(tok.key) < 2 or tok.possessive and tok.common:
                continue
            given = tok.first and (not tok.common or tok.spread >= WELL_ATTESTED)
            if not (given or (len(tok.key) >= 4 and tok.unknown)):
                continue
            # "call john and mark it": an ambiguous word followed by its object is a verb.
            if tok.common and after is not None and after.key in self.OBJECT_WORDS:
                continue
            last = self._extend(text, tokens, j)
            out.append(_Candidate(j, last, 0.6, REASON_NAME_LIST))
            ends.append(last)
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
                t.name or t.unknown for t in run)):
            return 0.6
        # "cheteshwar pujara": two words in no list and no dictionary, side by side.
        if all(len(t.key) >= 3 and t.unknown for t in run):
            return 0.55
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
