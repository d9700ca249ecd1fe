"""A name slot taken whole: the words between a phrase that introduces a name and one that closes it.

Speech engines write names they do not know as everyday words: "Duc" becomes "duck", "Wong" "wrong", "Bui"
"buoy". A recognizer then finds only the part of the name that still looks like one ("my daughter duck [ngoc
nguyen] is that okay", "this is view [thi vuong] calling"), and the misheard part is left in the output. When a
PERSON finding sits in a slot that a name fills -- after "this is", "my name is", "under", "my <relation>", "the
driver was", "me and", "both", "chat with", "thank you" -- and before "calling", "speaking", "here", "my <relation>"
or a new clause ("is that okay", "i think", "she's my gran", "sorted it", "didn't", "are", "that's"; for words
before the finding also a punctuation mark or the end of the turn), up to two more words of that slot are taken
with it. Words that are never part of a name
(function words, fillers, acknowledgements, relation nouns) stop the slot; a turn without an opening phrase has no
slot ("play adele" is a command) unless "my <relation>" closes it ("tran ba thong my dad"). Logs nothing.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from operator import attrgetter
from typing import Sequence

from pipeline.detection.name_edges import FUNCTION_SYLLABLES, SPOKEN_PAUSES, east_asian_word
from pipeline.records import Finding
from recognizers.names.cue_phrases import CUE_NOUNS, FIELD_LABELS, closes_cue
from recognizers.names.everyday_surnames import CLAUSE_OPENERS
from recognizers.names.lexicon import lexicon
from recognizers.names.name_words import AFTER_NAME_WORDS, INTERJECTIONS, PARTICLES
from recognizers.names.self_intro import SELF_INTRO_AFTER
from recognizers.names.tokens import Token
from recognizers.spoken import number_words as nw

MAX_EXTRA_WORDS = 2  # misheard words a slot may add to a finding
MAX_SLOT_WORDS = 5
# Words a speaker puts next to a name that are no part of it.
_INTRO_CLOSERS = SELF_INTRO_AFTER  # "calling", "speaking", "here", "ringing", "phoning"
_NOT_IN_SLOT = frozenset("""actually just also again please too now still only really maybe probably sorry yes
    no yeah yep okay ok sure right well so very there today tomorrow thanks thank cheers bye hello hi hey nobody
    somebody someone anyone anybody everyone everybody
    great good fine lovely perfect cool pardon hmm mhm always never often usually already ever once sometimes
    normally generally""".split()) | _INTRO_CLOSERS
# Relations "my <noun>" names before a name, beyond the cue nouns ("my father hoe van bee").
_RELATIONS = CUE_NOUNS | frozenset("""father mother grandfather grandmother grandson granddaughter stepfather stepmother
    stepson stepdaughter child baby twin""".split())
# Where a person is: "with ___ on the phone", "i have ___ on the account".
_ON_THE = frozenset("phone line account booking policy plan".split())
_WHEN = frozenset(nw.MONTH_NAMES) | frozenset(nw.WEEKDAY_NAMES)  # "___ on monday": when it happened
# A caller's words after a name at the turn's start, which take words before the finding too (not an agent's "here" or
# "speaking" after a company: "elmwood water tarunika here").
_CALLER_CLOSERS = frozenset("calling ringing phoning".split())
_HELLOS = frozenset("hi hello hey hiya".split())
_GREETINGS = _HELLOS | {"its"}  # "its" is "it's" typed without its apostrophe
_CLAUSE_WORDS = frozenset("please pls plz about".split())  # "under aissatou [sow] pls check", "spoke to ___ about it"
_OWNERS = frozenset(("my", "our", "your", "his", "her", "their"))
_HELD = frozenset(("account", "acc", "acct", "policy", "card"))  # "account holder ___"
_AFFIRMATIONS = frozenset("okay ok alright right correct fine good".split())  # "is that okay"
# Past tenses no "-ed" rule finds ("my brother in law ... roach sorted it", "... said").
_PAST_TENSES = frozenset("said rang told sent came went paid made took gave got left spoke wrote set".split())  # "... set up"
_SLOT_PUNCTUATION = frozenset(",.?!;:")
# Words before "with" that a name follows: "my previous chat with ___", "i spoke with ___", "went through it all with".
_BEFORE_WITH = frozenset("chat chatted chatting spoke spoken talked talking speaking dealt conversation all this".split())
_BEFORE_TO = frozenset("spoke spoken talked talking speaking chatted".split())  # "i spoke to ___ about this"
_BEFORE_PREPOSITION = {"with": _BEFORE_WITH, "to": _BEFORE_TO}
# A verb, "that's" or a time right after a name opens the next clause ("... with dupe odita didn't fix it", "me and
# dare nnaji are both on it", "thank you ___ that's really helpful", "a chat with jang ke bing last week").
_VERBS_AFTER = frozenset("""didn't didnt doesn't doesnt wasn't wasnt couldn't couldnt won't wont can't cant never
    are were was thats last yesterday earlier before tonight bye share both have own you've youve you're youre really""".split())
_KEY = attrgetter("key")
# Function words that end a name after "under" ("it's under ___ the parcel i mean", "under ___ for the 5th"); not
# a pronoun ("under cisil nobody calls me ...").
_AFTER_UNDER = frozenset("the a an for at in on with and if from to of as but or my our".split())
# A question after the name ("under ___ can you check"), or where the person was ("with ___ on the phone").
_MODALS = frozenset("can could will would may shall".split())
_ASKED = frozenset("you i we".split())
# Syllables English writes as function words that a slot with an East Asian name word may hold; not a preposition
# or a time follows ("my aunt in hong kong", "under kim on my card") nor "my" or "so". Korean "Ok" ("eun ok chon")
# and the surname Oh / O ("spoke to oh [hae gee] about it") are.
_SLOT_SYLLABLES = FUNCTION_SYLLABLES - {"in", "on", "my", "so"} | {"ok", "oh", "o"}


def _slot_word(tokens: Sequence[Token], i: int, east_asian: bool = False) -> bool:
    """Whether ``tokens[i]`` is a word a name slot may hold; ``east_asian``: the finding holds an East Asian name word,
    so a syllable English writes as a function word may be one too ("under ko [him be] i think"), and "so" before
    another syllable ("[yang] so young i think"; not "under chen so i think")."""
    tok = tokens[i]
    key = tok.key
    if key in PARTICLES or key == "do" or (east_asian and (key in _SLOT_SYLLABLES or (
            key == "so" and i + 1 < len(tokens) and east_asian_word(tokens[i + 1]) and not tokens[i + 1].function))):
        return True
    return not (tok.function or len(key) < 2 or not key.isalpha() or key in _NOT_IN_SLOT or key in INTERJECTIONS
                or key in AFTER_NAME_WORDS or key in _RELATIONS or key in FIELD_LABELS
                or (tok.english and key.endswith("ly")))


def _verb_before_here(tokens: Sequence[Token], r: int) -> bool:
    """An English "-ing" word before "here" is a verb ("i have [jo] showing here"), no last word of a name."""
    tok = tokens[r - 1]
    return tok.english and tok.key.endswith("ing") and r < len(tokens) and tokens[r].key == "here"


def _spaces_after(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Only blanks and a speaker's pauses between token ``k`` and the next one (no tag, no line break, no punctuation):
    a pause is no word of a slot and no gap between two of its words ("under he um [hong] i think")."""
    gap = text[tokens[k].end:tokens[k + 1].start]
    return not gap.strip(" \t") or ("\n" not in gap and all(word in SPOKEN_PAUSES for word in gap.split()))


