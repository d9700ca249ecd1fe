"""Thirty-ninth development template family (``dev_am``), written blind: people talking ABOUT other people in
complaints, escalations and follow-ups. A housing association / landlord (repairs, neighbours), a GP surgery / hospital
patient liaison, a school / nursery office, a retailer's complaints team (staff conduct, parcels left with a
neighbour), an energy supplier's vulnerable-customer team (carers, powers of attorney, bereavement) and a removals /
courier firm. Callers name two to five people, mostly with no cue phrase (``so {A} came round yesterday``), open a
turn with their own name (``{GIVEN} here``), sign off (``cheers {STAFF}``, ``- {GIVEN}``), list people (``me, my
partner {B} and our lodger {A}``); agents use title + surname. Speech 55 %, typed chats and e-mails 45 %. Names of seven
groups (``_names_dev_am``); look-alikes that are not personal data (shops, brands, places, job titles, months, public
figures as NEUTRAL spans, ``grace period``, ``the bill``). Values of UK / Irish homes (``_homes_dev_am``).
"""
from __future__ import annotations

import importlib

from benchmarks._staged_assembly import family_glue

ORGS = {"housing": ("Northgate Homes", "Larkfield Lettings"), "health": ("Brookside Medical Practice", "St Aldhelm's Hospital patient liaison"),
        "school": ("Hollins Park Primary", "Little Acorns Nursery"), "retail": ("Harrow and Finch customer care",),
        "energy": ("Verdant Energy",), "removals": ("Swiftmove Removals", "Parcelwise")}
OPEN_ASR = (  # the agent answers, the caller opens (own name, no cue, or calling for someone)
    (("a", "Good morning, you're through to {org}, my name's {STAFF}, how can I help?"), ("c", "{GIVEN} here, following up on my complaint from {date}")),
    (("a", "Hello, {org}, {STAFF} speaking."), ("c", "hiya it's {NAME} again I rang last week about the same thing")),
    (("a", "Thanks for holding, you're speaking with {STAFFNAME}."), ("c", "yeah hi I'm calling for my {kin}, {hisK} name's {KINF}")),
    (("a", "{org}, this is {STAFF}, who am I speaking to?"), ("c", "{NAME}"), ("a", "Thanks {title} {SURNAME}, what's happened?")),
    (("a", "Hi there, {STAFF} at {org}, are you calling about an existing case?"), ("c", "yes my previous chat with {PREVG} went nowhere")),
)
OPEN_CHAT = (
    (("a", "Hi, you're chatting with {STAFF} from {org}. How can I help today?"), ("c", "{GIVEN} here, following up on my complaint. Still no reply from anyone.")),
    (("a", "Welcome to {org} web chat. Please tell us your name and what's gone wrong."), ("c", "{NAME}, complaint about {A} again")),
    (("c", "Dear {org} team,\nI am writing on behalf of my {kin}, {KINF}, who cannot use a computer."), ("a", "Dear {title} {SURNAME},\nThank you for your email. I'm sorry to hear this.")),
    (("c", "Hi\n\n> On {date}, {PREV} wrote:\n> We will be in touch within five working days.\n\nIt has been three weeks."), ("a", "Hello, I'm {STAFFNAME}. I've picked up your case from {PREVG}.")),
    (("c", "COMPLAINT - PLEASE READ. My name is {NAME} and nobody has called me back."), ("a", "Hi {GIVEN}, I'm sorry about that. I'm {STAFF} and I'll take this on.")),
)
ID_STEPS = (  # identity and reference steps (both styles)
    (("a", "Can I take the name on the account, please?"), ("c", "{NAME}")),
    (("a", "Could you spell that surname for me, please?"), ("c", "{SPELT}")),
    (("a", "And the date of birth on the file?"), ("c", "{DOB}")),
    (("a", "What's the first line of your address, and the {postname}?"), ("c", "{ADDR}, {POST}")),
    (("a", "Is {TEL} still the best number for you?"), ("c", "{no} use {ALT} it's my new one")),
    (("a", "Have you got a reference number from before?"), ("c", "{REF}")),
    (("a", "And an email address so I can send the case summary?"), ("c", "{MAIL}")),
    (("a", "Just confirming, that's for {KINF}, date of birth {KDOB}?"), ("c", "{yes}")),
)
FOLLOW = (  # after the story: how to reach B
    (("a", "Have you got a contact number for {B}?"), ("c", "{CTEL}, {heB}'s in {abroad} at the moment")),
    (("a", "Is there an email address for {BF}?"), ("c", "{CMAIL}")),
)
DOMAIN_STEPS = {"health": (("a", "Have you got the patient's {idname} to hand?"), ("c", "{NATID}")),
                "retail": (("a", "What are the last four digits of the card you paid with?"), ("c", "{CARD4}"))}
