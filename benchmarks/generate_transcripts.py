"""Seeded generator of labelled customer-service transcripts (ASR and chat style) and a fairness set.

Usage::

    python -m benchmarks.generate_transcripts --split dev            # writes benchmarks/data/*_dev.jsonl
    python -m benchmarks.generate_transcripts --split dev_b --conversations 300 --fairness 8000

Conversation record (one JSON object per line)::

    {"conversation_id", "style": "asr"|"chat", "split", "turns": [{"speaker": "agent"|"customer", "text",
     "spans": [{"start", "end", "label", "origin"?}], "distractors": [{"start", "end", "kind"}]}]}

``distractors`` mark values that must NOT be redacted (prices, menu options, ...); they are not gold
spans. Fairness record: ``{"id", "style", "origin", "split", "text", "spans"}``.
Every span's offsets are checked against the rendered text before a record is returned.
"""
from __future__ import annotations

import argparse
import json
import logging
import random
import re
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterator

from benchmarks import (_templates_dev, _templates_dev_b, _templates_dev_c, _templates_dev_d, _templates_dev_e,
                        _templates_dev_f, _templates_dev_g, _templates_dev_h, _templates_dev_i, _templates_dev_j, _templates_dev_k,
                        _templates_dev_l, _templates_dev_m, _templates_dev_n, _templates_dev_o, _templates_dev_p, _templates_dev_q, _templates_dev_r, _templates_dev_s, _templates_dev_t, _templates_dev_u, _templates_dev_v, _templates_dev_w, _templates_dev_x,
                        _templates_dev_y, _templates_dev_z, _templates_dev_aa, _templates_dev_ab, _templates_dev_ac,
                        _templates_dev_ad, _templates_dev_ae, _templates_dev_af, _templates_dev_ag, _templates_dev_ah,
                        _templates_dev_ai, _templates_dev_aj, _templates_dev_ak, _templates_dev_al,
                        _templates_dev_am, _templates_dev_an, _templates_dev_ao, _templates_dev_ap,
                        _templates_dev_aq, _templates_dev_ar, _templates_dev_as,
                        _templates_dev_at, _templates_dev_au,
                        _templates_dev_av, _templates_dev_aw,
                        _templates_dev_ax, _templates_dev_ay, _templates_dev_az,
                        _templates_dev_ba, _templates_dev_bb)
from benchmarks import _templates_distractors as D
from benchmarks import _templates_values as V
from benchmarks._templates_names import ORIGINS, Name, NameSource
from recognizers import entities as E

logger = logging.getLogger(__name__)

# ``dev_b`` was the "test" split until its figures were tuned on and its sentences copied into unit tests
# (issue 12): it is development data now. The frozen test split is built by ``benchmarks.frozen_test``.
# ``dev_c`` to ``dev_y`` (issue 12) have their own value forms and name sources the lexicon never read (``kit()``).
FAMILIES: dict[str, ModuleType] = {"dev": _templates_dev, "dev_b": _templates_dev_b, "dev_c": _templates_dev_c,
                                   "dev_d": _templates_dev_d, "dev_e": _templates_dev_e, "dev_f": _templates_dev_f,
                                   "dev_g": _templates_dev_g, "dev_h": _templates_dev_h, "dev_i": _templates_dev_i,
                                   "dev_j": _templates_dev_j, "dev_k": _templates_dev_k, "dev_l": _templates_dev_l,
                                   "dev_m": _templates_dev_m, "dev_n": _templates_dev_n,
                                   "dev_o": _templates_dev_o, "dev_p": _templates_dev_p, "dev_q": _templates_dev_q,
                                   "dev_r": _templates_dev_r, "dev_s": _templates_dev_s, "dev_t": _templates_dev_t, "dev_u": _templates_dev_u, "dev_v": _templates_dev_v, "dev_w": _templates_dev_w, "dev_x": _templates_dev_x, "dev_y": _templates_dev_y,
                                   "dev_z": _templates_dev_z, "dev_aa": _templates_dev_aa, "dev_ab": _templates_dev_ab,
                                   "dev_ac": _templates_dev_ac, "dev_ad": _templates_dev_ad,
                                   "dev_ae": _templates_dev_ae, "dev_af": _templates_dev_af,
                                   "dev_ag": _templates_dev_ag, "dev_ah": _templates_dev_ah,
                                   "dev_ai": _templates_dev_ai,
                                   "dev_aj": _templates_dev_aj,
                                   "dev_ak": _templates_dev_ak,
                                   "dev_al": _templates_dev_al,
                                   "dev_am": _templates_dev_am,
                                   "dev_an": _templates_dev_an,
                                   "dev_ao": _templates_dev_ao,
                                   "dev_ap": _templates_dev_ap,
                                   "dev_aq": _templates_dev_aq,
                                   "dev_ar": _templates_dev_ar,
                                   "dev_as": _templates_dev_as,
                                   "dev_at": _templates_dev_at,
                                   "dev_au": _templates_dev_au,
                                   "dev_av": _templates_dev_av,
                                   "dev_aw": _templates_dev_aw,
                                   "dev_ax": _templates_dev_ax,
                                   "dev_ay": _templates_dev_ay,
                                   "dev_az": _templates_dev_az,
                                   "dev_ba": _templates_dev_ba, "dev_bb": _templates_dev_bb}
