"""Build ``data/dev_aa_names.json`` from one source no other split, lexicon, pool or model reads, plus two hand-kept
lists of naming-system words (no person list).

    git clone https://github.com/poqueque/random_name_generator && git -C random_name_generator checkout db0dc0b9cc53
    python -m benchmarks._build_names_dev_aa random_name_generator

* ``random_name_generator`` (Dart package on pub.dev, github poqueque/random_name_generator, commit
  ``db0dc0b9cc534cf16d1aa12c53d5284b8961d733``, BSD-3-Clause, Eduard Carreras): ``lib/src/zones/uganda.dart``
  (Ganda given names and clan surnames, Acholi / Luo ``O-`` names), ``south_africa.dart`` (Nguni and Sotho given
  names, surnames; the English, Afrikaans, Indian and other names of that zone are left out by the rule below),
  ``zimbabwe.dart`` (Shona / Ndebele given names and surnames) for the African groups, and ``uk.dart`` / ``us.dart``
  for the English reference group and the English given names of the ``diaspora`` group.
* ``AKAN_*`` below, hand-kept: the Akan day names (the name of the weekday a child is born on, with their Twi and Fante
  spellings) and the Akan birth-order names that are carried as family names. A closed naming system (public
  knowledge), not a list of persons.
* ``WORD_NAMES`` below, hand-kept: English words given as first names in Southern and East Africa (``Blessing``,
  ``Precious``, ``Memory``). Words, not a list of persons.

Claimed for ``dev_aa`` evaluation only (``NAME_SOURCES.md``): never add these names to a lexicon, a pool or training.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_aa_names.json"
# south_africa.dart's surnames that are Afrikaans, English, Indian, Arabic or Vietnamese (the zone mixes them in):
# left out of the South African group, whose surnames are the Nguni / Sotho ones
SA_OTHER = {"Abrahams", "Adams", "Basson", "Bester", "Bezuidenhout", "Botha", "Bothma", "Chetty", "Ebrahim", "Ferreira",
            "Fourie", "Govender", "Groenewald", "Harris", "Hendricks", "Jacobs", "Jansen", "Johnson", "Joubert", "Klassen",
            "Kruger", "Maharaj", "Meyer", "Mohamed", "Muller", "Naidoo", "Nel", "Nguyen", "Parker", "Pienaar", "Pietersen",
            "Pillay", "Pretorius", "Rossouw", "Scheepers", "Singh", "Smit", "Smith", "Swanepoel", "Swart", "Venter",
            "Visser", "Williams"}
# Akan day names (male, female) by weekday, Twi and Fante spellings
AKAN_DAY = {"sunday": (("Kwasi", "Kwesi", "Akwasi"), ("Akosua", "Esi")),
            "monday": (("Kwadwo", "Kojo", "Kodwo", "Jojo"), ("Adwoa", "Adjoa", "Ajoa")),
            "tuesday": (("Kwabena", "Kobina", "Ebo"), ("Abena", "Abenaa", "Araba")),
            "wednesday": (("Kwaku", "Kweku", "Kuuku"), ("Akua", "Ekua")),
            "thursday": (("Yaw", "Ekow"), ("Yaa", "Aba")),
            "friday": (("Kofi", "Fiifi"), ("Afua", "Efua", "Afia")),
            "saturday": (("Kwame", "Kwamena", "Ato"), ("Ama", "Amma"))}
# Akan birth-order names carried as family names (first- to eleventh-born, with common spellings)
AKAN_ORDER = ("Piesie", "Manu", "Mensah", "Mensa", "Annan", "Anan", "Anum", "Nsiah", "Nsia", "Nsowah", "Botwe",
              "Nkrumah", "Nkroma", "Badu", "Baduh", "Duku")
WORD_NAMES = {"male": ("Blessing", "Gift", "Innocent", "Lovemore", "Godknows", "Learnmore", "Justice", "Prince",
                       "Talent", "Trust", "Honest", "Fortune", "Lucky", "Bright", "Wisdom", "Knowledge"),
              "female": ("Blessing", "Precious", "Memory", "Patience", "Gift", "Loveness", "Fortunate", "Privilege",
                         "Beauty", "Mercy", "Charity", "Faith", "Comfort", "Happiness", "Grace", "Rejoice")}


def zone(root: Path, name: str) -> dict:
    """The ``surnames``, ``namesM`` and ``namesW`` lists of one zone's Dart file."""
    text = (root / "lib" / "src" / "zones" / f"{name}.dart").read_text(encoding="utf-8")
    lists = {k: re.findall(r'"([^"]+)"', v) for k, v in re.findall(r"(\w+)\s*=\s*\[(.*?)\];", text, re.S)}
    return {k: sorted({n.strip() for n in v if re.fullmatch(r"[A-Z][a-z']+", n.strip())}) for k, v in lists.items()}


def main(argv: list[str]) -> int:
    root = Path(argv[0])
    ug, za, zw, uk, us = (zone(root, z) for z in ("uganda", "south_africa", "zimbabwe", "uk", "us"))
    english_all = {n for z in (uk, us) for v in z.values() for n in v}
    # a given name of the South African zone is the group's only when no English list holds it (nor two more
    # English names the UK / US zones happen to miss)
    za_given = lambda k: [n for n in za[k] if n not in english_all | {"Aiden", "Jayden"}]
    data = {
        "east_african": {"male": [n for n in ug["namesM"] if n != "Juma"], "female": ug["namesW"],
                         "surname": ug["surnames"], "luo": [n for n in ug["namesM"] if n.startswith("O")]},
        "south_african": {"male": za_given("namesM"), "female": za_given("namesW"),
                          "surname": [n for n in za["surnames"] if n not in SA_OTHER and n not in english_all]},
        "zimbabwean": {"given": sorted(set(zw["namesM"]) | set(zw["namesW"]) - {"Maitland"}),
                       "surname": zw["surnames"]},
        "akan": {"male": sorted({n for m, _ in AKAN_DAY.values() for n in m}),
                 "female": sorted({n for _, f in AKAN_DAY.values() for n in f}), "surname": list(AKAN_ORDER)},
        "words": {k: list(v) for k, v in WORD_NAMES.items()},
    }
    african = {n for k, t in data.items() if k != "words" for v in t.values() for n in v}
    # the reference group keeps only names no African list (nor the word names) holds
    words = {n for v in WORD_NAMES.values() for n in v}
    data["english"] = {"male": sorted({n for n in uk["namesM"] + us["namesM"] if n not in african | words}),
                       "female": sorted({n for n in uk["namesW"] + us["namesW"] if n not in african | words}),
                       "surname": sorted({n for n in uk["surnames"] + us["surnames"] if n not in african | words})}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({k: {kk: len(vv) for kk, vv in v.items()} for k, v in data.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
