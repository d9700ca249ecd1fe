"""Tests for pipeline.detection.name_propagation."""
import pytest
from hypothesis import given, settings, strategies as st

from pipeline.records import Finding
from recognizers.entities import REASON_PROPAGATION
from pipeline.detection.name_propagation import propagate_names


def seed(text, name, score=0.9):
    start = text.index(name)
    return Finding(start, start + len(name), "PERSON", score, "person_names.v1", "cue_phrase")


TEXTS = ["hi my name is priya raghunathan", "ok priya, and RAGHUNATHAN is spelled how",
         "priya's card will be sent", "thanks for waiting"]


def test_propagate_names_other_mentions_every_turn():
    out = propagate_names(TEXTS, [[seed(TEXTS[0], "priya raghunathan")], [], [], []])
    found = [[TEXTS[i][f.start:f.end] for f in fs] for i, fs in enumerate(out)]
    assert found == [["priya raghunathan"], ["priya", "RAGHUNATHAN"], ["priya's"], []]
    assert all(f.reason == REASON_PROPAGATION for fs in out[1:] for f in fs)


def test_propagate_names_never_duplicates():
    first = propagate_names(TEXTS, [[seed(TEXTS[0], "priya raghunathan")], [], [], []])
    again = propagate_names(TEXTS, first)
    assert again == first


def _email(text, value):
    start = text.index(value)
    return Finding(start, start + len(value), "EMAIL_ADDRESS", 0.9, "email.v1", "pattern")


@pytest.mark.parametrize("value, later, found", [
    ("jay dot okonkwo at gmail dot com", "the booking is under okonkwo", ["okonkwo"]),  # a surname after a given name
    ("s.okonkwo84@gmail.com", "okonkwo yes", ["okonkwo"]),                               # ... or an initial
    ("sales.london@acme.com", "the sales team in london", []),                          # a team and a town
    ("okonkwo@gmail.com", "okonkwo yes", []),                                           # no given name beside it
])
def test_propagate_names_seeds_from_a_spoken_or_written_email(value, later, found):
    texts = [f"my email is {value}", later]
    out = propagate_names(texts, [[_email(texts[0], value)], []])
    assert [texts[1][f.start:f.end] for f in out[1]] == found


@pytest.mark.parametrize("name,text", [
    ("will smith", "i will call you"),       # common word part is not propagated
    ("li wei", "please click the link"),     # short part is not propagated
    ("dr ahmed", "the doctor said dr jones"),  # titles are not propagated
])
def test_propagate_names_skips_weak_parts(name, text):
    texts = [f"my name is {name}", text]
    out = propagate_names(texts, [[seed(texts[0], name)], []])
    assert out[1] == []


# Names that are also common words: found again where used as a name, not as a word.
COMMON_NAME_MENTIONS = [
    # address positions after greetings, thanks, ok, sorry, yes
    ("grace okafor", "ok grace let me check that", "grace"),
    ("grace okafor", "thanks grace", "grace"),
    ("grace okafor", "thank you so much grace for your patience", "grace"),
    ("grace okafor", "ok grace how are you today", "grace"),
    ("grace okafor", "sorry grace i didn't catch that", "grace"),
    ("grace okafor", "hi there grace", "grace"),
    ("grace okafor", "good morning grace", "grace"),
    # vocative at turn start or end, commas in chat
    ("grace okafor", "you're all set grace", "grace"),
    ("grace okafor", "is there anything else i can sort today grace", "grace"),
    ("grace okafor", "you too grace take care on the roads", "grace"),
    ("grace okafor", "grace can you confirm your zip code", "grace"),
    ("grace okafor", "Grace, can you confirm your zip code?", "Grace"),
    ("grace okafor", "Sure thing, Grace.", "Grace"),
    # titles, possessives, capitalized inside a sentence of cased text
    ("grace okafor", "is this ms grace", "grace"),
    ("grace okafor", "grace's card is on the way", "grace's"),
    ("grace okafor", "I told Grace yesterday", "Grace"),
    # function-word names
    ("will brown", "thanks will", "will"),
    ("will brown", "thank you will", "will"),
    ("will brown", "Will, can you hold for a moment?", "Will"),
    ("will brown", "ok will i'll check that", "will"),
    ("will brown", "you're welcome will", "will"),
    ("will brown", "Thanks Will!", "Will"),
    ("will brown", "mr will", "will"),
    # other common words
    ("mark jones", "ok mark let me pull that up", "mark"),
    ("bill kent", "thanks bill for waiting", "bill"),
    ("hope smith", "thanks hope", "hope"),
    ("amber lee", "alright amber you're all set", "amber"),
    ("grace okafor", "my names grace, nice to meet you", "grace"),       # after "name(s)", "called"
    ("hope smith", "my daughter is called hope", "hope"),
    ("joy ramos", "joy po.", "joy"),                                       # Tagalog's "po" after it
    ("hope smith", "yes, hope po", "hope"),
]

