"""Assemble one ``dev_ag`` conversation: the staged assembly (``_staged_assembly``) over dev_ag's templates, domains
and profile; an ASR call asks two to four name questions, and customers cycle through the origin groups in each
style (agents of any group), so every group gets its share of calls."""
from __future__ import annotations

from benchmarks import _templates_dev_ag as T
from benchmarks._domains_dev_ag import DOMAINS
from benchmarks._profile_dev_ag import DISTRACTORS, ProfileAG
from benchmarks._staged_people import PERSONS
from benchmarks._staged_assembly import StagedAssembly


def _profile(names, style: str, rng, index: int) -> ProfileAG:
    return ProfileAG.make(names, style, rng, T.FAIRNESS_ORIGINS[(index // 2) % len(T.FAIRNESS_ORIGINS)], False)


ASSEMBLY = StagedAssembly(T, DOMAINS, DISTRACTORS, PERSONS, name_questions=(2, 4), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
