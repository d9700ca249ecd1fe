"""Which words continue a name found by a recognizer (``name_completion`` grows PERSON findings with these): a name
word by itself, initials and particles before one, an everyday word that is a surname after an initial or a given
name, a family name misheard after the Arabic article."""
from __future__ import annotations

from pipeline.detection.name_edges import (NOT_NAME_WORDS, SPOKEN_PAUSES, dotted_initial, ends_names,
                                           function_syllable)
from recognizers.names.lexicon import FUNCTION_WORD_NAMES, lexicon, proper_nouns
from recognizers.names.name_words import AFTER_NAME_WORDS, ARABIC_JOINERS, PARTICLES
from recognizers.names.particles import cased_particle
from recognizers.names.tokens import Token, adjacent


def name_word(tok: Token, cased: bool, after_initial: bool = False) -> bool:
    """Whether a word may be part of a name by itself (no neighbour needed)."""
    if tok.function or ends_names(tok):
        return False
    if cased and tok.capitalized and (after_initial or not tok.sentence_start):  # "J. Leary"
        return not tok.common or tok.key in lexicon().last
    return (tok.name and not tok.common) or tok.unknown


def proper(tok: Token) -> bool:
    """A lowercase word that English text usually capitalizes ("gandhi", "anil"), not a frequent word."""
    return not tok.function and not tok.common and tok.key not in NOT_NAME_WORDS \
        and tok.key in proper_nouns()


def joiner(tok: Token, cased: bool, text: str) -> bool:
    """An initial or a particle: part of a name only with a name word after it."""
    return tok.initial or tok.key in PARTICLES or tok.key in ARABIC_JOINERS or dotted_initial(text, tok) or (
        not cased and (len(tok.key) == 1 and not tok.function or tok.key in SPOKEN_PAUSES))  # "orla k brennigan"


def continues(text: str, tokens: list[Token], i: int, cased: bool) -> int:
    """How many tokens from ``i`` on continue a name (0: none): a name word, or initials and
    particles followed by one ("de la Vega")."""
    if 0 < i < len(tokens) - 1 and cased_particle(text, tokens[i - 1], tokens[i], tokens[i + 1]) \
            and touching(text, tokens[i], tokens[i + 1]) and not tokens[i + 1].function:
        return 2  # "(Nair Gusmões) do Vale"
    j = i
    while joiner(tokens[j], cased, text) and j + 1 < len(tokens) and touching(text, tokens[j], tokens[j + 1]) \
            and j - i < 3:
        j += 1
    if j > i:
        nxt = tokens[j]
        after_initial = tokens[j - 1].initial
        return j - i + 1 if name_word(nxt, cased, after_initial) or nxt.capitalized or (
            not cased and proper(nxt)) or _surname_ends(text, tokens, j, cased) or _heard_after_article(tokens, j) else 0
    tok = tokens[i]
    after_initial = i > 0 and tokens[i - 1].initial
    if name_word(tok, cased, after_initial) or (cased and i > 0 and _surname_after_given(tokens[i - 1], tok)) \
            or _heard_after_article(tokens, i):
        return 1
    if cased and i > 0 and function_syllable(text, tokens, i):
        return 1
    return 1 if not cased and proper(tok) else 0


def touching(text: str, left: Token, right: Token) -> bool:  # ``adjacent``, also after "t." of "t. campbell"
    return adjacent(text, left, right) or (dotted_initial(text, left) and right.start - left.end == 2)


def _heard_after_article(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is an everyday word after a name and the Arabic article "al" / "el": the family name, misheard
    ("kawthar raad al moose")."""
    tok = tokens[k]
    return k > 1 and tokens[k - 1].key in ("al", "el") and tok.english and not tok.function and not tok.possessive \
        and tok.key not in AFTER_NAME_WORDS


def _surname_ends(text: str, tokens: list[Token], j: int, cased: bool) -> bool:
    """After an initial and its period, a listed surname that ends the phrase is the name's last word, even
    an everyday word ("christopher s. go.", "joy r. co,"); in lowercase speech also after a bare letter, before
    the clause goes on ("evan h garner is", "bruce f singer located in")."""
    tok, last, dotted = tokens[j], j + 1 == len(tokens), dotted_initial(text, tokens[j - 1])
    spoken = not cased and not dotted and len(tokens[j - 1].key) == 1 and not last and _clause_after(tokens[j + 1])
    return (dotted or spoken) and tok.key in lexicon().last and not tok.possessive and not tok.function \
        and not ends_names(tok) and (last or spoken or not adjacent(text, tok, tokens[j + 1]))


def _clause_after(tok: Token) -> bool:
    """A word that follows a name where its clause goes on: a function word or an English past participle ("bruce f
    singer located in napa"; not a time: "you may like evan h garner today")."""
    return tok.function or (tok.english and len(tok.key) >= 5 and tok.key.endswith("ed"))


def _surname_after_given(prev: Token, tok: Token) -> bool:
    """In cased text, a capitalized everyday word right after a given name is its surname ("Moira Pagan",
    "Amanda May"), unless it ends names or is a function word ("Will" and "May" may be surnames)."""
    return prev.first and prev.capitalized and tok.capitalized and not tok.sentence_start \
        and (not tok.function or tok.key in FUNCTION_WORD_NAMES) and not ends_names(tok)
