"""The ``dev_v`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its six origin groups (Senegalese, francophone Senegalese, Ethiopian / Eritrean, African-American,
English-word given names, an English reference), valid home-country phones."""
import random
import re

import phonenumbers

from benchmarks._names_dev_v import ORIGINS, NameSourceV, tables
from benchmarks._profile_dev_v import home_phone


def test_dev_v_name_tables_and_forms():
    t = tables()
    assert {"Diop", "Ndiaye", "Sarr", "Mendy", "Diatta"} <= set(t["wolof"]["surnames"])
    assert {"Blessing", "Precious", "Memory", "Gift", "Given"} <= set(t["word"]["female"] + t["word"]["male"])
    assert {"Deshawn", "Latoya", "Jamarcus"} <= {n for k in ("male", "female") for n, _ in t["african_american"][k]}
    assert len(t["surnames_en"]) > 1000 and "Smith" in t["surnames_en"]
    names = NameSourceV(5)
    people = {o: [names.name(o) for _ in range(300)] for o in ORIGINS}
    wolof = [p.full for p in people["wolof"]]
    assert any(re.match(r"(Ndeye|Mame|Adja|Adjaratou|Pape|Serigne|El Hadji) ", n) for n in wolof)
    assert any(len(n.split()) >= 4 for n in wolof) and any(p.surname_first for p in people["wolof"])
    assert any(re.fullmatch(r"(Jean|Marie)-\w+ \w+", p.full) for p in people["francophone"])
    assert any(re.match(r"(De|La|Ja|Da)[A-Z]", p.given) for p in people["african_american"])
    assert all(p.style.startswith("word") for p in people["word_given"])
    habesha = [p.full for p in people["habesha"]]
    assert any(len(n.split()) == 3 for n in habesha) and any(re.search(r"\b(Gebre|Welde|Haile|Tekle)[ -]?[A-Z]", n) for n in habesha)
    assert {"Tesfaye", "Tigist", "Dawit"} <= {r[0] for k in ("male", "female") for r in t["habesha"][k]}
    assert all(p.style.startswith("english") for p in people["english"])
    assert {p.country for p in people["wolof"]} >= {"SN", "US"} and "ZM" in {p.country for p in people["word_given"]}


def test_dev_v_home_phones_are_valid_numbers():
    rng = random.Random(7)
    for country in ("SN", "ZM", "ET"):
        for _ in range(200):
            assert phonenumbers.is_valid_number(phonenumbers.parse(home_phone(rng, country), country))

