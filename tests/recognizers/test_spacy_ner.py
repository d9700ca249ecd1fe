"""Tests for recognizers.spacy_ner (spaCy entities -> findings; businesses are no PERSON)."""
from __future__ import annotations

import pytest
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipeline.detection.nlp import EntitySpan
from recognizers.spacy_ner import SpacyNerRecognizer

REC = SpacyNerRecognizer({"PERSON": "PERSON"}, 0.7)


def _found(text: str, piece: str) -> list[str]:
    start = text.index(piece)
    artifacts = NlpArtifacts(entities=[EntitySpan(start, start + len(piece), "PERSON")], tokens=None,
                             tokens_indices=[], lemmas=[], nlp_engine=None, language="en")
    return [text[r.start:r.end] for r in REC.analyze(text, ["PERSON"], artifacts)]


@pytest.mark.parametrize("text, piece, expected", [
    ("I spoke to Mary Church yesterday.", "Mary Church", "Mary Church"),    # "church" as a surname: not after
    ("Please call Dr. Ana Silva back", "Dr. Ana Silva", "Ana Silva"),       # the title is not the name
    ("my cousin Vai Tonga - 844 1290", "Vai Tonga - 844", "Vai Tonga"),     # no digit is part of a name
    ("Ana Silva, 07700 900123", "Ana Silva, 07700", "Ana Silva"),
    ("ask Tomas Reyes QX-55 please", "Tomas Reyes QX-55", "Tomas Reyes"),  # a code's letters go with its digits
    ("I SPOKE TO THANDO MOKOENA", "THANDO MOKOENA", "THANDO MOKOENA"),       # capitals: a name word still counts
    ("the door is LOCKED now", "LOCKED", "LOCKED"),                          # not all capitals: as spaCy says
])
def test_spacy_ner_keeps_people(text, piece, expected):
    assert _found(text, piece) == [expected]


@pytest.mark.parametrize("text, piece", [
    ("calling on behalf of Harbour Lights hospice.", "Harbour Lights"),    # the word after names a business
    ("Willowbrook Veterinary, Aydin on reception.", "Willowbrook Veterinary"),
    ("they sent it from Kelly Motors today", "Kelly Motors"),
    ("[00:02:43] Speaker 1: logged", "00:02:43"),                  # no letters: a timestamp
    ("PAID TWICE, STILL LOCKED", "LOCKED"),                        # all capitals, only dictionary words
    ("THE BOX IS STILL MISSING", "STILL MISSING"),
    ("parcel CX-554194 stuck", "parcel CX-554194"),                # a noun before a code
    ("box #T25552 stuck", "T25552"),                               # a code alone
])
def test_spacy_ner_drops_businesses_and_spans_without_letters(text, piece):
    assert _found(text, piece) == []
