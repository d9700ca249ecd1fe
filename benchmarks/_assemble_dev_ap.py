"""Assemble one ``dev_ap`` conversation: the staged assembly's turn rendering (``_staged_assembly``) over dev_ap's own
stages. A call or chat with one school, college or university line: the opening (the child named first, or a student
giving their own details), one to three story blocks naming the people around the child, the caller's name asked
late when the opening gave none, identity steps, a refund in part, now and then small talk with look-alikes, a recap
naming people the story named, the close (sign-offs). Callers cycle through the seven origin groups within each
style. A spoken caller's two turns in a row get a short agent reply between them; typed customers may send two
messages in a row. A typist in capitals types every turn so."""
from __future__ import annotations

from benchmarks import _templates_dev_ap as T
from benchmarks._assemble_dev_an import BookingAssembly
from benchmarks._assemble_dev_ao import _named, _people
from benchmarks._profile_dev_ap import DISTRACTORS, SLOTS_AP, ProfileAP


def _profile(names, style: str, rng, index: int) -> ProfileAP:
    same_style = sum(T.style_of(i) == style for i in range(index))
    return ProfileAP.make(names, style, rng, T.FAIRNESS_ORIGINS[same_style % len(T.FAIRNESS_ORIGINS)], False)


def _said(blocks, block) -> bool:
    """Every person ``block`` names was named before (a recap or follow-up names no one new)."""
    return _people([block]) <= _people(blocks)


class SchoolAssembly(BookingAssembly):
    """School, college and university lines by phone, chat, form and e-mail."""

    def _stages(self, profile, rng):
        domain = rng.choice(sorted(T.ORGS))
        profile.set_domain(domain, rng.choice(T.ORGS[domain]), rng)
        asr, student = profile.asr, profile.student
        if student:
            opening = rng.choice(T.OPEN_STUDENT_ASR if asr else T.OPEN_STUDENT_CHAT)
        else:
            opening = rng.choice(T.OPEN_ASR if asr else T.OPEN_CHAT)
        stories = T.STORY[domain]
        story = [stories[0]] + rng.sample(stories[1:], rng.randint(0, min(2, len(stories) - 1)))
        blocks = [opening, story[0]]
        if not student and "{NAME}" not in _named([opening]) and "{FORM}" not in _named([opening]):
            blocks.append(rng.choice(T.LATE_NAME))  # the caller's own name after the child's
        steps = T.STUDENT_STEPS if student else T.ID_STEPS
        steps = [s for s in steps if "{NID}" not in _named([s]) or profile.ident]
        blocks += rng.sample(steps, rng.randint(2, 4) if asr else rng.randint(1, 3))
        blocks += story[1:]
        if rng.random() < 0.5:
            follow = [b for b in T.FOLLOW if _said(blocks, b)]
            if follow:
                blocks.append(rng.choice(follow))
        if domain in ("finance", "club", "transport", "exams") and rng.random() < 0.7:
            key = "UK" if profile.country == "UK" else "IBAN" if "IBAN" in profile.raw else "other"
            blocks.append(T.REFUND[key])
        talk = T.SMALLTALK_STUDENT if student else T.SMALLTALK
        for block in rng.sample(talk, 1 + (rng.random() < 0.5)):  # one or two asides with look-alikes
            blocks.insert(rng.randint(2, len(blocks)), block)
        if rng.random() < (0.6 if asr else 0.45):
            said = [b for b in (T.RECAP[2:3] if student else T.RECAP)
                    if _said(blocks, b) and ("{PREVG}" not in _named([b]) or "{PREV}" in _named([opening]))]
            if said:
                blocks.append(rng.choice(said))
        closes = (T.CLOSE_STUDENT_ASR if student else T.CLOSE_ASR) if asr else [c for c in T.CLOSE_CHAT if not student or "{school}" not in _named([c])]
        return blocks + [rng.choice(closes)]


ASSEMBLY = SchoolAssembly(T, {}, DISTRACTORS, SLOTS_AP, name_questions=(0, 0), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
