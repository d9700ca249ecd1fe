"""Assemble one ``dev_k`` conversation and render its templates in the family's own style.

Speech: cased, punctuated turns with disfluencies (``I- I``, ``uh,``, a repeated word); turns of one side
that meet are one turn; now and then the diarizer glues the end of the agent's question to the start of the
caller's answer. Chat: ``||`` splits a template into consecutive messages of one side, which stay separate
turns, as do two stages that meet on the same side; a virtual assistant may open the chat.
"""
from __future__ import annotations

import random
from typing import Any

from benchmarks import _templates_dev_k as T
from benchmarks._domains_dev_k import DOMAINS
from benchmarks._profile_dev_k import ProfileK
from benchmarks.generate_transcripts import _iter_parts, verify

_STARTERS = ("I", "It's", "It", "My", "The", "I'm", "That's", "We", "Yeah,", "So")
_FILLERS = ("uh", "um", "erm")


def _disfluent(text: str, rng: random.Random, rate: float, glued: bool) -> str:
    """Fillers, stutters and repeated words between template words (never inside a value)."""
    out: list[str] = []
    for i, word in enumerate(text.split(" ")):
        roll = rng.random()
        after_filler = bool(out) and out[-1].lower().rstrip(",") in _FILLERS
        if not word[:1].isalpha() or (i == 0 and glued) or after_filler or word.lower().rstrip(",") in _FILLERS:
            out.append(word)
            continue
        if word in _STARTERS and roll < rate * 2:
            out.append(word.rstrip(",") + "-")
        elif roll < rate:
            out.append(rng.choice(_FILLERS) + ",")
        elif roll < rate * 1.3 and word.isalpha() and len(word) < 6:
            out.append(word)
        out.append(word)
    return " ".join(out)


def render_one(template: str, profile: ProfileK, rng: random.Random) -> tuple[str, list[dict], list[dict]]:
    """(text, gold spans, distractor spans) of one message or one spoken turn, offsets verified."""
    text, spans, distractors = "", [], []
    asr = profile.style == "asr"
    rate = 0.0 if not asr or profile.speaker == "agent" else 0.035
    for kind, piece in _iter_parts(template):
        if kind == "lit":
            lit = _disfluent(piece, rng, rate, bool(text)) if asr else profile.literal(piece, rng)
            core = "\n".join(" ".join(w for w in line.split(" ") if w) for line in lit.split("\n"))
            lit = (" " if lit.startswith(" ") else "") + core + (" " if lit.endswith(" ") and core else "")
            if text.endswith(".") and lit.startswith("."):
                lit = lit[1:]  # "p.m." ends the sentence
            text += lit.lstrip() if not text or text.endswith((" ", "\n")) else lit
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
    text = text.rstrip()
    if asr and text[:1].islower():
        text = text[0].upper() + text[1:]  # the engine starts a turn with a capital
    verify(text, spans + distractors)
    return text, spans, distractors


def _stages(domain: str, style: str, proxy: bool, rng: random.Random) -> list:
    thing, prefix, openings, middles, step = DOMAINS[domain]
    asr = style == "asr"

    def pick(blocks):
        return rng.choice([b for b in blocks if not (asr and T.chat_only(b))])

    stages = [] if asr or rng.random() < 0.5 else [rng.choice(T.BOT_OPEN), T.HANDOVER]
    stages.append(rng.choice(T.PROXY if proxy else openings))  # their '||' is one turn in speech
    if asr and rng.random() < 0.6:
        stages.append(pick(T.SPELL_ASR))
    verify_blocks = T.VERIFY_ASR if asr else T.VERIFY_CHAT
    first_check = pick(verify_blocks)
    stages += [first_check] + rng.sample(middles, rng.randint(1, len(middles)))
    contact = T.CONTACT_ASR if asr else T.CONTACT_CHAT
    stages += rng.sample([b for b in contact if not (asr and T.chat_only(b))], 1 if asr else rng.choice((1, 2, 2)))
    stages.append(pick(T.STEPS[step]))
    extra = rng.choice([k for k in ("natid", "bank", "none", "card") if k != step])
    if rng.random() < 0.5:
        stages.append(pick(T.STEPS[extra]))
    if rng.random() < 0.3:
        stages.append(pick([b for b in verify_blocks if b is not first_check]))
    return stages + [pick(T.CLOSINGS_ASR if asr else T.CLOSINGS_CHAT)]


def _glue(turns: list[dict], rng: random.Random) -> None:
    """Diarization error: the last words of an agent question open the caller's next turn."""
    for agent, caller in zip(turns, turns[1:]):
        if agent["speaker"] != "agent" or caller["speaker"] != "customer" or not agent["text"].endswith("?"):
            continue
        words = agent["text"].split(" ")
        if len(words) < 6 or rng.random() > 0.1:
            continue
        cut = len(" ".join(words[: len(words) - rng.randint(2, 4)]))
        if any(s["end"] > cut for s in agent["spans"] + agent["distractors"]):
            continue
        tail = agent["text"][cut + 1:]
        agent["text"] = agent["text"][:cut].rstrip(",")
        caller["text"] = f"{tail} {caller['text']}"
        for s in caller["spans"] + caller["distractors"]:
            s["start"] += len(tail) + 1
            s["end"] += len(tail) + 1
        verify(caller["text"], caller["spans"] + caller["distractors"])


def _turns(stages: list, profile: ProfileK, rng: random.Random) -> list[dict]:
    asr, turns = profile.style == "asr", []
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
    if asr:
        _glue(turns, rng)
    return turns


def assemble(index: int, split: str, style: str, names, rng: random.Random) -> dict[str, Any]:
    """One conversation of 12-30 turns (stage lists are drawn again until the length fits)."""
    profile = ProfileK(names.name(), names.name(), style, rng, third=names.name())
    domain = rng.choice(sorted(DOMAINS))
    profile.thing, profile.ref_prefix = DOMAINS[domain][0], DOMAINS[domain][1]
    proxy = rng.random() < (0.3 if style == "asr" else 0.12)
    if proxy:
        profile.caller = names.name()
    while True:
        turns = _turns(_stages(domain, style, proxy, rng), profile, rng)
        if 12 <= len(turns) <= 30:
            break
    return {"conversation_id": f"{split}-{style}-{index:04d}", "style": style, "split": split, "turns": turns}
