"""The business a conversation is with is no person: "Welcome to Zenta Mobile", "Thank you for choosing Kobo".

A chat export puts the business's display name before every agent message ("[08:57, 15/11/2026] Eko Grid:")
and the agent names it in greetings and closings; the name recognizers read "Eko Grid" or "Kobo" as a given name
and a surname, and propagation then finds them in every turn. A surrogate there is no leak, but it rewrites the
business in the training text on every message. This step learns the business's words from the agent's own
openers and closings (capitalized words after "welcome to", "thank you for choosing / contacting / calling",
"calling from", "you've reached", "on behalf of", after the agent's name ("chatting with Ana from Kudu", "Ana with
Lumo here"), or before "hotline" / "customer care": an e-mail's sender;
capitalized words ending in "Bank", "Mobile", "Express", "Insurance", ...), and from the agent's display name when it starts with one of
them, and drops PERSON findings made only of those words. A name given with a self-introduction ("my name is
Kobo", "I'm Wendy") stays whatever the business is called, and its words are no business words anywhere in the
conversation ("Thanks for calling Mira Hale." after "my name is Mira Hale").

A plain function over findings; it logs nothing.
"""
from __future__ import annotations

import re
from typing import Sequence

from pipeline.detection.engine_tags import message_sender
from pipeline.records import Finding, Turn
from recognizers.entities import PERSON
from recognizers.ascii_twin import ascii_fast
from recognizers.start_set import compile_fast

# A business name: one to four capitalized words (or digits, "&"), after an opener only a business follows.
_GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"  # a subtitle line may wrap anywhere
_NAME = rf"(?-i:((?>[A-Z0-9][\w&'’-]*(?:{_GAP}(?:&{_GAP})?[A-Z0-9][\w&'’-]*){{0,3}})))"
# "Thanks for calling Jennifer Schmitt, bye now": a goodbye names the caller.
_GOODBYE_AFTER = r"(?![ \t]*[,.!]?[ \t]*(?:bye|goodbye|take care|have a|see you|talk soon)\b)"
_OPENERS = ascii_fast(
    r"\b(?:welcome to|(?:thanks|thank you|thank u|tnx) for (?:choosing|contacting|calling|messaging|shopping with|"
    r"banking with|flying with|being with)|calling (?:you )?from|you(?:'ve| have) reached|on behalf of)"
    + _GAP + r"(?:the" + _GAP + ")?" + _NAME + _GOODBYE_AFTER, re.IGNORECASE)
# ... or before the name of its service desk: "Merlion Mobile hotline", "From: Harimau Life Assurance Customer Care
# <help@...>", "Customer Care Executive, Harimau Life" is no such (the desk comes first).
_DESK_AFTER = ascii_fast(
    r"((?-i:(?<![\w&'’-])[A-Z0-9][\w&'’-]*(?:[ \t]+[A-Z0-9][\w&'’-]*){0,3}?)[ \t]+(?:hotline|helpline|help ?desk|support|"
    r"customer (?:service|care|support|experience)|support (?:team|desk|centre|center)|care team|contact cent(?:re|er)))\b",
    re.IGNORECASE)  # group 1: the name and its desk, both the business's words
# ... or one that ends in an organisation's word ("Hi, good afternoon, Selat Bank, you're speaking with ...").
_ORG_WORDS = ("Bank|Mobile|Telco|Telecom|Express|Courier|Logistics|Insurance|Assurance|Airways|Airlines|Energy|Power|"
              "Water|Gas|Broadband|Services|Solutions|Finance|Credit|Mutual|Pay|Holdings|Group|Ltd|Limited|Bhd|Berhad|Pte|Inc|LLC|"
              "Utilities|Utility|Electric|Electricity|Health|Healthcare|Clinic|Hospital|Pharmacy|Travel|Motors|"
              "Telecoms|Communications|Networks|Retail|Stores|Mart|"
              # ... and their European words ("Voltaria Energie", "Alpina Assurances", "Banca Sella", "Nordia Försäkring")
              "Energie|Énergie|Energia|Assurances|Assicurazioni|Seguros|Versicherung|Versicherungen|Verzekeringen|"
              "Försäkring|Forsikring|Ubezpieczenia|Banque|Banca|Banco|Sparkasse|Telekom|Télécom|Telecomunicazioni|"
              "Stadtwerke|Reisen|Voyages|Viaggi|Viajes|Mobilité|Mobilità|Autoverhuur|Ferrocarriles|Ferrovie|Bahn|Rail")
