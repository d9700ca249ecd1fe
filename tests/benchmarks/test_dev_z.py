"""The ``dev_z`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its six origin groups (Taiwanese / Hong Kong Chinese, Vietnamese, Korean, Japanese, English given
names with an East / Southeast Asian surname, an English reference), valid home-country phones."""
import random

import phonenumbers

from benchmarks._build_names_dev_z import hk_romanise, wade_giles
from benchmarks._names_dev_z import ORIGINS, NameSourceZ, tables
from benchmarks._profile_dev_z import HOME, home_phone


def test_dev_z_romanisation_rules():
    assert [wade_giles(s) for s in ("zhang", "xu", "cai", "xie", "jiang", "guo", "zhi", "lun", "xiang")] == \
        ["Chang", "Hsu", "Tsai", "Hsieh", "Chiang", "Kuo", "Chih", "Lun", "Hsiang"]
    assert [hk_romanise(s) for s in ("can4", "wong4", "lei5", "ng4", "loeng4", "ceoi4", "gwok3", "gaa1")] == \
        ["Chan", "Wong", "Lee", "Ng", "Leung", "Chui", "Kwok", "Ka"]


def test_dev_z_name_tables_and_forms():
    t = tables()
    assert {"Chang", "Hsu", "Tsai", "Lin"} <= set(t["chinese"]["tw_surname"]) and {"Wong", "Lee", "Ng"} <= set(t["chinese"]["hk_surname"])
    assert {"Nguyễn", "Trần", "Lê"} <= set(t["vietnamese"]["surname"]) and "Thu Hà" in t["vietnamese"]["female"]
    assert {"Kim", "Lee", "Park"} <= set(t["korean"]["surname"]) and all("-" in g for g in t["korean"]["male"])
    assert {"Tanaka", "Sato"} <= set(t["japanese"]["surname"]) and len(t["english"]["surname"]) > 400
    native = {n.lower() for o in ("chinese", "vietnamese", "korean", "japanese") for v in t[o].values() for n in v if isinstance(n, str)}
    assert not {n.lower() for v in t["english"].values() for n in v} & native
    names = NameSourceZ(5)
    people = {o: [names.name(o) for _ in range(300)] for o in ORIGINS}
    assert any(p.surname_first for p in people["chinese"]) and any("-" in p.full for p in people["chinese"])
    assert any(p.style.startswith("hk") for p in people["chinese"]) and any(p.style.startswith("wade") for p in people["chinese"])
    assert any(len(p.full.split()) >= 4 for p in people["vietnamese"]) and any(" Thị " in p.full for p in people["vietnamese"])
    assert any(p.surname_first for p in people["korean"]) and any(not p.surname_first for p in people["japanese"])
    assert sum(len(p.surname) <= 3 for p in people["diaspora"]) > 120 and all(p.full.isascii() for p in people["diaspora"])
    assert all(p.style.startswith("english") for p in people["english"])
    assert {p.country for p in people["vietnamese"]} >= {"VN", "US", "AU"} and not set(HOME) & {p.country for p in people["english"]}


def test_dev_z_home_phones_are_valid_numbers():
    rng = random.Random(7)
    for country in HOME:
        for _ in range(600):
            number = home_phone(rng, country)
            assert phonenumbers.is_valid_number(phonenumbers.parse(number, country)), (country, number)
