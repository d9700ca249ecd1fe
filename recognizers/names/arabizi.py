"""Names written in Arabizi, the chat spelling of Arabic with digits for letters it lacks ("7amed" for Hamed,
"3bdelnasser" for Abdelnasser, "mo5tar" for Mokhtar), signed under a sign-off ("Best regards,\\n7amed").

The name tokens hold letters only, so no list or rule reads such a word. A line after a sign-off that holds
nothing but one to three words, at least one of them letters mixed with the digits Arabizi uses (2 3 5 6 7 8
9) and the others letters, is the writer's name, as a capitalized name line is (``signatures``).
"""
from __future__ import annotations

import re

from recognizers.lower_scan import CaseFolded
from recognizers.names.signatures import SIGN_OFF
from recognizers.start_set import compile_fast

_ARABIZI = r"(?:[a-zA-Z]*[235-9][a-zA-Z]+|[a-zA-Z]+[235-9][a-zA-Z]*)(?:[235-9][a-zA-Z]*)*"
_PLAIN = r"[a-zA-Z]{2,}(?:[-'’][a-zA-Z]+)*"  # "el-Hosary"
_LINE = compile_fast(rf"(?m)^[ \t]*((?:{_ARABIZI}|{_PLAIN})(?:[ \t]+(?:{_ARABIZI}|{_PLAIN})){{0,2}})[ \t.]*$")
_WORD = compile_fast(_ARABIZI)


# ... or greeted: "Hi 3bdelghaffar,", "Dear 7assaan".
_GREETED_SOURCE = rf"\b(?:hi|hello|hey|dear|thanks|thank you|salam)[ \t,]+(?P<name>{_ARABIZI})(?![\w])"
# (on ASCII text through its lower-case twin: the same spans; the name's letters are only counted)
_GREETED = CaseFolded(compile_fast(_GREETED_SOURCE, re.IGNORECASE), twin_source=_GREETED_SOURCE.replace("a-zA-Z", "a-z"))


def arabizi_signed(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each Arabizi name line right after a sign-off line."""
    if not any(c in text for c in "2356789"):
        return []
    out = [m.span("name") for m in _GREETED.finditer(text) if sum(map(str.isalpha, m.group("name"))) >= 2]
    if "\n" not in text:
        return out
    for line in _LINE.finditer(text):
        words = line.group(1).split()
        if not any(_WORD.fullmatch(w) and sum(map(str.isalpha, w)) >= 2 for w in words):
            continue
        if SIGN_OFF.search(text, max(0, line.start() - 60), line.start()):
            out.append(line.span(1))
    return out
