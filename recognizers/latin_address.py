"""Latin American and Southern European street addresses -> STREET_ADDRESS: the street type first, its name, the
number after a comma or none, then flat, block and floor, then the neighbourhood ("Rua Augusta, 1753, apto 116, Consolação", "Av. Chapultepec
643 Depto. 738, Col. Americana", "Calle Thames 1201, piso 9 depto A, Palermo", "Cra. 7 # 71-21, Apto 502").

Brazilian, Mexican, Argentine, Colombian and Chilean addresses (and Italian ones: "Via Giuseppe Verdi, 71, int. 4",
"Piazza della Libertà, 12") put the street type before the name
(``street_address`` reads that order only with the number right after the name, as in "Calle Mayor 3"), put a comma
between name and number, stack units ("bloco A, apto 84", "piso 12 depto B", "Int. 4") and name the neighbourhood
(bairro, colonia, barrio) before the town. The neighbourhood is part of the address: with its label ("Col.", "Bairro",
"Fracc.") it is always taken; without one, a capitalized part is taken when the town and its state follow ("Centro,
Belo Horizonte - MG"). The town, the state and the postal code after it are ``address_tail``'s.

The street's name is capitalized words (lowercase particles such as "da", "de", "del" between them) or, for a
Colombian "Calle 72", a number; the house number may carry "nº", "No." or "#". Lowercase text needs a street type
no English sentence opens with ("rua", "avenida", "calle"), never "via", "av" or "largo"; "Via ..." counts only where
the address ends after its number ("via London, 3 times" is a route).
"""
from __future__ import annotations

import re

from recognizers import address_tail
from recognizers.base import register
from recognizers.entities import REASON_PATTERN, STREET_ADDRESS
from recognizers.lower_scan import ascii_lower, lower_twin
from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, words_of
from recognizers.start_set import compile_fast
from recognizers.word_anchored import WordAnchored
from recognizers.street_words import _SPOKEN_NUM

SCORE = 0.75
# Street types, written or abbreviated (Portuguese, Spanish).
_TYPES = (r"rua|r\.|avenida|av\.?|avda\.?|alameda|al\.|travessa|tv\.|trav\.|estrada|estr\.|rodovia|rod\.|pra[çc]a|p[çc]a\.|"
          r"largo|ladeira|calle|c/|boulevard|bulevar|bv\.|blvd\.?|paseo|carrera|cra\.?|kra\.?|cl\.|diagonal|dg\.|"
          r"transversal|tv|camino|pasaje|psje\.|jir[oó]n|jr\.|calzada|calz\.|prolongaci[oó]n|prol\.|circuito|privada|"
          r"callej[oó]n|cerrada|andador|piazza|p\.za|piazzale|viale|v\.le|corso|c\.so|vicolo|strada|via|v[ií]a")
# ... in lowercase text only these: no English sentence opens with them.
_LOWER_TYPES = r"rua|avenida|avda|alameda|travessa|rodovia|calle|carrera|pasaje|jir[oó]n|calzada|callej[oó]n"
_PARTICLE = r"(?:da|de|do|dos|das|del|della|delle|dello|dei|degli|di|la|las|los|le|les|y|e|el)"
_CAP = r"(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]*\.?"
_NAME = rf"(?:(?:{_PARTICLE}\s+)?{_CAP}|\d{{1,2}}\s+de\s+{_CAP})(?:\s+(?:{_PARTICLE}\s+)?(?:{_CAP}))*"  # "Voluntários da
# Pátria", "(Calzada) de Tlalpan", "9 de Julio"
_LOWER_NAME = rf"[^\W\d_]{{3,}}(?:\s+(?:{_PARTICLE}\s+)?[^\W\d_]{{3,}}){{0,3}}"
_COLOMBIAN_NAME = r"\d{1,3}[A-Za-z]?(?:\s+bis)?"  # "Calle 72", "Cra. 15A"
_NUMBER = (rf"(?:(?:n[º°o]\.?|no\.|n[úu]mero|#)\s*)?(?:\d{{1,5}}[A-Za-z]?(?:\s?-\s?\d{{1,4}})?|s/n|{_SPOKEN_NUM})"
           r"(?![\w/])")  # "1753", "# 93-47", "s/n", "seventy-seven" (speech)
