"""Forty-fourth development template family (``dev_ar``), written blind: work. Recruitment agencies and temp staffing
desks (shift bookings, timesheets, who covered whose shift), employers' HR and payroll helpdesks (payslips, tax codes,
sick and parental leave, pensions, right-to-work checks, onboarding, leavers, grievances), reference checks ("I'm
calling for a reference for ..., she gave your name as her line manager") and couriers calling a depot about rounds,
vans and parcels signed for by a named neighbour. A caller names a colleague or a manager before themselves, names
people by role then name, lists a team, spells a surname with NATO words, names someone mid-story with no cue, and
one person is named several ways. Speech 55 %, typed portal messages, timesheet forms, rotas, chats and e-mails 45 %.
Look-alikes that are not personal data: agencies, couriers and brands, places, job titles, tax codes, everyday uses
of the word names (``I hope so``, ``royal mail``), public figures as NEUTRAL spans. Values of thirteen home countries
(``_work_dev_ar``).
"""
from __future__ import annotations

import importlib

from benchmarks._staged_assembly import family_glue

ORGS = {"agency": ("Northgate Recruitment", "BrightStaff temps desk"),
        "payroll": ("the PeopleHub payroll helpdesk", "Castleford Foods payroll"),
        "hr": ("the PeopleHub HR helpdesk", "Meridian Care HR team"),
        "reference": ("Kestrel Logistics HR", "Oakwell Care Homes"),
        "depot": ("the Swiftway depot in Enfield", "Parcelpoint North depot")}
