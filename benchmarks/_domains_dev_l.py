"""The eight ``dev_l`` domains: heating-oil delivery, co-working memberships, golf-club memberships, self-storage
units, marina berths, children's summer camps, audiobook subscriptions and clear-aligner orders. Per domain:
(thing, reference prefix, speech openings, chat openings, speech middles, chat middles, payment step).

Speech lines are written the way the engine prints them (lower case, no punctuation); chat openings are
tickets and e-mails pasted into the chat tool (``\\n`` inside a message, ``||`` between messages).
"""
from __future__ import annotations

UNITS = {"oil": "litres", "cowork": "hours", "golf": "rounds", "storage": "boxes", "marina": "nights", "camp": "kids",
         "audio": "months", "aligner": "sets"}
DOMAINS = {
    "oil": ("the oil order", "OIL", (
        (("a", "good morning you're through to glenfuel home heating my name is {STAFF} how can i help"),
         ("c", "hi {STAFF} yeah i ordered {qty} of kerosene on {date} and the tank's still empty"),
         ("a", "sorry to hear that can i take the name on the order please"), ("c", "it's {NAME}")),
    ), (
        (("c", "Hi there, pasting the email I sent on Monday as nobody replied:\n\n> Subject: Oil delivery not arrived\n> Hello, I ordered {qty} of heating oil and paid {money}. The driver never came. My tank gauge is on {word}.\n> Regards\n> {NAME}"),
         ("a", "Hi {GIVEN}, thanks for pasting that in, I'm {STAFF}. Let me pull up the delivery.")),
    ), (
        (("a", "i can see the truck was booked for {date} between {time} and {time}"),
         ("c", "nobody came though i was in all day"), ("a", "right so the driver marked it as no access that's on us i'll rebook it"),
         ("c", "{ok} and the price stays at {money}"), ("a", "it does yeah same price")),
    ), (
        (("a", "I can see a delivery note for {date}, driver marked it 'gate locked'."), ("c", "The gate has no lock!! It's a farm gate lol"),
         ("a", "Apologies. I've rebooked it for {date}, same price of {money} for {qty}.")),
    ), "card"),
    "cowork": ("the membership", "MBR", (
        (("a", "thanks for calling hive desks this is {STAFF} speaking"),
         ("c", "hi um i want to cancel my hot desk membership i've moved jobs"), ("a", "no problem who am i speaking with"),
         ("c", "{NAME}")),
    ), (
        (("c", "Ticket #{REF} — status: Open\nSubject: cancel membership\nFrom: {NAME} <{MAIL}>\n\nhey, i want to cancel my hot desk plan from end of month pls"),
         ("a", "Hi {GIVEN}! {STAFF} here from the Hive Desks team, happy to help with that.")),
    ), (
        (("a", "so you're on the flex plan at {money} a month with {qty} of meeting room time"),
         ("c", "{yes} that's the one"), ("a", "there's a thirty day notice so the last day would be {date}"), ("c", "{ok} that's fine")),
    ), (
        (("a", "You're on Flex ({money}/month). Notice is 30 days, so the last billing date is {date}."),
         ("c", "ok fine. can I still use the meeting rooms till then? got {qty} left"), ("a", "Yes, those stay on your account until then.")),
    ), "bank"),
    "golf": ("the club membership", "GC", (
        (("a", "hello braeside golf club {STAFF} speaking"),
         ("c", "hiya it's about my membership renewal i've had a letter saying it's gone up"), ("a", "let me have a look can i get your name"),
         ("c", "{yes} it's {NAME}")),
    ), (
        (("c", "fwd from my wife, she got this:\n\n> On {header}, Braeside Golf Club <members@braeside-golf.example> wrote:\n> Dear {THIRD},\n> Your renewal of {money} is due on {date}.\n\nbut the membership is in MY name, {NAME}"),
         ("a", "Thanks for forwarding that. I'm {STAFF}, I'll check whose name is on the membership.")),
    ), (
        (("a", "so the full membership is {money} this year and the five day one is {money}"),
         ("c", "and does the five day one still get tee times before {time}"), ("a", "only on weekdays"), ("c", "{ok} i'll switch to that")),
    ), (
        (("a", "Full membership: {money}. Five-day: {money}, tee times from {time} on weekdays."), ("c", "five day is fine tbh"),
         ("a", "Done, you'll get the new card with the {word} trim in the post.")),
    ), "card"),
    "storage": ("the storage unit", "SU", (
        (("a", "stor a lot self storage you're speaking to {STAFF}"),
         ("c", "hi i've been locked out of my unit the code isn't working"), ("a", "oh no okay i can help with that what's the name on the unit"),
         ("c", "yeah it's {NAME}")),
    ), (
        (("c", "Hola, buenas tardes. Mi código de acceso no funciona, I can't get into my unit 😩 the unit is under {NAME}"),
         ("a", "Hi, sorry about that! I'm {STAFF}. Let me check the access log for you.")),
    ), (
        (("a", "your unit is the ten by ten on level two it's {money} a month and you're paid until {date}"),
         ("c", "right so why's the code blocked"), ("a", "the system locks it after three wrong tries i'll reset it now")),
    ), (
        (("a", "Unit C-214 (10x10) — paid until {date}. The keypad locked after 3 wrong attempts."),
         ("c", "ahh ok, mi hijo was trying the code lol"), ("a", "No problem, I've reset it. Try again in about 5 minutes.")),
    ), "none"),
    "marina": ("the berth", "BRT", (
        (("a", "harbourside marina {STAFF} here how can i help"),
         ("c", "hi there i'm looking to book a berth for the summer for a thirty foot sailboat"), ("a", "lovely can i take a name"),
         ("c", "{NAME}")),
    ), (
        (("c", "Hi, the online form gave an error so copying what I typed:\n\nboat_name = {word}\nlength_ft = 30\nowner = {NAME}\nowner_phone = {TEL}\narrival = {date}"),
         ("a", "Thanks, that helps. I'm {STAFF} at Harbourside Marina, I'll book it from here.")),
    ), (
        (("a", "so a thirty foot berth is {money} for the season or {money} a night"),
         ("c", "the season please we'll arrive around {date}"), ("a", "perfect the pontoon gate opens from {time}")),
    ), (
        (("a", "Season berth on pontoon B: {money}. Shore power is {money} extra."), ("c", "season please, we arrive {date} around {time}"),
         ("a", "Booked! The gate code will be texted the day before.")),
    ), "card"),
    "camp": ("the camp booking", "CMP", (
        (("a", "hi you've reached maple leaf day camps this is {STAFF}"),
         ("c", "hi i'm calling to register my son for the july session"), ("a", "great can i get the parent's name first"),
         ("c", "sure it's {NAME}")),
    ), (
        (("c", "Registration form (copied from the PDF):\n| Field | Value |\n|---|---|\n| Parent name | {NAME} |\n| Child name | {THIRD} |\n| Session | July, week 2 |\n| Email | {MAIL} |"),
         ("a", "Thank you! I'm {STAFF}, I'll get that registration entered for you.")),
    ), (
        (("a", "the july session runs from {date} it's {money} for the week and pickup is at {time}"),
         ("c", "okay and he's got a nut allergy is that okay"), ("a", "yes we're a nut free camp i'll add a note"),
         ("c", "and my husband {THIRD} might do pickup some days"), ("a", "no problem i'll add him as an authorised adult")),
    ), (
        (("a", "Week 2 starts {date}, {money} incl. lunch. Pickup {time}."), ("c", "perfect!! he has a nut allergy fyi"),
         ("a", "Noted on the file. We're a nut-free site.")),
    ), "card"),
    "audio": ("the subscription", "AUD", (
        (("a", "thank you for calling storyline audio {STAFF} speaking"),
         ("c", "hello yes i am getting charged twice every month for the same subscription"), ("a", "i'm sorry about that may i have your full name"),
         ("c", "my name is {NAME}")),
    ), (
        (("c", "hi team, double charged again 😤 see below\n\n> On {header}, Storyline Billing <billing@storyline.example> wrote:\n> Hi {GIVEN}, your payment of {money} was received.\n> On {header}, Storyline Billing <billing@storyline.example> wrote:\n> Hi {GIVEN}, your payment of {money} was received."),
         ("a", "Hi {GIVEN}, {STAFF} here. So sorry, let me look at the billing history.")),
    ), (
        (("a", "i can see two plans on the account one premium at {money} and one basic at {money}"),
         ("c", "i only wanted the premium one"), ("a", "okay i'll cancel the basic and refund the last {qty}")),
    ), (
        (("a", "There are two plans: Premium ({money}) and Basic ({money}). I'll cancel Basic and refund it."),
         ("c", "accha ok, thank you. refund kab tak aayega?"), ("a", "Within 5-7 working days, usually sooner.")),
    ), "bank"),
    "aligner": ("the aligner order", "ALN", (
        (("a", "smileline aligners good afternoon this is {STAFF}"),
         ("c", "hi i got my new trays but they're the wrong set they're marked {model}"), ("a", "oh let me check that for you what's your name please"),
         ("c", "{NAME}")),
    ), (
        (("c", "Hello, this is my complaint from the web form:\n\nfull_name = {NAME}\ndate_of_birth = {DOB}\ncase_model = {model}\ncomment = received set 14 instead of set 15"),
         ("a", "Thanks for sending that, I'm {STAFF} from SmileLine. I'll check the case.")),
    ), (
        (("a", "so you should be on set fifteen of twenty two and we sent set fourteen"),
         ("c", "yeah and my ortho appointment is on {date}"), ("a", "i'll get set fifteen out by express it'll be there before then")),
    ), (
        (("a", "You should have set 15 of 22. I'll send it express, arriving by {date}."), ("c", "great, my appointment with Dr. {THIRD} is after that"),
         ("a", "Perfect, you'll be all set for it.")),
    ), "none"),
}
