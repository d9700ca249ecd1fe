"""The ``dev_r`` family: reproducible, its own name source and origin groups, every label it promises, unlabelled
look-alikes, TTML / SBV caption exports and Slack / Intercom JSON exports whose escapes keep every offset right,
European identifier and phone shapes, no template shared with any other family."""
import json
import random
import re

import pytest
from stdnum import iban, luhn
from stdnum.be import nn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.se import personnummer

from benchmarks import _templates_dev_r as T
from benchmarks import _values_dev_r as K
from benchmarks._export_dev_r import json_ascii, xml_escape
from benchmarks._names_dev_r import FAIRNESS_ORIGINS, ORIGINS, NameSourceR, dutch_particles, polish_form, tables
from benchmarks.generate_transcripts import _kit, generate_conversations, generate_fairness, verify
from tests.benchmarks.split_checks import assert_shares_no_template, assert_fairness_balanced, assert_lookalikes_never_gold

_TTML_P = re.compile(r'<p xml:id="p\d+" begin="\d\d:\d\d:\d\d\.\d{3}" end="\d\d:\d\d:\d\d\.\d{3}" ttm:agent="spk[12]">')
_SBV = re.compile(r"\d:\d\d:\d\d\.\d{3},\d:\d\d:\d\d\.\d{3}\n>> ")


@pytest.fixture(scope="module")
def convs():
    return generate_conversations("dev_r", 40)


def test_dev_r_is_reproducible_and_uses_its_own_name_source(convs):
    assert generate_conversations("dev_r", 6) == convs[:6]
    assert generate_fairness("dev_r", 20) == generate_fairness("dev_r", 20)
    assert _kit("dev_r")[1] is NameSourceR
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"PERSON", "POSTCODE", "PHONE_NUMBER", "DATE_OF_BIRTH", "CREDIT_CARD", "STREET_ADDRESS", "EMAIL_ADDRESS",
            "CARD_EXPIRY", "CARD_CVV", "ACCOUNT_NUMBER", "NATIONAL_ID", "AUTH_CODE", "IBAN_CODE"} <= labels
    assert all(s.get("origin") in ORIGINS for c in convs for t in c["turns"] for s in t["spans"] if s["label"] == "PERSON")
    assert T.FAIRNESS_ORIGINS == FAIRNESS_ORIGINS


def test_dev_r_caption_and_chat_exports(convs):
    seen = set()
    for conv in convs:
        turns = conv["turns"]
        for turn in turns:
            verify(turn["text"], turn["spans"] + turn["distractors"])
            assert not any("value" in s for s in turn["spans"])
        if conv["style"] == "asr":
            if turns[0]["text"].startswith("<?xml"):
                seen.add("ttml")
                assert turns[-1]["text"].endswith("</tt>")
                for turn in turns:
                    assert _TTML_P.search(turn["text"]) and "</p>" in turn["text"]
                    for s in turn["spans"]:  # no raw apostrophe or ampersand inside XML text
                        assert not re.search(r"'|&(?!amp;|apos;|quot;|lt;|gt;)", turn["text"][s["start"]:s["end"]])
            else:
                seen.add("sbv")
                assert all(_SBV.match(turn["text"]) for turn in turns)
        elif turns[0]["text"].startswith("["):
            seen.add("slack")
            whole = "\n".join(t["text"] for t in turns)
            messages = json.loads(whole)  # the turns together are the export file
            assert len(messages) == len(turns) and all(m["type"] == "message" for m in messages)
            assert all(ord(ch) < 128 for ch in whole)
        else:
            seen.add("intercom")
            for turn in turns:
                part = json.loads(turn["text"])
                assert part["body"].startswith("<p>") and part["author"]["name"]
    assert seen == {"ttml", "sbv", "slack", "intercom"}


