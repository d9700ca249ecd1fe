"""Alphanumeric postcodes (UK, Canada, Ireland, Netherlands), written and in ASR chunks.

Callers say postcodes in pieces that mix letters, digits, NATO words and letter sounds: "CM 6 7 f y",
"w20 a b", "Tango Sierra 8 3 Juliet Papa", "W19 for RJ" (4 = "for"), "e 5 you" (U = "you"). A *code run*
is a maximal stretch of such units (``recognizers.postcode_runs``); its characters, joined, are the code.

Decision, strongest first:
* the agent just asked for the postcode (answer mode): a run with a letter and a digit, 2-8 characters,
  is taken whole (ASR slips make exact shapes too strict here);
* a postcode cue in the turn ("postcode", "post code", "postal code", "eircode", "zip"): a run whose characters
  form a valid postcode (official shapes; Dutch ones by python-stdnum) or the UK/Canadian shape ("N5X 4QY");
* otherwise only a written upper-case postcode ("SW1A 1AA", "M5V 3L9", "D02 X285") or a spelled run of
  five or more units that forms a full valid UK or Canadian postcode.
Entity POSTCODE: unlike a US ZIP its letters identify the area too, so it is replaced whole.
"""
from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from stdnum.nl import postcode as nl_postcode

from recognizers.base import TranscriptRecognizer, register
from recognizers.digit_groups import matches_before_digits
from recognizers.entities import POSTCODE, REASON_CONTEXT, REASON_CROSS_TURN, REASON_PATTERN, ZIP_CODE
from recognizers.postcode_runs import GAP, TOKEN, Unit, code_of, code_runs, word_count
from recognizers.postcode_shapes import (CA, FULL, FULL_UK_CA, IE, IE_COMPACT, INWARD, LOOSE, PREFIXED, UK_IN, UK_OUT, WRITTEN,
                                         is_postcode, mixed)
from recognizers.spoken.number_words import NATO, TEENS, TENS, UNITS
from recognizers.spoken_aware import words_of
from recognizers.lower_scan import CaseFolded
from recognizers.start_set import compile_fast

SCORE_ANSWER, SCORE_CUE, SCORE_WRITTEN, SCORE_SPELLED = 0.85, 0.85, 0.7, 0.6
MIN_SPELLED_UNITS = 5
# An answer with more words than this besides the code must hold a valid postcode.
MAX_OTHER_WORDS = 3
MAX_LETTER_PART = 4


# A flat or unit said after the street ("road flat thirteen c ..."): the postcode may follow it.
UNIT_WORDS = frozenset("flat unit apartment apt suite room building".split())
_UNIT_NUMBER_WORDS = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS) | {"hundred"}


def _after_unit(text: str, pos: int) -> list[int]:
    """Where a postcode may start after ``pos``: ``pos`` itself, then (when a flat or unit follows)
    after its number of one to three words or digits and an optional letter, shortest first."""
    starts = [pos]
    tokens = list(TOKEN.finditer(text, pos, min(len(text), pos + CUE_AFTER)))
    if not tokens or tokens[0].group().lower() not in UNIT_WORDS:
        return starts
    for k in range(1, min(len(tokens), 4)):
        word = tokens[k].group()
        if not (word.isdigit() or word.lower() in _UNIT_NUMBER_WORDS):
            break
        starts.append(GAP.match(text, tokens[k].end()).end())
        letter = tokens[k + 1].group() if k + 1 < len(tokens) else ""
        if len(letter) == 1 and letter.isalpha():
            starts.append(GAP.match(text, tokens[k + 1].end()).end())
    return starts


# Street types that end the street line of an address; a postcode often follows right after.
ADDRESS_END_WORDS = frozenset("""road street close crescent gardens mews row rise drive avenue lane terrace
    grove way place court square walk parade view hill park green vale""".split())
ADDRESS_END = CaseFolded(compile_fast(r"\b(?:" + "|".join(sorted(ADDRESS_END_WORDS)) + r")\b[\s,]*", re.IGNORECASE))
# A postcode typed in lower case with its space ("ls6 2ab", "m5v 3l9", "d02 x285"); not with an ordinal ("a1 1st").
SPACED_LOWER = compile_fast(rf"(?<![\w\-])(?:{UK_OUT} (?!1st|2nd|3rd|\dth){UK_IN}|{CA.replace(' ?', ' ')}|{IE.replace(' ?', ' ')})"
                          r"(?![\w\-])".lower())
