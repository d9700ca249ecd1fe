"""Name rules that act only at their key words (``recognizers.names.tokens.positions``): each rule still fires,
and nothing fires without its key word."""
import pytest

from recognizers.names.subjects import bracketed, subjects
from recognizers.names.tokens import positions, tokenize


def _found(text: str) -> list[str]:
    tokens = tokenize(text)[0]
    return [text[tokens[c.first].start:tokens[c.last].end] for c in subjects(text, tokens) + bracketed(tokens)]


@pytest.mark.parametrize("text,names", [
    ("could kushal pick up the keys", ["kushal"]),                     # a modal opens the question
    ("put sienna lee down as the contact", ["sienna lee"]),            # "put ... down"
    ("Tomomi lives on Elm road", ["Tomomi"]),                          # a verb only people do
    ("adaeze was born in enugu", ["adaeze"]),                          # a verb pair
    ("is priya about", ["priya"]),                                     # a presence word
    ("yeah aktan said the panels were fine", ["aktan"]),               # a verb of speech
    ("it was shawn who took the call", ["shawn"]),                     # a cleft
    ("gates and the first name micheal", ["gates"]),                   # the surname before the first name
    ("pun uh is uh the you know surname", ["pun"]),                    # a named part, fillers inside
    ("ward is the family name, then young gin", ["ward", "young gin"]),
    ("add bola birthday", ["bola"]),                                   # an occasion
    ("what year was bill pullman born", ["bill pullman"]),             # a biography question
    # negative rows: the key word is missing or the rule's other words do not hold
    ("could you pick up the keys", []),
    ("the manager who called", []),
    ("happy birthday", []),
    ("the problem is my surname", []),
    ("she lives on elm road", []),
    ("kushal the keys shawn took gates micheal bola pullman", []),
])
def test_each_rule_fires_at_its_key_word_only(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("keys,wanted,first,stop,expected", [
    (["a", "who", "b", "who"], {"who"}, 0, None, [1, 3]),
    (["who", "b", "who"], {"who"}, 1, None, [2]),
    (["and", "and", "x", "and"], {"and"}, 1, 3, [1]),
    (["x", "y"], {"who"}, 0, None, []),
    ([], {"who"}, 0, None, []),
    (["is", "that", "thats"], {"is", "thats"}, 0, -1, []),           # as range(): a negative stop leaves none
])
def test_positions(keys, wanted, first, stop, expected):
    assert positions(keys, frozenset(wanted), first, stop) == expected


@pytest.mark.parametrize("text,names", [
    ("yes li speaking", ["li", "li"]),                                   # before "speaking" (and opening the turn)
    ("fahad on um the line", ["fahad"]),                                 # "on the line"
    ("abdelkrim uh speaking", ["abdelkrim"]),
    ("Chun Nan Tsao here, I need a refund", ["Tsao", "Chun Nan Tsao"]),
    ("oakhaven deliveries, you've got leoline, can i take a name", ["leoline"]),  # after "you've got"
    ("sorry to hear that fani from globecash here", ["fani"]),           # before "from <company> here"
    ("morning! lindiwe with zolo here", ["lindiwe"]),                    # ... or "with <company> here"
    ("bookings, you've reached ines, may i take a name", ["ines"]),       # "you've reached" a listed given name
    ("you've reached tradewind may i help", []),                          # ... not a company
    # negative rows
    ("i'm speaking to you from home", []), ("who is on the line", []), ("you've got mail, can you", []),
    ("from here", []),
])
def test_self_intro_rules_fire_at_their_key_words_only(text, names):
    from recognizers.names.self_intro import self_intro
    tokens = tokenize(text)[0]
    assert [text[tokens[c.first].start:tokens[c.last].end] for c in self_intro(text, tokens)] == names


@pytest.mark.parametrize("text,pairs", [
    ("khang do", ["khang do"]), ("an quach", ["an quach"]), ("my truong is here", ["my truong"]), ("tram vu", ["tram vu"]),
    ("An Zhang", ["An Zhang"]), ("an zhang", ["an zhang"]), ("booked under tai do", ["tai do"]),
    ("nguyen an le", ["an le"]),
    # negative rows: no surname a pair can end in, or the rules around it say no
    ("my jihun", []), ("what will my son do", []), ("my to do list", []), ("rebook you for it", []), ("do", []), ("", []),
])
def test_surname_pairs_read_only_the_words_a_pair_can_end_in(text, pairs):
    from recognizers.names.short_surnames import surname_pairs
    tokens = tokenize(text)[0]
    assert [text[tokens[a].start:tokens[b].end] for a, b in surname_pairs(text, tokens)] == pairs


def _pairs(text, rule):
    tokens = tokenize(text)[0]
    found = rule(text, tokens)
    return [text[tokens[a].start:tokens[b].end] for a, b in ((c.first, c.last) if hasattr(c, "first") else c
                                                               for c in found)]


@pytest.mark.parametrize("rule_name,text,names", [
    ("surname_first", "he xin calling about a claim", ["he xin"]), ("surname_first", "He Qiang", ["He Qiang"]),
    ("surname_first", "do yun min", ["do yun"]), ("surname_first", "he said so", []), ("surname_first", "ma", []),
    ("sinitic", "See Xin Ying", ["See Xin Ying"]), ("sinitic", "tan wei ming here", ["tan wei ming"]),
    ("sinitic", "See xin", []), ("sinitic", "the tan line", []),
    ("openers", "abu razzaq called", ["abu razzaq"]), ("openers", "umm the thing", []), ("openers", "ask abu", []),
    ("paired", "me and aktan went", ["aktan"]), ("paired", "feiliao and i", ["feiliao"]),
    ("paired", "salt and pepper", []), ("paired", "aktan and", []),
])
def test_name_rules_read_only_their_key_words(rule_name, text, names):
    from recognizers.names.coordination import coordinated
    from recognizers.names.rules import with_openers
    from recognizers.names.short_surnames import surname_first
    from recognizers.names.sinitic_surnames import sinitic_names
    rule = {"surname_first": surname_first, "sinitic": sinitic_names,
            "openers": lambda text, tokens: with_openers(text, tokens, []),
            "paired": lambda text, tokens: coordinated(text, tokens, [])}[rule_name]
    assert _pairs(text, rule) == names
