"""Build ``data/dev_ba_names.json`` from hand-kept lists written from general knowledge of these naming customs (no
package, file or list of another split, lexicon, pool or model read for them).

    python -m benchmarks._build_names_dev_ba

Hand-kept (``HAND``): Tajik given names with surnames in ``-ov`` / ``-ova`` (the feminine ``-a`` added by the
sampler) and the newer ``-zoda`` / ``-far`` forms that do not change with sex; Turkmen given names (Turkmen Latin
letters ``ä ç ň ö ş ü ý ž``) with surnames in ``-ow`` / ``-ew`` (``-owa`` / ``-ewa`` for women); Kinyarwanda and
Kirundi given names with a Christian (French or English) name beside them and personal surnames that a family does
not share (``Uwase``, ``Niyonsaba``, ``Nshimiyimana``); Gujarati given names, fathers' names (written between the
given name and the surname half the time) and surnames (``Hetal Jayesh Shah``); Greenlandic (Kalaallisut) given names
with Greenlandic and Danish-form family names (``Nivi Petrussen``, ``Inuk Heilmann``);
Marshallese given names (English and Marshallese) with Marshallese surnames (``Langrine``, ``Lokeijak``); English
given names that are everyday words (none of dev_ar's to dev_az's) with ordinary surnames; English reference names.
No package was used. Public figures' names left out (no ``Rahmon``, ``Rakhmonov``, ``Berdimuhamedow``, ``Niyazov``,
``Kagame``, ``Habyarimana``, ``Kayibanda``, ``Nkurunziza``, ``Ndayishimiye``, ``Modi``, ``Gandhi``, ``Ambani``,
``Adani``, ``Kleist``, ``Motzfeldt``, ``Enoksen``, ``Lynge``, ``Egede``, ``Kabua``, ``Heine``, ``Loeak``, ``Kessai``).
Claimed for ``dev_ba`` evaluation only.
"""
from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_ba_names.json"
_W = str.split
HAND = {
    "tajik": {"male": _W("Firdavs Behruz Shahrom Jamshed Farrukh Bahodur Umed Dilshod Faridun Khurshed Parviz Sino "
                         "Suhrob Rustam Davlat Mehrubon Nodir Sorbon Abdullo Safarali Zafar Khayrullo"),
              "female": _W("Zarina Mehrangez Nilufar Tahmina Shabnam Farzona Manizha Gulnora Madina Sitora Parvina "
                           "Dilnoza Mavzuna Firuza Nigora Shahnoza Malika Zulfiya Gulchehra Sabrina"),
              "surname": _W("Saidov Karimov Nazarov Sharipov Davlatov Safarov Rahimov Kholov Boboev Mirzoev Odinaev "
                            "Qurbonov Haydarov Nabiev Hasanov Ismoilov Jumaev Sangov Zoirov Amonov"),
              "zoda": _W("Sharifzoda Rahimzoda Qodirzoda Nazarzoda Davlatzoda Saidzoda Hakimzoda Bobozoda")},
    "turkmen": {"male": _W("Merdan Myrat Serdar Döwlet Batyr Nury Begench Maksat Rahym Annamyrat Atajan Gurban "
                           "Kakajan Dovran Yhlas Arslan Bayram Täçmyrat Ýusup Orazgeldi Nurmuhammet"),
                "female": _W("Aýgül Jemal Ogulgerek Bahar Gülälek Maýsa Läle Enejan Annagül Ogulşat Aýna Selbi "
                             "Mähri Sona Gülşat Jeren Bägül Nurjahan Akgül Ýazgül"),
                "surname": _W("Orazow Annaýew Atayew Gurbanow Hojamuhammedow Myradow Nurmämmedow Täçmämmedow "
                              "Baýramow Ýazmyradow Çaryýew Durdyýew Öwezow Rejepow Saparow Berdiýew Hallyýew "
                              "Kakaýew Allaberdiýew Meredow")},
    "kinyarwanda": {"male": _W("Jean-Claude Emmanuel Eric Patrick Olivier Innocent Jean-Paul Fabrice Théogène "
                               "Aimable Didier Alphonse Prosper Gilbert Félicien Évariste"),
                    "female": _W("Claudine Josiane Vestine Diane Solange Clarisse Chantal Aline Béatrice Annonciata "
                                 "Odette Pélagie Jacqueline Immaculée Consolée Grâce"),
                    "rw_male": _W("Mugisha Ishimwe Niyonkuru Habimana Nsengimana Manzi Kwizera Gatete Shema Irakoze "
                                  "Ndayisaba Hakizimana Muhire Kalisa"),
                    "rw_female": _W("Uwase Ineza Keza Umutoni Uwimana Mukamana Ingabire Umuhoza Iradukunda Akimana "
                                    "Uwamahoro Mukeshimana Nyiramana Igiraneza"),
                    "surname": _W("Niyonsaba Nshimiyimana Ndikumana Nzeyimana Bizimana Twagirayezu Munyaneza "
                                  "Nsabimana Rukundo Havugimana Ntirenganya Habiyambere Uwizeye Niyigena "
                                  "Tuyishime Hategekimana Mbonigaba Ndayizeye Nizigiyimana Irankunda")},
    "gujarati": {"male": _W("Hitesh Jignesh Bhavesh Nilesh Dhaval Chirag Ketan Paresh Mehul Tushar Hardik Jayesh "
                            "Kalpesh Pranav Yogesh Darshan Harshad Vipul Alpesh Chintan"),
                 "female": _W("Hetal Kinjal Falguni Bhavna Jigna Nayana Rupal Foram Komal Urvashi Pinal Dharti "
                              "Mittal Hiral Payal Ankita Trupti Krupa Sejal Nisha"),
                 "father": _W("Jayesh Ramesh Dinesh Mahendra Pravin Kantilal Manubhai Natvarlal Chandrakant "
                              "Bhupendra Harshad Arvind Kishore Dilip"),
                 "surname": _W("Shah Mehta Desai Parekh Trivedi Thakkar Chauhan Solanki Mistry Bhatt Vyas Pandya "
                               "Lakhani Chudasama Kotecha Rajani Sodha Makwana Dave Panchal Raval Jadeja Vaghela")},
    "greenlandic": {"male": _W("Aputsiaq Inuk Malik Aqqaluk Nukappiaaluk Kunuk Ole Hans Karl Niels Paninnguaq "
                               "Angutimmarik Pavia Kaali Minik Qillaq Tobias Jens Søren Ujarak Kristian"),
                    "female": _W("Nivi Pipaluk Ivalu Naja Arnaq Paninnguaq Aviaja Najaaraq Ane Bolette Nuka Kiiraq "
                                 "Sara Malu Nuunu Else Karen Arnannguaq Ivaana Aaju Juaaka"),
                    "surname": _W("Petersen Kristiansen Heilmann Olsen Berthelsen Davidsen Frederiksen Rosing "
                                  "Mølgaard Kreutzmann Josefsen Lennert Zeeb Nielsen Chemnitz Broberg Poulsen "
                                  "Thorleifsen Petrussen Hammeken Møller Isaksen Korneliussen Hendriksen Jeremiassen")},
    "marshallese": {"male": _W("Jabukja Langinmo Jitiam Kejjo Lajikit Jebro Alson Hilton Wilbur Ronny Dasher Tonny "
                               "Jackson Lerine Kanki Bwij Jelton Hemos Rine Kobar"),
                    "female": _W("Neija Limjeke Lijon Lijina Ejnat Limwe Kathy Bernice Lani Terry Jina Maybelle "
                                 "Kemem Likatak Jonella Loniza Darlene Mary"),
                    "surname": _W("Langrine Lokeijak Jibas Jeadrik Tibon Lojkar Lakjohn Bwijmaron Laijo Lanki "
                                  "Zackhras Anjain Capelle Riklon Jetnil Kattil Lomae Bulele Lemari Kilma Jorkan "
                                  "Lautoki Jibon Alik Ejnar")},
    "word_given": {"male": _W("Bramble Flax Heron Kite Maple Quarry Rook Spruce Thatcher Torrent Gale Drummer "
                              "Tinker Cobble Ledger Harrow Larch Pebble Quill"),
                   "female": _W("Candle Clemency Fable Gentle Linnet Lupin Marina Meadowsweet Nutmeg Orchid Poesy "
                                "Primula Bramley Thistle Tansey Trove Verbena Wisteria Yarrow Cowslip"),
                   "surname": _W("Bradshaw Cartwright Dobson Fairclough Gledhill Hargreaves Kershaw Lomax Marsden "
                                 "Ormerod Pickles Riley Sutcliffe Tattersall Whitworth Ackroyd Barraclough Holroyd")},
    "english_reference": {"male": _W("Ambrose Benedict Crispin Digby Evelyn Ferdinand Gervase Horatio Ignatius "
                                     "Lancelot Montague Peregrine Quentin Roderick Sebastian Tristram"),
                          "female": _W("Arabella Beatrix Cordelia Delphine Euphemia Georgiana Honoria Imogen "
                                       "Lavinia Millicent Octavia Perpetua Rosamund Seraphina Theodora"),
                          "surname": _W("Ashburnham Brocklehurst Cholmondeley Fiennes-Clinton Grosvenor Hotham "
                                        "Knatchbull Legh Molyneux Nevill Pakenham Trelawny Verney Wyndham "
                                        "Featherstonehaugh Tollemache")},
}


def build() -> dict:
    tables = json.loads(json.dumps(HAND))
    for group in tables.values():  # a list may name one person twice by accident: each name once, in order
        for key, names in group.items():
            group[key] = list(dict.fromkeys(names))
    return tables


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
