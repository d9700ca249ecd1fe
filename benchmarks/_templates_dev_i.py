"""Ninth development template family (``dev_i``): veterinary clinics, pension transfers, student loans, car
rental damage claims, broadband faults, pharmacy repeat prescriptions, travel visas, wedding venues, lost
luggage, tax office callbacks, solar panel installs and charity donations by phone.

Written blind (before any system ran on it). Names in contexts with no cue word, in the middle of long turns,
spelled and corrected, read back by the agent, three-part names with particles, nicknames; dates of birth in
every order and over two turns; UK / Irish / Canadian / Dutch postcodes; phones with the country code said
aloud; spelled e-mails; flats, house names, rural routes; references with letters; cards read with pauses
and slips; expiry and security codes; one-time codes and PINs with homophones; IBANs; national ids with
valid check digits. Slot grammar: ``_profile_dev_i``; names: ``_names_dev_i``; neutral look-alikes:
``_distractors_dev_i``.
"""

GREETINGS = (
    (("a", "Willowbrook Veterinary, {AGENT} on reception."),
     ("c", "Hi there, {FULL}, I'm calling about Biscuit, he's been off his food since {event}.")),
    (("c", "yeah hello is this the pension transfer line"),
     ("a", "It is, my name's {AGENT}, who's the member we're discussing today?"),
     ("c", "That'd be me, {FULL}, I've got an old workplace pot to move across")),
    (("a", "Student Finance repayments, {AGENT} {AGENTLAST} speaking, how may I help?"),
     ("c", "Hi {AGENT}, I've been overpaying I think, I'm {FIRST} {LAST}.")),
    (("a", "Driveaway Rentals damage desk, you're speaking with {AGENT}."),
     ("c", "Morning, so I returned {car} at the airport and now there's a charge, {FULL}, the booking was mine.")),
    (("c", "my internet has been dropping every night for a week"),
     ("a", "That's frustrating, I'm {AGENT} from Lumen Broadband, can I have the account holder's name?"),
     ("c", "{title} {FULL}, well, it's me, I'm the one paying")),
    (("a", "Parkside Pharmacy, {AGENT} here, is it about a prescription?"),
     ("c", "Yes it's a repeat for {OTHER}, I'm her carer, my name is {FIRST}.")),
    (("a", "Visa enquiries, this is {AGENT}."),
     ("c", "Hi, I applied for a visitor visa {days} ago and heard nothing, {FULL}.")),
    (("a", "Thornbury Hall weddings, {AGENT} speaking."),
     ("c", "Hiya, we're booked for {event}, {FIRST} and {OTHERFIRST}, just a few questions.")),
    (("c", "hi our suitcase never arrived off {flight}"),
     ("a", "I'm sorry about that, you're through to baggage services, I'm {AGENT}, what name is the bag under?"),
     ("c", "{LAST}, {FIRST} {LAST}, on a green tag")),
    (("a", "Hello, this is {AGENT} returning your call from the tax office."),
     ("c", "Oh great, thanks, {FULL} speaking, it's about my {taxyear} return.")),
    (("a", "Sunrise Solar installs, {AGENT} here."),
     ("c", "Hello, {FIRST} here, the fitters put {panel} on the roof and the inverter keeps beeping.")),
    (("a", "Hello, thanks for picking up, I'm {AGENT} calling on behalf of Harbour Lights hospice."),
     ("c", "Oh yes, I give {money} a month already, I'm {title} {LAST}.")),
    (("a", "Vet surgery, good morning, how is the patient?"),
     ("c", "Morning, {FIRST} {LAST} here about Pepper's jabs, the booster was due {event}.")),
    (("c", "{FULL} calling back, someone left me a voicemail about a damaged bumper"),
     ("a", "Thanks for ringing back, I'm {AGENT} and I have the file here.")),
)

