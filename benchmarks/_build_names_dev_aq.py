"""Build ``data/dev_aq_names.json`` from public sources no other split, lexicon, pool or model reads, and hand-kept
lists.

    python -m benchmarks._build_names_dev_aq /tmp/zxcvbn-ts-language-cs-3.0.1.tgz \
        /tmp/zxcvbn-ts-language-es-es-4.1.2.tgz /path/to/yb66+RandomPerson.git

* @zxcvbn-ts/language-cs 3.0.1 (npm, MIT; ``src/firstnames.json``, ``src/lastnames.json``): the Czech given names of
  ``CS_MALE`` / ``CS_FEMALE`` and the surname pairs of ``CS_SURNAMES`` (``Novák`` / ``Nováková``), each checked to
  be in the source (lower case there: capitalised here).
* @zxcvbn-ts/language-es-es 4.1.2 (npm, MIT; ``src/firstnames.json``, ``src/lastnames.json``): the Spanish given
  names and surnames of ``MX_MALE`` / ``MX_FEMALE`` / ``MX_SURNAMES``, those common in Mexico, checked to be in the
  source without accents and printed with them (``hernandez`` -> ``Hernández``).
* yb66/RandomPerson @ 5eaf5d5 (github, MIT; ``lib/randomperson/names/thai-romanised-{male,female}-first.rb``,
  ``thai-romanised-last.rb``, ``scottish-{male,female}-first.rb``, ``welsh-last.rb``, ``scottish-last.rb``): the Thai
  given names and surnames of ``TH_*`` (kings, queens, princesses and prime ministers left out) and the English
  reference names of ``EN_*`` (Scottish given names, Welsh and Scottish surnames that are not everyday words).

Hand-kept (``HAND``; no licence-compatible source not already claimed was found in the time, a weakness of this
split): Romanian, Lithuanian and European Portuguese given names and surnames, Thai nicknames and long surnames,
Mexican compound given names and nicknames. Claimed for ``dev_aq`` evaluation only.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import unicodedata
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_aq_names.json"
_W = str.split
CS_MALE = _W("Jiří Jan Petr Josef Pavel Tomáš Jaroslav Miroslav Zdeněk Václav Michal František Jakub Lukáš Vladimír Ondřej "
             "Ladislav Radek Antonín Vojtěch Matěj Aleš Jaromír Jindřich Vlastimil Miloš Lubomír Štěpán Oldřich Luboš "
             "Radim Vít Bohumil Luděk Zbyněk Kryštof Vítězslav Tadeáš Dalibor Radomír Ludvík Vilém Otakar Mikuláš Leoš "
             "Bedřich Vratislav Matouš Břetislav Přemysl Hynek Jáchym Bohumír Arnošt Svatopluk Lumír Evžen Čestmír "
             "Drahomír Bořivoj Čeněk Prokop")
CS_FEMALE = _W("Diana")  # the source lists few women's names: the rest are hand-kept (HAND["czech"])
CS_SURNAMES = _W("Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Pospíšil Hájek Král "
                 "Jelínek Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Kratochvíl Blažek Kříž "
                 "Kovář Bartoš Vlček Polák Kopecký Šimek Konečný Štěpánek Holub Kadlec Dostál Soukup")
MX_MALE = _W("Antonio Manuel José Francisco Juan Javier Luis Carlos Alejandro Jesús Miguel Ángel Rafael Pedro Sergio "
             "Fernando Jorge Alberto Raúl Rubén Óscar Enrique Ramón Andrés Santiago Mario Víctor Joaquín Eduardo Roberto "
             "Ricardo Salvador Guillermo Gonzalo Julio Agustín Arturo Rodrigo Felipe Gerardo Armando Emiliano Ezequiel")
MX_FEMALE = _W("María Guadalupe Verónica Leticia Rocío Alejandra Gabriela Mariana Fernanda Claudia Adriana Araceli "
               "Yolanda Maribel Itzel Ximena Citlali Xóchitl Brenda Karla")
MX_SURNAMES = _W("García Rodríguez González Hernández López Martínez Sánchez Pérez Gómez Jiménez Ruiz Díaz Moreno "
                 "Muñoz Álvarez Romero Gutiérrez Torres Domínguez Ramos Vázquez Ramírez Morales Ortiz Castillo Cruz "
                 "Méndez Flores Herrera Reyes Vega Aguilar Rojas Rivera Mendoza Contreras Salazar Guzmán Pacheco "
                 "Trujillo Escobar Zamora Ponce Valencia Cuevas Galindo Aguirre Zúñiga Cervantes Ochoa Navarrete")
TH_MALE = _W("Anurak Chairat Chalermchai Chatri Chaturon Chesda Choochai Ittiporn Kasemchai Kasemsan Kiet Kittichai "
             "Kriengsak Kwanchai Nikom Niran Noppadon Norachai Pairat Paitoon Phaibun Pichai Pichit Prasong Pravat "
             "Pricha Rangsan Santichai Sombat Somchai Sunti Supoj Thanarat Thanit Udom Wattana Wiset Yindee")
TH_FEMALE = _W("Achara Anchali Busaba Chariya Charunee Chintana Chirawan Jintana Kalaya Kanchana Kannika Kanya Kwanjai "
               "Lalana Malee Maliwan Naruemon Nittaya Pakpao Pichitra Pranee Ratana Saowapa Savitree Songsuda "
               "Suchada Sukanda Sumalee Sunisa Supaporn Sureeporn Tida Yaowalak Wipa")
TH_SURNAMES = _W("Aromdee Bunyasarn Chaiprasit Chaisurivirat Jetjirawat Kaewburesai Kitjakarn Kongpaisarn "
                 "Kongsangchai Kunakorn Lertkunakorn Maneerattana Meesang Nimitwanitch Pornpipatpong Prasongsanti "
                 "Punyawong Rojjanasukchai Saenamuang Sirisopa Sripituksakul Sriwarunyu Suntornnitikul Suppamongkon "
                 "Tawisuwan Udomprecha Wattanapanit Wattanasin")
EN_MALE = _W("Alastair Angus Calum Dougal Ewan Fingal Hamish Lachlan Mungo Ranald Sholto Somerled Tavish Iain Lorne")
EN_FEMALE = _W("Ailsa Elspeth Fenella Isla Kirsty Mairi Marsali Rhona Shona Lilias Effie Davina Catriona Iona")
EN_SURNAMES = _W("Bevan Beynon Cadwalader Gethin Gronow Kyffin Leyshon Llewelyn Meyrick Prosser Prothero Rhydderch "
                 "Treharne Vaughan Wogan Yorath Woosnam Maddocks Pritchard Probert Buchanan Drummond Forsyth Mcintyre "
                 "Macleod Mcgregor Jamieson Henderson")
HAND = {
    "czech": {"female": _W("Jana Eva Hana Lenka Kateřina Lucie Věra Alena Petra Veronika Jaroslava Tereza Markéta "
                           "Zdeňka Michaela Ludmila Jitka Dagmar Radka Šárka Blanka Božena Libuše Vlasta")},
    "romanian": {"male": _W("Florin Sorin Ionuț Răzvan Cătălin Mircea Dragoș Costel Ovidiu Bogdan Tudor Viorel "
                            "Gheorghe Vasile Radu Lucian Marius Cosmin Horia Petru Ștefan Alin Liviu Nicușor Silviu"),
                 "female": _W("Doina Ioana Mihaela Andreea Irina Roxana Raluca Anca Oana Camelia Florentina Mădălina "
                              "Ileana Rodica Viorica Luminița Simona Alina Cristina Bianca Teodora Larisa Ana-Maria "
                              "Georgiana Daniela"),
                 "surname": _W("Popescu Ionescu Constantinescu Dumitrescu Georgescu Stănescu Marinescu Niculescu "
                               "Popovici Munteanu Lungeanu Moldoveanu Stoica Dobre Ungureanu Bălan Toma Ciobanu "
                               "Răducanu Vlădescu Țurcanu Mureșan Bărbulescu Neagu Zăvoianu Pătrășcanu Dinu "
                               "Căpraru Enache Stoian")},
    "lithuanian": {"male": _W("Jonas Tomas Mantas Darius Andrius Žygimantas Mindaugas Vytautas Rokas Lukas Dovydas "
                              "Gediminas Algirdas Saulius Šarūnas Paulius Tadas Justinas Arūnas Kęstutis Giedrius Ignas"),
                   "female": _W("Rūta Ieva Gintarė Jurgita Aušra Eglė Indrė Agnė Rasa Vilma Dalia Laura Austėja "
                                "Kotryna Gabija Daiva Živilė Simona Inga Neringa"),
                   # masculine surname: (wife's -ienė form, unmarried -aitė / -ytė / -ūtė form)
                   "surname": {"Kazlauskas": ["Kazlauskienė", "Kazlauskaitė"], "Petrauskas": ["Petrauskienė", "Petrauskaitė"],
                               "Jankauskas": ["Jankauskienė", "Jankauskaitė"], "Stankevičius": ["Stankevičienė", "Stankevičiūtė"],
                               "Vasiliauskas": ["Vasiliauskienė", "Vasiliauskaitė"], "Žukauskas": ["Žukauskienė", "Žukauskaitė"],
                               "Butkus": ["Butkienė", "Butkutė"], "Paulauskas": ["Paulauskienė", "Paulauskaitė"],
                               "Urbonas": ["Urbonienė", "Urbonaitė"], "Kavaliauskas": ["Kavaliauskienė", "Kavaliauskaitė"],
                               "Baranauskas": ["Baranauskienė", "Baranauskaitė"], "Navickas": ["Navickienė", "Navickaitė"],
                               "Rimkus": ["Rimkienė", "Rimkutė"], "Sakalauskas": ["Sakalauskienė", "Sakalauskaitė"],
                               "Mockus": ["Mockienė", "Mockutė"], "Žemaitis": ["Žemaitienė", "Žemaitytė"],
                               "Balčiūnas": ["Balčiūnienė", "Balčiūnaitė"], "Kairys": ["Kairienė", "Kairytė"],
                               "Vaitkus": ["Vaitkienė", "Vaitkutė"], "Lukoševičius": ["Lukoševičienė", "Lukoševičiūtė"],
                               "Grigonis": ["Grigonienė", "Grigonytė"], "Šimkus": ["Šimkienė", "Šimkutė"]}},
    "portuguese": {"male": _W("João Tiago Rui Nuno Duarte Gonçalo Afonso Vasco Rodrigo Diogo Bernardo Henrique Tomás "
                              "Martim Sérgio Hélder Fábio Luís"),
                   "female": _W("Inês Beatriz Leonor Matilde Carolina Mariana Filipa Joana Catarina Sofia Marta "
                                "Raquel Teresa Conceição Graça Fátima Margarida Rita"),
                   "compound_male": ["João Pedro", "José Miguel", "Pedro Miguel", "Luís Filipe", "Nuno Miguel", "Rui Pedro"],
                   "compound_female": ["Ana Rita", "Ana Sofia", "Maria João", "Ana Catarina", "Maria Inês", "Ana Margarida"],
                   "surname": _W("Ferreira Costa Pinto Rodrigues Martins Sousa Gonçalves Carvalho Lopes Marques "
                                 "Ribeiro Fernandes Teixeira Moreira Correia Mendes Nunes Cardoso Vieira Magalhães "
                                 "Pereira Barbosa Simões Tavares Azevedo Quintas Meireles Antunes Figueiredo Loureiro"),
                   "particle": {"Costa": "da", "Silva": "da", "Cunha": "da", "Santos": "dos", "Reis": "dos",
                                "Sousa": "de", "Carvalho": "de", "Oliveira": "de", "Matos": "de", "Fonseca": "da"}},
    "thai": {"nick": _W("Nok Ploy Ton Bee Aom Fon Pim Nan Golf Tae Pui Mint Fah Beam Joy Kwan Nat Oil Ice Pond"),
             "long_surname": _W("Srisawatdikul Rattanawongsakul Chaiyaphumwattana Pongsakornthanakit "
                                "Wongsuwanprasert Thammasirikul Kittisuksombat")},
    "mexican": {"compound_male": ["José Luis", "Juan Carlos", "José Manuel", "Luis Fernando", "José Antonio", "Juan Pablo",
                                  "Miguel Ángel", "Jesús Alberto"],
                "compound_female": ["María Guadalupe", "María Fernanda", "María José", "Ana Laura", "María del Carmen",
                                    "Diana Laura", "María Elena", "Rosa María"],
                "nick": {"María Guadalupe": "Lupita", "Guadalupe": "Lupe", "José": "Pepe", "Francisco": "Paco",
                         "Jesús": "Chuy", "Guillermo": "Memo", "Eduardo": "Lalo", "Alejandro": "Alex",
                         "María del Carmen": "Carmen", "Rosa María": "Rosy", "Enrique": "Quique", "Ignacio": "Nacho"}},
}
_PUBLIC_TH = set(_W("Bhumipol Chulalongkorn Mongkut Vajiralongkorn Vajiravudh Sirikit Sirindhorn Ubolratana Chulaborn "
                    "Naresuan Ramkamhaeng Mahidol Chakri Leekpai Shinawatra Choonhavan Panyarachun Pramoj Kukrit"))


def fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def _npm_json(tgz: Path, name: str) -> list:
    with tarfile.open(tgz) as tar:
        return json.load(tar.extractfile(f"package/src/{name}.json"))


def _ruby_list(git_dir: str, name: str) -> set:
    text = subprocess.run(["git", "--git-dir", git_dir, "show", f"5eaf5d5:lib/randomperson/names/{name}.rb"],
                          check=True, capture_output=True, text=True).stdout
    return set(text.split("%w{", 1)[1].split("}", 1)[0].split())


def _attested(picked, source: set, fold_it=True) -> list:
    """Every picked name is in the source (compared without accents and case where ``fold_it``)."""
    key = fold if fold_it else (lambda w: w)
    missing = [p for p in picked if key(p) not in {key(s) for s in source}]
    if missing:
        raise SystemExit(f"not in source: {missing}")
    return list(picked)


def main(argv: list[str]) -> int:
    cs, es, rp = Path(argv[0]), Path(argv[1]), argv[2]
    cs_first, cs_last = set(_npm_json(cs, "firstnames")), set(_npm_json(cs, "lastnames"))
    es_first, es_last = set(_npm_json(es, "firstnames")), set(_npm_json(es, "lastnames"))
    cs_female = {s: s[:-1] + "ová" if s.endswith("a") else s[:-1] + "á" if s.endswith("ý") else s + "ová"
                 for s in CS_SURNAMES}
    cs_female.update({"Němec": "Němcová", "Hájek": "Hájková", "Jelínek": "Jelínková", "Sedláček": "Sedláčková",
                      "Blažek": "Blažková", "Vlček": "Vlčková", "Šimek": "Šimková", "Štěpánek": "Štěpánková"})
    _attested(CS_SURNAMES + list(cs_female.values()), cs_last)
    mx_hand = [n for n in MX_FEMALE if fold(n) not in {fold(s) for s in es_first}]
    print("Mexican women's names the source lacks (hand-kept):", mx_hand)
    th_first = _ruby_list(rp, "thai-romanised-male-first") | _ruby_list(rp, "thai-romanised-female-first")
    assert not _PUBLIC_TH & set(TH_MALE + TH_FEMALE + TH_SURNAMES)
    tables = {
        "czech": {"male": _attested(CS_MALE, cs_first), "female": _attested(CS_FEMALE, cs_first) + HAND["czech"]["female"],
                  "surname": {m: f for m, f in cs_female.items()}},
        "mexican": {"male": _attested(MX_MALE, es_first), "female": MX_FEMALE,  # attested below where the source has them
                    "surname": _attested(MX_SURNAMES, es_last), **HAND["mexican"]},
        "thai": {"male": _attested(TH_MALE, th_first, False), "female": _attested(TH_FEMALE, th_first, False),
                 "surname": _attested(TH_SURNAMES, _ruby_list(rp, "thai-romanised-last"), False), **HAND["thai"]},
        "english_reference": {
            "male": _attested(EN_MALE, _ruby_list(rp, "scottish-male-first"), False),
            "female": _attested(EN_FEMALE, _ruby_list(rp, "scottish-female-first"), False),
            "surname": _attested(EN_SURNAMES, _ruby_list(rp, "welsh-last") | _ruby_list(rp, "scottish-last"), False)},
        "romanian": HAND["romanian"], "lithuanian": HAND["lithuanian"], "portuguese": HAND["portuguese"],
    }
    OUT.write_text(json.dumps(tables, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({k: sum(len(v) for v in t.values()) for k, t in tables.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
