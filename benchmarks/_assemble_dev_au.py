"""Assemble one ``dev_au`` conversation: dev_at's stages and turn rendering (``_assemble_dev_at.CareAssembly``, through
dev_as's ``MoneyAssembly``) over dev_au's own templates. A call or chat with one gym or leisure centre, sports club,
vet, public library, community centre or church hall, or driving / music school: the opening (the person talked about
named before the caller), one to three story blocks naming the people of the call (the coach, trainer, vet,
librarian or instructor by role then name, a neighbour, a relative, the person a booking is for), the caller's name
asked late when the opening gave none, identity steps (the person's date of birth and national number where the
country has one, address, phone, e-mail, a spelled surname), the line's own reference, one or two asides with
look-alikes, now and then a follow-up and a recap naming people the story named, the close (sign-offs). Callers cycle
through the eight origin groups within each style."""
from __future__ import annotations

from benchmarks import _templates_dev_au as T
from benchmarks._assemble_dev_at import CareAssembly
from benchmarks._profile_dev_au import DISTRACTORS, SLOTS_AU, ProfileAU


def _profile(names, style: str, rng, index: int) -> ProfileAU:
    same_style = sum(T.style_of(i) == style for i in range(index))
    return ProfileAU.make(names, style, rng, T.FAIRNESS_ORIGINS[same_style % len(T.FAIRNESS_ORIGINS)], False)


class LeisureAssembly(CareAssembly):
    """Gym, club, vet, library, hall and lesson lines by phone, chat, form and e-mail: dev_at's stages over these
    templates; a recap may close any line."""

    def _recap_allowed(self, block, domain: str) -> bool:
        return True


ASSEMBLY = LeisureAssembly(T, {}, DISTRACTORS, SLOTS_AU, name_questions=(0, 0), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
