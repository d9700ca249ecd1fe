"""The ``dev_bb`` conversation profile: a passenger, relative, parent or companion on a rail, coach or ferry line, a
lost property office, a passenger assistance desk, a taxi and private-hire licensing line or a school transport team,
with a name of one of ``_names_dev_bb``'s eight groups, and the people of the call: the partner (A), a family member
(B: the child on school transport, a relative whose bag was left), W (the finder, the companion, a fellow passenger),
M (the driver by first name, the station staff member), the manager (L, with an e-mail), J (the ticket holder, the
railcard holder, the traveller needing assistance), the person talked about (KIN: with a date of birth, a national
number where the country has one, a phone, an older name (``KINBORN``: the name on a passport) and the name on a
ticket or railcard (``KINDISP``)), the adviser of last time (PREV). Built on dev_ba's ``ProfileBA`` (through dev_az's
``ProfileAZ.make``: its class attributes are set here); only the values, roles and look-alikes differ. Written blind.

Values: ``NID`` / ``KNID`` (NATIONAL_ID, where the country has one), ``CLAIM`` / ``TICKET`` / ``RAILCARD`` / ``FERRY``
/ ``LOST`` / ``ASSIST`` / ``BADGE`` / ``SCHOOLREF`` (ACCOUNT_NUMBER), ``KDOB``, ``KTEL``, ``LMAIL``, ``FIGURE``
(NEUTRAL).
"""
from __future__ import annotations

from benchmarks import _transport_dev_bb as H
from benchmarks._heard_dev_bb import HEARD
from benchmarks._profile_dev_az import SLOTS_AZ, fold  # noqa: F401 (fold: the split's, for its tests)
from benchmarks._profile_dev_ba import ProfileBA
from recognizers import entities as E

SLOTS_BB = SLOTS_AZ
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "firm", "role", "phrase", "station",
               "train")
REFS = {"CLAIM": "claim", "TICKET": "ticket", "RAILCARD": "railcard", "FERRY": "ferry", "LOST": "lost",
        "ASSIST": "assist", "BADGE": "badge", "SCHOOLREF": "school"}
VALUES = {**{key: E.ACCOUNT_NUMBER for key in REFS}, "NID": E.NATIONAL_ID, "KNID": E.NATIONAL_ID,
          "KTEL": E.PHONE_NUMBER, "LMAIL": E.EMAIL_ADDRESS, "KDOB": E.DATE_OF_BIRTH, "FIGURE": "NEUTRAL"}
FIGURES = ("Michael Portillo", "Isambard Kingdom Brunel", "George Stephenson", "Michael Palin", "Greta Thunberg",
           "Richard Branson")
NEUTRAL = {"place": ("Vladikavkaz", "Elista", "Tbilisi", "Leeuwarden", "Harlingen", "Husum", "Brest", "Quimper",
                     "Roscoff", "Freetown", "Kenema", "Window Rock", "Gallup", "Crewe"),
           "venue": ("the ticket hall", "the concourse", "the car deck", "the bus station", "the taxi rank",
                     "the waiting room on platform two", "the lost property counter"),
           "firm": ("Northline Rail", "Coastway Coaches", "Westbay Ferries", "Citycab Private Hire", "RailAssist",
                    "the county transport team", "Harbourlink"),
           "product": ("the season ticket", "a two together railcard", "the boarding card", "a day rover",
                       "the ramp", "the wheelchair", "the booking confirmation", "the e-ticket"),
           "station": ("King's Cross", "Waterloo", "Victoria", "Paddington", "St Pancras", "Liverpool Street",
                       "Charing Cross", "Gare Montparnasse", "Leeuwarden station"),
           "train": ("the Flying Scotsman", "the Queen Mary", "the Mallard", "the Cornish Riviera", "the Night Riviera",
                     "the Pont-Aven", "the Caledonian Sleeper", "the Bretagne", "the Armorique"),
           "role": ("the guard", "the conductor", "the station manager", "the purser", "the licensing officer",
                    "the passenger assistance team", "the escort on the bus"),
           "phrase": ("a badger on the line", "copper cables stolen", "the otter sanctuary by the river",
                      "a nettle patch by the car park", "the harvest festival traffic", "a lantern on the jetty",
                      "the damson tree by the platform", "snowdrops along the embankment", "a gravel path",
                      "the marlin on the ferry poster", "a ferry crossing", "the foxgloves on the cutting")}
STAFF_ROLES = {"rail": "Customer Relations Adviser", "ferry": "Bookings Coordinator", "lost": "Lost Property Officer",
               "assist": "Passenger Assistance Coordinator", "taxi": "Licensing Officer",
               "school": "School Transport Officer"}
PRO = {"rail": "the guard", "ferry": "the purser", "lost": "the station staff", "assist": "the assistance team",
       "taxi": "the licensing team", "school": "the escort"}


class ProfileBB(ProfileBA):
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = H.HOME, ("UK", "SL"), HEARD, H.MAILS, H.LINES, H.MONEY, H.UNIT
    POSTNAME = H.POSTNAME
    NEUTRAL = NEUTRAL
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)
    domain, org = "rail", "Northline Rail"
    KEEPS = ("ossetian", "kalmyk", "breton", "word_given", "english_reference", "navajo")
    BORN = (1942, 1930)
    REFS, FIGURES = REFS, FIGURES
    STAFF_MAILS = ("northlinerail.co.uk", "westbayferries.com", "countytransport.gov.uk")
    reference, national_id = staticmethod(H.reference), staticmethod(H.national_id)
    STAFF_ROLES, PRO, VALUES, SLOTS = STAFF_ROLES, PRO, VALUES, SLOTS_BB
    ZIP_COUNTRIES, NO_POSTCODE = ("US",), H.NO_POSTCODE
