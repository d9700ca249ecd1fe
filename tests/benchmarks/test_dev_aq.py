"""The ``dev_aq`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its seven groups, phones valid per home country (eleven), IBANs, postcodes and references in
their shapes, recognizer noise on name words, names without a cue phrase, sign-offs, forms and lists of people, and
the look-alikes never gold."""
import random
import re

import phonenumbers
import pytest
from stdnum import iban

from benchmarks._homes_dev_aq import HOME, bank, home_address, home_phone, reference, region
from benchmarks._names_dev_aq import ORIGINS, NameSourceAQ, lithuanian_surname, tables
from benchmarks._profile_dev_aq import HEARD, ProfileAQ, fold, syllables
from benchmarks.generate_transcripts import generate_conversations, generate_fairness


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_aq", 80)


def _said(conv):
    return [(t, t["text"][s["start"]:s["end"]], s) for t in conv["turns"] for s in t["spans"]]


def test_dev_aq_name_tables():
    t = tables()
    assert "Florin" in t["romanian"]["male"] and "Doina" in t["romanian"]["female"] and "Popescu" in t["romanian"]["surname"]
    assert "Somchai" in t["thai"]["male"] and "Nok" in t["thai"]["nick"] and "Sripituksakul" in t["thai"]["surname"]
    assert t["lithuanian"]["surname"]["Kazlauskas"] == ["Kazlauskienė", "Kazlauskaitė"] and "Žygimantas" in t["lithuanian"]["male"]
    assert "Jiří" in t["czech"]["male"] and t["czech"]["surname"]["Novák"] == "Nováková" and t["czech"]["surname"]["Němec"] == "Němcová"
    assert "María Guadalupe" in t["mexican"]["compound_female"] and t["mexican"]["nick"]["María Guadalupe"] == "Lupita"
    assert "Hernández" in t["mexican"]["surname"] and "Ana Rita" in t["portuguese"]["compound_female"]
    assert "Shinawatra" not in t["thai"]["surname"] and "Sirikit" not in t["thai"]["female"]
    assert "Somerled" in t["english_reference"]["male"] and "Rhydderch" in t["english_reference"]["surname"]


@pytest.mark.parametrize("make, given, expected", [
    (fold, "Ștefan Răducanu", "Stefan Raducanu"), (fold, "Jiří Dvořák", "Jiri Dvorak"), (fold, "Žygimantas Kairys", "Zygimantas Kairys"),
    (fold, "Xóchitl Zúñiga", "Xochitl Zuniga"), (fold, "Gonçalo Simões", "Goncalo Simoes"), (fold, "Eglė Rimkutė", "Egle Rimkute"),
    (lambda s: lithuanian_surname("Rimkus", ["Rimkienė", "Rimkutė"], True, True), "", "Rimkus"),
    (lambda s: lithuanian_surname("Rimkus", ["Rimkienė", "Rimkutė"], False, True), "", "Rimkienė"),
    (lambda s: lithuanian_surname("Rimkus", ["Rimkienė", "Rimkutė"], False, False), "", "Rimkutė"),
])
def test_dev_aq_name_rules(make, given, expected):
    assert make(given) == expected


@pytest.mark.parametrize("word, pieces", [("sripituksakul", 3), ("rattanawongsakul", 3), ("nok", 1), ("somchai", 2)])
def test_dev_aq_thai_surnames_heard_in_syllables(word, pieces):
    parts = syllables(word)
    assert "".join(parts) == word and len(parts) >= pieces and (pieces > 1 or len(parts) == 1)


@pytest.mark.parametrize("origin, pattern", [
    ("romanian", r"[ăâșțî]"), ("romanian", r"(escu|eanu)$"), ("romanian", r"^(Florin|Sorin|Doina) "),
    ("thai", r"^\S+ \S{12,}$"), ("lithuanian", r"ienė$"), ("lithuanian", r"(aitė|ytė|utė|iūtė)$"), ("lithuanian", r"(as|is|ius|us|ys)$"),
    ("czech", r"ová$"), ("czech", r"[řčě]"), ("mexican", r"^\S+ \S+ [A-ZÁÉÍÓÚ]\S+ [A-ZÁÉÍÓÚ]\S+$"), ("mexican", r"^(María|José|Juan) "),
    ("portuguese", r" (da|de|dos) [A-Z]"), ("portuguese", r"^\S+ \S+ \S+ \S+ \S+"), ("portuguese", r"[ãçéêô]"),
])
def test_dev_aq_forms_occur(origin, pattern):
    names = NameSourceAQ(5)
    assert any(re.search(pattern, names.name(origin).full) for _ in range(600)), (origin, pattern)


