"""Indian and Malaysian patronymics: "Sujatha d/o Ramasamy", "durairaj s/o chettiar", "Ravi a/l Muthu".

"s/o", "d/o" (son / daughter of) and Malaysian "a/l", "a/p" (anak lelaki / perempuan) stand between a
person's given name and the father's: the words on both sides are one name. "w/o" (also "without") only
joins a name found otherwise (``pipeline.detection.turn_names``). Each side must be a word that could be a
name: no function word, no frequent English word that is no listed name ("big s/o Mike", "s/o the team").
"""
from __future__ import annotations

import re

from recognizers.names.tokens import Token
from recognizers.start_set import compile_fast

_MARK = compile_fast(r"(?<![\w/])(?:[sd]/o|a/[lp])\.?(?![\w/])", re.IGNORECASE)


def _could_be_name(tok: Token) -> bool:
    return not tok.function and not tok.possessive and len(tok.key) >= 2 and (
        tok.name or tok.unknown or not tok.common)


def patronymic_names(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """``(first, last)`` token indices of the word before a patronymic mark through the word after it."""
    if "/" not in text:
        return []
    out = []
    for mark in _MARK.finditer(text):
        before = [i for i, t in enumerate(tokens) if t.end <= mark.start()]
        after = [i for i, t in enumerate(tokens) if t.start >= mark.end()]
        if not before or not after:
            continue
        child, father = tokens[before[-1]], tokens[after[0]]
        if text[child.end:mark.start()].strip(" \t") or text[mark.end():father.start].strip(" \t"):
            continue  # only spaces between the names and the mark
        if _could_be_name(child) and _could_be_name(father) and not child.key.isdigit():
            out.append((before[-1], after[0]))
    return out


_JOINING_MARKS = frozenset(("s/o", "d/o", "w/o", "a/l", "a/p"))


def may_end_with_mark(window: str) -> bool:
    """Cheap test: ``window`` may end with a mark, a stop and blanks (``[sdw]/o|a/[lp]``, ``\\.?``, ``[ \\t]+`` before
    its end or a last newline, case aside); False only for ASCII text that does not (read with string methods)."""
    if not window.isascii():
        return True
    body = window[:-1] if window.endswith("\n") else window
    stripped = body.rstrip(" \t")
    if len(stripped) == len(body):
        return False  # (no blank after the mark)
    return (stripped[:-1] if stripped.endswith(".") else stripped)[-3:].lower() in _JOINING_MARKS
