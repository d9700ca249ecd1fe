"""The transcript generator: deterministic, exact offsets, valid values, unlabelled distractors."""
import importlib
import os
import random
import re
from pathlib import Path

import pytest

from benchmarks import (_templates_dev, _templates_dev_b, _templates_dev_c, _templates_dev_d, _templates_dev_e,
                        _templates_dev_f, _templates_dev_g, _templates_dev_h, _templates_dev_i,
                        _templates_dev_j, _templates_dev_k, _templates_dev_l, _templates_dev_m, _templates_dev_n,
                        _templates_dev_o, _templates_dev_p, _templates_dev_q, _templates_dev_r, _templates_dev_s, _templates_dev_t, _templates_dev_u, _templates_dev_v, _templates_dev_w, _templates_dev_x, _templates_dev_y, _templates_dev_z, _templates_dev_aa, _templates_dev_ab, _templates_dev_ac, _templates_dev_ad, _templates_dev_ae, _templates_dev_af, _templates_dev_ag, _templates_dev_ah, _templates_dev_ai, _templates_dev_aj, _templates_dev_ak, _templates_dev_al, _templates_dev_am, _templates_dev_an, _templates_dev_ao, _templates_dev_ap, _templates_dev_aq, _templates_dev_ar)
from benchmarks import _templates_distractors as D
from benchmarks import _templates_values as V
from benchmarks._templates_names import ORIGINS, Name, NameSource
from benchmarks.generate_transcripts import (
    FAMILIES, Profile, generate_conversations, generate_fairness, render, verify,
)

_WORD_DIGITS = {w: str(i) for i, w in enumerate(V.DIGITS)} | {"oh": "0"}


def _mirror_missing(names_module: str, env: str) -> bool:
    """The dev_c..dev_g generators read third-party name lists from a git mirror (``fetch`` of the source
    repository, see benchmarks/data/dev_*_PROVENANCE.md); without it their generator tests cannot run."""
    module = importlib.import_module(names_module)
    return not Path(os.environ.get(env, module.DEFAULT_MIRROR)).exists()


NEEDS_DEV_C_SOURCE = pytest.mark.skipif(_mirror_missing("benchmarks._names_dev_c", "DEV_C_NAME_SOURCE"),
                                        reason="dev_c name source (Keith3895/name-forge) not mirrored")
NEEDS_DEV_D_SOURCE = pytest.mark.skipif(_mirror_missing("benchmarks._names_dev_d", "DEV_D_NAME_SOURCE"),
                                        reason="dev_d name source (Mootassam/datamasterpro) not mirrored")
NEEDS_DEV_E_SOURCE = pytest.mark.skipif(_mirror_missing("benchmarks._names_dev_e", "DEV_E_NAME_SOURCE"),
                                        reason="dev_e..dev_g name source (thm/uinames) not mirrored")


def spoken_to_digits(text: str) -> str:
    """Inverse of spoken_digits for the test: 'six oh double one' -> '6011' (letters kept)."""
    out, words, i = [], text.split(), 0
    while i < len(words):
        w = words[i]
        if w in ("double", "triple"):
            out.append(_WORD_DIGITS[words[i + 1]] * (2 if w == "double" else 3))
            i += 2
            continue
        out.append(_WORD_DIGITS.get(w, w.upper() if len(w) == 1 else "?"))
        i += 1
    return "".join(out)


@pytest.fixture(scope="module")
def conversations():
    return generate_conversations("dev", 60) + generate_conversations("dev_b", 60)


def test_generate_conversations_deterministic_for_seed():
    assert generate_conversations("dev", 8) == generate_conversations("dev", 8)
    assert generate_conversations("dev", 8, seed=1) != generate_conversations("dev", 8, seed=2)
    assert generate_fairness("dev_b", 40) == generate_fairness("dev_b", 40)


