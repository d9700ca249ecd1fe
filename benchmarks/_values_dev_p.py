"""Raw values of the ``dev_p`` family (UAE, Saudi Arabia, Qatar, Egypt, Jordan) with real shapes, and how they are said.

Mobiles and landlines valid for their region in ``phonenumbers`` (checked in the tests); Emirates ID
``784-YYYY-NNNNNNN-C`` (Luhn check digit), Saudi national ID / iqama (10 digits from 1 / 2, Luhn), Qatar ID (11
digits: century, birth year, nationality code), Egyptian national ID (14 digits: century, YYMMDD, governorate,
serial with the sex in its parity, check digit), Jordanian national number (10 digits); IBANs of AE / SA / QA / EG /
JO (valid in ``stdnum.iban``), Visa / Mastercard cards (Luhn), Gulf addresses (villa / flat / building, street,
area, makani number, P.O. Box, Saudi short address), Egyptian / Jordanian / Saudi 5-digit postcodes, Hijri dates.
"""
from __future__ import annotations

import random

from stdnum import iban, luhn

from benchmarks._values_dev_o import MONTHS, number_words, spoken_digits, year_words  # noqa: F401 (re-exported)

COUNTRIES = ("AE", "SA", "QA", "EG", "JO")
CODES = {"AE": "+971", "SA": "+966", "QA": "+974", "EG": "+20", "JO": "+962"}
CITY = {"AE": ("Dubai", "Abu Dhabi", "Sharjah", "Ajman"), "SA": ("Riyadh", "Jeddah", "Dammam"), "QA": ("Doha", "Al Wakrah"),
        "EG": ("Cairo", "Giza", "Alexandria"), "JO": ("Amman", "Irbid", "Zarqa")}
AREAS = {"Dubai": ("Al Barsha 2", "Al Nahda 1", "Mirdif", "Jumeirah Village Circle", "Al Qusais 3", "Dubai Marina"),
         "Abu Dhabi": ("Khalifa City A", "Al Reem Island", "Mohammed Bin Zayed City"), "Sharjah": ("Al Majaz 2", "Al Taawun"),
         "Ajman": ("Al Nuaimiya 1", "Al Rashidiya 2"), "Riyadh": ("Al Olaya", "Al Malqa", "Al Nakheel"),
         "Jeddah": ("Al Rawdah", "Al Safa"), "Dammam": ("Al Faisaliyah", "Al Shati"), "Doha": ("Al Sadd", "Fereej Bin Mahmoud"),
         "Al Wakrah": ("Al Wukair",), "Cairo": ("Nasr City", "Heliopolis", "Maadi"), "Giza": ("Dokki", "Mohandessin"),
         "Alexandria": ("Smouha", "Sidi Gaber"), "Amman": ("Khalda", "Jabal Amman", "Tla' Al Ali"), "Irbid": ("Al Hay Al Janoubi",),
         "Zarqa": ("Al Zawahra",)}
STREETS = ("Al Wasl Road", "King Fahd Road", "Abbas El Akkad Street", "Mecca Street", "Al Khaleej Street", "Prince Sultan Road",
           "Makram Ebeid Street", "Wadi Saqra Street", "Salwa Road", "26th of July Street", "Olaya Street", "Hessa Street")
BANKS = {"AE": (("Emirates Crescent Bank", "033"), ("Dune Commercial Bank", "026"), ("Pearl Islamic Bank", "050")),
         "SA": (("Najd Bank", "80"), ("Red Sea Bank", "45"), ("Al Wadi Bank", "10")),
         "QA": (("Doha Pearl Bank", "QNBA"), ("Lusail Bank", "DOHB")), "EG": (("Nile Bank", "0019"), ("Delta Misr Bank", "0002")),
         "JO": (("Petra Bank", "ARAB"), ("Amman Housing Bank", "HBHO"))}
