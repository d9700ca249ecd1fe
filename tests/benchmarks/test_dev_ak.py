"""The ``dev_ak`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its seven groups, phones valid per home country (eleven), national IDs / IBANs / postcodes valid
or in their shapes, recognizer noise on name words, and the read-back / correction loops with the name's piece as a
PERSON span."""
import random
import re

import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.ca import sin
from stdnum.de import idnr
from stdnum.fr import nir
from stdnum.id import nik
from stdnum.in_ import aadhaar
from stdnum.my import nric
from stdnum.nl import bsn

from benchmarks._homes_dev_ak import HOME, home_address, home_phone, iban_number, national_id
from benchmarks._names_dev_ak import ORIGINS, NameSourceAK, tables
from benchmarks._profile_dev_ak import HEARD, ProfileAK, correction
from benchmarks.generate_transcripts import generate_conversations, generate_fairness


def test_dev_ak_name_tables():
    t = tables()
    assert "Tremblay" in t["quebecois_french"]["surname"] and "Lévesque" in t["quebecois_french"]["surname"]
    assert "Ben Salah" in t["maghrebi"]["particle_surname"] and "Youssef" in t["maghrebi"]["male"]
    assert "Gill" in t["north_indian"]["sikh_surname"] and "Agarwal" in t["north_indian"]["hindi_surname"]
    assert "Wanjiru" in t["east_african"]["ke_female"] and "Nakato" in t["east_african"]["ug_female"]
    assert "Mansoori" in t["gulf_arab"]["family"] and "Vogel" in t["german_reference"]["word_surname"]
    assert "Weiß" in t["german_reference"]["surname"] and "Sukarno" in t["malay_indonesian"]["java_single"]


@pytest.mark.parametrize("origin, pattern", [
    ("quebecois_french", r"^(Jean|Pierre|Marc|Marie|Anne)-\S+ "), ("quebecois_french", r"\b(St-|de |du |Des )"),
    ("maghrebi", r" (Ben|El|Ait) [A-Z]"), ("north_indian", r" Singh \S+$"), ("north_indian", r" Kaur$"),
    ("malay_indonesian", r" binti? "), ("malay_indonesian", r"^\S+$"), ("east_african", r"^(Peter|John|Faith|Mercy|Grace|Esther|Joseph|Dennis|Kevin|Brian|Samuel|Moses|Caroline|Eunice|Lucy|Agnes) \S+ \S+$"),
    ("gulf_arab", r" Al[- ]?[A-Z]"), ("gulf_arab", r" bint? "), ("german_reference", r"[äöüß]"),
])
def test_dev_ak_forms_occur(origin, pattern):
    names = NameSourceAK(5)
    assert any(re.search(pattern, names.name(origin).full) for _ in range(500)), (origin, pattern)


@pytest.mark.parametrize("origin, pattern", [("german_reference", r"\b(Al|bin|Ben|Singh)\b"), ("quebecois_french", r"\bbin\b"),
                                             ("east_african", r"[äöüßé]")])
def test_dev_ak_forms_stay_in_their_group(origin, pattern):
    names = NameSourceAK(6)
    assert not any(re.search(pattern, names.name(origin).full) for _ in range(300))


@pytest.mark.parametrize("country", HOME)
def test_dev_ak_home_phones_are_valid_numbers(country):
    rng = random.Random(7)
    for _ in range(300):
        number = home_phone(rng, country)
        assert phonenumbers.is_valid_number(phonenumbers.parse(number, country)), (country, number)
        assert phonenumbers.region_code_for_number(phonenumbers.parse(number, country)) == country


