"""Eighth development template family (``dev_h``): smart-meter installs, mobile contract upgrades, a bank's
fraud callback line, an airline loyalty scheme, council parking permits, phone insurance claims, hospital
outpatient bookings, car finance, online grocery, energy switching and gym memberships.

Written blind (before any system ran on it), weighted towards card expiry dates and one-time codes / PINs /
passcodes / memorable numbers said the many ways callers say them (month names, numbers, year first or
alone, ``end of``, corrections, partial repeats, agent read-backs, codes over several turns, codes with
letters, codes given without the word ``code``), names in varied contexts (English-word names, titles,
nicknames, spelled surnames, names in e-mail user parts, agents' names in greetings and closings) and
addresses with house names, flats, towns and postcodes. Slot grammar: ``_profile_dev_h``; names:
``_names_dev_h``; neutral look-alikes: ``_distractors_dev_h``.
"""

GREETINGS = (
    (("a", "Brightwatt smart meter team, this is {AGENT}, who have I got?"),
     ("c", "Oh hi {AGENT}, it's {FULL}, the installer never turned up on {appt}.")),
    (("c", "hiya im due an upgrade on my phone contract"),
     ("a", "Lovely, you've come through to {AGENT} in upgrades, can I start with your name?"),
     ("c", "{FIRST} {LAST}")),
    (("a", "Hello, this is {AGENT} {AGENTLAST} calling from the fraud prevention team at Harbour Bank."),
     ("c", "Oh right, is this about my card, I'm {title} {LAST}.")),
    (("a", "SkyMiles Club, {AGENT} speaking, how can I help?"),
     ("c", "Hi, yeah, my points from the Lisbon trip never showed up, my name's {FULL}.")),
    (("a", "Parking services at the council, you're through to {AGENT}."),
     ("c", "Hello love, I need to renew my residents permit, it's {title} {FULL}.")),
    (("c", "hey i cracked my screen and want to claim on the insurance"),
     ("a", "Sorry to hear that, I'm {AGENT} from GadgetGuard, who am I chatting with?"),
     ("c", "its {NICK} , well {FULL} officially")),
    (("a", "Outpatient appointments, {AGENT} here."),
     ("c", "Hello, I'm ringing for my mum really, she's {OTHER}, I'm her son {FIRST}.")),
    (("a", "Good afternoon, Northway Car Finance, {AGENT} speaking."),
     ("c", "Afternoon, {FULL} here, I want a settlement figure on the car.")),
    (("c", "hi my grocery order came with half the stuff missing"),
     ("a", "Oh no, I'm {AGENT}, let me sort that for you, what's the name on the order?"),
     ("c", "{FULL}, it was meant to come {appt}")),
    (("a", "You're through to switching at Greenleaf Energy, my name is {AGENT}."),
     ("c", "Hi {AGENT}, {FIRST} here, I'm thinking of moving over to you.")),
    (("a", "FlexFit memberships, {AGENT} speaking."),
     ("c", "Hiya, I'd like to freeze my membership, I'm {FULL}.")),
    (("a", "Morning, Brightwatt, {AGENT} on the line."),
     ("c", "Morning, my name's {FIRST}, {FIRST} {LAST}, my in-home display has gone blank.")),
)

