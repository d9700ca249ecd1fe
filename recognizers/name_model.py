"""PERSON from a small statistical model: names that no list holds, in any casing.

The model (``data/name_model``, a spaCy ``tok2vec`` + ``ner`` pipeline of 3 MB trained by
``training/train_name_model.py`` on CC BY 4.0 social-media NER corpora plus generated customer-service
and voice-assistant sentences) reads the turn LOWERCASED, so ``Priya`` and ``priya`` get the same
answer: casing cannot decide recall. Its features are hashed word forms, prefixes, suffixes and word
shapes, so it generalizes from context ("thanks ___", "the order is under ___") and from how names are
spelled, not from a list.

It is opt-in (``names.model.v1`` must be named in ``detection.recognizers``; ``"*"`` leaves it out) and
meant to be unioned with ``person_names``: the lexicon recognizer stays precise on cue phrases and
listed names, the model adds names it has never seen. It loads once per process and reads only
windows of a few words around candidate words (the registered recognizer: words in no name list
and no dictionary; ``find_spans_batch(unknown_only=False)``: listed names too). Turns without a
candidate cost one cached tokenization; long turns cost only their windows. A model span is kept
only when it holds an anchor word and does not follow an article or possessive determiner ("which
song", "an amtrak ticket"; see ``find_spans_batch``).
"""
from __future__ import annotations

import functools
import logging
import threading
from pathlib import Path
from typing import Iterable, Sequence

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.names.lexicon import SERVICE_WORDS, proper_nouns
from recognizers.names.filters import after_determiner
from recognizers.names.name_words import AFTER_NAME_WORDS, CONVERSATIONAL_SOUNDS, leading_particle
from recognizers.names.tokens import tokenize
from recognizers.base import TranscriptRecognizer, register
from recognizers.entities import PERSON, REASON_MODEL
from recognizers.ascii_twin import ascii_fast

logger = logging.getLogger(__name__)

_ZONE_LOCK = threading.Lock()
MODEL_DIR = Path(__file__).resolve().parent / "data" / "name_model"
LABEL = "PERSON"
SCORE = 0.6  # above the pipeline's default threshold (0.5); the model has no calibrated probability
WINDOW = 4  # words of context each side of a candidate word that the model reads
# Conversational sounds and contact-centre abbreviations no dictionary lists; never the anchor of a name.
INTERJECTIONS = CONVERSATIONAL_SOUNDS | SERVICE_WORDS


