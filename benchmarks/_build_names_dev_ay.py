"""Build ``data/dev_ay_names.json`` from hand-kept lists written from general knowledge of these naming customs (no
package, file or list of another split, lexicon, pool or model read for them).

    python -m benchmarks._build_names_dev_ay

Hand-kept (``HAND``): Tatar and Bashkir given names and surnames (``-ov`` / ``-ev`` / ``-in`` with the feminine ``-a``
added by the sampler: ``Khairullin`` / ``Khairullina``), Circassian (Adyghe / Kabardian) given names with Russian-form
surnames (``Shogenov`` / ``Shogenova``) and the family names Circassians keep in Turkey and Jordan (``Berzeg``,
``Hatko``, ``Haghandoqa``), Cape Verdean given names and surnames (two surnames joined by the sampler: ``Tavares
Semedo``), Mauritian names in three lists (Creole: ``Jean-Marc Perrine``; Indo-Mauritian: ``Vikash Seebaluck``;
Sino-Mauritian: ``Kenny Li Wan Po``), Northern Sámi given names and surnames (``Máhtte Somby``, ``Biret Hætta``),
English given names that are everyday words (none of dev_ar's to dev_ax's) with ordinary surnames, and English
reference names. No package was used. Public figures' names left out (no ``Shaimiev``, ``Minnikhanov``, ``Tukay``,
``Yulaev``, ``Khamitov``, ``Kokov``, ``Thakushinov``, ``Évora``, ``Cabral``, ``Ramgoolam``, ``Jugnauth``,
``Bérenger``, ``Ah-Chuen``, ``Valkeapää``, ``Turi``, ``Keskitalo``, ``Gaup``). Claimed for ``dev_ay`` evaluation only.
"""
from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_ay_names.json"
_W = str.split
HAND = {
    "tatar": {"male": _W("Ildar Rustem Ilnur Aidar Rinat Ravil Airat Ilshat Fanis Radik Nail Rafis Almaz Damir "
                         "Ilgizar Marsel Rishat Azat Timur Ramil Fargat Nazim"),
              "female": _W("Alsu Guzel Dilyara Leisan Chulpan Ilsiyar Aliya Zulfiya Rezeda Alfiya Landysh Gulshat "
                           "Elmira Liliya Gulnaz Raushaniya Adelina Firuza Ramilya"),
              "surname": _W("Khairullin Galiullin Safin Sabirov Gabdrakhmanov Nurullin Zakirov Valiullin "
                            "Mukhametshin Gilmutdinov Fatkhutdinov Shakirov Khusnutdinov Garipov Sharafutdinov "
                            "Ziganshin Akhmetzyanov Latypov Sadykov Iskhakov Mingazov Khabibullin")},
    "bashkir": {"male": _W("Salavat Ural Aigiz Ilgiz Zufar Ainur Rustam Azamat Ildus Flur Rais Timerbulat Yulai "
                           "Akhmet Insaf Raushan Ural Ishmurat Ilyas Ainaz"),
                "female": _W("Zukhra Aigul Ilsoyar Zilya Aisylu Gulsum Zainap Rozaliya Zarina Gulnur Aigiza Nuria "
                             "Ilmira Zulkhiza Tanzilya Gulshan Yalsyn Rima"),
                "surname": _W("Abdullin Akhmadullin Baimukhametov Ishmuratov Kuvatov Mustafin Yanturin Yumagulov "
                              "Ishbulatov Bikbaev Kulsharipov Shaimuratov Aminev Ishkildin Gabitov Yamaletdinov "
                              "Rakhmatullin Sagitov Kagarmanov Zainullin Baishev Sultangareev")},
    "circassian": {"male": _W("Anzor Kazbek Zaur Beslan Inal Astemir Mukhamed Khazret Alim Tembot Aslanbek Murat "
                              "Adamey Kasey Asker Khusen Aslan Nalbi Zamir Kazbulat"),
                   "female": _W("Nafset Mariet Sataney Lyana Saida Dana Bella Susana Fatima Zalina Madina Zarema "
                                "Rimma Asiyat Svetlana Nalmes Zuleikha Guasha"),
                   "surname": _W("Kumakhov Khakunov Shogenov Kardanov Nalchikov Tkhagapsoev Khatukhov Beshtokov "
                                 "Shebzukhov Ashinov Gubzhokov Khuazhev Tlyanchev Kushkhov Zhemukhov Tsipinov "
                                 "Bitokov Dyshekov Kodzokov Akhokhov"),
                   "abroad": _W("Berzeg Hatko Natho Abat Kunt Haghandoqa Habjoka Mirza Bino Kharma Shogan Jaghra")},
    "cape_verdean": {"male": _W("João José Manuel António Carlos Jorge Nelson Edson Adilson Hélio Djalma Ivanildo "
                                "Arlindo Evandro Zeferino Amarildo Dionísio Emanuel Ailton Valdemar"),
                     "female": _W("Maria Ana Lúcia Elisângela Odete Idalina Arlete Jandira Sónia Eunice Edna Nilda "
                                  "Zuleica Antónia Djenifer Aldina Natércia Celestina Ivone"),
                     "surname": _W("Tavares Fernandes Monteiro Lopes Gomes Semedo Varela Furtado Moreira Andrade "
                                   "Rodrigues Pina Spencer Delgado Brito Correia Barros Fortes Mendes Soares Duarte "
                                   "Almeida Rocha Sanches Cardoso Veiga Baptista Ramos")},
    "mauritian": {"creole_male": _W("Jean-Marc Jean-Yves Gérard Patrice Wesley Jocelyn Ludovic Fabrice Gino "
                                    "Jean-Claude Dany Stéphane"),
                  "creole_female": _W("Marie-Claire Josiane Nathalie Stéphanie Marie-Josée Vanessa Priscilla "
                                      "Jessica Murielle Ginette Sandrine"),
                  "creole_surname": _W("Perrine Labonne Casimir Cupidon Jolicoeur Félicité Sévère Bégué Lamarque "
                                       "Ravina Laval Édouard Castel Agathe Bellerose"),
                  "indo_male": _W("Vikash Rajesh Anil Yogesh Kavish Sanjay Dhanraj Ashvin Devanand Rakesh "
                                  "Sooraj Nitish"),
                  "indo_female": _W("Priya Reshma Vidya Anjali Nisha Kavita Sunita Poonam Shalini Deepa Leela "
                                    "Sangeeta"),
                  "indo_surname": _W("Beeharry Ramdin Seebaluck Dookhun Gopaul Ramsamy Appadoo Veerasamy Bhunjun "
                                     "Ramphul Hurree Sookun Jhugroo Luchmun Persand Dulloo Ramlagun Moonesawmy"),
                  "sino_male": _W("Kenny Jean-Michel Patrick Eric Alain Kevin Bernard Johnny"),
                  "sino_female": _W("Cindy Marie-Lise Mei-Ling Jacqueline Evelyne Christine Nadine"),
                  "sino_surname": ["Li Wan Po", "Ah Sue", "Lee Chin", "Leung Shing", "Ah Kee", "Lam Po Tang",
                                   "Wong Chung", "Ng Kee Kwong", "Lai Fat Fat", "Chan Sow Yin"]},
    "sami": {"male": _W("Máhtte Ánte Niillas Jovnna Áslat Heaika Piera Lemet Ovllá Ásllat Mihkkal Issát Nils-Ánte "
                        "Ájllo Juhán Hánssa Per-Ivvár Sámmol"),
             "female": _W("Biret Risten Sárá Elle Ánná Máret Inga Berit Sunná Ravdná Áile Elen Gádjá Ristiinná "
                          "Inga-Máret Káre Márjá Ellen-Sárá"),
             "surname": _W("Sara Eira Hætta Somby Buljo Utsi Balto Labba Oskal Siri Bongo Skum Magga Gaino Triumf "
                           "Mienna Kuhmunen Partapuoli Kemi Porsanger Juuso Näkkäläjärvi Aikio Guttorm")},
    "word_given": {"male": _W("Arrow Canyon Cedar Falcon Harbor Jasper Phoenix Zephyr Onyx Ransom Baron Sailor "
                              "Tucker"),
                   "female": _W("Ebony Clementine Amethyst Sapphire Emerald Opal Garnet Pansy Comfort Lyric Laurel "
                                "Briar Felicity"),
                   "surname": _W("Ashworth Brackenbury Cottam Drabble Eccleston Fothergill Grimshaw Haworth "
                                 "Illingworth Knowles Longbottom Mellor Nuttall Openshaw Pickles Rigby Scholes "
                                 "Tattersall Whitworth")},
    "english_reference": {"male": _W("Ambrose Barnaby Cedric Digby Everard Gervase Horace Ivor Leopold Montague "
                                     "Neville Octavius Peregrine Rupert Sebastian Tobias"),
                          "female": _W("Agatha Beatrix Delphine Edwina Georgiana Harriet Imogen Jemima Letitia "
                                       "Millicent Octavia Penelope Rosamund Seraphina Theodora"),
                          "surname": _W("Bagshaw Dunkerley Egerton Fenwick Greenhalgh Higginbottom Isherwood "
                                        "Kenworthy Lomax Micklethwaite Nethercott Ollerenshaw Shufflebottom "
                                        "Trevelyan Uttley Winstanley")},
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
