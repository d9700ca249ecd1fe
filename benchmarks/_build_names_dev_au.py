"""Build ``data/dev_au_names.json`` from hand-kept lists written from general knowledge of these naming customs (no
package, file or list of another split, lexicon, pool or model read for them).

    python -m benchmarks._build_names_dev_au

Hand-kept (``HAND``): Welsh-language given names (``ŵ ŷ â``) and surnames, with ``ap`` / ``ab`` forms (``ap`` before a
consonant, ``ab`` before a vowel: ``ap Gwilym``, ``ab Owain``), Basque given names (``ñ tx tz``) and surnames (one or
two: the sampler), Uyghur given names and surnames (a father's given name worn as the family name),
Tibetan names (two given names, no family name: the second stands where a surname would), South Sudanese Dinka and
Nuer given names and fathers' names (a grandfather's name now and then: the sampler), Georgian given names and
surnames (``-shvili``, ``-dze``, ``-ia``, ``-uri``), English given names that are everyday English words (none of Honor,
Merit, Cash, Sky, Harmony, Precious, Justice, Sunny, nor any of dev_at's) with ordinary surnames, and the English
reference names. No licence-compatible package not already claimed in ``NAME_SOURCES.md`` was used. Public figures'
names left out (no ``Kiir``, ``Machar``, ``Tohti``, ``Kvaratskhelia``, ``Kobakhidze``). Claimed for ``dev_au``
evaluation only.
"""
from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_au_names.json"
_W = str.split
HAND = {
    "welsh": {"male": _W("Dafydd Gruffudd Rhodri Iwan Emyr Gwilym Llŷr Rhys Aled Cai Dyfan Gethin Huw Ieuan Meirion "
                         "Owain Tudur Bedwyr Emrys Geraint Hywel Macsen Trystan Osian Elis Deiniol Iolo Gwion"),
              "female": _W("Angharad Bethan Carys Cerys Eirlys Ffion Gwenllian Heledd Lowri Mererid Nia Nerys Rhiannon "
                           "Seren Siân Tegwen Catrin Eleri Mali Non Elin Gwawr Llinos Manon Dwynwen Alaw Gwenno"),
              "surname": _W("Llywelyn Bowen Powell Pugh Prys Parry Bevan Gruffydd Lloyd Vaughan Pritchard Probert "
                            "Hopcyn Llwyd Wyn Meredith Cadwaladr Rhisiart Eynon Madog Gwynedd Ffowc Tomos Huws Puw "
                            "Dafis Llewelyn Prydderch Mostyn Glyndŵr"),
              "patronym": _W("Dafydd Gwilym Rhys Iorwerth Owain Elis Emrys Hywel Ieuan Tudur Aled Einion")},
    "basque": {"male": _W("Iñaki Xabier Unai Aitor Ander Asier Gorka Iker Jon Koldo Mikel Patxi Txomin Eneko Ibai Oier "
                          "Urko Xabat Beñat Joseba Iñigo Josu Peio Imanol Andoni Kepa"),
               "female": _W("Ainhoa Amaia Arantxa Edurne Garazi Idoia Itziar Leire Maite Miren Nerea Oihana Uxue Ziortza "
                            "Irati Nahia Ane Maialen Izaro Lorea Ainara Garbiñe Begoña Itxaso Josune Nekane"),
               "surname": _W("Etxeberria Goikoetxea Agirre Urrutia Zubizarreta Arrieta Olabarria Iturriaga Mendizabal "
                             "Larrañaga Elizondo Gorostiaga Aranburu Zabaleta Ibarra Uriarte Zuloaga Etxegarai "
                             "Bengoetxea Arregi Legarreta Azkue Unanue Lizarralde Irigoien Garaikoetxea Ugarte Otxoa "
                             "Lasa Eizagirre Arrizabalaga Txurruka Etxaniz Goñi")},
    "uyghur": {"male": _W("Abdurehim Memet Ablikim Tursun Ekber Erkin Nurmemet Qurban Alim Dilshat Ilham Kamil Mijit "
                          "Perhat Rustem Shohret Tahir Yasin Yusup Zunun Ablet Mutellip Nijat Ekrem Abduweli Gheyret"),
               "female": _W("Aygul Dilnur Gulnar Mihrigul Nurgul Patigul Rahile Saadet Zulhumar Gulbahar Buhejer Mahire "
                            "Aynur Dilber Zohre Shahide Reyhan Nigare Mukerrem Gulzire Hurnisa Pezilet"),
               "surname": _W("Abdukerim Mamut Rozi Niyaz Turdi Kasim Osman Hoshur Sidiq Qadir Imin Ablimit Emet Yakup "
                             "Hesen Helil Ismayil Abliz Semet Kerim Eziz Obul Abdurazaq Nurmuhemmet Abdushukur "
                             "Tashpolat Mehmetimin")},
    "tibetan": {"male": _W("Tenzin Lobsang Tashi Sonam Karma Pema Ngawang Jigme Thupten Kunchok Gyaltsen Dawa Nyima "
                           "Jampa Phuntsok Samten Wangdu Lhakpa Chodak Gelek Kalsang Tsewang"),
                "female": _W("Tenzin Pema Dolkar Yangchen Dechen Kunsang Tsering Sonam Lhamo Choekyi Nyima Dawa Kelsang "
                             "Jamyang Tashi Rigzin Lhakpa Yeshi"),
                "male_second": _W("Dorje Wangchuk Gyatso Namgyal Tsering Norbu Dhondup Phuntsok Choephel Rinchen "
                                  "Topgyal Tharchin Gyaltsen Samdup Lhundup Wangdi Dakpa Chophel Gonpo Jinpa"),
                "female_second": _W("Dolma Lhamo Yangzom Choedon Wangmo Dolkar Palmo Yangchen Tsomo Dickey Pelzom "
                                    "Sangmo Dekyi Drolma Lhadon Yudon Kyizom Nyidon")},
    "south_sudanese": {"male": _W("Deng Majok Makuei Mabior Kuol Akol Bol Manyang Ajak Gatluak Gatdet Puok Jal Koang "
                                  "Nhial Chol Thon Malual Madut Ayuel Kuir Lual Gai Tut Makur Arop Wol Biar"),
                       "female": _W("Nyandeng Achol Abuk Ayen Akech Nyibol Nyakim Nyaruach Nyachuol Adut Aluel Ajok "
                                    "Achan Ayak Nyanut Nyawal Amer Athieng Adhieu Nyamal Nyaboth Nyagoa Akuol"),
                       "surname": _W("Garang Akol Majok Deng Mabior Kuol Bol Manyang Ajak Gatluak Chuol Koang Nhial "
                                     "Thon Malual Madut Ayuel Lual Mayen Makur Arop Wol Biar Dut Jok Gatkuoth Ruach "
                                     "Yien Bior Atem Aguer Dhieu Mading")},
    "georgian": {"male": _W("Giorgi Levan Davit Irakli Nikoloz Zurab Tamaz Gela Lasha Giga Beka Temur Vakhtang Revaz "
                            "Otar Shota Merab Gocha Mamuka Kakha Lado Tornike Sandro Archil"),
                 "female": _W("Nino Tamar Ketevan Mariam Natia Eka Tea Salome Nana Maia Lela Manana Tinatin Khatuna "
                              "Marika Sopho Ana Elene Keti Nestan Rusudan Tamuna"),
                 "surname": _W("Beridze Kapanadze Gelashvili Maisuradze Tsiklauri Lomidze Nozadze Abuladze Chkheidze "
                               "Gogoladze Jorjadze Bakradze Dolidze Japaridze Mchedlishvili Tsereteli Chachua Shengelia "
                               "Todua Gabunia Kvirikashvili Kharaishvili Lortkipanidze Meskhishvili Sulakvelidze "
                               "Tsintsadze Eristavi Khutsishvili Papuashvili Gvaramia Sikharulidze Natroshvili")},
    "word_given": {"male": _W("Ash Clay Colt Fox Stone Reed Wade Bill Mark Cole Ace Ranger Hawk Storm Will Grant Lance "
                              "Mason Cooper Bishop Ford Chip Bud Sterling Rich Pierce Drake"),
                   "female": _W("Hope Joy Grace Rose Lily Daisy Holly Ivy Pearl Ruby Amber Jade Crystal Ember Willow "
                                "Hazel Olive Heather Fern Clover Liberty Serenity Prudence Bliss River Wren Lark Dove"),
                   "surname": _W("Hollis Mercer Foster Hale Bradley Shaw Pearson Riley Mitchell Gordon Reynolds Spencer "
                                 "Marsh Webb Lowe Harper Lambert Doyle Morton Chambers Quinn Hartley Tate Boyle")},
    "english_reference": {"male": _W("Gerald Cedric Clive Rodney Roland Percival Leonard Trevor Marcus Stuart Howard "
                                     "Neville Cyril Vernon Roger Adrian Francis Kenneth Ronald Bernard Geoffrey Hubert"),
                          "female": _W("Beatrice Catherine Eleanor Harriet Imogen Josephine Margaret Penelope Rosemary "
                                       "Veronica Audrey Caroline Frances Georgina Katharine Louisa Miriam Pamela "
                                       "Susannah Theresa Vivienne Edith"),
                          "surname": _W("Ashworth Blenkinsop Chadwick Dunnington Eckersley Fairbrother Greenhalgh "
                                        "Illingworth Kettlewell Littlewood Micklethwaite Nuttall Pennington Rothwell "
                                        "Satterthwaite Tattersall Wadsworth Whittaker Yardley Haworth Wolstenholme "
                                        "Ingleby Brocklehurst Higginbottom")},
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
