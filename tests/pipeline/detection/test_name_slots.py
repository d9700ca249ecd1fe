"""A name slot taken whole: misheard words between a name-introducing phrase and a closing one join the name a
recognizer found part of; words that are never part of a name stop the slot."""
from __future__ import annotations

import pytest

from pipeline.detection.name_completion import complete_names
from pipeline.records import Finding


def _person(text: str, piece: str) -> Finding:
    start = text.index(piece)
    return Finding(start, start + len(piece), "PERSON", 0.8, "test.v1", "name_list")


def _people(text: str, findings) -> list[str]:
    return [text[f.start:f.end] for f in findings if f.entity_type == "PERSON"]


@pytest.mark.parametrize("text, found, whole", [
    # a word before the finding, after the opener
    ("hello this is bowl xuan tran calling from home", "xuan tran", "bowl xuan tran"),
    ("the booking is under wing kar fai, is that fine", "kar fai", "wing kar fai"),
    ("it's for my aunt duck thi hanh", "thi hanh", "duck thi hanh"),
    ("my name is chew ming tat.", "ming tat", "chew ming tat"),
    # a word after the finding, before a closing phrase
    ("it's under my husband minh chow is that alright", "minh", "minh chow"),
    ("yeah this is li way speaking", "li", "li way"),
    # ... before a new clause: a subject, a past tense, "and i'm"
    ("my brother in law mirela dunk sorted the car", "mirela", "mirela dunk"),
    ("the van driver was shun lettuce i think", "shun", "shun lettuce"),
    ("hi ah, this is kelvin mak hock,\ncalling about my account", "kelvin mak", "kelvin mak hock"),  # comma, break
    # ... after "on behalf of", the turn's end
    ("i'm ringing on behalf of lawrence rams bottom", "lawrence rams", "lawrence rams bottom"),
    # both sides
    ("yes it is under my father hoe van bee is that correct", "van", "hoe van bee"),
    # next to an East Asian name word, a syllable English writes as a function word
    ("the parcel went under lam him i think", "lam", "lam him"),
    ("yes the booking is under yeung an i think", "yeung", "yeung an"),
    # a relation after the name closes the slot, also at the turn's start
    ("nga van toan my dad", "nga", "nga van toan"),
    ("bell thi lan my mum", "thi lan", "bell thi lan"),
    ("chau mei park (my daughter) - her number", "chau mei", "chau mei park"),
    ("sipho nkosi lamb and my brother share the line", "sipho nkosi", "sipho nkosi lamb"),   # "and my <relation>"
    # ... or "calling" / "speaking" after the words added after the finding
    ("lerato dube far calling about my meter", "lerato dube", "lerato dube far"),
    # a relative and a name as two subjects
    ("my sister and wanjiru moth share the plan", "wanjiru", "wanjiru moth"),
    # "under ___ my ...", the misheard word before the finding; "i have ___ on the account"
    ("it's under auto mensah my meter is broken", "mensah", "auto mensah"),
    ("so i have auto mensah on the account is that right", "mensah", "auto mensah"),
    # closed by "may i", "you've", "really"
    ("fernbank energy my name is lim sing may i take your number", "lim", "lim sing"),
    ("thank you sipho tree you've sorted it", "sipho", "sipho tree"),
    ("thank you ottoline crow really kind of you", "ottoline", "ottoline crow"),
    # "it's" / "hi" open a slot that only "calling" / "ringing" / "here" closes
    ("it's losa manu leaf ringing about my bill", "losa manu", "losa manu leaf"),
    ("its losa manu leaf ringing about my bill", "losa manu", "losa manu leaf"),  # "it's" typed without its apostrophe
    ("hi gift sene here cant log in", "sene", "gift sene"),
    # closed by "please" / "pls" / "about", by "my" right after the finding, or by the turn's end after "me and"
    ("the policy is under adama wane pls check", "adama", "adama wane"),
    ("i spoke to meron haile about it", "haile", "meron haile"),
    ("hi this is caddy kone my router is down", "kone", "caddy kone"),
    ("it's a joint account me and deeq alley", "deeq", "deeq alley"),
    # "went through this with ___", closed by "on <month / weekday>"
    ("i went through all this with rangi moth yesterday", "rangi", "rangi moth"),
    ("my previous chat with hone rata on april 2 was useless", "rata", "hone rata"),
    # after "my <relation>" a determiner; after "account holder" a sentence's end
    ("ring my cousin mbali kettle the landline is off", "mbali", "mbali kettle"),
    ("policy holder sizwe brag. the app keeps crashing", "sizwe", "sizwe brag"),
    ("my partner wai man kit set up the account", "wai man", "wai man kit"),   # "set (up)" after the name
    ("brood kofi calling about the outage", "kofi", "brood kofi"),          # a caller's name opening the turn
    ("sail jin ho ringing about my parcel", "jin ho", "sail jin ho"),
    ("coat hyun woo here i'm ringing about a charge", "hyun woo", "coat hyun woo"),  # "here" before "i'm ringing"
    ("thank you min ok hee that's great", "min", "min ok hee"),              # Korean "Ok" inside a name
    # a speaker's pause inside the slot is no word of it, and no gap between two of its words
    ("the parcel is under lee um jae won i think", "jae won", "lee um jae won"),
    ("me and rei um sack share the plan", "rei", "rei um sack"),
    ("i spoke to tarik dim before", "tarik", "tarik dim"),                   # "before": a time after the name
    ("it's under lee walling the parcel i mean", "lee", "lee walling"),       # an "-ing" surname
    ("we talked to oh seo yeon about it", "seo yeon", "oh seo yeon"),        # the Korean surname Oh
    ("the plan is under kang so hee i think", "kang", "kang so hee"),         # "so" before another syllable
])
def test_misheard_words_in_a_name_slot_join_the_name(text, found, whole):
    assert _people(text, complete_names(text, [_person(text, found)])) == [whole]


