"""Assemble one ``dev_q`` conversation and render it in the family's export formats (Otter.ai transcript for
calls, Teams / Zoom chat text for chats). Stage order: opening, identity checks, the issue, one or two steps
(card, refund account or IBAN, one-time code), a second contact in half of them, closing."""
from __future__ import annotations

import random
import re

from benchmarks import _templates_dev_q as T
from benchmarks._domains_dev_q import DOMAINS
from benchmarks._export_dev_q import chat_message, otter_paragraph
from benchmarks._profile_dev_q import PERSONS, ProfileQ

_PLACE = re.compile(r"\{(\w+)\}")
DISTRACTOR_KINDS = ("money", "date", "span", "helpline", "order")


def render_one(template: str, profile, rng: random.Random):
    """(text, spans, distractors) of one template; upper-case slots are labelled, lower-case ones are plain words
    or neutral look-alikes."""
    text, spans, distractors, pos = "", [], [], 0
    for m in _PLACE.finditer(template):
        text += template[pos:m.start()]
        slot, pos = m.group(1), m.end()
        if slot in DISTRACTOR_KINDS:
            value = profile.distractor(slot, rng, profile.style)
            distractors.append({"start": len(text), "end": len(text) + len(value), "kind": slot})
        elif slot in profile.PLAIN:
            value = profile.plain(slot)
        else:
            value = profile.person(slot) if slot in PERSONS else profile.value(slot)
            span = {"start": len(text), "end": len(text) + len(value), "label": profile.label(slot)}
            if profile.origin(slot):
                span["origin"] = profile.origin(slot)
            spans.append(span)
        text += value
    text += template[pos:]
    return text, spans, distractors


def _ordered_subset(rng: random.Random, blocks, k: int, needs: dict[int, int]):
    chosen = set(rng.sample(range(len(blocks)), min(k, len(blocks))))
    chosen |= {needs[i] for i in chosen if i in needs}
    return [blocks[i] for i in sorted(chosen)]


def _stages(profile, rng: random.Random):
    asr = profile.asr
    domain_name = rng.choice(sorted(DOMAINS))
    domain = DOMAINS[domain_name]
    blocks = [domain[1] if asr else domain[2]]
    if asr:
        blocks += _ordered_subset(rng, T.VERIFY_ASR, rng.randint(3, 6), {1: 0, 5: 4})
    else:
        blocks += _ordered_subset(rng, T.VERIFY_CHAT[:3], rng.randint(2, 3), {})
        if rng.random() < 0.3:
            blocks.append(T.VERIFY_CHAT[3])
    blocks.append(domain[3] if asr else domain[4])
    steps = T.STEPS_ASR if asr else T.STEPS_CHAT
    refund = "step_iban" if profile.country == "BR" and rng.random() < 0.6 else "step_acct"
    names = ["step_card", refund] if domain_name == "bank" else [rng.choice(("step_card", refund, refund))]
    if rng.random() < 0.5:
        names.append("step_otp")
    for name in names:
        blocks += list(steps[name])
    if rng.random() < 0.5:
        blocks.append(rng.choice(T.CONTACT_ASR if asr else T.CONTACT_CHAT))
    blocks.append(rng.choice(T.CLOSINGS_ASR if asr else T.CLOSINGS_CHAT))
    return blocks


def _turns(profile, rng: random.Random) -> list[dict]:
    turns: list[dict] = []
    for block in _stages(profile, rng):
        for code, template in block:
            speaker = "agent" if code == "a" else "customer"
            profile.speaker = speaker
            text, spans, distractors = render_one(template, profile, rng)
            if turns and turns[-1]["speaker"] == speaker:
                prev, sep = turns[-1], " " if profile.asr else "\n"
                shift = len(prev["text"]) + len(sep)
                prev["text"] += sep + text
                prev["spans"] += [dict(s, start=s["start"] + shift, end=s["end"] + shift) for s in spans]
                prev["distractors"] += [dict(d, start=d["start"] + shift, end=d["end"] + shift) for d in distractors]
                continue
            turns.append({"speaker": speaker, "text": text, "spans": spans, "distractors": distractors})
    return turns


def assemble(index: int, split: str, style: str, names, rng: random.Random) -> dict:
    profile = ProfileQ.make(names, style, rng)
    turns = _turns(profile, rng)
    agent_full, customer_full = profile.person("STAFFNAME"), profile.person("NAME")
    a_origin, c_origin = profile.agent.origin, profile.customer.origin
    if profile.asr:
        agent = (agent_full, a_origin) if rng.random() < 0.6 else ("Speaker 1", None)
        r = rng.random()
        customer = (customer_full, c_origin) if r < 0.4 else (("Unknown Speaker", None) if r < 0.7 else ("Speaker 2", None))
        seconds = rng.randint(0, 4)
        for turn in turns:
            display, origin = agent if turn["speaker"] == "agent" else customer
            words = len(turn["text"].split())
            otter_paragraph(turn, display, origin, seconds, rng)
            seconds += max(2, int(words / 2.6)) + rng.randint(0, 3)
    else:
        vendor = rng.choice(("teams", "zoom"))
        guest = rng.random() < 0.3
        authors = {"agent": (agent_full, a_origin), "customer": (customer_full, c_origin)}
        clock = rng.randint(8, 18) * 3600 + rng.randint(0, 3599)
        bodies: list[tuple[dict, str]] = []
        for i, turn in enumerate(turns):
            h, rest = divmod(clock, 3600)
            name, origin = authors[turn["speaker"]]
            author = (name, origin, " (Guest)" if guest and turn["speaker"] == "customer" else "")
            quote = None
            earlier = [b for b in bodies if b[1] != turn["speaker"]]
            if i >= 2 and earlier and rng.random() < 0.2:
                quote = (earlier[-1][0], authors[earlier[-1][1]])
            bodies.append(({k: (list(v) if isinstance(v, list) else v) for k, v in turn.items()}, turn["speaker"]))
            chat_message(turn, vendor, author, (h % 24, rest // 60, rest % 60), rng, quote=quote,
                         edited=rng.random() < 0.08, reaction=rng.random() < 0.15)
            clock += rng.randint(15, 200)
    for turn in turns:
        turn["spans"].sort(key=lambda s: s["start"])
        turn["distractors"].sort(key=lambda d: d["start"])
    return {"conversation_id": f"{split}-{style}-{index:04d}", "style": style, "split": split, "turns": turns}
