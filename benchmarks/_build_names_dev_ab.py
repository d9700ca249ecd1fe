"""Build ``data/dev_ab_names.json`` from one source no other split, lexicon, pool or model reads, plus hand-kept
lists of Pacific naming-system names (no list of persons).

    git clone https://github.com/tomasilluminati/Nomix && git -C Nomix checkout 48756ab76622
    python -m benchmarks._build_names_dev_ab Nomix

* ``Nomix`` (github tomasilluminati/Nomix, commit ``48756ab76622d26e869e324a13bf8cf4ccb1c5cb``, MIT, Tomas
  Illuminati; not on PyPI): ``nomix.py``, its ``ENGLISH_MALE_NAME`` / ``ENGLISH_FEMALE_NAME`` given names and its
  ``USA_LASTNAME`` surnames (the list ``ENGLISH_LASTNAME`` also returns) for the English reference group and the
  English given names of the ``pasifika`` group; its ``HINDI_*`` given names and ``HINDI_LASTNAME`` surnames for the
  Fiji Indian part of the Fijian group.
* ``PACIFIC`` below, hand-kept for this split: the Maori, Samoan, Tongan and Fijian (iTaukei) forms of the Bible and
  English given names (``Hone``, ``Sione``, ``Siosaia``, ``Jone``, ``Mele``, ``Losana``) and given names from
  words of those languages (``Aroha``, ``Alofa``), and family names of the same languages: Maori ones with the
  particle ``Te`` (``Te Whare``), Samoan ones with the glottal stop written as an apostrophe (``Fa'asavalu``),
  Tongan and Fijian ones. Public knowledge of the naming systems, not a list of persons; written from memory, no
  list was copied.
* ``WORD_NAMES`` below, hand-kept: English words given as first names (``Faith``, ``Hope``, ``Patience``).

Claimed for ``dev_ab`` evaluation only (``NAME_SOURCES.md``): never add these names to a lexicon, a pool or training.
"""
from __future__ import annotations

import ast
import json
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_ab_names.json"
PACIFIC = {
    "maori": {
        "male": ("Hone", "Wiremu", "Tamati", "Hemi", "Rawiri", "Hohepa", "Matiu", "Paora", "Tipene", "Rewi", "Mikaere",
                 "Ropata", "Aperahama", "Timoti", "Anaru", "Hori", "Piripi", "Tane", "Rangi", "Nikau", "Kahu", "Whetu",
                 "Ihaia", "Tawhiri", "Manaaki", "Rongo", "Tamahou", "Hemara"),
        "female": ("Aroha", "Mere", "Huia", "Ngaire", "Hine", "Kiri", "Anahera", "Marama", "Miriama", "Mereana",
                   "Rahera", "Rawinia", "Wikitoria", "Awhina", "Kahurangi", "Maata", "Hera", "Ngaio", "Hinemoa",
                   "Atawhai", "Pania", "Rangimarie", "Tuini"),
        "surname": ("Ngata", "Parata", "Tawhai", "Ngarimu", "Whaanga", "Tomoana", "Tuhiwai", "Potae", "Ranginui",
                    "Poutama", "Tamihana", "Rangihuna", "Horomona", "Ruawai", "Hetaraka", "Kereama", "Manihera",
                    "Paraone", "Pomare", "Waaka", "Karaka", "Hapeta", "Tuhoro", "Rangitauira"),
        "te": ("Te Whare", "Te Rangi", "Te Awa", "Te Kani", "Te Moana", "Te Hira", "Te Huia", "Te Paa", "Te Wano",
               "Te Ao", "Te Maro", "Te Kura"),
    },
    "samoan": {
        "male": ("Sione", "Ioane", "Iosefa", "Tavita", "Mose", "Lafaele", "Falaniko", "Petelo", "Siaosi", "Samuelu",
                 "Eti", "Malo", "Pele", "Mikaele", "Atonio", "Talalelei", "Paulo", "Fa'afetai", "Tuala", "Aleni",
                 "Semisi", "Ioelu"),
        "female": ("Losa", "Malia", "Sina", "Lagi", "Lupe", "Elisapeta", "Telesia", "Sefina", "Alofa", "Fa'alelei",
                   "Lealofi", "Tausala", "Taualofa", "Fetu", "Mareta", "Fiafia", "Silei", "Ana"),
        "surname": ("Faleolo", "Tuilagi", "Fa'asavalu", "Aiono", "Lealaiauloto", "Fuimaono", "Tuiasosopo", "Sapolu",
                    "Seumanutafa", "Fonoti", "Afamasaga", "Toleafoa", "Su'a", "Lemalu", "Tupuola", "Aumua",
                    "Mata'utia", "Pouono", "Leavasa", "Taualai", "Fa'alogo", "Tauiliili", "Masoe", "Ulugia",
                    "Vaifale", "Leiataua"),
    },
    "tongan": {
        "male": ("Siosaia", "Sione", "Tevita", "Viliami", "Sitani", "Semisi", "Siaosi", "Sitiveni", "Taniela",
                 "Lopeti", "Mosese", "Salesi", "Tomasi", "Vili", "Sifa", "Kalolo", "Aleki", "Maka", "Pita", "Tanginoa",
                 "Feleti", "Lisiate"),
        "female": ("Mele", "Losaline", "Salote", "Lesieli", "Seini", "Luseane", "'Ofa", "Sela", "Ilaisaane",
                   "Kalolaine", "Sisilia", "Heilala", "Salome", "Mele'ana", "Ana", "Lavinia", "Meleane"),
        "surname": ("Taufa", "Fifita", "Tupou", "Fonua", "Havili", "Latu", "Mafi", "Vaipulu", "Taumoepeau",
                    "Kaufusi", "Moala", "Pulu", "Halaholo", "Fusitu'a", "Taufahema", "Vainikolo", "Naufahu",
                    "Tu'ipulotu", "Ma'ake", "Folau", "Hufanga", "Kioa", "Lolohea", "Faka'osi", "Tapueluelu",
                    "Manu'atu"),
    },
    "fijian": {
        "male": ("Jone", "Timoci", "Viliame", "Josefa", "Semi", "Epeli", "Waisea", "Josaia", "Sitiveni", "Apisai",
                 "Mosese", "Isoa", "Peceli", "Kitione", "Maika", "Sakiusa", "Ilaitia", "Ropate", "Samisoni",
                 "Napolioni", "Rusiate", "Tevita"),
        "female": ("Losana", "Mereoni", "Litia", "Sereana", "Unaisi", "Akanisi", "Vasemaca", "Mereseini", "Luisa",
                   "Vikatoria", "Asenaca", "Makereta", "Torika", "Salanieta", "Laisa", "Merewalesi", "Ateca"),
        "surname": ("Vunivalu", "Ratu", "Naivalu", "Tuilevuka", "Nawaqa", "Koroi", "Tabua", "Cakau", "Naituku",
                    "Vakaloloma", "Raduva", "Delana", "Seruvatu", "Ravuvu", "Naulivou", "Tikoisuva", "Waqa",
                    "Baleinakorodawa", "Matanitobua", "Lewaravu", "Rokovunisei", "Qalo", "Bulivou", "Vuniwaqa"),
    },
}
WORD_NAMES = {"male": ("Justice", "Noble", "Honour", "Lucky", "Major", "Prince", "Brave", "Loyal"),
              "female": ("Faith", "Hope", "Patience", "Grace", "Mercy", "Charity", "Joy", "Precious", "Blessing",
                         "Harmony")}


