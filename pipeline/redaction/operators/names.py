"""Person-name surrogates: token-wise keyed mapping with a first/last role.

"Priya Raghunathan" -> "Amara Okafor", then "priya" -> "amara", "RAGHUNATHAN" -> "OKAFOR",
"Priya's" -> "Amara's", "r a g h u n a t h a n" -> "o k a f o r": every token is mapped on its own
(keyed by scope, role and the case-folded token), so variants of one name agree without shared state.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Container, Iterable

from pipeline.redaction.operators.base import KeyedRng, match_case
from pipeline.redaction.operators.pools import KNOWN_FIRST, KNOWN_LAST, NAME_GROUPS, POOLS_BY_ROLE
from recognizers.start_set import compile_fast

ROLE_FIRST = "first"
ROLE_LAST = "last"
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "mister", "missus"})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_WORD = compile_fast(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_POSSESSIVE = compile_fast(r"^(?P<base>.+?)(?P<suffix>['’]s)$", re.IGNORECASE)
_SPELLED = compile_fast(r"^[^\W\d_](?:(?:\s*[-.,]\s*|\s+)[^\W\d_])+[.]?$", re.UNICODE)
# A patronymic mark between a given name and the father's ("Sujatha d/o Ramasamy"): kept like a title.
_PATRONYMIC_MARK = compile_fast(r"(?<![^\W\d_])(?:[sdw]/o|a/[lp])(?![^\W\d_])", re.IGNORECASE)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
MIN_SPELLED_LETTERS = 3

# (role, case-folded token) -> surrogate in pool case; supplied by the plan context (keyed, cached)
TokenMapper = Callable[[str, str], str]


@dataclass(frozen=True, slots=True)
class NameToken:
    """One word of a name value: its position, text without possessive, and the possessive suffix."""

    start: int
    end: int
    text: str
    suffix: str


def split_possessive(word: str) -> tuple[str, str]:
    """("Priya", "'s") for "Priya's"; the suffix is empty when there is none."""
    m = _POSSESSIVE.match(word)
    if m and len(m.group("base")) > 1:
        return m.group("base"), m.group("suffix")
    return word, ""


def name_tokens(value: str) -> list[NameToken]:
    """The words of a name value, possessives split off."""
    tokens = []
    for m in _WORD.finditer(value):
        base, suffix = split_possessive(m.group())
        tokens.append(NameToken(m.start(), m.end(), base, suffix))
    return tokens


def is_spelled(value: str) -> bool:
    """True for a name spelled letter by letter: "g o n z a l e z", "G-O-N-Z-A-L-E-Z"."""
    return bool(_SPELLED.match(value.strip())) and sum(map(str.isalpha, value)) >= MIN_SPELLED_LETTERS


def _core_tokens(tokens: list[NameToken]) -> list[NameToken]:
    return [t for t in tokens if t.text.casefold().rstrip(".") not in TITLES | SUFFIXES]


def token_roles(value: str) -> dict[str, str]:
    """Roles a multi-word name value gives its words: first word first name, last word surname.

    "Raghunathan, Priya" (comma form) gives the roles the other way round. Single-word values give none:
    their role comes from evidence elsewhere in the conversation or from the known-name lists.
    """
    core = [t for t in _core_tokens(name_tokens(value)) if len(t.text) > 1]
    if len(core) < 2:
        return {}
    comma_form = "," in value[core[0].end:core[1].start]
    roles = {}
    for i, tok in enumerate(core):
        is_last = (i == 0) if comma_form else (i == len(core) - 1)
        roles.setdefault(tok.text.casefold(), ROLE_LAST if is_last else ROLE_FIRST)
    return roles


def lone_role(folded: str, evidence: dict[str, str]) -> str:
    """Role of a name word seen alone: conversation evidence, then the known-name lists, then first."""
    if folded in evidence:
        return evidence[folded]
    if folded in KNOWN_LAST and folded not in KNOWN_FIRST:
        return ROLE_LAST
    return ROLE_FIRST


def draw_name(rng: KeyedRng, role: str, avoid: str, taken: Container[str] = ()) -> str:
    """A name for ``role`` from a balanced pool: origin group first (equal share), then a name in it; never
    ``avoid`` (the original) nor a word of ``taken`` (the conversation's real names: a surrogate "Yusuf" beside
    a real Yusuf reads as the real one)."""
    pools = POOLS_BY_ROLE[role]
    while True:
        candidate = rng.choice(pools[rng.choice(NAME_GROUPS)])
        folded = candidate.casefold()
        if folded != avoid and folded not in taken:
            return candidate


def _random_letter(rng: KeyedRng, avoid: str) -> str:
    while True:
        letter = rng.choice(_LETTERS)
        if letter != avoid.casefold():
            return letter


def surrogate_name(value: str, mapper: TokenMapper, evidence: dict[str, str],
                   letter_rng: Callable[[str], KeyedRng],
                   initial: Callable[[str], str | None] | None = None) -> str:
    """Replace every name word in ``value``, keeping titles, punctuation, case and possessives.

    Args:
        value: The detected name text.
        mapper: (role, folded word) -> surrogate word (keyed and consistent in the scope).
        evidence: Roles learned from multi-word names in the same conversation.
        letter_rng: folded initial -> rng for a replacement initial.
        initial: folded initial -> the initial of the surrogate of the name it abbreviates, or None
            (then a keyed random letter); ``None`` keeps surrogate.v1's random initials.
    """
    if is_spelled(value):
        return _surrogate_spelled(value, mapper, evidence)
    tokens = name_tokens(value)
    core = _core_tokens(tokens)
    own_roles = token_roles(value)
    titled = len(core) == 1 and len(tokens) > 1 and tokens[0].text.casefold().rstrip(".") in TITLES
    marks = [m.span() for m in _PATRONYMIC_MARK.finditer(value)] if "/" in value else []
    out, cursor = [], 0
    for tok in tokens:
        out.append(value[cursor:tok.start])
        folded = tok.text.casefold()
        if tok not in core or any(a <= tok.start < b for a, b in marks):
            out.append(tok.text)
        elif len(tok.text) == 1:  # an initial
            letter = initial(folded) if initial is not None else None
            out.append(match_case(tok.text, letter or _random_letter(letter_rng(folded), folded)))
        else:
            role = own_roles.get(folded) or (ROLE_LAST if titled else lone_role(folded, evidence))
            out.append(match_case(tok.text, mapper(role, folded)))
        out.append(tok.suffix)
        cursor = tok.end
    out.append(value[cursor:])
    return "".join(out)


def _surrogate_spelled(value: str, mapper: TokenMapper, evidence: dict[str, str]) -> str:
    letters = [c for c in value if c.isalpha()]
    folded = "".join(letters).casefold()
    # Spelled names are usually surnames ("can you spell your last name"): prefer that role when unknown.
    role = evidence.get(folded) or (ROLE_FIRST if folded in KNOWN_FIRST and folded not in KNOWN_LAST else ROLE_LAST)
    new_letters = mapper(role, folded)
    first_letter = value.strip()[0]
    separator = re.search(r"[^\W\d_]([\s\-.,]+)[^\W\d_]", value).group(1)
    rendered = separator.join(match_case(first_letter, c) for c in new_letters)
    if value.rstrip().endswith(".") and not rendered.endswith("."):
        rendered += "."
    lead = value[: len(value) - len(value.lstrip())]
    trail = value[len(value.rstrip()):]
    return lead + rendered + trail


def person_clusters(values: Iterable[str]) -> list[int]:
    """Cluster id per value: two values share one when they share a name word (first appearance order)."""
    cluster_of_word: dict[str, int] = {}
    result = []
    next_id = 0
    for value in values:
        words = ({"".join(filter(str.isalpha, value)).casefold()} if is_spelled(value)
                 else {t.text.casefold() for t in _core_tokens(name_tokens(value)) if len(t.text) > 1})
        if not words:
            words = {value.strip().casefold()}
        found = [cluster_of_word[w] for w in words if w in cluster_of_word]
        cid = min(found) if found else next_id
        if not found:
            next_id += 1
        for w in words:
            cluster_of_word.setdefault(w, cid)
        result.append(cid)
    return result