IDENTITY = (
    # names in harder contexts
    (("a", "Could you spell the surname for the pet's record?"), ("c", "{SPELL}"),
     ("a", "I've put {LAST}, is that right?"), ("c", "Yep that's the one, it always gets mangled.")),
    (("a", "I have {LAST} with one l, was that how you said it?"),
     ("c", "No, sorry, it's {SPELL}, you'd be amazed how often that happens")),
    (("a", "Just confirming I'm speaking to {title} {FULL}?"), ("c", "You are, yeah, go ahead with the transfer questions.")),
    (("c", "So my sister, she sorted the honeymoon, {OTHER}, and she's the one with the luggage tag receipt, not me, because I lost mine at the carousel."),
     ("a", "Understood, I'll note her as the contact for the tag.")),
    (("a", "Whose name is on the rental agreement as main driver?"), ("c", "{OTHER}, I was only a named driver")),
    (("a", "And the name of the pet owner as registered with us?"), ("c", "{FULL}, although the dog mostly answers to me")),
    (("c", "put it under {NICK}, nobody calls me {FIRST} except my mother"), ("a", "Ha, fair enough, I'll add that as a preferred name.")),
    (("a", "Do you have a middle name on the passport?"), ("c", "It's {FULL}, the whole lot")),
    (("c", "I rang last week and spoke to a lovely lady called {AGENT}, she said she'd phone back but never did"),
     ("a", "Sorry about that, I'll pick it up from here.")),
    (("a", "Who'll be signing for the solar install paperwork?"), ("c", "Either me or {OTHERFIRST}, whoever's home")),
    (("a", "So it's {FIRST} as the first name, and surname {LAST}?"), ("c", "Spot on, thanks for checking the spelling of both")),
    (("c", "{FIRST}"), ("a", "And the family name for the luggage file?"), ("c", "{LAST}")),
    (("a", "Who is the donation in memory of, if you'd like it noted?"), ("c", "My late father, {OTHER}")),
    (("a", "Is there a second guest of honour on the booking?"), ("c", "My fiance, {OTHERFIRST}, well soon to be husband")),
    (("c", "the prescription says {title} {LAST} but it should be {FIRST} {LAST}, there's two of us at the address"),
     ("a", "I'll make sure the right one is on the label.")),
    (("a", "Let me read it back, {FULL}, all correct?"), ("c", "That's perfect, every bit of the name is right")),
    (("c", "me and {OTHERFIRST} went to the counter straight away and they just shrugged"),
     ("a", "That shouldn't have happened, I'll raise it with the handling agent.")),
    # dates of birth
    (("a", "For security on the loan account, when were you born?"), ("c", "{DOB}")),
    (("a", "Date of birth of the applicant, day month year?"), ("c", "The applicant was born {DOB}")),
    (("a", "What's the birth date on the visa applicant's passport?"), ("c", "{DOB_DAY}"), ("a", "Okay, and the year of birth on the passport?"), ("c", "{DOB_YEAR}")),
    (("c", "my birthday is {DOB} if you need it for the pension check"), ("a", "Thank you, that matches our scheme record.")),
    (("a", "And the patient's date of birth for the repeat?"), ("c", "Her birthday's {DOB}, she's eighty odd")),
    (("a", "I've got the date of birth as {DOB_BACK}, is that right?"), ("c", "Correct, yes, that's my birthday alright")),
    (("a", "What year were you born, just the year for now?"), ("c", "{DOB_YEAR}"),
     ("a", "Lovely, and the day and month you were born?"), ("c", "{DOB_DAY}")),
    # postcodes and addresses
    (("a", "What's the postcode at the property with the panels?"), ("c", "{PCODE}")),
    (("a", "The postcode or eircode where the bag should go?"), ("c", "Send the case to {PCODE}, that's the house")),
    (("a", "Can I have the address the loan statements go to?"), ("c", "{ADDR}, and the code is {PCODE}")),
    (("a", "Where's the broadband installed, first line of address?"), ("c", "{ADDR_ROAD}"), ("a", "And the town the broadband line is in?"),
     ("c", "{ADDR_TOWN}"), ("a", "Last bit, the postal code where the router is?"), ("c", "{PCODE}")),
    (("c", "can the suitcase go to my parents instead, {ADDR2}"), ("a", "Yes, the courier can drop it there.")),
    (("a", "I have the install address as {ADDR_BACK}."), ("c", "That's us, the house at the end.")),
    (("a", "Which address is the vet bill sent to?"), ("c", "It goes to {ADDR}, I moved in {event} so it might be the old one")),
    (("a", "What postcode for the pharmacy delivery driver?"), ("c", "{PCODE_A}"), ("a", "Got that, and the rest of the delivery postcode?"), ("c", "{PCODE_B}")),
    # phones and emails
    (("a", "What's a good contact number, including the country code if you're abroad?"), ("c", "{PHONE}")),
    (("a", "Is {PHONE_BACK} still right for texts?"), ("c", "No, use {PHONE2}, the other one's my work phone")),
    (("c", "you can ring me on {PHONE} any time after {time}"), ("a", "Perfect, I'll have a damage assessor call you then.")),
    (("a", "Could you spell out the email for the claim?"), ("c", "Sure, letter by letter, {EMAIL}")),
    (("a", "Where should we email the visa decision?"), ("c", "To {EMAIL}, please, not my work one")),
    (("a", "So the confirmation is going to {EMAIL_BACK}."), ("c", "That's correct, the visa email is right")),
    # cards, expiry, cvv
    (("a", "Which card would you like the donation taken from? The long number please."), ("c", "{CARD}")),
    (("a", "Ready when you are with the hospice donation card."), ("c", "{CARD_A}"), ("a", "Mm-hm, that group is on the donation form."), ("c", "{CARD_B}"),
     ("a", "Okay, carry on with the last digits of the card."), ("c", "{CARD_C}")),
    (("a", "And when does the card for the vet bill run out?"), ("c", "{EXPIRY}, and the code on the back is {CVV}")),
    (("c", "is it the three numbers on the back you want, {CVV}"), ("a", "That's the one, the card check has passed.")),
    (("a", "What expiry is printed on the card for the excess payment?"), ("c", "For the excess card I think it's {EXPIRY}")),
    (("a", "The card is valid until which month and year?"), ("c", "Month is {EXPIRY_MONTH}, um, year {EXPIRY_YEAR}")),
    (("a", "I've got the card ending {CARD_LAST4}, expiring {EXPIRY_BACK}."), ("c", "Yes, use that one for the vet bill")),
    (("c", "oh no i read that wrong it's not {CARD_OOPS} it's {CARD}"), ("a", "No worries, I've corrected the card number on the claim.")),
    # codes and PINs
    (("a", "We've sent a one-time passcode to your phone for the pension portal."), ("c", "Yeah the passcode came, {OTP}")),
    (("a", "Read out the numbers in the message, please."), ("c", "{OTP_A}"), ("a", "Okay, those went into the passcode box."), ("c", "{OTP_B}")),
    (("c", "the app wants a PIN and I set it to {PIN} I'm sure"), ("a", "Let me reset that PIN for you then.")),
    (("a", "To sign the transfer we need the security number you were posted."), ("c", "Right, the letter is in my hand, {OTP}")),
    (("a", "Did the text code for the rental portal arrive?"), ("c", "It did, {OTP}, or wait, is it the one before, {OTP2}")),
    (("a", "What's the four digit PIN for the student finance phone line?"), ("c", "{PIN}")),
    # references and accounts
    (("a", "Do you have the file reference from the baggage desk?"), ("c", "Yes, the baggage desk wrote {REF}")),
    (("a", "What's the application number on your visa receipt?"), ("c", "Hang on, it starts {REF_A}"), ("a", "Mhm, and the rest of the visa number?"), ("c", "{REF_B}")),
    (("a", "The rental agreement number is on the top of the contract."), ("c", "Got it, the contract says {REF}")),
    (("a", "Is your reference on the statement {REF_BACK}?"), ("c", "Yes, that's the reference off my statement")),
    (("c", "the pension scheme number they gave me was {REF} but the new provider wants another one too, {REF2}"),
     ("a", "I'll attach both to the transfer request.")),
    (("a", "Which account should the refund go back into?"), ("c", "Refund it to sort code {SORT}, account number {ACCT}")),
    (("a", "Give me the refund account number first."), ("c", "{ACCT_A}"), ("a", "Yep, first half of the account typed."), ("c", "{ACCT_B}"),
     ("a", "And the sort code for the refund account?"), ("c", "{SORT}")),
    (("a", "For the international transfer, what's the IBAN?"), ("c", "{IBAN}")),
    (("c", "my IBAN is {IBAN} if you're refunding the visa fee"), ("a", "Noted, the visa refund goes there.")),
    # national ids
    (("a", "What's your national insurance number for the pension?"), ("c", "{NATID}")),
    (("a", "I'll need your PPS number or social insurance number to match the record."), ("c", "The number on my card is {NATID}")),
    (("a", "The first half of the ID number please."), ("c", "{NATID_A}"), ("a", "And the second half of the ID number?"), ("c", "{NATID_B}")),
    (("a", "For the US tax form, the social security number."), ("c", "{SSN}")),
    (("c", "the tax office letter has my number as {NATID_BACK}"), ("a", "That's the one we hold on the tax file too.")),
)