def _opens_slot(tokens: Sequence[Token], k: int) -> bool:
    """``tokens[k]`` ends a phrase a name follows: "this is", "name is", "under", "my cousin", "the driver was"
    (not "i'm" or "it's", which an adjective follows as often: "i'm grateful", "it's opposite")."""
    if k < 0:
        return False
    key, before = tokens[k].key, (tokens[k - 1].key if k > 0 else "")
    return (key in ("is", "was") and (before in ("this", "name", "surname") or before in _RELATIONS)) \
        or key in ("under", "both", "thanks") or closes_cue(tokens, k) \
        or (key, before) in (("and", "me"), ("you", "thank"), ("have", "i")) or before in _BEFORE_PREPOSITION.get(key, ()) \
        or (key == "and" and before in _RELATIONS and k > 1 and tokens[k - 2].key in _OWNERS) or _on_behalf(tokens, k) \
        or (key in _RELATIONS and before in _OWNERS) or (key == "holder" and before in _HELD)


def _on_behalf(tokens: Sequence[Token], k: int) -> bool:
    """``tokens[k]`` ends "on behalf of"."""
    return tokens[k].key == "of" and k > 0 and tokens[k - 1].key == "behalf"


def _intro_opener(tok: Token) -> bool:
    """ "it's" / "its" / "hi": a name follows it as often as an adjective or a thing does ("it's grateful", "hi
    team"), so only a speaker's "calling" / "speaking" / "here" after the slot makes it one ("it's fetu faalelei
    [sua] ringing", "hi [innocent] sene here")."""
    return (tok.key == "it" and tok.possessive) or tok.key in _GREETINGS


