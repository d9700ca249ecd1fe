"""Romanized East and Southeast Asian surnames spelled like short English words ("minjae so", "jihyeon in",
"seoyeon oh", "khang do", "xin you", "man ng", "mr ok speaking"), and Vietnamese given names spelled
like English words before a surname ("my truong", "an quach", "tram vu").

Korean (O/Oh, In, So, Wi, Do, Ok, Yu, Ha, An, Ma), Chinese and Cantonese (He, You, She, Ng, So, To, Ho, Yu) and
Vietnamese (Do, To, Vu) surnames (public knowledge). A function word never continues a name in
``recognizers.names.rules.extend``; one of these does when it follows a given name and ends the name:
at the end of the turn, before punctuation, or before a word that follows names ("at", "and", "will",
"speaking"). Never before a question mark ("what will jihun do?") or another word ("tell jihun so he knows").
"""
from __future__ import annotations

from recognizers.names.lexicon import lexicon
from recognizers.names.tokens import Token, adjacent

# Surnames that are English function or everyday words ("so", "in", "oh", "you"): curated, not list data.
SHORT_SURNAMES = frozenset("so in oh ok do to he you she ng wi yu ha an ma ho".split())
# ... of them, those no English text puts after a name: they may follow any given name ("adi ng").
RARE_WORD_SURNAMES = frozenset(("ng", "wi"))
# Frequent Vietnamese surnames without tone marks (public knowledge).
VIETNAMESE_SURNAMES = frozenset("""nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly
    truong quach danh cao bach lam dinh luong mai ta chung to lac trinh doan ha tong la kieu thach chau
    giang lu luu vuong tang tieu""".split())
# Vietnamese given names that are English words (My, An, Ba, Tram, Hang, Cat, Tin, Ai, Son): a name only
# right before a Vietnamese surname that ends the name ("my truong and i'm the account holder").
GIVEN_WORDS = frozenset("my an ba tram hang cat tin ai son".split())
# Words that follow a name and cannot follow the English reading of the surname word ("minjae so at the
# new place", "jihun in at the old address", "haeun so and i'm the account holder").
NAME_FOLLOWERS = frozenset("""at and who will down please here speaking calling from again returning
    for i'm im that's thats she's shes he's hes on with""".split())
# What may come right after the last word of a name that ends a clause.
_CLAUSE_END = frozenset(".,!;:)")


def ends_name(text: str, name: Token, nxt: Token, after: Token | None) -> bool:
    """Whether ``nxt``, a short surname word, is the surname ending the given name ``name``."""
    if nxt.key not in SHORT_SURNAMES or (name.capitalized and not nxt.capitalized):
        return False  # "Thanks Minjae so I'll wait": a capitalized given name, a lowercase word
    if name.possessive or name.common or name.function or not adjacent(text, name, nxt):
        return False
    if not (east_asian_given(name) or (nxt.key in RARE_WORD_SURNAMES and (name.first or name.unknown))):
        return False  # "celia so who am i speaking with", "whitby in about an hour": English words
    return name_boundary(text, nxt, after)


def east_asian_given(tok: Token) -> bool:
    """A given name a Chinese, Japanese, Korean or Vietnamese list holds, or romanized syllables ("khang",
    "jihun", "xiaoming")."""
    return not tok.common and not tok.function and (
        tok.syllable or tok.key in lexicon().east_asian or (tok.first and lexicon().is_compound(tok.key)))


def name_boundary(text: str, tok: Token, after: Token | None) -> bool:
    """Whether a name may end at ``tok``: the turn or a clause ends (not with "?"), or a word that
    follows names comes next."""
    if after is None or not adjacent(text, tok, after):
        rest = text[tok.end:].lstrip(" ")
        return not rest or rest[0] in _CLAUSE_END or rest[0] == "\n"
    return after.key in NAME_FOLLOWERS


def surname_pairs(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """``(first, last)`` token indexes of given name + short or Vietnamese surname pairs no list shows:
    "khang do", "cong do", "an quach", "my truong", "tram vu" (the pair must end the name)."""
    out = []
    for i in range(len(tokens) - 1):
        given, surname = tokens[i], tokens[i + 1]
        if surname.key not in SHORT_SURNAMES and surname.key not in VIETNAMESE_SURNAMES:
            continue
        if given.key in GIVEN_WORDS:
            if surname.function or surname.key not in VIETNAMESE_SURNAMES:
                continue  # "my to do list": only a real Vietnamese surname after "my", "an"
        elif given.possessive or given.function or len(given.key) < 2 or not (east_asian_given(given) or (
                surname.key in RARE_WORD_SURNAMES or not surname.english)
                and (given.unknown or given.first) and not given.common):
            continue  # "rebook you for ...": a word no list holds before a short English word
        if (given.capitalized and not surname.capitalized) or not adjacent(text, given, surname):
            continue
        if name_boundary(text, surname, tokens[i + 2] if i + 2 < len(tokens) else None):
            out.append((i, i + 1))
    return out
