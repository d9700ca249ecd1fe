"""Fiftieth development template family (``dev_ax``), written blind: public services and civil registration. A
council's council-tax and benefits lines (a partner or lodger named on the bill, a single-person discount, a relative
dealing with a deceased person's account), register offices (a birth registered with both parents named, a death
registered by a relative, a marriage or civil partnership booked with the couple and two witnesses named, certificate
copies for a grandparent), passport and visa / residence-permit helplines (a child's application with both parents
named, a sponsor or host named), jury service and court enquiry lines, electoral roll updates (who lives at the
address). The person talked about is named before the caller; people are named without a cue; one person is named
several ways (the name at birth, the married name); a name is spelled with NATO words. Speech about half, typed
chats, forms and e-mails the rest. Look-alikes that are not personal data: councils and offices, officials' job
titles, towns, streets as places, everyday uses of the word names, public figures as NEUTRAL spans. Values of eleven
home countries (``_civic_dev_ax``).
"""
from __future__ import annotations

import importlib

from benchmarks._staged_assembly import family_glue

ORGS = {"counciltax": ("Millbrook District Council", "Harrowfield City Council"),
        "benefits": ("Millbrook Revenues and Benefits", "Harrowfield Benefits Service"),
        "register": ("Millbrook Register Office", "Harrowfield Registration Service"),
        "passport": ("the Passport Advice Line", "Residence Permit Enquiries"),
        "jury": ("the Jury Summoning Office", "Harrowfield Crown Court enquiries"),
        "electoral": ("Millbrook Electoral Services", "Harrowfield Electoral Registration")}
OPEN_ASR = (  # the person talked about first, the caller's own name often late
    (("a", "{org} council tax, {STAFF} speaking, how can I help?"), ("c", "hiya {KINF} passed away last month and the council tax is still in {hisK} name")),
    (("a", "{org}, benefits line, my name's {STAFFNAME}."), ("c", "morning i'm phoning because {WF} moved in as a lodger and i think it changes my claim")),
    (("a", "{org}, {STAFF} on registrations."), ("c", "hello i need to book in to register {KINF}'s death i'm the one doing it")),
    (("a", "You're through to {org}, {STAFFNAME} here, how can I help?"), ("c", "hi it's about a passport for {KINF} {heK} needs it renewed and the form wants a countersignature")),
    (("a", "{org} jury enquiries, {STAFF} speaking."), ("c", "hello {KINF} got a jury summons but {heK} is working abroad till the summer")),
    (("a", "{org}, {STAFFNAME}, what can I do for you?"), ("c", "hi the voting letter still has {JF} on it and {heJ} moved out in january")),
)
OPEN_CHAT = (
    (("c", "Hi, I'm the executor for my {kin} {KINF}. The council tax account is still in {hisK} name."), ("a", "I'm sorry for your loss. {STAFFNAME} here, I'll help you close the account.")),
    (("c", "Change of circumstances\nClaimant: {NAME}\nNew lodger: {WF}\nPartner: {AF}"), ("a", "Thanks for letting us know. {STAFF} from the benefits team, I'm looking at the claim now.")),
    (("c", "Death registration\nDeceased: {KINFORM}\nInformant: {NAME}\nRelationship: {relation}"), ("a", "Thank you, {STAFF} from the registration service. I can book you an appointment.")),
    (("c", "Hello,\n\nI'm the sponsor for {KINF}'s residence permit. {heK} will be staying with me and {A}.\n\nBest,\n{NAME}"), ("a", "Dear {GIVEN},\nThis is {STAFFNAME} from the enquiries team; I've found the application.")),
    (("a", "Welcome to {org} webchat, {STAFFNAME} here."), ("c", "hi, my {kin} {KINF} got a jury summons for next month but {heK} has a hospital operation booked")),
    (("c", "Hi\n\n> On {date}, {PREV} wrote:\n> We have updated the register for your address.\n\nThe letter still lists {JF}, who left in the spring, and misses {KINF}."), ("a", "Sorry about that. {STAFF} here, I'm taking over from {PREVG}.")),
)
OPENS = {"counciltax": ((0,), (0,)), "benefits": ((1,), (1,)), "register": ((2,), (2,)), "passport": ((3,), (3,)),
         "jury": ((4,), (4,)), "electoral": ((5,), (5,))}
