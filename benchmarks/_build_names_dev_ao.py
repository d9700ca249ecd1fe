"""Build ``data/dev_ao_names.json`` from a public source no other split, lexicon, pool or model reads, and hand-kept
lists.

    python -m benchmarks._build_names_dev_ao /tmp/zxcvbn-ts-language-pl-3.0.2.tgz

* @zxcvbn-ts/language-pl 3.0.2 (npm, MIT; ``src/{male,female}Firstnames.json``, ``src/{male,female}Lastnames.json``,
  lists drawn from the Polish PESEL registry's name lists, CC0): the most frequent Polish given names (``TOP_GIVEN``
  per sex) and surnames (``TOP_SURNAMES`` men's forms whose women's form, ``polish_feminine``, the women's list
  holds), capitalised; diacritics as the source writes them; the Ukrainian given names among them left out
  (``NOT_POLISH``).

Hand-kept (``HAND``; no licence-compatible source for these groups found in the time, a weakness of this split):
Yoruba / Igbo / Akan / Ewe given names, surnames and familiar short forms, and the English given names West Africans
carry first; Filipino given names, compound given names, nicknames and surnames (Spanish-origin, with particles);
Afrikaans given names, their familiar forms and surnames; Māori and Samoan / Tongan given and family names; Korean
surnames with their usual spellings and given names as syllable pairs, and Western given names of Korean emigrants;
Polish familiar forms; the English reference names. Claimed for ``dev_ao`` evaluation only.
"""
from __future__ import annotations

