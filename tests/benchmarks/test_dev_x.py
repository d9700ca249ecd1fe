"""The ``dev_x`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its six origin groups (Yoruba, Igbo, Hausa, English given names with a Nigerian surname, short
Nigerian names, an English reference), valid home-country phones."""
import random

import phonenumbers

from benchmarks._names_dev_x import ORIGINS, NameSourceX, tables
from benchmarks._profile_dev_x import home_phone


def test_dev_x_name_tables_and_forms():
    t = tables()
    assert {"Oluwaseun", "Adebayo", "Olumide"} <= set(t["yoruba"]["first"]) and "Ogunleye" in t["yoruba"]["surname"]
    assert {"Chukwuemeka", "Nnamdi", "Ifeanyichukwu"} <= set(t["igbo"]["first"]) and "Okonkwo" in t["igbo"]["surname"]
    assert {"Abubakar", "Hadiza"} <= set(t["hausa"]["first"])
    assert all(len(n) <= 4 for n in t["short"]["first"]) and {"Ojo", "Eze", "Bello"} <= set(t["short"]["surname"])
    assert len(t["english"]["surnames"]) > 400 and "Smith" in t["english"]["surnames"]
    assert not set(t["english"]["male"] + t["english"]["female"]) & set(t["yoruba"]["first"] + t["igbo"]["first"])
    names = NameSourceX(5)
    people = {o: [names.name(o) for _ in range(300)] for o in ORIGINS}
    assert any(len(p.given) >= 10 for p in people["yoruba"]) and any(p.surname_first for p in people["yoruba"])
    assert any(len(p.full.split()) == 3 for p in people["igbo"])
    assert any(p.style == "three_part" for p in people["hausa"]) and any(not p.male for p in people["hausa"])
    assert any(p.style == "native_middle" for p in people["christian"])
    assert all(len(p.given) <= 4 for p in people["short"])
    assert all(p.style.startswith("english") for p in people["english"])
    assert {p.country for p in people["yoruba"]} >= {"NG", "UK"} and "NG" not in {p.country for p in people["english"]}


def test_dev_x_home_phones_are_valid_numbers():
    rng = random.Random(7)
    for country in ("NG",):
        for _ in range(600):
            assert phonenumbers.is_valid_number(phonenumbers.parse(home_phone(rng, country), country))