LATE_NAME = (
    (("a", "And who am I talking to today?"), ("c", "{NAME} and i'm {hisK} {relation}")),
    (("a", "Can I take your full name for the record?"), ("c", "yes it's {NAME}")),
    (("a", "Whose name is on the record with us?"), ("c", "{FORM}")),
    (("a", "Is that {KIN} on the line?"), ("c", "no i'm {hisK} {relation} {NAME}")),
)
ID_STEPS = (
    (("a", "Could you confirm {KIN}'s date of birth?"), ("c", "{KDOB}")),
    (("a", "Is there a national number for {himK} I can note?"), ("c", "one sec it's {KNID}")),
    (("a", "And your own national number, please."), ("c", "{NID}")),
    (("a", "What's the full address, with the {postname}?"), ("c", "{ADDR}, {POST}")),
    (("a", "Can we still reach you on {TEL}?"), ("c", "{no} use {ALT} now")),
    (("a", "What e-mail should the confirmation go to?"), ("c", "{MAIL}")),
    (("a", "Would you spell {hisK} surname for me?"), ("c", "{KINSPELT}")),
    (("a", "And your own date of birth for the record?"), ("c", "{DOB}")),
)
LINE_STEPS = {
    "counciltax": (("a", "Have you got the council tax account number?"), ("c", "{CTAX}")),
    "benefits": (("a", "What's the claim reference on your letter?"), ("c", "{CLAIM}")),
    "register": (("a", "Do you have the booking or order reference?"), ("c", "{REG}")),
    "passport": (("a", "Can you read me the application number?"), ("c", "{APP}")),
    "jury": (("a", "There's a juror number on the summons, what does it say?"), ("c", "{JUR}")),
    "electoral": (("a", "Is there a reference on the household form?"), ("c", "{ELEC}")),
}
STORY = {
    "counciltax": ((("c", "the old bill has {himK} as {KINBORN} the name {heK} had before"), ("a", "I'll link both names on the account.")),
                   (("c", "{WF} rents the back room off me is {heW} meant to be on the bill"), ("a", "A lodger isn't usually liable, the owner stays on the bill.")),
                   (("c", "{B} was living there with {himK} at the end is {heB} on the bill now"), ("a", "{B} may be liable if {heB} stays on, or get the single person discount.")),
                   (("c", "{MF} came round to check the house was empty"), ("a", "I can see {M}'s visit note here."))),
    "benefits": ((("c", "{WF} pays me rent weekly so does that count as income"), ("a", "Some of it does, I'll work it out for you.")),
                 (("c", "{A} started a job so our money changed"), ("a", "We'll need {A}'s payslips then.")),
                 (("c", "the assessor {MF} said to call you about the backdating"), ("a", "I'll look at what {M} put on the claim.")),
                 (("c", "{B} stays with us at weekends only"), ("a", "That's fine, {B} won't count as living there."))),
    "register": ((("c", "{heK} was born {KINBORN} so the old certificate is in that name"), ("a", "That's fine, the birth entry keeps the name at birth.")),
                 (("c", "our witnesses for the wedding are {WF} and {JF}"), ("a", "I'll put {W} and {J} down as witnesses.")),
                 (("c", "while i'm in we want to register our baby too {A} is coming to sign as the other parent"), ("a", "Good, both parents can sign the register together.")),
                 (("c", "i need two copies of my grandad's certificate for {B}"), ("a", "Copies are eleven pounds each."), ("c", "{B} is sorting the probate")),
                 (("c", "{MF} the registrar did our notice last week"), ("a", "I'll check {M}'s notes for the date."))),
    "passport": ((("c", "{JF} countersigned the photos {heJ}'s known us ten years"), ("a", "That works, {J} just needs their own passport number.")),
                 (("c", "{B}'s application has me and {A} down as the parents"), ("a", "Both parents' details go in section four.")),
                 (("c", "{WF} is our host in birmingham and wrote the letter"), ("a", "A host letter from {W} with their address helps.")),
                 (("c", "the caseworker {MF} said it was nearly done"), ("a", "I'll check with {M} where it's at."))),
    "jury": ((("c", "{heK} looks after {B} every day so {heK} can't just go"), ("a", "Caring for someone can be a reason to defer.")),
             (("c", "{MF} from the court said to ring this number"), ("a", "Yes, {M} works with our team.")),
             (("c", "{A} did jury service last year is that why"), ("a", "No, names are picked at random from the roll."))),
    "electoral": ((("c", "it's me {A} and {B} living here now"), ("a", "I'll add everyone who is eligible.")),
                  (("c", "{WF} moved in in march and wants to vote here"), ("a", "{W} can apply online with a national insurance number.")),
                  (("c", "{heK} is on the roll as {KINBORN} but changed it after the wedding"), ("a", "We'll need the new name on a fresh application.")),
                  (("c", "the canvasser {MF} knocked while we were out"), ("a", "No problem, {M} leaves a form when no one's in."))),
}
FOLLOW = (
    (("a", "And how is {W}'s surname spelled?"), ("c", "{WSPELT}")),
    (("a", "Do you have a phone number for {KIN}?"), ("c", "{KTEL}")),
    (("a", "Could you spell {A}'s name out for the form?"), ("c", "{ASPELT}")),
    (("a", "I'll ask my team leader {LS} to review it."), ("c", "{yes} {heL} emailed me from {LMAIL}")),
)
RECAP = (
    (("a", "So you're handling this on {KIN}'s behalf."), ("c", "{yes}")),
    (("a", "And {J} is noted on the file too."), ("c", "{thanks}")),
    (("a", "{M} will get back to you by letter."), ("c", "{thanks}")),
    (("a", "I've added it under {PREVG}'s earlier note."),),
)
CLOSE_ASR = (
    (("a", "That's all sorted, {title} {SURNAME}; you'll get a letter within ten days."), ("c", "brilliant thanks {STAFF} bye now")),
    (("a", "Take care of {KIN}."), ("c", "i will thanks bye")),
    (("a", "Right, that's everything on the system."), ("c", "lovely ta {STAFF}")),
    (("a", "Have a good afternoon, {GIVEN}."), ("c", "and you thanks a lot")),
)
CLOSE_CHAT = (
    (("a", "Your record is updated, {GIVEN}. Is there anything else?"), ("c", "That's all, many thanks {STAFF}.\n\n{NAME}")),
    (("a", "A letter confirming this is on its way."), ("c", "Thank you.\n\nYours sincerely,\n{NAME}\n{ADDR}\n{POST}")),
    (("a", "With best wishes from the team,\n{STAFFNAME}\n{staffrole}, {org}"), ("c", "Thank you for your patience with this\n\n{SURNAME}")),
    (("c", "Thanks from us both,\n{NAME} and {KINF}"), ("a", "You're very welcome, all the best.")),
    (("a", "Thanks {title} {SURNAME}, the change is done."), ("c", "Much appreciated {STAFF}!")),
)
SMALLTALK = (
    (("c", "{phrase} as {KIN} used to say"), ("a", "Ha, I'll remember that one.")),
    (("c", "{heK} was brought up near {place}"), ("a", "Oh, I've heard it's lovely there.")),
    (("c", "i went to {venue} first"), ("a", "They send most of those calls to us now.")),
    (("c", "i've got {product} here in front of me"), ("a", "Great, keep that handy.")),
    (("c", "{office} told me to ring you"), ("a", "Yes, this one comes to us.")),
    (("c", "{official} said it was all fine"), ("a", "I'll double check the notes anyway.")),
    (("c", "my mum watches {FIGURE} on telly every afternoon"), ("a", "Ha, my nan is the same.")),
    (("a", "Even {FIGURE} has to fill these forms in."), ("c", "ha i hope so")),
    (("c", "{KIN} argues like {heK}'s {FIGURE}"), ("a", "Ha, useful on a form like this.")),
    (("a", "Out of hours, the number is {helpline}."), ("c", "okay noted")),
    (("c", "{role} gave me your number."), ("a", "You're in the right place.")),
    (("c", "the bill says {money} a month"), ("a", "That's the band charge after the discount.")),
    (("c", "i paid the fee online order {order}"), ("a", "Thanks, I can see the payment.")),
    (("c", "the letter dated {date} says we're behind"), ("a", "I'll put a hold on it while we sort this.")),
    (("c", "we first asked {firm}"), ("a", "Ah, they share our system.")),
)
FAIRNESS_ASR = (
    "the council tax is still in {NAME}'s name",
    "{NAME} came with me to register the baby",
    "put {GIVEN} down as the second witness",
    "{NAME} is our host and wrote the letter",
    "the jury summons came for {NAME} last week",
    "{NAME} moved in with us in march",
)
FAIRNESS_CHAT = (
    "Claimant on the form: {NAME}",
    "Witness 2: {NAME}",
    "The account holder was {NAME}, who died in June.",
    "Yours sincerely,\n{NAME}\nDeputy Registrar",
    "{GIVEN} still gets post here but moved out.",
    "The sponsor is {NAME}.",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("chechen", "assyrian", "estonian", "macedonian", "baloch", "kyrgyz", "word_given", "english_reference")
GREETINGS = OPEN_ASR + OPEN_CHAT
IDENTITY = LATE_NAME + ID_STEPS + tuple(LINE_STEPS.values()) + FOLLOW + SMALLTALK + RECAP
ISSUES = tuple(b for v in STORY.values() for b in v)
CLOSINGS = CLOSE_ASR + CLOSE_CHAT
BRIDGES = {"agent": ("Alright, carry on.",), "customer": ("mm okay",)}
CHAT_IN_TWENTY = (1, 3, 5, 8, 10, 13, 15, 17, 19)


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_ax import NameSourceAX
    from benchmarks._profile_dev_ax import ProfileAX

    return ProfileAX, NameSourceAX


def style_of(index: int) -> str:
    """Nine conversations in twenty are typed chats, forms or e-mails (45 %), eleven spoken."""
    return "chat" if index % 20 in CHAT_IN_TWENTY else "asr"


_, render = family_glue("dev_ax", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Yours sincerely")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_ax").assemble(index, split_name, style_of(index), names, rng)
