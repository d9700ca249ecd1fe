"""Names in lists: more names coordinated with a found one ("mike jim and bob", "Kónya, Abe and Narula")."""
from __future__ import annotations

from recognizers.names.cue_phrases import CUE_NOUNS
from recognizers.names.lexicon import WELL_ATTESTED
from recognizers.names.reasons import REASON_NAME_LIST
from recognizers.names.name_runs import extend
from recognizers.names.name_words import CLAUSE_LINKS, COORDINATORS, OBJECT_WORDS, Candidate
from recognizers.names.tokens import Token, keys_of, positions


def coordinated(text: str, tokens: list[Token], candidates: list[Candidate]) -> list[Candidate]:
    """Names listed after a found name ("mike jim and bob", "chris, kimberly and aaronson"), and before
    it, comma-separated ("Kónya, Abe and Narula")."""
    ends = sorted({c.last for c in candidates if c.score >= 0.5})
    out: list[Candidate] = []
    while ends:
        j = _next_item(text, tokens, ends.pop())
        if j is None:
            continue
        tok = tokens[j]
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if tok.function or len(tok.key) < 2 or tok.possessive and tok.common or not _listable(tok):
            continue
        # "call john and mark it": an ambiguous word followed by its object is a verb.
        if tok.common and after is not None and after.key in OBJECT_WORDS:
            continue
        last = extend(text, tokens, j)
        out.append(Candidate(j, last, 0.6, REASON_NAME_LIST))
        ends.append(last)
    keys = keys_of(tokens)
    return out + _listed_before(text, tokens, candidates + out) + _paired(text, tokens, candidates + out) \
        + _after_me(text, tokens, keys) + _with_family(text, tokens, keys)


_SELF = frozenset(("me", "i", "myself"))
_ME = frozenset(("me",))
_GROUP_OPENERS = frozenset("the my our his her their".split())  # "me, X and the kids", "me, X and my wife"
_AND = frozenset(("and",))


