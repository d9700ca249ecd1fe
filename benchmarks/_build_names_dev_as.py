"""Build ``data/dev_as_names.json`` from hand-kept lists written from general knowledge of these naming customs (no
package, file or list of another split, lexicon, pool or model read for them).

    python -m benchmarks._build_names_dev_as

Hand-kept (``HAND``): Burmese name syllables (no surname: a name of two to four syllables), Khmer family names and
given names, Malagasy given names (Malagasy and the French ones used beside them) and long surnames, Icelandic given
names and the patronymic pairs ``-son`` / ``-dóttir`` of common fathers' names, Haitian given names (French, Creole,
compound ``Jean-`` / ``Marie-``) and surnames (many of them French words: ``Desir``, ``Lamour``, ``Innocent``), Hmong
given names and the clan names, English given names that are everyday English words (``Sterling``, ``Penny``,
``Honor``, ``Merit``) with ordinary surnames, and the English reference names. No licence-compatible package not
already claimed in ``NAME_SOURCES.md`` was looked for in the time: a weakness of this split. Claimed for ``dev_as``
evaluation only.
"""
from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_as_names.json"
_W = str.split
HAND = {
    "burmese": {"male": _W("Aung Kyaw Zaw Min Htut Naing Tun Thein Soe Myo Htet Ye Yint Nay Lin Thura Zeyar Wai Phyo "
                           "Hein Pyae Kaung Moe Win Oo Thant Sithu Bo Lwin Khant Zin Paing Thiha Han"),
                "female": _W("Khin Mar Thida Su Myat Noe Hnin Wai Phyu Thandar Aye May Thu Zar Ei Mon Nandar Yadanar "
                             "Chaw Nwe Cho Thiri Hla San Ohnmar Wint Yu Mya Sandar Lwin Win Htwe Khaing Nilar"),
                "surname": []},
    "khmer": {"male": _W("Dara Sophal Vuthy Rithy Sokha Piseth Sovann Chanthy Vannak Bunthoeun Sothea Kosal Visal "
                         "Sambath Samnang Chamroeun Phirun Sopheak Kimhong Vibol Rotanak Sarath Narith Sokhom Pheakdey"),
              "female": _W("Sophea Sreymom Channary Bopha Sokunthea Chenda Sreyleak Sothida Kanha Malis Davy Leakena "
                           "Thida Phalla Rotha Sopheap Sreynich Chantrea Kunthea Sreypov Monyrath Vanna Raksmey"),
              "surname": _W("Sok Chan Keo Heng Chea Lim Ly Meas Nhem Pich Prak Seng Touch Yim Phan Ouk Mao Khieu Sorn "
                            "Chhay Nget Tep Som Vong Hem Chhim Srun Pen Sin Long")},
    "malagasy": {"male": _W("Hery Mamy Tiana Faly Haja Toky Fidy Njaka Rivo Tojo Andry Naina Solofo Fetra Mahefa Tahina "
                            "Hasina Tsiry Mbola Rado Lanto Herizo Nantenaina Fanomezantsoa"),
                 "female": _W("Miora Nomena Fanja Voahangy Lalao Hanitra Vola Soa Onja Mialy Ravaka Fara Kanto Volana "
                              "Nirina Malala Tsiky Hoby Ony Sahondra Haingo Tantely Lova Zo"),
                 "french_male": _W("Jean Eric Olivier Patrick Christian Thierry Didier Pascal"),
                 "french_female": _W("Nathalie Marie Sandrine Véronique Josiane Claudine Hortense Lucie"),
                 "surname": _W("Rakotomalala Andrianarivelo Razafindrakoto Randrianasolo Rasoanaivo Rabemananjara "
                               "Ravelomanana Rakotondrabe Andriamampianina Razanamahefa Ramanantsoa Rajaonarison "
                               "Randriamiarisoa Rasolofoniaina Rakotoarisoa Ratsimbazafy Raharimalala Andrianjafy "
                               "Rabearivelo Razafimahatratra Ranaivoson Rakotonirina Rasamoelina Randrianarisoa "
                               "Rajaonah Ravelojaona Rafanomezantsoa Andrianasolo")},
    "icelandic": {"male": _W("Jón Sigurður Guðmundur Gunnar Ólafur Einar Kristján Magnús Stefán Jóhann Björn Árni Helgi "
                             "Páll Þórður Ragnar Bjarni Halldór Hjalti Snorri Egill Ari Gísli Hafþór Birkir Kári "
                             "Haraldur Ásgeir Þorsteinn Davíð Atli Arnar Hrafn Örn"),
                  "female": _W("Guðrún Anna Kristín Sigríður Margrét Helga Sigrún Ingibjörg Jóhanna Katrín Ragnheiður "
                               "Ásta Hildur Þóra Birna Auður Hulda Sólveig Unnur Elín Rakel Bryndís Steinunn Ólöf "
                               "Halla Dagný Lilja Sunna Björk Embla Hrafnhildur Vigdís Freyja"),
                  "patronymic": [p.split("/") for p in _W(
                      "Jónsson/Jónsdóttir Sigurðsson/Sigurðardóttir Guðmundsson/Guðmundsdóttir Gunnarsson/Gunnarsdóttir "
                      "Ólafsson/Ólafsdóttir Einarsson/Einarsdóttir Kristjánsson/Kristjánsdóttir Magnússon/Magnúsdóttir "
                      "Stefánsson/Stefánsdóttir Jóhannsson/Jóhannsdóttir Björnsson/Björnsdóttir Árnason/Árnadóttir "
                      "Helgason/Helgadóttir Pálsson/Pálsdóttir Þórðarson/Þórðardóttir Ragnarsson/Ragnarsdóttir "
                      "Bjarnason/Bjarnadóttir Halldórsson/Halldórsdóttir Haraldsson/Haraldsdóttir "
                      "Þorsteinsson/Þorsteinsdóttir Egilsson/Egilsdóttir Gíslason/Gísladóttir Ásgeirsson/Ásgeirsdóttir "
                      "Snorrason/Snorradóttir Kárason/Káradóttir Hjaltason/Hjaltadóttir Friðriksson/Friðriksdóttir "
                      "Hermannsson/Hermannsdóttir Baldursson/Baldursdóttir Ingólfsson/Ingólfsdóttir Sveinsson/Sveinsdóttir")],
                  "family": _W("Blöndal Hafstein Thorarensen Briem Thors Zoëga Proppé Waage")},
    "haitian": {"male": _W("Wilner Jocelyn Frantz Dieudonné Wesner Fritznel Ricardo Wilfrid Jackson Evens Stevenson "
                           "Kervens Jonas Fritz Yves Guerby Lovensky Woodly Samson Dieuseul Wisner Roodly Edner Ludner "
                           "Pierre-Richard Jean-Robert Jean-Claude Jean-Marc Jean-Baptiste"),
                "female": _W("Nadège Guerline Mirlande Farah Dieula Roseline Fabiola Widline Naïka Sherline Loudmia "
                             "Nathalie Islande Myrlène Wideline Gessica Esther Dieunie Sabine Magalie Darline Medjine "
                             "Marie-Carmel Rose-Marie Marie-Ange Rose-Laure Marie-Michelle"),
                "surname": _W("Jean-Louis Pierre Joseph Louis Charles Etienne Saint-Fleur Dorvil Célestin Désir Exantus "
                              "Fils-Aimé Dorélien Toussaint Augustin Jeune Altidor Lafortune Bélizaire Cadet "
                              "Bien-Aimé Dieujuste Alexis Innocent Noël Hyppolite Mondésir Saint-Louis Lamour "
                              "Desrosiers Délice Fleurimond Dorsainvil Jean-Charles Vilsaint Petit-Frère Occéan "
                              "Valcourt Sanon Mérisier Cajuste")},
    "hmong": {"male": _W("Tou Pao Chue Neng Kou Xeng Fue Teng Nhia Cher Chong Bee Tong Seng Koua Doua Lue Chao Vang "
                         "Toua Nou Yia Blong Kao Txoov Meng Cheng"),
              "female": _W("Mai Pa Maiv Yer Xee Nou Kia Ia May Bao Der Choua Youa Kalia Zoua Sua Lia Dia Houa Mee "
                           "Ka Pahoua Shoua Nhia"),
              "mai_part": _W("Nou Xee Yer Yia Kou Lee Vang Chou Houa"),
              "surname": _W("Vang Xiong Yang Lee Moua Thao Lor Her Vue Hang Chang Khang Kue Cha Fang Pha Lo Kong Xiong Yang Vang")},
    "word_given": {"male": _W("Sterling Merit Honor Chance Cash Price Banks Rich Deacon Booker Ace Bear Fox Colt Wolf "
                              "Ranger Bishop Stone True Worth"),
                   "female": _W("Honor Penny Bliss Crystal Ruby Pearl Amber Ivy Holly Daisy Jewel Goldie Clover Willow "
                                "Hazel Haven Lark Wren Promise Story Lucky Sterling Merit Fortune"),
                   "surname": _W("Lambert Foster Harper Chapman Simmons Warren Porter Doyle Ferguson Bradley Marsh "
                                 "Newman Webb Lowe Riley Burke Hale Stevens Reid Hunt Ellis Spencer Mason Fraser Holt")},
    "english_reference": {"male": _W("Bernard Cedric Clifford Dominic Edmund Gerald Harvey Howard Jeremy Leonard Marcus "
                                     "Neville Oliver Percival Quentin Roland Simon Terence Vincent Wilfred Jonathan "
                                     "Timothy Adrian Gordon"),
                          "female": _W("Abigail Beatrice Caroline Diane Eleanor Fiona Georgina Harriet Imogen Josephine "
                                       "Katherine Louise Miranda Natalie Penelope Rebecca Samantha Theresa Valerie Wendy"),
                          "surname": _W("Ashcroft Bingham Caldwell Dunmore Eastwood Fairclough Gilchrist Hawthorne "
                                        "Illingworth Kettering Lockwood Nettleton Oakley Prendergast Radcliffe Stanhope "
                                        "Tillotson Underwood Wetherell Yardley Blenkinsop Rowbotham Ackroyd Whitworth "
                                        "Greenhalgh Haworth")},
}


def build() -> dict:
    tables = json.loads(json.dumps(HAND))
    for group in tables.values():  # a list may name one person twice by accident: each name once, in order
        for key, names in group.items():
            if isinstance(names, list) and names and isinstance(names[0], str):
                group[key] = list(dict.fromkeys(names))
    return tables


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
