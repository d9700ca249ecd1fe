"""Run report: counts, entities, timing and versions as JSON (no personal data, ever)."""
from __future__ import annotations

import json
import platform
from importlib import metadata
from pathlib import Path
from typing import Mapping

REPORT_FORMAT_VERSION = 1
_VERSIONED_PACKAGES = ("pii-pipeline", "presidio-analyzer", "presidio-anonymizer", "spacy",
                       "apache-beam", "pyarrow")


class AccountingError(RuntimeError):
    """Counts do not add up: records in != written + dropped + held + dead-lettered."""


def versions(spacy_model: str) -> dict[str, str]:
    """Versions of the pipeline, its main libraries and the spaCy model."""
    out = {"python": platform.python_version()}
    for name in _VERSIONED_PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    try:
        out["spacy_model"] = f"{spacy_model} {metadata.version(spacy_model.replace('_', '-'))}"
    except metadata.PackageNotFoundError:
        out["spacy_model"] = spacy_model
    return out


def counts_from_counters(counters: Mapping[str, int]) -> dict:
    """Report counts from job counters (names as incremented in ``pipeline.beam.dofns``).

    ``read`` counts conversations (assembled) plus records that never became one (dead-lettered
    while reading, validating or grouping); every one of them ends written, dropped, held or
    dead-lettered.
    """
    def prefixed(prefix: str) -> dict[str, int]:
        return {k[len(prefix):]: v for k, v in sorted(counters.items()) if k.startswith(prefix) and v}

    dead_by_stage = prefixed("dead_lettered.")
    dropped = prefixed("dropped.")
    assembled = counters.get("conversations_assembled", 0)
    pre_assembly_dead = sum(v for stage, v in dead_by_stage.items() if stage in ("read", "validate", "group"))
    return {
        "read": assembled + pre_assembly_dead,
        "written": counters.get("written", 0),
        "dropped": dropped,
        "held_for_review": counters.get("held_for_review", 0),
        "dead_lettered": sum(dead_by_stage.values()),
        "dead_lettered_by_stage": dead_by_stage,
        "records_read": counters.get("records_read", 0),
        "utterances_read": counters.get("utterances_read", 0),
        "conversations": assembled,
        "turns_processed": counters.get("turns_processed", 0),
    }


def check_accounting(counts: Mapping) -> None:
    """Raise AccountingError unless read == written + dropped + held + dead-lettered."""
    out = (counts["written"] + sum(counts["dropped"].values()) + counts["held_for_review"]
           + counts["dead_lettered"])
    if counts["read"] != out:
        raise AccountingError(
            f"accounting mismatch: read={counts['read']} but written+dropped+held+dead_lettered={out}")


def build_report(counters: Mapping[str, int], *, run_seconds: float, config_fingerprint: str,
                 spacy_model: str, outputs: Mapping[str, str], extra: Mapping | None = None) -> dict:
    """The report mapping written to ``report.json``."""
    counts = counts_from_counters(counters)
    report = {
        "report_format": REPORT_FORMAT_VERSION,
        "counts": counts,
        "entities": {k[len("entities."):]: v for k, v in sorted(counters.items())
                     if k.startswith("entities.")},
        **controls_sections(counters),
        "run_seconds": round(run_seconds, 3),
        "config_fingerprint": config_fingerprint,
        "versions": versions(spacy_model),
        "outputs": dict(outputs),
    }
    if extra:
        report.update(extra)
    return report


def controls_sections(counters: Mapping[str, int]) -> dict:
    """Score histogram, recognizers, review and minimization counts (responsible-AI controls)."""
    def prefixed(prefix: str) -> dict[str, int]:
        return {k[len(prefix):]: v for k, v in sorted(counters.items()) if k.startswith(prefix) and v}

    review = prefixed("review.")
    return {
        "score_histogram": prefixed("score_bin."),
        "recognizers": dict(sorted(prefixed("recognizers.").items(), key=lambda kv: (-kv[1], kv[0]))),
        "review": {"held_for_review": counters.get("held_for_review", 0),
                   "flagged_findings": review.get("flagged_findings", 0),
                   "qa_sampled": review.get("qa_sampled", 0)},
        "minimization": prefixed("minimization."),
        "audio_redactions": {"timed_conversations": counters.get("audio.timed_conversations", 0),
                             "intervals": counters.get("audio.intervals", 0),
                             "failed": counters.get("audio.failed", 0)},
        "consent": prefixed("consent."),
        "consent_unrecognized_states": unrecognized_states(prefixed("consent_state.")),
    }


MAX_REPORTED_STATES = 10


def unrecognized_states(counts: Mapping[str, int], limit: int = MAX_REPORTED_STATES) -> dict[str, int]:
    """Unrecognised consent states by value (the ``limit`` most frequent; the rest summed as ``(other)``).

    The values were already reduced to short letter-only labels when counted
    (``pipeline.privacy.consent.state_label``); the cap bounds how many reach the report.
    """
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    kept = dict(ranked[:limit])
    rest = sum(n for _, n in ranked[limit:])
    if rest:
        kept["(other)"] = kept.get("(other)", 0) + rest
    return kept


def write_json_atomic(path: str | Path, data: Mapping) -> None:
    """Write JSON to a temporary file in the same folder, then rename (never a half-written file).

    Goes through ``pipeline.io.filesystem``: local paths, and with the Beam layer loaded any scheme Beam
    knows (``gs://``, ``s3://``, ...).
    """
    from pipeline.io.filesystem import write_atomic

    write_atomic(str(path), (json.dumps(data, indent=2, sort_keys=False) + "\n").encode("utf-8"))
