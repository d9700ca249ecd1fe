"""The statistical name model: packaged, small, deterministic, case-insensitive, opt-in."""
from __future__ import annotations

import pytest

from recognizers import base
from recognizers.entities import REASON_MODEL
from recognizers.name_model import (MODEL_DIR, SCORE, NameModelRecognizer, candidate_windows,
                                    find_spans, find_spans_batch, load_model, model_text)

MAX_MODEL_BYTES = 5_000_000

# (sentence, name that must be found); written for this test, names not from any eval set.
POSITIVES = [
    ("hi there my name is teodora vasquez-lindqvist", "teodora vasquez-lindqvist"),
    ("Thanks, Oyelaran, that sorted it.", "Oyelaran"),
    ("thanks oyelaran that sorted it", "oyelaran"),
    ("the booking is under kwabena osei", "kwabena osei"),
    ("I spoke with Marisol Echeverría last Tuesday.", "Marisol Echeverría"),
    ("please email ingrid solberg about the new contract", "ingrid solberg"),
    ("could you ask dmitri to ring me back", "dmitri"),
    ("this is haruto from the warehouse", "haruto"),
    ("yes it's fenella mccready", "fenella mccready"),
]

# Sentences without any person: names-as-words, places, organisations, products.
NEGATIVES = [
    "i will send it may i ask for the reference",
    "please mark it as urgent and bill the company",
    "the grace period ends in june",
    "my parcel went to the depot in leicester",
    "i bought the phone from currys last week",
    "my router keeps dropping the connection",
    "what is the weather in lisbon tomorrow",
    "set a timer for ten minutes",
]


def _covers(text: str, spans: list[tuple[int, int]], name: str) -> bool:
    start = text.index(name)
    return any(s <= start and start + len(name) <= e for s, e in spans)


def test_name_model_loads_from_package_data():
    nlp = load_model()
    assert MODEL_DIR.is_dir() and MODEL_DIR.parent.name == "data"
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert nlp.get_pipe("ner").labels == ("PERSON",)


def test_name_model_size_is_bounded():
    size = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file())
    assert 100_000 < size < MAX_MODEL_BYTES


@pytest.mark.parametrize("text,name", POSITIVES)
def test_find_spans_finds_name(text, name):
    assert _covers(text, find_spans(text), name)


@pytest.mark.parametrize("text", NEGATIVES)
def test_find_spans_ignores_non_names(text):
    assert find_spans(text) == []


@pytest.mark.parametrize("text,name", POSITIVES)
def test_find_spans_casing_does_not_decide(text, name):
    assert find_spans(text) == find_spans(text.lower()) == find_spans(text.upper())


def test_find_spans_deterministic_and_batch_equals_single():
    texts = [t for t, _ in POSITIVES] + NEGATIVES
    first = find_spans_batch(texts)
    assert first == find_spans_batch(texts) == [find_spans(t) for t in texts]


@pytest.mark.parametrize("text,window,unknown_only,expected", [
    ("yes that is right", 4, False, []),
    ("4 7 1 9", 4, False, []),
    ("", 4, False, []),
    ("ok thanks zorbaxi", 4, False, ["ok thanks zorbaxi"]),
    ("one two three four five six zorbaxi", 2, False, ["five six zorbaxi"]),
    ("ask zorbaxi and qelmundo then the bank", 1, False, ["ask zorbaxi and qelmundo then"]),
    ("please call maria about the order", 1, False, ["call maria about"]),
    ("please call maria about the order", 1, True, []),
    ("please call maria about the order", None, False, ["please call maria about the order"]),
])
def test_candidate_windows_reads_only_around_possible_names(text, window, unknown_only, expected):
    assert [text[a:b] for a, b in candidate_windows(text, window, unknown_only)] == expected


