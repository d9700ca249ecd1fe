"""The ``dev_y`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its six origin groups (Persian, Turkish, Nepali, Sinhala, English given names with one of those
surnames, an English reference), valid home-country phones."""
import random

import phonenumbers

from benchmarks._names_dev_y import ORIGINS, NameSourceY, tables
from benchmarks._profile_dev_y import HOME, home_phone


def test_dev_y_name_tables_and_forms():
    t = tables()
    assert {"Reza", "Maryam"} <= set(t["persian"]["male"] + t["persian"]["female"]) and "Ahmadzadeh" in t["persian"]["surname"]
    assert "Yılmaz" in t["turkish"]["surname"] and "Ayşe" in t["turkish"]["female"]
    assert {"Gurung", "Shrestha", "Tamang"} <= set(t["nepali"]["surname"]) and "Brahmin" not in t["nepali"]["surname"]
    assert {"Wickramasinghe", "Gunasekara"} <= set(t["sinhala"]["surname"]) and "Kasun" in t["sinhala"]["male"]
    assert len(t["english"]["surname"]) > 900 and "Smith" in t["english"]["surname"]
    native = {n for o in ("persian", "turkish", "nepali", "sinhala") for v in t[o].values() for n in v}
    assert not set(t["english"]["male"] + t["english"]["female"] + t["english"]["surname"]) & native
    names = NameSourceY(5)
    people = {o: [names.name(o) for _ in range(300)] for o in ORIGINS}
    assert any(p.style == "khan" for p in people["persian"]) and any(p.style == "two_given" for p in people["persian"])
    assert any(" Bahadur " in p.full for p in people["nepali"]) and any(" Kumari " in p.full for p in people["nepali"])
    assert any(len(p.surname) >= 12 for p in people["sinhala"]) and any(p.surname_first for p in people["sinhala"])
    assert any(p.style == "two_given" for p in people["turkish"]) and any(p.surname_first for p in people["turkish"])
    assert any(p.style == "native_middle" for p in people["diaspora"])
    assert all(p.style.startswith("english") for p in people["english"])
    assert {p.country for p in people["nepali"]} >= {"NP", "UK", "AU"} and not set(HOME) & {p.country for p in people["english"]}


def test_dev_y_home_phones_are_valid_numbers():
    rng = random.Random(7)
    for country in HOME:
        for _ in range(600):
            assert phonenumbers.is_valid_number(phonenumbers.parse(home_phone(rng, country), country))

