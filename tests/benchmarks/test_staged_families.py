"""What every blind family built on ``benchmarks._staged_assembly`` since dev_v promises (dev_v, dev_w, dev_x, dev_y,
dev_z, dev_aa, dev_ab, dev_ac, dev_ad, dev_ae, dev_af, dev_ag, dev_ah, dev_ai, dev_aj, dev_ak, dev_al, dev_am, dev_an, dev_ao, dev_ap, dev_aq, dev_ar, dev_as, dev_at, dev_au, dev_av, dev_aw, dev_ax, dev_ay, dev_az, dev_ba, dev_bb): reproducible, its own name source, every label, PERSON spans tagged with an origin group, lower-case ASR
turns without punctuation, digits or accents, unlabelled look-alikes, six balanced fairness groups with an English
reference (dev_ak: German; dev_al: voice-assistant sessions with public figures as NEUTRAL spans; dev_am: complaints about other people; dev_an: bookings for several people; dev_ao: insurance claims naming many people; dev_ap: schools and universities and the people around a child; dev_aq: homes, tenants, landlords and engineers; dev_ar: work, agencies, HR, payroll, references and depots, eight groups; dev_as: money, fraud, joint accounts, estates, attorneys, credit unions and transfers, eight groups; dev_at: health and care, pharmacies, GP surgeries, patient transport, home care, dentists and opticians, eight groups; dev_au: leisure and community, gyms, sports clubs, vets, libraries, community halls and lessons, eight groups), gold spans equal to their generated values, no template shared with any other family, committed data
equal to what the generator writes. Each family's own name tables, forms and phones are tested in its own file."""
from __future__ import annotations

import importlib
import random
import re

import pytest

from benchmarks.generate_transcripts import DATA_DIR, _kit, generate_conversations, generate_fairness, read_jsonl, verify
from tests.benchmarks.split_checks import assert_fairness_balanced, assert_lookalikes_never_gold, assert_shares_no_template

# split -> (the origin a gold-span check renders a name of, extra characters its ASR text never holds)
FAMILIES = {"dev_v": ("wolof", ""), "dev_w": ("korean", "-"), "dev_x": ("yoruba", ""), "dev_y": ("sinhala", ""),
            "dev_z": ("vietnamese", ""), "dev_aa": ("akan", ""), "dev_ab": ("samoan", ""),
            "dev_ac": ("somali", ""), "dev_ad": ("mongolian", "-"),
            "dev_ae": ("southern", "-"), "dev_af": ("korean", "-"), "dev_ag": ("vietnamese", "-"),
            "dev_ah": ("east_african", "-"), "dev_ai": ("arabic", "-"),
            "dev_aj": ("irish_scottish", "-"), "dev_ak": ("maghrebi", "-"), "dev_al": ("vietnamese", "-"),
            "dev_am": ("turkish", "-"), "dev_an": ("irish", "-"),
            "dev_ao": ("polish", "-"), "dev_ap": ("vietnamese", "-"), "dev_aq": ("thai", "-"),
            "dev_ar": ("tamil", "-"), "dev_as": ("icelandic", "-"),
            "dev_at": ("maltese", "-"),
            "dev_au": ("welsh", "-"),
            "dev_av": ("xhosa", "-"),
            "dev_aw": ("latvian", "-"),
            "dev_ax": ("macedonian", "-"),
            "dev_ay": ("cape_verdean", "-"),
            "dev_az": ("faroese", "-"),
            "dev_ba": ("greenlandic", "-"), "dev_bb": ("breton", "-")}
LABELS = {"PERSON", "PHONE_NUMBER", "DATE_OF_BIRTH", "CREDIT_CARD", "STREET_ADDRESS", "EMAIL_ADDRESS", "CARD_EXPIRY",
          "ACCOUNT_NUMBER", "AUTH_CODE", "POSTCODE", "ZIP_CODE"}
