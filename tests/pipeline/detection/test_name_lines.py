"""A typed line of only a name ("Vartak, Asaad", "Jagdeep (Sangwan)"): a finding on one word grows to the line."""
from __future__ import annotations

import pytest

from pipeline.detection.name_lines import name_lines
from pipeline.records import Finding


def _person(text: str, piece: str) -> Finding:
    start = text.index(piece)
    return Finding(start, start + len(piece), "PERSON", 0.8, "test.v1", "name_list")


@pytest.mark.parametrize("text, found, whole", [
    ("Oyelowo, Tsvetelina", "Tsvetelina", "Oyelowo, Tsvetelina"),
    ("Oyelowo, Tsvetelina", "Oyelowo", "Oyelowo, Tsvetelina"),
    ("Hi team\nMirzaeva, Zhanerke Aliyevna\nthanks", "Zhanerke", "Mirzaeva, Zhanerke Aliyevna"),
    ("Zhanerke (Mirzaeva)", "Zhanerke", "Zhanerke (Mirzaeva)"),
    ("Zhanerke Aliyevna (Mirzaeva).", "Zhanerke", "Zhanerke Aliyevna (Mirzaeva)"),
    # negative rows: the finding stays as it was
    ("Thanks, Zhanerke", "Zhanerke", "Zhanerke"),                 # "Thanks" is an everyday word
    ("Zhanerke, Ontario", "Zhanerke", "Zhanerke"),                # a place no name list holds
    ("Zhanerke (Customer Service)", "Zhanerke", "Zhanerke"),
    ("I called Zhanerke, Oyelowo said", "Zhanerke", "Zhanerke"),  # a sentence, not a line of a name
    ("zhanerke, oyelowo", "zhanerke", "zhanerke"),                # lowercase: not a typed name line
])
def test_name_lines(text, found, whole):
    people = name_lines(text, [_person(text, found)], [])
    assert [text[f.start:f.end] for f in people] == [whole]


def test_two_findings_on_one_line_become_one():
    text = "Oyelowo, Tsvetelina"
    people = name_lines(text, [_person(text, "Oyelowo"), _person(text, "Tsvetelina")], [])
    assert [text[f.start:f.end] for f in people] == ["Oyelowo, Tsvetelina"]


def test_never_grows_over_another_type():
    text = "Oyelowo, Tsvetelina"
    other = Finding(0, 7, "LOCATION", 0.9, "test.v1", "pattern")
    people = name_lines(text, [_person(text, "Tsvetelina")], [other])
    assert [text[f.start:f.end] for f in people] == ["Tsvetelina"]
