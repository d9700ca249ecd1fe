"""Names from a source the lexicon and the training data never used (mimesis), for dev evaluation only.

The lexicon (``recognizers/data/names.tsv``) and the model's generated training data take names from
Faker. ``mimesis`` (MIT) ships its own per-locale name lists; names whose every word is already in
``names.tsv`` are dropped, so what remains is unseen by both. Chinese names are romanized with
pypinyin, Korean syllable by syllable with hangul-romanize. Origin groups mimesis does not cover
(south_asian, southeast_asian, african; arabic only in Arabic script) keep their original names and
are reported as such. Needs ``pip install mimesis pypinyin hangul-romanize`` (evaluation only).
"""
from __future__ import annotations

import random
import unicodedata
from pathlib import Path

GROUP_LOCALES = {
    "anglo": ("EN", "EN_GB", "EN_AU", "EN_CA"),
    "hispanic": ("ES", "ES_MX"),
    "slavic": ("PL", "CS", "SK", "HR"),
    "east_asian": ("ZH", "KO"),
}


def _fold(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)).lower()


def _romanize(locale: str, word: str) -> str:
    if locale == "ZH":
        from pypinyin import lazy_pinyin

        return "".join(lazy_pinyin(word))
    if locale == "KO":
        from hangul_romanize import Transliter
        from hangul_romanize.rule import academic

        translit = Transliter(academic)
        return "".join(translit.translit(syllable) for syllable in word)
    return word


def heldout_pools(names_tsv: Path, per_locale: int = 400, seed: int = 7
                  ) -> dict[str, tuple[list[str], list[str]]]:
    """(given names, surnames) per origin group; no name is in ``names.tsv``."""
    from mimesis import Locale, Person

    known = {line.split("\t", 1)[0] for line in names_tsv.read_text(encoding="utf-8").splitlines()}
    pools: dict[str, tuple[list[str], list[str]]] = {}
    for group, locales in GROUP_LOCALES.items():
        firsts, lasts = set(), set()
        for locale in locales:
            person = Person(getattr(Locale, locale), seed=seed)
            for _ in range(per_locale * 4):
                first = _romanize(locale, person.first_name()).title()
                last = _romanize(locale, person.last_name()).title()
                if first.isalpha() and len(first) > 1 and _fold(first) not in known:
                    firsts.add(first)
                if last.isalpha() and len(last) > 1 and _fold(last) not in known:
                    lasts.add(last)
        pools[group] = (sorted(firsts), sorted(lasts))
    return pools


def swap_names(records: list[dict], pools: dict[str, tuple[list[str], list[str]]], seed: int = 11
               ) -> list[dict]:
    """Fairness records with each PERSON span replaced by a held-out name of the same shape and case.

    Records of groups without a pool are returned unchanged (``swapped`` False).
    """
    rng = random.Random(seed)
    out = []
    for rec in records:
        pool = pools.get(rec.get("origin", ""))
        if not pool:
            out.append({**rec, "swapped": False})
            continue
        text, spans, shift = rec["text"], [], 0
        new_text = text
        for span in sorted(rec["spans"], key=lambda s: s["start"]):
            start, end = span["start"] + shift, span["end"] + shift
            old = new_text[start:end]
            first, last = rng.choice(pool[0]), rng.choice(pool[1])
            new = first if len(old.split()) == 1 else f"{first} {last}"
            if old.islower():
                new = new.lower()
            new_text = new_text[:start] + new + new_text[end:]
            spans.append({**span, "start": start, "end": start + len(new)})
            shift += len(new) - len(old)
        out.append({**rec, "text": new_text, "spans": spans, "swapped": True})
    return out
