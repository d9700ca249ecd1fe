"""Cue phrases before a name ("my name is", "mr", "thanks", "call", "my friend", "with") and their scores.

Speed: a cue regex is never run over the whole turn. Each cue kind lists the words its phrases can
start with (``recognizers.names.cue_phrases``); tokenization records, per written word, which kinds may start there, and
the regex is matched only at those positions, in text order, skipping positions inside the previous
match of the same kind: the same matches ``finditer`` gives (``cue_candidates(..., gated=False)`` is
that reference path; a test checks both agree).
"""
from __future__ import annotations

import bisect
import re
from operator import attrgetter

from recognizers.names import tokens as _name_tokens
from recognizers.names.clause_cues import clause_cue
from recognizers.names.cue_phrases import CUE_KINDS, KIND_BITS
from recognizers.names.cue_scores import PLAIN_TITLES, VOCATIVE_FOLLOWERS, closed_pair, cue_score, thanked_vocative
from recognizers.lower_scan import CaseFolded, ascii_lower, lower_twin
from recognizers.names.lexicon import lexicon
from recognizers.names.modal_subjects import SHORT_FILLERS
from recognizers.names.name_runs import extend
from recognizers.names.name_words import AFTER_NAME_WORDS, INTERJECTIONS, MAX_NAME_TOKENS, Candidate
from recognizers.names.self_intro import HESITATIONS, self_intro
from recognizers.names.short_surnames import SHORT_SURNAMES, name_boundary
from recognizers.names.person_predicates import person_predicates
from recognizers.names.role_statements import role_statements
from recognizers.names.subjects import bracketed, subjects
from recognizers.names.tokens import Token, cued_initials, keys_of, patronymic_initial
from recognizers.names.vocatives import TERMS_OF_ADDRESS, addressed_score, well_known_addressed
from recognizers.names.reasons import REASON_CUE_PHRASE
from recognizers.start_set import compile_fast


def _matches(text: str, tokens: list[Token], gated: bool) -> list[tuple[str, int]]:
    """(kind, match end) of every cue match, kinds in ``CUE_KINDS`` order, each in text order."""
    out: list[tuple[str, int]] = []
    if not gated:
        for kind in CUE_KINDS:
            out.extend((kind.name, m.end()) for m in kind.pattern.finditer(text))
        return out
    # Each kind's start positions in text order, from one pass over the words' cue masks.
    positions: list[list[int]] = [[] for _ in CUE_KINDS]
    for tok in filter(_CUES, tokens):  # (the words where a cue may start, picked in C)
        for offset, mask in tok.cues:
            for k in _kind_indices(mask):
                positions[k].append(tok.start + offset)
    low = ascii_lower(text)
    for kind, twin, starts in zip(CUE_KINDS, _TWINS, positions):
        last_end = -1
        match, subject = (twin.match, low) if twin is not None and low is not None else (kind.pattern.match, text)
        for pos in starts:
            if pos >= last_end and pos >= 0:
                m = match(subject, pos)
                if m:
                    out.append((kind.name, m.end()))
                    last_end = m.end()
    return out


_CUES = attrgetter("cues")
# Each kind's lower-case twin (``recognizers.lower_scan``): on ASCII text the same match ends, faster.
_TWINS = tuple(lower_twin(kind.pattern) for kind in CUE_KINDS)

_KIND_INDICES: dict[int, tuple[int, ...]] = {}


def _kind_indices(mask: int) -> tuple[int, ...]:
    """Indices in ``CUE_KINDS`` of the kinds whose bit is set in ``mask`` (cached per mask)."""
    found = _KIND_INDICES.get(mask)
    if found is None:
        found = _KIND_INDICES[mask] = tuple(k for k, bit in enumerate(KIND_BITS.values()) if mask & bit)
    return found


# "called" after its subject is the verb "phoned" ("i called Support"), not "named".
_PHONED = CaseFolded(compile_fast(r"\b(?:i|we|they|he|she|you|i've|we've|they've|already|just|also|then)\s+called\W*$",
                     re.IGNORECASE))


