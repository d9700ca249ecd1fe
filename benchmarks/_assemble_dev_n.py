"""Assemble one ``dev_n`` conversation and render its templates in the family's own style.

Calls: the platform's caption export, SRT cues (index line, ``00:01:05,120 --> 00:01:07,400``, text of at most
two lines wrapped near 42 characters, the first cue of a turn opening with the speaker tag); a long turn becomes
several cues, never cut inside a value, but a line may wrap inside one. Index and timing lines are neutral
``stamp`` look-alikes. Digits per call as numerals, English words or (caller) Tagalog words; Taglish fillers.
Chats: a Viber Business CSV export, one row per message: ``DD/MM/YYYY,H:MM AM,Sender,Phone,"text"``; the
customer's sender name is PERSON, their number (when the export has it) PHONE_NUMBER on every row.
"""
from __future__ import annotations

import random
import re
from typing import Any

from benchmarks import _templates_dev_n as T
from benchmarks._domains_dev_n import DOMAINS
from benchmarks._profile_dev_n import ProfileN
from benchmarks.generate_transcripts import _iter_parts, verify

_FILLERS = ("ano,", "uhm,", "ah,", "bale,", "parang")
_ABBR = ((r"\bplease\b", "pls"), (r"\bthanks\b", "tnx"), (r"\bnaman\b", "nmn"), (r"\bkasi\b", "ksi"),
         (r"\blang\b", "lng"), (r"\bdito\b", "d2"), (r"\byou\b", "u"), (r"\bpo\b", "poh"), (r"\bako\b", "aq"),
         (r"\bhindi\b", "hnd"), (r"\byung\b", "ung"))
_TAGS = (("AGENT", "CUSTOMER"), ("Agent", "Caller"), ("SPEAKER 1", "SPEAKER 2"))
_TAG_FORMS = ("{}: ", "[{}] ", ">> {}: ")
_CUE, _LINE = 84, 42


def _speech_words(text: str, rng: random.Random, at_start: bool) -> str:
    out = []
    for word in text.split(" "):
        if word and word[0].isalpha() and rng.random() < 0.04 and not (at_start and not out) \
                and word.strip(",.") != "po" and word.lower() not in _FILLERS \
                and (not out or out[-1].lower() not in _FILLERS):
            out.append(rng.choice(_FILLERS))
        out.append(word)
    return " ".join(out)


def _typed(text: str, rng: random.Random) -> str:
    for pattern, short in _ABBR:
        if rng.random() < 0.6:
            text = re.sub(pattern, short, text)
    return text.lower() if rng.random() < 0.5 else text


def render_one(template: str, profile: ProfileN, rng: random.Random) -> tuple[str, list[dict], list[dict]]:
    """(text, gold spans, distractor spans) of one message or spoken turn, offsets verified."""
    text, spans, distractors = "", [], []
    for kind, piece in _iter_parts(template):
        if kind == "lit":
            if profile.asr and profile.speaker == "customer":
                piece = _speech_words(piece, rng, not text)
            elif not profile.asr and profile.speaker == "customer" and profile.texty:
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
    if profile.asr:  # the caption engine capitalises sentence starts (not inside a value)
        inside = lambda i: any(s["start"] <= i < s["end"] for s in spans + distractors)  # noqa: E731
        starts = [0] + [m.end() for m in re.finditer(r"[.?!] ", text)]
        for i in starts:
            if i < len(text) and text[i].islower() and not inside(i):
                text = text[:i] + text[i].upper() + text[i + 1:]
    stripped = text.rstrip()
    verify(stripped, spans + distractors)
    return stripped, spans, distractors


def _ts(ms: int) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def _cuts(text: str, protected: list[tuple[int, int]]) -> list[int]:
    """Positions of the spaces where a new cue starts (never inside a value)."""
    free = lambda i: text[i] == " " and not any(a <= i < b for a, b in protected)  # noqa: E731
    cuts, pos = [], 0
    while len(text) - pos > _CUE:
        j = next((i for i in range(pos + _CUE, pos + 10, -1) if free(i)), None)
        if j is None:
            j = next((i for i in range(pos + _CUE, len(text)) if free(i)), None)
        if j is None:
            break
        cuts.append(j)
        pos = j + 1
    return cuts


