"""The second frozen split (frozen_b) stays frozen, loads in the layout the benchmarks read, shares no
wording with the other template families, and none of its sentences leaks into unit tests.

Only files and loading are tested here: no detector runs on this split (the lead scores it)."""
import json
import re
from pathlib import Path

import pytest

from benchmarks import (_frozen_b_issues, _frozen_b_templates, _frozen_test_templates, _templates_dev,
                        _templates_dev_b, _templates_dev_c, _templates_dev_d, _templates_dev_f, _templates_dev_g,
                        _templates_dev_h, _templates_dev_i, _templates_dev_j, _templates_dev_k, _templates_dev_l, _templates_dev_m, _templates_dev_n, _templates_dev_o, _templates_dev_p, _templates_dev_q, _templates_dev_r, _templates_dev_s, _templates_dev_t, _templates_dev_u, _templates_dev_v, _templates_dev_w, _templates_dev_x, _templates_dev_y, _templates_dev_z, _templates_dev_aa, _templates_dev_ab, _templates_dev_ac, _templates_dev_ad, _templates_dev_ae, _templates_dev_af, _templates_dev_ag, _templates_dev_ah, _templates_dev_ai, _templates_dev_aj, _templates_dev_ak, _templates_dev_al, _templates_dev_am, _templates_dev_an, _templates_dev_ao, _templates_dev_ap, _templates_dev_aq, _templates_dev_ar, _templates_dev_as, _templates_dev_at, _templates_dev_au, _templates_dev_av, _templates_dev_aw, _templates_dev_ax, _templates_dev_ay, _templates_dev_az, _templates_dev_ba, _templates_dev_bb, accuracy, accuracy_report,
                        frozen_b)
from benchmarks._frozen_b_values import iban, nhs_number
from benchmarks._templates_values import CHAT, iban_valid, luhn_valid
from benchmarks.generate_transcripts import DATA_DIR, read_jsonl, verify

# Pinned here AND in benchmarks/data/frozen_b_manifest.json: changing the split takes a deliberate edit of
# both (re-freezing makes every earlier figure on it incomparable).
PINNED_SHA256 = {
    "conversations_frozen_b.jsonl": "f69741b98b4c05b3811f6ac28db5e5d7a78110c50acd329319256b8a083446bc",
    "fairness_frozen_b.jsonl": "279bb6195cc8b361461c9c399a72c7d5f40a2a11552a90123b84b1c1b1b2760d",
}
TESTS_DIR = Path(__file__).resolve().parent.parent
MIN_WORDS_LABELLED, MIN_WORDS = 4, 6  # what counts as a sentence of the split (as for frozen_test)
LABELS = {"PERSON", "DATE_OF_BIRTH", "POSTCODE", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS",
          "ACCOUNT_NUMBER", "NATIONAL_ID", "AUTH_CODE", "CREDIT_CARD", "CARD_EXPIRY", "CARD_CVV", "IBAN_CODE"}


@pytest.mark.parametrize("name", sorted(PINNED_SHA256))
def test_frozen_b_file_matches_pinned_sha256(name):
    assert frozen_b.sha256(DATA_DIR / name) == PINNED_SHA256[name]


def test_frozen_b_manifest_records_hashes_sources_and_counts():
    manifest = json.loads(frozen_b.MANIFEST.read_text(encoding="utf-8"))
    assert manifest["sha256"] == PINNED_SHA256 and manifest["split"] == "frozen_b"
    assert {s["licence"] for s in manifest["sources"].values()} == {"BSD-3-Clause", "MIT"}
    assert all(re.fullmatch(r"[0-9a-f]{40}", s["commit"]) for s in manifest["sources"].values())
    assert set(manifest["spans_by_label"]) == LABELS
    assert manifest["conversations"] == 300 and manifest["fairness_utterances"] == 8000


