"""Assemble one ``dev_aq`` conversation: the staged assembly's turn rendering (``_staged_assembly``) over dev_aq's own
stages. A call or chat with one letting agent, housing association, repairs team or provider: the opening (often
someone else named before the caller), one to three story blocks naming the people of the home, the caller's name
asked late when the opening gave none, identity and booking steps, a deposit refund on a letting line in part, one
or two asides with look-alikes, now and then a follow-up (a spelling, a number) and a recap naming people the story
named, the close (sign-offs). Callers cycle through the seven origin groups within each style. A spoken caller's two
turns in a row get a short agent reply between them; typed customers may send two messages in a row."""
from __future__ import annotations

from benchmarks import _templates_dev_aq as T
from benchmarks._assemble_dev_an import BookingAssembly
from benchmarks._assemble_dev_ao import _named, _people
from benchmarks._profile_dev_aq import DISTRACTORS, SLOTS_AQ, ProfileAQ


def _profile(names, style: str, rng, index: int) -> ProfileAQ:
    same_style = sum(T.style_of(i) == style for i in range(index))
    return ProfileAQ.make(names, style, rng, T.FAIRNESS_ORIGINS[same_style % len(T.FAIRNESS_ORIGINS)], False)


def _said(blocks, block) -> bool:
    """Every person ``block`` names was named before (a recap or follow-up names no one new)."""
    return _people([block]) <= _people(blocks)


class HomeAssembly(BookingAssembly):
    """Letting, housing, repairs and utility lines by phone, chat, form and e-mail."""

    def _stages(self, profile, rng):
        domain = rng.choice(sorted(T.ORGS))
        profile.set_domain(domain, rng.choice(T.ORGS[domain]), rng)
        asr = profile.asr
        if domain == "landlord":
            opening = T.OPEN_LANDLORD[0 if asr else 1]
        else:
            opening = rng.choice(T.OPEN_ASR if asr else T.OPEN_CHAT)
        stories = T.STORY[domain]
        story = [stories[0]] + rng.sample(stories[1:], rng.randint(0, min(2, len(stories) - 1)))
        rng.shuffle(story)
        blocks = [opening, story[0]]
        if "{NAME}" not in _named([opening]) and "{FORM}" not in _named([opening]):
            blocks.append(rng.choice(T.LATE_NAME))  # the caller's own name after someone else's
        steps = [s for s in T.ID_STEPS if domain != "landlord" or "{ADOB}" not in _named([s])]  # a landlord has no joint tenant
        blocks += rng.sample(steps, rng.randint(2, 4) if asr else rng.randint(1, 3))
        blocks += story[1:]
        if rng.random() < 0.55:
            follow = [b for b in T.FOLLOW if _said(blocks, b)]
            if follow:
                blocks.append(rng.choice(follow))
        if domain in ("lettings", "housing", "landlord") and rng.random() < 0.7:  # a deposit back, or rent paid to a landlord
            key = "UK" if profile.country == "UK" else "IBAN" if "IBAN" in profile.raw else "other"
            blocks.append(T.REFUND[key])
        for block in rng.sample(T.SMALLTALK, 1 + (rng.random() < 0.5)):  # one or two asides with look-alikes
            blocks.insert(rng.randint(2, len(blocks)), block)
        if rng.random() < (0.6 if asr else 0.45):
            said = [b for b in T.RECAP if _said(blocks, b) and ("{PREVG}" not in _named([b]) or "{PREV}" in _named([opening]))]
            if said:
                blocks.append(rng.choice(said))
        closes = [c for c in (T.CLOSE_ASR if asr else T.CLOSE_CHAT) if _said(blocks, c)]
        return blocks + [rng.choice(closes)]


ASSEMBLY = HomeAssembly(T, {}, DISTRACTORS, SLOTS_AQ, name_questions=(0, 0), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
