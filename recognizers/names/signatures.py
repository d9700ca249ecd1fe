"""Names signed under a sign-off ("Best,\\nRaj Goenka\\nCustomer Care", "Kind regards,\\nTomasz Wielgus").

A line that ends in a sign-off ("Best,", "Regards,", "Thanks,", "Cheers,", "Saludos,"; other words may come
before it on the line: "You're welcome, Anjali. Best,") is followed by the writer's name: a line of one to
four capitalized words, each a listed name or a word that is no frequent English word (so "Customer Care",
"The Support Team", "Sent from my iPhone" are none; a name may follow "Sent from my iPhone" too), then the end of the
text or another line (a role, a company).
"""
from __future__ import annotations

import re

from recognizers.names.lexicon import THANKS_SHORT, THANKS_SHORT_RE, proper_nouns
from recognizers.names.reasons import REASON_CUE_PHRASE
from recognizers.names.name_words import MAX_NAME_TOKENS, Candidate
from recognizers.names.tokens import Token
from recognizers.start_set import compile_fast

SCORE = 0.8
SIGN_OFF = re.compile(r"(?:^|[\s,.!])(?:best(?: wishes| regards)?|(?:kind|warm|warmest|many) (?:regards|thanks)|regards|"
                      r"thanks(?: again| so much)?|thank you|" + THANKS_SHORT_RE + r"|cheers|sincerely|yours(?: sincerely| truly)?|"
                      r"take care|saludos|atentamente|un saludo|gracias|dhanyavaad|shukriya|shukran|namaste|"
                      r"sent from my (?:iphone|ipad|android|samsung(?: galaxy)?|galaxy|phone|mobile|pixel))"
                      r"[ \t]*[,.!]?[ \t]*\n[ \t]*$", re.IGNORECASE)
SIGN_OFF_WORDS = frozenset("best regards thanks thank cheers sincerely yours care saludos atentamente saludo "
                           "gracias dhanyavaad shukriya shukran namaste sent".split()) | frozenset(THANKS_SHORT)


def signed_names(text: str, tokens: list[Token]) -> list[Candidate]:
    """The name on the line right after a sign-off line, and a thanking message's last line of one word no list holds."""
    if "\n" not in text or SIGN_OFF_WORDS.isdisjoint(t.key for t in tokens):
        return []
    out = _signed_last_line(text, tokens)
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        line_start = text.rfind("\n", 0, tok.start) + 1
        if k and tokens[k - 1].start >= line_start or not line_start \
                or not SIGN_OFF.search(text, max(0, line_start - 60), line_start):
            k += 1
            continue
        line_end = text.find("\n", tok.start)
        line_end = len(text) if line_end < 0 else line_end
        last = k
        while last + 1 < len(tokens) and tokens[last + 1].start < line_end:
            last += 1
        run = tokens[k:last + 1]
        if len(run) <= MAX_NAME_TOKENS and text[line_start:tok.start].strip() == "" \
                and text[run[-1].end:line_end].strip(" \t.") == "" and all(map(capitalized_name_word, run)) \
                and any(t.name or t.unknown for t in run):
            out.append(Candidate(k, last, SCORE, REASON_CUE_PHRASE))
        k = last + 1
    return out


def _signed_last_line(text: str, tokens: list[Token]) -> list[Candidate]:
    """ "thanks again for sorting it\n\nnyiaz": after a blank line, the message's last line is one word that no list,
    dictionary or proper-noun list holds (a signed name, lowercase too), in a message that thanks."""
    if len(tokens) < 3:
        return []
    last = tokens[-1]
    if not last.unknown or len(last.key) < 3 or not last.key.isalpha() \
            or last.key in proper_nouns() or text[last.end:].strip(" \t\n.!") \
            or not _BLANK_LINE_BEFORE.search(text, 0, last.start):
        return []
    return [Candidate(len(tokens) - 1, len(tokens) - 1, SCORE, REASON_CUE_PHRASE)]


