"""Assemble one ``dev_ae`` conversation: the staged assembly (``_staged_assembly``) over dev_ae's templates, domains
and profile; an ASR call asks two to four name questions, and customers cycle through the origin groups in each
style (agents of any group). Two things differ from the shared assembly: a chat customer's typing habit shapes the
words around the values (``caps``: all capitals; ``whatsapp``: lower case, no punctuation, short forms, an emoji at
the end now and then), and a block may hold two turns of one side in a row (a name typed across two messages)."""
from __future__ import annotations

import random
import re

from benchmarks import _templates_dev_ae as T
from benchmarks._domains_dev_ae import DOMAINS
from benchmarks._profile_dev_ae import DISTRACTORS, SLOTS, ProfileAE
from benchmarks._staged_assembly import StagedAssembly, _literal, _PLACE, _PUNCT, check, squeeze
from recognizers import entities as E

# WhatsApp-style short forms (whole words of the template text, never of a value)
SHORT_FORMS = {"please": ("pls", "plz"), "you": ("u",), "your": ("ur",), "thanks": ("thx", "tnx"), "okay": ("ok", "k"),
               "because": ("coz", "cos"), "what": ("wat",), "message": ("msg",), "account": ("acc",),
               "number": ("no", "num"), "tomorrow": ("tmrw",), "today": ("2day",), "are": ("r",), "with": ("wth",),
               "really": ("rly",), "the": ("da", "the"), "i'm": ("im",), "it's": ("its",), "don't": ("dont",),
               "can't": ("cant",), "know": ("knw",), "still": ("stil",), "been": ("bin", "been")}
EMOJI = ("🙏", "😩", "😊", "👍🏾", "🙏🏽", "😤", "🤞🏿", "😭", "❤️", "🙄")
_WORD = re.compile(r"[a-z']+")


def _typed(piece: str, profile, rng: random.Random) -> str:
    """Template words as this chat customer types them."""
    text = _literal(piece, profile, rng, False)
    if profile.asr or profile.speaker != "customer":
        return text
    if profile.habit == "whatsapp":
        text = _WORD.sub(lambda m: rng.choice(SHORT_FORMS[m.group()]) if m.group() in SHORT_FORMS and rng.random() < 0.55
                         else m.group(), text)
        text = re.sub(r"[.,!?;:]", "", text)
    return text


def _render_turn(template: str, profile, rng: random.Random, fillers: bool):
    if not profile.asr and profile.speaker == "customer" and profile.habit in ("caps", "whatsapp"):
        return _render_typed(template, profile, rng)
    return ASSEMBLY_BASE.render_turn(template, profile, rng, fillers)


def _render_typed(template: str, profile, rng: random.Random):
    """As ``_staged_assembly._render_turn``, with the literal text as the customer types it."""
    text, spans, distractors, pos = "", [], [], 0
    for m in _PLACE.finditer(template):
        text += _typed(template[pos:m.start()], profile, rng)
        slot, pos = m.group(1), m.end()
        if slot in DISTRACTORS:
            value = profile.distractor(slot, rng, profile.style)
            distractors.append({"start": len(text), "end": len(text) + len(value), "kind": slot, "_value": value})
        elif slot in profile.PLAIN:
            value = profile.plain(slot)
        else:
            value = profile.person(slot) if slot in SLOTS else profile.value(slot)
            span = {"start": len(text), "end": len(text) + len(value), "label": profile.label(slot), "_value": value}
            if profile.origin(slot):
                span["origin"] = profile.origin(slot)
            spans.append(span)
        text += value
    text += _typed(template[pos:], profile, rng)
    text, spans, distractors = squeeze(text, spans, distractors)
    check(text, spans + distractors)
    if profile.habit == "caps":  # all capitals, the e-mail address as typed; offsets unchanged
        mails = [(s["start"], s["end"]) for s in spans if s["label"] == E.EMAIL_ADDRESS]
        upper = "".join(ch if any(a <= i < b for a, b in mails) else ch.upper() for i, ch in enumerate(text))
        if len(upper) == len(text) and all(len(ch.upper()) == 1 for ch in text):
            text = upper
    elif rng.random() < 0.3:
        text += " " + rng.choice(EMOJI)
    return text, spans, distractors


def _profile(names, style: str, rng, index: int) -> ProfileAE:
    return ProfileAE.make(names, style, rng, T.FAIRNESS_ORIGINS[(index // 2) % len(T.FAIRNESS_ORIGINS)], False)


class AssemblyAE(StagedAssembly):
    BRIDGE_INSIDE_BLOCKS = False  # a customer sends a name across two messages

    def render_turn(self, template: str, profile, rng: random.Random, fillers: bool = True):
        return _render_turn(template, profile, rng, fillers)


ASSEMBLY_BASE = StagedAssembly(T, DOMAINS, DISTRACTORS, SLOTS, name_questions=(2, 4), make_profile=_profile)
ASSEMBLY = AssemblyAE(T, DOMAINS, DISTRACTORS, SLOTS, name_questions=(2, 4), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
