"""Name completion: a PERSON finding grows to the whole name, never into other words or other types."""
from __future__ import annotations

import pytest

from pipeline.detection.name_completion import complete_names
from pipeline.records import Finding


def _person(text: str, piece: str, score: float = 0.8) -> Finding:
    start = text.index(piece)
    return Finding(start, start + len(piece), "PERSON", score, "test.v1", "name_list")


def _spans(text: str, findings) -> list[str]:
    return [text[f.start:f.end] for f in findings]


@pytest.mark.parametrize("text, found, whole", [
    ("Please send it to Orla K. Brennigan today.", "Orla K", "Orla K. Brennigan"),
    ("the note is for orla k brennigan now", "orla", "orla k brennigan"),
    ("It was Fernanda de la Vega who called.", "Fernanda", "Fernanda de la Vega"),
    ("ask for yusuf bin tariq please", "yusuf", "yusuf bin tariq"),
    ("Contact Pieter van den Hoek about it.", "Pieter", "Pieter van den Hoek"),
    ("I met Imelda Okonkwo-Rhys yesterday.", "Imelda", "Imelda Okonkwo-Rhys"),
    ("yes my friend nirmala gandhi called", "nirmala", "nirmala gandhi"),
    ("i spoke with rahul ambani earlier", "ambani", "rahul ambani"),
    ("Thank you, Marguerite Lapointe.", "Lapointe", "Marguerite Lapointe"),
    ("Hello Dr. Chidi Obi, welcome.", "Chidi", "Chidi Obi"),
    ("Please change it to Moira Pagan today.", "Moira", "Moira Pagan"),
    ("I wrote to Amanda Great about the refund.", "Amanda", "Amanda Great"),
    ("The holder is Bridget May, as before.", "Bridget", "Bridget May"),
    ("the account is for ahmad bin gede", "gede", "ahmad bin gede"),
    ("Please ask Ms van Dijk to call.", "Dijk", "van Dijk"),
    # A speech engine that capitalizes only sentences: a lowercase initial with its period.
    ("It is for my nephew, marcus t. holloway.", "holloway", "marcus t. holloway"),
    ("It is for my nephew, marcus t. holloway.", "marcus", "marcus t. holloway"),
    ("Send it to daniel r. go.", "daniel", "daniel r. go"),             # an everyday-word surname ends it
    ("you may like evan h garner is a psychiatrist", "evan", "evan h garner"),   # lowercase speech: a bare letter
    ("hello, it's K. L. Menon here", "Menon", "K. L. Menon"),               # initials before the name
    ("the booking is under pee k prakash", "prakash", "pee k prakash"),     # an initial heard as a word
    ("the group is me and k are deepak", "deepak", "k are deepak"),
    ("i need to see k prakash", "prakash", "k prakash"),                 # "to see": a verb, no initial
    ("a note from r. k. iyer, thanks", "iyer", "r. k. iyer"),               # ... lower-case, with their periods
    ("yes it's v s bhat calling", "bhat", "v s bhat"),                      # ... bare letters in speech
    ("ask for nadia el dish please", "nadia", "nadia el dish"),             # "al" / "el" and a misheard family name
    ("i'm kareem raad al moose and", "kareem raad al", "kareem raad al moose"),
    ("Yes, Faith Oyelaran here.", "Oyelaran", "Faith Oyelaran"),         # an everyday-word given name before
    ("the money is for hope lim today", "lim", "hope lim"),              # ... a listed surname
    ("i spoke with given moyo last week", "moyo", "given moyo"),         # a given name that is an English word
    ("my chat with honour mbeki went nowhere", "mbeki", "honour mbeki"),
    ("How about Archer Maeve T, a counselor in Dayton?", "Maeve", "Archer Maeve T"),   # a directory's order
    ("Booked with Spring Ulrich K at noon.", "Ulrich", "Spring Ulrich K"),
    ("the booking is for hiroto uh okabe today", "hiroto", "hiroto uh okabe"),     # a speaker's pause inside it
    ("my wife and kenta um ishikawa both use it", "ishikawa", "kenta um ishikawa"),
])
def test_complete_names_grows_to_the_whole_name(text, found, whole):
    assert _spans(text, complete_names(text, [_person(text, found)])) == [whole]


