"""Word classes the name rules share (joiners, words that follow a name, interjections) and the candidate record
every rule returns."""
from __future__ import annotations

from typing import NamedTuple

from recognizers.names.tokens import Token


class Candidate(NamedTuple):
    first: int        # token index
    last: int         # token index, inclusive
    score: float
    reason: str


MAX_NAME_TOKENS = 4
# After a greeting cue a dictionary word is a name only if the agent-intro frame follows.
INTRO_FOLLOWERS = frozenset("from here calling speaking ringing phoning with at of on returning".split())
# Joiners inside multi-word names ("de la cruz", "bin laden", "van der berg").
PARTICLES = frozenset("de da di del della der den van von la le bin ibn al el abu ben dos das ap ab ferch verch "
                      "du st mc mac ait id ould oulad".split())  # Amazigh "ait" / "id", Maghrebi "ould"
# Joiners that never open a name when written lowercase ("a nombre de Lucía", "fecha de nacimiento"): a
# surname such as "de Souza" opens with its title ("mr de souza") or a capital ("De Souza").
LEADING_NOT_NAME = frozenset("de del della dos das".split())  # not "van", "le", "la": Vietnamese names too


def leading_particle(text: str, tok: Token) -> bool:
    """A lowercase joiner that may not open a name ("a nombre de Lucía Ortiz", "fecha de nacimiento"); "lê", with
    its accent, is a Vietnamese name."""
    return tok.key in LEADING_NOT_NAME and not tok.capitalized and text[tok.start:tok.end].isascii()
# Arabic / Maori joiners ("khalid bin walid", "aroha te whare") take any word after them but a frequent English one.
ARABIC_JOINERS = frozenset("al el bin ibn bint abu abd abdul abdel ould".split()) | {"te"}
# Words that open an Arabic given name ("abu malik", "abd al karim"): redacted with the name after.
ARABIC_OPENERS = frozenset("abu abou abd abdul abdel abdal umm bint".split())
NOT_AFTER_OPENERS = frozenset(("dhabi",))  # "abu dhabi" is a city
# Frequent words right after a name that are also listed surnames ("call john back"), and the words
# of a biography question ("when was elvis born").
AFTER_NAME_WORDS = frozenset("back soon said says good will well later tomorrow today tonight "
                             "again too please then there born died married".split()) | frozenset(
    "lives lived works worked moved studied graduated grew spoke phoned emailed texted messaged mentioned "
    "promised apologised apologized told wrote rings rang phones".split())  # "sofie lives in oslo": verbs of a person
# Words that link a clause to the one before it, before its subject: "so precious and i went", "... and davit signed".
CLAUSE_LINKS = frozenset("and but so because cos then".split())
# "did mark post anything": an auxiliary, an ambiguous given name, then a verb.
QUESTION_AUX = frozenset(("did", "does"))
# Words after an ambiguous name that make it a verb ("mark it", "bill them").
OBJECT_WORDS = frozenset("it them me him her us this that these those the a an my your his our "
                         "their down up out off as".split())
COORDINATORS = frozenset(("and", "or", "&"))

# Interjections some name list also holds ("Ah" is a Korean given-name syllable): never a name alone at a
# sentence start ("Ah thank you Uma").
INTERJECTIONS = frozenset("ah aah oh eh uh um er hm hmm aw ooh aha wow yay ha huh ugh oi".split())
# Conversational sounds, chat spellings and contact-centre words no dictionary lists ("okey", "mhm", "gotcha", "pin").
CONVERSATIONAL_SOUNDS = frozenset("""mm mmm mhm mm-hmm mm-hm mmhmm uh-huh uh-uh uhuh hmm hm nope yep yup yeah yea nah
    okey okie doke dokey dokie okey-doke okey-dokey oclock o'clock alright aight hiya heya swift pin ok ste
    eh ehn erm uhm umm ahh gotcha""".split())
