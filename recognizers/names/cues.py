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
from recognizers.names.clause_cues import clause_cue, name_like
from recognizers.names.cue_phrases import CUE_KINDS, KIND_BITS
from recognizers.names.filters import CLOSING_WORDS
from recognizers.lower_scan import CaseFolded, ascii_lower, lower_twin
from recognizers.names.lexicon import ASSISTANT_NAMES, FUNCTION_WORD_NAMES, lexicon, proper_nouns
from recognizers.names.rules import (AFTER_NAME_WORDS, INTERJECTIONS, INTRO_FOLLOWERS, Candidate, extend)
from recognizers.names.self_intro import HESITATIONS, SELF_INTRO_AFTER, self_intro
from recognizers.names.short_surnames import SHORT_SURNAMES, name_boundary
from recognizers.names.subjects import bracketed, subjects
from recognizers.names.tokens import Token, cued_initials, patronymic_initial
from recognizers.names.word_given import word_given_name
from recognizers.names.vocatives import (TERMS_OF_ADDRESS, WELL_KNOWN_SPREAD, addressed_score,
                                        well_known_addressed)
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
        if tok.key in FILLERS and text[tok.end:tok.end + 1] == "," and not tok.capitalized:
            continue  # "my name ehn, is ...", "i'm ah, calling": a hesitation after the cue, not a name
        if kind == "strong" and text[end - 1:end] == "," and (tok.common or tok.english and not tok.capitalized):
            continue  # "send your full name, date of birth and ...": a list of fields, not a name
        if kind == "strong" and _PHONED.search(text, max(0, end - 24), end):
            kind = "action"  # "i called Support, they said ...": the verb, not "a man called ..."
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if kind == "greeting" and nxt is not None and nxt.key in HESITATIONS and i + 2 < len(tokens):
            nxt = tokens[i + 2]  # "i'm yogi uh from the resolution centre"
        # The name's second word, if any ("will brown"; "will, and ..." has none), and the word after.
        joined = nxt if nxt is not None and _name_tokens.adjacent(text, tok, nxt) else None
        score = cue_score(kind, tok, nxt, joined,
                          tokens[i + 2] if joined is not None and i + 2 < len(tokens) else None)
        if tok.key in _NOT_CALLED and _CALLED_BEFORE.search(text, max(0, end - 8), end):
            score = 0.0  # "call me back", "everyone calls me mate", "they never called back"
        clause_last = -1
        if not score:
            score, clause_last = clause_cue(kind, tokens, i, joined)
        if not score and kind == "greeting":
            score = addressed_score(text, end, tok, nxt, VOCATIVE_FOLLOWERS) or well_known_addressed(text, end, tok)
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
        last = extend(text, tokens, i, kind in ("strong", "greeting", "title", "readback"))
        last = max(last, clause_last)
        if not score and last > i and tokens[last].key in lex.last:
            score = 0.7  # "it's rim salmi the account holder": given name + surname
        if score:
            # The title is redacted with the name: it tells the gender, and labels include it.
            first = i - (initial or 1) if (kind in ("title", "honorific") and i > 0) or initial else i
            out.append(Candidate(first, last, score, REASON_CUE_PHRASE))
    out.extend(self_intro(text, tokens))
    out.extend(bracketed(tokens))
    out.extend(subjects(text, tokens))
    return out


# Sounds a speaker makes while thinking; before a comma right after a cue they are no name.
FILLERS = INTERJECTIONS | frozenset("ehn em erm uhm umm".split())
# Words after a name in an agent's introduction: "this is will from billing".
COMPANY_INTRO = SELF_INTRO_AFTER | {"from"}
# Words after a name addressed or introduced in passing that close or hand the turn on: "thank you grace
# appreciated", "cheers lily bye", "no worries grace take care", "you're welcome kaz have a good day",
# "i'm hang what's your name".
# What follows a closing vocative: the goodbye, or what the speaker will do next.
GOODBYE_FOLLOWERS = CLOSING_WORDS | frozenset("see speak talk cheers i'll ill we'll".split())
TURN_FOLLOWERS = CLOSING_WORDS | frozenset("you've youve you'll youll what what's whats how let lets that's thats"
                                           " appreciated cheers enjoy speak talk i i'll i've really ur you're youre can could may would shall who is take"
                                           " whose who's whos".split())  # "this is frank whose policy is it"
