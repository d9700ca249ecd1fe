"""Assemble one ``dev_ba`` conversation: dev_at's stages and turn rendering (``_assemble_dev_at.CareAssembly``, as
dev_av's ``ServicesAssembly``, every recap allowed, as dev_az) over dev_ba's own templates. A call or chat with one
donor, sponsorship, volunteering, faith office, food bank or fundraising page line: the opening (the person talked
about named before the caller), one to three story blocks naming the people of the call (the partner a gift is set up
by, the sponsored child and the family, a referee, a volunteer swapping shifts, the couple, the godparents, the
deceased and the next of kin, the referrer, the person talked about by the name on the donor record and an older
name), the caller's name asked late when the opening gave none, identity steps, the line's own reference, one or two
asides with look-alikes, now and then a follow-up and a recap, the close (sign-offs). Callers cycle through the eight
origin groups within each style."""
from __future__ import annotations

from benchmarks import _templates_dev_ba as T
from benchmarks._assemble_dev_av import ServicesAssembly
from benchmarks._profile_dev_ba import DISTRACTORS, SLOTS_BA, ProfileBA


def _profile(names, style: str, rng, index: int) -> ProfileBA:
    same_style = sum(T.style_of(i) == style for i in range(index))
    return ProfileBA.make(names, style, rng, T.FAIRNESS_ORIGINS[same_style % len(T.FAIRNESS_ORIGINS)], False)


ASSEMBLY = ServicesAssembly(T, {}, DISTRACTORS, SLOTS_BA, name_questions=(0, 0), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
