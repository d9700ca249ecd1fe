"""The ``dev_ab`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its six origin groups (Maori, Samoan, Tongan, Fijian iTaukei and Fiji Indian, English or word
first names with a Pacific surname, an English reference), valid New Zealand, Fijian, Samoan and Tongan mobiles,
New Zealand postcodes and island P.O. boxes."""
import random

import phonenumbers

from benchmarks._names_dev_ab import ORIGINS, NameSourceAB, tables
from benchmarks._profile_dev_ab import HOME, ISLANDS, home_address, home_phone


def test_dev_ab_name_tables_and_forms():
    t = tables()
    assert {"Te Whare", "Te Rangi"} <= set(t["maori"]["te"]) and {"Aroha", "Mere"} <= set(t["maori"]["female"])
    assert {"Faleolo", "Tuilagi", "Fa'asavalu"} <= set(t["samoan"]["surname"]) and "Sione" in t["samoan"]["male"]
    assert {"Taufa", "Fifita"} <= set(t["tongan"]["surname"]) and {"Siosaia", "Mele"} <= set(t["tongan"]["male"] + t["tongan"]["female"])
    assert {"Vunivalu", "Ratu"} <= set(t["fijian"]["surname"]) and {"Jone", "Losana"} <= set(t["fijian"]["male"] + t["fijian"]["female"])
    assert len(t["fijian"]["indian_male"]) > 30 and "Kumar" in t["fijian"]["indian_surname"]
    assert {"Faith", "Hope", "Patience"} <= set(t["words"]["female"])
    assert "Smith" in t["english"]["surname"] and len(t["english"]["male"]) > 100
    pacific = {n for o in ("maori", "samoan", "tongan", "fijian", "words") for v in t[o].values() for n in v}
    assert not set(t["english"]["male"] + t["english"]["female"] + t["english"]["surname"]) & pacific
    assert not {"Garcia", "Nguyen"} & set(t["english"]["surname"])
    names = NameSourceAB(5)
    people = {o: [names.name(o) for _ in range(300)] for o in ORIGINS}
    assert any(p.style == "te" and " Te " in p.full for p in people["maori"])
    assert any("'" in p.full for p in people["samoan"] + people["tongan"])
    assert any(p.style == "two_given" for p in people["tongan"]) and any(p.surname_first for p in people["samoan"])
    assert any(p.style == "indian" for p in people["fijian"]) and any(p.surname_first for p in people["fijian"])
    assert any(p.given in t["words"]["male"] + t["words"]["female"] for p in people["pasifika"])
    assert any(p.style == "native_middle" for p in people["pasifika"])
    assert all(p.style.startswith("english") for p in people["english"])
    assert {p.country for p in people["tongan"]} >= {"TO", "NZ", "US"} and not set(ISLANDS) & {p.country for p in people["english"]}


def test_dev_ab_home_phones_are_valid_numbers_and_postcodes_have_their_shape():
    rng = random.Random(7)
    for country in HOME:
        for _ in range(600):
            assert phonenumbers.is_valid_number(phonenumbers.parse(home_phone(rng, country), country))
    for _ in range(50):
        post = home_address(rng, "NZ")[2]
        assert post.isdigit() and len(post) == 4
        for country in ISLANDS:
            assert home_address(rng, country)[2].startswith("P.O. Box ")