def _spoken_intro(text: str, tokens: Sequence[Token], last: int, east: bool) -> int:
    """How many words (1 or 2) after token ``last`` a speaker's "speaking" / "calling" / "ringing" follows, hesitations
    skipped ("mei [yoke] uh speaking"); 0 if none (not "here": "i'm dave stuck here")."""
    for right in range(1, MAX_EXTRA_WORDS + 1):
        r = last + 1 + right
        if r > len(tokens) or not (_slot_word(tokens, r - 1, east) and _spaces_after(text, tokens, r - 2)):
            return 0
        if _intro_closer(tokens, r) not in ("", "here"):
            return right
    return 0


def _past_fillers(tokens: Sequence[Token], r: int) -> int:
    """The index of the first token from ``r`` on that is no hesitation ("uh", "um")."""
    while r < len(tokens) and tokens[r].key in INTERJECTIONS:
        r += 1
    return r


def _intro_closer(tokens: Sequence[Token], r: int) -> str:
    """ "calling" / "speaking" / "here" ... at token ``r``, hesitations skipped ("mei yoke [uh] speaking"), or ""."""
    r = _past_fillers(tokens, r)
    return tokens[r].key if r < len(tokens) and tokens[r].key in _INTRO_CLOSERS else ""


def _caller_closes(tokens: Sequence[Token], r: int) -> bool:
    """Token ``r`` is a caller's "calling" / "ringing", or "here" before "i'm calling" ("hyeon u [joo] here i'm
    ringing"); not an agent's "calling you back"."""
    after = [t.key for t in tokens[r + 1:r + 4]]
    if tokens[r].key == "here" and after[:1] in (["i'm"], ["im"]):
        r, after = r + 2, after[2:]
    return r < len(tokens) and tokens[r].key in _CALLER_CLOSERS and after[:1] != ["you"]


def _name_word(tok: Token) -> bool:
    """A listed name (a given name that is an everyday word too: "innocent") or a word no list holds."""
    return tok.name or tok.first or tok.unknown or tok.key in lexicon().word_given


