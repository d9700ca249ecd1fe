"""The ``dev_aj`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its seven groups, phones valid per home country (GB / IE), NHS / PPS / NI numbers, postcodes and
Eircodes in their shapes, the caller's spoken forms, and recognizer noise on name words."""
import random
import re

import phonenumbers
import pytest
from stdnum.gb import nhs
from stdnum.ie import pps

from benchmarks._homes_dev_aj import HOME, home_address, home_phone, nhs_number, nino, pps_number, say_code, say_digits
from benchmarks._names_dev_aj import ORIGINS, NameSourceAJ, feminine, tables
from benchmarks._profile_dev_aj import HEARD, ProfileAJ, misread


def test_dev_aj_name_tables():
    t = tables()
    assert "Siobhan" in t["irish_scottish"]["female"] and "MacLeod" in t["irish_scottish"]["mac_surname"]
    assert any(n.startswith("Mc") for n in t["irish_scottish"]["surname"]) and "O'Brien" not in t["english"]["surname"]
    assert any("č" in n or "š" in n for n in t["east_european"]["lt_surname"]) and "Łukasz" in t["east_european"]["pl_male"]
    assert all(f.startswith(("Al-", "El-")) for f in t["arabic"]["al_family"]) and "Okafor" in t["west_african"]["igbo_surname"]
    assert "Begum" in t["south_asian_uk"]["bangladeshi_surname"] and "Wood" in t["english"]["word_surname"]


@pytest.mark.parametrize("origin, pattern", [
    ("south_asian_uk", r"^Muhammad \S+ \S+$"), ("south_asian_uk", r" Begum$"), ("arabic", r"\b(Al|El)[- ]"),
    ("arabic", r"^Abdul"), ("arabic", r" bint? "), ("west_african", r"^(Samuel|Emmanuel|Daniel|David|Joseph|Michael|Grace|Blessing|Esther|Comfort|Patience|Joy) "),
    ("east_european", r"[ąćęłńóśźżăâîșțėšžč]"), ("east_european", r"(ska|ienė)$"), ("chinese", r"^(Chan|Wong|Leung|Cheung|Lau|Tsang|Ng|Ho|Yeung|Chow|Lam|Kwok|Tse|Fung|Chiu|Mak|Tam|Yip) \S+ \S+$"),
    ("irish_scottish", r" (Mc|Mac|O')[A-Z]"), ("irish_scottish", r"^(Siobhan|Niamh|Pádraig|Aoife|Saoirse|Caoimhe|Oisín) "),
])
def test_dev_aj_forms_occur(origin, pattern):
    names = NameSourceAJ(5)
    assert any(re.search(pattern, names.name(origin).full) for _ in range(500)), (origin, pattern)


@pytest.mark.parametrize("origin, pattern", [("english", r"\b(Al|bin|Mc|Mac|O')"), ("irish_scottish", r"\bbin\b"),
                                             ("chinese", r"[ąęłńśźżėšč]")])
def test_dev_aj_forms_stay_in_their_group(origin, pattern):
    names = NameSourceAJ(6)
    assert not any(re.search(pattern, names.name(origin).full) for _ in range(300))


@pytest.mark.parametrize("surname, land, female", [("Kowalski", "pl", "Kowalska"), ("Petrauskas", "lt", "Petrauskienė"),
                                                   ("Nowak", "pl", "Nowak"), ("Popescu", "ro", "Popescu")])
def test_dev_aj_feminine_surnames(surname, land, female):
    assert feminine(surname, land) == female


@pytest.mark.parametrize("surname, wrong, fix", [("Russell", "Rusell", "double s"), ("Okafor", "Okefor", "with an a"),
                                                 ("Chan", "Chen", "with an a"), ("Ng", "Nge", "no e on the end")])
def test_dev_aj_misread_changes_one_sound(surname, wrong, fix):
    assert misread(surname) == (wrong, fix)


@pytest.mark.parametrize("country", HOME)
def test_dev_aj_home_phones_are_valid_numbers(country):
    rng = random.Random(7)
    for _ in range(600):
        number = home_phone(rng, country)
        assert phonenumbers.is_valid_number(phonenumbers.parse(number, country)), (country, number)


def test_dev_aj_identity_numbers_and_postcodes_are_valid():
    rng = random.Random(3)
    for _ in range(300):
        assert nhs.is_valid(nhs_number(rng)) and pps.is_valid(pps_number(rng))
        assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D]", nino(rng))
        assert re.fullmatch(r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}", home_address(rng, "GB")[2])
        assert re.fullmatch(r"[A-Z]\d[\dW] [0-9A-Z]{4}", home_address(rng, "IE")[2])


@pytest.mark.parametrize("raw, said", [("0770", "oh double seven oh"), ("111", "treble one")])
def test_dev_aj_digits_said_the_british_way(raw, said):
    assert any(say_digits(raw, random.Random(i)) == said for i in range(20))


def test_dev_aj_postcode_said_in_chunks_with_nato_words():
    said = {say_code("TS8 3JP", random.Random(i), 1.0) for i in range(5)}
    assert said == {"tango sierra eight three juliet papa"}
    assert say_code("CM6 7FY", random.Random(1), 0.0) == "c m six seven f y"


def test_dev_aj_noise_is_there_and_in_range():
    names = NameSourceAJ(11)
    changed = words = 0
    for i in range(1400):
        asr = ProfileAJ.make(names, "asr", random.Random(i), ORIGINS[i % 7], False)
        clean = asr.fold(asr.customer.full).lower().replace("-", " ").replace("'", " ").split()
        said = asr.person("NAME").split()
        changed += sum(w not in said for w in clean)
        words += len(clean)
        assert said and " ".join(said).isascii() and not re.search(r"[\d.,'-]", " ".join(said))
    assert 0.09 < changed / words < 0.15, changed / words
    assert "shivaun" in HEARD["siobhan"] and "oka for" in HEARD["okafor"]


def test_dev_aj_spelling_comes_in_irregular_chunks():
    names = NameSourceAJ(12)
    spelled = set()
    for i in range(300):
        asr = ProfileAJ.make(names, "asr", random.Random(i), "irish_scottish", False)
        spelled.add(asr.person("SPELT"))
    joined = " | ".join(spelled)
    assert "double " in joined and " for " in joined and re.search(r"\b[aeiou][rnlm]\b", joined)
    assert re.search(r"\b[AEIOU][RNLM]\b", joined)
