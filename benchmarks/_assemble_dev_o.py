"""Assemble one ``dev_o`` conversation and render its templates in the family's own style.

Calls: a WebVTT export of the recording (``WEBVTT`` header on the first turn; each cue a timing line
``00:01:02.340 --> 00:01:05.120`` and text of at most two lines opening with a voice tag ``<v Agent>``); a long turn
becomes several cues, never cut inside a value; timing lines are neutral ``stamp`` look-alikes.
E-mail threads: one e-mail per turn with ``From:`` / ``Sent:`` / ``To:`` / ``Subject:`` headers, a greeting, the
body, a sign-off and a signature block (the customer's name and phone, the agent's name), then the previous e-mail
quoted under ``On <date> at <time>, <Name> <address> wrote:`` with ``> `` lines: every copy of a personal value
is labelled again; header and quote dates are ``stamp`` look-alikes.
"""
from __future__ import annotations

import datetime
import random
import re
from typing import Any

from benchmarks import _templates_dev_o as T
from benchmarks._domains_dev_o import DOMAINS
from benchmarks._profile_dev_o import ProfileO
from benchmarks.generate_transcripts import _iter_parts, verify
from recognizers import entities as E

_FILLERS = ("err,", "uh,", "ah,", "like that,")
_VOICES = (("Agent", "Customer"), ("Speaker 1", "Speaker 2"), ("Agent", "Caller"))
_CUE, _LINE = 84, 42
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MON = ("Nov", "Dec")
_SUBJECTS = {"telco": "Roaming charges on my bill", "bank": "Unauthorised card transaction", "parcel": "Parcel not received",
             "claim": "Follow up on hospitalisation claim", "aircon": "Technician did not turn up"}


def _speech(text: str, rng: random.Random, at_start: bool) -> str:
    out = []
    for word in text.split(" "):
        if word and word[0].isalpha() and rng.random() < 0.035 and (out or not at_start) \
                and (not out or out[-1] not in _FILLERS):
            out.append(rng.choice(_FILLERS))
        out.append(word)
    return " ".join(out)


def render_one(template: str, profile: ProfileO, rng: random.Random) -> tuple[str, list[dict], list[dict]]:
    """(text, gold spans, distractor spans) of one spoken turn or e-mail body, offsets verified."""
    text, spans, distractors = "", [], []
    for kind, piece in _iter_parts(template):
        if kind == "lit":
            if profile.asr and profile.speaker == "customer":
                piece = _speech(piece, rng, not text)
            text += piece
            continue
        if piece in profile.PLAIN:
            text += profile.plain(piece)
            continue
        if piece.isupper() or (piece[:1].isupper() and "_" in piece):
            value = profile.value(piece)
            span: dict[str, Any] = {"start": len(text), "end": len(text) + len(value), "label": profile.label(piece)}
            if profile.origin(piece):
                span["origin"] = profile.origin(piece)
            spans.append(span)
        else:
            value = profile.distractor(piece, rng, profile.style)
            distractors.append({"start": len(text), "end": len(text) + len(value), "kind": piece})
        text += value
    if profile.asr:
        inside = lambda i: any(s["start"] <= i < s["end"] for s in spans + distractors)  # noqa: E731
        for i in [0] + [m.end() for m in re.finditer(r"[.?!] ", text)]:
            if i < len(text) and text[i].islower() and not inside(i):
                text = text[:i] + text[i].upper() + text[i + 1:]
    stripped = text.rstrip()
    verify(stripped, spans + distractors)
    return stripped, spans, distractors


def _ts(ms: int) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def _cuts(text: str, protected: list[tuple[int, int]]) -> list[int]:
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


