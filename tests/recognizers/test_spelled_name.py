"""Tests for recognizers.spelled_name."""
import pytest
from hypothesis import given, settings, strategies as st

from recognizers.entities import EXPECT_SPELLED_NAME, PERSON, REASON_CROSS_TURN, REASON_SPELLED
from recognizers.names.name_answers import titled_name
from recognizers.spelled_name import SpelledNameRecognizer

REC = SpelledNameRecognizer()


def spans(text):
    return [(text[r.start:r.end], r.score) for r in REC.analyze(text, [PERSON])]


@pytest.mark.parametrize("text,expected", [
    ("my last name is gonzalez g o n z a l e z", "gonzalez g o n z a l e z"),
    ("that's p r i y a", "p r i y a"),
    ("it's G-O-N-Z-A-L-E-Z", "G-O-N-Z-A-L-E-Z"),
    ("k as in kilo a t e", "k as in kilo a t e"),
    ("kilo alpha tango echo", "kilo alpha tango echo"),
    ("n g u y e n, nguyen", "n g u y e n, nguyen"),
    ("it is o. k. a. f. o. r.", "o. k. a. f. o. r"),
    ("double l o y d", "double l o y d"),
    ("j o s e p h (Jospeh)", "j o s e p h (Jospeh"),                  # the name as typed, in brackets, a typo in it
    ("a-m-a-r-a (amára) thanks", "a-m-a-r-a (amára"),
])
def test_spelled_name_positive(text, expected):
    assert [s for s, _ in spans(text)] == [expected]


@pytest.mark.parametrize("text", [
    "i live in the u s",
    "my postcode is s w 1 a",
    "i am a i",
    "plan b is fine",
    "vitamin b c",
    "",
])
def test_spelled_name_negative(text):
    assert spans(text) == []


def test_spelled_name_reason_and_score_order():
    plain = REC.analyze("g o n z a l e z", [PERSON])[0]
    cued = REC.analyze("that's g o n z a l e z", [PERSON])[0]
    assert plain.analysis_explanation.textual_explanation == REASON_SPELLED
    assert cued.score > plain.score


@pytest.mark.parametrize("text,expected,found", [
    ("g o n z a l e z", EXPECT_SPELLED_NAME, "g o n z a l e z"),
    ("l i", EXPECT_SPELLED_NAME, "l i"),
    ("it's priya", PERSON, "priya"),
    ("yeah it's john smith", PERSON, "john smith"),
    ("Priya Raghunathan.", PERSON, "Priya Raghunathan"),
])
def test_spelled_name_answer_positive(text, expected, found):
    results = REC.analyze_answer(text, expected)
    assert [text[r.start:r.end] for r in results] == [found]
    assert results[0].analysis_explanation.textual_explanation == REASON_CROSS_TURN


@pytest.mark.parametrize("text,expected", [
    ("it's about my bill", PERSON),
    ("yes", PERSON),
    ("i don't want to give that", PERSON),
    ("g o n z a l e z", "US_SSN_LAST4"),
    ("MY PARCEL NEVER CAME", PERSON),        # a sentence typed in capitals is no name in chunks
])
def test_spelled_name_answer_negative(text, expected):
    assert REC.analyze_answer(text, expected) == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_spelled_name_spans_in_bounds(text):
    for r in REC.analyze(text, [PERSON]) + REC.analyze_answer(text, PERSON):
        assert 0 <= r.start < r.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(list("abcdefgxyz") + ["as", "in", "kilo", "double", "-", ".", "1"]),
                max_size=25))
def test_spelled_name_letter_soup_in_bounds(parts):
    text = " ".join(parts)
    for r in REC.analyze(text, [PERSON]):
        assert 0 <= r.start < r.end <= len(text)


@pytest.mark.parametrize("text, expected", [
    ("r OB e r t a l l e n", "r OB e r t a l l e n"),
    ("m ICH a e l b r ow n", "m ICH a e l b r ow n"),
    ("Ka r en w AR d", "Ka r en w AR d"),
    ("d-o-n-n-a k ING", "d-o-n-n-a k ING"),
    ("ja m es", "ja m es"),
    ("it's Pe t er PA r k er", "Pe t er PA r k er"),
    ("luc y grah am", "luc y grah am"),                 # pieces that join into listed names
    ("Patricia Moon", "Patricia Moon"),                 # listed given name + a surname that is a word
    ("dan iel th om as", "dan iel th om as"),           # no single letters, pieces join into names
    ("m a r i a", "m a r i a"),                         # "a" and "i" with other single letters: a spelling
    ("dev i", "dev i"),                                 # ... and at the end of the answer, a letter
])
def test_spelled_name_answer_takes_irregular_chunks_whole(text, expected):
    found = [text[r.start:r.end] for r in REC.analyze_answer(text, PERSON)]
    assert expected in found


@pytest.mark.parametrize("text", ["yes that is me", "no it is not", "Amy yes", "I am not sure", "so do i",
                                  "it was a lady i think", "a man i guess", "sure a bit i am",
                                  "a guy called dev i think"])  # "i" before a verb: the pronoun
