"""Forty-first development template family (``dev_ao``), written blind: insurance claims and the many people a claim
names. The claims lines of motor, home, health / travel, pet, life and income-protection insurers, and the solicitors and
loss adjusters around them: the other driver and passengers, witnesses ("a lady called ... saw it"), the policyholder
when a relative calls, the deceased and the executor, doctors and consultants (UK consultants are "Mr"), physios,
solicitors and their firms, builders and adjusters, the claims handler of last time, and the caller's own name, often
given late after a long story. Policy and claim references (NATO words), dates of birth, national numbers, phones,
e-mails, addresses and postcodes, bank details for a payout. Speech 55 %, typed claim forms, chats and e-mails 45 %.
Look-alikes that are not personal data: insurers, hospitals, firms, places, job titles, pets, drugs and eponyms, cars,
registrations, incident dates, public figures as NEUTRAL spans, ``will`` / ``grace`` / ``bill`` / ``rose`` / ``excess``.
Values of eleven home countries (``_homes_dev_ao``).
"""
from __future__ import annotations

import importlib

from benchmarks._staged_assembly import family_glue

ORGS = {"motor": ("Harbourline Motor Claims", "Kestrel Mutual car insurance"), "home": ("Oakhurst Home Insurance", "Kestrel Mutual home claims"),
        "health": ("TravelSure health and travel claims", "Meridian Health Cover"), "pet": ("Bluegate Pet Cover", "Pawsafe Insurance"),
        "life": ("Meridian Life bereavement team", "Evergreen Life Assurance"), "income": ("Northstar Income Protection", "Meridian income claims"),
        "legal": ("Harbourline legal claims desk", "Oakhurst claims liaison")}