def vtt_cue(turn: dict, voice: str, start_ms: int, rng: random.Random) -> int:
    """Rewrite ``turn`` as WebVTT cues, each opening with ``<v voice>``; returns the end time in ms."""
    text, marks = turn["text"], turn["spans"] + turn["distractors"]
    bounds = [-1] + _cuts(text, [(s["start"], s["end"]) for s in marks]) + [len(text)]
    out, shift, stamps = "", {}, []
    for a, b in zip(bounds, bounds[1:]):
        chunk = text[a + 1:b]
        if len(chunk) > _LINE:
            protected = [(s["start"] - a - 1, s["end"] - a - 1) for s in marks]
            spaces = [i for i, ch in enumerate(chunk) if ch == " " and not any(x <= i < y for x, y in protected)]
            k = min(spaces, key=lambda i: abs(i - len(chunk) // 2), default=-1)
            if k > 0:
                chunk = chunk[:k] + "\n" + chunk[k + 1:]
        end_ms = start_ms + 400 + 60 * len(chunk)
        timing = f"{_ts(start_ms)} --> {_ts(end_ms)}"
        if out:
            out += "\n\n"
        stamps.append({"start": len(out), "end": len(out) + len(timing), "kind": "stamp"})
        head = f"{timing}\n<v {voice}>"
        shift[(a + 1, b)] = len(out) + len(head) - (a + 1)
        out += head + chunk
        start_ms = end_ms + rng.randint(0, 250)
    for s in marks:  # a value never crosses a cue, so one shift moves both ends
        delta = next(d for (a, b), d in shift.items() if a <= s["start"] < b)
        s["start"] += delta
        s["end"] += delta
    turn["text"], turn["distractors"] = out, stamps + turn["distractors"]
    return start_ms


class _Doc:
    """Text with spans and distractors built piece by piece."""

    def __init__(self) -> None:
        self.text, self.spans, self.dist = "", [], []

    def lit(self, s: str) -> None:
        self.text += s

    def span(self, s: str, label: str, origin: str | None = None) -> None:
        d: dict[str, Any] = {"start": len(self.text), "end": len(self.text) + len(s), "label": label}
        if origin:
            d["origin"] = origin
        self.spans.append(d)
        self.text += s

    def stamp(self, s: str) -> None:
        self.dist.append({"start": len(self.text), "end": len(self.text) + len(s), "kind": "stamp"})
        self.text += s

    def add(self, text: str, spans: list[dict], dist: list[dict], prefix: str = "") -> None:
        """Append ``text`` (``prefix`` before every line, as a quote marker), moving its marks along."""
        base = len(self.text)
        lines_before = lambda i: text.count("\n", 0, i)  # noqa: E731
        at = lambda i: base + i + len(prefix) * (lines_before(i) + 1)  # noqa: E731
        for src, dst in ((spans, self.spans), (dist, self.dist)):
            for m in src:
                dst.append({**m, "start": at(m["start"]), "end": at(m["end"])})
        self.text += prefix + text.replace("\n", "\n" + prefix)


def _stages(domain: str, profile: ProfileO, rng: random.Random) -> list:
    company, _, open_asr, open_chat, mid_asr, mid_chat, step = DOMAINS[domain]
    pick = lambda blocks, k=1: rng.sample(list(blocks), k)  # noqa: E731
    if profile.asr:
        stages = pick(T.AGENT_HELLO_ASR) + (pick(T.NAME_ASR) if rng.random() < 0.6 else [])
        stages += [open_asr] + pick(T.VERIFY_ASR, rng.choice((1, 2))) + [mid_asr] + list(T.STEPS_ASR[step])
        stages += pick(T.CONTACT_ASR) if rng.random() < 0.5 else []
        stages += pick(T.CLOSINGS_ASR)
    else:
        stages = [open_chat] + pick(T.VERIFY_CHAT, rng.choice((1, 2))) + [mid_chat] + list(T.STEPS_CHAT[step])
        stages += pick(T.CONTACT_CHAT) if rng.random() < 0.4 else []
        stages += pick(T.CLOSINGS_CHAT)
    return [(code, t.replace("{company}", company)) for block in stages for code, t in block]


def _asr(lines: list, profile: ProfileO, rng: random.Random) -> list[dict]:
    turns: list[dict] = []
    for code, template in lines:
        profile.speaker = speaker = "customer" if code == "c" else "agent"
        text, spans, dist = render_one(template, profile, rng)
        prev = turns[-1] if turns else None
        if prev and prev["speaker"] == speaker:
            shift = len(prev["text"]) + 1
            prev["text"] += " " + text
            prev["spans"] += [{**s, "start": s["start"] + shift, "end": s["end"] + shift} for s in spans]
            prev["distractors"] += [{**d, "start": d["start"] + shift, "end": d["end"] + shift} for d in dist]
            continue
        turns.append({"speaker": speaker, "text": text, "spans": spans, "distractors": dist})
    voices = rng.choice(_VOICES)
    ms = rng.randint(300, 3000)
    for turn in turns:
        ms = vtt_cue(turn, voices[turn["speaker"] == "customer"], ms, rng) + rng.randint(200, 1500)
    header = rng.choice(("WEBVTT\n\n", "WEBVTT - call recording transcript\n\n", "WEBVTT\nKind: captions\nLanguage: en\n\n"))
    first = turns[0]
    for m in first["spans"] + first["distractors"]:
        m["start"] += len(header)
        m["end"] += len(header)
    first["text"] = header + first["text"]
    return turns


def _email_thread(lines: list, profile: ProfileO, domain: str, rng: random.Random) -> list[dict]:
    company, mail_domain = DOMAINS[domain][:2]
    c, agent = profile.customer, profile.agent
    support = (f"{company} Customer Care", f"{rng.choice(('support', 'care', 'help'))}@{mail_domain}")
    subject, day, minute = _SUBJECTS[domain], rng.randint(1, 27), rng.randint(8 * 60, 17 * 60)
    month, cust_display = rng.choice(_MON), rng.choice((c.full, c.full, c.called))
    turns, prev = [], None
    for n, (code, template) in enumerate(lines):
        profile.speaker = speaker = "customer" if code == "c" else "agent"
        body = render_one(template, profile, rng)
        minute += rng.randint(20, 400)
        day, minute = day + minute // (24 * 60), minute % (24 * 60)
        date = datetime.date(2026, 11 + _MON.index(month), min(day, 30))
        stamp = f"{_DAYS[date.weekday()]}, {date.day} {month} 2026 {minute // 60:02d}:{minute % 60:02d}"
        core = _Doc()
        if speaker == "customer":
            core.lit(rng.choice(("Hi team,", "Dear Sir/Madam,", f"Hello {company},", "Hi,")) + "\n\n")
        else:
            core.lit(rng.choice(("Dear ", "Hi ")))
            if rng.random() < 0.5:
                core.lit(f"{profile.plain('title')} ")
                core.span(c.surname, E.PERSON, c.origin)
            else:
                core.span(c.called, E.PERSON, c.origin)
            core.lit(",\n\n")
        core.add(*body)
        if speaker == "customer":
            core.lit("\n\n" + rng.choice(("Regards,", "Thanks,", "Thank you.", "Best regards,")) + "\n")
            core.span(rng.choice((c.full, c.called)), E.PERSON, c.origin)
            if rng.random() < 0.7:
                core.lit("\n" + rng.choice(("", "HP: ", "Mobile: ", "Tel ")))
                core.span(profile.value("TEL"), E.PHONE_NUMBER)
            if rng.random() < 0.3:
                core.lit("\n\nSent from my iPhone")
        else:
            core.lit("\n\n" + rng.choice(("Warm regards,", "Best regards,", "Yours sincerely,")) + "\n")
            core.span(agent.full, E.PERSON, agent.origin)
            core.lit(f"\nCustomer Care Executive, {company}")
        doc = _Doc()
        doc.lit("From: ")
        if speaker == "customer":
            doc.span(cust_display, E.PERSON, c.origin)
            doc.lit(" <")
            doc.span(profile.raw["MAIL"], E.EMAIL_ADDRESS)
            doc.lit(">\nSent: ")
        else:
            doc.lit(f"{support[0]} <{support[1]}>\nSent: ")
        doc.stamp(stamp)
        doc.lit("\nTo: ")
        if speaker == "customer":
            doc.lit(f"{support[0]} <{support[1]}>")
        else:
            doc.span(profile.raw["MAIL"], E.EMAIL_ADDRESS)
        doc.lit(f"\nSubject: {'RE: ' * (n > 0)}{subject}\n\n")
        doc.add(core.text, core.spans, core.dist)
        if prev is not None:
            p_speaker, p_stamp, p_core = prev
            date_part, time_part = p_stamp.rsplit(" ", 1)
            doc.lit("\n\nOn ")
            doc.stamp(f"{date_part} at {time_part}")
            doc.lit(", ")
            if p_speaker == "customer":
                doc.span(cust_display, E.PERSON, c.origin)
                doc.lit(" <")
                doc.span(profile.raw["MAIL"], E.EMAIL_ADDRESS)
                doc.lit("> wrote:\n")
            else:
                doc.lit(f"{support[0]} <{support[1]}> wrote:\n")
            doc.add(p_core.text, p_core.spans, p_core.dist, prefix="> ")
        prev = (speaker, stamp, core)
        verify(doc.text, doc.spans + doc.dist)
        turns.append({"speaker": speaker, "text": doc.text, "spans": doc.spans, "distractors": doc.dist})
    return turns


def assemble(index: int, split: str, style: str, names, rng: random.Random) -> dict[str, Any]:
    """One call of 10-36 turns or one e-mail thread of 4-12 e-mails."""
    profile = ProfileO(names.name(), names.name(), style, rng, third=names.name())
    domain = rng.choice(sorted(DOMAINS))
    while True:
        lines = _stages(domain, profile, rng)
        if profile.asr:
            turns = _asr(lines, profile, rng)
            if 10 <= len(turns) <= 36:
                break
        else:
            turns = _email_thread(lines, profile, domain, rng)
            if 4 <= len(turns) <= 12:
                break
    for turn in turns:
        verify(turn["text"], turn["spans"] + turn["distractors"])
    return {"conversation_id": f"{split}-{style}-{index:04d}", "style": style, "split": split, "turns": turns}
