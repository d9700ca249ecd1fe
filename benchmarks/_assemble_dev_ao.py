"""Assemble one ``dev_ao`` conversation: the staged assembly's turn rendering (``_staged_assembly``) over dev_ao's own
stages. A call or chat with one claims line (motor, home, health / travel, pet, life, income protection, the legal
claims desk): the opening (often a story before any name), two or three story blocks naming the people of the claim,
the caller's name asked late when the opening gave none, identity and claim steps, the payout in part, now and then
small talk with look-alikes, a recap naming people the story named, the close (sign-offs). Callers cycle through the
seven origin groups within each style. A spoken caller's two turns in a row get a short agent reply between them; typed
customers may send two messages in a row. A typist in capitals types every turn so."""
from __future__ import annotations

import re

from benchmarks import _templates_dev_an, _templates_dev_ao as T
from benchmarks._assemble_dev_an import BookingAssembly
from benchmarks._profile_dev_ao import DISTRACTORS, SLOTS, ProfileAO


def _profile(names, style: str, rng, index: int) -> ProfileAO:
    same_style = sum(T.style_of(i) == style for i in range(index))
    return ProfileAO.make(names, style, rng, T.FAIRNESS_ORIGINS[same_style % len(T.FAIRNESS_ORIGINS)], False)


PEOPLE = {"A": ("A", "AF", "AS"), "B": ("B", "BF", "BS", "BFORM"), "W": ("W", "WF", "WS", "WSPELT", "WTEL"),
          "M": ("M", "MF", "MS", "MI"), "L": ("L", "LF", "LS", "LMAIL"), "J": ("J", "JF"), "K": ("KIN", "KINF", "KINS")}


def _named(blocks) -> str:
    return " ".join(t for block in blocks for _, t in block)


def _people(blocks) -> set[str]:
    """The people (``PEOPLE`` keys) whose slots ``blocks`` hold."""
    slots = set(re.findall(r"\{(\w+)\}", _named(blocks)))
    return {k for k, v in PEOPLE.items() if slots & set(v)}


def _said(blocks, block) -> bool:
    """Every person ``block`` names was named before (a recap or follow-up names no one new)."""
    return _people([block]) <= _people(blocks)


class ClaimAssembly(BookingAssembly):
    """Claims by phone, chat, claim form and e-mail."""

    def bridges(self) -> dict:
        """dev_an's bridges: dev_ao's committed data was generated with them (its own ``BRIDGES`` go unused)."""
        return _templates_dev_an.BRIDGES

    def _stages(self, profile, rng):
        domain = rng.choice(sorted(T.ORGS))
        profile.set_domain(domain, rng.choice(T.ORGS[domain]), rng)
        asr = profile.asr
        opening = rng.choice(T.OPEN_ASR if asr else T.OPEN_CHAT)
        stories = T.STORY[domain]
        story = [stories[0]] + rng.sample(stories[1:], rng.randint(1, 2))
        blocks = [opening, story[0]]
        if "{NAME}" not in _named([opening]) and "{FORM}" not in _named([opening]):
            blocks.append(rng.choice(T.LATE_NAME))  # the caller's name after the story
        steps = [s for s in T.ID_STEPS if "{NID}" not in _named([s]) or profile.ident]
        blocks += rng.sample(steps, rng.randint(2, 4) if asr else rng.randint(1, 3))
        blocks += story[1:]
        if rng.random() < 0.5:
            follow = [b for b in T.FOLLOW if _said(blocks, b)]
            if follow:
                blocks.append(rng.choice(follow))
        if rng.random() < 0.45:
            key = "UK" if profile.country == "UK" else "IBAN" if "IBAN" in profile.raw else "other"
            blocks.append(T.PAYOUT[key])
        if rng.random() < (0.5 if asr else 0.4):
            blocks.insert(rng.randint(2, len(blocks)), rng.choice(T.SMALLTALK))
        if rng.random() < (0.6 if asr else 0.45):
            said = [b for b in T.RECAP if _said(blocks, b)]
            if said:
                blocks.append(rng.choice(said))
        return blocks + [rng.choice(T.CLOSE_ASR if asr else T.CLOSE_CHAT)]


ASSEMBLY = ClaimAssembly(T, {}, DISTRACTORS, SLOTS, name_questions=(0, 0), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
