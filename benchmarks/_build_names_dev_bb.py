"""Build ``data/dev_bb_names.json`` from hand-kept lists written from general knowledge of these naming customs (no
package, file or list of another split, lexicon, pool or model read for them).

    python -m benchmarks._build_names_dev_bb

Hand-kept (``HAND``): Ossetian given names with surnames in ``-ov`` / ``-ev`` (``-ova`` / ``-eva`` for women, added by
the sampler) and the native ``-ty`` forms that do not change with sex (``Gabaraty``); Kalmyk given names with surnames
in ``-ov`` / ``-ev``; West Frisian given names (``Sjoerd``, ``Sytske``) with ``-stra`` / ``-sma`` / ``-inga`` / ``-a``
surnames and Frisian-Dutch ones with a particle (``de Haan``), North Frisian given names and ``-sen`` surnames;
Breton given names (``Gwenaëlle``, ``Maïwenn``) with ``Le`` / ``Ker-`` surnames (``Le Floc'h``, ``Kerhervé``); Mende
given names (a Muslim or Christian name, a Mende name beside it a third of the time) and Mende surnames; Navajo (Diné)
given names (English and Navajo) with Navajo surnames (``Begay``, ``Yazzie``, ``Tsinajinnie``); English given names
that are everyday words (none of dev_ar's to dev_ba's) with ordinary surnames; English reference names. No package
was used. Public figures' names left out (no ``Dzasokhov``, ``Mamsurov``, ``Kokoity``, ``Bibilov``, ``Gagloev``,
``Gergiev``, ``Dzagoev``, ``Gazzaev``, ``Pliev``, ``Ilyumzhinov``, ``Khasikov``, ``Gorodovikov``, ``Dijkstra``,
``Hoekstra``, ``Zijlstra``, ``Le Pen``, ``Le Drian``, ``Tabarly``, ``Koroma``, ``Kabbah``, ``Momoh``, ``Bio``,
``Margai``, ``Begaye``, ``Nez``, ``Nygren``, ``Shirley``, ``Zah``, ``Shelly``). Claimed for ``dev_bb`` evaluation
only.
"""
from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_bb_names.json"
_W = str.split
HAND = {
    "ossetian": {"male": _W("Soslan Batraz Khetag Zaurbek Chermen Taymuraz Kazbek Aslanbek Alan Tamerlan Azamat Georgy "
                            "Ruslan Vadim Igor Elbrus Sarmat Marat Valery Inal"),
                 "female": _W("Dzerassa Agunda Zalina Alana Fatima Zarina Madina Satana Milena Diana Irina Lana Zaira "
                              "Bella Ruslana Lyudmila Zita Khadizat"),
                 "surname": _W("Dzhioev Tedeev Kabisov Tsallagov Khadikov Kulumbegov Bestaev Kesaev Dzutsev "
                               "Tsagolov Kochiev Besolov Gabaraev Tuaev Kaloev Dzhusoev Kozaev Tskhovrebov Valiev "
                               "Tsoriev Bagaev Kusov Tomaev Abaev"),
                 "native": _W("Gabaraty Tsallagty Dzhioty Kochity Tuaty Kabisty Bestauty Khadikty")},
    "kalmyk": {"male": _W("Badma Sanal Erdni Mergen Bata Ochir Sarang Arslang Baatr Tsereng Basang Nimgir Bembya "
                          "Mingiyan Dordzhi Lidzhi Churyum Batyr Sangadzhi Eldyan"),
               "female": _W("Delgir Kermen Bain Altana Saglar Bairta Gilyana Namsa Aisa Ellara Tsagana Kishta Ilyana "
                            "Amulyana Boova Dzhirgal Saran Gerel Nyudlya"),
               "surname": _W("Ochirov Badmaev Dordzhiev Erdniev Sangadzhiev Lidzhiev Mandzhiev Ulyumdzhiev Basangov "
                             "Mutulov Nimgirov Tsebekov Sarangov Mukabenov Dzhambinov Bembeev Boskhomdzhiev "
                             "Utnasunov Kichikov Muchkaev Goryaev Khulkhachiev Ubushiev")},
    "frisian": {"male": _W("Sjoerd Tsjerk Wybren Hylke Jelle Jetze Sytse Douwe Haije Fokke Gerben Hidde Wytze "
                           "Tjalling Eeltsje Bauke Folkert Jouke Ype Auke Sybren Wâtse"),
                "female": _W("Sytske Hiske Tsjitske Jeltsje Aukje Baukje Wiepkje Antsje Sjoukje Gerbrich Janke "
                             "Lolkje Froukje Ymkje Tjitske Eelkje Geeske Trientsje Marrit Romkje"),
                "surname": _W("Wiersma Hiemstra Bosma Terpstra Postma Sikkema Hettinga Boersma Jaarsma Dykstra "
                              "Rinsma Hoogterp Yntema Algra Brouwer Veenstra Kingma Tjeerdsma Faber Oosterhof "
                              "Miedema Nauta Wijbenga Keuning Jongsma Reitsma"),
                "particle": ["de Haan", "de Boer", "van der Meer", "de Jong", "van der Veen", "de Vries"],
                "north_male": _W("Boy Nis Knud Brar Arfst Ocke Hark Tade"),
                "north_female": _W("Ose Göntje Inken Frauke Tatje Kaija Wiebke Ingke"),
                "north_surname": _W("Ketelsen Boysen Nissen Paulsen Brodersen Lorenzen Martensen Arfsten Ingwersen "
                                    "Bohn Rörden Hinrichsen")},
    "breton": {"male": _W("Yann Erwan Gwenaël Loïc Tangi Goulven Ronan Gireg Malo Maël Corentin Tudal Padrig Yannig "
                          "Brieuc Riwal Judikael Mikael Herve Gurvan"),
               "female": _W("Nolwenn Gwenaëlle Maïwenn Enora Rozenn Soizig Anaïg Katell Morgane Azilis Annaig Klervi "
                            "Solenn Maëlys Lenaïg Tifenn Bleuenn Gwladys Nolwen Yuna"),
               "surname": _W("Le_Gall Le_Goff Le_Bihan Le_Corre Le_Floc'h Le_Roux Kerhervé Kervella Quéré Guivarc'h "
                             "Tanguy Le_Bras Le_Meur Morvan Riou Abgrall Le_Guen Cariou Derrien Jaouen Quéméner "
                             "Prigent Le_Berre Caradec Le_Gac Kermarrec Coadou Le_Dantec Kerjean Guillou")},
    "mende": {"male": _W("Lahai Brima Sheku Musa Amadu Foday Moiwo Vandi Kpana Alusine Sulaiman Joseph Mohamed Ibrahim "
                         "Bockarie Abu Augustine Samuel Lansana Mustapha"),
              "female": _W("Kadiatu Mamie Jeneba Hawa Isatu Massah Yatta Baindu Kumba Nyalay Fatmata Saffiatu Musu "
                           "Tenneh Satta Mariama Christiana Agnes Memuna Hannah"),
              "home": _W("Gbessay Torma Ndevui Kaimbay Moijueh Ngolo Jabati Yamba Tommy Kpaka Nyandemoh Sandi"),
              "surname": _W("Kallon Massaquoi Jusu Kpaka Bockarie Gbla Ngevao Vandi Sannoh Kanneh Fomba Moigua "
                            "Kpakiwa Gbondo Lansana Mbawa Kpukumu Samai Vonjo Kemokai Lavalie Ngobeh Gbenda "
                            "Sengeh Kovoma Torto Brima Jalloh")},
    "navajo": {"male": _W("Darrell Leonard Wilson Herman Franklin Kee Hoskie Delbert Marvin Lorenzo Elroy Tully "
                          "Harrison Ahiga Lemuel Virgil Kenneth Wendell Cody Jaycee"),
               "female": _W("Shandiin Nizhoni Loretta Marlene Bernadine Lorraine Charlene Sheila Tanya Rosita Winona "
                            "Darlene Yanabah Shaandiin Marilyn Verna Lucinda Hozhoni Geraldine Tahnee"),
               "surname": _W("Begay Yazzie Benally Tsosie Tso Etsitty Bitsui Chee Silversmith Manygoats Yellowhair "
                             "Todacheenie Tsinajinnie Clah Dedman Bahe Largo Nakai Tohannie Bitsoi Skeet Wauneka "
                             "Peshlakai Yellowman Claw Atcitty Bedonie Tsinnijinnie")},
    "word_given": {"male": _W("Badger Cobalt Copper Furrow Gravel Harvest Lantern Marlin Otter Pewter Quartz Rafter "
                              "Saddler Thresher Tundra Bracken Anvil Ferry Drover Hedger"),
                   "female": _W("Aster Camellia Celandine Damson Dahlia Fennel Marjoram Myrtle Nettle Rosehip "
                                "Snowdrop Teasel Zinnia Petal Linden Bryony Foxglove Speedwell Harebell Larkspur"),
                   "surname": _W("Ackerley Bamford Catterall Duckworth Entwistle Fothergill Greenhalgh Hindle "
                                 "Ingham Kenworthy Leadbetter Mellor Nuttall Openshaw Pilling Rothwell Schofield "
                                 "Tillotson Unsworth Walmsley")},
    "english_reference": {"male": _W("Alaric Barnaby Cuthbert Dunstan Everard Fitzroy Giles Hugo Jocelyn Leopold "
                                     "Mortimer Orlando Piers Rupert Swithin Toby"),
                          "female": _W("Aurelia Blanche Clementina Dulcie Esmeralda Florentia Griselda Henrietta "
                                       "Isolde Letitia Marguerite Philippa Rosalind Sybilla Winifred"),
                          "surname": _W("Abergavenny Beauchamp Chetwynd Drummond-Hay Egerton Fanshawe Grenfell "
                                        "Harcourt Kinnaird Lascelles Mainwaring Ponsonby St_Aubyn Throckmorton "
                                        "Villiers Wolseley Marjoribanks")},
}


def build() -> dict:
    tables = json.loads(json.dumps(HAND))
    for group in tables.values():  # each name once, in order; an underscore joins a particle to its surname
        for key, names in group.items():
            group[key] = list(dict.fromkeys(n.replace("_", " ") for n in names))
    return tables


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
