"""The ``dev_ah`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its six origin groups (Chinese pinyin and dialect romanizations, Korean, Japanese, East African,
Southern / Central African, an English reference), valid home-country phones, and its noise (ASR sound-alikes,
chat autocorrect)."""
import random

import phonenumbers

from benchmarks._names_dev_ah import ORIGINS, NameSourceAH, tables
from benchmarks._profile_dev_ah import AUTOCORRECT, HEARD, HOME, ProfileAH, home_phone


def test_dev_ah_name_tables_and_forms():
    t = tables()
    assert {"Tan", "Lim", "Ng"} <= set(t["chinese"]["dialect_surname"]) and "wei" in t["chinese"]["pinyin_male"]
    assert "Seo-yeon" in t["korean"]["female"] and "Watanabe" in t["japanese"]["surname"]
    assert "Wanjiku" in t["east_african"]["kikuyu_female"] and "Otieno" in t["east_african"]["luo_surname"]
    assert "Nkosi" in t["southern_african"]["zulu_surname"] and "Uwase" in t["southern_african"]["rwandan_female"]
    assert "Ashworth" in t["english"]["surname"] and len(t["english"]["male"]) >= 20
    others = {n.lower() for o in ORIGINS if o != "english" for v in t[o].values() for n in v}
    assert not {n.lower() for v in t["english"].values() for n in v} & others
    names = NameSourceAH(5)
    people = {o: [names.name(o) for _ in range(300)] for o in ORIGINS}
    chinese = {p.style for p in people["chinese"]}
    assert {"dialect", "pinyin", "pinyin_given_first"} <= chinese
    assert any(p.given.startswith("Ah ") for p in people["chinese"])
    assert any("-" in p.given for p in people["korean"]) and any(" " in p.given for p in people["korean"])
    assert {p.country for p in people["east_african"]} >= {"KE", "UG", "TZ"}
    assert any(p.style == "congolese_postname" for p in people["southern_african"])
    assert not set(HOME) & {p.country for p in people["english"]}
    kin = [names.relative(p) for p in people["east_african"][:60]]
    assert all(k.country == p.country for k, p in zip(kin, people["east_african"]))


def test_dev_ah_home_phones_are_valid_numbers():
    rng = random.Random(7)
    for country in HOME:
        for _ in range(600):
            number = home_phone(rng, country)
            assert phonenumbers.is_valid_number(phonenumbers.parse(number, country)), (country, number)


def test_dev_ah_noise_is_there():
    names = NameSourceAH(11)
    heard = typed = 0
    for i in range(200):
        asr = ProfileAH.make(names, "asr", random.Random(i), ORIGINS[i % 6], False)
        said = asr.person("NAME")
        heard += said != asr.fold(asr.customer.full).lower().replace("-", " ")
        chat = ProfileAH.make(names, "chat", random.Random(i), ORIGINS[i % 6], False)
        chat.speaker = "customer"
        typed += chat.person("ACNAME") != chat.customer.surname
    assert heard > 40 and typed > 150
    assert AUTOCORRECT["nkosi"] == "Nosy" and "one geek who" in HEARD["wanjiku"]
