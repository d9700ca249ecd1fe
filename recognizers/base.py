"""Base class and registry for pii-pipeline recognizers.

Every recognizer is a Presidio ``EntityRecognizer`` that works WITHOUT spaCy artifacts
(``nlp_artifacts`` may be None: ASR turns are analyzed without NER), compiles its patterns once
at class level, and explains each result (recognizer name + reason). Recognizers register under a
versioned name (``spoken_phone.v1``); a published name never changes behaviour, a change gets ``v2``.
"""
from __future__ import annotations

import functools
import importlib
import pkgutil
from typing import Callable, Sequence

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

_REGISTRY: dict[str, type["TranscriptRecognizer"]] = {}


def register(name: str, *, opt_in: bool = False
             ) -> Callable[[type["TranscriptRecognizer"]], type["TranscriptRecognizer"]]:
    """Class decorator: register a recognizer class under a versioned name like ``spoken_phone.v1``.

    ``opt_in`` recognizers (e.g. a statistical model) run only when a config names them: ``"*"``
    (``registered_names()``) leaves them out.
    """

    def wrap(cls: type[TranscriptRecognizer]) -> type[TranscriptRecognizer]:
        # Presidio finds predefined recognizers by class name among ALL EntityRecognizer subclasses
        # in the process: a clash would make a vanilla AnalyzerEngine instantiate ours.
        if cls.__name__ in _presidio_class_names():
            raise ValueError(f"recognizer class name clashes with a Presidio recognizer: {cls.__name__}")
        if name in _REGISTRY and _REGISTRY[name] is not cls:
            raise ValueError(f"recognizer name registered twice: {name}")
        cls.registry_name = name
        cls.opt_in = opt_in
        _REGISTRY[name] = cls
        return cls

    return wrap


@functools.lru_cache(maxsize=1)
def _presidio_class_names() -> frozenset[str]:
    from presidio_analyzer import predefined_recognizers

    return frozenset(name for name in dir(predefined_recognizers) if name.endswith("Recognizer"))


def _discover() -> None:
    import recognizers

    for module in pkgutil.iter_modules(recognizers.__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"recognizers.{module.name}")


def registered_names(include_opt_in: bool = False) -> list[str]:
    """Registered recognizer names (imports every module of the package once); opt-in ones only
    with ``include_opt_in``."""
    _discover()
    return sorted(name for name, cls in _REGISTRY.items() if include_opt_in or not cls.opt_in)


def create(name: str) -> "TranscriptRecognizer":
    """Instantiate the recognizer registered as ``name``; raises KeyError naming the unknown name."""
    _discover()
    try:
        cls = _REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown recognizer {name!r}; known: {', '.join(sorted(_REGISTRY))}") from None
    return cls()


class TranscriptRecognizer(EntityRecognizer):
    """Base of our recognizers: no NLP artifacts needed, explained results, optional answer mode."""

    registry_name: str = ""
    opt_in: bool = False
    ENTITIES: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            name=self.registry_name or type(self).__name__,
            supported_language="en",
        )

    def load(self) -> None:  # patterns are compiled at class level
        return None

    def prepare_batch(self, texts: Sequence[str]) -> None:
        """Told the texts ``analyze`` will be called on next, one by one (a batch of turns).

        A recognizer whose cost is per call (a model) can read them all at once here and answer
        ``analyze`` from that; ``analyze`` must still work for a text it was not told about.
        Default: nothing.
        """
        return None

    def result(self, start: int, end: int, entity_type: str, score: float, reason: str,
               detail: str = "") -> RecognizerResult:
        """Build an explained RecognizerResult (never includes the matched value)."""
        explanation = AnalysisExplanation(
            recognizer=self.name, original_score=score, pattern_name=detail or None,
            textual_explanation=reason,
        )
        return RecognizerResult(
            entity_type=entity_type, start=start, end=end, score=score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )

    def analyze_answer(self, text: str, expected: str) -> list[RecognizerResult]:
        """Find ``expected`` in ``text`` knowing the agent just asked for it (looser rules).

        ``expected`` is an entity type or one of the EXPECT_* names in ``recognizers.entities``.
        Default: nothing beyond ``analyze``.
        """
        return []