def caption_cue(turn: dict, tag: str, index: int, start_ms: int, rng: random.Random) -> tuple[int, int]:
    """Rewrite ``turn`` as SRT cues (the first opening with ``tag``); returns (next index, end time in ms)."""
    text = tag + turn["text"]
    marks = turn["spans"] + turn["distractors"]
    for s in marks:
        s["start"] += len(tag)
        s["end"] += len(tag)
    bounds = [-1] + _cuts(text, [(s["start"], s["end"]) for s in marks]) + [len(text)]
    out, shift, stamps = "", {}, []
    for a, b in zip(bounds, bounds[1:]):
        chunk = text[a + 1:b]
        if len(chunk) > _LINE:  # two lines, wrapped at the space nearest the middle (inside a value or not)
            spaces = [i for i, ch in enumerate(chunk) if ch == " "]
            k = min(spaces, key=lambda i: abs(i - len(chunk) // 2), default=-1)
            if k > 0:
                chunk = chunk[:k] + "\n" + chunk[k + 1:]
        end_ms = start_ms + 500 + 55 * len(chunk)
        header = f"{index}\n{_ts(start_ms)} --> {_ts(end_ms)}\n"
        if out:
            out += "\n\n"
        stamps += [{"start": len(out), "end": len(out) + len(str(index)), "kind": "stamp"},
                   {"start": len(out) + len(str(index)) + 1, "end": len(out) + len(header) - 1, "kind": "stamp"}]
        shift[(a + 1, b)] = len(out) + len(header) - (a + 1)
        out += header + chunk
        index, start_ms = index + 1, end_ms + rng.randint(0, 300)
    for s in marks:
        delta = next(d for (a, b), d in shift.items() if a <= s["start"] < b)
        s["start"] += delta
        s["end"] += delta
    turn["text"], turn["distractors"] = out, stamps + turn["distractors"]
    return index, start_ms


def csv_row(turn: dict, stamp: str, sender: str, phone: str | None, profile: ProfileN, customer: bool = True) -> None:
    """Rewrite ``turn`` as one CSV row ``stamp,sender,phone,"text"`` (sender and phone labelled for the customer)."""
    assert '"' not in turn["text"]
    head = f"{stamp},{sender},{phone or ''},\""
    extra_s = []
    if customer:
        extra_s.append({"start": len(stamp) + 1, "end": len(stamp) + 1 + len(sender), "label": "PERSON",
                        "origin": profile.customer.origin})
        if phone:
            at = len(stamp) + len(sender) + 2
            extra_s.append({"start": at, "end": at + len(phone), "label": "PHONE_NUMBER"})
    for s in turn["spans"] + turn["distractors"]:
        s["start"] += len(head)
        s["end"] += len(head)
    turn["text"] = head + turn["text"] + '"'
    turn["spans"] = extra_s + turn["spans"]
    turn["distractors"] = [{"start": 0, "end": len(stamp), "kind": "stamp"}] + turn["distractors"]


def _stages(domain: str, profile: ProfileN, rng: random.Random) -> list:
    company, open_asr, open_chat, mid_asr, mid_chat, step = DOMAINS[domain]
    pick = lambda blocks, k=1: rng.sample(list(blocks), k)  # noqa: E731
    if profile.asr:
        stages = pick(T.AGENT_HELLO_ASR) + (pick(T.NAME_ASR) if rng.random() < 0.5 else [])
        checks = pick(T.VERIFY_ASR, rng.choice((1, 2)))
        if len(checks) == 2 and all("{TEL" in str(b) for b in checks):  # one mobile-number check per call
            checks = checks[:1]
        stages += [open_asr] + checks + [mid_asr] + pick(T.STEPS_ASR[step])
        stages += pick(T.CONTACT_ASR) if rng.random() < 0.5 else []
        stages += pick(T.PIN_ASR) if rng.random() < 0.15 else []
        stages += pick(T.CLOSINGS_ASR)
    else:
        stages = pick(T.CHAT_WELCOME) + [open_chat] + pick(T.VERIFY_CHAT, rng.choice((1, 1, 2))) + [mid_chat]
        stages += pick(T.STEPS_CHAT[step])
        stages += pick(T.CONTACT_CHAT) if rng.random() < 0.5 else []
        stages += pick(T.PIN_CHAT) if rng.random() < 0.15 else []
        stages += pick(T.CLOSINGS_CHAT)
    return [tuple((code, t.replace("{company}", company)) for code, t in block) for block in stages]


def _turns(stages: list, profile: ProfileN, rng: random.Random) -> list[dict]:
    asr, turns = profile.asr, []
    for block in stages:
        for code, template in block:
            profile.speaker = speaker = "customer" if code == "c" else "agent"
            for message in ([template.replace("||", " ")] if asr else template.split("||")):
                text, spans, distractors = render_one(message, profile, rng)
                prev = turns[-1] if turns else None
                if asr and prev and prev["speaker"] == speaker:
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
                turns.append({"speaker": speaker, "text": text, "spans": spans, "distractors": distractors})
    return turns


def _stamp_turns(turns: list[dict], profile: ProfileN, company: str, rng: random.Random) -> None:
    if profile.asr:
        names, form = rng.choice(_TAGS), rng.choice(_TAG_FORMS)
        index, ms = 1, rng.randint(500, 4000)
        for turn in turns:
            tag = form.format(names[0] if turn["speaker"] == "agent" else names[1])
            index, ms = caption_cue(turn, tag, index, ms, rng)
            ms += rng.randint(200, 1500)
        return
    day, month = rng.randint(1, 28), rng.choice((11, 12))
    minute = rng.randint(8 * 60, 21 * 60)
    tel = profile.raw["TEL"]
    phone = rng.choice((f"+63 {tel[1:4]} {tel[4:7]} {tel[7:]}", f"+63{tel[1:]}")) if rng.random() < 0.6 else None
    c = profile.customer
    sender = rng.choice((c.full, c.first, f"{c.first} {c.last}", c.first.split()[0]))
    for turn in turns:
        minute += rng.choice((0, 0, 1, 1, 2, 4))
        hour = minute // 60 % 24
        stamp = f"{day:02d}/{month:02d}/2026,{(hour - 1) % 12 + 1}:{minute % 60:02d} {'AM' if hour < 12 else 'PM'}"
        if turn["speaker"] == "customer":
            csv_row(turn, stamp, sender, phone, profile)
        else:
            csv_row(turn, stamp, company, None, profile, customer=False)


def assemble(index: int, split: str, style: str, names, rng: random.Random) -> dict[str, Any]:
    """One conversation of 10-36 turns (stage lists are drawn again until the length fits)."""
    profile = ProfileN(names.name(), names.name(), style, rng, third=names.name())
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
