"""The ``dev_q`` family: reproducible, its own name source and origin groups, every label it promises, unlabelled
look-alikes, Otter.ai transcripts and Teams / Zoom chat exports with quoted copies, Latin American identifier and
number shapes, no template shared with any other family."""
import random
import re

import pytest
from stdnum import iban, luhn
from stdnum.ar import cbu, cuit
from stdnum.br import cnpj, cpf
from stdnum.cl import rut
from stdnum.co import nit
from stdnum.mx import curp, rfc

from benchmarks import _templates_dev_q as T
from benchmarks import _values_dev_q as K
from benchmarks._names_dev_q import ORIGINS, NameSourceQ, diminutive, tables
from benchmarks.generate_transcripts import _kit, generate_conversations, generate_fairness, verify
from tests.benchmarks.split_checks import assert_shares_no_template, assert_fairness_balanced, assert_lookalikes_never_gold

_OTTER = re.compile(r"[^\n]+  \d{1,2}:\d{2}(:\d{2})?\n")
_TEAMS = re.compile(r"\[\d{1,2}:\d{2} [AP]M\] [^\n]+\n")
_ZOOM = re.compile(r"\d{2}:\d{2}:\d{2} From [^\n]+ to Everyone:\n\t")


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_q", 40)


def test_dev_q_is_reproducible_and_uses_its_own_name_source(convs):
    assert generate_conversations("dev_q", 6) == convs[:6]
    assert generate_fairness("dev_q", 16) == generate_fairness("dev_q", 16)
    assert _kit("dev_q")[1] is NameSourceQ
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"PERSON", "POSTCODE", "PHONE_NUMBER", "DATE_OF_BIRTH", "CREDIT_CARD", "STREET_ADDRESS", "EMAIL_ADDRESS",
            "CARD_EXPIRY", "CARD_CVV", "ACCOUNT_NUMBER", "NATIONAL_ID", "AUTH_CODE", "IBAN_CODE"} <= labels
    assert all(s.get("origin") in ORIGINS for c in convs for t in c["turns"] for s in t["spans"] if s["label"] == "PERSON")


def test_dev_q_otter_transcripts_and_chat_exports(convs):
    quoted = 0
    for conv in convs:
        turns = conv["turns"]
        for turn in turns:
            verify(turn["text"], turn["spans"] + turn["distractors"])
        if conv["style"] == "asr":
            assert 10 <= len(turns) <= 30
            for turn in turns:
                head = _OTTER.match(turn["text"])
                assert head, turn["text"][:40]
                stamps = [d for d in turn["distractors"] if d["kind"] == "stamp"]
                assert stamps and stamps[0]["end"] == head.end() - 1
        else:
            assert 6 <= len(turns) <= 24
            for turn in turns:
                assert _TEAMS.match(turn["text"]) or _ZOOM.match(turn["text"]), turn["text"][:40]
                for line in turn["text"].split("\n"):
                    if line.lstrip("\t").startswith("> "):
                        quoted += 1
                        start = turn["text"].index(line)
                        assert any(start < s["start"] < start + len(line) for s in turn["spans"])  # quoted name
    assert quoted >= 5


def test_dev_q_neutral_lookalikes_are_never_gold():
    assert_lookalikes_never_gold("dev_q", {"money", "date", "span", "stamp", "helpline", "order"})


def test_dev_q_fairness_is_balanced_over_the_origin_groups():
    assert_fairness_balanced("dev_q", ORIGINS)


def test_dev_q_name_tables():
    t = tables()
    for key in ("brazilian_male", "brazilian_female", "hispanic_male", "hispanic_female"):
        assert len(t[key]) >= 200, key
    assert len(t["brazilian_family"]) >= 200 and len(t["hispanic_family"]) >= 100
    names = NameSourceQ(3)
    full = [names.name("hispanic", "MX").full for _ in range(60)]
    assert sum(len(n.split()) >= 3 for n in full) > 30  # two family names, as on a Mexican ID
    assert any(re.search(r" (da|do|dos|das|de) ", names.name("brazilian").full) for _ in range(60))


