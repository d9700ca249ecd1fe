"""Forty-seventh development template family (``dev_au``), written blind: leisure and community. Gyms and leisure
centres (memberships frozen or shared, a guest pass in someone else's name, a personal trainer named by the member),
sports clubs and coaching (juniors registered by a parent, team sheets, a coach named by role then name), vets (the
owner and the pet named together: the pet's name, often a person's name too, is never personal data), public
libraries (a card in a child's name, an overdue item returned by a neighbour), community centres and church halls
(a hall booked for someone named mid-story), driving and music lessons (instructor changes, a pupil named by a
parent). The person talked about is named before the caller; people are named without a cue; one person is named
several ways; a name is spelled with NATO words. Speech about half, typed chats, forms and e-mails the rest.
Look-alikes that are not personal data: pets' names, class and team names, venues, clubs and gyms, towns, roles,
everyday uses of the word names, sports stars and authors as NEUTRAL spans. Values of eleven home countries
(``_leisure_dev_au``).
"""
from __future__ import annotations

import importlib

from benchmarks._staged_assembly import family_glue

ORGS = {"gym": ("Pulse Fitness", "the Riverside Leisure Centre"),
        "club": ("Castle Park Tennis Club", "Valley Harriers junior section"),
        "vet": ("Harbourside Vets", "the Meadowbank veterinary surgery"),
        "library": ("Eastfield Library", "the central library help desk"),
        "hall": ("the Kingsway Community Centre", "St Aidan's church hall"),
        "lessons": ("Greenway Driving School", "Allegro Music School")}
OPEN_ASR = (  # the person talked about first, the caller's own name often late
    (("a", "{org} memberships, {STAFF} on the line."), ("c", "hiya it's about my {kin} {KINF} {hisK} membership wants freezing for a couple of months")),
    (("a", "Morning, {org}, {STAFFNAME} speaking. What can I do for you?"), ("c", "hi i want to sign {KINF} up for the juniors {heK} is mad about it")),
    (("a", "You've reached {org}, it's {STAFF}."), ("c", "hello i'm ringing about {pet} that's {KINF}'s dog {heK} brought {pet} in yesterday")),
    (("a", "{org} front desk, {STAFF} here, what can I do?"), ("c", "yeah hi the library card is in {KINF}'s name and there's a fine on it")),
    (("a", "Thanks for calling {org}. Who am I talking to?"), ("c", "it's {NAME} me and my {kin} {KINF} are booking the main hall for {JF} {heJ}'s turning seventy")),
    (("a", "Hello, {org}, this is {STAFFNAME}."), ("c", "morning it's about {KINF}'s lessons {heK} doesn't get on with the new instructor")),
)
OPEN_CHAT = (
    (("c", "Hi, can I put my {kin}'s membership on hold? It's under {KINF}."), ("a", "Hi there, {STAFFNAME} from the membership team. Happy to look.")),
    (("c", "Junior registration\nPlayer: {KINFORM}\nDate of birth: {KDOB}\nParent or guardian: {NAME}\nRelationship: {relation}"), ("a", "Thanks, I'm {STAFF}, the club secretary. Got the form.")),
    (("c", "Hello,\n\n{pet} is booked in for jabs on Friday. The owner on file should be {KINF}, not me.\n\nCheers,\n{NAME}"), ("a", "Hi {GIVEN},\nIt's {STAFFNAME} at reception, I can swap the owner over.")),
    (("c", "Library card query\nCard holder: {KINFORM}\nAdult contact: {NAME}\nItem returned by: {WF}"), ("a", "Thank you. {STAFF} here at the library, let me check the account.")),
    (("a", "Welcome to {org} online bookings, {STAFFNAME} here."), ("c", "hi, i'd like the small hall for a party for {JF}. my {kin} {KINF} is organising it with me")),
    (("c", "Hi\n\n> On {date}, {PREV} wrote:\n> Your new instructor will be in touch within the week.\n\nNobody has been in touch with {KINF} yet."), ("a", "Apologies. I'm {STAFF} and I've picked this up from {PREVG}.")),
)
OPENS = {"gym": ((0,), (0,)), "club": ((1,), (1,)), "vet": ((2,), (2,)), "library": ((3,), (3,)),
         "hall": ((4,), (4,)), "lessons": ((5,), (5,))}
