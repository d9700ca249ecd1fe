"""Assemble one ``dev_ak`` conversation: the staged assembly (``_staged_assembly``) over dev_ak's templates, domains
and profile; an ASR call asks three to five name questions (read-back / correction loops among them); nine
conversations in twenty are chats (``_templates_dev_ak.style_of``); customers cycle through the seven origin groups
within each style (agents of any group). A chat customer who types in capitals has every turn in capitals."""
from __future__ import annotations

from benchmarks import _templates_dev_ak as T
from benchmarks._domains_dev_ak import DOMAINS
from benchmarks._profile_dev_ak import DISTRACTORS, SLOTS, ProfileAK
from benchmarks._staged_assembly import StagedAssembly


def _profile(names, style: str, rng, index: int) -> ProfileAK:
    same_style = sum(T.style_of(i) == style for i in range(index))
    return ProfileAK.make(names, style, rng, T.FAIRNESS_ORIGINS[same_style % len(T.FAIRNESS_ORIGINS)], False)


class CapsAssembly(StagedAssembly):
    """The staged assembly; a customer who types in capitals (``profile.caps``) has their turns upper-cased where that
    keeps every offset (``ß`` would not)."""

    def render_turn(self, template: str, profile, rng, fillers: bool = True):
        text, spans, distractors = super().render_turn(template, profile, rng, fillers)
        if getattr(profile, "caps", False) and profile.speaker == "customer" and len(text.upper()) == len(text):
            text = text.upper()
        return text, spans, distractors


ASSEMBLY = CapsAssembly(T, DOMAINS, DISTRACTORS, SLOTS, name_questions=(3, 5), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
