"""Assemble one ``dev_bb`` conversation: dev_at's stages and turn rendering (``_assemble_dev_at.CareAssembly``, as
dev_av's ``ServicesAssembly``, every recap allowed, as dev_az and dev_ba) over dev_bb's own templates. A call or chat
with one rail, ferry or coach, lost property, passenger assistance, taxi licensing or school transport line: the
opening (the person talked about named before the caller), one to three story blocks naming the people of the call
(the ticket holder, the finder, the companion, the driver by first name, the child and the escort, the person talked
about by the name on a ticket or railcard and a passport name), the caller's name asked late when the opening gave
none, identity steps, the line's own reference, one or two asides with look-alikes, now and then a follow-up and a
recap, the close (sign-offs). Callers cycle through the eight origin groups within each style."""
from __future__ import annotations

from benchmarks import _templates_dev_bb as T
from benchmarks._assemble_dev_av import ServicesAssembly
from benchmarks._profile_dev_bb import DISTRACTORS, SLOTS_BB, ProfileBB


def _profile(names, style: str, rng, index: int) -> ProfileBB:
    same_style = sum(T.style_of(i) == style for i in range(index))
    return ProfileBB.make(names, style, rng, T.FAIRNESS_ORIGINS[same_style % len(T.FAIRNESS_ORIGINS)], False)


ASSEMBLY = ServicesAssembly(T, {}, DISTRACTORS, SLOTS_BB, name_questions=(0, 0), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
