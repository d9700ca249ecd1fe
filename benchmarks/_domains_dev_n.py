"""The five ``dev_n`` domains: (company, call opening, chat opening, call middle, chat middle, value step).
Speakers: ``a`` agent, ``c`` caller. ``||`` splits a chat template into consecutive messages."""
from __future__ import annotations

DOMAINS = {
    "wallet": ("PisoPay",
               (("c", "Hello, good morning {po}. Ano, my PisoPay wallet got locked after I cashed in {money} "
                      "kahapon, and now I can't send or pay bills."),),
               (("c", "Hi po, ask ko lang po bakit locked yung wallet ko||nag cash in ako {money} tapos biglang locked 😭"),),
               (("a", "I'm sorry to hear that. The lock was triggered by our security check, so we need to re-verify "
                      "your identity. Do you have your PhilSys number?"), ("c", "Yes {po}, it's {PSN}."),
                ("a", "Let me repeat: {PSN_RB}. Correct?"), ("c", "{yes}.")),
               (("a", "The wallet was locked by an automatic security check. Please send your PhilSys number (PSN) "
                      "so we can re-verify you."), ("c", "{PSN_1}||{PSN_2} yan po yung PSN ko")),
               "step_otp"),
    "telco": ("Luzvimin Telecom",
              (("c", "Hi, I registered for the {promo} promo earlier, na-deduct na yung {money} but wala pa rin yung "
                     "data. It's been {span} na."),),
              (("c", "Gud day! Nag-register ako sa {promo} pero walang pumasok na data||na-deduct na yung load ko {money}"),),
              (("a", "Let me check the SIM registration first. Can you give me the mobile number and the TIN you used "
                     "when you registered the SIM?"), ("c", "Yung number ko {po} is {TEL}."), ("a", "And your TIN, please?"),
               ("c", "{TIN_1}"), ("a", "Okay, tuloy lang."), ("c", "{TIN_2}"), ("a", "So the TIN is {TIN_BAD}?"),
               ("c", "No, the last part is {TIN_2}.")),
              (("a", "Please send the mobile number and the ID number you used for your SIM registration."),
               ("c", "{TEL}||TIN {TIN}")),
              "step_otp"),
    "remit": ("Balikbayan Padala",
              (("c", "Good afternoon {po}. May padala sa akin from Dubai, sent on {date}, pero hindi ko ma-claim sa "
                     "branch kasi sabi nila on hold daw."),),
              (("c", "Hello! Hindi ko ma-claim yung padala sa akin||sabi on hold daw, pinadala pa {date} 🙏"),),
              (("a", "Can I have the control number and the sender's full name?"), ("c", "The control number is {CTRL}."),
               ("a", "That's {CTRL_RB}. And the sender?"), ("c", "{THIRD} {po}. Nasa Dubai siya.")),
              (("a", "Please send the control number and the sender's complete name as it appears on the transaction."),
               ("c", "Control no. {CTRL}||Sender: {THIRD}")),
              "step_id"),
    "courier": ("Kalesa Express",
                (("c", "Hi, my parcel has been 'out for delivery' for {span} na, and the rider never called me. COD "
                       "{po} yun, {money}."),),
                (("c", "Hello po! Yung parcel ko {span} na out for delivery, wala pa ring dumarating||COD {money}"),),
                (("a", "The rider reported that the address could not be located. May I have the tracking number and "
                       "the complete address?"), ("c", "Tracking is {TRACK}."), ("a", "And the complete delivery address?"),
                 ("c", "{ADDR_L1}"), ("a", "Okay, I'm typing it in."), ("c", "{ADDR}. Near {place} lang."),
                 ("a", "And the ZIP code?"), ("c", "{ZIP}")),
                (("a", "Our rider couldn't find the address. Please send the tracking number and the complete address "
                       "with a landmark."), ("c", "{TRACK}||{ADDR}||landmark: {place}||ZIP {ZIP}")),
                "step_none"),
    "card": ("Banco Maharlika",
             (("c", "Good evening, I just got an SMS that my credit card was charged {money} at a merchant I don't "
                    "know, around {time}. Hindi ko po yun ginawa."),),
             (("c", "Hi, may unauthorized charge po sa credit card ko||{money} kanina {time}, hindi ko yun ginawa 😡"),),
             (("a", "I'll block the card right away. Can you read me the card number?"), ("c", "{CARD}"),
              ("a", "And the card's expiry, month and year?"), ("c", "{EXP}"), ("a", "Thank you. The card is now blocked.")),
             (("a", "We will block the card now. Please send the card number and expiry so we can locate it."),
              ("c", "{CARD_1}||{CARD_2}||exp date {EXP}")),
             "step_acct"),
}
