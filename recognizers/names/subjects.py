"""Names found by what a sentence says about a person: the subject of a verb only people do ("Tomomi
lives on ...", "adaeze was born in"), "is <name> about", and a biography question ("when was tom hanks born")."""
from __future__ import annotations

from recognizers.names import tokens as _name_tokens
from recognizers.names.lexicon import frequent_words, lexicon, proper_nouns
from recognizers.names.reasons import REASON_CUE_PHRASE
from recognizers.names.name_words import CLAUSE_LINKS, MAX_NAME_TOKENS, Candidate
from recognizers.names.bracket_frames import bracket_frames
from recognizers.names.department_frames import department_frames
from recognizers.names.modal_subjects import SHORT_FILLERS as _FILLERS, modal_subjects, opens as _opens
from recognizers.names.opening_vocatives import opening_vocatives
from recognizers.names.presence_frames import presence_frames
from recognizers.names.pronoun_subjects import pronoun_subjects
from recognizers.names.tokens import Token, keys_of, patronymic_initial, positions
from recognizers.spoken.number_words import MONTHS

# "when was tom hanks born": a biographical question brackets a name.
BIOGRAPHY_BEFORE = frozenset(("was", "is", "were"))
BIOGRAPHY_AFTER = _name_tokens._BIOGRAPHY_AFTER


def bracketed(tokens: list[Token], keys: list[str] | None = None) -> list[Candidate]:
    """ "what year was bill pullman born": up to three content words between "was" and "born" (``keys``: the
    tokens' keys, when the caller has them)."""
    out = []
    for k in positions(keys_of(tokens) if keys is None else keys, BIOGRAPHY_AFTER):
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
    **dict.fromkeys("spoke phoned rang emailed texted messaged mentioned promised apologised apologized signed agreed "
                    "asked swapped covered knows knew watches watched rings phones".split(), 2),
    **dict.fromkeys("lives lived moved studied graduated grew".split(), 1),
    **dict.fromkeys("works worked said says told wrote".split(), 0),
}
SUBJECT_PAIRS = frozenset((("is", "from"), ("was", "from"), ("comes", "from"), ("came", "from"), ("came", "round"),
                           ("came", "over"), ("popped", "round"), ("was", "born"), ("is", "originally"), ("was", "raised")))
# Pairs only a person is the subject of, so a rare dictionary word or a given name that is a word too may be the name
# ("ganesh is travelling with me", "peter is flying back").
PERSON_PAIRS = frozenset((*((be, ing) for be in ("is", "was") for ing in ("travelling", "traveling", "flying", "dealing",
                                                                       "driving", "picking")),
                          *(tuple(pair.split("+")) for pair in """parked+it test+drove left+the is+off isn't+available
    isnt+available is+handling will+call will+ring will+phone will+email will+text you+there are+you used+my will+collect
    will+pick will+bring will+drop from+next from+upstairs from+across dropped+the dropped+them dropped+off is+back
    will+give has+said is+bringing is+doing is+free came+out will+let picks+the picks+them picks+up moved+in moved+out
    still+gets came+with started+a""".split())))
# "X was driving", "X parked it there", "X left the company", "X is off sick", "X will call you back", "X used my card",
# "X from next door", "X dropped the books back", "if X has said so", "X moved in / out", "X still gets post here",
# "X came with me", "X started a job"; said to the caller: "X are you still there"
# "is priya about?", "is tomoko around": a question opening with "is", a name, and where the person is.
PRESENCE_WORDS = frozenset("about around available there in free back".split())


# The keys of the main rule of ``subjects``: its verbs, presence words and the first words of its pairs.
_SUBJECT_KEYS = frozenset(SUBJECT_VERBS) | PRESENCE_WORDS | frozenset(first for first, _ in SUBJECT_PAIRS | PERSON_PAIRS)


