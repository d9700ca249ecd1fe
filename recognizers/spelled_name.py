"""Spelled-out names: "g o n z a l e z", "G-O-N-Z-A-L-E-Z", "k as in kilo", "kilo alpha tango".

Callers spell names letter by letter on the phone; the letters are the name even though no word
is. A run of letter units becomes a PERSON finding (reason ``spelled``). A letter unit is a single
letter, a NATO word, "x as in <word>" / "x for <word>", or "double l". The spelled word right
before or after the run ("gonzalez, g o n z a l e z") is part of the finding.

In answer mode (the agent just asked "could you spell your last name" or "who am I speaking with")
shorter runs, names spelled in irregular chunks ("s h AR o n h am i l t o n", see
``recognizers.names.chunks``) and a bare name answer ("it's priya") count too (reason ``cross_turn``).
"""
from __future__ import annotations

import logging
import re
from itertools import islice
from dataclasses import dataclass
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.names.chunks import chunked_name_spans
from recognizers.names.labelled_spellings import labelled_spellings
from recognizers.names.said_before import said_before
from recognizers.names.cue_phrases import CUE_NOUNS
from recognizers.names.lexicon import FUNCTION_WORDS, fold, is_contraction, lexicon
from recognizers.names.name_answers import (BEFORE_SYLLABLES_ONLY, ROMANIZED_WORDS, anchor, caps_name_chunks, closes_answer,
                                            said_twice, surname_after, syllable_or_unknown, titled_name)
from recognizers.base import TranscriptRecognizer, register
from recognizers.entities import EXPECT_SPELLED_NAME, PERSON, REASON_CROSS_TURN, REASON_SPELLED
from recognizers.spoken.number_words import LETTER_SOUNDS
from recognizers.ascii_twin import ascii_fast
from recognizers.start_set import compile_fast
from recognizers.turn_words import letter_chain_words, letter_chains

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Run:
    start: int
    end: int
    letters: str
    strong: int   # units that can only be spelling (NATO word, "k as in kilo")


