"""Forty-second development template family (``dev_ap``), written blind: schools, colleges and universities, the
parents, carers, pupils and students who ring or write to them, and the staff around them. Secondary and primary
school offices, school transport, after-school clubs, exams offices and boards, university admissions and
accommodation, student finance. A parent often names the child before themselves ("it's about my son, Minh Anh"),
a child is named mid-story with no cue, staff by role then name ("the SENCo, Ms Kowalczuk"), siblings are listed,
a relative may collect the child; students give student numbers, dates of birth, home and hall addresses. Speech 55 %,
typed forms, chats and e-mails 45 %. Look-alikes that are not personal data: schools, universities and exam boards,
places, subjects and sets, job titles, apps, clubs, public figures as NEUTRAL spans, ``grace`` / ``will`` / ``hope``
/ ``faith`` / ``summer`` / ``term`` / ``pupil``. Values of eleven home countries (``_homes_dev_ap``).
"""
from __future__ import annotations

import importlib

from benchmarks._staged_assembly import family_glue

ORGS = {"school": ("Kingsmead Academy attendance line", "Holy Cross Secondary pastoral office"),
        "primary": ("Ashfield Primary school office", "St Brigid's National School"),
        "transport": ("Northvale school transport team", "Riverside district bus office"),
        "club": ("Kingsmead after school club", "Little Oaks wraparound care"),
        "exams": ("Kingsmead exams office", "the Riverside exams officer"),
        "admissions": ("Trinity admissions office", "Westbrook University international office"),
        "accommodation": ("Westbrook University accommodation office", "Trinity residences team"),
        "finance": ("Westbrook student finance desk", "Kingsmead school fees office")}
