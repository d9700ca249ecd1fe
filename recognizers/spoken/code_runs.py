"""Short codes of letters and digits as said in a transcript, in any spelling: "tee five em fifty nine en",
"tango five mike fifty nine november", "see zed double you 268" and "t5m59n" are the same code.

The spoken view reads digits and number words ("fifty nine" -> 59) and bare or NATO letters; callers also say
letters by their names ("tee", "em", "double you"). ``code_runs(text)`` reads a text as runs of consecutive
code words and gives each run's compact code ("t5m59n") with the original span of every word, so an app
code's answer and an agent's read-back in another spelling can be found and matched.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from recognizers.spoken.number_words import LETTER_SOUNDS, NATO, TEENS, TENS, UNITS
from recognizers.spoken.view import SpokenView
from recognizers.start_set import compile_fast

# Longest run read (compact characters): codes are short; a longer run is a number or a spelled name.
MAX_RUN_CHARS = 16
# Texts longer than this are not read (a read-back or an answer is a short turn).
MAX_TEXT_CHARS = 200
_WORD = compile_fast(r"[a-z0-9\-]+(?:'[a-z]+)?")
_ALNUM = compile_fast(r"[a-z0-9]{1,10}")


@dataclass(frozen=True, slots=True)
class CodeRun:
    """One run of code words: ``code`` its compact characters, ``ends[k]`` the code length after word k,
    ``spans[k]`` word k's original span."""

    code: str
    ends: tuple[int, ...]
    spans: tuple[tuple[int, int], ...]

    @property
    def span(self) -> tuple[int, int]:
        return self.spans[0][0], self.spans[-1][1]

    def find(self, code: str) -> tuple[int, int] | None:
        """The original span of ``code`` inside this run when it starts and ends on word edges, else None."""
        k = self.code.find(code)
        while k >= 0:
            starts = (0,) + self.ends[:-1]
            if k in starts and k + len(code) in self.ends:
                first, last = starts.index(k), self.ends.index(k + len(code))
                return self.spans[first][0], self.spans[last][1]
            k = self.code.find(code, k + 1)
        return None


def _value(word: str) -> str:
    """A word's code characters ("tee" -> "t", "mike" -> "m", "59" -> "59", "7e30a"), else ""."""
    if word in NATO:
        return NATO[word]
    if word in LETTER_SOUNDS:
        return LETTER_SOUNDS[word]
    number = UNITS.get(word, TEENS.get(word, TENS.get(word)))  # number words the view left alone
    if number is not None:
        return str(number)
    if _ALNUM.fullmatch(word) and (len(word) == 1 or any(map(str.isdigit, word))):
        return word
    return ""


@lru_cache(maxsize=1024)
def code_runs(text: str) -> tuple[CodeRun, ...]:
    """Runs of consecutive code words in ``text`` that hold a digit and a letter."""
    if len(text) > MAX_TEXT_CHARS:
        return ()
    view = SpokenView.of(text)
    low = view.text.lower()
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(low)]
    runs: list[CodeRun] = []
    code, ends, spans = "", [], []
    i, gap = 0, ""
    while i <= len(words):
        value, width = "", 1
        if i < len(words):
            start, end, word = words[i]
            after = words[i + 1][2] if i + 1 < len(words) else ""
            if word == "double" and after == "you":
                value, width = "w", 2
            elif word in TENS and UNITS.get(after, 0):
                value, width = str(TENS[word] + UNITS[after]), 2  # "fifty nine"
            elif word == "oh" and ends:
                value = "0"
            else:
                value = _value(word)
            gap = low[words[i - 1][1]:start] if i else ""
        if value and (not ends or gap.strip(" ,") == "") and len(code) + len(value) <= MAX_RUN_CHARS:
            code += value
            ends.append(len(code))
            spans.append(view.to_original(words[i][0], words[i + width - 1][1]))
            i += width
            continue
        if ends and any(map(str.isdigit, code)) and any(map(str.isalpha, code)):
            runs.append(CodeRun(code, tuple(ends), tuple(spans)))
        code, ends, spans = "", [], []
        if not value:
            i += 1
    return tuple(runs)


# Words a caller pauses on inside a code ("e 9 x right 4 y j"): read through when compacting one value.
_PAUSES = frozenset({"uh", "um", "er", "erm", "right", "so", "okay", "ok"})


def compact_code(value: str) -> str:
    """The compact code of a whole value ("tee five em fifty nine en" -> "t5m59n"), read through pauses
    between its runs ("e 9 x right 4 y j" -> "e9x4yj"); "" when other words stand in it."""
    runs = code_runs(value)
    if not runs:
        return ""
    rest = value[:runs[0].span[0]] + " ".join(
        value[a.span[1]:b.span[0]] for a, b in zip(runs, runs[1:])) + " " + value[runs[-1].span[1]:]
    if any(w not in _PAUSES for w in _WORD.findall(rest.lower())):
        return ""
    return "".join(run.code for run in runs)
