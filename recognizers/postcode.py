"""Alphanumeric postcodes (UK, Canada, Ireland, Netherlands), written and in ASR chunks.

Callers say postcodes in pieces that mix letters, digits, NATO words and letter sounds: "CM 6 7 f y",
"w20 a b", "Tango Sierra 8 3 Juliet Papa", "W19 for RJ" (4 = "for"), "e 5 you" (U = "you"). A *code run*
is a maximal stretch of such units (``_units``); its characters, joined, are the code.

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
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from stdnum.nl import postcode as nl_postcode

from recognizers.base import TranscriptRecognizer, register
from recognizers.entities import POSTCODE, REASON_CONTEXT, REASON_CROSS_TURN, REASON_PATTERN, ZIP_CODE
from recognizers.spoken.number_words import DIGIT_HOMOPHONES, FILLERS, LETTER_SOUNDS, MULTIPLIERS, NATO, TEENS, TENS, UNITS
from recognizers.spoken.letter_runs import as_in_end
from recognizers.spoken_aware import words_of
from recognizers.start_set import compile_fast

SCORE_ANSWER, SCORE_CUE, SCORE_WRITTEN, SCORE_SPELLED = 0.85, 0.85, 0.7, 0.6
MIN_SPELLED_UNITS = 5
# An answer with more words than this besides the code must hold a valid postcode.
MAX_OTHER_WORDS = 3

# Official shapes (UK: the government's Bulk Data Transfer standard; Canada Post; Eircode).
_UK_OUT = r"(?:[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d[\dABEHMNPRV-Y]?|\d[A-HJKPS-UW]))"
_UK_IN = r"\d[ABD-HJLNP-UW-Z]{2}"
_CA = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d"
_IE = r"(?:[ACDEFHKNPRTVWXY]\d{2}|D6W) ?[\dACDEFHKNPRTVWXY]{4}"
FULL = compile_fast(rf"(?:{_UK_OUT} ?{_UK_IN}|GIR ?0AA|{_CA}|{_IE})")
# The second half alone ("the rest of the postcode?" / "9RR", "one foxtrot november"): UK inward (not "2ND"), Canada LDU.
_INWARD = compile_fast(r"(?!1ST|2ND|3RD|\dTH)\d[A-Z]{2}|\d[A-Z]\d")  # any letters: ASR mishears them
FULL_UK_CA = compile_fast(rf"(?:{_UK_OUT}{_UK_IN}|{_CA.replace(' ?', '')})")
OUTWARD = re.compile(_UK_OUT)
LOOSE = compile_fast(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|[A-Z]\d[A-Z]\d[A-Z]\d")
WRITTEN = compile_fast(rf"(?<![\w\-])(?:{_UK_OUT} {{1,2}}{_UK_IN}|{_UK_OUT}{_UK_IN}|{_CA}|{_IE})(?![\w\-])")  # "RW20  0QJ" too

# A flat or unit said after the street ("road flat thirteen c ..."): the postcode may follow it.
UNIT_WORDS = frozenset("flat unit apartment apt suite room building".split())
_UNIT_NUMBER_WORDS = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS) | {"hundred"}


def _after_unit(text: str, pos: int) -> list[int]:
    """Where a postcode may start after ``pos``: ``pos`` itself, then (when a flat or unit follows)
    after its number of one to three words or digits and an optional letter, shortest first."""
    starts = [pos]
    tokens = list(_TOKEN.finditer(text, pos, min(len(text), pos + CUE_AFTER)))
    if not tokens or tokens[0].group().lower() not in UNIT_WORDS:
        return starts
    for k in range(1, min(len(tokens), 4)):
        word = tokens[k].group()
        if not (word.isdigit() or word.lower() in _UNIT_NUMBER_WORDS):
            break
        starts.append(_GAP.match(text, tokens[k].end()).end())
        letter = tokens[k + 1].group() if k + 1 < len(tokens) else ""
        if len(letter) == 1 and letter.isalpha():
            starts.append(_GAP.match(text, tokens[k + 1].end()).end())
    return starts


# Street types that end the street line of an address; a postcode often follows right after.
ADDRESS_END_WORDS = frozenset("""road street close crescent gardens mews row rise drive avenue lane terrace
    grove way place court square walk parade view hill park green vale""".split())
ADDRESS_END = re.compile(r"\b(?:" + "|".join(sorted(ADDRESS_END_WORDS)) + r")\b[\s,]*", re.IGNORECASE)
# A postcode typed in lower case with its space ("ls6 2ab", "m5v 3l9", "d02 x285"); not with an ordinal ("a1 1st").
SPACED_LOWER = compile_fast(rf"(?<![\w\-])(?:{_UK_OUT} (?!1st|2nd|3rd|\dth){_UK_IN}|{_CA.replace(' ?', ' ')}|{_IE.replace(' ?', ' ')})"
                          r"(?![\w\-])".lower())
COMPACT = compile_fast(r"(?<![\w\-])(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{5,7}(?![\w\-])")
_TOKEN = re.compile(r"x-ray|[A-Za-z0-9]+(?:['’][A-Za-z]+)?", re.IGNORECASE)
_TOKEN_ASCII = compile_fast(r"[Xx]-[Rr][Aa][Yy]|[A-Za-z0-9]+(?:'[A-Za-z]+)?")  # its matches on ASCII text, faster
_GAP = re.compile(r"[\s,.\-]{0,4}")
# Words that may sit inside a spoken code without being part of it ("W is 0 J B", "uh").
_GLUE = frozenset({"is", "uh", "um", "er", "erm", "then", "space", "right"})
_MULTI_WORD_UNITS = frozenset(MULTIPLIERS) | frozenset(TEENS) | frozenset(TENS)  # the words ``_tokens`` may rewrite
# Two-letter words that are words, not letter pairs ("so", "my"), unless written in capitals.
_WORDS2 = frozenset("am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ya ye yo".split())
# An inward code said or written in pieces: a digit then two letters ("7 f y", "7 FY"; not "5 pm").
SPELLED_GATE = re.compile(r"\d[\s\-]*(?![AaPp][Mm]\b)[A-Za-z](?:[\s\-]+[A-Za-z]|[A-Za-z])\b")
# Two letters or letter names no word sounds like open the spelled path ("why 5 tee 6 pee 5", "e two a two t t").
_LETTER_WORDS = frozenset("bcdefghjklmnpqrstuvwxyz") | frozenset("dee pee tee zed zee jay kay gee ess aitch vee el em en ef eff ar".split())
# How far (characters) before and after a postcode cue the code is looked for.
CUE_BEFORE, CUE_AFTER = 40, 80
CUE_WORDS = frozenset({"postcode", "post", "postal", "eircode", "postcodes", "zip", "zipcode"})
CUE = re.compile(r"\b(?:post ?codes?|postal code|eircode|zip ?code|zip)\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def _unit(word: str) -> str | None:
    """The code characters one word stands for, or None (upper case; "oh" stands for "0")."""
    low = word.lower()
    if low in NATO or low in LETTER_SOUNDS:
        return (NATO.get(low) or LETTER_SOUNDS[low]).upper()
    if low in DIGIT_HOMOPHONES or low in UNITS or low == "oh":  # "won" 1, "ate" 8, "for" 4 inside a code
        return str(DIGIT_HOMOPHONES.get(low, UNITS.get(low, 0)))
    if len(low) > 8 or not low.isalnum() or low in FILLERS:
        return None
    if low.isdigit():
        return low if len(low) <= 4 else None
    if len(low) > 4:
        # A whole postcode typed as one word ("sw1a1aa", "k4n4ya"); any other long word is no unit.
        return low.upper() if _mixed(low) and is_postcode(low.upper()) else None
    if low.isalpha() and len(low) > 2:
        return None
    if len(low) == 2 and low.isalpha() and low in _WORDS2 and not word.isupper():
        return None
    return low.upper()


Unit = tuple[int, int, str]  # start, end, code characters


@lru_cache(maxsize=1024)
def code_runs(text: str) -> tuple[tuple[Unit, ...], ...]:
    """Every maximal run of code units in ``text``, each unit as (start, end, characters) (cached)."""
    runs: list[tuple[Unit, ...]] = []
    run: list[Unit] = []
    cursor = -1  # end of the run's last token (glue words too)
    glued = False
    for start, end, word in _tokens(text):
        unit = _unit(word)
        joined = bool(run) and _GAP.fullmatch(text[cursor:start]) is not None
        if unit is None and joined and not glued and word.lower() in _GLUE:
            cursor, glued = end, True
            continue
        if run and (unit is None or not joined):
            runs.append(tuple(run))
            run = []
        if unit is not None:
            run.append((start, end, unit))
            cursor, glued = end, False
    if run:
        runs.append(tuple(run))
    return tuple(runs)


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Words of ``text``; "double you" is one word (W), "double a" / "triple 7" one repeated unit."""
    words = [(m.start(), m.end(), m.group()) for m in (_TOKEN_ASCII if text.isascii() else _TOKEN).finditer(text)]
    out = []
    i = 0
    while i < len(words):
        start, end, word = words[i]
        low = word.lower()
        if len(low) > 1 and low not in _MULTI_WORD_UNITS:  # an ordinary word: kept as it is (the rules below)
            out.append(words[i])
            i += 1
            continue
        if low in MULTIPLIERS and i + 1 < len(words) and _GAP.fullmatch(text[end:words[i + 1][0]]):
            nxt = words[i + 1]
            unit = "w" if nxt[2].lower() in ("you", "u") and low == "double" else _unit(nxt[2])
            if unit is not None and len(unit) == 1:
                out.append((start, nxt[1], unit * (1 if unit == "w" else MULTIPLIERS[low])))
                i += 2
                continue
        spelled = as_in_end(text, words, i) if len(low) == 1 and low.isalpha() else 0  # "j for juliet": j
        if spelled:
            out.append((start, words[spelled - 1][1], low))
            i = spelled
            continue
        if low in TEENS:
            out.append((start, end, str(TEENS[low])))
            i += 1
            continue
        if low in TENS:  # "b sixty eight h b": a tens word and the digit after it are one number
            if i + 1 < len(words) and words[i + 1][2].lower() in UNITS and UNITS[words[i + 1][2].lower()] \
                    and _GAP.fullmatch(text[end:words[i + 1][0]]):
                out.append((start, words[i + 1][1], str(TENS[low] + UNITS[words[i + 1][2].lower()])))
                i += 2
                continue
            out.append((start, end, str(TENS[low])))
            i += 1
            continue
        out.append((start, end, word))
        i += 1
    return out


