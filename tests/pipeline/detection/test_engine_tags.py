"""Speech-engine tags are blanked for the recognizers, offsets kept."""
from __future__ import annotations

import pytest

from pipeline.detection.engine_tags import blank_engine_tags, message_sender, message_start


@pytest.mark.parametrize("text, blanked", [
    ("okay [inaudible] it's 4 5", "okay             it's 4 5"),
    ("my name is <unk> jo", "my name is       jo"),
    ("[Crosstalk] yes", "            yes"),
    ("[00:01:40] Speaker 2: it's 4 5", "                      it's 4 5"),     # an export's stamp and role label
    ("[09:12, 03/12/2026] Ada Obi: hi", "                    Ada Obi: hi"),  # a display name stays
    ("AGENT: and your postcode", "       and your postcode"),
    ("[CUSTOMER] yes it's me", "           yes it's me"),                # a bracketed role label
    (">> Caller: hi", "           hi"),
    ("04/03/2026,9:05 AM,Ada Obi,,\"hi\"", " " * 19 + "Ada Obi,,\"hi\""),  # a CSV row's date and time
    ("2026-03-04 09:05:11,Ada Obi,hi", " " * 20 + "Ada Obi,hi"),
    # a subtitle export's cues: number, timing and role label, wherever they are; line breaks kept
    ("7\n00:01:05,120 --> 00:01:07,400\n[AGENT] ok so\n\n8\n00:01:07,500 --> 00:01:09,000\nthe rest",
     " " * 40 + "ok so" + " " * 34 + "the rest"),
    ("3\n00:00:09,046 --> 00:00:13,176\nCaller: Kenneth\nGreen po.",
     " " * len("3\n00:00:09,046 --> 00:00:13,176\nCaller: ") + "Kenneth Green po."),  # a wrapped line
    # WebVTT: a header, cues without a number, voice tags
    ("WEBVTT\nKind: captions\n\n00:00:01.500 --> 00:00:04.000\n<v Agent>hi, it's\nJun Wei</v>",
     " " * len("WEBVTT\nKind: captions\n\n00:00:01.500 --> 00:00:04.000\n<v Agent>") + "hi, it's Jun Wei    "),
    ("00:12.000 --> 00:15.250 align:start\n<v.loud Speaker 2>ok", " " * len("00:12.000 --> 00:15.250 align:start\n<v.loud Speaker 2>") + "ok"),
    # an e-mail's date lines: the header's and a quoted reply's attribution (the sender's name stays)
    ("From: Ada <a@b.co>\nSent: Tue, 1 Dec 2026 09:14\nhi", "From: Ada <a@b.co>\n" + " " * len("Sent: Tue, 1 Dec 2026 09:14") + "\nhi"),
    ("ok\n\nOn Tue, 1 Dec 2026 at 09:14, Ada <a@b.co> wrote:\n> hi",
     "ok\n\n" + " " * len("On Tue, 1 Dec 2026 at 09:14") + ", Ada <a@b.co> wrote:\n> hi"),
])
def test_engine_tags_are_blanked(text, blanked):
    assert blank_engine_tags(text) == blanked
    assert len(blank_engine_tags(text)) == len(text)


@pytest.mark.parametrize("text", [
    "see [1] in the notes",             # a footnote, not a tag
    "a < b and [ok]",
    "the <bold> word, a <3 heart",         # no HTML tag
    "plain text",
    "meet at [10:30] by the gate",      # a time inside the turn
    "my agent: she called twice",
    "note\nCaller: Ada Obi",             # a label on a later line (a note's field) stays a cue
    "call 7\nat 10:30 then",             # no timing line
    "room 12, 10:30 AM, ask for Ada",    # no date before the time
    "I sent: the form on 3 May",         # "sent:" inside a line is no header
    "On 3 May she wrote: call me",       # no time: a sentence, not an attribution
    "the <v> key is stuck",              # no voice tag
])
def test_other_brackets_stay(text):
    assert blank_engine_tags(text) == text


@pytest.mark.parametrize("text, body", [
    ("[14:45, 27/12/2026] Ada Obi: 2003 939", "2003 939"),
    ("[00:01:40] Speaker 2: it's 4 5", "it's 4 5"),
    ("[14:45, 27/12/2026] +234 811 133 9334: 8856", "8856"),
    ("no header: here", "no header: here"),
    ("see [1] in the notes", "see [1] in the notes"),
    ('04/03/2026,9:05 AM,Ada Obi,+63 917 555 0134,"my card, again"', 'my card, again"'),
    ('04/03/2026,9:05 AM,Ada Obi,,"hi"', 'hi"'),
])
def test_message_start_skips_an_export_header(text, body):
    assert text[message_start(text):] == body


@pytest.mark.parametrize("text, sender", [
    ("[14:45, 27/12/2026] Ada Obi: 2003 939", "Ada Obi"),
    ('04/03/2026,9:05 AM,Kobo Bank,,"hi"', "Kobo Bank"),
    ("[00:01:40] Speaker 2: it's 4 5", "Speaker 2"),
])
def test_message_sender(text, sender):
    span = message_sender(text)
    assert span is not None and text[span[0]:span[1]] == sender


@pytest.mark.parametrize("text", ["no header: here", "12 apples, 3 pears"])
def test_no_message_sender(text):
    assert message_sender(text) is None
