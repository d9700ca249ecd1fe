"""The words the spoken view's tokenizer classifies: a written e-mail or host name is one word.

On ASCII text with neither, they are the turn's ``alnum_words`` (scanned once for the modules that read it).
"""
from __future__ import annotations

import re
from typing import Iterable

from recognizers.turn_words import alnum_words
from recognizers.start_set import compile_fast

_TOKEN = compile_fast(
    r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)*"               # written e-mail or "jack@gmail" (ASR half-written)
    r"|[A-Za-z][A-Za-z0-9-]*+(?:\.[A-Za-z0-9-]+)+"  # written host name "gmail.com" (*+: no "." to give back to)
    r"|[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F]+(?:'[A-Za-z]+)?"  # (Latin letters with accents: "fünf")
)
# ``_TOKEN`` without the branches that cannot match a text with no "@" (e-mail) or no "." either (host).
_TOKEN_NO_AT = compile_fast(_TOKEN.pattern.split("|", 1)[1])
_TOKEN_WORD = compile_fast(_TOKEN.pattern.split("|", 2)[2])
# Every host name holds a dot with a letter, digit or dash after it: a text without one needs no host branch.
_HOST_DOT = compile_fast(r"\.[A-Za-z0-9-]")


def token_words(text: str) -> Iterable[tuple[re.Match[str], str]]:
    """Each ``_TOKEN`` match of ``text`` with its word lower-cased (on ASCII text matched on the lower-cased
    text: every branch gives the same spans)."""
    pattern = _TOKEN if "@" in text else _TOKEN_NO_AT if "." in text and _HOST_DOT.search(text) else _TOKEN_WORD
    if not text.isascii():
        return ((m, m.group().lower()) for m in pattern.finditer(text))
    if pattern is _TOKEN_WORD:  # on ASCII text: ``[A-Za-z0-9]+(?:'[A-Za-z]+)?``, span for span
        return zip(*alnum_words(text))
    return ((m, m.group()) for m in pattern.finditer(text.lower()))
