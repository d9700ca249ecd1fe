"""Assemble one ``dev_v`` conversation. Stage order: opening (name), two to five identity checks and name
questions, small talk with look-alikes in half, the issue, a card step or a second contact in part, closing.

ASR turns are a telephony engine's text: lower case, no punctuation, fillers between words (never inside a value),
now and then ``[noise]``. Chat turns are typed: the agent cased, the customer cased or (40 %) all lower case.
Every gold span is checked against the value the profile generated (``_check``).
"""
from __future__ import annotations

import random
import re

from benchmarks import _templates_dev_v as T
from benchmarks._domains_dev_v import DOMAINS
from benchmarks._profile_dev_v import DISTRACTORS, PERSONS, ProfileV

_PLACE = re.compile(r"\{(\w+)\}")
_PUNCT = re.compile(r"[,.?!;:\"()]")
_FILLERS = ("uh", "um", "uh", "um", "you know", "like", "i mean", "so")


def _literal(piece: str, profile, rng: random.Random, fillers: bool) -> str:
    if profile.asr:
        words = _PUNCT.sub("", piece.lower()).replace("-", " ").split(" ")
        out = []
        for w in words:
            if w and fillers and rng.random() < 0.07:
                out.append(rng.choice(_FILLERS))
            if w and fillers and rng.random() < 0.01:
                out.append("[noise]")
            out.append(w)
        return " ".join(out)
    if profile.lower and profile.speaker == "customer":
        return piece.lower()
    return piece


def render_turn(template: str, profile, rng: random.Random, fillers: bool = True):
    """(text, spans, distractors) of one template; upper-case slots are labelled, lower-case ones are plain words
    or neutral look-alikes."""
    text, spans, distractors, pos = "", [], [], 0
    for m in _PLACE.finditer(template):
        text += _literal(template[pos:m.start()], profile, rng, fillers)
        slot, pos = m.group(1), m.end()
        if slot in DISTRACTORS:
            value = profile.distractor(slot, rng, profile.style)
            distractors.append({"start": len(text), "end": len(text) + len(value), "kind": slot, "_value": value})
        elif slot in profile.PLAIN:
            value = profile.plain(slot)
            value = _PUNCT.sub("", value.lower()) if profile.asr else value
        else:
            value = profile.person(slot) if slot in PERSONS else profile.value(slot)
            span = {"start": len(text), "end": len(text) + len(value), "label": profile.label(slot), "_value": value}
            if profile.origin(slot):
                span["origin"] = profile.origin(slot)
            spans.append(span)
        text += value
    text += _literal(template[pos:], profile, rng, fillers)
    if profile.asr:  # collapse the spaces left by stripped punctuation, moving offsets with the text
        text, spans, distractors = _squeeze(text, spans, distractors)
    _check(text, spans + distractors)
    return text, spans, distractors


def _squeeze(text: str, spans: list[dict], distractors: list[dict]):
    keep = [i for i, ch in enumerate(text) if not (ch == " " and (i == 0 or text[i - 1] == " "))]
    while keep and text[keep[-1]] == " ":
        keep.pop()
    new_index = {old: new for new, old in enumerate(keep)}
    out = "".join(text[i] for i in keep)
    for s in spans + distractors:
        s["start"] = new_index[s["start"]]
        s["end"] = new_index[s["end"] - 1] + 1
    return out, spans, distractors


def _check(text: str, spans: list[dict]) -> None:
    """Each span's text is exactly the value generated for it (and holds no padding)."""
    for s in spans:
        if text[s["start"]:s["end"]] != s["_value"] or s["_value"] != s["_value"].strip() or not s["_value"]:
            raise AssertionError(f"span {s} does not hold its value in {text!r}")
        del s["_value"]


def _stages(profile, rng: random.Random):
    asr = profile.asr
    domain = DOMAINS[rng.choice(sorted(DOMAINS))]
    blocks = [domain[1] if asr else domain[2]]
    if asr:
        names = rng.sample(T.NAME_ASR, rng.randint(2, 4))
        checks = rng.sample(T.VERIFY_ASR, rng.randint(2, 5))
        middle = names + checks
        rng.shuffle(middle)
    else:
        middle = rng.sample(T.VERIFY_CHAT, rng.randint(2, 5))
    blocks += middle
    if rng.random() < 0.5:
        blocks.append(rng.choice(T.SMALLTALK_ASR if asr else T.SMALLTALK_CHAT))
    blocks.append(domain[3] if asr else domain[4])
    steps = T.STEPS_ASR if asr else T.STEPS_CHAT
    r = rng.random()
    if r < 0.4:
        blocks += list(steps["card"])
    elif r < 0.7:
        blocks += list(steps["alt"])
    blocks.append(rng.choice(T.CLOSINGS_ASR if asr else T.CLOSINGS_CHAT))
    return blocks


def assemble(index: int, split: str, style: str, names, rng: random.Random) -> dict:
    # customers cycle through the groups in each style (agents of any group): every group gets its share of calls
    profile = ProfileV.make(names, style, rng, T.FAIRNESS_ORIGINS[(index // 2) % len(T.FAIRNESS_ORIGINS)], False)
    turns: list[dict] = []
    for block in _stages(profile, rng):
        for code, template in block:
            speaker = "agent" if code == "a" else "customer"
            profile.speaker = speaker
            if turns and turns[-1]["speaker"] == speaker:  # two blocks meet on one side: a short reply between
                other = "customer" if speaker == "agent" else "agent"
                profile.speaker = other
                text, _, _ = render_turn(T.BRIDGES[other][0], profile, rng)
                turns.append({"speaker": other, "text": text, "spans": [], "distractors": []})
                profile.speaker = speaker
            text, spans, distractors = render_turn(template, profile, rng)
            turns.append({"speaker": speaker, "text": text, "spans": spans, "distractors": distractors})
    return {"conversation_id": f"{split}-{style}-{index:04d}", "style": style, "split": split, "turns": turns}