IDENTITY = (
    # card expiry, said every which way
    (("a", "And the expiry date on that card you're paying with?"), ("c", "{EXPIRY}")),
    (("a", "When does your card run out, going by the front?"), ("c", "Erm, it says it runs out {EXPIRY}")),
    (("a", "What's the end date printed on the front?"), ("c", "The end date is {EXPIRY} I believe")),
    (("a", "Could you tell me when the card expires, as it's printed?"), ("c", "Yeah it's good until {EXPIRY}")),
    (("a", "Expiry month please, just the month."), ("c", "{EXPIRY_MONTH}"),
     ("a", "Thank you, and the year it runs to?"), ("c", "{EXPIRY_YEAR}")),
    (("a", "And what's the year on the expiry?"), ("c", "{EXPIRY_YEAR}"), ("a", "And which month in that year?"),
     ("c", "Oh it's {EXPIRY_MONTH}, sorry I did that backwards")),
    (("a", "So that's a card expiring {EXPIRY_BACK}?"), ("c", "Yep, that's the new one from the bank.")),
    (("a", "I've got {EXPIRY_OOPS} written down for the expiry."),
     ("c", "No, it's {EXPIRY}, they sent me a new card in the spring.")),
    (("c", "the card i want to use ends {EXPIRY}"), ("a", "Perfect, I'll add that one to the account now.")),
    (("a", "What date is shown under valid thru?"), ("c", "Let me grab my glasses, it says {EXPIRY}")),
    (("a", "The expiry, please, month then year."), ("c", "{EXPIRY}, hang on, no, let me look again"),
     ("a", "Take your time, no rush on my end."), ("c", "Yeah sorry, it is {EXPIRY2}, I was looking at my old card")),
    (("c", "expiry {EXPIRY} and the security digits on the back are {CVV}"), ("a", "Great, both of those match the card on file.")),
    (("a", "Last thing on the card, the expiry?"), ("c", "Expires {EXPIRY}, it's a Mastercard if that helps.")),
    (("a", "Is the card still in date, what does it say on it?"), ("c", "It's still in date, {EXPIRY}")),
    (("a", "Just to read that back, expiry {EXPIRY_BACK}, three digits {CVV}."), ("c", "That's all correct, yes, well remembered.")),
    (("c", "My card expires in {EXPIRY_MONTH} so do I need to update it?"),
     ("a", "Which year is that, sorry, the line cut out?"), ("c", "{EXPIRY_YEAR}, so not for a while")),
    (("a", "Long card number, then the expiry, then the three on the back."), ("c", "{CARD}"),
     ("a", "Got the long number, and the expiry?"), ("c", "{EXPIRY}"), ("a", "And the little number on the back strip?"), ("c", "{CVV}")),
    # one-time codes, PINs, passcodes, memorable numbers
    (("a", "I've just texted you a six digit code, can you read it out?"), ("c", "Yeah, it's come through as {OTP}")),
    (("a", "You should have had a text from us just now."), ("c", "Got it on the lock screen, {OTP}")),
    (("a", "What does the message on your phone say, word for word?"), ("c", "It says your verification is {OTP}, don't share it, ha")),
    (("a", "Read me what's come through on your mobile from us."), ("c", "{OTP_A}"), ("a", "Mm-hm, keep reading, I'm with you."), ("c", "{OTP_B}")),
    (("a", "Go ahead with the numbers from the text."), ("c", "{OTP_A}"), ("a", "Yep, and the rest of the text?"),
     ("c", "{OTP_B}"), ("a", "Okay, anything after that on the text?"), ("c", "{OTP_C}")),
    (("a", "I'll repeat that, {OTP_BACK}, is that right?"), ("c", "That's the code it sent, yeah.")),
    (("c", "the text says {OTP_OOPS} no wait thats the old one, {OTP}"), ("a", "No worries, the new one's worked.")),
    (("a", "Your passcode for telephone banking please."), ("c", "{PASSC}")),
    (("a", "Can you give me the four digit PIN you chose for the account?"), ("c", "Right, it's {PIN}, same as my bank one")),
    (("a", "What's your memorable number on the account?"), ("c", "{MEMO}")),
    (("a", "For security, your memorable number, all of it please."), ("c", "Um {MEMO}, I think, or is that my old one")),
    (("a", "I'll need the passcode you set up when you joined."), ("c", "{PASSC_A}"),
     ("a", "Okay, keep going with the passcode."), ("c", "{PASSC_B}")),
    (("c", "ive got {OTP} on my screen, do u need it"), ("a", "Yes please, that's the one, you're through security.")),
    (("a", "A code has gone to the number ending {PHONE_LAST4}."), ("c", "Just come through, {OTP}")),
    (("a", "Did the app give you a number to read back?"), ("c", "Yeah, {OTP}, it says it's only good for {minutes}")),
    (("a", "So I'm typing {PASSC_BACK}, correct?"), ("c", "Correct, capital letters and all.")),
    (("c", "Hang on, the code was {OTP} but it timed out, I've a new one, {OTP2}."),
     ("a", "Great, the second one has gone through.")),
    (("a", "What's the PIN you'd like on the new SIM?"), ("c", "Can I have {PIN} as the SIM PIN?"),
     ("a", "Sure, so the SIM PIN is {PIN_BACK}?"), ("c", "Yes please, easy to remember.")),
    (("a", "The app shows a number on the approve screen, what is it?"), ("c", "{OTP}, I've pressed approve too")),
    (("a", "Read the digits slowly for me."), ("c", "Okay, {OTP}, that's it")),
    # cards and bank details
    (("a", "Can I take the long number on the card you'd like to pay with?"), ("c", "{CARD}")),
    (("a", "In your own time, the card number."), ("c", "{CARD_A}"), ("a", "Yep, those four are in."), ("c", "{CARD_B}"),
     ("a", "Go on, what comes after those?"), ("c", "{CARD_C}")),
    (("a", "The card ending {CARD_LAST4}, is that the one they used?"), ("c", "That's my debit card for the groceries, yes.")),
    (("c", "the card they cloned is {CARD}"), ("a", "Okay, I've stopped that card straight away.")),
    (("a", "Your sort code and account number for the direct debit, please."), ("c", "Sort code {SORT}, and the account's {ACCT}")),
    (("a", "What's the sort code on the account the refund goes back to?"), ("c", "{SORT}"), ("a", "And the eight digits of the account after that?"),
     ("c", "{ACCT_A}"), ("a", "Mhm, typing those in."), ("c", "{ACCT_B}")),
    (("a", "I've got the account as {ACCT_BACK}, yes?"), ("c", "Yes, that's the joint account with my wife.")),
    (("c", "pay the refund into {ACCT} sort {SORT} pls"), ("a", "Noted, that'll land in three to five days.")),
    (("a", "Any chance of the IBAN, it's a euro account?"), ("c", "Sure, the IBAN is {IBAN}")),
    # references
    (("a", "What's your Brightwatt account number? It's top right on the bill."), ("c", "{REF}")),
    (("a", "Have you got your GadgetGuard policy number handy?"), ("c", "I have, the policy says {REF}")),
    (("a", "What's your FlexFit membership number, it's on the key fob?"), ("c", "{REF}, on the little tag")),
    (("a", "Can I take your booking reference from the flight confirmation?"), ("c", "{REF_A}"), ("a", "Okay, that's the first half of the reference."), ("c", "{REF_B}")),
    (("a", "And the claim reference we emailed you?"), ("c", "Hang on, found it, {REF}")),
    (("a", "Is your permit number {REF_BACK}?"), ("c", "That's it, on the windscreen.")),
    (("a", "What's your SkyMiles frequent flyer number?"), ("c", "{REF}, I think, or {REF2}, I have two")),
    (("c", "agreement no is {REF}"), ("a", "Thanks, I've pulled up the finance agreement.")),
    (("a", "Do you have your hospital number or NHS number?"), ("c", "The NHS number is {NHS}")),
    (("a", "What's your national insurance number for the credit search, please?"), ("c", "{NINO}")),
    (("a", "Your NI number for the finance check."), ("c", "{NINO_A}"), ("a", "Yep, those four are in."), ("c", "{NINO_B}")),
    (("a", "For the US account I need the social security number."), ("c", "{SSN}")),
    # dates of birth
    (("a", "Can I take your date of birth to pass security on the account?"), ("c", "{DOB}")),
    (("a", "And your mum's date of birth for her hospital record?"), ("c", "Mum's birthday is {DOB}")),
    (("c", "dob for the gym account is {DOB}"), ("a", "Thank you, that matches what's on the hospital system.")),
    # phones and e-mails
    (("a", "Best number for the engineer to reach you on?"), ("c", "Mobile's best, {PHONE}")),
    (("a", "Is {PHONE_BACK} still the mobile we should text?"), ("c", "No, I've changed it, it's {PHONE2} now.")),
    (("a", "What email should the upgrade confirmation go to?"), ("c", "{EMAIL}")),
    (("a", "Could I take an email address for the booking confirmation?"), ("c", "Yes, it's {EMAIL}, all lower case")),
    (("a", "So the confirmation goes to {EMAIL_BACK}?"), ("c", "That's right, yeah, dots and all.")),
    (("c", "send it to {EMAIL} not the old one"), ("a", "I've updated the email on file for the order.")),
    # addresses
    (("a", "What's the address for the smart meter install?"), ("c", "{ADDR}, {PCODE}")),
    (("a", "First line of the address for the installer?"), ("c", "{ADDR_ROAD}"), ("a", "Which town does that come under?"), ("c", "{ADDR_TOWN}"),
     ("a", "And the postcode to finish the address?"), ("c", "{PCODE}")),
    (("a", "And the postcode where the car's kept?"), ("c", "{PCODE}")),
    (("a", "Where should the courier deliver the new handset?"), ("c", "{ADDR}")),
    (("a", "So the engineer's going to {ADDR_BACK}?"), ("c", "Spot on, it's the house with the green door.")),
    (("c", "ive moved, new address is {ADDR2} {PCODE2}"), ("a", "Thanks, I've changed the delivery address.")),
    (("a", "Which street is the permit for?"), ("c", "{ADDR_ROAD}, I'm on the corner")),
    (("a", "Is it a flat or a house we're delivering to?"), ("c", "It's {ADDR}, there's a buzzer")),
    (("a", "What's the postcode at the permit address?"), ("c", "{PCODE}, I think, let me check a letter")),
    # names in harder contexts
    (("a", "Can you spell your surname for me, letter by letter, for the hospital letters?"), ("c", "{SPELL}")),
    (("a", "Who else is named on the phone insurance policy?"), ("c", "My partner is on it as well, {OTHER}")),
    (("a", "Are you the account holder, or is it someone else?"), ("c", "It's in my husband's name, {OTHER}, he's at work")),
    (("a", "And whose name is embossed on the card?"), ("c", "{title} {FULL}")),
    (("c", "my brother {OTHERFIRST} set it up for me"), ("a", "That's fine, I'll just need to check a few things.")),
    (("a", "How should I address you on the letters?"), ("c", "Just {title} {LAST} on the letters is fine")),
    (("a", "Do you go by anything shorter on the membership card?"), ("c", "Everyone at the gym calls me {NICK}")),
)