def cue_candidates(text: str, tokens: list[Token], gated: bool = True) -> list[Candidate]:
    """Names right after a cue phrase, self-introductions and biography questions."""
    lex = lexicon()
    out: list[Candidate] = []
    starts = list(map(attrgetter("start"), tokens))
    for kind, end in _matches(text, tokens, gated):
        i = bisect.bisect_left(starts, end)
        if i >= len(tokens) or text[end:tokens[i].start].strip():
            continue
        if text[end - 1:end] in ".?" and (kind not in ("title", "honorific") or "\n" in text[end:tokens[i].start]):
            continue  # "pay it under my name.\n\nRegards,": the sentence ended (only "Mr. Lee" goes on)
        tok = tokens[i]
        initial = 1 if patronymic_initial(text, tokens, i) else cued_initials(text, tokens, i) if kind == "strong" else 0
        if initial:  # "thank you m naranbaatar", "card says A Hlal": the name after its initials
            i, tok = i + initial, tokens[i + initial]
        elif (tok.key in HESITATIONS or _spoken_a(text, tokens, i, end)) and i + 1 < len(tokens) \
                and (kind in ("strong", "greeting") or _hesitation_after_action(text, kind, tok, end)) \
                and _name_tokens.adjacent(text, tok, tokens[i + 1]) and not tokens[i + 1].syllable \
                and not _OPENS_CALL.search(text, max(0, end - 12), end):  # (not the given name Er of "er hu")
            i, tok = i + 1, tokens[i + 1]  # "it's erm blessing er nwankwo calling", speech's "this is a temuulen"
        if tok.key in FILLERS and text[tok.end:tok.end + 1] == "," and not tok.capitalized:
            continue  # "my name ehn, is ...", "i'm ah, calling": a hesitation after the cue, not a name
        if kind == "strong" and text[end - 1:end] == "," and (tok.common or tok.english and not tok.capitalized):
            continue  # "send your full name, date of birth and ...": a list of fields, not a name
        if kind == "strong" and _PHONED.search(text, max(0, end - 24), end):
            kind = "action"  # "i called Support, they said ...": the verb, not "a man called ..."
        nxt, paused = tokens[i + 1] if i + 1 < len(tokens) else None, False
        if kind in ("greeting", "strong") and nxt is not None and nxt.key in HESITATIONS and i + 2 < len(tokens):
            paused = _name_tokens.adjacent(text, tok, nxt) and not nxt.capitalized
            nxt = tokens[i + 2]  # "i'm yogi uh from the resolution centre", "it's blessing er nwankwo calling"
        # The name's second word, if any ("will brown"; "will, and ..." has none), and the word after.
        joined = nxt if nxt is not None and _name_tokens.adjacent(text, tokens[i + 1] if paused else tok, nxt) else None
        after = tokens[i + 2 + paused] if joined is not None and i + 2 + paused < len(tokens) else None
        score = cue_score(kind, tok, nxt, joined, after)
        if tok.key in _NOT_CALLED and _CALLED_BEFORE.search(text, max(0, end - 8), end):
            score = 0.0  # "call me back", "everyone calls me mate", "they never called back"
        clause_last = -1
        if not score and initial and kind == "strong" and tok.key.isalpha() and not tok.function:
            score = 0.8  # "it's printed c lather": after a cue and initials, any word is the surname
        if not score:
            score, clause_last = clause_cue(kind, tokens, i, joined)
        if not score and kind == "greeting":
            score = addressed_score(text, end, tok, nxt, VOCATIVE_FOLLOWERS) or well_known_addressed(text, end, tok) \
                or thanked_vocative(tokens[i - 1].key, tok, nxt)
        if kind == "title" and not score and tok.key in SHORT_SURNAMES and name_boundary(text, tok, nxt) \
                and (not tok.function or tokens[i - 1].key in PLAIN_TITLES):
            score = 0.8  # "yes it's mr in speaking", "miss wi": a short surname that ends the name
        if kind == "title" and tokens[i - 1].key in PLAIN_TITLES:
            if not score and tok.key.isalpha() and len(tok.key) >= 2 and (not tok.function or (
                    tok.capitalized and tokens[i - 1].capitalized and name_boundary(text, tok, nxt))):
                score = 0.8  # "it's ms basic speaking", "Dear Ms Nah,": after mr / mrs / ms any word is a surname
        elif kind == "title" and tok.key in AFTER_NAME_WORDS and not tok.capitalized:
            score = 0.0  # "the doctor said": a person's verb after a title that is also a noun
        if not score and not (kind == "greeting" and tok.name):
            continue
        last = extend(text, tokens, i, kind in ("strong", "greeting", "title", "readback"), kind == "action")
        last = max(last, clause_last, _form_value_last(text, tokens, i, end) if kind == "strong" else -1)
        if kind in ("relation", "title") and last == i and joined is not None and closed_pair(tok, joined, after):
            last = i + 1 + paused  # "the dentist we saw was noble fletcer.": the pair the score was for
        if not score and last > i and tokens[last].key in lex.last:
            score = 0.7  # "it's rim salmi the account holder": given name + surname
        if score:
            # The title is redacted with the name: it tells the gender, and labels include it.
            first = i - (initial or 1) if (kind in ("title", "honorific") and i > 0) or initial else i
            out.append(Candidate(first, last, score, REASON_CUE_PHRASE))
    out.extend(self_intro(text, tokens))
    out.extend(bracketed(tokens))
    out.extend(subjects(text, tokens))
    keys = keys_of(tokens)
    out.extend(person_predicates(tokens, keys))
    out.extend(role_statements(text, tokens, keys))
    return out