COMPACT = compile_fast(r"(?<![\w\-])(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{5,7}(?![\w\-])")
# Where their matches start: 1-2 letters before a run of digits (the outward code's first digit); a word of
# 5-7 letters and digits, its first digit among its first seven characters (``digit_groups.matches_before_digits``).
SPACED_LOWER_OFFSETS, COMPACT_OFFSETS = (1, 2), tuple(range(7))
# An inward code said or written in pieces: a digit then two letters ("7 f y", "7 FY"; not "5 pm").
SPELLED_GATE = compile_fast(r"\d[\s\-]*(?![AaPp][Mm]\b)[A-Za-z](?:[\s\-]+[A-Za-z]|[A-Za-z])\b")
# Two letters or letter names no word sounds like open the spelled path ("why 5 tee 6 pee 5", "e two a two t t").
_LETTER_WORDS = frozenset("bcdefghjklmnpqrstuvwxyz") | frozenset("dee pee tee zed zee jay kay gee ess aitch vee el em en ef eff ar".split())
# How far (characters) before and after a postcode cue the code is looked for.
CUE_BEFORE, CUE_AFTER = 40, 80
CUE_WORDS = frozenset({"postcode", "post", "postal", "eircode", "postcodes", "zip", "zipcode"})
CUE = CaseFolded(compile_fast(r"\b(?:post ?codes?|postal code|eircode|zip ?code|zip)\b", re.IGNORECASE))


def _trimmed(run: tuple[Unit, ...]) -> tuple[tuple[Unit, ...], ...]:
    """The run, then the run less a stray unit at either end ("Kilo Tango 4 2 Bravo Delta I")."""
    return run, run[:-1], run[1:], run[1:-1]


def _valid_part(units: tuple[Unit, ...]) -> tuple[Unit, ...] | None:
    """The run, or the run less a stray unit at either end, if valid."""
    for part in _trimmed(units):
        if part and mixed(code_of(part)) and is_postcode(code_of(part)):
            return part
    return None


@register("postcode.v1")
class PostcodeRecognizer(TranscriptRecognizer):
    """POSTCODE: UK, Canadian, Irish and Dutch postcodes, written or spoken in chunks; Latvian, Lithuanian, Moldovan,
    Azerbaijani and Andorran ones written with their country letters."""

    ENTITIES = (POSTCODE,)
    ANSWER_CUES = frozenset({ZIP_CODE, POSTCODE})
    UPPER_DIGIT = compile_fast(r"[A-Z]\d")
    DIGIT = compile_fast(r"\d")  # SPACED_LOWER and COMPACT need one

    def analyze(self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None
                ) -> list[RecognizerResult]:
        if not text or (entities is not None and POSTCODE not in entities):
            return []
        results = []
        if self.UPPER_DIGIT.search(text):
            results += [self.result(*m.span(), POSTCODE, SCORE_WRITTEN, REASON_PATTERN, "written")
                        for m in WRITTEN.finditer(text)]
        if self.DIGIT.search(text):
            results += [self.result(*m.span(), POSTCODE, SCORE_WRITTEN, REASON_PATTERN, "country_prefixed")
                        for m in PREFIXED.finditer(text)]
            results += [self.result(*m.span(), POSTCODE, SCORE_SPELLED, REASON_PATTERN, "written_lower")
                        for m in matches_before_digits(SPACED_LOWER, text, SPACED_LOWER_OFFSETS)]
            # A whole UK/Canadian/Irish postcode typed in lower case as one word ("sw1a1aa", "m5v3l9").
            results += [self.result(*m.span(), POSTCODE, SCORE_SPELLED, REASON_PATTERN, "compact")
                        for m in matches_before_digits(COMPACT, text, COMPACT_OFFSETS) if FULL.fullmatch(m.group().upper())]
        words = words_of(text)
        if not CUE_WORDS.isdisjoint(words):
            # "my postcode is ...", "... is my post code": only the text around each cue is read.
            for cue in CUE.finditer(text):
                lo = max(0, cue.start() - CUE_BEFORE)
                for run in code_runs(text[lo:cue.end() + CUE_AFTER]):
                    part = _valid_part(run) or (run if LOOSE.fullmatch(code_of(run)) or _dictated(text[lo:], run)
                                                else None)
                    if part is not None:
                        results.append(self.result(lo + part[0][0], lo + part[-1][1], POSTCODE, SCORE_CUE,
                                                   REASON_CONTEXT, "postcode_cue"))
        # Right after a street name ("12 castle close, w one four p two six nine"): a valid postcode.
        if not ADDRESS_END_WORDS.isdisjoint(words):
            for end in ADDRESS_END.finditer(text):
                for start in _after_unit(text, end.end()):  # "road flat thirteen c, 3631 QZ"
                    runs = code_runs(text[start:start + CUE_AFTER])
                    part = _valid_part(runs[0]) if runs and runs[0][0][0] == 0 else None
                    if part is not None and part[0][0] == 0:
                        results.append(self.result(start, start + part[-1][1], POSTCODE,
                                                   SCORE_CUE, REASON_CONTEXT, "after_street"))
                        break
        # Without a cue only a spelled run of 5+ units counts: it needs an inward code in pieces or NATO words.
        if len(NATO.keys() & words) < 2 and not SPELLED_GATE.search(text) and len(_LETTER_WORDS & words) < 2:
            return results
        for run in code_runs(text):
            if len(run) < MIN_SPELLED_UNITS:
                continue
            part = _valid_part(run)
            if part is not None and len(part) >= MIN_SPELLED_UNITS and FULL_UK_CA.fullmatch(code_of(part)):
                results.append(self.result(part[0][0], part[-1][1], POSTCODE, SCORE_SPELLED, REASON_PATTERN,
                                           "spelled"))
            elif (part := _shaped_part(run)) is not None:
                # "p s four six f k" (a letter no UK inward code has, misheard or mistyped), "a eight six k two
                # r one" (an eircode): a postcode's shape spelled in five or more units (fail closed).
                results.append(self.result(part[0][0], part[-1][1], POSTCODE, SCORE_SPELLED, REASON_PATTERN,
                                           "spelled_shape"))
            elif (part := _dictated(text, run)) is not None and len(part) >= MIN_SPELLED_UNITS:
                # "n for november 4 m 9 s b as in bravo": a code dictated letter by letter (fail closed).
                results.append(self.result(part[0][0], part[-1][1], POSTCODE, SCORE_SPELLED, REASON_PATTERN,
                                           "dictated"))
        return results

    def analyze_answer(self, text: str, expected: str) -> list[RecognizerResult]:
        """The answer to "what's your postcode": every run with a letter and a digit, whole; letters alone
        when spelled at the start of the answer (the letters half of a Dutch postcode)."""
        if not text or expected not in self.ANSWER_CUES:
            return []
        results = []
        words = word_count(text)
        for run in code_runs(text):
            if len(run) == 1 and len(run[0][2]) < 2:
                continue  # one character ("a", "one"): no postcode and no letters part, whatever the turn
            code = code_of(run)
            # In a longer turn ("my Galaxy A54 has no signal") only a valid postcode is the answer, or a
            # long spelled code ("new one is y twenty f d a eight old one ...", "one" no part of it).
            letters = _letters_part(text, run)
            if words - len(run) > MAX_OTHER_WORDS:
                if not (letters or is_postcode(code)
                        or (INWARD.fullmatch(code.upper()) and not text[:run[0][0]].strip())):  # "2BR or can ..."
                    run = _valid_part(run) or _long_code(run) or _dictated(text, run)
                    if not run:
                        continue
                    code = code_of(run)
            if 2 <= len(code) <= 8 and mixed(code) and (code[0].isalpha() or nl_postcode.is_valid(code)
                                                         or INWARD.fullmatch(code.upper())) or letters:
                results.append(self.result(run[0][0], run[-1][1], POSTCODE, SCORE_ANSWER, REASON_CROSS_TURN,
                                           "answer"))
        return results