@pytest.mark.parametrize("origin, pattern", [("english_reference", r"[^\x00-\x7f]"), ("thai", r"[^\x00-\x7f]"),
                                             ("czech", r"(escu|ienė)$"), ("mexican", r"ová$")])
def test_dev_aq_forms_stay_in_their_group(origin, pattern):
    names = NameSourceAQ(6)
    assert not any(re.search(pattern, names.name(origin).full) for _ in range(300))


def test_dev_aq_thai_nicknames_are_the_called_name():
    names = NameSourceAQ(9)
    called = [names.name("thai").called for _ in range(300)]
    assert 0.2 < sum(c in tables()["thai"]["nick"] for c in called) / 300 < 0.5


def test_dev_aq_household_members_share_the_home():
    names = NameSourceAQ(8)
    people = [names.name(ORIGINS[k % 7]) for k in range(140)]
    members = [(p, names.household(p, {p.called}, not p.male)) for p in people]
    assert all(m.origin == p.origin and m.country == p.country and m.called != p.called for p, m in members)
    assert sum(m.male != p.male for p, m in members) >= 130


@pytest.mark.parametrize("country", HOME)
def test_dev_aq_phones_are_valid_numbers_of_their_country(country):
    rng = random.Random(7)
    for _ in range(300):
        parsed = phonenumbers.parse(home_phone(rng, country), region(country))
        assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region(country)


@pytest.mark.parametrize("country, pattern", [
    ("UK", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}"), ("IE", r"[A-Z]\d[\dW] [A-Z\d]{4}"), ("US", r"\d{5}"), ("CA", r"[A-Z]\d[A-Z] \d[A-Z]\d"),
    ("AU", r"\d{4}"), ("RO", r"\d{6}"), ("TH", r"\d{5}"), ("LT", r"LT-\d{5}"), ("CZ", r"\d{3} \d{2}"), ("MX", r"\d{5}"),
    ("PT", r"\d{4}-\d{3}")])
def test_dev_aq_postcodes_in_their_shapes(country, pattern):
    rng = random.Random(5)
    assert all(re.fullmatch(pattern, home_address(rng, country)[2]) for _ in range(100))


@pytest.mark.parametrize("country, keys", [("UK", {"SORT", "ACCT"}), ("IE", {"IBAN"}), ("RO", {"IBAN"}), ("LT", {"IBAN"}),
                                           ("CZ", {"IBAN"}), ("PT", {"IBAN"}), ("TH", {"ACCT"}), ("MX", {"ACCT"}), ("US", {"ACCT"})])
def test_dev_aq_refund_details(country, keys):
    rng = random.Random(2)
    for _ in range(50):
        details = bank(rng, country)
        assert set(details) == keys
        if "IBAN" in details:
            assert iban.is_valid(details["IBAN"]) and details["IBAN"].startswith(country)
        if "SORT" in details:
            assert re.fullmatch(r"\d{2}-\d{2}-\d{2}", details["SORT"]) and re.fullmatch(r"\d{8}", details["ACCT"])


@pytest.mark.parametrize("kind, pattern", [("tenancy", r"TEN-\d{6}|T\d{7}|[A-Z]{2}/\d{5}"), ("account", r"\d{10}|A-\d{8}|\d{12}"),
                                           ("meter", r"[EGK]\d{2}[A-Z]\d{5}|\d{11}")])
def test_dev_aq_references_in_their_shapes(kind, pattern):
    rng = random.Random(9)
    assert all(re.fullmatch(pattern, reference(rng, kind)) for _ in range(60))