_BLANK_LINE_BEFORE = compile_fast(r"\n[ \t]*\n[ \t\-–—~]*$")  # "...\n\n- " before the last line

_WORD = r"[^\W\d_][\w'’.\-]*"
# "Surname, Given [Middle]" or "Given [Middle] (Surname)": a whole line, end punctuation aside (group 1 the name), after
# a field's label or not ("policyholder: BADENHORST, Elmarie").
NAME_LINE = compile_fast(rf"[ \t]*(?:[^\W\d_][\w \t]{{0,30}}:[ \t]*)?({_WORD},[ \t]*{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
                         rf"|{_WORD}(?:[ \t]+{_WORD}){{0,2}}[ \t]*\([ \t]*{_WORD}(?:[ \t]+{_WORD})?[ \t]*\))[ \t.!]*")


def may_hold_name_line(text: str) -> bool:
    """Cheap test: a comma or a bracket, which every such line has."""
    return "," in text or "(" in text


def name_line_words(tokens: list[Token]) -> bool:
    """Every word may be a name's (``capitalized_name_word``) and none is a proper noun no name list holds ("London,
    Ontario")."""
    places = proper_nouns()
    return len(tokens) >= 2 and all(capitalized_name_word(t) and (t.name or t.key not in places) for t in tokens)


def name_line_candidates(text: str, tokens: list[Token]) -> list[Candidate]:
    """A typed line of only a name ("Duggal, Shadia", "Sangeetha (Farooqui)"), a word of it listed or unknown."""
    if not may_hold_name_line(text):
        return []
    out, k, line_start = [], 0, 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        match = NAME_LINE.fullmatch(text, line_start, line_end)
        while k < len(tokens) and tokens[k].start < line_start:
            k += 1
        if match:
            while k < len(tokens) and tokens[k].start < match.start(1):
                k += 1  # past a field's label
            last = k
            while last + 1 < len(tokens) and tokens[last + 1].end <= match.end(1):
                last += 1
            run = tokens[k:last + 1]
            if len(run) <= MAX_NAME_TOKENS and name_line_words(run) and any(t.name or t.unknown for t in run):
                out.append(Candidate(k, last, SCORE, REASON_CUE_PHRASE))
        line_start = line_end + 1
    return out


# A chat's mention: "@" opening a word (not an e-mail's "jo@mail.com", nor its domain split off: "@gmail.com").
_MENTION = compile_fast(r"(?<![\w.+\-@])@([^\W\d_]\w{1,29})(?![\w@]|\.[^\W\d_])")


def mentions(text: str) -> list[tuple[int, int]]:
    """The handles of "@Lolade thanks!", "cc @priya_k" (the "@" stays)."""
    return [match.span(1) for match in _MENTION.finditer(text)] if "@" in text else []


def capitalized_name_word(tok: Token) -> bool:
    """A capitalized word that may be part of a name: listed, unknown or a rare word ("Raj"), not a function or
    frequent word ("Customer", "Team")."""
    return tok.capitalized and not tok.function and (tok.name or tok.unknown or tok.initial or not tok.common)


_DASH_BEFORE = frozenset("-–—")


def dash_signature(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """ "thats all. - m brag", "ok thanks - T Okafor": at the end of a typed turn, after a sentence's end or a thanks,
    a dash, a letter that is no word ("a", "i") and one more word, no function word; the span of the two."""
    if len(tokens) < 3 or text[tokens[-1].end:].strip(" \t.!"):
        return []
    initial, surname, before = tokens[-2], tokens[-1], tokens[-3]
    gap = text[before.end:initial.start].strip()
    if gap[-1:] not in _DASH_BEFORE or gap[:-1].strip() not in ("", ".", "!", "?") \
            or (not gap[:-1].strip() and before.key not in SIGN_OFF_WORDS and before.key != "all"):
        return []
    if len(initial.key) == 1 and initial.key.isalpha() and not initial.function and not surname.function \
            and len(surname.key) >= 2 and surname.key.isalpha():
        return [(initial.start, surname.end)]
    return []
