"""The validation error shared by the record parsers (``pipeline.io.parse`` and the vendor readers)."""
from __future__ import annotations


class RecordError(ValueError):
    """A record failed validation; ``error_type`` is a short class name for reports."""

    def __init__(self, error_type: str, detail: str) -> None:
        super().__init__(detail)
        self.error_type = error_type
        self.detail = detail