def test_dev_aq_noise_is_there_and_in_range():
    names = NameSourceAQ(11)
    changed = words = 0
    for i in range(2100):
        asr = ProfileAQ.make(names, "asr", random.Random(i), ORIGINS[i % 7], False)
        clean = fold(asr.customer.full).lower().replace("-", " ").replace(".", "").replace("'", "").split()
        said = asr.person("NAME").split()
        changed += sum(w not in said for w in clean)  # a word split, merged, misheard or missing a letter
        words += len(clean)
        assert said and " ".join(said).isascii() and not re.search(r"[\d.,'-]", " ".join(said))
    assert 0.10 < changed / words < 0.14, changed / words
    assert "floreen" in HEARD["florin"] and "jerry" in HEARD["jiri"]


def test_dev_aq_names_without_a_cue_phrase_are_there(convs):
    cue = re.compile(r"(\b(my name is|name's|i'm|it's|this is|called|mr|mrs|ms|miss|dr|dear|hi|thanks|thank you|cheers|ta|under|"
                     r"for|with|from|says|about|tenant|occupants|partner|husband|wife|son|daughter|neighbour|engineer|plumber|"
                     r"technician|installer|officer|manager|caretaker|landlord|kin|uncle|aunt|mum|dad|brother|sister)\W*)$", re.I)
    bare = sum(1 for conv in convs for turn, _, span in _said(conv)
               if span["label"] == "PERSON" and not cue.search(turn["text"][:span["start"]]))
    assert bare >= 100


def test_dev_aq_sign_offs_forms_and_lists_are_there(convs):
    texts = [t["text"] for c in convs for t in c["turns"]]
    assert sum(bool(re.search(r"(cheers|thank you|thanks|regards|ta)\W+\S", t, re.I)) for t in texts) >= 30
    assert any(re.search(r"Tenant: [A-ZÀ-Ž'-]{2,}", t) for t in texts)
    assert any(re.search(r"\n(Property Manager|Lettings Negotiator|Housing Officer|Repairs Coordinator|Landlord)\b", t) for t in texts)
    lists = [t for c in convs for t in c["turns"] if len([s for s in t["spans"] if s["label"] == "PERSON"]) >= 3]
    assert len(lists) >= 3


def test_dev_aq_spelled_runs_are_one_span(convs):
    runs = [text for c in convs for _, text, s in _said(c) if s["label"] == "PERSON" and re.fullmatch(r"([a-z]( |$)|[a-z]+ )+", text + " ")
            and len(text.split()) >= 4 and c["style"] == "asr"]
    assert len(runs) >= 5 and any(re.search(r"\b(as in|for|like) [a-z]+", r) for r in runs)


def test_dev_aq_the_same_person_is_named_several_ways(convs):
    forms = 0
    for c in convs:
        said = {text for _, text, s in _said(c) if s["label"] == "PERSON"}
        forms += any(a != b and a in b.split(" ") for a in said for b in said)
    assert forms >= 20


def test_dev_aq_lookalikes_are_present_and_never_gold(convs):
    kinds = {d["kind"] for c in convs for t in c["turns"] for d in t["distractors"]}
    assert {"place", "brand", "boiler", "room", "role", "phrase", "venue", "product"} <= kinds
    assert [text for c in convs for _, text, s in _said(c) if s["label"] == "NEUTRAL"]
    for c in convs:
        for t in c["turns"]:
            gold = [(s["start"], s["end"]) for s in t["spans"] if s["label"] != "NEUTRAL"]
            for d in t["distractors"]:
                assert not any(a < d["end"] and d["start"] < b for a, b in gold), t["text"]
            for m in re.finditer(r"\b(british gas|octopus|thames water|virgin media|foxtons|worcester bosch|vaillant|baxi|"
                                 r"bucharest|vilnius|brno|porto|chiang mai|the surveyor|the caretaker|florin in the drawer)\b", t["text"].lower()):
                assert not any(a < m.end() and m.start() < b for a, b in gold), t["text"]


def test_dev_aq_fairness_frames_are_single_turns():
    records = generate_fairness("dev_aq", 140)
    assert all(len(r["text"].split()) <= 20 and len(r["spans"]) == 1 for r in records)
    assert {r["style"] for r in records} == {"asr", "chat"}
