"""Assemble one ``dev_ar`` conversation: dev_aq's turn rendering and block order (``_assemble_dev_aq``) over dev_ar's
own stages. A call or chat with one agency desk, payroll or HR helpdesk, reference line or courier depot: the opening
(often a colleague or manager named before the caller; a recruiter naming the candidate; a driver naming a
neighbour), one to three story blocks naming the people of a workplace, the caller's name asked late when the opening
gave none, identity steps (a National Insurance or PPS number from UK and Irish callers only), pay details on a
payroll or agency line in part, one or two asides with look-alikes, now and then a follow-up (a spelling, a number)
and a recap naming people the story named, the close (sign-offs). Callers cycle through the eight origin groups
within each style."""
from __future__ import annotations

from benchmarks import _templates_dev_ar as T
from benchmarks._assemble_dev_ao import _named, _people
from benchmarks._assemble_dev_aq import HomeAssembly
from benchmarks._profile_dev_ar import DISTRACTORS, SLOTS_AR, ProfileAR



def _profile(names, style: str, rng, index: int) -> ProfileAR:
    same_style = sum(T.style_of(i) == style for i in range(index))
    return ProfileAR.make(names, style, rng, T.FAIRNESS_ORIGINS[same_style % len(T.FAIRNESS_ORIGINS)], False)


def _said(blocks, block) -> bool:
    """Every person ``block`` names was named before (a recap or follow-up names no one new)."""
    return _people([block]) <= _people(blocks)


def _steps(domain: str, profile) -> list:
    steps = [s for s in T.ID_STEPS if "{NID}" not in _named([s]) or "NID" in profile.raw]
    if domain == "reference":  # a recruiter gives only an e-mail and a number
        return list(T.REF_STEPS)
    return [s for s in steps if domain == "agency" or "{AWR}" not in _named([s])]


class WorkAssembly(HomeAssembly):
    """Agency, payroll, HR, reference and depot lines by phone, chat, form and e-mail."""

    def _stages(self, profile, rng):
        domain = rng.choice(sorted(T.ORGS))
        profile.set_domain(domain, rng.choice(T.ORGS[domain]), rng)
        asr = profile.asr
        if domain == "reference":
            opening = T.OPEN_REFERENCE[0 if asr else 1]
        elif domain == "depot" and rng.random() < 0.6:
            opening = T.OPEN_DEPOT[0 if asr else 1]
        else:
            opening = (T.OPEN_ASR if asr else T.OPEN_CHAT)[rng.choice(list(T.OPENS[domain][0 if asr else 1]))]
        stories = T.STORY[domain]
        if opening is T.OPEN_DEPOT[1]:  # the typed depot opening already tells the neighbour's story
            stories = stories[1:]
        story = [stories[0]] + rng.sample(stories[1:], rng.randint(0, min(2, len(stories) - 1)))
        rng.shuffle(story)
        blocks = [opening, story[0]]
        if "{NAME}" not in _named([opening]) and "{FORM}" not in _named([opening]):
            late = T.LATE_NAME[1:] if domain == "reference" else (T.LATE_NAME[1], T.LATE_NAME[3]) if domain == "depot" else T.LATE_NAME
            blocks.append(rng.choice(late))
        steps = _steps(domain, profile)
        blocks += rng.sample(steps, min(len(steps), rng.randint(2, 4) if asr else rng.randint(1, 3)))
        blocks += story[1:]
        if rng.random() < 0.55:
            follow = [b for b in T.FOLLOW if _said(blocks, b)]
            if follow:
                blocks.append(rng.choice(follow))
        if domain in ("payroll", "agency", "hr") and rng.random() < 0.75:  # where the pay goes
            key = "UK" if profile.country == "UK" else "IBAN" if "IBAN" in profile.raw else "other"
            blocks.append(T.PAY[key])
        asides = [b for b in T.SMALLTALK if domain != "reference" or "{A}" not in _named([b])]  # a recruiter knows no colleague
        for block in rng.sample(asides, 1 + (rng.random() < 0.5)):  # one or two asides with look-alikes
            blocks.insert(rng.randint(2, len(blocks)), block)
        if rng.random() < (0.6 if asr else 0.45):
            said = [b for b in T.RECAP if _said(blocks, b) and ("{PREVG}" not in _named([b]) or "{PREV}" in _named([opening]))]
            if said:
                blocks.append(rng.choice(said))
        japanese = profile.customer.origin == "japanese"  # a close by surname ("Watanabe-san") to Japanese callers only
        closes = [c for c in (T.CLOSE_ASR if asr else T.CLOSE_CHAT) if _said(blocks, c) and (japanese or "{san}" not in _named([c]))]
        return blocks + [rng.choice(closes)]


ASSEMBLY = WorkAssembly(T, {}, DISTRACTORS, SLOTS_AR, name_questions=(0, 0), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
