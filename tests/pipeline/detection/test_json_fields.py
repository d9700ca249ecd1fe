"""Which JSON export fields are bookkeeping: ids, stamps, types and enumerations, never a name or a handle."""
from __future__ import annotations

import pytest

from pipeline.detection.json_fields import is_bookkeeping
from pipeline.detection.markup import blank_markup


@pytest.mark.parametrize("key, value", [
    ("rel", "chat_transcript"),          # Zendesk's via source
    ("source", "web_widget"),            # an enumeration of everyday words
    ("status", "follow_up"),
    ("kind", "voice_mail"),
    ("id", "27236147685398"),
    ("created_at", "2025-05-20T12:42:49Z"),
    ("participantPurpose", "external"),
])
def test_bookkeeping_values(key, value):
    assert is_bookkeeping(key, value)


@pytest.mark.parametrize("key, value", [
    ("assignee", "grace_park"),          # a word that is a name: a handle
    ("owner", "tom_reed"),
    ("username", "chat_master"),         # a name field
    ("email", "support_team"),           # a mail field
    ("body", "chat_transcript"),         # what was said is always read
    ("customerName", "Lina Saleh"),
    ("note", "call me back"),            # words, not an enumeration
])
def test_values_that_stay_readable(key, value):
    assert not is_bookkeeping(key, value)


def test_an_enumeration_is_blanked_and_a_handle_kept():
    text = '{"via": {"source": {"from": {}, "rel": "chat_transcript"}}, "assignee": "grace_park"}'
    blanked = blank_markup(text)
    assert "chat_transcript" not in blanked and "grace_park" in blanked
