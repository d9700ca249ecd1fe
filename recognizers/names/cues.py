"""Cue phrases before a name ("my name is", "mr", "thanks", "call", "my friend", "with") and their scores.

Speed: a cue regex is never run over the whole turn. Each cue kind lists the words its phrases can
start with (``recognizers.names.cue_phrases``); tokenization records, per written word, which kinds may start there, and
the regex is matched only at those positions, in text order, skipping positions inside the previous
match of the same kind: the same matches ``finditer`` gives (``cue_candidates(..., gated=False)`` is
that reference path; a test checks both agree).
"""
from __future__ import annotations

import bisect

from recognizers.names import tokens as _name_tokens
from recognizers.names.cue_phrases import CUE_KINDS, KIND_BITS
from recognizers.names.filters import CLOSING_WORDS
from recognizers.names.lexicon import FUNCTION_WORD_NAMES, lexicon
from recognizers.names.rules import (INTRO_FOLLOWERS, MAX_NAME_TOKENS, Candidate, extend)
from recognizers.names.tokens import Token
from recognizers.names.vocatives import TERMS_OF_ADDRESS, addressed_score
from recognizers.names.reasons import REASON_CUE_PHRASE


def _matches(text: str, tokens: list[Token], gated: bool) -> list[tuple[str, int]]:
    """(kind, match end) of every cue match, kinds in ``CUE_KINDS`` order, each in text order."""
    out: list[tuple[str, int]] = []
    if not gated:
        for kind in CUE_KINDS:
            out.extend((kind.name, m.end()) for m in kind.pattern.finditer(text))
        return out
    starts: list[tuple[int, int]] = [(tok.start + offset, mask) for tok in tokens
                                     for offset, mask in tok.cues]
    if not starts:
        return out
    for kind, bit in zip(CUE_KINDS, KIND_BITS.values()):
        last_end = -1
        match = kind.pattern.match
        for pos, mask in starts:
            if mask & bit and pos >= last_end and pos >= 0:
                m = match(text, pos)
                if m:
                    out.append((kind.name, m.end()))
                    last_end = m.end()
    return out


def cue_candidates(text: str, tokens: list[Token], gated: bool = True) -> list[Candidate]:
    """Names right after a cue phrase, self-introductions and biography questions."""
    lex = lexicon()
    out: list[Candidate] = []
    starts = [t.start for t in tokens]
    for kind, end in _matches(text, tokens, gated):
        i = bisect.bisect_left(starts, end)
        if i >= len(tokens) or text[end:tokens[i].start].strip():
            continue
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        # The name's second word, if any ("will brown"; "will, and ..." has none), and the word after.
        joined = nxt if nxt is not None and _name_tokens.adjacent(text, tok, nxt) else None
        score = cue_score(kind, tok, nxt, joined,
                          tokens[i + 2] if joined is not None and i + 2 < len(tokens) else None)
        if not score and kind == "greeting":
            score = addressed_score(text, end, tok, nxt, TURN_FOLLOWERS)
        if not score and not (kind == "greeting" and tok.name):
            continue
        last = extend(text, tokens, i, kind in ("strong", "greeting", "title"))
        if not score and last > i and tokens[last].key in lex.last:
            score = 0.7  # "it's rim salmi the account holder": given name + surname
        if score:
            # The title is redacted with the name: it tells the gender, and labels include it.
            first = i - 1 if kind in ("title", "honorific") and i > 0 else i
            out.append(Candidate(first, last, score, REASON_CUE_PHRASE))
    out.extend(_self_intro(tokens))
    out.extend(_bracketed(tokens))
    out.extend(_subjects(text, tokens))
    return out


