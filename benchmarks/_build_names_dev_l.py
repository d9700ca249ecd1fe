"""Rebuild ``data/dev_l_names.json`` (the vendored name sample of ``dev_l``) from its one source.

``ozdemirburak/full-name-generator`` (npm ``full-name-generator``; code MIT, name data from government
statistical offices under open-data licences, see ``data/dev_l_names.LICENSE``):

* at ``1153b47`` (HEAD of the local mirror made by the project's fetch tool): ``src/names/{us,gb,ie,nz,mx,es,
  ar,tr}.ts`` and ``src/surnames/{us,gb,ie,nz,mx,es,ar,tr}.ts``;
* at three earlier commits (whole repository MIT then; read from the search index's stored versions and saved
  to ``--old-dir``): ``src/{names,surnames}/in.ts`` @ ``b965308``, ``src/{names,surnames}/vn.ts`` @ ``8f9c0a1``
  and ``src/names/saudi.ts`` @ ``75033df`` (saved as ``in_names.ts``, ``in_surnames.ts``, ``vn_names.ts``,
  ``vn_surnames.ts``, ``saudi_names.ts``).

Usage: ``python -m benchmarks._build_names_dev_l --mirror /work/.mirror --old-dir /tmp/fng_old``. Nothing of
the source is read at generation time; the sample is never a lexicon or a surrogate pool.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
from pathlib import Path

REPO, COMMIT = "ozdemirburak/full-name-generator", "1153b470164c0b834d636a2c226118c355eb40d5"
OUT = Path(__file__).parent / "data" / "dev_l_names.json"
HEAD_FILES = {"anglo": ("us", "gb", "ie", "nz"), "hispanic": ("mx", "es", "ar"), "middle_eastern": ("tr",)}
OLD_FILES = {"south_asian": ("in_names.ts", "in_surnames.ts"), "east_asian": ("vn_names.ts", "vn_surnames.ts"),
             "middle_eastern": ("saudi_names.ts", None)}
SIZES = {"male": 120, "female": 120, "surnames": 200}
_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")


def _strings(text: str) -> list[str]:
    body = "\n".join(line.split("//")[0] if "'" not in line.split("//")[-1] else line
                     for line in text.splitlines() if not line.lstrip().startswith("/*"))
    return [s.replace("\\'", "'") for s in _QUOTED.findall(body)]


def _sexed(text: str) -> tuple[list[str], list[str]]:
    male, _, female = text.partition("1:")
    return _strings(male), _strings(female)


def _ok(name: str) -> bool:
    return bool(name) and " " not in name and all(c.isalpha() or c in "'-" for c in name) and name[0].isupper()


def build(mirror: Path, old_dir: Path, seed: int = 20261203) -> dict[str, list[str]]:
    git_dir = mirror / REPO.replace("/", "+") / "repo"

    def head(path: str) -> str:
        return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{COMMIT}:{path}"], check=True,
                              capture_output=True, text=True).stdout

    rng, out = random.Random(seed), {}
    for origin in ("anglo", "hispanic", "south_asian", "east_asian", "middle_eastern"):
        pools: dict[str, set[str]] = {"male": set(), "female": set(), "surnames": set()}
        for cc in HEAD_FILES.get(origin, ()):
            male, female = _sexed(head(f"src/names/{cc}.ts"))
            pools["male"] |= set(male)
            pools["female"] |= set(female)
            pools["surnames"] |= set(_strings(head(f"src/surnames/{cc}.ts")))
        given_file, surname_file = OLD_FILES.get(origin, (None, None))
        if given_file:
            male, female = _sexed((old_dir / given_file).read_text(encoding="utf-8"))
            pools["male"] |= set(male)
            pools["female"] |= set(female)
        if surname_file:
            pools["surnames"] |= set(_strings((old_dir / surname_file).read_text(encoding="utf-8")))
        for kind, names in pools.items():
            ordered = sorted(n for n in names if _ok(n))
            out[f"{origin}_{kind}"] = sorted(rng.sample(ordered, min(SIZES[kind], len(ordered))))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--old-dir", type=Path, required=True, help="the five files saved from earlier commits")
    args = parser.parse_args(argv)
    OUT.write_text(json.dumps(build(args.mirror, args.old_dir), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
