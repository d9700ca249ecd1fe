"""The frozen test split stays frozen, and none of its sentences leaks into unit tests."""
import json
import re
from pathlib import Path

import pytest

from benchmarks import (_frozen_test_templates, _templates_dev, _templates_dev_b, _templates_dev_c,
                        _templates_dev_d, _templates_dev_e, _templates_dev_f, _templates_dev_g, _templates_dev_h,
                        _templates_dev_i, _templates_dev_j, _templates_dev_k, _templates_dev_l, _templates_dev_m, _templates_dev_n, _templates_dev_o, _templates_dev_p, _templates_dev_q, _templates_dev_r, _templates_dev_s, _templates_dev_t, _templates_dev_u, _templates_dev_v, _templates_dev_w, _templates_dev_x, _templates_dev_y, _templates_dev_z, _templates_dev_aa, _templates_dev_ab, _templates_dev_ac, _templates_dev_ad, _templates_dev_ae, _templates_dev_af, _templates_dev_ag, _templates_dev_ah, _templates_dev_ai, _templates_dev_aj, _templates_dev_ak, _templates_dev_al, _templates_dev_am, _templates_dev_an, _templates_dev_ao, _templates_dev_ap, _templates_dev_aq, _templates_dev_ar, _templates_dev_as, _templates_dev_at, _templates_dev_au, _templates_dev_av, _templates_dev_aw, _templates_dev_ax, _templates_dev_ay, _templates_dev_az, _templates_dev_ba, _templates_dev_bb)
from benchmarks import frozen_test
from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

# Pinned here AND in benchmarks/data/frozen_test_manifest.json: changing the split takes a deliberate
# edit of both (re-freezing makes every earlier figure on it incomparable).
PINNED_SHA256 = {
    "conversations_frozen_test.jsonl": "a6ec923f4b9fd4de2ca5d4b8fa6ffe971c5c2789b7b7d282344bb6b7eb6c5c77",
    "fairness_frozen_test.jsonl": "589eb7e81988ff7f4d6d8a1199efb894782da60902b15aa41ea6fb10f3941f56",
}
TESTS_DIR = Path(__file__).resolve().parent.parent
# A sentence of the split: a turn with a labelled value and 4+ words, any other turn or utterance with 6+
# words. Shorter ones ("thank you, Maria", a bare "941") are everyday English, not the split's wording.
MIN_WORDS_LABELLED, MIN_WORDS = 4, 6


@pytest.mark.parametrize("name", sorted(PINNED_SHA256))
def test_frozen_file_matches_pinned_sha256(name):
    assert frozen_test.sha256(DATA_DIR / name) == PINNED_SHA256[name]


def test_frozen_manifest_records_the_pinned_sha256_and_sources():
    manifest = json.loads(frozen_test.MANIFEST.read_text(encoding="utf-8"))
    assert manifest["sha256"] == PINNED_SHA256
    assert {s["licence"] for s in manifest["sources"].values()} == {"CC0-1.0", "ISC"}
    assert all(re.fullmatch(r"[0-9a-f]{40}", s["commit"]) for s in manifest["sources"].values())


def test_frozen_check_reports_a_changed_file(tmp_path):
    for name in PINNED_SHA256:
        (tmp_path / name).write_bytes((DATA_DIR / name).read_bytes())
    (tmp_path / frozen_test.MANIFEST.name).write_bytes(frozen_test.MANIFEST.read_bytes())
    assert frozen_test.check(tmp_path) == []
    with (tmp_path / "fairness_frozen_test.jsonl").open("a", encoding="utf-8") as fh:
        fh.write("\n")
    assert frozen_test.check(tmp_path) == ["fairness_frozen_test.jsonl"]


def _frozen_sentences() -> set[str]:
    turns = [t for c in read_jsonl(DATA_DIR / "conversations_frozen_test.jsonl") for t in c["turns"]]
    turns += read_jsonl(DATA_DIR / "fairness_frozen_test.jsonl")
    return {t["text"] for t in turns
            if len(t["text"].split()) >= (MIN_WORDS_LABELLED if t["spans"] else MIN_WORDS)}


