"""Detection: the Detector over Presidio + our recognizers, spaCy loading, conversation context, propagation."""
