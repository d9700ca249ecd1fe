"""The ``dev_ac`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its six origin groups (Ethiopian / Eritrean, Somali, Congolese, Wolof / Fula / Bambara, English
or word first names with one of those surnames, an English reference), valid French, Belgian, Ethiopian, Kenyan,
Somali, Congolese and Senegalese mobiles, French and Belgian postcodes and P.O. / B.P. boxes, chat typing habits."""
import random

import phonenumbers

from benchmarks._names_dev_ac import ORIGINS, NameSourceAC, tables
from benchmarks._profile_dev_ac import BOXES, HOME, home_address, home_phone, typo


def test_dev_ac_name_tables_and_forms():
    t = tables()
    assert {"Tesfaye", "Selamawit"} <= set(t["habesha"]["male"] + t["habesha"]["male_src"] + t["habesha"]["female"])
    assert {"Gebre", "Wolde"} <= set(t["habesha"]["compound_head"]) and "mariam" in t["habesha"]["compound_tail"]
    assert {"Warsame", "Farah"} <= set(t["somali"]["surname"]) and {"Hodan", "Abdirahman"} <= set(t["somali"]["female"] + t["somali"]["male"])
    assert "Cabdiraxman" in t["somali"]["male_src"] and "Dheere" in t["somali"]["nickname"]
    assert {"Kabongo", "Mukendi", "Tshibanda"} <= set(t["congolese"]["surname"]) and "Jean-Pierre" in t["congolese"]["male"]
    assert {"Ba", "Sy", "Ka"} <= set(t["senegambian"]["short"]) and {"Diop", "Ndiaye"} <= set(t["senegambian"]["surname"])
    assert {"Gift", "Merveille"} <= set(t["words"]["male"] + t["words"]["female"])
    assert "Smith" in t["english"]["surname"] and len(t["english"]["male"]) >= 30
    african = {n for o in ("habesha", "somali", "congolese", "senegambian", "words") for v in t[o].values() for n in v}
    assert not set(t["english"]["male"] + t["english"]["female"] + t["english"]["surname"]) & african
    assert not {"Garcia", "Nguyen"} & set(t["english"]["surname"])
    names = NameSourceAC(5)
    people = {o: [names.name(o) for _ in range(300)] for o in ORIGINS}
    habesha = people["habesha"]
    assert {p.style for p in habesha} >= {"joined", "split", "hyphen", "three_part", "plain"}
    assert any("-" in p.surname for p in habesha) and any(" " in p.surname for p in habesha)
    assert {p.style for p in people["somali"]} >= {"three_part", "nickname", "plain"}
    assert {p.style for p in people["congolese"]} >= {"bantu", "french_given", "postname", "surname_first"}
    assert any(p.surname_first and p.full.endswith(p.given) for p in people["congolese"])
    assert any(p.style == "prefixed" for p in people["senegambian"]) and any(p.surname in ("Ba", "Sy", "Ka") for p in people["senegambian"])
    assert any(p.given in t["words"]["male"] + t["words"]["female"] for p in people["mixed"])
    assert all(p.style.startswith("english") for p in people["english"])
    assert {p.country for p in people["somali"]} >= {"SO", "KE", "UK"} and not set(BOXES) & {p.country for p in people["english"]}


def test_dev_ac_home_phones_are_valid_numbers_and_postcodes_have_their_shape():
    rng = random.Random(7)
    for country in HOME:
        for _ in range(600):
            assert phonenumbers.is_valid_number(phonenumbers.parse(home_phone(rng, country), country))
    for _ in range(50):
        assert len(home_address(rng, "FR")[2]) == 5 and len(home_address(rng, "BE")[2]) == 4
        for country in BOXES:
            post = home_address(rng, country)[2]
            assert post.startswith("B.P. " if country in ("CD", "SN") else "P.O. Box ")


def test_dev_ac_typos_change_one_letter_and_keep_the_word_shape():
    rng = random.Random(3)
    for _ in range(200):
        out = typo("Warsame", rng)
        assert out != "" and abs(len(out) - 7) <= 1 and out[0] == "W"
