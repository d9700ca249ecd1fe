"""Assemble one ``dev_m`` conversation and render its templates in the family's own style.

Calls: a diarized export, each turn ``[hh:mm:ss] LABEL: text`` (labels per call: ``Speaker 1/2``, ``spk_0/1`` or
``AGENT/CALLER``; ``IVR`` for the voice bot; the stamp is a neutral ``stamp`` look-alike); the engine prints
sentence case and punctuation, numbers as numerals or words (per call), fillers (``eh``, ``em``, ``ehn``) and
``[noise]`` tags; the after-call note is typed. Chats: a WhatsApp export, each message ``[HH:MM, DD/MM/YYYY]
Display: text``; the customer's display is their name (PERSON) or their number (PHONE_NUMBER); customers type
abbreviations; ``||`` splits a template into consecutive messages.
"""
from __future__ import annotations

import random
import re
from typing import Any

from benchmarks import _templates_dev_m as T
from benchmarks._domains_dev_m import DOMAINS
from benchmarks._profile_dev_m import ProfileM
from benchmarks.generate_transcripts import _iter_parts, verify

_FILLERS = ("eh", "em", "ehn", "ah")
_ABBR = ((r"\bplease\b", "pls"), (r"\bbecause\b", "bcos"), (r"\byou\b", "u"), (r"\byour\b", "ur"), (r"\bthe\b", "d"),
         (r"\bthanks\b", "tnx"), (r"\baccount\b", "acct"), (r"\bwhat\b", "wat"), (r"\bthat\b", "dat"),
         (r"\btoday\b", "2day"), (r"\band\b", "nd"))
_LABELS = (("Speaker 1", "Speaker 2"), ("spk_0", "spk_1"), ("AGENT", "CALLER"))


def _speech_words(text: str, rng: random.Random, at_start: bool) -> str:
    out = []
    for word in text.split(" "):
        if word and word[0].isalpha() and rng.random() < 0.035 and not (at_start and not out) \
                and (not out or out[-1] not in _FILLERS):
            out.append(rng.choice(_FILLERS) + ",")
        out.append(word)
    return " ".join(out)


def _typed(text: str, rng: random.Random) -> str:
    for pattern, short in _ABBR:
        if rng.random() < 0.7:
            text = re.sub(pattern, short, text)
    return text.lower() if rng.random() < 0.4 else text


def render_one(template: str, profile: ProfileM, rng: random.Random) -> tuple[str, list[dict], list[dict]]:
    """(text, gold spans, distractor spans) of one message or spoken turn, offsets verified."""
    text, spans, distractors = "", [], []
    for kind, piece in _iter_parts(template):
        if kind == "lit":
            if profile.asr and not profile.bot:
                piece = _speech_words(piece, rng, not text)
            elif profile.speaker == "customer" and profile.sloppy:
                piece = _typed(piece, rng)
            text += piece
            continue
        if piece in profile.PLAIN:
            text += profile.plain(piece)
            continue
        if piece.isupper():
            value = profile.value(piece)
            span: dict[str, Any] = {"start": len(text), "end": len(text) + len(value), "label": profile.label(piece)}
            if profile.origin(piece):
                span["origin"] = profile.origin(piece)
            spans.append(span)
        else:
            value = profile.distractor(piece, rng, profile.style)
            distractors.append({"start": len(text), "end": len(text) + len(value), "kind": piece})
        text += value
    stripped = text.rstrip()
    verify(stripped, spans + distractors)
    return stripped, spans, distractors


def prefix_turn(stamp: str, who: str, who_label: str | None, profile: ProfileM, turn: dict) -> None:
    """Put ``[stamp] who: `` before the turn's text (the stamp a look-alike, ``who`` labelled if personal)."""
    head = f"[{stamp}] "
    extra_d = [{"start": 1, "end": 1 + len(stamp), "kind": "stamp"}]
    extra_s = []
    if who_label:
        extra_s.append({"start": len(head), "end": len(head) + len(who), "label": who_label})
        if who_label == "PERSON":
            extra_s[0]["origin"] = profile.customer.origin
    head += f"{who}: "
    for s in turn["spans"] + turn["distractors"]:
        s["start"] += len(head)
        s["end"] += len(head)
    turn["text"] = head + turn["text"]
    turn["spans"] = extra_s + turn["spans"]
    turn["distractors"] = extra_d + turn["distractors"]


