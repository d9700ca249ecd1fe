"""Names said to hold a role or a relation, or to live next door ("eray next door has the same problem"), ("tamir is the engineer", "was Bing the team leader", "is Boyet your
housing officer", "shirin is my sister"), names with their role after them ("escalated it to feyisayo my team leader", "bima my son
sorted it") and names coordinated with the speaker or the listener ("you'll hear
from mykola or me", "me and rahim"). Only what people are or do with "me" / "you": a firm or a thing is no carer.
"""
from __future__ import annotations

import re

from recognizers.names.cue_phrases import CUE_NOUNS
from recognizers.names.lexicon import lexicon
from recognizers.names.name_words import INTERJECTIONS, Candidate
from recognizers.names.person_predicates import follows_owner
from recognizers.names.person_words import OCCUPATIONS, RELATIVES
from recognizers.names.reasons import REASON_CUE_PHRASE
from recognizers.names.tokens import Token, positions
from recognizers.names.typos import typo
from recognizers.start_set import compile_fast

# Close family, said of a word that opens its clause ("so ward is my spouse", "rain is her daughter"): any everyday
# word there is a name; not the role nouns of a form ("the registered keeper is my wife": a word before it).
_CLOSE_KIN = frozenset("""wife husband spouse partner son daughter mum mom dad mother father brother sister fiance fiancee
    stepson stepdaughter grandson granddaughter nephew niece grandmother grandfather""".split())
# The last word of a role said of someone ("the team leader", "your housing officer", "my carer"); not
# "courier" ("was evri the courier": a firm).
ROLES = (CUE_NOUNS | OCCUPATIONS | frozenset("""officer leader caretaker supervisor teacher doctor gp worker
    assistant advisor adviser agent representative rep keyworker headteacher head kids children sons daughters
    parents grandparents grandkids grandchildren member contact owner pupil student patient""".split()) | _CLOSE_KIN) \
    - {"courier"}  # "so X is the member and you're the contact"; instructors, nannies ...: ``cue_words.ROLE_NOUNS``
_IS_WAS = frozenset(("is", "was", "are"))  # "are": "X and Y are my kids"
_OWNERS = frozenset("the your my our his her their".split())
_SPEAKERS = frozenset(("me", "myself", "you"))
_AND_OR = frozenset(("and", "or"))
_FILLER_AFTER_YOU = frozenset(("know", "see", "mean"))
_SAME_CLAUSE = compile_fast(r"[ \t]+(?:and|or)[ \t]+", re.IGNORECASE)
_LEADS = frozenset(("shift", "team"))
_MAX_BETWEEN = 2  # words between the owner and the role ("your housing officer", "the new team leader")


