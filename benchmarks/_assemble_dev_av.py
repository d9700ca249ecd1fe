"""Assemble one ``dev_av`` conversation: dev_at's stages and turn rendering (``_assemble_dev_at.CareAssembly``, through
dev_as's ``MoneyAssembly``) over dev_av's own templates. A call or chat with one accountant, conveyancer, interpreting
agency, plumber or electrician, nanny or home-help agency, or locksmith / removal firm: the opening (the person talked
about named before the caller), one to three story blocks naming the people of the call (the bookkeeper by first
name, the other side's solicitor by role then name, the interpreter, the tradesperson, the nanny and the cover worker,
a neighbour who holds a key or wants a quote, a relative), the caller's name asked late when the opening gave none,
identity steps (the person's date of birth and tax or national number where the country has one, address, phone,
e-mail, a spelled surname), the line's own reference, one or two asides with look-alikes, now and then a follow-up
and a recap naming people the story named, the close (sign-offs). Callers cycle through the eight origin groups
within each style."""
from __future__ import annotations

from benchmarks import _templates_dev_av as T
from benchmarks._assemble_dev_at import CareAssembly
from benchmarks._profile_dev_av import DISTRACTORS, SLOTS_AV, ProfileAV


def _profile(names, style: str, rng, index: int) -> ProfileAV:
    same_style = sum(T.style_of(i) == style for i in range(index))
    return ProfileAV.make(names, style, rng, T.FAIRNESS_ORIGINS[same_style % len(T.FAIRNESS_ORIGINS)], False)


class ServicesAssembly(CareAssembly):
    """Accountant, conveyancer, interpreting, trades, nanny and locksmith / removals lines by phone, chat, form and
    e-mail: dev_at's stages over these templates; a recap may close any line."""

    def _recap_allowed(self, block, domain: str) -> bool:
        return True


ASSEMBLY = ServicesAssembly(T, {}, DISTRACTORS, SLOTS_AV, name_questions=(0, 0), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
