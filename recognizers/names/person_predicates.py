"""Names found by what is said only of a person, whatever the word: an occupation ("why bill bur is a better
comedian"), a person's relations and ratings ("what is trump's approval rating"), "<name> and his / her ..."
("the story of ramanujan and his journey"), "what's <name> been up to" and "<name>'s been ringing me". Public figures are people: their names
are redacted like anyone's. The frames are strong enough to take everyday words ("trump", "bur")."""
from __future__ import annotations

from recognizers.names.lexicon import lexicon
from recognizers.names.name_words import Candidate
from recognizers.names.person_words import BEEN, NAMED_ATTRIBUTES, OCCUPATIONS, PERSON_ATTRIBUTES, RELATIVES
from recognizers.names.reasons import REASON_CUE_PHRASE
from recognizers.names.tokens import Token, positions

# "what's <name> been up to": the words after "been".
_BEEN = frozenset((BEEN,))
_BEEN_DOING = frozenset("on up doing saying tweeting talking".split())
_HIS_HER = frozenset(("his", "her"))
_IS_WAS = frozenset(("is", "was"))
_A = frozenset(("a", "an", "the"))
DETERMINERS = frozenset("the a an my your our his her their this that its these those".split())
_OPINION_VERBS = frozenset("think believe say reckon".split())
_DETAILS = frozenset("date dob passport maiden".split())  # a person's details, not their relations
_ATTRIBUTES = PERSON_ATTRIBUTES | NAMED_ATTRIBUTES
_MAX_WORDS = 2  # words of the name in these frames ("bill bur", "donald trump")
_MAX_ADJECTIVES = 2  # "a much better comedian"


