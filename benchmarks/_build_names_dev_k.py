"""Rebuild ``data/dev_k_names.json`` (the vendored name sample of ``dev_k``) from its two sources.

* ``RandomAPI/Randomuser.me-Node`` @ ``ac8e874`` (MIT): ``api/1.4/data/<NAT>/lists/{male_first,female_first,
  last}.txt``, read from a local mirror (``git show``) made by the project's fetch tool;
* the ``name-variants`` 0.1.3 wheel from PyPI (MIT): its romanization tables, read from an unpacked wheel
  (``pip download name-variants==0.1.3 --no-deps`` and ``unzip``).

Usage: ``python -m benchmarks._build_names_dev_k --mirror /work/.mirror --wheel-dir /tmp/nv``. Nothing of
either source is read at generation time; the sample is never a lexicon or a surrogate pool.
"""
from __future__ import annotations

import argparse
import importlib
import json
import random
import subprocess
import sys
from pathlib import Path

REPO, COMMIT = "RandomAPI/Randomuser.me-Node", "ac8e874f5adbb8a29aa35edc9b3f616f5e9756ed"
OUT = Path(__file__).parent / "data" / "dev_k_names.json"
# origin group -> Randomuser.me nationalities (forenames by sex and surnames)
NATS = {"anglo": ("GB", "AU", "NZ", "US", "IE"), "hispanic": ("MX", "ES"), "south_asian": ("IN",),
        "middle_eastern": ("TR",)}
# origin group -> name-variants tables: (given-name tables, surname tables)
TABLES = {"east_asian": (("chinese_given_names", "japanese_given_names", "korean_given_names"),
                         ("chinese_surnames", "japanese_surnames", "korean_surnames", "vietnamese_surnames")),
          "south_asian": ((), ("indian_names_hindi", "indian_names_bengali", "indian_names_tamil")),
          "middle_eastern": (("arabic_names", "persian_names", "turkish_names"), ("arabic_names",))}
SIZES = {"male": 120, "female": 120, "given": 160, "surnames": 220}


def _lines(mirror: Path, nat: str, kind: str) -> list[str]:
    git_dir = mirror / REPO.replace("/", "+") / "repo"
    text = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{COMMIT}:api/1.4/data/{nat}/lists/{kind}.txt"],
                          check=True, capture_output=True, text=True).stdout
    return [w.strip() for w in text.splitlines() if w.strip() and " " not in w.strip()]


def _forms(table: str) -> list[list[str]]:
    mod = importlib.import_module(f"name_variants.{table}")
    data = next(v for k, v in vars(mod).items() if k.isupper() and isinstance(v, dict))
    return [[f for f in e["forms"] if f.isascii() and f.replace("-", "").isalpha()] for e in data.values()]


def _title(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def build(mirror: Path, wheel_dir: Path, seed: int = 20261203) -> dict[str, list[str]]:
    sys.path.insert(0, str(wheel_dir))
    rng, out = random.Random(seed), {}
    for origin in ("anglo", "hispanic", "south_asian", "east_asian", "middle_eastern"):
        pools: dict[str, set[str]] = {"male": set(), "female": set(), "given": set(), "surnames": set()}
        for nat in NATS.get(origin, ()):
            pools["male"] |= set(_lines(mirror, nat, "male_first"))
            pools["female"] |= set(_lines(mirror, nat, "female_first"))
            pools["surnames"] |= set(_lines(mirror, nat, "last"))
        given_tables, surname_tables = TABLES.get(origin, ((), ()))
        for table in given_tables:
            groups = [g for g in _forms(table) if g]
            if table == "korean_given_names":  # syllables: two make a given name (Jae + min)
                syll = [g[0] for g in groups]
                pools["given"] |= {_title(rng.choice(syll)) + rng.choice(syll) for _ in range(50)}
            else:
                pools["given"] |= {_title(rng.choice(g)) for g in groups}
        for table in surname_tables:
            pools["surnames"] |= {_title(rng.choice(g)) for g in _forms(table) if g}
        for kind, names in pools.items():
            if names:
                ordered = sorted(names)
                out[f"{origin}_{kind}"] = sorted(rng.sample(ordered, min(SIZES[kind], len(ordered))))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--wheel-dir", type=Path, required=True, help="the unpacked name-variants 0.1.3 wheel")
    args = parser.parse_args(argv)
    OUT.write_text(json.dumps(build(args.mirror, args.wheel_dir), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