import json
import sys
import tarfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_ao_names.json"
TOP_GIVEN, TOP_SURNAMES = 110, 260
# Ukrainian names the registry holds among the most frequent (Ukrainians living in Poland): left out of a Polish group
NOT_POLISH = set("Oleksandr Serhii Andrii Volodymyr Dmytro Ivan Mykola Vitalii Vasyl Ihor Tetiana Nataliia".split())
_W = str.split
HAND = {
    "west_african": {
        "yoruba_male": _W("Oluwaseun Adebayo Babajide Oluwadamilare Oluwatobiloba Ayodele Olumide Adewale Kayode Oluwafemi "
                          "Gbenga Olusegun Akinwale Temitope Oladipo Abiodun Oluwole Tunde Ifeoluwa Opeyemi"),
        "yoruba_female": _W("Folake Titilayo Funmilayo Omolara Oluwakemi Adebimpe Yetunde Bukola Oluwabukola Morenike "
                            "Temitope Adeola Ayobami Modupe Oluwatoyin Olufunke Iyabo Damilola Oluwaseyi Abisola"),
        "yoruba_surname": _W("Adeyemi Ogunleye Oyelaran Adebisi Olaniyan Akinwande Ogunbiyi Adeleke Oyewole Ogundipe "
                             "Adesanya Ojo Afolabi Oladele Ayoola Bamidele Oyinlola Adegoke Akintola Olatunji"),
        "igbo_male": _W("Chukwuemeka Obinna Ifeanyi Nnamdi Uchenna Chinedu Ikechukwu Chibuike Ebuka Kelechi Onyekachi "
                        "Somtochukwu Chijioke Obiora Nnaemeka Tochukwu Emenike Chidiebere"),
        "igbo_female": _W("Chiamaka Ngozi Adaeze Chidinma Nkechi Ifeoma Uzoamaka Chinwe Obiageli Amarachi Nneka Ebere "
                          "Chioma Ogechi Adaobi Chinenye Ijeoma Oluchi"),
        "igbo_surname": _W("Okonkwo Nwosu Eze Okafor Nwachukwu Okeke Anyanwu Nwankwo Okoro Nnaji Obi Ezeh Onwuka "
                           "Chukwu Igwe Nwafor Ugwu Okoye Obiora Ezeani"),
        "akan_male": _W("Kwabena Kwame Kofi Kwaku Yaw Kwasi Kojo Kwadwo Kwesi Ekow Kobina Kwamena Fiifi Nana Kwaw"),
        "akan_female": _W("Adjoa Adwoa Abena Akua Yaa Afua Ama Akosua Efua Esi Araba Ekua Aba Afia Abenaa"),
        "akan_surname": _W("Mensah Owusu Asante Boateng Osei Appiah Ofori Amoako Agyeman Darko Frimpong Ansah Opoku "
                           "Adomako Gyamfi Acheampong Nyarko Amankwah Asamoah Kyei Sarpong Oduro"),
        "ewe_male": _W("Selorm Elikem Mawuli Senyo Edem Kafui Delali Kwami Etornam Dodzi Sedem Mawunyo"),
        "ewe_female": _W("Dzifa Enyonam Yayra Akpene Sefakor Elinam Mawusi Esinam Dela Xorlali Afi Abla"),
        "ewe_surname": _W("Agbeko Amegah Kpodo Dzokoto Agbenyega Gbeho Tsikata Akakpo Ahiable Kudjawu Dogbe Fiadzo "
                          "Adzraku Ahadzie Klutse Agbodza"),
        "christian_male": _W("Emmanuel Samuel Godwin Ebenezer Michael Isaac Daniel Solomon Victor Felix"),
        "christian_female": _W("Grace Blessing Comfort Patience Joy Esther Deborah Mercy Faith Gifty"),
        "nick": {"Oluwaseun": "Seun", "Oluwadamilare": "Dami", "Oluwatobiloba": "Tobi", "Babajide": "Jide",
                 "Oluwafemi": "Femi", "Olusegun": "Segun", "Oluwakemi": "Kemi", "Oluwabukola": "Bukky",
                 "Oluwatoyin": "Toyin", "Olufunke": "Funke", "Chukwuemeka": "Emeka", "Chiamaka": "Amaka",
                 "Ifeanyi": "Ify", "Somtochukwu": "Somto", "Nnaemeka": "Maeka", "Uzoamaka": "Uzo", "Chidinma": "Dinma",
                 "Akinwale": "Wale", "Oluwaseyi": "Seyi", "Adebimpe": "Bimpe", "Tochukwu": "Tochi", "Kwabena": "Kobby",
                 "Kwadwo": "Kojo", "Etornam": "Etor"},
    },
    "filipino": {
        "male": _W("Rommel Ronaldo Arnel Jericho Rodel Jonel Rizaldy Danilo Ernesto Reynaldo Romeo Edgardo Arnulfo "
                   "Efren Virgilio Eduardo Renato Rolando Noel Jomar Aldrin Marvin Jayson Jerome Ariel Rey Wilfredo"),
        "female": _W("Rowena Marites Jennilyn Maricel Rhodora Leonisa Nenita Lorna Analyn Marivic Rosalinda Editha "
                     "Jocelyn Charmaine Kristine Lovely Precious Princess Marilou Rosemarie Arlene Evangeline Maribel"),
        "compound_male": ["Jose Mari", "Juan Carlos", "Mark Anthony", "John Paul", "Jose Rizal", "John Mark", "Juan Miguel",
                          "Carlo Angelo", "Ramon Jose"],
        "compound_female": ["Ma. Cristina", "Ma. Theresa", "Ma. Luisa", "Maria Lourdes", "Mary Grace", "Anna Marie",
                            "Ma. Fe", "Maria Concepcion", "Mary Joy", "Kristine Joy"],
        "nick_male": _W("Bong Jun-Jun Dodong Toto Boyet Jojo Bing Nonoy Jhun Botchok"),
        "nick_female": _W("Len-Len Ging Inday Pinky Baby Neneng Tess Mylene Joy-Joy Bambi"),
        "surname": ["dela Cruz", "de los Santos", "Macaraeg", "Dimaculangan", "Bautista", "Villanueva", "Manalo",
                    "Mercado", "Tolentino", "Pangilinan", "Magbanua", "Dizon", "Panganiban", "Sarmiento", "Catapang",
                    "Malonzo", "Dumalagan", "Pascual", "Ocampo", "Soriano", "de Guzman", "del Rosario", "San Juan",
                    "Evangelista", "Salvador", "Dimagiba", "Macaspac", "Cabrera", "Lualhati", "Baluyot", "Tuazon",
                    "Gatchalian", "Sison", "Mangubat", "Buenaventura", "delos Reyes", "Agbayani", "Bernardo"],
    },
    "polish_nick": {"Małgorzata": "Gosia", "Wojciech": "Wojtek", "Grzegorz": "Grzesiek", "Katarzyna": "Kasia",
                    "Aleksandra": "Ola", "Krzysztof": "Krzysiek", "Tomasz": "Tomek", "Agnieszka": "Aga", "Joanna": "Asia",
                    "Magdalena": "Magda", "Piotr": "Piotrek", "Jakub": "Kuba", "Elżbieta": "Ela", "Barbara": "Basia",
                    "Stanisław": "Staszek", "Zofia": "Zosia", "Przemysław": "Przemek", "Bartłomiej": "Bartek",
                    "Aleksander": "Olek", "Dorota": "Dorotka", "Józef": "Józek", "Jadwiga": "Jadzia", "Urszula": "Ula"},
    "afrikaans": {
        "male": _W("Pieter Hendrik Johannes Jacobus Gerhardus Stephanus Christiaan Willem Francois Andries Marthinus "
                   "Petrus Schalk Dawid Riaan Wynand Jaco Ruan Werner Danie Gideon Theunis Hennie Louis"),
        "female": _W("Marietjie Annelie Elmarie Susanna Johanna Anneke Marelize Liezl Carina Elsabé Hester Retha Wilna "
                     "Anri Lizelle Chantelle Mariska Sunette Ilse Riana Magdalena Annemarie Cornelia"),
        "surname": ["van der Merwe", "du Plessis", "Janse van Rensburg", "Botha", "Pretorius", "van Wyk", "Nel", "Fourie",
                    "Venter", "Steyn", "Coetzee", "Swanepoel", "Oosthuizen", "le Roux", "du Toit", "van Zyl", "Joubert",
                    "Viljoen", "Engelbrecht", "Badenhorst", "Grobler", "Bezuidenhout", "Potgieter", "Erasmus",
                    "van Niekerk", "Lombard", "de Villiers", "Cronjé", "Vermeulen", "Labuschagne", "Terblanche",
                    "Wessels", "Visagie", "Hattingh", "Jansen van Vuuren", "van den Berg", "Olivier", "Snyman"],
        "nick": {"Jacobus": "Kobus", "Stephanus": "Fanie", "Christiaan": "Christo", "Gerhardus": "Gerhard",
                 "Marthinus": "Tinus", "Johannes": "Johan", "Susanna": "Sannie", "Johanna": "Hanlie", "Petrus": "Piet",
                 "Hendrik": "Henk", "Magdalena": "Lenie", "Cornelia": "Nelia", "Theunis": "Teun"},
    },
    "maori_pacific": {
        "maori_male": _W("Tāne Wiremu Hēmi Rāwiri Tamati Hohepa Manaia Nikau Ariki Rangi Pita Hone Tama Mikaere Kauri "
                         "Tipene Rēweti Matiu"),
        "maori_female": _W("Aroha Mere Ngaio Kahurangi Anahera Hinemoa Moana Tui Mereana Kiri Hana Ātaahua Hinewai "
                           "Marama Waiata Ngaire Rangimarie Huia"),
        "maori_surname": ["Ngata", "Parata", "Tipene", "Rewiti", "Te Kani", "Wihongi", "Tamihana", "Hēnare", "Kereama",
                          "Whaanga", "Karaka", "Te Paa", "Paewai", "Te Huia", "Waaka", "Heke", "Mahuika", "Te Whata",
                          "Ruawai", "Ngāwati"],
        "pacific_male": _W("Tavita Ioane Sefo Iosefa Fetu Sione Tevita Viliami Semisi Lealofi Tasi Filipo Siaosi Malakai"),
        "pacific_female": _W("Malia Losa Lagi Sina Salote Mele Ana Seini Teuila Lupe Talia Tupe Ofa"),
        "pacific_surname": ["Faleolo", "Tuilagi", "Leota", "Tuiasosopo", "Fonoti", "Sapolu", "Aumua", "Fa'amausili",
                            "Leavasa", "Toleafoa", "Soliai", "Tupou", "Taufa", "Fifita", "Havili", "Latu", "Vaipulu",
                            "Moala", "Kaufusi", "Fonua", "Mahe", "Ta'ufo'ou", "Sopoaga", "Lefiti"],
        "english_male": _W("Daniel Joseph Michael Samuel"), "english_female": _W("Grace Rachel Hannah Sarah"),
    },
    "korean": {
        "surname": [["Kim", "Gim"], ["Lee", "Yi", "Rhee"], ["Park", "Pak", "Bak"], ["Choi", "Choe"],
                    ["Jung", "Chung", "Jeong"], ["Kang"], ["Cho", "Jo"], ["Yoon", "Yun"], ["Jang", "Chang"],
                    ["Lim", "Im"], ["Han"], ["Oh"], ["Seo", "Suh"], ["Shin", "Sin"], ["Kwon"], ["Hwang"], ["Ahn", "An"],
                    ["Song"], ["Yoo", "Yu"], ["Hong"], ["Jeon", "Chun"], ["Ko", "Koh"], ["Moon", "Mun"], ["Yang"],
                    ["Baek", "Paik"], ["Nam"], ["Noh", "Roh"], ["Ha"], ["Byun"], ["Gu", "Koo"]],
        "given_male": ["Min-jun", "Ji-hoon", "Hyun-woo", "Do-yoon", "Jae-won", "Sung-min", "Young-ho", "Dong-hyun",
                       "Kyung-soo", "Seung-hoon", "Joon-young", "Tae-yang", "Woo-jin", "Sang-woo", "Jin-ho", "Min-seok",
                       "Hyun-jun", "Byung-chul"],
        "given_female": ["Ji-woo", "Seo-yeon", "Ha-eun", "Eun-ji", "So-yeon", "Mi-kyung", "Hye-jin", "Soo-jin",
                         "Jin-young", "Yeon-woo", "Min-ji", "Su-bin", "Ye-jin", "Da-eun", "Hyo-jin", "Eun-hye",
                         "Seung-hee", "Na-rae"],
        "western_male": _W("David Daniel Andrew Brian Kevin Justin Peter Paul Steven Joseph"),
        "western_female": _W("Grace Esther Christina Jennifer Sarah Hannah Michelle Rachel Julie Eunice"),
    },
    "english_reference": {
        "male": _W("Nigel Hamish Alastair Rupert Gareth Crispin Lachlan Fergus Barnaby Tarquin Desmond Clive Rhodri "
                   "Ptolemy Lorcan Jolyon Humphrey Aubrey Piers Hugo"),
        "female": _W("Gillian Philippa Imogen Bronwen Fiona Harriet Henrietta Jocasta Rosalind Tamsin Morwenna Perpetua "
                     "Clemency Araminta Lavinia Georgina Cordelia Marjorie Winifred Beatrix"),
        "surname": _W("Ashworth Pemberton Hargreaves Fairclough Whitworth Blenkinsop Ormerod Cartwright Thackeray "
                      "Ainsworth Haworth Entwistle Postlethwaite Greenhalgh Sowerby Braithwaite Featherstonehaugh "
                      "Ravenscroft Cholmondeley Tattersall Duckworth Murgatroyd Winterbottom Higginbottom Pickersgill"),
    },
}


