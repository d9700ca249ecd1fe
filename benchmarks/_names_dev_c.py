"""Person names for the ``dev_c`` split, from a source the name lexicon never read.

The lexicon (``recognizers/data/names.tsv``) and the ``dev``/``dev_b`` generators draw on Faker; the frozen
split on its own sources. ``dev_c`` reads the MIT-licensed ``name-forge`` dictionary (GitHub
``Keith3895/name-forge``, ``src/dict.ts``: masculine, feminine and surnames for 24 countries) at
generation time from a local mirror; only the generated jsonl is committed (see
``benchmarks/data/dev_c_PROVENANCE.md``). Never add these names to a lexicon or a surrogate pool.

Mirror location: ``$DEV_C_NAME_SOURCE`` (a git directory) or ``/work/.mirror/Keith3895+name-forge/repo``.
Shapes the other generators lack: middle names (three-part names), two Hispanic surnames, particles
(``de la``, ``van der``, ``al``, ``bin``/``binti``) and hyphenated surnames as the source spells them.
"""
from __future__ import annotations

import json
import os
import random
import re
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DEFAULT_MIRROR = Path("/work/.mirror/Keith3895+name-forge/repo")
PINNED_COMMIT = "e077ecd"  # the mirrored commit the committed dev_c data was generated from
# name-forge's country order (src/index.ts ``countriesSupported``).
_CODES = "AR AT BE BR CZ DE DK ES FI FR GB ID IN IT MX NL NO PL US EG JP BO KE SO".split()
ORIGIN_COUNTRIES: dict[str, tuple[str, ...]] = {
    "anglo": ("GB", "US"),
    "hispanic": ("AR", "ES", "MX", "BO"),
    "south_asian": ("IN",),
    "east_asian": ("JP",),
    "southeast_asian": ("ID",),
    "african": ("KE", "SO"),
    "arabic": ("EG",),
    "slavic": ("PL", "CZ"),
    # Only in conversations (not in the fairness set, whose groups match the other splits).
    "european": ("DE", "NL", "BE", "IT", "FR", "DK", "NO", "FI", "AT", "BR"),
}
ORIGINS = tuple(o for o in ORIGIN_COUNTRIES if o != "european")


@dataclass(frozen=True, slots=True)
class NameC:
    """A name with an optional middle part; ``full`` is how the caller says the whole name."""

    first: str
    last: str
    origin: str
    locale: str
    middle: str = ""

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """country -> (male firsts, female firsts, male surnames, female surnames)."""
    git_dir = Path(os.environ.get("DEV_C_NAME_SOURCE", DEFAULT_MIRROR))
    try:
        src = subprocess.run(["git", "-C", str(git_dir), "show", f"{PINNED_COMMIT}:src/dict.ts"],
                             check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        raise RuntimeError(f"dev_c name source not mirrored at {git_dir} (set DEV_C_NAME_SOURCE)") from exc
    src = re.sub(r"/\*.*?\*/", "", src, flags=re.S)
    src = re.sub(r"//[^\n]*", "", src)
    body = src[src.index("["):src.rindex("]") + 1].replace("'", '"')
    data = json.loads(re.sub(r",\s*([\]}])", r"\1", body))

    def clean(names: list[str]) -> tuple[str, ...]:
        return tuple(sorted({n.split(",")[0].strip() for n in names if n.strip()}))

    out = {}
    for code, (male, female, surnames) in zip(_CODES, data):
        gendered = not isinstance(surnames[0], str)
        m_last, f_last = (surnames[0], surnames[1]) if gendered else (surnames, surnames)
        out[code] = (clean(male), clean(female), clean(m_last), clean(f_last))
    return out


class NameSourceC:
    """Deterministic sampler with the interface of ``_templates_names.NameSource``."""

    def __init__(self, seed: int, with_european: bool = True) -> None:
        self._rng = random.Random(seed)
        self._origins = tuple(ORIGIN_COUNTRIES) if with_european else ORIGINS
        self._dict = _dictionary()

    def name(self, origin: str | None = None) -> NameC:
        rng = self._rng
        origin = origin or rng.choice(self._origins)
        country = rng.choice(ORIGIN_COUNTRIES[origin])
        male, female, m_last, f_last = self._dict[country]
        is_male = rng.random() < 0.5
        first = rng.choice(male if is_male else female)
        last = rng.choice(m_last if is_male else f_last)
        middle = ""
        roll = rng.random()
        if origin == "hispanic" and roll < 0.35:
            second = rng.choice(m_last)
            last = f"{last} {second}" if second != last else last
            if rng.random() < 0.3:
                last = f"{last.split()[0]} de la {rng.choice(('Cruz', 'Rosa', 'Torre', 'Fuente'))}"
        elif origin == "southeast_asian" and roll < 0.25:
            last = f"{'bin' if is_male else 'binti'} {rng.choice(self._dict[country][0])}"
        elif origin == "arabic" and roll < 0.25 and not last.lower().startswith(("el-", "al-")):
            last = f"{rng.choice(('al', 'el', 'Abu'))} {last}"
        elif country == "SO" or (origin in ("south_asian", "african", "anglo") and roll < 0.2):
            middle = rng.choice(male if (country == "SO" or is_male) else female)
            if middle == first:
                middle = ""
        return NameC(first=first, last=last, origin=origin, locale=country, middle=middle)
