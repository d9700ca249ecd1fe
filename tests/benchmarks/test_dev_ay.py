"""The ``dev_ay`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its eight groups, phones valid per home country (twelve), national numbers, postcodes and
references in their shapes, recognizer noise on name words, Sámi, Turkish and Portuguese letters folded, names without
a cue phrase, sign-offs, forms and lists of people, one person named by a display name and an older name,
gamer tags, devices, apps and shops as look-alikes never gold."""
import json
import random
import re

import phonenumbers
import pytest
from stdnum.fi import hetu
from stdnum.mu import nid
from stdnum.no import fodselsnummer
from stdnum.pt import nif
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.tr import tckimlik

from benchmarks._names_dev_ay import ORIGINS, NameSourceAY, tables
from benchmarks._profile_dev_ay import FIGURES, HEARD, NEUTRAL, ProfileAY
from benchmarks._tech_dev_ay import HOME, home_address, home_phone, national_id, reference, region
from benchmarks.generate_transcripts import generate_conversations, generate_fairness


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_ay", 80)


def _said(conv):
    return [(t, t["text"][s["start"]:s["end"]], s) for t in conv["turns"] for s in t["spans"]]


def test_dev_ay_name_tables():
    t = tables()
    assert "Khairullin" in t["tatar"]["surname"] and not {"Shaimiev", "Minnikhanov"} & set(t["tatar"]["surname"])
    assert "Yumagulov" in t["bashkir"]["surname"] and not {"Yulaev", "Khamitov"} & set(t["bashkir"]["surname"])
    assert "Shogenov" in t["circassian"]["surname"] and "Berzeg" in t["circassian"]["abroad"]
    assert "Semedo" in t["cape_verdean"]["surname"] and not {"Évora", "Cabral"} & set(t["cape_verdean"]["surname"])
    assert "Li Wan Po" in t["mauritian"]["sino_surname"] and not {"Ramgoolam", "Jugnauth"} & set(t["mauritian"]["indo_surname"])
    assert "Hætta" in t["sami"]["surname"] and not {"Valkeapää", "Turi", "Keskitalo"} & set(t["sami"]["surname"])
    word = set(t["word_given"]["male"]) | set(t["word_given"]["female"])
    assert {"Falcon", "Opal", "Comfort"} <= word
    for split in ("ar", "as", "at", "au", "av", "aw", "ax"):  # none of the earlier eight-group splits' word given names
        old = json.load(open(f"benchmarks/data/dev_{split}_names.json", encoding="utf-8"))["word_given"]
        assert not word & (set(old["male"]) | set(old["female"])), split
    for figure in FIGURES:  # no public figure's surname among the names
        assert not any(figure.split()[-1] in v for group in t.values() for v in group.values() if isinstance(v, list))
    for handle in NEUTRAL["handle"]:  # gamer tags are no name of any list
        assert not any(handle in v for group in t.values() for v in group.values() if isinstance(v, list))


@pytest.mark.parametrize("origin, pattern", [
    ("tatar", r"(ova|eva|ina)$"), ("tatar", r"(ov|in)$"), ("bashkir", r"(ova|eva|ina)$"), ("circassian", r"(kh|zh)ov$"),
    ("circassian", r" (Berzeg|Hatko|Haghandoqa|Habjoka|Mirza|Natho|Abat|Kunt|Bino|Kharma|Shogan|Jaghra)$"),
    ("cape_verdean", r"^\S+ \S+ \S+$"), ("cape_verdean", r"[ãáéíóôú]"), ("mauritian", r"^Jean-|^Marie-"),
    ("mauritian", r" (Li Wan Po|Ah Sue|Lee Chin|Leung Shing|Ah Kee|Lam Po Tang|Wong Chung|Ng Kee Kwong|Lai Fat Fat|Chan Sow Yin)$"),
    ("mauritian", r" (Seebaluck|Ramdin|Beeharry|Dookhun|Gopaul|Ramsamy|Appadoo)$"), ("sami", r"[áčšæ]"),
    ("word_given", r"^(Falcon|Opal|Comfort|Zephyr|Sapphire) "),
])
def test_dev_ay_forms_occur(origin, pattern):
    names = NameSourceAY(5)
    assert any(re.search(pattern, names.name(origin).full) for _ in range(800)), (origin, pattern)


