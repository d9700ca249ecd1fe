"""Assemble one ``dev_p`` conversation and render its templates in the family's own export formats.

Calls: a contact-centre analytics JSON export flattened one turn per record: each turn holds one or more segment
objects (``{"ParticipantId": "CUSTOMER", "Id": ..., "Content": ..., "BeginOffsetMillis": ..., "EndOffsetMillis":
..., "Sentiment": ...}`` or a second vendor's ``participantPurpose`` / ``phrase`` / ``startTimeMs`` / ``duration`` /
``sentimentScore``); a long turn is split at sentence ends, never inside a value; the first turn opens the export
header, the last closes it. Every offset, duration, id, score and version is a neutral ``stamp`` look-alike.
Tickets: a helpdesk HTML export, one comment per turn: the ticket header on the first (requester name family name
first, ``mailto:`` link), an author line with a ``stamp`` date, the body in ``<p>`` / ``<br>`` with ``&amp;``,
``&#39;`` and ``&nbsp;``, a signature, then the previous comment quoted in ``<blockquote>``: every copy of a
personal value is labelled again; an e-mail in ``href="mailto:..."`` and in the link text are two spans.
"""
from __future__ import annotations

import random
import re
from typing import Any

from benchmarks import _templates_dev_p as T
from benchmarks._domains_dev_p import DOMAINS
from benchmarks._export_dev_p import Doc, display, html_body, new_id, segments
from benchmarks._profile_dev_p import ProfileP
from benchmarks.generate_transcripts import _iter_parts, verify
from recognizers import entities as E

_FILLERS = ("umm,", "yani,", "you know,", "err,")
_SUBJECTS = {"telco": "Roaming charges on my bill", "bank": "Unauthorised card transaction", "parcel": "Order delivered but not received",
             "claim": "Pending medical claim", "utility": "Electricity disconnected after payment"}


def _speech(text: str, rng: random.Random, at_start: bool) -> str:
    out = []
    for word in text.split(" "):
        if word and word[0].isalpha() and rng.random() < 0.03 and (out or not at_start) \
                and (not out or out[-1] not in _FILLERS):
            out.append(rng.choice(_FILLERS))
        out.append(word)
    return " ".join(out)


def render_one(template: str, profile: ProfileP, rng: random.Random) -> tuple[str, list[dict], list[dict]]:
    """(text, gold spans, distractor spans) of one spoken turn or ticket body, offsets verified."""
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
    stripped = text.rstrip()
    verify(stripped, spans + distractors)
    return stripped, spans, distractors


def _asr(lines: list, profile: ProfileP, rng: random.Random) -> list[dict]:
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
    vendor, ms = rng.choice((0, 1)), rng.randint(300, 3000)
    for turn in turns:
        ms = segments(turn, turn["speaker"], ms, rng, vendor) + rng.randint(200, 1500)
    head = Doc()
    if vendor == 0:
        head.lit('{"Version": "')
        head.stamp("1.1.0")
        head.lit('", "Channel": "VOICE", "ContactId": "')
        head.stamp(new_id(rng))
        head.lit('", "LanguageCode": "en-US", "Transcript": [\n')
    else:
        head.lit('{"conversationId": "')
        head.stamp(new_id(rng))
        head.lit('", "mediaType": "call", "language": "en-us", "phrases": [\n')
    first = turns[0]
    head.add(first["text"], first["spans"], first["distractors"])
    first["text"], first["spans"], first["distractors"] = head.text, head.spans, head.dist
    turns[-1]["text"] += "\n]}"
    return turns


