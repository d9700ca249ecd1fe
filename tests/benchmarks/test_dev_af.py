"""The ``dev_af`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its six origin groups (Taiwanese, Hong Kong, Japanese, Korean, mainland Chinese, an English
reference), ASR name forms (syllables heard as English words, hyphens said as spaces), the read-back and English-name
slots, valid home-country phones."""
import random
import re

import phonenumbers

from benchmarks._assemble_dev_af import assemble
from benchmarks._names_dev_af import ORIGINS, NameSourceAF, tables
from benchmarks._profile_dev_af import HEARD, HOME, ProfileAF, home_phone


def test_dev_af_name_tables_and_forms():
    t = tables()
    assert {"Hsu", "Tsai", "Hsieh", "Kuo", "Chien"} <= set(t["taiwan"]["surname"])
    assert {"Chan", "Wong", "Leung", "Tsang", "Yeung", "Cheung", "Ng", "Yip", "Kwok"} <= set(t["hongkong"]["surname"])
    assert {"Ji-eun", "Seo-yeon"} <= set(t["korean"]["female"]) and {"Seo-jun", "Min-ho"} <= set(t["korean"]["male"])
    assert {"Wang", "Zhou", "Xu", "He"} <= set(t["mainland"]["surname"]) and t["mainland"]["surname"][0] == "Wang"
    assert len(t["japanese"]["surname"]) > 1000 and "Watanabe" in t["japanese"]["surname"]
    assert len(t["english"]["female"]) > 60 and "Lina" in t["mainland"]["female"] and not {"Chan", "Kim", "Wang"} & set(t["english"]["surname"])
    names = NameSourceAF(5)
    people = {o: [names.name(o) for _ in range(400)] for o in ORIGINS}
    tw = people["taiwan"]
    assert any(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+", p.full) and p.surname_first for p in tw)  # Hsu Chih-ming
    assert {"surname_first", "given_first", "english_given"} <= {p.style for p in tw}
    assert {"english_given", "surname_first", "english_full"} <= {p.style for p in people["hongkong"]}
    assert all(p.called == p.given for p in people["japanese"]) and any(p.surname_first for p in people["japanese"])
    assert any(p.surname_first and "-" in p.given for p in people["korean"])  # Lee Ji-eun
    assert {p.country for p in people["korean"]} >= {"KR", "US"}
    assert all(p.style.startswith("english") for p in people["english"])


def test_dev_af_asr_name_forms_and_slots():
    names, said = NameSourceAF(3), []
    for i in range(300):
        p = ProfileAF.make(names, "asr", random.Random(i), ORIGINS[i % 5])
        said.append(p.person("NAME"))
        assert p.person("WRONG") and p.person("ENG")
    assert all(s == s.lower() and "." not in s and "-" not in s and s.isascii() for s in said)
    heard = {h for forms in HEARD.values() for h in forms if h not in HEARD}
    assert sum(any(f" {h} " in f" {s} " for h in heard) for s in said) >= 10
    convs = [assemble(i, "dev_af", "asr", names, random.Random(i)) for i in range(0, 60, 2)]
    texts = [t["text"] for c in convs for t in c["turns"]]
    assert any("english name is" in x for x in texts) and any(re.match(r"(uh |um )?no\b.*\bit'?s\b", x) for x in texts)


def test_dev_af_home_phones_are_valid_numbers():
    rng = random.Random(7)
    for country in HOME:
        for _ in range(600):
            assert phonenumbers.is_valid_number(phonenumbers.parse(home_phone(rng, country), country))
