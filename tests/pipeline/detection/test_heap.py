import gc

import pytest

from pipeline.detection import heap


@pytest.mark.parametrize("env, configured, expected", [
    (None, True, True), ("1", True, True), ("0", True, False), ("off", True, False), ("False", True, False),
    (None, False, False), ("1", False, False),
])
def test_freeze_enabled_follows_config_and_env(monkeypatch, env, configured, expected):
    if env is None:
        monkeypatch.delenv(heap.ENV_SWITCH, raising=False)
    else:
        monkeypatch.setenv(heap.ENV_SWITCH, env)
    assert heap.freeze_enabled(configured) is expected


def test_freeze_loaded_objects_opt_out_leaves_gc_alone(monkeypatch):
    monkeypatch.setenv(heap.ENV_SWITCH, "0")
    before = gc.get_freeze_count()
    assert heap.freeze_loaded_objects(True) is False
    assert gc.get_freeze_count() == before
