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
import json
import re

from pipeline.detection.json_fields import NAME_KEYS, NOT_PERSON_OBJECTS, is_bookkeeping
from recognizers.start_set import compile_fast

_HTML_HINT = compile_fast(r"</?(?:p|br|div|b|a|blockquote|span|h[1-6]|li|td|strong|em|hr)(?:\s[^<>]*)?/?>|&(?:nbsp|amp|lt|gt|quot|#\d+);",
                          re.IGNORECASE)
_ENTITY_SOURCE = r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#[xX][0-9a-fA-F]{1,5});"  # a character entity ("&nbsp;", "&#39;")
# A tag (a mailto link keeps its address) or a character entity.
_MARKUP = compile_fast(r"<a\s[^<>]*?href=\"mailto:(?P<mail>[^\"<>\s]+)\"[^<>]*>|</?[a-zA-Z][\w.\-]*(?::[\w.\-]+)?(?:\s[^<>]*)?/?>"
                       r"|<\?xml[^<>]*\?>|<!--.*?-->"  # a namespaced tag ("<ttm:agent>"), an XML declaration, a comment
                       r"|" + _ENTITY_SOURCE)
# Tags that end a line or a block: the view puts a line break where they were.
_BLOCK = compile_fast(r"</?(?:p|br|div|blockquote|h[1-6]|li|ul|ol|tr|table|hr)\b", re.IGNORECASE)

_JSON_HINT = compile_fast(r"^\s*[\[{]\s*(?:[\[{]\s*)?\"[\w.\-]+\"\s*:")  # an object, or an array's first one
_JSON_TOKEN = compile_fast(r"\"(?:[^\"\\\n]|\\.)*\"(?P<key>\s*:)?|-?\d[\d.eE+\-]*|true|false|null|[{}\[\],:]")
def json_name_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the string values of a JSON export's name fields ("real_name": "Fabian Sierra Carrera",
    "display_name": "fabian.sierracarrera", an author's "name"), not those of a company, a team or a bot."""
    if not is_json_export(text):
        return []
    spans = []
    key = ""
    parents: list[str] = []
    for token in _JSON_TOKEN.finditer(text):
        value = token.group()
        if value == "{":
            parents.append(key)
        elif value == "}":
            key = parents.pop() if parents else ""
        elif value.startswith("\"") and token.group("key") is not None:
            key = value[1:value.index("\"", 1)]
        elif value.startswith("\"") and key.lower() in NAME_KEYS and len(value) > 2 and (
                not parents or parents[-1].lower() not in NOT_PERSON_OBJECTS):
            spans.append((token.start() + 1, token.end() - 1))
    return spans


def has_markup(text: str) -> bool:
    """Whether ``text`` holds HTML markup or JSON transcript segments."""
    return ("<" in text or "&" in text) and _HTML_HINT.search(text) is not None or is_json_export(text)


def is_json_export(text: str) -> bool:
    """Whether ``text`` is (a record of) a JSON export."""
    return "\":" in text and _JSON_HINT.match(text) is not None


def blank_markup(text: str) -> str:
    """``text`` with HTML tags and entities, and JSON segments' bookkeeping, replaced by blanks of their length
    (a block tag by a line break and blanks; a mailto link's address kept)."""
    if is_json_export(text):
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
            if not is_bookkeeping(key, inner):
                out[start] = out[end - 1] = " "  # the text stays readable, its quotes go
                continue
        elif value.startswith("\""):
            key = value[1:value.index("\"", 1)]
        for k in range(start, end):
            if out[k] != "\n":
                out[k] = " "
    return "".join(out)


# What stands between two readable values of a JSON export in its view: two blank lines, which no recognizer reads over.
FIELD_BREAK = "\n\n\n"
View = tuple[str, list[int], list[int]]  # the text a reader sees, each character's original start and end offsets
# A JSON string escape: "\u00e4", a surrogate pair ("\ud83d\ude86": one emoji), or "\n", "\/", "\"".
_JSON_ESCAPE = compile_fast(r"\\(?:u([0-9a-fA-F]{4})(?:\\u([dD][c-fC-F][0-9a-fA-F]{2}))?|(.))", re.DOTALL)
_SIMPLE_ESCAPES = {"n": "\n", "r": "\n", "t": "\t", "b": " ", "f": " "}


def reader_view(text: str) -> View | None:
    """What a reader sees in an export: a JSON export's string values decoded ("Sveav\\u00e4gen" is "Sveavägen",
    "0485\\/484367" is "0485/484367", "\\n" a line break) with its keys and bookkeeping blanked, then HTML read as
    ``html_view`` reads it (an Intercom body's "<p>"); None when there is nothing to decode."""
    if is_json_export(text):
        view = _json_view(text)
        inner = html_view(view[0])
        return view if inner is None else _compose(view, inner)
    return html_view(text)


