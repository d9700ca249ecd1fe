"""Assemble one conversation of a staged generated split (``dev_s``, ``dev_u``, ``dev_v``). Stage order: opening
(name), two to five identity checks and name questions, small talk with look-alikes in half, the issue, a card step or
a second contact in part, closing.

ASR turns are a telephony engine's text: lower case, no punctuation, fillers between words (never inside a value),
now and then ``[noise]``. Chat turns are typed: the agent cased, the customer cased or (40 %) all lower case.
Every gold span is checked against the value the profile generated (``check``).

The three splits' committed data (and dev_t's, which shares ``squeeze``) is what this writes: any change here
regenerates them differently, which their ``committed_data_is_what_the_generator_writes`` tests catch. A new split that
needs other stages gets its own module.
"""
from __future__ import annotations

import importlib
import random
import re
from typing import Callable

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


def _render_turn(template: str, profile, rng: random.Random, fillers: bool, distractor_slots, person_slots):
    text, spans, distractors, pos = "", [], [], 0
    for m in _PLACE.finditer(template):
        text += _literal(template[pos:m.start()], profile, rng, fillers)
        slot, pos = m.group(1), m.end()
        if slot in distractor_slots:
            value = profile.distractor(slot, rng, profile.style)
            distractors.append({"start": len(text), "end": len(text) + len(value), "kind": slot, "_value": value})
        elif slot in profile.PLAIN:
            value = profile.plain(slot)
            value = _PUNCT.sub("", value.lower()) if profile.asr else value
        else:
            value = profile.person(slot) if slot in person_slots else profile.value(slot)
            span = {"start": len(text), "end": len(text) + len(value), "label": profile.label(slot), "_value": value}
            if profile.origin(slot):
                span["origin"] = profile.origin(slot)
            spans.append(span)
        text += value
    text += _literal(template[pos:], profile, rng, fillers)
    if profile.asr:  # collapse the spaces left by stripped punctuation, moving offsets with the text
        text, spans, distractors = squeeze(text, spans, distractors)
    check(text, spans + distractors)
    return text, spans, distractors


def squeeze(text: str, spans: list[dict], distractors: list[dict]):
    """``text`` without doubled, leading or trailing blanks (stripped punctuation leaves them), the spans' offsets
    moved with it."""
    keep = [i for i, ch in enumerate(text) if not (ch == " " and (i == 0 or text[i - 1] == " "))]
    while keep and text[keep[-1]] == " ":
        keep.pop()
    new_index = {old: new for new, old in enumerate(keep)}
    out = "".join(text[i] for i in keep)
    for s in spans + distractors:
        s["start"] = new_index[s["start"]]
        s["end"] = new_index[s["end"] - 1] + 1
    return out, spans, distractors


def check(text: str, spans: list[dict]) -> None:
    """Each span's text is exactly the value generated for it (and holds no padding)."""
    for s in spans:
        if text[s["start"]:s["end"]] != s["_value"] or s["_value"] != s["_value"].strip() or not s["_value"]:
            raise AssertionError(f"span {s} does not hold its value in {text!r}")
        del s["_value"]


class StagedAssembly:
    """One split's assembly: its templates module (``NAME_ASR``, ``VERIFY_*``, ``SMALLTALK_*``, ``STEPS_*``,
    ``CLOSINGS_*``, ``BRIDGES``), its domains, the slots its profile fills as look-alikes and as people, how many
    name questions an ASR call asks (``name_questions``: inclusive range) and how a conversation's profile is made
    (``make_profile(names, style, rng, index)``). ``BRIDGE_INSIDE_BLOCKS``: a short reply also comes between two
    turns of one side inside a block (False: a side may send two messages in a row, as chat users do)."""

    BRIDGE_INSIDE_BLOCKS = True

    def __init__(self, templates, domains: dict, distractors, persons, name_questions: tuple[int, int],
                 make_profile: Callable) -> None:
        self.templates, self.domains, self.distractors, self.persons = templates, domains, distractors, persons
        self.name_questions, self.make_profile = name_questions, make_profile

    def render_turn(self, template: str, profile, rng: random.Random, fillers: bool = True):
        """(text, spans, distractors) of one template; upper-case slots are labelled, lower-case ones are plain
        words or neutral look-alikes."""
        return _render_turn(template, profile, rng, fillers, self.distractors, self.persons)

    def _stages(self, profile, rng: random.Random):
        T, asr = self.templates, profile.asr
        domain = self.domains[rng.choice(sorted(self.domains))]
        blocks = [domain[1] if asr else domain[2]]
        if asr:
            names = rng.sample(T.NAME_ASR, rng.randint(*self.name_questions))
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

    def assemble(self, index: int, split: str, style: str, names, rng: random.Random) -> dict:
        """Conversation ``index`` of ``split`` in ``style``."""
        profile = self.make_profile(names, style, rng, index)
        turns: list[dict] = []
        for block in self._stages(profile, rng):
            for k, (code, template) in enumerate(block):
                speaker = "agent" if code == "a" else "customer"
                profile.speaker = speaker
                if (k == 0 or self.BRIDGE_INSIDE_BLOCKS) and turns and turns[-1]["speaker"] == speaker:
                    # two turns (two blocks) meet on one side: a short reply between
                    other = "customer" if speaker == "agent" else "agent"
                    profile.speaker = other
                    text, _, _ = self.render_turn(self.templates.BRIDGES[other][0], profile, rng)
                    turns.append({"speaker": other, "text": text, "spans": [], "distractors": []})
                    profile.speaker = speaker
                text, spans, distractors = self.render_turn(template, profile, rng)
                turns.append({"speaker": speaker, "text": text, "spans": spans, "distractors": distractors})
        return {"conversation_id": f"{split}-{style}-{index:04d}", "style": style, "split": split, "turns": turns}


def family_glue(split: str, frames_asr, frames_chat, frames, agent_opening: str):
    """The ``conversation`` and ``render`` a staged family's templates module gives ``generate_transcripts``: its
    ``benchmarks._assemble_<split>``'s (imported when called: no import cycle); a fairness frame filled in the family's
    style for each of ``frames``, said by the agent when it opens with ``agent_opening``."""
    def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
        return importlib.import_module(f"benchmarks._assemble_{split}").assemble(index, split_name, style, names, rng)

    def render(template: str, profile, rng, filler_rate: float = 0.0):
        styled = frames_asr if profile.asr else frames_chat
        frame = styled[frames.index(template) % len(styled)]
        profile.speaker = "agent" if frame.startswith(agent_opening) else "customer"
        return importlib.import_module(f"benchmarks._assemble_{split}").render_turn(frame, profile, rng, fillers=False)

    return conversation, render
