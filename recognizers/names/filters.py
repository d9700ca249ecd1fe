"""Candidate filters: names that are businesses or things, not people ("thanks for calling acme bank",
"the uber app"), and the agent's goodbye that names the caller after a company opener."""
from __future__ import annotations

import re

from recognizers.names.lexicon import DETERMINERS, TITLES
from recognizers.names.reasons import REASON_NAME_LIST
from recognizers.names.name_words import Candidate
from recognizers.names.tokens import Token, adjacent
from recognizers.spoken.number_words import MONTHS, ORDINALS, WEEKDAY_ABBREVIATIONS
from recognizers.start_set import compile_fast

# Contact-centre openers before a business name: "thank you for calling northwind mobile",
# "i'm calling from acme", "welcome to contoso". The word after them is a company, not a person.
COMPANY_OPENERS = frozenset((("for", "calling"), ("for", "choosing"), ("for", "contacting"),
                             ("calling", "from"), ("welcome", "to")))


def not_companies(text: str, tokens: list[Token], candidates: list[Candidate]) -> list[Candidate]:
    """Candidates without those that start with the business name after a company opener
    ("thanks for calling acme bank"); a title still makes a person ("calling from dr patel's")."""
    return [c for c in candidates if c.first < 2 or tokens[c.first].key in TITLES
            or not _after_company_opener(text, tokens, c.first) or _closing_after(tokens, c.last)]


# "thanks for calling talal maalouf, bye now": the agent's goodbye names the caller, not the company
# (also words that end a vocative, see ``recognizers.names.cue_scores.TURN_FOLLOWERS``).
CLOSING_WORDS = frozenset("bye goodbye take have".split())


def _closing_after(tokens: list[Token], last: int) -> bool:
    return last + 1 < len(tokens) and tokens[last + 1].key in CLOSING_WORDS


def not_after_determiners(text: str, tokens: list[Token], candidates: list[Candidate]) -> list[Candidate]:
    """Name-list candidates without those right after an article or possessive determiner ("the uber
    app", "my gmail inbox"): things, not people, unless they hold a listed name that is no everyday
    word ("the jones account"). Candidates of a cue phrase stay (the cue ends right before them)."""
    return [c for c in candidates if c.reason != REASON_NAME_LIST
            or not after_determiner(text, tokens, c.first)
            or any(t.name and not t.common for t in tokens[c.first:c.last + 1])]


# Nouns that follow the label of a kind of number: "ni number", "pin code" ("no" and "id" are left out:
# "it's john no wait jon", "thanks sam id like to ...").
ID_NOUNS = frozenset("number numbers num code ref reference".split())
# Abbreviations of national numbers that are also listed names ("ni" is a Chinese surname, "my" a
# Vietnamese given name): after a possessive they label a number.
ID_ABBREVIATIONS = frozenset("ni nino sin pps bsn nhs ssn".split())
POSSESSIVES = frozenset("my your his her their our".split())
IN_LAW_KIN = frozenset("brother sister mother father son daughter".split())
# Spanish and Portuguese possessives before the word "name" ("mi nombre es", "meu nome é").
SPANISH_POSSESSIVES = frozenset("mi su tu meu seu".split())
SPANISH_NAME_NOUNS = frozenset("nombre nombres apellido apellidos nome sobrenome".split())


