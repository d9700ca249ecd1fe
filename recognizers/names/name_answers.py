"""Word tests for a short answer to "what's your name" (``recognizers.spelled_name``): a name word no function
word could be, romanized syllables that are English words ("do van an"), a surname after a given name that is
an English word ("given carruthers"), and a name said twice over a bad line ("freedom cope freedom cope")."""
from __future__ import annotations

import re

from recognizers.names.lexicon import FUNCTION_WORDS, fold, is_contraction, lexicon

# Romanized name syllables that are English function words too ("Đỗ Văn An", "Lê Hà", "Tô", "Hồ", "He", "In").
ROMANIZED_WORDS = frozenset("do an le ha ho to ma na la lo he in".split())
# ... of which these open a name only before a syllable or a word no list holds ("in sunoh", not "in london").
BEFORE_SYLLABLES_ONLY = frozenset(("he", "in"))


def anchor(words: list[re.Match], k: int) -> bool:
    """Whether ``words[k]`` is a name word no function word could be (a listed name, a word no list holds)."""
    if not 0 <= k < len(words):
        return False
    key = fold(words[k].group())
    lex = lexicon()
    return key not in FUNCTION_WORDS and key not in ROMANIZED_WORDS and (
        (lex.is_name(key) and key not in lex.common) or lex.is_unknown(key) or key in lex.syllables)


def syllable_or_unknown(word: re.Match) -> bool:
    return (key := fold(word.group())) in lexicon().syllables or lexicon().is_unknown(key)


# Words a repeated answer is made of that are no name ("sorry sorry", "hello hello", "yes please yes please").
_NOT_REPEATED_NAMES = frozenset("""sorry hello hi hey yes yeah yep no nope please thanks thank okay ok right sure
    sec second minute moment wait pardon what""".split())


def surname_after(words: list[re.Match], k: int) -> bool:
    """``words[k]`` may be a surname: a listed name or a word no list holds, no function word."""
    if not 0 <= k < len(words):
        return False
    key, lex = fold(words[k].group()), lexicon()
    return key not in FUNCTION_WORDS and key not in lex.word_given and (lex.is_name(key) or lex.is_unknown(key))


def caps_name_chunks(run: str) -> bool:
    """A run of capitals that can be a name typed in chunks ("KO-WAL SKI"): at most four words, none a function word
    ("MY TICKET WAS CANCELLED BUT ..." is a sentence typed in capitals)."""
    words = run.split()
    return len(words) <= 4 and not any(fold(w) in FUNCTION_WORDS for w in words)


# What may follow a name given as the whole answer ("just promise is fine thanks", "gift please").
_ANSWER_CLOSINGS = frozenset("is fine ok okay thanks thank you tnx thx ty please pls plz".split())


def closes_answer(words: list[re.Match], k: int) -> bool:
    """Nothing but closing words from ``words[k]`` on: the word before them is the whole answer ("promise",
    "just gift is fine")."""
    return all(fold(m.group()) in _ANSWER_CLOSINGS for m in words[k:])


def said_twice(words: list[re.Match], skip: frozenset[str]) -> list[tuple[int, int]]:
    """The two spans of a two- or three-word name said twice as the whole answer after words in ``skip``
    ("freedom cope freedom cope", "yes mam landing mam landing", "onyx vale i said onyx vale sorry"), whatever
    words it is made of."""
    keys = [fold(m.group()) for m in words]
    lead = 0
    while lead < len(keys) and keys[lead] in skip:
        lead += 1
    rest = keys[lead:]
    while rest and rest[-1] in _TAIL_WORDS:  # "... i said onyx buchanan sorry"
        rest = rest[:-1]
    for half in (2, 3):
        for link in _LINKS:
            if len(rest) == 2 * half + len(link) and rest[:half] == rest[half + len(link):] \
                    and rest[half:half + len(link)] == link \
                    and not any(k in FUNCTION_WORDS or k in _NOT_REPEATED_NAMES or len(k) < 2 for k in rest[:half]):
                first, second = words[lead:lead + half], words[lead + half + len(link):lead + len(rest)]
                return [(first[0].start(), first[-1].end()), (second[0].start(), second[-1].end())]
    return []


# What a caller says between a name and its repeat, and after it.
_LINKS = ([], ["i", "said"], ["it's"], ["its"], ["that's"], ["thats"])
_TAIL_WORDS = frozenset(("sorry", "please", "thanks"))


# A first sentence of two or three capitalized words ("Diyan Dong. my bag didn't arrive").
_TITLED_SENTENCE = re.compile(r"[ \t]*((?:[A-Z][a-z]+(?:['’-][A-Za-z]+)?[ \t]+){1,2}[A-Z][a-z]+(?:['’-][A-Za-z]+)?)[.!,](?:\s|$)")


def titled_name(text: str) -> tuple[int, int] | None:
    """The span of an answer's first sentence when it is a name typed in title case: two or three capitalized words,
    no function word, at least one a listed name ("Diyan Dong." after "the lead passenger's name?"; "Thank You."
    and "Lost Bag." are no name)."""
    if (m := _TITLED_SENTENCE.match(text)) is None:
        return None
    keys = [fold(w) for w in re.split(r"[ \t]+", m.group(1))]
    if any(k in FUNCTION_WORDS or is_contraction(k) for k in keys) or not any(lexicon().is_name(k) for k in keys):
        return None
    return m.span(1)
