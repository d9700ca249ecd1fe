"""PERSON (and other mapped labels) from spaCy NER entities precomputed in the NLP artifacts.

Not registered by name: the detector builds it with the label mapping from config, and only turns
that went through NER carry entities (ASR turns are analyzed without NER).
"""
from __future__ import annotations

from typing import Mapping

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import TranscriptRecognizer
from recognizers.entities import REASON_NER
from recognizers.names.tokens import dictionary_word
from recognizers.start_set import compile_fast

# Titles spaCy includes in PERSON spans; redacting them is harmless but they are not the name.
_LEADING_TITLES = ("mr. ", "mrs. ", "ms. ", "dr. ", "mr ", "mrs ", "ms ", "dr ", "call ", "dear ")
_WORD = compile_fast(r"[^\W\d_]+")
_DIGIT = compile_fast(r"\d")
# Words of a business or an institution's name: a PERSON span holding one is not a person.
ORGANISATION_WORDS = frozenset("""hospice veterinary vets clinic surgery practice pharmacy hospital hotel
    school college university bank insurance ltd limited plc inc llc group services council trust foundation
    charity centre center weddings dental motors garage academy society association team memberships""".split())


class SpacyNerRecognizer(TranscriptRecognizer):
    """Turns spaCy entity spans into findings for the mapped entity types."""

    def __init__(self, label_mapping: Mapping[str, str], score: float) -> None:
        self.ENTITIES = tuple(sorted(set(label_mapping.values())))
        self.registry_name = "spacy_ner"
        super().__init__()
        self._mapping = dict(label_mapping)
        self._score = score

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if nlp_artifacts is None or not nlp_artifacts.entities:
            return []
        wanted = set(entities)
        results = []
        for span in nlp_artifacts.entities:
            entity_type = self._mapping.get(span.label_)
            if entity_type is None or entity_type not in wanted:
                continue
            start, end = span.start_char, span.end_char
            lowered = text[start:end].lower()
            for title in _LEADING_TITLES:
                if lowered.startswith(title) and end - start > len(title):
                    start += len(title)
                    break
            if entity_type == "PERSON" and (digit := _DIGIT.search(text, start, end)):
                code = max(start, text.rfind(" ", start, digit.start()) + 1)  # "CX-554194", "#T25552": a code, whole
                end = start + len(text[start:code].rstrip(" -–,:/(#+"))  # "Siosaia Latu - 778 1097": no digit
                lowered = text[start:end].lower()                          # is part of a name
                if lowered.islower() and all(dictionary_word(w) for w in _WORD.findall(lowered)):
                    continue  # "parcel CX-554194": a noun before a code
            words = _WORD.findall(lowered) + _WORD.findall(text[end:end + 16].lower())[:1]  # and the next one
            if entity_type == "PERSON" and (ORGANISATION_WORDS.intersection(words)
                                            or not any(map(str.isalpha, lowered))):
                continue  # "Harbour Lights hospice" (a business), "00:02:43" (a timestamp): not a person
            if entity_type == "PERSON" and text.isupper() and all(dictionary_word(w) for w in _WORD.findall(text, start, end)):
                continue  # "... REF CX-148089, STILL LOCKED": capitals tell spaCy nothing; only dictionary words
            results.append(self.result(start, end, entity_type, self._score, REASON_NER, span.label_))
        return results
