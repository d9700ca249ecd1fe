"""The ``dev_aw`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its eight groups, phones valid per home country (ten), national and driving-licence numbers,
postcodes and references in their shapes, recognizer noise on name words, Azerbaijani and Bosnian letters folded, names
without a cue phrase, sign-offs, forms and lists of people, car models and plates as look-alikes never gold."""
import json
import random
import re

import phonenumbers
import pytest
from stdnum.fr import nir
from stdnum.lv import pvn

from benchmarks._motoring_dev_aw import HOME, home_address, home_phone, national_id, reference, region
from benchmarks._names_dev_aw import ORIGINS, NameSourceAW, latvian_surname, tables
from benchmarks._profile_dev_aw import HEARD, ProfileAW
from benchmarks.generate_transcripts import generate_conversations, generate_fairness


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_aw", 80)


def _said(conv):
    return [(t, t["text"][s["start"]:s["end"]], s) for t in conv["turns"] for s in t["spans"]]


def test_dev_aw_name_tables():
    t = tables()
    assert "Otabek" in t["uzbek"]["male"] and not {"Karimov", "Mirziyoyev"} & set(t["uzbek"]["surname"])
    assert "Məmmədov" in t["azerbaijani"]["surname"] and "Aliyev" not in t["azerbaijani"]["surname"]
    assert "Bērziņš" in t["latvian"]["surname"] and "Ilze" in t["latvian"]["female"]
    assert "Hamdani" in t["yemeni"]["family"] and not {"Saleh", "Hadi"} & set(t["yemeni"]["father"])
    assert "Aït Kaci" in t["amazigh"]["surname"] and "Tiziri" in t["amazigh"]["female"]
    assert "Hadžić" in t["bosnian"]["surname"] and not {"Izetbegović", "Džeko"} & set(t["bosnian"]["surname"])
    word = set(t["word_given"]["male"]) | set(t["word_given"]["female"])
    assert {"Moss", "Posy", "Maverick"} <= word
    for split in ("ar", "as", "at", "au", "av"):  # none of the earlier eight-group splits' word given names
        old = json.load(open(f"benchmarks/data/dev_{split}_names.json", encoding="utf-8"))["word_given"]
        assert not word & (set(old["male"]) | set(old["female"])), split


def test_dev_aw_latvian_surnames_follow_the_sex():
    assert latvian_surname("Bērziņš", False) == "Bērziņa" and latvian_surname("Ozols", False) == "Ozola"
    assert latvian_surname("Balodis", False) == "Balode" and latvian_surname("Jansons", False) == "Jansone"
    assert latvian_surname("Bērziņš", True) == "Bērziņš"


@pytest.mark.parametrize("origin, pattern", [
    ("uzbek", r"(ova|eva)$"), ("azerbaijani", r"[əğı]"), ("azerbaijani", r"(li|lı|lu|lü)$"), ("latvian", r"[ņš]a$"),
    ("latvian", r"e$"), ("yemeni", r" bin \S+ al-"), ("yemeni", r"^\S+ \S+ \S+ al-"), ("amazigh", r" (Aït|Ait|Id|Ould) "),
    ("bosnian", r"(ić)$"), ("bosnian", r"[ŠĐČĆŽšđčćž]"), ("word_given", r"^(Moss|Posy|Maverick|Juniper|Tiger) "),
])
def test_dev_aw_forms_occur(origin, pattern):
    names = NameSourceAW(5)
    assert any(re.search(pattern, names.name(origin).full) for _ in range(800)), (origin, pattern)


@pytest.mark.parametrize("country", HOME)
def test_dev_aw_phones_are_valid_numbers_of_their_country(country):
    rng = random.Random(7)
    for _ in range(300):
        parsed = phonenumbers.parse(home_phone(rng, country), region(country))
        assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region(country)


@pytest.mark.parametrize("country, pattern", [
    ("UK", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}"), ("US", r"\d{5}"), ("UZ", r"\d{6}"), ("AZ", r"AZ ?\d{4}"),
    ("LV", r"LV-\d{4}"), ("MA", r"\d{5}"), ("DZ", r"\d{5}"), ("BA", r"\d{5}"), ("DE", r"\d{5}"), ("FR", r"\d{5}")])
def test_dev_aw_postcodes_in_their_shapes(country, pattern):
    rng = random.Random(5)
    assert all(re.fullmatch(pattern, home_address(rng, country)[2]) for _ in range(100))


def test_dev_aw_national_numbers():
    rng = random.Random(3)
    who = NameSourceAW(2).name("latvian")
    for _ in range(100):
        uz = national_id(rng, "UZ", (1984, 3, 9), False)
        assert re.fullmatch(r"4090384\d{7}", uz) and sum(int(c) * w for c, w in zip(uz[:13], (7, 3, 1) * 5)) % 10 == int(uz[13])
        assert pvn.is_valid(national_id(rng, "LV", (1984, 3, 9)).replace("-", ""))
        ba = national_id(rng, "BA", (1984, 3, 9), True)
        k = 11 - sum(int(c) * w for c, w in zip(ba[:12], (7, 6, 5, 4, 3, 2) * 2)) % 11
        assert re.fullmatch(r"0903984(1\d)[0-4]\d\d\d", ba) and int(ba[12]) == (0 if k == 11 else k)
        assert re.fullmatch(r"(BE|BK|BH|J|JA|AB|EE|U)\d{6}", national_id(rng, "MA", (1984, 3, 9)))
        assert re.fullmatch(r"[1-9][A-Z0-9]{6}", national_id(rng, "AZ", (1984, 3, 9)))
        assert nir.is_valid(national_id(rng, "FR", (1984, 3, 9), True).replace(" ", ""))
        assert re.fullmatch(r"[A-Z9]{5}8530(9)4[A-Z][9A-Z]9[A-K]{2}", national_id(rng, "UK", (1984, 3, 9), False, who))
        assert re.fullmatch(r"[LMNPRTVWXY][A-Z0-9]{8}", national_id(rng, "DE", (1984, 3, 9)))
        assert national_id(rng, "US", (1980, 1, 1)) is None and national_id(rng, "DZ", (1980, 1, 1)) is None


