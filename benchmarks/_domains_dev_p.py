"""The five ``dev_p`` domains: (company, mail domain, call opening, ticket opening, call middle, ticket middle,
value step). Speakers: ``a`` agent, ``c`` caller. In the ticket half every template is one comment's body; a
``\\n\\n`` in a body starts a new paragraph of the HTML export."""
from __future__ import annotations

DOMAINS = {
    "telco": ("Sahra Telecom", "sahratelecom.ae",
              (("c", "Salam alaikum, my bill this month came {money}, wallah I never used roaming, I was home the "
                     "whole month."),),
              (("c", "Salam, my latest bill shows roaming of {money} dated {date} but I did not travel anywhere, "
                     "please check and reverse it inshallah."),),
              (("a", "Sorry to hear that, let me check. Which number is the bill for?"), ("c", "It is {TEL}."),
               ("a", "Okay so {TEL_RB}, is that right?"), ("c", "{yes}. The same number for ten years.")),
              (("a", "We are reviewing the roaming charges. Kindly share the mobile line affected and your {idname} "
                     "number as registered on the account."),
               ("c", "Line {TEL} and {idname} {ID}. The bill reference is {order} if it helps.")),
              "step_acct"),
    "bank": ("Emirates Crescent Bank", "ecbank.ae",
             (("c", "Hello, I got an SMS now for {money} on my card at some website, at {time}, this is not me, "
                    "please block it yalla."),),
             (("c", "I received an SMS alert for a purchase of {money} on my card that I never made. Please block "
                    "the card urgently, I am very worried."),),
             (("a", "I will block it now. Please read me the card number."), ("c", "Okay, {CARD}."),
              ("a", "What expiry is printed on the front?"), ("c", "Expiry is {EXP}."), ("a", "Done, the card is blocked now.")),
             (("a", "We have temporarily blocked online payments. To locate the card please reply with the card "
                    "number and its expiry. Never send us the CVV."),
              ("c", "Card {CARD} expiring {EXP}. The CVV on the back is {CVV} in case you need it.")),
             "step_iban"),
    "parcel": ("Souqly", "souqly.com",
               (("c", "Hi, the app says my order {order} was delivered but nothing came, ya3ni where is it?"),),
               (("c", "Tracking for my order {order} says it was delivered on {date}, but I did not receive anything. "
                      "Nobody called me."),),
               (("a", "So sorry about that. Can I confirm the delivery address please?"), ("c", "It is {ADDR}, {city}."),
                ("a", "And the {loccue}?"), ("c", "{LOC}."), ("a", "Thank you, I will raise it with the courier.")),
               (("a", "The courier marked the shipment as delivered. Please confirm the full delivery address so we "
                      "can check with the driver."),
                ("c", "{ADDR}, {city}, {loccue} {LOC}. Maybe the driver went to the wrong building.")),
               "step_none"),
    "claim": ("Wasel Health Insurance", "waselhealth.com",
              (("c", "Hello, I submitted a claim for my family member {THIRD} on {date} and it is still pending, "
                     "how long more?"),),
              (("c", "I am following up on the medical claim for my family member {THIRD}, submitted on {date}. It is "
                     "still pending after many weeks."),),
              (("a", "Let me open the policy. May I have your {idname} number?"), ("c", "Yes, it is {ID}."),
               ("a", "Let me read it back, {ID_RB}."), ("c", "{yes}.")),
              (("a", "To find the claim please send the policy holder's {idname} number and date of birth."),
               ("c", "{idname}: {ID}\nDate of birth: {DOB}")),
              "step_iban"),
    "utility": ("Noor Utilities", "noorutilities.com",
                (("c", "Good morning, my electricity was cut today, I paid the bill already, {money}, on {date}."),),
                (("c", "Our electricity was disconnected this morning although I paid {money} on {date}. There are "
                       "children at home, please reconnect urgently."),),
                (("a", "Very sorry about that. Can I have the contract account number?"), ("c", "Account {ACCT}."),
                 ("a", "And the premises address?"), ("c", "{ADDR}, {city}.")),
                (("a", "Our apologies. Please confirm the contract account number and the premises address so we can "
                       "send a team."), ("c", "Account {ACCT}, address {ADDR}, {city}.")),
                "step_otp"),
}
