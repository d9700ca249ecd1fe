"""Tests for pipeline.redaction.operators: policy, planning, tag/mask/hash/drop, name surrogates, encryption."""
from __future__ import annotations

import logging

import pydantic
import pytest

from pipeline.privacy.keys import PseudonymKey
from pipeline.redaction.operators import (
    OPERATORS, RedactionPolicy, ValueToReplace, plan_replacements, policy_requires_real_key,
)
from pipeline.privacy.encryption import TOKEN_PATTERN
from pipeline.config.operator_names import CURRENT_VERSIONS, PUBLISHED_NAMES, SUPERSEDED_VERSIONS

KEY = PseudonymKey(b"\x01" * 32)
OTHER_KEY = PseudonymKey(b"\x02" * 32)


def v(value: str, etype: str = "PERSON", turn: int = 0) -> ValueToReplace:
    return ValueToReplace(value, etype, turn)


def plan(values, policy=None, key=KEY, conv="conv-1", **kw):
    items = [v(*x) if isinstance(x, tuple) else v(x) for x in values]
    return plan_replacements(items, policy or RedactionPolicy(), key, conv, **kw)


def only(op: str, **kw) -> RedactionPolicy:
    return RedactionPolicy(default_operator=op, operators={t: op for t in (
        "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE", "US_SSN", "DATE_OF_BIRTH")}, **kw)


# --- policy -----------------------------------------------------------------------------------------------

def test_policy_defaults_are_the_training_policy():
    p = RedactionPolicy()
    assert p.operator_for("PERSON") == "surrogate.v2"
    assert p.operator_for("DATE") == "date_shift.v2"
    assert p.operator_for("SOMETHING_NEW") == "tag.v1"
    assert p.scope == "conversation" and p.key_file is None


def test_policy_merges_entries_over_defaults_and_resolves_bare_names():
    p = RedactionPolicy(operators={"PERSON": "tag"})
    assert p.operator_for("PERSON") == "tag.v1" and p.operator_for("PHONE_NUMBER") == "surrogate.v2"


@pytest.mark.parametrize("data, field", [
    ({"operators": {"PERSON": "scramble"}}, "unknown operator"),
    ({"default_operator": "nope"}, "unknown operator"),
    ({"operators": {"person": "tag"}}, "UPPER_SNAKE_CASE"),
    ({"scope": "global"}, "scope"),
    ({"mask_char": "**"}, "mask_char"),
    ({"hash_length": 4}, "hash_length"),
    ({"date_shift": {"max_days": 0}}, "max_days"),
    ({"key": "secret"}, "key"),
])
def test_policy_rejects_bad_settings(data, field):
    with pytest.raises(pydantic.ValidationError, match=field):
        RedactionPolicy.model_validate(data)


def test_policy_every_field_is_documented():
    for model in (RedactionPolicy, RedactionPolicy.model_fields["date_shift"].annotation):
        for name, info in model.model_fields.items():
            assert info.description, name


@pytest.mark.parametrize("data, needs_key", [
    ({}, False), ({"scope": "dataset"}, True), ({"operators": {"US_SSN": "encrypt"}}, True),
    ({"default_operator": "encrypt.v1"}, True), ({"operators": {"PERSON": "hash"}}, False),
])
def test_policy_requires_real_key(data, needs_key):
    assert policy_requires_real_key(RedactionPolicy.model_validate(data)) is needs_key


def test_registry_every_published_name_has_an_operator():
    assert set(OPERATORS) == PUBLISHED_NAMES == set(CURRENT_VERSIONS.values()) | SUPERSEDED_VERSIONS
    assert not SUPERSEDED_VERSIONS & set(CURRENT_VERSIONS.values())


# --- tag / mask / hash / drop ------------------------------------------------------------------------------

