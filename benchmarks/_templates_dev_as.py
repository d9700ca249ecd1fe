"""Forty-fifth development template family (``dev_as``), written blind: money. Banks' fraud and disputes teams (a
caller names the person who scammed them, the payee, the family member who used their card), joint accounts (both
holders named, one speaking for the other), bereavement and estate teams (the deceased, the executor, the
solicitor), power of attorney teams (the donor and the attorneys), credit unions (loans with a guarantor) and money
transfer services (a sender and a receiver in two countries). A caller names someone else before themselves, names
people mid-story with no cue, spells a name with NATO words, and one person is named several ways. Speech about half,
typed chats, dispute and bereavement forms, loan applications and e-mails the rest. Look-alikes that are not personal
data: amounts, transaction dates, merchants, branches, banks and transfer services, places, roles, everyday uses of
the word names (``a penny short``, ``pounds sterling``), public figures as NEUTRAL spans. Values of ten home
countries (``_money_dev_as``).
"""
from __future__ import annotations

import importlib

from benchmarks._staged_assembly import family_glue

ORGS = {"fraud": ("the Harbour Bank fraud team", "Northmere Building Society disputes"),
        "joint": ("Harbour Bank", "the Allied Plains Bank joint accounts line"),
        "estate": ("the Harbour Bank bereavement team", "Northmere's estates and probate line"),
        "poa": ("the Harbour Bank power of attorney team", "Allied Plains Bank attorney services"),
        "union": ("Lakeshore Credit Union", "Riverbend Community Credit Union loans"),
        "transfer": ("SendHome Money Transfer", "the Kasa Remit customer line")}
OPEN_ASR = (  # someone else first, the caller's own name often late
    (("a", "{org}, you're speaking to {STAFF}, how can I help?"), ("c", "hi um someone called {WF} rang me saying {heW} was from your bank and i gave {himW} the code")),
    (("a", "Thanks for calling {org}. Who do I have on the line?"), ("c", "it's {NAME} there's a payment to {WF} on my account that i never made")),
    (("a", "{org}, {STAFF} speaking on a recorded line."), ("c", "hello i'm ringing for my {partnerA} {AF} it's our joint account and {heA} can't come to the phone")),
    (("a", "You've reached {org}, my name's {STAFFNAME}."), ("c", "hi my {partnerA} {AF} passed away three weeks ago and i don't know what to do with {hisA} accounts")),
    (("a", "Good afternoon, {org}, can I start with your name?"), ("c", "yes i'm the attorney for my {kin} {KINF} i've got the lasting power of attorney here")),
    (("a", "{org}, this is {STAFF}. What can I do for you today?"), ("c", "hi it's about the loan my {kin} {KINF} is guaranteeing for me")),
    (("a", "{org}, {STAFF} on the line, how can I help?"), ("c", "hi i sent money to my {kin} {KINF} in {abroad} on friday and {heK} still hasn't got it")),
)
OPEN_CHAT = (
    (("c", "Hi, I think my {childB} {BF} used my card without asking. There are payments I don't recognise."), ("a", "Hi, I'm {STAFFNAME}. I'm sorry to hear that, let's go through them.")),
    (("c", "Dispute form\nAccount holder: {FORM}\nCard ending: {CARD4}\nPayee: {WF}\nReason: goods never received"), ("a", "Thanks, I've got your dispute. I'm {STAFF} from the disputes team.")),
    (("c", "Hello,\n\nThis is about the joint account I hold with {AF}. {A} has asked me to deal with the bank for now.\n\nRegards,\n{NAME}"), ("a", "Hi {GIVEN},\nSorry to hear about {A}. I'm {STAFFNAME} and I can help with what a joint holder can do.")),
    (("c", "Bereavement notification\nName of the deceased: {AF}\nDate of birth: {ADOB}\nYour name: {NAME}\nExecutor: {JF}\nSolicitor: {LF}"), ("a", "Thank you, and I'm very sorry for your loss. I'm {STAFF} from the bereavement team.")),
    (("a", "Welcome to {org} chat, you're talking to {STAFFNAME}."), ("c", "hi, i'm registering a power of attorney. the donor is my {kin} {KINF} and the other attorney is {BF}")),
    (("c", "HI I SENT MONEY TO {KINF} IN {abroad} AND THE APP SAYS ON HOLD"), ("a", "Hi, sorry about that. I'm {STAFF}, let me look at the transfer.")),
    (("c", "Loan application\nApplicant: {FORM}\nMember no: {MEMBER}\nGuarantor: {KINF}\nGuarantor phone: {KTEL}"), ("a", "Thanks, I'm {STAFF} in the lending team and I have your application here.")),
    (("c", "Hi\n\n> On {date}, {PREV} wrote:\n> We have blocked your card and opened a fraud case.\n\nThe new card still hasn't come."), ("a", "Sorry about that. I'm {STAFF}, I've picked this up from {PREVG}.")),
)
# which openings suit which line (indexes into OPEN_ASR / OPEN_CHAT)
OPENS = {"fraud": ((0, 1), (0, 1, 7)), "joint": ((2,), (2,)), "estate": ((3,), (3,)), "poa": ((4,), (4,)),
         "union": ((5,), (6,)), "transfer": ((6,), (5,))}
