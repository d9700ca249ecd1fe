"""The ``dev_aa`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its six origin groups (East African, South African, Zimbabwean, Akan, English or word first
names with an African surname, an English reference), valid South African and Ghanaian mobiles."""
import random

import phonenumbers

from benchmarks._names_dev_aa import ORIGINS, NameSourceAA, tables
from benchmarks._profile_dev_aa import HOME, home_address, home_phone


def test_dev_aa_name_tables_and_forms():
    t = tables()
    assert {"Nakato", "Nalubega"} <= set(t["east_african"]["female"]) and "Okello" in t["east_african"]["luo"]
    assert {"Dlamini", "Xaba", "Nkosi"} <= set(t["south_african"]["surname"]) and "Botha" not in t["south_african"]["surname"]
    assert "Xolani" in t["south_african"]["male"] and "Liam" not in t["south_african"]["male"]
    assert {"Moyo", "Ncube"} <= set(t["zimbabwean"]["surname"]) and "Tendai" in t["zimbabwean"]["given"]
    assert {"Kwame", "Kofi", "Akosua"} <= set(t["akan"]["male"] + t["akan"]["female"]) and "Mensah" in t["akan"]["surname"]
    assert {"Blessing", "Precious", "Memory"} <= set(t["words"]["male"] + t["words"]["female"])
    assert "Smith" in t["english"]["surname"] and len(t["english"]["male"]) > 100
    african = {n for o in ("east_african", "south_african", "zimbabwean", "akan", "words") for v in t[o].values() for n in v}
    assert not set(t["english"]["male"] + t["english"]["female"] + t["english"]["surname"]) & african
    names = NameSourceAA(5)
    people = {o: [names.name(o) for _ in range(300)] for o in ORIGINS}
    assert any(p.style == "luo" for p in people["east_african"]) and any(p.surname_first for p in people["east_african"])
    assert any(p.style == "two_given" for p in people["south_african"]) and any(p.surname_first for p in people["zimbabwean"])
    assert any(p.style == "english_day" and len(p.full.split()) == 3 for p in people["akan"])
    assert any(p.given in t["words"]["male"] + t["words"]["female"] for p in people["diaspora"])
    assert any(p.style == "native_middle" for p in people["diaspora"])
    assert all(p.style.startswith("english") for p in people["english"])
    assert {p.country for p in people["akan"]} >= {"GH", "UK"} and not set(HOME) & {p.country for p in people["english"]}


def test_dev_aa_home_phones_are_valid_numbers_and_postcodes_have_their_shape():
    rng = random.Random(7)
    for country in HOME:
        for _ in range(600):
            assert phonenumbers.is_valid_number(phonenumbers.parse(home_phone(rng, country), country))
    for _ in range(50):
        assert home_address(rng, "ZA")[2].isdigit() and len(home_address(rng, "ZA")[2]) == 4
        post = home_address(rng, "GH")[2].split("-")
        assert len(post) == 3 and post[0].isalpha() and post[1].isdigit() and len(post[2]) == 4
