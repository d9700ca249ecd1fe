"""Per-domain openings and middle sections of ``dev_j`` calls (data only; assembled by ``_templates_dev_j``).

Each domain: (the unlabelled noun used by the shared stages, openings, middle blocks, what gets paid or
checked at the end). Middle blocks carry the neutral look-alikes and the small talk.
"""

DOMAINS = {
    "breakdown": ("the recovery job", (
        (("a", "Roadside rescue line, you're through to {STAFF}, are you somewhere safe right now?"),
         ("c", "yeah we're on the hard shoulder near {place}, engine just died"),
         ("a", "Okay, keep everyone behind the barrier, what's the name on the membership?"),
         ("c", "it'll be under {NAME}, my wife added me last year")),
        (("c", "hi im stuck the car won't start at all"),
         ("a", "Sorry to hear that, my name is {STAFF}, who am I talking to?"),
         ("c", "{GIVEN}, {GIVEN} {SURNAME}, sorry, I'm a bit shaken")),
    ), (
        (("a", "What car are you driving today?"), ("c", "it's {car}, done about {mileage}"),
         ("a", "Any warning lights before it stopped?"), ("c", "the battery one flickered for {minutes} then nothing")),
        (("a", "A patrol can be with you in roughly {minutes}."), ("c", "that long, the kids are getting cold in the back"),
         ("a", "I'll flag it as a family with children so they bump you up.")),
    ), "card"),
    "flood": ("the flood claim", (
        (("a", "Home claims team, {STAFF} speaking, is this a new claim?"),
         ("c", "yes the river came over on {event} and the whole ground floor is soaked"),
         ("a", "I'm so sorry, let's get it started, who is the policyholder?"), ("c", "that's me, {NAME}, it's my house")),
    ), (
        (("a", "How deep did the water get in the lounge?"), ("c", "about {depth} up the wall, the sofa's ruined"),
         ("a", "Have you been able to move anything upstairs?"), ("c", "the telly and the photos, not the piano")),
        (("c", "the loss adjuster from {company} said they'd visit {event}"),
         ("a", "That fits, the drying contractor usually follows within {days}.")),
    ), "bank"),
    "mortgage": ("the payment holiday", (
        (("c", "hello i want to ask about pausing my mortgage for a bit"),
         ("a", "Of course, you're speaking with {STAFF} in the homeowner support team, can I take your full name?"),
         ("c", "{title} {NAME}")),
    ), (
        (("a", "The monthly payment at the moment is {money}."), ("c", "right and I've just had my hours cut to three days"),
         ("a", "A three month pause would add about {money} to the balance overall.")),
        (("c", "my partner {THIRDGIVEN} is on the mortgage too, does he have to ring as well"),
         ("a", "Both borrowers need to agree, yes, {THIRDGIVEN} can confirm by phone or online.")),
    ), "natid"),
    "school": ("the admission form", (
        (("a", "School admissions at the council, {STAFF} here."),
         ("c", "hiya I'm applying for a reception place for my daughter {THIRDGIVEN}"),
         ("a", "Lovely, and you're her parent, what's your own name please?"), ("c", "{NAME}, I'm her mum, her dad's at work")),
    ), (
        (("a", "Which school did you put down as first preference?"), ("c", "the one by the park, it's {distance} from our door"),
         ("a", "Offers go out on {event}, you'll get an email that morning.")),
        (("a", "And the child's full name as on the birth certificate?"), ("c", "it's {THIRD}, no middle name"),
         ("a", "And when was she born, day month year?"), ("c", "{DOB}")),
    ), "none"),
    "counciltax": ("the council tax account", (
        (("c", "i think my council tax bill is wrong"),
         ("a", "Let's have a look, I'm {STAFF}, what's the name on the bill?"), ("c", "{NAME}, and {SURNAME} is the surname bit")),
    ), (
        (("a", "You're in band {seat} which is {money} for the year."), ("c", "but I live on my own now, my son moved out"),
         ("a", "Then you can claim the single person discount of {percent}.")),
    ), "bank"),
    "hearing": ("the hearing aid appointment", (
        (("a", "Audiology clinic at the Royal, {STAFF} speaking."),
         ("c", "hello dear, sorry, can you speak up a bit, it's about my hearing aids"),
         ("a", "Of course, can I take your name for the diary?"), ("c", "{title} {SURNAME}, {NAME}")),
    ), (
        (("c", "the left one whistles ever since the new domes, it's {aid}"),
         ("a", "We can retube it, the next slot is {event} at {time}."), ("c", "morning is better, my daughter drives me")),
    ), "none"),
    "gas": ("the safety check", (
        (("a", "Gas safety bookings, {STAFF} speaking, are you a landlord or a tenant?"),
         ("c", "landlord, the certificate runs out {event} and I need an engineer in"),
         ("a", "Not a problem, whose name is the account under?"), ("c", "{NAME}, it's in my own name")),
    ), (
        (("a", "What appliances are at the flat?"), ("c", "just the boiler, {boiler}, and a gas hob"),
         ("a", "That's the standard check, {money}, about {hours} on site.")),
        (("c", "my tenant {THIRD} will let them in, she works from home"),
         ("a", "Great, I'll put her down as the contact on the day.")),
    ), "card"),
    "lottery": ("the prize claim", (
        (("c", "um hi I think I've won something on the lottery and I don't know what to do"),
         ("a", "Congratulations, you're through to prize claims, I'm {STAFF}, can I take your name?"),
         ("c", "it's {NAME} speaking, from the ticket")),
    ), (
        (("a", "Which draw was the ticket for?"), ("c", "the {event} one, five numbers and the bonus"),
         ("a", "Prizes over {money} are paid by transfer, we can't do a cheque.")),
        (("c", "I haven't told anyone except my sister {THIRDGIVEN}"), ("a", "That's sensible, keep it quiet until it's paid.")),
    ), "natid"),
    "funeral": ("the funeral plan", (
        (("a", "Good afternoon, funeral planning, {STAFF} speaking, how can I help?"),
         ("c", "hello I'm ringing on behalf of my mother, she's looking at {tier}"),
         ("a", "Of course, may I have your name first, then hers?"), ("c", "I'm {NAME} and she's {THIRD}, she's eighty")),
    ), (
        (("a", "The plan costs {money}, or monthly over {months}."), ("c", "Mum would rather pay it all at once if we can"),
         ("a", "That's fine, and nothing goes up once it's fixed.")),
    ), "card"),
    "removals": ("the removal quote", (
        (("c", "hi we're moving house on {event} and need a quote"),
         ("a", "Lovely, I'm {STAFF} at the depot, who am I speaking to?"), ("c", "{GIVEN} {SURNAME}, we're the ones with the piano")),
    ), (
        (("a", "How many bedrooms are we moving?"), ("c", "three, plus a garage full of junk, maybe {qty}"),
         ("a", "We'd send two vans and four porters, {money} all in.")),
        (("c", "my dad {THIRD} is helping with packing, can he ring you if needed"),
         ("a", "Sure, I'll add him to the job notes.")),
    ), "card"),
    "bikeshop": ("the repair ticket", (
        (("a", "Spokes and Sprockets workshop, it's {STAFF}."),
         ("c", "hey I dropped my bike in on saturday, it's {bike}"),
         ("a", "Let me find it, what name did you leave?"), ("c", "{SURNAME}, and the first name {GIVEN}")),
    ), (
        (("a", "The mechanic says the chain and cassette are worn, {money} for both."), ("c", "ouch, ok, go ahead with both"),
         ("a", "It'll be ready {event} after {time}.")),
    ), "card"),
    "dental": ("the dental appointment", (
        (("a", "Brookside Dental reception, {STAFF} speaking."), ("c", "hello I've cracked a filling and it's killing me"),
         ("a", "Oh no, are you registered with us?"), ("c", "I am, it's {NAME}, been coming for years")),
    ), (
        (("a", "We have an emergency slot {event} at {time}."), ("c", "I'll take it, I can't eat on that side"),
         ("a", "A band two course is {money} if it needs a new filling.")),
    ), "card"),
    "recruitment": ("the registration", (
        (("c", "hi, I applied for the warehouse shifts on your site"),
         ("a", "Thanks for calling back, it's {STAFF} {STAFFSURNAME}, can I confirm your full name?"), ("c", "yeah it's {NAME}, I did the form online")),
    ), (
        (("a", "The role pays {money} an hour, nights are {percent} extra."), ("c", "nights suit me, I'm doing a course in the day"),
         ("a", "Our client {company} wants people from {event}.")),
    ), "natid"),
    "theatre": ("the ticket order", (
        (("a", "Good morning, box office, {STAFF} on the phones."), ("c", "hi I want two for the matinee on {event}"),
         ("a", "Lovely, let me check, can I take a name for the order?"), ("c", "{SURNAME}, {title} {SURNAME}")),
    ), (
        (("a", "I've got {seat} and the one next to it, {money} each."), ("c", "perfect, my aunt {THIRDGIVEN} needs the aisle"),
         ("a", "The aisle seat is the lower number, she'll be fine.")),
    ), "card"),
    "courier": ("the redelivery", (
        (("c", "I got a card saying you missed me but I was in all day"),
         ("a", "I'm sorry about that, I'm {STAFF}, what's the tracking number on the card?"), ("c", "{REF}")),
    ), (
        (("a", "It's a parcel from {company}, {parcel}."), ("c", "that'll be the printer ink"),
         ("a", "Redelivery can be {event} between {time} and {time}.")),
        (("c", "or can my neighbour {THIRD} next door take it"), ("a", "Yes, I'll note the neighbour on the delivery.")),
    ), "none"),
}
