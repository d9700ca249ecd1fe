"""The FROZEN test split: generated once, committed, pinned by SHA-256, never tuned on.

Usage::

    python -m benchmarks.frozen_test --check      # verify the committed files against the manifest
    python -m benchmarks.frozen_test --write      # regenerate (needs the name sources mirrored; see
                                                  # benchmarks/frozen_names.py) -- only to re-freeze

Templates (``_frozen_test_templates``), values (``_frozen_test_values``) and names (``frozen_names``, from
sources never used for our lexicon or surrogate pools) were written for this split before any score on it
was seen. Scores on it are reported once per behaviour change; per-sentence failures are not looked at.
Re-freezing (a new manifest) is a deliberate act: the old figures are then no longer comparable.

Outputs in ``benchmarks/data``: ``conversations_frozen_test.jsonl`` (300 conversations, half ASR, half
chat; same record layout as the dev conversations), ``fairness_frozen_test.jsonl`` (one name per
utterance, 10 origin groups x 2 styles x 500) and ``frozen_test_manifest.json`` (SHA-256 per file, sources
with commits and licences, seeds, the share of name tokens our lexicon happened to hold at freeze time).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import logging
import random
from pathlib import Path
from typing import Any, Callable

from benchmarks import _frozen_test_templates as T
from benchmarks import _frozen_test_values as F
from benchmarks import _templates_values as V
from benchmarks.frozen_names import FROZEN_ORIGINS, SOURCES, FrozenName, FrozenNameSource, fold
from benchmarks.generate_transcripts import DATA_DIR, SLOT_LABELS, Profile, render, write_jsonl

logger = logging.getLogger(__name__)

SPLIT = "frozen_test"
SEED = 90210
CONVERSATIONS, FAIRNESS_PER_CELL = 300, 500
FILES = ("conversations_frozen_test.jsonl", "fairness_frozen_test.jsonl")
MANIFEST = DATA_DIR / "frozen_test_manifest.json"
_ENGLISH_WORDS = Path(__file__).resolve().parent.parent / "recognizers" / "data" / "english_words.txt"

PERSON_SLOTS = ("FULL", "THREE", "INITIAL", "FIRST", "LAST", "SPELLED", "SPELLEDFULL", "AGENT", "OTHER",
                "OTHERFIRST", "WORDNAME")
FROZEN_LABELS = {
    **{slot: "PERSON" for slot in PERSON_SLOTS},
    "DOB": "DATE_OF_BIRTH", "POSTCODE": "POSTCODE", "PHONE": "PHONE_NUMBER", "EMAIL": "EMAIL_ADDRESS",
    "ADDRESS": "STREET_ADDRESS", "METER": "ACCOUNT_NUMBER", "BOOKING": "ACCOUNT_NUMBER",
    "CUSTOMER": "ACCOUNT_NUMBER", "NHS": "NATIONAL_ID", "CODE": "AUTH_CODE", "CARD": "CREDIT_CARD",
    "EXPIRY": "CARD_EXPIRY", "CVV": "CARD_CVV", "IBAN": "IBAN_CODE",
}
assert set(SLOT_LABELS) - set(FROZEN_LABELS) <= set(SLOT_LABELS)  # dev slots stay valid names


class FrozenProfile(Profile):
    """The personal values of one frozen-split conversation."""

    LABELS = FROZEN_LABELS

    def __init__(self, customer: FrozenName, agent: FrozenName, other: FrozenName, word_name: FrozenName,
                 style: str, rng: random.Random) -> None:
        super().__init__(customer, agent, style, rng)  # type: ignore[arg-type]
        self.other, self.word_name = other, word_name

    def origin(self, slot: str) -> str | None:
        if slot not in PERSON_SLOTS:
            return None
        return {"AGENT": self.agent, "OTHER": self.other, "OTHERFIRST": self.other,
                "WORDNAME": self.word_name}.get(slot, self.customer).origin

    def _render(self, slot: str) -> str:
        s, rng, c = self.style, self.rng, self.customer
        makers: dict[str, Callable[[], str]] = {
            "FULL": lambda: F.person(c, "full", s), "THREE": lambda: F.person(c, "three", s),
            "INITIAL": lambda: F.person(c, "initial", s), "FIRST": lambda: F.person(c, "first", s),
            "LAST": lambda: F.person(c, "last", s), "SPELLED": lambda: F.spelled_name(c, "last", s, rng),
            "SPELLEDFULL": lambda: F.spelled_name(c, "full", s, rng),
            "AGENT": lambda: F.person(self.agent, "first", s), "OTHER": lambda: F.person(self.other, "full", s),
            "OTHERFIRST": lambda: F.person(self.other, "first", s),
            "WORDNAME": lambda: F.person(self.word_name, "full", s),
            "DOB": lambda: F.date_of_birth(rng, s), "POSTCODE": lambda: F.postcode(rng, s),
            "PHONE": lambda: F.phone(rng, s), "EMAIL": lambda: F.email(c, rng, s),
            "ADDRESS": lambda: F.address(rng, s), "METER": lambda: F.reference("meter", rng, s),
            "BOOKING": lambda: F.reference("booking", rng, s),
            "CUSTOMER": lambda: F.reference("customer", rng, s), "NHS": lambda: F.reference("nhs", rng, s),
            "CODE": lambda: V.auth_code(rng, s, 6), "CARD": lambda: V.card(rng, s),
            "EXPIRY": lambda: F.card_expiry(rng, s), "CVV": lambda: F.cvv(rng, s),
            "IBAN": lambda: V.iban(rng, s),
        }
        return makers[slot]()


class _Names:
    """The frozen name source plus a sampler of names one part of which is an English word."""

    def __init__(self, seed: int) -> None:
        self.source = FrozenNameSource(seed)
        words = set(_ENGLISH_WORDS.read_text(encoding="utf-8").split())
        self._is_word = lambda part: fold(part).lower() in words and len(part) >= 3

    def name(self, origin: str | None = None, middle: bool = False) -> FrozenName:
        return self.source.name(origin, middle=middle)

    def word_name(self) -> FrozenName:
        for _ in range(2000):
            name = self.source.name()
            if self._is_word(name.first) or self._is_word(name.last.split(" ")[-1]):
                return name
        raise RuntimeError("no name that is also an English word")  # pragma: no cover


def conversation(index: int, style: str, names: _Names, rng: random.Random) -> dict[str, Any]:
    """One labelled multi-turn conversation of the frozen family."""
    profile = FrozenProfile(names.name(middle=True), names.name(), names.name(), names.word_name(), style, rng)
    blocks = [rng.choice(T.GREETINGS)]
    middle = rng.sample(T.IDENTITY, rng.randint(2, 5)) + rng.sample(T.ISSUES, rng.randint(1, 3))
    rng.shuffle(middle)
    blocks += middle + [rng.choice(T.CLOSINGS)]
    turns: list[dict[str, Any]] = []
    for block in blocks:
        for speaker_code, template in block:
            speaker = "agent" if speaker_code == "a" else "customer"
            text, spans, distractors = render(template, profile, rng)
            if turns and turns[-1]["speaker"] == speaker:
                other = "customer" if speaker == "agent" else "agent"
                bridge, _, _ = render(rng.choice(T.BRIDGES[other]), profile, rng)
                turns.append({"speaker": other, "text": bridge, "spans": [], "distractors": []})
            turns.append({"speaker": speaker, "text": text, "spans": spans, "distractors": distractors})
    return {"conversation_id": f"{SPLIT}-{style}-{index:04d}", "style": style, "split": SPLIT, "turns": turns}


def generate_conversations(n: int = CONVERSATIONS, seed: int = SEED) -> list[dict[str, Any]]:
    rng, names = random.Random(seed), _Names(seed)
    return [conversation(i, V.ASR if i % 2 == 0 else V.CHAT, names, rng) for i in range(n)]


def generate_fairness(per_cell: int = FAIRNESS_PER_CELL, seed: int = SEED + 1) -> list[dict[str, Any]]:
    """``per_cell`` utterances per (origin group, style), one name each."""
    rng, names = random.Random(seed), _Names(seed)
    records = []
    for i in range(per_cell * len(FROZEN_ORIGINS) * 2):
        origin = FROZEN_ORIGINS[i % len(FROZEN_ORIGINS)]
        style = V.ASR if (i // len(FROZEN_ORIGINS)) % 2 == 0 else V.CHAT
        person = names.name(origin)
        profile = FrozenProfile(person, person, person, person, style, rng)
        text, spans, _ = render(rng.choice(T.FAIRNESS_FRAMES), profile, rng, filler_rate=0.0)
        records.append({"id": f"fair-{SPLIT}-{i:05d}", "style": style, "origin": origin,
                        "country": person.country, "split": SPLIT, "text": text, "spans": spans})
    return records


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def lexicon_overlap(records: list[dict[str, Any]]) -> dict[str, float]:
    """Share of name tokens per origin that ``recognizers/data/names.tsv`` held at freeze time (context
    for the fairness figures: a name the lexicon holds is easier)."""
    tsv = _ENGLISH_WORDS.with_name("names.tsv")
    lexicon = {line.split("\t", 1)[0] for line in tsv.read_text(encoding="utf-8").splitlines() if line}
    seen: dict[str, list[int]] = {}
    for r in records:
        for span in r["spans"]:
            for token in fold(r["text"][span["start"]:span["end"]]).lower().replace("-", " ").split():
                hit = seen.setdefault(r["origin"], [0, 0])
                hit[0] += token.strip(".,'") in lexicon
                hit[1] += 1
    return {o: round(h / n, 3) for o, (h, n) in sorted(seen.items())}


def write(out_dir: Path = DATA_DIR) -> dict[str, Any]:
    convs, fair = generate_conversations(), generate_fairness()
    write_jsonl(out_dir / FILES[0], convs)
    write_jsonl(out_dir / FILES[1], fair)
    manifest = {
        "split": SPLIT, "seed": SEED, "sources": SOURCES,
        "sha256": {name: sha256(out_dir / name) for name in FILES},
        "conversations": len(convs), "fairness_utterances": len(fair),
        "fairness_name_tokens_in_lexicon_at_freeze": lexicon_overlap(fair),
    }
    (out_dir / MANIFEST.name).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def changed_files(data_dir: Path, manifest_name: str) -> list[str]:
    """Names of the files a frozen split's manifest pins whose SHA-256 differs (empty: intact)."""
    manifest = json.loads((data_dir / manifest_name).read_text(encoding="utf-8"))
    return [name for name, digest in manifest["sha256"].items()
            if not (data_dir / name).exists() or sha256(data_dir / name) != digest]


def check(data_dir: Path = DATA_DIR) -> list[str]:
    """Names of frozen files whose SHA-256 differs from the manifest (empty: intact)."""
    return changed_files(data_dir, MANIFEST.name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The frozen test split.")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--check", action="store_true")
    group.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    if args.write:
        manifest = write()
        print(json.dumps(manifest["sha256"], indent=2))
        return 0
    changed = check()
    print("frozen test split intact" if not changed else f"CHANGED: {', '.join(changed)}")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
