"""Extra training name pools: parsing of the pinned files, and the sampler's use of the pools (no mirror needed)."""
from __future__ import annotations

import random

import pytest

from training import name_pools
from training.name_model_templates import NEGATIVE, NEGATIVE_SPOKEN, NameSampler, fold, generate, spoken_copy
from training.train_name_model import NAMES_TSV

TS_FILE = """export default {
  generic: [
    'Abena',
    "N'Diaye",
    'Nguyễn',
  ],
  female: [
    'أحمد',
    '{{person.last_name}}',
  ],
};
"""

PHP_FILE = """<?php
class Person extends \\Faker\\Provider\\Person
{
    protected static $lastNameMalay = array('Abdillah', 'A\\'liyyuddin', 'Abdillah');
    protected static $firstNameChinese = ['Aik', 'Beng'];
}
"""


@pytest.mark.parametrize("value,kept", [
    ("Abena", "Abena"), ("N'Diaye", "N'Diaye"), ("Nguyễn", "Nguyễn"), ("Məmmədov", "Məmmədov"),
    ("A\\'liyyuddin", "A'liyyuddin"), ("van de Merwe", "van de Merwe"),
    ("أحمد", None), ("김", None), ("Ah", None), ("Oh", None), ("So", None), ("Ai", "Ai"), ("{{person.last_name}}", None), ("X", None), ("", None),
])
def test_clean_keeps_latin_names_only(value, kept):
    assert name_pools._clean([value]) == ([kept] if kept else [])


def test_ts_and_php_parsing():
    ts = name_pools._clean(a or b for a, b in name_pools._TS_STRING.findall(TS_FILE))
    assert ts == ["Abena", "N'Diaye", "Nguyễn"]
    arrays = {n: name_pools._PHP_STRING.findall(b) for n, b in name_pools._PHP_ARRAY.findall(PHP_FILE)}
    assert name_pools._clean(arrays["lastNameMalay"]) == ["Abdillah", "A'liyyuddin"]
    assert arrays["firstNameChinese"] == ["Aik", "Beng"]


def test_sources_are_pinned():
    for source in name_pools.SOURCES:
        assert len(source.commit) == 40 and source.licence == "MIT"


EXTRA = {"js:test": (["Kwabena", "Adaeze"], ["Osei", "Okafor"]), "js:vi": (["An Bình"], ["Nguyễn"])}


@pytest.mark.parametrize("text,folded", [
    ("Nguyễn An Bình", "Nguyen An Binh"), ("Abena", "Abena"), ("Ìbàdàn", "Ibadan"),
])
def test_fold(text, folded):
    assert fold(text) == folded


def test_sampler_draws_from_extra_pools():
    names = {"en_US": (["Alice"], ["Smith"])}
    sampler = NameSampler(names, random.Random(1), None, EXTRA)
    drawn = {part for _ in range(300) for part in sampler.parts()}
    assert {"Alice", "Smith"} <= drawn
    assert drawn & {"Kwabena", "Adaeze", "Osei", "Okafor", "Nguyen", "Nguyễn"}


def test_sampler_without_pools_never_draws_them():
    sampler = NameSampler({"en_US": (["Alice"], ["Smith"])}, random.Random(1), None)
    assert {p for _ in range(100) for p in sampler.parts()} == {"Alice", "Smith"}


@pytest.mark.parametrize("spoken", [True, False])
def test_spoken_negatives_only_when_asked(spoken):
    examples = generate(NAMES_TSV, 10, 300, seed=7, spoken_negatives=spoken)
    texts = {text for text, spans in examples if not spans}
    only_spoken = set(NEGATIVE_SPOKEN) - set(NEGATIVE) - {spoken_copy((t, []))[0] for t in NEGATIVE}
    assert bool(texts & only_spoken) is spoken


def test_generate_default_is_unchanged_by_the_options_code():
    assert generate(NAMES_TSV, 20, 10, seed=3) == generate(NAMES_TSV, 20, 10, seed=3, extra_pools=None,
                                                           spoken_negatives=False, cueless=False)



def test_brands_are_never_labelled_and_only_when_asked(monkeypatch):
    from training import name_model_templates

    assert "zorblax" not in str(generate(NAMES_TSV, 200, 200, seed=5)).lower()
    monkeypatch.setattr(name_model_templates, "brand", lambda rng: "Zorblax")
    examples = generate(NAMES_TSV, 400, 400, seed=5, brands=True)
    branded = [(text, spans) for text, spans in examples if "zorblax" in text.lower()]
    assert any(spans for _, spans in branded) and any(not spans for _, spans in branded)
    assert all("zorblax" not in text[a:b].lower() for text, spans in branded for a, b in spans)
