"""Names as the subject of a question opening with a modal or an auxiliary ("could kushal pick up the keys", "can amber
collect it", "has joy-joy given you a quote") or the object of "put ... down" ("put sienna lee down as the contact"),
and what opens a sentence."""
from __future__ import annotations

from recognizers.names import tokens as _name_tokens
from recognizers.names.lexicon import lexicon
from recognizers.names.name_words import OBJECT_WORDS, Candidate
from recognizers.names.reasons import REASON_CUE_PHRASE
from recognizers.names.tokens import Token, positions

OPENERS = frozenset("yes yeah yep hi hello hey hiya heya oh um uh ok okay so well morning afternoon evening"
                    .split())
MODALS = frozenset("could can would will should".split())
# ... and the auxiliaries of a question about what someone did: "has joy-joy given you a quote", "did oyin send it"
_AUXILIARIES = frozenset("has have did does hasn't haven't didn't doesn't hasnt didnt doesnt".split())
_MODAL_KEYS = MODALS | _AUXILIARIES | {"put"}
# Hesitations inside a clause ("so garret uh came round", "then X um noticed ... and she said").
SHORT_FILLERS = frozenset("uh um er erm".split())
_LEAD_WORDS = OPENERS | SHORT_FILLERS | frozenset(("and", "then"))  # "yeah so uh X from the office rang", "and then X"
_MAX_LEAD = 3


def opens(text: str, tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` opens a sentence, or follows only one to three openers and hesitations ("so", "yeah so uh") at
    the turn start."""
    return _name_tokens.sentence_start(text, tokens[i].start) or (
        0 < i <= _MAX_LEAD and all(t.key in _LEAD_WORDS for t in tokens[:i]) and (i == 1 or not any(
            _name_tokens.sentence_start(text, t.start) for t in tokens[1:i])))


def modal_subjects(text: str, tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """ "could amber okafor collect it" (a modal opening the question, a name, a verb), "put sienna lee down"."""
    out = []
    for k in (k + 1 for k in positions(keys, _MODAL_KEYS, 0, len(tokens) - 2)):
        aux = tokens[k - 1].key in _AUXILIARIES
        if not (tokens[k - 1].key == "put" or ((aux or tokens[k - 1].key in MODALS) and opens(text, tokens, k - 1))) \
                or not _modal_subject(tokens[k]):
            continue
        last = k + 1 if _modal_subject(tokens[k + 1]) and _name_tokens.adjacent(text, tokens[k], tokens[k + 1]) \
            and not tokens[k + 1].english else k  # "could amber okafor collect it"
        verb = tokens[last + 1] if last + 1 < len(tokens) else None
        if tokens[k - 1].key == "put":  # "put sienna lee down as the contact"
            ends = [j for j in (k + 1, k + 2) if j < len(tokens) and tokens[j].key == "down"]
            if ends and all(not t.function and t.key.isalpha() for t in tokens[k:ends[0]]):
                out.append(Candidate(k, ends[0] - 1, 0.6, REASON_CUE_PHRASE))
            continue
        if verb is not None and verb.english and not verb.function and not verb.unknown and verb.key not in OBJECT_WORDS \
                and (not verb.name or (aux and verb.common)):  # ("given" is a given name too)
            out.append(Candidate(k, last, 0.6, REASON_CUE_PHRASE))
    return out


_INDEFINITE = frozenset("anybody anyone somebody someone everybody everyone nobody noone".split())


def _modal_subject(tok: Token) -> bool:
    return not tok.function and len(tok.key) >= 2 and not tok.possessive and tok.key not in _INDEFINITE and (
        tok.unknown or tok.first or (tok.name and not tok.common) or lexicon().is_rare_word(tok.key))
