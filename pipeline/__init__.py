"""pii-pipeline: find and pseudonymize personal data in conversation transcripts for AI training.

Library entry point::

    from pipeline import Redactor
    r = Redactor.from_config()
    r.redact("my name is priya raghunathan").text
"""
from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("pii-pipeline")
except metadata.PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0+src"

from pipeline.records import Annotation, Finding, RedactedText, Turn  # noqa: E402


def __getattr__(name: str):
    # Lazy: importing the package must not load spaCy/Presidio (CLI --help, Beam workers' pickles).
    if name == "Redactor":
        from pipeline.redaction.redactor import Redactor

        return Redactor
    raise AttributeError(name)


__all__ = ["Redactor", "Finding", "RedactedText", "Annotation", "Turn", "__version__"]
