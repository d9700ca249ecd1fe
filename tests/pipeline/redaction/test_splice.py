import random

import pytest

from pipeline.redaction.operators import Replacement
from pipeline.records import Finding
from pipeline.redaction.splice import _anonymize, apply_replacements


def _random_case(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice("ab c\n.") for _ in range(rng.randint(1, 40)))
    findings, replacements, pos = [], [], 0
    while pos < len(text) and rng.random() < 0.8:
        start = rng.randint(pos, len(text) - 1)
        end = rng.randint(start + 1, min(len(text), start + 8))
        findings.append(Finding(start, end, rng.choice(["PERSON", "PHONE_NUMBER"]), 0.8, "r", "pattern"))
        replacements.append(Replacement(rng.choice(["X", "<PERSON_1>", "a b", "Zoë"]), "tag.v1",
                                        rng.choice(["replace", "replace", "drop_turn"])))
        pos = end if rng.random() < 0.5 else end + 1
    return text, findings, replacements


@pytest.mark.parametrize("text, findings, replacements", [
    ("call 555 0134 now", [Finding(5, 13, "PHONE_NUMBER", 0.8, "phone.v1")],
     [Replacement("555 0199", "surrogate.v1")]),
    ("ab", [Finding(0, 1, "PERSON", 0.8, "r"), Finding(1, 2, "PERSON", 0.8, "r")],
     [Replacement("X", "tag.v1"), Replacement("Y", "tag.v1")]),
    ("a b", [Finding(0, 1, "PERSON", 0.8, "r"), Finding(2, 3, "PERSON", 0.8, "r")],
     [Replacement("X", "tag.v1"), Replacement("Y", "tag.v1")]),
] + [_random_case(seed) for seed in range(200)])
def test_apply_replacements_fast_path_matches_presidio(text, findings, replacements):
    action = next((a for a in ("drop_conversation", "drop_turn") if a in {r.action for r in replacements}),
                  "keep")
    assert apply_replacements(text, findings, replacements) == _anonymize(text, findings, replacements, action)


@pytest.mark.parametrize("findings, replacements", [
    # Overlapping and unsorted findings, and an empty replacement, take Presidio's path.
    ([Finding(0, 4, "PERSON", 0.8, "r"), Finding(2, 6, "PERSON", 0.9, "r")],
     [Replacement("X", "tag.v1"), Replacement("Y", "tag.v1")]),
    ([Finding(5, 8, "PERSON", 0.8, "r"), Finding(0, 4, "PERSON", 0.8, "r")],
     [Replacement("X", "tag.v1"), Replacement("Y", "tag.v1")]),
    ([Finding(0, 4, "PERSON", 0.8, "r")], [Replacement("", "drop.v1", "drop_turn")]),
])
def test_apply_replacements_general_cases_use_presidio(findings, replacements):
    text = "john and mary"
    action = "drop_turn" if any(r.action == "drop_turn" for r in replacements) else "keep"
    assert apply_replacements(text, findings, replacements) == _anonymize(text, findings, replacements, action)
