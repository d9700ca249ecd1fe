"""Results name the commit they were produced at."""
import re

import pytest

from benchmarks.provenance import commit_line, git_commit


def test_git_commit_reads_this_checkout():
    info = git_commit()
    assert re.fullmatch(r"[0-9a-f]{7,40}", info["commit"]) and isinstance(info["dirty"], bool)


@pytest.mark.parametrize("info, line", [
    ({"commit": "abc1234", "dirty": False}, "Produced at commit `abc1234` (clean tree)."),
    ({"commit": "abc1234", "dirty": True}, "Produced at commit `abc1234` (DIRTY tree: uncommitted changes)."),
    ({"commit": "abc1234", "dirty": None}, "Produced at commit `abc1234` (tree state not recorded)."),
    ({"commit": None, "dirty": None}, "Produced at an unknown commit."),
    ({}, "Produced at an unknown commit."),
])
def test_commit_line_says_commit_and_state(info, line):
    assert commit_line(info) == line
