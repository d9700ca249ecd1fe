"""The throughput report: targets judged from measured figures, accuracy read beside speed."""
import json

import pytest

from benchmarks.throughput_report import accuracy_f2, targets, to_markdown


def _results(library=6.0, beam1=5.5, beam2=10.5, base_mb=400.0, scaled_mb=420.0):
    def path(words_per_s, **extra):
        return {"words_per_s": words_per_s, "turns_per_s": 1.0, "seconds": 1.0, **extra}

    beam = {"worker_rss_mb": base_mb, "driver_rss_mb": 250.0, "startup_seconds": 4.0}
    return {
        "corpus": {"conversations": 1, "turns": 2, "words": 3}, "beam_corpus": {"conversations": 4, "words": 5},
        "cpu_count": 2, "command": "python -m benchmarks.throughput",
        "paths": {"vanilla": path(1000, peak_rss_mb=170.0), "spacy_floor": path(3000, peak_rss_mb=240.0),
                  "library": path(library * 1000, peak_rss_mb=220.0),
                  "beam_1_worker": path(beam1 * 1000, steady_words_per_s=beam1 * 1200, **beam),
                  "beam_2_workers": path(beam2 * 1000, steady_words_per_s=beam2 * 1200, **beam)},
        "cpu_ceiling": {"before": 1.9, "after": 1.85},
        "memory_scale": {"factor": 10, "base_words": 400_000, "scaled_words": 4_000_000,
                         "base_worker_mb": base_mb, "scaled_worker_mb": scaled_mb, "base_driver_mb": 250.0,
                         "scaled_driver_mb": 251.0, "base_words_per_s": 9000, "scaled_words_per_s": 9100}}


@pytest.mark.parametrize("overrides, unmet", [
    ({}, set()),
    ({"library": 4.9}, {"library ≥ 5", "library ≥ 6"}),
    ({"library": 5.5}, {"library ≥ 6"}),
    ({"beam1": 4.0, "beam2": 8.0}, {"beam_1_worker"}),
    ({"beam2": 9.0}, {"2 workers"}),
    ({"scaled_mb": 500.0}, {"flat"}),
    ({"base_mb": 1100.0, "scaled_mb": 1100.0}, {"≤ 1024"}),
])
def test_targets_flag_exactly_the_missed_ones(overrides, unmet):
    rows = targets(_results(**overrides))
    missed = {t for t, _, ok in rows if not ok}
    assert len(missed) == len(unmet)
    for needle in unmet:
        assert any(needle in t for t in missed), (needle, missed)


def test_to_markdown_puts_accuracy_beside_speed(tmp_path):
    accuracy = {"datasets": {name: {"systems": {"vanilla": {"f2": 0.1}, "ours": {"f2": 0.9}}}
                             for name in ("generated_frozen_test_asr", "generated_frozen_test_chat", "presidio_synth_dev")}}
    path = tmp_path / "accuracy.json"
    path.write_text(json.dumps(accuracy))
    assert accuracy_f2(path) == {"vanilla": "0.100 / 0.100 / 0.100 / n/a", "ours": "0.900 / 0.900 / 0.900 / n/a"}
    lines = to_markdown(_results(), path).splitlines()
    assert any(line.startswith("| library |") and line.endswith("| 0.900 / 0.900 / 0.900 / n/a |") for line in lines)
    assert any(line.startswith("| vanilla |") and "0.100 / 0.100" in line for line in lines)
    assert "| 2 workers ≥ 1.8× 1 worker (end to end) | 1.91× | yes |" in lines
    assert lines[0] == "Produced at an unknown commit."  # _results() has no commit: said, not hidden
    committed = to_markdown({**_results(), "commit": "abc1234", "dirty": False}, path).splitlines()
    assert committed[0] == "Produced at commit `abc1234` (clean tree)."


def test_to_markdown_without_accuracy_file_says_how_to_get_it(tmp_path):
    assert "run `python -m benchmarks.accuracy` first" in to_markdown(_results(), tmp_path / "missing.json")


@pytest.mark.parametrize("runs, expected", [
    ({"vanilla": [2000, 1800, 2100], "library": [12000, 9900, 10500]},
     "library / vanilla per pair: 6.00×, 5.50×, 5.00×"),
    ({"vanilla": [2000], "library": [12000]}, None),                 # one run: nothing to list
    ({"vanilla": [2000, 1800]}, None),                               # library skipped
])
def test_to_markdown_lists_every_interleaved_one_core_run(tmp_path, runs, expected):
    text = to_markdown({**_results(), "one_core_runs": runs}, tmp_path / "missing.json")
    if expected is None:
        assert "One-core runs" not in text
    else:
        assert expected in text and "vanilla 2,000, 1,800, 2,100" in text