COMMON_WORD_USES = [
    ("grace okafor", "by the grace of god"),
    ("hope smith", "hope no one saw it"),                              # "no" alone breaks nothing off
    ("mark jones", "mark it as read i mean it"),
    ("grace okafor", "the grace period ends friday"),
    ("grace okafor", "there's no grace period"),
    ("will brown", "i will call you back"),
    ("will brown", "yes will do"),
    ("will brown", "Sure, will do."),
    ("will brown", "hi will you help me"),
    ("will brown", "will you hold please"),
    ("will brown", "ok will let you know"),
    ("will brown", "i think it will."),
    ("mark jones", "mark it as read"),
    ("mark jones", "ok mark it as read"),
    ("mark jones", "we can mark it as resolved"),
    ("mark jones", "Mark as Read"),
    ("bill kent", "the bill is due on friday"),
    ("bill kent", "yes bill me later"),
    ("bill kent", "i paid my bill"),
    ("bill kent", "the bill's total is wrong"),
    ("hope smith", "hope you're well"),
    ("hope smith", "i hope so"),
    ("hope smith", "ok hope that helps"),
    ("hope smith", "there is no hope"),
    ("rose lee", "the price rose again"),
    ("joy adams", "it was a joy to help"),
    ("joy adams", "joy to help po"),
]


@pytest.mark.parametrize("name,text,expected", COMMON_NAME_MENTIONS)
def test_propagate_names_common_word_name_in_address_position(name, text, expected):
    texts = [f"my name is {name}", text]
    out = propagate_names(texts, [[seed(texts[0], name, 0.85)], []])
    assert [text[f.start:f.end] for f in out[1]] == [expected]
    assert all(f.reason == REASON_PROPAGATION for f in out[1])


@pytest.mark.parametrize("name, text", [
    ("rose kim", "rose no wait it's under rose kim"),                 # broken off to be said again
    ("mark jones", "mark i mean it's mark jones"),
    ("pearl ang", "pearl wait the whole thing is pearl ang"),
])
def test_propagate_names_common_word_broken_off_at_turn_start(name, text):
    texts = [f"my name is {name}", text]
    out = propagate_names(texts, [[seed(texts[0], name, 0.85)], []])
    assert any(f.start == 0 for f in out[1])


@pytest.mark.parametrize("name,text", COMMON_WORD_USES)
def test_propagate_names_common_word_used_as_word(name, text):
    texts = [f"my name is {name}", text]
    assert propagate_names(texts, [[seed(texts[0], name, 0.85)], []])[1] == []


def test_propagate_names_common_word_needs_certain_seed():
    texts = ["Grace", "thanks grace"]
    assert propagate_names(texts, [[seed(texts[0], "Grace", 0.55)], []])[1] == []


def test_propagate_names_low_score_or_other_type_does_not_seed():
    texts = ["priya called", "priya again"]
    low = propagate_names(texts, [[seed(texts[0], "priya", 0.3)], []])
    other = [Finding(0, 5, "PHONE_NUMBER", 0.9, "x")]
    assert low[1] == [] and propagate_names(texts, [other, []])[1] == []


