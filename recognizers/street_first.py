"""Addresses that name the street before the house number, as continental Europe writes them ("via garibaldi fifty
nine", "Andrássy út 52, 1061", "thorvald meyers gate one hundred seventeen", "ermou forty four"), taken only as the
answer to the agent's address question: one to four street words, then the house number, written or said."""
from __future__ import annotations

import re

from recognizers.address_tail import PLACE_PARTICLES
from recognizers.names.lexicon import FUNCTION_WORDS, fold
from recognizers.start_set import compile_fast

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_UNIT = rf"(?:{_UNITS})"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# A spoken house number: "fifty nine", "one hundred seventeen", "one hundred and four", "nine".
_SPOKEN = rf"(?:{_UNIT}[ \t]+hundred(?:[ \t]+and)?(?:[ \t]+(?:{_TENS}(?:[ \t-]+{_UNIT})?|{_TEEN}|{_UNIT}))?|{_TENS}(?:[ \t-]+{_UNIT})?|{_TEEN}|{_UNIT})"
_WORD = r"[^\W\d_][\w'’.\-]*"
# After the number: the end, a comma or the postcode ("fifty nine two oh one two one": three digits or more), never
# more words ("find one in santa clara", "use nakigandaotim one four at outlook dot com").
_AFTER_NUMBER = rf"(?![\w'’])(?=[ \t]*(?:[,.;](?!\d)|$|\d{{3,6}}(?![:\d])|(?:(?:zero|oh|{_UNITS})(?:[ \t]+|$)){{3}}))"
_ANSWER = compile_fast(rf"[ \t]*(?P<street>{_WORD}(?:[ \t]+{_WORD}){{0,3}}?)[ \t]+(?P<number>[1-9]\d{{0,3}}[a-zA-Z]?|{_SPOKEN})"
                       + _AFTER_NUMBER, re.IGNORECASE)
# Words that open an answer about something else, or that no street name holds.
_NOT_STREET = frozenset("it it's its that's thats yes yeah um uh er erm so well ok okay number flat apartment apt unit "
                        "no nope sorry speaker agent customer caller".split())


def street_first(text: str) -> list[tuple[int, int]]:
    """The street and house number opening an answer ("via garibaldi fifty nine"), else nothing."""
    match = _ANSWER.match(text)
    if match is None:
        return []
    words = [fold(w) for w in match["street"].split()]
    if any(w in _NOT_STREET or (w in FUNCTION_WORDS and w not in PLACE_PARTICLES) for w in words):
        return []
    return [(match.start("street"), match.end("number"))]