# "when was tom hanks born": a biographical question brackets a name.
BIOGRAPHY_BEFORE = frozenset(("was", "is", "were"))
BIOGRAPHY_AFTER = _name_tokens._BIOGRAPHY_AFTER
# A name right before "speaking", "here" or "calling" at the start of a turn: "yes li speaking",
# "amr el shaaban calling about a claim".
SELF_INTRO_AFTER = frozenset(("speaking", "here", "calling"))
# Words after a name in an agent's introduction: "this is will from billing".
COMPANY_INTRO = frozenset(("from", "calling", "speaking", "here"))
# Words after a name addressed or introduced in passing that close or hand the turn on: "thank you grace
# appreciated", "cheers lily bye", "no worries grace take care", "you're welcome kaz have a good day",
# "i'm hang what's your name".
TURN_FOLLOWERS = CLOSING_WORDS | frozenset("you've youve you'll youll what what's whats how let that's thats"
                                           " appreciated cheers enjoy speak talk".split())
OPENERS = frozenset("yes yeah yep hi hello hey oh um uh ok okay so well morning afternoon evening"
                    .split())


def _bracketed(tokens: list[Token]) -> list[Candidate]:
    """ "what year was bill pullman born": up to three content words between "was" and "born"."""
    out = []
    for k, tok in enumerate(tokens):
        if tok.key not in BIOGRAPHY_AFTER:
            continue
        for i in range(k - 1, max(k - MAX_NAME_TOKENS, 0) - 1, -1):
            if tokens[i].key in BIOGRAPHY_BEFORE:
                if i < k - 1:
                    out.append(Candidate(i + 1, k - 1, 0.65, REASON_CUE_PHRASE))
                break
            if tokens[i].function or len(tokens[i].key) < 2:
                break
    return out


# A person is the subject: "Tomomi lives on ...", "adaeze was born in enugu", "Dexter works at the bank".
# How much a verb says its subject is a person: only people speak, phone or apologise (any listed name or an
# unknown word); people live, move and are born (a listed name no dictionary has, or an unknown word); brands
# and teams also work and say things (a listed name no dictionary has).
SUBJECT_VERBS = {
    **dict.fromkeys("spoke phoned emailed texted messaged mentioned promised apologised apologized".split(), 2),
    **dict.fromkeys("lives lived moved studied graduated grew".split(), 1),
    **dict.fromkeys("works worked said says told wrote".split(), 0),
}
SUBJECT_PAIRS = frozenset((("is", "from"), ("was", "from"), ("comes", "from"), ("came", "from"),
                           ("was", "born"), ("is", "originally"), ("was", "raised")))
# "is priya about?", "is tomoko around": a question opening with "is", a name, and where the person is.
PRESENCE_WORDS = frozenset("about around available there in free back".split())


def _subjects(text: str, tokens: list[Token]) -> list[Candidate]:
    """A name opening a sentence (or after "so", "yeah" ...) before a verb whose subject is a person, and
    the name in "is <name> about"."""
    out = []
    for k in range(1, len(tokens)):
        key = tokens[k].key
        pair = k + 1 < len(tokens) and (key, tokens[k + 1].key) in SUBJECT_PAIRS
        strength = 1 if pair else SUBJECT_VERBS.get(key, -1)
        if key in PRESENCE_WORDS:
            first = _name_run(text, tokens, k, 2 if key in ("about", "around") else 0)
            if 0 < first < k and tokens[first - 1].key == "is" and _opens(text, tokens, first - 1):
                out.append(Candidate(first, k - 1, 0.6, REASON_CUE_PHRASE))
        if strength >= 0:
            first = _name_run(text, tokens, k, strength)
            if first < k and _opens(text, tokens, first):
                out.append(Candidate(first, k - 1, 0.6, REASON_CUE_PHRASE))
    return out


def _name_run(text: str, tokens: list[Token], k: int, strength: int) -> int:
    """Index of the first of up to three adjacent name-like words right before ``tokens[k]``."""
    first = k
    while first > 0 and k - first < MAX_NAME_TOKENS - 1 and _subject_word(tokens[first - 1], strength) \
            and (first == k or _name_tokens.adjacent(text, tokens[first - 1], tokens[first])):
        first -= 1
    return first