# dev_aj's callers are in the UK / Ireland: no ZIP code, NHS / NI / PPS numbers instead
SPLIT_LABELS = {"dev_aj": LABELS - {"ZIP_CODE"} | {"NATIONAL_ID"}, "dev_ak": LABELS - {"ZIP_CODE"} | {"NATIONAL_ID", "IBAN_CODE"},
                "dev_al": LABELS | {"NATIONAL_ID", "NEUTRAL"},
                # dev_am's callers are in the UK / Ireland: no ZIP code, card expiry or texted code; NHS / PPS numbers
                "dev_am": LABELS - {"ZIP_CODE", "CARD_EXPIRY", "AUTH_CODE"} | {"NATIONAL_ID", "NEUTRAL"},
                # dev_an's bookings: passport numbers (NATIONAL_ID), public figures (NEUTRAL); no texted code
                "dev_an": LABELS - {"AUTH_CODE"} | {"NATIONAL_ID", "NEUTRAL"},
                # dev_ao's claims: national numbers, IBANs for a payout, public figures (NEUTRAL); no card or texted code
                "dev_ao": LABELS - {"AUTH_CODE", "CREDIT_CARD", "CARD_EXPIRY"} | {"NATIONAL_ID", "IBAN_CODE", "NEUTRAL"},
                # dev_ap's schools: pupil / student / candidate numbers, national numbers, IBANs for a refund, public figures
                "dev_ap": LABELS - {"AUTH_CODE", "CREDIT_CARD", "CARD_EXPIRY"} | {"NATIONAL_ID", "IBAN_CODE", "NEUTRAL"},
                # dev_aq's homes: tenancy / account / meter references, IBANs for a deposit or rent, public figures; no national
                # number; ZIP codes only from the few US callers (none in the first 40 conversations)
                "dev_aq": LABELS - {"AUTH_CODE", "CREDIT_CARD", "CARD_EXPIRY", "ZIP_CODE"} | {"IBAN_CODE", "NEUTRAL"},
                # dev_ar's work lines: employee / payroll / agency references, NI and PPS numbers, IBANs for pay, public
                # figures; no card or texted code
                "dev_ar": LABELS - {"AUTH_CODE", "CREDIT_CARD", "CARD_EXPIRY"} | {"NATIONAL_ID", "IBAN_CODE", "NEUTRAL"},
                # dev_as's money lines: cards (Luhn-valid), expiries, texted codes, accounts, payees' accounts, case / member /
                # transfer references, IBANs, public figures; no national number
                "dev_as": LABELS | {"IBAN_CODE", "NEUTRAL"},
                # dev_at's health and care lines: health-service numbers (NATIONAL_ID), patient / prescription / booking
                # references, public figures; no card, expiry or texted code
                "dev_at": LABELS - {"AUTH_CODE", "CREDIT_CARD", "CARD_EXPIRY"} | {"NATIONAL_ID", "NEUTRAL"},
                # dev_au's leisure lines: national numbers where a country has one (NATIONAL_ID), membership / library card /
                # club / booking references, public figures; no card, expiry or texted code
                "dev_au": LABELS - {"AUTH_CODE", "CREDIT_CARD", "CARD_EXPIRY"} | {"NATIONAL_ID", "NEUTRAL"},
                # dev_av\'s services lines: tax / national numbers where a country has one (NATIONAL_ID), client / matter /
                # job / quote / booking references, public figures; no card, expiry or texted code
                "dev_av": LABELS - {"AUTH_CODE", "CREDIT_CARD", "CARD_EXPIRY"} | {"NATIONAL_ID", "NEUTRAL"},
                # dev_aw's motoring lines: national or driving-licence numbers where a country has one (NATIONAL_ID),
                # finance / service / breakdown / hire / penalty / licensing references, public figures; no card, expiry or code
                "dev_aw": LABELS - {"AUTH_CODE", "CREDIT_CARD", "CARD_EXPIRY"} | {"NATIONAL_ID", "NEUTRAL"},
                # dev_ax's public-services lines: national numbers where a country has one (NATIONAL_ID), council-tax /
                # benefit / register office / application / jury / electoral references, public figures; no card, expiry or code
                "dev_ax": LABELS - {"AUTH_CODE", "CREDIT_CARD", "CARD_EXPIRY"} | {"NATIONAL_ID", "NEUTRAL"},
                # dev_ay's technology-support lines: national numbers where a country has one (NATIONAL_ID), recovery case /
                # games order / repair ticket / install job / marketplace order references, public figures; no card, expiry or code
                "dev_ay": LABELS - {"AUTH_CODE", "CREDIT_CARD", "CARD_EXPIRY"} | {"NATIONAL_ID", "NEUTRAL"},
                # dev_az's food and hospitality lines: national numbers where a country has one (NATIONAL_ID), table booking /
                # delivery order / catering invoice / hotel reservation / agency worker references, chefs; no card, expiry or code
                "dev_az": LABELS - {"AUTH_CODE", "CREDIT_CARD", "CARD_EXPIRY"} | {"NATIONAL_ID", "NEUTRAL"},
                # dev_ba's charity, faith and volunteering lines: national numbers where a country has one (NATIONAL_ID), donor /
                # gift aid / sponsorship / volunteer / office / food bank references, public figures; no card, expiry or code
                "dev_ba": LABELS - {"AUTH_CODE", "CREDIT_CARD", "CARD_EXPIRY"} | {"NATIONAL_ID", "NEUTRAL"},
                # dev_bb's transport lines: as dev_ba (national numbers where a country has one, ticket / claim / badge references)
                "dev_bb": LABELS - {"AUTH_CODE", "CREDIT_CARD", "CARD_EXPIRY"} | {"NATIONAL_ID", "NEUTRAL"}}