def _hesitation_after_action(text: str, kind: str, tok: Token, end: int) -> bool:
    """ "i was speaking to uh X": a short lowercase hesitation after an action cue (a cased "Er" is a name: "tell Er I
    rang"), not after "calling" ("thanks for calling uh <the business>")."""
    return kind == "action" and tok.key in SHORT_FILLERS and not tok.capitalized \
        and text[max(0, end - 7):end].lower() != "calling"


# Sounds a speaker makes while thinking; before a comma right after a cue they are no name.
FILLERS = INTERJECTIONS | frozenset("ehn em erm uhm umm".split())
# Words after "everyone calls me" / "just call me" that are no nickname ("just call me back").
NOT_NICKNAMES = frozenset("back later tomorrow today tonight anytime again names whenever sometime asap now every "
                          "each twice constantly crazy mad lazy silly old mum mom dad nan gran".split())
_NOT_CALLED = NOT_NICKNAMES | TERMS_OF_ADDRESS
# A greeting that opens a call: after it and a hesitation comes the company ("good afternoon uh tidewell water").
_OPENS_CALL = compile_fast(r"\b(?:morning|afternoon|evening|hi|hello|hey|hiya)\W*$", re.IGNORECASE)
_INTRODUCES = compile_fast(r"\b(?:this is|name is|i['’]?m|i am)\W*$", re.IGNORECASE)  # a self-introduction's end
_CALLED_BEFORE = compile_fast(r"(?:\bme|\bcalled|\bcalls?)\W*$", re.IGNORECASE)


def _form_value_last(text: str, tokens: list[Token], i: int, end: int) -> int:
    """The last word of a value that fills what holds it ("ITEM RETURNED BY: LANCE CAMBERS", "Seller: Ada Ward", "my
    name's fergus rams bottom"): after a field's colon up to the line's end, or after "name is" / "name's" up to the
    sentence's end, two to four words and nothing else are the whole name, whatever the lists say of each ("cambers",
    "bottom"). -1 when it is no such value (a function word, a digit, more words)."""
    if text[end - 1:end] == ":":
        stop = text.find("\n", end)
    elif _NAME_IS.search(text, max(0, end - 8), end):
        stop = min((p for p in (text.find(c, end) for c in "\n.,!?") if p >= 0), default=-1)
    else:
        return -1
    stop = len(text) if stop < 0 else stop
    last = i
    while last + 1 < len(tokens) and tokens[last + 1].start < stop:
        last += 1
    if not 1 <= last - i < MAX_NAME_TOKENS or text[tokens[last].end:stop].strip(" .") \
            or any(tok.function or not tok.key.replace("-", "").replace("'", "").isalpha() for tok in tokens[i:last + 1]) \
            or any(text[a.end:b.start].strip(" \t,") for a, b in zip(tokens[i:last], tokens[i + 1:last + 1])) \
            or any(tok.key in AFTER_NAME_WORDS and not tok.capitalized for tok in tokens[i + 1:last + 1]):  # "sara today"
        return -1
    return last


_NAME_IS = compile_fast(r"\bname(?:['’]s| is)$", re.IGNORECASE)


def _spoken_a(text: str, tokens: list[Token], i: int, end: int) -> bool:
    """Speech's "a" between a self-introduction ending at ``end`` and a word no list holds is a hesitation ("this is a
    temuulen"; not "it's a brompton", "this is a non-smoking hotel")."""
    return tokens[i].key == "a" and i + 1 < len(tokens) and tokens[i + 1].unknown and tokens[i + 1].key.isalpha() \
        and text.islower() and _INTRODUCES.search(text, max(0, end - 12), end) is not None
