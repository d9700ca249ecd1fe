"""Assemble one ``dev_al`` session: the staged assembly's turn rendering (``_staged_assembly``) over dev_al's own
stages. A spoken session is a smart-speaker / phone-assistant session (35 %), an in-car session (20 %) or an IVR
call (45 %); a typed one is a banking-app, ride-hailing, food-delivery or SMS-bot chat. Users cycle through the
seven origin groups within each style. Bots send two messages in a row where they do; after a user's reply that
ends a command the assistant says it is done before the next command. A user who types in capitals has every turn
in capitals."""
from __future__ import annotations

from benchmarks import _templates_dev_al as T
from benchmarks._profile_dev_al import DISTRACTORS, SLOTS, ProfileAL
from benchmarks._staged_assembly import StagedAssembly


def _profile(names, style: str, rng, index: int) -> ProfileAL:
    same_style = sum(T.style_of(i) == style for i in range(index))
    return ProfileAL.make(names, style, rng, T.FAIRNESS_ORIGINS[same_style % len(T.FAIRNESS_ORIGINS)], False)


class SessionAssembly(StagedAssembly):
    """Voice-assistant, IVR and bot sessions."""

    def render_turn(self, template: str, profile, rng, fillers: bool = True):
        text, spans, distractors = super().render_turn(template, profile, rng, fillers and profile.speaker == "customer")
        if getattr(profile, "caps", False) and profile.speaker == "customer" and len(text.upper()) == len(text):
            text = text.upper()
        return text, spans, distractors

    def _stages(self, profile, rng):
        if profile.asr:
            kind = rng.choices(("speaker", "car", "ivr"), weights=(35, 20, 45))[0]
            profile.assistant = kind if kind != "ivr" else "none"
            if kind == "ivr":
                domain = rng.choice(sorted(T.IVR_OPEN))
                blocks = [((("a", T.IVR_OPEN[domain][1]),)), ((("c", rng.choice(T.REASONS[domain])),))]
                blocks += rng.sample(T.IVR_ID, rng.randint(4, 6))
                if rng.random() < 0.6:
                    blocks.insert(rng.randint(2, len(blocks)), T.IVR_ASK[domain])
                return blocks + [rng.choice(T.IVR_END)]
            n = rng.randint(4, 7) if kind == "speaker" else rng.randint(3, 5)
            pool = list(T.CALLS) * 2 + list(T.CLARIFY) * 3 + list(T.LOOKS) * 2
            blocks: list = []
            while len(blocks) < n:
                b = rng.choice(pool)
                if b not in blocks:
                    blocks.append(b)
            return blocks
        profile.assistant = "none"
        profile.caps = not profile.lower and rng.random() < 0.15
        app = rng.choice(sorted(T.CHAT_DO))
        blocks = [T.CHAT_OPEN[app], T.CHAT_DO[app][0]] + rng.sample(T.CHAT_DO[app][1:], rng.randint(1, 3))
        if rng.random() < 0.6:
            blocks.insert(rng.randint(2, len(blocks)), rng.choice(T.CHAT_ID))
        return blocks + [rng.choice(T.CHAT_END)]

    def assemble(self, index: int, split: str, style: str, names, rng) -> dict:
        """Session ``index`` of ``split`` in ``style``."""
        profile = self.make_profile(names, style, rng, index)
        turns: list[dict] = []
        for block in self._stages(profile, rng):
            for code, template in block:
                speaker = "agent" if code == "a" else "customer"
                if profile.asr and speaker == "customer" and turns and turns[-1]["speaker"] == "customer":
                    profile.speaker = "agent"
                    text, _, _ = self.render_turn(T.BRIDGES["agent"][0], profile, rng)
                    turns.append({"speaker": "agent", "text": text, "spans": [], "distractors": []})
                profile.speaker = speaker
                text, spans, distractors = self.render_turn(template, profile, rng)
                turns.append({"speaker": speaker, "text": text, "spans": spans, "distractors": distractors})
        return {"conversation_id": f"{split}-{style}-{index:04d}", "style": style, "split": split, "turns": turns}


ASSEMBLY = SessionAssembly(T, {}, DISTRACTORS, SLOTS, name_questions=(0, 0), make_profile=_profile)
render_turn = ASSEMBLY.render_turn
assemble = ASSEMBLY.assemble