@pytest.mark.parametrize("text, found", [
    ("i was talking to john yesterday about the bill", "john"),
    ("my friend leela borrowed my phone", "leela"),
    ("thanks mike see you tomorrow", "mike"),
    ("I spoke with Maria. Today is fine.", "Maria"),
    ("call priya about the birthday party", "priya"),
    ("bye sunita", "sunita"),
    ("I met Anna at Northwind Bank.", "Anna"),
    ("tell ravi problem solved", "ravi"),
    ("I told Sarah Monday works for me.", "Sarah"),      # a day ends a name
    ("Thanks Maria Okay see you then", "Maria"),         # a function word is no surname
    ("we chose plan b. smith agreed", "smith"),          # no given name before the initial
    ("send it to daniel r. go and see", "daniel"),       # an everyday word in a sentence, no surname
    ("thanks evan b cause i was worried", "evan"),       # a bare letter, then no listed surname
    ("you may like evan h garner today", "evan"),        # ... a surname that does not end the clause
    ("as i said khan will call", "khan"),                # a verb before a surname
    ("the money is for lim", "lim"),                     # a determiner-free noun phrase: nothing to add
    ("at that age daniel craig was", "daniel craig"),    # a whole name found: no word before it
    ("we add valentine's card", "valentine's"),          # a possessive is no surname
    ("at the um council wen here", "wen"),               # a determiner, a hesitation: a noun before the name
    ("i saw john today", "john"),                        # a subject pronoun: a verb, not Burmese "Saw"
    ("I met Li On Monday", "Li"),                        # a function word before a word no syllable is
    ("Thanks Ming Do you know", "Ming"),
    ("thanks hiroto uh can you check", "hiroto"),        # a pause, then no name word
    ("so um okabe is the surname", "okabe"),             # ... or before it no name word
    ("Thanks Hiroto, uh Okabe said hi", "Hiroto"),       # not in cased text
    ("so i menon said yes", "menon"),                    # "i" and "a" are words in speech, not initials
    ("tell karim al about it", "karim"),                 # a function word after the article
    ("attn ruth, c/o musa bello", "musa bello"),          # a letter after "/" is no initial
    ("it was plan b. menon agreed", "menon"),             # a letter after a content word: no initial
])
def test_complete_names_leaves_other_words_alone(text, found):
    assert _spans(text, complete_names(text, [_person(text, found)])) == [found]


@pytest.mark.parametrize("text, found, whole", [
    # A dictionary word running text seldom uses, next to a name, with nothing name-like beyond it.
    ("the card is in the name of ayodele tanager", "ayodele", "ayodele tanager"),
    ("ok it's tanager okonjo and i'm the payer", "okonjo", "tanager okonjo"),
    ("put it under lapwing ferreira please", "ferreira", "lapwing ferreira"),
    ("the parcel went to obinna farrier", "obinna", "obinna farrier"),
    ("please send it to alexa okafor", "okafor", "alexa okafor"),   # a wake word before a surname
    ("sorry it's marisol green again", "marisol", "marisol green"),  # an everyday listed surname, last
    ("i spoke to eartha fisher yesterday and", "eartha", "eartha fisher"),  # ... before a time word
    ("sure it's de shinn lol", "shinn", "de shinn"),                # "it's" is no subject before a verb
    ("thank you, Ko Him!", "Ko", "Ko Him"),                        # a capitalized syllable English writes
    ("my chat with Fung So Fan went nowhere", "Fung", "Fung So Fan"),   # ... as a function word
    ("the parcel is for ikenna wood", "ikenna", "ikenna wood"),
    # A given name that is an everyday word too, between two name words.
    ("yes it's abdullahi said okonkwo calling", "abdullahi", "abdullahi said okonkwo"),
    ("it's tariq grace oyelaran here", "tariq", "tariq grace oyelaran"),
    # Romanized syllables continue a name, even those that are everyday words too.
    ("the card is addressed to faridul soon", "faridul", "faridul soon"),
    ("i spoke with htay kyaw win and she agreed", "htay kyaw", "htay kyaw win"),
    ("please put tin nguyen down as the contact", "nguyen", "tin nguyen"),
    ("sorry it's tun tun myat again", "myat", "tun tun myat"),
    # A given name that is an everyday word before a name word no list holds.
    ("hi there ant kucukler i'm calling about biscuit", "kucukler", "ant kucukler"),
    # ... and a given name that is an everyday word before a name opening with a given name
    ("thanks again divine ama serwaa", "ama serwaa", "divine ama serwaa"),
])
def test_complete_names_takes_a_rare_word_at_the_name_edge(text, found, whole):
    assert _spans(text, complete_names(text, [_person(text, found)])) == [whole]