def nomix_lists(root: Path) -> dict:
    """Every ``NAME = [...]`` list assigned in ``nomix.py``, read without running it."""
    tree = ast.parse((root / "nomix.py").read_text(encoding="utf-8"))
    return {n.targets[0].id: [e.value for e in n.value.elts] for n in ast.walk(tree)
            if isinstance(n, ast.Assign) and isinstance(n.value, ast.List) and isinstance(n.targets[0], ast.Name)
            and n.value.elts and all(isinstance(e, ast.Constant) for e in n.value.elts)}


def _clean(names) -> list:
    return sorted({n.strip() for n in names if n.strip().replace("'", "").replace("-", "").isalpha() and " " not in n.strip()})


def main(argv: list[str]) -> int:
    nx = nomix_lists(Path(argv[0]))
    pacific = {n for t in PACIFIC.values() for v in t.values() for n in v}
    words = {n for v in WORD_NAMES.values() for n in v}
    fold = lambda n: unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode()
    spanish = {fold(n) for n in nx["SPANISH_LASTNAME"]}
    not_english = {"Nguyen", "Tran", "Kim", "Patel", "Lee"} | spanish  # the US list's Hispanic / Asian surnames
    data = {k: {kk: list(vv) for kk, vv in v.items()} for k, v in PACIFIC.items()}
    data["fijian"]["indian_male"] = _clean(nx["HINDI_MALE_NAME"])
    data["fijian"]["indian_female"] = _clean(nx["HINDI_FEMALE_NAME"])
    data["fijian"]["indian_surname"] = _clean(nx["HINDI_LASTNAME"])
    data["words"] = {k: list(v) for k, v in WORD_NAMES.items()}
    pacific |= {n for k in ("indian_male", "indian_female", "indian_surname") for n in data["fijian"][k]}
    data["english"] = {"male": [n for n in _clean(nx["ENGLISH_MALE_NAME"]) if n not in pacific | words],
                       "female": [n for n in _clean(nx["ENGLISH_FEMALE_NAME"]) if n not in pacific | words],
                       "surname": [n for n in _clean(nx["USA_LASTNAME"]) if n not in pacific | words | not_english]}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({k: {kk: len(vv) for kk, vv in v.items()} for k, v in data.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
