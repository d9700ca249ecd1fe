"""Build ``proper_nouns.txt``: words English text usually writes capitalized (run once; output is committed).

Usage (dev time only; the package is not a dependency)::

    .venv/bin/pip install spacy-lookups-data==1.0.5
    .venv/bin/python -m recognizers.data.build_proper_nouns

Source: the ``en_lexeme_prob`` table of spacy-lookups-data 1.0.5 (MIT licence, Explosion): smoothed
log-probabilities of word forms in a large English web corpus, ``"gandhi"`` and ``"Gandhi"`` listed
apart. A word is listed when its capitalized form is clearly more frequent than its lowercase form
(by ``MARGIN`` in natural-log units) and frequent enough to be a real word (``MIN_LOG_PROB``). This reads
casing from text, so lowercase ASR and chat can use what cased text knows: "anil", "ambani", "leary",
"nakamura" are usually capitalized; "peacock", "birthday", "orchestra" are not. Places and brands are
listed too ("london", "facebook"): the list says "a proper noun", never "a person".
"""
from __future__ import annotations

import gzip
import json
import re
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent / "proper_nouns.txt"
MARGIN = 0.5
MIN_LOG_PROB = -18.0
MIN_LENGTH = 3
_LOWER = re.compile(r"[a-z]+(?:['-][a-z]+)*")
_CAPITALIZED = re.compile(r"[A-Z][a-z]+(?:['-][A-Za-z]+)*")


def build() -> list[str]:
    """The sorted list of usually-capitalized words (lowercase)."""
    table = resources.files("spacy_lookups_data").joinpath("data/en_lexeme_prob.json.gz")
    with table.open("rb") as raw:
        probs: dict[str, float] = json.load(gzip.open(raw))
    lower: dict[str, float] = {}
    capitalized: dict[str, float] = {}
    for word, prob in probs.items():
        if _LOWER.fullmatch(word):
            lower[word] = prob
        elif _CAPITALIZED.fullmatch(word):
            key = word.lower()
            capitalized[key] = max(capitalized.get(key, float("-inf")), prob)
    return sorted(w for w, p in capitalized.items()
                  if len(w) >= MIN_LENGTH and p > MIN_LOG_PROB and p > lower.get(w, float("-inf")) + MARGIN)


def main() -> None:
    words = build()
    OUT.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"proper nouns: {len(words)}")


if __name__ == "__main__":
    main()
