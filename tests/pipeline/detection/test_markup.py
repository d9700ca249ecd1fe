"""HTML ticket exports and JSON transcript segments: read as their reader sees them, offsets kept."""
from __future__ import annotations

import pytest

from pipeline.detection.markup import (blank_markup, encoded_replacement, has_markup, html_view, plain_value, reader_view,
                                      to_original, to_original_pieces)


def _view_span(text: str, piece: str) -> str:
    view, starts, ends = html_view(text)
    i = view.index(piece)
    a, b = to_original((i, i + len(piece)), starts, ends)
    return text[a:b]


@pytest.mark.parametrize("text, piece, original", [
    ("<p>Tel. 052&nbsp;754&nbsp;7118</p>", "052 754 7118", "052&nbsp;754&nbsp;7118"),
    ("<p>Dear Mr&nbsp;Omar,</p>", "Mr Omar", "Mr&nbsp;Omar"),
    ("<b>Lina Haddad</b> &lt;<a href=\"mailto:lina.h@mail.example\">lina.h@mail.example</a>&gt;",
     "lina.h@mail.example", "lina.h@mail.example"),
    ("<p>Ali &amp; Sons</p>", "Ali & Sons", "Ali &amp; Sons"),
])
def test_html_view_spans_map_back_over_entities(text, piece, original):
    assert _view_span(text, piece).rstrip(",") == original


def test_html_view_puts_line_breaks_for_block_tags_and_none_for_plain_text():
    view, _, _ = html_view("<p>Thanks,<br>Omar</p>")
    assert "Thanks,\nOmar" in view and "<" not in view
    assert html_view("no markup here, 3 < 4") is None


@pytest.mark.parametrize("text", [
    "<p>Tel. 052&nbsp;754&nbsp;7118</p>\n<blockquote><p>On Dec 3, 2026 wrote:</p></blockquote>",
    '{"conversationId": "49a4ade4-db5c-436a-86b6-460196ebece4", "phrases": [\n{"participantPurpose": "external", '
    '"phrase": "my number is oh five two", "startTimeMs": 2893, "confidence": 0.64}',
])
def test_blank_markup_keeps_length_and_words(text):
    blanked = blank_markup(text)
    assert len(blanked) == len(text) and has_markup(text)
    assert "nbsp" not in blanked and "blockquote" not in blanked and "startTimeMs" not in blanked
    assert "49a4ade4" not in blanked and "2893" not in blanked


def test_json_speech_and_other_string_values_stay_readable():
    text = '{"participantPurpose": "external", "phrase": "It is Omar Haddad", "customerName": "Lina Saleh", "x": 7}'
    blanked = blank_markup(text)
    assert "It is Omar Haddad" in blanked and "Lina Saleh" in blanked
    assert "external" not in blanked and "participantPurpose" not in blanked


@pytest.mark.parametrize("value, json_export, plain", [
    ("052&nbsp;754&nbsp;7118", False, "052 754 7118"), ("Mr&#160;Omar", False, "Mr Omar"), ("Omar", False, "Omar"),
    ("O&#39;Brien", False, "O'Brien"),
    ("Sveav\\u00e4gen 12\\n753 92", True, "Sveavägen 12\n753 92"), ("0485\\/484367", True, "0485/484367"),
    ("Sveav\\u00e4gen", False, "Sveav\\u00e4gen"),  # no JSON export: a backslash is a character
])
def test_plain_value(value, json_export, plain):
    assert plain_value(value, json_export) == plain


@pytest.mark.parametrize("replacement, encoded", [("Ann Lee", "Ann Lee"), ('a"b', 'a\\"b'), ("12 Elm\nLeeds", "12 Elm\\nLeeds"),
                                                   ("Müller", "Müller")])
def test_encoded_replacement_is_a_json_string_body(replacement, encoded):
    assert encoded_replacement(replacement, True) == encoded and encoded_replacement(replacement, False) == replacement


SLACK = ('    {\n        "client_msg_id": "7e1c2b9a-0d4f-4c6e-9a1b-2f3e4d5c6b7a",\n        "type": "message",\n'
         '        "text": "Kungsgatan 12\\n111 43 Stockholm\\nring me on 0170\\/15406530 \\ud83d\\ude00",\n'
         '        "user": "U0ABC12345",\n        "ts": "1734126602.893287",\n'
         '        "user_profile": {\n            "real_name": "Bj\\u00f6rn Lindqvist",\n'
         '            "display_name": "bjorn.lindqvist"\n        }\n    },')


def test_a_json_export_is_read_decoded_without_its_bookkeeping():
    text, starts, ends = reader_view(SLACK)
    assert "Kungsgatan 12\n111 43 Stockholm" in text and "0170/15406530" in text and "Björn Lindqvist" in text
    assert "\U0001F600" in text  # a surrogate pair is one character
    assert "U0ABC12345" not in text and "1734126602" not in text and "client_msg_id" not in text
    start = text.index("Björn")
    assert SLACK[starts[start]:ends[start + len("Björn") - 1]] == "Bj\\u00f6rn"


def test_a_span_over_markup_maps_to_one_piece_per_stretch_of_text():
    html = "<p>ul. Długa 50/52</p><p>62-651 Poznań</p>"
    text, starts, ends = html_view(html)
    start, end = text.index("50/52"), text.index("62-651") + len("62-651")
    pieces = to_original_pieces((start, end), starts, ends)
    assert [html[s:e] for s, e in pieces] == ["50/52", "62-651"]


def test_json_name_fields_are_found_but_not_a_companys():
    from pipeline.detection.markup import json_name_spans
    record = ('{"author": {"type": "user", "name": "Marie Brossard"}, "company": {"name": "Voltaria"}, '
              '"user_profile": {"display_name": "marie.b"}}')
    assert [record[s:e] for s, e in json_name_spans(record)] == ["Marie Brossard", "marie.b"]


def test_ttml_line_breaks_are_blanks_and_namespaced_tags_are_markup():
    ttml = '<tt xmlns:ttm="x"><ttm:agent><ttm:name>Ann Lee</ttm:name></ttm:agent><p begin="1" ttm:agent="s">born<br/>third of May</p></tt>'
    text = html_view(ttml)[0]
    assert "ttm" not in text and "born third of May" in text and "Ann Lee" in text


def test_a_redacted_json_export_stays_json(redactor):
    import json
    turns = [{"speaker": "agent", "text": '{"type": "message", "text": "What is the postal address, please?", "user": "U0AGENT001"}'},
             {"speaker": "customer", "text": SLACK.strip().rstrip(",")}]
    out = redactor.redact_conversation(turns)[1].text
    record = json.loads(out)
    assert "Kungsgatan" not in out and "Lindqvist" not in record["user_profile"]["real_name"]
    assert record["user"] == "U0ABC12345" and record["ts"] == "1734126602.893287"  # bookkeeping untouched


def test_json_name_fields_become_person_findings(redactor):
    record = '{"type": "message", "text": "hello, I need help", "user_profile": {"real_name": "Ilse Vandermeulen", "display_name": "ilse.vdm"}}'
    out = redactor.redact_conversation([{"speaker": "customer", "text": record}])[0]
    people = {record[f.start:f.end] for f in out.findings if f.entity_type == "PERSON"}
    assert {"Ilse Vandermeulen", "ilse.vdm"} <= people