OPEN_ASR = (  # someone else first, the caller's own name late
    (("a", "{org}, this is {STAFF}, go ahead."), ("c", "hi yeah it's about {AF}'s shift on saturday {heA} can't make it so i'm covering")),
    (("a", "Good morning, {org}, you're through to {STAFFNAME}."), ("c", "morning my supervisor {M} sorry {mtitle} {MS} said i could swap with {A}")),
    (("a", "{org}, how can I help this morning?"), ("c", "hiya the shift lead today is {MF} and {heM} hasn't signed my timesheet")),
    (("a", "Thanks for calling {org}, who's speaking please?"), ("c", "it's {NAME} i do nights in the warehouse")),
    (("a", "{org}, {STAFF} here, what can I do for you?"), ("c", "hi i'm ringing for {AF} {heA}'s on shift so {heA} asked me to chase {hisA} payslip")),
    (("a", "You're through to {org}. Can I take your name first?"), ("c", "yeah it's {NAME} but it's about my team leader {JF}")),
)
OPEN_REFERENCE = (  # a recruiter asks a former employer for a reference: the candidate named first
    (("a", "{org}, {STAFF} answering."), ("c", "hi there it's {NAME} from Northgate Recruitment i'm calling for a reference for {WF} {heW} gave your name as {hisW} line manager")),
    (("c", "Dear {STAFF},\n\nI'm writing to request a reference for {WF}, who has applied for a Warehouse Operative role with us. {W} gave your details as {hisW} line manager.\n\nKind regards,\n{NAME}\nRecruitment Consultant\nNorthgate Recruitment"),
     ("a", "Hi {GIVEN},\nHappy to help. I managed {W} for two years. I'm {STAFFNAME}, Branch Manager.")),
)
OPEN_DEPOT = (  # a driver on the depot line
    (("a", "{org}, {STAFF} on the driver line."), ("c", "hi it's {NAME} i'm on round twelve the van's got a flat and {M} said to ring you")),
    (("c", "Hi, it's {GIVEN} on the Enfield round. Left a parcel with {WF} at number 9, {heW} signed for it. Customer says it never came."), ("a", "Thanks {GIVEN}, I'm {STAFF}. I'll add {W} to the proof of delivery.")),
)
OPEN_CHAT = (
    (("c", "Hi,\n\nI'm off sick from today. {AF} is covering my Tuesday and {MF} (shift lead) knows.\n\nThanks,\n{NAME}"), ("a", "Hi {GIVEN},\nSorry to hear you're unwell. I'm {STAFFNAME} and I'll log the absence.")),
    (("a", "Welcome to the {org} portal chat. You're chatting with {STAFFNAME}."), ("c", "hi, my payslip is missing the overtime from when i covered for {AF}")),
    (("c", "Timesheet query\nWorker: {FORM}\nAgency ref: {AWR}\nShift covered for: {AF}\nSigned off by: {MF}"), ("a", "Thanks, I've got the query. I'm {STAFF} from the timesheets team.")),
    (("c", "Hi\n\n> On {date}, {PREV} wrote:\n> Your P45 will be sent within two weeks.\n\nIt still hasn't arrived."), ("a", "Sorry for the wait. I'm {STAFF}, I've taken this over from {PREVG}.")),
    (("c", "HI ITS {GIVEN} FROM NIGHTS, {MS} SAYS MY HOURS ARE WRONG AGAIN"), ("a", "Hi {GIVEN}, thanks for flagging it. Which week is it?")),
    (("c", "Rota for Saturday:\n{AF}\n{BF}\n{MF} (shift lead)\nand me"), ("a", "Thanks {GIVEN}, I'll check the rota against the bookings.")),
)
LATE_NAME = (
    (("a", "And who am I speaking with?"), ("c", "oh sorry it's {NAME} i work with {A}")),
    (("a", "Can I take your full name too?"), ("c", "yeah sure it's {NAME}")),
    (("a", "Is {A} the worker on the booking, or is that you?"), ("c", "no that's {A} i'm {NAME} i'm on the same shift")),
    (("a", "Could I have your name as it is on your contract?"), ("c", "{FORM}")),
)
ID_STEPS = (  # identity steps (both styles)
    (("a", "Can I take your date of birth to find your record?"), ("c", "{DOB}")),
    (("a", "What's your employee number? It's on your payslip."), ("c", "it's {EMPNO}")),
    (("a", "Do you have your payroll number handy?"), ("c", "{PAYNO}")),
    (("a", "And the agency worker reference from your booking?"), ("c", "{AWR}")),
    (("a", "And your surname, one letter at a time please?"), ("c", "{SPELT}")),
    (("a", "What's your home address with the {postname}?"), ("c", "{ADDR}, {pm}{POST}")),
    (("a", "Is {TEL} still the number to reach you on?"), ("c", "{no}, i changed it to {ALT}")),
    (("a", "Which email should the payslip go to?"), ("c", "{MAIL}")),
    (("a", "For payroll I need your {nidname} as well."), ("c", "{NID}")),
)
REF_STEPS = (  # a recruiter on a reference line
    (("a", "What's the best email to send the reference to?"), ("c", "{MAIL}")),
    (("a", "And a number in case I need to call you back?"), ("c", "{TEL}")),
)
# which openings suit which line (indexes into OPEN_ASR / OPEN_CHAT)
OPENS = {"agency": (range(6), range(6)), "payroll": ((3, 4, 5), (1, 2, 3, 4)), "hr": ((1, 2, 3, 5), (0, 3, 4)),
         "depot": ((2, 3, 5), (0, 4, 5))}
