"""The ``dev_al`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its seven groups, phones valid per home country (six), national numbers and postcodes valid or
in their shapes, recognizer noise on name words, clarifying questions answered by the name alone, and the
look-alikes (wake word, public figures, places, shops, months and weekdays, ``pay bill``) never gold."""
import random
import re

import phonenumbers
import pytest
from stdnum.ca import sin
from stdnum.in_ import aadhaar

from benchmarks._homes_dev_al import HOME, home_address, home_phone, national_id, region
from benchmarks._names_dev_al import ORIGINS, NameSourceAL, tables
from benchmarks._profile_dev_al import HEARD, ProfileAL
from benchmarks.generate_transcripts import generate_conversations, generate_fairness


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_al", 80)


def test_dev_al_name_tables():
    t = tables()
    assert "Grace" in t["word_names"]["female"] and "Chase" in t["word_names"]["male"] and "Bell" in t["word_names"]["word_surname"]
    assert "de la Cruz" in t["hispanic_us"]["particle_surname"] and "García" in t["hispanic_us"]["surname"]
    assert t["hispanic_us"]["nick"]["Jesús"] == "Chuy" and "Nguyễn" in t["vietnamese"]["surname"]
    assert "Adebayo" in t["nigerian"]["yoruba_surname"] and "Okafor" in t["nigerian"]["igbo_surname"]
    assert "Karthik" in t["south_asian"]["tamil_male"] and "Venkatesh" in t["south_asian"]["telugu_male"]
    assert "Rahman" in t["south_asian"]["bangladeshi_surname"] and "Chan" in t["chinese"]["canto_surname"]
    assert t["english_reference"]["nick"]["William"] == "Bill" and "Zhang" in t["chinese"]["pinyin_surname"]


@pytest.mark.parametrize("origin, pattern", [
    ("word_names", r"^(Grace|Hope|Will|Bill|Mark|Rose|June|Dawn|Hunter|Chase|Summer|Jordan|Paris|Austin|Brooke) "),
    ("word_names", r" (Bell|Rice|Stone|Banks|Fox|Wood)$"), ("hispanic_us", r"^\S+ \S+ \S+$"),
    ("hispanic_us", r" (de la|del|de los|de) [A-Z]"), ("vietnamese", r"^Nguyễn "), ("vietnamese", r" (Thị|Văn) "),
    ("vietnamese", r"^\S+ Nguyễn$"), ("nigerian", r"^[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+$"),
    ("south_asian", r"^Muhammad "), ("south_asian", r" (Reddy|Naidu|Rao|Iyer|Pillai)$"),
    ("chinese", r"^(Chan|Wong|Cheung|Leung|Lau|Ng|Ho|Chow|Yip|Tsang|Kwok|Lam|Mak|Tse|Fung|Lai|Chiu|Yeung) \S+ \S+$"),
    ("chinese", r"^(Kevin|Eric|Jason|Vivian|Michelle|Tiffany|Winnie) "),
])
def test_dev_al_forms_occur(origin, pattern):
    names = NameSourceAL(5)
    assert any(re.search(pattern, names.name(origin).full) for _ in range(500)), (origin, pattern)


@pytest.mark.parametrize("origin, pattern", [("english_reference", r"^(Grace|Hope|Will|Mark|Rose|June|Chase|Summer) "),
                                             ("word_names", r"[^\x00-\x7f]"), ("english_reference", r" (Bell|Rice|Stone) ")])
def test_dev_al_forms_stay_in_their_group(origin, pattern):
    names = NameSourceAL(6)
    assert not any(re.search(pattern, names.name(origin).full) for _ in range(300))


def test_dev_al_namesakes_share_the_given_name_only():
    names = NameSourceAL(7)
    for origin in ORIGINS:
        for _ in range(30):
            a = names.name(origin)
            b = names.namesake(a)
            assert b.called == a.called and b.surname != a.surname and a.given in b.full


@pytest.mark.parametrize("country", HOME)
def test_dev_al_home_phones_are_valid_numbers(country):
    rng = random.Random(7)
    for _ in range(300):
        parsed = phonenumbers.parse(home_phone(rng, country), region(country))
        assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region(country)


