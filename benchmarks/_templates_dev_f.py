"""Sixth development template family (``dev_f``): e-scooter rental, festival tickets, home insurance claims,
a dental practice, a recruitment agency, car hire, a driving school, self-storage, pet insurance and a
language school.

Written blind around the values a contact centre takes down most often and an engine mangles most:
e-mail addresses (said, spelled, split over turns, read back wrong and corrected, given as "my name at
..."), phone numbers (in pieces, read back, corrected, "the last three digits", two in one turn, work
numbers with extensions) and card expiry dates and security codes, with one-time codes, PINs, postcodes and
names as a minority. Neutral look-alikes sit next to them: a company's own mailbox (``support@...``) and
helpline, prices, appointment times, app versions, distances. Slot grammar: ``_profile_dev_f``; values:
``_values_dev_f`` (e-mails) and ``_forms_dev_f``; names: ``_names_dev_e`` (the dev_e source).
"""

GREETINGS = (
    (("c", "hi the scooter wont lock and its still charging me"),
     ("a", "Hi, this is {AGENT} at ZipScoot, let's get that sorted.")),
    (("a", "Greenfield Festival box office, {AGENT} speaking."),
     ("c", "Hiya, I bought tickets a month ago and never got them, I'm {FULL}.")),
    (("a", "Hearth Cover claims line, you're through to {AGENT}."),
     ("c", "Hello, I need to report a leak in the kitchen, my name is {FULL}.")),
    (("a", "Bright Smile Dental, {AGENT} here, how can I help?"),
     ("c", "Hi, it's {FIRST} {LAST}, I need to move my check-up.")),
    (("a", "TalentBridge recruitment, {AGENT} speaking."),
     ("c", "Hi there, I applied for the warehouse supervisor role last week, {FULL}.")),
    (("c", "Hello, I'm at the airport desk and there's no car for me."),
     ("a", "I'm so sorry, I'm {AGENT} from Roadway Car Hire, let me find the booking.")),
    (("a", "Good afternoon, you've reached the driving school, {AGENT} speaking."),
     ("c", "Hi, I'd like to book a block of lessons for my youngest, {OTHERFIRST}.")),
    (("c", "hey need to keep my storage unit another month"),
     ("a", "Hi! {AGENT} here from the storage team, happy to help.")),
    (("a", "Paws and Claws pet insurance, {AGENT} on the line."),
     ("c", "Hi, I'm {title} {LAST}, our dog needed an operation on his leg.")),
    (("a", "Hello, admissions at the language school, I'm {AGENT}."),
     ("c", "Hello, I'm {FULL}, I want to join the evening Spanish class.")),
)