def person_predicates(tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """The names of the frames above, each a run of up to two words after a clause boundary."""
    return _occupations(tokens, keys) + _attributes(tokens, keys) + _and_his(tokens, keys) \
        + _been_doing(tokens, keys) + _been_at_me(tokens, keys)


def follows_owner(tokens: list[Token], i: int) -> bool:
    """Token ``i`` follows a determiner or a possessive ("the bank", "my son's wife"): a thing or a relation; a function
    word's "'s" is "is" ("what's juniper's date of birth"), no owner."""
    return i > 0 and (tokens[i - 1].key in DETERMINERS or (tokens[i - 1].possessive and not tokens[i - 1].function))


def _possessor(tok: Token) -> bool:
    """A word with "'s" that may be a name: no function word or relation ("mum's")."""
    return tok.possessive and not tok.function and tok.key.isalpha() and len(tok.key) >= 2 and tok.key not in RELATIVES


def _name_like_possessor(tok: Token) -> bool:
    """A possessor that is a name, not a role: listed and no everyday word, no list's word, a word given name, a rare
    dictionary word, or capitalized inside a sentence."""
    lex = lexicon()
    return (tok.name and not tok.common) or tok.unknown or tok.key in lex.word_given or lex.is_rare_word(tok.key) \
        or (tok.capitalized and not tok.sentence_start and not tok.common)


def _name_word(tok: Token) -> bool:
    return not tok.function and not tok.possessive and len(tok.key) >= 2 and tok.key.isalpha() \
        and tok.key not in RELATIVES


def _given_before(tok: Token) -> bool:
    """A word that may open the name before its last word: listed or unknown ("bill bur", not "think messi")."""
    return _name_word(tok) and (tok.name or tok.unknown)


def _run_before(tokens: list[Token], end: int) -> int:
    """The first index of the name run ending at ``end`` (inclusive), or -1: its last word and a listed or
    unknown word before it, after a boundary (the turn's start, a function word that is no determiner, or "think" / "say")."""
    first = end
    while first > end - _MAX_WORDS + 1 and first > 0 and _given_before(tokens[first - 1]):
        first -= 1
    if first == 0:
        return first
    if follows_owner(tokens, first):
        return -1
    before = tokens[first - 1]
    return first if before.function or before.key in _OPINION_VERBS else -1


def _occupations(tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """ "why bill bur is a better comedian", "do you think messi was the best player"."""
    out = []
    for k in positions(keys, OCCUPATIONS, 3):
        j = k - 1
        while j > 0 and k - j <= _MAX_ADJECTIVES and not tokens[j].function:
            j -= 1  # the adjectives before the noun
        if keys[j] not in _A or j < 2 or keys[j - 1] not in _IS_WAS or not _name_word(tokens[j - 2]):
            continue
        first = _run_before(tokens, j - 2)
        # A listed, unknown or rare word among them: not "address is the coach house", "dinner is a chef's".
        if first >= 0 and any(t.name or t.unknown or not t.common for t in tokens[first:j - 1]):
            out.append(Candidate(first, j - 2, 0.6, REASON_CUE_PHRASE))
    return out


def _attributes(tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """ "what is trump's approval rating", "obama's wife", "lovely's date of birth": a possessive before what only a
    person has."""
    out = []
    for k in positions(keys, _ATTRIBUTES, 1):
        if not _possessor(tokens[k - 1]):
            continue  # not "mum's birthday"
        if keys[k] in NAMED_ATTRIBUTES and not _name_like_possessor(tokens[k - 1]) \
                and not (keys[k] == "name" and "in" in keys[max(0, k - 3):k - 1]):  # "in buddy's name", "in amy lee's name"
            continue  # "would you spell cooper's name", not "the account holder's name", "the patient's name"
        if keys[k] == "approval" and (k + 1 >= len(keys) or not keys[k + 1].startswith("rating")):
            continue
        if keys[k] in _DETAILS and ((keys[k] == "date" and keys[k + 1:k + 3] != ["of", "birth"])
                                    or any(key in DETERMINERS for key in keys[max(0, k - 3):k - 1])):
            continue  # "lovely's date of birth", not "the claim's date", "the lead passenger's date of birth"
        given = k >= 2 and (_given_before(tokens[k - 2]) or (tokens[k - 2].key in lexicon().word_given
                                                             and _name_word(tokens[k - 2])))
        first = k - 1 if not given or tokens[k - 2].end + 1 != tokens[k - 1].start \
            else k - 2  # (one space between: not "back, lovely's"; "sterling doyle's birthday")
        if follows_owner(tokens, first):
            continue  # "the company's children's fund", "my son's wife"
        out.append(Candidate(first, k - 1, 0.6, REASON_CUE_PHRASE))
    return out


def _and_his(tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """ "the story of ramanujan and his mathematical journey": a name before "and his" / "and her"."""
    out = []
    for k in positions(keys, _HIS_HER, 2):
        if keys[k - 1] != "and" or not _name_word(tokens[k - 2]):
            continue
        first = _run_before(tokens, k - 2)
        if first >= 0:
            out.append(Candidate(first, k - 2, 0.6, REASON_CUE_PHRASE))
    return out


def _been_doing(tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """ "what's trump been on about", "what has ana been up to"."""
    out = []
    for k in positions(keys, _BEEN, 2):
        if k + 1 >= len(keys) or keys[k + 1] not in _BEEN_DOING or not _name_word(tokens[k - 1]):
            continue
        first = k - 1 if not _given_before(tokens[k - 2]) else k - 2
        if first < 1:
            continue
        opener = tokens[first - 1]
        if (opener.key == "what" and opener.possessive) or (
                opener.key == "has" and first >= 2 and keys[first - 2] == "what"):
            out.append(Candidate(first, k - 1, 0.6, REASON_CUE_PHRASE))
    return out


# "hila's been ringing me": what a person keeps doing to the speaker.
_AT_ME = frozenset("""ringing calling phoning texting emailing messaging chasing bothering pestering harassing shouting
    telling asking""".split())


# What a person has been to the caller ("chidi's been really helpful"); said of things too, so only after a word no
# dictionary has ("today's been great", "the weather's been lovely" are none).
_PRAISE = frozenset("great brilliant helpful unhelpful lovely rude amazing fantastic useless kind wonderful awful".split())
_INTENSIFIERS = frozenset("really so very super".split())


def _been_at_me(tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """A name with "'s been" before a verb of calling or telling ("hila's been ringing me every day") or a word of
    praise or blame ("chidi's been really helpful"); not a relation, a thing ("work's been ringing") or after a
    determiner ("the bank's been calling")."""
    out = []
    for k in positions(keys, _BEEN, 1):
        tok = tokens[k - 1]
        if k + 1 >= len(keys) or not _possessor(tok):
            continue
        praised = keys[k + 1] in _PRAISE or (keys[k + 1] in _INTENSIFIERS and k + 2 < len(keys) and keys[k + 2] in _PRAISE)
        if not (keys[k + 1] in _AT_ME and (tok.name or tok.unknown or tok.capitalized or lexicon().is_rare_word(tok.key))
                or praised and (tok.unknown or tok.name and not tok.common) and not tok.english):
            continue
        first = k - 2 if k >= 2 and _given_before(tokens[k - 2]) else k - 1
        if follows_owner(tokens, first):
            continue
        out.append(Candidate(first, k - 1, 0.6, REASON_CUE_PHRASE))
    return out