# dev_aj's recognizer prints a name chunk capitalised now and then: capitals only inside PERSON spans
CAPITALS_IN_NAMES = {"dev_aj", "dev_ak"}
# the reference group of the fairness check (dev_ak's callers have a German reference)
REFERENCE = {"dev_ak": "german_reference", "dev_al": "english_reference", "dev_am": "english_reference", "dev_an": "english_reference",
             "dev_ao": "english_reference", "dev_ap": "english_reference", "dev_aq": "english_reference", "dev_ar": "english_reference",
             "dev_as": "english_reference", "dev_at": "english_reference", "dev_au": "english_reference",
             "dev_av": "english_reference", "dev_aw": "english_reference", "dev_ax": "english_reference", "dev_ay": "english_reference",
             "dev_az": "english_reference", "dev_ba": "english_reference", "dev_bb": "english_reference"}
LOOKALIKES = {"money", "date", "helpline", "order", "place", "venue", "product", "phrase"}


def _letters(split: str) -> str:
    """The class-name suffix of a split's modules: ``dev_y`` -> ``Y``, ``dev_aa`` -> ``AA``."""
    return split.split("_", 1)[1].upper()


def _module(split: str, part: str):
    return importlib.import_module(f"benchmarks._{part}_{split}")


@pytest.fixture(scope="module", params=sorted(FAMILIES))
def family(request):
    return request.param, generate_conversations(request.param, 40)


def test_family_is_reproducible_and_uses_its_own_name_source(family):
    split, convs = family
    names = _module(split, "names")
    assert generate_conversations(split, 6) == convs[:6]
    assert generate_fairness(split, 20) == generate_fairness(split, 20)
    assert _kit(split)[1] is getattr(names, f"NameSource{_letters(split)}")
    assert SPLIT_LABELS.get(split, LABELS) <= {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert all(s.get("origin") in names.ORIGINS for c in convs for t in c["turns"] for s in t["spans"]
               if s["label"] == "PERSON")


def test_family_asr_turns_are_lower_case_without_punctuation_digits_or_accents(family):
    split, convs = family
    never = re.compile(r"[,.?!;:\d" + re.escape(FAMILIES[split][1]) + "]")
    for conv in convs:
        for turn in conv["turns"]:
            verify(turn["text"], turn["spans"] + turn["distractors"])
            if conv["style"] == "asr":
                text = turn["text"]
                if split in CAPITALS_IN_NAMES:
                    for s in turn["spans"]:
                        if s["label"] == "PERSON":
                            text = text[:s["start"]] + text[s["start"]:s["end"]].lower() + text[s["end"]:]
                assert text == text.lower() and not never.search(text), text
                assert "  " not in text and text.isascii(), text


@pytest.mark.parametrize("split", sorted(FAMILIES))
def test_family_neutral_lookalikes_are_never_gold(split):
    assert_lookalikes_never_gold(split, LOOKALIKES)


@pytest.mark.parametrize("split", sorted(FAMILIES))
def test_family_fairness_is_balanced_over_its_origin_groups_with_an_english_reference(split):
    origins = _module(split, "names").ORIGINS
    assert_fairness_balanced(split, origins)
    sevens = ("dev_ai", "dev_aj", "dev_ak", "dev_al", "dev_am", "dev_an", "dev_ao", "dev_ap", "dev_aq")
    assert len(origins) == (8 if split in ("dev_ar", "dev_as", "dev_at", "dev_au", "dev_av", "dev_aw", "dev_ax", "dev_ay", "dev_az", "dev_ba", "dev_bb") else 7 if split in sevens else 6)
    assert REFERENCE.get(split, "english") in origins
    assert _module(split, "templates").FAIRNESS_ORIGINS == origins


@pytest.mark.parametrize("split", sorted(FAMILIES))
def test_family_gold_spans_hold_their_generated_values(split):
    letter = _letters(split)
    profile_class = getattr(_module(split, "profile"), f"Profile{letter}")
    source = getattr(_module(split, "names"), f"NameSource{letter}")
    profile = profile_class.make(source(1), "asr", random.Random(2), FAMILIES[split][0])
    text, spans, _ = _module(split, "assemble").render_turn("It's {NAME}, spelled {SPELT}, phone {TEL}.", profile,
                                                            random.Random(3))
    assert all("_value" not in s for s in spans) and len(spans) == 3 and text.isascii()


@pytest.mark.parametrize("split", sorted(FAMILIES))
def test_family_shares_no_template_with_any_other_family(split):
    assert_shares_no_template(split, _module(split, "templates"))


@pytest.mark.parametrize("split", sorted(FAMILIES))
def test_family_committed_data_is_what_the_generator_writes(split):
    assert read_jsonl(DATA_DIR / f"conversations_{split}.jsonl")[:20] == generate_conversations(split, 80)[:20]
    assert read_jsonl(DATA_DIR / f"fairness_{split}.jsonl")[:60] == generate_fairness(split, 816)[:60]
