"""Assemble one ``dev_r`` conversation and render it in the family's export formats (TTML or SBV captions for calls,
Slack or Intercom JSON for chats). Stage order: opening, identity checks, the issue, one or two steps (card, customer
number or IBAN, one-time code), a second contact in half of them, closing. Every span keeps the value it was generated
from until the export's self-check (``_export_dev_r.check``) has compared it with the exported text."""
from __future__ import annotations

import random
import re

from benchmarks import _templates_dev_r as T
from benchmarks._domains_dev_r import DOMAINS
from benchmarks._export_dev_r import (check, intercom_part, sbv_turn, slack_message, ttml_head, ttml_turn)
from benchmarks._profile_dev_r import PERSONS, ProfileR
from benchmarks._values_dev_r import fold, transliterate

_PLACE = re.compile(r"\{(\w+)\}")
DISTRACTOR_KINDS = ("money", "date", "span", "helpline", "order", "time", "place", "product")


def render_one(template: str, profile, rng: random.Random):
    """(text, spans, distractors); upper-case slots are labelled (with their ``value`` for the self-check), lower-case
    ones are plain words or neutral look-alikes."""
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
            span = {"start": len(text), "end": len(text) + len(value), "label": profile.label(slot), "value": value}
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
    domain = DOMAINS[rng.choice(sorted(DOMAINS))]
    blocks = [domain[1] if asr else domain[2]]
    if asr:
        blocks += _ordered_subset(rng, T.VERIFY_ASR, rng.randint(3, 6), {1: 0, 5: 4})
    else:
        blocks += _ordered_subset(rng, T.VERIFY_CHAT[:3], rng.randint(2, 3), {})
        if rng.random() < 0.3:
            blocks.append(T.VERIFY_CHAT[3])
    blocks.append(domain[3] if asr else domain[4])
    steps = T.STEPS_ASR if asr else T.STEPS_CHAT
    names = [rng.choice(("step_card", "step_acct", "step_iban", "step_iban"))]
    if rng.random() < 0.4:
        names.append(rng.choice([s for s in ("step_card", "step_acct", "step_iban") if s != names[0]]))
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


def _handle(person) -> str:
    given = transliterate(person.called.split()[0].split("-")[0]).lower()
    return f"{given}.{re.sub(r'[ ' + chr(39) + ']', '', transliterate(person.surname)).lower()}"


def _user_id(rng: random.Random) -> str:
    return "U0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))


def _calls(turns: list[dict], profile, rng: random.Random) -> None:
    agent_full, customer_full = fold(profile.person("STAFFNAME")), profile.person("NAME")
    a_origin, c_origin = profile.agent.origin, profile.customer.origin
    agent = (agent_full, a_origin) if rng.random() < 0.5 else ("Agent", None)
    r = rng.random()
    customer = (customer_full, c_origin) if r < 0.35 else (("Caller", None) if r < 0.7 else ("Speaker 2", None))
    ms = rng.randint(300, 4000)
    if rng.random() < 0.6:
        export = "ttml"
        ids = {"agent": "spk1", "customer": "spk2"}
        head = ttml_head([("spk1", *agent), ("spk2", *customer)])
        for i, turn in enumerate(turns):
            dur = max(1200, int(len(turn["text"].split()) * 380)) + rng.randint(0, 900)
            ttml_turn(turn, i + 1, ids[turn["speaker"]], ms, ms + dur)
            check(turn, export)
            ms += dur + rng.randint(100, 1500)
        first = turns[0]
        shift = len(head["text"])
        first["text"] = head["text"] + first["text"]
        first["spans"] = head["spans"] + [dict(s, start=s["start"] + shift, end=s["end"] + shift) for s in first["spans"]]
        first["distractors"] = [dict(d, start=d["start"] + shift, end=d["end"] + shift) for d in first["distractors"]]
        turns[-1]["text"] += "\n</div></body>\n</tt>"
    else:
        export = "sbv"
        named = rng.random() < 0.5  # half the caption files name the speakers after ">>"
        for turn in turns:
            display, origin = agent if turn["speaker"] == "agent" else customer
            if not named:
                display, origin = None, None
            elif origin is None:
                display = display.upper()
            dur = max(1200, int(len(turn["text"].split()) * 380)) + rng.randint(0, 900)
            sbv_turn(turn, display, origin, ms, ms + dur)
            check(turn, export)
            ms += dur + rng.randint(100, 1500)


def _chats(turns: list[dict], profile, rng: random.Random) -> None:
    a, c = profile.agent, profile.customer
    clock = 1_733_000_000 + rng.randint(0, 2_000_000)
    if rng.random() < 0.55:
        users = {"agent": _user_id(rng), "customer": _user_id(rng)}
        authors = {"agent": (a.full, a.origin, a.called.split()[0] if rng.random() < 0.5 else _handle(a)),
                   "customer": (c.full, c.origin, _handle(c) if rng.random() < 0.6 else c.called.split()[0])}
        for i, turn in enumerate(turns):
            ts = f"{clock}.{rng.randint(0, 999999):06d}"
            slack_message(turn, users[turn["speaker"]], authors[turn["speaker"]], ts, rng, i == 0, i == len(turns) - 1)
            check(turn, "slack")
            clock += rng.randint(10, 240)
    else:
        company = rng.choice(("voltaria.eu", "support.example.eu"))
        agent_mail = f"{transliterate(a.called.split()[0].split('-')[0]).lower()}@{company}" if rng.random() < 0.5 else None
        authors = {"agent": ("admin", a.full, a.origin, agent_mail), "customer": ("user", c.full, c.origin, profile.raw["MAIL"])}
        base = rng.randint(10**9, 3 * 10**9)
        for i, turn in enumerate(turns):
            intercom_part(turn, str(base + i * rng.randint(3, 40)), authors[turn["speaker"]], clock)
            check(turn, "intercom")
            clock += rng.randint(10, 240)


def assemble(index: int, split: str, style: str, names, rng: random.Random) -> dict:
    profile = ProfileR.make(names, style, rng)
    turns = _turns(profile, rng)
    (_calls if profile.asr else _chats)(turns, profile, rng)
    for turn in turns:
        turn["spans"].sort(key=lambda s: s["start"])
        turn["distractors"].sort(key=lambda d: d["start"])
        assert not any("value" in s for s in turn["spans"])
    return {"conversation_id": f"{split}-{style}-{index:04d}", "style": style, "split": split, "turns": turns}


def render_fairness(template: str, profile, rng: random.Random):
    """One fairness frame in the family's style: a TTML caption paragraph (calls) or a Slack message (chats)."""
    frames = T.FAIRNESS_ASR if profile.asr else T.FAIRNESS_CHAT
    frame = frames[T.FAIRNESS_FRAMES.index(template) % len(frames)]
    profile.speaker = "customer"
    text, spans, distractors = render_one(frame, profile, rng)
    turn = {"text": text, "spans": spans, "distractors": distractors}
    if profile.asr:
        ms = rng.randint(1000, 900_000)
        ttml_turn(turn, rng.randint(1, 60), "spk2", ms, ms + 3000)
        check(turn, "ttml")
    else:
        slack_message(turn, _user_id(rng), ("Customer", None, ""), f"{1_733_000_000 + rng.randint(0, 10**6)}.000100", rng,
                      False, False)
        check(turn, "slack")
        turn["spans"] = [s for s in turn["spans"] if s.get("origin") == profile.customer.origin]
    return turn["text"], turn["spans"], []
