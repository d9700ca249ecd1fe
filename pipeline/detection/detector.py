"""Detection: Presidio's AnalyzerEngine over our recognizers plus spaCy NER, batched.

Detection and redaction meet only through ``Finding``s (offsets into the original text). The spaCy
work is batched through ``nlp.pipe`` and runs only where it can help (see ``pipeline.detection.nlp``).
"""
from __future__ import annotations

import logging
from typing import Iterable, Sequence

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

from pipeline.compat import use_private
from pipeline.config.models import DetectionConfig
from pipeline.detection.engine_tags import blank_engine_tags, message_start
from pipeline.detection.markup import FIELD_BREAK, reader_view, to_original_pieces
from pipeline.detection.heap import freeze_loaded_objects
from pipeline.detection.nlp import PrecomputedNlpEngine, load_spacy
from pipeline.records import Finding
from recognizers import base as recognizer_registry
from recognizers.spacy_ner import SpacyNerRecognizer
from recognizers.spoken_aware import SpokenAwareRecognizer

logger = logging.getLogger(__name__)


class _OwnContextOnly(ContextAwareEnhancer):
    """Our recognizers weigh their own context words; skip Presidio's lemma-based pass (needs a tagger)."""

    def __init__(self) -> None:
        super().__init__(context_similarity_factor=0, min_score_with_context_similarity=0,
                         context_prefix_count=0, context_suffix_count=0)

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


def to_finding(result: RecognizerResult) -> Finding:
    """A Presidio result as a Finding (offsets, type, score, recognizer, reason; never the value)."""
    return Finding(start=result.start, end=result.end, entity_type=result.entity_type,
                   score=round(float(result.score), 4), recognizer=_recognizer_name(result),
                   reason=_reason(result))


def overlap_groups(findings: Iterable[Finding]) -> list[list[Finding]]:
    """Findings grouped by overlap, groups in text order; each group's first member starts it.

    The order inside a group never depends on the order the findings arrived in.
    """
    groups: list[list[Finding]] = []
    group_end = -1
    for f in sorted(findings, key=lambda f: (f.start, -f.end, f.recognizer, f.entity_type)):
        if groups and f.start < group_end:
            groups[-1].append(f)
            group_end = max(group_end, f.end)
        else:
            groups.append([f])
            group_end = f.end
    return groups


def strongest(group: Sequence[Finding]) -> Finding:
    """The member with the highest score; ties: the longest, then the recognizer name."""
    return max(group, key=lambda f: (f.score, f.end - f.start, f.recognizer))


