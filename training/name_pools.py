"""Extra name pools for the generated training sentences: names Faker (names.tsv) covers thinly.

Read at training time from two MIT-licensed projects, pinned, from local git mirrors (like the corpora in
``name_model_corpora.py``; nothing of them is committed or shipped except the trained weights):

- faker-js/faker@e3858f2 (Faker for JavaScript, MIT): ``src/locales/<locale>/person/{first,last}_name.ts``
  of Ghana, Nigeria (English, Yoruba), Senegal, Zulu, India, Nepal, Indonesia, Vietnam, Hong Kong
  (surnames), Turkey, Azerbaijan, Uzbekistan.
- FakerPHP/Faker@054058d (Faker for PHP, MIT): ``src/Faker/Provider/<locale>/Person.php`` of Uganda
  (surnames), Malaysia (Malay, Chinese, Indian), Nepal, India.

Only Latin-script names are kept. Each pool is ``(given names, surnames)``; a locale that lists only
surnames borrows the given names of a neighbouring pool (Hong Kong: Malaysian Chinese given names;
Uganda, whose listed given names are English ones: Ghanaian and Zulu given names).
These names are sources for the training data only; no evaluation split reads them
(``benchmarks/data/NAME_SOURCES.md``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from training.name_model_corpora import read_git_file


@dataclass(frozen=True, slots=True)
class PoolSource:
    """One pinned project and the locale files it contributes."""

    name: str
    repo: str
    commit: str
    licence: str
    notice: str


FAKER_JS = PoolSource("faker-js", "faker-js/faker", "e3858f221bb3b6e1278933c0b8e0d98da6854e52", "MIT",
                      "Faker - Copyright (c) 2022-2024, the faker-js contributors")
FAKER_PHP = PoolSource("FakerPHP", "FakerPHP/Faker", "054058d29557027ad71f7506ad0dc39b0d8e0129", "MIT",
                       "Copyright (c) 2011 François Zaninotto, portions (c) 2008 Caius Durling, Adam Royle")
SOURCES = (FAKER_JS, FAKER_PHP)

# faker-js locales: (given-name locale, surname locale); given names of en_HK come from FakerPHP ms_MY Chinese.
JS_LOCALES = ("en_GH", "en_NG", "yo_NG", "fr_SN", "zu_ZA", "en_IN", "ne", "id_ID", "vi", "tr", "az",
              "uz_UZ_latin")
# FakerPHP: pool -> (locale, given-name arrays, surname arrays)
PHP_POOLS = {
    "en_UG": ("en_UG", (), ("lastName", "lastNameMale", "lastNameFemale")),
    "ms_MY_malay": ("ms_MY", ("firstNameMaleMalay", "firstNameFemaleMalay"), ("lastNameMalay",)),
    "ms_MY_chinese": ("ms_MY", ("firstNameChinese", "firstNameMaleChinese", "firstNameFemaleChinese"),
                      ("lastNameChinese",)),
    "ms_MY_indian": ("ms_MY", ("firstNameMaleIndian", "firstNameFemaleIndian"), ("lastNameIndian",)),
    "ne_NP": ("ne_NP", ("firstNameMale", "firstNameFemale"), ("lastName",)),
    "en_IN": ("en_IN", ("firstNameMale", "firstNameFemale"), ("lastName",)),
}

_TS_STRING = re.compile(r"""^\s+(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"),?\s*$""", re.M)
_PHP_ARRAY = re.compile(r"protected static \$(\w+)\s*=\s*(?:array\(|\[)(.*?)(?:\)|\]);", re.S)
_PHP_STRING = re.compile(r"'((?:[^'\\]|\\.)*)'")
_NAME = re.compile(r"^[A-Za-z\u00C0-\u02AF\u1E00-\u1EFF][A-Za-z\u00C0-\u02AF\u1E00-\u1EFF' .-]*$")

Pools = dict[str, tuple[list[str], list[str]]]

# Listed names that are also everyday sounds or short words of spoken English (Malaysian/Hong Kong "Ah",
# "Oh", "So", "He", "Go"; Senegalese "Aw"): kept out, or the model learns that a turn opening "ah ..." names someone
# (a first retrain with them tagged "ah" in "ah thank you ..." as a name).
SPOKEN_WORDS = frozenset("""ah aw eh er erm ha hi ho oh ok so uh um yo ya ye yeah hm mm
    a i an as at be by do go he if in is it me my no of on or to up us we""".split())


def _clean(values) -> list[str]:
    """Latin-script names, unescaped, stripped, de-duplicated in order."""
    out = []
    for value in values:
        value = value.replace("\\'", "'").strip()
        if (value and "{" not in value and _NAME.match(value) and len(value) > 1
                and value.lower() not in SPOKEN_WORDS):
            out.append(value)
    return list(dict.fromkeys(out))


def _ts_names(mirror_root: Path, locale: str, kind: str) -> list[str]:
    path = f"src/locales/{locale}/person/{kind}.ts"
    try:
        text = read_git_file(mirror_root, FAKER_JS.repo, FAKER_JS.commit, path)
    except Exception:  # noqa: BLE001 - a locale without this file contributes nothing
        return []
    return _clean(a or b for a, b in _TS_STRING.findall(text))


def _php_arrays(mirror_root: Path, locale: str) -> dict[str, list[str]]:
    text = read_git_file(mirror_root, FAKER_PHP.repo, FAKER_PHP.commit, f"src/Faker/Provider/{locale}/Person.php")
    return {name: _PHP_STRING.findall(body) for name, body in _PHP_ARRAY.findall(text)}


def load_pools(mirror_root: Path) -> Pools:
    """``{pool: (given names, surnames)}`` from both pinned projects (each pool has both kinds)."""
    pools: Pools = {}
    for locale in JS_LOCALES:
        pools[f"js:{locale}"] = (_ts_names(mirror_root, locale, "first_name"),
                                 _ts_names(mirror_root, locale, "last_name"))
    php_cache: dict[str, dict[str, list[str]]] = {}
    for pool, (locale, given, family) in PHP_POOLS.items():
        arrays = php_cache.setdefault(locale, _php_arrays(mirror_root, locale))
        pools[f"php:{pool}"] = (_clean(v for a in given for v in arrays.get(a, ())),
                                _clean(v for a in family for v in arrays.get(a, ())))
    # Uganda lists English given names beside its surnames: pair its surnames with East/West African given names.
    pools["php:en_UG"] = (pools["js:en_GH"][0] + pools["js:zu_ZA"][0], pools["php:en_UG"][1])
    pools["js:en_HK"] = (pools["php:ms_MY_chinese"][0], _ts_names(mirror_root, "en_HK", "last_name"))
    return {name: (sorted(firsts), sorted(lasts)) for name, (firsts, lasts) in sorted(pools.items())
            if firsts and lasts}