@pytest.mark.parametrize("given,origin,male,expected", [("Juan", "hispanic", True, "Juanito"),
                                                        ("Carla", "hispanic", False, "Carlita"),
                                                        ("Paulo", "brazilian", True, "Paulinho"),
                                                        ("Ana", "brazilian", False, "Aninha"),
                                                        ("Isabel", "hispanic", False, "Isabelita")])
def test_dev_q_diminutive(given, origin, male, expected):
    assert diminutive(given, origin, male) == expected


def test_dev_q_identifier_shapes():
    rng = random.Random(5)
    for _ in range(100):
        birth = K.dob(rng)
        assert curp.is_valid(K.curp(rng, "María José", "de la Cruz", "Núñez", birth, False))
        assert rfc.is_valid(K.rfc(rng, "Luis", "Ortiz", "Salazar", birth))
        assert re.fullmatch(r"\d{3}\.\d{3}\.\d{3}-\d{2}", number := K.cpf(rng)) and cpf.is_valid(number)
        assert cnpj.is_valid(K.cnpj(rng)) and nit.is_valid(K.nit(rng)) and rut.is_valid(K.rut(rng))
        assert cuit.is_valid(K.cuit(rng, K.dni_ar(rng), True)) and cbu.is_valid(K.cbu(rng))
        assert iban.is_valid(K.iban_br(rng)) and K.iban_br(rng).startswith("BR")
        assert luhn.is_valid(K.card(rng)) and len(K.card(rng)) == 16
        clabe = K.clabe(rng)
        weights = sum((int(c) * (3, 7, 1)[i % 3]) % 10 for i, c in enumerate(clabe[:17]))
        assert len(clabe) == 18 and int(clabe[17]) == (10 - weights % 10) % 10


@pytest.mark.parametrize("clabe,valid", [("002010077777777771", True), ("002010077777777772", False)])
def test_dev_q_clabe_check_digit_matches_the_published_example(clabe, valid):
    weights = sum((int(c) * (3, 7, 1)[i % 3]) % 10 for i, c in enumerate(clabe[:17]))
    assert (int(clabe[17]) == (10 - weights % 10) % 10) is valid


def test_dev_q_phones_are_valid_for_their_region():
    phonenumbers = pytest.importorskip("phonenumbers")
    rng = random.Random(6)
    kinds = phonenumbers.PhoneNumberType
    for _ in range(100):
        for country in K.COUNTRIES:
            for number, mob in ((K.mobile(rng, country), True), (K.landline(rng, country), False)):
                parsed = phonenumbers.parse(K.CODES[country] + number)
                assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == country, number
                allowed = {kinds.FIXED_LINE_OR_MOBILE, kinds.MOBILE if mob else kinds.FIXED_LINE}
                assert phonenumbers.number_type(parsed) in allowed, number
    # WhatsApp keeps the old Mexican mobile "1" (+52 1 55 ...); phonenumbers 9 dropped it: the number without it is valid
    from benchmarks._profile_dev_q import phone_written
    for _ in range(40):
        typed = phone_written(rng, "MX", K.mobile(rng, "MX"))
        parsed = phonenumbers.parse(typed.replace("+52 1 ", "+52 "), "MX")
        assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == "MX", typed


def test_dev_q_shares_no_template_with_any_other_family():
    assert_shares_no_template("dev_q", T)


def test_dev_q_committed_data_is_what_the_generator_writes():
    from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

    assert read_jsonl(DATA_DIR / "conversations_dev_q.jsonl")[:20] == generate_conversations("dev_q", 80)[:20]
    assert read_jsonl(DATA_DIR / "fairness_dev_q.jsonl")[:60] == generate_fairness("dev_q", 800)[:60]
