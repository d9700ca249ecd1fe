"""Fifth development template family (``dev_e``): water-company direct debits, mobile number porting, council
tax, online marketplace disputes, a travel insurance assistance line, a crypto exchange, student loan
repayments, building society savings transfers, parking penalty appeals, TV licensing and bank transfer
recalls.

Written blind (issue 12) around structured identifiers and numbers: read in pieces with the agent's
backchannels in between, read back by the agent, corrected mid-value, partly repeated (``the last four``),
two in one turn, given bare two turns after the question, typed with ``acct#`` / ``a/c`` / ``ref:`` cues,
separators and lists, and sitting in the middle of long chat messages next to neutral numbers (prices,
flight and store numbers, quantities, a company helpline). Names are a minority of the slots. Slot grammar
and cue slots: ``_profile_dev_e``; values: ``_forms_dev_e`` / ``_values_dev_e``; names: ``_names_dev_e``.
"""

GREETINGS = (
    (("a", "Thames Vale Water, billing team, {AGENT} on the line."),
     ("c", "Hiya, I want to change the date my direct debit comes out, it's {FULL}.")),
    (("a", "You're through to number transfers, my name's {AGENT}."),
     ("c", "Yeah hi, I'm moving my number over to you and the code isn't working.")),
    (("a", "Council tax enquiries, {AGENT} speaking, can I take your name?"),
     ("c", "It's {title} {LAST}, I've had a reminder letter I don't understand.")),
    (("c", "hello?? been waiting ages, the seller never sent my stuff"),
     ("a", "Hi there, I'm {AGENT} from the Resolution Centre, I'll help you with that.")),
    (("a", "Global Assist emergency line, this is {AGENT}, is everyone safe?"),
     ("c", "Yes, we're okay, my husband {OTHER} fell on the steps and he's at the clinic now.")),
    (("c", "hi my withdrawal is stuck since yesterday"),
     ("a", "Hello, thanks for contacting CoinHarbor support, {AGENT} here. Let me take a look.")),
    (("a", "Student Finance repayments, {AGENT} speaking."),
     ("c", "Morning, {FIRST} {LAST}, I think I've been overcharged this month.")),
    (("a", "Good morning, Ashdown Building Society, {AGENT} speaking, how can I help?"),
     ("c", "Hello, I'd like to move my ISA to you from another provider, I'm {FULL}.")),
    (("c", "Hi, I got a parking ticket but I had a valid permit"),
     ("a", "Hello, I'm {AGENT}, I can start an appeal for you.")),
    (("a", "TV Licensing, you're speaking with {AGENT}."),
     ("c", "Hi, um, {FULL}, I'm moving house and need to transfer the licence.")),
    (("a", "Payments team, {AGENT}. I understand a transfer went to the wrong person?"),
     ("c", "Yes, I typed one digit wrong, I'm panicking a bit, it's {FIRST} by the way.")),
)

