"""Names in a claim's story and its paperwork: a subject taken up by "he" / "she", a question about what someone did
("has X given you a quote"), "i'll update X on ...", "anything else on the claim X", a role after "a" ("a physio X"), a
capitalized everyday word after a relation and before a surname ("my nan Mere X"), a possessive before a person's
details or relatives ("X's date of birth", "X's brother"), a name line after a field's label, a person's field on a
form ("claimant: X"), "on behalf of X", "the consultant was X", "X and the kids"; and the same words around no name."""
import pytest

from tests.recognizers.names.found import found_names as _found


@pytest.mark.parametrize("text,names", [
    ("Zhanerke found the leak when she got home.", ["Zhanerke"]),
    ("mirzokhid noticed the damage when he came back", ["mirzokhid"]),
    ("then oyindamola uh noticed the crack and she said it was fine", ["oyindamola"]),
    ("Has Mirzokhid given you a quote yet?", ["Mirzokhid"]),
    ("did oyindamola send the photos", ["oyindamola"]),
    ("i'll update zhanerke on our side", ["zhanerke"]),
    ("is there anything else on the claim mirzokhid", ["mirzokhid"]),
    ("i'm seeing a physio oyindamola mirzaeva", ["oyindamola mirzaeva"]),
    ("My nan Mere Oyelowo fell in the garden.", ["Mere Oyelowo"]),
    ("the certificate is back, zhanerke's date of birth is on it", ["zhanerke's"]),
    ("policyholder: OYELOWO, Tsvetelina", ["OYELOWO, Tsvetelina"]),
    ("zhanerke and the kids were in the back", ["zhanerke"]),        # a name before "and the kids"
    ("so then crispin's dad turned up", ["crispin's"]),              # a possessive before a relative
    ("and the consultant was oyindamola", ["oyindamola"]),           # "the <role> was X"
    ("Claimant: Tarquin Fairclough", ["Tarquin Fairclough"]),        # a person's field on a form
    ("witness: oyindamola", ["oyindamola"]),
    ("im ringing on behalf of oyindamola", ["oyindamola"]),
    ("so mirzokhid comes home and says the teacher shouted at him", ["mirzokhid"]),  # a story in the present
    ("oyindamola is sitting the exam and his number is on the letter", ["oyindamola"]),
    ("zhanerke can only be collected by me or her nan", ["zhanerke"]),
    ("Grace said she would send it", ["Grace"]),                         # "said" is a given name too
    ("can i take a number for mirzokhid", ["mirzokhid"]),
    ("i'll update oyindamola as well", ["oyindamola"]),
    ("it's filed under sunny sun", ["sunny sun"]),                       # "entered / enrolled / filed under"
    # negative rows
    ("I found the leak when he got home.", []),
    ("the police found it when he got home", []),
    ("so the engineer came and he said", []),
    ("Support said he would call", []),
    ("has anyone called", []),
    ("does anybody else use the account", []),
    ("and the lead passenger's date of birth", []),
    ("What's the birth date on the visa applicant's passport?", []),
    ("did you send it", []),
    ("has the engineer been", []),
    ("i'll update the system on monday", []),
    ("is there anything else on the claim today", []),
    ("a driver came out", []),
    ("an engineer will call", []),
    ("my manager Customer Service said", []),
    ("mum's date of birth is in may", []),
    ("the claim's date is monday", []),
    ("the company's date of birth", []),
    ("Status: Pending, Review", []),
    ("Address: Zhanerke, Ontario", []),
    ("me and the kids were in the back", []),
    ("salt and the kids", []),
    ("my friend's brother rang", []),
    ("the driver's mum rang", []),
    ("the driver was late", []),
    ("the engineer was brilliant", []),
    ("on behalf of the company", []),
    ("claim: water damage", []),
    ("it can only be collected by me or her nan", []),
    ("the school says his form is late", []),
    ("so the engineer comes and says he will call", []),
    ("support is sending him a link", []),
    ("what is the reference number for the booking", []),
    ("the number for support", []),
])
def test_story_cues(text, names):
    assert _found(text) == names