def test_spelled_name_answer_chunks_leave_sentences(text):
    found = [text[r.start:r.end] for r in REC.analyze_answer(text, PERSON)]
    assert all(len(f.split()) <= 1 for f in found), found


@pytest.mark.parametrize("text,expected", [
    ("Priya Raghunathan", (0, 17)),
    ("uh it's Priya", (8, 13)),
    ("uh um yeah so well okay yes Priya", (28, 33)),                # eight words: still read
    ("uh um yeah so well okay yes oh Priya", None),                 # nine words: not a short answer
    ("Priya " + "and more words " * 40, None),
    ("", None),
    ("yes it's do van an", (9, 18)),          # romanized syllables that are function words, beside a name word
    ("it's le thi ha", (5, 14)),
    ("yes it's to do with my account", None),  # function words with no name word beside them
    ("he jia rong", (0, 11)),                  # Chinese "He", Korean "In": only before a syllable or unknown word
    ("in jiwoo", (0, 8)),
    ("in london i think", None),
    ("he said it was fine", None),
    ("ming hee gao", (0, 12)),                 # a syllable that is an everyday word, beside a name word
    ("so it's an issue with the bill", None),
    ("may hart", (0, 8)),                     # a given name that is a function word, then a surname
    ("yeah may okafor", (5, 15)),
    ("may i ask why", None),
    ("will you hold on", None),
    ("yeah my son", None),                     # a relation or a thing after a determiner
    ("the company", None),
    ("story spelt like it sounds", (0, 5)),   # the word before "spelt": the name, whatever word it is
    ("i think it was okonedo", (15, 22)),      # a hedge or a past tense before the name
    ("it like was vashti before she married", (12, 18)),
    ("like i said it was the boiler", None),   # a verb after a pronoun is no name
    ("i think it was fine", None),
    ("promise", (0, 7)),                       # a given name that is an everyday word as the whole answer
    ("just memory is fine thank you", (5, 11)),  # ... or before closing words only
    ("just a second please", None),
    ("i believe it's okonedo", (15, 22)),      # "believe" is a hedge like "think"
    ("it was a satojunko i think", (9, 18)),   # "a" heard before an unknown word is a filler
    ("it was a lady i think", None),           # ... before an English word, an article
    ("a gentleman i think", None),
    ("It's a Miele G 7110 SC", None),         # written "a": an article (a make, not a name)
])
def test_spelled_name_bare_name_only_in_short_answers(text, expected):
    assert REC._bare_name(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("J O H N (thanks)", "J O H N"),                                     # a function word in brackets
    ("S M I T H (my husband)", "S M I T H"),                             # more than one word
    ("k i m b e r (Lee)", "k i m b e r"),                                # another first letter
])
def test_spelled_name_bracketed_word_that_is_not_the_name(text, expected):
    assert [s for s, _ in spans(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Dito Okafor. my parcel never came", "Dito Okafor"),           # a given name that is a word elsewhere
    ("Dito Mensah, the booking is under me", "Dito Mensah"),
    ("Dito Kwame Boateng. hi", "Dito Kwame Boateng"),             # three words
])
def test_spelled_name_answer_takes_a_titled_first_sentence(text, expected):
    assert [text[r.start:r.end] for r in REC.analyze_answer(text, PERSON)] == [expected]


@pytest.mark.parametrize("text", [
    "Thank You. my parcel never came",          # no listed name
    "Lost Parcel. it never came",
    "Will Do. one second",                      # a function word
    "tamsin okafor. my parcel never came",      # not title case: the bare-name rules decide
    "Tamsin Okafor Is Here. hi",                # four words
    "It's Dr Okafor, my parcel never came",     # a contraction: the bare-name rules decide
])
def test_spelled_name_titled_sentence_needs_a_name(text):
    assert titled_name(text) is None


@pytest.mark.parametrize("text, runs", [
    ("it's a for apple b like bravo", [(5, 29, "ab", 2)]),            # a letter, then "for" / "like" and its word
    ("k as in kilo, i", [(0, 15, "ki", 1)]),
    ("S-M-I-T-H please", [(0, 9, "smith", 0)]),                       # separators of three characters or fewer
    ("s m.i'th ess", [(0, 3, "sm", 0)]),                              # "i'th" is one chain, no letter
    ("double u j, x ray", [(0, 13, "wjx", 0)]),                       # ("ray" is no letter unit here)
    ("a fork i forget", []),                                          # "for" needs the word after it: no phrase
    # negative rows
    ("a for kite", []),                                               # the word after "for" starts with another letter
    ("s    m", []),                                                   # four blanks: no run
    ("a b4 c", []),                                                   # beside a digit
])
def test_letter_runs_as_scanned(text, runs):
    assert [(r.start, r.end, r.letters, r.strong) for r in SpelledNameRecognizer._scan(text)] == runs
