"""Romanized East and Southeast Asian surnames spelled like short English words ("minjae so", "jihyeon in",
"seoyeon oh", "khang do", "xin you", "man ng", "mr ok speaking"), and Vietnamese given names spelled
like English words before a surname ("my truong", "an quach", "tram vu").

Korean (O/Oh, In, So, Wi, Do, Ok, Yu, Ha, An, Ma), Chinese and Cantonese (He, You, She, Ng, So, To, Ho, Yu) and
Vietnamese (Do, To, Vu) surnames (public knowledge). A function word never continues a name in
``recognizers.names.name_runs.extend``; one of these does when it follows a given name and ends the name:
at the end of the turn, before punctuation, or before a word that follows names ("at", "and", "will",
"speaking"). Never before a question mark ("what will jihun do?") or another word ("tell jihun so he knows").
Function-word surnames need a Chinese, Japanese, Korean or Vietnamese given name before them ("celia so who
am i speaking with" keeps "so"). Burmese name elements that are English words ("than", "win", "may") join
a name next to another Burmese element ("nan aung win").
"""
from __future__ import annotations

from recognizers.names.lexicon import THANKS_SHORT, lexicon
from recognizers.names.tokens import Token, adjacent, keys_of, positions

# Surnames that are English function or everyday words ("so", "in", "oh", "you"): curated, not list data.
SHORT_SURNAMES = frozenset("so in oh ok do to he you she ng wi yu ha an ma ho".split())
# Surnames no English text puts after a given name: they may follow any given name ("adi ng", "nizam yap",
# "raza butt"): Chinese, Korean, Malaysian Chinese, Cambodian and Pakistani surnames.
RARE_WORD_SURNAMES = frozenset("ng wi yap tee chow goh sou chea butt lone".split())
# ... and those that may follow a given name that is an everyday word too ("man ng").
NEVER_WORDS = frozenset(("ng", "wi"))
SURNAME_WORDS = SHORT_SURNAMES | RARE_WORD_SURNAMES
# Elements of Burmese names that are English words ("than", "win", "may"): part of a name next to another
# Burmese element ("may than than lwin naing", "nan aung win"; data/name_syllables.txt lists the others).
BURMESE_WORDS = frozenset("than win may tin saw thin san nu ma mi ni hla".split())
BURMESE = frozenset("""aung aye chaw cho hla hlaing hnin htay htet htike htun htut htwe khaing khin kyaw kyi kyu
    lwin maung moe myat myint myo mya naing nandar nay nwe nyein nyi oo phyo pyae sandar sein shwe soe swe
    thant thaung thaw thazin thein thet thida thiri thu thura thuzar tun wai yadanar yamin zar zaw zin
    zeya""".split())
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
    for i'm im that's thats she's shes he's hes on with is was""".split())
# What may come right after the last word of a name that ends a clause.
_CLAUSE_END = frozenset(".,!;:)")


def ends_name(text: str, name: Token, nxt: Token, after: Token | None, start: Token | None = None) -> bool:
    """Whether ``nxt``, a short surname word, is the surname ending the given name ``name`` (``start``: the
    first word of a given name spoken as syllables, "chae won oh")."""
    if nxt.key not in SURNAME_WORDS or (name.capitalized and not nxt.capitalized):
        return False  # "Thanks Minjae so I'll wait": a capitalized given name, a lowercase word
    if name.possessive or name.function or not adjacent(text, name, nxt):
        return False
    if start is not None and name.syllable and east_asian_given(start):
        return name_boundary(text, nxt, after)  # "jun woo do", "min seo wi": the last syllable may be a word
    if name.common and not (nxt.key in NEVER_WORDS and name.first) and not _short_east_asian(name):
        return False  # "the man so", "a lot to": everyday words ("man ng", "li he" are names)
    if not (east_asian_given(name) or (nxt.key in RARE_WORD_SURNAMES and (name.first or name.unknown))):
        return False  # "celia so who am i speaking with", "whitby in about an hour": English words
    return name_boundary(text, nxt, after)


# Words after a name that close, address or time the turn: never the surname after a given name.
NOT_SURNAMES = frozenset("""bye goodbye take have mate love dear hun hon sir madam maam thanks thank cheers
    sorry okay yes yeah yep nope right sure great fine cool here there now then today tonight tomorrow yesterday
    later again too also first last please speaking calling back soon said says well good lol haha xx""".split()) | frozenset(
    THANKS_SHORT)


def surname_after_east_asian(text: str, name: Token, nxt: Token, after: Token | None) -> bool:
    """Whether ``nxt``, a short word of any kind, is the surname after a listed Chinese, Korean, Japanese or
    Vietnamese given name that ends the name there ("yuyeon bag returning your call", "hanju am")."""
    if nxt.function or nxt.possessive or not 2 <= len(nxt.key) <= 4 or nxt.key in NOT_SURNAMES \
            or nxt.capitalized != name.capitalized or name.possessive or not adjacent(text, name, nxt):
        return False
    if not east_asian_given(name):
        return False
    return name_boundary(text, nxt, after)


def _short_east_asian(tok: Token) -> bool:
    """A two-letter Chinese, Korean or Vietnamese given name that a dictionary also lists ("li", "yu")."""
    return len(tok.key) == 2 and tok.syllable and tok.key in lexicon().east_asian


def east_asian_given(tok: Token) -> bool:
    """A given name a Chinese, Japanese, Korean or Vietnamese list holds, or romanized syllables ("khang",
    "jihun", "xiaoming")."""
    return (not tok.common or _short_east_asian(tok)) and not tok.function and (
        tok.syllable or tok.key in lexicon().east_asian or (tok.first and lexicon().is_compound(tok.key)))


def name_boundary(text: str, tok: Token, after: Token | None) -> bool:
    """Whether a name may end at ``tok``: the turn or a clause ends (not with "?"), or a word that
    follows names comes next."""
    if after is None or not adjacent(text, tok, after):
        rest = text[tok.end:].lstrip(" ")
        return not rest or rest[0] in _CLAUSE_END or rest[0] == "\n"
    return after.key in NAME_FOLLOWERS or (after.possessive and after.key + "'s" in NAME_FOLLOWERS)


def surname_pairs(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """``(first, last)`` token indexes of given name + short or Vietnamese surname pairs no list shows:
    "khang do", "cong do", "an quach", "my truong", "tram vu", "An Zhang" (the pair must end the name)."""
    out = []
    lex = lexicon()
    for i in (k - 1 for k in positions(keys_of(tokens), _pair_surnames(lex), 1)):  # (a pair ends in one of them)
        given, surname = tokens[i], tokens[i + 1]
        if surname.key in FUNCTION_SURNAMES and _function_surname(text, tokens, i):
            out.append((i, i + 1))
            continue
        if given.key in GIVEN_WORDS:
            # "my to do list": only a Vietnamese or Chinese surname after "my", "an" ("an quach", "an zhang")
            if surname.function or not (surname.key in VIETNAMESE_SURNAMES or (
                    surname.key in lex.east_asian and surname.key in lex.last and not surname.english)):
                continue
        elif surname.key not in SURNAME_WORDS and surname.key not in VIETNAMESE_SURNAMES:
            continue
        elif given.possessive or given.function or len(given.key) < 2 or not (east_asian_given(given) or (
                surname.key in RARE_WORD_SURNAMES or not surname.english)
                and (given.unknown or given.first) and (not given.common or surname.key in NEVER_WORDS)):
            continue  # "rebook you for ...": a word no list holds before a short English word
        if (given.capitalized and not surname.capitalized) or not adjacent(text, given, surname):
            continue
        if name_boundary(text, surname, tokens[i + 2] if i + 2 < len(tokens) else None):
            out.append((i, i + 1))
    return out


_PAIR_SURNAMES: list = [None, frozenset()]  # (lexicon, its pair surnames)


def _pair_surnames(lex) -> frozenset[str]:
    """Every word that can end a pair below: a function, short or Vietnamese surname, or an East Asian
    surname a list holds (after a given name that is an everyday word). Kept for the last lexicon read."""
    if _PAIR_SURNAMES[0] is not lex:
        _PAIR_SURNAMES[:] = [lex, FUNCTION_SURNAMES | SURNAME_WORDS | VIETNAMESE_SURNAMES
                             | (frozenset(lex.east_asian) & frozenset(lex.last))]
    return _PAIR_SURNAMES[1]


# "Đỗ" written "do": a surname after a Vietnamese given name that is an everyday word too, ending the name
# ("son do", "booked under tai do", "put tan do on the permit"), never after a determiner ("what will my son
# do") nor ending a question ("what did an do").
FUNCTION_SURNAMES = frozenset(("do",))
QUESTION_WORDS = frozenset("what how why when where who which should would could can will did does shall".split())
_DETERMINERS = frozenset("a an the my your his her our their this that its".split())


def _function_surname(text: str, tokens: list[Token], i: int) -> bool:
    given, surname = tokens[i], tokens[i + 1]
    if given.possessive or given.capitalized != surname.capitalized or not adjacent(text, given, surname) or not (
            given.key in GIVEN_WORDS or (given.syllable and given.first and given.key in lexicon().east_asian)):
        return False
    if i > 0 and tokens[i - 1].key in _DETERMINERS:
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if after is None and any(t.key in QUESTION_WORDS for t in tokens[:i]):
        return False
    return name_boundary(text, surname, after)


# Surnames that are function words and may open a surname-first Chinese or Korean name ("he xin", "do yun
# min"); never "in", "to", "so", "you", "oh", "ok" (a preposition or pronoun before a place or a name).
SURNAME_FIRST = frozenset("he do ma ha yu ho".split())


def surname_first(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """``(first, last)`` of a function-word surname before a Chinese or Korean given name that is no English
    word ("he xin calling about a claim", "He Qiang", "do yun min")."""
    out = []
    for i in positions(keys_of(tokens), SURNAME_FIRST, 0, len(tokens) - 1):
        surname, given = tokens[i], tokens[i + 1]
        if given.english or given.function or given.possessive \
                or not east_asian_given(given) or surname.capitalized != given.capitalized \
                or not adjacent(text, surname, given):
            continue
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if name_boundary(text, given, after) or (after is not None and adjacent(text, given, after) and (
                after.syllable or after.unknown or (after.name and not after.common))):
            out.append((i, i + 1))
    return out


def continues_burmese(prev: Token, nxt: Token) -> bool:
    """Whether ``nxt`` continues a Burmese name ending with ``prev`` ("nan aung win", "tun htut than")."""
    return (prev.key in BURMESE and (nxt.key in BURMESE_WORDS or nxt.key in BURMESE)) or (
        prev.key in BURMESE_WORDS and nxt.key in BURMESE)


def burmese_start(text: str, tokens: list[Token], first: int) -> int:
    """First token of a name starting at ``first`` grown left over Burmese elements that are English words
    ("may than than lwin naing"), only before a Burmese element."""
    while first > 0 and tokens[first].key in BURMESE | BURMESE_WORDS and tokens[first - 1].key in BURMESE_WORDS \
            and adjacent(text, tokens[first - 1], tokens[first]) and first >= 1 \
            and any(t.key in BURMESE for t in tokens[first:first + 3]):
        first -= 1
    return first
