"""Assemble one ``dev_as`` conversation: dev_ar's turn rendering (``_assemble_dev_ar.WorkAssembly.assemble``) over
dev_as's own stages. A call or chat with one fraud and disputes team, joint account line, bereavement team, power of
attorney team, credit union or money transfer service: the opening (often someone else named before the caller: the
scammer, the payee, the partner, the deceased, the donor, the guarantor, the receiver), one to three story blocks
naming the people of the call, the caller's name asked late when the opening gave none, identity steps (a texted
code, a card and its expiry, the card's last four), the line's own reference (a fraud case, a member number, a
transfer's tracking number), where a refund or the estate's money goes in part, one or two asides with look-alikes,
now and then a follow-up (a spelling, a number) and a recap naming people the story named, the close (sign-offs).
Callers cycle through the eight origin groups within each style."""
from __future__ import annotations

import re

from benchmarks import _templates_dev_as as T
from benchmarks._assemble_dev_ao import _named, _people
from benchmarks._assemble_dev_ar import WorkAssembly
from benchmarks._profile_dev_as import DISTRACTORS, SLOTS_AS, ProfileAS


def _profile(names, style: str, rng, index: int) -> ProfileAS:
    same_style = sum(T.style_of(i) == style for i in range(index))
    return ProfileAS.make(names, style, rng, T.FAIRNESS_ORIGINS[same_style % len(T.FAIRNESS_ORIGINS)], False)


def _said(blocks, block) -> bool:
    """Every person ``block`` names was named before (a recap or follow-up names no one new)."""
    return _people([block]) <= _people(blocks)


def _fits(domain: str, block) -> bool:
    """A block that takes A to be alive and present (a joint holder, a partner) never comes on a bereavement line."""
    text = _named([block])
    if "speak for {himA}" in text or "From both of us" in text:
        return domain in ("joint", "union") if "From both" in text else domain == "joint"
    return domain != "estate" or not ("Are you {A}" in text or "or {A}?" in text)


class MoneyAssembly(WorkAssembly):
    """Fraud, joint account, bereavement, attorney, credit union and transfer lines by phone, chat, form and e-mail."""

    def _stages(self, profile, rng):
        domain = rng.choice(sorted(T.ORGS))
        profile.set_domain(domain, rng.choice(T.ORGS[domain]), rng)
        asr = profile.asr
        opening = (T.OPEN_ASR if asr else T.OPEN_CHAT)[rng.choice(list(T.OPENS[domain][0 if asr else 1]))]
        stories = T.STORY[domain]
        story = [stories[0]] + rng.sample(stories[1:], rng.randint(0, min(2, len(stories) - 1)))
        rng.shuffle(story)
        blocks = [opening, story[0]]
        if "{NAME}" not in _named([opening]) and "{FORM}" not in _named([opening]):
            late = [b for b in T.LATE_NAME if _said(blocks, b) and _fits(domain, b)]
            blocks.append(rng.choice(late))
        steps = list(T.ID_STEPS)
        if domain in T.LINE_STEPS:
            steps.append(T.LINE_STEPS[domain])
        if domain == "transfer":  # a transfer is paid at a counter, not by card
            steps = [s for s in steps if "{CARD" not in _named([s])]
        blocks += rng.sample(steps, min(len(steps), rng.randint(2, 4) if asr else rng.randint(1, 3)))
        if domain in T.LINE_STEPS and T.LINE_STEPS[domain] not in blocks and rng.random() < 0.6:
            blocks.append(T.LINE_STEPS[domain])
        blocks += story[1:]
        if rng.random() < 0.55:
            follow = [b for b in T.FOLLOW if _said(blocks, b)]
            if follow:
                blocks.append(rng.choice(follow))
        if domain in ("fraud", "estate", "joint", "transfer") and rng.random() < 0.7:  # a refund or the estate's money
            key = "UK" if profile.country == "UK" else "IBAN" if "IBAN" in profile.raw else "other"
            blocks.append(T.PAY[key])
        asides = [b for b in T.SMALLTALK if domain == "fraud" or not re.search("twice|dispute", _named([b]))]
        for block in rng.sample(asides, 1 + (rng.random() < 0.5)):  # one or two asides with look-alikes
            blocks.insert(rng.randint(2, len(blocks)), block)
        if rng.random() < (0.6 if asr else 0.45):
            said = [b for b in T.RECAP if _said(blocks, b) and _fits(domain, b) and ("{PREVG}" not in _named([b]) or "{PREV}" in _named([opening]))
                    and ("{KIN} is the donor" not in _named([b]) or domain == "poa")
                    and ("shared the code" not in _named([b]) or domain == "fraud")]
            if said:
                blocks.append(rng.choice(said))
        closes = [c for c in (T.CLOSE_ASR if asr else T.CLOSE_CHAT) if _said(blocks, c) and _fits(domain, c)]
        return blocks + [rng.choice(closes)]


ASSEMBLY = MoneyAssembly(T, {}, DISTRACTORS, SLOTS_AS, name_questions=(0, 0), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