IDENTITY = (
    # e-mail addresses
    (("a", "What email address should the booking confirmation go to?"), ("c", "{mail_cue}{EMAIL}")),
    (("a", "Can I grab an email for the claim?"), ("c", "Yeah it's {EMAIL_A}"), ("a", "Okay, got that bit."),
     ("c", "{EMAIL_B}"), ("a", "Mm-hm, and after that?"), ("c", "{EMAIL_C}")),
    (("a", "Just to confirm the email, that's {EMAIL_BACK}?"), ("c", "Yes that's the one I use.")),
    (("a", "I've got {EMAIL_OOPS} on the file."), ("c", "No sorry, it's {EMAIL_FIX}.")),
    (("a", "Email address for the receipt?"), ("c", "It's just my name, first and last, no gap, at {EMAIL_HOST}.")),
    (("a", "What's the best email to reach you?"), ("c", "{EMAIL_USER}"), ("a", "At which provider?"), ("c", "{EMAIL_HOST}")),
    (("a", "Could you spell the first part of the email for me?"), ("c", "Sure, {EMAIL_SPELL}, then it's at {EMAIL_HOST}.")),
    (("c", "Please copy my partner in on the policy emails too, {EMAIL2}."), ("a", "I've added that as a second contact.")),
    (("a", "And your email address?"), ("c", "Yep, {EMAIL}, all in lower case.")),
    (("c", "can you update my email to {EMAIL} the old one doesnt work anymore"),
     ("a", "Updated, you'll get a verification email in a minute.")),
    (("a", "Sorry, the line is breaking up, was that {EMAIL_BACK}?"), ("c", "Yes, exactly that, well heard.")),
    (("a", "Is the email we hold still current?"), ("c", "No, it changed, it's {EMAIL} now.")),
    (("a", "Where should we send the interview details?"), ("c", "Email me on {EMAIL} or text {PHONE}.")),
    (("a", "How would you like the e-tickets, text or email?"),
     ("c", "Email is fine, {EMAIL}, and my phone is {PHONE} just in case.")),
    (("a", "The email you registered the scooter account with?"), ("c", "Probably {EMAIL}, or maybe the work one."),
     ("a", "Found it under that one.")),
    # phone numbers
    (("a", "What's a good mobile number for the driver?"), ("c", "{tel_cue}{PHONE}")),
    (("a", "Which number should we call if a cancellation slot comes up?"), ("c", "{PHONE_A}"), ("a", "Yep, go ahead."),
     ("c", "{PHONE_B}"), ("a", "Uh-huh, and the end?"), ("c", "{PHONE_C}")),
    (("a", "Let me check I've got that right, {PHONE_BACK}?"), ("c", "Spot on, every digit.")),
    (("c", "Oh, I gave you a wrong digit, the last three digits are {PHONE_LAST3}."), ("a", "Thanks, I've changed it.")),
    (("a", "Is there another number in case we can't get through?"), ("c", "Try {PHONE}, or my landline {PHONE2}.")),
    (("a", "A contact number, please."), ("c", "{PHONE_OOPS}, hang on, that's not it, {PHONE}.")),
    (("a", "Which number should the unlock code go to?"), ("c", "The one ending {PHONE_LAST4}.")),
    (("a", "And the best number during office hours?"), ("c", "My desk number, {PHONE}.")),
    (("c", "My mobile is {PHONE} but I'm abroad till Sunday, so email might be better."), ("a", "Noted, we'll email first.")),
    (("a", "Who's your emergency contact for the course?"), ("c", "My flatmate {OTHERFIRST}, the number is {PHONE2}.")),
    (("a", "What number did you register the account with?"), ("c", "Um, it'd be {PHONE}"), ("a", "Yes, I see it.")),
    # card expiry and security code
    (("a", "When does the card expire?"), ("c", "{EXPIRY}")),
    (("a", "And the expiry date on the card?"), ("c", "{exp_cue}{EXPIRY}")),
    (("a", "I'll need the card details for the deposit, starting with the expiry."), ("c", "Valid thru {EXPIRY}.")),
    (("a", "What's the three-digit code on the back?"), ("c", "{CVV}")),
    (("a", "Could I take the security code?"), ("c", "The three digits on the back are {CVV}.")),
    (("c", "Expiry's {EXPIRY} and security code {CVV}."), ("a", "Thank you, that's gone through.")),
    (("a", "Expiry {EXPIRY_BACK}, is that correct?"), ("c", "Correct, yeah, that's the new card.")),
    (("a", "Month and year on the card?"), ("c", "Um, {EXPIRY}, let me just check, yeah.")),
    (("c", "my card runs out {EXPIRY} can you update it before the next payment"),
     ("a", "Sure, I've put the new expiry on.")),
    (("a", "The card ending in the same digits, what's its end date?"), ("c", "It says {EXPIRY}, then {cvv_cue}{CVV}.")),
    # one-time codes, PINs, postcodes, names
    (("a", "I've texted you a six-digit code, can you read it out?"), ("c", "{code_cue}{OTP}")),
    (("a", "What's the verification code showing in the app?"), ("c", "{VCODE}"), ("a", "{VCODE_BACK}?"), ("c", "Yes, that one.")),
    (("a", "Please say or key in your PIN."), ("c", "{PIN}")),
    (("a", "Which postcode is the insured property?"), ("c", "{POSTCODE}")),
    (("a", "And the postcode for the collection?"), ("c", "It's {POSTCODE}, at the back of the building.")),
    (("a", "Who's the lead booker on the tickets?"), ("c", "{FULL}.")),
    (("a", "Can I take the name of the policyholder?"), ("c", "That's {title} {LAST}.")),
)