PAY = {  # where the pay goes, by home country
    "UK": (("a", "For your pay, what's the sort code?"), ("c", "{SORT}"), ("a", "And the account number it goes into?"), ("c", "{ACCT}")),
    "IBAN": (("a", "Which IBAN should your wages go to?"), ("c", "{IBAN}")),
    "other": (("a", "What account should the back pay go into?"), ("c", "it goes into account {ACCT}")),
}
STORY = {  # the people of a workplace; many without a cue phrase
    "agency": ((("c", "so {A} tells the manager {heA} can't do sunday and {heM} just puts me down instead"), ("a", "Right. Did {M} book you through us or directly?"), ("c", "through you {M} is the shift lead")),
               (("c", "on the rota it's me {B} {A} and {mtitle} {MS}"), ("a", "Thanks, I'll check all four of you are booked.")),
               (("c", "i covered {AF}'s shift on the fourteenth but it's not on my timesheet"), ("a", "I'll add the hours and ask {M} to sign them off.")),
               (("c", "{BF} was meant to pick me up for the early but {heB} never showed"), ("a", "Okay. Did you let {M} know you'd be late?"))),
    "payroll": ((("c", "my payslip says I was on {taxcode} this month"), ("a", "That looks like an emergency code. Has {L} in payroll been in touch?"), ("c", "no i emailed {L} twice")),
                (("c", "{A} and me both got paid short {heA} checked {hisA} payslip too"), ("a", "I'll look at both. Is {A} on the same contract?")),
                (("c", "the payroll officer {LF} said it would be corrected in the next run"), ("a", "I'll chase {L}. You can also email {L} on {LMAIL}.")),
                (("c", "my pension opt out went to {J} my manager but nothing happened"), ("a", "I'll pass it to the pensions team and copy {J} in."))),
    "hr": ((("c", "{A} and me swapped lates last week but {MF} never put it through"), ("a", "Okay. Did {M} agree the swap in writing?")),
           (("c", "{W} keeps changing my hours and {J} won't listen"), ("a", "I'm sorry. Would you like to raise a formal grievance about {W}?"), ("c", "{yes} i think so")),
           (("c", "i'm going on parental leave in march and {B} is covering my role"), ("a", "Congratulations. I'll let {J} know {B} is covering.")),
           (("c", "the right to work check was done by {LF} at onboarding"), ("a", "Thanks, I'll ask {L} for the copy.")),
           (("c", "my emergency contact is {KINF} that's my {kin} on {KTEL}"), ("a", "Thanks, I've updated your emergency contact to {KIN}."))),
    "reference": ((("c", "how long did {W} work for you"), ("a", "{W} was with us for three years and reported to me."), ("c", "and was {W} ever off long term")),
                  (("c", "{W} mentioned {heW} worked alongside {AF} on the night shift"), ("a", "Yes, {A} and {W} were on nights together.")),
                  (("a", "My line manager {JF} signed off {W}'s leaving date."), ("c", "thanks could you ask if {J} is happy to be contacted")),
                  (("c", "would you employ {W} again"), ("a", "Yes, without hesitation. {WS} was reliable."))),
    "depot": ((("c", "i left it with the neighbour at number nine {WF} {heW} signed for it"), ("a", "Thanks, I'll put {W} on the proof of delivery.")),
              (("c", "{A} took my van this morning so i've got the old one"), ("a", "I'll check with {M} why {A} took it.")),
              (("c", "the depot manager {J} said i could finish at four"), ("a", "Okay, I'll log that {J} agreed.")),
              (("c", "so {B} tells {M} the scanner's broken and {heM} says just write it down"), ("a", "Right, I'll get a new handheld out for {B}."))),
}
FOLLOW = (
    (("a", "Is there a number for {KIN} if we can't get hold of you?"), ("c", "{KTEL}")),
    (("a", "Do you want {LS} copied in?"), ("c", "{yes} please it's {LMAIL}")),
    (("a", "How is {W}'s surname spelled?"), ("c", "{WSPELT}")),
    (("a", "And how do you spell {A}?"), ("c", "{ASPELT}")),
)
RECAP = (
    (("a", "So {A} couldn't do it and {M} signed off the swap."), ("c", "{yes}")),
    (("a", "I'll pass this to {L} and ring you back tomorrow."), ("c", "{thanks}")),
    (("a", "I've left a note for {PREVG} as well."),),
    (("a", "So that's you, {A} and {B} on the rota."), ("c", "yeah that's all of us")),
)
CLOSE_ASR = (
    (("a", "Thanks {title} {SURNAME}, we'll text you once it's sorted."), ("c", "lovely cheers {STAFF} that's great")),
    (("a", "Anything else for you or {A} today?"), ("c", "no that's everything ta bye now")),
    (("a", "Right, bye for now."), ("c", "thanks a lot {STAFF} bye bye")),
    (("a", "Thanks {SURNAME}{san}, take care."), ("c", "thank you bye")),
)
CLOSE_CHAT = (
    (("a", "That's sorted for you, {GIVEN}."), ("c", "Brilliant, thanks {STAFF}.\n\n{NAME}")),
    (("a", "We'll confirm it all by email."), ("c", "Thank you.\n\nKind regards,\n{NAME}\n{ADDR}\n{pm}{POST}")),
    (("a", "Best wishes,\n{STAFFNAME}\n{staffrole}\n{org}"), ("c", "Cheers for that!\n\n{SURNAME}")),
    (("a", "Anything else with your shifts today?"), ("c", "no thats everything cheers {STAFF}")),
    (("c", "Thanks from us both,\n\n{AF}\n{NAME}"), ("a", "No problem, thanks to you both.")),
    (("a", "Thank you {SURNAME}{san}, that's all noted."), ("c", "Thanks, {STAFF}!")),
)
SMALLTALK = (
    (("c", "{phrase}, but anyway."), ("a", "Ha, I hear you.")),
    (("c", "I came over from {place} four years ago."), ("a", "Oh nice, how are you finding it?")),
    (("c", "I used to pick at {brand} before this."), ("a", "Okay, that won't change anything here.")),
    (("c", "The parcel was a {courier} one, not ours."), ("a", "Ah, then we can't trace it, sorry.")),
    (("c", "{role} was meant to ring me back."), ("a", "I'll check who had it.")),
    (("c", "Is the joining bonus still {money}?"), ("a", "Let me check the rate.")),
    (("c", "{A} watches {FIGURE} on telly and now wants to start a business."), ("a", "Ha, good luck to them.")),
    (("a", "If it's after six you can ring {helpline}."), ("c", "ok i'll put that in my phone")),
    (("c", "I left {product} at {venue}."), ("a", "I'll ask someone to put it aside.")),
    (("c", "The uniform order was {order} but it never came."), ("a", "I'll chase it for you.")),
    (("c", "I can do {date} as well if you're short."), ("a", "Thanks, I'll keep that in mind.")),
)
FAIRNESS_ASR = (
    "so {GIVEN} tells the manager and he says we can swap",
    "the shift lead today is {NAME}",
    "{GIVEN} covered my late on sunday",
    "i'm calling for a reference for {NAME}",
    "{NAME} signed for the parcel at number nine",
    "my line manager {NAME} said i could swap",
)
FAIRNESS_CHAT = (
    "{GIVEN} is covering my Saturday.",
    "Kind regards,\n{NAME}\nHR Business Partner",
    "{NAME}",
    "Rota: me and {NAME}",
    "{GIVEN} hasn't signed my timesheet yet",
    "Reference request for {NAME}",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("tamil", "bangladeshi", "afghan", "caucasus", "finnish", "japanese", "word_given", "english_reference")
GREETINGS = OPEN_ASR + OPEN_REFERENCE + OPEN_DEPOT + OPEN_CHAT
IDENTITY = LATE_NAME + ID_STEPS + REF_STEPS + tuple(PAY.values()) + FOLLOW + SMALLTALK + RECAP
ISSUES = tuple(b for v in STORY.values() for b in v)
CLOSINGS = CLOSE_ASR + CLOSE_CHAT
BRIDGES = {"agent": ("Right, I'm following.",), "customer": ("yeah go on",)}
CHAT_IN_TWENTY = (1, 3, 6, 8, 10, 13, 15, 17, 19)


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_ar import NameSourceAR
    from benchmarks._profile_dev_ar import ProfileAR

    return ProfileAR, NameSourceAR


def style_of(index: int) -> str:
    """Nine conversations in twenty are typed chats, forms or e-mails (45 %), eleven spoken."""
    return "chat" if index % 20 in CHAT_IN_TWENTY else "asr"


_, render = family_glue("dev_ar", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Kind regards")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_ar").assemble(index, split_name, style_of(index), names, rng)
