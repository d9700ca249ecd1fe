"""Benchmarks: labelled transcript generator, accuracy vs vanilla Presidio, fairness by name origin."""
