"""required_literals / holds_one and the word gates: a pattern skipped on a text only where it finds nothing there."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from recognizers.required_literals import holds_one, required_literals
from tests.recognizers.live_patterns import live_patterns


@pytest.mark.parametrize("source, flags, literals", [
    (r"\bread(?:ing)? back\b", 0, {" back"}),                             # (the longest run)
    (r"\b(?:account|acct|order)\b", re.IGNORECASE, {"account", "acct", "order"}),
    (r"(?:ab|cd)(?:ef|gh)", 0, {"abef", "abgh", "cdef", "cdgh"}),
    (r"Visa|MASTERCARD", 0, {"visa", "mastercard"}),                    # compared with the lower-cased text
    (r"\d{3}-\d{4}", 0, {"-"}),
    (r"x(?=abc)y", 0, {"xy"}),                                          # a lookaround consumes nothing: x, y adjacent
    (r"(?<=abc)xy", 0, {"xy"}),                                         # (and its own literals are not required)
    (r"(?P<a>\w)(?P=a)k", re.IGNORECASE, {"k"}),                       # the backreference: unknown
    (r"\u212a", re.IGNORECASE, {"k"}),                                  # the Kelvin sign takes "k" and "K"
    (r"\u017f", re.IGNORECASE, {"s"}),                                  # the long s takes "s" and "S"
    (r"x(?:yz)?w", 0, {"x"}),                                           # the optional group: no requirement
    (r"ab|", 0, None),                                                  # an empty alternative
    (r"(?:ab)?", 0, None),
    (r"[A-Za-z]+", 0, None),                                            # a large class
    (r"\w+@\w+", 0, {"@"}),
    (r"(?a:ab)", 0, None),                                              # an inline ASCII flag: unread
    (r"é", 0, None),                                                    # no ASCII text holds it
])
def test_required_literals(source, flags, literals):
    found = required_literals(re.compile(source, flags))
    assert (set(found) if found is not None else None) == literals


@pytest.mark.parametrize("source, flags, text, open_", [
    (r"\bread(?:ing)? back\b", 0, "I'll read back the number", True),   # trigger present: the pattern runs, finds
    (r"\bread(?:ing)? back\b", 0, "I'll say it again", False),         # none: skipped
    (r"\d{3}-\d{4}", 0, "call 555-1234", True),
    (r"\d{3}-\d{4}", 0, "call 555 1234", False),
    (r"\u212a", re.IGNORECASE, "\u212a", True),                         # non-ASCII text: never skipped
    (r"\u212a", re.IGNORECASE, "Kelvin", True),
    (r"\u212a", re.IGNORECASE, "none here", False),
])
def test_holds_one(source, flags, text, open_):
    pattern = re.compile(source, flags)
    assert holds_one(text, required_literals(pattern)) is open_
    assert (pattern.search(text) is not None) is open_


@pytest.mark.parametrize("text, found", [
    ("Payment on the visa ending 4242 please", True),   # the card word present: LAST4 runs and finds
    ("the one ending 4242 please", False),              # only the ending word: skipped (it would find nothing)
])
def test_payment_card_last4_gate(text, found):
    from recognizers.payment_card import PaymentCardRecognizer
    hits = [h for h in PaymentCardRecognizer().find(text) if h.detail == "card_last4"]
    assert bool(hits) is found
    assert bool(PaymentCardRecognizer.LAST4.search(text)) is found


@pytest.mark.parametrize("module, text, found", [
    ("saudi_short_address", "my short address is RRRD2929", True),
    ("saudi_short_address", "my address is RRRD2929", False),
    ("latam_postcode", "o cep é 01310-100", True),
    ("latam_postcode", "codigo postal 06700", True),
    ("latam_postcode", "the code 06700", False),
])
def test_named_code_word_gates(module, text, found):
    import importlib
    mod = importlib.import_module(f"recognizers.{module}")
    from recognizers.spoken_aware import words_of
    gate_open = not (text.isascii() and mod._NAMED_FIRST.isdisjoint(words_of(text)))
    assert gate_open is found
    assert bool(mod._NAMED.search(text)) is found


def _live_patterns() -> list[re.Pattern[str]]:
    return [p for p in live_patterns() if required_literals(p)]


def _dev_texts(n: int = 60) -> list[str]:
    root = Path(__file__).resolve().parents[2]
    texts = [t["text"] for line in (root / "benchmarks/data/conversations_dev.jsonl").read_text().splitlines()
             for t in json.loads(line)["turns"]]
    sample = [t for t in random.Random(3).sample(texts, min(n, len(texts))) if t.isascii()]
    return sample + [t.lower() for t in sample] + [t.upper() for t in sample[:40]]


def _near_misses(literals: frozenset[str], rng: random.Random) -> list[str]:
    """Strings built from the literals, each cut or changed by a character, with blanks, digits and dashes."""
    pieces = [" ", "1", "-", "a", "\n"]
    for literal in sorted(literals):
        k = rng.randrange(len(literal))
        pieces += [literal[:k] + literal[k + 1:], literal[:k] + "#" + literal[k + 1:], literal[:-1].upper()]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(40)]


def test_no_live_pattern_matches_a_text_its_gate_closes():
    patterns = _live_patterns()
    assert len(patterns) > 500
    texts = _dev_texts()
    rng = random.Random(11)
    closed = 0
    for pattern in patterns:
        literals = required_literals(pattern)
        for text in texts + _near_misses(literals, rng):
            if not holds_one(text, literals):
                closed += 1
                assert pattern.search(text) is None, (pattern.pattern[:80], text[:80])
    assert closed > 10_000


def _site(name: str):
    """(pattern, its gate's literals) of a recognizer that skips the pattern on a text without them."""
    from recognizers import dates, ghana_digital_address
    from recognizers.phone import TranscriptPhoneRecognizer
    from recognizers.ssn import SsnRecognizer
    return {"ssn_odd": (SsnRecognizer.ODD, SsnRecognizer.NEEDS[SsnRecognizer.ODD]),
            "phone_glued": (TranscriptPhoneRecognizer.GLUED, TranscriptPhoneRecognizer.GLUED_NEEDS),
            "date_separator": (dates._DIGIT_THEN_SEPARATOR, dates._SEPARATORS),
            "ghana_written": (ghana_digital_address._WRITTEN, ghana_digital_address._WRITTEN_NEEDS)}[name]


@pytest.mark.parametrize("name, text, found", [
    ("ssn_odd", "it's 123-456789 ok", True), ("ssn_odd", "it's 123 456789 ok", False),
    ("phone_glued", "call is415-555-0132 now", True), ("phone_glued", "call is415 555 0132 now", False),
    ("date_separator", "born 12/03/1990", True), ("date_separator", "born 12 03 1990", False),
    ("ghana_written", "GA-183-8164 is it", True), ("ghana_written", "GA 183 8164 is it", False),
])
def test_site_gates(name, text, found):
    pattern, literals = _site(name)
    assert holds_one(text, literals) is found
    assert (pattern.search(text) is not None) is found