def _opens(text: str, tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` opens a sentence, or follows only an opener ("so", "yeah") at the turn start."""
    return _name_tokens.sentence_start(text, tokens[i].start) or (i == 1 and tokens[0].key in OPENERS)


def _subject_word(tok: Token, strength: int) -> bool:
    if tok.function or len(tok.key) < 2:
        return False
    if strength == 2:
        return tok.name or tok.first or tok.unknown
    return (tok.name and not tok.english) or (strength == 1 and tok.unknown)


def _self_intro(tokens: list[Token]) -> list[Candidate]:
    """ "yes li speaking", "Chun Nan Tsao here, I need...": a turn opening with a name; and an agent's
    "claims team, uday speaking" anywhere: one name-like word (listed or unknown) right before "speaking"."""
    out = [Candidate(k - 1, k - 1, 0.7, REASON_CUE_PHRASE) for k in range(1, len(tokens))
           if tokens[k].key in ("speaking", "here") and _speaker_name(tokens[k - 1])
           and (k + 1 == len(tokens) or tokens[k + 1].function or tokens[k + 1].key in INTRO_FOLLOWERS)
           and (tokens[k].key == "speaking" or k == 1
                or not (tokens[k - 2].function or tokens[k - 2].key in _NOT_BEFORE_HERE))]
    # "payments team, ridho. i understand ...": an agent's name after the team that opens the turn.
    out += [Candidate(k, k, 0.7, REASON_CUE_PHRASE) for k in range(2, min(len(tokens), _TEAM_REACH))
            if tokens[k - 1].key == "team" and _speaker_name(tokens[k])
            and (k + 1 == len(tokens) or tokens[k + 1].function or tokens[k + 1].key in INTRO_FOLLOWERS)]
    # "billing team, temitope on the line": an agent's name before "on the line" at the end of the turn.
    out += [Candidate(k - 1, k - 1, 0.7, REASON_CUE_PHRASE) for k in range(1, len(tokens) - 2)
            if (tokens[k].key, tokens[k + 1].key, tokens[k + 2].key) == ("on", "the", "line")
            and k + 3 == len(tokens) and _speaker_name(tokens[k - 1])]
    return out + _opening_intro(tokens)


# How far into a turn (tokens) the team an agent introduces themselves from may come.
_TEAM_REACH = 7
# "i live here", "put it here": a verb or preposition before "<word> here" makes the word no name.
_NOT_BEFORE_HERE = frozenset("i we you they it is are was be been get got put live lives work works stay "
                             "stuck sit sat wait come came".split())


def _speaker_name(tok: Token) -> bool:
    """A word that can be the name in "<name> speaking" / "<name> here" ("public speaking", "right here"
    cannot): listed or unknown, a given name a dictionary also lists as a noun ("gracie", "tatu"), or only
    an inflected form of a dictionary word ("lamees", "alper")."""
    return not tok.function and len(tok.key) >= 2 and (
        tok.unknown or ((tok.name or tok.first) and (not tok.common or tok.capitalized))
        or (not tok.common and tok.key not in lexicon().english))


def _opening_intro(tokens: list[Token]) -> list[Candidate]:
    i = 0
    while i < len(tokens) and tokens[i].key in OPENERS:
        i += 1
    for k in range(i + 1, min(i + MAX_NAME_TOKENS, len(tokens))):
        if tokens[k].key not in SELF_INTRO_AFTER:
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        run = tokens[i:k]
        if (after is None or after.function or after.key in INTRO_FOLLOWERS) \
                and all(not t.function and (t.spread or t.unknown) for t in run):
            return [Candidate(i, k - 1, 0.75, REASON_CUE_PHRASE)]
        break
    return []


def _surname_next(nxt: Token | None, after: Token | None) -> bool:
    """``nxt`` is a listed surname that ends an introduced name ("will brown", "hope brown and")."""
    return nxt is not None and nxt.key in lexicon().last and not nxt.function \
        and len(nxt.key) >= 2 and (after is None or after.function or after.key in INTRO_FOLLOWERS)


def _spoken_possessive(tok: Token, joined: Token | None) -> bool:
    """ "my friend sams car": a listed given name with the possessive "s" but no apostrophe (speech to
    text drops it), before the thing owned."""
    lex = lexicon()
    base = tok.key[:-1]
    return tok.key.endswith("s") and len(base) >= 2 and base in lex.first and base not in lex.common \
        and lex.spread.get(base, 0) >= 2 and joined is not None and not joined.function


def cue_score(kind: str, tok: Token, nxt: Token | None, joined: Token | None = None,
              after: Token | None = None) -> float:
    """How certain ``tok`` is a name given the cue kind before it (0: not a name).

    ``nxt``: the token after ``tok``; ``joined``: the same token if nothing but a space or hyphen
    separates them (None at the end or after punctuation); ``after``: the token after ``joined``.
    """
    if tok.key in FUNCTION_WORD_NAMES and kind in ("strong", "greeting"):
        # "my name is will brown", "this is may lee from billing", "speaking with will": never
        # "this is may the fifth", "i will", "it's may".
        if _surname_next(joined, after) or (joined is not None and joined.key in COMPANY_INTRO):
            return 0.8
        return 0.75 if kind == "strong" and (joined is None or joined.key in INTRO_FOLLOWERS
                                             or joined.key == "and") else 0.0
    if tok.function or len(tok.key) < 2:
        return 0.0
    unknown = tok.unknown
    # "sang hyeon", "qi zhe": two syllables of a romanized given name count as one listed name.
    listed = (tok.name and not tok.common) or (
        tok.syllable and nxt is not None and nxt.syllable and (nxt.name or nxt.unknown)
        and len(nxt.key) >= 2)
    if kind == "title":
        return 0.85 if listed or unknown or tok.capitalized or tok.name else 0.0
    if kind == "honorific":
        return 0.7 if listed or unknown else 0.0
    if kind == "strong":
        if listed or unknown or tok.capitalized:
            return 0.9
        # Listed in any locale, even if WordNet has it too ("surya", "hadjer").
        return 0.85 if tok.name or tok.spread else 0.0
    if kind == "greeting":
        intro = nxt is None or nxt.key in INTRO_FOLLOWERS or nxt.key in TURN_FOLLOWERS
        if listed or (tok.name and tok.capitalized):
            return 0.85 if intro else 0.75
        if unknown:
            return 0.7 if intro else 0.55
        if tok.first and tok.capitalized and not tok.sentence_start:
            return 0.7 if intro else 0.6  # "Ah thank you Uma": a given name a dictionary also has, written as one
        if tok.spread and nxt is not None and nxt.name and not nxt.english:
            return 0.75  # "this is serine mahmoudi": a rare given name before a surname
        if tok.name and _surname_next(joined, after):
            return 0.7  # "this is hope brown": a given name that is a common word, then a surname
        # A listed word after a greeting: a given name ("thanks grace bye"), never only a surname that is
        # an everyday word ("i'm back what's new") nor what people call each other ("cheers mate").
        return 0.75 if tok.name and intro and (tok.first or not tok.common) \
            and tok.key not in TERMS_OF_ADDRESS else 0.0
    if kind == "action":
        if listed:
            return 0.8
        # "call mark": an ambiguous word only if it is a given name in several locales;
        # "talk to azalea": a given name that is a rare English word.
        if unknown or (tok.first and (tok.spread >= 2 or not tok.common)):
            return 0.6
        return 0.0
    if kind == "relation":  # "my friend rohit", but not "my mom said"
        return 0.75 if listed or unknown or _spoken_possessive(tok, joined) else 0.0
    # Prepositions are weak: only a listed name or a capitalized unknown word.
    if listed and not tok.english:
        return 0.65
    if tok.capitalized and (listed or unknown):
        return 0.55
    return 0.0