IDENTITY = (
    # bank details: two values in one turn, no cue, a list, a split value, a correction
    (("a", "Which account should the direct debit be taken from?"), ("c", "Sort code {SORT}, account {ACCT}.")),
    (("a", "Bank details for the refund please."), ("c", "{SORT} and then {ACCT}")),
    (("a", "What's the sort code?"), ("c", "{SORT}"), ("a", "And the account number?"),
     ("c", "Hold on, I've got it on the app somewhere."), ("a", "No problem, take your time."), ("c", "Right, {ACCT}.")),
    (("a", "Can you give me the account number, please?"), ("c", "{ACCT_A}"), ("a", "Uh huh, carry on."), ("c", "{ACCT_B}"),
     ("a", "Let me read that back, {ACCT_BACK}?"), ("c", "Yep, spot on.")),
    (("c", "You've got two of mine on file, {acct_cue}{ACCT} and {ACCT2}, cancel the second one."),
     ("a", "Okay, so keep the one ending {ACCT_LAST4} and stop the other, got it.")),
    (("c", "My account is {ACCT_OOPS}, sorry, wrong one, {ACCT}."), ("a", "No worries, found it.")),
    (("a", "Which account did the money leave from, and where did it go?"),
     ("c", "From mine, {ACCT}, and it went to {ACCT2} with sort code {SORT2}, it should have been {SORT}.")),
    (("a", "Do you have the IBAN of the account abroad?"), ("c", "Yes it's {IBAN}.")),
    (("a", "Go ahead with the IBAN whenever you're ready."), ("c", "{IBAN_A}"), ("a", "Mm hm, keep going."), ("c", "{IBAN_B}"),
     ("a", "Thank you, that's {IBAN_BACK}."), ("c", "Correct.")),
    # cards
    (("a", "What's the long number on the front of the card?"), ("c", "{CARD_A}"), ("a", "Yep, go on."), ("c", "{CARD_B}"),
     ("a", "Okay, next bit."), ("c", "{CARD_C}")),
    (("a", "Can I take the card number for the excess payment?"), ("c", "Card number is {CARD}.")),
    (("a", "The card you'd like to pay with?"), ("c", "{CARD}, expiry {EXPIRY}, and the three on the back are {CVV}.")),
    (("a", "Valid until?"), ("c", "{EXPIRY}")),
    (("a", "And the security digits on the back of the card?"), ("c", "{CVV}.")),
    (("a", "For security, just the last four digits of the card you used."), ("c", "{CARD_LAST4}")),
    (("a", "I can see a payment from a card ending {CARD_LAST4}, is that yours?"), ("c", "Yeah that's my debit card.")),
    (("c", "I paid with card {CARD_OOPS}, no hang on, that's the old one, it's {CARD}."),
     ("a", "Thanks, I've got the new one.")),
    # phones
    (("a", "Which number are you bringing across to us?"), ("c", "It's {PHONE}"), ("a", "So that's {PHONE_BACK}?"),
     ("c", "That's it.")),
    (("a", "And a number we can reach you on today?"), ("c", "{tel_cue}{PHONE}")),
    (("a", "What number should the clinic call?"), ("c", "{PHONE_A}"), ("a", "Yep, and the rest?"), ("c", "{PHONE_B}")),
    (("a", "Is there a second contact number?"), ("c", "Mine is {PHONE} or my son's is {PHONE2}.")),
    (("a", "Best number for a call back?"), ("c", "Um, {PHONE_OOPS}, no, sorry, {PHONE}.")),
    (("a", "The number ending in what?"), ("c", "Ending {PHONE_LAST4}.")),
    # references of the domains (ACCOUNT_NUMBER), porting codes (AUTH_CODE)
    (("a", "What's your customer reference on the water bill?"), ("c", "It's {CUSTNO}, top right corner.")),
    (("a", "The council tax account number is on the bill, starts with a six or a three."), ("c", "Yeah, {COUNCIL}.")),
    (("a", "What's your policy number?"), ("c", "Policy {POLICY}"), ("a", "Sorry, could you repeat that?"),
     ("c", "{POLICY_BACK}")),
    (("a", "Have you got the order number?"), ("c", "{ord_cue}{ORDER}")),
    (("a", "And which case is this about?"), ("c", "The dispute is {ref_cue}{CASE}.")),
    (("a", "Can I have your user ID? It's under your profile picture in the app."), ("c", "UID {UID}")),
    (("a", "Your customer reference number, it's eleven or twelve digits."), ("c", "{LOAN}")),
    (("a", "The roll number for your savings account?"), ("c", "{ROLL}, I think that's the roll number.")),
    (("a", "What's the penalty charge notice number? It's top left."), ("c", "It's {PCN}.")),
    (("a", "Your licence number, please."), ("c", "Licence number {TVL}.")),
    (("a", "Can you read the PAC code out for me?"), ("c", "Yeah it's {PAC}"), ("a", "{PAC_BACK}?"),
     ("c", "Yes.")),
    (("a", "I've just sent a one-time passcode, what does it say?"), ("c", "{OTP}")),
    (("a", "Enter or say your four-digit security number."), ("c", "{PIN}")),
    (("a", "What's the account number on the letter?"), ("c", "{acct_cue}{CUSTNO}, and the old one was {CUSTNO2}.")),
    # identity: dates of birth, national ids, postcodes, zip codes, a spelled surname
    (("a", "Can you confirm your date of birth?"), ("c", "{dob_cue}{DOB}.")),
    (("a", "And the date of birth on the account?"), ("c", "{DOB}"), ("a", "That's {DOB_BACK}?"), ("c", "Yes.")),
    (("a", "What's your National Insurance number?"), ("c", "{NATID}")),
    (("a", "I need your NI number or your social insurance number to find the file."), ("c", "Sure, {NATID}.")),
    (("a", "Last four of your social security number?"), ("c", "{SSN_LAST4}.")),
    (("a", "To verify, what's your full social?"), ("c", "{SSN}")),
    (("a", "What postcode is the property?"), ("c", "{POSTCODE}"), ("a", "{POSTCODE_BACK}, lovely.")),
    (("a", "And the postcode you're moving to?"), ("c", "New one is {POSTCODE2}, old one {POSTCODE}.")),
    (("a", "What's the billing zip?"), ("c", "Zip is {ZIP}.")),
    (("a", "How do you spell the surname?"), ("c", "{SPELL}.")),
    (("a", "Email for the confirmation?"), ("c", "{EMAIL}")),
    (("a", "The address on the account?"), ("c", "{ADDRESS}, {POSTCODE}.")),
)

