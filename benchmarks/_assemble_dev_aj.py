"""Assemble one ``dev_aj`` conversation: the staged assembly (``_staged_assembly``) over dev_aj's templates, domains
and profile; an ASR call asks three to five name questions; seven conversations in ten are ASR
(``_templates_dev_aj.style_of``); customers cycle through the seven origin groups within each style (agents of any
group), so every group gets its share of calls and chats."""
from __future__ import annotations

from benchmarks import _templates_dev_aj as T
from benchmarks._domains_dev_aj import DOMAINS
from benchmarks._profile_dev_aj import DISTRACTORS, SLOTS, ProfileAJ
from benchmarks._staged_assembly import StagedAssembly


def _profile(names, style: str, rng, index: int) -> ProfileAJ:
    same_style = sum(T.style_of(i) == style for i in range(index))
    return ProfileAJ.make(names, style, rng, T.FAIRNESS_ORIGINS[same_style % len(T.FAIRNESS_ORIGINS)], False)


ASSEMBLY = StagedAssembly(T, DOMAINS, DISTRACTORS, SLOTS, name_questions=(3, 5), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
