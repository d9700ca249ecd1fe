import pytest

from pipeline.detection.detector import merge_overlaps
from pipeline.detection.nlp import ner_can_help
from pipeline.records import Finding


def F(start, end, entity="PERSON", score=0.8, recognizer="r"):
    return Finding(start, end, entity, score, recognizer)


@pytest.mark.parametrize("findings, expected", [
    ([], []),
    ([F(0, 5), F(6, 9)], [(0, 5, "PERSON")]  + [(6, 9, "PERSON")]),
    ([F(0, 5), F(3, 9, "PHONE_NUMBER", 0.9)], [(0, 9, "PHONE_NUMBER")]),
    ([F(3, 9, "PHONE_NUMBER", 0.9), F(0, 5)], [(0, 9, "PHONE_NUMBER")]),
    ([F(0, 10, score=0.5), F(2, 4, "US_SSN", 0.5)], [(0, 10, "PERSON")]),
    ([F(0, 4), F(4, 8)], [(0, 4, "PERSON"), (4, 8, "PERSON")]),
    ([F(0, 4), F(2, 6), F(5, 9, "DATE", 0.95)], [(0, 9, "DATE")]),
])
def test_merge_overlaps_union_strongest_type(findings, expected):
    merged = merge_overlaps(findings)
    assert [(f.start, f.end, f.entity_type) for f in merged] == expected
    for a, b in zip(merged, merged[1:]):
        assert a.end <= b.start


@pytest.mark.parametrize("text, expected", [
    ("yeah hi my name is priya raghunathan", False),
    ("Sure, I can do that.", False),
    ("Thanks. Can you help me with my order?", False),
    ("I'm calling about my bill", False),
    ("Hi, this is Priya Raghunathan", True),
    ("Thank you, Maria", True),
    ("Priya here.", True),
    ("Please send it to Zorvatek Corp.", True),
    ("Please send it to Acme Corp.", True),             # dictionary words, but not frequent ones
    ("Rani spoke to me about it", True),                 # the dictionary lists it, as a proper noun
    ("Okay. Could you read the IBAN again?", False),      # openers, an acronym
    ("your order ORD-52408570 is on the Unlimited plan", False),  # an id, an everyday word
    ("Is Wojciech there?", True),
    ("we spoke to Nkechi about it", True),
    ("the call is with JOHN at noon", True),              # shouted, but a listed name
])
def test_ner_can_help_skips_turns_without_informative_capitals(text, expected):
    assert ner_can_help(text) is expected


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_detect_empty_text_has_no_findings(redactor, text):
    assert redactor.detect(text) == []


@pytest.mark.parametrize("text, entity", [
    ("yeah hi my name is priya raghunathan", "PERSON"),
    ("Hi, this is Priya Raghunathan.", "PERSON"),
    ("sure the number is four one five five five five zero one three two", "PHONE_NUMBER"),
    ("call me at 415-555-0132", "PHONE_NUMBER"),
])
def test_detect_finds_entity_with_offsets_into_text(redactor, text, entity):
    findings = redactor.detect(text)
    assert entity in {f.entity_type for f in findings}
    for f in findings:
        assert 0 <= f.start < f.end <= len(text) and f.recognizer


@pytest.mark.parametrize("text", [
    "the total is forty nine ninety nine",
    "press two for billing",
    "it takes about twenty minutes",
    "I have an iPhone 15 Pro and it costs $999.",
])
def test_detect_ignores_ordinary_numbers(redactor, text):
    assert redactor.detect(text) == []


@pytest.mark.parametrize("turns, reason", [
    ([{"speaker": "customer", "text": "yeah hi my name is priya raghunathan"}], "cue_phrase"),
    ([{"speaker": "agent", "text": "can i get the last four of your social"},
      {"speaker": "customer", "text": "yeah six seven eight nine"}], "cross_turn"),
    ([{"speaker": "customer", "text": "my name is anneliese vandermolen"},
      {"speaker": "agent", "text": "ok vandermolen let me check that"}], "propagation"),
])
def test_redact_conversation_findings_explain_why(redactor, turns, reason):
    results = redactor.redact_conversation(turns)
    assert reason in {f.reason for f in results[-1].findings}


@pytest.mark.parametrize("turns, value", [
    ([{"speaker": "customer", "text": "Also, please remove my mobile 07700 900461 from marketing calls."},
      {"speaker": "agent", "text": "Done, 07700 900461 is now opted out of all marketing."}], "900461"),
    ([{"speaker": "customer", "text": "my zip is 94107"},
      {"speaker": "agent", "text": "thanks, 94107, and the street?"}], "94107"),
    ([{"speaker": "agent", "text": "what's the best number to reach you"},
      {"speaker": "customer", "text": "four one five five five five zero one three two"},
      {"speaker": "agent", "text": "great so that is 415 555 0132"}], "0132"),
])
def test_redact_conversation_value_repeated_without_context_is_redacted(redactor, turns, value):
    results = redactor.redact_conversation(turns)
    assert all(value not in r.text for r in results)
    assert results[-1].findings


@pytest.mark.parametrize("answer, value", [
    ("[14:47, 27/12/2026] Ada Obi: 733104", "733104"),            # a chat export's header before the answer
    ("[00:01:06] Speaker 2: it's 733104", "733104"),
])
def test_detect_reads_an_answer_after_its_export_header(redactor, answer, value):
    findings = redactor.detector.detect(answer, frozenset({"AUTH_CODE"}))
    assert ("AUTH_CODE", value) in [(f.entity_type, answer[f.start:f.end]) for f in findings]
