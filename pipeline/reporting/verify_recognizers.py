"""The residual-leak check's own recognizers: nothing here comes from ``recognizers/`` or ``Detector``.

A second opinion must not share the first one's blind spots, so the verifier builds a fresh Presidio
``AnalyzerEngine`` over:

* Presidio's stock predefined recognizers for every entity type the pipeline produces that Presidio
  covers (``STOCK_RECOGNIZERS``), with their results mapped onto our type names (``STOCK_TYPES``);
* plain regular-expression recognizers for the types Presidio has no recognizer for (ZIP code, street
  address, one-time codes, account numbers: ``PATTERNS``);
* spaCy NER (Presidio's stock ``SpacyRecognizer``) on the text as written;
* names a second way (``NameHeuristicRecognizer``): spaCy NER on a cased copy of lowercase text, and
  capitalised words or cue-led words that are in the US Census name lists (the ``names`` package,
  MIT licence; not the lexicon our name recognizers use).
"""
from __future__ import annotations

import functools
import re
from typing import Iterable

from presidio_analyzer import (EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult,
                               predefined_recognizers)

# Our entity type -> Presidio's stock recognizers for it.
STOCK_RECOGNIZERS = {
    "EMAIL_ADDRESS": ("EmailRecognizer",), "CREDIT_CARD": ("CreditCardRecognizer",),
    "IBAN_CODE": ("IbanRecognizer",), "IP_ADDRESS": ("IpRecognizer",), "US_SSN": ("UsSsnRecognizer",),
    "PHONE_NUMBER": ("PhoneRecognizer",), "DATE_OF_BIRTH": ("DateRecognizer",),
    "ACCOUNT_NUMBER": ("UsBankRecognizer",),
}
# Stock entity names that differ from ours.
STOCK_TYPES = {"DATE_TIME": "DATE_OF_BIRTH", "US_BANK_NUMBER": "ACCOUNT_NUMBER"}

_STREET_SUFFIX = (r"street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|pl|"
                  r"terrace|circle|parkway|highway|hwy")
# Types without a stock recognizer: (name, regex, score), case-insensitive; context words raise the score.
PATTERNS = {
    "ZIP_CODE": ([("zip5", r"\b\d{5}\b", 0.3), ("zip_plus4", r"\b\d{5}-\d{4}\b", 0.5),
                  ("zip_after_state", r"(?<=\b[A-Z]{2} )\d{5}(?:-\d{4})?\b", 0.6)],
                 ["zip", "postal", "postcode", "zip code"]),
    "STREET_ADDRESS": ([("number_street", rf"\b\d{{1,6}}(?:\s+[A-Za-z][\w'.-]*){{1,4}}\s+(?:{_STREET_SUFFIX})\b\.?",
                         0.6)], ["address", "live", "lives", "deliver", "street"]),
    "AUTH_CODE": ([("code", r"\b\d{4,8}\b", 0.2)],
                  ["code", "otp", "pin", "passcode", "verification", "one-time", "security", "digit"]),
    "ACCOUNT_NUMBER": ([("long_number", r"\b(?=[A-Z0-9-]*\d)[A-Z0-9]{2,}(?:-[A-Z0-9]+){0,3}\b", 0.05)],
                       ["account", "member", "policy", "order", "membership", "customer number"]),
}

_NAME_CUES = re.compile(
    r"\b(?:my name is|name is|name's|this is|i am|i'm|im|call me|speaking with|spoke with|spoke to|talked to|"
    r"speak to|speak with|ask for|mister|mr|mrs|ms|miss|dr|"
    r"thanks|thank you|hi|hello|dear)\.?\s+$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
NAME_SCORE = 0.6


@functools.lru_cache(maxsize=1)
def census_names() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames) of the US Census lists shipped in the ``names`` package, lowercase."""
    import names

    def read(*keys: str) -> frozenset[str]:
        out = set()
        for key in keys:
            with open(names.FILES[key], encoding="ascii") as handle:
                out.update(line.split()[0].lower() for line in handle if line.strip())
        return frozenset(out)

    return read("first:male", "first:female"), read("last")


@functools.lru_cache(maxsize=1)
def _offline_tld_extractor():
    """A private tldextract extractor on its bundled Public Suffix List snapshot (never downloads).

    Presidio's ``EmailRecognizer`` calls the module-level ``tldextract.extract``, whose default
    extractor downloads the list on first use; replacing that module global would change every other
    user's tldextract in the process, so only our instance of the recognizer uses this one.
    """
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


class OfflineEmailRecognizer(predefined_recognizers.EmailRecognizer):
    """Presidio's stock e-mail recognizer (same patterns, same check) with a private, offline extractor."""

    def validate_result(self, pattern_text: str):  # noqa: D102 - as the stock recognizer
        return _offline_tld_extractor()(pattern_text).fqdn != ""


