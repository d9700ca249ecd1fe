"""Person names for the ``dev_ae`` split, from sources no lexicon, surrogate pool, model or other split reads.

twmbx/faker-zambia (MIT; Zambian given names and surnames), human-names 1.0.13 (npm, MIT; English given names),
random-name 0.1.2 (npm, MIT; English surnames) and hand-kept lists of Southern African (Zulu, Xhosa, Sotho, Tswana,
Venda, Tsonga), Malawian, East African (Kikuyu, Luo, Kalenjin, Luhya, Swahili coast, Kinyarwanda / Kirundi) and West
/ Central African (Cameroonian, Gabonese, Ghanaian Ewe / Ga / Dagomba, Sierra Leonean / Liberian) names, vendored in
``data/dev_ae_names.json`` (``_build_names_dev_ae``; licences in ``data/dev_ae_names.LICENSE``). Forms: a native given
name and surname (``Thandeka Ndlovu``), a Christian or Muslim given name before an African surname (``Grace
Uwimana``, ``Fatmata Bah``), a Christian name with a native middle name (``Grace Wanjiku Kamau``), the surname first
(``Ndlovu Thandeka``, ``MBARGA Jean-Pierre`` as a Cameroonian writes it), a married woman called by her clan name
(``MaDlamini``), short forms (``Sbu``, ``Thuli``, ``Lebo``); diaspora callers in the UK, Ireland, the US, Canada and
Belgium; an English reference group. Groups are the pools of the lists, not persons. Never add these names to a
lexicon or a pool.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from benchmarks._staged_people import StagedNameSource

DATA = Path(__file__).parent / "data" / "dev_ae_names.json"
ORIGINS = ("southern", "zambezi", "eastern", "western", "diaspora", "english")
COUNTRIES = {"southern": (("ZA", 60), ("UK", 15), ("IE", 10), ("US", 10), ("CA", 5)),
             "zambezi": (("ZM", 50), ("ZA", 15), ("UK", 20), ("IE", 5), ("US", 10)),
             "eastern": (("KE", 45), ("BE", 15), ("UK", 15), ("CA", 10), ("US", 15)),
             "western": (("GH", 40), ("BE", 15), ("UK", 20), ("US", 15), ("CA", 10)),
             "diaspora": (("UK", 30), ("IE", 15), ("US", 25), ("CA", 15), ("BE", 15)),
             "english": (("US", 35), ("UK", 30), ("IE", 15), ("CA", 20))}


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


class NameSourceAE(StagedNameSource):
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(name)``."""

    ORIGINS, COUNTRIES = ORIGINS, COUNTRIES

    def __init__(self, seed: int) -> None:
        super().__init__(seed, tables())

    def _g(self, table: dict, male: bool, avoid: str = "") -> str:
        return self._pick(table["male" if male else "female"], avoid)

    def _faith(self, male: bool) -> str:
        return self._g(self._t["faith"], male)

    def _short(self, given: str) -> str:
        short = self._t["short"].get(given)
        return short if short and self._rng.random() < 0.5 else given

    def _forms(self, table: dict, male: bool, sur: str, shares: tuple, first_upper: bool = False):
        """plain / faith given / faith and native given / surname first, by the cumulative ``shares``."""
        rng = self._rng
        native = self._g(table, male)
        r = rng.random()
        if r < shares[0]:
            return "plain", native, sur, f"{native} {sur}", self._short(native), False
        if r < shares[1]:
            faith = self._faith(male)
            return "faith_given", faith, sur, f"{faith} {sur}", self._short(faith), False
        if r < shares[2]:
            faith = self._faith(male)
            return "faith_native", f"{faith} {native}", sur, f"{faith} {native} {sur}", faith, False
        printed = sur.upper() if first_upper else sur
        return "surname_first", native, sur, f"{printed} {native}", self._short(native), True

    # -- Southern African --------------------------------------------------------------------------------------
    def _southern(self, male: bool, surname: str | None):
        t = self._t["southern"]
        sur = surname or self._pick(t["surname"])
        form = self._forms(t, male, sur, (0.45, 0.6, 0.75))
        if not male and form[0] == "plain" and self._rng.random() < 0.3:  # a married woman called by her clan name
            return "clan", form[1], sur, form[3], f"Ma{self._pick(t['surname'], sur)}", False
        return form

    # -- Zambian / Malawian -----------------------------------------------------------------------------------
    def _zambezi(self, male: bool, surname: str | None):
        t = self._t["zambezi"]["zambia" if self._country in ("ZM", "IE") or self._rng.random() < 0.6 else "malawi"]
        sur = surname or self._pick(t["surname"])
        return self._forms(t, male, sur, (0.55, 0.6, 0.75))

    # -- East African ------------------------------------------------------------------------------------------
    def _eastern(self, male: bool, surname: str | None):
        rng = self._rng
        rwanda = self._country == "BE" or (self._country != "KE" and rng.random() < 0.5)
        t = self._t["eastern"]["rwanda" if rwanda else "kenya"]
        sur = surname or self._pick(t["surname"])
        if rwanda:  # Grace Uwimana / Uwimana Grace / Iradukunda Habimana
            r = rng.random()
            faith = self._faith(male)
            if r < 0.45:
                return "faith_given", faith, sur, f"{faith} {sur}", faith, False
            if r < 0.75:
                return "surname_first", faith, sur, f"{sur} {faith}", faith, True
            native = self._g(t, male, sur)
            return "plain", native, sur, f"{native} {sur}", self._short(native), False
        return self._forms(t, male, sur, (0.35, 0.5, 0.85))

    # -- West / Central African -------------------------------------------------------------------------------
    def _western(self, male: bool, surname: str | None):
        rng, c = self._rng, self._country
        sub = "ghana" if c == "GH" else "cameroon" if c == "BE" else rng.choice(("ghana", "cameroon", "salone"))
        t = self._t["western"][sub]
        sur = surname or self._pick(t["surname"])
        if sub == "cameroon":  # French given names; the surname first, often in capitals
            given = self._g(t, male)
            if rng.random() < 0.5:
                return "plain", given, sur, f"{given} {sur}", given, False
            printed = sur.upper() if rng.random() < 0.6 else sur
            return "surname_first", given, sur, f"{printed} {given}", given, True
        return self._forms(t, male, sur, (0.45, 0.7, 0.85))

    # -- diaspora: an English or faith given name with an African surname --------------------------------------
    def _diaspora(self, male: bool, surname: str | None):
        rng, t = self._rng, self._t
        home = rng.choice(("southern", "zambezi", "eastern", "western"))
        table = {"southern": t["southern"], "zambezi": t["zambezi"][rng.choice(("zambia", "malawi"))],
                 "eastern": t["eastern"][rng.choice(("kenya", "rwanda"))],
                 "western": t["western"][rng.choice(("ghana", "cameroon", "salone"))]}[home]
        sur = surname or self._pick(table["surname"])
        given = self._g(t["english"], male) if rng.random() < 0.6 else self._faith(male)
        if rng.random() < 0.3:
            native = self._g(table, male, sur)
            return "diaspora_middle", f"{given} {native}", sur, f"{given} {native} {sur}", given, False
        return "diaspora", given, sur, f"{given} {sur}", given, False
