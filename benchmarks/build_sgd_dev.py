"""Build ``benchmarks/data/sgd_dev.jsonl`` (and the ASR-like ``sgd_dev_asr.jsonl``) from the DEV split of the
Schema-Guided Dialogue dataset (google-research-datasets/dstc8-schema-guided-dialogue, CC BY-SA 4.0).

Usage::

    python -m benchmarks.build_sgd_dev /work/.mirror/google-research-datasets+dstc8-schema-guided-dialogue/repo

The argument is a git directory of the dataset repository (a bare mirror is enough: files are read with
``git show <commit>:dev/...``). Only ``dev/`` is read; the ``test/`` split is reserved for independent checks
and never opened. The derived file is evaluation data: never used for training, lexicons or pools.

Labels (see ``sgd_dev_PROVENANCE.md``): PERSON for private people (the recipient of a bank transfer, a
therapist), NEUTRAL for public figures, businesses, their addresses and phone numbers, places and titles;
dates without a year, times, amounts and numbers are unlabelled (redacting them is a false alarm) and kept
as ``distractors`` so the report says how often each kind is touched.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
from pathlib import Path
from typing import Any

COMMIT = "e852981ae34990f4358979625854259302feaa78"
SOURCE = f"google-research-datasets/dstc8-schema-guided-dialogue@{COMMIT[:12]}"
# dev/dialogues_015.json, _017 and _018 are absent from the mirror this was built from (large files not
# fetched): the set is drawn from the other 17 files, named here so the output does not depend on them.
DEV_FILES = tuple(f"dev/dialogues_{i:03d}.json" for i in range(1, 21) if i not in (15, 17, 18))
SEED = 20261204
NEUTRAL_SAMPLE = 150  # dialogues without any personal span, for precision
OUT = Path(__file__).parent / "data" / "sgd_dev.jsonl"
OUT_ASR = Path(__file__).parent / "data" / "sgd_dev_asr.jsonl"

PERSON_SLOTS = {("Banks_2", "recipient_name"), ("Services_4", "therapist_name")}
NEUTRAL_SLOTS = {
    # public figures and titles
    "actors", "director", "starring", "artist", "event_name", "album", "song_name", "movie_name", "title",
    # businesses and places (their addresses and phone numbers are a business's, not a person's)
    "restaurant_name", "hotel_name", "place_name", "property_name", "attraction_name", "event_location",
    "from_station", "to_station", "origin_airport_name", "destination_airport_name", "pickup_location",
    "destination", "address", "street_address", "address_of_location", "phone_number",
    "from_location", "to_location", "city_of_event", "origin_city", "destination_city", "area", "location",
    "city", "pickup_city",
    # the user's own alarm labels ("Pick up kids")
    "alarm_name", "new_alarm_name",
}
DATE_SLOTS = {"leaving_date", "date", "departure_date", "return_date", "visit_date", "check_in_date",
              "pickup_date", "dropoff_date", "appointment_date"}
TIME_SLOTS = {"alarm_time", "new_alarm_time", "leaving_time", "time", "outbound_departure_time",
              "outbound_arrival_time", "inbound_arrival_time", "inbound_departure_time", "pickup_time",
              "appointment_time"}
MONEY_SLOTS = {"account_balance", "transfer_amount", "fare", "price", "rent", "price_per_night", "total_price",
               "ride_fare"}
YEAR = re.compile(r"\b(19|20)\d\d\b")
KINSHIP = re.compile(r"^(?:(?:my\s+)?(?:aunt|uncle|mom|dad|mother|father|grandma|grandpa|sister|brother)\b\s*)+",
                     re.IGNORECASE)
# Therapist listings that name a practice, not a person, or are ambiguous between the two.
PRACTICES = {"building better relationships", "center for well being", "alameda children's specialized",
             "kappl & wilson", "aguilar churchill spence"}
CREDENTIAL_PART = re.compile(r"^(?:psyd|psy|ms|ma|np|lcsw|mft|lmft|phd|md|psychologist|psychotherapist|licensed\b.*"
                             r"|.*\d.*)$", re.IGNORECASE)
TRAILING_CREDENTIAL = re.compile(r"\s+(?:psyd|lcsw|lmft|phd)$", re.IGNORECASE)


def read_dev(mirror: Path) -> list[dict[str, Any]]:
    """Every dialogue of the dev files, in file order (git show; only ``dev/`` paths are ever named)."""
    dialogues = []
    for name in DEV_FILES:
        assert name.startswith("dev/")
        blob = subprocess.run(["git", "-C", str(mirror), "show", f"{COMMIT}:{name}"], check=True,
                              capture_output=True).stdout
        for dialogue in json.loads(blob):
            dialogue["_file"] = name
            dialogues.append(dialogue)
    return dialogues


def person_part(value: str) -> tuple[int, int] | None:
    """(start, end) of the person's name inside a slot value (titles, kinship words, credentials cut off);
    None when the value names no individual person (``Mom``, a practice)."""
    start, end = 0, len(value)
    m = KINSHIP.match(value)
    if m:
        start = m.end()
    if value[start:].startswith("Dr. "):
        start += 4
    dash = value.find(" - ", start)
    if dash >= 0:
        end = dash
    parts = value[start:end].split(",")
    kept = [parts[0]]
    for part in parts[1:]:
        if CREDENTIAL_PART.match(part.strip()) and part.strip().lower() not in {"jr", "sr"}:
            break
        kept.append(part)
    end = start + len(",".join(kept))
    m = TRAILING_CREDENTIAL.search(value[start:end])
    if m:
        end = start + m.start()
    while end > start and not value[end - 1].isalnum() and value[end - 1] != ".":
        end -= 1
    if end <= start or value.lower() in PRACTICES:
        return None
    return start, end


def slot_kind(service: str, slot: str, value: str) -> tuple[str, str]:
    """("span", label) or ("distractor", kind) for a non-categorical slot value."""
    if (service, slot) in PERSON_SLOTS:
        return "span", "PERSON"
    if slot in NEUTRAL_SLOTS:
        return "span", "NEUTRAL"
    if slot in DATE_SLOTS:
        return ("span", "NEUTRAL") if YEAR.search(value) else ("distractor", "date")
    if slot in TIME_SLOTS:
        return "distractor", "time"
    if slot in MONEY_SLOTS:
        return "distractor", "money"
    if any(c.isdigit() for c in value) or value.lower() in {"one", "two", "three", "four", "five", "six",
                                                            "seven", "eight", "nine", "ten", "eleven",
                                                            "twelve"}:
        return "distractor", "number"
    return "distractor", "word"


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def convert(dialogue: dict[str, Any]) -> dict[str, Any]:
    """One SGD dialogue -> a conversation record with verified spans."""
    turns = []
    for turn in dialogue["turns"]:
        text = turn["utterance"]
        spans: list[dict] = []
        distractors: list[dict] = []
        for frame in turn["frames"]:
            for slot in frame.get("slots", []):
                s, e = slot["start"], slot["exclusive_end"]
                value = text[s:e]
                where, label = slot_kind(frame["service"], slot["slot"], value)
                if where == "distractor":
                    distractors.append({"start": s, "end": e, "kind": label, "slot": slot["slot"]})
                    continue
                if label == "PERSON":
                    part = person_part(value)
                    if part is None:
                        spans.append({"start": s, "end": e, "label": "NEUTRAL", "slot": slot["slot"]})
                        continue
                    if part != (0, len(value)):  # the kinship word / title / credential: harmless to redact
                        spans.append({"start": s, "end": e, "label": "NEUTRAL", "slot": slot["slot"]})
                    s, e = s + part[0], s + part[1]
                spans.append({"start": s, "end": e, "label": label, "slot": slot["slot"]})
        turns.append({"speaker": "customer" if turn["speaker"] == "USER" else "agent", "text": text,
                      "spans": spans, "distractors": distractors})
    _add_unannotated_mentions(turns)
    for turn in turns:
        _resolve(turn)
    return {"id": f"sgd-dev-{dialogue['dialogue_id']}", "source": f"{SOURCE} {dialogue['_file']}",
            "services": dialogue["services"], "turns": turns}


def _add_unannotated_mentions(turns: list[dict]) -> None:
    """A personal value said again where SGD did not annotate it (a second mention in one utterance, or a
    turn whose frame does not carry the slot) is labelled too (``"matched": true``)."""
    values = {t["text"][s["start"]:s["end"]] for t in turns for s in t["spans"] if s["label"] == "PERSON"}
    for value in sorted(values, key=len, reverse=True):
        pattern = re.compile(r"(?<!\w)" + re.escape(value) + r"(?!\w)", re.IGNORECASE)
        for turn in turns:
            for m in pattern.finditer(turn["text"]):
                new = {"start": m.start(), "end": m.end(), "label": "PERSON", "slot": "matched", "matched": True}
                if not any(_overlaps(new, s) and s["label"] == "PERSON" for s in turn["spans"]):
                    turn["spans"].append(new)


def _resolve(turn: dict) -> None:
    """Dedupe, personal spans win over overlapping neutral ones and distractors; sort; verify."""
    seen, spans = set(), []
    for s in sorted(turn["spans"], key=lambda s: (s["label"] != "PERSON", s["start"], -s["end"])):
        key = (s["start"], s["end"])
        if key in seen:
            continue
        if s["label"] == "NEUTRAL" and any(_overlaps(s, p) and p["label"] == "PERSON" for p in spans):
            if not (s["start"] < min(p["start"] for p in spans if _overlaps(s, p))
                    or s["end"] > max(p["end"] for p in spans if _overlaps(s, p))):
                continue  # wholly inside a name
        seen.add(key)
        spans.append(s)
    turn["spans"] = sorted(spans, key=lambda s: (s["start"], s["end"]))
    turn["distractors"] = sorted(
        {(d["start"], d["end"]): d for d in turn["distractors"]
         if not any(_overlaps(d, s) for s in turn["spans"])}.values(), key=lambda d: d["start"])
    for s in (*turn["spans"], *turn["distractors"]):
        assert 0 <= s["start"] < s["end"] <= len(turn["text"]), (turn["text"], s)
        assert turn["text"][s["start"]:s["end"]].strip() == turn["text"][s["start"]:s["end"]]


def personal(record: dict) -> bool:
    return any(s["label"] != "NEUTRAL" for t in record["turns"] for s in t["spans"])


def select(records: list[dict], seed: int = SEED, neutral: int = NEUTRAL_SAMPLE) -> list[dict]:
    """Every dialogue with a personal span, plus a seeded sample of the others; sorted by id."""
    with_pii = [r for r in records if personal(r)]
    without = sorted((r for r in records if not personal(r)), key=lambda r: r["id"])
    sample = random.Random(seed).sample(without, min(neutral, len(without)))
    return sorted(with_pii + sample, key=lambda r: r["id"])


# -- ASR-like view -----------------------------------------------------------------------------------------
_DROP = set(".,!?;:\"()")


def asr_text(text: str) -> tuple[str, list[int]]:
    """Lower case, sentence punctuation dropped (kept between two digits: ``4.5``, ``$1,210``), runs of spaces
    collapsed. Returns the new text and, for every old character index, its new index (``len`` = end)."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        between_digits = 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
        if ch in _DROP and not between_digits:
            ch = " "
        if ch.isspace() and (not out or out[-1] == " "):
            where.append(len(out))
            continue
        where.append(len(out))
        out.append(" " if ch.isspace() else ch.lower())
    new = "".join(out).rstrip()
    where.append(len(new))
    return new, [min(w, len(new)) for w in where]


