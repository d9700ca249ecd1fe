"""Assemble one ``dev_aw`` conversation: dev_at's stages and turn rendering (``_assemble_dev_at.CareAssembly``, as
dev_av's ``ServicesAssembly``) over dev_aw's own templates. A call or chat with one car dealer, garage, breakdown
service, car hire desk, parking office or licensing office: the opening (the person talked about named before the
caller), one to three story blocks naming the people of the call (the salesperson, the mechanic by first name, the
passengers, the extra drivers, the neighbour who dropped the car off or lent it, the warden, the previous keeper, a
relative), the caller's name asked late when the opening gave none, identity steps (the person's date of birth and
national or driving-licence number where the country has one, address, phone, e-mail, a spelled surname), the line's
own reference, one or two asides with look-alikes (car makes and models that are also names, company car plates),
now and then a follow-up and a recap naming people the story named, the close (sign-offs). Callers cycle through the
eight origin groups within each style."""
from __future__ import annotations

from benchmarks import _templates_dev_aw as T
from benchmarks._assemble_dev_av import ServicesAssembly
from benchmarks._profile_dev_aw import DISTRACTORS, SLOTS_AW, ProfileAW


def _profile(names, style: str, rng, index: int) -> ProfileAW:
    same_style = sum(T.style_of(i) == style for i in range(index))
    return ProfileAW.make(names, style, rng, T.FAIRNESS_ORIGINS[same_style % len(T.FAIRNESS_ORIGINS)], False)


ASSEMBLY = ServicesAssembly(T, {}, DISTRACTORS, SLOTS_AW, name_questions=(0, 0), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