ISSUES = (
    (("c", "So I ordered a kettle on {DATE}, paid {gbp}, the order was {ORDER} and the seller stopped answering "
           "after {duration}, can you refund it?"),
     ("a", "I've opened a claim, you'll hear back within {duration}.")),
    (("c", "the payment came out twice, {gbp} on {DATE} and again the day after, my acct is {ACCT} "
           "and I only have {qty} on this plan"),
     ("a", "I can see both collections, I'll refund the second one.")),
    (("c", "Our flight {flight} was delayed and we missed the connection on {DATE}."),
     ("a", "I'm sorry, keep the receipts, meals up to {gbp} a day are covered.")),
    (("c", "I sent {coins} to the wrong network and the support bot says to quote {UID}."),
     ("a", "Thanks, I've escalated it to the wallet team.")),
    (("c", "The ticket says I parked at {time} but I left before then, the bay was outside {store}."),
     ("a", "Please upload the permit and a photo, the appeal pauses the fine.")),
    (("c", "Your {helpline} number kept me on hold for {duration}."), ("a", "I apologise for the wait.")),
    (("c", "I only get {speed} but I'm paying for more, will that change when I port?"),
     ("a", "The speed stays the same, only the number moves.")),
    (("c", "I've been with you since {year} and never missed a payment."),
     ("a", "I can see that, thank you for being a loyal customer.")),
    (("c", "Can my daughter {OTHERFIRST} call on my behalf next time?"),
     ("a", "Yes, I'll add her as a named contact.")),
    (("c", "The letter says I owe {gbp} but I paid on {DATE}."), ("a", "The payment is there, the letter crossed it.")),
    (("c", "Can you put it in my wife's name, {OTHER}?"), ("a", "She'll need to call us herself, sorry.")),
    (("c", "The courier, I think his name was {OTHERFIRST}, left it at the wrong door."),
     ("a", "I'll report that to the delivery partner.")),
    (("c", "I bought {qty} from {store} and two were broken."), ("a", "Sorry about that, I'll refund those two.")),
    (("a", "You'll get {percent} back on the first year."), ("c", "Oh nice, thanks.")),
    (("c", "It went on the card ending {CARD_LAST4} on {DATE} at about {time}."),
     ("a", "Got it, I'll raise a chargeback.")),
    (("c", "i moved out on {DATE}, new postcode is {POSTCODE}, pls close the old acct {acct_cue}{ACCT}"),
     ("a", "Done, a final bill will follow.")),
    (("a", "If you want to pay by phone it's {helpline}, {menu}."), ("c", "Okay, I'll write that down.")),
    (("c", "Can I send the money to {IBAN} instead, that's my account in Spain?"),
     ("a", "Yes, I've updated the payee.")),
    (("c", "Please call me on {PHONE} after {time}, I'm at work till then."),
     ("a", "I'll note that on the case.")),
    (("c", "My excess is {gbp} and I've paid {gbp} already, so what's left?"),
     ("a", "Nothing more, you're fully paid up.")),
)

CLOSINGS = (
    (("a", "Is there anything else today, {FIRST}?"), ("c", "No, that's everything, cheers.")),
    (("c", "Thanks for sorting that."), ("a", "My pleasure, {title} {LAST}, bye now.")),
    (("a", "Your reference for today's call is {CASE}."), ("c", "Great, thank you, bye.")),
    (("c", "ok thx"), ("a", "You're welcome! Have a good evening {FIRST}.")),
    (("a", "I'll text the confirmation to the mobile ending {PHONE_LAST4}."), ("c", "Perfect, ta.")),
    (("c", "Thank you {AGENT}."), ("a", "Take care.")),
)

FAIRNESS_FRAMES = (
    "The direct debit is in the name of {FULL}.",
    "I'm calling for {OTHERFIRST}, she's my mum.",
    "Yes, it's {title} {LAST} speaking.",
    "ok so my name is {FULL} and i need help",
    "{FIRST} {LAST}, and I'm the account holder.",
    "Could you send it to {FULL} at the new place?",
    "Thanks {FIRST}, that helps a lot.",
    "The seller's name on the listing was {OTHER}.",
    "Put the appeal under {FULL} please.",
    "it's {FIRST} again, the transfer still hasn't arrived",
)

BRIDGES = {
    "agent": ("Mm-hmm, noted.", "Right, okay.", "One sec, checking.", "Lovely, thanks."),
    "customer": ("Mm, okay.", "Okay, yeah.", "Sure, fine."),
}


def kit():
    """(profile class, name source class) of this family (imported here: no import cycle)."""
    from benchmarks._names_dev_e import NameSourceE
    from benchmarks._profile_dev_e import ProfileE

    return ProfileE, NameSourceE
