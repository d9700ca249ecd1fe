"""Redaction: the Redactor facade, splicing, Arrow tables, per-batch processing and the operators."""