def polish_feminine(surname: str) -> str:
    """A Polish woman's form of a man's surname: ``Kowalski`` -> ``Kowalska``, ``Nowacki`` -> ``Nowacka``; others
    (``Nowak``, ``Wójcik``, ``Mazur``) are the same for both."""
    if surname.endswith(("ski", "cki", "dzki")):
        return surname[:-1] + "a"
    return surname


def _cap(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _polish(tgz: Path) -> dict:
    def member(name: str) -> list:
        with tarfile.open(tgz) as t:
            return json.loads(t.extractfile(f"package/src/{name}.json").read().decode("utf-8"))

    women = set(member("femaleLastnames"))
    surnames = [m for m in member("maleLastnames") if polish_feminine(m) in women][:TOP_SURNAMES]
    def given(name: str) -> list:
        return [g for g in (_cap(n) for n in member(name)[:TOP_GIVEN]) if g not in NOT_POLISH]

    return {"male": given("maleFirstnames"), "female": given("femaleFirstnames"),
            "surname": [_cap(s) for s in surnames], "nick": HAND["polish_nick"]}


def main(argv: list[str]) -> int:
    tables = {k: v for k, v in HAND.items() if k != "polish_nick"}
    tables["polish"] = _polish(Path(argv[0]))
    OUT.write_text(json.dumps(tables, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({k: sum(len(x) for x in v.values()) for k, v in tables.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
