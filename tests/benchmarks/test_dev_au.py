"""The ``dev_au`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its eight groups, phones valid per home country (eleven), national numbers, postcodes and
references in their shapes, recognizer noise on name words, Welsh and Basque letters folded, names without a cue
phrase, sign-offs, forms and lists of people, pets' names and the other look-alikes never gold."""
import random
import re

import phonenumbers
import pytest
from stdnum import verhoeff
from stdnum.es import dni

from benchmarks._leisure_dev_au import HOME, home_address, home_phone, national_id, reference, region
from benchmarks._names_dev_au import ORIGINS, NameSourceAU, tables
from benchmarks._profile_dev_au import HEARD, PETS, ProfileAU
from benchmarks.generate_transcripts import generate_conversations, generate_fairness


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_au", 80)


def _said(conv):
    return [(t, t["text"][s["start"]:s["end"]], s) for t in conv["turns"] for s in t["spans"]]


def test_dev_au_name_tables():
    t = tables()
    assert "Dafydd" in t["welsh"]["male"] and "Gwilym" in t["welsh"]["patronym"] and "Llŷr" in t["welsh"]["male"]
    assert {"Etxeberria", "Larrañaga"} <= set(t["basque"]["surname"]) and "Iñaki" in t["basque"]["male"]
    assert "Ablikim" in t["uyghur"]["male"] and "Tursun" in t["uyghur"]["male"]
    assert "Tenzin" in t["tibetan"]["male"] and "Tenzin" in t["tibetan"]["female"] and "Dolma" in t["tibetan"]["female_second"]
    assert "Nyandeng" in t["south_sudanese"]["female"] and not {"Kiir", "Machar"} & set(t["south_sudanese"]["surname"])
    assert "Mchedlishvili" in t["georgian"]["surname"] and "Kvaratskhelia" not in t["georgian"]["surname"]
    word = set(t["word_given"]["male"]) | set(t["word_given"]["female"])
    assert {"Hope", "Fox", "Clay", "Wren"} <= word
    assert not word & {"Honor", "Merit", "Cash", "Sky", "Harmony", "Precious", "Justice", "Sunny"}
    assert not word & {"Faith", "Hunter", "Poppy", "Forrest", "Mercy", "Patience", "Robin", "Sage", "Violet"}  # dev_at's
    assert "Hope" not in t["english_reference"]["female"] and "Percival" in t["english_reference"]["male"]


@pytest.mark.parametrize("origin, pattern", [
    ("welsh", r" ap [B-DF-HJ-NP-TV-Z]\w+$"), ("welsh", r" ab [AEIOU]\w+$"), ("welsh", r"[ŷâ]"),
    ("basque", r"^\S+ \S+ \S+$"), ("basque", r"ñ"), ("tibetan", r"^(Tenzin|Pema|Lobsang) "),
    ("south_sudanese", r"^\S+ \S+ \S+$"), ("georgian", r"shvili$"), ("uyghur", r"^\S+ \S+$"),
    ("word_given", r"^(Hope|Fox|Clay|Wren|Ash|Joy) "),
])
def test_dev_au_forms_occur(origin, pattern):
    names = NameSourceAU(5)
    assert any(re.search(pattern, names.name(origin).full) for _ in range(800)), (origin, pattern)


@pytest.mark.parametrize("origin, pattern", [("english_reference", r"[^\x00-\x7f]"), ("georgian", r"[^\x00-\x7f]"),
                                             ("tibetan", r"[^\x00-\x7f]"), ("uyghur", r"[^\x00-\x7f]"),
                                             ("south_sudanese", r"[^\x00-\x7f]")])
def test_dev_au_forms_stay_in_their_group(origin, pattern):
    names = NameSourceAU(6)
    assert not any(re.search(pattern, names.name(origin).full) for _ in range(300))


@pytest.mark.parametrize("country", HOME)
def test_dev_au_phones_are_valid_numbers_of_their_country(country):
    rng = random.Random(7)
    for _ in range(300):
        parsed = phonenumbers.parse(home_phone(rng, country), region(country))
        assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region(country)


@pytest.mark.parametrize("country, pattern", [
    ("UK", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}"), ("US", r"\d{5}"), ("CA", r"[A-Z]\d[A-Z] \d[A-Z]\d"), ("ES", r"\d{5}"),
    ("FR", r"\d{5}"), ("GE", r"\d{4}"), ("KZ", r"\d{6}"), ("NP", r"\d{5}"), ("IN", r"\d{6}"), ("AU", r"\d{4}"),
    ("KE", r"\d{5}")])
def test_dev_au_postcodes_in_their_shapes(country, pattern):
    rng = random.Random(5)
    assert all(re.fullmatch(pattern, home_address(rng, country)[2]) for _ in range(100))


def _iin_ok(n: str) -> bool:
    check = sum(int(c) * w for c, w in zip(n[:11], range(1, 12))) % 11
    if check == 10:
        check = sum(int(c) * w for c, w in zip(n[:11], (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))) % 11
    return check == int(n[11])


def test_dev_au_national_numbers():
    rng = random.Random(3)
    for _ in range(100):
        assert dni.is_valid(national_id(rng, "ES", None).replace("-", ""))
        assert re.fullmatch(r"\d{11}", national_id(rng, "GE", None))
        kz = national_id(rng, "KZ", (2011, 7, 9), False)
        assert re.fullmatch(r"\d{12}", kz) and kz.startswith("110709") and kz[6] == "6" and _iin_ok(kz)
        aadhaar = national_id(rng, "IN", None).replace(" ", "")
        assert len(aadhaar) == 12 and verhoeff.is_valid(aadhaar) and aadhaar[0] not in "01"
        assert re.fullmatch(r"\d{8}", national_id(rng, "KE", None))
        assert all(national_id(rng, c, None) is None for c in ("UK", "FR", "NP", "AU", "CA", "US"))