def test_tag_numbers_by_first_appearance_and_name_variants_share_a_number():
    values = ["priya", "Tom Baker", "Priya Raghunathan", "RAGHUNATHAN", "Baker's",
              ("555 0134", "PHONE_NUMBER"), ("five five five oh one three four", "PHONE_NUMBER"),
              ("555 9999", "PHONE_NUMBER")]
    texts = [r.text for r in plan(values, only("tag"))]
    assert texts == ["<PERSON_1>", "<PERSON_2>", "<PERSON_1>", "<PERSON_1>", "<PERSON_2>",
                     "<PHONE_NUMBER_1>", "<PHONE_NUMBER_1>", "<PHONE_NUMBER_2>"]


def test_tag_numbers_tell_codes_apart_by_their_letters():
    values = [("NE1 4ST", "POSTCODE"), ("NE1 4SX", "POSTCODE"), ("ne1 4st", "POSTCODE"),
              ("n e one four s t", "POSTCODE")]
    assert [r.text for r in plan(values, only("tag"))] == ["<POSTCODE_1>", "<POSTCODE_2>", "<POSTCODE_1>", "<POSTCODE_1>"]


def test_tag_without_numbering():
    assert [r.text for r in plan(["a b", "c d"], only("tag", tag_numbering=False))] == ["<PERSON>", "<PERSON>"]


@pytest.mark.parametrize("value, keep, expected", [
    ("(620) 555-1212", 0, "(***) ***-****"),
    ("Priya Raghunathan", 0, "***** ***********"),
    ("4111 1111 1111 1234", 4, "**** **** **** 1234"),
    ("ab", 4, "**"),  # never reveal the whole value
])
def test_mask_keeps_length_and_separators(value, keep, expected):
    (r,) = plan([(value, "PHONE_NUMBER")], only("mask", mask_keep_last=keep))
    assert r.text == expected and r.operator == "mask.v1"


def test_mask_uses_configured_char():
    assert plan([("12-34", "US_SSN")], only("mask", mask_char="#"))[0].text == "##-##"


def test_hash_is_keyed_scoped_and_sized():
    pol = only("hash", hash_length=12)
    a = plan(["Priya", "priya's"], pol)
    assert a[0].text == a[1].text and a[0].text.startswith("<PERSON:") and len(a[0].text) == len("<PERSON:>") + 12
    assert plan(["Priya"], pol, key=OTHER_KEY)[0].text != a[0].text
    assert plan(["Priya"], pol, conv="conv-2")[0].text != a[0].text
    dataset = only("hash", scope="dataset")
    assert plan(["Priya"], dataset, conv="x")[0].text == plan(["Priya"], dataset, conv="y")[0].text


@pytest.mark.parametrize("op, action", [("drop_turn", "drop_turn"), ("drop_conversation", "drop_conversation")])
def test_drop_operators_return_actions(op, action):
    (r,) = plan([("123-45-6789", "US_SSN")], only(op))
    assert (r.text, r.action, r.operator) == ("", action, f"{op}.v1")


def test_plan_result_aligns_with_items_and_empty_input():
    assert plan([]) == []
    res = plan(["Priya", ("555 0134", "PHONE_NUMBER"), ("x", "NEW_TYPE")])
    assert [r.operator for r in res] == ["surrogate.v2", "surrogate.v2", "tag.v1"]


# --- name surrogates ----------------------------------------------------------------------------------------

def test_name_variants_map_consistently():
    full, first, last, poss, spelled, upper_first = (r.text for r in plan(
        ["Priya Raghunathan", "priya", "RAGHUNATHAN", "Priya's", "r a g h u n a t h a n", "PRIYA"]))
    new_first, new_last = full.split()
    assert first == new_first.lower() and last == new_last.upper() and upper_first == new_first.upper()
    assert poss == new_first + "'s"
    assert spelled == " ".join(new_last.lower())


