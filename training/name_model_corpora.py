"""Third-party NER corpora for the name model, read from local git mirrors (never committed).

Each corpus is pinned to a commit; the script reads files with ``git show <commit>:<path>`` from a bare
mirror under ``--mirror-root`` (default ``/work/.mirror``, as laid out by the project's fetch tool:
``<owner>+<name>/repo``). Only PERSON is kept; every other entity (locations, organisations,
products, creative works) stays unlabelled and serves as a hard negative.

| corpus | repo@commit | files | licence |
|---|---|---|---|
| WNUT-17 emerging entities | leondz/emerging_entities_17@e52a2d2 | wnut17train.conll, emerging.dev.conll | CC BY 4.0 |
| Broad Twitter Corpus | GateNLP/broad_twitter_corpus@0c45ef7 | train_dev_test_conll/btc.train, btc.dev | CC BY 4.0 |

Not used, and why: SLURP train (CC BY 4.0 text) is not in the local mirror (only devel/test, and
test is reserved); Schema-Guided Dialogue is CC BY-SA 4.0 (a model trained on it could be read as
an adaptation that must carry ShareAlike, which an Apache-2.0 package cannot promise) and its test
split is reserved; CoNLL-2003 / OntoNotes are not openly licensed. The test files of both corpora
above are left unread.
"""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Corpus:
    """One pinned corpus: mirror folder, commit, files and the tags that mean PERSON."""

    name: str
    repo: str
    commit: str
    files: tuple[str, ...]
    licence: str
    person_tags: frozenset[str]


CORPORA = (
    Corpus("wnut17", "leondz/emerging_entities_17", "e52a2d2a71ac1a051ca2d532eef28653c5c02603",
           ("wnut17train.conll", "emerging.dev.conll"), "CC BY 4.0", frozenset({"person"})),
    Corpus("btc", "GateNLP/broad_twitter_corpus", "0c45ef7b1924a6b8115bceab388781590b1b553a",
           ("train_dev_test_conll/btc.train", "train_dev_test_conll/btc.dev"), "CC BY 4.0",
           frozenset({"PER"})),
)

# (text, [(start, end)]) with PERSON character spans.
Example = tuple[str, list[tuple[int, int]]]


def read_git_file(mirror_root: Path, repo: str, commit: str, path: str) -> str:
    """Text of ``path`` at ``commit`` in the bare mirror of ``repo``."""
    git_dir = mirror_root / repo.replace("/", "+") / "repo"
    out = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{commit}:{path}"],
                         check=True, capture_output=True)
    return out.stdout.decode("utf-8", errors="replace")


def conll_examples(raw: str, person_tags: frozenset[str]) -> list[Example]:
    """Sentences of a two-column BIO CoNLL file as space-joined text with PERSON spans."""
    examples: list[Example] = []
    for block in raw.replace("\r", "").split("\n\n"):
        tokens, tags = [], []
        for line in block.split("\n"):
            parts = line.split("\t") if "\t" in line else line.split(" ")
            if len(parts) >= 2 and parts[0]:
                tokens.append(parts[0])
                tags.append(parts[-1])
        if tokens:
            examples.append(_bio_to_spans(tokens, tags, person_tags))
    return examples


def _bio_to_spans(tokens: list[str], tags: list[str], person_tags: frozenset[str]) -> Example:
    text, spans, pos = [], [], 0
    open_start = None
    for i, (token, tag) in enumerate(zip(tokens, tags)):
        prefix, _, label = tag.partition("-")
        inside = label in person_tags and prefix in ("B", "I")
        if open_start is not None and not (inside and prefix == "I"):
            spans.append((open_start, pos - 1))
            open_start = None
        if inside and open_start is None:
            open_start = pos
        text.append(token)
        pos += len(token) + 1
    if open_start is not None:
        spans.append((open_start, pos - 1))
    return " ".join(text), spans


def load_corpora(mirror_root: Path) -> dict[str, list[Example]]:
    """All pinned corpora as examples, keyed by corpus name."""
    return {corpus.name: [ex for path in corpus.files
                          for ex in conll_examples(read_git_file(mirror_root, corpus.repo, corpus.commit, path),
                                                   corpus.person_tags)]
            for corpus in CORPORA}
