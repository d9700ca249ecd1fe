"""Reporting: run report (JSON + HTML), drift between runs, residual-leak verification."""