ISSUES = (
    (("c", "Biscuit weighs {pet} now, is that too much?"), ("a", "The vet can check him at the appointment.")),
    (("a", "The transfer value is {money}, with a {percent} exit fee."), ("c", "That fee seems steep for what it is.")),
    (("c", "I've been on plan two and paying {money} a month."), ("a", "Your threshold changed in {taxyear}, I'll check it.")),
    (("a", "The damage charge is {money}, for a scuff on the rear bumper."), ("c", "The scuff was there when I picked {car} up!")),
    (("c", "The speed drops to {speed} every evening."), ("a", "I'll run a line test on {router}.")),
    (("a", "Your repeat is {count} of {dose}."), ("c", "Can I collect it {event} instead?")),
    (("a", "Processing takes about {days} from the biometrics appointment."), ("c", "The trip is on {event} though.")),
    (("c", "We're expecting {guests}, does the hall hold that many?"), ("a", "It does, up to a hundred and fifty seated.")),
    (("c", "The bag is a blue hard case, {bags}, with a yellow strap."), ("a", "I'll add that suitcase description to the file.")),
    (("a", "Your tax code for this year is {taxcode}."), ("c", "Why did the code change from last year?")),
    (("c", "The installer said {panel} would cover most of our usage."), ("a", "Generation depends on the season as well.")),
    (("a", "Would you like to add Gift Aid, it adds {percent} at no cost to you?"), ("c", "Yes please, I pay tax, add the Gift Aid.")),
    (("a", "You can reach {company} at {helpline}, lines open at {time}."), ("c", "I'll try the airline in the morning.")),
    (("c", "I left the car at {place} and the keys in the drop box."), ("a", "The return was logged at {time}.")),
    (("a", "The callback is booked for {event} at {time}."), ("c", "Lovely, I'll make sure I'm free for the tax call then.")),
    (("c", "My neighbour {OTHERFIRST} can let the fitter in if I'm at work."), ("a", "I'll note your neighbour as a key holder.")),
    (("a", "There's a {money} deposit to hold the date."), ("c", "Can that be split over a couple of payments?")),
    (("c", "The courier said they'd bring it by {time} and it's still not here."), ("a", "I'll chase the luggage courier for you.")),
)

