"""Thirty-eighth development template family (``dev_al``), written blind: the logs of voice assistants and
self-service bots. Speech (60 %): a smart speaker / phone assistant (wake word ``hey nuvia``), an in-car assistant
(``hey orla``) and natural-language IVRs of a bank, a telecom, a pharmacy and a utility; short commands with the
contact's name and no cue (``call chinedu``, ``text grace i'm running late``, ``navigate to rose's house``), the
assistant's clarifying questions answered by the name alone (``which mike?`` -> ``okafor``), IVR identity steps.
Chat (40 %): typed commands to a banking app, a ride-hailing app, a food-delivery app and SMS bots. Names of seven
groups (``_names_dev_al``); look-alikes that are not personal data (the wake word, public figures, places, shops,
months and weekdays, ``pay the bill``, ``mark as read``). Values of six countries (``_homes_dev_al``).
"""
from __future__ import annotations

import importlib

from benchmarks._staged_assembly import family_glue

CALLS = (  # a command and the assistant's reply (speaker and car)
    (("c", "{wake} call {CA}"), ("a", "Calling {CAF}, mobile.")),
    (("c", "{wake} text {CA} i'm running late be there in ten"), ("a", "Your message to {CAF} says: I'm running late, be there in ten. Send it?"), ("c", "yep send")),
    (("c", "facetime {CB}"), ("a", "Starting a video call with {CBF}.")),
    (("c", "email {CA} about the meeting tomorrow"), ("a", "What should the email to {CAF} say?"), ("c", "that i'll bring the slides and the budget")),
    (("c", "{wake} add a meeting with {CA} and {CB} at three"), ("a", "Meeting with {CA} and {CB} at three PM. Should I save it?"), ("c", "save it")),
    (("c", "what did {CA} say"), ("a", "{CAF} wrote: can you grab milk on the way home?")),
    (("c", "{wake} send {money} to {CAF}"), ("a", "Sending that to {CAF} from your checking account. Confirm?"), ("c", "confirm")),
    (("c", "navigate to {CA}'s house"), ("a", "Getting directions to {DEST}. About twenty minutes with traffic.")),
    (("c", "read my messages from {CB}"), ("a", "Two new messages from {CBF}. First one: call me when you land.")),
    (("c", "call {CA}'s cell"), ("a", "Calling {CAF}, cell.")),
    (("c", "is {CB}'s birthday on my calendar"), ("a", "Yes, {CB}'s birthday is on your calendar next week.")),
    (("c", "{wake} call my {kin} {KIN1}"), ("a", "Calling {KIN1}, home.")),
    (("c", "call doctor {CAS}"), ("a", "Calling Dr. {CAS}'s office.")),
    (("c", "play the voicemail from {CCF}"), ("a", "Voicemail from {CCF}, received {date}.")),
    (("c", "share my location with {CA} until i get home"), ("a", "Now sharing your location with {CAF}.")),
    (("c", "{wake} text {CTEL} i'm outside"), ("a", "Texting {CTEL}: I'm outside.")),
    (("c", "email the photo to {CMAIL}"), ("a", "Sending the photo to {CMAIL}.")),
    (("c", "{wake} call {CCF}"), ("a", "I couldn't find {CCF} in your contacts. Did you mean {CB}?"), ("c", "yeah {CB}")),
    (("c", "remind me to call {CC} back {date}"), ("a", "Okay, I'll remind you to call {CC} back.")),
    (("c", "hang up and call {CB} instead"), ("a", "Ending this call. Calling {CBF}.")),
)
CLARIFY = (  # the assistant asks, the user answers with the name alone
    (("c", "{wake} make a call"), ("a", "Who do you want to call?"), ("c", "{CA}"), ("a", "Calling {CAF}.")),
    (("c", "call {AMB}"), ("a", "Which {AMB}, {AMB1} or {AMB2}?"), ("c", "{AMBX}"), ("a", "Okay, calling {AMB} {AMBX}.")),
    (("c", "text {AMB} see you at church"), ("a", "Did you mean {AMB1} or {AMB2}?"), ("c", "{AMBX}"), ("a", "Sent.")),
    (("c", "{wake} send some money"), ("a", "Who should I send it to?"), ("c", "{CB}"), ("a", "How much?"), ("c", "{money}")),
    (("c", "set up a video call"), ("a", "With whom?"), ("c", "{CAF}"), ("a", "Starting a video call with {CA}.")),
)
LOOKS = (  # look-alikes that are not personal data
    (("c", "{wake} what's the weather in {place}"), ("a", "It's sunny and seventy two right now.")),
    (("c", "play {PUBLIC}"), ("a", "Playing songs by {PUBLIC} on Soundly.")),
    (("c", "{wake} {phrase}"), ("a", "Okay, done.")),
    (("c", "call {venue}"), ("a", "Calling the nearest one now.")),
    (("c", "set my mood to hope and dim the lights"), ("a", "Mood set. Lights at thirty percent.")),
    (("c", "mark as read"), ("a", "Marked as read.")),
    (("c", "will it rain {date}"), ("a", "No rain expected.")),
    (("c", "how old is {FIGURE}"), ("a", "Here's what I found on the web.")),
    (("c", "open {product}"), ("a", "Opening it now.")),
    (("c", "what's the {place} match score"), ("a", "It's two one at half time.")),
    (("c", "remind me to pay bill {date}"), ("a", "Okay, I'll remind you to pay the bill.")),
    (("c", "{wake} navigate home"), ("a", "Heading home to {ADDR}.")),
    (("c", "where's my pizza order"), ("a", "Order {order} is out for delivery, about ten minutes away.")),
)
IVR_OPEN = {
    "bank": ("Meridian Trust", "Thanks for calling Meridian Trust. In a few words, tell me why you're calling."),
    "telecom": ("Vantel", "Welcome to Vantel. Briefly, what's the reason for your call today?"),
    "pharmacy": ("CarePoint Pharmacy", "CarePoint Pharmacy. Please tell me, in a few words, how I can help."),
    "utility": ("Brightwater Energy", "You've reached Brightwater Energy. What are you calling about today?"),
}
REASONS = {
    "bank": ("my {kin} {KIN1} opened a card on my account and i want it closed", "there's a payment to {CAF} that i didn't make",
             "i want to add {CAF} to my account"),
    "telecom": ("my {kin} {KIN1} changed the plan and the bill went up", "i need to move the line of {CAF} to my account",
                "the phone i bought for {CA} was never delivered"),
    "pharmacy": ("refill for my {kin} {KIN1}", "is the prescription for {CAF} ready", "doctor {CAS} sent a new prescription"),
    "utility": ("my tenant {CAF} moved out and the bill is still in my name", "i want to pay my bill",
                "the account is under {CAF} i'm the new owner"),
}
IVR_ID = (
    (("a", "Please say or enter your account number."), ("c", "{ACCT}")),
    (("a", "Now your date of birth."), ("c", "{DOB}")),
    (("a", "What's the {postname} on the account?"), ("c", "{POST}")),
    (("a", "To verify it's you, please say your {idname}."), ("c", "{NATID}")),
    (("a", "Please say the card number, four digits at a time."), ("c", "{CARD}"), ("a", "And the expiration date?"), ("c", "{EXP}")),
    (("a", "I've texted a six digit code to your phone. Please read it out."), ("c", "{OTP}")),
    (("a", "What's a good callback number?"), ("c", "{TEL}")),
    (("a", "Sorry, I didn't catch that. Please spell your last name."), ("c", "{SPELT}")),
    (("a", "And what's the email address we have for you?"), ("c", "{MAIL}")),
    (("a", "What's the name on the account?"), ("c", "{NAME}")),
)
IVR_ASK = {  # the IVR asks for a name and the caller answers with it alone
    "telecom": (("a", "Whose line is this about?"), ("c", "{CAF}")),
    "bank": (("a", "Who was the payment made to?"), ("c", "{CA}"), ("a", "I see a payment to {CAF} from {date}. Is that the one?"),
             ("c", "{yes}")),
    "pharmacy": (("a", "Who is the prescription for?"), ("c", "it's for my {kin} {KIN1}")),
    "utility": (("a", "And the name of the previous account holder?"), ("c", "{CCF}")),
}
IVR_END = (
    (("a", "Thanks. I'll connect you to an agent now."), ("a", "Hi, this is {STAFF}. I see you're calling about your account."),
     ("c", "yes hi {STAFF}"), ("a", "I've fixed that for you, {GIVEN}. You'll get a text confirmation shortly.")),
    (("a", "All done. Your request is in and you'll get a confirmation text. Anything else?"), ("c", "no that's all {thanks}")),
    (("a", "I've sent a payment link to your phone. Is there anything else?"), ("c", "nope {bye}")),
    (("a", "Your case is open. If you need us again, call {helpline}. Goodbye."), ("c", "okay {thanks}")),
)
CHAT_OPEN = {
    "bank": (("a", "Hi, I'm Arbi, your Arbor Bank assistant. What can I do for you?"),),
    "ride": (("a", "Hey! Where are we going today?"),),
    "food": (("a", "Hungry? Tell me what you'd like and where to."),),
    "sms": (("a", "CarePoint: Reply with a question or type HELP. Msg&data rates may apply."),),
}
CHAT_DO = {  # the first block of each app opens its chats
    "bank": ((("c", "send {money} to {CAF}"), ("a", "Send that to {CAF} from Everyday Checking?"), ("c", "yes")),
             (("c", "pay {CA} back for dinner{emoji}"), ("a", "How much would you like to send {CA}?"), ("c", "{money}")),
             (("c", "{sms} send money to {AMB}"), ("a", "I found two people named {AMB}: {AMB1} and {AMB2}. Which one?"), ("c", "{AMBX}")),
             (("c", "request {money} from {CBF} for the concert tix"), ("a", "Request sent to {CBF}.")),
             (("c", "who is {CCF}?? i dont know them"), ("a", "That payment went to {CCF} on {date}. Want to dispute it?"), ("c", "yes")),
             (("c", "did my {venue} refund come in"), ("a", "Yes, a refund of {money} posted {date}."))),
    "ride": ((("c", "book a ride for {CA} to {DEST}"), ("a", "Pickup at {ADDR}?"), ("c", "yes{emoji}")),
             (("c", "share my trip with {CAF}"), ("a", "Trip shared with {CAF}.")),
             (("c", "text {CTEL} my eta {sms}"), ("a", "ETA sent to {CTEL}.")),
             (("a", "Who's riding?"), ("c", "{CB}"), ("a", "Got it. Your driver {STAFFNAME} will be there in 4 min.")),
             (("c", "my driver {STAFF} left without me"), ("a", "Sorry about that! I've refunded the cancellation fee.")),
             (("c", "ride to {venue} pls"), ("a", "Heading to the closest one. Pickup at {ADDR}?"), ("c", "yep thats me"))),
    "food": ((("c", "order from {venue}"), ("a", "Deliver to {ADDR}, {city} {POST}?"), ("c", "yes")),
             (("a", "Name for the order?"), ("c", "{NAME}")),
             (("a", "Phone number for the courier?"), ("c", "{TEL}")),
             (("c", "its for {CAF} {sms} leave at door"), ("a", "Got it, I'll add a note for the courier.")),
             (("c", "send the receipt to {CMAIL}"), ("a", "Receipt sent to {CMAIL}.")),
             (("c", "where is my food?? its been an hour"), ("a", "So sorry! Order {order} is 5 min away. Here's a $5 credit."))),
    "sms": ((("c", "is the rx for {CA} ready"), ("a", "CarePoint: The prescription for {CAF} is ready for pickup {date}.")),
            (("a", "Reply with your {postname} to find your nearest store."), ("c", "{POST}")),
            (("a", "To confirm, reply with your date of birth."), ("c", "{DOB}")),
            (("c", "pls call {CA} when its ready"), ("a", "We'll call {CAF} when the order is ready.")),
            (("a", "Who is picking up?"), ("c", "{KIN1}"), ("a", "Thanks, we've added {KIN1} as a pickup person.")),
            (("c", "whats the weather in {place} lol"), ("a", "CarePoint: Sorry, I can only help with prescriptions and store info."))),
}
CHAT_ID = (
    (("a", "For your security, enter the 6-digit code we just texted you."), ("c", "{OTP}")),
    (("a", "Quick check: what's your date of birth?"), ("c", "{DOB}")),
    (("a", "Last 4 digits of your card?"), ("c", "{CARD4}")),
    (("a", "What email should we use?"), ("c", "{MAIL}")),
)
CHAT_END = (
    (("a", "All set! Anything else?"), ("c", "nope thx{emoji}")),
    (("a", "Done. Have a great day!"), ("c", "ty")),
)
FAIRNESS_ASR = (
    "{wake} call {GIVEN}",
    "text {NAME} i'm on my way",
    "Calling {NAME}, mobile.",
    "send twenty dollars to {NAME}",
    "what did {GIVEN} say",
    "play the voicemail from {NAME}",
)
FAIRNESS_CHAT = (
    "pls call {GIVEN}",
    "send $20 to {NAME}",
    "Calling {NAME} now.",
    "book a ride for {GIVEN} to the airport",
    "{NAME}",
    "share my eta with {GIVEN}{emoji}",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("word_names", "hispanic_us", "vietnamese", "nigerian", "south_asian", "chinese", "english_reference")
GREETINGS = tuple(((("a", v[1]),) for v in IVR_OPEN.values())) + tuple(CHAT_OPEN.values())
IDENTITY = CALLS + CLARIFY + LOOKS + IVR_ID + tuple(IVR_ASK.values()) + CHAT_ID + tuple(b for v in CHAT_DO.values() for b in v)
ISSUES = tuple(((("c", r),) for v in REASONS.values() for r in v))
CLOSINGS = IVR_END + CHAT_END
BRIDGES = {"agent": ("Alright, that's done.",), "customer": ("uh huh go on",)}
CHAT_IN_TWENTY = (1, 4, 6, 9, 11, 14, 16, 19)


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_al import NameSourceAL
    from benchmarks._profile_dev_al import ProfileAL

    return ProfileAL, NameSourceAL


def style_of(index: int) -> str:
    """Eight sessions in twenty are typed chats (40 %), twelve spoken."""
    return "chat" if index % 20 in CHAT_IN_TWENTY else "asr"


_, render = family_glue("dev_al", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Calling")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_al").assemble(index, split_name, style_of(index), names, rng)