def stock_recognizers(entities: Iterable[str]) -> list[EntityRecognizer]:
    """Presidio's predefined recognizers for ``entities`` (our type names)."""
    return [OfflineEmailRecognizer() if name == "EmailRecognizer" else getattr(predefined_recognizers, name)()
            for entity in entities for name in STOCK_RECOGNIZERS.get(entity, ())]


def pattern_recognizers(entities: Iterable[str]) -> list[EntityRecognizer]:
    """The verifier's regular-expression recognizers for types Presidio does not cover."""
    out = []
    for entity in entities:
        if entity in PATTERNS:
            patterns, context = PATTERNS[entity]
            out.append(PatternRecognizer(
                supported_entity=entity, name=f"verify_{entity.lower()}",
                patterns=[Pattern(name, regex, score) for name, regex, score in patterns], context=context))
    return out


def cased_copy(text: str) -> str:
    """``text`` with every word capitalised, same length and offsets (for NER on lowercase ASR)."""
    return _WORD.sub(lambda m: m.group()[0].upper() + m.group()[1:] if len(m.group()[0].upper()) == 1
                     else m.group(), text)


class NameHeuristicRecognizer(EntityRecognizer):
    """PERSON a second way: census-listed words that are capitalised mid-sentence or follow a name cue,
    and spaCy NER on a cased copy of lowercase text confirmed by the census lists."""

    def __init__(self, nlp=None) -> None:
        self._nlp = nlp
        super().__init__(supported_entities=["PERSON"], name="verify_names", supported_language="en")

    def load(self) -> None:  # the lists load lazily, once per process
        pass

    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        given, surnames = census_names()
        listed = (given | surnames) - _CALENDAR
        stop = _stop_words()
        not_names = _non_name_spans(nlp_artifacts) | _in_addresses(text)
        results = []
        for match in _WORD.finditer(text):
            word = match.group()
            low = word.lower()
            if low in stop or low not in listed or len(low) < 3 or match.start() in not_names:
                continue
            capitalised_mid = word[0].isupper() and not _sentence_start(text, match.start())
            cued = bool(_NAME_CUES.search(text[max(0, match.start() - 20):match.start()]))
            if capitalised_mid or cued:
                results.append(self._result(match.start(), match.end(), "census name"))
        if self._nlp is not None and text == text.lower() and any(c.isalpha() for c in text):
            for ent in self._nlp(cased_copy(text)).ents:
                words = [(m, m.group().lower()) for m in _WORD.finditer(ent.text)]
                if ent.label_ != "PERSON" or not any(w in given and w not in stop for _, w in words):
                    continue
                for match, word in words:  # only the listed words of the entity
                    if word in listed and word not in stop and ent.start_char + match.start() not in not_names:
                        start = ent.start_char + match.start()
                        results.append(self._result(start, start + len(word), "NER on cased copy"))
        return results

    def _result(self, start: int, end: int, why: str) -> RecognizerResult:
        from presidio_analyzer import AnalysisExplanation

        return RecognizerResult("PERSON", start, end, NAME_SCORE, analysis_explanation=AnalysisExplanation(
            recognizer=self.name, original_score=NAME_SCORE, textual_explanation=why),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})


_CALENDAR = frozenset("january february march april may june july august september october november december "
                      "monday tuesday wednesday thursday friday saturday sunday "
                      "mister miss missus madam sir doctor".split())  # and titles: they precede names
_NOT_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT", "PRODUCT",
                              "FAC", "GPE", "LOC", "ORG", "NORP", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})


def _non_name_spans(nlp_artifacts) -> frozenset[int]:
    """Start offsets of tokens spaCy's full pipeline labels as something other than a name."""
    tokens = getattr(nlp_artifacts, "tokens", None)
    if tokens is None:
        return frozenset()
    return frozenset(t.idx for t in tokens if t.ent_type_ in _NOT_NAME_LABELS
                     or (t.pos_ and t.pos_ not in ("PROPN", "NOUN", "X"))
                     or (t.text.isupper() and len(t.text) > 1))  # acronyms: PIN, ATM


def _in_addresses(text: str) -> frozenset[int]:
    """Start offsets of words inside e-mail addresses and URLs (another type's business)."""
    return frozenset(word.start() for token in re.finditer(r"\S+", text) if "@" in token.group() or
                     "://" in token.group() for word in _WORD.finditer(text, token.start(), token.end()))


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“(")
    return not before or before[-1] in ".!?:;\n"


@functools.lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