ISSUES = (
    (("c", "The bill says {gbp} but the tariff was {gbp}."), ("a", "I'll look at why the tariff changed.")),
    (("a", "The engineer can come {appt} at {slot}."), ("c", "That works, I'm in all morning.")),
    (("c", "I only got {items} out of the order."), ("a", "I'll refund the missing items today.")),
    (("a", "You can call us on {helpline}, we're open {hours}."), ("c", "Brilliant, I'll save that number in my phone.")),
    (("c", "I should have {points} after the trip."), ("a", "I can see them pending, they'll drop in within a week.")),
    (("a", "The new plan has {data} for {gbp} a month over {months}."), ("c", "Okay, that sounds a decent upgrade actually.")),
    (("c", "The meter reads {reading} but the bill says otherwise."), ("a", "I'll put that reading on for you.")),
    (("c", "I was on flight {flight} and the miles never came."), ("a", "I'll raise a missing miles claim.")),
    (("a", "The switch goes live on {appt}, on the {tariff} tariff."), ("c", "Great, I'll stop my old direct debit then.")),
    (("a", "The permit is {gbp} for {months}."), ("c", "Can I pay that monthly instead of all at once?")),
    (("c", "Your app kept logging me out for {minutes}."), ("a", "Sorry, there was an outage this morning.")),
    (("a", "Your appointment is {appt} at {slot}, please arrive ten minutes early."), ("c", "Will do, I'll bring my appointment letter.")),
    (("c", "The excess on the claim is {gbp}, is that right?"), ("a", "Yes, it's {gbp} for screen damage.")),
    (("a", "The settlement figure is {gbp}, valid for {minutes}."), ("c", "Hmm, I'll have a think and ring back.")),
    (("c", "The gym charged me {gbp} after I froze it."), ("a", "I'll reverse that gym charge now.")),
    (("c", "Can the driver leave it with {OTHERFIRST} next door?"), ("a", "Yes, I'll add a note to the delivery.")),
    (("a", "The code expires in {minutes}, so pop it in quickly."), ("c", "Ok, typing it into the app now.")),
    (("c", "There's a payment of {gbp} I don't recognise on {appt}."), ("a", "I'll mark that one as fraud.")),
)

