"""The second FROZEN test split (``frozen_b``): generated once, committed, pinned by SHA-256, never tuned on.

Usage::

    python -m benchmarks.frozen_b --check      # verify the committed files against the manifest
    python -m benchmarks.frozen_b --write      # regenerate (needs the name sources mirrored; see
                                               # benchmarks/frozen_b_names.py) -- only to re-freeze

Why a second split: ``frozen_test`` has been scored many times. ``frozen_b`` was written blind: templates
(``_frozen_b_templates``, ``_frozen_b_issues``), values (``_frozen_b_values``, ``_frozen_b_people``) and names
(``frozen_b_names``, two sources no lexicon, pool, model or other split reads) were written for it before any
system ran on it. Scores are reported once per behaviour change; per-sentence results are never looked at.

Outputs in ``benchmarks/data``: ``conversations_frozen_b.jsonl`` (300 conversations, half ASR, half chat, half
of the chat ones casual; the dev record layout), ``fairness_frozen_b.jsonl`` (one name per utterance,
10 origin groups x 2 styles x 400) and ``frozen_b_manifest.json`` (SHA-256 per file, sources with commits
and licences, seeds, counts, the share of name tokens our lexicon happened to hold at freeze time).
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any, Callable

from benchmarks import _frozen_b_people as P
from benchmarks import _frozen_b_values as B
from benchmarks import _frozen_b_templates as T
from benchmarks._frozen_b_issues import ISSUES
from benchmarks._templates_values import ASR, CHAT
from benchmarks.frozen_b_names import SOURCES, FrozenBNameSource
from benchmarks.frozen_names import FROZEN_ORIGINS, FrozenName, fold
from benchmarks.frozen_test import changed_files, lexicon_overlap, sha256
from benchmarks.generate_transcripts import DATA_DIR, Profile, render, write_jsonl

SPLIT = "frozen_b"
SEED = 31337
CONVERSATIONS, FAIRNESS_PER_CELL = 300, 400
FILES = ("conversations_frozen_b.jsonl", "fairness_frozen_b.jsonl")
MANIFEST = DATA_DIR / "frozen_b_manifest.json"
_WORDS = Path(__file__).resolve().parent.parent / "recognizers" / "data" / "english_words.txt"

PERSON_SLOTS = ("FULL", "FIRST", "LAST", "THREE", "INITIAL", "SPELLED", "SPELLEDFIRST", "AGENT", "OTHER",
                "OTHERFIRST", "WORDNAME")
SLOTS = {
    **{slot: "PERSON" for slot in PERSON_SLOTS},
    "DOB": "DATE_OF_BIRTH", "OTHERDOB": "DATE_OF_BIRTH", "POSTCODE": "POSTCODE", "OLDPOSTCODE": "POSTCODE",
    "PHONE": "PHONE_NUMBER", "PHONEHEAD": "PHONE_NUMBER", "PHONETAIL": "PHONE_NUMBER",
    "OTHERPHONE": "PHONE_NUMBER", "EMAIL": "EMAIL_ADDRESS", "OLDEMAIL": "EMAIL_ADDRESS",
    "OTHEREMAIL": "EMAIL_ADDRESS", "ADDRESS": "STREET_ADDRESS", "CUSTOMER": "ACCOUNT_NUMBER",
    "BOOKING": "ACCOUNT_NUMBER", "POLICY": "ACCOUNT_NUMBER", "ORDER": "ACCOUNT_NUMBER", "METER": "ACCOUNT_NUMBER",
    "TRACKING": "ACCOUNT_NUMBER", "BANKACC": "ACCOUNT_NUMBER", "MEMBER": "ACCOUNT_NUMBER", "NHS": "NATIONAL_ID",
    "NINO": "NATIONAL_ID", "CODE": "AUTH_CODE", "CARD": "CREDIT_CARD", "CARDHEAD": "CREDIT_CARD",
    "CARDTAIL": "CREDIT_CARD", "EXPIRY": "CARD_EXPIRY", "CVV": "CARD_CVV", "IBAN": "IBAN_CODE",
}
_LOWER_WHEN_CASUAL = {"PERSON", "EMAIL_ADDRESS", "POSTCODE", "STREET_ADDRESS"}
_CASUAL_WORDS = {"you": "u", "your": "ur", "you're": "ur", "please": "pls", "thanks": "thx", "because": "cos",
                 "okay": "ok", "address": "adress", "received": "recieved", "tomorrow": "tmrw", "I'm": "im",
                 "don't": "dont", "it's": "its", "can't": "cant", "that's": "thats"}


class FrozenBProfile(Profile):
    """The personal values of one ``frozen_b`` conversation; ``casual``: the customer types lower case,
    without apostrophes, with chat abbreviations, the odd typo and emoji (agents type properly)."""

    LABELS = SLOTS
    PLAIN = frozenset({"emo", *P.KIN})

    def __init__(self, customer: FrozenName, agent: FrozenName, other: FrozenName, word_name: FrozenName,
                 style: str, rng: random.Random, casual: bool = False, sexes: tuple[str, str] = ("F", "F")) -> None:
        super().__init__(customer, agent, style, rng)  # type: ignore[arg-type]
        self.other, self.word_name, self.casual = other, word_name, casual
        self.sexes = sexes  # of the customer and of the third person
        self._phone = self._card = None

    def origin(self, slot: str) -> str | None:
        if slot not in PERSON_SLOTS:
            return None
        return {"AGENT": self.agent, "OTHER": self.other, "OTHERFIRST": self.other,
                "WORDNAME": self.word_name}.get(slot, self.customer).origin

    def value(self, slot: str) -> str:
        text = super().value(slot)
        if self.casual and self.speaker == "customer" and SLOTS[slot] in _LOWER_WHEN_CASUAL:
            low = text.lower()
            return low if len(low) == len(text) else text
        return text

    def _split(self, kind: str, head: bool) -> str:
        if kind == "phone":
            self._phone = self._phone or B.phone_digits(self.rng)
            ds, sizes, _ = self._phone
        else:
            self._card = self._card or B.card_digits(self.rng)
            ds, sizes = self._card
            sizes = (sizes[0] + sizes[1], *sizes[2:]) if len(sizes) == 4 else sizes
        part, rest = ds[:sizes[0]], ds[sizes[0]:]
        piece, groups = (part, (sizes[0],)) if head else (rest, sizes[1:])
        if self.style == ASR:
            return B.spoken_number(piece, groups, self.rng)
        return piece if head else B.grouped(piece, groups)

    def _render(self, slot: str) -> str:
        s, rng, c, o = self.style, self.rng, self.customer, self.other
        phone = lambda: B.phone_text(*B.phone_digits(rng), rng, s)  # noqa: E731
        makers: dict[str, Callable[[], str]] = {
            "FULL": lambda: P.person(c, "full", s), "FIRST": lambda: P.person(c, "first", s),
            "LAST": lambda: P.person(c, "last", s), "THREE": lambda: P.person(c, "three", s),
            "INITIAL": lambda: P.person(c, "initial", s), "SPELLED": lambda: P.spelled(c, "last", rng, s),
            "SPELLEDFIRST": lambda: P.spelled(c, "first", rng, s), "AGENT": lambda: P.person(self.agent, "first", s),
            "OTHER": lambda: P.person(o, "full", s), "OTHERFIRST": lambda: P.person(o, "first", s),
            "WORDNAME": lambda: P.person(self.word_name, "full", s),
            "DOB": lambda: B.date_of_birth(rng, s), "OTHERDOB": lambda: B.date_of_birth(rng, s),
            "POSTCODE": lambda: P.postcode(rng, s), "OLDPOSTCODE": lambda: P.postcode(rng, s),
            "PHONE": phone, "OTHERPHONE": phone, "PHONEHEAD": lambda: self._split("phone", True),
            "PHONETAIL": lambda: self._split("phone", False), "EMAIL": lambda: P.email(c, rng, s),
            "OLDEMAIL": lambda: P.email(c, rng, s), "OTHEREMAIL": lambda: P.email(o, rng, s),
            "ADDRESS": lambda: P.address(rng, s), "NHS": lambda: B.nhs_number(rng, s),
            "NINO": lambda: B.ni_number(rng, s), "CODE": lambda: B.otp(rng, s),
            "CARD": lambda: B.card_text(*B.card_digits(rng), rng, s),
            "CARDHEAD": lambda: self._split("card", True), "CARDTAIL": lambda: self._split("card", False),
            "EXPIRY": lambda: B.card_expiry(rng, s), "CVV": lambda: B.cvv(rng, s), "IBAN": lambda: B.iban(rng, s),
        }
        if slot in ("CUSTOMER", "BOOKING", "POLICY", "ORDER", "METER", "TRACKING", "BANKACC", "MEMBER"):
            return B.reference({"BANKACC": "bank", "MEMBER": "customer"}.get(slot, slot.lower()), rng, s)
        return makers[slot]()

    def plain(self, slot: str) -> str:
        """``{emo}``: an emoji in a casual customer's chat turn, else nothing; ``{title}``: the customer's
        title; other kin words (``{sib}``, ``{he}``, ...) agree with the third person."""
        if slot != "emo":
            return P.kin(slot, self.sexes[0] if slot == "title" else self.sexes[1], self.style)
        if self.style == CHAT and self.casual and self.speaker == "customer" and self.rng.random() < 0.6:
            return self.rng.choice(P.EMOJI)
        return ""

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        return P.distractor(kind, rng, style) or super().distractor(kind, rng, style)

    def chat_literal(self, text: str, rng: random.Random) -> str:
        if not (self.casual and self.speaker == "customer"):
            return text
        words = [_CASUAL_WORDS.get(w, _CASUAL_WORDS.get(w.lower(), w)) for w in text.split(" ")]
        text = " ".join(words).lower().replace("'", "").replace("’", "")
        text = re.sub(r"\.(\s|$)", r"\1", text)
        if rng.random() < 0.12:  # one transposed pair of letters in a longer word
            long_words = [m for m in re.finditer(r"[a-z]{6,}", text)]
            if long_words:
                m = rng.choice(long_words)
                i = m.start() + rng.randint(1, len(m.group()) - 3)
                text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
        return text


class _Names:
    def __init__(self, seed: int) -> None:
        self.source = FrozenBNameSource(seed)
        words = set(_WORDS.read_text(encoding="utf-8").split())
        self._is_word = lambda part: len(part) >= 3 and fold(part).lower() in words

    def name(self, origin: str | None = None, middle: bool = False) -> FrozenName:
        return self.source.name(origin, middle=middle)

    def pick(self, origin: str | None = None, middle: bool = False) -> tuple[FrozenName, str]:
        return self.source.pick(origin, middle=middle)

    def word_name(self) -> FrozenName:
        for _ in range(3000):
            name = self.source.name()
            if self._is_word(name.first) or self._is_word(name.last.split(" ")[-1]):
                return name
        raise RuntimeError("no name that is also an English word")  # pragma: no cover


def conversation(index: int, style: str, names: _Names, rng: random.Random) -> dict[str, Any]:
    """One labelled multi-turn conversation of ``frozen_b``."""
    casual = style == CHAT and rng.random() < 0.5
    (customer, sex), agent, (other, other_sex) = names.pick(middle=True), names.name(), names.pick()
    profile = FrozenBProfile(customer, agent, other, names.word_name(), style, rng, casual, (sex, other_sex))
    blocks = [rng.choice(T.GREETINGS)]
    middle = rng.sample(T.IDENTITY, rng.randint(2, 4)) + rng.sample(ISSUES, rng.randint(1, 2))
    rng.shuffle(middle)
    blocks += middle + [rng.choice(T.CLOSINGS)]
    turns: list[dict[str, Any]] = []
    for block in blocks:
        for code, template in block:
            speaker = "agent" if code == "a" else "customer"
            if turns and turns[-1]["speaker"] == speaker:
                profile.speaker = other = "customer" if speaker == "agent" else "agent"
                bridge, _, _ = render(rng.choice(T.BRIDGES[other]), profile, rng)
                turns.append({"speaker": other, "text": bridge, "spans": [], "distractors": []})
            profile.speaker = speaker
            text, spans, distractors = render(template, profile, rng)
            turns.append({"speaker": speaker, "text": text, "spans": spans, "distractors": distractors})
    return {"conversation_id": f"{SPLIT}-{style}-{index:04d}", "style": style, "split": SPLIT,
            "casual": casual, "turns": turns}


def generate_conversations(n: int = CONVERSATIONS, seed: int = SEED) -> list[dict[str, Any]]:
    rng, names = random.Random(seed), _Names(seed)
    return [conversation(i, ASR if i % 2 == 0 else CHAT, names, rng) for i in range(n)]


def generate_fairness(per_cell: int = FAIRNESS_PER_CELL, seed: int = SEED + 1) -> list[dict[str, Any]]:
    """``per_cell`` utterances per (origin group, style), one name each."""
    rng, names = random.Random(seed), _Names(seed)
    records = []
    for i in range(per_cell * len(FROZEN_ORIGINS) * 2):
        origin = FROZEN_ORIGINS[i % len(FROZEN_ORIGINS)]
        style = ASR if (i // len(FROZEN_ORIGINS)) % 2 == 0 else CHAT
        person, sex = names.pick(origin, middle=True)
        profile = FrozenBProfile(person, person, person, person, style, rng, sexes=(sex, sex))
        text, spans, _ = render(rng.choice(T.FAIRNESS_FRAMES), profile, rng, filler_rate=0.0)
        records.append({"id": f"fair-{SPLIT}-{i:05d}", "style": style, "origin": origin,
                        "country": person.country, "split": SPLIT, "text": text, "spans": spans})
    return records






def counts(convs: list[dict[str, Any]], fair: list[dict[str, Any]]) -> dict[str, Any]:
    spans = Counter(s["label"] for c in convs for t in c["turns"] for s in t["spans"])
    kinds = Counter(d["kind"] for c in convs for t in c["turns"] for d in t["distractors"])
    cells = Counter(f"{r['origin']}/{r['style']}" for r in fair)
    return {"conversations": len(convs), "turns": sum(len(c["turns"]) for c in convs),
            "casual_chat_conversations": sum(c["casual"] for c in convs),
            "spans_by_label": dict(sorted(spans.items())), "distractors_by_kind": dict(sorted(kinds.items())),
            "fairness_utterances": len(fair), "fairness_by_cell": dict(sorted(cells.items()))}


def write(out_dir: Path = DATA_DIR) -> dict[str, Any]:
    convs, fair = generate_conversations(), generate_fairness()
    write_jsonl(out_dir / FILES[0], convs)
    write_jsonl(out_dir / FILES[1], fair)
    manifest = {"split": SPLIT, "seed": SEED, "sources": SOURCES,
                "sha256": {name: sha256(out_dir / name) for name in FILES}, **counts(convs, fair),
                "fairness_name_tokens_in_lexicon_at_freeze": lexicon_overlap(fair)}
    (out_dir / MANIFEST.name).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def check(data_dir: Path = DATA_DIR) -> list[str]:
    """Names of ``frozen_b`` files whose SHA-256 differs from the manifest (empty: intact)."""
    return changed_files(data_dir, MANIFEST.name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The second frozen test split (frozen_b).")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--check", action="store_true")
    group.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    if args.write:
        manifest = write()
        print(json.dumps({k: manifest[k] for k in ("sha256", "spans_by_label", "fairness_utterances")}, indent=2))
        return 0
    changed = check()
    print("frozen_b split intact" if not changed else f"CHANGED: {', '.join(changed)}")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
