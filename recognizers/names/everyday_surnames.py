"""A surname that is an everyday English word, right after a given name, where a clause ends.

Surnames from every naming tradition are spelled like English words ("Nag", "Dam", "Pink", "Weld",
"Lao", "Gain"); in lowercase speech-to-text no list or capital tells them apart. Right after a given name
that no everyday word could be ("fuad", "benazir", "hanhan") and right before a word that opens the next
clause ("she's my gran", "i think", "ringing back", an agent's "how can i help"; a comma may come between),
such a word ends the name: "on behalf of fuad nag she's my gran", "the driver was rodolfo pink i think". Words that
follow names ("back", "again", "today", "thanks") or an object ("it", "them") never count, nor a word
before anything else or at the turn's end ("play rahman music", "give sanjay money for the taxi"), nor a verb
form ("emilia saying i'm late").
"""
from __future__ import annotations

from recognizers.names.lexicon import lexicon
from recognizers.names.name_words import AFTER_NAME_WORDS, INTERJECTIONS, OBJECT_WORDS
from recognizers.names.short_surnames import NOT_SURNAMES
from recognizers.names.tokens import Token, adjacent
from recognizers.names.vocatives import TERMS_OF_ADDRESS

# Words that open the clause after a name ("fuad nag she's my gran", "rodolfo pink i think", "benazir
# dam ringing back about ...", "hanhan lao who lives ...").
CLAUSE_OPENERS = frozenset("""she he they i who she's shes he's hes they're theyre i'm im i'll ill i've ive
    here speaking calling ringing phoning""".split())
# Thanks and honorifics in the languages callers mix in ("vito rios gracias", "uma ji").
_COURTESY = frozenset("gracias merci danke grazie obrigado obrigada shukriya dhanyavad dhanyavaad ji sahib".split())
# Conjunctions that open the next clause themselves ("it was graham before she married").
_CONJUNCTIONS = frozenset("before after since until till once because unless though although whereas".split())
# Adverbs that end the clause of the name ("can she go with nyibol instead she taught ...").
_ADVERBS = frozenset("instead anyway either then now first later yesterday tonight already still even please".split())
_NEVER = NOT_SURNAMES | AFTER_NAME_WORDS | OBJECT_WORDS | TERMS_OF_ADDRESS | INTERJECTIONS | _COURTESY | _CONJUNCTIONS \
    | _ADVERBS


def clear_given_name(tok: Token) -> bool:
    """A given name no everyday word could be: listed and not frequent English, or in no list at all."""
    return not tok.function and not tok.possessive and len(tok.key) >= 3 and not tok.common \
        and (tok.first or tok.unknown)


def everyday_surname(text: str, tokens: list[Token], last: int, introduced: bool = False) -> bool:
    """Whether ``tokens[last + 1]`` is an everyday word that is the surname after the given name
    ``tokens[last]`` (the name ends at a clause boundary right after it; ``introduced``: "my name is" stands before
    the given name, and the end of the turn is such a boundary too: "the name is malo coat")."""
    prev, nxt = tokens[last], tokens[last + 1]
    if not (clear_given_name(prev) or introduced and prev.name and not prev.common and len(prev.key) >= 3) or nxt.function or nxt.possessive or not nxt.key.isalpha() \
            or not 2 <= len(nxt.key) <= 10 or nxt.key in _NEVER or nxt.capitalized != prev.capitalized \
            or (nxt.english and nxt.key.endswith("ly")) or not adjacent(text, prev, nxt):
        return False
    if nxt.key.endswith("ing") and lexicon().is_inflected_common(nxt.key):
        return False  # "send it to emilia saying i'm late"
    if last + 2 >= len(tokens):
        return introduced  # else the end of a turn is no evidence ("play rahman music", "the time in orlando fl")
    after = tokens[last + 2]
    if after.key == "but" and last + 3 < len(tokens) and tokens[last + 3].key in CLAUSE_OPENERS:
        after = tokens[last + 3]  # "booked under fabrizio gentile but i'm travelling ..." (never "money but not")
    gap = text[nxt.end:after.start].strip().removeprefix("but").strip()
    return gap in ("", ",") and "\n" not in text[nxt.end:after.start] and (
        after.key in CLAUSE_OPENERS or (after.possessive and after.key + "'s" in CLAUSE_OPENERS)
        or _offers_help([t.key for t in tokens[last + 2:last + 6]]))


def _offers_help(keys: list[str]) -> bool:
    """The words open an agent's offer of help: "how can i help", "how may we assist"."""
    return len(keys) == 4 and keys[0] == "how" and keys[1] in ("can", "may", "could") and keys[2] in ("i", "we") \
        and keys[3] in ("help", "assist")