def test_dev_ay_tatar_and_bashkir_surnames_follow_the_sex():
    names = NameSourceAY(6)
    for origin in ("tatar", "bashkir"):
        for _ in range(200):
            who = names.name(origin)
            assert who.surname.endswith(("ova", "eva", "ina")) != who.male, who.full


@pytest.mark.parametrize("country", HOME)
def test_dev_ay_phones_are_valid_numbers_of_their_country(country):
    rng = random.Random(7)
    for _ in range(300):
        parsed = phonenumbers.parse(home_phone(rng, country), region(country))
        assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region(country)


@pytest.mark.parametrize("country, pattern", [
    ("RU", r"\d{6}"), ("TR", r"\d{5}"), ("JO", r"\d{5}"), ("CV", r"\d{4}"), ("PT", r"\d{4}-\d{3}"), ("MU", r"\d{5}"),
    ("FR", r"\d{5}"), ("NO", r"\d{4}"), ("SE", r"\d{3} \d{2}"), ("FI", r"\d{5}"), ("UK", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}"),
    ("US", r"\d{5}")])
def test_dev_ay_postcodes_in_their_shapes(country, pattern):
    rng = random.Random(5)
    assert all(re.fullmatch(pattern, home_address(rng, country)[2]) for _ in range(100))


def test_dev_ay_national_numbers():
    rng = random.Random(3)
    for _ in range(100):
        assert inn.is_valid(national_id(rng, "RU", (1984, 3, 9)))
        assert tckimlik.is_valid(national_id(rng, "TR", (1984, 3, 9)))
        assert nif.is_valid(national_id(rng, "PT", (1984, 3, 9)).replace(" ", ""))
        mu = national_id(rng, "MU", (1984, 3, 9))
        assert nid.is_valid(mu) and mu[1:7] == "090384"
        no = national_id(rng, "NO", (1984, 3, 9))
        assert fodselsnummer.is_valid(no) and no.startswith("090384")
        se = national_id(rng, "SE", (1984, 3, 9))
        assert personnummer.is_valid(se) and se.startswith("840309-")
        fi = national_id(rng, "FI", (1984, 3, 9), False)
        assert hetu.is_valid(fi) and int(fi[9]) % 2 == 0 and fi.startswith("090384-")
        assert re.fullmatch(r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]", national_id(rng, "UK", (1984, 3, 9)))
        assert all(national_id(rng, c, (1980, 1, 1)) is None for c in ("JO", "CV", "US"))


@pytest.mark.parametrize("kind, pattern", [("recovery", r"CASE-\d{8}|RC\d{4}-\d{4}"), ("games", r"GPO-\d{9}|MSA\d{8}"),
                                           ("repair", r"RPR-\d{6}|TKT\d{7}"), ("install", r"INS-\d{7}|BBJ\d{8}"),
                                           ("market", r"\d{3}-\d{7}-\d{7}|MKT\d{9}")])
def test_dev_ay_references_in_their_shapes(kind, pattern):
    rng = random.Random(9)
    assert all(re.fullmatch(pattern, reference(rng, kind)) for _ in range(60))


@pytest.mark.parametrize("origin", ("sami", "cape_verdean", "circassian", "mauritian"))
def test_dev_ay_folding_of_letters(origin):
    names = NameSourceAY(4)
    for i in range(200):
        p = ProfileAY.make(names, "asr", random.Random(i), origin, False)
        p.speaker = "customer"
        assert p.value("ADDR").isascii() and p.person("NAME").isascii() and p.value("POST").isascii()
        assert p.person("KINBORN").isascii() and p.person("KINDISP").isascii()