CLOSINGS = (
    (("a", "All done, {FIRST}, give Biscuit a scratch from us."), ("c", "Will do, he will love that, cheers {AGENT}.")),
    (("c", "ok that's everything for the claim ta"), ("a", "Thanks {title} {LAST}, you'll get an email within the hour.")),
    (("a", "This was {AGENT} at Lumen, thanks for your patience."), ("c", "Thanks, fingers crossed the line holds up.")),
    (("a", "Anything else I can help you with, {NICK}?"), ("c", "No that's grand, the dog thanks you, thanks a million.")),
    (("c", "really appreciate it {AGENT}, have a nice evening"), ("a", "And you, {FIRST}, enjoy the evening now.")),
    (("a", "I'll post the forms out to you this week."), ("c", "Great, I'll watch the letterbox for the forms, goodbye.")),
    (("a", "Thank you for supporting the hospice, {FULL}."), ("c", "It's my pleasure, they looked after my dad, bye bye.")),
)

FAIRNESS_FRAMES = (
    "The vet appointment is for {FULL}'s cat.",
    "hiya its {FIRST} again about the broadband",
    "I'm ringing for {OTHER}, she can't hear well on the phone.",
    "{FULL}",
    "the bag belongs to {FIRST} {LAST}",
    "Good afternoon {title} {LAST}, it's the tax office.",
    "Cheers {FIRST}, I'll send that over now.",
    "my cousin {OTHERFIRST} booked the wedding venue",
    "Can you transfer the pension of {FULL} to the new scheme?",
    "Is {FULL} the main driver on the rental?",
    "{FIRST} said the panels look great",
    "Please sign the donation form, {FULL}.",
)

BRIDGES = {
    "agent": ("Give me a moment while the claim loads.", "Bear with me, I'm noting that on the pet record.",
              "Okay, the claims system is catching up.", "Right, I'm with you, the booking is open now."),
    "customer": ("Alright, I'm still here with the paperwork.", "Okay, no bother, I'll hold for the line test.", "Fine, what else do you need for the claim?"),
}

FAIRNESS_ORIGINS = ("turkic", "central_european", "nordic", "iberian_lusophone", "east_asian")


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_i import NameSourceI
    from benchmarks._profile_dev_i import ProfileI

    return ProfileI, NameSourceI