@register("spelled_name.v2")
class SpelledNameRecognizer(TranscriptRecognizer):
    """PERSON from letter-by-letter spelling; no spaCy needed."""

    ENTITIES = (PERSON,)

    NATO = {w: w[0] for w in """alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet
        juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey
        whisky xray yankee zulu""".split()}
    TOKEN_RE = compile_fast(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
    SEPARATORS = frozenset(" \t,-.;'’")
    AS_IN = (("as", "in"), ("for",), ("like",))
    REPEAT = {"double": 2, "triple": 3, "treble": 3}
    # A spelling cue just before the run lowers the number of letters needed.
    CUE_RE = compile_fast(r"(?:spell\w*(?:\s+(?:it|that))?|that['’]?s|it['’]?s|name\s+is|is|with\s+an?)[\s,:]*$",
                        re.IGNORECASE)
    # Fillers an answer may start with ("yeah it's priya").
    ANSWER_FILLERS = frozenset("""yeah yes yep sure ok okay um uh er erm umm uhm hmm so well and it its it's is this i'm im i am my name
        names name's the first last surname full spelled spell that's thats sorry oh hi hello was like i think believe just""".split())
    # Words that end a name answer without being a surname ("Amy, no", "John please").
    NOT_SURNAMES = frozenset("""no yes yeah yep please thanks thank sorry right correct here speaking again
        ok okay then too sir madam mate love there sure well fine good great hi hello hey bye cheers""".split())
    BEFORE_RE = ascii_fast(r"([^\W\d_]+)[\s,:.\-]*$")
    # Two or more chunks of capitals joined by hyphens or spaces, three letters at least.
    CAPS_CHUNKS = compile_fast(r"(?<![\w\-])(?=(?:[A-Z][\s\-]?){3})[A-Z]+(?:(?:-| )[A-Z]+)+(?![\w\-])")
    AFTER_RE = compile_fast(r"[\s,:.\-]*([^\W\d_]+)")
    MIN_LETTERS, MIN_LETTERS_WITH_CUE = 4, 3

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if PERSON not in entities:
            return []
        results = []
        for run in self.letter_runs(text):
            cue = bool(self.CUE_RE.search(text[max(0, run.start - 20):run.start]))
            need = self.MIN_LETTERS_WITH_CUE if cue or run.strong else self.MIN_LETTERS
            if len(run.letters) < need or set(run.letters) <= {"a", "i"}:
                continue
            start, end = self._with_spelled_word(text, run)
            # Spelling the word just said, or after "that's", leaves little doubt.
            sure = cue or run.strong >= 2 or (start, end) != (run.start, run.end)
            results.append(self.result(start, end, PERSON, 0.85 if sure else 0.7, REASON_SPELLED))
            results += [self.result(*said, PERSON, 0.85, REASON_SPELLED) for said in self._said_before(text, run)]
        # "Goldoni, that's GOL-DO-NI": capital chunks that spell the word said just before.
        for m in self.CAPS_CHUNKS.finditer(text):
            said = _Run(m.start(), m.end(), fold(re.sub(r"[\s\-]", "", m.group())), 0)
            spans = self._said_before(text, said)
            if not spans:
                whole = self._with_spelled_word(text, said)
                spans = [whole] if whole != m.span() else []
            for span in spans:
                results += [self.result(*span, PERSON, 0.85, REASON_SPELLED),
                            self.result(*m.span(), PERSON, 0.85, REASON_SPELLED)]
        results += [self.result(*span, PERSON, 0.85, REASON_SPELLED) for span in labelled_spellings(text)]  # "surname HYL AND"
        logger.debug("spelled_name: %d findings", len(results))
        return results

    def analyze_answer(self, text: str, expected: str) -> list[RecognizerResult]:
        """Looser rules for the answer to "spell your name" / "who am I speaking with"."""
        if expected not in (EXPECT_SPELLED_NAME, PERSON):
            return []
        runs = [run for run in self.letter_runs(text) if len(run.letters) >= 2]
        results = [self.result(*self._with_spelled_word(text, run), PERSON, 0.85, REASON_CROSS_TURN)
                   for run in runs]
        results += [self.result(*said, PERSON, 0.85, REASON_CROSS_TURN)
                    for run in runs for said in self._said_before(text, run)]
        # Capital chunks typed in chat ("KO-WAL SKI", "AL-MAH-MOUD"): the whole run.
        results += [self.result(*m.span(), PERSON, 0.85, REASON_CROSS_TURN) for m in self.CAPS_CHUNKS.finditer(text)
                    if not any(r.start <= m.start() and m.end() <= r.end for r in results) and caps_name_chunks(m.group())]
        # Irregular chunks ("s h AR o n h am i l t o n"): the whole run, not its single-letter pieces.
        results += [self.result(start, end, PERSON, 0.85, REASON_CROSS_TURN)
                    for start, end in chunked_name_spans(text)
                    if not any(r.start <= start and end <= r.end for r in results)]
        if expected == PERSON and not results:
            words = list(islice(self.TOKEN_RE.finditer(text), 9))
            spans = said_twice(words, self.ANSWER_FILLERS) or [s for s in (self._bare_name(text) or titled_name(text),) if s]
            results += [self.result(start, end, PERSON, 0.8, REASON_CROSS_TURN) for start, end in spans]
        return results

    # -- scanning ---------------------------------------------------------------------------------
    def letter_runs(self, text: str) -> list[_Run]:
        """Maximal runs of adjacent letter units in ``text`` (cached: the answer pass rescans the turn)."""
        return list(_letter_runs(text))

    @classmethod
    def _scan(cls, text: str) -> list[_Run]:
        chains = letter_chains(text) if text.isascii() else tuple(cls.TOKEN_RE.finditer(text))
        words = letter_chain_words(text) if text.isascii() else [m.group().lower() for m in chains]  # (lower-cased)
        # Only these can open a letter unit (see ``_unit``); any other word starts no run. A letter sound
        # ("see h a t t e") opens one only when two plain letter units follow.
        nato, repeat, hard = cls.NATO, cls.REPEAT, cls._hard
        opens = [len(w) == 1 or w in nato or w in repeat
                 or (w in LETTER_SOUNDS and hard(words, k + 1) and hard(words, k + 2))
                 for k, w in enumerate(words)]
        runs: list[_Run] = []
        opens.append(True)  # (a sentinel past the last word) most words open nothing: skipped in C by ``index``
        i = opens.index(True)
        while i < len(words):
            start, letters, strong, j = chains[i].start(), "", 0, i
            end = start
            while j < len(words) and (j == i or cls._adjacent(text, end, chains[j].start())):
                unit = cls._unit(words, j)
                if unit is None:
                    break
                chars, is_strong, j = unit
                letters += chars
                strong += is_strong
                end = chains[j - 1].end()
            if len(letters) >= 2 and not cls._touches_digit(text, start, end):
                runs.append(_Run(start, end, letters, strong))
                i = opens.index(True, j)
            else:
                i = opens.index(True, i + 1)
        return runs

    @classmethod
    def _unit(cls, words: list[str], j: int) -> tuple[str, int, int] | None:
        """(letters, is_strong, next index) of the letter unit at word ``j`` (lower-cased words), or None."""
        word = words[j]
        if word == "double" and j + 1 < len(words) and words[j + 1] in ("you", "u"):
            return "w", 0, j + 2  # the letter W said as ASR writes it
        if word in cls.REPEAT and j + 1 < len(words) and len(words[j + 1]) == 1:
            return words[j + 1] * cls.REPEAT[word], 1, j + 2
        if word in cls.NATO:
            return cls.NATO[word], 1, j + 1
        if word in LETTER_SOUNDS and cls._sound_ok(words, j):
            return LETTER_SOUNDS[word], 0, j + 1
        if len(word) != 1:
            return None
        if j + 1 >= len(words) or words[j + 1] not in _AS_IN_FIRST:
            return word, 0, j + 1  # (no phrase below can follow)
        for phrase in cls.AS_IN:
            k = j + 1 + len(phrase)
            if k < len(words) and tuple(words[j + 1:k]) == phrase and words[k][0] == word:
                return word, 1, k + 1
        return word, 0, j + 1

    @classmethod
    def _hard(cls, words: list[str], j: int) -> bool:
        """Word ``j`` is a letter unit that cannot be an English word's sound: a letter or NATO word."""
        return j < len(words) and (len(words[j]) == 1 or words[j] in cls.NATO or words[j] in cls.REPEAT)

    @classmethod
    def _sound_ok(cls, words: list[str], j: int) -> bool:
        """A letter sound ("ess", "you", "gee") inside a run counts only when more letters follow it
        (through other sounds) or it ends the text: "s m i t h are you there" keeps "are you"."""
        k = j + 1
        while k < len(words) and words[k] in LETTER_SOUNDS:
            k += 1
        return k == len(words) or cls._hard(words, k)

    @classmethod
    def _adjacent(cls, text: str, end: int, start: int) -> bool:
        return len(gap := text[end:start]) <= 3 and not gap.strip(_SEPARATOR_CHARS)  # (only separators)

    @staticmethod
    def _touches_digit(text: str, start: int, end: int) -> bool:
        # Letters mixed with digits are a postcode or a reference number, not a name.
        return any(c.isdigit() for c in text[max(0, start - 3):start] + text[end:end + 3])

    def _with_spelled_word(self, text: str, run: _Run) -> tuple[int, int]:
        """Extend the run over the word it spells, when that word is right before or after it."""
        start, end = run.start, run.end
        offset = max(0, start - 40)
        before = self.BEFORE_RE.search(text[offset:start])
        if before and fold(before.group(1)) == run.letters:
            start = offset + before.start(1)
        after = self.AFTER_RE.match(text[end:end + 40])
        if after and fold(after.group(1)) == run.letters:
            end = end + after.end(1)
        elif (paren := _PAREN_WORD.match(text, end)) and fold(paren.group(1))[:1] == run.letters[:1] \
                and fold(paren.group(1)) not in FUNCTION_WORDS:
            end = paren.end(1)  # "R O B E R T (Roberrt)": the name as typed, in brackets after its spelling
        return start, end

    def _said_before(self, text: str, run: _Run) -> list[tuple[int, int]]:
        """The span of the word the run spells when "that's" stands between them, else nothing."""
        offset = max(0, run.start - 50)
        said = said_before(text[offset:run.start])  # the word spelled, said before "that's": a finding of its own
        if not said:
            return []
        if fold(said.group(1)) == run.letters:
            return [(offset + said.start(1), offset + said.end(1))]
        # ... or the two to four words before it, run together ("el hadji silly so e l h a d j i s i l l y")
        words = list(self.TOKEN_RE.finditer(text, max(0, offset + said.start(1) - 40), offset + said.end(1)))
        for k in range(max(0, len(words) - 4), len(words) - 1):
            if "".join(fold(w.group()) for w in words[k:]) == run.letters:
                return [(words[k].start(), words[-1].end())]
        return []

    def _bare_name(self, text: str) -> tuple[int, int] | None:
        """The name in a short answer: the first up to 3 words after fillers, if they look like one."""
        lex = lexicon()
        if not (words := list(islice(self.TOKEN_RE.finditer(text), 17))):
            return None
        first = last = None
        for k, m in enumerate(words):
            key = fold(m.group())
            if first is None and k and fold(words[k - 1].group()) in _SUBJECT_PRONOUNS and key not in self.ANSWER_FILLERS:
                break  # "like i said ...": a verb after a pronoun, not a name
            if first is None and (key in self.ANSWER_FILLERS or (key in CUE_NOUNS and _LABEL_SIGN.match(text, m.end()))
                                  or (key == "a" and text.islower())):
                continue  # ... a relation labelling the name ("son - Ace Tate", "wife: Ana"), and speech's "a" (a hesitation)
            looks = lex.is_name(key) or lex.is_unknown(key) or m.group()[0].isupper()
            if first is None and k and fold(words[k - 1].group()) in _DETERMINERS and (key in lex.common or lex.is_english(key)):
                break  # "my son", "the company", "a lady": a thing or a relation, not a name
            if first is None and key not in FUNCTION_WORDS and k + 1 < len(words) \
                    and fold(words[k + 1].group()) in ("spelt", "spelled", "spelling"):
                return m.start(), m.end()  # "story spelt like it sounds": the name, whatever word it is
            if first is None and key in FUNCTION_WORDS and lex.is_name(key) and len(words) - k <= 3 \
                    and anchor(words, k + 1):
                looks = True  # "may hart", "will okafor": a given name that is a function word, then a surname
            elif (key in ROMANIZED_WORDS or key in lex.syllables) \
                    and anchor(words, beside := k + 1 if first is None else k - 1) \
                    and (key not in BEFORE_SYLLABLES_ONLY or syllable_or_unknown(words[beside])):
                looks = True  # "do van an", "yung hee": syllables that are English words, beside a name word
            elif first is None and key in lexicon().word_given and (surname_after(words, k + 1) or closes_answer(words, k + 1)):
                looks = True  # "given carruthers", "blessing walker": a given name that is an English word
            elif key in FUNCTION_WORDS or is_contraction(key) or not looks \
                    or (key in lex.common and not lex.is_name(key)):
                break
            first = m if first is None else first
            last = m
            if last.start() - first.start() > 60:
                break
        if first is None:
            return None
        rest = [m for m in words if m.start() > last.start()]
        hedged = tuple(fold(m.group()) for m in rest[:2]) in _HEDGES  # "it was a tonderai mapfumo i think um or ..."
        if not hedged and (len(words) > 16 or len(words) > 8 and (
                first is last or not rest or fold(rest[0].group()) not in _CLAUSE_AFTER_ANSWER)):
            return None  # a longer turn: two or more name words, then a clause ("hi yes jae bi won my flight ...")
        # "Amanda May", "Oliver peacock": a listed given name and one more word ending the answer is a
        # full name, even when the surname is also a common word.
        if (len(rest) == 1 and first is last and lex.is_name(fold(first.group()))
                and fold(rest[0].group()) not in self.NOT_SURNAMES and rest[0].group().isalpha()):
            last = rest[0]
        return first.start(), last.end()


_SEPARATOR_CHARS = "".join(SpelledNameRecognizer.SEPARATORS)
_AS_IN_FIRST = frozenset(phrase[0] for phrase in SpelledNameRecognizer.AS_IN)
_DETERMINERS = frozenset("the my a an our his her their".split())
_LABEL_SIGN = compile_fast(r"\s*[-–:,(]")
_PAREN_WORD = compile_fast(r"[ \t]*\(([^\W\d_][\w'’-]*)\)")
_SUBJECT_PRONOUNS = frozenset("i we you they he she".split())
_CLAUSE_AFTER_ANSWER = frozenset("my i i'm we our who who's and but".split())  # "hi yes tae gun an my bag ..."
_HEDGES = frozenset((("i", "think"), ("i", "believe"), ("i", "guess"), ("i", "reckon"), ("or", "something")))  # unsure


@lru_cache(maxsize=1024)
def _letter_runs(text: str) -> tuple[_Run, ...]:
    return tuple(SpelledNameRecognizer._scan(text))