def test_frozen_b_check_reports_a_changed_file(tmp_path):
    for name in PINNED_SHA256:
        (tmp_path / name).write_bytes((DATA_DIR / name).read_bytes())
    (tmp_path / frozen_b.MANIFEST.name).write_bytes(frozen_b.MANIFEST.read_bytes())
    assert frozen_b.check(tmp_path) == []
    with (tmp_path / "conversations_frozen_b.jsonl").open("a", encoding="utf-8") as fh:
        fh.write("\n")
    assert frozen_b.check(tmp_path) == ["conversations_frozen_b.jsonl"]
    (tmp_path / "fairness_frozen_b.jsonl").unlink()
    assert frozen_b.check(tmp_path) == ["conversations_frozen_b.jsonl", "fairness_frozen_b.jsonl"]


def test_frozen_b_main_check_exit_code():
    assert frozen_b.main(["--check"]) == 0


def test_frozen_b_conversations_load_in_the_dev_layout():
    records = read_jsonl(DATA_DIR / "conversations_frozen_b.jsonl")
    assert len(records) == 300 and {r["style"] for r in records} == {"asr", "chat"}
    assert sum(r["style"] == "asr" for r in records) == 150 and any(r["casual"] for r in records)
    seen = set()
    for record in records:
        assert record["split"] == "frozen_b" and record["conversation_id"].startswith("frozen_b-")
        speakers = [t["speaker"] for t in record["turns"]]
        assert all(a != b for a, b in zip(speakers, speakers[1:]))  # turns alternate
        for turn in record["turns"]:
            verify(turn["text"], turn["spans"] + turn["distractors"])  # offsets valid, no overlap
            seen |= {s["label"] for s in turn["spans"]}
            if record["style"] == "asr":
                assert turn["text"] == turn["text"].lower()
    assert seen == LABELS


def test_frozen_b_fairness_is_balanced_one_name_per_utterance():
    counts = {}
    for r in read_jsonl(DATA_DIR / "fairness_frozen_b.jsonl"):
        counts[(r["origin"], r["style"])] = counts.get((r["origin"], r["style"]), 0) + 1
        assert [s["label"] for s in r["spans"]] == ["PERSON"] and r["spans"][0]["origin"] == r["origin"]
        if r["style"] == "asr":
            assert r["text"] == r["text"].lower()
    assert set(counts.values()) == {frozen_b.FAIRNESS_PER_CELL}
    assert len(counts) == 2 * len(frozen_b.FROZEN_ORIGINS) == 20


def _sentences() -> set[str]:
    turns = [t for c in read_jsonl(DATA_DIR / "conversations_frozen_b.jsonl") for t in c["turns"]]
    turns += read_jsonl(DATA_DIR / "fairness_frozen_b.jsonl")
    return {t["text"] for t in turns
            if len(t["text"].split()) >= (MIN_WORDS_LABELLED if t["spans"] else MIN_WORDS)}


def test_no_frozen_b_sentence_appears_in_tests():
    this_file = Path(__file__).resolve()
    corpus = "\n".join(p.read_text(encoding="utf-8") for p in sorted(TESTS_DIR.rglob("*.py"))
                       if p.resolve() != this_file)
    lowered = corpus.lower()
    found = [s for s in _sentences() if s in corpus or s.lower() in lowered]
    # Counts only: a failure report must not print the split's sentences either.
    assert not found, f"{len(found)} frozen_b sentences copied into tests/ (e.g. a {len(found[0])}-char one)"


def _templates(blocks, frames=(), bridges=None) -> set[str]:
    found = {t for block in blocks for _, t in block} | set(frames)
    found |= {t for side in (bridges or {}).values() for t in side}
    return {t for t in found if re.sub(r"\{\w+\}|[ .,]", "", t)}


FROZEN_B = _templates(_frozen_b_templates.GREETINGS + _frozen_b_templates.IDENTITY + _frozen_b_issues.ISSUES
                      + _frozen_b_templates.CLOSINGS, _frozen_b_templates.FAIRNESS_FRAMES,
                      _frozen_b_templates.BRIDGES)


