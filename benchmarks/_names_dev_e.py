"""Person names for the ``dev_e`` split, from a source no lexicon, surrogate pool or other split reads.

``thm/uinames`` (``names.json`` at commit ``a9d1b530ed0dbd106eb1ca5b91cb02ff873cca1a``, MIT licence for
that file, LICENSE.md): male, female and surname lists for 59 regions, read at generation time from a local
mirror (``$DEV_E_NAME_SOURCE`` or ``/work/.mirror/thm+uinames/repo``); only the generated jsonl is
committed. Cyrillic lists are transliterated (``_templates_names._transliterate``), Korean Hangul romanized
(Revised Romanization, common surnames in their usual spellings); regions written in Arabic, Chinese,
Japanese, Greek, Hebrew, Georgian or Armenian script are left out, and the ``arabic`` group is drawn from
the dev_d source (``Mootassam/datamasterpro``, also evaluation-only) instead. Never add these names to a
lexicon or a surrogate pool (``benchmarks/data/dev_e_PROVENANCE.md``).
"""
from __future__ import annotations

import json
import os
import random
import subprocess
from functools import lru_cache
from pathlib import Path

from benchmarks._names_dev_d import NameD, _nick
from benchmarks._names_dev_d import _tables as _tables_d
from benchmarks._templates_names import _transliterate

DEFAULT_MIRROR = Path("/work/.mirror/thm+uinames/repo")
PINNED_COMMIT = "a9d1b530ed0dbd106eb1ca5b91cb02ff873cca1a"
REGIONS: dict[str, tuple[str, ...]] = {
    "anglo": ("England", "United States", "Australia", "New Zealand", "Canada", "Ireland"),
    "hispanic": ("Mexico", "Argentina", "Colombia", "Spain", "Costa Rica"),
    "south_asian": ("India", "Pakistan", "Bangladesh", "Nepal"),
    "east_asian": ("Korea",),
    "southeast_asian": ("Vietnam", "Indonesia"),
    "african": ("Nigeria",),
    "arabic": (),  # datamasterpro, see the module docstring
    "slavic": ("Poland", "Russia", "Ukraine", "Bulgaria", "Croatia", "Czech Republic", "Slovakia", "Slovenia",
               "Bosnia and Herzegovina"),
    "european": ("Germany", "France", "Italy", "Netherlands", "Portugal", "Sweden", "Hungary", "Romania", "Turkey",
                 "Finland", "Norway", "Denmark", "Belgium", "Austria", "Estonia"),
}
ARABIC_D = ("SaudiArabia", "Egypt", "Morocco", "Iraq", "Jordan", "Syria", "Lebanon", "Algeria", "Yemen")
ORIGINS = tuple(o for o in REGIONS if o != "european")

# Hangul: Revised Romanization of initials, vowels and finals; common surnames as they are usually written.
_INI = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_VOW = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
        "eu", "ui", "i"]
_FIN = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
        "ng", "t", "t", "k", "t", "p", "t"]
_SURNAMES_KO = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho",
                "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin",
                "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu", "홍": "Hong", "고": "Ko",
                "문": "Moon", "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek", "허": "Heo", "노": "Noh",
                "구": "Koo", "곽": "Kwak", "공": "Kong", "국": "Kook", "유": "Yoo", "우": "Woo"}


def romanize_hangul(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            out.append(ch)
            continue
        ini, rest = divmod(code, 588)
        vow, fin = divmod(rest, 28)
        out.append(_INI[ini] + _VOW[vow] + _FIN[fin])
    return "".join(out).capitalize()


def _latin(region: str, name: str, surname: bool = False) -> str:
    name = name.strip()
    if region == "Korea":
        return _SURNAMES_KO.get(name) or romanize_hangul(name) if surname else romanize_hangul(name)
    if region in ("Russia", "Ukraine", "Bulgaria"):
        return _transliterate(name.title() if name.isupper() else name)
    return name.title() if name.isupper() else name


@lru_cache(maxsize=1)
def _tables() -> dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """region -> (male firsts, female firsts, surnames), Latin script."""
    git_dir = Path(os.environ.get("DEV_E_NAME_SOURCE", DEFAULT_MIRROR))
    try:
        src = subprocess.run(["git", "-C", str(git_dir), "show", f"{PINNED_COMMIT}:names.json"], check=True,
                             capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        raise RuntimeError(f"dev_e name source not mirrored at {git_dir} (set DEV_E_NAME_SOURCE)") from exc
    wanted = {r for rs in REGIONS.values() for r in rs}
    out = {}
    for entry in json.loads(src):
        region = entry["region"]
        if region not in wanted:
            continue

        def clean(names: list[str], surname: bool = False) -> tuple[str, ...]:
            kept = {_latin(region, n, surname) for n in names if n.strip()}
            return tuple(sorted(n for n in kept if len(n) > 1 and n.replace("-", "").replace("'", "").isalpha()
                                and n.isascii() or (len(n) > 1 and n.replace("-", "").isalpha())))

        out[region] = (clean(entry["male"]), clean(entry["female"]), clean(entry["surnames"], True))
    return out


class NameSourceE:
    """Deterministic sampler with the interface of ``_templates_names.NameSource``."""

    def __init__(self, seed: int, with_european: bool = True) -> None:
        self._rng = random.Random(seed)
        self._origins = tuple(REGIONS) if with_european else ORIGINS
        self._tables = _tables()

    def name(self, origin: str | None = None) -> NameD:
        rng = self._rng
        origin = origin or rng.choice(self._origins)
        is_male = rng.random() < 0.5
        if origin == "arabic":
            country = rng.choice(ARABIC_D)
            male, female, m_last, f_last = _tables_d()[country]
            first, last = rng.choice(male if is_male else female), rng.choice(m_last if is_male else f_last)
        else:
            country = rng.choice(REGIONS[origin])
            male, female, surnames = self._tables[country]
            first, last = rng.choice(male if is_male else female), rng.choice(surnames)
        title = rng.choice(("Mr",) if is_male else ("Mrs", "Ms", "Miss")) if rng.random() < 0.8 else "Dr"
        return NameD(first=first, last=last, origin=origin, locale=country, nick=_nick(first, rng), title=title)