_GOV = ("01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "88")
_QA_NAT = {"arab": ("634", "818", "400", "682"), "pakistani": ("586",), "indian": ("356",)}
# Jordanian ranges phonenumbers 9.0 accepts in full (sampled): mobile 79 / 775-779 / 785-789, Amman fixed 65xx
_JO_MOBILE = ("79", "79", "775", "776", "777", "778", "779", "785", "786", "787", "788", "789")
_JO_FIXED = ("6500", "6510", "6520", "6530", "6535", "6541", "6550", "6555", "6560", "6565", "6571")
HIJRI_MONTHS = ("Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah", "Rajab",
                "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah")


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def mobile(rng: random.Random, country: str) -> str:
    """National significant number of a mobile (no trunk 0)."""
    return {"AE": lambda: rng.choice("024568").join(("5", _d(rng, 7))),
            "SA": lambda: rng.choice("0345689").join(("5", _d(rng, 7))),
            "QA": lambda: rng.choice("3567") + _d(rng, 7),
            "EG": lambda: "1" + rng.choice("0125") + _d(rng, 8),
            "JO": lambda: (p := rng.choice(_JO_MOBILE)) + _d(rng, 9 - len(p))}[country]()


def landline(rng: random.Random, country: str) -> str:
    return {"AE": lambda: rng.choice("2467") + rng.choice("2345") + _d(rng, 6),
            "SA": lambda: rng.choice(("11", "12")) + rng.choice("2456") + _d(rng, 6),
            "QA": lambda: "44" + _d(rng, 6),
            "EG": lambda: "2" + rng.choice("2345") + _d(rng, 7),
            "JO": lambda: rng.choice(_JO_FIXED) + _d(rng, 4)}[country]()


def emirates_id(rng: random.Random, year: int) -> str:
    body = f"784{year}{_d(rng, 7)}"
    return f"{body[:3]}-{body[3:7]}-{body[7:]}-{luhn.calc_check_digit(body)}"


def saudi_id(rng: random.Random, citizen: bool) -> str:
    body = ("1" if citizen else "2") + _d(rng, 8)
    return body + luhn.calc_check_digit(body)


def qatar_id(rng: random.Random, year: int, origin: str) -> str:
    return f"{2 if year < 2000 else 3}{year % 100:02d}{rng.choice(_QA_NAT[origin])}{_d(rng, 5)}"


def egypt_id(rng: random.Random, dob: tuple[int, int, int], male: bool) -> str:
    y, m, d = dob
    serial = _d(rng, 3) + rng.choice("13579" if male else "02468")
    body = f"{2 if y < 2000 else 3}{y % 100:02d}{m:02d}{d:02d}{rng.choice(_GOV)}{serial}"
    weights = (2, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    check = (11 - sum(int(c) * w for c, w in zip(body, weights)) % 11) % 10
    return body + str(check)


def jordan_id(rng: random.Random, year: int, male: bool) -> str:
    return (f"9{year % 100:02d}" if male else f"2{year % 100:02d}") + _d(rng, 7)


def iban_for(rng: random.Random, country: str) -> tuple[str, str]:
    """(bank name, IBAN in electronic form) valid in stdnum.iban."""
    bank, code = rng.choice(BANKS[country])
    bban = {"AE": code + _d(rng, 16), "SA": code + _d(rng, 18), "QA": code + _d(rng, 21),
            "EG": code + _d(rng, 4) + _d(rng, 17), "JO": code + _d(rng, 4) + _d(rng, 18)}[country]
    number = country + "00" + bban
    number = country + iban.calc_check_digits(number) + bban
    assert iban.is_valid(number), "generated IBAN fails its check"
    return bank, number


def iban_print(number: str, rng: random.Random) -> str:
    return number if rng.random() < 0.4 else " ".join(number[i:i + 4] for i in range(0, len(number), 4))


def card(rng: random.Random) -> str:
    head = rng.choice(("4" + _d(rng, 3), rng.choice(("5123", "5399", "5531"))))
    body = head + _d(rng, 15 - len(head))
    return body + luhn.calc_check_digit(body)


def utility_account(rng: random.Random) -> str:
    return rng.choice(("20", "21", "30")) + _d(rng, 8)


def dob(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1960, 2003), rng.randint(1, 12), rng.randint(1, 28)


def hijri(dob: tuple[int, int, int]) -> tuple[int, int, int]:
    """(year, month, day) in the tabular Islamic calendar (civil epoch), a day or two from the Umm al-Qura date."""
    y, m, d = dob
    a = (14 - m) // 12
    jdn = d + (153 * (m + 12 * a - 3) + 2) // 5 + 365 * (y + 4800 - a) + (y + 4800 - a) // 4 - (y + 4800 - a) // 100 \
        + (y + 4800 - a) // 400 - 32045
    days = jdn - 1948440 + 10632
    n = (days - 1) // 10631
    days = days - 10631 * n + 354
    j = ((10985 - days) // 5316) * ((50 * days) // 17719) + (days // 5670) * ((43 * days) // 15238)
    days = days - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * days) // 709
    return 30 * n + j - 30, month, days - (709 * month) // 24


def address(rng: random.Random, country: str) -> tuple[str, str, str | None, tuple[str, str] | None]:
    """(street part with area, city, postcode or None, (cue, locator) or None: makani / short address / P.O. Box)."""
    city = rng.choice(CITY[country])
    area = rng.choice(AREAS[city])
    if country == "AE":
        head = rng.choice((f"Villa {rng.randint(1, 90)}, Street {rng.randint(1, 40)}",
                           f"Flat {rng.randint(1, 24)}{rng.randint(1, 12):02d}, Building {rng.randint(1, 60)}",
                           f"Apartment {rng.randint(101, 1908)}, {rng.choice(('Al Noor', 'Golden Sands', 'Marina Pearl'))} Tower"))
        extra = rng.choice((("makani number", f"{rng.choice('123')}{_d(rng, 4)} {_d(rng, 5)}"), ("P.O. Box", str(rng.randint(1000, 399999)))))
        return f"{head}, {area}", city, None, extra
    if country == "SA":
        code = "".join(rng.choice("RJDMKAHS") for _ in range(4)) + _d(rng, 4)
        head = f"Building {rng.randint(1000, 9999)}, {rng.choice(STREETS[1:2] + STREETS[5:6] + STREETS[10:11])}, {area} District"
        return head, city, f"{rng.randint(11, 34)}{_d(rng, 3)}", ("short address", code)
    if country == "QA":
        head = f"Building {rng.randint(1, 80)}, Street {rng.randint(200, 990)}, Zone {rng.randint(10, 90)}, {area}"
        return head, city, None, ("P.O. Box", str(rng.randint(100, 29999)))
    if country == "EG":
        head = f"{rng.randint(1, 120)} {rng.choice(STREETS[2:3] + STREETS[6:7] + STREETS[9:10])}, Flat {rng.randint(1, 30)}, {area}"
        return head, city, f"{rng.choice(('11', '12', '21'))}{_d(rng, 3)}", None
    head = f"Building {rng.randint(1, 90)}, {rng.choice(STREETS[3:4] + STREETS[7:8])}, {area}"
    return head, city, f"11{rng.randint(100, 999)}", ("P.O. Box", str(rng.randint(1000, 950000)))
