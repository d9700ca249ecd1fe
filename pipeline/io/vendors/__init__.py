"""Readers for ASR vendors' transcript JSON (AWS Transcribe, Call Analytics, Whisper/WhisperX, Deepgram).

Plain Python, no Beam: ``detect_format`` recognises a document by content, ``parse_vendor`` reads it
into a ``Conversation`` whose turns keep word timings.
"""
from pipeline.io.vendors.parse import FORMAT_METADATA_KEY, detect_format, parse_vendor, resolve_format

__all__ = ["FORMAT_METADATA_KEY", "detect_format", "parse_vendor", "resolve_format"]
