"""Latin American street-type-first addresses (recognizers.latin_address)."""
from __future__ import annotations

import pytest

from recognizers.entities import STREET_ADDRESS
from recognizers.latin_address import LatinAddressRecognizer

REC = LatinAddressRecognizer()


def _found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in REC.analyze(text, [STREET_ADDRESS], None)]


@pytest.mark.parametrize("text, covered", [
    # comma between name and number, stacked units, a bairro before "town - state"
    ("moro na Rua Oscar Freire, 379, bloco B, apto 12, Jardins, São Paulo - SP", "Rua Oscar Freire, 379, bloco B, apto 12, Jardins"),
    ("Av. Sete de Setembro, 1020, sala 5, Centro, Salvador - BA", "Av. Sete de Setembro, 1020, sala 5, Centro"),
    # Mexican: "Depto." / "Int." units and a labelled colonia
    ("envíenlo a Calzada de Tlalpan 2100 Int. 7, Col. Portales, CDMX", "Calzada de Tlalpan 2100 Int. 7, Col. Portales"),
    ("Av. Insurgentes Sur 1457 Depto. 301, Col. Insurgentes Mixcoac", "Av. Insurgentes Sur 1457 Depto. 301, Col. Insurgentes Mixcoac"),
    # Argentine: "piso 4 depto C", a barrio before CABA
    ("Calle Gurruchaga 850, piso 4 depto C, Villa Crespo, CABA", "Calle Gurruchaga 850, piso 4 depto C, Villa Crespo"),
    ("Av. 25 de Mayo 310, piso 2", "Av. 25 de Mayo 310, piso 2"),
    # Colombian: numbered street, "#" and a dashed plate
    ("Carrera 15 # 93-47, Apto 601, Bogotá", "Carrera 15 # 93-47, Apto 601"),
    # lowercase speech with a street type no English sentence opens with
    ("yes it's rua das flores 45 apto 3", "rua das flores 45 apto 3"),
    ("s/n: Calle Real s/n, Col. Centro", "Calle Real s/n, Col. Centro"),
])
def test_latin_addresses_are_found_whole(text, covered):
    assert any(covered in found for found in _found(text)), _found(text)


@pytest.mark.parametrize("text", [
    "we flew via Lisbon, 2 stops",            # "via" is no street type here
    "the avenue was closed for 3 hours",
    "Calle Ocho is famous",                  # a street without a number is no address
    "my order 55 arrived at the rua",
    "largo 3 please",                        # lowercase "largo" is a size, never a street type
])
def test_no_latin_address(text):
    assert _found(text) == []