OPEN_ASR = (  # a long story first, the caller's name late
    (("a", "You're through to {org}, claims, {STAFF} speaking."), ("c", "yeah hi so it's a bit of a long story so bear with me, it all started on {date}")),
    (("a", "{org}, my name's {STAFFNAME}, how can I help today?"), ("c", "hiya I'm ringing on behalf of my {kin}, {KINF}, it's {hisK} policy but {heK} can't come to the phone")),
    (("a", "Claims line, {STAFF} here, are you calling about a new claim?"), ("c", "an existing one I spoke to {PREV} last week and nobody's come back to me")),
    (("a", "Good morning, {org}, you're speaking with {STAFF}."), ("c", "morning it's {NAME} I need to report a claim and honestly I don't know where to start")),
    (("a", "Hello, {org}, {STAFF} speaking, who do I have on the line?"), ("c", "it's {GIVEN} the policy's in my {partnerA}'s name though, {AF}")),
)
OPEN_CHAT = (
    (("c", "Hi, I need to make a claim. Claim form attached, details below.\n\nPolicyholder: {FORM}\nPolicy no: {POL}"), ("a", "Thanks for getting in touch. I'm {STAFF} and I'll be handling this.")),
    (("a", "Welcome to {org} online claims. You're chatting with {STAFFNAME}."), ("c", "hi, something happened on {date} and I'm not sure it's even covered??")),
    (("c", "Dear Sir or Madam,\n\nI write regarding claim {CLM} on behalf of my {kin}, {KINF}, who holds the policy.\n\nYours faithfully,\n{NAME}"), ("a", "Dear {title} {SURNAME},\nThank you for your letter. I'm {STAFFNAME} and I'll look after the claim.")),
    (("c", "Hello\n\n> On {date}, {PREV} wrote:\n> We have passed your claim to a loss adjuster.\n\nThat was three weeks ago."), ("a", "Hello, sorry about the wait. I'm {STAFF}, I've taken over from {PREVG}.")),
    (("c", "HI ITS {GIVEN}, the policy is under {AF}, my {partnerA}"), ("a", "Hi {GIVEN}, no problem, I'm {STAFF}. What's happened?")),
)
LATE_NAME = (
    (("a", "Sorry, before we go any further, can I take your full name?"), ("c", "oh yeah sorry it's {NAME}")),
    (("a", "I should have asked at the start, who am I speaking to?"), ("c", "{NAME}, sorry, I should have said")),
    (("a", "And your own name, for the file?"), ("c", "{FORM}")),
)
ID_STEPS = (  # identity and claim steps (both styles)
    (("a", "Can I take the policy number?"), ("c", "it's {POL}")),
    (("a", "Do you have the claim reference from last time?"), ("c", "{CLM}")),
    (("a", "Could you spell the surname, letter by letter?"), ("c", "{SPELT}")),
    (("a", "And your date of birth, please?"), ("c", "{DOB}")),
    (("a", "What's the address on the policy, with the {postname}?"), ("c", "{ADDR}, {POST}")),
    (("a", "Is {TEL} still the right number for you?"), ("c", "{no}, it's {ALT} now")),
    (("a", "Which email should the claim documents go to?"), ("c", "{MAIL}")),
    (("a", "For the claim I'll need your {nidname} as well."), ("c", "{NID}")),
)
PAYOUT = {  # the settlement, by home country
    "UK": (("a", "Where should we pay the settlement? Sort code first."), ("c", "{SORT}"), ("a", "And the account number below it, please?"), ("c", "{ACCT}")),
    "IBAN": (("a", "What IBAN should the payout go to?"), ("c", "{IBAN}")),
    "other": (("a", "Which account should the settlement be paid into?"), ("c", "account number {ACCT}")),
}
STORY = {  # the people a claim names; most without a cue phrase
    "motor": ((("c", "So {BF} pulls out of the junction, {heB} says {heB} never saw me, and {hisB} passenger is screaming at me."), ("a", "Was anyone hurt?"), ("c", "my neck's gone, I'm seeing a physio, {MF}")),
              (("c", "There was {ladyW} called {WF} who saw the whole thing, {heW} gave me {hisW} number, {WTEL}."), ("a", "Thank you, I'll note {W} as a witness."), ("c", "{hisW} surname's {WSPELT}")),
              (("c", "The other driver's insurer is {brand} and {heB} gave me {hisB} name as {BFORM}."), ("a", "So the third party is {BS}, thanks.")),
              (("c", "{AF} was in the passenger seat, {heA} hit {hisA} head on the window."), ("a", "I'm sorry, has {A} seen a doctor?"), ("c", "yeah {mtitle} {MS} at {venue}")),
              (("c", "In the car with me were {AF}, my {kin} {KINF} and a friend, {WF}."), ("a", "And did {W} see the other car coming?"), ("c", "{yes}")),
              (("c", "The car's a {car}, reg {reg}, and {JF} at the garage says it's a write-off."), ("a", "The assessor will confirm, but thanks for that."))),
    "home": ((("c", "The roofer we got in, {JF}, says the storm lifted half the tiles."), ("a", "Has {J} given you a quote yet?"), ("c", "not yet {heJ} said friday")),
             (("c", "The water came through from upstairs, the flat above is {BF}'s."), ("a", "Did {BS} know about the leak?"), ("c", "{heB} says no but {hisB} tenant told my {kin} {KINF} otherwise")),
             (("c", "We were away in {place} and {WF} from next door noticed the back door open."), ("a", "I'll need a statement from {W}.")),
             (("c", "The loss adjuster, {JF}, came out on {date} and hasn't been back since."), ("a", "I'll chase {J} today.")),
             (("c", "In the house that night were me, {AF}, my {kin} {KINF} and {WF}, who was staying over."), ("a", "Did {WS} hear anything?"), ("c", "{W} heard the glass go")),
             (("c", "{A} found the burglary when {heA} got home, {heA} called the police straight away."), ("a", "Do you have the crime reference?"), ("c", "{A} has it somewhere"))),
    "health": ((("c", "My {kin} {KINF} fell in {place} and broke {hisK} hip."), ("a", "Who treated {KIN}?"), ("c", "{mtitle} {MF}, the orthopaedic surgeon")),
               (("c", "{mtitle} {MI} wrote the referral, then {mtitle} {MS} did the scan."), ("a", "I'll need the letter from {mtitle} {MS}."), ("c", "{M} said {heM} would send it")),
               (("c", "The hospital was {venue}, {KIN} was in for six nights."), ("a", "And {KINS}'s date of birth for the claim?"), ("c", "{KDOB}")),
               (("c", "The people on the policy are me, {AF} and {KINF}, and {WF} was travelling with us."), ("a", "Was {W} covered on another policy?")),
               (("c", "The physio, {JF}, wants another six sessions for {A}."),)),
    "pet": ((("c", "Our dog {pet} got into a fight with the neighbour's dog, {BF} owns it."), ("a", "And the vet who treated {pet}?"), ("c", "{MF} at the practice on the high street")),
            (("c", "{M} says it could be {med}, so more tests."), ("a", "I'll wait for {MS}'s notes then.")),
            (("c", "My {partnerA} {A} took {pet} in, it's under {hisA} name at the vets."),)),
    "life": ((("c", "My {kin} {KINF} passed away on {date}, {heK} had the policy with you for years."), ("a", "I'm so sorry. Are you the executor?"), ("c", "no it's {hisK} solicitor, {LF} from {firm}")),
             (("c", "The registrar needs the certificate back, {KIN}'s date of birth on it is {KDOB}."), ("a", "Thank you, I'll match that to {KINS}'s policy.")),
             (("c", "{A} and I are the beneficiaries, {A} is my {partnerA}."), ("a", "I'll need ID from {AF} too.")),
             (("c", "{mtitle} {MS} signed the death certificate."), ("a", "And was {KIN} seeing {mtitle} {MS} regularly?"), ("c", "{yes}"))),
    "income": ((("c", "I've been off since {date}, my GP {mtitle} {MF} signed me off."), ("a", "And your employer's contact?"), ("c", "my manager {BF}, you can ring {BS} at the office")),
               (("c", "The occupational therapist, {JF}, said a phased return in {date}."), ("a", "I'll ask {J} for the report.")),
               (("c", "{B} from HR keeps asking me for the claim number."), ("a", "It's {CLM}, you can pass that to {BS}."))),
    "legal": ((("c", "My solicitor wrote to them: Our client, {title} {SURNAME}, states that {BF} was on the phone at the time."), ("a", "Thanks. Is {LF} at {firm} acting for you on the whole claim?"), ("c", "{yes}")),
              (("c", "{LF} from {firm} is dealing with it now, email {LMAIL}."), ("a", "I'll copy {LS} in on everything.")),
              (("c", "The witnesses are {WF}, my {kin} {KINF} and {AF}."), ("a", "Thanks, I'll contact {W} first.")),
              (("c", "The loss adjuster {JF} has our client's statement."),)),
}
FOLLOW = (
    (("a", "Have you a number for the witness?"), ("c", "{WTEL}")),
    (("a", "And the solicitor's email?"), ("c", "{LMAIL}")),
)
RECAP = (
    (("a", "So I have {BF} as the third party and {WF} as a witness."), ("c", "{yes}")),
    (("a", "I've noted {KINF} on the claim and I'll write to {LF}."), ("c", "{thanks}")),
    (("a", "I'll update {PREVG} on our side."),),
    (("a", "So it's {MF}'s report we're waiting on."), ("c", "that's it")),
)
CLOSE_ASR = (
    (("a", "Thanks {title} {SURNAME}, you'll have the claim letter within five working days."), ("c", "lovely cheers {STAFF}")),
    (("a", "Is there anything else on the claim, {GIVEN}?"), ("c", "no that's it thanks {STAFF} bye bye")),
    (("a", "Take care of yourself."), ("c", "you too {STAFF} bye")),
)
CLOSE_CHAT = (
    (("a", "That's all logged, {GIVEN}."), ("c", "Much appreciated {STAFF}.\n\n{NAME}")),
    (("a", "We'll be in touch once the adjuster reports."), ("c", "Thank you.\n\nKind regards,\n{NAME}\nClaims and Recoveries Executive\n{firm}")),
    (("a", "Is there anything more on the claim today?"), ("c", "nope thats all, thanks {STAFF}")),
    (("a", "Best regards,\n{STAFFNAME}\nSenior Claims Handler"), ("c", "Thanks,\n\n{SURNAME}")),
)
SMALLTALK = (
    (("c", "{phrase}, you know how it is."), ("a", "I do understand, honestly.")),
    (("c", "My cousin's over from {place} this week so it's chaos."), ("a", "Oh I bet.")),
    (("c", "We were with {brand} before and they were useless."), ("a", "Well, let's get this sorted.")),
    (("c", "Even {FIGURE} couldn't make sense of this claim form."), ("a", "It's not the easiest form.")),
    (("c", "The {role} said to ring you directly."), ("a", "That's right, you're in the right place.")),
    (("c", "I've got {product} footage if that helps."), ("a", "It does, please keep it.")),
    (("c", "The excess is {money}, isn't it?"), ("a", "Let me check that for you.")),
    (("a", "Out of hours the {role} team is on {helpline}."), ("c", "ok ta")),
    (("c", "Separate thing, but can you check order {order} for the replacement?"), ("a", "That's the supplier, but I'll note it.")),
)
FAIRNESS_ASR = (
    "so then {GIVEN}'s brother pulls up",
    "the witness was {NAME} and they gave me a number",
    "im ringing on behalf of {NAME}",
    "{GIVEN} said the roof was fine last week",
    "and the consultant was {NAME}",
    "right thanks {GIVEN} speak soon",
)
FAIRNESS_CHAT = (
    "{GIVEN} saw the whole thing from the bus stop.",
    "Kind regards to you all,\n{NAME}",
    "Claimant: {NAME}",
    "Our client, {NAME}, was not at fault.",
    "{NAME}",
    "{GIVEN} and the kids were in the back",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("west_african", "filipino", "polish", "afrikaans", "maori_pacific", "korean", "english_reference")
GREETINGS = OPEN_ASR + OPEN_CHAT
IDENTITY = LATE_NAME + ID_STEPS + tuple(PAYOUT.values()) + FOLLOW + SMALLTALK + RECAP
ISSUES = tuple(b for v in STORY.values() for b in v)
CLOSINGS = CLOSE_ASR + CLOSE_CHAT
BRIDGES = {"agent": ("Okay, I'm with you.",), "customer": ("yeah",)}
CHAT_IN_TWENTY = (1, 3, 5, 8, 10, 12, 15, 17, 19)


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_ao import NameSourceAO
    from benchmarks._profile_dev_ao import ProfileAO

    return ProfileAO, NameSourceAO


def style_of(index: int) -> str:
    """Nine conversations in twenty are typed chats, claim forms or e-mails (45 %), eleven spoken."""
    return "chat" if index % 20 in CHAT_IN_TWENTY else "asr"


_, render = family_glue("dev_ao", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Thanks for")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_ao").assemble(index, split_name, style_of(index), names, rng)