CLOSINGS = (
    (("a", "Is there anything else on the account today, {FIRST}?"), ("c", "No that's all for the meter, thanks {AGENT}.")),
    (("c", "Cheers for sorting the meter, bye."), ("a", "Bye {title} {LAST}, take care and enjoy the new phone.")),
    (("a", "Thanks for calling Greenleaf, you've been speaking with {AGENT}."), ("c", "Thanks, have a good one, speak soon.")),
    (("c", "thx {AGENT} ur a star"), ("a", "No problem at all, enjoy the rest of your day!")),
    (("a", "Right {NICK}, that's all done, bye now."), ("c", "Lovely, bye bye then, thank you.")),
    (("a", "I'll send a summary to {EMAIL_BACK}."), ("c", "Perfect, the summary email works for me, bye.")),
    (("c", "Thank you so much for your help with the claim, really appreciate it."), ("a", "You're welcome {FIRST}, bye for now.")),
)

FAIRNESS_FRAMES = (
    "The smart meter booking is under {FULL}.",
    "hi its {FIRST} about my phone upgrade",
    "Can you put {OTHER} on the parking permit too?",
    "{FULL} ringing back about the fraud alert.",
    "the gym membership is for {FIRST} {LAST}",
    "Is that {title} {LAST}? It's the hospital calling.",
    "Thanks {FIRST}, that's sorted the refund.",
    "My daughter {OTHERFIRST} will collect the car.",
    "please cancel the order for {FULL}",
    "I'm calling on behalf of {OTHER}, she's my gran.",
)

BRIDGES = {
    "agent": ("Bear with me, the fraud screen is slow today.", "Okay, just updating the switch details.", "Right, that's saved against the permit now.",
              "One second, the meter record is loading."),
    "customer": ("Sure, no problem, take your time.", "Okay, still holding, no rush.", "Go on then, fire away with the next bit."),
}

FAIRNESS_ORIGINS = ("african", "south_asian", "southeast_asian", "hispanic")


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_h import NameSourceH
    from benchmarks._profile_dev_h import ProfileH

    return ProfileH, NameSourceH
