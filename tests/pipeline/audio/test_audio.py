"""Audio redaction: finding -> time intervals (pipeline.audio.intervals) and redacted copies of generated
recordings, checked by measuring the signal inside and outside every interval (pipeline.audio.bleep)."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import soundfile as sf

from pipeline.audio.bleep import TONE_HZ, BleepError, bleep_directory, bleep_file
from pipeline.audio.intervals import AudioInterval, audio_intervals, audio_redaction_rows, merge_intervals
from pipeline.config.models import LimitsConfig
from pipeline.config.interop import InputConfig, SpeakerRolesConfig
from pipeline.io.parse import parse_record
from pipeline.io.readers import RawRecord
from pipeline.redaction.process import process_batch
from pipeline.records import Conversation, Finding, RedactedText, Turn, TurnTimings, WordTiming
from pipeline.schema import AUDIO_REDACTION_SCHEMA

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vendors"
RATE = 16_000
SIGNAL_HZ = 440.0


def _timed_turn(text: str, times: list, channel=None) -> Turn:
    """A turn whose words (split on spaces) have the given (start, end) times (None: untimed)."""
    words, offset = [], 0
    for word, (start, end) in zip(text.split(" "), times):
        words.append(WordTiming(offset, offset + len(word), start, end))
        offset += len(word) + 1
    return Turn("customer", text, TurnTimings(tuple(words), channel))


def _finding(text: str, part: str, entity: str) -> Finding:
    start = text.index(part)
    return Finding(start, start + len(part), entity, 0.9, "test")


TEXT = "my number is 415 555 0132 thanks"
TIMES = [(1.0, 1.2), (1.3, 1.6), (1.7, 1.8), (2.0, 2.4), (2.5, 2.9), (3.0, 3.5), (3.8, 4.2)]
INTERVAL_TABLE = [
    # times, findings [(part, type)], padding, expected [(start, end, types)]
    (TIMES, [("415 555 0132", "PHONE_NUMBER")], 0.0, [(2.0, 3.5, "PHONE_NUMBER")]),
    (TIMES, [("415 555 0132", "PHONE_NUMBER")], 0.25, [(1.75, 3.75, "PHONE_NUMBER")]),
    (TIMES, [("55", "PHONE_NUMBER")], 0.0, [(2.5, 2.9, "PHONE_NUMBER")]),  # part of a word: the whole word
    (TIMES, [("my", "X")], 2.0, [(0.0, 3.2, "X")]),  # padding never below 0
    (TIMES, [("415", "A"), ("0132", "B")], 0.0, [(2.0, 2.4, "A"), (3.0, 3.5, "B")]),
    (TIMES, [("415", "A"), ("0132", "B")], 0.3, [(1.7, 3.8, "A+B")]),  # overlapping after padding: merged
    (TIMES, [("415 555", "B"), ("555 0132", "A")], 0.0, [(2.0, 3.5, "A+B")]),
    # WhisperX: an unaligned word runs from the previous timed word's end to the next one's start
    (TIMES[:4] + [(None, None)] + TIMES[5:], [("555", "PHONE_NUMBER")], 0.0, [(2.4, 3.0, "PHONE_NUMBER")]),
    (TIMES[:6] + [(None, None)], [("thanks", "X")], 0.0, [(3.5, 4.5, "X")]),  # untimed last word
    (TIMES, [(" ", "X")], 0.0, [(1.0, 1.6, "X")]),  # between words: the words on both sides
]


@pytest.mark.parametrize("times, findings, padding, expected", INTERVAL_TABLE)
def test_audio_intervals_cover_finding_words(times, findings, padding, expected):
    conv = Conversation("c1", (_timed_turn(TEXT, times),), source="in/c1.json")
    red = RedactedText("x", tuple(sorted((_finding(TEXT, p, t) for p, t in findings), key=lambda f: f.start)))
    got = audio_intervals(conv, [red], padding)
    assert [(round(i.start, 6), round(i.end, 6), i.entity_type) for i in got] == expected
    assert all((i.conversation_id, i.source, i.channel) == ("c1", "in/c1.json", None) for i in got)


@pytest.mark.parametrize("turns, expected_channels", [
    ((Turn("agent", "hello"), Turn("customer", "hi")), []),  # untimed input: no intervals
    ((_timed_turn(TEXT, TIMES, 0), _timed_turn(TEXT, TIMES, 1)), [0, 1]),  # same times, two channels: kept apart
])
def test_audio_intervals_per_channel(turns, expected_channels):
    conv = Conversation("c2", turns, source="s")
    reds = [RedactedText("x", (Finding(0, 2, "PHONE_NUMBER", 0.9, "test"),)) for _ in turns]
    assert [i.channel for i in audio_intervals(conv, reds, 0.1)] == expected_channels


def test_merge_intervals_keeps_conversations_apart():
    a = AudioInterval("a", "s", None, 1.0, 2.0, "X")
    b = AudioInterval("b", "s", None, 1.5, 2.5, "Y")
    assert merge_intervals([b, a]) == [a, b]


def test_vendor_transcript_findings_become_audio_redaction_rows(redactor, tmp_path):
    doc = json.loads((FIXTURES / "aws_transcribe_channels.json").read_text())
    config = InputConfig(speakers=SpeakerRolesConfig(mode="channel", agent=("ch_0",), customer=("ch_1",)))
    conv = parse_record(RawRecord("in/call-7.json", 1, doc), LimitsConfig(), config)
    [processed] = process_batch(redactor, [conv])
    intervals = audio_intervals(conv, processed.redacted, 0.2)
    found = {f.entity_type for r in processed.redacted for f in r.findings}
    assert {"PHONE_NUMBER", "EMAIL_ADDRESS"} <= found
    # every finding's words lie inside an interval of its turn's channel
    for turn, red in zip(conv.turns, processed.redacted):
        for f in red.findings:
            words = [w for w in turn.timings.words if w.start < f.end and f.start < w.end]
            assert any(i.channel == turn.timings.channel and i.start <= words[0].start_time
                       and words[-1].end_time <= i.end for i in intervals), f
    phone = [i for i in intervals if "PHONE_NUMBER" in i.entity_type]
    assert phone and phone[0].channel == 1 and phone[0].start <= 9.15 - 0.2 + 1e-9 and phone[0].end >= 10.15 + 0.2
    table = pa.Table.from_pylist(audio_redaction_rows(intervals, "t", "f"), schema=AUDIO_REDACTION_SCHEMA)
    pq.write_table(table, tmp_path / "part-00000.parquet")
    back = pq.read_table(tmp_path / "part-00000.parquet")
    assert back.schema.equals(AUDIO_REDACTION_SCHEMA, check_metadata=False)
    assert set(back.column("conversation_id").to_pylist()) == {"call-7"}
    text = " ".join(t.text for t in conv.turns)
    assert not any(value in str(back.to_pylist()) for value in ("0132", "john.smith", "Smith") if value in text)


# ---------------------------------------------------------------- redacted copies of generated audio

def _signal(seconds: float, channels: int, kind: str) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    if kind == "sine":
        mono = 0.5 * np.sin(2 * np.pi * SIGNAL_HZ * t)
    else:
        mono = np.random.default_rng(7).uniform(-0.5, 0.5, len(t))
    return np.repeat(mono[:, None], channels, axis=1)


def _rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x)))) if len(x) else 0.0


def _peak_hz(x: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    return float(np.fft.rfftfreq(len(x), 1 / RATE)[np.argmax(spectrum)])


def _write_redactions(folder: Path, rows: list[tuple[str, float, float]]) -> Path:
    out = folder / "audio_redactions"
    out.mkdir(parents=True)
    table = pa.Table.from_pylist(audio_redaction_rows(
        [AudioInterval(cid, f"{cid}.json", None, s, e, "PHONE_NUMBER") for cid, s, e in rows], "t", "f"),
        schema=AUDIO_REDACTION_SCHEMA)
    pq.write_table(table, out / "part-00000-of-00001.parquet")
    return folder


SPANS = [(0.5, 0.8), (1.2, 1.5)]


@pytest.mark.parametrize("suffix, subtype, channels, kind", [
    (".wav", "PCM_16", 1, "sine"),
    (".wav", "FLOAT", 2, "noise"),
    (".flac", "PCM_24", 2, "sine"),
    (".flac", "PCM_16", 1, "noise"),
])
@pytest.mark.parametrize("mode", ["tone", "silence"])
def test_bleep_directory_replaces_signal_inside_intervals_only(tmp_path, suffix, subtype, channels, kind, mode):
    audio, out = tmp_path / "audio", tmp_path / "redacted"
    audio.mkdir()
    original = _signal(2.0, channels, kind)
    sf.write(audio / f"call-1{suffix}", original, RATE, subtype=subtype)
    sf.write(audio / "call-2.wav", original, RATE)  # no intervals: reported, not copied
    result = bleep_directory(audio, _write_redactions(tmp_path / "run", [("call-1", *s) for s in SPANS]), out, mode)
    assert [Path(p).name for p in result.written] == [f"call-1{suffix}"] and result.unlisted == ("call-2.wav",)
    assert result.intervals == 2 and result.redacted_seconds == pytest.approx(0.6, abs=1e-3)
    redacted, rate = sf.read(out / f"call-1{suffix}", always_2d=True)
    before, _ = sf.read(audio / f"call-1{suffix}", always_2d=True)
    assert rate == RATE and redacted.shape == before.shape and sf.info(out / f"call-1{suffix}").subtype == subtype
    inside = np.zeros(len(redacted), dtype=bool)
    for start, end in SPANS:
        inside[int(start * RATE):int(end * RATE)] = True
        segment = redacted[int(start * RATE):int(end * RATE)]
        for c in range(channels):
            if mode == "tone":
                assert _peak_hz(segment[:, c]) == pytest.approx(TONE_HZ, abs=5)
                assert _rms(segment[:, c]) == pytest.approx(0.3 / np.sqrt(2), rel=0.02)
            else:
                assert _rms(segment[:, c]) < 1e-4
    np.testing.assert_allclose(redacted[~inside], before[~inside], atol=1e-4)  # outside: untouched
    if kind == "sine":
        assert _peak_hz(redacted[int(0.9 * RATE):int(1.1 * RATE), 0]) == pytest.approx(SIGNAL_HZ, abs=10)


def _setup(tmp_path, files, rows, output="redacted"):
    audio = tmp_path / "audio"
    audio.mkdir()
    for name, seconds in files:
        if name.endswith((".wav", ".flac")):
            sf.write(audio / name, _signal(seconds, 1, "sine"), RATE)
        else:
            (audio / name).write_bytes(b"ID3 not audio")
    run = _write_redactions(tmp_path / "run", rows) if rows is not None else tmp_path / "empty"
    run.mkdir(exist_ok=True)
    return audio, run, (audio if output == "same" else tmp_path / output)


@pytest.mark.parametrize("files, rows, output, message", [
    ([("call-1.wav", 2.0)], [("call-2", 0.5, 0.8)], "out", "no audio file call-2.wav or .flac"),
    ([("call-1.mp3", 2.0)], [("call-1", 0.5, 0.8)], "out", "unsupported audio format .mp3"),
    ([("call-1.wav", 2.0)], [("call-1", 2.5, 2.8)], "out", "beyond the audio's 2.000 s"),
    ([("call-1.wav", 2.0)], [("call-1", 1.5, 4.5)], "out", "beyond the audio's 2.000 s"),
    ([("call-1.wav", 2.0), ("call-1.flac", 2.0)], [("call-1", 0.5, 0.8)], "out", "several audio files"),
    ([("call-1.wav", 2.0)], [("../etc", 0.5, 0.8)], "out", "cannot name an audio file"),
    ([("call-1.wav", 2.0)], None, "out", "no part-*.parquet"),
    ([("call-1.wav", 2.0)], [("call-1", 0.5, 0.8)], "same", "must differ from the audio folder"),
])
def test_bleep_directory_errors_are_clear_and_write_nothing(tmp_path, files, rows, output, message):
    audio, run, out = _setup(tmp_path, files, rows, output)
    with pytest.raises(BleepError, match=message.replace(".", r"\.").replace("*", r"\*").replace("(", r"\(")):
        bleep_directory(audio, run, out)
    assert not (tmp_path / "out").exists()


def test_bleep_file_end_past_audio_within_tolerance_is_clamped(tmp_path):
    sf.write(tmp_path / "a.wav", _signal(2.0, 1, "sine"), RATE)
    replaced = bleep_file(tmp_path / "a.wav", [(1.8, 2.5)], tmp_path / "b.wav", "silence")
    assert replaced == pytest.approx(0.2, abs=1e-3)
    assert _rms(sf.read(tmp_path / "b.wav")[0][int(1.8 * RATE):]) < 1e-4


def test_bleep_rejects_unknown_mode(tmp_path):
    sf.write(tmp_path / "a.wav", _signal(1.0, 1, "sine"), RATE)
    with pytest.raises(BleepError, match="mode must be one of tone, silence"):
        bleep_file(tmp_path / "a.wav", [(0.1, 0.2)], tmp_path / "b.wav", "beep")
