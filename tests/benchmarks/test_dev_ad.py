"""The ``dev_ad`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its six origin groups (mainland Chinese in pinyin, Southeast Asian Chinese, Korean in older
spellings, Japanese with long vowels written three ways, Mongolian, an English reference), ASR name forms, valid
home-country phones."""
import random

import phonenumbers

from benchmarks._names_dev_ad import ORIGINS, NameSourceAD, tables
from benchmarks._profile_dev_ad import HEARD, HOME, ProfileAD, home_phone


def test_dev_ad_name_tables_and_forms():
    t = tables()
    assert {"Zhang", "Wang", "Li"} <= set(t["mainland"]["surname"]) and "Xiao" in t["mainland"]["male_syllable"] + t["mainland"]["female_syllable"] + t["mainland"]["male"]
    assert {"Tan", "Lim", "Ng", "Goh"} <= set(t["nanyang"]["surname"]) and {"Go", "Sy", "Uy"} <= set(t["nanyang"]["philippine"])
    assert {"Pak", "Rhee", "Yi", "Chung", "Choe"} <= set(t["korean"]["surname"])
    assert t["japanese"]["long"]["Ono"] == ["Ohno", "Ono", "Oono"] and "Ono" in t["japanese"]["surname"]
    assert {"Batbayar", "Oyunchimeg"} <= set(t["mongolian"]["male"] + t["mongolian"]["female"])
    assert len(t["english"]["surname"]) > 400 and "Lee" not in t["english"]["surname"]
    names = NameSourceAD(5)
    people = {o: [names.name(o) for _ in range(400)] for o in ORIGINS}
    assert any(p.surname_first for p in people["mainland"]) and any(len(p.given) >= 6 for p in people["mainland"])
    nanyang = {p.style for p in people["nanyang"]}
    assert {"dialect", "ah", "indonesian", "philippine", "english_dialect"} <= nanyang
    assert any("-" in p.given for p in people["korean"]) and any(p.style == "english_korean" for p in people["korean"])
    assert {p.surname for p in people["japanese"]} & {"Ohno", "Oono", "Satoh", "Satou", "Itoh", "Itou", "Kondoh"}
    assert any(p.full[1:3] == ". " for p in people["mongolian"]) and any(p.style == "patronymic_first" for p in people["mongolian"])
    assert all(p.style.startswith("english") for p in people["english"])
    assert {p.country for p in people["nanyang"]} >= {"MY", "SG", "ID", "PH"} and not set(HOME) & {p.country for p in people["english"]}


def test_dev_ad_asr_name_forms():
    names, said = NameSourceAD(3), []
    for i in range(200):
        p = ProfileAD.make(names, "asr", random.Random(i), ORIGINS[i % 5])
        said.append(p.person("NAME"))
    assert all(s == s.lower() and "." not in s and "-" not in s for s in said)
    assert any(s[1] == " " and s[0].isalpha() for s in said)  # "b batbayar": the initial said alone
    heard = {h for forms in HEARD.values() for h in forms if " " not in h}  # "li" -> "lee", "wang" -> "wong"
    assert sum(any(h in s.split() for h in heard) for s in said) >= 10
    assert any(" " in s.split(" ", 1)[1] for s in said if s.startswith(("xiao ", "zhang ", "wang ", "li ", "chen ")))


def test_dev_ad_home_phones_are_valid_numbers():
    rng = random.Random(7)
    for country in HOME:
        for _ in range(600):
            assert phonenumbers.is_valid_number(phonenumbers.parse(home_phone(rng, country), country))
