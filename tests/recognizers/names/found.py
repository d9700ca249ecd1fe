"""The names the person-name recognizer finds in a text (score 0.5 or more): what the tables of
tests/recognizers/names compare."""
from recognizers.person_names import PersonNameRecognizer

_REC = PersonNameRecognizer()


def found_names(text: str) -> list[str]:
    return [text[s:e] for s, e, score, _ in _REC.find_spans(text) if score >= 0.5]