def test_generate_conversations_offsets_exact(conversations):
    for conv in conversations:
        for turn in conv["turns"]:
            verify(turn["text"], turn["spans"] + turn["distractors"])  # raises on any bad offset
            for span in turn["spans"]:
                value = turn["text"][span["start"]:span["end"]]
                assert value and value == value.strip()
                assert ("origin" in span) == (span["label"] == "PERSON")


def test_generate_conversations_distractors_not_labelled(conversations):
    kinds = set()
    for conv in conversations:
        for turn in conv["turns"]:
            gold = [(s["start"], s["end"]) for s in turn["spans"]]
            for d in turn["distractors"]:
                kinds.add(d["kind"])
                assert all(d["end"] <= s or d["start"] >= e for s, e in gold), (turn["text"], d)
    assert kinds == set(D.DISTRACTOR_KINDS)


def test_generate_conversations_turns_alternate_and_cover_all_labels(conversations):
    labels = set()
    for conv in conversations:
        speakers = [t["speaker"] for t in conv["turns"]]
        assert all(a != b for a, b in zip(speakers, speakers[1:])), conv["conversation_id"]
        labels |= {s["label"] for t in conv["turns"] for s in t["spans"]}
    assert labels == {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "US_SSN", "DATE_OF_BIRTH",
                      "STREET_ADDRESS", "ZIP_CODE", "ACCOUNT_NUMBER", "AUTH_CODE", "IBAN_CODE"}


def test_generate_conversations_first_name_recurs(conversations):
    # Propagation: the customer's first name alone appears in a later turn than the full name.
    recurring = 0
    for conv in conversations:
        persons = [(i, t["text"][s["start"]:s["end"]]) for i, t in enumerate(conv["turns"]) for s in t["spans"]
                   if s["label"] == "PERSON"]
        full = [(i, v) for i, v in persons if " " in v and not re.fullmatch(r"(\w )+\w", v)]
        recurring += any(j > i and v == f.split()[0] for i, f in full for j, v in persons)
    assert recurring >= len(conversations) * 0.9


def test_generate_conversations_style_shapes(conversations):
    for conv in conversations:
        for turn in conv["turns"]:
            if conv["style"] == "asr":
                assert turn["text"] == turn["text"].lower()
                assert not re.search(r"[0-9,.?!@]", turn["text"]), turn["text"]
            for span in turn["spans"]:
                value = turn["text"][span["start"]:span["end"]]
                if conv["style"] == "chat" and span["label"] in ("PHONE_NUMBER", "CREDIT_CARD", "ZIP_CODE"):
                    assert re.search(r"\d", value)


def test_generate_conversations_cards_luhn_and_ibans_valid_in_both_styles(conversations):
    seen = {"CREDIT_CARD": 0, "IBAN_CODE": 0}
    for conv in conversations:
        for turn in conv["turns"]:
            for span in turn["spans"]:
                if span["label"] not in seen:
                    continue
                value = turn["text"][span["start"]:span["end"]]
                raw = spoken_to_digits(value) if conv["style"] == "asr" else re.sub(r"[ -]", "", value)
                assert "?" not in raw, value
                valid = V.luhn_valid(raw) if span["label"] == "CREDIT_CARD" else V.iban_valid(raw)
                assert valid, (value, raw)
                seen[span["label"]] += 1
    assert all(seen.values())


