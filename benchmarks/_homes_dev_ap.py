"""The ``dev_ap`` callers' values: homes in the UK, Ireland, the US, Canada, Australia, the UAE, Turkey, Brazil,
Vietnam, Ukraine and China: phone numbers valid for ``phonenumbers`` and written as each country writes them,
addresses with postcodes / Eircodes / ZIP codes / CEPs / P.O. Boxes, halls of residence, student / candidate /
applicant numbers, national numbers (UK NI, Irish PPS, US SSN, Turkish T.C. Kimlik No, Brazilian CPF, Chinese
resident ID, Emirates ID), bank details for a refund or bursary (UK sort code and account, IBANs of Ireland, Turkey,
Brazil, the UAE and Ukraine, account numbers elsewhere), mail domains, helplines and money. Written blind."""
from __future__ import annotations

import random

from stdnum import iban, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.tr import tckimlik

from benchmarks._homes_dev_ao import ssn
from benchmarks._homes_dev_aj import nino, pps_number
from benchmarks._national_phones import valid_national
from benchmarks._profile_dev_s import digits

HOME = ("UK", "IE", "US", "CA", "AU", "AE", "TR", "BR", "VN", "UA", "CN")
REGION = {"UK": "GB"}
TRUNK = {"BR": False, "CN": False}  # national numbers dialled without a leading 0
# country: (national prefixes, national length)
_NUMBERS = {"UK": (("07404", "07520", "07723", "07811", "07957", "07432", "0161", "0114", "0131"), 11),
            "IE": (("083", "085", "086", "087", "089"), 10), "US": (("212", "305", "512", "773", "415", "614"), 10),
            "CA": (("416", "514", "604", "587", "905", "613"), 10), "AU": (("0401", "0412", "0433", "0466", "0478"), 10),
            "AE": (("050", "052", "054", "055", "056", "058"), 10), "TR": (("0532", "0533", "0542", "0505", "0555", "0544"), 11),
            "BR": (("119", "219", "319", "419", "519", "619", "719", "819"), 11), "VN": (("091", "098", "090", "093", "097", "086"), 10),
            "UA": (("050", "066", "067", "068", "097", "093", "063"), 10), "CN": (("138", "139", "186", "150", "159", "177"), 11)}


def region(country: str) -> str:
    return REGION.get(country, country)


def national(rng: random.Random, country: str) -> str:
    """A number's national digits (with the trunk ``0`` where the country dials one), valid for ``phonenumbers``."""
    prefixes, length = _NUMBERS[country]
    return valid_national(rng, tuple((p, length) for p in prefixes), region(country), 500)