def test_no_frozen_test_sentence_appears_in_tests():
    this_file = Path(__file__).resolve()
    sources = [p.read_text(encoding="utf-8") for p in sorted(TESTS_DIR.rglob("*.py")) if p.resolve() != this_file]
    corpus = "\n".join(sources)
    lowered = corpus.lower()
    found = [s for s in _frozen_sentences() if s in corpus or s.lower() in lowered]
    # The message gives counts only: a failure report must not print the split's sentences either.
    assert not found, f"{len(found)} frozen test sentences copied into tests/ (e.g. a {len(found[0])}-char one)"


@pytest.mark.parametrize("layout", ["conversation", "fairness"])
def test_sentence_check_covers_both_files(layout):
    if layout == "conversation":
        sample = read_jsonl(DATA_DIR / "conversations_frozen_test.jsonl")[0]["turns"]
        sample = [t["text"] for t in sample if t["spans"] and len(t["text"].split()) >= MIN_WORDS_LABELLED]
    else:
        sample = [r["text"] for r in read_jsonl(DATA_DIR / "fairness_frozen_test.jsonl")[:50]
                  if len(r["text"].split()) >= MIN_WORDS_LABELLED]
    assert sample and set(sample) <= _frozen_sentences()


def _templates(module) -> set[str]:
    blocks = module.GREETINGS + module.IDENTITY + module.ISSUES + module.CLOSINGS
    found = {t for block in blocks for _, t in block} | set(module.FAIRNESS_FRAMES)
    found |= {t for side in module.BRIDGES.values() for t in side}
    return {t for t in found if re.sub(r"\{\w+\}|[ .,]", "", t)}


@pytest.mark.parametrize("dev_family", [_templates_dev, _templates_dev_b, _templates_dev_c,
                                        _templates_dev_d, _templates_dev_e, _templates_dev_f, _templates_dev_g,
                                        _templates_dev_h, _templates_dev_i, _templates_dev_j, _templates_dev_k,
                                        _templates_dev_l, _templates_dev_m, _templates_dev_n, _templates_dev_o, _templates_dev_p, _templates_dev_q, _templates_dev_r, _templates_dev_s, _templates_dev_t, _templates_dev_u, _templates_dev_v, _templates_dev_w, _templates_dev_x, _templates_dev_y, _templates_dev_z, _templates_dev_aa, _templates_dev_ab, _templates_dev_ac, _templates_dev_ad, _templates_dev_ae, _templates_dev_af, _templates_dev_ag, _templates_dev_ah, _templates_dev_ai, _templates_dev_aj, _templates_dev_ak, _templates_dev_al, _templates_dev_am, _templates_dev_an, _templates_dev_ao, _templates_dev_ap, _templates_dev_aq, _templates_dev_ar, _templates_dev_as, _templates_dev_at, _templates_dev_au, _templates_dev_av, _templates_dev_aw, _templates_dev_ax, _templates_dev_ay, _templates_dev_az, _templates_dev_ba, _templates_dev_bb])
def test_frozen_templates_share_no_phrasing_with_dev(dev_family):
    assert not _templates(_frozen_test_templates) & _templates(dev_family)


def test_frozen_fairness_is_balanced_500_per_cell():
    counts = {}
    for r in read_jsonl(DATA_DIR / "fairness_frozen_test.jsonl"):
        counts[(r["origin"], r["style"])] = counts.get((r["origin"], r["style"]), 0) + 1
        assert [s["label"] for s in r["spans"]] == ["PERSON"]
        if r["style"] == "asr":
            assert r["text"] == r["text"].lower()
    assert set(counts.values()) == {frozen_test.FAIRNESS_PER_CELL}
    assert len(counts) == 2 * len(frozen_test.FROZEN_ORIGINS)
