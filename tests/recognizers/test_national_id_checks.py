"""national_id runs a scheme's validator only where its answer decides a hit (a cue word near the number, or a
bare form that counts without one); the hits stay those of validating every match."""
from __future__ import annotations

import pytest

import recognizers.national_id as national_id
from recognizers.national_id import SCHEMES, NationalIdRecognizer

RECOGNIZER = NationalIdRecognizer()


@pytest.fixture
def checked(monkeypatch):
    """The values each scheme's validator was asked about, by scheme name."""
    asked: dict[str, list[str]] = {}
    patched = []
    for scheme in SCHEMES:
        def valid(value, _valid=scheme.valid, _name=scheme.name):
            asked.setdefault(_name, []).append(value)
            return _valid(value)
        patched.append(scheme._replace(valid=valid))
    monkeypatch.setattr(national_id, "SCHEMES", tuple(patched))
    return asked


@pytest.mark.parametrize("text, scheme, hit", [
    ("my itin is 912-70-3456", "us_itin", ("912-70-3456", "us_itin")),       # cue word: validated, found
    ("912-70-3456", "us_itin", ("912-70-3456", "us_itin")),                  # bare form: validated, found
    ("my sin is 123 456 789", "ca_sin", ("123 456 789", "ca_sin_near_valid")),  # cue word, fails: near valid
    ("12.345.678-5 was the code", "cl_rut", ("12.345.678-5", "cl_rut")),      # a RUT's own punctuation
])
def test_validator_runs_where_it_decides(checked, text, scheme, hit):
    found = [(text[h.start:h.end], h.detail) for h in RECOGNIZER.find(text)]
    assert hit in found
    assert scheme in checked


@pytest.mark.parametrize("text, scheme", [
    ("call 912 70 3456 today", "us_itin"),          # no cue word, not the bare form (blanks): no hit either way
    ("ref 123456782 for the order", "ca_sin"),       # no SIN words (and no bare SIN form)
    ("order 12345678-5 is late", "cl_rut"),          # no dots: not the bare RUT form, no cue
])
def test_validator_not_run_where_nothing_can_be_found(checked, text, scheme):
    assert [h for h in RECOGNIZER.find(text) if h.detail.startswith(scheme)] == []
    assert scheme not in checked