def subjects(text: str, tokens: list[Token]) -> list[Candidate]:
    """A name opening a sentence (or after "so", "yeah" ...) before a verb whose subject is a person, the
    name in "is <name> about", the subject of a question opening with a modal ("could kushal pick up") and
    the surname before "and the first name" ("gates and the first name micheal") and the name before "is the
    family name" / "is my first name" ("ward is the family name"), and the person whose birthday it is ("add bola
    birthday", the possessive lost in speech)."""
    keys = keys_of(tokens)
    out = modal_subjects(text, tokens, keys) + _surname_before_first_name(tokens, keys) + _clefts(tokens, keys) \
        + _named_part(tokens, keys) + _before_occasion(tokens, keys) + _senders(tokens, keys) \
        + pronoun_subjects(text, tokens, keys) + opening_vocatives(text, tokens, keys) \
        + presence_frames(text, tokens, keys) + department_frames(text, tokens, keys) + bracket_frames(text, tokens, keys)
    for k in positions(keys, _SUBJECT_KEYS, 1):
        key = tokens[k].key
        pair = k + 1 < len(tokens) and (key, tokens[k + 1].key)
        strength = 2 if pair in PERSON_PAIRS else 1 if pair in SUBJECT_PAIRS else SUBJECT_VERBS.get(key, -1)
        if key in PRESENCE_WORDS:
            first = _name_run(text, tokens, k, 2 if key in ("about", "around") else 0)
            if 0 < first < k and tokens[first - 1].key == "is" and _opens(text, tokens, first - 1):
                out.append(Candidate(first, k - 1, 0.6, REASON_CUE_PHRASE))
        if strength >= 0:
            end = k - 1 if k >= 2 and keys[k - 1] in _FILLERS else k
            first = _name_run(text, tokens, end, strength)
            if first < end and (_opens(text, tokens, first) or _after_clause_opener(text, tokens, first)):
                out.append(Candidate(first, end - 1, 0.6, REASON_CUE_PHRASE))
            elif key in SPEECH_VERBS and _speaker(text, tokens, end, k):
                out.append(Candidate(end - 1, end - 1, 0.6, REASON_CUE_PHRASE))
    return out


# Verbs of speech: brands "say" things too, so a word no list holds needs what a person says after it.
SPEECH_VERBS = frozenset(("said", "says", "told"))
# What follows an organisation's "said" ("evri said they ...", "the bank said we ..."), not a person's.
_ORGANISATION_VOICE = frozenset("they we their our its".split())


def _speaker(text: str, tokens: list[Token], end: int, k: int) -> bool:
    """ "aktan said the panels ...": one word no list, dictionary or proper-noun list holds (or a rare dictionary word)
    opens the sentence or a clause before (``end``: a hesitation or) a verb of speech (``k``), not in capitals ("DPD
    said"), and no organisation's voice follows."""
    tok = tokens[end - 1]
    after = tokens[k + 1].key if k + 1 < len(tokens) else ""
    return (tok.unknown or lexicon().is_rare_word(tok.key)) and not tok.function and not tok.possessive \
        and len(tok.key) >= 3 and tok.key.isalpha() and not text[tok.start:tok.end].isupper() \
        and tok.key not in proper_nouns() and after not in _ORGANISATION_VOICE \
        and (_opens(text, tokens, end - 1) or _after_clause_opener(text, tokens, end - 1))


# Words that open a clause inside a sentence, before its subject: "... and davit signed off the swap", "check with
# him why ajmal agreed", "i'll log that ajmal agreed".
_CLAUSE_OPENERS = CLAUSE_LINKS | frozenset("coz that why when while until if unless".split())  # "if X has said so"


def _after_clause_opener(text: str, tokens: list[Token], first: int) -> bool:
    """``tokens[first]`` follows a word that opens a clause, with only a space between."""
    return first > 0 and tokens[first - 1].key in _CLAUSE_OPENERS \
        and not text[tokens[first - 1].end:tokens[first].start].strip()


def _name_run(text: str, tokens: list[Token], k: int, strength: int) -> int:
    """Index of the first of up to three adjacent name-like words right before ``tokens[k]``."""
    first = k
    while first > 0 and k - first < MAX_NAME_TOKENS - 1 and _subject_word(tokens[first - 1], strength) \
            and (first == k or _name_tokens.adjacent(text, tokens[first - 1], tokens[first])):
        first -= 1
    if first < k and first > 0 and patronymic_initial(text, tokens, first - 1):
        first -= 1  # "b enkhjargal calling": a Mongolian father's initial before the given name
    return first


def _subject_word(tok: Token, strength: int) -> bool:
    if tok.function or len(tok.key) < 2:
        return False
    if strength == 2:  # also a rare dictionary word ("aditi spoke to me", "is maha about")
        return tok.name or tok.first or tok.unknown or lexicon().is_rare_word(tok.key)
    return (tok.name and not tok.english) or (strength == 1 and (tok.unknown or lexicon().is_rare_word(tok.key)))