# An e-mail or web address ("jo.li@mailbox.com", "shop.example.co.uk"): the e-mail and URL recognizers own
# it; its words start no window.
_ADDRESS = ascii_fast(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|\b[\w\-]+(?:\.[\w\-]+)*\.(?:com|net|org|co|uk|io|ie)\b")


# Every match of ``_ADDRESS`` holds an "@" or one of these (case-sensitive, as the pattern): a cheap gate.
_ADDRESS_MARKS = ("@", ".co", ".net", ".org", ".uk", ".io", ".ie")


def _may_hold_address(text: str) -> bool:
    return any(mark in text for mark in _ADDRESS_MARKS)


def model_text(text: str) -> str:
    """``text`` lowercased character by character, keeping offsets (``İ`` stays as it is)."""
    if text.isascii():
        return text.lower()  # (ASCII: the same, in one call)
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


def candidate_windows(text: str, window: int | None = WINDOW, unknown_only: bool = False,
                      covered: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Character ranges of ``text`` the model should read: ``window`` words each side of every word
    that could be (part of) a name (listed in a name list or in no English dictionary), merged.
    ``unknown_only`` keeps only words no list or dictionary holds (the names rules cannot see);
    words inside ``covered`` spans (already found by another recognizer), words that never anchor a
    name (``INTERJECTIONS``: "pin", "mhm", "acct") and the words of e-mail and web addresses start no
    window.

    ``window=None`` reads the whole text whenever it holds such a word. Words that are only
    English words (``the``, ``battle``) never start a window, which keeps long turns cheap.
    """
    tokens, _ = tokenize(text)
    addresses = [m.span() for m in _ADDRESS.finditer(text)] if _may_hold_address(text) else ()
    hot = [i for i, token in enumerate(tokens)
           if ((token.unknown and not token.function) or token.syllable or (token.hot and not unknown_only))
           and token.key not in INTERJECTIONS
           and not (covered and any(a <= token.start and token.end <= b for a, b in covered))
           and not (addresses and any(a <= token.start and token.end <= b for a, b in addresses))]
    if not hot:
        return []
    if window is None:
        return [(0, len(text))]
    ranges: list[list[int]] = []
    for i in hot:
        first, last = max(0, i - window), min(len(tokens) - 1, i + window)
        if ranges and first <= ranges[-1][1] + 1:
            ranges[-1][1] = last
        else:
            ranges.append([first, last])
    return [(tokens[a].start, tokens[b].end) for a, b in ranges]


@functools.lru_cache(maxsize=1)
def load_model():
    """The packaged spaCy pipeline, loaded once per process."""
    import spacy

    nlp = spacy.load(MODEL_DIR)
    logger.info("name model loaded from package data (%s)", nlp.meta.get("version", "?"))
    return nlp


@register("names.model.v1", opt_in=True)
class NameModelRecognizer(TranscriptRecognizer):
    """PERSON spans from the packaged statistical name model (lowercase input, fixed score)."""

    ENTITIES = (PERSON,)
    # Read only around words no name list or dictionary holds: the names the lexicon recognizer
    # cannot see, at ~1/4 of the cost of reading around every listed name too (see training/README.md).
    UNKNOWN_ONLY = True

    def __init__(self) -> None:
        super().__init__()
        self._prepared = threading.local()  # text -> spans of the batch announced by prepare_batch

    def load(self) -> None:
        load_model()

    def prepare_batch(self, texts: Sequence[str]) -> None:
        """Read every candidate window of the batch in one ``nlp.pipe`` pass (``analyze`` then looks up)."""
        unique = list(dict.fromkeys(t for t in texts if t))
        spans = find_spans_batch(unique, unknown_only=self.UNKNOWN_ONLY) if unique else []
        self._prepared.spans = dict(zip(unique, spans))

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if PERSON not in entities or not text:
            return []
        prepared = getattr(self._prepared, "spans", None) or {}
        spans = prepared.get(text)
        if spans is None:
            spans = find_spans(text, unknown_only=self.UNKNOWN_ONLY)
        return [self.result(start, end, PERSON, SCORE, REASON_MODEL) for start, end in spans]


def find_spans(text: str, **options) -> list[tuple[int, int]]:
    """Character spans of the names the model finds in one text (options of ``find_spans_batch``)."""
    return find_spans_batch([text], **options)[0]


def find_spans_batch(texts: Sequence[str], window: int | None = WINDOW, unknown_only: bool = False,
                     refine: str = "trim", batch_size: int = 256,
                     covered: Sequence[Sequence[tuple[int, int]]] | None = None) -> list[list[tuple[int, int]]]:
    """Spans for many texts in one ``nlp.pipe`` pass over their candidate windows only.

    ``refine``: ``"none"`` keeps the model's spans; ``"anchor"`` drops spans without a word that anchors a
    name (in no list or dictionary, or a listed name that is not an everyday word: not "it was fixed",
    "the boss", "which song"); ``"trim"`` also drops function
    words from span edges ("an uber" -> "uber"). Dictionary words at the edges stay: held-out surnames
    such as "england" or "foreman" are dictionary words (trimming them cost 5 points of recall).
    ``covered[i]``: spans other recognizers found in ``texts[i]``; candidate words inside them are
    not read again (the cheap way to union with the lexicon recognizer).
    """
    out: list[list[tuple[int, int]]] = [[] for _ in texts]
    jobs = [(i, start, end) for i, text in enumerate(texts) if text
            for start, end in candidate_windows(text, window, unknown_only, covered[i] if covered else ())]
    if not jobs:
        return out
    nlp = load_model()
    # Words first seen here would stay in the model's vocabulary for the life of the process (a worker's
    # memory would grow with its input); a memory zone frees them after the batch. One zone at a time.
    # A window read twice in the batch (a phrase repeated across turns) is read once: the model's spans
    # of a window depend on its text alone.
    windows = [model_text(texts[i][start:end]) for i, start, end in jobs]
    unique = list(dict.fromkeys(windows))
    with _ZONE_LOCK, nlp.memory_zone():
        docs = nlp.pipe(unique, batch_size=batch_size)
        found = {window: list(_spans(doc.ents)) for window, doc in zip(unique, docs)}
    for (i, start, _), window in zip(jobs, windows):
        out[i].extend((start + a, start + b) for a, b in found[window])
    if refine != "none":
        out = [_refine(text, spans, trim=refine == "trim") if spans else spans for text, spans in zip(texts, out)]
    return out


def _may_end_name(tok, proper: frozenset[str], text: str = "") -> bool:
    """Whether a word may stand at the edge of a name: not a function word, and not an everyday English
    word unless it is listed as a name or usually capitalized ("england", "foreman": surnames; "song",
    "service", "button": not)."""
    if tok.function or tok.key in INTERJECTIONS or leading_particle(text, tok):
        return False  # ... nor a lowercase joiner ("fecha de nacimiento": "de" is no name; "lê" is one)
    return not (tok.english or tok.common) or tok.name or tok.key in proper


def _refine(text: str, spans: list[tuple[int, int]], trim: bool) -> list[tuple[int, int]]:
    tokens, _ = tokenize(text)
    proper = proper_nouns()
    kept = []
    for start, end in spans:
        at = [k for k, t in enumerate(tokens) if t.start < end and start < t.end]
        inside = [tokens[k] for k in at]
        # Anchor: a word no list or dictionary holds, or a listed name that is not an everyday word
        # ("song", "frank", "put" are listed somewhere; alone they do not make a name).
        if not any((t.unknown or t.syllable or (t.name and not t.common)) and t.key not in INTERJECTIONS
                   for t in inside):
            continue
        if trim:
            edge = [_may_end_name(t, proper, text) for t in inside]
            if not any(edge):
                continue
            first = edge.index(True)
            last = len(edge) - 1 - edge[::-1].index(True)
            while last > first and inside[last].common and inside[last].key in AFTER_NAME_WORDS \
                    and _word_follows(text, inside[last].end):
                last -= 1  # "zulfuqar said the ...": the verb after a name; "mrs ait said," keeps its surname
            start, end = max(start, inside[first].start), min(end, inside[last].end)
            at, inside = at[first:last + 1], inside[first:last + 1]
        # "which song", "an amtrak ticket": right after an article or possessive determiner, a thing,
        # unless a listed name that is no everyday word is among the words ("the kim family").
        if after_determiner(text, tokens, at[0]) and not any(t.name and not t.common for t in inside):
            continue
        kept.append((start, end))
    return kept


def _word_follows(text: str, end: int) -> bool:
    """A word (not punctuation or the text's end) follows ``end`` after spaces: a verb's object or clause."""
    rest = text[end:end + 3].lstrip(" ")
    return bool(rest) and rest[0].isalnum()


def _spans(ents: Iterable) -> Iterable[tuple[int, int]]:
    for ent in ents:
        if ent.label_ == LABEL and any(map(str.isalpha, ent.text)):
            yield ent.start_char, ent.end_char
