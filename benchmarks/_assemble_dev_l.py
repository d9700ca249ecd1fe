"""Assemble one ``dev_l`` conversation and render its templates in the family's own style.

Speech: the engine's raw output: lower case (or, for a third of calls, sentence-initial capitals, ``I`` and
names capitalised), no punctuation, fillers, words it was unsure of printed ``<unk>``, ``[inaudible]`` gaps, cut-off
words (``addr- address``); turns of one side that meet are one turn. Chat: a message may hold a pasted e-mail,
ticket, form or signature (``\\n``); ``||`` splits a template into consecutive messages of one side.
"""
from __future__ import annotations

import random
import re
from typing import Any

from benchmarks import _speech_dev_l as S
from benchmarks import _templates_dev_l as T
from benchmarks import _typing_dev_l as W
from benchmarks._domains_dev_l import DOMAINS, UNITS
from benchmarks._profile_dev_l import ProfileL
from benchmarks.generate_transcripts import _iter_parts, verify

_KEEP = re.compile(r"\[[a-z ]+\]|<unk>")
_DROP = re.compile(r"[,.?!;:\"()=|_*#>/]")
_FILLERS = ("uh", "um", "er", "hmm")
_HINGLISH = ("mera", "naya", "kar ", "dijiye", "accha", "kab tak")
_SPANISH = ("Hola", "cuenta", "gracias", "nombre", "hijo", "Saludos")


def _speech_words(text: str, profile: ProfileL, rng: random.Random) -> str:
    """Template words as the engine prints them (never touches a value)."""
    tokens = _KEEP.split(text)
    kept = _KEEP.findall(text)
    parts = []
    for i, chunk in enumerate(tokens):
        chunk = _DROP.sub(" ", chunk.replace("\n", " ").replace("—", " ").lower())
        chunk = re.sub(r"[^\w\s'<>\[\]-]", " ", chunk)
        words = []
        for word in chunk.split(" "):
            if not word:
                continue
            roll = rng.random()
            if roll < 0.04 and (not words or words[-1] not in _FILLERS):
                words.append(rng.choice(_FILLERS))
            if roll > 0.985 and len(word) > 3:
                words.append("<unk>")
                continue
            if 0.955 < roll <= 0.97 and len(word) >= 5 and word.isalpha():
                word = S.cut_off(word)
            elif 0.97 < roll <= 0.978:
                words.append("[inaudible]")
            words.append(word)
        parts.append(" ".join(words))
        if i < len(kept):
            parts.append(kept[i])
    out = " ".join(p for p in parts if p)
    if profile.cased:
        out = re.sub(r"\bi\b", "I", re.sub(r"\bi'", "I'", out))
    lead, trail = " " if text[:1].isspace() else "", " " if text[-1:].isspace() else ""
    return (lead + out + trail) if out else (" " if text.strip() == "" and text else lead or trail)


def render_one(template: str, profile: ProfileL, rng: random.Random) -> tuple[str, list[dict], list[dict]]:
    """(text, gold spans, distractor spans) of one message or spoken turn, offsets verified."""
    text, spans, distractors = "", [], []
    asr = profile.asr
    for kind, piece in _iter_parts(template):
        if kind == "lit":
            if asr:
                lit = _speech_words(piece, profile, rng)
            else:
                lit = W.slip(piece, rng, 0.12) if profile.speaker == "customer" and profile.sloppy else piece
            if asr and text and not text.endswith(" ") and lit and not lit.startswith(" "):
                lit = " " + lit
            text += lit.lstrip(" ") if (not text or text.endswith((" ", "\n"))) else lit
            continue
        if asr and text and not text.endswith(" "):
            text += " "
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
    if asr:
        text = re.sub(r" {2,}", " ", text) if not spans and not distractors else text
    text = text.rstrip()
    verify(text, spans + distractors)
    return text, spans, distractors


def capitalise(text: str, profile: ProfileL) -> str:
    """The engine's cased mode starts a turn with a capital (offsets unchanged)."""
    return text[0].upper() + text[1:] if profile.asr and profile.cased and text[:1].islower() else text


def _fits(block, profile: ProfileL) -> bool:
    words = " ".join(t for _, t in block)
    if any(m in words for m in _HINGLISH):
        return profile.country == "in" or profile.customer.origin == "south_asian"
    if any(m in words for m in _SPANISH):
        return profile.customer.origin == "hispanic"
    return True


def _stages(domain: str, profile: ProfileL, rng: random.Random) -> list:
    _, _, open_asr, open_chat, mid_asr, mid_chat, step = DOMAINS[domain]
    asr = profile.asr

    def pick(blocks, k=1):  # a domain's only chat block may code-switch whoever the customer is
        fitting = [b for b in blocks if _fits(b, profile)]
        return rng.sample(fitting if len(fitting) >= k else list(blocks), k)

    steps = T.STEPS_ASR if asr else T.STEPS_CHAT
    bank = "iban" if profile.country == "ie" else "bank"
    step = bank if step == "bank" else step
    stages = pick(open_asr if asr else open_chat)
    if asr and rng.random() < 0.3:
        stages += pick(T.HOLD)
    if asr and rng.random() < 0.7:
        stages += pick(T.NAME_ASR)
    stages += pick(T.VERIFY_ASR if asr else T.VERIFY_CHAT)
    stages += pick(mid_asr if asr else mid_chat)
    stages += pick(T.CONTACT_ASR if asr else T.CONTACT_CHAT, rng.choice((1, 2)))
    stages += pick(steps[step])
    if rng.random() < 0.6:
        stages += pick(steps[rng.choice([k for k in ("natid", "none", bank, "card") if k != step])])
    return stages + pick(T.CLOSINGS_ASR if asr else T.CLOSINGS_CHAT)


def _turns(stages: list, profile: ProfileL, rng: random.Random) -> list[dict]:
    asr, turns = profile.asr, []
    for block in stages:
        for code, template in block:
            profile.speaker = speaker = "agent" if code == "a" else "customer"
            for message in ([template.replace("||", " ")] if asr else template.split("||")):
                text, spans, distractors = render_one(message, profile, rng)
                if asr and turns and turns[-1]["speaker"] == speaker:
                    prev, shift = turns[-1], len(turns[-1]["text"]) + 1
                    prev["text"] += " " + text
                    for s in spans + distractors:
                        s["start"] += shift
                        s["end"] += shift
                    prev["spans"] += spans
                    prev["distractors"] += distractors
                    continue
                turns.append({"speaker": speaker, "text": text, "spans": spans, "distractors": distractors})
    for turn in turns:
        turn["text"] = capitalise(turn["text"], profile)
    return turns


def assemble(index: int, split: str, style: str, names, rng: random.Random) -> dict[str, Any]:
    """One conversation of 12-30 turns (stage lists are drawn again until the length fits)."""
    profile = ProfileL(names.name(), names.name(), style, rng, third=names.name())
    domain = rng.choice(sorted(DOMAINS))
    profile.thing, profile.ref_prefix, profile.unit = DOMAINS[domain][0], DOMAINS[domain][1], UNITS[domain]
    profile.sloppy = style == "chat" and rng.random() < 0.5
    while True:
        turns = _turns(_stages(domain, profile, rng), profile, rng)
        if 12 <= len(turns) <= 30:
            break
    return {"conversation_id": f"{split}-{style}-{index:04d}", "style": style, "split": split, "turns": turns}