@pytest.mark.parametrize("text, found", [
    ("my pleasure ayodele take care", "ayodele"),        # frequent words stay English
    ("good afternoon obinna speaking", "obinna"),
    ("obinna checking in about the bill", "obinna"),     # a form of a frequent verb
    ("ayodele tanager farrier lapwing", "ayodele"),      # a rare word with more words beyond it
    ("okafor alexa set a timer", "okafor"),               # a wake word only before the name
    ("marisol green tea please", "marisol"),              # an everyday surname with more words after it
    ("ask marisol back tomorrow", "marisol"),             # words that follow names are no surname
    ("i asked ahmed said he would ring", "ahmed"),        # a word after the given name, no name beyond
    ("ahmed said tuesday was fine", "ahmed"),
    ("thanks li hang on a second", "li"),                 # a syllable that is a verb before a particle
    ("thanks wei long time no see", "wei"),               # a syllable with more words beyond it
    ("it's in the tin nguyen gave me", "nguyen"),         # a determiner makes it a noun
    ("I read Meza's song today", "Meza's"),              # never after a possessive
    ("i saw the ant kucukler left", "kucukler"),          # a given name that is a word, after a determiner
    ("the witness john smith said no", "john smith"),
    ("any progress john", "john"),                        # a given name alone: "progress" stays a word
])
def test_complete_names_leaves_frequent_or_inner_words(text, found):
    assert _spans(text, complete_names(text, [_person(text, found)])) == [found]


def test_complete_names_never_grows_into_another_type():
    text = "send it to nirmala gandhi 415 555 0132"
    phone_start = text.index("415")
    other = Finding(text.index("gandhi"), len(text), "PHONE_NUMBER", 0.9, "phone.v1", "pattern")
    out = complete_names(text, [_person(text, "nirmala"), other])
    assert ("PERSON", "nirmala") in [(f.entity_type, text[f.start:f.end]) for f in out]
    assert phone_start > 0


@pytest.mark.parametrize("text, pieces, whole", [
    ("Forward to Orla K. Brennigan now", ("Orla K", "Brennigan"), "Orla K. Brennigan"),
    ("this is wen-li zhang speaking", ("wen-li", "zhang"), "wen-li zhang"),
    # one syllable the recognizers left between two pieces, next to an East Asian name word
    ("quentin seung gin peng here", ("quentin seung", "peng"), "quentin seung gin peng"),
    ("okay thank you marilyn ong him gian bye", ("marilyn ong", "gian"), "marilyn ong him gian"),
    ("we spoke to jo nah seok last week", ("jo", "seok"), "jo nah seok"),     # "Na" written "nah"
])
def test_complete_names_joins_touching_pieces(text, pieces, whole):
    found = [_person(text, p, 0.6 + 0.1 * i) for i, p in enumerate(pieces)]
    assert _spans(text, complete_names(text, found)) == [whole]


@pytest.mark.parametrize("text, pieces", [
    ("i told li and wang yesterday", ("li", "wang")),          # a function word between two names
    ("ask anna or bob later", ("anna", "bob")),
    ("thanks maria then peter", ("maria", "peter")),            # no East Asian name word beside the gap
    ("thanks maria nah peter", ("maria", "peter")),             # "nah" too
])
def test_complete_names_keeps_names_apart_across_other_words(text, pieces):
    found = [_person(text, p) for p in pieces]
    assert _spans(text, complete_names(text, found)) == list(pieces)


def test_complete_names_keeps_non_person_findings_unchanged():
    text = "my card is 4111 1111 1111 1111"
    card = Finding(11, len(text), "CREDIT_CARD", 1.0, "card.v1", "pattern")
    assert complete_names(text, [card]) == [card]


@pytest.mark.parametrize("text, found, whole", [
    # The cue before a name stays outside it: a field label, a relation or role noun after a determiner.
    ("my cousin tovrik painted the fence", "tovrik", "tovrik"),
    ("our neighbour zelmira kovask waved", "zelmira", "zelmira kovask"),
    ("last name wrendolyn first name pim", "wrendolyn", "wrendolyn"),
    ("Surname Quillbrecht, first name Oda", "Quillbrecht", "Quillbrecht"),
    ("my sister in law orsolya drove", "orsolya", "orsolya"),
    ("ok tamsinka lets sort the refund", "tamsinka", "tamsinka"),     # "lets" opens the next clause
    # Still grown: a listed surname that is such a noun, without the determiner that makes it a cue.
    ("i wrote to jean cousin yesterday", "jean", "jean cousin"),
    ("ask for fatou ndiaye cousin", "fatou", "fatou ndiaye cousin"),
])
def test_complete_names_stops_at_the_cue_before_the_name(text, found, whole):
    assert _spans(text, complete_names(text, [_person(text, found)])) == [whole]