def _closes_slot(tokens: Sequence[Token], r: int) -> bool:
    """Token ``r`` (fillers skipped) follows a name: "calling", "speaking", "here", or a new clause ("is that okay",
    "i think", "she's my gran", "and i'm ...", "sorted it")."""
    r = _past_fillers(tokens, r)
    if r >= len(tokens):
        return False
    tok, nxt = tokens[r], tokens[r + 1].key if r + 1 < len(tokens) else ""
    key = tok.key
    return key in _INTRO_CLOSERS or key in CLAUSE_OPENERS or key in _PAST_TENSES or key in _VERBS_AFTER or key in _CLAUSE_WORDS \
        or _relation_after(tokens, r) \
        or (key == "and" and nxt in CLAUSE_OPENERS) \
        or (key.endswith("ed") and len(key) >= 5 and tok.english and not tok.name and not tok.first) \
        or (key == "is" and nxt == "that" and r + 2 < len(tokens) and tokens[r + 2].key in _AFFIRMATIONS) \
        or (key in _MODALS and nxt in _ASKED) or (key == "that" and tok.possessive) \
        or (key == "on" and nxt == "the" and r + 2 < len(tokens) and tokens[r + 2].key in _ON_THE) \
        or (key == "on" and nxt in _WHEN)  # "my previous chat with [hone] parata on april 1"


def _closed(text: str, tokens: Sequence[Token], k: int, r: int, right: int, added: int) -> bool:
    """Token ``r`` ends the slot opened by token ``k`` that holds ``right`` words after the finding (``added`` in
    all): a word that follows names, or the end of the turn or a punctuation mark right after the finding; after
    "under" also the turn's end or a determiner or preposition after the added words ("it's under nwodo [akin] the
    parcel", "under [auto] duku my connection"), after "my <relation>" a determiner."""
    if _closes_slot(tokens, r) or (r < len(tokens) and tokens[r].key == "my"
                                   and all(_name_word(t) for t in tokens[r - right:r])):
        return True  # ... "my" only after names ("this is [caddy] traore my internet", "this is matthew babacar [sow] my")
    under = tokens[k].key == "under"
    # a slot the turn's end closes: "me and deeq [alley]", "on behalf of lawrence rams [bottom]"
    to_turn_end = under or tokens[k].key == "and" and k > 0 and tokens[k - 1].key == "me" or _on_behalf(tokens, k)
    if _edge(text, tokens, r) and (right == 0 or (to_turn_end and r >= len(tokens))
                                   or (r < len(tokens) and any(c in ".!?" for c in text[tokens[r - 1].end:tokens[r].start]))):
        return True  # ... a sentence's end after the added words ("account holder manny [brag]. system is locked")
    if added == 0 or r >= len(tokens):
        return False
    if under:
        return tokens[r].key in _AFTER_UNDER
    # "try my wife pollyanna [hole] the number is ...": after "my <relation>" a determiner, unless a verb was added
    # ("my son john drives the car").
    return tokens[r].key == "the" and tokens[k].key in _RELATIONS and not any(
        t.english and (t.key.endswith("s") or t.key.endswith("ed")) for t in tokens[r - right:r])


def _edge(text: str, tokens: Sequence[Token], r: int) -> bool:
    """The end of the turn or a punctuation mark right after token ``r - 1``."""
    return r >= len(tokens) or any(c in _SLOT_PUNCTUATION for c in text[tokens[r - 1].end:tokens[r].start])


def _relation_after(tokens: Sequence[Token], r: int) -> bool:
    """Tokens from ``r`` on are "(and) my <relation>" ("tran ba thong my dad", "chau kim tram (my daughter)", "tik tek
    [hip] and my brother share ...")."""
    if r < len(tokens) and tokens[r].key == "and":
        r += 1
    return r + 1 < len(tokens) and tokens[r].key in ("my", "our") and tokens[r + 1].key in _RELATIONS