# Clauses said to the person just greeted: "right pat lets get it booked", "thanks gus you're a star".
ADDRESSED_CLAUSES = frozenset("lets let's you're youre you've youve".split())
# Words after "everyone calls me" / "just call me" that are no nickname ("just call me back").
NOT_NICKNAMES = frozenset("back later tomorrow today tonight anytime again names whenever sometime asap now every "
                          "each twice constantly crazy mad lazy silly old mum mom dad nan gran".split())
_NOT_CALLED = NOT_NICKNAMES | TERMS_OF_ADDRESS
_CALLED_BEFORE = compile_fast(r"(?:\bme|\bcalled|\bcalls?)\W*$", re.IGNORECASE)
_ASSISTANT_AS_PERSON = COMPANY_INTRO | {"at", "again"}
# Verbs a person named after "my partner" does ("can my partner waner pick up ...").
SUBJECT_VERBS = frozenset("pick collect drop bring come sign ring call phone pay book said says rang phoned called "
                          "booked paid ordered lives works moved needs wants needed wanted uses used".split())
# Titles that are no other word ("miss", "doctor", "sir" are): whatever follows is a surname.
PLAIN_TITLES = frozenset(("mr", "mrs", "ms", "mister", "dr"))
# Pronouns after a name someone acts for or about ("calling for ganesh she's my mum").
PRONOUNS_AFTER = frozenset(("she", "he", "they", "who", "shes", "hes", "i"))  # "tell prosper i rang"
# ... and, after a word no everyday word could be ("cheers hani that's brilliant"), "that".
VOCATIVE_FOLLOWERS = TURN_FOLLOWERS | {"that"}


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
    if tok.key in ASSISTANT_NAMES:
        # "this is alexa from billing", "alexa at zipscoot", "it's alexa again", "my partner alexa",
        # "calling for alexa she's my mum": a person; "alexa play music", "thanks alexa" are no cue.
        if kind in ("strong", "greeting"):
            return 0.8 if joined is not None and joined.key in _ASSISTANT_AS_PERSON else 0.0
        return 0.7 if kind == "relation" or (kind == "action" and nxt is not None
                                            and nxt.key in PRONOUNS_AFTER) else 0.0
    if tok.key in FUNCTION_WORD_NAMES and kind in ("strong", "greeting"):
        # "my name is will brown", "this is may lee from billing", "speaking with will": never
        # "this is may the fifth", "i will", "it's may".
        if _surname_next(joined, after) or (joined is not None and joined.key in COMPANY_INTRO):
            return 0.8
        return 0.75 if kind == "strong" and (joined is None or joined.key in INTRO_FOLLOWERS
                                             or joined.key == "and") else 0.0
    if kind in ("greeting", "relation") and word_given_name(kind, tok, nxt, joined, GOODBYE_FOLLOWERS | COMPANY_INTRO,
                                                           SUBJECT_VERBS):
        return 0.6
    if tok.function or len(tok.key) < 2:
        return 0.0
    if kind == "nickname":
        return 0.8
    unknown = tok.unknown
    lex = lexicon()
    rare = lex.is_rare_word(tok.key)  # a dictionary word running text seldom uses ("kura", "samia")
    # "sang hyeon", "qi zhe": two syllables of a romanized given name count as one listed name.
    listed = (tok.name and not tok.common) or (
        tok.syllable and nxt is not None and nxt.syllable and (nxt.name or nxt.unknown)
        and len(nxt.key) >= 2)
    if kind == "title":
        # "mrs hawker speaking", "miss kura": also a rare dictionary word (never "the doctor said").
        return 0.85 if listed or unknown or tok.capitalized or tok.name else \
            0.8 if rare else 0.0
    if kind == "honorific":
        return 0.7 if listed or unknown else 0.0
    if kind == "strong":
        if listed or unknown or tok.capitalized:
            return 0.9
        # Listed in any locale, even if WordNet has it too ("surya", "hadjer"), or a rare dictionary
        # word ("my name is juju setiawan", "the name of samia talukdar").
        # Any other word before a surname-like word ("my name is ain goh").
        # "first name hang": a romanized given-name syllable that is an everyday word too.
        return 0.85 if tok.name or tok.spread else 0.8 if rare or name_like(joined) \
            or (tok.syllable and (joined is None or joined.function)) else 0.0
    if kind == "greeting":
        intro = nxt is None or nxt.key in INTRO_FOLLOWERS or nxt.key in TURN_FOLLOWERS \
            or (nxt.possessive and nxt.key + "'s" in TURN_FOLLOWERS)  # "that's" is "that" + 's
        if listed or (tok.name and tok.capitalized):
            return 0.85 if intro else 0.75
        if unknown:
            return 0.7 if intro else 0.55
        if tok.first and tok.capitalized and not tok.sentence_start:
            return 0.7 if intro else 0.6  # "Ah thank you Uma": a given name a dictionary also has, written as one
        if tok.spread and nxt is not None and nxt.name and not nxt.english:
            return 0.75  # "this is serine mahmoudi": a rare given name before a surname
        if (tok.spread or rare) and name_like(joined):
            return 0.7  # "sorry its gita darmawan again": a listed or rare word before a word no list holds
        if tok.name and _surname_next(joined, after):
            return 0.7  # "this is hope brown": a given name that is a common word, then a surname
        # "it's ade again", "its samia again", "it's harry again": a given name or a rare word before
        # "again" or a closing (a widely listed given name even when it is an everyday word too).
        again = nxt is not None and nxt.key == "again"
        if (intro or again) and not tok.common and (tok.first or rare):
            return 0.6
        if again and tok.first and tok.spread >= WELL_KNOWN_SPREAD:
            return 0.6
        # A listed word after a greeting: a given name ("thanks grace bye"), never only a surname that is
        # an everyday word ("i'm back what's new") nor what people call each other ("cheers mate").
        if tok.key in TERMS_OF_ADDRESS:
            return 0.0
        if tok.name and intro and (tok.first or not tok.common):
            return 0.75
        # ... unless a goodbye follows ("you too wood take care", "thanks pat bye", "no problem pat i'll ..."):
        # any listed given name or surname; or the next clause is said to them ("right chuck lets ...").
        if nxt is not None and nxt.key in ADDRESSED_CLAUSES and tok.first and tok.key not in AFTER_NAME_WORDS:
            return 0.6
        return 0.6 if (tok.first or tok.key in lex.last) and nxt is not None and nxt.key in GOODBYE_FOLLOWERS \
            else 0.0
    if kind == "readback":  # a name read back ("taka hashi"), not a town or a word ("i've put london / three ...")
        return 0.0 if tok.key in proper_nouns() or tok.function or tok.english and not (tok.name or tok.first) else 0.6
    if kind == "action":
        if listed:
            return 0.8
        if nxt is not None and nxt.key in PRONOUNS_AFTER and (tok.first or rare or (tok.capitalized and not tok.common)):
            return 0.6  # "i'm calling for ganesh she's my mum", "calling for fatimah, shes my mum"
        # "call mark": an ambiguous word only if it is a given name in several locales;
        # "talk to azalea": a given name that is a rare English word.
        if unknown or (tok.first and (tok.spread >= 2 or not tok.common) and tok.key not in AFTER_NAME_WORDS):
            return 0.6  # not "the text said ...": a word that follows names is no name after a verb
        return 0.0
    if kind == "relation":  # "my friend rohit", "for my wife grace", but not "my mom said", "my son will"
        if listed or unknown or _spoken_possessive(tok, joined):
            return 0.75
        spoken_plural = tok.key.endswith("s") and tok.key[:-1] in lex.first  # "my friend sams": not a name
        return 0.7 if (tok.first or rare) and tok.key not in AFTER_NAME_WORDS and not spoken_plural \
            and (joined is None or joined.function or name_like(joined) or joined.key in SUBJECT_VERBS) else 0.0
    # Prepositions are weak: only a listed name or a capitalized unknown word, or two words of a name
    # ("under hemant das", "to sidhant rajput": a word no list holds, then a surname-like or rare word).
    if listed and not tok.english:
        return 0.65
    if joined is not None and not joined.function and (after is None or after.function) and (
            ((unknown or rare)
             and (joined.unknown or (joined.name and not joined.common) or lex.is_rare_word(joined.key)))
            or (tok.first and (joined.unknown or (joined.key in lex.last and (
                not joined.common or not tok.common or tok.spread >= WELL_KNOWN_SPREAD))))):
        return 0.6  # "under hemant das", "for poppy graham", "for uma nair": a given name and a surname
    if tok.capitalized and (listed or unknown):
        return 0.55
    return 0.0