OPEN_ASR = (  # the child first, the caller's own name late
    (("a", "{org}, {STAFF} speaking, how can I help?"), ("c", "hi yeah it's about my {childA}, {A}, {heA} is in {subject}")),
    (("a", "Good morning, you're through to {org}, it's {STAFFNAME}."), ("c", "morning I'm ringing for {AF} I'm family, {hisA} mum asked me to call")),
    (("a", "Hello, {org}, who am I speaking to?"), ("c", "hiya it's {NAME} I'm {A}'s {kinself}")),
    (("a", "{org}, {STAFF} here."), ("c", "oh hi I spoke to {PREV} on monday about {AF} and I'm still waiting to hear back")),
    (("a", "Thanks for calling {org}, my name's {STAFF}."), ("c", "hello yes so {A} came home yesterday and said {heA} wasn't allowed on the trip")),
)
OPEN_STUDENT_ASR = (
    (("a", "{org}, {STAFF} speaking."), ("c", "hi I'm a new student my name is {NAME} my student number is {SNO}")),
    (("a", "Hello, {org}, how can I help?"), ("c", "hello I'm {NAME} I applied for september and I haven't got my offer letter yet")),
)
OPEN_CHAT = (
    (("c", "Hello,\n\nI'm writing about my {childA} {AF} in {subject}.\n\nThanks,\n{NAME}"), ("a", "Dear {title} {SURNAME},\nThank you for your message. I'm {STAFFNAME} and I'll look into this.")),
    (("a", "Welcome to the {org} chat. You're talking to {STAFFNAME}."), ("c", "hi there its about {A}, I have a question about {hisA} place")),
    (("c", "Pupil: {AFORM}\nDate of birth: {ADOB}\nParent/carer: {FORM}\nReason for contact: absence"), ("a", "Thanks, I've got that. I'm {STAFF} from {org}.")),
    (("c", "Hi\n\n> On {date}, {PREV} wrote:\n> We will get back to you within five school days.\n\nIt has been three weeks."), ("a", "Hello, I'm sorry about that. I'm {STAFF} and I've picked this up from {PREVG}.")),
    (("c", "HELLO ITS {GIVEN}, {A}'S {kinself}"), ("a", "Hi {GIVEN}, thanks for getting in touch. What can I do for you?")),
)
OPEN_STUDENT_CHAT = (
    (("c", "Hi, my name is {NAME}, student ID {SNO}. I have a question about my room."), ("a", "Hi {GIVEN}, I'm {STAFF}, happy to help.")),
    (("c", "Applicant: {FORM}\nPersonal ID: {APP}\nQuery: my conditional offer"), ("a", "Thank you. I'm {STAFFNAME} in admissions, I'll check your application.")),
)
LATE_NAME = (
    (("a", "And can I take your own name as well?"), ("c", "oh yes sorry it's {NAME}")),
    (("a", "Sorry, I didn't catch who I'm talking to."), ("c", "{NAME}, I'm {hisA} {kinself}")),
    (("a", "Could I have the parent or carer's name, please?"), ("c", "{FORM}")),
)
ID_STEPS = (  # identity steps (both styles)
    (("a", "What's {A}'s date of birth?"), ("c", "{ADOB}")),
    (("a", "Do you have the pupil number? It's on the letter."), ("c", "it's {SNO}")),
    (("a", "And your surname, letter by letter please?"), ("c", "{SPELT}")),
    (("a", "And what's the home address we have, with the {postname}?"), ("c", "{ADDR}, {POST}")),
    (("a", "Is {TEL} still the best number to reach you?"), ("c", "{no}, best use {ALT}")),
    (("a", "What's your email, for the letter?"), ("c", "{MAIL}")),
    (("a", "Just to confirm, how do you spell {hisA} first name?"), ("c", "{ASPELT}")),
)
STUDENT_STEPS = (
    (("a", "What's your date of birth?"), ("c", "{DOB}")),
    (("a", "What's your term-time address?"), ("c", "{HALL}, {HALLPOST}")),
    (("a", "And your home address?"), ("c", "{ADDR}, {POST}")),
    (("a", "Could you spell out your family name, please?"), ("c", "{SPELT}")),
    (("a", "Do you have your UCAS personal ID or applicant number?"), ("c", "{APP}")),
    (("a", "What mobile number should we use?"), ("c", "{TEL}")),
    (("a", "For the funding form I also need your {nidname}."), ("c", "{NID}")),
)
REFUND = {  # a refund or bursary payment, by home country
    "UK": (("a", "For the refund, what's the sort code?"), ("c", "{SORT}"), ("a", "And the account number under it?"), ("c", "{ACCT}")),
    "IBAN": (("a", "Which IBAN should the refund go to?"), ("c", "{IBAN}")),
    "other": (("a", "What account should the bursary be paid into?"), ("c", "the account number is {ACCT}")),
}
STORY = {  # the people around a child; many without a cue phrase
    "school": ((("c", "so {A} comes home and says {mtitle} {MS} shouted at {himA} in front of the whole class"), ("a", "I'm sorry to hear that. Is {mtitle} {MS} {hisA} form tutor?"), ("c", "{yes} {hisA} form tutor")),
               (("c", "{A} has an EHCP and the SENCo, {ltitle} {LS}, said {heL} would ring me back."), ("a", "I'll pass a message to {ltitle} {LS}. {ltitle} {LS}'s email is {LMAIL} if that helps.")),
               (("c", "{hisA} {sibB} {BF} is in year seven there too and {B} saw the whole thing"), ("a", "Would {B} be willing to talk to the head of year?")),
               (("c", "{A} won't be in this week, {heA}'s got chickenpox and {B} has it now as well."), ("a", "Thanks, I'll mark them both as ill.")),
               (("c", "My {kin} {KINF} will pick {himA} up early for the dentist, {hisK} number is {KTEL}."), ("a", "That's fine, {KIN} will need to sign {himA} out at reception."))),
    "primary": ((("c", "I've got three there, the twins {B} and {W} in year two and {A} in reception, it's {A} I'm calling about"), ("a", "No problem, so it's {A} in reception.")),
                (("c", "{AF} told me {MF} the teaching assistant took {hisA} water bottle away"), ("a", "I'll speak to {M} today.")),
                (("c", "{hisA} uncle can collect {himA} on fridays, that's {KINF}, and I do the other days"), ("a", "I'll add {KIN} to the collection list. Can I take a number for {KIN}?"), ("c", "{KTEL}")),
                (("c", "{ASHORT} keeps saying {heA} has no one to play with at lunch"), ("a", "I'll let {mtitle} {MS} know, {M} is on the playground that week."))),
    "transport": ((("c", "the driver, {JF}, left without {A} again this morning, {heA} was right there at the stop"), ("a", "I'm sorry. I'll check with {J} and the depot.")),
                  (("c", "{A} and {hisA} {sibB} {B} both get the bus from {place} road"), ("a", "Which stop do {A} and {B} get on at?")),
                  (("c", "{JF} said there's no seat for {W} after half term"), ("a", "I'll look at the seating plan for {W}."))),
    "club": ((("c", "{A} can only be collected by me or {hisA} {kin} {KINF}."), ("a", "Noted. Who else is on {hisA} emergency contacts?"), ("c", "{KINF} on {KTEL} and my partner")),
             (("c", "{JF} who runs {club} said {A} was upset on thursday"), ("a", "I'll ask {J} what happened.")),
             (("c", "The children are {AF}, {BF} and {WF}."), ("a", "Lovely, I've got all three down for the holiday club."))),
    "exams": ((("c", "{A} is sitting {subject} with {board} and {hisA} candidate number is {CAND}"), ("a", "Thanks. Is {A} entered under {AF}?"), ("c", "{yes}")),
              (("c", "{ltitle} {LF}, the exams officer, said {A} could have extra time"), ("a", "I'll confirm that with {ltitle} {LS}.")),
              (("c", "the certificate has {hisA} name wrong it says {AFORM}"), ("a", "I'll raise that with the board so the name is right."))),
    "admissions": ((("c", "Dr {MF} in admissions said my offer would be confirmed after results day"), ("a", "I can see a note from Dr {MS} on your record.")),
                   (("c", "my {parentA} {AF} is my sponsor, {heA} will pay the deposit"), ("a", "Okay, I'll need {AS}'s details on the sponsor form.")),
                   (("c", "{LF} from the international office asked for my passport copy"), ("a", "I'll check whether {L} received it."))),
    "accommodation": ((("c", "my flatmate {BF} moved out and now the heating in our flat doesn't work"), ("a", "I'll log it. Is {B} still on the contract?")),
                      (("c", "{LF} from residences told me I could swap rooms with {WF}"), ("a", "I'll confirm the swap with {L}.")),
                      (("c", "my {parentA} {AF} is the guarantor and {heA} signed the form last week"), ("a", "Thanks, I'll look for {A}'s form."))),
    "finance": ((("c", "{A}'s bursary hasn't come through and {hisA} {sibB} {B} got paid last month"), ("a", "I'll look into {A}'s application.")),
                (("c", "{JF} in the finance office said the fees for {A} and {W} would be split"), ("a", "I'll check that with {J}.")),
                (("c", "the trip refund was meant to go to me, not {AF}"), ("a", "Thanks, the refund is in your name."))),
}
FOLLOW = (
    (("a", "Can I get a number for {KIN} in case we can't reach you?"), ("c", "{KTEL}")),
    (("a", "Shall I copy in {ltitle} {LS}?"), ("c", "{yes} please, it's {LMAIL}")),
)
RECAP = (
    (("a", "So I've noted that {A} will be collected by {KINF}."), ("c", "{yes}")),
    (("a", "I'll pass this to {mtitle} {MS} and ring you back."), ("c", "{thanks}")),
    (("a", "I'll update {PREVG} as well."),),
    (("a", "So I've put {A} and {B} on the note for today."), ("c", "that's right")),
)
CLOSE_ASR = (
    (("a", "Thanks {title} {SURNAME}, someone will call you before the end of the day."), ("c", "brilliant thanks {STAFF}")),
    (("a", "Is there anything else for {A} today?"), ("c", "no that's everything thank you bye")),
    (("a", "Look after yourself, bye now."), ("c", "thanks {STAFF} bye")),
)
CLOSE_STUDENT_ASR = (
    (("a", "Anything else I can help with, {GIVEN}?"), ("c", "no that's all thanks a lot")),
)
CLOSE_CHAT = (
    (("a", "That's all sorted, {GIVEN}."), ("c", "Many thanks {STAFF}.\n\n{NAME}")),
    (("a", "We'll email you once it's done."), ("c", "Thank you.\n\nBest wishes,\n{NAME}\nParent governor\n{school}")),
    (("a", "Kind regards,\n{STAFFNAME}\n{staffrole}"), ("c", "Thank you!\n\n{SURNAME}")),
    (("a", "Anything else I can sort out for you today?"), ("c", "no thats it ty {STAFF}")),
)
SMALLTALK = (
    (("c", "{phrase}, honestly."), ("a", "I know the feeling.")),
    (("c", "We moved over from {place} in the spring so it's all new to us."), ("a", "That must be a big change.")),
    (("c", "Is this on {app} or do I need the paper form?"), ("a", "Either is fine.")),
    (("c", "{hisA} teacher read {FIGURE} with them and now {heA} won't stop talking about it."), ("a", "That's lovely to hear.")),
    (("c", "{role} told me to call this number."), ("a", "Yes, you've come to the right place.")),
    (("c", "Is the trip still {money}?"), ("a", "Let me check the letter.")),
    (("c", "{hisA} cousin goes to {school}."), ("a", "Oh, small world.")),
    (("c", "Also the uniform order {order} never came, {product} was on it."), ("a", "I'll ask the uniform shop about that.")),
    (("c", "Is parents' evening in {venue} this year?"), ("a", "I believe so, yes.")),
    (("c", "{A} wants to go as {FIGURE} for World Book Day."), ("a", "Ha, that sounds fun.")),
    (("a", "Out of hours you can ring {helpline}."), ("c", "ok will note that down")),
)
SMALLTALK_STUDENT = (
    (("c", "I did my foundation year in {place}."), ("a", "Oh nice.")),
    (("c", "The {board} website says something different."), ("a", "Let's go by what your offer letter says.")),
    (("c", "{role} said to ring you."), ("a", "Yes, you're in the right place.")),
    (("c", "We had a talk from {FIGURE} at my old school in {place}."), ("a", "Oh, lucky you.")),
)
FAIRNESS_ASR = (
    "so {GIVEN} comes home and says nobody sat with them at lunch",
    "it's about {NAME} in year nine",
    "{GIVEN} has got the dentist at two",
    "the form tutor is {NAME} i think",
    "can you tell {GIVEN} mum's waiting outside",
    "my name is {NAME} i'm a new student",
)
FAIRNESS_CHAT = (
    "{GIVEN} forgot the PE kit again.",
    "Best wishes,\n{NAME}\nHead of Year 10",
    "Pupil name: {NAME}",
    "Emergency contact: {NAME}",
    "{NAME}",
    "{GIVEN} and the twins are off sick today",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("chinese", "vietnamese", "arabic_gulf", "turkish", "brazilian", "ukrainian", "english_reference")
GREETINGS = OPEN_ASR + OPEN_STUDENT_ASR + OPEN_CHAT + OPEN_STUDENT_CHAT
IDENTITY = LATE_NAME + ID_STEPS + STUDENT_STEPS + tuple(REFUND.values()) + FOLLOW + SMALLTALK + SMALLTALK_STUDENT + RECAP
ISSUES = tuple(b for v in STORY.values() for b in v)
CLOSINGS = CLOSE_ASR + CLOSE_STUDENT_ASR + CLOSE_CHAT
BRIDGES = {"agent": ("Right, I'm with you.",), "customer": ("mm hm okay",)}
CHAT_IN_TWENTY = (2, 4, 6, 9, 11, 13, 16, 18, 19)


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_ap import NameSourceAP
    from benchmarks._profile_dev_ap import ProfileAP

    return ProfileAP, NameSourceAP


def style_of(index: int) -> str:
    """Nine conversations in twenty are typed chats, forms or e-mails (45 %), eleven spoken."""
    return "chat" if index % 20 in CHAT_IN_TWENTY else "asr"


_, render = family_glue("dev_ap", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Thanks for")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_ap").assemble(index, split_name, style_of(index), names, rng)
