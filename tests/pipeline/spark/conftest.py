"""Spark test fixtures: one local[2] session per module, a key file the executors read."""
from __future__ import annotations

import os

import pytest

from tests.conftest import TEST_KEY_HEX


@pytest.fixture(scope="module")
def key_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("key") / "pii.key"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(TEST_KEY_HEX + "\n")
    return str(path)


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    from pipeline.spark.session import spark_session

    with pytest.MonkeyPatch.context() as patch:
        # Executors read the key file; a stray PII_PIPELINE_KEY in the developer's shell must not win.
        patch.delenv("PII_PIPELINE_KEY", raising=False)
        session = spark_session("local[2]", {"spark.sql.shuffle.partitions": "4", "spark.ui.enabled": "false"})
        session.sparkContext.setLogLevel("ERROR")
        try:
            yield session
        finally:
            session.stop()
