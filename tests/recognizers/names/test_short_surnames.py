"""Tests for recognizers.names.short_surnames: East and Southeast Asian surnames and given names spelled like
English words, diacritics that make a word a name, and letters without a decomposition."""
import pytest

from recognizers.names.lexicon import fold
from recognizers.person_names import PersonNameRecognizer

REC = PersonNameRecognizer()


def found(text: str) -> list[str]:
    return [text[s:e] for s, e, score, _ in REC.find_spans(text) if score >= 0.5]


@pytest.mark.parametrize("text,expected", [
    # a short surname that is an English word ends a given name
    ("the monthly lens order is under haeun so.", "haeun so"),
    ("please send the march payslip to jihyeon in", "jihyeon in"),
    ("Please send the March payslip to Seoyeon Oh.", "Seoyeon Oh"),
    ("could you send it to haeun so at the new place", "haeun so"),
    ("minjae so and i'm the account holder", "minjae so"),
    ("my partner junho do will collect the hire car", "junho do"),
    ("i spoke with xin you on monday", "xin you"),
    ("yeah the appointment is for adi ng", "adi ng"),
    ("the policy is for jihu oh at the old address", "jihu oh"),
    # a given name no list shows, then a short or Vietnamese surname
    ("could you send it to khang do at the new place", "khang do"),
    ("the seller's name on the listing was an quach", "an quach"),
    ("my partner tram vu will collect the hire car", "tram vu"),
    ("the direct debit is in the name of my truong", "my truong"),
    ("sorry it's man ng again lol", "man ng"),
    ("the policy holder is xiuying he that's me", "xiuying he"),
    ("put it under the name li he", "li he"),
    ("the direct debit is in the name of raza butt", "raza butt"),
    ("hi it's nizam yap returning your call", "nizam yap"),
    ("Hi, it's An Zhang returning your call.", "An Zhang"),
    # any short word that ends the name after a Korean or Chinese given name
    ("hi it's yuyeon bag returning your call", "yuyeon bag"),
    ("the parcel's addressed to eunsu bi", "eunsu bi"),
    ("Er, it's Ms Tung Yip. I mean, Tung is fine.", "Ms Tung Yip"),
    # a given name spoken as syllables, one of them an English word, then a surname no list holds
    ("the seller's name on the listing was seong hun yeo", "seong hun yeo"),
    ("put the appeal under ju won yeo please", "ju won yeo"),
    # a surname-first Chinese or Korean name opened by a function-word surname
    ("he xin calling about a claim", "he xin"),
    ("Hi, it's He Qiang returning your call.", "He Qiang"),
    ("my name's do yun min i had a missed call", "do yun min"),
    # a short surname after a given name spoken as syllables or hyphenated
    ("the van hire is booked under chae won oh", "chae won oh"),
    ("my brother ji-hoon do is the second cardholder on it", "ji-hoon do"),
    # Korean and Mandarin syllables of given names written as one word
    ("my name is beomsu chug um i'm a new member", "beomsu"),
    ("the seller's name on the listing was biyun chen", "biyun chen"),
    # chat "its" for "it's" at the start of a turn is no possessive determiner
    ("sorry its man ng again lol", "man ng"),
    # Burmese elements that are English words, next to another Burmese element
    ("i spoke with nan aung win on monday lol", "nan aung win"),
    ("sorry its may than than lwin naing again lol", "may than than lwin naing"),
    ("sorry its Tun Htut Than again lol", "Tun Htut Than"),
    # a Cantonese syllable with no vowel letter is no abbreviation
    ("sorry its tsz sze again lol", "tsz sze"),
    # after a title
    ("yes it's mr in speaking", "mr in"),
    ("yeah its ms so again about the broken boiler", "ms so"),
    ("yes it's miss wi speaking", "miss wi"),
    # tone marks and accents: a Vietnamese name, not the English word
    ("The appointment's for my wife, Mỹ.", "Mỹ"),
    ("cheers tín, youre a star for sorting the card!", "tín"),
    ("the candidates name is mỹ lê.", "mỹ lê"),
    ("Please send the March payslip to Hằng Đinh.", "Hằng Đinh"),
])
def test_short_surnames_and_marked_names_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text,unexpected", [
    ("what will jihun do?", "jihun do"),
    ("tell minjae so he knows", "minjae so"),
    ("send it to jihun in the morning", "jihun in"),
    ("Thanks Minjae so I'll wait", "Minjae so"),
    ("i have a lot to do.", "lot to"),
    ("i miss you.", "miss you"),
    ("my to do list is long", "my to"),
    ("the cat sat on the mat.", "cat"),
    ("i wrote my résumé and went to the café.", "résumé"),
    ("an ho ho ho from santa", "an ho"),
    ("the man so i told him", "man so"),
    ("kick the butt.", "the butt"),
    ("i'd rather win than lose", "win than"),
    ("there is an zhang", "is an"),
    ("we won the game", "won the"),
    ("the app lost its man ng.", "man ng"),
    ("does restaurant royale deliver takeaway", "royale"),
    ("he went home", "he went"),
    ("we live in xian now.", "in xian"),
    ("the courier i think his name was yeongcheol left um it at the wrong door", "yeongcheol left"),
    ("and my ni uh number if you need it", "my ni"),
    ("thanks jihun bye", "jihun bye"),
    ("i spoke with jihun today.", "jihun today"),
    ("i told jihun thanks.", "jihun thanks"),
    ("is jihun there?", "jihun there"),
    ("hi talal sorry to hear that i'm ha from the parcel team", "i'm ha"),
    ("rebook you for eight oclock", "rebook you"),
    ("the new card will reach sandpiper walk whitby in about ten minutes", "whitby in"),
    ("pharmacy support khalil so speaking", "khalil so"),
    ("aanu double ay en you 6 2 2", "en you"),
    ("The title refers to C/ Señores Curas 88 street", "Señores Curas"),
])
def test_short_surnames_not_found(text, unexpected):
    assert unexpected not in found(text)


@pytest.mark.parametrize("word,key", [("Đinh", "dinh"), ("Ðong", "dong"),
                                      ("Nguyễn", "nguyen"), ("priya", "priya")])
def test_fold_letters_without_decomposition(word, key):
    assert fold(word) == key
