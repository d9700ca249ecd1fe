"""A SparkSession for the job: Python workers on this interpreter, the key's name redacted from the UI."""
from __future__ import annotations

import os
import sys
from typing import Mapping

from pyspark.sql import SparkSession

# Spark's default redaction pattern plus our key variable (``spark.executorEnv.PII_PIPELINE_KEY``).
REDACTION_REGEX = r"(?i)secret|password|token|access[.]?key|pii_pipeline_key"


def spark_session(master: str | None = None, conf: Mapping[str, str] | None = None,
                  app_name: str = "pii-pipeline") -> SparkSession:
    """Get or create the session; ``conf`` entries win over the defaults set here.

    Python workers must run an interpreter that has this package (and pyarrow): unless
    ``PYSPARK_PYTHON`` is set, it is this process's interpreter.
    """
    python = os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    defaults = {
        "spark.pyspark.python": python,
        "spark.redaction.regex": REDACTION_REGEX,
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.execution.arrow.maxRecordsPerBatch": "1000",
    }
    for name, value in {**defaults, **dict(conf or {})}.items():
        builder = builder.config(name, value)
    return builder.getOrCreate()
