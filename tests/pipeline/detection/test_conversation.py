import pytest

from pipeline.detection.conversation import answer_expectations
from pipeline.records import Turn

AGENTS = ("agent",)


def T(speaker, text):
    return Turn(speaker, text)


@pytest.mark.parametrize("turns, expected_last", [
    ([T("agent", "and your date of birth"), T("customer", "march third eighty five")], {"DATE_OF_BIRTH"}),
    ([T("agent", "what's your date of birth"), T("customer", "hold on"), T("agent", "sure take your time"),
      T("customer", "ok it's march third eighty five")], {"DATE_OF_BIRTH"}),
    ([T("agent", "can i get the last four of your social"), T("customer", "one sec"),
      T("customer", "six seven eight nine")], {"US_SSN_LAST4"}),
    # a real exchange in between ends the look-back
    ([T("agent", "and your date of birth"), T("customer", "march third eighty five"),
      T("agent", "great thanks I have pulled up the account and I can see the order"),
      T("customer", "ok two thousand one")], set()),
    ([T("customer", "hi there"), T("customer", "my order never came")], set()),
    # the caller corrects a long answer in a second turn: still the answer to the question
    ([T("agent", "can i have your date of birth please"),
      T("customer", "yes of course it is the 14th of the 3rd 1971 I think"),
      T("customer", "no sorry 14 04 1971")], {"DATE_OF_BIRTH"}),
    # ... but not once the agent has spoken in between
    ([T("agent", "can i have your date of birth please"),
      T("customer", "yes of course it is the 14th of the 3rd 1971 I think"),
      T("agent", "thank you I have found your account and everything is in order now"),
      T("customer", "no sorry 14 04 1971")], set()),
    # the agent's backchannel cuts a long answer in two: the rest is still the answer
    ([T("agent", "what's the card number"), T("customer", "okay so it starts four five three nine one four"),
      T("agent", "mhm"), T("customer", "eight eight two six")], {"CREDIT_CARD"}),
    # ... but a real turn of the agent in between ends it
    ([T("agent", "what's the card number"), T("customer", "okay so it starts four five three nine one four"),
      T("agent", "sorry the line dropped there for a moment can you start again please"),
      T("customer", "eight eight two six")], set()),
    # the agent asks for the next part of the value asked for before
    ([T("agent", "the expiry month first please"), T("customer", "month seven"),
      T("agent", "lovely and the year after that"), T("customer", "2029")], {"CARD_EXPIRY"}),
    ([T("agent", "what's the card number"), T("customer", "four five three nine one four"),
      T("agent", "ok and the next bit"), T("customer", "eight eight two six")], {"CREDIT_CARD"}),
    ([T("agent", "what's the card number"), T("customer", "4539"),
      T("agent", "Mm-hm, that group is on the donation form."), T("customer", "4968")], {"CREDIT_CARD"}),
    ([T("agent", "and the account number"), T("customer", "6698"),
      T("agent", "Yep, first half of the account typed."), T("customer", "2211")], {"ACCOUNT_NUMBER"}),
    # hesitations do not count towards the follow-up's length
    ([T("agent", "the expiry month first please"), T("customer", "month seven"),
      T("agent", "um which year is uh that sorry the line um cut out"), T("customer", "2029")], {"CARD_EXPIRY"}),
    # ... nothing when nothing was asked before
    ([T("customer", "hi"), T("agent", "and the year after that"), T("customer", "2029")], set()),
])
def test_answer_expectations_reads_question_across_pauses(turns, expected_last):
    out = answer_expectations(turns, AGENTS)
    assert expected_last <= set(out[-1]) and (expected_last or not out[-1])
    assert all(not out[i] for i, t in enumerate(turns) if t.speaker == "agent")


@pytest.mark.parametrize("turns, expected_last", [
    ([T("agent", "your claim reference is RB/4534/13"),
      T("customer", "sorry can you give me that reference once more slowly"),
      T("agent", "of course, slowly then, r b 4534 13")], {"ACCOUNT_NUMBER"}),   # the caller asked the agent
    ([T("customer", "what's your name?"), T("agent", "I'm Kemal")], set()),    # names are left to the cues
    ([T("customer", "thanks for that"), T("agent", "you're welcome")], set()),
])
def test_answer_expectations_an_agent_answers_the_callers_question(turns, expected_last):
    assert answer_expectations(turns, AGENTS)[-1] == frozenset(expected_last)


