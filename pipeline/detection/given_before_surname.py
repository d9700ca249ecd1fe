"""An everyday word before a surname found alone is the surname's given name, where the words around say so.

Given names that are everyday words ("Sparkle", "Hero", "Slate", "Peaches", "Rebel") are in no name list, and no
list could hold every word parents choose. When a recognizer finds the surname after one ("in sparkle [tunstall]'s
name", "[hammond]" of "from slate hammond"), the surrogate replaces the surname and the given name stays in the
output: half a name. The word before a surname found alone (a listed surname or a word in no list) is taken as its
given name when

* a preposition or, after a noun, a form of "be" comes before the pair ("in sparkle tunstall's name", "the mechanic
  was rebel oakes", "we bought the car off juniper coulson"; not "you've been great lael"), or a line's or sentence's
  start does (not before an acknowledgement: "fine vusala can sign") and what follows the pair is what a subject
  does ("peaches dunmore moved in", "tiger jaris was driving", "steel appleby parked it"), not what follows an
  object ("ask osborne to call", "call pollard back", "give rahman money"), or a field's colon does and the pair
  ends the text ("Witness 2: spike meadows");
* the word is no function word, title, possessive or name-ending word, no person noun ("with nurse osborne"), not
  a form of a verb ("is called osborne"), and no cue phrase ends with it ("my cousin osborne").

Plain predicates over ``recognizers.names.tokens`` tokens, used by ``name_completion``; they log nothing.
"""
from __future__ import annotations

from pipeline.detection.name_edges import ends_names
from pipeline.detection.name_positions import PERSON_NOUNS
from recognizers.names.cue_phrases import closes_cue
from recognizers.names.lexicon import lexicon
from recognizers.names.name_words import AFTER_NAME_WORDS
from recognizers.names.modal_subjects import OPENERS
from recognizers.names.subjects import PERSON_PAIRS, SUBJECT_PAIRS, SUBJECT_VERBS
from recognizers.names.vocatives import TERMS_OF_ADDRESS
from recognizers.names.tokens import Token, adjacent

# Words that put a name right after them: prepositions (not "to", which also opens a verb: "to ask osborne"), and
# forms of "be" after a noun ("the mechanic was", "our accountant is"; not "it was", "you've been": an adjective and a
# vocative follow those, "you've been great lael").
PREPOSITIONS = frozenset("in off from with by for of on under".split())  # not "at": "at mama oliech" is a place
BE_FORMS = frozenset("is was are were".split())
# Words opening a sentence before a vocative, not a given name ("fine vusala can sign", "great, ...").
ACKNOWLEDGEMENTS = frozenset("fine great lovely perfect brilliant excellent fantastic wonderful good nice cool super "
                             "right sure alright thanks cheers sorry".split()) | OPENERS | TERMS_OF_ADDRESS
# After a pair that opens a sentence, what a subject is followed by: an auxiliary (``SUBJECT_AUXILIARIES``), a verb
# only people do or the first word of a pair that says so ("came with", "moved in", "still gets": ``SUBJECT_FOLLOWERS``),
# or a past tense ("parked", "booked"). Not a noun: "give rahman money", "tell ravi problem solved" open with a verb,
# the surname its object.
SUBJECT_AUXILIARIES = frozenset("was is has had will would did does can could".split())
SUBJECT_FOLLOWERS = frozenset(SUBJECT_VERBS) | frozenset(first for first, _ in PERSON_PAIRS | SUBJECT_PAIRS)
# Adverbs a sentence or a clause opens with before a name ("only himari is fine", "in first kostas comes later").
ADVERBS = frozenset("first only just also even still really maybe actually anyway".split())
# Verb endings: "is called osborne", "was speaking osborne" (only on words of five letters or more: "reed", "ming").
_VERB_ENDINGS = ("ed", "ing")


def _surname_alone(tok: Token) -> bool:
    """A finding's one word that a given name would precede: a listed surname or a word no list holds."""
    return len(tok.key) >= 3 and tok.key.isalpha() and (tok.unknown or tok.key in lexicon().last)


def _given_word(tokens: list[Token], k: int) -> bool:
    tok = tokens[k]
    return tok.key.isalpha() and len(tok.key) >= 3 and not (tok.function or tok.possessive) \
        and not ends_names(tok) and tok.key not in AFTER_NAME_WORDS and tok.key not in PERSON_NOUNS \
        and tok.key not in ADVERBS \
        and not (len(tok.key) >= 5 and tok.key.endswith(_VERB_ENDINGS)) and not closes_cue(tokens, k)


def _subject_follows(text: str, tokens: list[Token], last: int) -> bool:
    """What follows the pair makes it a sentence's subject (``SUBJECT_FOLLOWERS``, or a past tense)."""
    if last + 1 >= len(tokens) or not adjacent(text, tokens[last], tokens[last + 1]):
        return False
    nxt = tokens[last + 1]
    key = nxt.key  # an auxiliary is a function word: tried first
    return key in SUBJECT_AUXILIARIES or not nxt.function and (
        key in SUBJECT_FOLLOWERS or (len(key) >= 5 and key.endswith("ed") and key.isalpha()))


def given_word_before_surname(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """``tokens[first - 1]``, an everyday word, is the given name of the surname found alone at ``tokens[first]``
    (``first == last``): see the module's docstring."""
    if first != last or first < 1:
        return False
    if not (_surname_alone(tokens[first]) and _given_word(tokens, first - 1)):
        return False
    before = first - 2
    if before >= 0 and adjacent(text, tokens[before], tokens[first - 1]):
        return _puts_name_after(tokens, before)
    if before >= 0 and ":" in text[tokens[before].end:tokens[first - 1].start]:
        return last + 1 == len(tokens)  # "Witness 2: spike meadows": a form field's value filling its line
    return tokens[first - 1].key not in ACKNOWLEDGEMENTS and _subject_follows(text, tokens, last)


def _puts_name_after(tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` is a preposition, or a form of "be" after a noun."""
    tok = tokens[k]
    if tok.possessive:
        return False
    if tok.key in PREPOSITIONS:
        return True
    return tok.key in BE_FORMS and k > 0 and not tokens[k - 1].function and tokens[k - 1].key.isalpha()
