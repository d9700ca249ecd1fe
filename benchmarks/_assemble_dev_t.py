"""Assemble one ``dev_t`` conversation. Stage order: opening (name), two to five identity checks and name
questions, small talk with look-alikes in half, the issue, a card step or a second contact in part, closing; then the
whole conversation is exported (``_export_dev_t``): calls as an Amazon Connect Contact Lens file (60 %) or a Genesys
Cloud transcript (40 %), chats as a Zendesk ticket-comments answer with its side-loaded users.

ASR turns are a telephony engine's text: lower case, no punctuation, fillers between words (never inside a value),
now and then ``[noise]``. Chat turns are typed: the agent cased, the customer cased or (40 %) all lower case.
Every gold span is checked against the value the profile generated (``_check``) and again after each escape.
"""
from __future__ import annotations

import random
import re

from benchmarks import _export_dev_t as X
from benchmarks import _templates_dev_t as T
from benchmarks._domains_dev_t import DOMAINS
from benchmarks._profile_dev_t import DISTRACTORS, PERSONS, ProfileT
from benchmarks._staged_assembly import squeeze

_PLACE = re.compile(r"\{(\w+)\}")
_PUNCT = re.compile(r"[,.?!;:\"()]")
_FILLERS = ("uh", "um", "eh", "like", "you see", "i mean", "ah")
_COMPANY_MAIL = {"Tumaini Pay": "tumainipay.com", "Sunrise Power": "sunrisepower.africa", "Savanna Bank": "savannabank.com",
                 "Imara Health": "imarahealth.org", "Haraka Express": "haraka-express.com"}


def _literal(piece: str, profile, rng: random.Random, fillers: bool) -> str:
    if profile.asr:
        words = _PUNCT.sub("", piece.lower()).replace("-", " ").split(" ")
        out = []
        for w in words:
            if w and fillers and rng.random() < 0.06:
                out.append(rng.choice(_FILLERS))
            if w and fillers and rng.random() < 0.01:
                out.append("[noise]")
            out.append(w)
        return " ".join(out)
    if profile.lower and profile.speaker == "customer":
        return piece.lower()
    return piece


def render_turn(template: str, profile, rng: random.Random, fillers: bool = True):
    """(text, spans, distractors) of one template; upper-case slots are labelled (each span keeps its ``value`` for
    the export's check), lower-case ones are plain words or neutral look-alikes."""
    text, spans, distractors, pos = "", [], [], 0
    for m in _PLACE.finditer(template):
        text += _literal(template[pos:m.start()], profile, rng, fillers)
        slot, pos = m.group(1), m.end()
        if slot in DISTRACTORS:
            value = profile.distractor(slot, rng, profile.style)
            distractors.append({"start": len(text), "end": len(text) + len(value), "kind": slot, "value": value})
        elif slot in profile.PLAIN:
            value = profile.plain(slot)
            value = _PUNCT.sub("", value.lower()) if profile.asr else value
        else:
            value = profile.person(slot) if slot in PERSONS else profile.value(slot)
            span = {"start": len(text), "end": len(text) + len(value), "label": profile.label(slot), "value": value}
            if profile.origin(slot):
                span["origin"] = profile.origin(slot)
            spans.append(span)
        text += value
    text += _literal(template[pos:], profile, rng, fillers)
    if profile.asr:
        text, spans, distractors = squeeze(text, spans, distractors)
    _check(text, spans + distractors)
    for d in distractors:
        del d["value"]
    return text, spans, distractors


def _check(text: str, spans: list[dict]) -> None:
    """Each span's text is exactly the value generated for it (and holds no padding)."""
    for s in spans:
        if text[s["start"]:s["end"]] != s["value"] or s["value"] != s["value"].strip() or not s["value"]:
            raise AssertionError(f"span {s} does not hold its value in {text!r}")


def _stages(profile, rng: random.Random):
    asr = profile.asr
    domain = DOMAINS[rng.choice(sorted(DOMAINS))]
    profile.company = domain[0]
    blocks = [domain[1] if asr else domain[2]]
    if asr:
        middle = rng.sample(T.NAME_ASR, rng.randint(1, 3)) + rng.sample(T.VERIFY_ASR, rng.randint(2, 5))
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


def _turns(profile, rng: random.Random) -> list[dict]:
    turns: list[dict] = []
    for block in _stages(profile, rng):
        for code, template in block:
            speaker = "agent" if code == "a" else "customer"
            if turns and turns[-1]["speaker"] == speaker:  # two blocks meet on one side: a short reply between
                other = "customer" if speaker == "agent" else "agent"
                profile.speaker = other
                text, _, _ = render_turn(T.BRIDGES[other][0], profile, rng)
                turns.append({"speaker": other, "text": text, "spans": [], "distractors": []})
            profile.speaker = speaker
            text, spans, distractors = render_turn(template, profile, rng)
            turns.append({"speaker": speaker, "text": text, "spans": spans, "distractors": distractors})
    return turns


