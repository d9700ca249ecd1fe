"""Build ``data/dev_ai_names.json`` from public GitHub sources no other split, lexicon, pool or model reads.

    python -m benchmarks._build_names_dev_ai /work/.mirror   # the git mirrors of the five repositories below

Each source is read at a fixed commit (``git --git-dir <mirror> show <commit>:<path>``); only the names used are kept:

* stacksjs/nanofaker (MIT) @ 0f2ed03: the person lists of ``packages/{es,es-mx,pt,pt-mz,tl,nl,de,en-in,en}/src/*.ts``
  (Spanish / Mexican, Portuguese / Mozambican, Filipino, Dutch, German, Indian English and English given names and
  surnames).
* jkga/katalogo (MIT) @ 66a325f: ``src/contents/*.json``, the surnames of the 1849 *Catalogo alfabetico de apellidos*
  (Philippine surnames; a seeded sample of 60 of five to nine letters).
* digitalheir/family-names-in-the-netherlands (MIT code, CC0 data) @ fa8c44e:
  ``top_1000_last_names_in_the_netherlands_2007.csv`` (Meertens family names with their particles: ``van der Meer``,
  ``ter Horst``; the first 120 with a particle and the first 40 without).
* omar-haris/arabic-name-transliterator (MIT) @ 0f24021: the Latin side of ``src/Mapping/IraqMapping.php`` (Arabic
  given names, ``Abd Al-`` compounds and ``Al-`` family names; the sex of each given name is assigned here by hand).
* abhayvikramnayak98/Indian-HR-Dataset (MIT) @ 95f801c: ``regions/*_region.py`` (given names by sex and surnames of
  Indian states, grouped here as north, west, south and east).

Hand-kept rules (no names of their own beyond these): which particle a Spanish / Portuguese surname of the lists may
carry (``de la`` Cruz, ``dos`` Santos), twelve Filipino nicknames, the English reference surnames kept (those of the
English list that are everyday English words). Claimed for ``dev_ai`` evaluation only (``NAME_SOURCES.md``).
"""
from __future__ import annotations

import ast
import csv
import io
import json
import random
import re
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_ai_names.json"
SOURCES = {
    "nanofaker": ("stacksjs+nanofaker", "0f2ed03140433f2ae1f586aa7e0d491208cbfafa"),
    "katalogo": ("jkga+katalogo", "66a325fc59ed17a3302ac3204eb4f47ef38dfd15"),
    "meertens": ("digitalheir+family-names-in-the-netherlands", "fa8c44ea6573d6ae2eac9b079549317ddd4b955a"),
    "iraqi": ("omar-haris+arabic-name-transliterator", "0f24021c454d3efaf360787c696c5bf85e1a3434"),
    "indian": ("abhayvikramnayak98+Indian-HR-Dataset", "95f801c87b59cc8b6e31e6d9dc1c188aebaffd48"),
}
# Particles a surname of the lists takes (hand-kept rule; the surnames are the sources')
SPANISH_PARTICLES = {"Cruz": "de la", "Torres": "de las", "Reyes": "de los", "Rivera": "de", "Flores": "de las",
                     "León": "de", "Castillo": "del", "Santos": "de los", "Rosario": "del", "Morales": "de"}
PORTUGUESE_PARTICLES = {"Silva": "da", "Santos": "dos", "Costa": "da", "Cruz": "da", "Reis": "dos", "Cunha": "da",
                        "Rocha": "da", "Fonseca": "da", "Nascimento": "do", "Jesus": "de", "Lima": "de",
                        "Matos": "de", "Anjos": "dos", "Neves": "das", "Dores": "das", "Mota": "da"}
FILIPINO_NICKNAMES = {"male": ["Bong", "Jun", "Boy", "Jojo", "Dodong", "Toto"],
                      "female": ["Len", "Tess", "Baby", "Bing", "Peachy", "Inday"]}
ARABIC_FEMALE = set("Afraa Aisha Amani Amina Amira Aqeelah Balqees Batool Bushra Doha Farah Fatimah Fida Hadeel Hadiya "
                    "Hala Halima Hamida Hanan Haneen Heba Hind Huda Israa Jinan Kawthar Kholoud Lubna Maha Mai Marwa "
                    "Maryam Mayada Nadia Narmin Noor Nouran Raghad Raghda Raneem Ruqayya Saba Salma Samah Samar Sana "
                    "Sarah Shaima Siham Sima Sondos Waad Wafaa Zahra Zaina Zainab".split())
ARABIC_UNSURE = {"Kifah", "Sabah", "Abu", "Abd", "Al", "Bin", "Ibn", "Allah"}  # either sex, or a name part only
ENGLISH_WORD_SURNAMES = {"Brown", "Miller", "White", "Young", "King", "Hill", "Green", "Baker", "Hall", "Carter",
                         "Turner", "Cook", "Cooper", "Reed", "Ward", "Brooks", "Wood", "Gray", "Price", "Long", "Walker",
                         "Foster"}
WORD_NAMES = {"Sunny", "Sweety", "Lucky", "Pinky", "Happy", "Honey", "Dolly", "Rocky"}  # kept where a state lists them
REGIONS = {"north": ("Punjab", "Uttar Pradesh", "Delhi", "Rajasthan", "Haryana"),
           "west": ("Gujarat", "Maharashtra"),
           "south": ("Andhra Pradesh", "Tamilnadu", "Karnataka", "Kerala", "Telangana"),
           "east": ("West Bengal", "Odisha", "Bihar")}