_DIGIT_NUMBER = r"(?:(?:n[º°o]\.?|no\.|#)\s*)?\d{1,5}[A-Za-z]?(?![\w/])"  # lowercase speech: "calle ocho with one" is none
_UNIT_WORD = (r"apto|apt\.?|ap\.|apartamento|bloco|bl\.|piso|depto|dpto|dto|departamento|int|interior|interno|casa|sala|"
              r"andar|torre|lote|lt\.|mz|manzana|of|oficina|local|conj|conjunto|edif|edificio|quadra|qd\.|cj|scala|sc\.|"
              r"piano|esc\.|escalera|puerta|pta\.|planta")
_UNIT = rf"(?:{_UNIT_WORD})\.?\s*(?:n[º°o]\.?\s*)?(?:\d{{1,5}}[A-Za-z]?(?:-\d{{1,4}})?|(?-i:[A-Z])(?![\w])|{_SPOKEN_NUM})"
_UNITS = rf"(?:\s*,?\s*(?:\d{{1,2}}[º°]\s*(?-i:[A-Z])\b|{_UNIT}))*"  # "12º B": floor and flat
_HOOD_LABEL = (r"col\.|colonia|bairro|barrio|b[º°]|fracc\.|fraccionamiento|urb\.|urbanizaci[oó]n|jardim|jd\.|vila|"
               r"villa|parque|residencial|res\.|conjunto|unidad|sector")
_HOOD = rf"(?:\s*,\s*(?:{_HOOD_LABEL})\s*{_NAME})?"
_ADDRESS = compile_fast(rf"\b(?:{_TYPES})\s+(?:{_NAME}|{_COLOMBIAN_NAME})\s*,?\s+{_NUMBER}{_UNITS}{_HOOD}",
                        re.IGNORECASE)
_LOWER_ADDRESS = compile_fast(rf"\b(?:{_LOWER_TYPES})\s+{_LOWER_NAME}\s*,?\s+{_DIGIT_NUMBER}{_UNITS}", re.IGNORECASE)
# A neighbourhood with no label, taken when the town and its state follow ("Centro, Belo Horizonte - MG",
# "Palermo, CABA", "Americana, in Guadalajara, Jal."): the bairro is a part of the address like the street.
_BARE_HOOD = compile_fast(rf"\s*,\s*{_NAME}(?=\s*,\s*(?:in\s+)?{_NAME}(?:\s*[-–/]\s*[A-Z]{{2}}\b|\s*,\s*[A-Z]))"
                          rf"|\s*,\s*{_NAME}(?=\s*,\s*(?:CABA|CDMX|D\.F\.)\b)")
# After a "Via ..." match: the end of the address (a comma, a line break, the end) or its town's postcode.
_ENDS_ADDRESS = compile_fast(r"[ \t]*(?:[,;\n]|$|\d{4,5}\b)")
_GATE = compile_fast(rf"\b(?:{_TYPES})\s", re.IGNORECASE)  # on every turn: on ASCII text its lower-case twin,
# tried only at the street types' first words ("r." at "r", "praca"), not at every character
_GATE_ANCHORED = WordAnchored.of(lower_twin(_GATE)) if lower_twin(_GATE) is not None else None


@register("latin_address.v1")
class LatinAddressRecognizer(SpokenAwareRecognizer):
    """STREET_ADDRESS: Latin American street-type-first addresses with their units and neighbourhood."""

    ENTITIES = (STREET_ADDRESS,)

    def find(self, text: str) -> list[Hit]:
        low = ascii_lower(text) if _GATE_ANCHORED is not None else None
        if (_GATE.search(text) if low is None else next(_GATE_ANCHORED.finditer(low, words_of(text)), None)) is None:
            return []
        hits = []
        for pattern in (_ADDRESS, _LOWER_ADDRESS):
            for match in pattern.finditer(text):
                end = match.end()
                if match.group()[:3].lower() in ("via", "vía") and not _ENDS_ADDRESS.match(text, end):
                    continue  # "via London, 3 times": a route, no street
                hood = _BARE_HOOD.match(text, end)
                if hood is not None:
                    end = hood.end()
                hits.append(Hit(match.start(), address_tail.extend(text, end), STREET_ADDRESS, SCORE, REASON_PATTERN,
                                "latin_street"))
        return hits