# Different seeds per split on top of different templates: no value is shared by accident either.
SPLIT_SEEDS = {"dev": 1729, "dev_b": 4242, "dev_c": 9091, "dev_d": 6067, "dev_e": 5153, "dev_f": 7331,
               "dev_g": 8447, "dev_h": 3371, "dev_i": 2693, "dev_j": 5821, "dev_k": 6389, "dev_l": 4517, "dev_m": 7703, "dev_n": 8521,
               "dev_o": 9137, "dev_p": 6151, "dev_q": 7219, "dev_r": 8629, "dev_s": 8293, "dev_t": 5347, "dev_u": 6733, "dev_v": 7477, "dev_w": 8863, "dev_x": 8831, "dev_y": 9419,
               "dev_z": 9601, "dev_aa": 9733, "dev_ab": 9811, "dev_ac": 9821, "dev_ad": 9831, "dev_ae": 9841, "dev_af": 9851, "dev_ag": 9861, "dev_ah": 9871,
               "dev_ai": 9881, "dev_aj": 9891, "dev_ak": 9901, "dev_al": 9911, "dev_am": 9921, "dev_an": 9931,
               "dev_ao": 9941, "dev_ap": 9951, "dev_aq": 9961, "dev_ar": 9971, "dev_as": 9981,
               "dev_at": 9991, "dev_au": 10001, "dev_av": 10011, "dev_aw": 10021, "dev_ax": 10031, "dev_ay": 10041, "dev_az": 10051,
               "dev_ba": 10061, "dev_bb": 10071}
DATA_DIR = Path(__file__).parent / "data"