def asr_record(record: dict) -> dict:
    turns = []
    for turn in record["turns"]:
        text, where = asr_text(turn["text"])
        moved = {}
        for key in ("spans", "distractors"):
            items = []
            for s in turn[key]:
                start, end = where[s["start"]], where[s["end"]]
                while start < end and not text[start].isalnum():
                    start += 1
                while end > start and not text[end - 1].isalnum():
                    end -= 1
                if start < end:
                    items.append({**s, "start": start, "end": end})
            moved[key] = items
        turns.append({**turn, "text": text, **moved})
    return {**record, "id": record["id"] + "-asr", "turns": turns}


def write(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mirror", type=Path, help="git directory of dstc8-schema-guided-dialogue")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--asr-out", type=Path, default=OUT_ASR)
    args = parser.parse_args(argv)
    records = select([convert(d) for d in read_dev(args.mirror)])
    write(args.out, records)
    write(args.asr_out, [asr_record(r) for r in records])
    spans = [s for r in records for t in r["turns"] for s in t["spans"]]
    print(f"{len(records)} dialogues ({sum(map(personal, records))} with a personal span), "
          f"{sum(len(r['turns']) for r in records)} turns, "
          f"{sum(s['label'] == 'PERSON' for s in spans)} PERSON, {sum(s['label'] == 'NEUTRAL' for s in spans)} NEUTRAL")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
