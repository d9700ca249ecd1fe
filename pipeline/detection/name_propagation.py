"""Propagate PERSON names across a conversation: once "Priya Raghunathan" is found anywhere, every
other mention ("priya", "RAGHUNATHAN", "priya's") in any turn is found too (reason ``propagation``).

A name that is also a frequent English word ("grace", "will", "mark", "hope") is found again only where it is used
as a name, not as a word: in an address position ("ok grace let me check", "thanks will", "you're all set grace",
"Grace, can you ..."), after a title ("ms grace"), as a possessive not after an article ("grace's card"), capitalized
inside a sentence of cased text ("I told Grace"), right next to a name found in the turn ("Honey" of "Honey Nicole B.
Harris"), or where only a person stands (``name_positions``: "Cash can't manage"). "i will call", "by the grace of",
"mark it as read" and "the bill is due" stay as they are. Such a word of a name found less certainly (a statistical
guess) is found again only right next to a name found ("manny [brag]"). Two parts of a name found, run together as
one word ("umutkorkmaz" once "umut korkmaz" was found), are a mention too.

A plain function over findings; it never sees more than the texts and the offsets it is given and
logs counts only.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from itertools import compress
from typing import Sequence

from pipeline.detection.name_positions import person_position
from pipeline.detection.email_name_parts import EMAIL_SEED_SCORE, MIN_PART_LENGTH, email_name_parts
from pipeline.records import Finding
from recognizers.names.lexicon import (THANKS_SHORT, ASSISTANT_NAMES, FUNCTION_WORD_NAMES, FUNCTION_WORDS, TITLES, WORD_RE, fold,
                                      frequent_words, lexicon, strip_possessive)
from recognizers.entities import EMAIL_ADDRESS, PERSON, REASON_PROPAGATION
from recognizers.lower_scan import ascii_lower
from recognizers.names.tokens import word_matches
from recognizers.start_set import compile_fast

logger = logging.getLogger(__name__)

RECOGNIZER_NAME = "name_propagation.v2"
# A mention is as certain as the finding it copies, capped: the same word may still be
# used in another sense elsewhere in the call.
MAX_SCORE = 0.85
# A common-word name seeds only from a finding this certain (a cue phrase, not a guess), and its
# mentions in address positions are capped lower than other mentions.
COMMON_SEED_MIN_SCORE = 0.7
MIN_NICKNAME = 3  # letters of a nickname that shortens a name ("gab" of "gabriel")
COMMON_MENTION_MAX_SCORE = 0.7

# Words a name is addressed after. "Greetings" never come before a word use of a name ("thanks
# grace", "hi mark"); the others ("ok", "yes", "no", "sorry") do ("ok mark it", "there's no hope")
# and count only at the start of a turn or sentence, after other address words.
GREETINGS = frozenset("hi hello hey thanks thank cheers bye goodbye dear".split()) | frozenset(THANKS_SHORT)
ADDRESS_WORDS = GREETINGS | frozenset(
    "ok okay alright yes yeah yep no nope sorry great perfect excellent welcome morning afternoon "
    "evening night too".split())  # "you too pat take care"
# Words between the turn start and an address word ("thank you so much grace", "hi there grace",
# "you're welcome will", "good morning hope").
LEAD_INS = frozenset("you you're so much very there good oh um uh well".split())
# The end of a turn after these is a name said in closing ("you're all set grace").
CLOSINGS = frozenset("set day much again evening morning afternoon night weekend too today".split())
# A new clause after the name: "ok grace let me check", "grace i'll send it". "let" and "please"
# often follow a modal ("ok will let you know"), so not after a function-word name.
CLAUSE_STARTERS = frozenset("let's i'm i'll i've we're we'll we've thanks thank sorry".split())
CLAUSE_STARTERS_AFTER_WORDS = CLAUSE_STARTERS | frozenset(("let", "please"))
# "grace can you ...": a question to the person named.
QUESTION_AUX = frozenset("can could would will do did are have".split())
# A given name that is a common word is tried again beside a name found again only when it was found this
# certainly (an answer to "your name?", a cue phrase; not the statistical NER's 0.7: "Gift Aid").
RETRY_MIN_SCORE = 0.8
# Words after a common word that show it is used as a word: "mark it", "bill me", "hope so",
# "grace period", "the bill is".
WORD_USE_FOLLOWERS = frozenset("""it them me him her us this that these those the a an my your his
    our their down up out off as is was are were be been to for of so you we in on at with and or
    from period""".split())
# Tagalog's politeness particle and Singlish sentence particles close what they follow: "joy po.", "mar po, mar
# dimapasok", "thanks grace lah" end a name.
POLITE_PARTICLES = frozenset({"po", "lah", "leh", "lor"})
# Before a possessive or a capitalized word these make it a thing ("the bill's total", "by the Grace").
DETERMINERS = frozenset("the a an this that my your our their his her its no any every each".split())
_NAMING = frozenset({"name", "names", "named", "called"})  # "my name's grace", "she's called hope"
_BOUNDARY_RE = compile_fast(r"[,.!?;:()\"\n]|\s[-–—]\s")


# Function words that are names too, found again only where used as a name: "will", "may", and an agent
# called Alexa ("alexa speaking" ... "thx alexa, bye").
_WORD_NAMES = FUNCTION_WORD_NAMES | ASSISTANT_NAMES
def _name_parts(text: str, finding: Finding) -> list[tuple[str, bool]]:
    """Folded words of a PERSON finding worth searching for, each with whether it is a common
    English word (found again only where it is used as a name)."""
    lex = lexicon()
    parts = []
    for match in WORD_RE.finditer(text, finding.start, finding.end):
        key, _ = strip_possessive(fold(match.group()))
        if len(key) < MIN_PART_LENGTH or key in TITLES:
            continue
        if key in FUNCTION_WORDS and key not in _WORD_NAMES:
            continue
        # A word English seldom uses ("hector", "daisy") is found everywhere like any name.
        parts.append((key, (key in lex.common and (key in frequent_words() or len(key) < 4)) or key in _WORD_NAMES))
    return parts


@lru_cache(maxsize=1 << 16)
def word_key(raw: str) -> str:
    """The folded word without its possessive (cached: every turn of a conversation is read word by word)."""
    return strip_possessive(fold(raw))[0]


def propagate_names(texts: Sequence[str], findings: Sequence[Sequence[Finding]],
                    min_score: float = 0.5) -> list[list[Finding]]:
    """Add findings for other mentions of names already found in the conversation.

    Args:
        texts: The turns of one conversation, in order.
        findings: ``findings[i]`` are the findings of ``texts[i]`` (offsets into that text).
        min_score: Only PERSON findings at least this certain seed propagation (common-word names:
            at least ``COMMON_SEED_MIN_SCORE``).

    Returns:
        For each turn, its original findings followed by the new propagation findings (offsets
        into that turn); a new finding never overlaps an existing one.
    """
    if len(texts) != len(findings):
        raise ValueError(f"{len(texts)} texts but {len(findings)} finding lists")
    seeds: dict[str, float] = {}
    common: dict[str, float] = {}
    beside: dict[str, float] = {}  # common words of less certain names: found again only next to a name found
    pairs: set[tuple[str, str]] = set()  # the parts of each name found, word after word ("low", "guan")
    for text, turn_findings in zip(texts, findings):
        for finding in turn_findings:
            if finding.entity_type == EMAIL_ADDRESS:
                for part in email_name_parts(text, finding):  # "jay dot okonkwo at gmail dot com"
                    seeds[part] = max(seeds.get(part, 0.0), EMAIL_SEED_SCORE)
                continue
            if finding.entity_type != PERSON or finding.score < min_score:
                continue
            parts = _name_parts(text, finding)
            part_keys = [part for part, _ in parts]
            pairs.update(zip(part_keys, part_keys[1:]))
            for part, is_common in parts:
                if not is_common:
                    seeds[part] = max(seeds.get(part, 0.0), finding.score)
                elif finding.score >= COMMON_SEED_MIN_SCORE:
                    common[part] = max(common.get(part, 0.0), finding.score)
                else:
                    beside[part] = max(beside.get(part, 0.0), finding.score)
    for left, right in pairs:  # "umutkorkmaz": two parts of one name run together by a speech engine
        if left in seeds and right in seeds and left + right not in seeds and not lexicon().is_english(left + right):
            seeds[left + right] = min(seeds[left], seeds[right])
    out = [list(turn_findings) for turn_findings in findings]
    if not seeds and not common and not beside:
        return out
    added = 0
    first_names = lexicon().first
    last_names = lexicon().last
    keys = (*seeds, *common, *beside)
    known = seeds.keys() | common.keys() | beside.keys()
    for i, text in enumerate(texts):
        low = ascii_lower(text)
        if low is not None and not any(key in low for key in keys):
            continue  # an ASCII word's key is a prefix of it lower-cased: no key inside, no mention
        taken = [(f.start, f.end) for f in out[i]]
        words = list(word_matches(text))
        word_keys = list(map(word_key, map(re.Match.group, words)))
        # Only the words whose key is a seed can be a mention (read in C: most are not).
        queue = [(k, words[k]) for k in compress(range(len(words)), map(known.__contains__, word_keys))]
        retried: set[int] = set()  # (queue, a list, grows while the for loop reads it)
        for k, match in queue:
            key = word_keys[k]
            score = seeds.get(key)
            if score is None:
                score = common.get(key)
                if score is None:
                    score = beside.get(key)  # "account holder manny brag." ... "pls check for manny [brag]"
                    if score is None or not _touches_name(text, match, out[i]):
                        if score is not None and k not in retried:
                            retried.add(k)  # tried again once the rest of the turn is read ("[brag], manny")
                            queue.append((k, match))
                        continue
                    score = min(score, COMMON_MENTION_MAX_SCORE)
                elif not (used_as_name(text, words, k) or _touches_name(text, match, out[i])
                        or _nickname_beside(key, words, seeds)):
                    nxt = word_keys[k + 1] if k + 1 < len(words) else ""
                    if k not in retried and (key in first_names and score >= RETRY_MIN_SCORE or nxt in seeds
                                             and (key, nxt) in pairs and (key in first_names or key in last_names)):
                        retried.add(k)  # a given name that is a common word, found with certainty, or a listed
                        queue.append((k, match))  # name word said before the next part of the same name (no common
                    continue  # word), tried once that is found: "given carruthers", "low guan" of "low guan huat"
                else:
                    score = min(score, COMMON_MENTION_MAX_SCORE)
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            out[i].append(Finding(start, end, PERSON, round(min(MAX_SCORE, score), 4),
                                  RECOGNIZER_NAME, REASON_PROPAGATION))
            taken.append((start, end))
            added += 1
    logger.debug("name propagation: %d names seeded, %d mentions added over %d turns",
                 len(seeds) + len(common), added, len(texts))
    return out


def used_as_name(text: str, words: Sequence[re.Match], k: int) -> bool:
    """Whether ``words[k]``, a name that is also a common word, is used as a name here.

    Args:
        text: The turn.
        words: ``WORD_RE`` matches of the whole turn.
        k: Index of the word in question.
    """
    raw = words[k].group()
    key, possessive = strip_possessive(fold(raw))
    prev = _key(words[k - 1]) if k > 0 and not _boundary(text, words[k - 1], words[k]) else None
    if prev in TITLES or prev in _NAMING:
        return True  # "ms grace", "mr will", "my names marcel, marcel diaz"
    if possessive and prev not in DETERMINERS:
        return True  # "grace's card", not "the bill's total"
    if raw[0].isupper() and prev is not None and prev not in DETERMINERS and not text.isupper():
        return True  # "I told Grace", "Thanks Will": cased text, inside a sentence
    function = key in FUNCTION_WORDS
    # What follows: the end of the turn or sentence, a new clause, a question, or another word.
    nxt = None
    if k + 1 == len(words) or _boundary(text, words[k], words[k + 1]):
        right = "end"
    else:
        nxt = _key(words[k + 1])
        clause = CLAUSE_STARTERS if function else CLAUSE_STARTERS_AFTER_WORDS
        question = nxt in QUESTION_AUX and k + 2 < len(words) and _key(words[k + 2]) == "you" \
            and not _boundary(text, words[k + 1], words[k + 2])
        right = "clause" if nxt in clause or question else "end" if nxt in POLITE_PARTICLES or _restart(words, k) else (
            "word" if nxt in WORD_USE_FOLLOWERS or function else "free")
    if not function and person_position(_near(text, words, k, -1), _near(text, words, k, 1), prev is None):
        return True  # "Cash can't manage", "we'll send honor the guarantee"
    if prev is None:  # first word of the turn or of a sentence, or after a comma
        return right in ("end", "clause")
    j = k - 1  # the address word, if any: "thank you grace", "hi there grace"
    while j > 0 and _key(words[j]) in LEAD_INS and not _boundary(text, words[j - 1], words[j]):
        j -= 1
    address = _key(words[j])
    if address in GREETINGS:
        # "thanks grace for waiting"; "hi will you help" is a modal.
        return right != "word" or (nxt == "for" and not function)
    if address in ADDRESS_WORDS and _opens(text, words, j):
        return right != "word"  # "ok grace how are you", not "ok mark it as read"
    if prev in CLOSINGS:  # "you're all set grace", "have a nice day will"
        return right == "end"
    return False


def _restart(words: Sequence[re.Match], k: int) -> bool:
    """The speaker breaks off after ``words[k]`` to say it again: "moon no wait ... moon soonyul", "mark i mean"."""
    after = [_key(w) for w in words[k + 1:k + 3]]
    return after[:1] == ["wait"] or after in (["no", "wait"], ["sorry", "wait"], ["i", "mean"])


def _touches_name(text: str, word: re.Match, findings: Sequence[Finding]) -> bool:
    """Whether a PERSON finding starts or ends right next to ``word`` (a space between): "Honey" before "Nicole B.
    Harris" when "Honey Nicole Harris" was found elsewhere is the same name's first part."""
    start, end = word.span()
    return any(f.entity_type == PERSON and (0 < f.start - end <= 2 and not text[end:f.start].strip()
                                            or 0 < start - f.end <= 2 and not text[f.end:start].strip())
               for f in findings)