def name_slot(text: str, tokens: Sequence[Token], first: int, last: int) -> tuple[int, int] | None:
    """The token range of the slot around tokens ``first``..``last``, if it adds a word to them. At the turn's
    start only "(and) my <relation>" closes a slot, or "calling" / "speaking" / "here" after words added after the
    finding ("abena [bad do] calling"), before it only "calling" / "ringing" ("shout [juan] calling"; not "elmwood
    water tarunika here"), and no English word ending in
    "s" ("peter helps my mum") is in it."""
    east = any(east_asian_word(t) for t in tokens[first:last + 1])
    for left in range(MAX_EXTRA_WORDS + 1):
        k = first - 1 - left  # the opener's last token (-1: the turn's start)
        if k < -1 or (left and not (_slot_word(tokens, k + 1, east) and _spaces_after(text, tokens, k + 1))):
            return None
        intro_only = k >= 0 and not _opens_slot(tokens, k)  # "it's ___ ringing": only "calling" / "here" ... closes it
        if intro_only and left == 0 and not _intro_opener(tokens[k]):
            words = _spoken_intro(text, tokens, last, east)  # "front desk mei [yoke] uh speaking"
            if words:
                return first, last + words
        if intro_only and not (_intro_opener(tokens[k]) and all(_name_word(t) for t in tokens[k + 1:first])):
            continue  # ... and the words it adds before the finding are names ("hi [innocent] sene here", not "hi team")
        for right in range(MAX_EXTRA_WORDS + 1 - left):
            r = last + 1 + right  # the token after the slot
            if r > len(tokens) or (right and not (_slot_word(tokens, r - 1, east)
                                                  and _spaces_after(text, tokens, r - 2))):
                return None
            if k < 0 and (_relation_after(tokens, r) or (r < len(tokens) and tokens[r].key in _INTRO_CLOSERS and (
                    left == 0 or _caller_closes(tokens, r)))):  # "abena [bad do] calling", "shout [juan] calling"
                words = tokens[:r]
                return (0, r - 1) if left + right and r <= MAX_SLOT_WORDS and not any(
                    t.english and t.key.endswith("s") and not t.name for t in words) else None
            # An intro slot closes at "calling" / "here"; after a greeting only names may be added ("hello, [imara
            # health chat] here" is a company).
            if intro_only:
                closed = bool(_intro_closer(tokens, r)) and (
                    tokens[k].key not in _HELLOS or all(_name_word(t) for t in tokens[last + 1:r]))
            else:
                closed = k >= 0 and _closed(text, tokens, k, r, right, left + right)
            # "ok" inside a name, not after it ("thanks kim ok"); no verb before "here"
            if closed and not (right and (tokens[r - 1].key == "ok" or _verb_before_here(tokens, r))):
                return (k + 1, r - 1) if left + right and r - k - 1 <= MAX_SLOT_WORDS else None
            if _edge(text, tokens, r):
                return None
        if k >= 0:
            return None
    return None


def fill_name_slots(text: str, tokens: Sequence[Token], people: Sequence[Finding],
                    others: Sequence[Finding]) -> list[Finding]:
    """``people`` (PERSON findings of ``text``) each grown over the misheard words of the slot it sits in,
    never into another finding."""
    out = []
    if not SPOKEN_PAUSES.isdisjoint(map(_KEY, tokens)):  # (read in C)
        tokens = [t for t in tokens if t.key not in SPOKEN_PAUSES]
    starts, ends = list(map(attrgetter("start"), tokens)), list(map(attrgetter("end"), tokens))  # both ascending
    blockers = [*others, *people]
    absorbed: set[int] = set()  # names a slot took whole ("thank you charlotte [yummy] sowande that's ...")
    for finding in people:
        lo, hi = bisect_right(ends, finding.start), bisect_left(starts, finding.end)  # the tokens it overlaps
        slot = name_slot(text, tokens, lo, hi - 1) if lo < hi else None
        if slot is not None and id(finding) not in absorbed:
            start, end = min(finding.start, starts[slot[0]]), max(finding.end, ends[slot[1]])
            inside = [o for o in people if o is not finding and start <= o.start and o.end <= end]
            if not any(o is not finding and o not in inside and o.start < end and start < o.end for o in blockers):
                finding = replace(finding, start=start, end=end)
                absorbed.update(id(o) for o in inside)
        out.append(finding)
    return [f for f, original in zip(out, people) if id(original) not in absorbed]
