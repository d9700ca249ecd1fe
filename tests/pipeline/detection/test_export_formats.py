"""Export formats end to end: a WebVTT call export and an e-mail thread are read like plain turns, their
stamps stay as they are and are never taken for values. Sentences written for this test."""
from __future__ import annotations

import pytest

SENT = "Sent: Tue, 1 Dec 2026 09:14"


def test_an_email_header_date_is_no_mention_of_a_card_expiry(redactor):
    customer = f"From: Ravi <ravi.k@example.com>\n{SENT}\nSubject: card\n\nHi, my card expires 12/26, is that a problem?"
    out = redactor.redact_conversation([{"speaker": "agent", "text": "How can I help?"},
                                        {"speaker": "customer", "text": customer}])[1]
    assert SENT in out.text and "12/26" not in out.text


@pytest.mark.parametrize("text, value", [
    ("00:00:04.120 --> 00:00:09.800\n<v Customer>sure, my number is nine one two three\nfour five six seven ok",
     "nine one two three\nfour five six seven"),
    ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Caller>my name is Ong\nWei Jie lah", "Ong\nWei Jie"),
])
def test_a_webvtt_cue_is_read_as_one_stream(redactor, text, value):
    out = redactor.redact_conversation([{"speaker": "agent", "text": "Can I have your details?"},
                                        {"speaker": "customer", "text": text}])[1]
    start = text.index(value)
    assert any(f.start <= start and start + len(value) <= f.end for f in out.findings)
    assert "00:00:0" in out.text  # the cue timing stays as it was