def _code(units: tuple[Unit, ...]) -> str:
    return "".join(u[2] for u in units)


def _valid_part(units: tuple[Unit, ...]) -> tuple[Unit, ...] | None:
    """The run, or the run less a stray unit at either end ("Kilo Tango 4 2 Bravo Delta I"), if valid."""
    for part in (units, units[:-1], units[1:], units[1:-1]):
        if part and _mixed(_code(part)) and is_postcode(_code(part)):
            return part
    return None


def is_postcode(code: str, outward_ok: bool = False) -> bool:
    """True when ``code`` (compact, upper case) is a valid UK, Canadian, Irish or Dutch postcode.

    Letter O and digit 0 sound alike: both readings are tried. ``outward_ok`` accepts a UK outward
    code alone ("SW1A", "G53").
    """
    for variant in {code, code.replace("O", "0")}:
        if FULL.fullmatch(variant) or nl_postcode.is_valid(variant) or (
                outward_ok and OUTWARD.fullmatch(variant)):
            return True
    return False


@register("postcode.v1")
class PostcodeRecognizer(TranscriptRecognizer):
    """POSTCODE: UK, Canadian, Irish and Dutch postcodes, written or spoken in chunks."""

    ENTITIES = (POSTCODE,)
    ANSWER_CUES = frozenset({ZIP_CODE, POSTCODE})
    UPPER_DIGIT = re.compile(r"[A-Z]\d")

    def analyze(self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None
                ) -> list[RecognizerResult]:
        if not text or (entities is not None and POSTCODE not in entities):
            return []
        results = []
        if self.UPPER_DIGIT.search(text):
            results += [self.result(*m.span(), POSTCODE, SCORE_WRITTEN, REASON_PATTERN, "written")
                        for m in WRITTEN.finditer(text)]
        results += [self.result(*m.span(), POSTCODE, SCORE_SPELLED, REASON_PATTERN, "written_lower")
                    for m in SPACED_LOWER.finditer(text)]
        # A whole UK/Canadian/Irish postcode typed in lower case as one word ("sw1a1aa", "m5v3l9").
        results += [self.result(*m.span(), POSTCODE, SCORE_SPELLED, REASON_PATTERN, "compact")
                    for m in COMPACT.finditer(text) if FULL.fullmatch(m.group().upper())]
        words = words_of(text)
        if not CUE_WORDS.isdisjoint(words):
            # "my postcode is ...", "... is my post code": only the text around each cue is read.
            for cue in CUE.finditer(text):
                lo = max(0, cue.start() - CUE_BEFORE)
                for run in code_runs(text[lo:cue.end() + CUE_AFTER]):
                    part = _valid_part(run) or (run if LOOSE.fullmatch(_code(run)) else None)
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
            if part is not None and len(part) >= MIN_SPELLED_UNITS and FULL_UK_CA.fullmatch(_code(part)):
                results.append(self.result(part[0][0], part[-1][1], POSTCODE, SCORE_SPELLED, REASON_PATTERN,
                                           "spelled"))
        return results

    def analyze_answer(self, text: str, expected: str) -> list[RecognizerResult]:
        """The answer to "what's your postcode": every run with a letter and a digit, whole."""
        if not text or expected not in self.ANSWER_CUES:
            return []
        results = []
        words = len(_TOKEN.findall(text))
        for run in code_runs(text):
            code = _code(run)
            # In a longer turn ("my Galaxy A54 has no signal") only a valid postcode is the answer, or a
            # long spelled code ("new one is y twenty f d a eight old one ...", "one" no part of it).
            if words - len(run) > MAX_OTHER_WORDS and not is_postcode(code) \
                    and not (_INWARD.fullmatch(code.upper()) and not text[:run[0][0]].strip()):  # "2BR or can ..."
                run = _valid_part(run) or _long_code(run)
                if not run:
                    continue
                code = _code(run)
            if 2 <= len(code) <= 8 and _mixed(code) and (code[0].isalpha() or nl_postcode.is_valid(code)
                                                         or _INWARD.fullmatch(code.upper())):
                results.append(self.result(run[0][0], run[-1][1], POSTCODE, SCORE_ANSWER, REASON_CROSS_TURN,
                                           "answer"))
        return results


def _long_code(run: tuple[Unit, ...]) -> tuple[Unit, ...] | None:
    """A run of 5+ units, a letter first, 2+ letters and 2+ digits (less a number word before it), else None."""
    part = run[1:] if run and run[0][2].isdigit() else run
    code = _code(part)
    digits = sum(c.isdigit() for c in code)
    return part if len(part) >= MIN_SPELLED_UNITS and code[:1].isalpha() and 2 <= digits <= len(code) - 2 <= 6 else None


def _mixed(code: str) -> bool:
    return any(c.isdigit() for c in code) and any(c.isalpha() for c in code)
