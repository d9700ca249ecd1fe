"""Private third-party APIs are used only on tested versions; the public fallbacks give the same output."""
from __future__ import annotations

import glob

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import compat


@pytest.fixture()
def public(request):
    """Force one private path off for the test (as an untested version would)."""
    compat.force_public(request.param)
    yield request.param
    compat.force_public(request.param, enabled=False)


@pytest.mark.parametrize("path, version, ok", [
    ("presidio", "2.2.366", True), ("presidio", "2.2.360", False), ("presidio", "2.2.367", False),
    ("presidio", "2.3.0", False), ("beam_parquet", "2.77.0", True), ("beam_parquet", "2.77.1", True),
    ("beam_parquet", "2.78.0", False), ("beam_parquet", "2.78.0rc1", False), ("beam_metrics", "3.0.0", False),
    ("beam_metrics", "2.76.9", False),
])
def test_in_tested_range_table(path, version, ok):
    assert compat.in_tested_range(path, version) is ok


def test_use_private_false_outside_range(monkeypatch, caplog):
    monkeypatch.setattr(compat, "installed_version", lambda dist: "9.9.9")
    monkeypatch.setattr(compat, "_warned", set())
    assert not compat.use_private("presidio")
    assert "outside the tested range" in caplog.text


def test_installed_versions_are_the_tested_ones():
    """CI runs the pinned versions: each private path is in use there (else the table is stale)."""
    assert all(compat.in_tested_range(path) for path in compat.TESTED_RANGES)


TEXTS = ["my name is Ann Lee and my card is 4111 1111 1111 1111", "call 415-555-0132", "", "thanks, bye"]


@pytest.mark.parametrize("public", ["presidio"], indirect=True)
def test_detector_public_analyze_fallback_same_findings(public, default_config):
    from pipeline.detection.detector import Detector

    fallback = Detector(default_config.detection)
    assert fallback._direct is None
    compat.force_public("presidio", enabled=False)
    replay = Detector(default_config.detection)
    assert replay._direct is not None
    assert fallback.detect_batch(TEXTS) == replay.detect_batch(TEXTS)


def _write_two_producers(tmp_path, name):
    import apache_beam as beam
    from apache_beam.testing.test_pipeline import TestPipeline

    from pipeline.beam.parquet_sink import WriteParquetFromMany

    schema = pa.schema([("x", pa.int64())])
    with TestPipeline() as p:
        rows = (p | "A" >> beam.Create([{"x": 1}, {"x": 2}]), p | "B" >> beam.Create([{"x": 3}]))
        rows | WriteParquetFromMany(str(tmp_path / name / "part"), schema, row_group_buffer_size=1 << 20,
                                    record_batch_size=100)
        labels = set(p.applied_labels)
    files = glob.glob(str(tmp_path / name / "part-*.parquet"))
    return sorted(r["x"] for f in files for r in pq.read_table(f).to_pylist()), labels


@pytest.mark.parametrize("public", ["beam_parquet"], indirect=True)
def test_parquet_sink_public_fallback_writes_the_same_rows(public, tmp_path):
    rows, labels = _write_two_producers(tmp_path, "public")
    assert rows == [1, 2, 3]
    assert any("PublicWriteToParquet" in label for label in labels)
    compat.force_public("beam_parquet", enabled=False)
    rows_private, labels_private = _write_two_producers(tmp_path, "private")
    assert rows_private == rows and not any("PublicWriteToParquet" in label for label in labels_private)


def test_eager_metrics_patch_is_scoped_and_restored():
    from apache_beam.runners.portability.fn_api_runner import fn_runner

    from pipeline.beam.streaming import eager_fnapi_metrics

    original = fn_runner.consolidate_monitoring_infos
    with eager_fnapi_metrics():
        assert fn_runner.consolidate_monitoring_infos is not original
    assert fn_runner.consolidate_monitoring_infos is original
    with pytest.raises(RuntimeError):
        with eager_fnapi_metrics():
            raise RuntimeError("job failed")
    assert fn_runner.consolidate_monitoring_infos is original


@pytest.mark.parametrize("public", ["beam_metrics"], indirect=True)
def test_eager_metrics_not_patched_outside_tested_range(public):
    from apache_beam.runners.portability.fn_api_runner import fn_runner

    from pipeline.beam.streaming import eager_fnapi_metrics

    original = fn_runner.consolidate_monitoring_infos
    with eager_fnapi_metrics():
        assert fn_runner.consolidate_monitoring_infos is original
