"""Name forms the dev_c split exposed (issue 12): letter sounds inside spellings ("ess", "gee",
"double you"), the spelled word said before "that's", closing vocatives ("bye now NAME", "anything else
at all NAME"), fillers inside "this is" / "thank you", and "<name> speaking" after a team name. Own sentences."""
from __future__ import annotations

import pytest

from recognizers.entities import PERSON
from recognizers.person_names import PersonNameRecognizer
from recognizers.spelled_name import SpelledNameRecognizer

SPELLED, NAMES = SpelledNameRecognizer(), PersonNameRecognizer()


def spelled(text: str) -> list[str]:
    return sorted(text[r.start:r.end] for r in SPELLED.analyze(text, [PERSON]))


def named(text: str) -> list[str]:
    return [text[s:e] for s, e, score, _ in NAMES.find_spans(text) if score >= 0.5]


@pytest.mark.parametrize("text, expected", [
    ("it's p ess a l t e are", "p ess a l t e are"),
    ("m o gee you e l", "m o gee you e l"),
    ("see o double you a n", "see o double you a n"),
    ("that's k a as in apple tee o n a", "k a as in apple tee o n a"),
])
def test_letter_sounds_inside_a_spelling(text, expected):
    assert expected in spelled(text)


@pytest.mark.parametrize("text", [
    "i see you at the b and b",
    "how are you doing today",
    "it's s m i t h are you there",
])
def test_letter_sounds_outside_a_spelling_are_words(text):
    assert not any(w in " ".join(spelled(text)).split() for w in ("see", "you", "are", "there"))


@pytest.mark.parametrize("text, word", [
    ("right, kovacs, that's k o v a c s", "kovacs"),
    ("Sure, Oyelaran, it's O-Y-E-L-A-R-A-N.", "Oyelaran"),
])
def test_the_word_said_before_thats_is_its_own_finding(text, word):
    found = spelled(text)
    assert word in found and not any("that's" in f or "it's" in f for f in found)


def test_a_different_word_before_thats_is_not_taken():
    assert "okay" not in spelled("okay that's d a v i e s")


@pytest.mark.parametrize("text, name", [
    ("bye now tadashi", "tadashi"),
    ("was there anything else at all oyinda", "oyinda"),
    ("thank uh you wenjie", "wenjie"),
    ("thanks for holding this um is ngozi at the front desk", "ngozi"),
    ("billing team kwabena speaking", "kwabena"),
    ("Accounts, Oyelaran speaking.", "Oyelaran"),
])
def test_vocatives_and_agent_intros(text, name):
    assert name in named(text)


@pytest.mark.parametrize("text", [
    "generally speaking the engineer comes in the morning",
    "we need english speaking staff",
    "is there anything else today",
    "bye now",
    "anything else at all you need",
])
def test_no_name_in_similar_phrases(text):
    assert named(text) == []


@pytest.mark.parametrize("question", [
    "can you spell the surname for me",
    "And the first name, how's that spelt?",
    "sorry, could you spell your surname again",
])
def test_spelling_questions_with_surname_or_spelt(question):
    from recognizers.entities import EXPECT_SPELLED_NAME
    from recognizers.question_cues import expected_entities

    assert EXPECT_SPELLED_NAME in expected_entities(question)


@pytest.mark.parametrize("text, value", [
    ("KRA-SNO-DEBSKI", "KRA-SNO-DEBSKI"),
    ("It's OKO NKWO.", "OKO NKWO"),
])
def test_capital_chunks_answering_a_spelling_question(text, value):
    from recognizers.entities import EXPECT_SPELLED_NAME

    assert value in {text[r.start:r.end] for r in SPELLED.analyze_answer(text, EXPECT_SPELLED_NAME)}


def test_capital_chunks_spelling_the_word_said_before():
    text = "Right, Okonkwo, that's OKON-K-WO."
    assert {"Okonkwo", "OKON-K-WO"} <= set(spelled(text))


@pytest.mark.parametrize("text", ["I LOVE IT, THANK YOU", "My TV and PC are broken", "Fine, that's OK BY ME."])
def test_capitals_that_spell_nothing_said(text):
    assert spelled(text) == []


@pytest.mark.parametrize("text, name", [
    ("the table is booked under oyelaran adebayo", "oyelaran adebayo"),
    ("it's reserved under Tomasz Wrobel", "Tomasz Wrobel"),
    ("hi it's yusuf abdirahman khalif someone rang me", "yusuf abdirahman khalif"),
    ("tendai moyo calling about my claim", "tendai moyo"),
])
def test_booked_under_third_name_words_and_calling_intros(text, name):
    assert name in named(text)


@pytest.mark.parametrize("text", [
    "i put it under the sink",
    "it was held under water for an hour",
    "people calling about the outage",
    "thanks for calling",
])
def test_no_name_in_under_and_calling_phrases(text):
    assert named(text) == []