def _prepend(turn: dict, head: str) -> None:
    k = len(head)
    turn["text"] = head + turn["text"]
    turn["spans"] = [dict(s, start=s["start"] + k, end=s["end"] + k) for s in turn["spans"]]
    turn["distractors"] = [dict(d, start=d["start"] + k, end=d["end"] + k) for d in turn["distractors"]]


def _append(turn: dict, piece: dict) -> None:
    k = len(turn["text"])
    turn["text"] += piece["text"]
    turn["spans"] += [dict(s, start=s["start"] + k, end=s["end"] + k) for s in piece["spans"]]
    turn["distractors"] += [dict(d, start=d["start"] + k, end=d["end"] + k) for d in piece["distractors"]]


def _calls(turns: list[dict], profile, rng: random.Random) -> None:
    ms = rng.randint(200, 3000)
    if rng.random() < 0.6:
        head = X.contact_lens_head(rng, "en-ZA" if profile.country == "ZA" else "en-GB")
        for i, turn in enumerate(turns):
            dur = max(1100, len(turn["text"].split()) * 360) + rng.randint(0, 800)
            X.contact_lens_item(turn, rng, ms, ms + dur, i == len(turns) - 1)
            ms += dur + rng.randint(80, 1400)
        _append(turns[-1], {"text": X.contact_lens_tail(ms), "spans": [], "distractors": []})
    else:
        head = X.genesys_head(rng, "en-za" if profile.country == "ZA" else "en-gb", len(turns))
        start = 1_733_000_000_000 + rng.randint(0, 10**10)
        for i, turn in enumerate(turns):
            dur = max(1100, len(turn["text"].split()) * 360) + rng.randint(0, 800)
            X.genesys_phrase(turn, rng, start + ms, dur, i == len(turns) - 1)
            ms += dur + rng.randint(80, 1400)
        _append(turns[-1], {"text": X.GENESYS_TAIL, "spans": [], "distractors": []})
    _prepend(turns[0], head)


def _iso(t: int) -> str:
    import datetime as dt

    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _chats(turns: list[dict], profile, rng: random.Random) -> None:
    a, c = profile.agent, profile.customer
    ids = {"agent": rng.randint(360_000_000_000, 369_999_999_999), "customer": rng.randint(380_000_000_000, 389_999_999_999)}
    comment, audit = rng.randint(10**13, 3 * 10**13), rng.randint(10**13, 3 * 10**13)
    clock = 1_733_000_000 + rng.randint(0, 20_000_000)
    for i, turn in enumerate(turns):
        X.zendesk_comment(turn, comment, ids[turn["speaker"]], audit, _iso(clock), i == 0, i == len(turns) - 1)
        comment += rng.randint(3, 90)
        audit += rng.randint(3, 90)
        clock += rng.randint(8, 200)
    given = re.sub(r"[^a-z]", "", a.given.lower())
    work = f"{given}.{re.sub(r'[^a-z]', '', a.surname.lower())}@{_COMPANY_MAIL[profile.company]}" if rng.random() < 0.5 else None
    users = [(ids["customer"], c.full, c.origin, profile.raw["MAIL"] if rng.random() < 0.8 else None, "end-user"),
             (ids["agent"], a.full, a.origin, work, "agent")]
    if rng.random() < 0.5:
        users.reverse()
    block = X.zendesk_users(users)
    block["text"] += f"{len(turns)}\n}}"
    _append(turns[-1], block)


def assemble(index: int, split: str, style: str, names, rng: random.Random) -> dict:
    profile = ProfileT.make(names, style, rng)
    turns = _turns(profile, rng)
    (_calls if profile.asr else _chats)(turns, profile, rng)
    for turn in turns:
        turn["spans"].sort(key=lambda s: s["start"])
        turn["distractors"].sort(key=lambda d: d["start"])
        assert not any("value" in s for s in turn["spans"])
    return {"conversation_id": f"{split}-{style}-{index:04d}", "style": style, "split": split, "turns": turns}


def render_fairness(template: str, profile, rng: random.Random):
    """One fairness frame in the family's style: a Contact Lens transcript item (calls) or a Zendesk comment (chats)."""
    frames = T.FAIRNESS_ASR if profile.asr else T.FAIRNESS_CHAT
    frame = frames[T.FAIRNESS_FRAMES.index(template) % len(frames)]
    speaker = "agent" if "{title}" in frame else "customer"
    profile.speaker = speaker
    text, spans, distractors = render_turn(frame, profile, rng, fillers=False)
    turn = {"speaker": speaker, "text": text, "spans": spans, "distractors": distractors}
    if profile.asr:
        ms = rng.randint(1000, 900_000)
        X.contact_lens_item(turn, rng, ms, ms + 3000, True)
    else:
        X.zendesk_comment(turn, rng.randint(10**13, 3 * 10**13), rng.randint(380_000_000_000, 389_999_999_999),
                          rng.randint(10**13, 3 * 10**13), _iso(1_733_000_000 + rng.randint(0, 10**7)), False, False)
        turn["text"] = turn["text"].rstrip(",\n")
    assert not any("value" in s for s in turn["spans"])
    return turn["text"], turn["spans"], []
