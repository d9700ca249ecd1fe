"""The five ``dev_ah`` domains: (company, call opening, chat opening, call middle, chat middle). Written blind.

Companies are invented: a water and power utility, an insurer, an airline, a clinic and a mobile network, each
serving customers at home in East, Southern and Central Africa and East / South-East Asia and abroad. Openings vary
where the name comes: after a noisy line, opening the turn with no cue, after ``thank you``, as whose name a policy
is under, an agent introducing themselves.
"""
from __future__ import annotations

DOMAINS = {
    "utility": (
        "Tidewell Water and Power",
        (("a", "Good afternoon, Tidewell Water and Power, my name's {STAFFNAME}, what can I do for you?"),
         ("c", "Yeah hi [crosstalk] sorry, the line's bad, it's {NAME} here, the water's been off at my place since the weekend.")),
        (("a", "Welcome to Tidewell chat, you're talking to {STAFF}. Who am I helping today?"),
         ("c", "{NAME} account holder, power keeps tripping every night")),
        (("c", "We got a bill for {money} and half the month there was no water coming out of the taps at all."),
         ("a", "Your meter recorded air in the pipe, not water. I've taken those days off the bill and it's been reissued.")),
        (("c", "the prepaid token i bought on {date} never loaded, {money} gone"),
         ("a", "The token was issued against an old meter number. I've sent a fresh token to your phone.")),
    ),
    "insurance": (
        "Copperleaf Assurance",
        (("a", "Copperleaf Assurance, thank you for holding, {STAFF} speaking. Whose policy is it?"),
         ("c", "Thank you {STAFF}. The policy's under {NAME}, it's about the car after the accident.")),
        (("a", "Hello, this is {STAFFNAME} from Copperleaf. Which policy are you writing about?"),
         ("c", "hi {STAFF} it's under {NAME}, the medical cover one")),
        (("c", "I put the claim in on {date} with all the photos and the garage still hasn't heard a word from you people."),
         ("a", "The claim was waiting on a police reference. I've found it on file and approved the repair this morning.")),
        (("c", "my premium on {product} jumped to {money} a month for no reason"),
         ("a", "An old address put you in a higher band. I've corrected it and the premium drops from next month.")),
    ),
    "airline": (
        "Aerowave Airlines",
        (("a", "Aerowave Airlines, {STAFFNAME} here. Could I take the surname on the booking?"),
         ("c", "It's {SURNAME}, the booking's for me and my {kin}, and the app keeps saying it can't find us.")),
        (("a", "Hi, Aerowave support, {STAFF} here. What's the passenger name on the ticket?"),
         ("c", "{NAME}")),
        (("c", "We're meant to fly to {place} on {date} and the seats we paid for have just disappeared off the booking."),
         ("a", "A change of aircraft dropped the seat choices. I've put you back together in a row and refunded the seat fee.")),
        (("c", "bag still missing since {date}, ref {order}"),
         ("a", "Your bag was found at the transfer airport. It's on tonight's flight and a courier will bring it to you.")),
    ),
    "clinic": (
        "Riverbend Health Clinic",
        (("a", "Riverbend Health Clinic, reception, you're through to {STAFF}. Who's the patient?"),
         ("c", "It's my {kin}, {THIRD}, I'm calling for them, I'm {NAME}.")),
        (("a", "Riverbend Health, {STAFFNAME} on chat. Is this for yourself?"),
         ("c", "yes {NAME}. my lab results still not showing")),
        (("c", "The blood test was on {date} and they said two days, it's been over a week and nobody's rung me."),
         ("a", "The results came back but weren't released to you. The doctor has reviewed them and they're in your portal now.")),
        (("c", "why was i charged {money} for the follow up, it was meant to be covered"),
         ("a", "It was billed under the wrong visit type. I've corrected it and the charge has been removed.")),
    ),
    "telecom": (
        "Signalpeak Mobile",
        (("a", "Signalpeak Mobile, {STAFF} speaking, who do I have on the line please?"),
         ("c", "{NAME}. [noise] sorry, {NAME}, my number's been cut off since this morning.")),
        (("a", "Hey, thanks for messaging Signalpeak, I'm {STAFF}. Who's the account holder?"),
         ("c", "{NAME}")),
        (("c", "I topped up {money} on {date} for {product} and the data's gone already, I've barely used the phone."),
         ("a", "A background app was roaming on your data. I've refunded the bundle and switched roaming data off.")),
        (("c", "roaming charges of {money} while i was in {place}?? i had the travel add on"),
         ("a", "The add-on started a day late. I've refunded the roaming charges from before it started.")),
    ),
}