SLOT_LABELS = {
    "FULL": E.PERSON, "FIRST": E.PERSON, "LAST": E.PERSON, "SPELLED": E.PERSON, "AGENT": E.PERSON,
    "PHONE": E.PHONE_NUMBER, "EMAIL": E.EMAIL_ADDRESS, "CARD": E.CREDIT_CARD, "SSN": E.US_SSN,
    "SSN4": E.US_SSN, "DOB": E.DATE_OF_BIRTH, "ADDRESS": E.STREET_ADDRESS, "ZIP": E.ZIP_CODE,
    "ORDER": E.ACCOUNT_NUMBER, "ACCOUNT": E.ACCOUNT_NUMBER, "MEMBER": E.ACCOUNT_NUMBER,
    "POLICY": E.ACCOUNT_NUMBER, "TICKET": E.ACCOUNT_NUMBER, "CODE": E.AUTH_CODE, "PIN": E.AUTH_CODE,
    "IBAN": E.IBAN_CODE,
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_ASR_PUNCT = re.compile(r"[,.?!;:\"()]")
_FILLERS = ("uh", "um", "uh", "um", "like", "so")


class Profile:
    """The personal values of one conversation: each slot is rendered once and reused, so a phone
    number read back later in the call is the same number."""

    LABELS: dict[str, str] = SLOT_LABELS
    PLAIN: frozenset[str] = frozenset()  # lower-case slots the profile fills with unlabelled words (a title)
    speaker = "customer"  # who says the template being rendered (set per turn by ``conversation``)

    def __init__(self, customer: Name, agent: Name, style: str, rng: random.Random) -> None:
        self.customer, self.agent, self.style, self.rng = customer, agent, style, rng
        self._values: dict[str, str] = {}

    @classmethod
    def make(cls, names: NameSource, style: str, rng: random.Random, origin: str | None = None) -> "Profile":
        return cls(names.name(origin), names.name(origin), style, rng)

    def value(self, slot: str) -> str:
        if slot not in self._values:
            self._values[slot] = self._render(slot)
        return self._values[slot]

    def origin(self, slot: str) -> str | None:
        if SLOT_LABELS.get(slot) != E.PERSON:
            return None
        return self.agent.origin if slot == "AGENT" else self.customer.origin

    def _render(self, slot: str) -> str:
        s, rng = self.style, self.rng
        makers: dict[str, Callable[[], str]] = {
            "FULL": lambda: V.person(self.customer, "full", s),
            "FIRST": lambda: V.person(self.customer, "first", s),
            "LAST": lambda: V.person(self.customer, "last", s),
            "SPELLED": lambda: V.spelled_last(self.customer, s),
            "AGENT": lambda: V.person(self.agent, "first", s),
            "PHONE": lambda: V.phone(rng, s),
            "EMAIL": lambda: V.email(self.customer, rng, s),
            "CARD": lambda: V.card(rng, s),
            "DOB": lambda: V.date_of_birth(rng, s),
            "ADDRESS": lambda: V.street_address(rng, s),
            "ZIP": lambda: V.zip_code(rng, s),
            "CODE": lambda: V.auth_code(rng, s, 6),
            "PIN": lambda: V.auth_code(rng, s, 4),
            "IBAN": lambda: V.iban(rng, s),
        }
        if slot in ("SSN", "SSN4"):
            full, last4 = V.ssn(rng, s)
            self._values.setdefault("SSN", full)
            self._values.setdefault("SSN4", last4)
            return self._values[slot]
        if slot in ("ORDER", "ACCOUNT", "MEMBER", "POLICY", "TICKET"):
            return V.account_number(slot.lower(), rng, s)
        return makers[slot]()

    def plain(self, slot: str) -> str:
        raise KeyError(slot)

    def chat_literal(self, text: str, rng: random.Random) -> str:
        """The template's words in a chat turn (a profile may make them casual)."""
        return text

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        """A NEUTRAL value for a lower-case slot (a profile may add kinds of its own)."""
        return D.distractor(kind, rng, style)


def _asr_literal(text: str, rng: random.Random, filler_rate: float) -> str:
    """Lowercase, drop punctuation, sprinkle fillers between words (never inside a value)."""
    text = _ASR_PUNCT.sub("", text.lower()).replace("-", " ")
    words = text.split(" ")
    out = []
    for word in words:
        if word and rng.random() < filler_rate:
            out.append(rng.choice(_FILLERS))
        out.append(word)
    return " ".join(out)


def render(template: str, profile: Profile, rng: random.Random, filler_rate: float = 0.06
           ) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Fill one template; returns (text, gold spans, distractor spans) with verified offsets."""
    style = profile.style
    text, spans, distractors = "", [], []
    for kind, piece in _iter_parts(template):
        if kind == "lit":
            lit = _asr_literal(piece, rng, filler_rate) if style == V.ASR else profile.chat_literal(piece, rng)
            lit = re.sub(r"\s+", " ", lit)
            if not text or text.endswith(" "):
                lit = lit.lstrip()
            text += lit
            continue
        if piece in profile.PLAIN:
            text += profile.plain(piece)
            continue
        if piece.isupper():
            value = profile.value(piece)
            span: dict[str, Any] = {"start": len(text), "end": len(text) + len(value),
                                    "label": profile.LABELS[piece]}
            origin = profile.origin(piece)
            if origin:
                span["origin"] = origin
            spans.append(span)
        else:
            value = profile.distractor(piece, rng, style)
            distractors.append({"start": len(text), "end": len(text) + len(value), "kind": piece})
        text += value
    text = text.rstrip()
    if style == V.ASR:
        text = _strip_edges(text, spans, distractors)
    verify(text, spans + distractors)
    return text, spans, distractors


def _iter_parts(template: str) -> Iterator[tuple[str, str]]:
    last = 0
    for m in _PLACEHOLDER.finditer(template):
        if m.start() > last:
            yield "lit", template[last:m.start()]
        yield "slot", m.group(1)
        last = m.end()
    if last < len(template):
        yield "lit", template[last:]


def _strip_edges(text: str, *span_lists: list[dict[str, Any]]) -> str:
    lead = len(text) - len(text.lstrip())
    if lead:
        for spans in span_lists:
            for span in spans:
                span["start"] -= lead
                span["end"] -= lead
    return text.strip()


def verify(text: str, spans: list[dict[str, Any]]) -> None:
    """Raise if a span is out of range, empty, padded with spaces or overlaps another."""
    ordered = sorted(spans, key=lambda s: s["start"])
    for span in ordered:
        value = text[span["start"]:span["end"]]
        if not 0 <= span["start"] < span["end"] <= len(text) or value != value.strip() or not value:
            raise AssertionError(f"bad span {span} in {text!r}")
    for a, b in zip(ordered, ordered[1:]):
        if b["start"] < a["end"]:
            raise AssertionError(f"overlapping spans {a} {b} in {text!r}")


def conversation(index: int, split: str, style: str, names: NameSource, rng: random.Random
                 ) -> dict[str, Any]:
    """One labelled multi-turn conversation."""
    family = FAMILIES[split]
    profile = _kit(split)[0].make(names, style, rng)
    blocks = [rng.choice(family.GREETINGS)]
    middle = rng.sample(family.IDENTITY, rng.randint(2, 5)) + rng.sample(family.ISSUES, rng.randint(1, 3))
    rng.shuffle(middle)
    blocks += middle + [rng.choice(family.CLOSINGS)]
    turns: list[dict[str, Any]] = []
    for block in blocks:
        for speaker_code, template in block:
            speaker = "agent" if speaker_code == "a" else "customer"
            profile.speaker = speaker
            text, spans, distractors = render(template, profile, rng)
            if turns and turns[-1]["speaker"] == speaker:
                # Two blocks meet with the same speaker: a short backchannel from the other side keeps
                # turns alternating and leaves the bare answer of the previous block alone in its turn.
                other = "customer" if speaker == "agent" else "agent"
                profile.speaker = other
                bridge, _, _ = render(rng.choice(family.BRIDGES[other]), profile, rng)
                profile.speaker = speaker
                turns.append({"speaker": other, "text": bridge, "spans": [], "distractors": []})
            turns.append({"speaker": speaker, "text": text, "spans": spans, "distractors": distractors})
    return {"conversation_id": f"{split}-{style}-{index:04d}", "style": style, "split": split,
            "turns": turns}


def _kit(split: str) -> tuple[type[Profile], Any]:
    """(profile class, name source class) of a split's family; the defaults unless it has ``kit()``."""
    family = FAMILIES[split]
    return family.kit() if hasattr(family, "kit") else (Profile, NameSource)


def generate_conversations(split: str, n: int, seed: int | None = None) -> list[dict[str, Any]]:
    """``n`` conversations, half ASR, half chat, deterministic for (split, seed)."""
    seed = SPLIT_SEEDS[split] if seed is None else seed
    rng, names = random.Random(seed), _kit(split)[1](seed)
    make = getattr(FAMILIES[split], "conversation", conversation)  # dev_j .. dev_r assemble whole conversations
    return [make(i, split, V.ASR if i % 2 == 0 else V.CHAT, names, rng) for i in range(n)]


def generate_fairness(split: str, n: int, seed: int | None = None) -> list[dict[str, Any]]:
    """``n`` single utterances with one name each, balanced over origin groups and both styles."""
    seed = (SPLIT_SEEDS[split] if seed is None else seed) + 1
    profile_cls, source_cls = _kit(split)
    rng, names = random.Random(seed), source_cls(seed)
    frames, origins = FAMILIES[split].FAIRNESS_FRAMES, getattr(FAMILIES[split], "FAIRNESS_ORIGINS", ORIGINS)
    records = []
    for i in range(n):
        origin = origins[i % len(origins)]
        style = V.ASR if (i // len(origins)) % 2 == 0 else V.CHAT
        profile = profile_cls.make(names, style, rng, origin)
        text, spans, _ = getattr(FAMILIES[split], "render", render)(rng.choice(frames), profile, rng, filler_rate=0.0)
        records.append({"id": f"fair-{split}-{i:05d}", "style": style, "origin": origin, "split": split,
                        "text": text, "spans": spans})
    return records


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=sorted(FAMILIES), default="dev")
    parser.add_argument("--conversations", type=int, default=300)
    parser.add_argument("--fairness", type=int, default=8000)
    parser.add_argument("--seed", type=int, default=None, help="override the split's default seed")
    parser.add_argument("--out-dir", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    convs = generate_conversations(args.split, args.conversations, args.seed)
    fair = generate_fairness(args.split, args.fairness, args.seed)
    conv_path = args.out_dir / f"conversations_{args.split}.jsonl"
    fair_path = args.out_dir / f"fairness_{args.split}.jsonl"
    write_jsonl(conv_path, convs)
    write_jsonl(fair_path, fair)
    n_spans = sum(len(t["spans"]) for c in convs for t in c["turns"])
    print(f"wrote {len(convs)} conversations ({n_spans} labelled spans) to {conv_path}")
    print(f"wrote {len(fair)} fairness utterances to {fair_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
