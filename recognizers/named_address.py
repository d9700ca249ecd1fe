"""Addresses without a house number: a house name and / or a named street, then the village ("The Old Rectory,
Kiln Lane, Kirkby Thore", "hollybush farm ferry road auchterarder", "meadow view little haddon").

Found only where an address is expected: after an address cue ("send it to", "my old place", "the address is",
"lives at", "the install address as", "to my parents instead") or as the answer to the agent's address question. The run of words must hold a street-type word
("lane", "road", "view") or a house word ("farm", "cottage", "rectory") after its first word, and stops at the
first function word, filler or closing word ("instead", "please") or punctuation other than a comma.
"""
from __future__ import annotations

import re

from recognizers.address_tail import PLACE_OPENERS, PLACE_PARTICLES
from recognizers.lower_scan import ascii_lower, finditer, lower_twin
from recognizers.names.lexicon import FUNCTION_WORDS, fold
from recognizers.spoken_aware import words_of
from recognizers.street_first import street_first
from recognizers.ascii_twin import ascii_fast
from recognizers.start_set import compile_fast
from recognizers.word_anchored import WordAnchored

HOUSE_WORDS = frozenset("""house cottage cottages farm farmhouse barn rectory vicarage granary lodge manor mill
    hall grange bungalow villa croft oast stables coach bakery forge smithy chapel schoolhouse gatehouse""".split())
CUE = compile_fast(r"\b(?:(?:send|post|deliver|ship|mail|forward)(?:s|ed|ing)?\s+(?:(?:um|uh|like|so|please)\s+){0,2}"
                 r"(?:it\s+|them\s+|this\s+|that\s+|(?:the|my|your|our)\s+[a-z]+\s+)?(?:(?:um|uh|like|so|please)\s+){0,2}to|(?:went|gone|go|goes|going)\s+to\s+(?:um\s+)?(?:my\s+)?"
                 r"(?:old\s+|new\s+)?(?:place|address|house|home)|address\s+(?:is|as)|(?:parents|mum['’]?s|mom['’]?s|dad['’]?s|sister['’]?s|brother['’]?s)\s+instead|live[sd]?\s+at|living\s+at"
                 r"|moved\s+to|(?:will\s+)?(?:reach|reaches|arrive\s+at)|goes\s+to|(?:come|comes|coming)\s+(?:out\s+)?to"
                 r"|(?:engineer|courier|driver|parcel|order|van)(?:['’]s|\s+is|\s+will\s+be)\s+(?:going|heading)\s+to)"
                 r"\b[\s,:]*", re.IGNORECASE)
CUE_LOWER = lower_twin(CUE)  # the same spans on lower-cased ASCII text
CUE_ANCHORED = WordAnchored.of(CUE_LOWER) if CUE_LOWER is not None else None  # ... tried only at its first words
CUE_WORDS = frozenset("send sends sent post posted deliver delivered ship shipped mail mailed forward went gone go "
                      "goes going heading address instead live lives lived living moved reach reaches arrive come comes coming".split())
_WORD = ascii_fast(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|,")
FILLERS = frozenset("um uh er erm like so yeah yes well it's it’s its it is that's thats".split())
MAX_WORDS = 9
STOP_WORDS = frozenset("instead please thanks thank now today tomorrow yesterday tonight asap cheers lol there's theres"
                       .split())


def find(text: str, street_words: frozenset[str]) -> list[tuple[int, int]]:
    """Unnumbered addresses after an address cue in ``text``."""
    low = ascii_lower(text)
    cues = CUE_ANCHORED.finditer(low, words_of(text)) if low is not None and CUE_ANCHORED else finditer(CUE, CUE_LOWER, text, low)
    return [span for m in cues if (span := read(text, m.end(), street_words))]


def answer(text: str, street_words: frozenset[str]) -> list[tuple[int, int]]:
    """An unnumbered address answering the agent's address question ("it's hollybush farm ballynahinch"), or one
    whose house number follows the street ("via garibaldi fifty nine": ``street_first``)."""
    numbered = street_first(text)
    if numbered:
        return numbered
    pos = 0
    for m in _WORD.finditer(text):
        if m.group().lower() not in FILLERS and m.group() != ",":
            pos = m.start()
            break
    span = read(text, pos, street_words)
    return [span] if span else []


def read(text: str, pos: int, street_words: frozenset[str]) -> tuple[int, int] | None:
    """The house name / street / village run starting at ``pos``, if it holds a street or house word."""
    words: list[re.Match] = []
    for m in _WORD.finditer(text, pos):
        gap = text[(words[-1].end() if words else pos):m.start()]
        if gap.strip(" ,") or len(words) >= MAX_WORDS:
            break  # other punctuation, a digit or an emoji ends the address
        raw = m.group()
        key = fold(raw)
        if raw == ",":
            continue
        if not words and key == "the":
            words.append(m)
            continue
        if key in FUNCTION_WORDS and key not in PLACE_PARTICLES or key in FILLERS or key in STOP_WORDS:
            break
        words.append(m)

    keys = [fold(m.group()) for m in words]
    # "the farm" alone is no address; "the granary nether wallop", "the old rectory" are.
    anchor = next((k for k in range(1, len(keys)) if (keys[k] in street_words or keys[k] in HOUSE_WORDS)
                   and (keys[k - 1] != "the" or k + 1 < len(keys))), None)
    if anchor is None or len(keys) < 2:
        return None
    while words and fold(words[-1].group()) in PLACE_PARTICLES | PLACE_OPENERS:
        words.pop()  # "... kiln lane in": a particle never ends the address
    return (words[0].start(), words[-1].end()) if len(words) >= 2 else None
