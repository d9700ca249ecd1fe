"""Speech-engine tags are blanked for the recognizers, offsets kept."""
from __future__ import annotations

import pytest

from pipeline.detection.engine_tags import blank_engine_tags, message_start


@pytest.mark.parametrize("text, blanked", [
    ("okay [inaudible] it's 4 5", "okay             it's 4 5"),
    ("my name is <unk> jo", "my name is       jo"),
    ("[Crosstalk] yes", "            yes"),
    ("[00:01:40] Speaker 2: it's 4 5", "                      it's 4 5"),     # an export's stamp and role label
    ("[09:12, 03/12/2026] Ada Obi: hi", "                    Ada Obi: hi"),  # a display name stays
    ("AGENT: and your postcode", "       and your postcode"),
])
def test_engine_tags_are_blanked(text, blanked):
    assert blank_engine_tags(text) == blanked
    assert len(blank_engine_tags(text)) == len(text)


@pytest.mark.parametrize("text", [
    "see [1] in the notes",             # a footnote, not a tag
    "a < b and [ok]",
    "the <b>bold</b> word",
    "plain text",
    "meet at [10:30] by the gate",      # a time inside the turn
    "my agent: she called twice",
    "note\nCaller: Ada Obi",             # a label on a later line (a note's field) stays a cue
])
def test_other_brackets_stay(text):
    assert blank_engine_tags(text) == text


@pytest.mark.parametrize("text, body", [
    ("[14:45, 27/12/2026] Ada Obi: 2003 939", "2003 939"),
    ("[00:01:40] Speaker 2: it's 4 5", "it's 4 5"),
    ("[14:45, 27/12/2026] +234 811 133 9334: 8856", "8856"),
    ("no header: here", "no header: here"),
    ("see [1] in the notes", "see [1] in the notes"),
])
def test_message_start_skips_an_export_header(text, body):
    assert text[message_start(text):] == body
