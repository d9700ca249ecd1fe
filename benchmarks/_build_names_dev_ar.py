"""Build ``data/dev_ar_names.json`` from two public sources no other split, lexicon, pool or model reads, and
hand-kept lists.

    python -m benchmarks._build_names_dev_ar /tmp/zxcvbn-ts-language-fi-3.0.2.tgz /tmp/zxcvbn-ts-language-ja-3.0.2.tgz

* @zxcvbn-ts/language-fi 3.0.2 (npm, MIT; ``dist/maleFirstnames.json.js``, ``femaleFirstnames.json.js``,
  ``lastnames.json.js``): the Finnish given names and surnames of ``FI_*``, each checked to be in the source (lower
  case there: capitalised here).
* @zxcvbn-ts/language-ja 3.0.2 (npm, MIT; ``dist/firstnames.json.js``, ``lastnames.json.js``): the Japanese given
  names of ``JA_MALE`` / ``JA_FEMALE`` (the source gives no sex: sorted by hand) and the surnames of ``JA_SURNAMES``,
  in the source's ``ou`` / ``uu`` spelling of long vowels, each checked to be in the source.

Hand-kept (``HAND``; no licence-compatible source not already claimed in ``NAME_SOURCES.md`` was found in the time for
these groups, a weakness of this split): Tamil (Sri Lankan and Indian) given names and long father's-name surnames,
Bangladeshi (Bengali Muslim and Hindu) given names, name parts and surnames, Afghan (Pashto / Dari) given names and
``-zai`` / ``-i`` surnames, Georgian and Armenian given names and surnames, Japanese nicknames, English word given
names and ordinary surnames, and the English reference names. Claimed for ``dev_ar`` evaluation only.
"""
from __future__ import annotations

import json
import re
import sys
import tarfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_ar_names.json"
_W = str.split
FI_MALE = _W("Juhani Olavi Antero Tapani Matti Pekka Ilmari Sakari Antti Juha Heikki Timo Mikko Kari Jari Jukka Markku "
             "Jaakko Petri Lauri Veikko Hannu Erkki Seppo Valtteri Janne Tuomas Juho Pentti Eero Onni Eemeli Martti "
             "Samuli Jussi Jorma Teemu Harri Eino Risto Jarmo Esa Pasi Raimo Jouni Pertti Arto Joonas Olli Toivo Kalle "
             "Vesa Esko Jouko Santeri Paavo Väinö Kimmo Eetu Tommi Tero Ilkka Jarkko Tuomo Jalmari Akseli Aulis Arttu")
FI_FEMALE = _W("Helena Anneli Johanna Kaarina Hannele Marjatta Kristiina Liisa Elina Maarit Tuulikki Annikki Leena "
               "Marja Sinikka Inkeri Riitta Aino Tuula Päivi Kyllikki Orvokki Maija Ritva Pauliina Tellervo Minna "
               "Pirjo Sari Irmeli Tiina Eeva Tarja Satu Mari Heidi Pirkko Sirpa Jaana Seija Sanna Raija Kirsi Eija "
               "Merja Anni Kaisa Helmi Jenni Iida Terttu Sirkka Katja Heli Suvi Riikka Noora Sini Tuuli Lumi Ilta Kielo")
FI_SURNAMES = _W("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen "
                 "Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Laitinen Tuominen Rantanen "
                 "Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Ojala Leppänen Kallio Väisänen Hiltunen "
                 "Miettinen Pitkänen Aaltonen Koivisto Anttila Hakala Laaksonen Hirvonen Räsänen Toivonen Rantala "
                 "Aalto Niemelä Moilanen Peltonen Seppälä Pulkkinen Hänninen Kettunen Lappalainen Kemppainen Kärkkäinen "
                 "Jääskeläinen Mäenpää Hyvärinen Sillanpää Väänänen Uusitalo Kuusisto")
JA_MALE = _W("kenji kentarou kenta takeshi hiroshi satoshi daisuke yuuta yuuki shouta kouhei ryouta takuya kazuki naoki "
             "masato shinji tetsuya kouji yuusuke haruto rintarou sousuke tomohiro akira makoto osamu jun shun daiki "
             "ryou kaito souta hiroki takumi yoshio tatsuya isamu")
JA_FEMALE = _W("yukiko yuki rin ayaka haruka misaki yuuko keiko naoko tomoko akiko emi mai aiko sakura hinata yui nanami "
               "kaori megumi ayumi mayumi noriko sachiko rie saki chihiro asuka natsuki miyu hana kana momoko yoshiko "
               "kyouko junko shiori")
JA_SURNAMES = _W("satou hayashi shimizu suzuki takahashi tanaka watanabe itou yamamoto nakamura kobayashi saitou katou "
                 "yoshida yamada sasaki yamaguchi matsumoto inoue kimura yamazaki nakajima ikeda hashimoto ishikawa maeda "
                 "ogawa fujita okada gotou hasegawa murakami kondou sakamoto endou aoki nishimura fukuda oota miura "
                 "fujiwara okamoto nakagawa harada tamura takeuchi kaneko wada kudou andou ootsuka sugiyama kikuchi "
                 "naitou sudou mutou shouji kouno")