def role_statements(text: str, tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """Names in the role statements, speaker coordinations and "next door" above."""
    return _roles(tokens, keys) + _with_speaker(text, tokens, keys) + _next_door(tokens, keys) + _appositions(text, tokens, keys)


def _holder(tok: Token) -> bool:
    """A word that can be a person's name here: listed, unknown, rare, or capitalized inside a sentence."""
    if tok.function or tok.possessive or len(tok.key) < 2 or not tok.key.isalpha() or tok.key in RELATIVES:
        return False
    return tok.name or tok.unknown or (tok.capitalized and not tok.sentence_start) or lexicon().is_rare_word(tok.key)


def _role_holder(tok: Token) -> bool:
    """A holder, or a given name that is an everyday word before the role ("precious is the shift lead")."""
    return _holder(tok) or (tok.key in lexicon().word_given and not tok.possessive)


_FORM_PARTIES = frozenset("keeper holder payer policyholder cosigner signatory".split())  # "... keeper is my wife"
_KIN_OWNERS = _OWNERS - {"the", "your"}  # "ward is my spouse", not "... is the / your wife"
_CLAUSE_OPENERS = frozenset("""and so but well yes yeah yep oh ok okay because cos um uh er erm now actually basically
    honestly see""".split())


def _opens_kin_clause(tokens: list[Token], keys: list[str], k: int) -> bool:
    """``tokens[k - 1]`` opens "<word> is my wife / son / mum ...": a word any name may be."""
    tok = tokens[k - 1]
    return keys[k] == "is" and k + 2 < len(keys) and keys[k + 1] in _KIN_OWNERS and keys[k + 2] in _CLOSE_KIN \
        and not tokens[k + 2].possessive and len(tok.key) >= 3 and tok.key.isalpha() and not tok.function \
        and tok.key not in ROLES and tok.key not in RELATIVES and tok.key not in _FORM_PARTIES \
        and (tok.sentence_start or k == 1 or keys[k - 2] in _CLAUSE_OPENERS)


def _role_at(tokens: list[Token], keys: list[str], k: int, leads: bool = False) -> int:
    """Index of the role noun closing the owner word at ``k`` ("your [housing] officer"), or -1; ``leads``: also "the
    shift / team lead" (said with "is": "X is the shift lead", not "hiya the shift lead")."""
    for j in range(k + 1, min(k + 2 + _MAX_BETWEEN, len(keys))):
        if (keys[j] in ROLES or (leads and keys[j] == "lead" and keys[j - 1] in _LEADS)) and not tokens[j].possessive:
            return j  # "the shift lead", not "the lead"
        if tokens[j].function or tokens[j].possessive:
            return -1
    return -1


def _roles(tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """ "tamir is the engineer", "güneş orhan is my carer" (name first); "was bing the team leader", "is boyet
    your housing officer" (a question)."""
    out = []
    for k in positions(keys, _IS_WAS):
        if k + 2 < len(keys) and _holder(tokens[k + 1]) and keys[k + 2] in _OWNERS \
                and _role_at(tokens, keys, k + 2, True) > 0:
            out.append(Candidate(k + 1, k + 1, 0.6, REASON_CUE_PHRASE))  # "was bing the team leader"
        if 0 < k < len(keys) - 1 and keys[k + 1] in _OWNERS and (_role_holder(tokens[k - 1]) or _opens_kin_clause(
                tokens, keys, k)) and _role_at(tokens, keys, k + 1, True) > 0:
            first = k - 2 if k >= 2 and _holder(tokens[k - 2]) and (tokens[k - 2].name or tokens[k - 2].unknown) else k - 1
            if follows_owner(tokens, first):
                continue  # "the new engineer is my cousin"
            out.append(Candidate(first, k - 1, 0.6, REASON_CUE_PHRASE))
    return out


def _with_speaker(text: str, tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """ "you'll hear from mykola or me", "me and rahim": a name and "and" / "or" with "me", "myself" or "you", in
    one clause (not "Thank you. And ah, ...") and not the filler "you know"; before "and you" no everyday word
    ("the appointment has been made and you will ...")."""
    out = []
    for k in positions(keys, _AND_OR, 1):
        if k + 1 >= len(keys):
            break
        if not _SAME_CLAUSE.fullmatch(text, tokens[k - 1].end, tokens[k + 1].start) \
                or (keys[k + 1] == "you" and k + 2 < len(keys) and keys[k + 2] in _FILLER_AFTER_YOU):
            continue
        tok = tokens[k - 1]
        if keys[k + 1] in _SPEAKERS and _holder(tok) and (keys[k + 1] != "you" or not tok.common or tok.capitalized) \
                and not follows_owner(tokens, k - 1):
            out.append(Candidate(k - 1, k - 1, 0.6, REASON_CUE_PHRASE))
        elif keys[k - 1] in _SPEAKERS and _holder(tokens[k + 1]) and not tokens[k - 1].possessive:
            out.append(Candidate(k + 1, k + 1, 0.6, REASON_CUE_PHRASE))
    return out


_NEXT = frozenset(("next",))


def _next_door(tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """ "eray next door has the same problem": a listed or unknown word right before "next door" (not "the house
    next door", "to the next door")."""
    out = []
    for k in positions(keys, _NEXT, 1):
        tok = tokens[k - 1]
        if k + 1 < len(keys) and keys[k + 1] == "door" and (k + 2 >= len(keys) or keys[k + 2] != "to") \
                and _holder(tok) and (tok.name or tok.unknown or tok.capitalized) and not tok.common \
                and not follows_owner(tokens, k - 1):
            out.append(Candidate(k - 1, k - 1, 0.6, REASON_CUE_PHRASE))
    return out


_SAME_PHRASE = compile_fast(r"[ \t]+")
_AT = frozenset(("at",))
_FROM = frozenset(("from",))
_THE = frozenset(("the", "your"))
_APPOSITION_KEYS = _OWNERS | _AT | _FROM
# Where someone works, after "from": "X from the office rang", "X from your team said", "X from billing".
_WORKPLACES = frozenset("""office team department branch store shop bank council company agency billing accounts
    support work reception site depot warehouse hr payroll sales admin""".split())
# Where staff stand: "at the front desk", "at the till", "at your reception".
_DESKS = frozenset("desk counter till tills reception checkout front door gate kiosk".split())


def _desk_at(keys: list[str], k: int) -> bool:
    """A desk or a counter within two words after ``keys[k]`` ("the [front] desk")."""
    return any(key in _DESKS for key in keys[k + 1:k + 3])


def _workplace_at(keys: list[str], k: int) -> bool:
    """A workplace right after ``keys[k]`` ("from billing") or after an owner word ("from the office")."""
    return k + 1 < len(keys) and (keys[k + 1] in _WORKPLACES or (
        keys[k + 1] in _OWNERS and k + 2 < len(keys) and keys[k + 2] in _WORKPLACES))


# A hesitation or an interjection ("salam euh my brother", "ya my sister"), never a name here.
_HESITATIONS = INTERJECTIONS | frozenset("euh yah ja hmm erm".split())
# What may stand right before a name that a role follows: the turn's start, a preposition or verb of handing on, an
# opener ("so bhuvan the plumber"), not any word ("anyone except my sister").
_LEAD_INS = frozenset("to with from for and is was ask call tell told so yes yeah oh um uh well okay ok then".split())


def _named_holder(tok: Token) -> bool:
    """A word no dictionary or list gives another use: listed as a name only or held by no list, no typo of a
    frequent word ("ecxept"), no hesitation."""
    return _holder(tok) and (tok.name or tok.unknown) and not tok.common and not tok.english and len(tok.key) >= 3 \
        and tok.key not in _HESITATIONS and not typo(tok)


def _leads_in(text: str, tokens: list[Token], first: int) -> bool:
    """``tokens[first]`` opens the turn or a clause, or follows a lead-in word."""
    return first == 0 or tokens[first - 1].key in _LEAD_INS \
        or not _SAME_PHRASE.fullmatch(text, tokens[first - 1].end, tokens[first].start)


def _appositions(text: str, tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """ "escalated it to feyisayo my team leader", "bhuvan the plumber came out": a name right before "my" / "the" /
    ... and a relation or a role, or "at the" and a counter or a desk ("ojal at the front desk was rude"), or "from"
    and a workplace ("bhuvan from the office rang"), one clause, only spaces between; not an everyday word ("call my
    son", "thanks my dear", "sign at the desk")."""
    out = []
    for k in positions(keys, _APPOSITION_KEYS, 1):
        last = k - 1
        placed = keys[k] in _AT or keys[k] in _FROM  # a place after the name, no role
        if keys[k] in _FROM:
            if not _workplace_at(keys, k):
                continue
        elif placed:
            k += 1
            if k >= len(keys) or keys[k] not in _THE or not _desk_at(keys, k):
                continue
        if tokens[k].possessive or not _named_holder(tokens[last]) or (not placed and _role_at(tokens, keys, k) < 0) \
                or not _SAME_PHRASE.fullmatch(text, tokens[last].end, tokens[last + 1].start) or follows_owner(tokens, last) \
                or (last and keys[last - 1] in _IS_WAS and not placed):
            continue  # ... "is boyet your housing officer" is a role statement (``_roles``)
        first = last
        while first > max(0, last - 2) and _named_holder(tokens[first - 1]) \
                and _SAME_PHRASE.fullmatch(text, tokens[first - 1].end, tokens[first].start):
            first -= 1
        if _leads_in(text, tokens, first):
            out.append(Candidate(first, last, 0.6, REASON_CUE_PHRASE))
    return out
