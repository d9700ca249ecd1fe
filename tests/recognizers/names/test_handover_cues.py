"""Names where a call or a case is handed on, someone is asked for or checked, or a role follows the name: "i'll
pass you to X in billing", "a word with X", "left with X", "the card is in X's name", "can you put X on the account",
"is X there", "sorry was that X", "escalated it to X my team leader"; and the same words around no name."""
import pytest

from tests.recognizers.names.found import found_names as _found


@pytest.mark.parametrize("text,names", [
    ("i'll pass you to oyindamola in accounts", ["oyindamola"]),
    ("let me transfer you to zhanerke she handles refunds", ["zhanerke"]),
    ("i'm putting you through to oyindamola now", ["oyindamola"]),
    ("they escalated it to mirzokhid last week", ["mirzokhid"]),
    ("could i have a quick word with oyindamola", ["oyindamola"]),
    ("the parcel was left with mirzokhid at number nine", ["mirzokhid"]),
    ("the parcel was signed for by zhanerke", ["zhanerke"]),
    ("the phone contract is in zhanerke's name", ["zhanerke's"]),
    ("can you put oyindamola on the policy too", ["oyindamola"]),
    ("is oyindamola there please", ["oyindamola"]),
    ("sorry was that mirzokhid", ["mirzokhid"]),
    ("did you say oyindamola?", ["oyindamola"]),
    ("I raised it with the last agent Zhanerke yesterday", ["Zhanerke"]),
    ("i've sent it up to zhanerke my team leader", ["zhanerke"]),     # a role after the name
    ("mirzokhid my brother set it up", ["mirzokhid"]),
    # negative rows
    ("i'll pass you to billing", []),
    ("let me transfer you to the right team", []),
    ("could i have a word with someone", []),
    ("i was left with nothing", []),
    ("it was signed for by the neighbour", []),
    ("the account is in my name", []),
    ("is it in the company's name", []),
    ("can you put money on the card", []),
    ("is anyone there", []),
    ("sorry was that right", []),
    ("did you say monday?", []),
    ("call my son please", []),
    ("thanks my dear", []),
    ("i'll pass you to my colleague", []),
    ("salam euh my brother will ring", []),                  # a hesitation before the relation
    ("the fee is £3.00, is that irght?", []),               # a typo of a frequent word
    ("i told noone ecxept my sister", []),
])
def test_handover_cues(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("text,names", [
    ("the concierge mirzokhid promised a cot", ["mirzokhid"]),
    ("the claims handler, zhanerke, never rang back", ["zhanerke"]),
    ("the passport says oyindamola exactly", ["oyindamola"]),
    ("passenger name should read zhanerke", ["zhanerke"]),
    ("please add oyindamola to table six", ["oyindamola"]),
    ("can you add mirzokhid to the room as well", ["mirzokhid"]),
    ("is oyindamola on the same booking", ["oyindamola"]),
    ("table four is zhanerke and me", ["zhanerke"]),
    ("they promised a cot um for oyindamola", ["oyindamola"]),
    ("what's the passport number for mirzokhid", ["mirzokhid"]),
    ("the first name is wrong, it should be OYINDAMOLA.", ["OYINDAMOLA"]),
    ("thank like you zhanerke bye now", ["zhanerke"]),
    ("they never rang mirzokhid back", ["mirzokhid"]),
    ("the two kids oyindamola and zhanerke", ["oyindamola", "zhanerke"]),
    ("the policy covers me, oyindamola and zhanerke", ["oyindamola", "zhanerke"]),
    ("that's me, oyindamola and the two kids", ["oyindamola"]),
    ("zhanerke is travelling with me", ["zhanerke"]),
    ("so mirzokhid rang the hotel", ["mirzokhid"]),
    # negative rows
    ("two tickets for london please", []),
    ("it should be fine", []),
    ("the phone rang twice", []),
    ("our kids love it", []),
    ("table four is full", []),
    ("the passport says expired", []),
    ("please add milk to the list", []),
    ("is it on the same booking", []),
    ("that's me, again and the kids", []),
    ("the flight is travelling slowly", []),
    ("R2,500 gone since 3 July and I never sent it", []),          # a month in a pair with "I"
])
def test_booking_cues(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("text,names", [
    ("i was on the phone with oyindamola for an hour", ["oyindamola"]),
    ("mirzokhid left the company last year", ["mirzokhid"]),
    ("zhanerke and mirzokhid are my kids", ["zhanerke", "mirzokhid"]),
    ("oyindamola signed for it", ["oyindamola"]),
    ("zhanerke is off sick today", ["zhanerke"]),
    ("mirzokhid isn't available right now", ["mirzokhid"]),
    # negative rows
    ("i was on the phone with them for an hour", []),
    ("the light is off", []),
    ("it left the building", []),
    ("these are my kids", []),
    ("the manager isn't available", []),
    ("everyone signed for it", []),
    ("trying to reach the office", []),
    ("you've reached bluepeak broadband", []),                        # "reach": a firm's line, no cue
])
def test_absence_and_story_cues(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("text,names", [
    ("great oyindamola and your date of birth", ["oyindamola"]),      # an agent's acknowledgement, then the name
    ("lovely zhanerke and the postcode", ["zhanerke"]),
    ("perfect mirzokhid thank you", ["mirzokhid"]),
    ("thanks for holding oyindamola", ["oyindamola"]),
    ("Sorry for the wait Zhanerke!", ["Zhanerke"]),
    ("the name on the account is uh mirzokhid", ["mirzokhid"]),
    # negative rows
    ("great stuff and your postcode", []),
    ("perfect timing", []),
    ("lovely ta bye bye", []),                                       # British thanks
    ("Perfect, ta.", []),
    ("lovely weather today", []),
    ("thanks for holding the line", []),
    ("sorry for the wait everyone", []),
    ("what's the name on the account please", []),
])
def test_agent_acknowledgements(text, names):
    assert _found(text) == names