def test_dev_ay_noise_is_there_and_in_range():
    names = NameSourceAY(11)
    changed = words = 0
    for i in range(2400):
        asr = ProfileAY.make(names, "asr", random.Random(i), ORIGINS[i % 8], False)
        clean = ProfileAY.fold(asr.customer.full).lower().replace("-", " ").replace(".", "").replace("'", "").split()
        said = asr.person("NAME").split()
        changed += sum(w not in said for w in clean)
        words += len(clean)
        assert said and " ".join(said).isascii() and not re.search(r"[\d.,'-]", " ".join(said))
    assert 0.06 < changed / words < 0.22, changed / words
    assert "hairullin" in HEARD["khairullin"]


def test_dev_ay_national_numbers_and_references_are_gold(convs):
    labels = {s["label"] for c in convs for _, _, s in _said(c)}
    assert {"NATIONAL_ID", "ACCOUNT_NUMBER", "DATE_OF_BIRTH", "ZIP_CODE", "POSTCODE", "NEUTRAL"} <= labels


def test_dev_ay_names_without_a_cue_phrase_are_there(convs):
    cue = re.compile(r"(\b(my name is|name's|i'm|it's|this is|called|mr|mrs|ms|miss|dr|dear|hi|thanks|thank you|cheers|"
                     r"for|with|from|by|technician|installer|buyer|seller|holder|account|said|is|to|of|husband|wife|"
                     r"brother|sister|mum|dad|son|daughter|about|as|was|by|under|me|and|sure|regards)\W*)$", re.I)
    bare = sum(1 for conv in convs for turn, _, span in _said(conv)
               if span["label"] == "PERSON" and not cue.search(turn["text"][:span["start"]]))
    assert bare >= 60


def test_dev_ay_sign_offs_forms_lists_and_roles_are_there(convs):
    texts = [t["text"] for c in convs for t in c["turns"]]
    assert sum(bool(re.search(r"(thanks|thank you|cheers|regards|ta)\W+\S", t, re.I)) for t in texts) >= 30
    assert any(re.search(r"(Account holder|Buyer|Seller): \S", t) for t in texts)
    assert any(re.search(r"\b(the technician|the installer)\b", t, re.I) for t in texts)
    lists = [t for c in convs for t in c["turns"] if len([s for s in t["spans"] if s["label"] == "PERSON"]) >= 3]
    assert len(lists) >= 3


def test_dev_ay_spelled_runs_are_one_span(convs):
    runs = [text for c in convs for _, text, s in _said(c) if s["label"] == "PERSON" and re.fullmatch(r"([a-z]( |$)|[a-z]+ )+", text + " ")
            and len(text.split()) >= 4 and c["style"] == "asr"]
    assert len(runs) >= 5 and any(re.search(r"\b(as in|for|like) [a-z]+", r) for r in runs)


def test_dev_ay_the_same_person_is_named_several_ways(convs):
    forms = other = 0
    for c in convs:
        said = {text for _, text, s in _said(c) if s["label"] == "PERSON"}
        forms += any(a != b and a in b.split(" ") for a in said for b in said)
        other += any(re.search(r"(goes by \S|from years back|was \S+ \S+ before)", t["text"], re.I) for t in c["turns"])
    assert forms >= 20 and other >= 5


def test_dev_ay_lookalikes_are_present_and_never_gold(convs):
    kinds = {d["kind"] for c in convs for t in c["turns"] for d in t["distractors"]}
    assert {"place", "firm", "handle", "app", "money", "role", "phrase", "venue", "product"} <= kinds
    for c in convs:
        for t in c["turns"]:
            gold = [(s["start"], s["end"]) for s in t["spans"] if s["label"] != "NEUTRAL"]
            for d in t["distractors"]:
                assert not any(a < d["end"] and d["start"] < b for a, b in gold), t["text"]


def test_dev_ay_fairness_frames_are_single_turns():
    records = generate_fairness("dev_ay", 160)
    assert all(len(r["text"].split()) <= 20 and len(r["spans"]) == 1 for r in records)
    assert {r["style"] for r in records} == {"asr", "chat"} and {r["origin"] for r in records} == set(ORIGINS)
