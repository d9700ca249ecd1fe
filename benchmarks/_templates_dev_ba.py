"""Fifty-third development template family (``dev_ba``), written blind: charities, faith communities and
volunteering. Donor lines (a regular gift set up by one partner for both, gift aid declarations, a gift in memory of
someone named, a legacy in a will and the executor calling), child and family sponsorship (the sponsored child and the
family named), volunteer rotas and DBS-style checks (a referee named, a volunteer swapping shifts with another), a
church, mosque, temple or gurdwara office (baptisms, weddings, funerals and memorials: the couple, the godparents, the
deceased and the next of kin), fundraising pages set up for someone else, food banks and referral agencies (the
referrer and the family). The person talked about is named before the caller; people are named without a cue; one
person is named several ways (the name on the donor record, the full name, a married or baptismal name on an older
record); a name is spelled letter by letter or with NATO words. Speech about half, typed chats, forms and e-mails the
rest. Look-alikes that are not personal data: saints and prophets in church, school and charity names, charities and
funds, festivals, towns, roles, everyday uses of the word names; public figures as NEUTRAL spans. Values of fourteen
home countries (``_charity_dev_ba``).
"""
from __future__ import annotations

import importlib

from benchmarks._staged_assembly import family_glue

ORGS = {"donor": ("Hopewell Trust", "the Lantern Hospice"),
        "sponsor": ("Brightpath Child Sponsorship", "Seedling Families"),
        "volunteer": ("Kindred Volunteers", "the Lantern Hospice shops"),
        "office": ("St Bartholomew's parish office", "the Ibrahim Mosque office", "the Guru Nanak Gurdwara office"),
        "foodbank": ("the Open Hands Food Bank", "Northfield Food Bank"),
        "fundraise": ("GiveNest", "RaiseTogether")}
OPEN_ASR = (  # the person talked about first, the caller's own name often late
    (("a", "{org} supporter care, {STAFF} speaking, how can I help today?"), ("c", "hiya {KINF} set up our monthly gift years ago for the two of us and i want to change the amount")),
    (("a", "Good morning, {org}, you're speaking to {STAFFNAME}."), ("c", "hello it's about {B} the little one we sponsor i had a letter saying {B}'s family moved")),
    (("a", "{org} volunteering, {STAFF} here."), ("c", "hi so {WF} can't do {hisK} saturday at the shop and i said i'd swap with {himK}")),
    (("a", "Parish office, {STAFFNAME} speaking."), ("c", "hello {KINF} and {WF} are getting married in the spring and they asked me to ring about dates")),
    (("a", "{org}, this is {STAFF}, who's calling?"), ("c", "hi {JF} passed away last month and we'd like to book the funeral {KINF} is the next of kin")),
    (("a", "Hello, {org} referrals line, {STAFF} speaking."), ("c", "hi i'm ringing for {KINF} {heK} was referred by {MF} from the advice centre for a food parcel")),
    (("a", "{org} legacy team, {STAFFNAME}."), ("c", "good afternoon {JF} left you a gift in {hisJ} will and i'm the executor")),
    (("a", "{org} help desk, {STAFF} speaking."), ("c", "hiya i made a fundraising page for {KINF} after {hisK} accident and the money's not showing")),
)
OPEN_CHAT = (
    (("c", "Change to regular gift\nSupporter: {NAME}\nGift set up by: {KINFORM}\nNew amount: 20 a month"), ("a", "Thanks for letting us know. {STAFF} from supporter care.")),
    (("c", "Hi, we've sponsored {B} for three years and the last update didn't mention {B}'s guardian {WF} at all. Is the family okay?"), ("a", "Thanks for asking, {STAFFNAME} from sponsorship here, I'll check the field report.")),
    (("c", "Volunteer shift swap\nVolunteer: {NAME}\nSwapping with: {WF}\nShift: Saturday 10-2, high street shop"), ("a", "Got it, {STAFF} in the volunteering team.")),
    (("c", "Dear parish office,\n\nOur grandson {B} is to be baptised in June; the godparents will be {WF} and {MF}. His mother {KINF} asked me to write.\n\nYours,\n{NAME}"), ("a", "Dear {GIVEN},\n{STAFFNAME} here in the office; how lovely, congratulations to the family.")),
    (("c", "Funeral enquiry\nDeceased: {JF}\nNext of kin: {KINFORM}\nContact: {NAME}"), ("a", "I'm very sorry for your loss. {STAFF} from the office here.")),
    (("c", "Food bank referral\nReferred by: {MF}\nClient: {KINFORM}\nHousehold: 2 adults, 3 children"), ("a", "Thank you, {STAFF} from the referrals team here.")),
    (("c", "Hello, I'd like to give a donation in memory of {JF}, who died in March. {KINF} is family and would like to know it was made.\n\n{NAME}"), ("a", "Thank you for remembering {J} this way. {STAFFNAME} in supporter care.")),
    (("a", "Hi, {STAFFNAME} from {org}, what can I do for you?"), ("c", "hi, I set up a page for {KINF}'s hospital costs but the payout is going to my bank not {hisK}")),
)
OPENS = {"donor": ((0, 6), (0, 6)), "sponsor": ((1,), (1,)), "volunteer": ((2,), (2,)), "office": ((3, 4), (3, 4)),
         "foodbank": ((5,), (5,)), "fundraise": ((7,), (7,))}
