"""Assemble one ``dev_ai`` conversation: the staged assembly (``_staged_assembly``) over dev_ai's templates, domains
and profile; an ASR call asks two to four name questions; customers cycle through the seven origin groups in each
style (agents of any group), so every group gets its share of calls."""
from __future__ import annotations

from benchmarks import _templates_dev_ai as T
from benchmarks._domains_dev_ai import DOMAINS
from benchmarks._profile_dev_ai import DISTRACTORS, SLOTS, ProfileAI
from benchmarks._staged_assembly import StagedAssembly


def _profile(names, style: str, rng, index: int) -> ProfileAI:
    return ProfileAI.make(names, style, rng, T.FAIRNESS_ORIGINS[(index // 2) % len(T.FAIRNESS_ORIGINS)], False)


ASSEMBLY = StagedAssembly(T, DOMAINS, DISTRACTORS, SLOTS, name_questions=(2, 4), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