@pytest.mark.parametrize("turns, expected_last", [
    # a long turn after the backchannel is new talk, not the rest of the value
    ([T("agent", "and the card number"), T("customer", "okay so it starts four five three nine one four"),
      T("agent", "okay"), T("customer", "also i was charged forty nine ninety nine twice this month on my plan")],
     set()),
    # names are not carried over to the next short turn
    ([T("agent", "and your first name"), T("customer", "it's priya yeah that's the one on the account"),
      T("agent", "lovely"), T("customer", "mhm")], set()),
])
def test_answer_expectations_continuation_is_short_and_not_a_name(turns, expected_last):
    assert set(answer_expectations(turns, AGENTS)[-1]) == expected_last


@pytest.mark.parametrize("turns, expected_last", [
    # hesitations an engine prints inside a backchannel do not make it a real turn
    ([T("agent", "what number can the driver ring"), T("customer", "oh seven seven oh oh"),
      T("agent", "um yeah uh go on um then"), T("customer", "nine double oh one two three")], {"PHONE_NUMBER"}),
    # ... but six real words do
    ([T("agent", "what number can the driver ring"), T("customer", "oh seven seven oh oh"),
      T("agent", "the driver is already on his way now"), T("customer", "nine double oh one two three")], set()),
])
def test_answer_expectations_pause_length_ignores_hesitations(turns, expected_last):
    assert expected_last <= set(answer_expectations(turns, AGENTS)[-1])
    assert expected_last or not answer_expectations(turns, AGENTS)[-1]


@pytest.mark.parametrize("turns, expected_last", [
    # turns that ask for or give time are pauses however long they are
    ([T("agent", "and the policy number"), T("customer", "hold on i've got it written down in the kitchen"),
      T("agent", "that's fine no problem take your time"), T("customer", "right seven seven one two nine")],
     {"ACCOUNT_NUMBER"}),
    ([T("agent", "what's the sort code"), T("customer", "let me find the letter it came in last week"),
      T("customer", "four four one two")], {"ACCOUNT_NUMBER"}),
    # a long turn that asks for nothing still ends the look-back
    ([T("agent", "and the policy number"), T("customer", "i changed my address last month did that go through"),
      T("customer", "seven seven one two nine")], set()),
])
def test_answer_expectations_hold_turns_are_pauses(turns, expected_last):
    assert set(answer_expectations(turns, AGENTS)[-1]) == expected_last


@pytest.mark.parametrize("turns, expected_last", [
    # an agent's thanks that asks nothing is a pause: the caller may still finish the answer
    ([T("agent", "is it a house name or a house number"), T("customer", "the laurels sandpiper crescent"),
      T("agent", "thank you that's the house sorted"), T("customer", "oh and it's in whitby")],
     {"STREET_ADDRESS", "ZIP_CODE"}),
    ([T("agent", "what's the first line of your address"), T("customer", "twelve oak road"),
      T("agent", "Lovely, got that down on the form."), T("customer", "it's in kettering")], {"STREET_ADDRESS", "ZIP_CODE"}),
    # ... a question, or a long turn, is not
    ([T("agent", "what's the first line of your address"), T("customer", "twelve oak road"),
      T("agent", "thanks, and is that your home too?"), T("customer", "yes in kettering")], set()),
    ([T("agent", "what's the first line of your address"), T("customer", "twelve oak road"),
      T("agent", "thank you so much for waiting while i updated the whole account"),
      T("customer", "it's in kettering")], set()),
])
def test_answer_expectations_acknowledgements_are_pauses(turns, expected_last):
    assert set(answer_expectations(turns, AGENTS)[-1]) == expected_last