def _letters_part(text: str, run: tuple[Unit, ...]) -> bool:
    """Letters with no digit, spelled with a NATO word at the start of the answer: the letters half of a
    Dutch postcode ("p for papa s", "delta h the left one whistles"); bare letters ("a b c") are not."""
    code = code_of(run)
    return 2 <= len(run) and 2 <= len(code) <= MAX_LETTER_PART and code.isalpha() \
        and not text[:run[0][0]].strip() and any(end - start > 1 for start, end, _ in run)


def _shaped_part(run: tuple[Unit, ...]) -> tuple[Unit, ...] | None:
    """The run, or the run less a stray unit at either end, if 5+ units spell a UK / Canadian postcode's loose
    shape or an eircode with two letters or more, else None."""
    for part in _trimmed(run):
        code = code_of(part).upper()
        if len(part) >= MIN_SPELLED_UNITS and (LOOSE.fullmatch(code) or IE_COMPACT.fullmatch(code)
                                                and sum(map(str.isalpha, code)) >= 2):
            return part
    return None


def _dictated(text: str, run: tuple[Unit, ...]) -> tuple[Unit, ...] | None:
    """A run dictated letter by letter ("C as in Charlie, F, 2, Q, T as in Tommy"): 4-8 units, letters and a
    digit, a letter spelled "as in" a word among them, else None. Dictation is a code's, whatever its shape."""
    if len(run) > 1 and text[run[-1][0]:run[-1][1]] in ("i", "a") and text[run[-1][1]:].strip():
        run = run[:-1]  # "... t as in tom i think": the pronoun opens the next words
    code = code_of(run)
    as_in = any(" as in " in text[start:end].lower() for start, end, _ in run)
    return run if as_in and 4 <= len(run) <= 8 and mixed(code) else None


def _long_code(run: tuple[Unit, ...]) -> tuple[Unit, ...] | None:
    """A run of 5+ units, a letter first, 2+ letters and 2+ digits (less a number word before it), else None."""
    part = run[1:] if run and run[0][2].isdigit() else run
    code = code_of(part)
    digits = sum(map(str.isdigit, code))
    return part if len(part) >= MIN_SPELLED_UNITS and code[:1].isalpha() and 2 <= digits <= len(code) - 2 <= 6 else None