@pytest.mark.parametrize("text, found, expected", [
    ("play adele", "adele", "adele"),                                       # no opening phrase: no slot
    ("on behalf of mary jones about her order", "mary jones", "mary jones"),  # "about" is no name word
    ("i'm ringing on behalf of mary thanks", "mary", "mary"),
    ("outpatient appointments lam here", "lam", "lam"),                     # a team's name opening the turn
    ("skyway rebooking uh desk patricia here", "patricia", "patricia"),     # ... or after a filler
    ("hello, front desk patricia here", "patricia", "patricia"),            # no opening phrase
    ("the account is under my wife mary always paid", "mary", "mary"),      # an adverb
    ("tell bob smith", "bob smith", "bob smith"),
    ("my son jack plays football on saturdays", "jack", "jack"),            # a verb after the name: no closer
    ("my son jack plays football", "jack", "jack"),                         # ... not even at the end of the turn
    ("this is my friend tomasz calling", "tomasz", "tomasz"),               # a determiner stops the slot
    ("it's really tomasz here", "tomasz", "tomasz"),                        # an adverb is no part of a name
    ("thanks so much priya", "priya", "priya"),                             # a short turn of thanks
    ("okay great priya", "priya", "priya"),
    ("this is mei's husband calling", "mei's", "mei's"),                       # a relation noun stops the slot
    ("i told her, bowl kar fai is that okay", "kar fai", "kar fai"),       # a comma ends the slot
    ("well it's under the name of mark and the ref is that okay", "mark", "mark"),  # three words: too many
    ("peter helps my mum", "peter", "peter"),                                # a verb before the relation
    ("the parcel went under maria him i think", "maria", "maria"),          # no East Asian name word
    ("it's under chen so i think", "chen", "chen"),                         # an adverb all the same
    ("a gift from my aunt in hong kong, it says", "hong kong", "hong kong"),  # a preposition before a place
    ("anna and my dad", "anna", "anna"),                                    # a function word
    ("elmwood water tarunika here before we start", "tarunika", "tarunika"),  # a company before the name
    ("elmwood water tarunika speaking", "tarunika", "tarunika"),              # ... an agent's "speaking" too
    ("just mary calling about the bill", "mary", "mary"),                     # an adverb is no name word
    ("front desk tarunika here i'm calling you back", "tarunika", "tarunika"),  # an agent calling back
    ("thank you kim ok bye", "kim", "kim"),                                    # ... not after it
    ("billing team tarunika calling you back", "tarunika", "tarunika"),
    ("i have ruth as well on the account", "ruth", "ruth"),                # a function word after the name
    ("under the stairs my nan keeps it", "nan", "nan"),                     # no name word added
    ("it's really grace calling", "grace", "grace"),                        # "it's": an adverb stops it
    ("it's nice jo here", "jo", "jo"),                                      # "here" after the finding only
    ("hi team jo here", "jo", "jo"),
    ("hi this is jo paying my bill", "jo", "jo"),                           # "my" after added words: no closer
    ("me and jo went home", "jo", "jo"),                                    # no word after the finding to add
    ("my son jack drives the car", "jack", "jack"),                          # a verb before the determiner
    ("the holder jo smiled. then left", "jo", "jo"),                        # no "account" / "policy" before "holder"
    ("i spoke to jo um, my manager", "jo", "jo"),                           # a pause, then a comma: the slot ends
    ("me and uh jo went home", "jo", "jo"),                                 # a pause adds nothing by itself
    ("the booking is under kim on my card", "kim", "kim"),                    # "on" before a noun phrase
    ("thank you lee oh that's lovely", "lee", "lee"),                       # "oh" with no East Asian name word
    ("i um have jo bloggs showing here", "jo bloggs", "jo bloggs"),         # "-ing" before "here": a verb
])
def test_words_that_are_no_part_of_a_name_stop_the_slot(text, found, expected):
    assert _people(text, complete_names(text, [_person(text, found)])) == [expected]


def test_a_slot_never_grows_into_another_finding():
    text = "this is bowl xuan tran calling"
    other = Finding(text.index("bowl"), text.index("bowl") + 4, "LOCATION", 0.9, "test.v1", "test")
    findings = complete_names(text, [_person(text, "xuan tran"), other])
    assert _people(text, findings) == ["xuan tran"]
