"""A chat export's sender column names the customer."""
from __future__ import annotations

import pytest

from pipeline.detection.export_senders import RECOGNIZER_NAME, find_senders
from pipeline.records import Finding, Turn

AGENTS = ("agent",)


def _found(text: str, speaker: str = "customer", findings=None) -> list[tuple[str, str]]:
    out = find_senders([Turn(speaker=speaker, text=text)], [findings or []], AGENTS)
    return [(f.entity_type, text[f.start:f.end]) for f in out[0]]


@pytest.mark.parametrize("text, name", [
    ('04/03/2026,9:05 AM,Crystal Brown,+63 917 555 0134,"hi po"', "Crystal Brown"),
    ('04/03/2026,9:05 AM,Joy,,"3"', "Joy"),
    ("[14:05, 03/12/2026] Marisol Quispe: ok thanks", "Marisol Quispe"),
    ("[14:05, 03/12/2026] ~ Dayo 🙏: ok", "Dayo"),                        # decoration trimmed
])
def test_a_customers_display_name_is_a_person(text, name):
    assert _found(text) == [("PERSON", name)]


@pytest.mark.parametrize("text", [
    "[00:01:40] Speaker 2: it's 4 5",             # a role label
    '04/03/2026,9:05 AM,Customer,,"hi"',
    "[14:05, 03/12/2026] +234 803 412 7765: hi",  # a number, no letter
    "no header here: Crystal Brown",
])
def test_no_sender_name(text):
    assert _found(text) == []


def test_the_agents_display_is_left_alone():
    assert _found('04/03/2026,9:05 AM,Banco Norte,,"hi"', speaker="agent") == []


def test_findings_inside_the_display_give_way():
    text = '04/03/2026,9:05 AM,Crystal Brown,,"hi"'
    inner = Finding(text.index("Brown"), text.index("Brown") + 5, "PERSON", 0.6, "person_names.v3", "name_list")
    out = find_senders([Turn(speaker="customer", text=text)], [[inner]], AGENTS)
    assert [(text[f.start:f.end], f.recognizer) for f in out[0]] == [("Crystal Brown", RECOGNIZER_NAME)]


def test_another_type_on_the_display_wins():
    text = "[14:05, 03/12/2026] ada@example.com: hi"
    start = text.index("ada")
    email = Finding(start, start + 15, "EMAIL_ADDRESS", 0.9, "email.v1", "pattern")
    out = find_senders([Turn(speaker="customer", text=text)], [[email]], AGENTS)
    assert out == [[email]]


@pytest.mark.parametrize("text, names", [
    ("From: Norma Quek <nquek@mail.example>\nSent: Mon, 2 Nov 2026 09:00\nSubject: card", ["Norma Quek"]),
    ("Cc: Ada Obi <ada@x.example>, Ben Ong <ben@y.example>", ["Ada Obi", "Ben Ong"]),
    ('To: "Hana Lim" <hana@x.example>', ["Hana Lim"]),
    ("> On Tue, 3 Nov 2026 at 10:12, Mark Teo <markteo@x.example> wrote:\n> hi", ["Mark Teo"]),
    ("thanks\n\n> on 4/9, hazel grove wrote:\n> we will call you", ["hazel grove"]),   # no address
    ("On Friday, Will Marsh wrote:\n> the refund is on its way", ["Will Marsh"]),
])
def test_an_e_mail_header_display_name_is_a_person(text, names):
    for speaker in ("customer", "agent"):
        assert [n for t, n in _found(text, speaker=speaker) if t == "PERSON"] == names


@pytest.mark.parametrize("text", [
    "From: Acme Bank Customer Care <care@acmebank.example>",      # a desk
    "To: Riverside Golf Club <members@riverside.example>",         # an organisation
    "From: Kim Park <support@x.example>",                          # a role mailbox
    "From: ada@x.example",                                         # no display name
    "He said: Ada Obi <ada@x.example> is the right address",       # not a header line
    "> On Monday, Customer Care wrote:\n> sorry",                   # a desk, no address
    "on friday, as i wrote: nothing came",                         # no attribution
])
def test_no_person_from_desks_role_mailboxes_or_bare_addresses(text):
    assert [n for t, n in _found(text) if t == "PERSON"] == []