def test_dev_r_escaped_spans_cover_the_escaped_value():
    assert xml_escape("Dell'Acqua") == "Dell&apos;Acqua" and json_ascii("Wałęsa 31/12") == "Wa\\u0142\\u0119sa 31\\/12"
    convs = generate_conversations("dev_r", 60)
    escaped = [t["text"][s["start"]:s["end"]] for c in convs for t in c["turns"] for s in t["spans"]]
    assert any("\\u" in v for v in escaped) and any("\\/" in v for v in escaped)
    mails = [t for c in convs for t in c["turns"] if "<mailto:" in t["text"]]
    assert mails and all(sum(s["label"] == "EMAIL_ADDRESS" for s in t["spans"]) >= 2 for t in mails)


def test_dev_r_neutral_lookalikes_are_never_gold():
    assert_lookalikes_never_gold("dev_r", {"money", "date", "span", "stamp", "helpline", "order", "time", "place"})


def test_dev_r_fairness_is_balanced_over_the_origin_groups():
    assert_fairness_balanced("dev_r", FAIRNESS_ORIGINS)


def test_dev_r_name_tables_and_forms():
    t = tables()
    for origin in ORIGINS:
        assert len(t[f"{origin}_male"]) >= 200 and len(t[f"{origin}_female"]) >= 200 and len(t[f"{origin}_family"]) >= 300
    assert polish_form("Kowalska", True) == "Kowalski" and polish_form("Wiśniewski", False) == "Wiśniewska"
    assert dutch_particles("Van der Berg") == "van der Berg" and dutch_particles("De Jong") == "de Jong"
    names = NameSourceR(4)
    spanish = [names.name("spanish").surname for _ in range(60)]
    assert sum(" " in s for s in spanish) > 35  # two family names
    german = [names.name("german").surname for _ in range(200)]
    assert any("-" in s for s in german) and any(s.startswith("von ") for s in german)


def test_dev_r_identifier_shapes():
    rng = random.Random(5)

    class Person:
        male, surname, given = False, "Dell'Acqua", "Maria Grazia"

    for _ in range(100):
        birth = K.dob(rng)
        assert idnr.is_valid(K.steuer_id(rng)) and nir.is_valid(K.nir(rng, birth, True))
        assert codicefiscale.is_valid(K.codice_fiscale(rng, Person.surname, Person.given, birth, False))
        assert dni.is_valid(K.dni(rng)) and nie.is_valid(K.nie(rng)) and bsn.is_valid(K.bsn(rng))
        assert pesel.is_valid(K.pesel(rng, birth, True)) and nn.is_valid(K.numero_national(rng, birth, False))
        assert personnummer.is_valid(K.personnummer(rng, birth))
        assert luhn.is_valid(K.card(rng)) and len(K.card(rng)) == 16
        for country in K.COUNTRIES:
            value = K.iban(rng, country)
            assert iban.is_valid(value) and value.startswith(country)
            assert K.vat(rng, country)[0]


def test_dev_r_phones_are_valid_for_their_region():
    phonenumbers = pytest.importorskip("phonenumbers")
    from benchmarks._profile_dev_r import phone_written

    rng = random.Random(6)
    kinds = phonenumbers.PhoneNumberType
    for _ in range(60):
        for country in K.COUNTRIES:
            for number, mob in ((K.mobile(rng, country), True), (K.landline(rng, country), False)):
                parsed = phonenumbers.parse(K.CODES[country] + number)
                assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == country
                assert phonenumbers.number_type(parsed) in {kinds.FIXED_LINE_OR_MOBILE, kinds.MOBILE if mob else kinds.FIXED_LINE}
                typed = phone_written(rng, country, number)
                assert phonenumbers.is_valid_number(phonenumbers.parse(typed, country)), typed


def test_dev_r_shares_no_template_with_any_other_family():
    assert_shares_no_template("dev_r", T)


def test_dev_r_committed_data_is_what_the_generator_writes():
    from benchmarks.generate_transcripts import DATA_DIR, read_jsonl

    assert read_jsonl(DATA_DIR / "conversations_dev_r.jsonl")[:20] == generate_conversations("dev_r", 80)[:20]
    assert read_jsonl(DATA_DIR / "fairness_dev_r.jsonl")[:60] == generate_fairness("dev_r", 800)[:60]
