"""The one place the library touches the garbage collector: freezing the loaded models' objects.

A built Detector holds hundreds of thousands of long-lived objects (spaCy pipelines, lexicons, compiled
recognizers). CPython's full collections walk every one of them again and again while turns are
processed; ``gc.freeze()`` moves the objects alive at that moment to a permanent generation that
collections skip. Nothing else changes: collection still runs for everything created later, and thresholds
are left alone.

It is process-wide (the host's own objects alive at that moment are frozen too, i.e. never collected
if they later become cyclic garbage), so it runs once per Detector build, after a collection, and can
be turned off with ``detection.freeze_gc: false`` or the environment variable ``PII_PIPELINE_GC_FREEZE=0``.
"""
from __future__ import annotations

import gc
import logging
import os

logger = logging.getLogger(__name__)

ENV_SWITCH = "PII_PIPELINE_GC_FREEZE"
_OFF_VALUES = frozenset({"0", "false", "no", "off"})


def freeze_enabled(configured: bool) -> bool:
    """True when the config asks for the freeze and the environment does not turn it off."""
    return configured and os.environ.get(ENV_SWITCH, "").strip().lower() not in _OFF_VALUES


def freeze_loaded_objects(configured: bool) -> bool:
    """Collect once, then ``gc.freeze()`` every object alive (see the module docstring).

    Returns:
        True when the freeze ran.
    """
    if not freeze_enabled(configured):
        return False
    gc.collect()  # garbage left by model loading is freed, not frozen
    gc.freeze()
    logger.debug("gc.freeze: %d objects frozen", gc.get_freeze_count())
    return True
