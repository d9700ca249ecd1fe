"""Rebuild ``data/dev_m_names.json`` from a local mirror of ``Pythonian/fakernaija`` (MIT).

    python -m benchmarks._build_names_dev_m [MIRROR_GIT_DIR]

Reads ``fakernaija/data/names/{first,last}_names.json`` at the pinned commit and keeps every name (the lists are
small), grouped by the source's ``tribe`` field; ``hausa`` and ``fulani`` form one group. Sorted, deduplicated.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

COMMIT = "323257a39f84fb38f0c45ea51f4b2c7f4a8472a4"
MIRROR = "/work/.mirror/Pythonian+fakernaija/repo"
OUT = Path(__file__).parent / "data" / "dev_m_names.json"
GROUP = {"yoruba": "yoruba", "igbo": "igbo", "hausa": "hausa_fulani", "fulani": "hausa_fulani", "edo": "edo",
         "ijaw": "ijaw"}


def _read(git_dir: str, path: str) -> list[dict]:
    src = subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(src)


def build(git_dir: str = MIRROR) -> dict[str, list[str]]:
    out: dict[str, set[str]] = {}
    for row in _read(git_dir, "fakernaija/data/names/first_names.json"):
        out.setdefault(f"{GROUP[row['tribe']]}_{row['gender']}", set()).add(row["name"].strip())
    for row in _read(git_dir, "fakernaija/data/names/last_names.json"):
        out.setdefault(f"{GROUP[row['tribe']]}_surnames", set()).add(row["name"].strip())
    return {k: sorted(v) for k, v in sorted(out.items())}


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(*sys.argv[1:2]), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
