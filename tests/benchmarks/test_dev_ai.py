"""The ``dev_ai`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its seven origin groups (Hispanic, lusophone, Arabic, Filipino, Dutch / German, South Asian, an
English reference whose surnames are English words), valid home-country phones, and its moderate ASR noise."""
import random
import re

import phonenumbers
import pytest

from benchmarks._names_dev_ai import ORIGINS, NameSourceAI, abdul, tables
from benchmarks._profile_dev_ai import HEARD, HOME, ProfileAI
from benchmarks._homes_dev_ai import home_phone


def test_dev_ai_name_tables():
    t = tables()
    assert "Cruz" in t["hispanic"]["particle"] and t["lusophone"]["particle"]["Santos"] == "dos"
    assert "Al-Najafi" in t["arabic"]["family"] and "Abd Al-Rahman" in t["arabic"]["abd"]
    assert "Dela Cruz" in t["filipino"]["spanish_surname"] and "Jun" in t["filipino"]["nickname"]["male"]
    assert "van der Meer" in t["dutch_german"]["nl_surname"] and "Müller" in t["dutch_german"]["de_surname"]
    assert t["south_asian"]["word_male"] == ["Sunny"] and "Baker" in t["english"]["surname"]
    others = {n.lower() for o in ORIGINS if o != "english" for v in t[o].values() if isinstance(v, list) for n in v}
    assert not {n.lower() for v in t["english"].values() for n in v} & others


@pytest.mark.parametrize("origin, pattern", [
    ("hispanic", r"^\S+( \S+)? (de la |de las |de los |de )?\S+ (y )?(de la |de )?\S+$"),
    ("lusophone", r"\b(da|dos|das|do|de) [A-Z]"), ("arabic", r"\b(bin|bint) [A-Z]"), ("arabic", r"\bAl-"),
    ("arabic", r"^Abd(ul|el)? ?[A-Z]?"), ("arabic", r"^\S+ (El|Ben) "), ("filipino", r" [A-Z]\. "),
    ("filipino", r"\b[Dd]ela Cruz|de los Santos"), ("dutch_german", r" (van|de|ter|ten|von) "),
    ("dutch_german", r"\w-\w"), ("south_asian", r"^[A-Z]\. [A-Z]\. \S+$"), ("south_asian", r"^\S+ \S+ \S+$"),
])
def test_dev_ai_forms_occur(origin, pattern):
    names = NameSourceAI(5)
    assert any(re.search(pattern, names.name(origin).full) for _ in range(400)), (origin, pattern)


@pytest.mark.parametrize("origin, pattern", [("english", r"\b(van|de|bin|al|dos)\b"), ("english", r"\."),
                                             ("south_asian", r"\b(bin|van)\b")])
def test_dev_ai_forms_stay_in_their_group(origin, pattern):
    names = NameSourceAI(6)
    assert not any(re.search(pattern, names.name(origin).full) for _ in range(300))


def test_dev_ai_countries_relatives_and_called():
    names = NameSourceAI(7)
    people = {o: [names.name(o) for _ in range(300)] for o in ORIGINS}
    assert not set(HOME) & {p.country for p in people["english"]}
    assert {"AE", "SA", "JO", "MA"} <= {p.country for p in people["arabic"]}
    assert any(p.called.startswith("Abu ") for p in people["arabic"])
    assert any(p.called in ("Bong", "Jun", "Len", "Tess") for p in people["filipino"])
    kin = [names.relative(p) for p in people["hispanic"][:60]]
    assert all(k.country == p.country and k.origin == "hispanic" for k, p in zip(kin, people["hispanic"]))
    assert abdul("Abd Al-Rahman", 2) == "Abdulrahman" and abdul("Abd Al-Rahman", 1) == "Abdul Rahman"


def test_dev_ai_home_phones_are_valid_numbers():
    rng = random.Random(7)
    for country in HOME:
        for _ in range(600):
            number = home_phone(rng, country)
            assert phonenumbers.is_valid_number(phonenumbers.parse(number, country)), (country, number)


def test_dev_ai_noise_is_there_and_moderate():
    names = NameSourceAI(11)
    changed = words = 0
    for i in range(700):
        asr = ProfileAI.make(names, "asr", random.Random(i), ORIGINS[i % 7], False)
        clean = asr.fold(asr.customer.full).lower().replace("-", " ").replace(".", "").replace("'", "").split()
        said = asr.person("NAME").split()
        changed += sum(w not in said for w in clean)
        words += len(clean)
        assert said and said == said and " ".join(said).isascii()
    assert 0.06 < changed / words < 0.16
    assert "bag daddy" in HEARD["baghdadi"] and "lucky me" in HEARD["lakshmi"]
