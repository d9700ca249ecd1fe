"""The ``dev_ba`` conversation profile: a donor, sponsor, volunteer, bereaved relative, couple's parent or food bank
client on a charity, sponsorship, volunteering, faith office or food bank line, with a name of one of
``_names_dev_ba``'s eight groups, and the people of the call: the partner (A), a family member (B: the sponsored
child, a godparent, the child of a family referred), W (a referee, a volunteer swapping shifts, one of a couple), M (the
coordinator, the caseworker, the priest / imam / granthi's assistant by first name), the manager (L, with an e-mail), J
(the deceased of a funeral, the person a gift is in memory of, the referrer), the person talked about (KIN: with a date
of birth, a national number where the country has one, a phone, an older name (``KINBORN``: a married or baptismal
record) and the name on the donor record (``KINDISP``)), the adviser of last time (PREV). Built on dev_az's
``ProfileAZ`` (names said, typed and spelled as there: its ``fold`` covers Turkmen, Greenlandic / Danish and Kinyarwanda
letters); only the values, roles and look-alikes differ. Written blind.

Values: ``NID`` / ``KNID`` (NATIONAL_ID, where the country has one), ``DONOR`` / ``GIFTAID`` / ``SPONSOR`` / ``VOLREF``
/ ``OFFICE`` / ``FOODREF`` (ACCOUNT_NUMBER), ``KDOB``, ``KTEL``, ``LMAIL``, ``FIGURE`` (NEUTRAL).
"""
from __future__ import annotations

from benchmarks import _charity_dev_ba as H
from benchmarks._heard_dev_ba import HEARD
from benchmarks._profile_dev_az import SLOTS_AZ, ProfileAZ, fold  # noqa: F401 (fold: the split's, for its tests)
from recognizers import entities as E

SLOTS_BA = SLOTS_AZ
DISTRACTORS = ("money", "date", "helpline", "order", "place", "venue", "product", "firm", "role", "phrase", "saint",
               "festival")
REFS = {"DONOR": "donor", "GIFTAID": "giftaid", "SPONSOR": "sponsor", "VOLREF": "volunteer", "OFFICE": "office",
        "FOODREF": "foodbank"}
VALUES = {**{key: E.ACCOUNT_NUMBER for key in REFS}, "NID": E.NATIONAL_ID, "KNID": E.NATIONAL_ID,
          "KTEL": E.PHONE_NUMBER, "LMAIL": E.EMAIL_ADDRESS, "KDOB": E.DATE_OF_BIRTH, "FIGURE": "NEUTRAL"}
FIGURES = ("Desmond Tutu", "Mother Teresa", "Marcus Rashford", "Captain Tom Moore", "Bob Geldof", "Malala Yousafzai")
NEUTRAL = {"place": ("Dushanbe", "Khujand", "Ashgabat", "Mary", "Kigali", "Bujumbura", "Surat", "Leicester",
                     "Nuuk", "Ilulissat", "Majuro", "Ebeye", "Springdale", "Mombasa"),
           "venue": ("the parish hall", "the church hall", "the langar hall", "the community centre",
                     "the mosque car park", "the vestry", "the charity shop on the high street"),
           "firm": ("Hopewell Trust", "the Open Hands Food Bank", "Brightpath Child Sponsorship", "GiveNest",
                    "the Lantern Hospice", "Kindred Volunteers", "St Bartholomew's", "Ibrahim Mosque"),
           "product": ("the collection tin", "a food parcel", "the gift aid form", "the sponsorship pack",
                       "the order of service", "the hi-vis vest", "the Christmas hamper", "the donation envelope"),
           "saint": ("St Bartholomew's", "St Swithun's Primary", "the Ibrahim Mosque", "St Luke's Hospice",
                     "the Guru Nanak Gurdwara", "St Vincent de Paul", "the Shri Swaminarayan Mandir", "St Jude's"),
           "festival": ("Eid", "Diwali", "Navratri", "Vaisakhi", "Harvest Festival", "Nowruz", "Easter", "Advent"),
           "role": ("the vicar", "the churchwarden", "the imam", "the granthi", "the volunteer coordinator",
                    "the fundraising team", "the referral agency"),
           "phrase": ("the bramble patch behind the hall", "a drop of nutmeg", "the maple syrup stall",
                      "a linnet on the feeder", "the thistle in the car park", "the quarry tiles", "a candle in the window",
                      "the heron on the pond", "the orchid by the font", "a spruce tree for Christmas",
                      "the ledger by the door", "yarrow in the churchyard")}
STAFF_ROLES = {"donor": "Supporter Care Adviser", "sponsor": "Sponsorship Coordinator",
               "volunteer": "Volunteer Coordinator", "office": "Parish Administrator", "foodbank": "Food Bank Manager",
               "fundraise": "Fundraising Officer"}
PRO = {"donor": "the supporter care team", "sponsor": "the field worker", "volunteer": "the coordinator",
       "office": "the office", "foodbank": "the caseworker", "fundraise": "the fundraising team"}


class ProfileBA(ProfileAZ):
    """Values of one conversation; ``value(slot)`` prints one mention, ``person(slot)`` one name mention."""

    HOME, BRITISH_AT_HOME, HEARD, MAILS, LINES, MONEY, UNIT = (H.HOME, ("UK", "IN", "KE"), HEARD, H.MAILS, H.LINES,
                                                               H.MONEY, H.UNIT)
    POSTNAME = H.POSTNAME
    NEUTRAL = NEUTRAL
    home_phone, home_address = staticmethod(H.home_phone), staticmethod(H.home_address)
    domain, org = "donor", "Hopewell Trust"
    # ``ProfileAZ.make``'s draws (W: a referee or one of a couple, M: the coordinator, J: the deceased or referrer).
    KEEPS = ("tajik", "turkmen", "gujarati", "word_given", "english_reference", "greenlandic")
    BORN = (1945, 1930)
    REFS, FIGURES = REFS, FIGURES
    STAFF_MAILS = ("hopewelltrust.org.uk", "brightpath.org", "openhandsfoodbank.org")
    reference, national_id = staticmethod(H.reference), staticmethod(H.national_id)
    STAFF_ROLES, PRO, VALUES, SLOTS = STAFF_ROLES, PRO, VALUES, SLOTS_BA
    ZIP_COUNTRIES, NO_POSTCODE = ("US", "MH"), H.NO_POSTCODE
