"""The ``dev_ap`` family's own promises (the ones every staged family shares are in ``test_staged_families``): name
tables and forms of its seven groups, phones valid per home country (eleven), national numbers, IBANs, postcodes and
student numbers in their shapes, recognizer noise on name words, names without a cue phrase, sign-offs, forms and
lists of people, and the look-alikes never gold."""
import random
import re

import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.ie import pps
from stdnum.tr import tckimlik

from benchmarks._homes_dev_ap import HOME, bank, hall_address, home_address, home_phone, national_id, region, student_number
from benchmarks._names_dev_ap import ORIGINS, NameSourceAP, abdul, gulf_family, patronymic, pinyin_given, tables
from benchmarks._profile_dev_ap import HEARD, ProfileAP, fold
from benchmarks.generate_transcripts import generate_conversations, generate_fairness


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_ap", 80)


def _said(conv):
    return [(t, t["text"][s["start"]:s["end"]], s) for t in conv["turns"] for s in t["spans"]]


def test_dev_ap_name_tables():
    t = tables()
    assert "Xin-Yi" in t["chinese"]["given_female"] and "Zhang" in t["chinese"]["surname"] and "Kevin" in t["chinese"]["english_male"]
    assert "Nguyễn" in t["vietnamese"]["surname"] and "Thị" in t["vietnamese"]["middle_female"] and "Minh Anh" in t["vietnamese"]["female"]
    assert "Abdul-Rahman" in t["arabic_gulf"]["male"] and "Mansouri" in t["arabic_gulf"]["surname"] and "Shamma" in t["arabic_gulf"]["female"]
    assert "Yıldız" in t["turkish"]["surname"] and "İbrahim" in t["turkish"]["male"] and "Deniz" in t["turkish"]["words"]
    assert not any("\u0307" in n for n in t["turkish"]["female"] + t["turkish"]["male"] + t["turkish"]["surname"])
    assert "João" in t["brazilian"]["male"] and "Júlia" in t["brazilian"]["female"] and "Ana Júlia" in t["brazilian"]["compound_female"]
    assert "Gabriele" not in t["brazilian"]["male"] and "Cauã" in t["brazilian"]["male"] and "Oliveira" in t["brazilian"]["surname"]
    assert "Olexander" in t["ukrainian"]["male"]["Oleksandr"] and t["ukrainian"]["nick"]["Oleksandr"] == "Sasha"
    assert "Urquhart" in t["english_reference"]["surname"]


@pytest.mark.parametrize("make, given, expected", [
    (lambda g: pinyin_given(g, "joined"), "Xin-Yi", "Xinyi"), (lambda g: pinyin_given(g, "spaced"), "Xin-Yi", "Xin Yi"),
    (lambda g: pinyin_given(g, "lower"), "Xin-Yi", "Xin-yi"), (lambda g: pinyin_given(g, "joined"), "Wei", "Wei"),
    (lambda g: gulf_family(g, "hyphen"), "Mansouri", "Al-Mansouri"), (lambda g: gulf_family(g, "joined"), "Ketbi", "AlKetbi"),
    (lambda g: abdul(g, "joined"), "Abdul-Rahman", "Abdulrahman"), (lambda g: abdul(g, "spaced"), "Abdul-Aziz", "Abdul Aziz"),
    (lambda g: abdul(g, "joined"), "Khalid", "Khalid"), (lambda g: patronymic(g, True), "Petro", "Petrovych"),
    (lambda g: patronymic(g, False), "Mykola", "Mykolaivna"), (lambda g: patronymic(g, False), "Andrii", "Andriivna"),
    (lambda g: patronymic(g, True), "Taras", "Tarasovych"), (lambda g: patronymic(g, True), "Mykola", "Mykolaiovych"), (fold, "Nguyễn Thị Đào", "Nguyen Thi Dao"),
    (fold, "Yıldız Çakır", "Yildiz Cakir"), (fold, "İbrahim Öztürk", "Ibrahim Ozturk"), (fold, "João Gonçalves", "Joao Goncalves"),
])
def test_dev_ap_name_rules(make, given, expected):
    assert make(given) == expected