@pytest.mark.parametrize("kind, pattern", [("finance", r"FA-\d{4}-\d{4}|AGR\d{9}"), ("service", r"SRV-\d{6}|MOT\d{7}"),
                                           ("breakdown", r"RSA-\d{8}|BD\d{7}"), ("hire", r"RA-\d{8}|HIRE\d{6}"),
                                           ("penalty", r"(PN|WK)\d{8}"), ("licensing", r"DVL-\d{7}|V\d{8}")])
def test_dev_aw_references_in_their_shapes(kind, pattern):
    rng = random.Random(9)
    assert all(re.fullmatch(pattern, reference(rng, kind)) for _ in range(60))


@pytest.mark.parametrize("origin", ("azerbaijani", "bosnian", "latvian"))
def test_dev_aw_folding_of_letters(origin):
    names = NameSourceAW(4)
    for i in range(200):
        p = ProfileAW.make(names, "asr", random.Random(i), origin, False)
        p.speaker = "customer"
        assert p.value("ADDR").isascii() and p.person("NAME").isascii() and p.value("POST").isascii()


def test_dev_aw_noise_is_there_and_in_range():
    names = NameSourceAW(11)
    changed = words = 0
    for i in range(2400):
        asr = ProfileAW.make(names, "asr", random.Random(i), ORIGINS[i % 8], False)
        clean = ProfileAW.fold(asr.customer.full).lower().replace("-", " ").replace(".", "").replace("'", "").split()
        said = asr.person("NAME").split()
        changed += sum(w not in said for w in clean)
        words += len(clean)
        assert said and " ".join(said).isascii() and not re.search(r"[\d.,'-]", " ".join(said))
    assert 0.06 < changed / words < 0.22, changed / words
    assert "hajich" in HEARD["hadzic"]


def test_dev_aw_national_numbers_and_references_are_gold(convs):
    labels = {s["label"] for c in convs for _, _, s in _said(c)}
    assert {"NATIONAL_ID", "ACCOUNT_NUMBER", "DATE_OF_BIRTH", "ZIP_CODE", "POSTCODE", "NEUTRAL"} <= labels


def test_dev_aw_names_without_a_cue_phrase_are_there(convs):
    cue = re.compile(r"(\b(my name is|name's|i'm|it's|this is|called|mr|mrs|ms|miss|dr|dear|hi|thanks|thank you|cheers|"
                     r"for|with|from|by|mechanic|patrol|warden|driver|keeper|passengers|member|contact|off|"
                     r"me|and|is|to|of|husband|wife|partner|brother|sister|mum|dad|son|daughter|about|as|was|yeah)\W*)$", re.I)
    bare = sum(1 for conv in convs for turn, _, span in _said(conv)
               if span["label"] == "PERSON" and not cue.search(turn["text"][:span["start"]]))
    assert bare >= 60


def test_dev_aw_sign_offs_forms_lists_and_roles_are_there(convs):
    texts = [t["text"] for c in convs for t in c["turns"]]
    assert sum(bool(re.search(r"(thanks|thank you|regards|cheers|drivers)\W+\S", t, re.I)) for t in texts) >= 30
    assert any(re.search(r"(Driver|Vehicle keeper): \S", t, re.I) for t in texts)
    assert any(re.search(r"\b(the warden|the patrol last time|at the desk|the test centre)\b", t, re.I) for t in texts)
    lists = [t for c in convs for t in c["turns"] if len([s for s in t["spans"] if s["label"] == "PERSON"]) >= 3]
    assert len(lists) >= 3


def test_dev_aw_spelled_runs_are_one_span(convs):
    runs = [text for c in convs for _, text, s in _said(c) if s["label"] == "PERSON" and re.fullmatch(r"([a-z]( |$)|[a-z]+ )+", text + " ")
            and len(text.split()) >= 4 and c["style"] == "asr"]
    assert len(runs) >= 5 and any(re.search(r"\b(as in|for|like) [a-z]+", r) for r in runs)


def test_dev_aw_the_same_person_is_named_several_ways(convs):
    forms = 0
    for c in convs:
        said = {text for _, text, s in _said(c) if s["label"] == "PERSON"}
        forms += any(a != b and a in b.split(" ") for a in said for b in said)
    assert forms >= 20


def test_dev_aw_lookalikes_are_present_and_never_gold(convs):
    kinds = {d["kind"] for c in convs for t in c["turns"] for d in t["distractors"]}
    assert {"place", "firm", "car", "plate", "money", "role", "phrase", "venue", "product"} <= kinds
    for c in convs:
        for t in c["turns"]:
            gold = [(s["start"], s["end"]) for s in t["spans"] if s["label"] != "NEUTRAL"]
            for d in t["distractors"]:
                assert not any(a < d["end"] and d["start"] < b for a, b in gold), t["text"]


def test_dev_aw_fairness_frames_are_single_turns():
    records = generate_fairness("dev_aw", 160)
    assert all(len(r["text"].split()) <= 20 and len(r["spans"]) == 1 for r in records)
    assert {r["style"] for r in records} == {"asr", "chat"} and {r["origin"] for r in records} == set(ORIGINS)
