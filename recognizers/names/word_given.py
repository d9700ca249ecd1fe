"""Given names that are everyday English words (Vietnamese and Chinese ones; "Blessing", "Knowledge"), after a
greeting or a relative.

"An", "Tram", "Hang", "Lam", "Tai", "Yen", "Ping" are given names and English words; a name list hit is no
evidence in lowercase speech-to-text. Right after a greeting or a closing, where nothing but a name fits
("thanks an, that's sorted", "hi it's lam again", "hiya its bin from flat 2", "cheers tai bye"), or after
"my daughter" / "my friend" and before a verb ("my daughter an will collect it"), they are the name.
"""
from __future__ import annotations

from recognizers.names.lexicon import lexicon
from recognizers.names.short_surnames import GIVEN_WORDS
from recognizers.names.tokens import Token
from recognizers.names.vocatives import TERMS_OF_ADDRESS

# Vietnamese given names that are English words, after a greeting: not "my" or "ai" ("it's ai again").
GREETED_WORD_NAMES = GIVEN_WORDS - {"my", "ai"}
# Such names whose English reading also fits "it's ... again" ("it's hung again", "it's long again").
READS_AS_STATE = frozenset("long hung fan loan dung chin".split())
# An agent's question right after their name ("this is knowledge who's the parcel for", "... precious how can i help").
QUESTION_OPENERS = frozenset(("who's", "whos", "who", "whose", "how", "what's", "whats"))
# Verbs after a relative's name besides the verbs people do ("my daughter thai will collect it").
RELATIVE_AUXILIARIES = frozenset(("will", "can", "is", "was", "has"))


def east_asian_word_name(tok: Token) -> bool:
    """A romanized Chinese, Korean or Vietnamese given name that is an everyday English word too ("lam",
    "tai", "yen", "ping")."""
    return tok.syllable and (tok.first or tok.name) and not tok.possessive and tok.key in lexicon().east_asian \
        and tok.key not in TERMS_OF_ADDRESS and tok.key not in READS_AS_STATE


def word_given_name(kind: str, tok: Token, nxt: Token | None, joined: Token | None, closers: frozenset[str],
                    verbs: frozenset[str]) -> bool:
    """Whether ``tok``, right after a cue of ``kind`` ("greeting" or "relation"), is such a given name.

    ``nxt``: the token after it; ``joined``: the same if only a space separates them; ``closers``: words that
    end a greeted name ("bye", "from"); ``verbs``: verbs whose subject is a person ("collect", "said").
    """
    if tok.possessive or tok.key in TERMS_OF_ADDRESS:
        return False
    if kind == "relation":
        return (tok.key in GIVEN_WORDS or east_asian_word_name(tok)) and joined is not None \
            and (joined.key in verbs or joined.key in RELATIVE_AUXILIARIES)
    if tok.key in lexicon().word_given and joined is not None:  # "this is knowledge who's ...", "thanks blessing bye"
        return joined.key in closers or joined.key in QUESTION_OPENERS
    if not (tok.key in GREETED_WORD_NAMES or east_asian_word_name(tok)):
        return False
    if joined is None:  # punctuation or the turn's end; not a hesitation skipped ("it's an so old letter")
        return nxt is None or nxt.start - tok.end <= 3
    return nxt.key == "again" or nxt.key in closers or nxt.key == "thats" or (nxt.possessive and nxt.key == "that")
