"""Assemble one ``dev_az`` conversation: dev_at's stages and turn rendering (``_assemble_dev_at.CareAssembly``, as
dev_av's ``ServicesAssembly``, every recap allowed, as dev_ay) over dev_az's own templates. A call or chat with one
restaurant booking, grocery / takeaway delivery, catering, hotel front desk or hospitality staffing line: the opening
(the person talked about named before the caller), one to three story blocks naming the people of the call (guests
with dietary needs, the courier by first name, a neighbour who took a bag in, the couple, the person a wake is for, the
birthday child, the porter, the kitchen manager, the person talked about by the name on an app and an older name),
the caller's name asked late when the opening gave none, identity steps (the person's date of birth and national
number where the country has one, address, phone, e-mail, a spelled surname), the line's own reference, one or two
asides with look-alikes (dishes and drinks named after people, venues, caterers, chefs), now and then a follow-up and a
recap naming people the story named, the close (sign-offs). Callers cycle through the eight origin groups within each
style."""
from __future__ import annotations

from benchmarks import _templates_dev_az as T
from benchmarks._assemble_dev_av import ServicesAssembly
from benchmarks._profile_dev_az import DISTRACTORS, SLOTS_AZ, ProfileAZ


def _profile(names, style: str, rng, index: int) -> ProfileAZ:
    same_style = sum(T.style_of(i) == style for i in range(index))
    return ProfileAZ.make(names, style, rng, T.FAIRNESS_ORIGINS[same_style % len(T.FAIRNESS_ORIGINS)], False)


ASSEMBLY = ServicesAssembly(T, {}, DISTRACTORS, SLOTS_AZ, name_questions=(0, 0), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
