"""Words that say a person is meant: the frames of ``person_predicates`` (the tokenizer looks at a turn
holding one, even when no word of it is a listed name)."""
from __future__ import annotations

from recognizers.names.noun_classes import OCCASION_NOUNS, PERSONAL_NOUNS

# Nouns that name what a person does for a living or in public ("is a better comedian").
OCCUPATIONS = frozenset("""comedian comic actor actress singer rapper musician songwriter drummer guitarist player
    footballer cricketer golfer boxer athlete quarterback goalkeeper striker coach president politician senator
    governor minister candidate writer author poet novelist director painter artist dancer chef scientist
    presenter host""".split())
# What only a person has ("<name>'s wife"); "approval" opens "approval rating".
PERSON_ATTRIBUTES = frozenset("""approval wife husband girlfriend boyfriend spouse kids children son sons daughter
    daughters biography date dob passport maiden brother sister mum mom dad mother father cousin uncle aunt nan gran
    partner""".split())  # "date": of birth; "so then jocasta's brother pulls up"
# What a person has but a role has too ("the account holder's name", "the patient's diary"): said of a name only, so
# no trigger (a turn with a name in it is looked at anyway).
NAMED_ATTRIBUTES = frozenset("""name surname diary pupils students lessons patients clients birthday wedding funeral
    grandson granddaughter payslips payslip wages application""".split())
# Who a speaker means by a relation, not a name ("mum's birthday", "dad and his mates").
RELATIVES = (PERSONAL_NOUNS - OCCASION_NOUNS) | frozenset("""mums moms dads mummy daddy mama papa nan nana gran granny
    friend friends boss neighbour neighbor cousin uncle aunt auntie nephew niece partner""".split())
# The word that opens "what's <name> been up to".
BEEN = "been"
TRIGGERS = OCCUPATIONS | PERSON_ATTRIBUTES | {BEEN}
