"""Checks every generated dev split's tests share: look-alikes never gold, fairness balanced over its groups, no
template shared with another family."""
from __future__ import annotations

import re

from benchmarks.generate_transcripts import FAMILIES, generate_conversations, generate_fairness


def assert_lookalikes_never_gold(split: str, kinds: set[str]) -> None:
    """120 conversations of ``split`` hold at least the distractor ``kinds``, and no distractor is a gold span."""
    convs = generate_conversations(split, 120)
    assert kinds <= {d["kind"] for c in convs for t in c["turns"] for d in t["distractors"]}
    for conv in convs:
        for turn in conv["turns"]:
            gold = {(s["start"], s["end"]) for s in turn["spans"]}
            assert not gold & {(d["start"], d["end"]) for d in turn["distractors"]}


def assert_fairness_balanced(split: str, origins) -> None:
    """Three fairness records per group and style, each labelling one PERSON of its own group."""
    counts: dict[tuple[str, str], int] = {}
    for r in generate_fairness(split, 2 * len(origins) * 3):
        counts[(r["origin"], r["style"])] = counts.get((r["origin"], r["style"]), 0) + 1
        assert r["spans"] and {(s["label"], s["origin"]) for s in r["spans"]} == {("PERSON", r["origin"])}
    assert set(counts.values()) == {3} and {o for o, _ in counts} == set(origins)


def family_templates(module) -> set[str]:
    """Every template of a family's templates module (stages, fairness frames, bridges) that holds a word."""
    blocks = module.GREETINGS + module.IDENTITY + module.ISSUES + module.CLOSINGS
    found = {t for block in blocks for _, t in block} | set(module.FAIRNESS_FRAMES)
    found |= {t for side in getattr(module, "BRIDGES", {}).values() for t in side}
    return {t for t in found if re.sub(r"\{\w+\}|[ .,]", "", t)}


def assert_shares_no_template(split: str, module) -> None:
    """``split``'s templates (``module``) share none with any other family's."""
    ours = family_templates(module)
    for other, family in FAMILIES.items():
        if other != split:
            shared = len(ours & family_templates(family))  # a count: never print another family's wording
            assert shared == 0, other