def not_id_labels(text: str, tokens: list[Token], candidates: list[Candidate]) -> list[Candidate]:
    """Candidates without the labels of identifiers: one word right before "number", "id", "code" names a
    kind of number ("ni number", "its ni number here"), "mi" before "nombre" is Spanish "my", in a pasted form an
    English word opening a line before a colon labels a field ("Full name: ...\nBranch: Cubao"), and such a noun never ends a name; a month before
    a day or a year ("Jun 28", "december 2033"), or after a day ("23 Jan", "14th of June"), and a weekday before a day ("Tue, 12
    Oct") are dates."""
    kept = []
    for c in candidates:
        if tokens[c.last].key in ID_NOUNS:
            if c.last == c.first:
                continue
            c = c._replace(last=c.last - 1)
        nxt = c.last + 1
        if c.first == c.last and nxt < len(tokens) and tokens[nxt].key in ID_NOUNS \
                and adjacent(text, tokens[c.last], tokens[nxt]):
            continue
        if c.first >= 2 and tokens[c.first].key == "law" and tokens[c.first - 1].key == "in" \
                and tokens[c.first - 2].key in IN_LAW_KIN:
            if c.first == c.last:
                continue
            c = c._replace(first=c.first + 1)  # "my brother in law omer hoof": "law" ends the kinship noun
        if tokens[c.last].key in ID_ABBREVIATIONS and tokens[c.first].key in POSSESSIVES:
            continue  # "my ni is ab 12 ...", "your sin": the label of a national number, not a name
        if c.first == c.last and c.reason == REASON_NAME_LIST and tokens[c.first].english \
                and _FIELD_COLON.match(text, tokens[c.first].end) and _opens_line(text, tokens[c.first].start) \
                and _FORM.search(text):
            continue  # "Full name: ...\nBranch: Cubao": in a form, a field's label, not a name
        if all(tokens[k].key in TITLES for k in range(c.first, c.last + 1)) or (
                tokens[c.first].key in TITLES and c.last > c.first
                and _APART.search(text, tokens[c.first].end, tokens[c.first + 1].start)):
            continue  # "Dear Sir/Madam,\n\nRHB card ...": a term of address alone names nobody
        if c.first == c.last and tokens[c.first].key in SPANISH_POSSESSIVES and nxt < len(tokens) \
                and tokens[nxt].key in SPANISH_NAME_NOUNS:
            continue  # "Mi nombre es ...", "su apellido": the Spanish possessive ("Mi" is a given name too)
        if c.first == c.last and c.score < 0.85 and (tokens[c.first].key in MONTHS or tokens[c.first].key in WEEKDAYS) and (
                _DAY_AFTER.match(text, tokens[c.first].end)
                or _DAY_BEFORE.search(text, max(0, tokens[c.first].start - 16), tokens[c.first].start)):
            continue  # "since Jun 28", "on Jul 7", "Sun 23 Jan", "On Tue, 12 Oct": a date
        kept.append(c)
    return kept


_APART = compile_fast(r"[,\n/]")  # a title set apart from the next word ("Sir/Madam,\n\nRHB")
_FIELD_COLON = compile_fast(r"[ \t]*:(?!\d)")  # not "Grace:30"
# A form pasted into a message: a line opening with a personal field's label ("Full name:", "Birthday:").
_FORM = compile_fast(r"(?:^|\n)[ \t]*(?:full name|name|address|mobile(?: no\.?| number)?|phone|e-?mail|birthday|dob|"
                     r"date of birth)[ \t]*:", re.IGNORECASE)


def _opens_line(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip()


_DAY_AFTER = compile_fast(r"\.?,?\s*(?:\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d{2})\b")  # "Jun 28", "december 2033"
# "23 Jan", "14th of June", "the fourteenth of june" (spoken ordinals: "twenty first" ends in one too).
_DAY_BEFORE = compile_fast(r"(?:\b\d{1,2}(?:st|nd|rd|th)?|\b(?:" + "|".join(ORDINALS) + r"))\s+(?:of\s+)?$", re.IGNORECASE)
WEEKDAYS = WEEKDAY_ABBREVIATIONS  # "On Tue, 12 Oct", "Sun 23 Jan"


# Words before a chat "its" that make it "it's" ("sorry its man ng again lol", "hi its yaping byeog").
ITS_OPENERS = frozenset("sorry hi hello hey hiya yeah yes yep ok okay oh um uh".split())


def after_determiner(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` directly follows an article or possessive determiner ("the", "which", "my")."""
    if i > 0 and tokens[i - 1].key == "its" and (i == 1 or tokens[i - 2].key in ITS_OPENERS):
        return False  # "its" typed for "it's" at the start of a turn
    return i > 0 and tokens[i - 1].key in DETERMINERS and adjacent(text, tokens[i - 1], tokens[i]) \
        and text[tokens[i - 1].start:tokens[i - 1].end].isascii()  # "mỹ lê": a given name, not "my"


def _after_company_opener(text: str, tokens: list[Token], i: int) -> bool:
    before, last = tokens[i - 2], tokens[i - 1]
    return (before.key, last.key) in COMPANY_OPENERS and adjacent(text, before, last) \
        and adjacent(text, last, tokens[i])