@pytest.mark.parametrize("text, found", [
    ("can you look up tandi shore", ["tandi", "shore"]),   # next to a part found again
    ("shore, tandi", ["tandi"]),                           # ... not across a comma
    ("we went to the shore and tandi said", ["tandi"]),    # elsewhere in the turn: a word
])
def test_propagate_names_common_word_of_a_weak_name_only_beside_a_name(text, found):
    texts = ["account holder tandi shore.", text]    # a statistical guess (0.6): "shore" only next to "tandi"
    out = propagate_names(texts, [[seed(texts[0], "tandi shore", 0.6)], []])
    assert [text[f.start:f.end] for f in out[1]] == found


def test_propagate_names_length_mismatch():
    with pytest.raises(ValueError):
        propagate_names(["a"], [])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=60), min_size=1, max_size=4))
def test_propagate_names_spans_in_bounds(texts):
    seeds = [[Finding(0, len(texts[0]), "PERSON", 0.9, "x")] if texts[0] else []] + \
        [[] for _ in texts[1:]]
    for text, fs in zip(texts, propagate_names(texts, seeds)):
        for f in fs:
            assert 0 <= f.start < f.end <= len(text)


@pytest.mark.parametrize("text, expected", [
    ("PRIYA called", ["PRIYA"]),                 # ASCII turn holding the name: read
    ("thanks for waiting", []),                  # ASCII turn without it: skipped, nothing added
    ("Priyä called", ["Priyä"]),                  # non-ASCII: folded as before ("ä" -> "a")
    ("Прия and priya’s card", ["Прия", "priya’s"]),  # non-ASCII: transliterated and read as before
    ("Raghunathan Ñ", ["Raghunathan"]),
])
def test_propagate_names_reads_every_turn_that_can_hold_a_name(text, expected):
    texts = ["my name is priya raghunathan", text]
    out = propagate_names(texts, [[seed(texts[0], "priya raghunathan")], []])
    assert [text[f.start:f.end] for f in out[1]] == expected


@pytest.mark.parametrize("text, found", [
    ("Honey Nicole B. Harris", ["Nicole B. Harris", "Honey"]),   # next to a name found in the turn
    ("the honey jar, Nicole said", ["Nicole"]),                  # a comma between: a word
    ("honey and Nicole", ["Nicole"]),
])
def test_propagate_names_common_word_next_to_a_found_name(text, found):
    texts = ["my name is Honey Nicole Harris", text]
    start = text.index("Nicole")
    end = start + len("Nicole B. Harris") if "Harris" in text else start + len("Nicole")
    seeds = [[seed(texts[0], "Honey Nicole Harris", 0.85)], [Finding(start, end, "PERSON", 0.8, "t.v1", "name_list")]]
    out = propagate_names(texts, seeds)
    assert [text[f.start:f.end] for f in out[1]] == found


@pytest.mark.parametrize("text, found", [
    ("it's under marcella ruiz, well mar to my friends", ["marcella ruiz", "mar"]),   # the nickname beside the name
    ("the bill says mar on it", []),                                             # no longer name in the turn
])
def test_propagate_names_nickname_beside_the_name_it_shortens(text, found):
    texts = ["everyone calls me mar", text]
    seeds = [[seed(texts[0], "mar", 0.8)],
             [seed(text, "marcella ruiz", 0.8)] if "marcella" in text else []]
    out = propagate_names(texts, seeds)
    assert [text[f.start:f.end] for f in out[1]] == found


@pytest.mark.parametrize("name, later, found", [
    ("hector ramirez", "i mean hector is so fine", ["hector"]),     # a word English seldom uses: a name anywhere
    ("daisy okafor", "daisy is the one to ask", ["daisy"]),
    ("grace okafor", "by the grace of god", []),                   # a frequent word stays a word
])
def test_rarely_used_words_propagate_like_names(name, later, found):
    texts = [f"it's {name}", later]
    out = propagate_names(texts, [[seed(texts[0], name)], []])
    assert [texts[1][f.start:f.end] for f in out[1]] == found


