"""English words the dictionary lists only in their base form: regular inflections ("stopped", "boxes") and
prefixed words ("hypoallergenic"), so that such a word is not read as an unknown word, hence a name."""

# Regular inflections: (suffix, what to put back) -> "stating" is "state", "stopped" is "stop".
INFLECTIONS = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""),
               ("ing", "e"), ("ly", ""), ("er", ""), ("ers", ""), ("est", ""))
# ... of them, the verb and plural endings ("saying", "emailed", "emails").
VERB_INFLECTIONS = INFLECTIONS[:7]
# "-es" is English only after these ("boxes", "wishes", "goes"); "gunes", "nunes", "mendes" are names.
_BEFORE_ES = ("s", "x", "z", "ch", "sh", "o")
# Prefixes that make English words the dictionary does not list ("hypoallergenic", "multiroom"); the
# word after the prefix must be this long, so names such as "predrag" or "underwood" stay names.
ENGLISH_PREFIXES = ("hypo", "hyper", "anti", "non", "over", "under", "multi", "super", "inter", "micro",
                    "mega", "mini", "semi", "auto", "tele", "counter", "pre", "post", "out")
MIN_PREFIXED_WORD = 5


def inflected(key: str, words: frozenset[str], inflections: tuple[tuple[str, str], ...]) -> bool:
    """True if ``key`` is a regular inflection of a word in ``words`` ("stopped" of "stop")."""
    for suffix, repl in inflections:
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            base = key[: -len(suffix)]
            if suffix == "es" and not base.endswith(_BEFORE_ES):
                continue
            if base + repl in words or (repl == "" and base[-1:] == base[-2:-1] and base[:-1] in words):
                return True
    return False


def prefixed(key: str, words: frozenset[str]) -> bool:
    """True if ``key`` is a prefix and a word in ``words`` long enough to be one ("multiroom")."""
    return any(key.startswith(prefix) and len(key) - len(prefix) >= MIN_PREFIXED_WORD
               and key[len(prefix):] in words for prefix in ENGLISH_PREFIXES)
