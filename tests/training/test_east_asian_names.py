"""East Asian training name pools: romanization and the written forms of given names (no mirror needed)."""
from __future__ import annotations

import pytest

from training import east_asian_names as ea


@pytest.mark.parametrize("hangul,syllables", [
    ("민준", ["min", "jun"]), ("서연", ["seo", "yeon"]), ("지훈", ["ji", "hun"]), ("하은", ["ha", "eun"]),
    ("예준", ["ye", "jun"]), ("김", ["gim"]), ("abc", []),
])
def test_hangul_syllables_revised_romanization(hangul, syllables):
    assert ea.hangul_syllables(hangul) == syllables


def test_given_name_forms_joined_split_and_hyphenated():
    assert ea._forms(["min", "jun"], hyphen=True) == ["Minjun", "Min Jun", "Min-jun"]
    assert ea._forms(["wei", "ze"], hyphen=False) == ["Weize", "Wei Ze"]
    assert ea._forms(["dan"], hyphen=True) == ["Dan"]


def test_usual_korean_surname_spellings():
    assert [ea.KOREAN_SURNAMES[s] for s in "이김박최"] == ["lee", "kim", "park", "choi"]


def test_pinyin_without_tones():
    pytest.importorskip("pypinyin")
    assert ea._pinyin("李") == ["li"] and ea._pinyin("吕") == ["lu"]
