"""Names in a story told in the present ("so X turns up and says he ..."), taken up by a pronoun right after a "yeah"
("oh X yeah she's lovely"), two names before "both", someone the caller is trying to reach, a name said before an
apology or a thanks opening the turn, a name before a hesitation and "said", a relation of "his" / "her" ("her brother
X"); and the same words around no name."""
import pytest

from tests.recognizers.names.found import found_names as _found


@pytest.mark.parametrize("text,names", [
    ("so mirzokhid turns up and says he saw the whole thing", ["mirzokhid"]),
    ("then zhanerke reckons she paid it in march", ["zhanerke"]),
    ("oh oyindamola yeah she's lovely", ["oyindamola"]),
    ("mirzokhid yeah he's been great", ["mirzokhid"]),
    ("zhanerke and oyindamola both came out", ["zhanerke", "oyindamola"]),
    ("i've been trying to reach mirzokhid all week", ["mirzokhid"]),
    ("i can't get hold of zhanerke", ["zhanerke"]),
    ("mirzokhid sorry about that", ["mirzokhid"]),
    ("Oyindamola - thanks for sorting this.", ["Oyindamola"]),
    ("ok so zhanerke thank you for waiting", ["zhanerke"]),
    ("and then mirzokhid um said it was fine", ["mirzokhid"]),
    ("hello yes so zhanerke came home yesterday and said he was sick", ["zhanerke"]),  # a greeting opens the sentence
    ("so kura comes home and says she lost her bag", ["kura"]),                       # a rare dictionary word alone
    ("mirzokhid he uses a wheelchair", ["mirzokhid"]),                                # the pronoun right after
    ("and her brother mirzokhid gets the bus", ["mirzokhid"]),                        # a relation of "her" / "his"
    ("his wife oyindamola rang", ["oyindamola"]),
    ("i was speaking to uh mirzokhid yesterday", ["mirzokhid"]),                      # a hesitation after the cue
    ("Yeah, tell Er I rang.", ["Er"]),                                                # ... not a capitalized one
    # negative rows
    ("so the boiler turns off and he says it's the pump", []),
    ("so it turns out he was right", []),
    ("oh lovely yeah she's fine", []),
    ("oh right yeah he's in", []),
    ("the tv and the fridge both broke", []),
    ("you can reach me on this number", []),
    ("you can reach parcelforce on this number", []),
    ("the engineer couldn't reach the boiler", []),
    ("oops sorry about that", []),
    ("hiya thanks for getting back to me", []),
    ("brill thanks for that", []),
    ("mate thanks for that", []),
    ("and then it um said it was fine", []),
    ("and then evri um said they lost it", []),
    ("her mum said it was fine", []),
    ("their son is in year nine", []),
    ("i was speaking to uh the manager", []),
    ("thanks for calling uh ashgrove energy", []),                                     # a business after "calling"
    ("hello yes so the damp came back and he said it was the roof", []),
])
def test_courtesy_and_story_frames(text, names):
    assert _found(text) == names
