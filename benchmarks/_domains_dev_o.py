"""The five ``dev_o`` domains: (company, mail domain, call opening, e-mail opening, call middle, e-mail middle,
value step). Speakers: ``a`` agent, ``c`` caller. In the e-mail half every template is one e-mail's body."""
from __future__ import annotations

DOMAINS = {
    "telco": ("Merlion Mobile", "merlionmobile.sg",
              (("c", "Hello ah, my bill this month got roaming charges {money}, but I never go overseas leh. "
                     "Can check for me or not?"),),
              (("c", "My latest bill shows roaming charges of {money} for {date}, but I was in the country the whole "
                     "time. Please check and reverse it, alamak, I already paid auto-debit."),),
              (("a", "Okay, I can see the charges. Which number was it on ah?"), ("c", "The line is {TEL}."),
               ("a", "So that's {TEL_RB}, right?"), ("c", "{yes}. Same number since long time already.")),
              (("a", "We are looking into the roaming charges. Could you confirm the mobile line affected and the "
                     "NRIC or passport number of the account holder?"),
               ("c", "The line is {TEL} and my IC is {IC}. Order number on the bill is {order}, if that helps.")),
              "step_acct"),
    "bank": ("Selat Bank", "selatbank.com.my",
             (("c", "Hi, I got SMS saying my card used at some online shop, {money}, just now {time}. Not me one lah, "
                    "can block the card first?"),),
             (("c", "I received an SMS alert this morning for a card transaction of {money} that I did not make. "
                    "Kindly block the card immediately, I very worried."),),
             (("a", "I'll block it now. Can you read me the card number?"), ("c", "Okay ah, {CARD}."),
              ("a", "Expiry date also, month and year?"), ("c", "Expiry {EXP}."), ("a", "Alright, the card is blocked already.")),
             (("a", "We have temporarily suspended online transactions. To locate the card, please reply with the "
                    "card number and expiry date. Do not send the CVV."),
              ("c", "Card number {CARD}, expiry {EXP}. Sorry ah, the CVV is {CVV} just in case you need.")),
             "step_otp"),
    "parcel": ("KopiKurier Express", "kopikurier.com",
               (("c", "Eh hello, my parcel says delivered but nobody came to my house leh. Order {order}."),),
               (("c", "Tracking shows my parcel for order {order} was delivered on {date}, but I never received it. "
                      "Nobody knocked on the door also."),),
               (("a", "Sorry about that. Can I confirm the delivery address?"), ("c", "Delivery to {ADDR}."),
                ("a", "Postal code for that one?"), ("c", "Postal {ZIP}."), ("a", "Okay, the driver marked it at the lift lobby, "
                                                                     "I'll open an investigation.")),
               (("a", "Our driver reported the parcel as delivered. Please confirm the full delivery address and "
                      "postal code so we can check with the driver."),
                ("c", "Address is {ADDR}, postal code {ZIP}. Maybe the driver went to the wrong unit, can check or not?")),
               "step_none"),
    "claim": ("Harimau Life Assurance", "harimaulife.com",
              (("c", "Hi, I submitted hospital claim for my family member, {THIRD}, since {date}, until now still pending. "
                     "How long more ah?"),),
              (("c", "I am following up on the hospitalisation claim for my family member, {THIRD}, submitted on {date}. "
                     "It has been pending for weeks already."),),
              (("a", "Let me pull up the policy. Can I have your IC number first?"), ("c", "IC is {IC}."),
               ("a", "I'll read it back: {IC_RB}."), ("c", "{yes}, that one.")),
              (("a", "To locate the claim, please provide the policyholder's IC number and date of birth."),
               ("c", "IC {IC}, date of birth {DOB}.")),
              "step_acct"),
    "aircon": ("SejukCool Services", "sejukcool.com.sg",
               (("c", "Hello, I booked aircon servicing for {date}, but the technician never turn up. Booking "
                      "{order}. Wasted my whole afternoon lor."),),
               (("c", "I booked an aircon servicing appointment for {date} ({order}) and took leave for it, but the "
                      "technician did not turn up and nobody informed me."),),
               (("a", "Very sorry about that. Can I have the contact number used for the booking?"), ("c", "Number is {TEL}."),
                ("a", "Service address where the unit is?"), ("c", "{ADDR}, {ZIP}.")),
               (("a", "Our apologies. Please confirm the contact number and the service address so we can arrange "
                      "a new slot."), ("c", "Number {TEL}. Address {ADDR}, {town} {ZIP}.")),
               "step_none"),
}
