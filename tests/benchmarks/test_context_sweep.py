"""The context sweep: unlisted names filled into contexts, speech lower case and chat cased, leaks counted."""
from __future__ import annotations

import pytest

from benchmarks import context_sweep as cs
from recognizers.names.lexicon import DATA_DIR


def test_names_are_one_word_and_not_in_the_lexicon():
    given, surnames = cs.unlisted_names()
    listed = {line.split("\t", 1)[0].lower() for line in (DATA_DIR / "names.tsv").read_text(encoding="utf-8").splitlines()}
    assert len(given) > 100 and len(surnames) > 100
    assert all(n.isalpha() and n.lower() not in listed for n in given + surnames)


@pytest.mark.parametrize("context, text, name", [
    ("my name is {G} {S}", "my name is ayo bello", "ayo bello"),              # speech: lower case
    ("C|Regards,\\n{G} {S}", "Regards,\nAyo Bello", "Ayo Bello"),             # chat: cased, a line break
    ("{G} and {G2} are my kids", "ayo and ayo are my kids", "ayo ayo"),
    ("is that mister {S}", "is that mister bello", "bello"),
])
def test_probes_fill_the_placeholders(context, text, name):
    [probe] = cs.probes([context], ["Ayo"], ["Bello"], 1, seed=0)
    assert (probe.context, probe.text, probe.name) == (context, text, name)


def test_contexts_file_has_both_styles():
    contexts = cs.read_contexts()
    assert len(contexts) >= 100
    assert any(c.startswith(cs.CHAT) for c in contexts) and any(not c.startswith(cs.CHAT) for c in contexts)
    assert all("{G}" in c or "{S}" in c for c in contexts)


def test_sweep_counts_names_tried_and_leaked():
    counts = cs.sweep(per_context=4, contexts=["my name is {G} {S}", "C|The weather was fine."])
    assert counts["my name is {G} {S}"] == [4, 0]          # a strong cue: every name redacted
    assert counts["C|The weather was fine."] == [4, 0]       # no name in it: nothing can leak
    report = cs.markdown({"a {G}": [4, 3], "b {G}": [4, 0]}, {"commit": "abc1234", "dirty": False})
    assert "Leaked 3 of 8 names (37.5 %) in 2 contexts." in report
    assert report.index("`a {G}`") < report.index("`b {G}`")    # most leaks first