ORG_WORDS = frozenset(_ORG_WORDS.lower().split("|"))  # ... in any case ("aerowave airlines")
_ORG_NAME = ascii_fast(rf"(?-i:((?<![\w&'’-])(?:[A-Z0-9][\w&'’-]*[ \t]+){{1,3}}(?:{_ORG_WORDS})))\b")
# ... or after the agent's own name: "you're chatting with Margeret from Kudu", "Roxana with Lumo here".
_AGENT_FROM = ascii_fast(r"(?i:\b(?:chatting|speaking|talking) (?:with|to)) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? (?:from|at) "
                           + _NAME)
_AGENT_WITH = ascii_fast(r"(?<![\w'’-])[A-Z][\w'’-]* (?:with|from) " + _NAME + r"(?= here\b)")
# A name its bearer gives: kept even when a business shares the word.
_SELF_INTRODUCTION = compile_fast(r"(?:\bname(?:'s|\s+is)?|\bi'?m|\bi am|\bthis is|\bcall me)\W{0,3}$", re.IGNORECASE)
_PARTICLES = frozenset("ah lah leh lor ya eh oh uh um po".split())  # said after a business's name as after any
_WORD = compile_fast(r"[^\W_]+(?:['’-][^\W_]+)*")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def business_words(turns: Sequence[Turn], agent_speakers: Sequence[str]) -> frozenset[str]:
    """The lowercased words of the business names the agent's turns give (empty when they give none)."""
    agents = {s.lower() for s in agent_speakers}
    agent_texts = [t.text for t in turns if t.speaker.lower() in agents]
    words: set[str] = set()
    for text in agent_texts:
        for pattern in (_OPENERS, _DESK_AFTER, _ORG_NAME, _AGENT_FROM, _AGENT_WITH):
            for match in pattern.finditer(text):
                words.update(_words(match.group(1)))
    if not words:
        return frozenset()
    for text in agent_texts:  # "Kobo Bank:" before a message that welcomes to "Kobo"
        sender = message_sender(text)
        display = _words(text[sender[0]:sender[1]]) if sender else []
        if display and display[0] in words:
            words.update(display)
    return frozenset(words)


def drop_business_names(turns: Sequence[Turn], findings: Sequence[list[Finding]],
                        words: frozenset[str]) -> list[list[Finding]]:
    """``findings`` per turn without PERSON findings made only of the business's ``words`` (``business_words``);
    run before propagation, and after it for the mentions a mixed finding seeded ("padala sa" -> "Padala")."""
    if words:  # "Thanks for calling Mira Hale." / "my name is Mira Hale": the caller's, not the business's
        words -= {w for turn, found in zip(turns, findings) for f in found
                  if f.entity_type == PERSON and _introduced(turn.text, f) for w in _words(turn.text[f.start:f.end])}
    if not words:
        return list(findings)
    return [[f for f in found if not _is_business(turn.text, f, words)] for turn, found in zip(turns, findings)]


def _is_business(text: str, f: Finding, words: frozenset[str]) -> bool:
    value = [w for w in _words(text[f.start:f.end]) if w not in _PARTICLES]  # "Selat Bank ah"
    return f.entity_type == PERSON and bool(value) and all(w in words for w in value) and not _introduced(text, f)


def _introduced(text: str, f: Finding) -> bool:
    return _SELF_INTRODUCTION.search(text, max(0, f.start - 20), f.start) is not None
