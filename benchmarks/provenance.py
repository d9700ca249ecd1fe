"""The git commit a benchmark result was produced at, recorded in every results file."""
from __future__ import annotations

import logging
import subprocess
from pathlib import Path

logger = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parent.parent


def _git(*args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=REPO_ROOT, capture_output=True, text=True, timeout=30,
                              check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip()


def git_commit() -> dict[str, object]:
    """``{"commit": short hash or None, "dirty": bool or None}``.

    Dirty means tracked files differ from the commit (untracked files and ``benchmarks/results/``, which
    the run itself rewrites, do not count).
    """
    commit = _git("rev-parse", "--short", "HEAD")
    if commit is None:
        logger.warning("git commit unknown: results will not say which code produced them")
        return {"commit": None, "dirty": None}
    status = _git("status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)benchmarks/results")
    return {"commit": commit, "dirty": bool(status) if status is not None else None}


def commit_line(info: dict[str, object]) -> str:
    """One markdown line naming the commit, e.g. ``Produced at commit `84402cf` (clean tree).``"""
    if not info.get("commit"):
        return "Produced at an unknown commit."
    dirty = info.get("dirty")
    state = ("tree state not recorded" if dirty is None
             else "DIRTY tree: uncommitted changes" if dirty else "clean tree")
    return f"Produced at commit `{info['commit']}` ({state})."
