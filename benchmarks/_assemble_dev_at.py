"""Assemble one ``dev_at`` conversation: dev_ar's turn rendering (``_assemble_dev_ar.WorkAssembly.assemble``, through
dev_as's ``MoneyAssembly.assemble``) over dev_at's own stages. A call or chat with one community pharmacy, GP surgery,
patient transport desk, home-care agency, dental practice or optician: the opening (the person cared for named
before the caller), one to three story blocks naming the people of the call (the clinician by role then name, the
carer, a neighbour, a relative), the caller's name asked late when the opening gave none, identity steps (the
patient's date of birth and health number where the country has one, address, phone, e-mail, a spelled surname),
the line's own reference, one or two asides with look-alikes, now and then a follow-up and a recap naming people the
story named, the close (sign-offs). Callers cycle through the eight origin groups within each style."""
from __future__ import annotations

from benchmarks import _templates_dev_at as T
from benchmarks._assemble_dev_ao import _named, _people
from benchmarks._assemble_dev_as import MoneyAssembly
from benchmarks._profile_dev_at import DISTRACTORS, SLOTS_AT, ProfileAT


def _profile(names, style: str, rng, index: int) -> ProfileAT:
    same_style = sum(T.style_of(i) == style for i in range(index))
    return ProfileAT.make(names, style, rng, T.FAIRNESS_ORIGINS[same_style % len(T.FAIRNESS_ORIGINS)], False)


def _said(blocks, block) -> bool:
    """Every person ``block`` names was named before (a recap or follow-up names no one new)."""
    return _people([block]) <= _people(blocks)


def _has(profile, block) -> bool:
    """A block asking for a health number only where the country has one."""
    text = _named([block])
    return all(f"{{{key}}}" not in text or key in profile.raw for key in ("NID", "KNID"))


class CareAssembly(MoneyAssembly):
    """Pharmacy, GP, transport, home-care, dental and optician lines by phone, chat, form and e-mail."""

    def _recap_allowed(self, block, domain: str) -> bool:
        """A recap about collecting a prescription only on a pharmacy line."""
        return "collecting on" not in _named([block]) or domain == "pharmacy"

    def _stages(self, profile, rng):
        T = self.templates  # (this family's templates, or a later family's built on these stages)
        domain = rng.choice(sorted(T.ORGS))
        profile.set_domain(domain, rng.choice(T.ORGS[domain]), rng)
        asr = profile.asr
        opening = (T.OPEN_ASR if asr else T.OPEN_CHAT)[rng.choice(list(T.OPENS[domain][0 if asr else 1]))]
        stories = T.STORY[domain]
        story = [stories[0]] + rng.sample(stories[1:], rng.randint(0, min(2, len(stories) - 1)))
        rng.shuffle(story)
        blocks = [opening, story[0]]
        if "{NAME}" not in _named([opening]) and "{FORM}" not in _named([opening]):
            blocks.append(rng.choice([b for b in T.LATE_NAME if _said(blocks, b)]))
        steps = [s for s in T.ID_STEPS if _has(profile, s)]
        blocks += rng.sample(steps, min(len(steps), rng.randint(2, 4) if asr else rng.randint(1, 3)))
        if domain in T.LINE_STEPS and rng.random() < 0.7:
            blocks.append(T.LINE_STEPS[domain])
        blocks += story[1:]
        if rng.random() < 0.55:
            follow = [b for b in T.FOLLOW if _said(blocks, b)]
            if follow:
                blocks.append(rng.choice(follow))
        for block in rng.sample(T.SMALLTALK, 1 + (rng.random() < 0.5)):  # one or two asides with look-alikes
            blocks.insert(rng.randint(2, len(blocks)), block)
        if rng.random() < (0.6 if asr else 0.45):
            said = [b for b in T.RECAP if _said(blocks, b) and ("{PREVG}" not in _named([b]) or "{PREV}" in _named([opening]))
                    and self._recap_allowed(b, domain)]
            if said:
                blocks.append(rng.choice(said))
        closes = [c for c in (T.CLOSE_ASR if asr else T.CLOSE_CHAT) if _said(blocks, c)]
        return blocks + [rng.choice(closes)]


ASSEMBLY = CareAssembly(T, {}, DISTRACTORS, SLOTS_AT, name_questions=(0, 0), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