def test_template_families_share_no_phrasing():
    def templates(module):
        blocks = module.GREETINGS + module.IDENTITY + module.ISSUES + module.CLOSINGS
        all_templates = {t for block in blocks for _, t in block} | set(module.FAIRNESS_FRAMES)
        # A bare answer ("{SSN4}") is no phrasing; everything with words must differ between families.
        return {t for t in all_templates if re.sub(r"\{\w+\}|[ .,]", "", t)}
    families = (_templates_dev, _templates_dev_b, _templates_dev_c, _templates_dev_d, _templates_dev_e, _templates_dev_f,
                _templates_dev_g, _templates_dev_h, _templates_dev_i, _templates_dev_j, _templates_dev_k, _templates_dev_l, _templates_dev_m, _templates_dev_n,
                _templates_dev_o, _templates_dev_p, _templates_dev_q, _templates_dev_r, _templates_dev_s, _templates_dev_t, _templates_dev_u, _templates_dev_v, _templates_dev_w, _templates_dev_x, _templates_dev_y, _templates_dev_z, _templates_dev_aa, _templates_dev_ab, _templates_dev_ac, _templates_dev_ad, _templates_dev_ae, _templates_dev_af, _templates_dev_ag, _templates_dev_ah, _templates_dev_ai, _templates_dev_aj, _templates_dev_ak, _templates_dev_al, _templates_dev_am, _templates_dev_an, _templates_dev_ao, _templates_dev_ap, _templates_dev_aq, _templates_dev_ar)
    for i, a in enumerate(families):
        for b in families[i + 1:]:
            assert not templates(a) & templates(b), (a.__name__, b.__name__)
    assert set(FAMILIES) == {"dev", "dev_b", "dev_c", "dev_d", "dev_e", "dev_f", "dev_g", "dev_h", "dev_i", "dev_j", "dev_k", "dev_l", "dev_m", "dev_n",
                             "dev_o", "dev_p", "dev_q", "dev_r", "dev_s", "dev_t", "dev_u", "dev_v", "dev_w", "dev_x", "dev_y", "dev_z", "dev_aa", "dev_ab", "dev_ac", "dev_ad", "dev_ae", "dev_af", "dev_ag", "dev_ah", "dev_ai", "dev_aj", "dev_ak", "dev_al", "dev_am", "dev_an", "dev_ao", "dev_ap", "dev_aq", "dev_ar", "dev_as", "dev_at", "dev_au", "dev_av", "dev_aw", "dev_ax", "dev_ay", "dev_az", "dev_ba", "dev_bb"}


def test_generate_fairness_balanced_one_name_each():
    records = generate_fairness("dev", 2 * len(ORIGINS) * 5)
    counts = {}
    for r in records:
        counts[(r["origin"], r["style"])] = counts.get((r["origin"], r["style"]), 0) + 1
        assert len(r["spans"]) == 1 and r["spans"][0]["origin"] == r["origin"]
        verify(r["text"], r["spans"])
    assert set(counts.values()) == {5} and len(counts) == 2 * len(ORIGINS)


