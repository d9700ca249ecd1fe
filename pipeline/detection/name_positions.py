"""Where a name already found in the conversation, though an everyday word ("honor", "stone", "cash"), is said as a
person beyond the address positions: the subject of what only a person does ("Cash can't manage his bills",
"i'll check what stone agreed", "i'll note that honor is happy"), the person something is given to ("we'll send
honor the guarantee"), or the answer to "are you ...?" ("are you honor or calling for her"). Read on folded
word keys; the caller decides the word is a name found elsewhere."""
from __future__ import annotations

from typing import Sequence

from recognizers.names.cue_words import KIN_NOUNS, RECORD_ROLES, ROLE_NOUNS
from recognizers.names.name_words import CLAUSE_LINKS

# Words that open a clause whose subject follows: "that honor is happy", "what stone agreed", "if cash rings".
CLAUSE_OPENERS = CLAUSE_LINKS | frozenset("that what whether if when once until unless while".split())
# What only a person does, right after the name.
PERSON_VERBS = frozenset("""agreed agrees said says told asked asks wants wanted needs needed knows knew
    signed signs rang rings phoned phones called calls emailed texted lives lived works worked
    can't cannot couldn't won't wouldn't doesn't didn't hasn't hadn't trusts trusted likes liked loves loved prefers
    preferred""".split())
# Adverbs between a subject and its verb: "and chase really trusts him".
ADVERBS = frozenset("really also just always never still usually often already".split())
# "is" / "was" and what follows it only of a person: "honor is happy", "stone was away", "cash is the donor".
BEING = frozenset("is was isn't wasn't".split())
PERSON_STATES = frozenset("happy unhappy able unable away poorly unwell ill going".split())
OWNERS = frozenset("the my his her their our your".split())
PERSON_NOUNS = frozenset(w for w in f"{KIN_NOUNS} {ROLE_NOUNS} {RECORD_ROLES}".split() if w.isalpha()) | {
    "neighbour", "neighbor"}
# "with us": someone who worked or stayed with the speaker ("Harmony was with us for three years").
WITH_PEOPLE = frozenset("us me you them".split())
# An auxiliary that opens a question whose subject follows: "how long did harmony work for you", "was honor ever off".
QUESTION_AUX = frozenset("did does didn't doesn't was wasn't has hasn't".split())
# What a person does after such a subject: "did harmony work", "was honor ever off"; not "did cash come through".
AUX_SUBJECT_VERBS = frozenset("""work ever say tell call ring phone sign agree ask leave start book mention explain speak
    manage want need know give send email text report""".split())
# Verbs whose object is a person, and the words that may end the clause after them: "would you employ harmony again".
PERSON_OBJECT_VERBS = frozenset("employ employed hire hired rehire rehired recommend thank ring phone".split())
OBJECT_CLOSERS = frozenset("again back today tomorrow later about if when".split())
# Verbs a person is given something with: "send honor the guarantee", "give stone a ring".
GIVING_VERBS = frozenset("send sent give gave tell told show showed pay paid email text".split())
GIVEN_THINGS = frozenset("the a an your his her their our some any".split())


def person_position(before: Sequence[str], after: Sequence[str], opens: bool) -> bool:
    """Whether a name word stands where only a person can.

    Args:
        before: Folded keys of the (up to two) words before it in the same sentence, nearest last.
        after: Folded keys of the (up to three) words after it in the same sentence.
        opens: The word starts its turn or sentence.
    """
    if after and after[0] in ADVERBS:
        after = after[1:]
    nxt = after[0] if after else None
    prev = before[-1] if before else None
    if (opens or prev in CLAUSE_OPENERS) and (nxt in PERSON_VERBS or nxt in BEING and _person_state(after[1:])):
        return True
    if prev in QUESTION_AUX and nxt in AUX_SUBJECT_VERBS:
        return True  # "did harmony work for you"
    if prev in PERSON_OBJECT_VERBS and (nxt is None or nxt in OBJECT_CLOSERS):
        return True
    if prev in GIVING_VERBS and nxt in GIVEN_THINGS:
        return True
    # "are you honor or ...", "are you honor?"
    return before[-2:] == ["are", "you"] and nxt in (None, "or")


def _person_state(after: Sequence[str]) -> bool:
    """What follows "is" / "was" is said only of a person: "happy", "the donor", "with us"."""
    return bool(after) and (after[0] in PERSON_STATES or len(after) > 1 and (
        after[0] in OWNERS and after[1] in PERSON_NOUNS or after[0] == "with" and after[1] in WITH_PEOPLE))
