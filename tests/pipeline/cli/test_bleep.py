"""End to end: vendor transcripts -> ``pii-pipeline run`` -> ``audio_redactions/`` -> ``pii-pipeline bleep``
-> redacted recordings, measured on generated audio inside and outside every interval."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest
import soundfile as sf

from pipeline.audio.bleep import TONE_HZ
from pipeline.cli import main
from pipeline.schema import AUDIO_REDACTION_SCHEMA

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vendors"
RATE = 8_000
SIGNAL_HZ = 440.0
SECONDS = 20.0  # longer than every fixture call


def _recording(path: Path, channels: int = 1) -> np.ndarray:
    t = np.arange(int(SECONDS * RATE)) / RATE
    data = np.stack([0.5 * np.sin(2 * np.pi * SIGNAL_HZ * t)] * channels, axis=1)
    sf.write(str(path), data, RATE, subtype="PCM_16")
    return data


def _dominant_hz(segment: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(segment))
    return float(np.fft.rfftfreq(len(segment), 1 / RATE)[int(np.argmax(spectrum))])


@pytest.fixture(scope="module")
def audio_run(tmp_path_factory):
    """One batch run over two vendor fixtures (roles from the transcript; first speaker is the agent)."""
    root = tmp_path_factory.mktemp("audio")
    inputs = root / "in"
    inputs.mkdir()
    for name in ("aws_call_analytics.json", "whisperx.json"):
        shutil.copy(FIXTURES / name, inputs / name)
    (root / "cfg.yaml").write_text("input:\n  speakers:\n    mode: first_speaker_agent\n"
                                   "output:\n  audio_padding_seconds: 0.1\n")
    key = root / "key"
    assert main(["keygen", "--output", str(key)]) == 0
    out = root / "out"
    code = main(["run", "--input", str(inputs), "--output", str(out), "--config", str(root / "cfg.yaml"),
                 "--key-file", str(key), "--no-progress"])
    assert code == 0
    return root, out


@pytest.mark.slow
def test_run_writes_audio_redactions_for_timed_conversations(audio_run):
    _, out = audio_run
    table = pq.read_table(out / "audio_redactions")
    assert table.schema.equals(AUDIO_REDACTION_SCHEMA, check_metadata=False)
    rows = table.to_pylist()
    assert {r["conversation_id"] for r in rows} == {"aws_call_analytics", "whisperx"}
    assert all(0 <= r["start"] < r["end"] < SECONDS for r in rows)
    assert {"PERSON", "PHONE_NUMBER"} <= {t for r in rows for t in r["entity_type"].split("+")}
    text = json.dumps(rows)
    assert "John" not in text and "Smith" not in text and "0132" not in text  # times and types only
    report = json.loads((out / "report.json").read_text())
    assert report["audio_redactions"] == {"timed_conversations": 2, "intervals": len(rows), "failed": 0}
    assert report["outputs"]["audio_redactions"] == str(out / "audio_redactions")


@pytest.mark.slow
def test_run_padding_comes_from_config(audio_run):
    """Every interval starts ``output.audio_padding_seconds`` (0.1) before a word's start and ends as much
    after a word's end."""
    _, out = audio_run
    intervals = [r for r in pq.read_table(out / "audio_redactions").to_pylist()
                 if r["conversation_id"] == "aws_call_analytics"]
    fixture = json.loads((FIXTURES / "aws_call_analytics.json").read_text())
    items = [item for turn in fixture["Transcript"] for item in turn["Items"] if "BeginOffsetMillis" in item]
    starts = {item["BeginOffsetMillis"] / 1000 for item in items}
    ends = {item["EndOffsetMillis"] / 1000 for item in items}
    assert intervals
    assert all(any(abs(r["start"] + 0.1 - s) < 1e-6 for s in starts) for r in intervals)
    assert all(any(abs(r["end"] - 0.1 - e) < 1e-6 for e in ends) for r in intervals)


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["tone", "silence"])
def test_bleep_command_redacts_inside_intervals_only(audio_run, tmp_path, mode, capsys):
    _, out = audio_run
    audio = tmp_path / "audio"
    audio.mkdir()
    originals = {"aws_call_analytics": _recording(audio / "aws_call_analytics.wav"),
                 "whisperx": _recording(audio / "whisperx.flac", channels=2)}
    _recording(audio / "unrelated.wav")
    capsys.readouterr()
    args = ["bleep", "--audio", str(audio), "--redactions", str(out), "--output", str(tmp_path / "red"),
            "--mode", mode]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "redacted copies: 2" in printed and "unrelated.wav" in printed
    assert not (tmp_path / "red" / "unrelated.wav").exists()
    rows = pq.read_table(out / "audio_redactions").to_pylist()
    for cid, original in originals.items():
        path = next((tmp_path / "red").glob(f"{cid}.*"))
        redacted, rate = sf.read(str(path), always_2d=True)
        assert rate == RATE and redacted.shape == original.shape
        mask = np.zeros(len(original), dtype=bool)
        for r in (r for r in rows if r["conversation_id"] == cid):
            a, b = int(r["start"] * RATE), int(np.ceil(r["end"] * RATE))
            mask[a:b] = True
            inner = redacted[a + 1:b - 1, 0]
            if mode == "tone":
                assert abs(_dominant_hz(inner) - TONE_HZ) < 10
            else:
                assert np.max(np.abs(inner)) == 0
        # outside every interval: the original signal (16-bit rounding aside)
        assert np.max(np.abs(redacted[~mask] - original[~mask])) < 1e-3
        assert mask.any()


