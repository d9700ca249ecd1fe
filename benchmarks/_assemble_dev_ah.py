"""Assemble one ``dev_ah`` conversation: the staged assembly (``_staged_assembly``) over dev_ah's templates, domains
and profile; an ASR call asks two to four name questions; customers cycle through the origin groups in each style
(agents of any group), so every group gets its share of calls. A chat customer may send two messages in a row (a name
split across messages, a correction of what autocorrect did): no bridge inside a block."""
from __future__ import annotations

from benchmarks import _templates_dev_ah as T
from benchmarks._domains_dev_ah import DOMAINS
from benchmarks._profile_dev_ah import DISTRACTORS, SLOTS, ProfileAH
from benchmarks._staged_assembly import StagedAssembly


def _profile(names, style: str, rng, index: int) -> ProfileAH:
    return ProfileAH.make(names, style, rng, T.FAIRNESS_ORIGINS[(index // 2) % len(T.FAIRNESS_ORIGINS)], False)


ASSEMBLY = StagedAssembly(T, DOMAINS, DISTRACTORS, SLOTS, name_questions=(2, 4), make_profile=_profile)
ASSEMBLY.BRIDGE_INSIDE_BLOCKS = False
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
