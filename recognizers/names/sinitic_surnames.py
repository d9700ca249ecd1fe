"""Chinese surnames spelled like English words, before a given name of two romanized syllables: "Nah Jia Wen",
"see xin ying", "SAY TECK ENG", "Chew Chong Hock", "tee kai xin".

Singapore and Malaysia write Hokkien, Teochew, Cantonese and Hakka surnames that English has as words (Nah,
See, Say, Tee, Chew, Wee, Low, Bay); the surname comes first and no list tells it from the word. Two
given-name syllables right after it (``data/name_syllables.txt``), not both English words, are no English
phrase ("see you", "say hi", "low long wing" stay), so the three words are one name.
"""
from __future__ import annotations

from recognizers.names.tokens import Token, adjacent, keys_of, positions

# Chinese surnames (Hokkien, Teochew, Cantonese, Hakka spellings; public knowledge) that are English words.
WORD_SURNAMES = frozenset("""nah see say tee teh chew wee low bay yap tan chin sin lie hoe yam woo yew sung
    tang wan pang ting long hang fang kong lay toh soo foo""".split())


def sinitic_names(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """``(first, last)`` token indices of a word surname and the two given-name syllables after it."""
    out = []
    for i in positions(keys_of(tokens), WORD_SURNAMES, 0, len(tokens) - 2):
        surname, given, second = tokens[i], tokens[i + 1], tokens[i + 2]
        if surname.possessive or given.possessive:
            continue
        if not (given.syllable and second.syllable) or (given.english and second.english) \
                or given.function or second.function:
            continue
        if not (surname.capitalized == given.capitalized == second.capitalized):
            continue  # "See Xin Ying", "see xin ying"; never "See xin" (a sentence's first word)
        if adjacent(text, surname, given) and adjacent(text, given, second):
            out.append((i, i + 2))
    return out
