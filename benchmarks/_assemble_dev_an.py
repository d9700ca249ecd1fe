"""Assemble one ``dev_an`` conversation: the staged assembly's turn rendering (``_staged_assembly``) over dev_an's own
stages. A call or chat with one travel business (airline, travel agent, hotel / holiday let, events, coach / rail,
travel insurance / visa): the opening (the booking's name, the caller's own name, calling for a relative), booking and
identity steps, two or three story blocks naming the people on the booking, now and then small talk with look-alikes,
a recap naming them again, the close (sign-offs). Callers cycle through the seven origin groups within each style. A
spoken caller's two turns in a row get a short agent reply between them; typed customers may send two messages in a
row. A typist in capitals types every turn so."""
from __future__ import annotations

from benchmarks import _templates_dev_an as T
from benchmarks._profile_dev_an import DISTRACTORS, SLOTS, ProfileAN
from benchmarks._staged_assembly import StagedAssembly


def _profile(names, style: str, rng, index: int) -> ProfileAN:
    same_style = sum(T.style_of(i) == style for i in range(index))
    return ProfileAN.make(names, style, rng, T.FAIRNESS_ORIGINS[same_style % len(T.FAIRNESS_ORIGINS)], False)


def _named(blocks) -> str:
    return " ".join(t for block in blocks for _, t in block)


class BookingAssembly(StagedAssembly):
    """Booking changes for several people, by phone, chat and e-mail."""

    def render_turn(self, template: str, profile, rng, fillers: bool = True):
        text, spans, distractors = super().render_turn(template, profile, rng, fillers and profile.speaker == "customer")
        if getattr(profile, "caps", False) and profile.speaker == "customer" and len(text.upper()) == len(text):
            text = text.upper()
        return text, spans, distractors

    def _stages(self, profile, rng):
        domain = rng.choice(sorted(T.ORGS))
        profile.set_domain(domain, rng.choice(T.ORGS[domain]), rng)
        asr = profile.asr
        opening = rng.choice(T.OPEN_ASR if asr else T.OPEN_CHAT)
        stories = T.STORY[domain]
        story = [stories[0]] + rng.sample(stories[1:], rng.randint(1, 2))
        named = _named([opening] + story)
        steps = rng.sample(T.ID_STEPS, rng.randint(2, 4) if asr else rng.randint(1, 3))
        step = T.DOMAIN_STEPS.get(domain)
        if step and rng.random() < 0.7 and all(f"{{{k}" in named for k in ("A", "KIN") if f"{{{k}" in _named([step])):
            steps.insert(rng.randint(0, len(steps)), step)
        blocks = [opening] + steps + story
        if "{A" in named and rng.random() < 0.5:
            blocks.append(rng.choice(T.FOLLOW))
        if rng.random() < (0.5 if asr else 0.4):
            blocks.insert(rng.randint(2, len(blocks)), rng.choice(T.SMALLTALK))
        if rng.random() < (0.6 if asr else 0.4):
            said = [b for b in T.RECAP if all(f"{{{k}" in named for k in ("A", "B", "C", "KIN") if f"{{{k}" in _named([b]))]
            if said:  # a recap names only people the story named
                blocks.append(rng.choice(said))
        return blocks + [rng.choice(T.CLOSE_ASR if asr else T.CLOSE_CHAT)]

    def bridges(self) -> dict:
        """The short replies put between two turns of one side: this family's templates' (``BRIDGES``)."""
        return self.templates.BRIDGES

    def assemble(self, index: int, split: str, style: str, names, rng) -> dict:
        """Conversation ``index`` of ``split`` in ``style``; a later family's assembly inherits it with its own
        templates and bridges."""
        bridges = self.bridges()
        profile = self.make_profile(names, style, rng, index)
        turns: list[dict] = []
        for block in self._stages(profile, rng):
            for code, template in block:
                speaker = "agent" if code == "a" else "customer"
                if turns and turns[-1]["speaker"] == speaker and (profile.asr or speaker == "agent"):
                    other = "customer" if speaker == "agent" else "agent"
                    profile.speaker = other
                    text, _, _ = self.render_turn(bridges[other][0], profile, rng)
                    turns.append({"speaker": other, "text": text, "spans": [], "distractors": []})
                profile.speaker = speaker
                text, spans, distractors = self.render_turn(template, profile, rng)
                turns.append({"speaker": speaker, "text": text, "spans": spans, "distractors": distractors})
        return {"conversation_id": f"{split}-{style}-{index:04d}", "style": style, "split": split, "turns": turns}


ASSEMBLY = BookingAssembly(T, {}, DISTRACTORS, SLOTS, name_questions=(0, 0), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