@pytest.mark.parametrize("args, message", [
    (["--audio", "{tmp}/missing"], "does not exist"),
    (["--audio", "{tmp}/audio", "--redactions", "{tmp}/empty"], "no part-*.parquet"),
])
def test_bleep_command_errors_exit_2(tmp_path, capsys, args, message):
    (tmp_path / "audio").mkdir()
    (tmp_path / "empty").mkdir()
    base = {"--audio": f"{tmp_path}/audio", "--redactions": f"{tmp_path}/empty", "--output": f"{tmp_path}/o"}
    for flag, value in zip(args[::2], args[1::2]):
        base[flag] = value.format(tmp=tmp_path)
    argv = ["bleep"] + [x for pair in base.items() for x in pair]
    assert main(argv) == 2
    assert message in capsys.readouterr().err


@pytest.fixture(scope="module")
def call_outcome(redactor):
    from pipeline.io.parse import parse_record
    from pipeline.io.readers import RawRecord
    from pipeline.redaction.process import process_batch

    payload = json.loads((FIXTURES / "aws_call_analytics.json").read_text())
    conversation = parse_record(RawRecord(str(FIXTURES / "aws_call_analytics.json"), 1, payload),
                                redactor.config.limits, redactor.config.input)
    [outcome] = process_batch(redactor, [conversation])
    return outcome


def test_audio_rows_of_a_timed_conversation(call_outcome, redactor):
    from collections import Counter

    from pipeline.redaction.batch_outputs import audio_rows

    counters = Counter()
    rows = audio_rows(call_outcome, redactor, "t", counters)
    assert counters["audio.timed_conversations"] == 1 and counters["audio.intervals"] == len(rows)
    assert rows and {r["conversation_id"] for r in rows} == {"aws_call_analytics"}
    assert all(r["config_fingerprint"] == redactor.fingerprint for r in rows)


def test_audio_rows_untimed_conversation_has_none(call_outcome, redactor):
    import dataclasses

    from collections import Counter

    from pipeline.redaction.batch_outputs import audio_rows

    untimed = dataclasses.replace(call_outcome, conversation=dataclasses.replace(
        call_outcome.conversation, turns=tuple(dataclasses.replace(t, timings=None)
                                               for t in call_outcome.conversation.turns)))
    assert audio_rows(untimed, redactor, "t", Counter()) == []


def test_audio_rows_failure_yields_no_interval_and_no_crash(call_outcome, redactor, monkeypatch, caplog):
    """Fault injection: the interval code raising leaves the recording without intervals (bleep never
    copies it) and logs the id and error type only."""
    import pipeline.audio.intervals as intervals
    from collections import Counter

    from pipeline.redaction.batch_outputs import audio_rows

    def broken(*args, **kwargs):
        raise ValueError("John Smith")  # a message that must not reach the log

    monkeypatch.setattr(intervals, "audio_intervals", broken)
    counters = Counter()
    assert audio_rows(call_outcome, redactor, "t", counters) == []
    assert counters["audio.failed"] == 1
    assert "ValueError" in caplog.text and "John" not in caplog.text