@pytest.mark.parametrize("country, check", [
    ("IN", lambda n: aadhaar.is_valid(n)), ("MY", lambda n: nric.is_valid(n)), ("ID", lambda n: nik.is_valid(n)),
    ("CA", lambda n: sin.is_valid(n)), ("FR", lambda n: nir.is_valid(n)), ("DE", lambda n: idnr.is_valid(n)),
    ("NL", lambda n: bsn.is_valid(n)), ("AE", lambda n: re.fullmatch(r"784-\d{4}-\d{7}-\d", n) and luhn.is_valid(n.replace("-", ""))),
    ("KE", lambda n: re.fullmatch(r"\d{8}", n)), ("UG", lambda n: re.fullmatch(r"C[MF]\d{8}[A-Z]{4}", n)),
    ("TZ", lambda n: re.fullmatch(r"\d{8}-\d{5}-\d{5}-\d{2}", n)),
])
def test_dev_ak_national_ids_are_valid(country, check):
    rng = random.Random(3)
    for i in range(200):
        _, number = national_id(rng, country, (1950 + i % 50, 1 + i % 12, 1 + i % 28), i % 2 == 0)
        assert check(number), (country, number)


@pytest.mark.parametrize("country", ("DE", "FR", "AE", "NL"))
def test_dev_ak_ibans_are_valid(country):
    rng = random.Random(4)
    assert all(iban.is_valid(n) and n.startswith(country) for n in (iban_number(rng, country) for _ in range(200)))


@pytest.mark.parametrize("country, pattern", [("CA", r"[HJG]\d[A-Z] \d[A-Z]\d"), ("FR", r"\d{5}"), ("DE", r"\d{5}"),
                                              ("NL", r"\d{4} [A-Z]{2}"), ("IN", r"[1-9]\d{5}"), ("MY", r"\d{5}"),
                                              ("KE", r"\d{5}"), ("AE", r"\d{4,5}")])
def test_dev_ak_postcodes_in_their_shapes(country, pattern):
    rng = random.Random(5)
    assert all(re.fullmatch(pattern, home_address(rng, country)[2]) for _ in range(200))


@pytest.mark.parametrize("surname, kind, piece", [("ben salah", "split", "ben salah"), ("bussell", "double", "double s"),
                                                  ("ab", "ending", "ab")])
def test_dev_ak_correction_holds_a_piece_of_the_name(surname, kind, piece):
    found = {correction(surname, random.Random(i))[2:5:2] for i in range(40)}
    assert (piece, kind) in found


def test_dev_ak_correction_by_letter_and_vowel():
    kinds = {correction("lavoie", random.Random(i))[4] for i in range(60)}
    assert {"letter", "vowel", "syllable"} <= kinds
    wrong, lead, piece, _, _ = next(c for c in (correction("lavoie", random.Random(i)) for i in range(60)) if c[4] == "letter")
    assert lead == f"not {wrong[2]}," and piece.startswith("v ") and piece.endswith("victor")


def test_dev_ak_noise_is_there_and_in_range():
    names = NameSourceAK(11)
    changed = words = 0
    for i in range(1400):
        asr = ProfileAK.make(names, "asr", random.Random(i), ORIGINS[i % 7], False)
        clean = asr.fold(asr.customer.full).lower().replace("-", " ").replace("'", " ").split()
        said = asr.person("NAME").split()
        changed += sum(w not in said for w in clean)
        words += len(clean)
        assert said and " ".join(said).isascii() and not re.search(r"[\d.,'-]", " ".join(said))
    assert 0.10 < changed / words < 0.15, changed / words
    assert "gun yon" in HEARD["gagnon"] and "cook" in HEARD["koch"]


def test_dev_ak_conversations_hold_correction_loops_and_code_switching():
    convs = generate_conversations("dev_ak", 80)
    turns = [t for c in convs for t in c["turns"]]
    pieces = [t["text"][s["start"]:s["end"]] for t in turns for s in t["spans"]
              if s["label"] == "PERSON" and re.match(r"(no no,? |not like that,? )", t["text"].lower())]
    assert len(pieces) >= 10 and any(" for " in p or " as in " in p or " like " in p or p.startswith("double") for p in pieces)
    text = " ".join([t["text"].lower() for t in turns] + [r["text"].lower() for r in generate_fairness("dev_ak", 280)])
    for phrase in ("mon nom c'est", "mera naam", "nama saya", "jina langu ni", "ismi", "ich hei", "still not right"):
        assert phrase in text, phrase
    assert any(re.search(r"[A-Z]", t["text"][s["start"]:s["end"]]) for c in convs if c["style"] == "asr"
               for t in c["turns"] for s in t["spans"] if s["label"] == "PERSON")
