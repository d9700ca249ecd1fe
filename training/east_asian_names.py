"""East Asian name pools for the generated training sentences (opt-in: ``--east-asian-names``).

Read at training time from faker-js/faker@e3858f2 (MIT; the pinned mirror ``name_pools.py`` reads):
``src/locales/{zh_CN,zh_TW,ko}/person/{first,last}_name.ts``, written in Han characters and Hangul.
Chinese names are romanized with ``pypinyin`` (MIT; training only: ``pip install pypinyin``) without
tones; Korean ones syllable by syllable with the Revised Romanization below (surnames in their usual
spellings: Lee, Park, Choi). A two-syllable given name appears as ASR and chat write it: as one word
(``weize``, ``minjun``), split into its syllables (``wei ze``, ``min jun``) and, for Korean and Taiwanese
names, hyphenated (``min-jun``); the split forms teach that short syllables (``min``, ``jun``, ``li``)
next to one another are a name. Entries that are spoken words on their own (``name_pools.SPOKEN_WORDS``:
"he", "an", "so", "oh") are dropped, as in the other pools.
These names are training data only; no evaluation split reads faker-js.
"""
from __future__ import annotations

from pathlib import Path

from training.name_model_corpora import read_git_file
from training.name_pools import _TS_STRING, FAKER_JS, Pools, _clean

# Revised Romanization of one Hangul syllable: initial, vowel, final consonant (names: no assimilation).
_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_VOWELS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
           "t", "ng", "t", "t", "k", "t", "p", "t"]
# Usual spellings of common Korean surnames (RR would write "i", "bak", "choe").
KOREAN_SURNAMES = {"이": "lee", "김": "kim", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
                   "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
                   "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "유": "yoo", "홍": "hong",
                   "전": "jeon", "고": "ko", "문": "moon", "양": "yang", "손": "son", "배": "bae", "백": "baek",
                   "허": "heo", "남": "nam", "심": "shim", "노": "noh", "하": "ha", "곽": "kwak", "성": "sung",
                   "차": "cha", "주": "joo", "우": "woo", "구": "koo", "민": "min", "나": "na", "진": "jin", "지": "ji",
                   "엄": "eom", "채": "chae", "원": "won", "천": "chun", "방": "bang", "공": "kong", "현": "hyun",
                   "함": "ham", "변": "byun", "염": "yeom", "여": "yeo", "추": "choo", "석": "seok", "선": "sun",
                   "설": "seol", "길": "gil", "연": "yeon", "표": "pyo", "명": "myung", "기": "ki", "반": "ban",
                   "왕": "wang", "금": "keum", "옥": "ok", "육": "yook", "맹": "maeng", "탁": "tak", "국": "kook",
                   "은": "eun", "편": "pyeon", "용": "yong", "예": "yeh", "경": "kyung", "봉": "bong", "사": "sa",
                   "부": "boo", "황보": "hwangbo", "남궁": "namgung", "제갈": "jegal", "선우": "sunwoo"}
# Popular spellings beside RR in given names ("hoon" for "hun", "young" for "yeong").
_KOREAN_VARIANTS = {"hun": "hoon", "yeong": "young", "jun": "joon", "su": "soo", "seon": "sun", "jeong": "jung",
                    "gyeong": "kyung", "u": "woo", "hyeon": "hyun", "cheol": "chul", "seok": "suk"}


def hangul_syllables(word: str) -> list[str]:
    """Each Hangul syllable of ``word`` in Revised Romanization (other characters are dropped)."""
    out = []
    for ch in word:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            initial, vowel, final = code // 588, code % 588 // 28, code % 28
            out.append(_INITIALS[initial].strip("-") + _VOWELS[vowel] + _FINALS[final])
    return out


def _native(mirror_root: Path, locale: str, kind: str) -> list[str]:
    """The entries of one faker-js person list as written (Han characters, Hangul)."""
    text = read_git_file(mirror_root, FAKER_JS.repo, FAKER_JS.commit, f"src/locales/{locale}/person/{kind}.ts")
    return list(dict.fromkeys(a or b for a, b in _TS_STRING.findall(text)))


def _pinyin(word: str) -> list[str]:
    from pypinyin import lazy_pinyin  # training only

    return [s.replace("ü", "u").replace("v", "u") for s in lazy_pinyin(word, v_to_u=True) if s.isalpha()]


def _forms(syllables: list[str], hyphen: bool) -> list[str]:
    """A given name as one word, split into syllables and (optionally) hyphenated, title-cased."""
    if len(syllables) < 2:
        return ["".join(syllables).title()]
    forms = ["".join(syllables).title(), " ".join(s.title() for s in syllables)]
    if hyphen:
        forms.append(syllables[0].title() + "-" + "".join(syllables[1:]))
    return forms


def load_east_asian(mirror_root: Path) -> Pools:
    """``{pool: (given names, surnames)}`` for Mainland Chinese, Taiwanese and Korean names, romanized."""
    pools: Pools = {}
    for locale, hyphen in (("zh_CN", False), ("zh_TW", True)):
        firsts = [form for name in _native(mirror_root, locale, "first_name")
                  for form in _forms(_pinyin(name), hyphen)]
        lasts = ["".join(_pinyin(name)).title() for name in _native(mirror_root, locale, "last_name")]
        pools[f"ea:{locale}"] = (_clean(firsts), _clean(lasts))
    firsts = []
    for name in _native(mirror_root, "ko", "first_name"):
        syllables = hangul_syllables(name)
        firsts += _forms(syllables, True)
        variant = [_KOREAN_VARIANTS.get(s, s) for s in syllables]
        if variant != syllables:
            firsts += _forms(variant, True)
    lasts = [KOREAN_SURNAMES.get(name) or "".join(hangul_syllables(name)) for name in
             _native(mirror_root, "ko", "last_name")]
    pools["ea:ko"] = (_clean(firsts), _clean(n.title() for n in lasts))
    return {name: (sorted(f), sorted(l)) for name, (f, l) in pools.items() if f and l}


SOURCE = FAKER_JS
