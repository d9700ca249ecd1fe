"""A British flat's address after its unit: the building's name, then the street, in any casing and with or
without commas ("flat 8, beaumont house, greenfield avenue", "flat nine linden court prospect street").

``address_tail.extend`` reads it where a street match stopped inside the building's name ("flat 8, beaumont"): the
building word that follows ("house", "court", "mansions"), then a same-line run or a comma part of up to three
words ending in a street-type word. Words of the run are no function words, fillers or digits.
"""
from __future__ import annotations

import re

from recognizers.names.lexicon import FUNCTION_WORDS, fold
from recognizers.start_set import compile_fast
from recognizers.street_types import SUFFIX_WORDS

# Last words of a building's name in a British address ("Chaucer House", "Linden Court", "Albert Mansions").
BUILDING_WORDS = frozenset("""house court mansions lodge tower towers point heights apartments buildings block
    hall halls chambers wharf quay works mill yard""".split())
_LAST_WORD = compile_fast(r"([^\W\d_]+)\W*$")
_NEXT_WORD = compile_fast(r"[ \t]+([^\W\d_]+)\b")
_COMMA_PART = compile_fast(r"[ \t]*,[ \t]*((?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+)\b")
_SAME_LINE_RUN = compile_fast(r"[ \t]+((?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+)\b")
_UNIT_BEFORE = compile_fast(r"\b(?:flat|apartment|apt|unit)\b", re.IGNORECASE)
_WORD = compile_fast(r"[^\W\d_]+")
_FILLERS = frozenset("um uh er erm like so please".split())


def building_and_street(text: str, end: int) -> int:
    """End of the building's name and street after an address part ending at ``end`` (``end`` if none)."""
    last_word = _LAST_WORD.search(text, max(0, end - 30), end)
    at_building = last_word is not None and fold(last_word.group(1)) in BUILDING_WORDS
    if not at_building:
        if not _UNIT_BEFORE.search(text, max(0, end - 30), end):
            return end  # a building word right after a street of a house ("4 elm road house") is no building
        word = _NEXT_WORD.match(text, end)
        if word and fold(word.group(1)) in BUILDING_WORDS:
            end = word.end(1)  # "flat 8, beaumont [house]"
        else:
            building_end = _ending_in(_COMMA_PART.match(text, end), BUILDING_WORDS)
            if not building_end:
                return end
            end = building_end  # "flat 12[, ormonde mansions]"
    for pattern in (_COMMA_PART, _SAME_LINE_RUN):
        street_end = _ending_in(pattern.match(text, end), SUFFIX_WORDS)
        if street_end:
            return street_end
    return end


def _ending_in(run: re.Match[str] | None, last_words: frozenset[str]) -> int:
    """End of the first two or three plain words of ``run`` whose last is one of ``last_words`` (0 if none):
    "greenfield avenue", "prospect street" of "prospect street c f ..."; no function word or filler among them."""
    if run is None:
        return 0
    words = list(_WORD.finditer(run.group(1)))[:3]
    keys = [fold(word.group()) for word in words]
    for n in range(len(words), 1, -1):
        if keys[n - 1] in last_words and not any(key in FUNCTION_WORDS or key in _FILLERS for key in keys[:n]):
            return run.start(1) + words[n - 1].end()
    return 0