@pytest.mark.parametrize("family", [_templates_dev, _templates_dev_b, _templates_dev_c, _templates_dev_d, _templates_dev_f,
                                    _templates_dev_g, _templates_dev_h, _templates_dev_i, _templates_dev_j, _templates_dev_k, _templates_dev_l, _templates_dev_m, _templates_dev_n, _templates_dev_o, _templates_dev_p, _templates_dev_q, _templates_dev_r, _templates_dev_s, _templates_dev_t, _templates_dev_u, _templates_dev_v, _templates_dev_w, _templates_dev_x, _templates_dev_y, _templates_dev_z, _templates_dev_aa, _templates_dev_ab, _templates_dev_ac, _templates_dev_ad, _templates_dev_ae, _templates_dev_af, _templates_dev_ag, _templates_dev_ah, _templates_dev_ai, _templates_dev_aj, _templates_dev_ak, _templates_dev_al, _templates_dev_am, _templates_dev_an, _templates_dev_ao, _templates_dev_ap, _templates_dev_aq, _templates_dev_ar, _templates_dev_as, _templates_dev_at, _templates_dev_au, _templates_dev_av, _templates_dev_aw, _templates_dev_ax, _templates_dev_ay, _templates_dev_az, _templates_dev_ba, _templates_dev_bb,
                                    _frozen_test_templates])
def test_frozen_b_templates_share_no_phrasing_with_other_families(family):
    other = _templates(family.GREETINGS + family.IDENTITY + family.ISSUES + family.CLOSINGS,
                       family.FAIRNESS_FRAMES, family.BRIDGES)
    shared = len(FROZEN_B & other)
    assert shared == 0, f"{shared} templates shared"  # a count: never print another family's wording


def test_frozen_b_slots_are_all_known():
    used = set()
    for template in FROZEN_B:
        used |= set(re.findall(r"\{([A-Z]+)\}", template))
    assert used <= set(frozen_b.SLOTS) and set(frozen_b.SLOTS.values()) == LABELS


@pytest.mark.parametrize("seed", range(20))
def test_frozen_b_checksummed_values_are_valid(seed):
    import random
    rng = random.Random(seed)
    code = iban(rng, CHAT).replace(" ", "").upper()
    assert iban_valid(code)
    nhs = re.sub(r"\D", "", nhs_number(rng, CHAT))
    weighted = sum(int(d) * (10 - i) for i, d in enumerate(nhs[:9]))
    assert len(nhs) == 10 and int(nhs[9]) == (11 - weighted % 11) % 11
    card = frozen_b.B.card_digits(rng)[0]
    assert luhn_valid(card) and not luhn_valid(card[:-1] + str((int(card[-1]) + 1) % 10))


def test_frozen_b_is_a_frozen_split_in_the_accuracy_report():
    assert "frozen_b" in accuracy.FROZEN_SPLITS and "frozen_test" in accuracy.FROZEN_SPLITS
    report = {"commit": "abc", "dirty": False, "systems": ["vanilla"], "vanilla_restricted_entities": ["PERSON"],
              "limit": None, "datasets": {name: {"words": 1, "systems": {"vanilla": {
                  "texts": 1, "gold_entities": 1, "precision": 1.0, "recall": 1.0, "f2": 1.0, "strict_recall": 1.0,
                  "leak_rate": 0.0, "partial_name_leak_rate": 0.0, "support_by_label": {}}}}
                  for name in ("generated_dev_asr", "generated_frozen_b_chat")}, "seconds": {"vanilla": 1.0}}
    markdown = accuracy_report.markdown(report)
    frozen = markdown.index("## Frozen test splits")
    assert markdown.index("| generated_dev_asr") < frozen < markdown.index("| generated_frozen_b_chat")
