"""Fourth development template family (``dev_d``): energy meter readings, airline rebooking, hotel
reservations, mortgages, GP surgery appointments, a vet practice, gym memberships, parcel redirection,
mobile roaming, the tax office, landlord repairs, charity donations and university admissions.

Written before any score on it was seen, to predict unseen data (issue 12) with the ways people really talk
to a contact centre: fillers and false starts ("um", "sorry, I mean"), corrections in the middle of a value,
values cut across two turns by the agent's backchannel, numbers in word groups, ``as in`` spellings,
spoken emails, flats and rural addresses, dates in many spoken forms, titles and nicknames, names given by a
third party ("my wife ..."), lower-case run-on chat with typos and emoji (``ProfileD.casual``).
Names come from a source no other part of the project reads (``_names_dev_d``); values from
``_values_dev_d``. Shares no phrasing with the other families (tests). Placeholders as in ``_templates_dev``;
``{title}`` is the caller's title (Mr, Mrs, Dr ...), not labelled.
"""

GREETINGS = (
    (("a", "Good afternoon, Northgate Energy, you're speaking to {AGENT}."),
     ("c", "Oh hiya, um, yeah, it's {title} {LAST}, {FULL}, I'm trying to give a meter reading.")),
    (("a", "Skyway rebooking desk, {AGENT} here, can I start with the lead passenger's name?"),
     ("c", "Yeah so it's booked under my husband, {OTHER}, but I'm travelling with him, I'm {FIRST}.")),
    (("c", "Hi um is this the surgery? It's it's {FULL}, I need an appointment for my mum."),
     ("a", "It is, you're through to reception, I'm {AGENT}. What's your mum's name?"),
     ("c", "{title} {OTHERLAST}, sorry, {OTHER}.")),
    (("a", "Hello, Riverside Vets, {AGENT} speaking."),
     ("c", "Hi, I'm calling about Biscuit, he's booked in under {FULL}, well {NICK}, everyone calls me {NICK}.")),
    (("c", "hey its {FIRST} again, the courier still hasnt come"),
     ("a", "Hi {FIRST}, sorry to hear that, I'm {AGENT} from the parcel team, let's sort it.")),
    (("a", "Thank you for calling the Tax Helpline. My name is {AGENT}. Who am I speaking with today?"),
     ("c", "Er, it's {title} {FULL}. I mean, {FIRST} is fine.")),
    (("a", "Admissions, {AGENT} speaking, how can I help?"),
     ("c", "Hi, yeah, I'm ringing for my daughter, {OTHER}, she's applied for nursing.")),
    (("c", "Hello? Yes. {LAST}. {FULL}. You sent me a letter about the mortgage."),
     ("a", "Thanks {title} {LAST}, I'm {AGENT}, let me find your file.")),
    (("a", "Hi, welcome to FitLife support! You're chatting with {AGENT}."),
     ("c", "hi {AGENT} im {FULL} i want to freeze my membership pls")),
)

IDENTITY = (
    (("a", "Can you spell your surname for me?"), ("c", "Yeah it's {SPELLNATO}.")),
    (("a", "And how do you spell the first name?"), ("c", "Um, {SPELLFIRST}.")),
    (("a", "Sorry, I didn't catch the surname."), ("c", "{LAST}. {SPELLED}.")),
    (("a", "Could I take your date of birth?"), ("c", "Yeah, {DOB}.")),
    (("a", "And her date of birth?"), ("c", "Um, {DOB_OOPS}, no, sorry, that's mine, hers is {DOB}.")),
    (("a", "Date of birth of the account holder, please."), ("c", "{DOB}, I think. Yeah.")),
    (("a", "What's the best number to reach you on?"), ("c", "It's {PHONE_HEAD}, sorry, I mean {PHONE}.")),
    (("a", "Mobile number?"), ("c", "So it's {PHONE_A}"), ("a", "Mhm."), ("c", "{PHONE_B}.")),
    (("a", "Is there a landline or mobile we can text?"), ("c", "Mobile is {PHONE}, text is fine.")),
    (("a", "And an email address?"), ("c", "Yeah, um, {EMAIL}.")),
    (("a", "Where should the confirmation go?"), ("c", "My email is {EMAIL_A}"), ("a", "Yep."),
     ("c", "{EMAIL_B}.")),
    (("a", "Full address including the flat number, please."), ("c", "{ADDRESS}.")),
    (("a", "What's the address of the property with the leak?"), ("c", "It's {ADDRESS}, {POSTCODE}.")),
    (("a", "Where's the parcel going now?"), ("c", "Can you send it to {ADDRESS} instead? It's my neighbour's.")),
    (("a", "What's the zip code on the billing address?"), ("c", "{ZIP}.")),
    (("a", "Can I have the meter serial number? It's on the front of the meter."),
     ("c", "Right, um, {METER}.")),
    (("a", "What's the tracking number?"), ("c", "It's {TRACKING}.")),
    (("a", "Can you give me your mortgage account number?"), ("c", "{MORTGAGE}, I've got the statement here.")),
    (("a", "Does he have a microchip number on his vaccination card?"), ("c", "Yep, {CHIP}.")),
    (("a", "Your Unique Taxpayer Reference, please, the ten digits."), ("c", "Hang on. {UTR}.")),
    (("a", "Do you have the tenancy reference from your agreement?"), ("c", "It says {TENANCY}.")),
    (("a", "What's the applicant's student ID?"), ("c", "{STUDENT}, I mean, that's what's on the email.")),
    (("a", "Do you have your donor reference? It's on the thank-you letter."), ("c", "Oh, um, {DONOR}.")),
    (("a", "And the e-ticket number or the booking code?"), ("c", "Booking code's {ETICKET}.")),
    (("a", "What's your membership number?"), ("c", "{MEMBERSHIP}.")),
    (("a", "For the GP record, have you got your NHS number or National Insurance number?"),
     ("c", "Yeah, it's {NATID}.")),
    (("a", "I've texted a six digit code, can you read it back to me?"), ("c", "Yep, {CODE}.")),
    (("a", "And your four-digit telephone PIN?"), ("c", "{PIN}.")),
    (("a", "What's the long card number?"), ("c", "Okay, it's {CARD_A}"), ("a", "Go on."),
     ("c", "{CARD_B}.")),
    (("a", "Expiry date and the security code?"), ("c", "Expires {EXPIRY}, and the code is {CVV}.")),
    (("a", "Which card should we refund?"), ("c", "The Visa ending in {CARD4}.")),
    (("a", "For the donation to come out monthly I'll need your IBAN."), ("c", "Sure, {IBAN}.")),
    (("a", "Can you confirm the last four of your social?"), ("c", "Yeah, {SSN4}.")),
    (("a", "Is the booking just for you?"), ("c", "No, it's me and my wife {OTHERFIRST}, {OTHER}.")),
)