@pytest.mark.parametrize("kind, pattern", [("member", r"M\d{7}|GYM-\d{6}|\d{9}"), ("card", r"2\d{9}|LIB\d{6}"),
                                           ("club", r"JR-\d{5}|REG\d{6}"), ("booking", r"HB-\d{5}|BK\d{6}|L-\d{6}")])
def test_dev_au_references_in_their_shapes(kind, pattern):
    rng = random.Random(9)
    assert all(re.fullmatch(pattern, reference(rng, kind)) for _ in range(60))


def test_dev_au_folding_of_welsh_and_basque_letters():
    names = NameSourceAU(4)
    for i in range(200):
        for origin in ("welsh", "basque"):
            p = ProfileAU.make(names, "asr", random.Random(i), origin, False)
            p.speaker = "customer"
            assert p.value("ADDR").isascii() and p.person("NAME").isascii()


def test_dev_au_noise_is_there_and_in_range():
    names = NameSourceAU(11)
    changed = words = 0
    for i in range(2400):
        asr = ProfileAU.make(names, "asr", random.Random(i), ORIGINS[i % 8], False)
        clean = ProfileAU.fold(asr.customer.full).lower().replace("-", " ").replace(".", "").replace("'", "").split()
        said = asr.person("NAME").split()
        changed += sum(w not in said for w in clean)
        words += len(clean)
        assert said and " ".join(said).isascii() and not re.search(r"[\d.,'-]", " ".join(said))
    assert 0.06 < changed / words < 0.20, changed / words
    assert "owen" in HEARD["owain"]


def test_dev_au_national_numbers_and_references_are_gold(convs):
    labels = {s["label"] for c in convs for _, _, s in _said(c)}
    assert {"NATIONAL_ID", "ACCOUNT_NUMBER", "DATE_OF_BIRTH", "ZIP_CODE", "POSTCODE", "NEUTRAL"} <= labels


def test_dev_au_names_without_a_cue_phrase_are_there(convs):
    cue = re.compile(r"(\b(my name is|name's|i'm|it's|this is|called|mr|mrs|ms|miss|dr|dear|hi|thanks|thank you|cheers|"
                     r"for|with|from|by|coach|trainer|vet|librarian|instructor|caretaker|player|holder|contact|me|and|"
                     r"is|to|of|son|daughter|niece|nephew|lad|girl|grandson|granddaughter|about|as|was|yeah)\W*)$", re.I)
    bare = sum(1 for conv in convs for turn, _, span in _said(conv)
               if span["label"] == "PERSON" and not cue.search(turn["text"][:span["start"]]))
    assert bare >= 60


def test_dev_au_sign_offs_forms_lists_and_roles_are_there(convs):
    texts = [t["text"] for c in convs for t in c["turns"]]
    assert sum(bool(re.search(r"(thanks|thank you|regards|cheers|two of us)\W+\S", t, re.I)) for t in texts) >= 30
    assert any(re.search(r"(Player|Card holder): \S", t) for t in texts)
    assert any(re.search(r"\b(personal trainer|head coach|the vet|librarian|caretaker|instructor)\b", t, re.I) for t in texts)
    lists = [t for c in convs for t in c["turns"] if len([s for s in t["spans"] if s["label"] == "PERSON"]) >= 3]
    assert len(lists) >= 3


def test_dev_au_spelled_runs_are_one_span(convs):
    runs = [text for c in convs for _, text, s in _said(c) if s["label"] == "PERSON" and re.fullmatch(r"([a-z]( |$)|[a-z]+ )+", text + " ")
            and len(text.split()) >= 4 and c["style"] == "asr"]
    assert len(runs) >= 5 and any(re.search(r"\b(as in|for|like) [a-z]+", r) for r in runs)


def test_dev_au_the_same_person_is_named_several_ways(convs):
    forms = 0
    for c in convs:
        said = {text for _, text, s in _said(c) if s["label"] == "PERSON"}
        forms += any(a != b and a in b.split(" ") for a in said for b in said)
    assert forms >= 20


def test_dev_au_pets_and_lookalikes_are_present_and_never_gold(convs):
    kinds = {d["kind"] for c in convs for t in c["turns"] for d in t["distractors"]}
    assert {"place", "pet", "team", "slot", "money", "role", "phrase", "venue", "product"} <= kinds
    pets = {p.lower() for p in PETS}
    for c in convs:
        for t in c["turns"]:
            gold = [(s["start"], s["end"]) for s in t["spans"] if s["label"] != "NEUTRAL"]
            for d in t["distractors"]:
                assert not any(a < d["end"] and d["start"] < b for a, b in gold), t["text"]
                if d["kind"] == "pet":
                    assert t["text"][d["start"]:d["end"]].lower() in pets


def test_dev_au_fairness_frames_are_single_turns():
    records = generate_fairness("dev_au", 160)
    assert all(len(r["text"].split()) <= 20 and len(r["spans"]) == 1 for r in records)
    assert {r["style"] for r in records} == {"asr", "chat"} and {r["origin"] for r in records} == set(ORIGINS)