LATE_NAME = (
    (("a", "Sorry, and who have I got on the line?"), ("c", "{NAME} i'm calling as {hisK} {relation}")),
    (("a", "And may I take your own name for the notes?"), ("c", "oh sorry it's {NAME} by the way")),
    (("a", "What name is the supporter record under?"), ("c", "{FORM}")),
    (("a", "Am I speaking with {KIN} now?"), ("c", "no {hisK} {relation} {NAME}")),
)
ID_STEPS = (
    (("a", "May I have {KIN}'s date of birth to find the record?"), ("c", "{KDOB}")),
    (("a", "For the check we need {hisK} ID number as well."), ("c", "hang on it's on the card {KNID}")),
    (("a", "And your ID number, please, for the volunteer check."), ("c", "{NID}")),
    (("a", "Which address is on the declaration, with the {postname}?"), ("c", "{ADDR}, {POST}")),
    (("a", "Is {TEL} still the way to reach you about the gift?"), ("c", "{no} that number's old use {ALT}")),
    (("a", "What's the best e-mail for the receipt?"), ("c", "{MAIL}")),
    (("a", "And the surname on the record, letter by letter?"), ("c", "{KINSPELT}")),
    (("a", "And your own date of birth, please?"), ("c", "{DOB}")),
    (("a", "Is there a gift aid declaration number on the form?"), ("c", "{GIFTAID}")),
)
LINE_STEPS = {
    "donor": (("a", "Have you the supporter number from the welcome letter?"), ("c", "{DONOR}")),
    "sponsor": (("a", "What's the sponsorship reference on the child's card?"), ("c", "{SPONSOR}")),
    "volunteer": (("a", "Your volunteer ID from the badge, please?"), ("c", "{VOLREF}")),
    "office": (("a", "Is there a booking reference from the office letter?"), ("c", "{OFFICE}")),
    "foodbank": (("a", "What's the voucher number on the referral?"), ("c", "{FOODREF}")),
    "fundraise": (("a", "Could you read me the page reference from the e-mail?"), ("c", "{DONOR}")),
}
STORY = {
    "donor": ((("c", "the direct debit comes out of {A}'s account but it's meant to be from both of us"), ("a", "I can put it as a joint gift.")),
              (("c", "on your letters it says {KINDISP} but {hisK} full name is {KINF}"), ("a", "I'll correct the supporter record.")),
              (("c", "{heK} first gave as {KINBORN} before the wedding so there might be two records"), ("a", "I'll look for the older record and merge them.")),
              (("c", "the executor is {WF} and {W}'s solicitor will write to you"), ("a", "Thank you, the legacy team will expect the letter.")),
              (("c", "{JF} always gave at christmas so we wanted to carry it on for {himJ}"), ("a", "That's a lovely way to remember {J}."))),
    "sponsor": ((("c", "{B}'s cousin {MF} wrote us a letter too"), ("a", "That's kind of {M}, we'll pass your reply on.")),
                (("c", "the family are {WF} {B} and {JF} who looks after them"), ("a", "I'll check all three on the latest report.")),
                (("c", "{A} wants to send {B} a birthday card"), ("a", "Cards go through our office, not straight to the family."))),
    "volunteer": ((("c", "my referee is {WF} i've known {himW} since school"), ("a", "We'll contact {W} this week.")),
                  (("c", "{MF} the shop manager said {JF} could take the till on sunday"), ("a", "I'll update the rota so {J} is on.")),
                  (("c", "the check came back under {KINBORN} which is {hisK} old name"), ("a", "We can add the current name to the file.")),
                  (("c", "so {WF} turns up thinking it's {hisW} shift and {MF} is already there"), ("a", "Ah, a double booking; I'll sort the rota."))),
    "office": ((("c", "the godparents are {WF} {MF} and {A}"), ("a", "Three is fine; we'll need all the names for the certificate.")),
               (("c", "{heK} was baptised {KINBORN} but everyone knows {himK} as {KINF}"), ("a", "The register keeps the baptismal name; I'll note both.")),
               (("c", "{JF} was very close to {KIN} and {heK} wants {B} to read at the service"), ("a", "Of course, the family can choose the readers.")),
               (("c", "we'd like {JF}'s name read out at the memorial"), ("a", "I'll add {J} to the list for that Sunday."))),
    "foodbank": ((("c", "{MF} at the advice centre did the voucher but {heK} can't collect till thursday"), ("a", "The voucher lasts two weeks, so that's fine.")),
                 (("c", "it's {KINF} {A} and the three kids {B} included"), ("a", "I'll put a family parcel together.")),
                 (("c", "{WF} from church offered to drive {himK} down"), ("a", "That's kind of {W}; we open at ten."))),
    "fundraise": ((("c", "{WF} and {A} both shared the page and people gave but it says zero"), ("a", "Payouts take a few days to show.")),
                  (("c", "the page says it's for {KINDISP} so people don't know it's {KINF}"), ("a", "You can edit the title to the full name.")),
                  (("c", "{MF} ran the half marathon for {himK} and raised most of it"), ("a", "Well done to {M}!"))),
}
FOLLOW = (
    (("a", "For the file, how does {W} spell the surname?"), ("c", "{WSPELT}")),
    (("a", "Is there a number for {KIN} in case we need {himK}?"), ("c", "{KTEL}")),
    (("a", "And could you spell {A}'s name for me?"), ("c", "{ASPELT}")),
    (("a", "I'll ask {LS}, who manages the team, to follow it up."), ("c", "{yes} {heL} e-mailed me last week from {LMAIL}")),
)
RECAP = (
    (("a", "So you're calling on behalf of {KIN}; noted."), ("c", "{yes}")),
    (("a", "I've put {J}'s name on the file."), ("c", "{thanks}")),
    (("a", "I'll let {M} know today."), ("c", "{thanks}")),
    (("a", "I see {PREVG} spoke with you about this before."),),
)
CLOSE_ASR = (
    (("a", "All updated, {title} {SURNAME}; a letter will confirm it."), ("c", "that's great thanks {STAFF} bye now")),
    (("a", "Please pass our thoughts on to {KIN}."), ("c", "i will do thanks for your help bye")),
    (("a", "That's all noted on the record."), ("c", "smashing thanks {STAFF}")),
    (("a", "Look after yourself, {GIVEN}."), ("c", "you too bye bye")),
)
CLOSE_CHAT = (
    (("a", "Anything else I can do for you today, {GIVEN}?"), ("c", "No, that's all, thank you {STAFF}.\n\n{NAME}")),
    (("a", "You'll get a receipt by e-mail shortly."), ("c", "Thank you.\n\nWith best wishes,\n{NAME}\n{ADDR}\n{POST}")),
    (("a", "With grateful thanks,\n{STAFFNAME}\n{staffrole}, {org}"), ("c", "Thanks ever so much\n\n{SURNAME}")),
    (("c", "Kindest wishes from us both,\n{NAME} and {KINF}"), ("a", "Thank you both, we'll be in touch.")),
    (("a", "Thanks {title} {SURNAME}, it's all in hand."), ("c", "Much appreciated, {STAFF}!")),
)
SMALLTALK = (
    (("c", "the kids go to {saint}"), ("a", "Oh, I know it well.")),
    (("c", "{heK} grew up near {place} before coming over"), ("a", "That's a long way from here.")),
    (("c", "we usually meet in {venue}"), ("a", "It's a good space for it.")),
    (("c", "can you send {product} again"), ("a", "Yes, I'll post one out.")),
    (("c", "we saw {phrase} on the way in"), ("a", "Ha, lovely.")),
    (("c", "we're doing a collection for {festival}"), ("a", "That's very generous of you.")),
    (("c", "{KIN} was so inspired by {FIGURE}"), ("a", "A lot of our supporters say the same.")),
    (("a", "Our patron once met {FIGURE}, so we're quite proud."), ("c", "oh how nice")),
    (("c", "i heard {FIGURE} gave to you as well"), ("a", "I couldn't possibly say!")),
    (("a", "If the office is shut, the line to ring is {helpline}."), ("c", "right i'll jot that down")),
    (("c", "{role} told me to ring you"), ("a", "Yes, we can help with that here.")),
    (("c", "we gave {money} last time"), ("a", "Yes, I can see that on the record.")),
    (("c", "there's an older reference {order}"), ("a", "That one has been closed.")),
    (("c", "the letter dated {date} said it was sorted"), ("a", "Sorry it wasn't.")),
    (("c", "we used to give to {firm} too"), ("a", "Lots of our supporters do.")),
)
FAIRNESS_ASR = (
    "{NAME} is swapping the saturday shift with me",
    "the gift is in memory of {NAME}",
    "{GIVEN} gave me the form for the gift aid",
    "{NAME} is going to be the godmother",
    "the referral was done by {NAME} at the advice centre",
    "we sponsor {NAME} through you",
)
FAIRNESS_CHAT = (
    "Volunteer: {NAME}",
    "Next of kin: {NAME}",
    "In loving memory of {GIVEN}.",
    "With grateful thanks,\n{NAME}\nVolunteer Coordinator",
    "{GIVEN} dropped the donations off this morning.",
    "The page is raising money for {NAME}.",
)
FAIRNESS_FRAMES = FAIRNESS_ASR + FAIRNESS_CHAT
FAIRNESS_ORIGINS = ("tajik", "turkmen", "kinyarwanda", "gujarati", "greenlandic", "marshallese", "word_given",
                    "english_reference")
GREETINGS = OPEN_ASR + OPEN_CHAT
IDENTITY = LATE_NAME + ID_STEPS + tuple(LINE_STEPS.values()) + FOLLOW + SMALLTALK + RECAP
ISSUES = tuple(b for v in STORY.values() for b in v)
CLOSINGS = CLOSE_ASR + CLOSE_CHAT
BRIDGES = {"agent": ("Okay, I'm following.",), "customer": ("anyway yeah",)}
CHAT_IN_TWENTY = (1, 3, 5, 8, 10, 12, 15, 17, 19)


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_ba import NameSourceBA
    from benchmarks._profile_dev_ba import ProfileBA

    return ProfileBA, NameSourceBA


def style_of(index: int) -> str:
    """Nine conversations in twenty are typed chats, forms or e-mails (45 %), eleven spoken."""
    return "chat" if index % 20 in CHAT_IN_TWENTY else "asr"


_, render = family_glue("dev_ba", FAIRNESS_ASR, FAIRNESS_CHAT, FAIRNESS_FRAMES, "With grateful thanks")


def conversation(index: int, split_name: str, style: str, names, rng) -> dict:
    return importlib.import_module("benchmarks._assemble_dev_ba").assemble(index, split_name, style_of(index), names, rng)
