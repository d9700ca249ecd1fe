"""Build ``data/dev_ax_names.json`` from hand-kept lists written from general knowledge of these naming customs (no
package, file or list of another split, lexicon, pool or model read for them).

    python -m benchmarks._build_names_dev_ax

Hand-kept (``HAND``): Chechen given names and surnames (``-ov`` / ``-ev`` with the feminine ``-a`` added by the
sampler; Kist families of Georgia's Pankisi valley with ``-shvili`` surnames), Assyrian given names and family names
(with the Eastern / Western spellings of a few: ``Gewargis`` / ``Giwargis``, ``Youkhana`` / ``Yohanna``), Estonian
given names and surnames (``õ ä ö ü``; many are words: ``Tamm``, ``Saar``, ``Kask``), Macedonian given names and
surnames in the masculine form (the sampler makes the feminine: ``-ski`` -> ``-ska``, ``-ov`` -> ``-ova``, ``-ev`` ->
``-eva``), Baloch given names and tribe words as surnames (``Rind``, ``Lashari``, ``Kurd``, ``Dashti``), Kyrgyz given
names and surnames (``-ov`` / ``-ev``; ``uulu`` / ``kyzy`` patronymics made by the sampler from the fathers' names),
English given names that are everyday words (none of dev_ar's to dev_aw's) with ordinary surnames, and English
reference names. No package was used. Public figures' names left out (no ``Kadyrov``, ``Dudayev``, ``Maskhadov``,
``Eshoo``, ``Kanna``, ``Ilves``, ``Kallas``, ``Gruevski``, ``Zaev``, ``Ivanov``, ``Bugti``, ``Mengal``, ``Bizenjo``,
``Raisani``, ``Jamali``, ``Japarov``, ``Atambayev``, ``Tashiev``, ``Akayev``, ``Otunbayeva``; no ``Ramzan``,
``Mahrang``). Claimed for ``dev_ax`` evaluation only.
"""
from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_ax_names.json"
_W = str.split
HAND = {
    "chechen": {"male": _W("Aslan Rustam Adam Islam Zelimkhan Ruslan Khamzat Apti Movsar Turpal Akhmed Iles Usman "
                           "Bislan Shamil Sulim Umar Alikhan Vakha Dzhabrail Musa Khasan Lecha Arbi"),
                "female": _W("Kheda Zarema Luiza Petimat Aminat Zalina Khava Eliza Milana Seda Markha Taus Liana "
                             "Raisa Kamila Yakha Zaira Madina Satsita Zulai"),
                "surname": _W("Dzhabrailov Magomadov Musaev Akhmadov Idigov Vakhaev Gaziev Elmurzaev Temirkhanov "
                              "Bisultanov Saidulaev Khasiev Tsokaev Dudurkaev Batukaev Mutsaev Zakriev Satuev "
                              "Khadzhiev Arsakhanov Baisultanov Dzhamaldaev Shamsuev Edilov Gairbekov"),
                "kist": _W("Margoshvili Bagakashvili Machalikashvili Duishvili Tsatiashvili Gumashvili Kavtarashvili")},
    "assyrian": {"male": _W("Ashur Sargon Ninos Nimrod Youkhana Shimun Gewargis Dinkha Hormiz Aprim Narsai Ramsin "
                            "Akad Edmon Fadi Raad Yaqub Ishaya Awraham Khoshaba Zaia Oraha Nineb Atour"),
                 "female": _W("Shamiram Ninwe Nahrain Ramina Marganita Shmuni Mariam Sheren Atra Ninar Layla Rabi "
                              "Sonia Linda Bethsaida Nisha Elishwa Sargona"),
                 "surname": _W("Odisho Khoshaba Benyamin Yonan Warda Shlimon Lazar Isho Toma Oshana Gewargis Yalda "
                               "Hermiz Khamis Zaia Younan Dawood Barkho Kanoun Sliwa Yacoub Nissan Urshan Kako "
                               "Shamoun Betbasoo Youkhana"),
                 "western": {"Gewargis": "Giwargis", "Youkhana": "Yohanna", "Odisho": "Audisho", "Shimun": "Shimon",
                             "Oraha": "Awraha", "Khoshaba": "Khoshabo", "Yonan": "Younan"}},
    "estonian": {"male": _W("Mart Priit Tõnu Jaan Toomas Rein Urmas Tarmo Margus Andres Siim Kristjan Rasmus Tanel "
                            "Indrek Aivar Jüri Peeter Hannes Raivo Lauri Märt Kaupo Ülo"),
                 "female": _W("Kadri Triin Kersti Tiina Liis Maarja Kristiina Pille Ene Sirje Maie Merle Külli Kaja "
                              "Reet Ülle Helen Eha Anu Katrin Piret Tiiu Mari Õie"),
                 "surname": _W("Tamm Saar Sepp Mägi Kask Kukk Rebane Pärn Koppel Lepik Kuusk Karu Lill Kõiv Ots "
                               "Raud Vaher Laur Puusepp Mets Põder Toom Kivi Luik Järv Vill Oja Männik Pihlak Sild "
                               "Jõgi Nurk")},
    "macedonian": {"male": _W("Goran Dragan Zoran Aleksandar Nikola Stefan Bojan Vlatko Igor Darko Toni Blagoja "
                              "Trajče Kiril Metodija Dimitar Ljupčo Gjorgji Kire Mile Risto Vasko Filip Marjan"),
                   "female": _W("Biljana Snežana Elena Marija Ana Katerina Vesna Jasminka Ljubica Suzana Gordana "
                                "Daniela Aneta Simona Frosina Verica Blagica Violeta Maja Slavica Dragana Irena"),
                   "surname": _W("Nikolovski Stojanovski Petrovski Angelovski Dimitrovski Ristovski Kostovski "
                                 "Jovanovski Gjorgjievski Spasovski Mitreski Talevski Stojanov Atanasov Petkov Mitev "
                                 "Janev Zdravkovski Velkovski Naumovski Blaževski Todorovski Ilievski Andonov "
                                 "Tasevski Krstevski Lazarevski")},
    "baloch": {"male": _W("Jalil Naseer Shahdad Dostain Hammal Chakar Gwahram Dilshad Murad Zahoor Wahid Qadir "
                          "Jangian Allahbakhsh Nabibakhsh Khudabakhsh Saeed Bashir Sohrab Kamal Hanif Essa Bahram "
                          "Janmohammad"),
               "female": _W("Hani Banuk Gulbano Mahnaz Shahnaz Zarina Sabiha Mahganj Gulnaz Shireen Nazbano Sazia "
                            "Zarjan Saima Nurjan Mahpari Bibigul Sammo"),
               "surname": _W("Baloch Marri Rind Lashari Zehri Rakhshani Kurd Dashti Hoth Buledi Gichki Kalmati "
                             "Sasoli Umrani Mirwani Shahwani Langove Notezai Jadgal Magsi Sumalani Jamaldini")},
    "kyrgyz": {"male": _W("Aibek Nurlan Bakyt Almaz Azamat Kanat Ulan Talant Bolot Emil Adilet Bektur Daniyar Ermek "
                          "Jyrgalbek Kubanychbek Mirlan Nurbek Temirlan Tilek Urmat Zhoomart Chyngyz Erlan Marat"),
               "female": _W("Aizada Ainura Cholpon Gulnara Jibek Kanykei Meerim Nazira Saltanat Tolgonai Umut "
                            "Zhyldyz Begimai Elnura Aidana Asel Burul Kalys Aizhan Nazgul Baktygul Aichurok Gulzat"),
               "surname": _W("Abdyldaev Asanov Bakirov Dzhumabaev Esenaliev Isakov Kadyrbekov Kasymaliev Mamytov "
                             "Moldobaev Osmonov Sultanbekov Toktogulov Usenov Zhumaliev Beishenaliev Kenjebaev "
                             "Akmatov Turdubaev Orozbekov Subanbekov Kurmanaliev Alymkulov Bekboev Sydykov Shamshiev")},
    "word_given": {"male": _W("Fletcher Prince Pilot Earnest Victor Spike Lane Steel Woody Tex Hero Atlas Oak Knox "
                              "Banner Sheriff"),
                   "female": _W("Sunshine Constance May Peaches Bluebell Marvel Charm Sparkle Halo Amity Trinity "
                                "Genesis Cricket"),
                   "surname": _W("Appleby Bristow Cartwright Dunmore Eastwood Fairclough Goodall Hibbert Kirkby "
                                 "Lockwood Meadows Newbold Outram Pollard Rowntree Sutcliffe Tunstall Walmsley")},
    "english_reference": {"male": _W("Alaric Bertram Crispin Desmond Eustace Ferdinand Godfrey Humphrey Lionel "
                                     "Mortimer Nigel Oswald Percival Reginald Roderick Silas Thaddeus Willoughby"),
                          "female": _W("Adelaide Bridget Cordelia Dorothea Euphemia Florence Gwendolyn Henrietta "
                                       "Isadora Lavinia Marjorie Ottilie Rosalind Philippa Winifred Mildred Hermione"),
                          "surname": _W("Ackroyd Bamforth Catterall Dewhurst Entwistle Fazackerley Gledhill "
                                        "Hargreaves Jowett Kershaw Leadbetter Murgatroyd Noakes Ormerod Pennington "
                                        "Rawcliffe Sowerbutts Threlfall Wolstenholme")},
}


def build() -> dict:
    tables = json.loads(json.dumps(HAND))
    for group in tables.values():  # a list may name one person twice by accident: each name once, in order
        for key, names in group.items():
            if isinstance(names, list):
                group[key] = list(dict.fromkeys(names))
    return tables


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
