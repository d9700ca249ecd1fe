"""Build ``frequent_words.txt``: the English word forms frequent in running text (run once; output is committed).

Usage (dev time only; the package is not a dependency)::

    .venv/bin/pip install spacy-lookups-data==1.0.5
    .venv/bin/python -m recognizers.data.build_frequent_words

Source: the ``en_lexeme_prob`` table of spacy-lookups-data 1.0.5 (MIT licence, Explosion), as for
``proper_nouns.txt``: smoothed log-probabilities of word forms in a large English web corpus. A lowercase
form is listed when its log-probability is above ``MIN_LOG_PROB`` (about 15,000 lowercase forms).
A dictionary word outside this list is rare ("kura", "sarin", "hawker", "samia"), which next to a name
makes it more likely part of the name than English ("pleasure", "afternoon", "noon" are listed).
"""
from __future__ import annotations

import gzip
import json
import re
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent / "frequent_words.txt"
MIN_LOG_PROB = -13.5
_LOWER = re.compile(r"[a-z]+(?:['-][a-z]+)*")


def build() -> list[str]:
    """The sorted list of frequent lowercase word forms."""
    table = resources.files("spacy_lookups_data").joinpath("data/en_lexeme_prob.json.gz")
    with table.open("rb") as raw:
        probs: dict[str, float] = json.load(gzip.open(raw))
    return sorted(w for w, p in probs.items() if p > MIN_LOG_PROB and _LOWER.fullmatch(w))


def main() -> None:
    words = build()
    OUT.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"frequent words: {len(words)}")


if __name__ == "__main__":
    main()
