"""Portuguese "do" inside a name ("Nair Gusmões do Vale", "luigi madureira do maranhão"), where English has a verb."""
from __future__ import annotations

from recognizers.names.tokens import Token

# Joiners that are also everyday English words ("Nair Gusmões do Vale", "luigi madureira do maranhão"): inside a
# name only written lowercase between two capitalized words, or before a word that is a name and no everyday word
# ("John do you", "maria do send it" are no names).
CASED_PARTICLES = frozenset(("do",))


def cased_particle(text: str, prev: Token, tok: Token, after: Token | None) -> bool:
    """A lowercase Portuguese joiner inside a name ("Chaves do Vale", "madureira do maranhão")."""
    if tok.key not in CASED_PARTICLES or after is None or not text[tok.start:tok.end].islower():
        return False
    if prev.capitalized and after.capitalized:
        return True
    return (prev.name or prev.unknown) and not prev.common and not after.function and not after.common \
        and (after.name or after.unknown)