HAND = {
    "tamil": {"male": _W("Kumaran Senthil Rajan Suresh Thiru Murugan Prakash Karthik Vignesh Arun Bala Ganesh Dinesh "
                         "Sathish Kannan Velu Mahesh Ramesh Saravanan Sivakumar Jeyakumar Nimalan Tharshan Kajan "
                         "Sujeevan Mayuran Pirabu Thayalan Kirubakaran Jegan Ilango Anbu Selvam Pradeep"),
              "female": _W("Kavitha Lakshmi Priya Meena Geetha Nila Tharani Vasuki Sharmila Malar Kalaivani Anitha "
                           "Revathi Thenmozhi Yalini Abirami Nivetha Kowsalya Sangeetha Vani Janani Pavithra Mathivathani "
                           "Sutharshini Keerthana Archana Selvi Bhavani Mythili Anusha"),
              "surname": _W("Thiruchelvam Sivasubramaniam Balasubramaniam Ponnambalam Kanagaratnam Arumugam Rajaratnam "
                            "Selvarajah Jeyaratnam Navaratnam Sivapalan Thuraisingham Yogarajah Mahalingam Kandiah "
                            "Krishnan Subramanian Ramasamy Palaniappan Annamalai Natarajan Venkatesan Chandrasekaran "
                            "Sundaram Murugesan Rajendran Shanmugam Gunasekaran Elangovan Karunanithi")},
    "bangladeshi": {"male": _W("Karim Rahim Rafiqul Shafiqul Aminul Nazrul Jahangir Kamal Sumon Rony Sohel Faruk "
                               "Mizanur Habibur Anisur Tanvir Imran Shamim Arif Masud Biplob Sujon Anwar Delwar "
                               "Partha Subrata Dipankar Sanjoy Tapan Amit Pranab Ratan"),
                    "female": _W("Nilufar Shirin Rokeya Nasrin Taslima Farzana Sharmin Nusrat Salma Rahima Jesmin "
                                 "Shapla Laila Rina Ruma Mousumi Rupa Sultana Tahmina Shathi Papia Rumana Anjali "
                                 "Mitali Sumitra Shipra Dipa Kakoli"),
                    "surname": _W("Chowdhury Uddin Begum Rahman Hossain Islam Miah Ahmed Alam Haque Sarker Talukder "
                                  "Bhuiyan Khatun Akter Sheikh Molla Mondal Das Saha Roy Paul Ghosh Dey Barua "
                                  "Majumder Biswas Karmakar"),
                    "muslim_mark": _W("Mohammed Mohammad Md"), "middle": _W("Abdul Abu Nur Golam Abdur Sheikh"),
                    "hindu": _W("Partha Subrata Dipankar Sanjoy Tapan Amit Pranab Ratan Anjali Mitali Sumitra Shipra "
                                "Dipa Kakoli Rina Ruma Mousumi Rupa"),
                    "hindu_surname": _W("Das Saha Roy Paul Ghosh Dey Barua Majumder Biswas Karmakar"),
                    "female_surname": _W("Begum Khatun Akter Sultana")},
    "afghan": {"male": _W("Farid Ahmad Zalmai Nasir Wahid Bashir Khalid Najib Hamid Jawed Ajmal Rahmatullah Habib "
                          "Samiullah Noorullah Shafiq Hashmat Mirwais Zabihullah Asadullah Emal Baryalai Ehsan Fawad "
                          "Qudratullah Karim Obaid Sohail Tamim Wali Yama Haroon"),
               "female": _W("Zarmina Malalai Shabnam Farzana Nadia Marzia Mursal Zarghuna Parwana Spozhmai Freshta "
                            "Laila Mahbooba Nilofar Sadia Roya Shukria Wazhma Hosai Palwasha Arezo Khatera Sima"),
               "surname": _W("Ahmadzai Stanikzai Popalzai Barakzai Achakzai Noorzai Yousafzai Sherzai Alizai Safi "
                             "Wardak Shinwari Durrani Karimi Rahimi Hakimi Azizi Hashimi Sultani Ahmadi Noori "
                             "Mohammadi Haidari Samadi Habibi Sediqi Amiri Niazi Hotak Zadran"),
               "part": _W("Gul Jan Khan Shah Mohammad"), "female_part": _W("Bibi Gul Jan")},
    "georgian": {"male": _W("Giorgi Levan Davit Irakli Zurab Lasha Nika Tornike Giga Luka Sandro Vakhtang Revaz "
                            "Shota Tamaz Gocha Mamuka Beka Otar Archil Gela Temur Badri Kakha"),
                 "female": _W("Nino Tamar Mariam Ketevan Salome Natia Eka Nana Maia Tamuna Sopho Lela Manana Ana "
                              "Khatia Tinatin Nestan Lika Mzia Teona Eteri Irma"),
                 "surname": _W("Beridze Kapanadze Gelashvili Maisuradze Giorgadze Lomidze Tsiklauri Bolkvadze "
                               "Khutsishvili Abuladze Mamaladze Nozadze Chikovani Kvaratskhelia Gogia Jgerenaia "
                               "Tsertsvadze Kiknadze Mchedlishvili Meparishvili Tabatadze Janelidze Dolidze "
                               "Kharaishvili Gvaramia Shengelia Bakradze Chkheidze Khachidze Natsvlishvili")},
    "armenian": {"male": _W("Aram Levon Hovhannes Tigran Armen Gevorg Vahe Hayk Narek Davit Artur Karen Ashot "
                            "Suren Vardan Mher Garegin Sargis Arsen Hrant Samvel Grigor"),
                 "female": _W("Anahit Lusine Armine Nune Gayane Siranush Ani Mariam Hasmik Astghik Knarik Narine "
                              "Shushan Tatevik Lilit Gohar Zaruhi Marine Arpi Sona"),
                 "surname": _W("Hovhannisyan Harutyunyan Sargsyan Khachatryan Grigoryan Petrosyan Hakobyan "
                               "Vardanyan Gevorgyan Karapetyan Mkrtchyan Ghazaryan Avetisyan Poghosyan Manukyan "
                               "Mnatsakanyan Stepanyan Martirosyan Galstyan Abrahamyan Melkonian Kasparian Boghossian")},
    "japanese": {"nick": {"Kenji": "Ken", "Kentarou": "Ken", "Kenta": "Ken", "Yukiko": "Yuki", "Rintarou": "Rin",
                          "Takeshi": "Take", "Daisuke": "Dai", "Sakura": "Saku", "Tomohiro": "Tomo", "Tomoko": "Tomo",
                          "Natsuki": "Natsu", "Hinata": "Hina", "Momoko": "Momo", "Shouta": "Shou"}},
    "word_given": {"male": _W("Royal Storm Justice Sunny Sky Chance Ocean River King Lucky Noble Rocky Major Hunter"),
                   "female": _W("Hope Precious Summer Blessing Rain Sky Faith Grace Joy Honey Dawn Patience Harmony "
                                "Star Mercy Autumn Destiny Liberty Sunny Justice Storm Merry Charity Unity"),
                   "surname": _W("Walker Hughes Bennett Palmer Mitchell Carter Turner Parker Edwards Collins Reynolds "
                                 "Dixon Holland Barker Gibson Lawson Fletcher Holmes Owens Jarvis Murray Graham")},
    "english_reference": {"male": _W("Gareth Nigel Trevor Duncan Malcolm Kieran Stuart Alistair Graham Clive Darren "
                                     "Geoffrey Lionel Desmond Raymond Russell Kenneth Rupert Callum Declan"),
                          "female": _W("Philippa Gillian Deborah Lorraine Hayley Kirsty Joanne Tracey Sharon Bethany "
                                       "Yvonne Maureen Sheila Lindsey Nicola Rosalind Jacqueline Shona Gemma Carys"),
                          "surname": _W("Thompson Harrison Atkinson Pemberton Hargreaves Whitfield Ashworth Fairbairn "
                                        "Lowther Cartwright Ainsworth Blakemore Pickering Sutcliffe Threlfall Wainwright "
                                        "Entwistle Hollingworth Braithwaite Cholmondeley Featherstone Oddie Ormerod Pilkington")},
}