def _ticket(lines: list, profile: ProfileP, domain: str, rng: random.Random) -> list[dict]:
    company, mail_domain = DOMAINS[domain][:2]
    c, agent = profile.customer, profile.agent
    ticket, day, minute = rng.randint(10000, 99999), rng.randint(1, 27), rng.randint(8 * 60, 17 * 60)
    tz = {"AE": "GST", "SA": "AST", "QA": "AST", "EG": "EET", "JO": "EET"}[profile.country]
    quote_tag = rng.choice(('<blockquote>', '<blockquote class="freshdesk_quote">', '<div class="zd-quote"><blockquote>'))
    turns, prev = [], None
    for n, (code, template) in enumerate(lines):
        profile.speaker = speaker = "customer" if code == "c" else "agent"
        body = dict(zip(("text", "spans", "distractors"), render_one(template, profile, rng)))
        html_body(body)
        minute += rng.randint(20, 500)
        day, minute = day + minute // (24 * 60), minute % (24 * 60)
        stamp = f"Dec {min(day, 31)}, 2026, {minute // 60:02d}:{minute % 60:02d} {tz}"
        core = Doc()
        if speaker == "customer":
            core.lit(rng.choice(("<p>Hi team,</p>\n", "<p>Dear Sir/Madam,</p>\n", "<p>Salam alaikum,</p>\n", "<p>Hello,</p>\n")))
        else:
            core.lit("<p>" + rng.choice(("Dear ", "Hello ")))
            if rng.random() < 0.5:
                core.lit(f"{profile.plain('title')}&nbsp;")
                core.span(c.surname, E.PERSON, c.origin)
            else:
                core.span(c.called, E.PERSON, c.origin)
            core.lit(",</p>\n")
        core.add(body["text"], body["spans"], body["distractors"])
        if speaker == "customer":
            core.lit("\n<p>" + rng.choice(("Regards,", "Thanks,", "Best regards,", "Shukran,")) + "<br>\n")
            name = c.arabizi if profile.arabizi and rng.random() < 0.5 else rng.choice((c.full, c.called))
            core.span(name, E.PERSON, c.origin)
            if rng.random() < 0.7:
                core.lit("<br>\n" + rng.choice(("Mob:&nbsp;", "Mobile: ", "Tel. ", "")))
                tel = profile.value("TEL")
                core.span(tel.replace(" ", "&nbsp;") if rng.random() < 0.2 else tel, E.PHONE_NUMBER)
            core.lit("</p>")
            if rng.random() < 0.3:
                core.lit("\n<p>Sent from my iPhone</p>")
        else:
            core.lit("\n<p>Kind regards,<br>\n<b>")
            core.span(agent.full, E.PERSON, agent.origin)
            core.lit(f"</b><br>\nCustomer Care Executive | {company.replace('&', '&amp;')}<br>\n"
                     f'<a href="https://www.{mail_domain}">www.{mail_domain}</a></p>')
        doc = Doc()
        if n == 0:
            doc.lit(f"<h2>Ticket #{ticket}: {_SUBJECTS[domain]}</h2>\n<p>Requester: <b>")
            doc.span(display(c, rng), E.PERSON, c.origin)
            doc.lit("</b> &lt;")
            doc.mail(profile.raw["MAIL"])
            doc.lit("&gt;<br>\nStatus: Open<br>\nPriority: Normal</p>\n<hr>\n")
        doc.lit('<div class="comment">\n<p><b>')
        if speaker == "customer":
            doc.span(rng.choice((c.full, c.called)), E.PERSON, c.origin)
            doc.lit("</b> &lt;")
            doc.mail(profile.raw["MAIL"])
            doc.lit("&gt;<br>\n")
        else:
            doc.span(agent.called, E.PERSON, agent.origin)
            doc.lit(f"</b> ({company} Support)<br>\n")
        doc.stamp(stamp)
        doc.lit("</p>\n")
        doc.add(core.text, core.spans, core.dist)
        if prev is not None:
            p_speaker, p_stamp, p_core = prev
            doc.lit(f"\n{quote_tag}\n<p>On ")
            doc.stamp(p_stamp)
            doc.lit(", ")
            if p_speaker == "customer":
                doc.span(c.full, E.PERSON, c.origin)
                doc.lit(" &lt;")
                doc.mail(profile.raw["MAIL"])
                doc.lit("&gt; wrote:</p>\n")
            else:
                doc.lit(f"{company} Support &lt;support@{mail_domain}&gt; wrote:</p>\n")
            doc.add(p_core.text, p_core.spans, p_core.dist)
            doc.lit("\n</blockquote>" + ("</div>" if "zd-quote" in quote_tag else ""))
        doc.lit("\n</div>")
        prev = (speaker, stamp, core)
        verify(doc.text, doc.spans + doc.dist)
        turns.append({"speaker": speaker, "text": doc.text, "spans": doc.spans, "distractors": doc.dist})
    return turns


def _usable(block, profile: ProfileP) -> bool:
    need = {m.group(1) for _, t in block for m in re.finditer(r"\{([A-Z]+)", t)}
    return all(profile.raw.get(k, "x") != "" for k in need)


def _stages(domain: str, profile: ProfileP, rng: random.Random) -> list:
    company, _, open_asr, open_chat, mid_asr, mid_chat, step = DOMAINS[domain]
    pick = lambda blocks, k=1: rng.sample([b for b in blocks if _usable(b, profile)], k)  # noqa: E731
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


def assemble(index: int, split: str, style: str, names, rng: random.Random) -> dict[str, Any]:
    """One call of 10-36 turns or one ticket thread of 4-12 comments."""
    profile = ProfileP.make(names, style, rng)
    domains = sorted(d for d in DOMAINS if _usable(DOMAINS[d][4] + DOMAINS[d][5], profile))
    domain = rng.choice(domains)
    while True:
        lines = _stages(domain, profile, rng)
        if profile.asr:
            turns = _asr(lines, profile, rng)
            if 10 <= len(turns) <= 36:
                break
        else:
            turns = _ticket(lines, profile, domain, rng)
            if 4 <= len(turns) <= 12:
                break
    for turn in turns:
        verify(turn["text"], turn["spans"] + turn["distractors"])
    return {"conversation_id": f"{split}-{style}-{index:04d}", "style": style, "split": split, "turns": turns}