LATE_NAME = (
    (("a", "Lovely, and who have I got on the phone?"), ("c", "oh sorry it's {NAME} i'm {hisK} {relation}")),
    (("a", "Can I grab your name as well?"), ("c", "yeah it's {NAME} sorry")),
    (("a", "What's the name of the adult on the account?"), ("c", "{FORM}")),
    (("a", "Am I speaking to {KIN} now?"), ("c", "no i'm the {relation} {NAME}")),
)
ID_STEPS = (
    (("a", "What's {KIN}'s date of birth, for the junior rate?"), ("c", "{KDOB}")),
    (("a", "We need an ID number for {himK} on the form, have you got it?"), ("c", "yeah it's {KNID}")),
    (("a", "And your own ID number for the adult part of the form?"), ("c", "{NID}")),
    (("a", "What's the address with the {postname}, please?"), ("c", "{ADDR}, {POST}")),
    (("a", "Is {TEL} still the best number?"), ("c", "{no}, we changed it, it's {ALT}")),
    (("a", "Where shall I email the confirmation?"), ("c", "{MAIL}")),
    (("a", "Spell {hisK} surname for me, just so the card's right."), ("c", "{KINSPELT}")),
    (("a", "Could I have your date of birth too?"), ("c", "{DOB}")),
)
LINE_STEPS = {
    "gym": (("a", "What's the membership number on the app?"), ("c", "{MEMBER}")),
    "club": (("a", "Has {heK} got a registration number from last season?"), ("c", "{CLUB}")),
    "library": (("a", "Can you read me the number on the back of the card?"), ("c", "{CARD}")),
    "hall": (("a", "Is there a booking reference on the email you got?"), ("c", "{BOOK}")),
    "lessons": (("a", "Have you got the pupil number off the lesson card?"), ("c", "{BOOK}")),
}
STORY = {
    "gym": ((("c", "{heK} trains with {MF} the personal trainer tuesdays and thursdays"), ("a", "Okay, I'll let {M} know the sessions are paused."), ("c", "cheers")),
            (("c", "the guest pass was meant to be for {WF} but it came through in my name"), ("a", "I can reissue it in {W}'s name today.")),
            (("c", "{B} uses the same membership we share it as a couple plan"), ("a", "Right, the joint plan covers both of you, so I'll freeze both.")),
            (("c", "{heK} hurt {hisK} knee at {team} so {heK} can't come in for a bit"), ("a", "Sorry to hear that. A medical freeze is free with a note."))),
    "club": ((("c", "the head coach {MF} said {heK} could go straight into {team}"), ("a", "If {M} has said so, I'll put {himK} on the list.")),
             (("c", "{WF}'s lad is on the same team so {heW} does the lifts on saturday"), ("a", "That's fine, just add {W} as a collecting adult.")),
             (("c", "on the team sheet it's {KIN} {JF} and {BF}"), ("a", "Got it, I'll check the sheet with the coach.")),
             (("c", "coach {MS} that's who takes the under elevens is {heM} back next week"), ("a", "{M} is back on Monday, yes."))),
    "vet": ((("c", "{pet} is {hisK} dog really {KIN} is the owner i just take {pet} for walks"), ("a", "No problem, I'll note {KIN} as the owner."), ("c", "great")),
            (("c", "the vet {MF} did the operation on {pet} last month"), ("a", "{M} is in on Thursday if you want a check.")),
            (("c", "{WF} next door is feeding {pet} while we're away"), ("a", "Okay, shall I put {W} down as an emergency contact for {pet}?"), ("c", "{yes} please")),
            (("c", "{pet} got out and {B} found {pet} by the canal"), ("a", "Oh dear. Is {pet} eating alright since?"))),
    "library": ((("c", "{WF} across the road dropped the books back for {himK}"), ("a", "Thanks, I'll check they came in on the right date.")),
                (("c", "{heK} borrowed a {FIGURE} book and it's gone missing"), ("a", "Don't worry, we can charge a replacement instead of the fine.")),
                (("c", "the librarian {MF} said kids' fines get wiped"), ("a", "Yes, {M} is right, there are no fines on junior cards.")),
                (("c", "{B} has a card as well but it's at my old address"), ("a", "I can update {B}'s card while you're on."))),
    "hall": ((("c", "the party is for {JF} {heJ}'s our neighbour and it's a surprise"), ("a", "Lovely. I'll keep the booking under your name then.")),
             (("c", "the caretaker {MF} said the kitchen was included"), ("a", "Yes, {M} will open the kitchen for you.")),
             (("c", "{B} is doing the food and {WF} is bringing the music"), ("a", "Okay, I'll need {W} to sign the electrics form.")),
             (("c", "we had the hall for {A}'s do last year"), ("a", "I can see that one, yes."))),
    "lessons": ((("c", "the instructor {MF} keeps cancelling on {himK}"), ("a", "I'm sorry. I can move {KIN} to another instructor.")),
                (("c", "can {heK} go with {J} instead {heJ} taught {hisK} cousin"), ("a", "I'll check {J}'s diary for you.")),
                (("c", "{heK} has {hisK} grade three in the summer and {MS} won't be there"), ("a", "Let me see who can cover {M}'s pupils."), ("c", "thank you"))),
}
FOLLOW = (
    (("a", "How do you spell {W}'s surname, for the record?"), ("c", "{WSPELT}")),
    (("a", "What number can we reach {KIN} on directly?"), ("c", "{KTEL}")),
    (("a", "Would you spell {A}'s name out for me?"), ("c", "{ASPELT}")),
    (("a", "I'll loop in {LS}, our manager."), ("c", "{yes} {hisL} address is {LMAIL}")),
)
RECAP = (
    (("a", "So {KIN} is the member and you're the contact."), ("c", "{yes}")),
    (("a", "I've got {J} down on the booking as well."), ("c", "{thanks}")),
    (("a", "{M} will give you a call after the session."), ("c", "{thanks}")),
    (("a", "I'll leave a note for {PREVG} too."),),
)
CLOSE_ASR = (
    (("a", "All done, {title} {SURNAME}, you'll get an email shortly."), ("c", "brilliant thanks {STAFF} ta ra")),
    (("a", "Say hello to {KIN} from us."), ("c", "will do cheers bye")),
    (("a", "Have a good weekend, bye."), ("c", "thanks {STAFF} that's really helped")),
    (("a", "Take care, {GIVEN}."), ("c", "and you bye bye")),
)
CLOSE_CHAT = (
    (("a", "That's all updated, {GIVEN}. Anything else I can help with?"), ("c", "That's it, cheers {STAFF}.\n\n{NAME}")),
    (("a", "The confirmation will go in the post."), ("c", "Great, thanks.\n\nKind regards,\n{NAME}\n{ADDR}\n{POST}")),
    (("a", "Kind regards from the desk,\n{STAFFNAME}\n{staffrole}, {org}"), ("c", "Thanks again for sorting it\n\n{SURNAME}")),
    (("c", "Thanks from the two of us,\n{NAME} and {KINF}"), ("a", "No problem at all, enjoy.")),
    (("a", "Cheers {title} {SURNAME}, that's on the system."), ("c", "Thank you {STAFF}!")),
)
SMALLTALK = (
    (("c", "{phrase}, as my {kin} puts it."), ("a", "Ha, I like that.")),
    (("c", "we're originally from near {place}"), ("a", "Oh nice, I've never been.")),
    (("c", "{heK} is in {team} now."), ("a", "Ah, they did well this year.")),
    (("c", "it was {slot} last week"), ("a", "Right, I'll look around that time.")),
    (("c", "we used to go to {venue} before."), ("a", "Lots of people come over from there.")),
    (("c", "do you still sell {product}"), ("a", "Yes, at the front desk.")),
    (("c", "{heK} wants to be the next {FIGURE}."), ("a", "Ha, fingers crossed for {himK}.")),
    (("a", "If it's urgent out of hours, ring {helpline}."), ("c", "ok got it")),
    (("c", "{role} told me to ring this number."), ("a", "Yes, you've come to the right desk.")),
    (("c", "it was {money} for the term."), ("a", "That's the same price this year.")),
    (("c", "i ordered {hisK} kit online, order {order}"), ("a", "That's the kit supplier, I'm afraid, not us.")),
    (("c", "{pet} came along last time too."), ("a", "Ha, I remember.")),
    (("c", "the letter dated {date} says the hours changed."), ("a", "Yes, we close at eight now.")),
)
FAIRNESS_ASR = (
    "the guest pass is for {NAME}",
    "the coach is {NAME} and the kids love the sessions",
    "{GIVEN} dropped the books back for us",
    "can you put {NAME} on the team sheet",
    "we've had {NAME} as instructor for a year",
    "the hall is booked for {NAME}'s birthday",
)
FAIRNESS_CHAT = (
    "Player: {NAME}",
    "Card holder: {NAME}",
    "The membership is in {NAME}'s name, I'm the payer.",
    "Kind regards,\n{NAME}\nClub Secretary",
    "{GIVEN} will bring the dog in on Friday.",
    "Our trainer was {NAME}.",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("welsh", "basque", "uyghur", "tibetan", "south_sudanese", "georgian", "word_given", "english_reference")
GREETINGS = OPEN_ASR + OPEN_CHAT
IDENTITY = LATE_NAME + ID_STEPS + tuple(LINE_STEPS.values()) + FOLLOW + SMALLTALK + RECAP
ISSUES = tuple(b for v in STORY.values() for b in v)
CLOSINGS = CLOSE_ASR + CLOSE_CHAT
BRIDGES = {"agent": ("Okay, keep going.",), "customer": ("mm yeah",)}
CHAT_IN_TWENTY = (1, 3, 5, 8, 10, 12, 15, 17, 19)


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_au import NameSourceAU
    from benchmarks._profile_dev_au import ProfileAU

    return ProfileAU, NameSourceAU


def style_of(index: int) -> str:
    """Nine conversations in twenty are typed chats, forms or e-mails (45 %), eleven spoken."""
    return "chat" if index % 20 in CHAT_IN_TWENTY else "asr"


_, render = family_glue("dev_au", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "Kind regards")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_au").assemble(index, split_name, style_of(index), names, rng)