def _json_view(text: str) -> View:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def put(piece: str, start: int, end: int) -> None:
        for ch in piece:
            chars.append(ch)
            starts.append(start)
            ends.append(end)

    key = ""
    for token in _JSON_TOKEN.finditer(text):
        start, end = token.span()
        value = token.group()
        if value.startswith("\"") and token.group("key") is not None:
            key = value[1:value.index("\"", 1)]
        elif value.startswith("\"") and not is_bookkeeping(key, value[1:-1]):
            if chars:  # one readable value per paragraph: no address or name reads on into the next field
                put(FIELD_BREAK, start, start)
            _decode_string(text, start + 1, end - 1, put)
    return "".join(chars), starts, ends


def _decode_string(text: str, start: int, end: int, put) -> None:
    cursor = start
    for match in _JSON_ESCAPE.finditer(text, start, end):
        for k in range(cursor, match.start()):
            put(text[k], k, k + 1)
        high, low, simple = match.groups()
        if high is None:
            char = _SIMPLE_ESCAPES.get(simple, simple)
        elif low is not None and 0xD800 <= int(high, 16) < 0xDC00:
            char = chr(0x10000 + ((int(high, 16) - 0xD800) << 10) + (int(low, 16) - 0xDC00))
        else:
            code = int(high, 16)
            char = " " if 0xD800 <= code < 0xE000 else chr(code)  # a lone surrogate half is no character
        put(char, match.start(), match.end())
        cursor = match.end()
    for k in range(cursor, end):
        put(text[k], k, k + 1)


def _compose(outer: View, inner: View) -> View:
    """``inner`` (a view of ``outer``'s text) with offsets in the original text."""
    _, outer_starts, outer_ends = outer
    n = len(outer_starts)
    starts, ends = [], []
    for start, end in zip(inner[1], inner[2]):
        first = outer_starts[start] if start < n else (outer_ends[-1] if n else 0)
        starts.append(first)
        ends.append(outer_ends[end - 1] if end > start else first)
    return inner[0], starts, ends


def html_view(text: str) -> View | None:
    """The text a reader sees in an HTML export, with each view character's original start and end offsets;
    None when ``text`` holds no HTML."""
    if not (("<" in text or "&" in text) and _HTML_HINT.search(text)):
        return None
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    cursor = 0
    # A TTML / DFXP caption file's paragraphs and line breaks wrap one stream of speech: a blank, not a new line.
    block = " " if "ttm:" in text or "<tt" in text else "\n"

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
            put(_entity_text(whole), match.start(), match.end())
        elif _BLOCK.match(whole):
            put(block, match.start(), match.start())
        cursor = match.end()
    for k in range(cursor, len(text)):
        put(text[k], k, k + 1)
    return "".join(chars), starts, ends


def to_original(span: tuple[int, int], starts: list[int], ends: list[int]) -> tuple[int, int]:
    """A view span's offsets in the original text (entities it touches included whole)."""
    start, end = span
    return starts[start], max(starts[start], ends[end - 1])


def to_original_pieces(span: tuple[int, int], starts: list[int], ends: list[int]) -> list[tuple[int, int]]:
    """A view span's offsets in the original text, one piece per stretch of text between markup: a span over
    "50/52</p><p>62-651" is "50/52" and "62-651", so no operator re-draws a tag or a JSON key."""
    pieces: list[tuple[int, int]] = []
    for k in range(*span):
        if ends[k] == starts[k]:
            continue  # a line break or a separator the view put in: no character of the original
        if pieces and starts[k] <= pieces[-1][1]:
            pieces[-1] = (pieces[-1][0], max(pieces[-1][1], ends[k]))
        else:
            pieces.append((starts[k], ends[k]))
    return pieces or [to_original(span, starts, ends)]


_ENTITY = compile_fast(_ENTITY_SOURCE)


def _entity_text(entity: str) -> str:
    """What an entity writes, a non-breaking space as a blank (``&nbsp;`` inside "052&nbsp;754" is a separator)."""
    decoded = html.unescape(entity)
    return " " if decoded == "\xa0" else decoded


def plain_value(value: str, json_export: bool) -> str:
    """The characters a value's span stands for, as an operator should read them: HTML entities decoded
    ("O&#39;Brien" is "O'Brien", "052&nbsp;754" is "052 754") and, in a JSON export, string escapes decoded
    ("Sveav\\u00e4gen" is "Sveavägen"); the replacement goes back through ``encoded_replacement``."""
    if json_export and "\\" in value:
        decoded: list[str] = []
        _decode_string(value, 0, len(value), lambda piece, start, end: decoded.append(piece))
        value = "".join(decoded)
    if "&" in value and ";" in value:
        value = _ENTITY.sub(lambda m: _entity_text(m.group()), value)
    return value


def encoded_replacement(replacement: str, json_export: bool) -> str:
    """A replacement written the way its export writes text: a JSON string's escapes (a line break as "\\n", a quote
    as "\\\""); HTML needs none (a surrogate holds no "<" or "&")."""
    return json.dumps(replacement, ensure_ascii=False)[1:-1] if json_export else replacement