ISSUES = (
    (("c", "The reading I'm getting is way higher than last month, like {price} higher."),
     ("a", "That's an estimate, I'll update it with yours, it takes {duration}.")),
    (("c", "The flight got cancelled and now they want me to fly from {city} at {time}."),
     ("a", "I can put you on the {time} instead at no cost.")),
    (("c", "The boiler's been broken since {DATE} and the landlord's not answering."),
     ("a", "I'm sorry, I'll log it as urgent and a contractor will call within {duration}.")),
    (("c", "My youngest, {OTHER}, needs the asthma review, can they come with me?"),
     ("a", "Yes, I've booked you both for {time} on {DATE}.")),
    (("c", "Can my partner {OTHERFIRST} pick up Biscuit after the op?"),
     ("a", "Of course, they'll just need to give your surname.")),
    (("c", "I moved in on {DATE} so the bill before that isn't mine."),
     ("a", "Got it, I'll split the bill from that date.")),
    (("c", "The roaming charges were {price} and I had the travel add-on!"),
     ("a", "I see it, the add-on started {duration} late, I'll refund it.")),
    (("c", "The router shows the address {IP} if that helps."),
     ("a", "Thanks, I can see the session from there.")),
    (("c", "I'd like to gift aid my donations, I pay tax at {percent}."),
     ("a", "Lovely, I've ticked gift aid on your record.")),
    (("c", "The letter went to my old place, {ADDRESS}."),
     ("a", "I've updated it, sorry about that.")),
    (("a", "Can I call you back on {PHONE} if we get cut off?"), ("c", "Yeah that's fine.")),
    (("c", "I paid the deposit on {DATE} but it still says pending."),
     ("a", "It shows here now, the {plan} room is confirmed.")),
    (("c", "Honestly {AGENT} you've been a star."), ("a", "Aw, thank you, that's kind.")),
    (("c", "My neighbour, {title} {OTHERLAST}, can take the parcel if I'm out."),
     ("a", "Noted as a safe place, thanks.")),
    (("c", "I was on hold for {duration} before this."), ("a", "I'm really sorry about the wait.")),
    (("c", "The offer letter said to pay by {DATE} but the portal won't let me."),
     ("a", "I'll extend it by {duration} while IT look at it.")),
)

CLOSINGS = (
    (("a", "Is there anything else I can help with today, {title} {LAST}?"), ("c", "No, that's it, ta.")),
    (("c", "Okay, thanks a lot."), ("a", "You're welcome {NICK}, have a good day.")),
    (("a", "All done, {FIRST}. You'll get an email shortly."), ("c", "Cheers {AGENT}, bye bye.")),
    (("c", "thx so much!!"), ("a", "No worries {FIRST}, take care.")),
    (("a", "Thanks for calling {FULL}, bye now."), ("c", "Bye.")),
)

FAIRNESS_FRAMES = (
    "Hi, it's {FULL} returning your call.",
    "The appointment's for my wife, {OTHERFIRST}.",
    "Can you put it under {title} {LAST}?",
    "{FIRST} here, the meter reading didn't go through.",
    "Yeah, tell {FIRST} I rang.",
    "Cheers {FIRST}, that's brilliant.",
    "The parcel's addressed to {FULL}.",
    "I spoke with {OTHER} on Monday.",
    "My name is {FULL}, um, I'm a new member.",
    "sorry its {FULL} again lol",
)

BRIDGES = {
    "agent": ("Okay.", "Right.", "Yep, got it.", "One moment."),
    "customer": ("Uh huh.", "Okay.", "Yeah."),
}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_d import NameSourceD
    from benchmarks._profile_dev_d import ProfileD

    return ProfileD, NameSourceD
