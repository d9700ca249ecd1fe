"""Audio side of redaction: when findings were said (``intervals``, plain Python) and redacted copies of
the recordings (``bleep``, needs the ``audio`` extra: soundfile + numpy)."""