@pytest.mark.parametrize("origin", ORIGINS)
def test_name_source_romanized_names(origin):
    names = NameSource(7)
    for _ in range(20):
        name = names.name(origin)
        assert name.origin == origin
        assert re.fullmatch(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", name.first), name
        assert all(ord(c) < 0x250 for c in name.full), name  # Latin script only


@pytest.mark.parametrize("n, words", [
    (0, "zero"), (7, "seven"), (13, "thirteen"), (40, "forty"), (49, "forty nine"),
    (105, "one hundred five"), (2003, "two thousand three"),
])
def test_cardinal(n, words):
    assert V.cardinal(n) == words


@pytest.mark.parametrize("n, words", [
    (1985, "nineteen eighty five"), (1905, "nineteen oh five"), (1234, "twelve thirty four"),
    (1900, "nineteen hundred"), (42, "forty two"),
])
def test_paired(n, words):
    assert V.paired(n) == words


@pytest.mark.parametrize("n, words", [(1, "first"), (3, "third"), (12, "twelfth"), (23, "twenty third"),
                                      (30, "thirtieth"), (31, "thirty first")])
def test_ordinal(n, words):
    assert V.ordinal(n) == words


@pytest.mark.parametrize("digits", ["4155550132", "6011000000000004", "0000", "7", "1221"])
def test_spoken_digits_round_trip(digits):
    for seed in range(5):
        spoken = V.spoken_digits(digits, random.Random(seed))
        assert spoken_to_digits(spoken) == digits
        assert not re.search(r"\d", spoken)


@pytest.mark.parametrize("name, spelled", [("González", "g o n z a l e z"), ("O'Brien", "o b r i e n"),
                                           ("Li-Hua", "l i h u a")])
def test_spelled(name, spelled):
    assert V.spelled(name) == spelled


@pytest.mark.parametrize("number, valid", [("4111111111111111", True), ("4111111111111112", False),
                                           ("378282246310005", True), ("6011000990139424", True)])
def test_luhn_valid(number, valid):
    assert V.luhn_valid(number) is valid


@pytest.mark.parametrize("code, valid", [("DE89 3704 0044 0532 0130 00", True),
                                         ("GB82 WEST 1234 5698 7654 32", True),
                                         ("DE88 3704 0044 0532 0130 00", False)])
def test_iban_valid(code, valid):
    assert V.iban_valid(code) is valid


@pytest.mark.parametrize("style", ["asr", "chat"])
def test_render_span_is_profile_value(style):
    rng = random.Random(3)
    profile = Profile(Name("María", "González", "hispanic", "es_MX"), Name("Ken", "Sato", "east_asian", "ja_JP"),
                      style, rng)
    text, spans, distractors = render("Hi {AGENT}, I'm {FULL}, call {PHONE} after {time}.", profile, rng)
    values = [text[s["start"]:s["end"]] for s in spans]
    assert values == [profile.value("AGENT"), profile.value("FULL"), profile.value("PHONE")]
    assert values[1] == ("maria gonzalez" if style == "asr" else "María González")
    assert [s["origin"] for s in spans[:2]] == ["east_asian", "hispanic"] and "origin" not in spans[2]
    assert [d["kind"] for d in distractors] == ["time"]


@pytest.mark.parametrize("spans", [
    [{"start": 0, "end": 3}, {"start": 2, "end": 5}],   # overlap
    [{"start": 3, "end": 3}],                           # empty
    [{"start": 5, "end": 11}],                          # leading space
    [{"start": 0, "end": 99}],                          # out of range
])
def test_verify_rejects_bad_spans(spans):
    with pytest.raises(AssertionError):
        verify("hello world", spans)


@NEEDS_DEV_C_SOURCE
def test_dev_c_is_reproducible_and_uses_its_own_name_source():
    from benchmarks._names_dev_c import NameC

    a, b = generate_conversations("dev_c", 6), generate_conversations("dev_c", 6)
    assert a == b
    assert generate_fairness("dev_c", 16) == generate_fairness("dev_c", 16)
    labels = {s["label"] for c in generate_conversations("dev_c", 40) for t in c["turns"] for s in t["spans"]}
    assert {"POSTCODE", "CARD_EXPIRY", "CARD_CVV", "PERSON", "PHONE_NUMBER"} <= labels
    from benchmarks.generate_transcripts import _kit
    assert isinstance(_kit("dev_c")[1](1).name(), NameC)


@NEEDS_DEV_D_SOURCE
def test_dev_d_is_reproducible_and_uses_its_own_name_source():
    from benchmarks._names_dev_d import NameD
    from benchmarks.generate_transcripts import _kit

    assert generate_conversations("dev_d", 6) == generate_conversations("dev_d", 6)
    assert generate_fairness("dev_d", 16) == generate_fairness("dev_d", 16)
    labels = {s["label"] for c in generate_conversations("dev_d", 40) for t in c["turns"] for s in t["spans"]}
    assert {"DATE", "NATIONAL_ID", "IP_ADDRESS", "PERSON", "PHONE_NUMBER", "ACCOUNT_NUMBER"} <= labels
    assert isinstance(_kit("dev_d")[1](1).name(), NameD)


@pytest.mark.parametrize(("source", "expected"), [
    ("export const d = {\n  Aland: { male: { firstNames: ['Ab', \"O'Neil\"], }, },\n};",
     {"Aland": {"male": {"firstNames": ["Ab", "O'Neil"]}}}),
    ("const d = { \"Two Words\": { f: ['x', // note\n 'y'] } }", {"Two Words": {"f": ["x", "y"]}}),
])
def test_dev_d_name_tables_parse_typescript_object_literals(source, expected):
    from benchmarks._names_dev_d import _ts_object_to_json

    assert _ts_object_to_json(source) == expected


@pytest.mark.parametrize(("value", "halves"), [
    ("oh seven seven double oh nine", None),
    ("ngozi dot okafor at gmail dot com", None),
    ("0803-118-1267", ("0803-118", "1267")),  # the separator nearest the middle
    ("12345678", ("1234", "5678")),
])
def test_dev_d_split_words_cuts_a_value_where_a_caller_pauses(value, halves):
    from benchmarks._values_dev_d import split_words

    a, b = split_words(value, random.Random(3))
    assert a and b and a == a.strip() and b == b.strip()
    if " at " in value:
        assert " at " in f" {b} " and "at" not in a.split()
    if halves:
        assert (a, b) == halves


@NEEDS_DEV_E_SOURCE
def test_dev_e_is_reproducible_and_uses_its_own_name_source():
    from benchmarks._names_dev_d import NameD
    from benchmarks._names_dev_e import NameSourceE
    from benchmarks.generate_transcripts import _kit

    assert generate_conversations("dev_e", 6) == generate_conversations("dev_e", 6)
    assert generate_fairness("dev_e", 16) == generate_fairness("dev_e", 16)
    convs = generate_conversations("dev_e", 40)
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"ACCOUNT_NUMBER", "CREDIT_CARD", "IBAN_CODE", "POSTCODE", "NATIONAL_ID", "AUTH_CODE", "PERSON"} <= labels
    assert {d["kind"] for c in convs for t in c["turns"] for d in t["distractors"]} >= {"gbp", "flight", "store"}
    assert _kit("dev_e")[1] is NameSourceE and isinstance(NameSourceE(1).name(), NameD)


