"""Assemble one ``dev_s`` conversation: the staged assembly (``_staged_assembly``) over dev_s's templates, domains
and profile; an ASR call asks one to three name questions."""
from __future__ import annotations

from benchmarks import _templates_dev_s as T
from benchmarks._domains_dev_s import DOMAINS
from benchmarks._profile_dev_s import DISTRACTORS, PERSONS, ProfileS
from benchmarks._staged_assembly import StagedAssembly

ASSEMBLY = StagedAssembly(T, DOMAINS, DISTRACTORS, PERSONS, name_questions=(1, 3),
                          make_profile=lambda names, style, rng, index: ProfileS.make(names, style, rng))
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
