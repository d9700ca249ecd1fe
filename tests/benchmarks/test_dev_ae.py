"""The ``dev_ae`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its six origin groups (Southern African, Zambian / Malawian, East African, West / Central
African, diaspora, an English reference), chat forms (typing habits, surname first in capitals, initials, a name
across two messages), ASR name forms, valid home-country phones."""
import random
import re

import phonenumbers

from benchmarks._assemble_dev_ae import assemble
from benchmarks._names_dev_ae import ORIGINS, NameSourceAE, tables
from benchmarks._profile_dev_ae import HEARD, HOME, ProfileAE, home_phone


def test_dev_ae_name_tables_and_forms():
    t = tables()
    assert {"Ndlovu", "Dlamini", "Nkosi", "Ramaphosa", "Mokoena"} <= set(t["southern"]["surname"])
    assert {"Nomvula", "Mmabatho"} <= set(t["southern"]["female"]) and "Sipho" in t["southern"]["male"]
    assert {"Banda", "Mwansa", "Phiri"} <= set(t["zambezi"]["zambia"]["surname"]) and "Chanda" in t["zambezi"]["zambia"]["male"]
    assert not {"Patel", "Suresh", "Thakur", "Vashi", "Govendar"} & set(t["zambezi"]["zambia"]["surname"])
    assert "Chikondi" in t["zambezi"]["malawi"]["male"] and {"Uwimana", "Niyonzima", "Habimana"} <= set(t["eastern"]["rwanda"]["surname"])
    assert len(t["english"]["surname"]) > 2000 and not {"Ndlovu", "Banda", "Kamau"} & set(t["english"]["surname"])
    names = NameSourceAE(5)
    people = {o: [names.name(o) for _ in range(400)] for o in ORIGINS}
    assert {"plain", "faith_given", "faith_native", "surname_first", "clan"} <= {p.style for p in people["southern"]}
    assert any(p.called.startswith("Ma") and p.called != p.given for p in people["southern"])
    assert any(p.called != p.given.split()[0] for p in people["southern"] if p.style == "plain")  # short forms
    assert any(p.full.split()[0].isupper() for p in people["western"])  # MBARGA Jean-Pierre
    assert {p.country for p in people["eastern"]} >= {"KE", "BE"}
    assert all(p.style.startswith("diaspora") for p in people["diaspora"])
    assert all(p.style.startswith("english") for p in people["english"])


def test_dev_ae_chat_forms():
    names, typed = NameSourceAE(2), []
    convs = [assemble(i, "dev_ae", "chat", names, random.Random(i)) for i in range(1, 120, 2)]
    customer = [t for c in convs for t in c["turns"] if t["speaker"] == "customer"]
    texts = [t["text"] for t in customer]
    assert any(x.isupper() for x in texts if len(x) > 12)  # ALL CAPS
    assert any(re.search(r"\b(pls|plz|u|ur|thx|tnx|im)\b", x) for x in texts)  # WhatsApp short forms
    assert any(not x.isascii() for x in texts)  # an emoji
    person = [t["text"][s["start"]:s["end"]] for t in customer for s in t["spans"] if s["label"] == "PERSON"]
    assert any(re.fullmatch(r"[A-Z]\.? [A-Z][a-z]+", p) or re.fullmatch(r"[A-Z]{2}", p) for p in person)  # T. Ndlovu / TN
    profiles = [ProfileAE.make(names, "chat", random.Random(i), "southern") for i in range(200)]
    for p in profiles:
        p.speaker = "customer"
    assert any(re.match(r"[A-Z]{3,} [A-Z][a-z]", p.person("NAME")) for p in profiles)  # NDLOVU Thandeka
    assert any(x.startswith("its me ") or x.startswith("ITS ME ") for x in texts)
    pairs = [(a, b) for c in convs for a, b in zip(c["turns"], c["turns"][1:])
             if a["speaker"] == b["speaker"] == "customer" and a["spans"] and b["spans"]
             and a["text"] == a["text"][a["spans"][0]["start"]:a["spans"][0]["end"]]]
    assert pairs  # a name typed across two messages


def test_dev_ae_asr_name_forms():
    names, said = NameSourceAE(3), []
    for i in range(300):
        p = ProfileAE.make(names, "asr", random.Random(i), ORIGINS[i % 5])
        said.append(p.person("NAME"))
    assert all(s == s.lower() and "." not in s and "-" not in s and s.isascii() for s in said)
    heard = {h for forms in HEARD.values() for h in forms}
    assert sum(any(f" {h} " in f" {s} " for h in heard) for s in said) >= 10
    assert any(re.search(r"\b(n|m|ma|mo|ra|ne) [a-z]{4,}", s) for s in said)  # a prefix heard apart


def test_dev_ae_home_phones_are_valid_numbers():
    rng = random.Random(7)
    for country in HOME:
        for _ in range(600):
            assert phonenumbers.is_valid_number(phonenumbers.parse(home_phone(rng, country), country))
