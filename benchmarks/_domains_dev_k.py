"""Per-domain openings and middles of ``dev_k`` conversations (data only; assembled by ``_assemble_dev_k``).

Each domain: (unlabelled noun for the shared stages, reference prefix, openings, middles, payment step).
``||`` starts a new message from the same side in chat (the same turn in speech). Middles hold the neutral
look-alikes (lower-case slots) and third persons.
"""

DOMAINS = {
    "deposit": ("your deposit claim", "DPS", (
        (("c", "Hi, I moved out of my flat six weeks ago and I still haven't had my deposit back.||The landlord isn't answering."),
         ("a", "I'm sorry about that. I'm {STAFF} with the deposit protection scheme. Whose name is the tenancy in?"),
         ("c", "Mine, {NAME}. My flatmate moved out earlier.")),
    ), (
        (("a", "The landlord has proposed keeping {money} for cleaning."), ("c", "That's ridiculous, I paid for a professional clean."),
         ("a", "You can dispute it online within {days}, the guide is at {site}.")),
        (("c", "The letting agent was {THIRD} from the high street branch."), ("a", "Thanks, I'll add the agent to the dispute notes.")),
    ), "bank"),
    "nursery": ("the nursery place", "NUR", (
        (("a", "Good morning, Little Acorns admissions, {STAFF} speaking."),
         ("c", "Hiya, I'm ringing about a place for my son from {appt}.||He'd be doing three days."),
         ("a", "Lovely. Can I take the parent's name first?"), ("c", "Yeah, it'll be under {NAME}.")),
    ), (
        (("a", "Full days are {money} and we're open from {time} to {time}."), ("c", "And is the funded hours thing taken off that?"),
         ("a", "Yes, up to {qty} a week are covered.")),
        (("a", "And your son's full name, as it'll go on his peg?"), ("c", "{THIRD}. Uh, he goes by his middle name though.")),
    ), "card"),
    "rehoming": ("the adoption application", "ADP", (
        (("c", "Hello, we saw a greyhound on your website and we'd love to meet her."),
         ("a", "Oh, that'll be Biscuit! I'm {STAFF} from the rescue centre. Who am I speaking with?"), ("c", "{NAME}.")),
    ), (
        (("a", "The adoption fee is {money}, which covers the jabs and the microchip."), ("c", "That's fine. Do you do home checks?"),
         ("a", "Yes, one of our volunteers, {THIRD}, would pop round on {appt}.")),
        (("c", "We've got a garden, about {qty} of fencing to fix though."), ("a", "No problem, it just needs to be secure before she comes home.")),
    ), "card"),
    "furniture": ("your sofa order", "ORD", (
        (("c", "My sofa was meant to arrive {appt} and nobody turned up."),
         ("a", "I'm really sorry, you're through to {STAFF} in deliveries. What's the name on the order?"), ("c", "It should be under {NAME}.")),
    ), (
        (("a", "It's the three-seater in grey, the {model} range? No wait, that's the fridge on another order."),
         ("c", "Ha, no, just the sofa. It was {money}."), ("a", "Right, the new slot is {appt} between {time} and {time}.")),
        (("a", "The driver, {THIRD}, will ring about {duration} before he arrives."), ("c", "Okay, great, I'll be in all day.")),
    ), "card"),
    "appliance": ("the repair visit", "JOB", (
        (("a", "Appliance care, {STAFF} speaking, how can I help?"),
         ("c", "My washing machine's leaking all over the kitchen floor. It's the {model}."),
         ("a", "Oh no. Is the machine under your name?"), ("c", "Yeah, it's registered to {NAME}.")),
    ), (
        (("a", "The call-out is {money} and parts are extra."), ("c", "It's still under the extended warranty I think."),
         ("a", "You're right, it runs until {appt}, so there's no charge.")),
        (("c", "Last time the engineer was {THIRD} and he was brilliant."), ("a", "I'll request him, he covers your area on {appt}.")),
    ), "none"),
    "blood": ("your donor record", "DON", (
        (("c", "Hi, I want to book to give blood but the app keeps crashing."),
         ("a", "Sorry about that. I'm {STAFF}. Are you already registered as a donor?"), ("c", "I am, yeah, under {NAME}.")),
    ), (
        (("a", "The nearest session is the town hall on {appt}, slots from {time}."), ("c", "Can I do plasma on the same day as well?"),
         ("a", "Plasma is at the centre only, and it takes about {duration}.")),
        (("c", "My GP, {role} {THIRDSURNAME}, said my iron was a bit low last month."), ("a", "Okay, we'll do a finger-prick check on the day.")),
    ), "none"),
    "mot": ("the MOT booking", "MOT", (
        (("c", "Hiya, I need an MOT and two new front tyres please."),
         ("a", "No worries, it's {STAFF} at the garage. What's the name for the booking?"), ("c", "{NAME}.")),
    ), (
        (("a", "An MOT is {money} and the tyres are {money} each fitted."), ("c", "Oof. Okay, can you do {appt}?"),
         ("a", "We've got {time} free, it takes about {duration}.")),
        (("c", "It's a {model}, done about 80,000 miles."), ("a", "Grand, we'll check the brakes while it's up on the ramp.")),
    ), "card"),
    "mealkit": ("your meal kit subscription", "MK", (
        (("c", "Hi, I want to cancel my subscription, the last box came with half the stuff missing."),
         ("a", "I'm sorry to hear that. I'm {STAFF}. Can you confirm the name on the account?"), ("c", "{NAME}.")),
    ), (
        (("a", "I can refund {money} for the missing items and give you {percent} off the next {qty}."),
         ("c", "I'd rather just cancel to be honest."), ("a", "Understood. The last delivery would be {appt}.")),
    ), "bank"),
    "cruise": ("the cruise booking", "CRZ", (
        (("a", "Thanks for calling Ocean Holidays, you're speaking with {STAFF}."),
         ("c", "Hi, we're booked on the Norway sailing and my husband needs to change his name on the ticket."),
         ("a", "Okay. Whose name is the booking under?"), ("c", "Mine, it's booked as {NAME}.")),
    ), (
        (("a", "The balance of {money} is due by {appt}."), ("c", "And the excursions, are they included?"),
         ("a", "Two are included, extras start at {money} per person.")),
        (("c", "My husband's name on his passport is {THIRD}, the ticket's got it spelled wrong."), ("a", "I'll correct it, there's no fee for a spelling fix.")),
    ), "card"),
    "holidaypark": ("the caravan booking", "HP", (
        (("c", "Hi there, I'd like to book a static caravan for the half term."),
         ("a", "Lovely, {STAFF} here at Sandy Bay. Whose name shall I put it under?"), ("c", "Put it under {NAME}, please.")),
    ), (
        (("a", "A two-bedroom van is {money} for the week, arrival from {time}."), ("c", "Are we allowed to bring the dog along?"),
         ("a", "Yes, in the pet-friendly vans, that's {money} extra.")),
    ), "card"),
    "physio": ("the physio referral", "PHY", (
        (("a", "Physiotherapy bookings, {STAFF} speaking."),
         ("c", "Hi, I've been referred for my knee after the operation."), ("a", "Okay, and what's your name, please?"), ("c", "{NAME}.")),
    ), (
        (("a", "The referral's from {role} {THIRDSURNAME}, is that right?"), ("c", "Yeah, at the orthopaedic clinic."),
         ("a", "First appointment is {appt} at {time}, it's about {duration}.")),
        (("c", "Do I need to bring anything with me on the day?"), ("a", "Shorts and a list of your medication, sessions after the first six are {money}.")),
    ), "none"),
    "swimming": ("the swimming lessons", "SWM", (
        (("c", "Hello, I'm trying to book my daughter onto the Saturday swimming lessons."),
         ("a", "Hi, you're through to {STAFF} at the leisure centre. Can I take your name?"), ("c", "{NAME}.")),
    ), (
        (("a", "Stage two is {money} a term, that's ten lessons of {duration}."), ("c", "And her name is {THIRD}, she's seven."),
         ("a", "Lovely, the {time} class has space from {appt}.")),
    ), "card"),
    "pestcontrol": ("the pest control visit", "PC", (
        (("c", "Hi, we've got rats in the loft, I can hear them at night."),
         ("a", "Oh, not nice. I'm {STAFF}, I can get a technician out. What's your name?"), ("c", "{NAME}.")),
    ), (
        (("a", "A treatment is three visits for {money}."), ("c", "My neighbour {THIRD} had the same thing last month."),
         ("a", "It's common this time of year, the first visit would be {appt}.")),
    ), "card"),
    "alarm": ("your alarm monitoring", "ALM", (
        (("a", "Alarm monitoring centre, {STAFF} speaking. Is everything okay at the property?"),
         ("c", "Yeah, yeah, false alarm, I burnt the toast."), ("a", "Ha, okay. Can I take your name to cancel the callout?"), ("c", "{NAME}.")),
    ), (
        (("a", "Your system is the {model}, is the keypad showing any faults?"), ("c", "No, just the usual green light."),
         ("a", "Good. Your keyholder on file is {THIRD}, is that still right?"), ("c", "Yes, that's still my brother, he's got a key.")),
        (("c", "While I've got you, can I change my monthly plan?"), ("a", "Yes, the basic plan is {money} a month, help's at {helpline}.")),
    ), "none"),
    "lostproperty": ("your lost item report", "LP", (
        (("c", "Hi, I left my laptop bag in a ride last night."),
         ("a", "Oh no, I'm {STAFF} from rider support. Can you confirm the name on your rider account?"), ("c", "It's under {NAME}, I think, the app's in my name.")),
    ), (
        (("a", "The trip ended at {time}, and the driver was {THIRD}?"), ("c", "Yes, silver car, he was really nice."),
         ("a", "I've messaged him, there's a {money} return fee if he drops it off.")),
    ), "card"),
}