ISSUES = (
    (("c", "The scooter charged me {gbp} for a {dist} ride that never started."), ("a", "I'll refund that today.")),
    (("a", "Your check-up is now {appt}."), ("c", "Great, that suits me better.")),
    (("c", "I wrote to {mailbox} twice and nobody replied."), ("a", "Sorry about that, that inbox is very busy.")),
    (("a", "For claims out of hours ring {helpline} or email {mailbox}."), ("c", "Okay, noted down on my phone.")),
    (("c", "The app is on {version} and still crashes at checkout."), ("a", "Could you try reinstalling it?")),
    (("c", "I bought {qty} for {gbp} and only one came through by email."), ("a", "I'll resend both.")),
    (("c", "Can I bring the car back {appt} instead?"), ("a", "Yes, there's a {gbp} late fee after six though.")),
    (("c", "The festival site said {percent} off but I paid full price."), ("a", "The offer had ended, I'm afraid.")),
    (("a", "Each lesson is {duration} and costs {gbp}."), ("c", "That works for us.")),
    (("c", "My kid {OTHERFIRST} needs a filling too, could she come {appt}?"),
     ("a", "I'll book them in straight after you.")),
    (("c", "I got an email from {mailbox} saying the unit is overdue."), ("a", "That's an automatic reminder, ignore it.")),
    (("c", "The leak started around {time} and the kitchen ceiling came down."), ("a", "I'll send a loss adjuster.")),
    (("c", "Please text me on {PHONE} when the recruiter has news."), ("a", "Will do, the moment they ring.")),
    (("c", "The claim form wants an email but I only have {EMAIL}, is that okay?"), ("a", "That's perfect, any address works.")),
    (("a", "Press {menu} for new bookings, or call {helpline}."), ("c", "Thanks, I'll try the second one.")),
    (("c", "Is the {qty} bundle still {gbp}?"), ("a", "Yes, until Friday.")),
    (("c", "The vet bill came to {gbp} and your form only lets me claim {percent}."),
     ("a", "The rest is your excess.")),
    (("a", "You can also write to {mailbox}, they reply within {duration}."), ("c", "Okay, good to know.")),
)

CLOSINGS = (
    (("a", "Anything else I can help with, {FIRST}?"), ("c", "Nope, that's me all sorted, thanks.")),
    (("a", "I'll send a summary to {EMAIL_BACK} now."), ("c", "Brilliant, I'll look out for it, bye.")),
    (("c", "Cheers for your help."), ("a", "No bother, {title} {LAST}, take care.")),
    (("c", "thx, sorted then"), ("a", "You're welcome, enjoy the weekend!")),
    (("a", "We'll text {PHONE_BACK} when it's ready."), ("c", "Lovely, speak then, bye.")),
    (("c", "Thanks {AGENT}, bye."), ("a", "Bye now, good luck with it.")),
)

FAIRNESS_FRAMES = (
    "The tickets are booked under {FULL}.",
    "Hi, {FIRST} here, about my scooter refund.",
    "My partner {OTHER} will collect the hire car.",
    "yeah its {title} {LAST} calling back about the claim",
    "Please put {FULL} down as the emergency contact.",
    "{FIRST} {LAST} for the two o'clock cleaning.",
    "the policy is for {FULL} at the old address",
    "Thanks so much, {FIRST}!",
    "Could {OTHERFIRST} pick up the keys instead of me?",
    "The candidate's name is {FULL}.",
)

BRIDGES = {
    "agent": ("Okey-doke, next bit.", "Right you are.", "Bear with me a sec.", "Got you, one moment."),
    "customer": ("Alright, I'm here.", "Yep, fine by me.", "Okay then, go on."),
}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_e import NameSourceE
    from benchmarks._profile_dev_f import ProfileF

    return ProfileF, NameSourceE
