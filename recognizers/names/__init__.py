"""Helpers of the name recognizers: tokens, lexicon, cue phrases and span rules."""
