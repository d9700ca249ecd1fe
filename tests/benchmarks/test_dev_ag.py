"""The ``dev_ag`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its six origin groups (mainland Chinese pinyin, Vietnamese, Korean / Japanese, Nigerian /
Ghanaian, Ethiopian / Eritrean / Somali, an English reference), valid home-country phones."""
import random

import phonenumbers

from benchmarks._names_dev_ag import ORIGINS, NameSourceAG, tables
from benchmarks._profile_dev_ag import HOME, home_phone


def test_dev_ag_name_tables_and_forms():
    t = tables()
    assert {"wei", "jun", "ming"} <= set(t["chinese"]["male"]) and {"Liu", "Zhang"} <= set(t["chinese"]["surname"])
    assert {"Nguyễn", "Trần", "Phạm"} <= set(t["vietnamese"]["surname"]) and "Anh Minh" in t["vietnamese"]["male"]
    assert "Tae-Hyun" in t["korean_japanese"]["korean_male"] and "Tanaka" in t["korean_japanese"]["japanese_surname"]
    assert "Oluwaseun" in t["west_african"]["yoruba_male"] and t["west_african"]["nickname"]["Chukwuemeka"] == "Emeka"
    assert "Kwabena" in t["west_african"]["akan_ewe_ga_male"] and "Hodan" in t["horn"]["somali_female"]
    assert "Yohannes" in t["horn"]["habesha_male"] and "Whitfield" in t["english"]["surname"]
    others = {n.lower() for o in ORIGINS if o != "english" for v in t[o].values() for n in v}
    assert not {n.lower() for v in t["english"].values() for n in v} & others
    names = NameSourceAG(5)
    people = {o: [names.name(o) for _ in range(300)] for o in ORIGINS}
    chinese = {p.style for p in people["chinese"]}
    assert {"joined", "split", "hyphen", "one_syllable"} <= chinese and any(not p.surname_first for p in people["chinese"])
    assert any(" Thị " in p.full or " Thi " in p.full for p in people["vietnamese"])
    assert any(" Văn " in p.full or " Van " in p.full for p in people["vietnamese"])
    assert all(p.full.isascii() for p in people["vietnamese"] if p.country != "VN")
    assert any(p.style == "given_first" for p in people["vietnamese"])
    kj = {p.style for p in people["korean_japanese"]}
    assert {"korean_surname_first", "japanese_given_first"} <= kj
    assert any(p.called != p.given for p in people["west_african"]) and any(len(p.given) >= 10 for p in people["west_african"])
    assert any(p.style == "three_names" for p in people["horn"]) and all(len(p.full.split()) in (2, 3) for p in people["horn"])
    assert {p.country for p in people["west_african"]} >= {"NG", "GH", "UK"} and not set(HOME) & {p.country for p in people["english"]}
    # a relative is of the same sub-group: a Somali caller's sibling has a Somali given name
    t_horn = t["horn"]
    for p in people["horn"][:60]:
        group = "somali" if p.given in t_horn["somali_male"] + t_horn["somali_female"] else "habesha"
        kin = names.relative(p)
        assert kin.given in t_horn[f"{group}_male"] + t_horn[f"{group}_female"]


def test_dev_ag_home_phones_are_valid_numbers():
    rng = random.Random(7)
    for country in HOME:
        for _ in range(600):
            assert phonenumbers.is_valid_number(phonenumbers.parse(home_phone(rng, country), country))