@pytest.mark.parametrize("origin, pattern", [
    ("chinese", r"^(Kevin|Eric|Jason|Tony|Leo|Allen|Vincent|Jack|Frank|Henry|Ryan|Oscar|Cherry|Vivian|Cindy|Iris|Coco|Luna|Stella|Amy|Helen|Sunny|Elaine|Tiffany) \S+ \S+"),
    ("chinese", r"-[a-z]"), ("chinese", r"-[A-Z]"), ("vietnamese", r"^Nguyễn (Thị|Văn) "), ("vietnamese", r"[ễờăđĐ]"),
    ("vietnamese", r"^\S+ Nguyễn$"), ("arabic_gulf", r" bin .* Al[ -]"), ("arabic_gulf", r" bint "), ("arabic_gulf", r"^Abdul[a-z]"),
    ("arabic_gulf", r"^Abdul [A-Z]"), ("arabic_gulf", r"Al-[A-Z]"), ("arabic_gulf", r" bin \S+ bin "), ("turkish", r"[ğşıçöüİ]"),
    ("turkish", r"^(Deniz|Umut|Yıldız|Bahar|Ay|Su|Toprak) "), ("turkish", r"^\S+ \S+ \S+$"), ("brazilian", r"^(Ana|Maria|João|Pedro) [A-ZÁ-Ú]\S+ "),
    ("brazilian", r" (da|dos|de) [A-Z]"), ("brazilian", r"^\S+ [A-Z]\S+ [A-Z]\S+$"), ("ukrainian", r"(enko|chuk|yk)$"),
    ("ukrainian", r"(ovych|ivna|vna)$"), ("ukrainian", r"^(Olexander|Aleksandr|Oleksander|Andriy|Serhiy|Tetyana|Natalia|Irina) "),
])
def test_dev_ap_forms_occur(origin, pattern):
    names = NameSourceAP(5)
    assert any(re.search(pattern, names.name(origin).full) for _ in range(600)), (origin, pattern)


@pytest.mark.parametrize("origin, pattern", [("english_reference", r"[^\x00-\x7f]"), ("chinese", r"[^\x00-\x7f]"),
                                             ("ukrainian", r" (bin|bint|dos) "), ("turkish", r"(enko|chuk)$")])
def test_dev_ap_forms_stay_in_their_group(origin, pattern):
    names = NameSourceAP(6)
    assert not any(re.search(pattern, names.name(origin).full) for _ in range(300))


def test_dev_ap_children_mostly_take_the_family_surname():
    names = NameSourceAP(8)
    parents = [names.name(ORIGINS[k % 7]) for k in range(300)]
    same = sum(names.child(p, {p.called}).surname == p.surname for p in parents)
    assert 0.75 < same / 300 < 0.97


@pytest.mark.parametrize("country", HOME)
def test_dev_ap_phones_are_valid_numbers_of_their_country(country):
    rng = random.Random(7)
    for _ in range(300):
        parsed = phonenumbers.parse(home_phone(rng, country), region(country))
        assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region(country)


@pytest.mark.parametrize("country, pattern", [
    ("UK", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}"), ("IE", r"[A-Z]\d[\dW] [A-Z\d]{4}"), ("US", r"\d{5}"),
    ("CA", r"[A-Z]\d[A-Z] \d[A-Z]\d"), ("AU", r"\d{4}"), ("AE", r"P\.O\. Box \d{4,6}"), ("TR", r"\d{5}"),
    ("BR", r"\d{5}-\d{3}"), ("VN", r"\d{6}"), ("UA", r"\d{5}"), ("CN", r"\d{6}")])