def _after_me(text: str, tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """A list the speaker opens: "covers me, revathi and rashmi", "it's me aditi and kavya": two list words after
    "me" (a comma or a space), joined by "and" or a comma; or one after "me," (or a word no list holds after "me") and
    before "and the ..." ("that's me, carmine and the two kids", "me haidar and my brother")."""
    out = []
    for k in positions(keys, _ME, 0, len(tokens) - 3):
        j = k + 1
        if text[tokens[k].end:tokens[j].start].strip() not in ("", ","):
            continue
        nxt = _next_item(text, tokens, j)
        if nxt is None or tokens[j].function or not _listable(tokens[j]):
            continue
        if _listable(tokens[nxt]) and not tokens[nxt].function and (tokens[j].unknown or tokens[nxt].unknown or tokens[j].first):
            out += [Candidate(j, j, 0.6, REASON_NAME_LIST), Candidate(nxt, nxt, 0.6, REASON_NAME_LIST)]
        elif tokens[nxt - 1].key == "and" and tokens[nxt].key in _GROUP_OPENERS and (
                "," in text[tokens[k].end:tokens[j].start] or tokens[j].unknown):
            out.append(Candidate(j, j, 0.6, REASON_NAME_LIST))  # "that's me, carmine and the two kids", "me haidar and my"
    return out


_FAMILY = frozenset("kids children boys girls twins grandkids grandchildren family".split())
_POSSESSIVES = _GROUP_OPENERS - {"the"}  # "X and my brother": a relation or a role after these


def _with_family(text: str, tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """A name opening the turn or a clause (after a stop or a comma), then "and the kids" / "and my children" ("bukky
    and the kids were in the back") or "and my brother" (a relation or a role after my / our / his / her / their), or two
    then "both" ("diksha and ifeyinwa both came out"): a listed given name or an unknown word of three letters or more."""
    out = []
    for k in positions(keys, _AND, 1, len(tokens) - 2):
        j, tok = k - 1, tokens[k - 1]
        both = keys[k + 2] == "both" and _person_word(tokens[k + 1])  # "X and Y both came out"
        group = keys[k + 1] in _GROUP_OPENERS and (keys[k + 2] in _FAMILY or (
            keys[k + 1] in _POSSESSIVES and keys[k + 2] in CUE_NOUNS))  # "X and my brother raghav"
        if not (both or group) or not _person_word(tok):
            continue
        if j == 0 or text[:tok.start].rstrip()[-1:] in ".!?,;:\n":
            out += [Candidate(j, j, 0.6, REASON_NAME_LIST)] + [Candidate(k + 1, k + 1, 0.6, REASON_NAME_LIST)] * both
    return out


def _person_word(tok: Token) -> bool:
    return not (tok.function or tok.possessive) and (tok.first or tok.unknown) and len(tok.key) >= 3 \
        and tok.key not in _SELF


def _paired(text: str, tokens: list[Token], candidates: list[Candidate]) -> list[Candidate]:
    """A name-like word joined by "and" to a found name ("Jinsha and Nazlı", before it) or to the speaker
    ("me and aktan went", "feiliao and i")."""
    firsts = {c.first for c in candidates if c.score >= 0.5}
    taken = {k for c in candidates for k in range(c.first, c.last + 1)}
    out = []
    for k in positions(keys_of(tokens), _AND, 1, len(tokens) - 1):
        for j, other in ((k - 1, k + 1), (k + 1, k - 1)):
            tok = tokens[j]
            if j in taken or tok.function or tok.possessive \
                    or not (_listable(tok) or _subject_with_me(text, tokens, j, other)) \
                    or not (tokens[other].key in _SELF or (j < k and other in firsts)):
                continue
            if j < k and j > 0 and tokens[j - 1].function and tokens[j - 1].key not in _SELF \
                    and tokens[j - 1].key not in CLAUSE_LINKS and not text[tokens[j - 1].end:tok.start].strip():
                continue  # "the salt and pepper", "for bread and ..."
            out.append(Candidate(j, j, 0.6, REASON_NAME_LIST))
    return out


# What "X and me" / "X and i" do together, opening a sentence: "sunny and me swapped lates", "hope and i went".
_DONE_TOGETHER = frozenset("went were are did do have had got get swapped share shared work worked both".split())


def _subject_with_me(text: str, tokens: list[Token], j: int, other: int) -> bool:
    """A given name, even an everyday word, opening a sentence or a clause before "and me / and i" and a verb."""
    tok, k = tokens[j], other + 1
    return other == j + 2 and tokens[other].key in _SELF and tok.first and len(tok.key) >= 3 and k < len(tokens) \
        and (tokens[k].key in _DONE_TOGETHER or (tokens[k].key.endswith("ed") and tokens[k].english)) \
        and (j == 0 or text[:tok.start].rstrip()[-1:] in ".!?,;:\n" or tokens[j - 1].key in CLAUSE_LINKS)


def _listed_before(text: str, tokens: list[Token], candidates: list[Candidate]) -> list[Candidate]:
    """Names listed before a found one that another found name follows, comma-separated ("founders:
    Kónya, Abe and Narula"); not a vocative after a noun ("thanks for your patience, Yanis")."""
    taken = {c.first for c in candidates}
    starts = sorted({c.first for c in candidates if c.score >= 0.5 and _next_item(text, tokens, c.last) in taken})
    out: list[Candidate] = []
    while starts:
        j = starts.pop(0) - 1
        if j < 0 or j in taken or text[tokens[j].end:tokens[j + 1].start].strip() != ",":
            continue
        if j > 0 and tokens[j - 1].function:  # "your patience", "the manager"
            continue
        tok = tokens[j]
        if tok.function or tok.possessive or not _listable(tok):
            continue
        out.append(Candidate(j, j, 0.6, REASON_NAME_LIST))
        taken.add(j)
        starts.insert(0, j)
    return out


def _listable(tok: Token) -> bool:
    """A word that is a name when it stands in a list with one: a well-attested given name or an unknown word."""
    given = tok.first and (not tok.common or tok.spread >= WELL_ATTESTED)
    return given or (len(tok.key) >= 4 and tok.unknown)


def _next_item(text: str, tokens: list[Token], last: int) -> int | None:
    """The index of the list item after token ``last`` (past "and" / "or" or a comma), or None."""
    j = last + 1
    if j < len(tokens) and tokens[j].key in COORDINATORS:
        j += 1
    elif not (j < len(tokens) and text[tokens[last].end:tokens[j].start].strip() == ","):
        return None
    return j if j < len(tokens) else None
