"""Assemble one ``dev_ax`` conversation: dev_at's stages and turn rendering (``_assemble_dev_at.CareAssembly``, as
dev_av's ``ServicesAssembly``, every recap allowed) over dev_ax's own templates. A call or chat with one council-tax,
benefits, register office, passport / residence-permit, jury or electoral-roll line: the opening (the person talked
about named before the caller), one to three story blocks naming the people of the call (a partner or lodger on the
bill, the parents of a baby, two witnesses, a host or sponsor, the official by first name, the person talked about by
the name at birth), the caller's name asked late when the opening gave none, identity steps (the person's date of
birth and national number where the country has one, address, phone, e-mail, a spelled surname), the line's own
reference, one or two asides with look-alikes (councils, offices, officials' job titles), now and then a follow-up and
a recap naming people the story named, the close (sign-offs). Callers cycle through the eight origin groups within
each style."""
from __future__ import annotations

from benchmarks import _templates_dev_ax as T
from benchmarks._assemble_dev_av import ServicesAssembly
from benchmarks._profile_dev_ax import DISTRACTORS, SLOTS_AX, ProfileAX


def _profile(names, style: str, rng, index: int) -> ProfileAX:
    same_style = sum(T.style_of(i) == style for i in range(index))
    return ProfileAX.make(names, style, rng, T.FAIRNESS_ORIGINS[same_style % len(T.FAIRNESS_ORIGINS)], False)


ASSEMBLY = ServicesAssembly(T, {}, DISTRACTORS, SLOTS_AX, name_questions=(0, 0), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