@pytest.mark.parametrize("later, found", [
    ("yeah it's low guan hi", ["low", "guan"]),        # the common word before the next part of the same name
    ("i'm low guan huat", ["low", "guan", "huat"]),
    ("the guan low road", ["guan", "low"]),            # after a part found: as before
    ("battery is low and guan called", ["guan"]),      # not before that part: a word
    ("it's low, guan", ["guan"]),                      # a comma between: a word
    ("so low tan said", []),                           # another word after it: a word
])
def test_propagate_names_common_word_before_the_next_part_of_its_name(later, found):
    texts = ["the account is under low guan huat", later]
    out = propagate_names(texts, [[seed(texts[0], "low guan huat", 0.85)], []])
    assert sorted(later[f.start:f.end] for f in out[1]) == sorted(found)


@pytest.mark.parametrize("name, later, found", [
    ("emre yazici", "emreyazici is the one on the booking", ["emreyazici"]),  # two parts run together
    ("emre yazici", "it's for yaziciemre", []),                                 # ... in the order they were said only
    ("ana rose", "anarose", []),                                                # "rose" is a common word: no seed
    ("sun light", "the sunlight was bright", []),                               # ... and "sunlight" is a word
])
def test_propagate_names_two_parts_run_together(name, later, found):
    texts = [f"my name is {name}", later]
    out = propagate_names(texts, [[seed(texts[0], name)], []])
    assert [texts[1][f.start:f.end] for f in out[1]] == found


# A name found with a cue that is an everyday word, said again where only a person stands (name_positions).
@pytest.mark.parametrize("name, text, found", [
    ("cash ellery", "Cash can't manage his bills since the stroke", ["Cash"]),    # subject of a person's verb
    ("stone ferris", "i'll check what stone agreed with you", ["stone"]),
    ("honor porter", "i'll note that honor is happy for you to speak", ["honor"]),
    ("cash ellery", "so cash is the donor and you're the attorney", ["cash"]),    # "is" and a role
    ("reed hollis", "reed was away that week", ["reed"]),
    ("chase ewing", "she's been coming for months and chase really trusts her", ["chase"]),  # an adverb between
    ("honor porter", "thanks we'll send honor the guarantee to sign", ["honor"]),  # given something
    ("ace hunt", "can you give ace a ring later", ["ace"]),
    ("honor porter", "are you honor or calling for her", ["honor"]),              # "are you ...?"
    ("harmony cole", "how long did harmony work for you", ["harmony"]),           # a question's subject
    ("harmony cole", "and was harmony ever off long term", ["harmony"]),
    ("harmony cole", "Harmony was with us for three years.", ["Harmony"]),
    ("harmony cole", "would you employ harmony again", ["harmony"]),              # a person's object
    # negatives: the word used as a word
    ("cash ellery", "cash is the only way to pay", []),
    ("cash ellery", "if cash is tight we can wait", []),
    ("cash ellery", "the cash is in the bank", []),
    ("bill kent", "bill is due on friday", []),
    ("bill kent", "bill can be paid online", []),
    ("stone ferris", "send the stone samples over", []),
    ("will brown", "will can't be changed now", []),                              # a function word: never
    ("honor porter", "are you honor bound to do it", []),
    ("harmony cole", "it was harmony only", []),
    ("harmony cole", "did the harmony of the team suffer", []),
    ("harmony cole", "we recommend harmony to all our members", []),
    ("cash ellery", "did cash come through yet", []),
    ("cash ellery", "and cash really helps", []),
])
def test_propagate_names_common_word_where_only_a_person_stands(name, text, found):
    texts = [f"my name is {name}", text]
    out = propagate_names(texts, [[seed(texts[0], name, 0.85)], []])
    assert [text[f.start:f.end] for f in out[1]] == found
