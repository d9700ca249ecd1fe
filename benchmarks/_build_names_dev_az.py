"""Build ``data/dev_az_names.json`` from hand-kept lists written from general knowledge of these naming customs (no
package, file or list of another split, lexicon, pool or model read for them).

    python -m benchmarks._build_names_dev_az

Hand-kept (``HAND``): Sakha (Yakut) given names (Sakha and the Russian ones Sakha families use) with Russian-form
surnames (``Sleptsov`` / ``Sleptsova``, the feminine ``-a`` added by the sampler), Buryat given names with surnames
made from a forefather's name (``Tsyrenov``, ``Dugarov``), Chamorro given names (Spanish and English) and Chamorro
surnames (``Taitano``, ``Quichocho``, ``Manibusan``), Garifuna given names and surnames (Honduran two surnames joined by
the sampler: ``Guity Norales``), Faroese given names and surnames with ``ð ø æ`` and the place-surnames with a
particle (``við Á``, ``í Dali``, ``á Ryggi``), Romani given names and surnames in four lists by home country (Romania:
trade-clan surnames ``Căldăraru``, ``Lăutaru``; Hungary: ``Kolompár``, ``Rostás``; Slovakia: ``Gabčo`` / ``Gabčová``;
UK Romany: ``Loveridge``, ``Boswell``), English given names that are everyday words (none of dev_ar's to dev_ay's)
with ordinary surnames, and English reference names. No package was used. Public figures' names left out (no
``Ammosov``, ``Oyunsky``, ``Nikolaev``, ``Borisov``, ``Zhamsuev``, ``Dorzhiev``, ``Badmaev``, ``Tsybikov``,
``Leon Guerrero``, ``Calvo``, ``Camacho``, ``Bordallo``, ``Tenorio``, ``Sablan``, ``Palacio``, ``Cayetano``,
``Hoydal``, ``Johannesen``, ``Dam``, ``Skaale``, ``Heinesen``, ``Patursson``, ``Lakatos``). Claimed for ``dev_az``
evaluation only.
"""
from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_az_names.json"
_W = str.split
HAND = {
    "sakha": {"male": _W("Aian Aisen Ayal Aital Erchim Nyurgun Dyulustan Ergis Timir Kyndyl Michil Tuskul Aikhal "
                         "Bergen Uigun Semyon Egor Prokopy Innokenty Afanasy Vasily"),
              "female": _W("Sardaana Tuyaara Kyunney Aitalina Sayaana Nyurguyana Saina Aiyyna Kerecheene Dayaana "
                           "Kyuna Nariyana Varvara Matryona Praskovya Alina Uruiimaa"),
              "surname": _W("Sleptsov Pestryakov Okhlopkov Everstov Kolesov Nakhodkin Sivtsev Neustroev Argunov "
                            "Androsov Tarabukin Protodyakonov Struchkov Bosikov Krivoshapkin Popov Gotovtsev "
                            "Nikiforov Danilov Efimov Vinokurov Sofronov Maksimov Petrov")},
    "buryat": {"male": _W("Bato Bair Tsyren Dorzho Zorikto Munko Aldar Dashi Bayar Erdem Solbon Chingis Zhargal "
                          "Tumen Buyan Galsan Arsalan Dugar Tsyden Balzhan Baldan Sambu"),
               "female": _W("Sayana Tuyana Dulma Tsyrenma Erzhena Darima Seseg Oyuna Sesegma Bayarma Aryuna "
                            "Zhargalma Dolgor Khandama Rinchinma Sendema Norzhima Soelma"),
               "surname": _W("Tsyrenov Dashiev Baldanov Gomboev Tsydenov Namsaraev Dugarov Radnaev Sanzhiev Batuev "
                             "Ochirov Bayanov Erdyneev Garmaev Khamaganov Budaev Shagdarov Tsyrempilov Dondokov "
                             "Zhalsanov Bazarov Sampilov Munkuev Aiusheev")},
    "chamorro": {"male": _W("Jesus Vicente Juan Jose Francisco Ignacio Joaquin Pedro Antonio Ramon Frank Tony Jess "
                            "Vince Ben Gerard Roque Felix Jesse Manuel Raymond Anthony"),
                 "female": _W("Maria Rosa Carmen Dolores Josefina Rita Ana Teresita Lourdes Remedios Consolacion "
                              "Bernadita Tina Ursula Annie Frances Priscilla Rosalia Vicenta Jacqueline"),
                 "surname": _W("Taitano Taimanglo Taitague Tainatongo Manibusan Mendiola Quitugua Quichocho Quinata "
                               "Charfauros Aguon Mafnas Babauta Atalig Manglona Chargualaf Fejeran Cepeda Aflague "
                               "Muña Terlaje Pangelinan Borja Unpingco Santos Salas Cruz Paulino Lujan Naputi")},
    "garifuna": {"male": _W("Pablo Celso Efraín Wilfredo Nolberto Santos Teófilo Eusebio Alfonso Leonel Darwin "
                            "Felipe Marcelino Cristóbal Jeremías Isidro Tránsito Aurelio Yeison Ángel"),
                 "female": _W("Yesenia Dilcia Mirna Nidia Ena Celia Sonia Gregoria Tomasa Juana Marleny Ingrid "
                              "Wendy Gladys Francisca Digna Reina Ismelda Eduviges Sixta"),
                 "surname": _W("Guity Arzú Bernárdez Sabio Norales Sambula Suazo Zúniga Castillo Álvarez Martínez "
                               "Velásquez Ávila Núñez Mejía Colón Lino Loredo Mariano Solís Bermúdez Baltazar "
                               "Lambert Ellis Gotay Cacho Arana Nicasio Fernández Garcés")},
    "faroese": {"male": _W("Jógvan Rógvi Høgni Bárður Sigurð Jóannes Dánjal Hanus Pól Símun Sjúrður Tróndur Heðin "
                           "Súni Óli Kári Esbern Finnbogi Regin Brandur Jákup Eli Magnus Hergeir"),
                "female": _W("Guðrun Sólja Rannvá Marjun Beinta Turið Sunneva Elin Bjørk Ragnhild Sigrid Hjørdis "
                             "Katrin Sólrun Jóhanna Tóra Fríða Brynhild Halla Ása Annika Sára Gunnvá"),
                "surname": _W("Joensen Jacobsen Poulsen Danielsen Niclasen Ziska Lamhauge Nolsøe Kjærbo Mohr "
                              "Debes Reinert Gaard Simonsen Mortensen Jespersen Midjord Fuglø Vágadal Hentze "
                              "Justinussen Zachariasen Eliasen Thomsen Rasmussen Sólstein Olsen Dahl Mikkelsen"),
                "particle": ["við Á", "í Dali", "á Ryggi", "í Hoyvík", "á Lakjuni", "við Stein", "í Garði"]},
    "romani": {"ro_male": _W("Florin Marian Costel Ionel Gheorghe Nicușor Dorel Sandu Cristian Mirel Vasile Petrică"),
               "ro_female": _W("Florentina Mariana Ramona Nicoleta Lăcrămioara Zamfira Violeta Rodica Gabriela "
                               "Ionela Margareta Sorina"),
               "ro_surname": _W("Căldăraru Lăutaru Zlătaru Ursaru Rudaru Spoitoru Fieraru Argintaru Lingurar Stoica "
                                "Dumitrache Caldare"),
               "hu_male": _W("Béla Zoltán Attila Tibor Kálmán Jenő Gusztáv Sándor Ferenc Rudolf Dezső Géza"),
               "hu_female": _W("Erzsébet Mária Katalin Zsanett Ibolya Gizella Rozália Tünde Anikó Margit Jolán "
                               "Irén"),
               "hu_surname": _W("Kolompár Rostás Sztojka Oláh Kállai Orsós Sárközi Bangó Csonka Raffael Balogh "
                                "Horváth Jónás Burai"),
               "sk_male": _W("Jozef Ján Marek Miroslav Rudolf Dezider Ladislav Štefan Koloman Bartolomej Milan "
                             "Vojtech"),
               "sk_female": _W("Jarmila Renáta Silvia Vierka Helena Alžbeta Marcela Denisa Agnesa Zuzana Dagmar "
                               "Irena"),
               "sk_surname": _W("Dužda Gabčo Kaleja Mirga Pompa Tancoš Gunár Lacko Červeňák Ferko Dunka Horváth "
                                "Kotlár Giňa"),
               "uk_male": _W("Elijah Levi Tyson Albert Shadrack Sylvester Isaiah Jethro Nelson Elias Abraham "
                             "Wisdom"),
               "uk_female": _W("Kizzy Vashti Britannia Delaney Roseanne Tilly Lavinia Sinfi Cinderella Reena "
                               "Dotty Mizelli"),
               "uk_surname": _W("Loveridge Boswell Lovell Buckland Herne Ayres Doe Penfold Heron Wenman Scamp "
                                "Gaskin Eastwood Brazil")},
    "word_given": {"male": _W("Basil Herb Barley Rye Forest Granite Marsh Beacon Anchor Hickory Timber Frost "
                              "Kestrel Thorn"),
                   "female": _W("Cinnamon Sorrel Plum Clove Sugar Honesty Jubilee Tempest Sable Starling Indigo "
                                "Scarlet Azure Breeze Sunday"),
                   "surname": _W("Ackroyd Bamforth Catterall Duckworth Entwistle Firth Gledhill Hepworth Ibbotson "
                                 "Jowett Kershaw Lumb Marsden Naylor Oldroyd Pilling Ramsden Sugden Thwaite "
                                 "Walmsley")},
    "english_reference": {"male": _W("Alaric Bartholomew Cuthbert Darcy Eustace Fitzroy Godfrey Hilary Jolyon "
                                     "Lancelot Marmaduke Nigel Percival Quentin Roderick Wilfred"),
                          "female": _W("Araminta Cressida Dorothea Eugenie Florence Gwendolen Henrietta Isadora "
                                       "Clarissa Marguerite Ottoline Philippa Rosalind Sybil Winifred"),
                          "surname": _W("Abercrombie Babington Chetwynd Dymock Fanshawe Gresley Heathcote "
                                        "Ingleby Lascelles Mainwaring Pennefather Ravensworth Stapleton "
                                        "Throckmorton Vavasour Wolstenholme")},
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
