"""The ``dev_w`` family's own promises (the ones every staged family shares are in ``test_staged_families``): its
romanization rules, name tables and forms of its six origin groups (mainland Chinese two-syllable and one-syllable
given names, Japanese, Korean, English given names with East Asian surnames, an English reference), joined given names
printed syllable by syllable in ASR now and then."""
import random
import re


from benchmarks._build_names_dev_w import hiragana_to_wapuro, wapuro_to_hepburn
from benchmarks._names_dev_w import ORIGINS, NameSourceW, tables


def test_dev_w_romanization_rules():
    assert hiragana_to_wapuro("さとう") == "satou" and wapuro_to_hepburn("satou") == "sato"
    assert wapuro_to_hepburn(hiragana_to_wapuro("いのうえ")) == "inoue"  # u + e, no long vowel
    assert wapuro_to_hepburn(hiragana_to_wapuro("ゆうき")) == "yuki"
    assert hiragana_to_wapuro("しょうた") == "shouta" and hiragana_to_wapuro("はっとり") == "hattori"
    assert hiragana_to_wapuro("きょうこ") == "kyouko" and hiragana_to_wapuro("じゅん") == "jun"


def test_dev_w_name_tables_and_forms():
    t = tables()
    assert {"li", "wang", "zhang", "liu", "chen"} <= {s for s, _ in t["mandarin"]["surnames"]}
    assert {"ouyang", "sima", "zhuge"} <= set(t["mandarin"]["compound"])
    assert ["Sato", "Satou"] in t["japanese"]["surnames"] and len(t["japanese"]["male"]) > 500
    assert {"Kim", "Lee", "Park", "Choi"} <= set(t["korean"]["family_names"])
    assert {"Kevin", "Grace", "Michael"} <= set(t["english"]["male"] + t["english"]["female"])
    assert "Smith" in t["english"]["surnames"] and not {"Lee", "Kim", "Chan", "Garcia"} & set(t["english"]["surnames"])
    names = NameSourceW(5)
    people = {o: [names.name(o) for _ in range(300)] for o in ORIGINS}
    given = [p.given for p in people["mandarin"]]
    assert any(re.fullmatch(r"[A-Z][a-z]+", g) for g in given) and any(" " in g for g in given) and any("-" in g for g in given)
    assert any(p.surname_first for p in people["mandarin"]) and any(not p.surname_first for p in people["mandarin"])
    assert all(len(p.given.split()) == 1 and "-" not in p.given for p in people["mandarin_short"])
    assert any(p.surname.lower() in t["mandarin"]["compound"] for p in people["mandarin_short"])
    assert any(re.search(r"(ou|uu|oh)", p.full) for p in people["japanese"]) and any(p.surname_first for p in people["japanese"])
    assert any(re.fullmatch(r"[A-Z][a-z]+-[a-z]+", p.given) for p in people["korean"])
    assert any(p.style == "english_asian_middle" for p in people["anglo_asian"])
    assert all(p.style.startswith("english") for p in people["english"])
    assert any(p.syllables for p in people["mandarin"] + people["korean"])


def test_dev_w_asr_prints_joined_given_names_by_syllable_now_and_then():
    from benchmarks._profile_dev_w import ProfileW

    rng, names, split = random.Random(4), NameSourceW(2), 0
    for _ in range(200):
        p = ProfileW.make(names, "asr", rng, "mandarin")
        p.speaker = "customer"
        if p.customer.syllables:
            spaced = p.customer.syllables[0][1]
            split += f" {spaced} " in f" {p.person('NAME')} "
    assert split > 10

