"""Build ``data/dev_aw_names.json`` from hand-kept lists written from general knowledge of these naming customs (no
package, file or list of another split, lexicon, pool or model read for them).

    python -m benchmarks._build_names_dev_aw

Hand-kept (``HAND``): Uzbek given names and surnames (``-ov`` / ``-ev`` with the feminine ``-a`` added by the sampler),
Azerbaijani given names (``ə ğ ı ş ç ö ü``) and surnames (``-ov`` / ``-ova``, ``-li`` / ``-lı`` the same for both
sexes), Latvian given names (``ā ē ī ū ķ ļ ņ š ž``) and surnames in the masculine form (the sampler makes the
feminine: ``-s`` / ``-š`` -> ``-a``, ``-is`` -> ``-e``, ``-ons`` -> ``-one``), Yemeni given names, fathers' names and
family names (``al-`` families, ``bin`` in Hadhrami chains), Amazigh (Berber) given names with Arabic or French-spelled
Kabyle and Moroccan surnames (``Aït …``, ``Ou…``), Bosnian given names and ``-ić`` surnames (``č ć đ š ž``), English
given names that are everyday words (none of dev_ar's, dev_as's, dev_at's, dev_au's or dev_av's) with ordinary
surnames, and English reference names. No package was used. Public figures' names left out (no ``Karimov``,
``Mirziyoyev``, ``Aliyev``, ``Saleh``, ``Hadi``, ``Karman``, ``Akhannouch``, ``Izetbegović``, ``Džeko``,
``Ibrahimović``). Claimed for ``dev_aw`` evaluation only.
"""
from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_aw_names.json"
_W = str.split
HAND = {
    "uzbek": {"male": _W("Otabek Jasur Sardor Bekzod Rustam Sherzod Dilshod Aziz Jamshid Farrukh Ulugbek Bobur Sanjar "
                         "Akmal Nodir Jahongir Alisher Shohruh Javlon Sukhrob Oybek Zafar Laziz Muzaffar"),
              "female": _W("Dilnoza Gulnora Nodira Madina Shahnoza Feruza Malika Nigora Dilfuza Mohira Kamola "
                           "Gulchehra Umida Yulduz Muazzam Barno Zulfiya Sevinch Nilufar Oydin Charos Munisa"),
              "surname": _W("Yusupov Rakhimov Tursunov Abdullayev Ergashev Nazarov Khodjayev Saidov Usmanov Mahmudov "
                            "Sultonov Tojiboyev Qodirov Ismoilov Normatov Rasulov Kholmatov Jurayev Mamatkulov "
                            "Begmatov Toshpulatov Yuldashev Akhmedov Sobirov Xudoyberdiyev Nurmatov Eshmatov")},
    "azerbaijani": {"male": _W("Elvin Rauf Tural Orxan Elnur Vüqar Kamran Rəşad Fərid Ramil Elşən Nicat Anar Səbuhi "
                               "Emin Cavid Rövşən Zaur Murad Toğrul Ilkin Ceyhun"),
                    "female": _W("Aytən Günel Leyla Nigar Səbinə Aygün Lalə Könül Türkan Sevinc Nərmin Ülviyyə Aysel "
                                 "Fidan Şəbnəm Zeynəb Xədicə Gülnar Aynur Vüsalə Nuranə"),
                    "surname": _W("Məmmədov Hüseynov Həsənov Quliyev Abbasov Cəfərov Rzayev Babayev Nəsirov Bağırov "
                                  "Kazımov İsmayılov Sadıqov Orucov Vəliyev Əhmədov Səfərov Nəbiyev Zeynalov "
                                  "Əsgərov Tağıyev Rəhimli Qasımlı Şükürlü Mirzəyev Novruzov")},
    "latvian": {"male": _W("Jānis Andris Mārtiņš Kārlis Edgars Raimonds Uldis Valdis Aivars Ainārs Gatis Ivars Māris "
                           "Normunds Oskars Rihards Roberts Toms Artūrs Dainis Guntis Krišjānis Ēriks"),
                "female": _W("Ilze Inese Līga Dace Anda Baiba Daiga Ieva Kristīne Laura Sanita Zane Agnese Dzintra "
                             "Gunta Ilona Marta Rūta Sarmīte Vineta Elīna Aija Evija"),
                "surname": _W("Bērziņš Kalniņš Ozols Jansons Krūmiņš Zariņš Vītols Kļaviņš Siliņš Pētersons Eglītis "
                              "Lapiņš Balodis Kalējs Zālītis Grīnbergs Ābols Sproģis Rudzītis Liepiņš Celmiņš "
                              "Apinis Skujiņš Vanags Zvirbulis Priedītis Dreimanis Ozoliņš Strautiņš Lācis")},
    "yemeni": {"male": _W("Mohammed Ahmed Abdullah Ali Khaled Nasser Fuad Hamoud Adel Yahya Abdulrahman Abdulkarim "
                          "Tariq Mansour Mukhtar Waleed Bassam Hisham Murad Anwar Faisal Majed Nabil Ammar"),
               "female": _W("Fatima Amal Bushra Nadia Huda Arwa Samira Ebtisam Afrah Maryam Khadija Rawia Asmaa "
                            "Hana Lamya Noura Shaima Wafa Sumaya Ibtihal Reem Najla"),
               "father": _W("Ahmed Mohammed Abdullah Ali Hamoud Nasser Qaid Saif Mutahar Abdo Hussein Yahya Hassan "
                            "Ghaleb Abdulwahab Mohsen Awad Salem Omar Saeed Mansour Shaif Murshed Qassem Thabet"),
               "family": _W("Hamdani Sharabi Yafei Kathiri Aidarous Maqtari Hakimi Absi Shaibani Qadhi Adeni "
                            "Hubaishi Sanani Sakkaf Amoudi Dhubhani Zubairi Mekhlafi Wesabi Haidari Baadani Jabri")},
    "amazigh": {"male": _W("Massinissa Yuba Aksel Amayas Mazigh Anir Juba Aghilas Koceila Ayour Yanis Mennad Arezki "
                           "Lounès Mokrane Rabah Slimane Hocine Brahim Lahcen Itri Ferhat Mhand"),
                "female": _W("Tiziri Tanina Dihya Tilelli Silya Lunja Tafsut Tinhinane Taous Thanina Nouara "
                             "Ouardia Kahina Dassine Ferroudja Tassadit Yamina Itto Ouiza Malha Tamazouzt"),
                "surname": _W("Ouali Amrane Haddadi Meziane Boudjema Oubella Amghar Ouchen Akhiat Oussedik Bellil "
                              "Azzoug Oulhadj Hamitouche Lounici Oumouloud Ikhlef Aberkane Oubelkacem Tighlit Amazouz "
                              "Bouzar") + ["Aït Kaci", "Ait Ouarab", "Ait Baha", "Id Brahim", "Aït Yahia", "Ould Hamouda"]},
    "bosnian": {"male": _W("Amir Adnan Emir Haris Kenan Tarik Nermin Senad Jasmin Mirza Damir Armin Almir Dženan "
                           "Samir Edis Faruk Elvir Muhamed Nedim Vedad Harun Alen Mustafa"),
                "female": _W("Amra Lejla Selma Amila Emina Aida Merima Ajla Naida Sabina Azra Elma Dženana Jasmina "
                             "Alma Belma Medina Hana Šejla Irma Lamija Ena Adna"),
                "surname": _W("Hadžić Hodžić Begović Mehmedović Delić Kovačević Hasanović Husić Mujić Omerović "
                              "Salihović Karić Softić Šehić Alić Čaušević Bešlagić Zukić Pašić Mustafić Sarajlić "
                              "Imamović Ćatić Đulić Hrustić Mešanović Tufekčić Ramić Kurtović Bajrić")},
    "word_given": {"male": _W("Moss Tanner Sawyer Hardy Jay Buddy Blaze Maverick Saint Rebel Tiger Legend Walker "
                              "Shepherd Bay Carver Champ Sonny"),
                   "female": _W("Bonnie Sandy Rosemary Juniper Treasure Gift Brandy Sherry Jasmine Lilac Posy Winter "
                                "Heaven Miracle Verity Temperance Dolly Pixie Tulip"),
                   "surname": _W("Ashworth Bradshaw Coulson Dobson Elliott Fenwick Gibbons Harper Ingram Jarvis "
                                 "Kendall Lambert Marsden Oakes Parsons Rigby Stanton Thorne Varley Whitaker")},
    "english_reference": {"male": _W("Ambrose Barnaby Cuthbert Digby Fergus Gervase Horace Ignatius Jasper Leopold "
                                     "Montague Peregrine Rufus Sebastian Tobias Vernon Wilfred Clement Hector"),
                          "female": _W("Agatha Beatrix Clementine Dulcie Edwina Frances Georgina Harriet Imogen "
                                       "Josephine Kathleen Letitia Mabel Nora Penelope Rosamund Theodora Ursula "
                                       "Millicent"),
                          "surname": _W("Bickerstaff Fothergill Greenhalgh Higginbottom Illingworth Kettlewell "
                                        "Littlewood Micklethwaite Nuttall Openshaw Pickersgill Ramsbottom "
                                        "Shufflebottom Tattersall Unsworth Whitworth Ainsworth Blenkinsop Crabtree "
                                        "Duckett")},
}


def build() -> dict:
    tables = json.loads(json.dumps(HAND))
    for group in tables.values():  # a list may name one person twice by accident: each name once, in order
        for key, names in group.items():
            group[key] = list(dict.fromkeys(names))
    return tables


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