@pytest.mark.parametrize("turns, expected_last", [
    # an export's stamp and role label are no words: "Okay, I have it." is a short follow-up
    ([T("agent", "[00:00:24] AGENT: What's the phone number registered with us?"),
      T("customer", "[00:00:26] CALLER: 0810 738"), T("agent", "[00:00:30] AGENT: Okay, I have it."),
      T("customer", "[00:00:32] CALLER: 4791")], {"PHONE_NUMBER"}),
    ([T("agent", "[00:01:02] Speaker 1: and what's the postcode"), T("customer", "[00:01:05] Speaker 2: s w one"),
      T("agent", "[00:01:07] Speaker 1: Thank you, got that."), T("customer", "[00:01:09] Speaker 2: two a b")],
     {"ZIP_CODE"}),
    # ... a long turn after the stamp still ends the look-back
    ([T("agent", "[00:00:24] AGENT: What's the phone number registered with us?"),
      T("customer", "[00:00:26] CALLER: 0810 738"),
      T("agent", "[00:00:30] AGENT: the outage in your area should be fixed by the weekend I am told"),
      T("customer", "[00:00:32] CALLER: 4791")], set()),
])
def test_answer_expectations_read_turns_without_their_export_stamps(turns, expected_last):
    assert set(answer_expectations(turns, AGENTS)[-1]) == expected_last


@pytest.mark.parametrize("turns, expected_last", [
    # an agent asking to hear the value again: the answer is the same value
    ([T("agent", "and the policy number"), T("customer", "seven seven one two nine"),
      T("agent", "Sorry, I missed the middle of that number, can you say it again?"), T("customer", "438K74057")],
     {"ACCOUNT_NUMBER"}),
    ([T("agent", "what's the sort code"), T("customer", "four four one two"),
      T("agent", "sorry i didn't catch that could you repeat it"), T("customer", "four four one two six six")],
     {"ACCOUNT_NUMBER"}),
    ([T("agent", "and the eight digits of the account after that"), T("customer", "2382"),
      T("agent", "mhm typing those in"), T("customer", "7817")], {"ACCOUNT_NUMBER"}),   # the next part
    # ... with nothing asked before, nothing to repeat
    ([T("agent", "how can i help"), T("customer", "my card was declined at the shop"),
      T("agent", "sorry could you say that again"), T("customer", "it was declined today")], set()),
])
def test_answer_expectations_repeat_requests_inherit_the_question(turns, expected_last):
    assert set(answer_expectations(turns, AGENTS)[-1]) == expected_last


@pytest.mark.parametrize("turns, expected_last", [
    # a caller correcting their answer after a pause, with a filler first
    ([T("agent", "The expiry, please, month then year."), T("customer", "07 / 27, hang on, no, let me look again"),
      T("agent", "Take your time, no rush on my end."),
      T("customer", "yeah sorry, it is 05.32, i was looking at my old card")], {"CARD_EXPIRY"}),
    # ... not new talk that starts with "yeah"
    ([T("agent", "The expiry, please, month then year."), T("customer", "07 / 27, hang on, no, let me look again"),
      T("agent", "Take your time, no rush on my end."),
      T("customer", "yeah while you wait my address changed too last month so")], set()),
])
def test_answer_expectations_corrections_after_a_filler(turns, expected_last):
    assert set(answer_expectations(turns, AGENTS)[-1]) == expected_last


@pytest.mark.parametrize("turns, expected_last", [
    # a chat customer answers in several messages: the sender's header is no word of the message
    ([T("agent", "[09:01, 02/12/2026] Acme Bank: Please send your account name and account number."),
      T("customer", "[09:02, 02/12/2026] +44 7700 900123: Ada Obi"),
      T("customer", "[09:02, 02/12/2026] +44 7700 900123: 12345678 Barclays")], {"ACCOUNT_NUMBER"}),
    ([T("agent", "[09:01, 02/12/2026] Acme: Please resend the delivery address."),
      T("customer", "[09:02, 02/12/2026] Ada Obi: 12 Harbour Road, Marina District, Lagos Island"),
      T("customer", "[09:03, 02/12/2026] Ada Obi: 101241")], {"STREET_ADDRESS", "ZIP_CODE"}),
    # ... a spoken transcript's long turn still ends the look-back
    ([T("agent", "please resend the delivery address"),
      T("customer", "twelve harbour road in the marina district of lagos island"),
      T("customer", "one zero one two four one")], set()),
])
def test_answer_expectations_chat_answers_in_several_messages(turns, expected_last):
    assert set(answer_expectations(turns, AGENTS)[-1]) == expected_last
