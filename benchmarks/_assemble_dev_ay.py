"""Assemble one ``dev_ay`` conversation: dev_at's stages and turn rendering (``_assemble_dev_at.CareAssembly``, as
dev_av's ``ServicesAssembly``, every recap allowed) over dev_ay's own templates. A call or chat with one account
recovery, games / app store, repair shop, smart-home / broadband install or marketplace dispute line: the opening (the
person talked about named before the caller), one to three story blocks naming the people of the call (a trusted
contact, a child on a parent's card, a gift's giver, the relative who dropped a device off, the technician or
installer by first name, a neighbour with a key, the buyer or seller, the person talked about by a display name and a
name before marriage), the caller's name asked late when the opening gave none, identity steps (the person's date of
birth and national number where the country has one, address, phone, e-mail, a spelled surname), the line's own
reference, one or two asides with look-alikes (gamer tags, devices, apps, shops), now and then a follow-up and a recap
naming people the story named, the close (sign-offs). Callers cycle through the eight origin groups within each
style."""
from __future__ import annotations

from benchmarks import _templates_dev_ay as T
from benchmarks._assemble_dev_av import ServicesAssembly
from benchmarks._profile_dev_ay import DISTRACTORS, SLOTS_AY, ProfileAY


def _profile(names, style: str, rng, index: int) -> ProfileAY:
    same_style = sum(T.style_of(i) == style for i in range(index))
    return ProfileAY.make(names, style, rng, T.FAIRNESS_ORIGINS[same_style % len(T.FAIRNESS_ORIGINS)], False)


ASSEMBLY = ServicesAssembly(T, {}, DISTRACTORS, SLOTS_AY, name_questions=(0, 0), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