def home_phone(rng: random.Random, country: str) -> str:
    """The number as written in that country (``050 123 4567``, ``0532 123 45 67``, ``(11) 91234-5678``)."""
    n = national(rng, country)
    r = n[1:]
    forms = {"UK": (f"{n[:5]} {n[5:]}", f"+44 {r[:4]} {r[4:]}") if n.startswith("07") else (f"{n[:4]} {n[4:7]} {n[7:]}",),
             "IE": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+353 {r[:2]} {r[2:5]} {r[5:]}"),
             "US": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}"),
             "CA": (f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]}.{n[3:6]}.{n[6:]}"),
             "AU": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+61 {r[:3]} {r[3:6]} {r[6:]}"),
             "AE": (f"{n[:3]} {n[3:6]} {n[6:]}", f"+971 {r[:2]} {r[2:5]} {r[5:]}", f"+971{r}"),
             "TR": (f"{n[:4]} {n[4:7]} {n[7:9]} {n[9:]}", f"+90 {r[:3]} {r[3:6]} {r[6:8]} {r[8:]}", n),
             "BR": (f"({n[:2]}) {n[2:7]}-{n[7:]}", f"+55 {n[:2]} {n[2:7]}-{n[7:]}", f"{n[:2]} {n[2:7]} {n[7:]}"),
             "VN": (f"{n[:4]} {n[4:7]} {n[7:]}", f"+84 {r[:2]} {r[2:5]} {r[5:]}", n),
             "UA": (f"{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"+380 {r[:2]} {r[2:5]} {r[5:7]} {r[7:]}", f"+380{r}"),
             "CN": (f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n[:3]} {n[3:7]} {n[7:]}", n)}
    return rng.choice(forms[country])


_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "ACDEFHKNPRTVWXY0123456789"
_PLACES = {  # country: (streets, ((postcode or its district, town), ...))
    "UK": (("Beechwood Avenue", "Mill Lane", "Clarendon Road", "Sefton Park Road", "Whitley Crescent"),
           (("LS6", "Leeds"), ("M14", "Manchester"), ("B29", "Birmingham"), ("E17", "London"), ("S10", "Sheffield"), ("EH9", "Edinburgh"))),
    "IE": (("Griffith Avenue", "Blackrock Road", "College Road", "Ennis Road", "Newcastle Road"),
           (("D09", "Dublin"), ("D15", "Dublin"), ("T23", "Cork"), ("H91", "Galway"), ("V94", "Limerick"))),
    "US": (("Maple Grove Road", "Elmwood Avenue", "Cedar Street", "Ridgeview Drive", "Pleasant Street"),
           (("10027", "New York"), ("33136", "Miami"), ("78705", "Austin"), ("60637", "Chicago"), ("94704", "Berkeley"))),
    "CA": (("Bloor Street West", "Rue Saint-Denis", "Commercial Drive", "Whyte Avenue", "Bank Street"),
           (("M5S 2E8", "Toronto"), ("H2X 3K9", "Montréal"), ("V5L 3Y2", "Vancouver"), ("T6E 1Z9", "Edmonton"), ("K1S 3W7", "Ottawa"))),
    "AU": (("Glenferrie Road", "King Street", "Oxford Street", "Hay Street", "Brunswick Street"),
           (("3122", "Hawthorn"), ("2042", "Newtown"), ("6008", "Subiaco"), ("4006", "Fortitude Valley"), ("2140", "Homebush"))),
    "AE": (("Street 14, Al Barsha 2", "Street 7, Mirdif", "Al Wasl Road", "Street 22, Al Nahyan", "Al Khan Street"),
           (("", "Dubai"), ("", "Dubai"), ("", "Abu Dhabi"), ("", "Sharjah"), ("", "Al Ain"))),
    "TR": (("Bağdat Caddesi", "Atatürk Bulvarı", "Cumhuriyet Caddesi", "Gazi Mustafa Kemal Bulvarı", "İstiklal Caddesi"),
           (("34728", "İstanbul"), ("06420", "Ankara"), ("35220", "İzmir"), ("16050", "Bursa"), ("07100", "Antalya"))),
    "BR": (("Rua Augusta", "Avenida Paulista", "Rua das Flores", "Rua XV de Novembro", "Avenida Afonso Pena"),
           (("01304-001", "São Paulo"), ("01310-100", "São Paulo"), ("80020-310", "Curitiba"), ("30130-003", "Belo Horizonte"), ("22041-001", "Rio de Janeiro"))),
    "VN": (("Phố Huế", "Đường Lê Lợi", "Đường Nguyễn Trãi", "Phố Kim Mã", "Đường Cách Mạng Tháng Tám"),
           (("100000", "Hà Nội"), ("100000", "Hà Nội"), ("700000", "TP. Hồ Chí Minh"), ("550000", "Đà Nẵng"), ("180000", "Hải Phòng"))),
    "UA": (("vul. Khreshchatyk", "vul. Shevchenka", "prosp. Peremohy", "vul. Franka", "vul. Sumska"),
           (("01001", "Kyiv"), ("03056", "Kyiv"), ("79000", "Lviv"), ("61002", "Kharkiv"), ("65014", "Odesa"))),
    "CN": (("Zhongshan Road", "Huaihai Road", "Renmin Road", "Jiefang Avenue", "Tianhe Road"),
           (("200031", "Shanghai"), ("100083", "Beijing"), ("510630", "Guangzhou"), ("210008", "Nanjing"), ("610041", "Chengdu"))),
}
POSTNAME = {"UK": "postcode", "IE": "Eircode", "US": "zip code", "CA": "postal code", "AU": "postcode", "AE": "P.O. Box",
            "TR": "posta kodu", "BR": "CEP", "VN": "postcode", "UA": "postcode", "CN": "postcode"}


def home_address(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(street address, town, postcode) as written in that country."""
    streets, posts = _PLACES[country]
    street = rng.choice(streets)
    key, town = rng.choice(posts)
    n = rng.randint(2, 140)
    if country == "UK":
        return (rng.choice((f"{n} {street}", f"Flat {rng.randint(1, 12)}, {n} {street}")), town,
                f"{key} {rng.randint(1, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}")
    if country == "IE":
        return f"{n} {street}", town, key + " " + "".join(rng.choice(_EIR) for _ in range(4))
    if country == "AE":  # no postcodes: a P.O. Box
        return f"Villa {n}, {street}", town, f"P.O. Box {rng.randint(1000, 399999)}"
    if country == "TR":
        return f"{street} No: {n} Daire {rng.randint(1, 24)}", town, key
    if country == "BR":
        return rng.choice((f"{street}, {n * 10}", f"{street}, {n * 10}, apto {rng.randint(11, 154)}")), town, key
    if country == "VN":
        return rng.choice((f"Số {n} {street}", f"Số {n}, ngõ {rng.randint(2, 90)} {street}")), town, key
    if country == "UA":
        return f"{street}, {n}, kv. {rng.randint(1, 90)}", town, key
    if country == "CN":
        return f"Room {rng.randint(2, 30)}0{rng.randint(1, 6)}, Building {rng.randint(1, 12)}, {n} {street}", town, key
    if country in ("US", "CA"):
        unit = rng.choice(("", f", Apt {rng.randint(2, 30)}"))
        return f"{rng.randint(12, 2900)} {street}{unit}", town, key
    return rng.choice((f"{n} {street}", f"Unit {rng.randint(1, 20)}, {n} {street}")), town, key


HALLS = ("Cathays Court", "Riverside Halls", "Oakfield House", "Marlowe Hall", "Kingsmead Village", "St Anselm's Court")
HALL_POSTS = ("CF24", "LS2", "M13", "NG7", "BS8", "CV4")


def hall_address(rng: random.Random) -> tuple[str, str]:
    """A term-time address in a UK hall of residence and its postcode."""
    return (f"Flat {rng.randint(1, 40)}{rng.choice('ABCDEF')}, {rng.choice(HALLS)}",
            f"{rng.choice(HALL_POSTS)} {rng.randint(1, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}")


def tc_kimlik(rng: random.Random) -> str:
    body = digits(rng, 9, "123456789")
    return body + tckimlik.calc_check_digits(body)


def br_cpf(rng: random.Random) -> str:
    body = digits(rng, 9)
    n = body + cpf._calc_check_digits(body)
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def cn_ric(rng: random.Random, dob) -> str:
    y, m, d = dob
    body = f"{rng.choice(('110101', '110105', '310104', '310110', '120101'))}{y}{m:02d}{d:02d}{digits(rng, 3)}"
    return body + ric.calc_check_digit(body + "0")  # stdnum reads the number with its check digit


def emirates_id(rng: random.Random, dob) -> str:
    body = f"784{dob[0]}{digits(rng, 7)}"
    n = body + luhn.calc_check_digit(body)
    return f"{n[:3]}-{n[3:7]}-{n[7:14]}-{n[14]}"


def national_id(rng: random.Random, country: str, dob, male: bool) -> tuple[str, str] | None:
    """(its name, the number) for a caller at home in a country whose number a school or university asks for."""
    makers = {"UK": ("National Insurance number", lambda: nino(rng)), "IE": ("PPS number", lambda: pps_number(rng)),
              "US": ("Social Security number", lambda: ssn(rng)), "TR": ("T.C. Kimlik number", lambda: tc_kimlik(rng)),
              "BR": ("CPF", lambda: br_cpf(rng)), "CN": ("resident ID number", lambda: cn_ric(rng, dob)),
              "AE": ("Emirates ID", lambda: emirates_id(rng, dob))}
    if country not in makers:
        return None
    name, make = makers[country]
    return name, make()


_BBAN = {"IE": lambda rng: rng.choice(("AIBK", "BOFI", "IPBS")) + digits(rng, 14, "9"),
         "TR": lambda rng: digits(rng, 5, "123456789") + "0" + digits(rng, 16),
         "AE": lambda rng: digits(rng, 3, "123456789") + digits(rng, 16),
         "UA": lambda rng: digits(rng, 6, "123456789") + digits(rng, 19),
         "BR": lambda rng: digits(rng, 23) + "C1"}


def iban_number(rng: random.Random, country: str) -> str:
    """A valid IBAN of Ireland, Turkey, the UAE, Ukraine or Brazil, printed in fours."""
    for _ in range(200):
        bban = _BBAN[country](rng)
        number = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(number):
            return iban.format(number)
    raise AssertionError(country)


def bank(rng: random.Random, country: str) -> dict:
    """Refund details: ``SORT`` (UK sort code) and ``ACCT``, or ``IBAN``, or ``ACCT`` (an account number)."""
    if country == "UK":
        return {"SORT": f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}", "ACCT": digits(rng, 8, "1234567")}
    if country in _BBAN:
        return {"IBAN": iban_number(rng, country)}
    return {"ACCT": digits(rng, {"VN": 12, "CN": 16, "AU": 9}.get(country, 10), "123456789")}


_REF = "ABCDEFGHJKLMNPRSTUVWXYZ"


def student_number(rng: random.Random, kind: str) -> str:
    """A pupil / student / candidate / applicant number (ACCOUNT_NUMBER)."""
    if kind == "pupil":
        return rng.choice((f"P{digits(rng, 6, '123456789')}", f"{rng.choice(_REF)}{digits(rng, 7, '123456789')}"))
    if kind == "student":
        return rng.choice((digits(rng, 9, "12"), f"s{digits(rng, 7, '123456789')}", f"{rng.randint(20, 26)}{digits(rng, 6)}"))
    if kind == "candidate":
        return digits(rng, 4, "123456789")
    return f"{digits(rng, 3, '123456789')}-{digits(rng, 3)}-{digits(rng, 4)}"  # an applicant's personal ID


MAILS = {"UK": ("gmail.com", "hotmail.co.uk", "outlook.com", "icloud.com"), "IE": ("gmail.com", "eircom.net", "outlook.ie"),
         "US": ("gmail.com", "yahoo.com", "outlook.com"), "CA": ("gmail.com", "hotmail.ca", "outlook.com"),
         "AU": ("gmail.com", "bigpond.com", "outlook.com.au"), "AE": ("gmail.com", "hotmail.com", "eim.ae"),
         "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"), "BR": ("gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"),
         "VN": ("gmail.com", "yahoo.com.vn"), "UA": ("gmail.com", "ukr.net", "i.ua"), "CN": ("qq.com", "163.com", "126.com", "gmail.com")}
LINES = {c: ("0800 912 4406", "0300 555 0187") for c in HOME}
_CUR = {"UK": ("£{n}", "pounds"), "IE": ("€{n}", "euro"), "US": ("${n}", "dollars"), "CA": ("${n}", "dollars"),
        "AU": ("${n}", "dollars"), "AE": ("AED {n}", "dirhams"), "TR": ("{n} TL", "lira"), "BR": ("R${n}", "reais"),
        "VN": ("{n}.000 đ", "thousand dong"), "UA": ("{n} грн", "hryvnia"), "CN": ("¥{n}", "yuan")}
MONEY = {c: ((sym,), (45, 120, 350, 900, 2400)) for c, (sym, _) in _CUR.items()}
UNIT = {c: unit for c, (_, unit) in _CUR.items()}