STORY = {  # the issue and the people in it: no cue phrase before most names
    "housing": ((("c", "So {A} came round yesterday and said the boiler was fine but it's still cold."), ("a", "Was that one of our engineers?"), ("c", "no {heA}'s the caretaker, {C} is the engineer")),
                (("c", "{AF} upstairs has had water coming through my ceiling for a month."), ("a", "Has {AS} reported the leak as well?"), ("c", "{A} says it's not {hisA} problem")),
                (("c", "Me, my partner {B} and our lodger {A} have all been ill with the mould."), ("a", "I'm so sorry. Who's named on the tenancy?"), ("c", "just me and {BF}")),
                (("c", "I told {A} the damp was back and {heA} just laughed."), ("a", "Is {A} your housing officer?"), ("c", "yeah {AF}")),
                (("c", "{A}'s been ringing me every night about the noise but it's not even us, it's {B} next door."),),
                (("a", "Who did the inspection?"), ("c", "the surveyor, {guyC} {C}"), ("a", "I can see {CF} signed it off.")),
                (("c", "Ask {C}, {heC} was there when the ceiling came down."),)),
    "health": ((("c", "The receptionist, {C}, told me to ring back at eight and then the line was engaged."), ("a", "I'm sorry. I'll pass that on to the practice manager.")),
               (("c", "My {kin}'s been waiting since {date} for the scan, {KIN} is in a lot of pain."), ("a", "Is that {tk} {KINS}?"), ("c", "{yes}")),
               (("c", "Doctor {CS} said the results were normal but the ward said they weren't back."), ("a", "I'll ask Dr {CS}'s secretary to check the system.")),
               (("c", "{BF} is my carer, can {heB} come to the appointment with me?"), ("a", "Of course. Is {B} on the record as your carer?"), ("c", "not yet")),
               (("c", "The nurse with the glasses, {hisC} badge said {C}, lovely, it's the consultant I'm complaining about."),),
               (("c", "{A} in the next bed heard the whole thing."),)),
    "school": ((("c", "{A} in year four has been picking on my {childK} {KIN} since September."), ("a", "Have you spoken to {tc} {CS}, the class teacher?"), ("c", "twice and nothing")),
               (("c", "{AF}'s mum shouted at me at the gate in front of everyone."), ("a", "I'm sorry, I'll let the head teacher know.")),
               (("c", "{B} picks {KIN} up on Tuesdays, can you add {himB} to the list?"), ("a", "What's {hisB} full name?"), ("c", "{BF}")),
               (("c", "The lady in the office, {C}, said the form was lost."), ("a", "I'll speak to {C}.")),
               (("c", "It was {A} and {B} who broke the window, not {KIN}."),)),
    "retail": ((("c", "The cashier, {hisC} badge said {C}, refused the refund and rolled {hisC} eyes."), ("a", "I'm sorry. Which store was this?"), ("c", "the {city} one, it was a {money} refund")),
               (("c", "The parcel was left with {AF} at number nine and {heA} says {heA} never got it."), ("a", "Did the courier leave a card?"), ("c", "no it just said left with {A}")),
               (("c", "The order is under {KINF}, my {kin}'s name, not mine."), ("a", "That's fine, I've found it under {KINS}.")),
               (("c", "Your manager {C} promised me a call back and never rang."),),
               (("c", "{C} on your returns desk told me to go to {venue} instead."),)),
    "energy": ((("c", "My late {parentK} {KINF} had the account, it's still in {hisK} name."), ("a", "I'm very sorry for your loss. When did {tk} {KINS} pass away?"), ("c", "{date}")),
               (("c", "{BF} has power of attorney for my {kin}, can you speak to {himB}?"), ("a", "We'll need a copy of the document for {B}.")),
               (("c", "Your engineer, {C}, fitted the meter upside down I think."), ("a", "I'll raise that with {CF}'s team leader.")),
               (("c", "{A} next door has the same problem and even {FIGURE} says the standing charge rose by five percent."),),
               (("c", "Can {B} ring on my behalf? {heB}'s my carer."),)),
    "removals": ((("c", "Your driver {C} dropped the wardrobe on the stairs."), ("a", "I'm sorry. Was {C} the team leader that day?"), ("c", "no, {C} was just driving, {AF} was in charge")),
                 (("c", "{C} and the other one from your crew turned up three hours late."), ("a", "I'll check the job sheet for {CS}.")),
                 (("c", "The boxes were left with {AF} next door without asking."), ("a", "Did you give permission to leave them with {A}?"), ("c", "never")),
                 (("c", "My neighbour {A} watched them scratch the car."),)),
}
RECAP = (
    (("a", "So just to confirm, the complaint is about {CF} and that visit?"), ("c", "{yes} and about {AF} as well")),
    (("a", "I'll log that {AF} is involved and ask {CF} for a statement."), ("c", "{thanks}")),
    (("a", "I've added a note for {PREVG}'s team too."),),
)
CLOSE_ASR = (
    (("a", "Thank you {title} {SURNAME}, you'll get a letter within ten working days."), ("c", "cheers {STAFF}")),
    (("a", "Anything more I can note down, {title} {SURNAME}?"), ("c", "no that's it thank you {STAFF} bye")),
    (("a", "You'll hear from {PREVG} or me by Friday."), ("c", "okay {bye}")),
)
CLOSE_CHAT = (
    (("a", "Thanks {GIVEN}, your case is now with our complaints team."), ("c", "Thank you, {STAFF}.\n\n- {GIVEN}")),
    (("a", "I've escalated this to the duty manager."), ("c", "Thanks {STAFF}\n\nKind regards,\n{NAME}\n{TEL}")),
    (("a", "Shall I pass anything else on while you're here?"), ("c", "no thats all, cheers {STAFF}")),
    (("a", "Kind regards,\n{STAFFNAME}\nCustomer Relations"), ("c", "Regards\n{NAME}")),
)
SMALLTALK = (
    (("c", "{phrase}, honestly"), ("a", "I understand.")),
    (("c", "I've been going back and forth to {place} all week."), ("a", "That sounds exhausting.")),
    (("c", "I bought {product} from {venue} because of this."), ("a", "Keep the receipt and we'll look at it.")),
    (("c", "The {role} said to {direction}."), ("a", "Right, I'll note that.")),
    (("c", "Even {FIGURE} would give up on you lot."), ("a", "I hear you.")),
    (("c", "My order {order} is separate, ignore that."), ("a", "No problem.")),
    (("c", "And they still charged me {money} for the callout."), ("a", "I'll look into that charge.")),
    (("a", "Our {role} can call you on {helpline} if needed."), ("c", "fine")),
)
FAIRNESS_ASR = (
    "so {GIVEN} came round yesterday and said it was fine",
    "i told {NAME} twice",
    "{NAME} here following up",
    "the engineer was someone called {GIVEN}",
    "thanks {GIVEN} bye",
    "it was left with {NAME} next door",
)
FAIRNESS_CHAT = (
    "{GIVEN}'s been ringing me every day",
    "Kind regards,\n{NAME}",
    "Thank you, {NAME}.",
    "the order is under {NAME} not me",
    "{NAME}",
    "me, my partner {GIVEN} and the kids",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("filipino", "persian", "turkish", "slavic", "caribbean", "hebrew", "english_reference")
GREETINGS = OPEN_ASR + OPEN_CHAT
IDENTITY = ID_STEPS + tuple(DOMAIN_STEPS.values()) + FOLLOW + SMALLTALK + RECAP
ISSUES = tuple(b for v in STORY.values() for b in v)
CLOSINGS = CLOSE_ASR + CLOSE_CHAT
BRIDGES = {"agent": ("Okay, go on.",), "customer": ("mm hm",)}
CHAT_IN_TWENTY = (1, 3, 5, 8, 10, 12, 14, 17, 19)


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_am import NameSourceAM
    from benchmarks._profile_dev_am import ProfileAM

    return ProfileAM, NameSourceAM


def style_of(index: int) -> str:
    """Nine conversations in twenty are typed chats or e-mails (45 %), eleven spoken."""
    return "chat" if index % 20 in CHAT_IN_TWENTY else "asr"


_, render = family_glue("dev_am", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Thank you")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_am").assemble(index, split_name, style_of(index), names, rng)
