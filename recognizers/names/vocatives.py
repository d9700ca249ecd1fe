"""A word between a closing or a self-introduction and what ends a turn is the name being used.

"honestly paras you've been a star", "cheers waner bye", "thank you ganesh.", "anything else at all rani",
"i'm sana from the parcel team", "i'm paras what's your mum's name": the word is in no name list (or
only as a dictionary noun too), but nothing else fits there. Only words a dictionary holds as nouns at
most qualify: a verb, adjective or adverb ("i'm fine", "i'm back what's up", "thanks again bye") and the
words people call each other ("cheers mate bye", "thanks hun") never do.
"""
from __future__ import annotations

import re

from recognizers.names.lexicon import THANKS_SHORT_RE, TITLES, lexicon
from recognizers.names.name_words import INTRO_FOLLOWERS
from recognizers.names.tokens import Token
from recognizers.start_set import compile_fast

SCORE = 0.6
# The cue right before the word (the text up to the cue's end).
_CLOSING = compile_fast(r"(?:\bcheers|\bthanks(?: again| so much| a lot| a bunch| a million| a ton| a heap| heaps| loads| lots)?|\bthank you(?: again| so much| very much)?"
                      r"|\b" + THANKS_SHORT_RE + r"(?: again| so much| a lot)?|\bbye(?: now)?|\bgoodbye|\bhonestly|\byou['’]?re (?:very |most )?welcome"
                      r"|\bno worries|\ball done|\banything else(?: at all| today)?|^\W*right)\s*$", re.IGNORECASE)
_SELF = compile_fast(r"(?:\bi['’]?m|\bi am)\s*$", re.IGNORECASE)
# What people call each other in a closing: never a name.
TERMS_OF_ADDRESS = frozenset("""mate pal buddy bud dude folks guys everyone everybody all sir madam maam
    love luv dear darling sweetie sweetheart hun hon babe baby chief boss bro sis team gents ladies
    lads girls boys friend friends man heaps tons lots loads bunch""".split()) | TITLES


def addressed_score(text: str, cue_end: int, tok: Token, nxt: Token | None, followers: frozenset[str]) -> float:
    """``SCORE`` when ``tok`` (right after a greeting cue ending at ``cue_end``) is the name used in a
    closing ("cheers waner bye") or a self-introduction ("i'm paras what's ..."), else 0.

    ``followers``: the words that end a vocative ("bye", "you've", "what's").
    """
    # In cased text a word capitalized inside the sentence and closed by punctuation is the name even when it
    # is an everyday word too ("You're welcome Bing, have a good day."; not after "I'm": "I'm Fine, thanks").
    cased = tok.capitalized and not tok.sentence_start and not text.isupper() and text[tok.end:tok.end + 1] in _CLOSERS
    # ... and so is a word set off by commas after a thanks ("thank you, lucky, that was quick"), not an adverb.
    bracketed = text[cue_end - 1:cue_end] == "," and text[tok.end:tok.end + 1] == "," and not tok.key.endswith("ly")
    # ... and a given name that is an English word before a comma ("thank you memory, that's really kind").
    comma = text[tok.end:tok.end + 1] == ","
    word_comma = comma and (tok.key in lexicon().word_given or tok.first)  # ... or any listed one ("thank you paige,")
    if tok.function or tok.common and not (cased or bracketed or word_comma) or len(tok.key) < 3 \
            or tok.key in TERMS_OF_ADDRESS \
            or tok.key in _NOT_ADDRESSED or tok.possessive:
        return 0.0
    window = text[max(0, cue_end - 40):cue_end - bracketed]  # the cue without its comma
    if _SELF.search(window):
        if tok.common or lexicon().is_inflected_common(tok.key):
            return 0.0  # "I'm Fine, thanks", "I'm Back!", "I'm noting that": not a name
        return SCORE if nxt is None or nxt.key in followers or nxt.key in INTRO_FOLLOWERS else 0.0
    if _CLOSING.search(window):
        # ... before a closing word, or ending the turn ("brilliant, thank you ganesh.").
        # ... or a listed name no everyday word is before a comma ("thanks rhea, all clear now").
        listed_comma = comma and (tok.name or tok.first) and not tok.common
        return SCORE if nxt is None or nxt.key in followers or cased or bracketed or listed_comma or word_comma else 0.0
    return 0.0


_CLOSERS = frozenset({",", ".", "!", ""})
# Words that close a thanks in capitals as well as names do ("Thanks Anyway,", "Thanks Again!").
_NOT_ADDRESSED = frozenset("anyway again though too both tons loads lots much kindly".split())


# A given name listed in this many locales is a name when a closing or greeting addresses it, even when
# it is an everyday word too ("thanks peter that helps", "cheers lily", "hi jack").
WELL_KNOWN_SPREAD = 8
_ADDRESSING = compile_fast(_CLOSING.pattern[:-len(r")\s*$")] + r"|\bhi|\bhello|\bhey|\bdear)\s*$", re.IGNORECASE)


def well_known_addressed(text: str, cue_end: int, tok: Token) -> float:
    """``SCORE`` when ``tok`` is a widely listed given name right after a closing or a greeting, else 0."""
    if not tok.first or tok.spread < WELL_KNOWN_SPREAD or tok.function or tok.possessive \
            or tok.key in TERMS_OF_ADDRESS:
        return 0.0
    return SCORE if _ADDRESSING.search(text[max(0, cue_end - 40):cue_end]) else 0.0