@pytest.mark.parametrize("value, check", [
    ("priya raghunathan", lambda s: s.islower() and len(s.split()) == 2),
    ("Priya Raghunathan", lambda s: s.istitle() and len(s.split()) == 2),
    ("Dr. Raghunathan", lambda s: s.startswith("Dr. ") and len(s.split()) == 2),
    ("Raghunathan, Priya", lambda s: ", " in s),
    ("John F. Kennedy", lambda s: len(s.split()) == 3 and len(s.split()[1]) == 2 and s.split()[1] != "F."),
    ("G-O-N-Z-A-L-E-Z", lambda s: all(len(p) == 1 and p.isupper() for p in s.split("-"))),
    ("Mary-Jane Smith", lambda s: "-" in s.split()[0]),
    ("Kavitha d/o Subramaniam", lambda s: s.split()[1] == "d/o" and "Kavitha" not in s and "Subramaniam" not in s),
    ("siva a/l krishnan", lambda s: s.split()[1] == "a/l" and s.islower() and "siva" not in s),
])
def test_name_surrogate_keeps_shape(value, check):
    out = plan([value])[0].text
    assert out != value and check(out), out


def test_name_comma_form_maps_roles_like_natural_order():
    natural, comma = (r.text for r in plan(["Priya Raghunathan", "Raghunathan, Priya"]))
    first, last = natural.split()
    assert comma == f"{last}, {first}"


def test_name_surrogate_is_unlinkable_across_conversations_in_conversation_scope():
    outs = {plan(["Priya Raghunathan"], conv=f"c{i}")[0].text for i in range(20)}
    assert len(outs) > 15


def test_name_surrogate_is_stable_across_conversations_in_dataset_scope():
    pol = RedactionPolicy(scope="dataset")
    assert len({plan(["Priya Raghunathan"], pol, conv=f"c{i}")[0].text for i in range(10)}) == 1


def test_name_surrogate_does_not_depend_on_other_values():
    alone = plan(["Priya Raghunathan"])[0].text
    crowded = plan(["Tom", ("555 0134", "PHONE_NUMBER"), "Priya Raghunathan", "Ann Lee"])[2].text
    assert alone == crowded


def _alpha(i: int) -> str:
    out = ""
    while True:
        i, r = divmod(i, 26)
        out += "abcdefghijklmnopqrstuvwxyz"[r]
        if not i:
            return "Zq" + out


def test_name_pool_is_balanced_across_origin_groups():
    from collections import Counter

    from pipeline.redaction.operators.pools import FIRST_NAMES, NAME_GROUPS

    owners = Counter(n for g in NAME_GROUPS for n in set(FIRST_NAMES[g]))
    group_of = {n: g for g in NAME_GROUPS for n in FIRST_NAMES[g] if owners[n] == 1}
    draws = 4000
    counts = Counter(group_of.get(plan([_alpha(i)], conv="c")[0].text) for i in range(draws))
    for g in NAME_GROUPS:
        # Each group is picked 1/G of the time; only names unique to the group can be attributed.
        unique_share = sum(1 for n in FIRST_NAMES[g] if owners[n] == 1) / len(FIRST_NAMES[g])
        expected = draws / len(NAME_GROUPS) * unique_share
        assert 0.75 * expected < counts[g] < 1.25 * expected, (g, counts[g], expected)


# --- encryption ---------------------------------------------------------------------------------------------

def test_encrypt_token_is_recognizable_consistent_and_reversible():
    from pipeline.privacy.reidentify import reidentify_text

    pol = only("encrypt")
    a, b, c = plan(["Priya", "Priya", ("555 0134", "PHONE_NUMBER")], pol)
    assert a.text == b.text and TOKEN_PATTERN.fullmatch(a.text) and a.text.startswith("<ENC:PERSON:")
    assert "Priya" not in a.text
    text = f"hi {a.text}, call {c.text}"
    assert reidentify_text(text, KEY) == "hi Priya, call 555 0134"
    assert plan(["Priya"], pol, conv="other")[0].text != a.text


def test_logs_never_contain_values(caplog):
    with caplog.at_level(logging.DEBUG):
        plan(["Priya Raghunathan", ("yesterday", "DATE"), ("zzz", "PHONE_NUMBER")])
    assert "Priya" not in caplog.text and "yesterday" not in caplog.text and "zzz" not in caplog.text