def merge_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Merge overlapping findings into non-overlapping ones (fail closed: the union is covered).

    A merged finding takes score, recognizer and reason from its strongest member (``strongest``). Its
    type is the strongest member's when all members agree; when types conflict it is the type of the
    member covering the most characters ("1842 Lotus Court, Apt 5B, San Jose, CA 95112" stays an
    address though "San Jose" alone read as a name), so the operator that re-renders the whole span wins.
    """
    merged = []
    for group in overlap_groups(findings):
        if len(group) == 1:  # (most findings: overlapping none, kept as they are)
            merged.append(group[0])
            continue
        best = strongest(group)
        start, end = group[0].start, max(f.end for f in group)
        entity_type = best.entity_type
        if len({f.entity_type for f in group}) > 1:
            entity_type = max(group, key=lambda f: (f.end - f.start, f.score, f.entity_type)).entity_type
        merged.append(best if (best.start, best.end, best.entity_type) == (start, end, entity_type) else Finding(
            start, end, entity_type, best.score, best.recognizer, best.reason))
    return merged


def _recognizer_name(result: RecognizerResult) -> str:
    meta = result.recognition_metadata or {}
    return str(meta.get(RecognizerResult.RECOGNIZER_NAME_KEY) or "unknown")


def _reason(result: RecognizerResult) -> str:
    explanation = result.analysis_explanation
    return (explanation.textual_explanation if explanation and explanation.textual_explanation
            else "pattern")


class Detector:
    """Finds personal data in texts; build once per worker (loads spaCy)."""

    def __init__(self, config: DetectionConfig) -> None:
        self.config = config
        self.entities = list(config.entities)
        wanted = set(self.entities)
        # "*": every recognizer registered by default, plus any opt-in one named beside it.
        named = [name for name in config.recognizers if name != "*"]
        names = list(dict.fromkeys(recognizer_registry.registered_names() + named)
                     if "*" in config.recognizers else named)
        recognizers = [recognizer_registry.create(name) for name in names]
        self.recognizers = [r for r in recognizers if wanted & set(r.supported_entities)]
        mapping = {label: ent for label, ent in config.ner.label_mapping.items() if ent in wanted}
        nlp = load_spacy(config.spacy_model)
        self.nlp_engine = PrecomputedNlpEngine(
            nlp, config.ner.mode if mapping else "never", config.batch_size)
        # NER runs after the other recognizers, only where they left something for it (see detect_batch).
        self.ner_recognizer = SpacyNerRecognizer(mapping, config.ner.person_score) if mapping else None
        registry = RecognizerRegistry(recognizers=list(self.recognizers), supported_languages=["en"])
        self.analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=self.nlp_engine, supported_languages=["en"],
            context_aware_enhancer=_OwnContextOnly(), default_score_threshold=config.score_threshold)
        self._direct = self._direct_recognizers()
        # Per recognizer, the cues its ``analyze_answer`` may answer (None: any); those answering none are left out.
        self._answering = [(r, cues) for r in self.recognizers if (cues := _answer_cues(r)) is None or cues]
        # Recognizers that read a whole batch at once (a model): told the batch before analyze runs.
        base = recognizer_registry.TranscriptRecognizer
        self._batch_readers = [r for r in self.recognizers
                               if isinstance(r, base) and type(r).prepare_batch is not base.prepare_batch]
        # Last: everything built so far lives as long as the detector (pipeline.detection.heap).
        freeze_loaded_objects(config.freeze_gc)
        logger.info("detector ready: %d recognizers, %d entity types, spaCy model %s, NER mode %s",
                    len(self.recognizers), len(self.entities), config.spacy_model, self.nlp_engine.ner_mode)

    def detect(self, text: str, expected: frozenset[str] = frozenset()) -> list[Finding]:
        """Findings in one text; ``expected`` are types the agent just asked for (cross-turn cue)."""
        return self.detect_batch([text], [expected])[0]

    def detect_batch(self, texts: Sequence[str],
                     expected: Sequence[frozenset[str]] | None = None) -> list[list[Finding]]:
        """Findings for many texts (spaCy batched); ``expected[i]`` is the cue for ``texts[i]``.

        Our recognizers run first (Presidio AnalyzerEngine, no spaCy artifacts needed); spaCy NER then
        reads, in one ``nlp.pipe`` batch, only the sentences with capitalised words they left unexplained.
        """
        # An HTML or JSON export is read as its reader sees it ("052&nbsp;754" is "052 754", "Sveav\u00e4gen" is
        # "Sveavägen"); spans map back at the end.
        views = [reader_view(text) if "<" in text or "&" in text or "\":" in text else None for text in texts]
        originals = [view[0] if view else text for view, text in zip(views, texts)]
        texts = [blank_engine_tags(text) for text in originals]  # "[inaudible]", "<unk>", export stamps: offsets kept
        no_artifacts = self.nlp_engine.empty_artifacts()
        for recognizer in self._batch_readers:
            recognizer.prepare_batch(texts)
        per_text: list[list[RecognizerResult]] = []
        for i, text in enumerate(texts):
            if not text:
                per_text.append([])
                continue
            # return_decision_process keeps each result's explanation (our recognizers put the reason
            # there: cue phrase, name list, context, ...); without it Presidio strips it.
            results = self.analyze(text, no_artifacts)
            if expected and expected[i]:
                # An answer is read without its header ("[14:47, 27/12/2026] Ada Obi: 090905"); offsets kept.
                start = message_start(originals[i])
                body = " " * start + text[start:] if start else text
                results.extend(self._answer_results(body, expected[i]))
            per_text.append(results)
        if self.ner_recognizer is not None:
            covered = [[(r.start, r.end) for r in results] for results in per_text]
            artifacts = self.nlp_engine.process_batch(texts, "en", covered=covered)
            for text, art, results in zip(texts, artifacts, per_text):
                if art.entities:
                    results.extend(r for r in self.ner_recognizer.analyze(text, self.entities, art)
                                   if r.score >= self.config.score_threshold)
        for k, (view, results) in enumerate(zip(views, per_text)):
            if view:
                pieces = []  # a span over markup becomes one finding per stretch of text ("50/52</p><p>62-651")
                for r in results:
                    cut = view[0].find(FIELD_BREAK, r.start, r.end)
                    if cut > r.start:
                        r.end = cut  # no value reads on into the export's next field
                    if r.end > r.start:
                        first, *rest = to_original_pieces((r.start, r.end), view[1], view[2])
                        r.start, r.end = first
                        pieces += [RecognizerResult(r.entity_type, s, e, r.score, r.analysis_explanation,
                                                    r.recognition_metadata) for s, e in rest]
                per_text[k] = results + pieces
        return [merge_overlaps(to_finding(r) for r in results if r.end > r.start) for results in per_text]

    def analyze(self, text: str, nlp_artifacts=None) -> list[RecognizerResult]:
        """``self.analyzer.analyze`` over our recognizers with this detector's entities and threshold,
        keeping each result's explanation (our recognizers put the reason there)."""
        if self._direct is None:
            return self._engine_analyze(text, nlp_artifacts)
        return self._analyze_direct(text, nlp_artifacts or self.nlp_engine.empty_artifacts())

    def _engine_analyze(self, text: str, nlp_artifacts) -> list[RecognizerResult]:
        return self.analyzer.analyze(text, "en", entities=self.entities, nlp_artifacts=nlp_artifacts,
                                     score_threshold=self.config.score_threshold, return_decision_process=True)

    def _direct_recognizers(self) -> list[EntityRecognizer] | None:
        """The recognizers ``analyze`` runs, in the engine's order, when its steps can be replayed here.

        Per call the engine re-selects recognizers, regroups results by recognizer and runs two context
        passes that are no-ops for us; that bookkeeping cost as much as several recognizers. Replaying
        only the steps that act is exact while every recognizer keeps the default (no-op) context
        enhancement, our enhancer is installed and decision tracing is off; otherwise None (engine).
        """
        engine = self.analyzer
        if not use_private("presidio"):  # replay only on the Presidio versions CI tests (pipeline.compat)
            return None
        if not isinstance(engine.context_aware_enhancer, _OwnContextOnly) or engine.log_decision_process:
            return None
        # Selection goes through a set, whose order follows object addresses and so changes from process to
        # process; of two results equal but for their recognizer the first one run is kept, so run them in
        # name order: the same findings (recognizer and reason included) in every worker and every run.
        try:
            chosen = sorted(engine.registry.get_recognizers(language="en", entities=self.entities, all_fields=False),
                            key=lambda r: (r.name, type(r).__module__, type(r).__qualname__))
        except ValueError:  # nothing serves these entities: the engine raises it per call, as before
            return None
        if any(type(r).enhance_using_context is not EntityRecognizer.enhance_using_context for r in chosen):
            return None
        return chosen

    def _analyze_direct(self, text: str, nlp_artifacts) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for recognizer in self._direct:
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
            current = recognizer.analyze(text=text, entities=self.entities, nlp_artifacts=nlp_artifacts)
            for result in current or ():
                meta = result.recognition_metadata
                if meta is None or meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY) != recognizer.id:
                    # The engine would file it under another recognizer (or add the id): let it.
                    return self._engine_analyze(text, nlp_artifacts)
            if current:
                results.extend(current)
        threshold = self.config.score_threshold
        return EntityRecognizer.remove_duplicates([r for r in results if r.score >= threshold])

    def _answer_results(self, text: str, expected: frozenset[str]) -> list[RecognizerResult]:
        wanted = set(self.entities)
        found = []
        for recognizer, cues in self._answering:
            for cue in expected:
                if cues is not None and cue not in cues:
                    continue  # (it would answer nothing)
                for res in recognizer.analyze_answer(text, cue):
                    if res.entity_type in wanted and res.score >= self.config.score_threshold:
                        found.append(res)
        return found


def _answer_cues(recognizer: EntityRecognizer) -> frozenset[str] | None:
    """The cues ``recognizer.analyze_answer`` can find anything for: empty for the default (nothing), a
    ``SpokenAwareRecognizer``'s ``ANSWER_CUES`` unless it overrides the method, else None (any cue)."""
    method = getattr(type(recognizer), "analyze_answer", None)
    if method is recognizer_registry.TranscriptRecognizer.analyze_answer:
        return frozenset()
    if method is SpokenAwareRecognizer.analyze_answer:
        return frozenset(recognizer.ANSWER_CUES)
    return None