def _show(root: Path, source: str, path: str) -> str:
    repo, commit = SOURCES[source]
    return subprocess.run(["git", "--git-dir", str(root / repo / "repo"), "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def nanofaker(root: Path, locale: str) -> dict[str, list[str]]:
    """The person lists of one nanofaker locale file."""
    name = {"es-mx": "es_MX", "pt-mz": "pt_MZ", "en-in": "en_IN"}.get(locale, locale)
    body = re.search(r"person:\s*\{(.*?)\n  \}", _show(root, "nanofaker", f"packages/{locale}/src/{name}.ts"), re.S).group(1)
    out = {}
    for key, field in (("male", "firstNameMale"), ("female", "firstNameFemale"), ("surname", "lastName")):
        out[key] = list(dict.fromkeys(re.findall(r"'([^']*)'", re.search(field + r":\s*\[(.*?)\]", body, re.S).group(1))))
    return out


def _merged(*tables: dict) -> dict[str, list[str]]:
    return {k: list(dict.fromkeys(n for t in tables for n in t[k])) for k in ("male", "female", "surname")}


def katalogo(root: Path, rng: random.Random) -> list[str]:
    names = set()
    for letter in "abcdghlmnpst":
        names |= {n for n in json.loads(_show(root, "katalogo", f"src/contents/{letter}.json"))
                  if 5 <= len(n) <= 9 and n.isalpha() and n.isascii()}
    return sorted(rng.sample(sorted(names), 60))


def meertens(root: Path) -> dict[str, list[str]]:
    rows = list(csv.DictReader(io.StringIO(_show(root, "meertens", "top_1000_last_names_in_the_netherlands_2007.csv"))))
    names = [r["natural name"] for r in rows if "'" not in r["natural name"]]
    return {"particle": [n for n in names if " " in n][:120], "plain": [n for n in names if " " not in n][:40]}


def iraqi(root: Path) -> dict[str, list[str]]:
    text = _show(root, "iraqi", "src/Mapping/IraqMapping.php")
    latin = sorted({v for v in re.findall(r"=>\s*'([^']+)'", text) if re.fullmatch(r"[A-Z][A-Za-z' -]+", v)})
    family = [v for v in latin if v.startswith("Al-") and v not in ("Al-Rahman", "Al-Azeem", "Al-Zahraa")]
    abd = [v for v in latin if v.startswith("Abd Al-") and v != "Abd Al-Zahra"]
    single = [v for v in latin if " " not in v and "-" not in v and v not in ARABIC_UNSURE]
    return {"male": [v for v in single if v not in ARABIC_FEMALE], "female": [v for v in single if v in ARABIC_FEMALE],
            "abd": abd, "family": family}


def indian(root: Path) -> dict[str, list[str]]:
    states: dict[str, dict] = {}
    for part in ("north", "south", "east", "west", "northeast"):
        tree = ast.parse(_show(root, "indian", f"regions/{part}_region.py"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
                states.update(ast.literal_eval(node.value))
    out = {}
    for region, names in REGIONS.items():
        for key, field in (("male", "male_first_names"), ("female", "female_first_names"), ("surname", "last_names")):
            out[f"{region}_{key}"] = sorted({n for s in names if s in states for n in states[s][field]})
    for key, field in (("male", "male_first_names"), ("female", "female_first_names")):
        out[f"word_{key}"] = sorted({n for s in states.values() for n in s[field] if n in WORD_NAMES})
    return out


def main(argv: list[str]) -> int:
    root, rng = Path(argv[0]), random.Random(9881)
    es = _merged(nanofaker(root, "es"), nanofaker(root, "es-mx"))
    pt = _merged(nanofaker(root, "pt"), nanofaker(root, "pt-mz"))
    pt["surname"] = [n for n in pt["surname"] if n not in ("Machel", "Mondlane", "Chissano", "Guebuza", "Mutola", "Komati", "Cossa", "Dos Santos")]
    tl = nanofaker(root, "tl")
    nl, de, en_in, en = (nanofaker(root, loc) for loc in ("nl", "de", "en-in", "en"))
    dutch = meertens(root)
    ind = indian(root)
    for key in ("male", "female", "surname"):
        ind[f"north_{key}"] = sorted(set(ind[f"north_{key}"]) | set(en_in[key]))
    data = {
        "hispanic": {**es, "particle": {k: v for k, v in SPANISH_PARTICLES.items() if k in es["surname"]}},
        "lusophone": {**pt, "particle": {k: v for k, v in PORTUGUESE_PARTICLES.items() if k in pt["surname"]}},
        "arabic": iraqi(root),
        "filipino": {"male": tl["male"], "female": tl["female"], "spanish_surname": tl["surname"],
                     "native_surname": katalogo(root, rng), "nickname": FILIPINO_NICKNAMES},
        "dutch_german": {"nl_male": nl["male"], "nl_female": nl["female"], "nl_surname": dutch["particle"] + dutch["plain"],
                         "de_male": de["male"], "de_female": de["female"], "de_surname": de["surname"]},
        "south_asian": ind,
    }
    others = {n.lower() for t in data.values() for v in t.values() if isinstance(v, list) for n in v} | \
             {n.lower() for n in FILIPINO_NICKNAMES["male"] + FILIPINO_NICKNAMES["female"]}
    data["english"] = {"male": [n for n in en["male"] if n.lower() not in others],
                       "female": [n for n in en["female"] if n.lower() not in others],
                       "surname": [n for n in en["surname"] if n in ENGLISH_WORD_SURNAMES and n.lower() not in others]}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({g: {k: len(v) for k, v in t.items()} for g, t in data.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