def test_dev_ap_postcodes_in_their_shapes(country, pattern):
    rng = random.Random(5)
    assert all(re.fullmatch(pattern, home_address(rng, country)[2]) for _ in range(100))
    assert all(re.fullmatch(r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}", hall_address(rng)[1]) for _ in range(50))


@pytest.mark.parametrize("country, valid", [
    ("UK", lambda n: re.fullmatch(r"[A-Z]{2} \d{2} \d{2} \d{2} [A-D]", n)), ("IE", pps.is_valid),
    ("US", lambda n: re.fullmatch(r"(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}", n)), ("TR", tckimlik.is_valid),
    ("BR", lambda n: re.fullmatch(r"\d{3}\.\d{3}\.\d{3}-\d{2}", n) and cpf.is_valid(n)), ("CN", ric.is_valid),
    ("AE", lambda n: re.fullmatch(r"784-(19|20)\d\d-\d{7}-\d", n) and luhn.is_valid(n.replace("-", "")))])
def test_dev_ap_national_numbers_are_valid(country, valid):
    rng = random.Random(3)
    assert all(valid(national_id(rng, country, (1968 + k % 40, 1 + k % 12, 1 + k % 28), k % 2 == 0)[1]) for k in range(100))
    assert national_id(rng, "VN", (1980, 1, 1), True) is None and national_id(rng, "UA", (1980, 1, 1), True) is None


@pytest.mark.parametrize("country, keys", [("UK", {"SORT", "ACCT"}), ("IE", {"IBAN"}), ("TR", {"IBAN"}), ("AE", {"IBAN"}),
                                           ("UA", {"IBAN"}), ("BR", {"IBAN"}), ("VN", {"ACCT"}), ("CN", {"ACCT"})])
def test_dev_ap_refund_details(country, keys):
    rng = random.Random(2)
    for _ in range(50):
        details = bank(rng, country)
        assert set(details) == keys
        if "IBAN" in details:
            assert iban.is_valid(details["IBAN"]) and details["IBAN"].startswith(country)
        if "SORT" in details:
            assert re.fullmatch(r"\d{2}-\d{2}-\d{2}", details["SORT"]) and re.fullmatch(r"\d{8}", details["ACCT"])


@pytest.mark.parametrize("kind, pattern", [("pupil", r"[A-Z]\d{6,7}"), ("student", r"\d{9}|s\d{7}|\d{8}"),
                                           ("candidate", r"[1-9]\d{3}"), ("applicant", r"\d{3}-\d{3}-\d{4}")])
def test_dev_ap_student_numbers_in_their_shapes(kind, pattern):
    rng = random.Random(9)
    assert all(re.fullmatch(pattern, student_number(rng, kind)) for _ in range(50))


def test_dev_ap_noise_is_there_and_in_range():
    names = NameSourceAP(11)
    changed = words = 0
    for i in range(2100):
        asr = ProfileAP.make(names, "asr", random.Random(i), ORIGINS[i % 7], False)
        clean = fold(asr.customer.full).lower().replace("-", " ").replace(".", "").replace("'", "").split()
        said = asr.person("NAME").split()
        joined = {a + b for a, b in zip(said, said[1:])}  # "xin yi" is how "Xinyi" is said, not noise
        changed += sum(w not in said and w not in joined for w in clean)
        words += len(clean)
        assert said and " ".join(said).isascii() and not re.search(r"[\d.,'-]", " ".join(said))
    assert 0.10 < changed / words < 0.14, changed / words
    assert "shin" in HEARD["xin"] and "nguyen" in HEARD


def test_dev_ap_names_without_a_cue_phrase_are_there(convs):
    cue = re.compile(r"(\b(my name is|name's|i'm|it's|this is|called|mr|mrs|ms|miss|dr|doctor|dear|hi|thanks|thank you|cheers|"
                     r"under|for|with|from|says|about|pupil|parent/carer|son|daughter|brother|sister|uncle|aunt|dad|mum)\W*)$", re.I)
    bare = sum(1 for conv in convs for turn, _, span in _said(conv)
               if span["label"] == "PERSON" and not cue.search(turn["text"][:span["start"]]))
    assert bare >= 120


def test_dev_ap_sign_offs_forms_and_lists_are_there(convs):
    texts = [t["text"] for c in convs for t in c["turns"]]
    assert sum(bool(re.search(r"(cheers|thank you|thanks|regards|wishes)\W+\S", t, re.I)) for t in texts) >= 30
    assert any(re.search(r"Pupil: [A-ZÀ-Ỹ'-]{2,}", t, re.I) for t in texts)
    assert any(re.search(r"\n(Parent governor|Attendance Officer|Exams Officer|Admissions Officer|Student Finance Officer)", t) for t in texts)
    lists = [t for c in convs for t in c["turns"] if len([s for s in t["spans"] if s["label"] == "PERSON"]) >= 3]
    assert len(lists) >= 5


def test_dev_ap_spelled_runs_are_one_span(convs):
    runs = [text for c in convs for _, text, s in _said(c) if s["label"] == "PERSON" and re.fullmatch(r"([a-z]( |$)|[a-z]+ )+", text + " ")
            and len(text.split()) >= 4 and c["style"] == "asr"]
    assert len(runs) >= 5 and any(re.search(r"\b(as in|for|like) [a-z]+", r) for r in runs)


def test_dev_ap_the_same_child_is_named_several_ways(convs):
    forms = 0
    for c in convs:
        said = {text for _, text, s in _said(c) if s["label"] == "PERSON"}
        forms += any(a != b and a in b.split(" ") for a in said for b in said)
    assert forms >= 20


def test_dev_ap_lookalikes_are_present_and_never_gold(convs):
    kinds = {d["kind"] for c in convs for t in c["turns"] for d in t["distractors"]}
    assert {"place", "school", "board", "subject", "role", "phrase", "app", "venue", "product", "order"} <= kinds
    assert [text for c in convs for _, text, s in _said(c) if s["label"] == "NEUTRAL"]
    for c in convs:
        for t in c["turns"]:
            gold = [(s["start"], s["end"]) for s in t["spans"] if s["label"] != "NEUTRAL"]
            for d in t["distractors"]:
                assert not any(a < d["end"] and d["start"] < b for a, b in gold), t["text"]
            for m in re.finditer(r"\b(aqa|ucas|trinity college|kyiv|hanoi|istanbul|dubai|gcse maths|the bursar|the registrar)\b", t["text"].lower()):
                assert not any(a < m.end() and m.start() < b for a, b in gold), t["text"]


def test_dev_ap_fairness_frames_are_single_turns():
    records = generate_fairness("dev_ap", 140)
    assert all(len(r["text"].split()) <= 16 and len(r["spans"]) == 1 for r in records)
    assert {r["style"] for r in records} == {"asr", "chat"}