def _members(tgz: str, name: str) -> list[str]:
    """The comma-separated list of a zxcvbn-ts language package's ``dist/<name>.json.js``."""
    with tarfile.open(tgz) as tar:
        text = tar.extractfile(f"package/dist/{name}.json.js").read().decode("utf-8")
    return re.search(r'= "([^"]*)"', text).group(1).split(",")


def _checked(chosen: list[str], source: list[str]) -> list[str]:
    pool = set(source)
    missing = [n for n in chosen if n.lower() not in pool]
    if missing:
        raise SystemExit(f"{len(missing)} names not in the source")
    return chosen


def build(fi_tgz: str, ja_tgz: str) -> dict:
    fi_m, fi_f, fi_l = (_members(fi_tgz, n) for n in ("maleFirstnames", "femaleFirstnames", "lastnames"))
    ja_f, ja_l = _members(ja_tgz, "firstnames"), _members(ja_tgz, "lastnames")
    tables = {k: v for k, v in HAND.items() if k != "japanese"}
    tables["finnish"] = {"male": _checked(FI_MALE, fi_m), "female": _checked(FI_FEMALE, fi_f),
                         "surname": _checked(FI_SURNAMES, fi_l)}
    cap = str.capitalize
    tables["japanese"] = {"male": [cap(n) for n in _checked(JA_MALE, ja_f)],
                          "female": [cap(n) for n in _checked(JA_FEMALE, ja_f)],
                          "surname": [cap(n) for n in _checked(JA_SURNAMES, ja_l)], "nick": HAND["japanese"]["nick"]}
    return tables


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(*sys.argv[1:3]), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
