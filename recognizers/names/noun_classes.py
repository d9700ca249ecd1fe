"""Noun classes the name rules read around a candidate: what a person has, what an assistant plays, where a
business is named after its owner."""
from __future__ import annotations

# After a possessive name ("finlee's bedtime"): words that belong to a person, not a business.
PERSONAL_NOUNS = frozenset("""birthday bday anniversary wedding funeral graduation bedtime wife
    husband boyfriend girlfriend fiance fiancee son daughter kids children baby mom mum dad mother
    father brother sister parents grandma grandpa""".split())
# ... and, for a listed given name, things a person has ("priya's phone number").
OWNED_NOUNS = PERSONAL_NOUNS | frozenset("""phone number email address house place car office
    flight appointment school party friend friends family shift shifts rota timesheet payslip contract""".split())
# What a voice assistant plays or shows: after a given name at the end of a turn ("play adele music"),
# the thing, not a surname.
CONTENT_NOUNS = frozenset("""music song songs album albums playlist podcast podcasts radio station news
    video videos movie movies film films show shows episode episodes channel tweets""".split())
# Places a business is named after its owner ("moe's diner", "joe's garage"): not a person.
VENUE_NOUNS = frozenset("""diner restaurant cafe bar pub grill pizza pizzeria bakery kitchen deli tavern
    inn shop store garage salon market""".split())
# Nouns that take a bare name before them even without an apostrophe in speech-to-text.
OCCASION_NOUNS = frozenset("birthday bday anniversary wedding funeral graduation".split())