@pytest.mark.parametrize(("hangul", "latin"), [("김", "Gim"), ("민석", "Minseok"), ("건우", "Geonu")])
def test_dev_e_romanizes_hangul(hangul, latin):
    from benchmarks._names_dev_e import romanize_hangul

    assert romanize_hangul(hangul) == latin


@pytest.mark.parametrize(("before", "after", "ok"), [
    ("four", "thousand", False), ("twenty", "two", False), ("as", "in", False), ("x", "for", False),
    ("seven", "four", True), ("twenty", "oh", True), ("4539", "1234", True),
])
def test_dev_e_splits_a_spoken_value_only_between_groups(before, after, ok):
    from benchmarks._profile_dev_e import _can_cut

    assert _can_cut(before, after) is ok


@pytest.mark.parametrize(("token", "halves"), [("415.555.0134", ["415.555", "0134"]), ("12345678", ["1234", "5678"])])
def test_dev_e_typed_value_sent_in_two_messages(token, halves):
    from benchmarks._profile_dev_e import _halves

    assert _halves(token) == halves


@NEEDS_DEV_E_SOURCE
def test_dev_f_is_reproducible_and_uses_the_dev_e_name_source():
    from benchmarks._names_dev_e import NameSourceE
    from benchmarks.generate_transcripts import _kit

    assert generate_conversations("dev_f", 6) == generate_conversations("dev_f", 6)
    assert generate_fairness("dev_f", 16) == generate_fairness("dev_f", 16)
    convs = generate_conversations("dev_f", 40)
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"EMAIL_ADDRESS", "PHONE_NUMBER", "CARD_EXPIRY", "CARD_CVV", "AUTH_CODE", "PERSON"} <= labels
    assert {d["kind"] for c in convs for t in c["turns"] for d in t["distractors"]} >= {"mailbox", "helpline", "gbp"}
    assert _kit("dev_f")[1] is NameSourceE


@NEEDS_DEV_E_SOURCE
def test_dev_f_company_mailboxes_are_distractors_not_gold():
    convs = generate_conversations("dev_f", 60)
    boxes = [t["text"][d["start"]:d["end"]] for c in convs for t in c["turns"] for d in t["distractors"]
             if d["kind"] == "mailbox"]
    gold = {t["text"][s["start"]:s["end"]] for c in convs for t in c["turns"] for s in t["spans"]}
    assert boxes and not set(boxes) & gold
    assert all(re.match(r"^(support|help|claims|bookings|info|noreply|careers|hello)( at |@)", b) for b in boxes)


