"""Names said to hold a role or relation, and names coordinated with "me" / "you"
(``recognizers.names.role_statements``); the frames' look-alikes name nobody."""
import pytest

from recognizers.names.role_statements import role_statements
from recognizers.names.tokens import keys_of, tokenize


def _rule(text: str) -> list[str]:
    tokens = tokenize(text)[0]
    return [text[tokens[c.first].start:tokens[c.last].end] for c in role_statements(text, tokens, keys_of(tokens))]


@pytest.mark.parametrize("text,names", [
    ("so kwabena is the site manager", ["kwabena"]),                 # the name first
    ("and Dorota was my carer last winter", ["Dorota"]),
    ("sorry, was Pip the driver on tuesday?", ["Pip"]),              # a question: capitalized inside it
    ("is oyelaran your support worker", ["oyelaran"]),
    ("the letter will come from zdenek or me", ["zdenek"]),          # with the speaker
    ("me and ifeoluwa both signed it", ["ifeoluwa"]),
    ("you and Bartek can sort it out", ["Bartek"]),
    # negative rows: pronouns, determiners, relations, firms, everyday words
    ("he is the engineer", []),
    ("the new engineer is my cousin", []),
    ("mum is my carer", []),
    ("was evri the courier", []),
    ("is this your manager", []),
    ("was the driver on time", []),
    ("me and the kids are fine", []),
    ("you or me", []),
    ("my brother and me", []),
    ("i flew to montreal and you know they charged me", []),     # the filler "you know"
    ("Thank you. And Ade, the postcode please?", []),            # "you" ends the sentence
    ("eray next door says hi", ["eray"]),                        # next door
    ("the flat next door", []),
    ("the booking is made and you will get an email", []),       # an everyday word before "and you"
])
def test_role_statements(text, names):
    assert _rule(text) == names