@pytest.mark.parametrize("text,expected", [
    # Words that never anchor a name (sounds, contact-centre words) start no window ...
    ("the pin is ready", []),
    ("yep mhm okay then", []),
    ("mm-hm and the exp date came by e-mail", []),
    ("okey doke next one", []),
    # ... nor do the words of an e-mail or web address (the e-mail and URL recognizers own them).
    ("write to zorbaxi.qel@mailbox.com today", []),
    ("see qelmundo.co.uk for more", []),
    ("zorbaxi wrote to help@mailbox.com", ["zorbaxi wrote"]),
    ("zorbaxi said the pin", ["zorbaxi said"]),
])
def test_candidate_windows_skip_words_that_never_anchor_a_name(text, expected):
    assert [text[a:b] for a, b in candidate_windows(text, 1, True)] == expected


@pytest.mark.parametrize("text", ["Priya ÖZTÜRK", "İstanbul İpek", "ẞ straße", "plain",
                                  "MR O'Neil-SMITH, 42 Baker St.\n\tOK?", ""])  # (ASCII: read in one call)
def test_model_text_keeps_offsets(text):
    lowered = model_text(text)
    assert len(lowered) == len(text)
    assert lowered == "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def test_name_model_recognizer_is_opt_in_and_creatable():
    assert "names.model.v1" in base.registered_names(include_opt_in=True)
    assert "names.model.v1" not in base.registered_names()
    assert isinstance(base.create("names.model.v1"), NameModelRecognizer)


@pytest.mark.parametrize("text,entities,expected", [
    ("please ask tamsindra okonkwele to call me", ["PERSON"], ["tamsindra okonkwele"]),
    ("the order is under yuvarani thelkar", ["PERSON"], ["yuvarani thelkar"]),
    ("please ask tamsindra okonkwele to call me", ["EMAIL_ADDRESS"], []),
    # Listed names are left to the lexicon recognizer: the registered model reads unknown words only.
    ("please ask kwabena osei to call me", ["PERSON"], []),
    ("set a timer for ten minutes", ["PERSON"], []),
])
def test_name_model_recognizer_results(text, entities, expected):
    results = base.create("names.model.v1").analyze(text, entities)
    assert [text[r.start:r.end] for r in results] == expected
    for r in results:
        assert (r.entity_type, r.score) == ("PERSON", SCORE)
        assert r.analysis_explanation.textual_explanation == REASON_MODEL


@pytest.mark.parametrize("covered,expected", [
    ((), ["ask zorbaxi and"]),
    (((4, 11),), []),          # "zorbaxi" already found by another recognizer: nothing left to read
    (((0, 3),), ["ask zorbaxi and"]),
])
def test_candidate_windows_skips_covered_words(covered, expected):
    text = "ask zorbaxi and the bank"
    assert [text[a:b] for a, b in candidate_windows(text, 1, True, covered)] == expected


def test_prepared_batch_answers_like_single_texts():
    """``prepare_batch`` reads the batch in one pass; ``analyze`` gives what it gives unprepared, also for
    a text the batch did not hold and for a repeated text."""
    texts = [t for t, _ in POSITIVES] + NEGATIVES
    single = NameModelRecognizer()
    expected = {t: [(r.start, r.end) for r in single.analyze(t, ["PERSON"])] for t in texts}
    prepared = NameModelRecognizer()
    prepared.prepare_batch(texts + texts[:2])
    for text in texts + texts[:2]:
        assert [(r.start, r.end) for r in prepared.analyze(text, ["PERSON"])] == expected[text]
    other = "my colleague is called wiremu tane"
    assert [(r.start, r.end) for r in prepared.analyze(other, ["PERSON"])] == \
        [(r.start, r.end) for r in single.analyze(other, ["PERSON"])]


def test_model_vocabulary_does_not_grow_with_input():
    """Words the model reads are freed after each batch: a worker's memory does not grow with its input."""
    nlp = load_model()
    find_spans_batch(["warm up the model with mister okonkwo"])
    before = len(nlp.vocab.strings)
    words = [f"zq{i:05d}x" for i in range(3000)]
    find_spans_batch([" ".join(words[i:i + 10]) for i in range(0, len(words), 10)])
    assert len(nlp.vocab.strings) <= before + 10
