"""Redacted copies of recordings: a tone or silence over every interval of ``audio_redactions``.

Needs the ``audio`` extra (soundfile + numpy; soundfile reads and writes WAV and FLAC through
libsndfile). Fails closed: every recording is checked before anything is written, the originals are
never overwritten, and a redacted copy covers an interval on every channel of the file (speech leaks
across channels of a call recording).
"""
from __future__ import annotations

import logging
import os
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
import pyarrow.parquet as pq
import soundfile as sf

logger = logging.getLogger(__name__)

AUDIO_SUFFIXES = (".wav", ".flac")
REDACTIONS_FOLDER = "audio_redactions"
TONE_HZ = 1000.0  # the classic censor bleep
TONE_LEVEL = 0.3  # peak amplitude of the tone, full scale = 1.0
END_TOLERANCE_SECONDS = 2.0  # an interval may end this far past the audio (padding, an untimed last word)
MODES = ("tone", "silence")


class BleepError(ValueError):
    """The recordings or intervals cannot be redacted as asked; the message says which and why."""


@dataclass(frozen=True, slots=True)
class BleepResult:
    """What ``bleep_directory`` did.

    Attributes:
        written: Redacted copies written (paths in the output folder).
        intervals: Intervals applied.
        redacted_seconds: Total audio time replaced (per file, overlaps counted once).
        unlisted: Audio files in the input folder without any interval: not copied (their transcripts
            may not have been processed; copy them yourself once you know they hold no personal data).
    """

    written: tuple[str, ...]
    intervals: int
    redacted_seconds: float
    unlisted: tuple[str, ...]


def _redaction_table(redactions_dir: Path):
    folder = redactions_dir / REDACTIONS_FOLDER if (redactions_dir / REDACTIONS_FOLDER).is_dir() else redactions_dir
    parts = sorted(folder.glob("part-*.parquet"))
    if not parts:
        raise BleepError(f"no part-*.parquet in {folder} "
                         f"(give the run's output folder or its {REDACTIONS_FOLDER} folder)")
    intervals: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for part in parts:
        table = pq.read_table(part, columns=["conversation_id", "start", "end"])
        for cid, start, end in zip(*(table.column(c).to_pylist() for c in ("conversation_id", "start", "end"))):
            intervals[cid].append((float(start), float(end)))
    return intervals


def _audio_file(audio_dir: Path, conversation_id: str) -> Path:
    if not conversation_id or conversation_id in (".", "..") or "/" in conversation_id or "\\" in conversation_id:
        raise BleepError(f"conversation id {conversation_id!r} cannot name an audio file")
    found = [p for p in audio_dir.iterdir() if p.stem == conversation_id and p.is_file()]
    supported = [p for p in found if p.suffix.lower() in AUDIO_SUFFIXES]
    if len(supported) > 1:
        raise BleepError(f"{conversation_id}: several audio files ({', '.join(p.name for p in supported)})")
    if supported:
        return supported[0]
    if found:
        raise BleepError(f"{found[0].name}: unsupported audio format {found[0].suffix or '(none)'}; "
                         "WAV or FLAC only (convert it first, e.g. ffmpeg -i in.mp3 out.flac)")
    raise BleepError(f"{conversation_id}: no audio file {conversation_id}.wav or .flac in {audio_dir}")


def _check_intervals(path: Path, intervals: Sequence[tuple[float, float]]):
    try:
        info = sf.info(str(path))
    except (sf.LibsndfileError, RuntimeError) as err:
        raise BleepError(f"{path.name}: not a readable WAV/FLAC file ({type(err).__name__})") from None
    for start, end in intervals:
        if not 0 <= start < end:
            raise BleepError(f"{path.name}: invalid interval [{start:.3f}, {end:.3f}] s")
        if start >= info.duration or end > info.duration + END_TOLERANCE_SECONDS:
            raise BleepError(f"{path.name}: interval [{start:.3f}, {end:.3f}] s beyond the audio's "
                             f"{info.duration:.3f} s: is this the recording the transcript was made from?")
    return info


def bleep_file(audio_path: str | os.PathLike, intervals: Sequence[tuple[float, float]],
               output_path: str | os.PathLike, mode: str = "tone") -> float:
    """Write a copy of ``audio_path`` with ``intervals`` (seconds) replaced; returns seconds replaced.

    The copy keeps the input's format, subtype (bit depth), sample rate and channels.

    Raises:
        BleepError: unknown mode, unreadable file, or an interval outside the audio.
    """
    if mode not in MODES:
        raise BleepError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
    audio_path, output_path = Path(audio_path), Path(output_path)
    info = _check_intervals(audio_path, intervals)
    data, rate = sf.read(str(audio_path), dtype="float64", always_2d=True)
    mask = np.zeros(len(data), dtype=bool)
    for start, end in intervals:
        mask[int(start * rate):min(len(data), int(np.ceil(end * rate)))] = True
    if mode == "tone":
        tone = TONE_LEVEL * np.sin(2 * np.pi * TONE_HZ * np.arange(len(data)) / rate)
        data[mask] = tone[mask, None]
    else:
        data[mask] = 0.0
    output_path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(str(output_path), data, rate, subtype=info.subtype, format=info.format)
    return float(mask.sum()) / rate


def bleep_directory(audio_dir: str | os.PathLike, redactions_dir: str | os.PathLike,
                    output_dir: str | os.PathLike, mode: str = "tone") -> BleepResult:
    """Redacted copies of the recordings in ``audio_dir`` named by ``audio_redactions`` intervals.

    The recording of conversation ``ID`` is ``audio_dir/ID.wav`` or ``ID.flac`` (a vendor transcript's
    conversation id is its file name without suffix, so ``call-7.json`` pairs with ``call-7.wav``).
    Every recording is checked before anything is written.

    Args:
        audio_dir: Folder of the original WAV / FLAC recordings (never modified).
        redactions_dir: The pipeline run's output folder, or its ``audio_redactions`` folder.
        output_dir: Folder for the redacted copies (same file names); must differ from ``audio_dir``.
        mode: ``tone`` (a 1 kHz tone) or ``silence``.

    Returns:
        What was written, and the audio files without intervals that were not copied.

    Raises:
        BleepError: missing or ambiguous audio file, unsupported format, an interval beyond a
            recording's duration, no interval files, or ``output_dir`` is ``audio_dir``.
    """
    if mode not in MODES:
        raise BleepError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
    audio_dir, output_dir = Path(audio_dir), Path(output_dir)
    if not audio_dir.is_dir():
        raise BleepError(f"audio folder {audio_dir} does not exist")
    if output_dir.resolve() == audio_dir.resolve():
        raise BleepError("the output folder must differ from the audio folder: originals are never overwritten")
    intervals = _redaction_table(Path(redactions_dir))
    plan = []
    for conversation_id in sorted(intervals):
        path = _audio_file(audio_dir, conversation_id)
        _check_intervals(path, intervals[conversation_id])
        plan.append((path, intervals[conversation_id]))
    written, seconds = [], 0.0
    for path, spans in plan:
        target = output_dir / path.name
        seconds += bleep_file(path, spans, target, mode)
        written.append(str(target))
    listed = {p.name for p, _ in plan}
    unlisted = tuple(sorted(p.name for p in audio_dir.iterdir()
                            if p.suffix.lower() in AUDIO_SUFFIXES and p.name not in listed))
    logger.info("bleeped %d recordings (%d intervals, %.1f s); %d recordings without intervals not copied",
                len(written), sum(len(s) for _, s in plan), seconds, len(unlisted))
    return BleepResult(tuple(written), sum(len(s) for _, s in plan), seconds, unlisted)
