"""Names in lists: more names coordinated with a found one ("mike jim and bob", "Kónya, Abe and Narula")."""
from __future__ import annotations

from recognizers.names.lexicon import WELL_ATTESTED
from recognizers.names.reasons import REASON_NAME_LIST
from recognizers.names.rules import COORDINATORS, OBJECT_WORDS, Candidate, extend
from recognizers.names.tokens import Token


def coordinated(text: str, tokens: list[Token], candidates: list[Candidate]) -> list[Candidate]:
    """Names listed after a found name ("mike jim and bob", "chris, kimberly and aaronson"), and before
    it, comma-separated ("Kónya, Abe and Narula")."""
    ends = sorted({c.last for c in candidates if c.score >= 0.5})
    out: list[Candidate] = []
    while ends:
        j = ends.pop() + 1
        if j < len(tokens) and tokens[j].key in COORDINATORS:
            j += 1
        elif not (j < len(tokens) and text[tokens[j - 1].end:tokens[j].start].strip() == ","):
            continue
        if j >= len(tokens):
            continue
        tok = tokens[j]
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if tok.function or len(tok.key) < 2 or tok.possessive and tok.common:
            continue
        given = tok.first and (not tok.common or tok.spread >= WELL_ATTESTED)
        if not (given or (len(tok.key) >= 4 and tok.unknown)):
            continue
        # "call john and mark it": an ambiguous word followed by its object is a verb.
        if tok.common and after is not None and after.key in OBJECT_WORDS:
            continue
        last = extend(text, tokens, j)
        out.append(Candidate(j, last, 0.6, REASON_NAME_LIST))
        ends.append(last)
    return out + _listed_before(text, tokens, candidates + out)


def _listed_before(text: str, tokens: list[Token], candidates: list[Candidate]) -> list[Candidate]:
    """Names listed before a found one that another found name follows, comma-separated ("founders:
    Kónya, Abe and Narula"); not a vocative after a noun ("thanks for your patience, Yanis")."""
    taken = {c.first for c in candidates}
    in_list = {c.first for c in candidates if c.score >= 0.5 and _followed_by_name(text, tokens, c.last, taken)}
    starts = sorted(in_list)
    out: list[Candidate] = []
    while starts:
        j = starts.pop(0) - 1
        if j < 0 or j in taken or text[tokens[j].end:tokens[j + 1].start].strip() != ",":
            continue
        if j > 0 and tokens[j - 1].function:  # "your patience", "the manager"
            continue
        tok = tokens[j]
        given = tok.first and (not tok.common or tok.spread >= WELL_ATTESTED)
        if tok.function or tok.possessive or not (given or (len(tok.key) >= 4 and tok.unknown)):
            continue
        out.append(Candidate(j, j, 0.6, REASON_NAME_LIST))
        taken.add(j)
        starts.insert(0, j)
    return out


def _followed_by_name(text: str, tokens: list[Token], last: int, starts: set[int]) -> bool:
    """Whether a comma or a coordinator and then a found name follow token ``last``."""
    j = last + 1
    if j < len(tokens) and tokens[j].key in COORDINATORS:
        j += 1
    elif not (j < len(tokens) and text[tokens[last].end:tokens[j].start].strip() == ","):
        return False
    return j in starts