@pytest.mark.parametrize("country, check", [
    ("US", lambda n: re.fullmatch(r"[1-9]\d{3}", n)), ("CA", lambda n: sin.is_valid(n)), ("IN", lambda n: aadhaar.is_valid(n)),
    ("UK", lambda n: re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2} \d\d \d\d \d\d [A-D]", n)), ("NG", lambda n: re.fullmatch(r"[1-9]\d{10}", n)),
    ("VN", lambda n: re.fullmatch(r"0\d\d[0-3]\d{8}", n)),
])
def test_dev_al_national_numbers_are_valid(country, check):
    rng = random.Random(3)
    for i in range(200):
        _, number = national_id(rng, country, (1950 + i % 55, 1 + i % 12, 1 + i % 28), i % 2 == 0)
        assert check(number), country


@pytest.mark.parametrize("country, pattern", [("US", r"\d{5}"), ("UK", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}"),
                                              ("CA", r"[MVTKL]\d[A-Z] \d[A-Z]\d"), ("NG", r"[1-9]\d{5}"),
                                              ("IN", r"[1-9]\d{5}"), ("VN", r"\d{5}")])
def test_dev_al_postcodes_in_their_shapes(country, pattern):
    rng = random.Random(5)
    assert all(re.fullmatch(pattern, home_address(rng, country)[2]) for _ in range(200))


def test_dev_al_noise_is_there_and_in_range():
    names = NameSourceAL(11)
    changed = words = 0
    for i in range(2100):
        asr = ProfileAL.make(names, "asr", random.Random(i), ORIGINS[i % 7], False)
        clean = asr.fold(asr.customer.full).lower().replace("-", " ").replace("'", " ").split()
        said = asr.person("NAME").split()
        changed += sum(w not in said for w in clean)
        words += len(clean)
        assert said and " ".join(said).isascii() and not re.search(r"[\d.,'-]", " ".join(said))
    assert 0.10 < changed / words < 0.15, changed / words
    assert "win" in HEARD["nguyen"] and "ramen" in HEARD["rahman"]


def test_dev_al_clarifying_questions_are_answered_by_the_name_alone(convs):
    asked = re.compile(r"^(which |did you mean |who do you want|who should i|with whom|who's riding|who is picking|"
                       r"i found two people|whose line|who was the payment)", re.I)
    bare = 0
    for conv in convs:
        for q, a in zip(conv["turns"], conv["turns"][1:]):
            if q["speaker"] == "agent" and asked.search(q["text"]) and a["speaker"] == "customer":
                spans = [s for s in a["spans"] if s["label"] == "PERSON"]
                bare += len(spans) == 1 and (spans[0]["start"], spans[0]["end"]) == (0, len(a["text"]))
    assert bare >= 15


def test_dev_al_lookalikes_are_present_and_never_gold(convs):
    kinds = {d["kind"] for c in convs for t in c["turns"] for d in t["distractors"]}
    assert {"wake", "place", "venue", "date", "money"} <= kinds
    neutral = [t["text"][s["start"]:s["end"]] for c in convs for t in c["turns"] for s in t["spans"] if s["label"] == "NEUTRAL"]
    assert neutral and all(s.islower() or s[0].isupper() for s in neutral)
    for c in convs:
        for t in c["turns"]:
            gold = [(s["start"], s["end"]) for s in t["spans"] if s["label"] != "NEUTRAL"]
            for m in re.finditer(r"\b(to pay bill|hey nuvia|mark as read|set my mood to hope)\b", t["text"].lower()):
                assert not any(a < m.end() and m.start() < b for a, b in gold), t["text"]
    text = " ".join(t["text"].lower() for c in convs for t in c["turns"])
    assert "nuvia" in text and "orla" in text


def test_dev_al_fairness_frames_are_single_commands():
    records = generate_fairness("dev_al", 140)
    assert all(len(r["text"].split()) <= 14 and r["spans"] for r in records)
    assert {r["style"] for r in records} == {"asr", "chat"}


def test_dev_al_ivr_identity_steps_hold_their_values(convs):
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"US_SSN", "NATIONAL_ID", "ACCOUNT_NUMBER", "CREDIT_CARD", "CARD_EXPIRY", "DATE_OF_BIRTH", "ZIP_CODE", "POSTCODE"} <= labels
    cards = [t["text"][s["start"]:s["end"]] for c in convs if c["style"] == "asr" for t in c["turns"] for s in t["spans"]
             if s["label"] == "CREDIT_CARD" and len(t["text"][s["start"]:s["end"]].split()) > 8]
    assert cards and all(not re.search(r"\d", card) for card in cards)