def _nickname_beside(key: str, words: Sequence[re.Match], seeds: dict[str, float]) -> bool:
    """Whether ``key`` (a found name that is an everyday word: "gab", "pan") shortens a name found elsewhere
    that this turn also says ("booked under gabriel teixeira, well gab"): the nickname beside the full name."""
    if len(key) < MIN_NICKNAME:
        return False
    longer = {seed for seed in seeds if len(seed) > len(key) and seed.startswith(key)}
    return bool(longer) and any(word_key(w.group()) in longer for w in words)


def _opens(text: str, words: Sequence[re.Match], j: int) -> bool:
    """Whether ``words[j]`` starts the turn or a sentence, counting address words and lead-ins
    before it ("thank you so much", "oh ok") as part of the opening."""
    while j > 0 and not _boundary(text, words[j - 1], words[j]):
        j -= 1
        if _key(words[j]) not in ADDRESS_WORDS and _key(words[j]) not in LEAD_INS:
            return False
    return True


def _near(text: str, words: Sequence[re.Match], k: int, step: int) -> list[str]:
    """Keys of up to two words before (``step`` -1, nearest last) or three after (1) ``words[k]`` in its sentence."""
    keys, j = [], k
    while len(keys) < (2 if step < 0 else 3) and 0 <= j + step < len(words):
        left, right = (words[j + step], words[j]) if step < 0 else (words[j], words[j + step])
        if _boundary(text, left, right):
            break
        j += step
        keys.append(_key(words[j]))
    return keys[::-1] if step < 0 else keys


def _key(match: re.Match) -> str:
    key = strip_possessive(fold(match.group()))[0]
    return "i'm" if key == "im" else key.replace("’", "'")


def _boundary(text: str, left: re.Match, right: re.Match) -> bool:
    """Punctuation (or a line break, or a spaced dash) between two words."""
    return _BOUNDARY_RE.search(text, left.end(), right.start()) is not None