_FIRST_NAME_AFTER = (("and", "the", "first", "name"), ("and", "my", "first", "name"), ("and", "first", "name"))
_AND = frozenset(("and",))


def _surname_before_first_name(tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """ "gates and the first name micheal": the word (or two) right before "and the first name" and a name."""
    out = []
    for k in positions(keys, _AND, 1, len(tokens) - 2):  # every cue starts with it
        keys = tuple(t.key for t in tokens[k:k + 4])
        cue = next((p for p in _FIRST_NAME_AFTER if keys[:len(p)] == p), None)
        after = tokens[k + len(cue)] if cue and k + len(cue) < len(tokens) else None
        if after is not None and not after.function and not tokens[k - 1].function \
                and len(tokens[k - 1].key) >= 2 and tokens[k - 1].key.isalpha():
            first = k - 2 if k >= 2 and (tokens[k - 2].name or tokens[k - 2].unknown) and not tokens[k - 2].function \
                else k - 1
            out.append(Candidate(first, k - 1, 0.7, REASON_CUE_PHRASE))
    return out


# "it was shawn who took the call", "it's amira okafor who signed": a cleft names the person before "who".
CLEFT_OPENERS = (("it", "was"), ("it", "is"), ("its",), ("it's",), ("twas",))
_WHO = frozenset(("who",))


def _clefts(tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """Up to three name words between "it was" / "it's" and "who"."""
    out = []
    for k in positions(keys, _WHO, 1):
        first = k
        while first > 0 and k - first < MAX_NAME_TOKENS - 1 and _cleft_word(tokens[first - 1]):
            first -= 1
        if first == k:
            continue
        before = tuple(t.key for t in tokens[max(0, first - 2):first])
        if any(before[len(before) - len(o):] == o for o in CLEFT_OPENERS if len(o) <= len(before)):
            out.append(Candidate(first, k - 1, 0.6, REASON_CUE_PHRASE))
    return out


def _cleft_word(tok: Token) -> bool:
    """A listed name, a word no list holds or a rare dictionary word (not "the manager", "someone")."""
    return not tok.function and not tok.possessive and len(tok.key) >= 2 and (
        (tok.name and not tok.english) or tok.first or tok.unknown or lexicon().is_rare_word(tok.key))


# "<name> is the family name", "<name> is my first name", "<name> is my surname".
_NAME_PARTS = (("family", "name"), ("first", "name"), ("last", "name"), ("given", "name"), ("middle", "name"),
               ("surname",), ("forename",))
_PART_ENDS = frozenset(part[-1] for part in _NAME_PARTS)


def _named_part(tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """The one or two words before "is the / my <part of a name>" (also "<name> comes first, that's the family
    name"), neither a function word; and the one or two after "then" that follows it ("..., then young gin")."""
    out = []
    if _PART_ENDS.isdisjoint(keys) or _IS_THE.isdisjoint(keys):
        return out
    kept = _without_fillers(tokens, keys)  # "pun uh is uh the you know surname"
    tokens = [tokens[i] for i in kept]
    for k in positions([keys[i] for i in kept], _IS_THAT, 1, len(tokens) - 2):
        that_is = tokens[k].key == "thats" or (tokens[k].key == "that" and tokens[k].possessive)  # "that's"
        if not (tokens[k].key == "is" or that_is) or tokens[k + 1].key not in ("the", "my"):
            continue
        after = tuple(t.key for t in tokens[k + 2:k + 4])
        part = next((p for p in _NAME_PARTS if after[:len(p)] == p), None)
        last = k - 3 if k >= 3 and (tokens[k - 2].key, tokens[k - 1].key) == ("comes", "first") else k - 1
        if part is None or (last == k - 1 and that_is and not _opens_alone(tokens, last, k + 2 + len(part))) \
                or not _part_word(tokens[last]) \
                or any(t.key in _DETERMINERS for t in tokens[max(0, last - 2):last]):
            continue  # "the problem is my surname", "what's wrong is the surname": a noun, not a name
        first = last - 1 if last >= 1 and _part_word(tokens[last - 1]) \
            and (tokens[last - 1].name or tokens[last - 1].unknown) else last
        out.append(Candidate(kept[first], kept[last], 0.7, REASON_CUE_PHRASE))
        then = k + 2 + len(part)
        if then + 1 < len(tokens) and tokens[then].key == "then" and _part_word(tokens[then + 1]):
            two = then + 2 < len(tokens) and _part_word(tokens[then + 2])
            out.append(Candidate(kept[then + 1], kept[then + 1 + two], 0.7, REASON_CUE_PHRASE))
    return out


# Two-word fillers a speaker puts inside a phrase ("pun is the you know surname", "nontobeko on i mean the line").
FILLER_PAIRS = frozenset((("i", "mean"), ("you", "know")))
_DETERMINERS = frozenset("the a an my your our his her their this that what".split())  # "what's" is "what" + 's
_FILLER_KEYS = _FILLERS | frozenset(second for _, second in FILLER_PAIRS)  # without one, nothing is dropped
_IS_THAT = frozenset(("is", "thats", "that"))  # "<name> is the family name", "that's the surname"
_IS_THE = frozenset(("the", "my"))


def _without_fillers(tokens: list[Token], keys: list[str]) -> list[int]:
    """The indices of ``tokens`` (``keys``: their keys) that are no hesitation ("uh", "you know")."""
    if _FILLER_KEYS.isdisjoint(keys):
        return list(range(len(tokens)))
    kept, k = [], 0
    while k < len(tokens):
        if k + 1 < len(tokens) and (tokens[k].key, tokens[k + 1].key) in FILLER_PAIRS:
            k += 2
            continue
        if tokens[k].key not in _FILLERS:
            kept.append(k)
        k += 1
    return kept


# Acknowledgements before "that's the last name" that close a list, not a name ("perfect that's the last name").
_ACKNOWLEDGEMENTS = frozenset("fine great good perfect lovely brilliant cool sure alright done super".split())


def _opens_alone(tokens: list[Token], last: int, end: int) -> bool:
    """ "duale thats the last name": one name word opens the turn and the phrase ends it, or the next part of the name
    follows ("fan that's the family name full name fan jing")."""
    tok = tokens[last]
    return last == 0 and (end == len(tokens) or tokens[end].key in _NEXT_PART) and (tok.name or tok.unknown) \
        and tok.key not in _ACKNOWLEDGEMENTS


_NEXT_PART = frozenset("full first given last middle".split())


def _part_word(tok: Token) -> bool:
    return not tok.function and not tok.possessive and len(tok.key) >= 2 and tok.key.isalpha()


# Occasions a speech engine writes right after the person's name, the possessive "'s" lost ("add bola birthday").
_OCCASIONS = frozenset("birthday birthdays bday anniversary retirement graduation wedding".split())


def _before_occasion(tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """A word no everyday word could be right before an occasion: no function, common or frequent word ("happy
    birthday", "the company anniversary" are none)."""
    return [Candidate(k - 1, k - 1, 0.6, REASON_CUE_PHRASE) for k in positions(keys, _OCCASIONS, 1)
            if _part_word(tok := tokens[k - 1]) and not tok.common
            and len(tok.key) >= 3 and tok.key not in frequent_words()]


# Messages someone sent the speaker: "check if grace has sent me any emails", "did bill text me", "has ana replied me".
_SENT_TO_ME = frozenset("sent send emailed email texted text messaged message replied written wrote rang phoned".split())
_AUXILIARIES = frozenset("has have had did didn't didnt hasn't hasnt".split())
_ME = frozenset(("me",))


def _senders(tokens: list[Token], keys: list[str]) -> list[Candidate]:
    """A listed given name or a month right before "(has) sent me" / after "did" before "send me" (a person's message)."""
    out = []
    for k in positions(keys, _ME, 2):
        if keys[k - 1] not in _SENT_TO_ME:
            continue
        # "grace has sent me"; "grace sent me", "did bill send me", "has grace emailed me"
        j = k - 3 if keys[k - 2] in _AUXILIARIES else k - 2
        tok = tokens[j] if j >= 0 else None
        if tok is not None and (tok.first or tok.key in MONTHS) and not tok.function and not tok.possessive \
                and len(tok.key) >= 2:  # "if july has sent me any emails": a month sends nothing
            out.append(Candidate(j, j, 0.6, REASON_CUE_PHRASE))
    return out
