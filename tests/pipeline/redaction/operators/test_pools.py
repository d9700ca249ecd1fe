"""Surrogate name pools: readable ASCII names, balanced groups."""
import pytest

from pipeline.redaction.operators.build_pools import _ascii_name
from pipeline.redaction.operators.pools import NAME_GROUPS, POOLS_BY_ROLE


@pytest.mark.parametrize("raw, expected", [
    ("Münəvvər", "Munavvar"), ("Łukasz", "Lukasz"), ("Jürgen", "Jurgen"), ("Çağrı", "Cagri"),
    ("José", "Jose"), ("Søren", "Soren"), ("mary", "Mary"),
])
def test_ascii_name_transliterates_without_losing_letters(raw, expected):
    assert _ascii_name(raw) == expected


@pytest.mark.parametrize("raw", ["Ŋoma", "Anna Maria", "O'Neil", "李", "X"])
def test_ascii_name_rejects_what_cannot_be_kept_whole(raw):
    assert _ascii_name(raw) is None


def test_pools_hold_only_readable_ascii_names():
    for role, pools in POOLS_BY_ROLE.items():
        for group in NAME_GROUPS:
            for name in pools[group]:
                assert name.isascii() and name.isalpha(), (role, group, name)
                assert any(v in name.lower() for v in "aeiouy"), (role, group, name)
