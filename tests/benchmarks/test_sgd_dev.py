"""benchmarks/data/sgd_dev{,_asr}.jsonl (Schema-Guided Dialogue dev split): loads, offsets valid, labels as
documented in sgd_dev_PROVENANCE.md; the builder's pure parts."""
from __future__ import annotations

import pytest

from benchmarks import accuracy, build_sgd_dev
from benchmarks.generate_transcripts import DATA_DIR, read_jsonl


@pytest.fixture(scope="module", params=["sgd_dev", "sgd_dev_asr"])
def records(request):
    return read_jsonl(DATA_DIR / f"{request.param}.jsonl")


def test_sgd_dev_is_registered_as_an_in_repo_conversation_set():
    assert {"sgd_dev", "sgd_dev_asr"} <= set(accuracy.REPO_CONVERSATION_SETS)
    for name in accuracy.REPO_CONVERSATION_SETS:
        assert (DATA_DIR / f"{name}.jsonl").exists() and (DATA_DIR / "sgd_dev_PROVENANCE.md").exists()
    assert (DATA_DIR / "sgd_dev.LICENSE").exists()


def test_sgd_dev_loads_with_valid_offsets(records):
    assert 300 <= len(records) <= 500 and len({r["id"] for r in records}) == len(records)
    with_person = 0
    for record in records:
        assert record["turns"] and {t["speaker"] for t in record["turns"]} <= {"customer", "agent"}
        assert record["source"].startswith("google-research-datasets/dstc8-schema-guided-dialogue@")
        assert " dev/" in record["source"] and " test/" not in record["source"]
        with_person += any(s["label"] == "PERSON" for t in record["turns"] for s in t["spans"])
        for turn in record["turns"]:
            text = turn["text"]
            for item in (*turn["spans"], *turn["distractors"]):
                assert 0 <= item["start"] < item["end"] <= len(text)
                value = text[item["start"]:item["end"]]
                assert value == value.strip() and value[0].isalnum() or value[0] in "$+(#'"
            assert {s["label"] for s in turn["spans"]} <= {"PERSON", "NEUTRAL"}
            persons = [s for s in turn["spans"] if s["label"] == "PERSON"]
            for s in persons:  # no distractor and no other name overlaps a name
                assert not any(d["start"] < s["end"] and s["start"] < d["end"] for d in turn["distractors"])
                assert not any(o is not s and o["start"] < s["end"] and s["start"] < o["end"] for o in persons)
    assert with_person >= 250 and len(records) - with_person >= 100


def test_sgd_asr_view_is_the_same_dialogues_lower_case_without_sentence_punctuation():
    cased, asr = (read_jsonl(DATA_DIR / f"{n}.jsonl") for n in ("sgd_dev", "sgd_dev_asr"))
    assert [r["id"] + "-asr" for r in cased] == [r["id"] for r in asr]
    for a, b in zip(cased, asr):
        for ta, tb in zip(a["turns"], b["turns"], strict=True):
            assert tb["text"] == tb["text"].lower() and not set(tb["text"]) & set(".,!?;\"()") - set("0123456789") \
                or any(c.isdigit() for c in tb["text"])
            assert [ta["text"][s["start"]:s["end"]].lower().replace(".", "").replace(",", "")
                    for s in ta["spans"] if s["label"] == "PERSON"] == \
                   [tb["text"][s["start"]:s["end"]].replace(".", "").replace(",", "")
                    for s in tb["spans"] if s["label"] == "PERSON"]


@pytest.mark.parametrize("value, part", [
    ("Dr. Jane Q. Doe - Psychologist", "Jane Q. Doe"), ("Jane Doe, Licensed Marriage And Family Therapist, Mfc 1",
                                                        "Jane Doe"),
    ("Doe, Jane A", "Doe, Jane A"), ("Jane Doe Psyd", "Jane Doe"), ("John Doe, Jr", "John Doe, Jr"),
    ("Aunt Jenny", "Jenny"), ("uncle Bob", "Bob"), ("Mom", None), ("Center For Well Being", None),
])
def test_person_part_cuts_titles_kinship_words_and_credentials(value, part):
    got = build_sgd_dev.person_part(value)
    assert (value[got[0]:got[1]] if got else None) == part


def test_asr_text_maps_every_offset():
    text, where = build_sgd_dev.asr_text("Hi, Send $1,210 to Jenny. Ok?")
    assert text == "hi send $1,210 to jenny ok"
    assert text[where[19]:where[24]] == "jenny" and len(where) == len("Hi, Send $1,210 to Jenny. Ok?") + 1
