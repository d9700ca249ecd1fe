"""Helpers of the spoken-form recognizers: number words, the spoken view and its joins."""