@pytest.mark.parametrize("text, found, whole", [
    # A rare dictionary word with a possessive after a given name is its surname; the possessive ends it.
    ("the van is for ayodele hawker's son", "ayodele", "ayodele hawker's"),
    ("I fixed Tomasz Farrier's fence", "Tomasz", "Tomasz Farrier's"),
    # Not: a frequent word with a possessive, nor a possessive rare word before the name.
    ("we took ayodele's car", "ayodele", "ayodele's"),
    ("ask bronwen dog's owner", "bronwen", "bronwen"),
])
def test_complete_names_rare_possessive_surname(text, found, whole):
    assert _spans(text, complete_names(text, [_person(text, found)])) == [whole]


@pytest.mark.parametrize("text, whole, first", [
    ("Rose po, Rose Hall. I called yesterday.", "Rose Hall", "Rose"),       # a particle between
    ("it's grace, grace ting", "grace ting", "grace"),
    ("hope um hope cook is the name", "hope cook", "hope"),
])
def test_complete_names_takes_a_name_said_before_its_whole_repeat(text, whole, first):
    assert _spans(text, complete_names(text, [_person(text, whole)])) == [first, whole]


@pytest.mark.parametrize("text, whole", [
    ("rose garden, Rose Hall called", "Rose Hall"),                  # another word between
    ("thanks, Rose Hall", "Rose Hall"),                               # a different word
    ("we hall, yes, Rose Hall", "Rose Hall"),
])
def test_complete_names_repeat_needs_the_same_word_right_before(text, whole):
    assert _spans(text, complete_names(text, [_person(text, whole)])) == [whole]


@pytest.mark.parametrize("text, found, whole", [
    ("Full name: Ming Sing", "Ming", "Ming Sing"),                    # everyday words, alone on the field's line
    ("Booking form\nName: Ha-eun Bark\nPhone: none", "Ha-eun", "Ha-eun Bark"),
    ("customer name:  lorna sing  ", "lorna", "lorna sing"),
])
def test_complete_names_takes_a_form_name_field_whole(text, found, whole):
    assert _spans(text, complete_names(text, [_person(text, found)])) == [whole]


@pytest.mark.parametrize("text, found", [
    ("name: ming and the rest of the team", "ming"),               # a sentence, not a field's value
    ("Full name: ming sing, and my phone is below", "ming"),       # more on the line
    ("i heard ming sing", "ming"),                                 # no field (and no "my name is")
])
def test_complete_names_form_field_needs_a_line_of_name_words(text, found):
    assert _spans(text, complete_names(text, [_person(text, found)])) == [found]


@pytest.mark.parametrize("text, found, whole", [
    ("this is kumaran s/o velu from the depot", "kumaran", "kumaran s/o velu"),      # son of: the father's name after
    ("The payee is Anitha d/o Raman, thanks", "Raman", "Anitha d/o Raman"),           # ... the child's before
    ("claim for Muthu a/l Krishnan Pillai on Monday", "Muthu", "Muthu a/l Krishnan Pillai"),
    ("hi it's priya a/p suresh", "priya", "priya a/p suresh"),
])
def test_complete_names_takes_both_sides_of_a_patronymic(text, found, whole):
    assert _spans(text, complete_names(text, [_person(text, found)])) == [whole]


@pytest.mark.parametrize("text, found", [
    ("ask kumaran s/o the manager", "kumaran"),         # a function word after the patronymic: nothing to add
    ("kumaran and/or the manager", "kumaran"),          # no patronymic
])
def test_complete_names_patronymic_needs_a_name_beside_it(text, found):
    assert _spans(text, complete_names(text, [_person(text, found)])) == [found]


@pytest.mark.parametrize("text, piece, whole", [
    ("it's booked under my husband fabrizio gentile but i'm travelling with him", "fabrizio", "fabrizio gentile"),
    ("give rahman money but not much", "rahman", "rahman"),          # "but" with no person's clause after it
    ("ya it's kwek guan hock eh hello my parcel", "kwek guan", "kwek guan hock"),  # a syllable before "eh"
])
def test_everyday_surname_before_but_and_syllables_before_interjections(text, piece, whole):
    assert _spans(text, complete_names(text, [_person(text, piece)])) == [whole]
