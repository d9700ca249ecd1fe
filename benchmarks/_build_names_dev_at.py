"""Build ``data/dev_at_names.json`` from hand-kept lists written from general knowledge of these naming customs (no
package, file or list of another split, lexicon, pool or model read for them).

    python -m benchmarks._build_names_dev_at

Hand-kept (``HAND``): Kurdish given names and family names (Sorani and Kurmanji, a few with ``ê î û``), Albanian
given names and surnames (``ë ç``), Lao given names and long surnames (``Phommachanh``, ``Souvannavong``), Punjabi
Sikh given names (many worn by men and women alike) and family names (``Singh`` / ``Kaur`` come from the sampler),
Andean Spanish given names (single and compound) with Quechua and Aymara surnames (``Mamani``, ``Quispe``,
``Condori``), Maltese given names (``ġ ċ ż``) and surnames, English given names that are everyday English words
(none of Honor, Merit, Cash, Sky, Harmony, Precious, Justice, Sunny) with ordinary surnames, and the English
reference names. No licence-compatible package not already claimed in ``NAME_SOURCES.md`` was used. Claimed for
``dev_at`` evaluation only.
"""
from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_at_names.json"
_W = str.split
HAND = {
    "kurdish": {"male": _W("Rebwar Dilshad Karwan Hemin Shvan Aram Azad Baran Serhat Rojhat Zana Kawa Hiwa Soran Sherwan "
                           "Bakhtiar Nawzad Hogir Delil Rizgar Hawkar Dler Botan Araz Sirwan Kamaran Ferhad Rênas"),
                "female": _W("Shilan Nasrin Jiyan Rojin Berfin Hêvî Avin Nishtiman Gulistan Shirin Bahar Runak Tara Lana "
                             "Sozan Kajal Chnar Berivan Helin Delal Zilan Evin Rezan Nazdar Awaz Dilnaz"),
                "surname": _W("Zebari Baban Hawrami Amedi Duski Berwari Mukriyani Shwani Bradosti Herki Goyi Khoshnaw "
                              "Sindi Rekani Surchi Mizuri Zaxoyî Rashid Kakayi Jabbari Pirdawdi Qaradaghi Mahmoudi "
                              "Hawramani Bamarni Dohuki Xelîl Ozdemir Aslan Tekin Yildiz Tunç")},
    "albanian": {"male": _W("Arben Besnik Dritan Agron Fatmir Gentian Ilir Kujtim Luan Mentor Shpëtim Valon Bekim Ardit "
                            "Erion Blerim Fisnik Driton Leutrim Arbër Gëzim Lulzim Ermal Xhevdet Skënder Flamur"),
                 "female": _W("Arta Blerina Drita Elira Fjolla Genta Jonida Lindita Mimoza Shqipe Teuta Vjosa Albana Besa "
                              "Donika Entela Flutura Rudina Ëndrita Valbona Mirjeta Lumturie Hana Merita Drenusha"),
                 "surname": _W("Hoxha Berisha Krasniqi Gashi Shala Morina Kelmendi Bytyqi Hoti Dervishi Leka Marku Prenga "
                               "Gjoka Kola Lleshi Mema Çela Muça Xhafa Dushku Zeqiri Hasani Rexhepi Sejdiu Ymeri Qerimi "
                               "Halili Kastrati Tahiri Bajraktari Thaçaj Gjonaj")},
    "lao": {"male": _W("Bounmy Khamphanh Somphone Vilay Souksavanh Phoutthasone Khamla Sengphet Bounthavy Vanh Sithong "
                       "Kongkeo Thongchanh Somchanh Anousone Phonsavanh Khamsing Bounleuth Sisavath Viengsay Keomany "
                       "Outhay Chanthavong"),
            "female": _W("Souphaphone Vanida Chanthaly Phetsamay Manivanh Khamsouk Noy Viengkham Bouavanh Souksakhone "
                         "Latsamy Sengaloun Davone Vilayvanh Phonesavanh Ketsana Malavanh Soudalay Phousavanh Inpanh "
                         "Dokkham Bounmaly"),
            "surname": _W("Phommachanh Vongsavath Souvannavong Phimmasone Sayasith Inthavong Phanthavong Sisouphanh "
                          "Khamvongsa Douangmala Xayavong Luangrath Vilaysack Keovilay Phetsamone Soukhaseum Thammavong "
                          "Southammavong Vongphachanh Siharath Manivong Rattanavong Sayavong Bounyavong Chanthalangsy "
                          "Keobounphanh Sengsouvanh Thepkaysone")},
    "punjabi_sikh": {"male": _W("Gurpreet Harpreet Jaspreet Manpreet Navdeep Amandeep Harjit Sukhjinder Kulwinder Rajinder "
                                "Baljit Paramjit Jaswinder Gurdev Balwinder Sukhdev Ranjit Jagdeep Talwinder Hardeep "
                                "Gurnam Kuldeep Parminder Inderjit Tejinder Gurmukh"),
                     "female": _W("Gurpreet Harpreet Jaspreet Manpreet Navdeep Amandeep Kulwinder Rajinder Baljit Paramjit "
                                  "Simran Harleen Jasleen Gurleen Navneet Rupinder Sukhwinder Jaswant Harbans Manjit "
                                  "Gurinder Kiranjit Ravneet Prabhjot"),
                     "surname": _W("Sandhu Gill Dhillon Sidhu Grewal Bains Randhawa Johal Bhullar Brar Cheema Atwal Virk "
                                   "Aulakh Dhaliwal Sekhon Chahal Hundal Toor Kalsi Bhogal Matharu Sahota Rai Pannu "
                                   "Khaira Sangha Nijjar Dosanjh Hayer")},
    "andean": {"male": _W("Wilber Edwin Teófilo Marcelino Eusebio Basilio Fortunato Saturnino Elmer Percy Wilfredo Rubén "
                          "Hilario Fermín Isidro Feliciano Nicanor Gregorio Valentín Yony Efraín Aurelio Alcides"),
               "female": _W("Yaneth Nilda Felícitas Justina Hilaria Gregoria Vilma Yolanda Ruth Nelly Rocío Maribel Delia "
                            "Eulogia Paulina Florencia Marleny Yesenia Epifania Sabina Lucila Teodora Dionisia"),
               "compound_male": ["Juan Carlos", "José Luis", "Luis Alberto", "Jorge Luis", "Víctor Hugo", "Juan Pablo"],
               "compound_female": ["Luz Marina", "María Elena", "Rosa Luz", "Ana María", "Carmen Rosa", "María Isabel"],
               "surname": _W("Mamani Quispe Condori Huanca Choque Apaza Ticona Quisbert Chambi Limachi Yupanqui Huamán "
                             "Ccori Ccallo Poma Cusi Tupa Coaquira Larico Pari Callisaya Copa Choquehuanca Huarachi "
                             "Cutipa Mayta Ayma Colque Huarachi Cahuana Ccama Huillca Sonco Ninaja")},
    "maltese": {"male": _W("Ġorġ Pawlu Ġużeppi Salvu Karmenu Ċensu Ġanni Wistin Ninu Toni Kurt Clayton Keith Ray Malcolm "
                           "Noel Emanuel Charlò Ġwann Manwel Renald Etienne"),
                "female": _W("Marija Tereża Ġuża Pawla Karmen Antonella Graziella Josette Rosette Doris Carmela Mariella "
                             "Rita Ċetta Rożanne Liliana Marthese Bernardette Romina Claudette Nathalie"),
                "surname": _W("Borg Camilleri Vella Farrugia Zammit Galea Micallef Grech Attard Spiteri Azzopardi Mifsud "
                              "Cassar Agius Caruana Pace Debono Sammut Xuereb Bonnici Abela Ellul Fenech Schembri Bugeja "
                              "Cauchi Scicluna Tabone Darmanin Gauci Ciantar Briffa Psaila Zerafa Ebejer Frendo Gatt "
                              "Żahra Saliba Mallia Mercieca Dimech")},
    "word_given": {"male": _W("Forrest Hunter Archer Rocky Dusty Major Royal Gunner Chase Rusty Jet Sage Heath Dale Glen "
                              "Miles Earl Noble Frank Buck Marshal Duke Ridge Flint"),
                   "female": _W("Faith Mercy Patience Charity Blossom Poppy Iris Violet Ginger Candy Dawn April June "
                                "Summer Autumn Raven Robin Star Melody Destiny Misty Meadow Brook Sage"),
                   "surname": _W("Walsh Parker Turner Hughes Ward Cooke Barker Palmer Fletcher Gibson Lynch Murray Dixon "
                                 "Carter Hayes Bates Rowe Nash Pearce Booth Kendall Whitaker Holloway Pratt Sutton")},
    "english_reference": {"male": _W("Alistair Bartholomew Crispin Desmond Everett Fergus Godfrey Horace Jasper Lionel "
                                     "Malcolm Nigel Oswald Rupert Sebastian Tobias Ambrose Barnaby Duncan Graham Hugo "
                                     "Julian Lawrence Reginald"),
                          "female": _W("Alison Bridget Cordelia Deborah Elspeth Felicity Gwendolyn Henrietta Isobel "
                                       "Lavinia Marjorie Philippa Rosalind Sylvia Winifred Annabel Clarissa Dorothy "
                                       "Gillian Helena Judith Lorna Maureen Priscilla"),
                          "surname": _W("Aldridge Bickerstaff Cartwright Dewhurst Entwistle Fothergill Gresham "
                                        "Hebblethwaite Jowett Kershaw Loxley Mottram Ormerod Pickering Quarmby Ramsbottom "
                                        "Sowerby Thistlethwaite Uttley Wainwright Braithwaite Crabtree Holroyd Sugden "
                                        "Ackerley Postlethwaite")},
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
