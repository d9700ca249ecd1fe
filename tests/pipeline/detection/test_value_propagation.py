import random

import pytest

from pipeline.records import Finding
from pipeline.detection.value_propagation import propagate_values


def _seed(text, value, entity="PHONE_NUMBER"):
    start = text.index(value)
    return [Finding(start, start + len(value), entity, 0.8, "phone.v1", "context")]


@pytest.mark.parametrize("seed_text, value, entity, later, repeated", [
    ("please remove my mobile 07700 900461", "07700 900461", "PHONE_NUMBER",
     "Done, 07700 900461 is now opted out.", "07700 900461"),
    ("call me at 415-555-0132", "415-555-0132", "PHONE_NUMBER", "so that's (415) 555 0132 right", "(415) 555 0132"),
    ("my number is four one five five five five zero one three two", "four one five five five five zero one three two",
     "PHONE_NUMBER", "ok i have 415 555 0132", "415 555 0132"),
    ("call me at 415-555-0132", "415-555-0132", "PHONE_NUMBER",
     "let me read it back four one five five five five zero one three two", "four one five five five five zero one three two"),
    # a short code of letters and digits, read back in another spelling
    ("golf four nine delta sierra", "golf four nine delta sierra", "POSTCODE", "g four nine d s lovely",
     "g four nine d s"),
    ("it's G4 9DS", "G4 9DS", "POSTCODE", "so that's g49ds", "g49ds"),
    ("email otto.brandt77@example.com", "otto.brandt77@example.com", "EMAIL_ADDRESS",
     "sent to OTTO.BRANDT77@EXAMPLE.COM", "OTTO.BRANDT77@EXAMPLE.COM"),
    ("email katharine.mavela.1136@outlook.com", "katharine.mavela.1136@outlook.com", "EMAIL_ADDRESS",
     "Confirmation sent to katharine.mavela.1136@outlook.com.", "katharine.mavela.1136@outlook.com"),
    ("account ACC-00482917 please", "ACC-00482917", "ACCOUNT_NUMBER", "I see 00482917 here", "00482917"),
])
def test_propagate_values_finds_repeats_in_other_turns(seed_text, value, entity, later, repeated):
    out = propagate_values([seed_text, later], [_seed(seed_text, value, entity), []])
    assert [(later[f.start:f.end], f.entity_type, f.reason) for f in out[1]] == [(repeated, entity, "propagation")]


@pytest.mark.parametrize("seed_text, value, entity, later", [
    ("call me at 415-555-0132", "415-555-0132", "PHONE_NUMBER", "the total is 415.50 dollars"),
    ("call me at 415-555-0132", "415-555-0132", "PHONE_NUMBER", "order 4155550132999 shipped"),
    ("my pin is 4821", "4821", "AUTH_CODE", "it costs 48.21"),
    ("zip 94107", "94107", "ZIP_CODE", "ticket 941070 is open"),
    ("last four 123", "123", "US_SSN", "press 123 now"),
    ("it's G4 9DS", "G4 9DS", "POSTCODE", "the g49 bus to ds street"),      # other letters between
])
def test_propagate_values_ignores_other_numbers(seed_text, value, entity, later):
    out = propagate_values([seed_text, later], [_seed(seed_text, value, entity), []])
    assert out[1] == []


@pytest.mark.parametrize("later, repeated", [
    ("so that's 0161 496 0732, got it", "0161 496 0732"),
    ("reading it back: oh one six one, four nine six, oh seven three two.",
     "oh one six one, four nine six, oh seven three two"),
])
def test_propagate_values_finds_a_value_given_in_two_pieces_read_back_whole(later, repeated):
    texts = ["it's oh one six one, four nine six", "mm-hmm", "oh seven three two", later]
    findings = [_seed(texts[0], "oh one six one, four nine six"), [], _seed(texts[2], "oh seven three two"), []]
    out = propagate_values(texts, findings)
    start = later.index(repeated)
    assert (start, start + len(repeated), "PHONE_NUMBER") in [(f.start, f.end, f.entity_type) for f in out[3]]


@pytest.mark.parametrize("second_type, later", [
    ("ACCOUNT_NUMBER", "so that's 0161 496 0732"),   # pieces of two types are two values
    ("PHONE_NUMBER", "so that's 0161 496 0999"),     # another last piece
])
def test_propagate_values_joins_only_pieces_of_one_value(second_type, later):
    texts = ["oh one six one, four nine six", "oh seven three two", later]
    findings = [_seed(texts[0], texts[0]), _seed(texts[1], texts[1], second_type), []]
    whole = (later.index("0161"), len(later))
    assert whole not in [(f.start, f.end) for f in propagate_values(texts, findings)[2]]


