"""Names in a caller's story with little or no cue: a badge, an earlier chat, someone who came round, a relation
before a verb in the past, someone next door; and the same words around no name."""
import pytest

from tests.recognizers.names.found import found_names as _found


@pytest.mark.parametrize("text,names", [
    ("the lad at the till, his badge read Oduya, was rude", ["Oduya"]),
    ("my last chat with vasilisa got me nowhere", ["vasilisa"]),
    ("my earlier conversation um with Teodora went nowhere", ["Teodora"]),
    ("so zbigniew came round on monday and fixed nothing", ["zbigniew"]),
    ("our neighbour halide noticed the leak", ["halide"]),                 # a rare word, then a past verb
    ("ilkay next door says the same", ["ilkay"]),
    ("i told hila elbaz twice", ["hila elbaz"]),                          # "told": a rare word, then a name
    ("i told oyelaran about the leak", ["oyelaran"]),
    ("we paid it to som vantongeren for the boiler", ["som vantongeren"]),  # a word seldom said, then a name
    ("so mirzokhid uh came round on monday", ["mirzokhid"]),             # a hesitation before the verb
    ("i'll let oyindamola know", ["oyindamola"]),
    ("we had zhanerke out last week", ["zhanerke"]),
    ("mirzokhid the plumber came out twice", ["mirzokhid"]),              # a role after the name
    ("your colleague oyindamola promised a refund", ["oyindamola"]),
    ("the guy mirzokhid never came back", ["mirzokhid"]),
    ("i dealt with zhanerke last time", ["zhanerke"]),
    ("oyindamola at the front desk was rude", ["oyindamola"]),
    ("mirzokhid's been really helpful", ["mirzokhid's"]),                # praise after "'s been"
    # negative rows
    ("his badge says staff", []),
    ("a quick chat with support", []),
    ("the parcel came round the back", []),
    ("my neighbour finally replied", []),
    ("the flat next door is empty", []),
    ("the people next door to us", []),
    ("i told them twice", []),
    ("we paid it to bay windows for the boiler", []),                      # an everyday word first
    ("we paid it to som extent", []),                                      # no name after the word
    ("i told you so", []),
    ("i told the manager", []),
    ("so it uh came round again", []),
    ("i'll let you know", []),
    ("we had someone out last week", []),
    ("the guy said no", []),
    ("i dealt with it", []),
    ("sign it at the front desk", []),
    ("today's been great", []),
    ("the weather's been lovely", []),
])
def test_narrative_cues(text, names):
    assert _found(text) == names
