"""The business the agent names is no person; a name its bearer gives stays."""
from __future__ import annotations

import pytest

from pipeline.detection.business_names import business_words, drop_business_names
from pipeline.records import Finding, Turn

AGENTS = ("agent",)


def _finding(text: str, piece: str, score: float = 0.8) -> Finding:
    start = text.index(piece)
    return Finding(start, start + len(piece), "PERSON", score, "test.v1", "name_list")


@pytest.mark.parametrize("agent_text, words", [
    ("Hi! Welcome to Larkfield Water. How can I help?", {"larkfield", "water"}),
    ("thank you for choosing Brightmoor today", {"brightmoor"}),
    ("Thanks for contacting the Velora Travel & Co team", {"velora", "travel", "co"}),
    ("hello I'm calling from Pinecrest Energy about your meter", {"pinecrest", "energy"}),
    ("You've reached Tovin Broadband support", {"tovin", "broadband", "support"}),  # the desk word joins
    ("[10:02, 04/05/2026] Quillo Pay: Hello, welcome to Quillo", {"quillo", "pay"}),  # the display joins
    ("[10:02, 04/05/2026] Support Desk: Hello, welcome to Quillo", {"quillo"}),        # another display does not
    ('04/05/2026,10:02 AM,Quillo Pay,,"Welcome to Quillo on Viber!"', {"quillo", "pay"}),
    ("Good morning, you've reached\nLarkfield Water, my name is Ada.", {"larkfield", "water"}),  # a wrapped line
    ("Tembusu Telco hotline, Farid here. How can I help?", {"tembusu", "telco", "hotline"}),   # before its desk
    ("From: Kenanga Home Insurance Customer Care <care@kenanga.example>\nDear Ali,",
     {"kenanga", "home", "insurance", "customer", "care"}),
    ("Good afternoon, Sentosa Water, you're speaking with Ali.", {"sentosa", "water"}),  # an organisation's word
    ("Hello, you're chatting with Ilse from Tarvo. What can I do?", {"tarvo"}),           # after the agent's name
    ("Hiya! Benedikt with Orlo here. Who's on the account?", {"orlo"}),
    ("Hello from Tarnmoor Mutual, I'm Ilse.", {"tarnmoor", "mutual"}),                     # a mutual insurer
])
def test_business_words_come_from_the_agents_openers(agent_text, words):
    turns = [Turn(speaker="agent", text=agent_text), Turn(speaker="customer", text="hi")]
    assert business_words(turns, AGENTS) == words


@pytest.mark.parametrize("agent_text", [
    "You're chatting with Marisol today",           # "chatting with" may name the agent
    "Benedikt with Orlo Petrov on the line",        # no "here": a person with a person
    "you're chatting with Ilse from the billing team",
    "welcome back, how was the trip",                # no business after the opener
    "thank you for waiting, Dolores",
    "please call our hotline, Farid will answer",     # no capitalized name before the desk
])
def test_no_business_words_without_an_opener(agent_text):
    assert business_words([Turn(speaker="agent", text=agent_text)], AGENTS) == frozenset()


def test_a_customers_welcome_names_no_business():
    turns = [Turn(speaker="customer", text="welcome to Ravenna Harlow, she said")]
    assert business_words(turns, AGENTS) == frozenset()


@pytest.mark.parametrize("text, piece, dropped", [
    ("[10:02, 04/05/2026] Quillo Pay: Thanks, Ada!", "Quillo Pay", True),  # the display
    ("I already paid Quillo last week", "Quillo", True),
    ("is Quillo Pay lah still open", "Quillo Pay lah", True),             # a particle after the business
    ("my name is Quillo Adeyemi", "Quillo Adeyemi", False),                # a word outside the business
    ("my name is Quillo", "Quillo", False),                                # given by its bearer
    ("I'm Quillo", "Quillo", False),
    ("Thanks, Ada!", "Ada", False),
])
def test_drop_business_names(text, piece, dropped):
    turns = [Turn(speaker="agent", text="[10:01, 04/05/2026] Quillo Pay: Hello 👋 Welcome to Quillo Pay."),
             Turn(speaker="customer", text=text)]
    findings = [[], [_finding(text, piece)]]
    out = drop_business_names(turns, findings, business_words(turns, AGENTS))
    assert (out[1] == []) is dropped


def test_other_types_stay():
    text = "Quillo"
    turns = [Turn(speaker="agent", text="Welcome to Quillo"), Turn(speaker="customer", text=text)]
    finding = Finding(0, 6, "ORGANIZATION", 0.8, "test.v1", "pattern")
    assert drop_business_names(turns, [[], [finding]], business_words(turns, AGENTS)) == [[], [finding]]


@pytest.mark.parametrize("agent_text", [
    "Thanks for calling Odile Varga, bye now.",
    "thank you for choosing Renzo Abati. Have a lovely evening",
    "Thanks for contacting Mirela Dosti, take care!",
])
def test_a_goodbye_names_the_caller_not_a_business(agent_text):
    assert business_words([Turn(speaker="agent", text=agent_text)], AGENTS) == frozenset()


def test_a_name_given_by_its_bearer_is_no_business_word_anywhere():
    turns = [Turn(speaker="customer", text="hi, my name is Mira Hale"),
             Turn(speaker="agent", text="Thanks for calling Mira Hale."),
             Turn(speaker="customer", text="Mira Hale again, sorry")]
    findings = [[_finding(t.text, "Mira Hale")] for t in turns]
    assert drop_business_names(turns, findings, business_words(turns, AGENTS)) == findings


@pytest.mark.parametrize("agent_text, words", [
    ("<p><b>Rania</b> (Harbour Utilities Support)<br>", {"harbour", "utilities", "support"}),
    ("Customer Care Executive | Orchid Health Insurance", {"orchid", "health", "insurance"}),
])
def test_support_desks_and_organisation_words(agent_text, words):
    assert words <= business_words([Turn(speaker="agent", text=agent_text)], ("agent",))
