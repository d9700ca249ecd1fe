"""NER leaves nothing behind: a worker's vocabulary does not grow with the words it reads."""
import random
import string

import pytest


def _novel_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(9)).capitalize()

    return [f"Hello, I spoke with {word()} {word()} yesterday about the {word()} account." for _ in range(n)]


@pytest.mark.parametrize("texts", [_novel_texts(300, 1), _novel_texts(60, 2) * 5], ids=["new words", "repeated"])
def test_detect_batch_keeps_spacy_vocabulary_size(redactor, texts):
    nlp = redactor.detector.nlp_engine.nlp
    redactor.detector.detect_batch(_novel_texts(20, 3))  # warm-up: the pipeline's own first-use strings
    before = len(nlp.vocab.strings)
    findings = redactor.detector.detect_batch(texts)
    assert len(nlp.vocab.strings) == before
    assert all(any(f.entity_type == "PERSON" for f in fs) for fs in findings)  # NER still ran and found names
