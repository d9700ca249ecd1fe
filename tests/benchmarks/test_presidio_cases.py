"""Tests for benchmarks.presidio_cases (parsing of parametrize tables and span coverage)."""
from __future__ import annotations

import pytest

from benchmarks.presidio_cases import Case, evaluate, excluded, parse_cases
from pipeline.records import Finding

# A made-up test module in the shape of Presidio's recognizer tests.
SOURCE = '''
import pytest

@pytest.mark.parametrize(
    "text, expected_len, expected_positions, leniency",
    [
        ("call 555 0100 or 555 0199", 1, ((5, 13),), 2),
        ("call 555 0100 or 555 0199", 2, ((5, 13), (17, 25),), 1),
        (f"fe80::1%eth0", 1, (), 0),
        ("nothing here", 0, (), 0),
        ("a sentence with one", 1, (), 0),
        (some_name, 1, ((0, 1),), 0),
    ],
)
def test_x(text, expected_len, expected_positions, leniency):
    pass

@pytest.mark.parametrize("iban, expected_len, expected_res", [("AB12", 1, ((0, 4),),)])
def test_y(iban, expected_len, expected_res):
    pass
'''


def test_parse_cases_reads_rows_keeps_widest_expectation_and_skips_unknown_spans():
    cases = {c.text: c.spans for c in parse_cases("phone", SOURCE)}
    assert cases == {
        "call 555 0100 or 555 0199": ((5, 13), (17, 25)),   # the more lenient row wins
        "fe80::1%eth0": ((0, 12),),                          # f-string; one bare token: the token
        "nothing here": (),                                  # a negative case
        "AB12": ((0, 4),),                                   # "iban" / "expected_res" field names
    }                                                        # running text without positions: skipped


def _finding(start: int, end: int, entity: str) -> Finding:
    return Finding(start, end, entity, 0.9, "test")


def test_evaluate_counts_covered_typed_and_alarms():
    text = "call 555 0100 or 555 0199"
    findings = {text: [_finding(5, 13, "PHONE_NUMBER"), _finding(17, 21, "ACCOUNT_NUMBER")],
                "nothing here": [_finding(0, 7, "PERSON")]}
    cases = [Case("PHONE_NUMBER", text, ((5, 13), (17, 25))), Case("PHONE_NUMBER", "nothing here", ())]
    row = evaluate(cases, lambda t: findings.get(t, []))["PHONE_NUMBER"]
    assert (row["expected"], row["covered"], row["typed"], row["negatives"], row["alarms"]) == (2, 1, 1, 1, 1)


@pytest.mark.parametrize("family, value, out", [
    ("IP_ADDRESS", "::1", True), ("IP_ADDRESS", "::/0", True), ("IP_ADDRESS", "::1/128", True),
    ("IP_ADDRESS", "fe80::1", False), ("PHONE_NUMBER", "::1", False),
])
def test_excluded_leaves_out_only_unspecified_and_loopback_ipv6(family, value, out):
    assert excluded(family, value) is out
