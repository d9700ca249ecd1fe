"""Assemble one ``dev_j`` call from the domain's opening and middle and the shared stages, in call order."""
from __future__ import annotations

import random
from typing import Any

from benchmarks import _templates_dev_j as T
from benchmarks._domains_dev_j import DOMAINS
from benchmarks.generate_transcripts import _kit, render, verify


def _blocks(domain: str, rng: random.Random) -> list:
    """The call's stages in order; optional ones are dropped (latest first) to keep it to about 30 turns."""
    _, openings, middles, step = DOMAINS[domain]
    first = rng.choice(T.VERIFY)
    other = [b for b in T.VERIFY if ("DOB" in str(b)) != ("DOB" in str(first))]
    staged = [(rng.choice(openings), False), (rng.choice(T.IDENTIFY), False), (first, False),
              (rng.choice(other), True), (rng.choice(middles), False), (rng.choice(T.SMALLTALK), True),
              (rng.choice(T.CONTACT), False), (rng.choice(T.STEPS[step]), False),
              (rng.choice(T.STEPS[rng.choice(("card", "bank", "natid", "natid"))]), True),
              (rng.choice(T.RECAP), True), (rng.choice(T.CLOSINGS), False)]
    staged = [(b, opt) for b, opt in staged if not opt or rng.random() < 0.5]
    while sum(len(b) for b, _ in staged) > 30 and any(opt for _, opt in staged):
        staged.pop(max(i for i, (_, opt) in enumerate(staged) if opt))
    if sum(len(b) for b, _ in staged) > 30:
        staged.pop(1)  # the identification detour goes last
    return [b for b, _ in staged]


def assemble(index: int, split: str, style: str, names, rng: random.Random) -> dict[str, Any]:
    profile = _kit(split)[0].make(names, style, rng)
    domain = rng.choice(sorted(DOMAINS))
    profile.thing = DOMAINS[domain][0]
    turns: list[dict[str, Any]] = []
    for block in _blocks(domain, rng):
        for i, (code, template) in enumerate(block):
            speaker = "agent" if code == "a" else "customer"
            profile.speaker = speaker
            text, spans, distractors = render(template, profile, rng, filler_rate=0.07)
            if style == "asr" and i == len(block) - 1 and not (spans or distractors or template.endswith("?")) \
                    and rng.random() < 0.2 and len(text.split()) > 5:
                text = " ".join(text.split()[: len(text.split()) // 2])  # cut off by the other speaker
            if turns and turns[-1]["speaker"] == speaker:
                # Two stages meet on the same side: one turn ("got it. and the year?"), the spans shifted.
                prev, shift = turns[-1], len(turns[-1]["text"]) + 1
                prev["text"] += " " + text
                for span in spans + distractors:
                    span["start"] += shift
                    span["end"] += shift
                prev["spans"] += spans
                prev["distractors"] += distractors
                verify(prev["text"], prev["spans"] + prev["distractors"])
                continue
            turns.append({"speaker": speaker, "text": text, "spans": spans, "distractors": distractors})
    return {"conversation_id": f"{split}-{style}-{index:04d}", "style": style, "split": split,
            "turns": turns}
