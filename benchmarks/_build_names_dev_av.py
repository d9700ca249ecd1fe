"""Build ``data/dev_av_names.json`` from hand-kept lists written from general knowledge of these naming customs (no
package, file or list of another split, lexicon, pool or model read for them).

    python -m benchmarks._build_names_dev_av

Hand-kept (``HAND``): Hawaiian given names and surnames (written without the ʻokina, as most forms and phone systems
print them), Kazakh given names and surnames (``-ov`` / ``-ev`` / ``-in`` with the feminine ``-a`` added by the
sampler, ``-uly`` / ``-qyzy`` forms from a father's name), Xhosa given names (``Nom-`` names, click letters ``c q x``)
and surnames, Hungarian given names (``á é ő ű``) and surnames (said surname first now and then: the sampler),
Sinhalese given names, long surnames and the initials written before a surname, Tigrinya given names and fathers'
names (an Eritrean's second name is the father's given name), English given names that are everyday English words
(none of Honor, Merit, Cash, Sky, Harmony, Precious, Justice, Sunny, nor any of dev_at's or dev_au's) with ordinary
surnames, and the English reference names. No package was used. Public figures' names left out (no ``Nazarbayev``,
``Tokayev``, ``Mandela``, ``Mbeki``, ``Orbán``, ``Rajapaksa``, ``Afwerki``, ``Kahanamoku``). Claimed for ``dev_av``
evaluation only.
"""
from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_av_names.json"
_W = str.split
HAND = {
    "hawaiian": {"male": _W("Keoni Kalani Makana Kekoa Ikaika Kainoa Nohea Kapono Kaleo Kawika Palani Kimo Akoni Koa "
                            "Kahiau Keahi Kanoa Kealii Makoa Iokepa Kaimana Pono"),
                 "female": _W("Leilani Malia Noelani Keala Kalena Mahina Kanani Lokelani Pualani Iolana Nalani Kailani "
                              "Haunani Healani Kehaulani Maile Mele Noe Kapua Alohilani Hokulani Nohealani"),
                 "surname": _W("Kahale Kealoha Kamakana Akana Kahananui Kealamakia Kaleikini Kanahele Keawe Kaniho "
                               "Nakoa Kapaona Makaiwi Kaahanui Kalama Kaiwi Keomaka Kauhane Nahoopii Kanoho Kapule "
                               "Kaleiwahea Kawaauhau Kaniaupio Kekumu Kealiinohomoku Kamaka Kuahiwi Nakamoto Pahia")},
    "kazakh": {"male": _W("Nurlan Askar Yerlan Daniyar Arman Bauyrzhan Aidos Yerzhan Zhandos Marat Serik Kairat Talgat "
                          "Azamat Dauren Berik Almas Yerbol Nurbol Temirlan Sanzhar Dias Alibek Olzhas"),
               "female": _W("Aigerim Dana Gulnara Aizhan Dinara Zhanna Saule Aliya Madina Assel Botagoz Zarina Ainur "
                            "Gaukhar Akmaral Meruyert Togzhan Aruzhan Balnur Zhuldyz Symbat Nazgul Kuralay"),
               "surname": _W("Omarov Zhumabayev Sarsenbayev Kenzhebekov Tulegenov Abdrakhmanov Baimukhanov Yessenov "
                             "Mukhametzhanov Iskakov Utegenov Kassymov Temirbekov Bekmukhambetov Aitkulov Amanzholov "
                             "Nurpeisov Zhaksylykov Seitkazin Akhmetzhanov Ospanov Dzhumagaliyev Kuanyshev Serikbayev"),
               "father": _W("Serik Bolat Yerlan Askar Marat Nurlan Kairat Berik Talgat Yermek Zhanat Arman")},
    "xhosa": {"male": _W("Lwazi Siyabonga Thando Zola Ayanda Lutho Luvuyo Mandla Andile Bongani Themba Xolani "
                         "Mzwandile Unathi Lonwabo Sihle Athi Anele Sizwe Lubabalo Mncedisi Vuyani Khwezi Siphosethu"),
              "female": _W("Lindiwe Nomvula Nosipho Nomsa Thandeka Zintle Ntombizodwa Yonela Sinazo Asanda Buhle "
                           "Khanyisa Lulama Nobuhle Vuyokazi Zikhona Nomonde Noxolo Olwethu Siphokazi Nolitha Ziyanda"),
              "surname": _W("Gqola Ntshona Mgqibelo Qwabe Nkwinti Sigcawu Jikijela Bikitsha Makeleni Mlambo Mabandla "
                            "Ngxukuma Nqweniso Gxowa Tyali Sobekwa Gqirana Ntlangula Mangcu Majola Qhali Xaba "
                            "Mqhayisa Ngcukana Dyantyi Sityata Mtshemla Ncokazi Nxumalo Qumbisa")},
    "hungarian": {"male": _W("László Zoltán Gábor Attila Tamás Péter Balázs Csaba Levente Bence Ádám Dávid Gergő "
                             "Márton Szabolcs Ferenc István Miklós Zsolt Norbert Botond Árpád Dániel Kristóf"),
                  "female": _W("Erzsébet Katalin Zsófia Ildikó Krisztina Ágnes Éva Judit Réka Eszter Anikó Boglárka "
                               "Zsuzsanna Orsolya Tünde Hajnalka Enikő Dóra Csilla Emese Noémi Gyöngyi"),
                  "surname": _W("Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács "
                                "Juhász Mészáros Rácz Fekete Szilágyi Török Fehér Gál Szűcs Kocsis Pintér Fodor Szalai "
                                "Sipos Lukács Gulyás Bíró Katona Jakab Halász Vörös Csonka Hegedűs Bozsó Győri")},
    "sinhalese": {"male": _W("Nimal Sunil Kamal Chaminda Ruwan Nuwan Tharindu Lahiru Chathura Kasun Pradeep Asanka "
                             "Sampath Janaka Isuru Thilina Sandun Dhanushka Upul Roshan Gayan Buddhika"),
                  "female": _W("Dilani Nadeesha Chamari Sanduni Tharushi Ishara Hiruni Kumudu Nirosha Sewwandi Anusha "
                               "Dinusha Malsha Piumi Rashmi Shanika Thilini Yasodha Dulani Hasini Nethmi Sachini"),
                  "surname": _W("Wickramasinghe Gunawardena Weerasinghe Abeysekera Wijesinghe Karunaratne Samarasinghe "
                                "Ekanayake Herath Perera Fernando Kumarasinghe Hettiarachchi Liyanage Amarasekara "
                                "Ranasinghe Gunasekara Seneviratne Wanigasekara Kodikara Rathnayake Abeywickrama "
                                "Pathirana Weerakkody Munasinghe Edirisinghe Jayatilleke Siriwardena Dassanayake "
                                "Wickremaratne Kulatunga Galappaththi"),
                  "initial": _W("A B D G H K L M N P R S T U W")},
    "tigrinya": {"male": _W("Yonas Tesfay Mehari Habtom Kidane Berhane Tesfamariam Ghebremedhin Amanuel Filmon Biniam "
                            "Dawit Efrem Kibrom Mussie Natnael Robel Senai Tewolde Yemane Zerai Goitom Semere Okbay"),
                 "female": _W("Senait Selam Luwam Hiwet Saba Mebrat Winta Azieb Freweini Tsega Meron Yordanos Semhar "
                              "Rahel Abrehet Lemlem Tirhas Nebiat Helen Feven Milen Yohana"),
                 "father": _W("Ghebrehiwet Woldemichael Teklehaimanot Habtemariam Gebreyesus Tesfamichael Andemariam "
                              "Kahsay Berhe Asmerom Araya Hagos Negash Tekle Abraha Weldu Okbazghi Mebrahtu Fesehaye "
                              "Tesfay Habtom Kidane Mehari Yemane Zerai Goitom Tewolde Ghebremeskel Woldeselassie")},
    "word_given": {"male": _W("Cliff Birch Wolf Bear King Chance Gray Rowan Skip Banks Dash Pike Knight Ward Cannon "
                              "Judge Penn Slate"),
                   "female": _W("Honey Coral Cherry Primrose Marigold Saffron Haven Unity Glory Echo Sparrow Angel "
                                "Rain Blessing Pepper Tansy Story Lavender Goldie Velvet Magnolia"),
                   "surname": _W("Barlow Fletcher Griffin Hammond Jennings Kirby Lawson Manning Norris Osborne Palmer "
                                 "Rowe Sheldon Turnbull Vickers Walsh Yates Holt Dawson Preston")},
    "english_reference": {"male": _W("Alistair Bartholomew Crispin Desmond Edmund Gregory Humphrey Jeremy Laurence "
                                     "Malcolm Nigel Oswald Quentin Reginald Timothy Walter Rupert Giles Dominic Julian"),
                          "female": _W("Annabel Bridget Cecily Deborah Felicity Gillian Henrietta Jacqueline Lavinia "
                                       "Marjorie Philippa Rosalind Sylvia Winifred Cordelia Dorothy Judith Lydia "
                                       "Priscilla"),
                          "surname": _W("Bagshaw Duckworth Entwistle Grimshaw Hargreaves Ibbotson Kenworthy "
                                        "Leadbetter Mottershead Ormerod Postlethwaite Sowerbutts Thistlethwaite Uttley "
                                        "Winterbottom Ackroyd Butterworth Dewhurst Holroyd Sutcliffe Ogden")},
}


def build() -> dict:
    tables = json.loads(json.dumps(HAND))
    for group in tables.values():  # a list may name one person twice by accident: each name once, in order
        for key, names in group.items():
            group[key] = list(dict.fromkeys(names))
    return tables


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