LATE_NAME = (
    (("a", "Sorry, I didn't catch your own name."), ("c", "oh it's {NAME} sorry")),
    (("a", "And could I take your full name as the account holder?"), ("c", "yeah course it's {NAME}")),
    (("a", "What's your name exactly as it's printed on your card?"), ("c", "{FORM}")),
    (("a", "Are you {A}, or calling on {hisA} behalf?"), ("c", "no no {A} is my {partnerA} i'm {NAME}")),
)
ID_STEPS = (  # identity steps (both styles)
    (("a", "To get into the account, your date of birth please?"), ("c", "{DOB}")),
    (("a", "I've just texted you a six-digit code. Can you read it back to me?"), ("c", "{OTP}")),
    (("a", "What's the long number across the front of your card?"), ("c", "{CARD}"), ("a", "And the expiry on the card, month and year?"), ("c", "{EXP}")),
    (("a", "Which card is it, the one ending in what?"), ("c", "the one ending {CARD4}")),
    (("a", "Can you confirm the address we hold, with the {postname}?"), ("c", "{ADDR}, {POST}")),
    (("a", "Do we still reach you on {TEL}?"), ("c", "{no}, that one's gone, use {ALT}")),
    (("a", "And which email is on the account?"), ("c", "{MAIL}")),
    (("a", "Could you spell your surname for me, letter by letter?"), ("c", "{SPELT}")),
)
LINE_STEPS = {  # a reference only one line asks for
    "fraud": (("a", "Have you got the case reference from the letter?"), ("c", "{CASE}")),
    "union": (("a", "What's your member number with us?"), ("c", "{MEMBER}")),
    "transfer": (("a", "Can I have the ten-digit tracking number from your receipt?"), ("c", "{MTCN}")),
}
PAY = {  # where a refund or the estate's money goes, by home country
    "UK": (("a", "Which account should it go back to? Sort code first."), ("c", "{SORT}"), ("a", "And the eight-digit account number that goes with it?"), ("c", "{ACCT}")),
    "IBAN": (("a", "Can you read me the IBAN of that account?"), ("c", "{IBAN}")),
    "other": (("a", "What's the account number it should be paid into?"), ("c", "that'd be {ACCT}")),
}
STORY = {  # the people of a money call; many without a cue phrase
    "fraud": ((("c", "so {WF} rings me says {heW}'s from the bank and there's a problem and i have to move my money to a safe account"), ("a", "I'm sorry, that's a scam we see a lot. Did you send anything to {W}?"), ("c", "{yes} the account {heW} gave me was {PACCT}")),
              (("c", "the payment went to {WF} i've never heard of {himW}"), ("a", "Okay. And you didn't set {W} up as a payee yourself?"), ("c", "no never")),
              (("c", "{B} had my card for the shopping on saturday and i think {heB} kept on using it"), ("a", "Right. Is {B} on the account, or did {heB} have your permission?"), ("c", "no {B}'s my {childB} but it was only for the one shop")),
              (("c", "there was an advert with {FIGURE} saying you could double your money so i paid {WF} for a trading account"), ("a", "Those adverts are fake, I'm afraid. How did you pay {W}?"), ("c", "bank transfer from this account")),
              (("c", "the one on the phone {WF} told me to read out the code from the text and i did it was {OTP}"), ("a", "Thank you for telling me. I'm cancelling the card now and the fraud investigator {MF} will call you."))),
    "joint": ((("c", "{A} and me have had the account twenty years but {heA} doesn't do the phone any more so i sort the bills"), ("a", "I understand. Either holder can run a joint account, so I can help with that.")),
              (("c", "{A} usually does all the banking i just sign things"), ("a", "No problem. Shall I set you up on the app as well?")),
              (("c", "we want to take {BF} off the account {heB} was added when {heB} was at school"), ("a", "For that we need you, {A} and {B} to sign the form.")),
              (("c", "can i speak for {A} {heA}'s right here but {hisA} english isn't great"), ("a", "{A} can give permission and then I can talk to you. Can I have a quick word with {himA}?"), ("c", "ok here's {A}"))),
    "estate": ((("c", "{A} passed in the hospice and {hisA} pension is still going into the account"), ("a", "I'm so sorry. We'll stop payments coming in and freeze the account for now.")),
               (("c", "the executor is {JF} {heJ} was {hisA} business partner"), ("a", "Thank you. We'll need {J} to send us the will and some ID.")),
               (("c", "our solicitor {LF} is handling the probate"), ("a", "That's fine. I can write to {L} directly if you give me an email."), ("c", "{yes} it's {LMAIL}")),
               (("c", "{BF} from {hisA} first marriage keeps ringing saying the money is {hisB}"), ("a", "We can only pay out to the executor, so {B} would need to go through them."))),
    "poa": ((("c", "{KIN} can't manage {hisK} bills any more since the stroke so i do it all"), ("a", "Thanks. Is the power of attorney registered yet?")),
            (("c", "me and {BF} are both attorneys we can act separately"), ("a", "Okay, I'll note you and {B} as attorneys for {KIN}.")),
            (("a", "Can I take {KIN}'s date of birth?"), ("c", "{KDOB}")),
            (("c", "someone called {WF} keeps phoning {KIN} about an investment and {heK} nearly paid"), ("a", "That's worrying. I'll put a note on {KIN}'s account and flag {W}."))),
    "union": ((("c", "the guarantor is {KINF} that's my {kin} {hisK} number is {KTEL}"), ("a", "Thanks. We'll send {KIN} the guarantee to sign.")),
              (("c", "the loans officer {MF} said i could pay it back over three years"), ("a", "I'll check what {M} agreed and send it out.")),
              (("c", "{A} and me want to open a joint savings with the credit union"), ("a", "Lovely. Is {A} a member already?"), ("c", "not yet no {heA} isn't")),
              (("c", "my wages go in on friday and {KIN} said {heK} would cover it if i was short"), ("a", "As guarantor {KIN} would only pay if you miss payments, just so you know."))),
    "transfer": ((("c", "the name on it is {KINF} but at the counter they said it doesn't match {hisK} id"), ("a", "The name has to match exactly. How is it written on {KIN}'s ID?"), ("c", "it's {KINF} on the card")),
                 (("c", "i also sent some to {WF} for the rent but {heW} says it never came"), ("a", "I'll trace both. Is {W} your landlord?"), ("c", "{yes}")),
                 (("c", "my cousin {BF} picks it up for {KIN} usually because {heK} can't get to town"), ("a", "Only the named receiver can collect, unless {B} is added.")),
                 (("a", "What's the receiver's phone number?"), ("c", "{KTEL}"))),
}
FOLLOW = (
    (("a", "How is {W}'s name spelled, as far as you know?"), ("c", "{WSPELT}")),
    (("a", "And what's the best number for {KIN}?"), ("c", "{KTEL}")),
    (("a", "Can you spell {A} for me?"), ("c", "{ASPELT}")),
    (("a", "Shall I put {LS} in copy on the letter?"), ("c", "{yes} do it's {LMAIL}")),
)
RECAP = (
    (("a", "So to go over it: {W} called you, and you shared the code."), ("c", "{yes}")),
    (("a", "I'll note that {A} is happy for you to speak for {himA}."), ("c", "{thanks}")),
    (("a", "Let me confirm: {KIN} is the donor and you're the attorney."), ("c", "yes that's right me")),
    (("a", "I'll pass this to {M} and we'll call back within two working days."), ("c", "{thanks}")),
    (("a", "I'll leave a note on the case for {PREVG} as well."),),
)
CLOSE_ASR = (
    (("a", "Thanks {title} {SURNAME}, you'll get a letter this week."), ("c", "okay cheers {STAFF} bye")),
    (("a", "Is there anything else for you or {A}?"), ("c", "no that's all thank you bye")),
    (("a", "Take care now, goodbye."), ("c", "thanks so much {STAFF} you've been very kind")),
    (("a", "Mind how you go, {GIVEN}."), ("c", "you too bye")),
)
CLOSE_CHAT = (
    (("a", "All done, {GIVEN}. Anything else?"), ("c", "No that's it, thank you {STAFF}.\n\n{NAME}")),
    (("a", "You'll get written confirmation within five working days."), ("c", "Thanks.\n\nYours sincerely,\n{NAME}\n{ADDR}\n{POST}")),
    (("a", "Kind regards,\n{STAFFNAME}\n{staffrole}, {org}"), ("c", "Thanks again\n\n{SURNAME}")),
    (("c", "From both of us,\n{AF} and {NAME}"), ("a", "Thank you both, take care.")),
    (("a", "Thanks {title} {SURNAME}, that's all updated."), ("c", "Cheers {STAFF}!")),
)
SMALLTALK = (
    (("c", "{phrase}, as my mum would say."), ("a", "Ha, very true.")),
    (("c", "I came over from {place} when I was little."), ("a", "Oh lovely, I've heard it's beautiful.")),
    (("c", "On the statement it just says {merchant}."), ("a", "That's the trading name the shop uses.")),
    (("c", "I normally go into {venue}."), ("a", "They can help you in branch as well.")),
    (("c", "Is it safe to use {product}?"), ("a", "Yes, as long as nobody else knows your passcode.")),
    (("c", "I only use {brand} for sending money home."), ("a", "Okay, that one's separate from us.")),
    (("c", "My {kin} saw {FIGURE} on TV and now wants to invest in something."), ("a", "Be careful with anything that promises big returns.")),
    (("a", "After eight in the evening the number is {helpline}."), ("c", "ok i'll write that down")),
    (("c", "The payment on {date} was fine, it's the one after that."), ("a", "Okay, I'll look at the later one.")),
    (("c", "They took {money} out twice."), ("a", "I'll check both transactions.")),
    (("c", "{role} told me to ring you."), ("a", "Right, you've come to the right place.")),
    (("c", "The order number for it was {order}."), ("a", "Thanks, I'll put that on the notes.")),
    (("c", "There's only about {money} in that account anyway."), ("a", "Okay, it's still worth protecting.")),
)
FAIRNESS_ASR = (
    "so {GIVEN} rings me and says they're from the bank",
    "the payment went to {NAME} and i don't know who that is",
    "i'm the attorney for {NAME}",
    "the account's in both our names me and {GIVEN}",
    "the executor is {NAME}",
    "i sent it to {NAME} first thing in the morning",
)
FAIRNESS_CHAT = (
    "{GIVEN} used my card without asking.",
    "Kind regards,\n{NAME}\nFraud Investigator",
    "Payee: {NAME}",
    "Joint account holders: me and {NAME}",
    "Name of the deceased: {NAME}",
    "The guarantor is {NAME}, my cousin.",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("burmese", "khmer", "malagasy", "icelandic", "haitian", "hmong", "word_given", "english_reference")
GREETINGS = OPEN_ASR + OPEN_CHAT
IDENTITY = LATE_NAME + ID_STEPS + tuple(LINE_STEPS.values()) + tuple(PAY.values()) + FOLLOW + SMALLTALK + RECAP
ISSUES = tuple(b for v in STORY.values() for b in v)
CLOSINGS = CLOSE_ASR + CLOSE_CHAT
BRIDGES = {"agent": ("Mm, I'm with you.",), "customer": ("yeah carry on",)}
CHAT_IN_TWENTY = (1, 3, 5, 8, 10, 12, 15, 17, 19)


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_as import NameSourceAS
    from benchmarks._profile_dev_as import ProfileAS

    return ProfileAS, NameSourceAS


def style_of(index: int) -> str:
    """Nine conversations in twenty are typed chats, forms or e-mails (45 %), eleven spoken."""
    return "chat" if index % 20 in CHAT_IN_TWENTY else "asr"


_, render = family_glue("dev_as", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Kind regards")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_as").assemble(index, split_name, style_of(index), names, rng)
