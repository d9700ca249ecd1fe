"""An agent opening a call with the business's name and then their own: "Aerowave Airlines, Tony here", "uh aerowave
airlines oo moo tony mukamana here could i take ...". Whatever words stand between the business's name (its words as
``business_names.business_words`` learned them, or up to three words ending in an organisation's word such as
"Airlines" or "Energy", or the words up to a school's or an office's word or a role: "the exams officer") and "here" /
"speaking" (or "on the ... desk", "in disputes") are the agent's name, however a speech engine wrote it; the
recognizers find a name they know there ("tony mukamana") and leave the misheard part ("oo moo"). After "thanks for
calling" and a business no word of which is known, the one word before "in disputes" / "here" is the name.

Adds a PERSON finding (reason ``cue_phrase``) over those words, taking in the PERSON findings inside it, never over a
finding of another type. A plain function over findings; it logs nothing.
"""
from __future__ import annotations

from typing import Sequence

from pipeline.detection.business_names import ORG_WORDS
from pipeline.records import Finding, Turn
from recognizers.entities import PERSON
from recognizers.names.lexicon import FUNCTION_WORDS
from recognizers.names.reasons import REASON_CUE_PHRASE
from recognizers.start_set import compile_fast

RECOGNIZER_NAME = "agent_openers.v1"
SCORE = 0.7
MAX_NAME_WORDS = 4
_FILLERS = frozenset("uh um er erm like so hi hello hey good morning afternoon evening".split())
_WORD = compile_fast(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_CLOSERS = frozenset(("here", "speaking"))
# ... or where the agent sits, after the name: "on the repair desk", "in disputes", "from the front office".
_WHERE = frozenset(("on", "in", "from"))
# A call opening's words before the business's name ("thanks for calling tradeloft radik in disputes").
_GREETINGS = (("thank", "you", "for", "calling"), ("thanks", "for", "calling"), ("welcome", "to"), ("you've", "reached"))
# Words of a desk or a team, not a name ("kestrel telecom support here").
_DESK_WORDS = frozenset("""support help helpdesk service services care team desk line customer customers billing sales
    reception bookings booking accounts technical tech claims repairs enquiries union repayments payments collections
    renewals lending loans mortgages savings fraud complaints reservations baggage admissions attendance
    exams disputes placements returns orders staffing recruitment memberships membership""".split())
# Where a receptionist or an officer answers from, and their role: "st brigid's national school hector here", "the
# riverside exams officer long here", "westbrook university accommodation office jonas speaking".
_PLACES_AND_ROLES = frozenset("""school college academy university nursery office surgery practice association lettings
    agency council officer receptionist manager coordinator administrator secretary adviser advisor nurse caretaker
    bursar registrar counsellor tutor clerk centre center""".split())
_DESK_OR_THE = _DESK_WORDS | {"the"}  # what follows "on" / "in" / "from" closing a name ("on the repair desk")
_PLACE_WINDOW = 9  # words from the opening's start in which "here" / "speaking" must come for it
# Only blanks or a comma between the opening's words: a sentence's end stops it.
_JOINED = compile_fast(r"[ \t]*,?[ \t]*")


def _name_span(text: str, business: frozenset[str]) -> tuple[int, int] | None:
    """The span of the words between the business's name opening ``text`` and "here" / "speaking", if any."""
    words = list(_WORD.finditer(text[:200]))
    keys = [w.group().lower() for w in words]
    k = 0
    while k < len(keys) and keys[k] in _FILLERS:
        k += 1
    greeted = next((len(g) for g in _GREETINGS if tuple(keys[k:k + len(g)]) == g), 0)
    k += greeted
    named = k
    while k < len(keys) and keys[k] in business:
        k += 1
    if k == named:  # no business word learned: up to three words ending in an organisation's ("aerowave airlines")
        k = next((j + 1 for j in range(named, min(named + 3, len(keys))) if keys[j] in ORG_WORDS), named)
    if k == named:  # ... or a school's or an office's word or a role, the last before "here" ("the exams officer")
        closer = _first_closer(keys, named)
        opening = keys[named:closer]
        if not _PLACES_AND_ROLES.isdisjoint(opening):  # ... then past its desk ("ashgrove college student finance")
            k = named + max(j + 1 for j, key in enumerate(opening)
                            if key in _PLACES_AND_ROLES or key in ORG_WORDS or key in _DESK_WORDS)
        else:  # ... or a desk's word after words no function word is ("saltmarsh kitchen reservations sable here")
            desk = [j for j, key in enumerate(opening) if key in _DESK_WORDS]
            if desk and desk[0] > 0 and not any(key in FUNCTION_WORDS for key in opening[:desk[0]]):
                k = named + desk[-1] + 1
    if k == named and greeted:  # after a greeting
        closer = _first_closer(keys, named)
        k = closer - 1 if closer - named >= 2 and keys[closer - 1] not in FUNCTION_WORDS else named
        # "thanks for calling tradeloft | radik in disputes", not "... my name is romana who am i speaking"
    if k == named:
        return None
    while k < len(keys) and (keys[k] in ORG_WORDS or keys[k] in _DESK_WORDS or keys[k] in _PLACES_AND_ROLES):
        k += 1  # "northmere credit union", "student finance repayments": the business's desk
    first = k
    while k < len(keys) and k - first <= MAX_NAME_WORDS and not _closes(keys, k):
        k += 1
        if k < len(words) and "," in text[words[k - 1].end():words[k].start()]:
            first = k  # "student finance repayments, lise speaking": the name after the last comma
    if not first < k < len(words) or k - first > MAX_NAME_WORDS or any(
            not _JOINED.fullmatch(text, words[j - 1].end(), words[j].start()) for j in range(named + 1, k + 1)) \
            or not all(map(_name_word, keys[first:k])):
        return None
    return words[first].start(), words[k - 1].end()


def _closes(keys: list[str], k: int) -> bool:
    """``keys[k]`` ends the agent's name: "here", "speaking", or "on" / "in" / "from" before a desk's word."""
    return keys[k] in _CLOSERS or keys[k] in _WHERE and k + 1 < len(keys) and keys[k + 1] in _DESK_OR_THE \
        and not _DESK_WORDS.isdisjoint(keys[k + 1:k + 4])  # not "from your booking"


def _first_closer(keys: list[str], named: int) -> int:
    """Index of the first word closing the agent's name within ``_PLACE_WINDOW`` words of ``named`` (else ``named``)."""
    return next((j for j in range(named, min(named + _PLACE_WINDOW, len(keys))) if _closes(keys, j)), named)


# An agent's "thanks for calling <business>, this is X": the word after "this is", closing the opening or before
# "speaking" / "here" / "how can i help", whatever word it is ("netwave home installs this is ice").
_INTRODUCED = compile_fast(r"(?i:\b(?:thanks?(?:\s+you)?\s+for\s+calling|welcome\s+to|you['’]?ve\s+reached)\b"
                           r"[^.!?\n]{1,60}?\bthis\s+is\s+([^\W\d_]+)"
                           r"(?=\s*[.!]?\s*$|,?\s+(?:speaking|here|how\s+(?:can|may)\s+i\s+help)\b))")


def _introduced_span(text: str) -> tuple[int, int] | None:
    match = _INTRODUCED.search(text[:200])
    word = match.group(1).lower() if match else ""
    return match.span(1) if match and _name_word(word) and word not in FUNCTION_WORDS else None


def _name_word(word: str) -> bool:
    """A word an agent's name may be written as: no hesitation, desk word, contraction or longer function word
    ("seah a teck" keeps its "a"; "you're through to sam" is no name)."""
    return word not in _FILLERS and word not in _DESK_WORDS and word.isalpha() and not (
        word in FUNCTION_WORDS and len(word) > 2)


def find_agent_names(turns: Sequence[Turn], findings: Sequence[list[Finding]], business: frozenset[str],
                     agent_speakers: Sequence[str]) -> list[list[Finding]]:
    """``findings`` per turn with the name an agent gives after the business's name at the turn's start, or after
    "this is" closing a "thanks for calling ..." opening."""
    agents = {s.lower() for s in agent_speakers}
    out = []
    for turn, found in zip(turns, findings):
        agent = turn.speaker.lower() in agents
        span = (_name_span(turn.text, business) or _introduced_span(turn.text)) if agent else None
        if span is not None and not any(f.entity_type != PERSON and f.start < span[1] and span[0] < f.end
                                        for f in found):
            start, end = span
            inside = [f for f in found if f.start < end and start < f.end]
            start, end = min([start] + [f.start for f in inside]), max([end] + [f.end for f in inside])
            found = sorted([f for f in found if f not in inside]
                           + [Finding(start, end, PERSON, max([SCORE] + [f.score for f in inside]), RECOGNIZER_NAME,
                                      REASON_CUE_PHRASE)], key=lambda f: f.start)
        out.append(found)
    return out