@pytest.mark.parametrize("seed", range(12))
def test_dev_f_email_renderings_keep_the_address(seed):
    import random

    from benchmarks import _values_dev_f as M

    rng = random.Random(seed)
    raw = M.make_email("Zoë", "O'Neill-Hart", rng)
    assert raw.written.isascii() and "@" in raw.written and " " not in raw.written
    wrong, word, j = M.misspelt(raw, rng)
    assert wrong.written != raw.written and word in raw.user and 0 <= j < len(word)
    assert M.say_email(raw, rng, clean=True).endswith(M.say_domain(raw.domain, random.Random(0), 0.0).split()[-1])
    assert len(M.say_pieces(raw, rng)) in (2, 3)


@pytest.mark.parametrize(("word", "mode", "spoken"), [
    ("smith", "bare", "s m i t h"), ("jo", "names", "jay oh"), ("hayley", "names", "aitch ay why el ee why"),
])
def test_dev_f_spells_letters(word, mode, spoken):
    import random

    from benchmarks._values_dev_f import spell

    assert spell(word, random.Random(0), mode) == spoken


@NEEDS_DEV_E_SOURCE
def test_dev_g_is_reproducible_and_uses_the_dev_e_name_source():
    from benchmarks._names_dev_e import NameSourceE
    from benchmarks.generate_transcripts import _kit

    assert generate_conversations("dev_g", 6) == generate_conversations("dev_g", 6)
    assert generate_fairness("dev_g", 16) == generate_fairness("dev_g", 16)
    convs = generate_conversations("dev_g", 40)
    labels = {s["label"] for c in convs for t in c["turns"] for s in t["spans"]}
    assert {"CARD_EXPIRY", "AUTH_CODE", "CREDIT_CARD", "ACCOUNT_NUMBER", "STREET_ADDRESS", "NATIONAL_ID",
            "PERSON"} <= labels
    assert _kit("dev_g")[1] is NameSourceE


@NEEDS_DEV_E_SOURCE
def test_dev_g_neutral_lookalikes_are_never_gold():
    convs = generate_conversations("dev_g", 80)
    kinds = {d["kind"] for c in convs for t in c["turns"] for d in t["distractors"]}
    assert {"hours", "helpline", "validity", "vague", "offer", "cardlen"} <= kinds
    for conv in convs:
        for turn in conv["turns"]:
            verify(turn["text"], turn["spans"] + turn["distractors"])


@pytest.mark.parametrize(("digits", "zero", "said"), [
    ("482", "oh", "four eighty two"), ("407", "oh", "four oh seven"), ("913", "nought", "nine thirteen"),
])
def test_dev_g_says_three_digits_as_a_digit_and_a_pair(digits, zero, said):
    from benchmarks._values_dev_g import triple_mixed

    assert triple_mixed(digits, zero) == said


@pytest.mark.parametrize(("digits", "options"), [("4281", {"for to ate won", "for too ate won"}),
                                                 ("5679", {"five six seven nine"}), ("30", {"free o"})])
def test_dev_g_homophones_replace_only_digits_an_engine_hears_as_words(digits, options):
    from benchmarks._values_dev_g import homophone_digits

    assert homophone_digits(digits, random.Random(0), "oh", rate=1.0) in options


@pytest.mark.parametrize(("digits", "number"), [("112300", True), ("990001", True), ("040000", False), ("12345", False)])
def test_dev_g_six_digits_as_one_number_only_without_a_leading_zero(digits, number):
    from benchmarks._values_dev_g import big_number

    said = big_number(digits, random.Random(0), "zero")
    assert ("thousand" in said) is number
    if digits == "112300":
        assert said in ("one hundred and twelve thousand three hundred", "one hundred twelve thousand three hundred")
