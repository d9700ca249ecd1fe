"""Markup around what people wrote or said: a helpdesk's HTML ticket export ("<p>Tel. 052&nbsp;754&nbsp;7118</p>")
and a voice platform's JSON transcript segments ("{"participantPurpose": "external", "phrase": "It's sarmad.",
"startTimeMs": 7851, ...}").

The recognizers never see markup as words: ``html_view`` gives the text as a reader sees it (tags out, entities
decoded, a mailto link's address kept) with the original offset of each character, so a phone number typed with
``&nbsp;`` is one number and its span covers the entities; ``blank_markup`` blanks the same markup in place
(offsets kept) for the steps that read the original text. A JSON segment's keys, numbers, identifiers and
punctuation are blanked; every other string value stays readable (a "customerName" field is the person's).
Plain functions; they log nothing.
"""
from __future__ import annotations

import html
import re

from recognizers.start_set import compile_fast

_HTML_HINT = compile_fast(r"</?(?:p|br|div|b|a|blockquote|span|h[1-6]|li|td|strong|em|hr)(?:\s[^<>]*)?/?>|&(?:nbsp|amp|lt|gt|quot|#\d+);",
                          re.IGNORECASE)
# A tag (a mailto link keeps its address) or a character entity.
_MARKUP = compile_fast(r"<a\s[^<>]*?href=\"mailto:(?P<mail>[^\"<>\s]+)\"[^<>]*>|</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>"
                       r"|&(?:[a-zA-Z]{2,8}|#\d{1,6}|#[xX][0-9a-fA-F]{1,5});")
# Tags that end a line or a block: the view puts a line break where they were.
_BLOCK = compile_fast(r"</?(?:p|br|div|blockquote|h[1-6]|li|ul|ol|tr|table|hr)\b", re.IGNORECASE)

_JSON_HINT = compile_fast(r"^\s*[\[{]\s*\"[\w.\-]+\"\s*:")
_JSON_TOKEN = compile_fast(r"\"(?:[^\"\\\n]|\\.)*\"(?P<key>\s*:)?|-?\d[\d.eE+\-]*|true|false|null|[{}\[\],:]")
# Fields that hold what was said: their text is read whatever the vendor calls them.
_SPEECH_KEYS = frozenset("phrase content transcript text utterance message body displaytext lexical".split())
# Values of bookkeeping fields: identifiers, codes, enumerations (a name in another field stays readable).
_BOOKKEEPING = compile_fast(r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}|[A-Za-z]{2}-[A-Za-z]{2}"
                            r"|internal|external|agent|customer|call|chat|voice|positive|negative|neutral|mixed",
                            re.IGNORECASE)


def has_markup(text: str) -> bool:
    """Whether ``text`` holds HTML markup or JSON transcript segments."""
    return ("<" in text or "&" in text) and _HTML_HINT.search(text) is not None or _is_json(text)


def _is_json(text: str) -> bool:
    return "\":" in text and _JSON_HINT.match(text) is not None


def blank_markup(text: str) -> str:
    """``text`` with HTML tags and entities, and JSON segments' bookkeeping, replaced by blanks of their length
    (a block tag by a line break and blanks; a mailto link's address kept)."""
    if _is_json(text):
        text = _blank_json(text)
    if ("<" in text or "&" in text) and _HTML_HINT.search(text):
        text = _MARKUP.sub(_blank_tag, text)
    return text


def _blank_tag(match: re.Match[str]) -> str:
    if match.group("mail"):
        start, end = match.span("mail")
        start, end = start - match.start(), end - match.start()
        return " " * start + match.group("mail") + " " * (len(match.group()) - end)
    blank = " " * len(match.group())
    return "\n" + blank[1:] if _BLOCK.match(match.group()) else blank


def _blank_json(text: str) -> str:
    out = list(text)
    key = ""
    for token in _JSON_TOKEN.finditer(text):
        value = token.group()
        start, end = token.span()
        if value.startswith("\"") and token.group("key") is None:
            inner = value[1:-1]
            if key.lower() in _SPEECH_KEYS or not _BOOKKEEPING.fullmatch(inner):
                out[start] = out[end - 1] = " "  # the text stays readable, its quotes go
                continue
        elif value.startswith("\""):
            key = value[1:value.index("\"", 1)]
        for k in range(start, end):
            if out[k] != "\n":
                out[k] = " "
    return "".join(out)


def html_view(text: str) -> tuple[str, list[int], list[int]] | None:
    """The text a reader sees in an HTML export, with each view character's original start and end offsets;
    None when ``text`` holds no HTML."""
    if not (("<" in text or "&" in text) and _HTML_HINT.search(text)):
        return None
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    cursor = 0

    def put(piece: str, start: int, end: int) -> None:
        for ch in piece:
            chars.append(ch)
            starts.append(start)
            ends.append(end)

    for match in _MARKUP.finditer(text):
        for k in range(cursor, match.start()):
            put(text[k], k, k + 1)
        whole = match.group()
        if match.group("mail"):
            put(" ", match.start(), match.start())  # "<a href="mailto:ada@x.com">" reads " ada@x.com, "
            for k in range(*match.span("mail")):
                put(text[k], k, k + 1)
            put(", ", match.end(), match.end())  # no word of the link text joins the address
        elif whole.startswith("&"):
            decoded = html.unescape(whole)
            put(" " if decoded == "\xa0" else decoded, match.start(), match.end())
        elif _BLOCK.match(whole):
            put("\n", match.start(), match.start())
        cursor = match.end()
    for k in range(cursor, len(text)):
        put(text[k], k, k + 1)
    return "".join(chars), starts, ends


def to_original(span: tuple[int, int], starts: list[int], ends: list[int]) -> tuple[int, int]:
    """A view span's offsets in the original text (entities it touches included whole)."""
    start, end = span
    return starts[start], max(starts[start], ends[end - 1])


_NBSP = compile_fast(r"&(?:nbsp|#160|#[xX][aA]0);")


def plain_spaces(value: str) -> str:
    """``value`` with HTML non-breaking space entities as spaces: an operator re-renders "052&nbsp;754" as a
    number of two groups (the entity is markup, not a character of the value)."""
    return _NBSP.sub(" ", value) if "&" in value else value
