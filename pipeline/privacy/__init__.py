"""Privacy controls: keys, keyed hashing, consent, re-identification and human review."""
