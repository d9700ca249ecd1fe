"""A one-word answer to the agent's question for the surname is the surname, whatever word it is: "and the surname" /
"erm it's hand"; "what's your last name?" / "Field". Surnames that are everyday words ("hand", "field", "hunt",
"bishop") are found by no list or model alone; the question is what makes the word a name. So is a one-word answer to
an assistant's or a bot's question for a contact: "who do you want to call" / "chase", "Who is picking up?" / "Rusty",
"which bhavana, bhavana reddy or bhavana gaddam" / "ready" (a name misheard), unless it names a relation ("mom").

Only an answer of exactly one word (fillers and "it's" aside) is taken, and never a word that is a reply rather than a
name ("same", "pardon", "sorry").

A plain function over findings; it never sees more than the texts and the offsets it is given and logs counts only.
"""
from __future__ import annotations

import logging
import re
from typing import Sequence

from pipeline.records import Finding, Turn, agent_turns
from recognizers.entities import PERSON, REASON_CROSS_TURN
from recognizers.names.lexicon import FUNCTION_WORDS
from recognizers.names.short_surnames import NOT_SURNAMES
from recognizers.names.tokens import word_matches
from recognizers.start_set import compile_fast

logger = logging.getLogger(__name__)

RECOGNIZER_NAME = "surname_answers.v1"
CONTACT_RECOGNIZER_NAME = "contact_answers.v1"
SCORE = 0.8
# A question for the surname is short ("and the surname", "could i take your last name please").
QUESTION_MAX_WORDS = 14
_SURNAME_QUESTION = compile_fast(r"\b(?:sur\s?name|last\s+name|family\s+name)s?\b(?!\s+(?:is|was)\b)", re.IGNORECASE)
# ... and asks for it, not about it ("your surname is on the letter").
_STATEMENT = compile_fast(r"\b(?:sur\s?name|last\s+name|family\s+name)s?\W+(?:is|was|on|has|matches|doesn't)\b",
                          re.IGNORECASE)
# A question for a contact, as an assistant or a bot asks it.
_CONTACT_QUESTION = compile_fast(
    r"\bwho (?:do|would|did) you (?:want|like|wish|need) (?:me )?to (?:call|text|message|e-?mail|ring|phone|facetime|send"
    r"|pay|invite|add|share|remind)\b|\bwho (?:should|shall|can) (?:i|we) (?:call|text|message|e-?mail|send|pay|invite"
    r"|add|remind)\b|\bwho(?:['’]s| is| will be) (?:picking|collecting)\b|\bwhich ([^\W\d_]+),? \1 [^\W\d_]+,? or\b",
    re.IGNORECASE)
# Answers to it that name a relation or nobody, not a person's name.
_NOT_CONTACTS = frozenset("""mom mum mother dad father wife husband son daughter brother sister grandma grandpa nan
    gran granny aunt uncle cousin boss work home office myself me nobody noone everyone everybody anyone someone
    both all neither either cancel stop never nevermind""".split())
# Words before the surname in an answer: fillers, "it's", "the surname is".
_LEAD = frozenset("""um uh er erm umm uhm hmm ah oh yeah yes yep yeah sure ok okay so well right it's its it is that's thats
    the my surname surname's last family name name's""".split())
# Replies that are no surname.
_NOT_NAMES = NOT_SURNAMES | frozenset("""same pardon what sorry hang hold wait right correct fine mine hers his
    theirs that this one none nothing unknown married maiden don't dont idk""".split())
MIN_LETTERS = 2


def _question(text: str) -> bool:
    return (_SURNAME_QUESTION.search(text) is not None and _STATEMENT.search(text) is None
            and len(text.split()) <= QUESTION_MAX_WORDS)


def _question_kind(text: str) -> str | None:
    """The recognizer a one-word answer to ``text`` is credited to, or None when ``text`` asks for no name."""
    if _question(text):
        return RECOGNIZER_NAME
    return CONTACT_RECOGNIZER_NAME if len(text.split()) <= QUESTION_MAX_WORDS and _CONTACT_QUESTION.search(text) else None


def _one_word_answer(text: str) -> tuple[int, int] | None:
    """Where the single name word of an answer stands, if the answer is one word after its lead-in."""
    words = word_matches(text)
    k = 0
    keys = [m.group().lower().replace("’", "'") for m in words]
    while k < len(words) and keys[k] in _LEAD:
        k += 1
    if len(words) - k != 1 or any(c.isdigit() for c in text) or text[words[k].end():].strip(" .,!?"):
        return None
    word, key = words[k], keys[k]
    if len(key) < MIN_LETTERS or key in FUNCTION_WORDS or key in _NOT_NAMES:
        return None
    return word.span()


def find_one_word_answers(turns: Sequence[Turn], texts: Sequence[str], findings: Sequence[Sequence[Finding]],
                          agent_speakers: Sequence[str]) -> list[list[Finding]]:
    """Findings per turn, with a caller's one-word answer to the agent's question for the surname or for a contact
    found as PERSON (``texts[i]``: turn i without engine tags)."""
    is_agent = agent_turns(turns, agent_speakers)
    out = [list(turn) for turn in findings]
    added = 0
    for i in range(1, len(turns)):
        if is_agent[i] or not is_agent[i - 1] or any(f.entity_type == PERSON for f in out[i]):
            continue
        kind = _question_kind(texts[i - 1])
        span = _one_word_answer(texts[i]) if kind else None
        if span is not None and kind == CONTACT_RECOGNIZER_NAME \
                and texts[i][span[0]:span[1]].lower() in _NOT_CONTACTS:
            continue
        if span is not None and not any(f.start < span[1] and span[0] < f.end for f in out[i]):
            out[i].append(Finding(span[0], span[1], PERSON, SCORE, kind, REASON_CROSS_TURN))
            out[i].sort(key=lambda f: f.start)
            added += 1
    if added:
        logger.debug("surname answers: %d names added over %d turns", added, len(turns))
    return out
