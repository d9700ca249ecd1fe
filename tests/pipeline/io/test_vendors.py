"""Vendor transcript readers (pipeline.io.vendors): fixtures written from each vendor's documented layout
(tests/fixtures/vendors/README.md), malformed variants, speaker->role mapping, .json document reading."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from pipeline.config.models import LimitsConfig
from pipeline.config.interop import InputConfig, SpeakerRolesConfig
from pipeline.io.parse import parse_record
from pipeline.io.readers import RawRecord, read_records
from pipeline.io.vendors import detect_format
from pipeline.records import Conversation, DeadLetter

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vendors"
LIMITS = LimitsConfig()
TEXTS = (
    "Thank you for calling Acme support, this is Dana. Who am I speaking with?",
    "Hi, this is John Smith. My phone number is 415 555 0132.",
    "Thanks John. And your email?",
    "john.smith@example.com.",
)
ROLES = ["agent", "customer", "agent", "customer"]
# Words of the transcript that must never appear in a dead letter's detail.
SECRETS = ("Dana", "John", "Smith", "415", "0132", "example.com")


def _opener(path: str):
    return open(path, "rb")


def _load(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text())


def _speakers(mode: str = "auto", agent: tuple = (), customer: tuple = ()) -> InputConfig:
    return InputConfig(speakers=SpeakerRolesConfig(mode=mode, agent=agent, customer=customer))


def _parse(payload: dict, config: InputConfig, source: str = "calls/call-7.json"):
    return parse_record(RawRecord(source, 1, payload), LIMITS, config)


LABELS = _speakers(agent=("spk_0",), customer=("spk_1",))
FIXTURE_TABLE = [
    # fixture, format, speakers config, channels of turns 0 and 1
    ("aws_transcribe_speakers.json", "aws_transcribe", LABELS, (None, None)),
    ("aws_transcribe_segments.json", "aws_transcribe", LABELS, (None, None)),
    ("aws_transcribe_minified.json", "aws_transcribe", LABELS, (None, None)),
    ("aws_transcribe_channels.json", "aws_transcribe", _speakers("channel", ("ch_0",), ("ch_1",)), (0, 1)),
    ("aws_call_analytics.json", "aws_call_analytics", _speakers(), (None, None)),
    ("whisperx.json", "whisper", _speakers(agent=("SPEAKER_00",), customer=("SPEAKER_01",)), (None, None)),
    ("deepgram_diarized.json", "deepgram", _speakers(agent=("0",), customer=("1",)), (None, None)),
    ("deepgram_multichannel.json", "deepgram", _speakers("auto", ("ch_0",), ("ch_1",)), (0, 1)),
]


@pytest.mark.parametrize("fixture, fmt, config, channels", FIXTURE_TABLE)
def test_vendor_fixture_reads_as_timed_conversation(fixture, fmt, config, channels):
    records = list(read_records(str(FIXTURES / fixture), _opener))
    assert len(records) == 1 and records[0].payload is not None
    assert detect_format(records[0].payload) == fmt
    conv = parse_record(records[0], LIMITS, config)
    assert isinstance(conv, Conversation), getattr(conv, "detail", conv)
    assert conv.conversation_id == fixture.removesuffix(".json")
    assert [t.text for t in conv.turns] == list(TEXTS)
    assert [t.speaker for t in conv.turns] == ROLES
    assert (conv.turns[0].timings.channel, conv.turns[1].timings.channel) == channels
    assert conv.metadata == {"transcript_format": fmt}
    number = conv.turns[1]
    spans = {number.text[w.start:w.end].rstrip("."): (w.start_time, w.end_time) for w in number.timings.words}
    assert spans["0132"] == (9.85, 10.15)
    assert spans["Smith"] == (7.4, 7.7)
    # WhisperX leaves numbers it could not align without times; every other vendor times every word.
    assert spans["555"] == ((None, None) if fixture == "whisperx.json" else (9.5, 9.8))


@pytest.mark.parametrize("payload, expected", [
    ({"conversation_id": "a", "turns": [{"speaker": "agent", "text": "hi"}]}, None),
    ({"conversation_id": "a", "turn_index": 0, "speaker": "agent", "text": "hi"}, None),
    ({"conversation_id": "a", "text": "hi", "metadata": {"segments": "x"}}, None),
    ({"text": " hi", "segments": [{"start": 0.0, "end": 1.0, "text": " hi"}]}, "whisper"),
    ({"results": {"channels": []}}, "deepgram"),
    ({"results": {"items": []}}, "aws_transcribe"),
    ({"JobStatus": "COMPLETED", "Transcript": []}, "aws_call_analytics"),
    ({"Transcript": [{"ParticipantRole": "AGENT"}]}, "aws_call_analytics"),
    ({"Transcript": "text"}, None),
])
def test_detect_format_by_content(payload, expected):
    assert detect_format(payload) == expected


def _set(path: str, value):
    def mutate(doc: dict) -> None:
        *parents, last = path.split(".")
        node = doc
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
    return mutate


def _delete(path: str):
    def mutate(doc: dict) -> None:
        *parents, last = path.split(".")
        node = doc
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        del node[last]
    return mutate


MALFORMED = [
    # fixture, mutation, config, error type
    ("aws_transcribe_speakers.json", _set("results.items", "words"), LABELS, "WrongType"),
    ("aws_transcribe_speakers.json", _set("results.items.0.start_time", "soon"), LABELS, "WrongType"),
    ("aws_transcribe_speakers.json", _set("results.items.0.start_time", "-1.0"), LABELS, "InvalidTiming"),
    ("aws_transcribe_speakers.json", _set("results.items.0.end_time", "0.10"), LABELS, "InvalidTiming"),
    ("aws_transcribe_speakers.json", _set("results.items.0.end_time", "NaN"), LABELS, "InvalidTiming"),
    ("aws_transcribe_speakers.json", _delete("results.items.0.start_time"), LABELS, "MissingField"),
    ("aws_transcribe_speakers.json", _set("results.items.1.alternatives", []), LABELS, "MissingField"),
    ("aws_transcribe_speakers.json", _set("results.items.1.alternatives.0.content", 7), LABELS, "WrongType"),
    ("aws_transcribe_speakers.json", _set("results.items", []), LABELS, "EmptyConversation"),
    ("aws_transcribe_speakers.json", _set("results", [1]), LABELS, "MissingField"),  # no layout recognised
    ("aws_transcribe_channels.json", _set("results.channel_labels.channels.0.channel_label", "left"),
     _speakers("channel", ("ch_0",), ("ch_1",)), "WrongType"),
    ("aws_call_analytics.json", _set("Transcript.0.ParticipantRole", "SUPERVISOR"), _speakers(), "UnknownRole"),
    ("aws_call_analytics.json", _delete("Transcript.1.ParticipantRole"), _speakers(), "MissingField"),
    ("aws_call_analytics.json", _set("Transcript.1.Items.0.BeginOffsetMillis", "x"), _speakers(), "WrongType"),
    ("aws_call_analytics.json", _set("Transcript.1.Items", {"0": 1}), _speakers(), "WrongType"),
    ("whisperx.json", _set("segments.0.words.0.word", None), _speakers("first_speaker_agent"), "MissingField"),
    ("whisperx.json", _set("segments.1.words", "John Smith"), _speakers("first_speaker_agent"), "WrongType"),
    ("whisperx.json", _set("segments.1.words.0.start", True), _speakers("first_speaker_agent"), "WrongType"),
    ("whisperx.json", _set("segments.1", ["John"]), _speakers("first_speaker_agent"), "WrongType"),
    ("deepgram_diarized.json", _set("results.channels", []), _speakers("first_speaker_agent"), "WrongType"),
    ("deepgram_diarized.json", _delete("results.channels.0.alternatives.0.words.3.end"),
     _speakers("first_speaker_agent"), "MissingField"),
    ("deepgram_diarized.json", _set("results.channels.0.alternatives.0.words.3.speaker", [1]),
     _speakers("first_speaker_agent"), "WrongType"),
    ("deepgram_diarized.json", _set("results.channels.0.alternatives", [{"words": None}]),
     _speakers("first_speaker_agent"), "MissingField"),
]


@pytest.mark.parametrize("fixture, mutate, config, error_type", MALFORMED)
def test_vendor_malformed_is_dead_letter_without_text(fixture, mutate, config, error_type):
    doc = _load(fixture)
    mutate(doc)
    out = _parse(doc, config)
    assert isinstance(out, DeadLetter)
    assert (out.stage, out.error_type) == ("validate", error_type), out.detail
    assert out.detail and not any(secret in out.detail for secret in SECRETS), out.detail


ROLE_TABLE = [
    # fixture, config, roles of the first four turns or the dead letter's error type
    ("aws_transcribe_speakers.json", _speakers("first_speaker_agent"), ROLES),
    ("aws_transcribe_speakers.json", _speakers("label", ("spk_1",), ("spk_0",)), ["customer", "agent"] * 2),
    ("aws_transcribe_speakers.json", _speakers("label", ("spk_0",)), "UnmappedSpeaker"),
    ("aws_transcribe_speakers.json", _speakers(), "RoleUndecided"),
    ("aws_transcribe_speakers.json", _speakers("channel", ("ch_0",)), "NoChannelLabels"),
    ("aws_transcribe_channels.json", _speakers("label", ("spk_0",)), "NoSpeakerLabels"),
    ("aws_transcribe_channels.json", _speakers("channel", ("1",), ("0",)), ["customer", "agent"] * 2),
    ("aws_transcribe_channels.json", _speakers("first_speaker_agent"), ROLES),
    ("aws_call_analytics.json", _speakers("label", ("spk_9",)), ROLES),  # the vendor's own roles win
    ("whisper.json", _speakers("first_speaker_agent"), "NoSpeakerLabels"),
    ("whisper.json", _speakers(), "NoSpeakerLabels"),
    ("deepgram_multichannel.json", _speakers("first_speaker_agent"), ROLES),
    ("deepgram_multichannel.json", _speakers("channel", ("ch_0",)), "UnmappedSpeaker"),
]


@pytest.mark.parametrize("fixture, config, expected", ROLE_TABLE)
def test_vendor_speaker_roles(fixture, config, expected):
    out = _parse(_load(fixture), config)
    if isinstance(expected, str):
        assert isinstance(out, DeadLetter) and out.error_type == expected, out
        assert "input.speakers" in out.detail or "labels" in out.detail
    else:
        assert isinstance(out, Conversation), out
        assert [t.speaker for t in out.turns[:4]] == expected


@pytest.mark.parametrize("labels, shown", [
    (("SPEAKER_00", "SPEAKER_01", "SPEAKER_02"), "3 speakers"),
])
def test_first_speaker_agent_refuses_more_than_two_speakers(labels, shown):
    doc = _load("whisperx.json")
    for segment, label in zip(doc["segments"], labels + labels[-1:]):
        segment["speaker"] = label
        for word in segment["words"]:
            word.pop("speaker", None)
    out = _parse(doc, _speakers("first_speaker_agent"))
    assert isinstance(out, DeadLetter) and out.error_type == "RoleUndecided" and shown in out.detail


@pytest.mark.parametrize("label, shown", [("spk_3", "spk_3"), ("SPEAKER_07", "SPEAKER_07"),
                                          ("Dana Whitfield", "<label>")])
def test_unmapped_speaker_detail_names_machine_labels_only(label, shown):
    doc = _load("aws_transcribe_speakers.json")
    for item in doc["results"]["items"]:
        if item.get("speaker_label") == "spk_1":
            item["speaker_label"] = label
    out = _parse(doc, LABELS)
    assert isinstance(out, DeadLetter) and out.error_type == "UnmappedSpeaker"
    assert f"speaker {shown} " in out.detail and "Whitfield" not in out.detail


@pytest.mark.parametrize("configured, fixture, expected", [
    ("deepgram", "aws_transcribe_speakers.json", "WrongFormat"),
    ("whisper", "deepgram_diarized.json", "WrongFormat"),
    ("aws_transcribe", "aws_transcribe_speakers.json", Conversation),
])
def test_configured_format_must_match_content(configured, fixture, expected):
    config = InputConfig(format=configured, speakers=SpeakerRolesConfig(mode="first_speaker_agent"))
    out = _parse(_load(fixture), config)
    assert out.error_type == expected if isinstance(expected, str) else isinstance(out, expected)


@pytest.mark.parametrize("position, given, expected", [
    (1, None, "call-7"), (None, None, "call-7"), (3, None, "call-7:3"), (3, "case-9", "case-9"),
])
def test_vendor_conversation_id_from_file_name(position, given, expected):
    doc = _load("aws_call_analytics.json")
    if given:
        doc["conversation_id"] = given
    out = parse_record(RawRecord("in/call-7.json", position, doc), LIMITS, InputConfig())
    assert out.conversation_id == expected


@pytest.mark.parametrize("limits, detail", [
    (LimitsConfig(max_turns=3), "limits.max_turns=3"),
    (LimitsConfig(max_turn_chars=40), "limits.max_turn_chars=40"),
])
def test_vendor_limits_dead_letter(limits, detail):
    out = parse_record(RawRecord("c.json", 1, _load("aws_call_analytics.json")), limits, InputConfig())
    assert isinstance(out, DeadLetter) and out.error_type == "LimitExceeded" and detail in out.detail


def test_vendor_document_copy_is_not_mutated():
    doc = _load("whisperx.json")
    before = copy.deepcopy(doc)
    _parse(doc, _speakers("first_speaker_agent"))
    assert doc == before


def _paths(node, prefix=()):
    """Every path into a JSON document (objects and lists), depth first."""
    yield prefix
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        yield from _paths(child, prefix + (key,))


JUNK = [None, "x", -1, 1e300, True, [], {}, [None], {"a": None}]
NODES_PER_FIXTURE = 60


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("*.json")))
def test_vendor_reader_never_raises_on_any_replaced_node(fixture):
    doc = _load(fixture)
    paths = [p for p in _paths(doc) if p]
    step = max(1, len(paths) // NODES_PER_FIXTURE)
    config = _speakers("first_speaker_agent")
    for path in paths[::step]:
        for junk in JUNK:
            mutated = copy.deepcopy(doc)
            node = mutated
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = junk
            out = _parse(mutated, config)
            assert isinstance(out, (Conversation, DeadLetter)), (path, junk)
            if isinstance(out, DeadLetter):
                assert not any(secret in out.detail for secret in SECRETS), (path, junk, out.detail)