def _stages(domain: str, profile: ProfileM, rng: random.Random) -> list:
    company, ivr, open_asr, open_chat, mid_asr, mid_chat, step = DOMAINS[domain]
    pick = lambda blocks, k=1: rng.sample(list(blocks), k)  # noqa: E731
    if profile.asr:
        stages = [ivr] if rng.random() < 0.6 else []
        stages += pick(T.AGENT_HELLO_ASR) + (pick(T.NAME_ASR) if rng.random() < 0.5 else [])
        stages += [open_asr] + pick(T.VERIFY_ASR, rng.choice((1, 2))) + [mid_asr] + pick(T.STEPS_ASR[step])
        stages += pick(T.CONTACT_ASR) if rng.random() < 0.5 else []
        stages += pick(T.PIN_ASR) if rng.random() < 0.15 else []
        stages += pick(T.CLOSINGS_ASR)
        notes = T.NOTES
    else:
        stages = pick(T.CHAT_WELCOME) + [open_chat] + pick(T.VERIFY_CHAT) + [mid_chat]
        stages += pick(T.STEPS_CHAT[step])
        stages += pick(T.CONTACT_CHAT) if rng.random() < 0.5 else []
        stages += pick(T.PIN_CHAT) if rng.random() < 0.15 else []
        stages += pick(T.CLOSINGS_CHAT)
        notes = T.CHAT_NOTES
    if rng.random() < 0.75:
        issue, detail = T.NOTE_ISSUES[domain]
        stages.append((("n", rng.choice(notes).replace("{issue}", issue).replace("{detail}", detail)),))
    return [tuple((code, t.replace("{company}", company)) for code, t in block) for block in stages]


def _turns(stages: list, profile: ProfileM, rng: random.Random) -> list[dict]:
    asr, turns = profile.asr, []
    for block in stages:
        for code, template in block:
            profile.speaker = speaker = "customer" if code == "c" else "agent"
            profile.bot = code == "b"
            for message in ([template.replace("||", " ")] if asr else template.split("||")):
                if code == "n":  # the note is typed, whatever the call's style
                    profile.asr = False
                text, spans, distractors = render_one(message, profile, rng)
                profile.asr = asr
                turn = {"speaker": speaker, "text": text, "spans": spans, "distractors": distractors, "who": code}
                prev = turns[-1] if turns else None
                if asr and prev and prev["who"] == code and code in "ac":
                    if prev["text"][-1:].isalnum():
                        prev["text"] += "."
                    shift = len(prev["text"]) + 1
                    prev["text"] += " " + text
                    for s in spans + distractors:
                        s["start"] += shift
                        s["end"] += shift
                    prev["spans"] += spans
                    prev["distractors"] += distractors
                    continue
                turns.append(turn)
    return turns


def _stamp_turns(turns: list[dict], profile: ProfileM, company: str, rng: random.Random) -> None:
    if profile.asr:
        labels = rng.choice(_LABELS)
        agent_idx = 0 if labels[0] == "AGENT" or rng.random() < 0.5 else 1
        seconds = rng.randint(0, 15)
        for turn in turns:
            seconds += rng.randint(2, 6) + len(turn["text"]) // 18
            code = turn.pop("who")
            who = "IVR" if code == "b" else labels[agent_idx if code == "a" else 1 - agent_idx]
            if code == "n":
                continue
            h, rest = divmod(seconds, 3600)
            prefix_turn(f"{h:02d}:{rest // 60:02d}:{rest % 60:02d}", who, None, profile, turn)
        return
    day, month = rng.randint(1, 28), rng.choice((11, 12))
    minute = rng.randint(8 * 60, 21 * 60)
    by_number = rng.random() < 0.35
    tel = profile.raw["TEL"]
    display = f"+234 {tel[1:4]} {tel[4:7]} {tel[7:]}" if by_number else \
        rng.choice((profile.customer.full, profile.customer.first))
    for turn in turns:
        code = turn.pop("who")
        minute += rng.choice((0, 0, 1, 1, 2, 3))
        if code == "n":
            continue
        stamp = f"{minute // 60 % 24:02d}:{minute % 60:02d}, {day:02d}/{month:02d}/2026"
        if code == "c":
            prefix_turn(stamp, display, "PHONE_NUMBER" if by_number else "PERSON", profile, turn)
        else:
            prefix_turn(stamp, company, None, profile, turn)


def assemble(index: int, split: str, style: str, names, rng: random.Random) -> dict[str, Any]:
    """One conversation of 10-36 turns (stage lists are drawn again until the length fits)."""
    profile = ProfileM(names.name(), names.name(), style, rng, third=names.name())
    domain = rng.choice(sorted(DOMAINS))
    profile.domain = domain
    while True:
        turns = _turns(_stages(domain, profile, rng), profile, rng)
        if 10 <= len(turns) <= 36:
            break
    _stamp_turns(turns, profile, DOMAINS[domain][0], rng)
    for turn in turns:
        verify(turn["text"], turn["spans"] + turn["distractors"])
    return {"conversation_id": f"{split}-{style}-{index:04d}", "style": style, "split": split, "turns": turns}