def test_propagate_values_skips_names_and_never_overlaps():
    text = "this is Priya, my number is 415-555-0132 and again 415-555-0132"
    first = text.index("415")
    findings = [[Finding(8, 13, "PERSON", 0.9, "person_names.v3", "cue_phrase"),
                 Finding(first, first + 12, "PHONE_NUMBER", 0.9, "phone.v1", "context")]]
    out = propagate_values([text], findings)
    spans = [(f.start, f.end) for f in out[0]]
    assert len(spans) == 3 and len(set(spans)) == 3
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def _random_digit_case(rng):
    alphabet = "0123456789 -./()+x\u00a0\u0663\t"
    text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
    n = rng.choice([4, 5, 6, 7, 8])
    stream = [c for c in text if c.isdecimal()]
    if len(stream) >= n and rng.random() < 0.7:
        i = rng.randint(0, len(stream) - n)
        return text, "".join(stream[i:i + n])
    return text, "".join(rng.choice("12\u0663") for _ in range(n))


@pytest.mark.parametrize("text, digits", [
    ("(415) 555 0132 and 4155550132", "4155550132"),
    ("+44 7700 900461", "447700900461"),
    ("1(4155", "4155"),
    ("9+4155 x 4155-", "4155"),
    ("48.21 or 48-21 or 4821", "4821"),
    ("12 3456 78901234", "3456"),
    ("\u0663\u0663\u0663\u0663", "\u0663\u0663\u0663\u0663"),
] + [_random_digit_case(random.Random(seed)) for seed in range(300)])
def test_digit_spans_agree_with_the_value_regex(text, digits):
    from pipeline.detection.value_propagation import _digit_pattern, _digit_spans

    assert _digit_spans(digits, text) == [m.span() for m in _digit_pattern(digits).finditer(text)]


@pytest.mark.parametrize("text", ["", "no digits", "4", "44", "4 4", "(415) 555-0132, 12.5 / 7", "a1b22c333 4-4",
                                  "\u0663\u0664 5", "1 , 2", "12 34 5678 x 9"])
def test_digit_stream_reads_runs_as_one_digit_at_a_time(text):
    from pipeline.detection.value_propagation import _GAP, _SHORT_GAP, _digit_stream

    positions = tuple(k for k, c in enumerate(text) if c.isdecimal())
    pairs = list(zip(positions, positions[1:]))
    assert _digit_stream(text) == ("".join(text[p] for p in positions), positions,
                                   tuple(b == a + 1 or _GAP.fullmatch(text, a + 1, b) is not None for a, b in pairs),
                                   tuple(b == a + 1 or _SHORT_GAP.fullmatch(text, a + 1, b) is not None for a, b in pairs))


@pytest.mark.parametrize("seed_text, later, repeated", [
    ("kay four ess twelve dee", "so that's kilo four sierra one two delta", "kilo four sierra one two delta"),
    ("kilo four sierra one two delta", "kay 4 ess 12 dee yes", "kay 4 ess 12 dee"),
    ("jay six double you eleven", "got it juliet six whiskey one one", "juliet six whiskey one one"),
    ("RB/4534/13", "hang on let me write it down, RB/4534/13?", "RB/4534/13"),   # slashes inside
    ("t for tango k slash three three one nine slash two", "ok t k slash three three one nine slash two",
     "t k slash three three one nine slash two"),                                  # slashes said aloud
    ("x ray p dash four oh one six dash q 5", "so x p dash four zero one six dash q five right",
     "x p dash four zero one six dash q five"),
])
def test_propagate_values_follows_spelled_codes_in_any_spelling(seed_text, later, repeated):
    out = propagate_values([seed_text, later], [_seed(seed_text, seed_text, "AUTH_CODE"), []])
    assert [later[f.start:f.end] for f in out[1]] == [repeated]


@pytest.mark.parametrize("seed_text, later", [
    ("kay four ess twelve dee", "kilo four sierra one two"),
    ("kay four ess twelve dee", "four twelve is the room"),
])
def test_propagate_values_leaves_other_codes_alone(seed_text, later):
    out = propagate_values([seed_text, later], [_seed(seed_text, seed_text, "AUTH_CODE"), []])
    assert out[1] == []


def test_propagated_code_wins_over_a_nato_word_taken_for_a_name():
    seed_text, later = "seven two whiskey sierra oh five", "seven two whiskey sierra oh five"
    name = Finding(later.index("sierra"), later.index("sierra") + 6, "PERSON", 0.6, "names.v1", "context")
    out = propagate_values([seed_text, later], [_seed(seed_text, seed_text, "AUTH_CODE"), [name]])
    assert [(f.entity_type, later[f.start:f.end]) for f in out[1]] == [("AUTH_CODE", later)]


def test_read_back_code_trims_a_name_reaching_past_it():
    seed_text, later = "kay 4 ess 12 dee", "kilo four sierra one two delta brilliant"
    name = Finding(later.index("delta"), len(later), "PERSON", 0.6, "names.v1", "context")
    out = propagate_values([seed_text, later], [_seed(seed_text, seed_text, "AUTH_CODE"), [name]])
    assert [(f.entity_type, later[f.start:f.end]) for f in out[1]] == [
        ("AUTH_CODE", "kilo four sierra one two delta"), ("PERSON", "brilliant")]


def test_read_back_code_takes_the_place_of_its_propagated_digits():
    seed_text, later = "it's em kay 448812", "em kay 448812"
    out = propagate_values([seed_text, later], [_seed(seed_text, "em kay 448812", "AUTH_CODE"), []])
    assert [later[f.start:f.end] for f in out[1]] == ["em kay 448812"]
