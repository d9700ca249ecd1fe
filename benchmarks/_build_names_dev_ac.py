"""Build ``data/dev_ac_names.json`` from two sources no other split, lexicon, pool or model reads, plus hand-kept
lists of Horn of Africa and Francophone Central / West African naming-system names (no list of persons).

    git clone https://github.com/Cryborg/Carmen && git -C Carmen checkout 09c789eee050
    pip download --no-deps randnamepy==1.0.1 && unzip randnamepy-1.0.1-py3-none-any.whl -d randnamepy
    python -m benchmarks._build_names_dev_ac Carmen/app/Providers/Faker/af/Person.php randnamepy/randnamepy/names.py

* ``Carmen`` (github Cryborg/Carmen, commit ``09c789eee050165fcbc222c0fc239c1837a4b76c``, MIT per its
  ``composer.json``): the given-name lists ``$firstNameMale`` / ``$firstNameFemale`` of its African Faker provider
  ``app/Providers/Faker/af/Person.php``, of which only the names in ``CARMEN_PICK`` below (Ethiopian / Eritrean, Somali,
  Wolof / Fula / Bambara given names, chosen by hand from that file's list) are kept; its surname list is not used.
* ``randnamepy`` 1.0.1 (PyPI, MIT): ``randnamepy/names.py``, its ``MALE_FIRST_NAMES``, ``FEMALE_FIRST_NAMES`` and
  ``LAST_NAMES`` (less its Hispanic and Asian surnames) for the English reference group and the English given names
  of the ``mixed`` group.
* ``HAND`` below, hand-kept for this split: Amharic / Tigrinya / Oromo given names and the parts of compound names
  (``Gebre-``, ``Wolde-``, ``Haile-``, ``-mariam``, ``-medhin``), Somali given names in English and Somali spelling
  and Somali nicknames (``Dheere``), Congolese French given names (``Jean-Pierre``) and Luba / Kongo / Lingala family
  names (``Mukendi``, ``Tshibanda``), Wolof / Fula / Bambara given names, name prefixes (``Ndeye``, ``Pape``) and
  family names (``Diop``, ``Ba``, ``Sy``); ``WORD_NAMES``: English and French words given as first names (``Gift``,
  ``Merveille``). Public knowledge of the naming systems, not a list of persons; written from memory, no list copied.

Claimed for ``dev_ac`` evaluation only (``NAME_SOURCES.md``): never add these names to a lexicon, a pool or training.
"""
from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_ac_names.json"
CARMEN_PICK = {
    "habesha": {"male": ("Alemayehu", "Berhane", "Berhanu", "Dawit", "Dejen", "Desta", "Ermias", "Eskender", "Gadisa",
                         "Gudina", "Lelisa", "Lencho", "Sisay", "Tadesse", "Tamrat", "Tariku", "Tesfaye", "Tewodros",
                         "Workneh", "Yared", "Yohannes"),
                "female": ("Abeba", "Aberash", "Bontu", "Etenesh", "Gadise", "Haregewoin", "Hiwot", "Kidist", "Konjit",
                           "Lelise", "Lishan", "Lulit", "Meklit", "Meti", "Seble", "Werknesh", "Worknesh", "Yewubdar")},
    "somali": {"male": ("Aadan", "Abdullaahi", "Axmed", "Cabdiraxman", "Cabdullaahi", "Cabdulqaadir", "Cali", "Cismaan",
                        "Cusmaan", "Maxamed", "Mukhtaar", "Xasan", "Yuusuf"),
               "female": ("Aamina", "Asha", "Ayaan", "Fadumo", "Hibo", "Hodan", "Saynab", "Xaawo", "Xaliima")},
    "senegambian": {"male": ("Abdoulaye", "Alassane", "Amadou", "Boubacar", "Ibrahima", "Mamadou", "Modou", "Moussa",
                             "Moustapha", "Oumar", "Ousmane", "Seydou", "Souleymane", "Yacouba"),
                    "female": ("Aminata", "Awa", "Aïssatou", "Fatou", "Fatoumata", "Kadiatou", "Seynabou")},
}
HAND = {
    "habesha": {
        "male": ("Abebe", "Kebede", "Getachew", "Mulugeta", "Solomon", "Yonas", "Henok", "Biniam", "Dereje", "Girma",
                 "Tekle", "Mesfin", "Abiy", "Samuel", "Fitsum", "Kaleab", "Natnael", "Yitbarek", "Amanuel", "Filmon",
                 "Merhawi", "Tesfay", "Abraham", "Bekele", "Chala", "Fekadu", "Gemechu", "Negash", "Hagos", "Kiflom"),
        "female": ("Selamawit", "Tigist", "Mekdes", "Bethlehem", "Hirut", "Almaz", "Tsehay", "Rahel", "Meron", "Saba",
                   "Helen", "Eden", "Feven", "Senait", "Mahlet", "Tsion", "Yordanos", "Aster", "Genet", "Mulu", "Ruth",
                   "Tirhas", "Luwam", "Elsa", "Lemlem", "Chaltu", "Ayantu", "Hanna"),
        "father": ("Haile", "Tesfaye", "Kebede", "Bekele", "Girma", "Tadesse", "Mengistu", "Alemu", "Desta", "Hagos",
                   "Asfaw", "Negash", "Woldu", "Tekle", "Abera", "Mekonnen", "Berhe", "Kahsay", "Tsegaye", "Gebru",
                   "Teferi", "Ayele", "Demissie", "Yohannes", "Debebe", "Habtu", "Legesse", "Shiferaw", "Fikre", "Gudeta"),
        "compound_head": ("Gebre", "Wolde", "Haile", "Tekle", "Habte", "Kidane", "Tesfa", "Ghebre", "Walde", "Fikre"),
        "compound_tail": ("mariam", "medhin", "selassie", "michael", "giorgis", "yesus", "kidan", "tsadik", "egziabher",
                          "gabriel", "hiwot", "amlak"),
    },
    "somali": {
        "male": ("Abdirahman", "Abdullahi", "Abdiaziz", "Abdikarim", "Abdirashid", "Abdiwali", "Mohamed", "Ahmed",
                 "Hassan", "Hussein", "Ali", "Omar", "Osman", "Yusuf", "Farah", "Ismail", "Mahad", "Liban", "Guled",
                 "Bashir", "Mukhtar", "Khalid", "Said", "Hamza", "Deeq", "Abdifatah", "Sharmarke", "Nuur"),
        "female": ("Hodan", "Sahra", "Fartun", "Ifrah", "Ubah", "Hamdi", "Ilhan", "Sagal", "Nimco", "Filsan",
                   "Khadra", "Hawa", "Amina", "Fadumo", "Halima", "Muna", "Ladan", "Idil", "Ayan", "Deqa", "Faiza",
                   "Hibaaq", "Ruqia", "Shukri"),
        "surname": ("Warsame", "Abdi", "Farah", "Hassan", "Mohamed", "Ahmed", "Jama", "Hersi", "Egal", "Aden", "Ali",
                    "Osman", "Yusuf", "Nur", "Guled", "Samatar", "Duale", "Hirsi", "Ismail", "Omar", "Mohamud",
                    "Adan", "Elmi", "Isse", "Dirie", "Gedi", "Barre", "Haji", "Abdullahi", "Hussein", "Awale", "Qorane"),
        "nickname": ("Dheere", "Gaab", "Yare", "Cadde", "Madoobe", "Dheeg", "Timacadde", "Gacmadheere", "Indhacade",
                     "Qaloocan"),
    },
    "congolese": {
        "male": ("Jean-Pierre", "Jean-Claude", "Jean-Marie", "Pierre", "Patrick", "Olivier", "Christian", "Didier",
                 "Serge", "Fabrice", "Guy", "Arsène", "Théophile", "Godefroid", "Alain", "Papy", "Héritier", "Cédric",
                 "Junior", "Blaise", "Emmanuel", "Christophe", "Jean-Paul", "Félix", "Laurent", "Roger", "Benoît"),
        "female": ("Marie-Claire", "Marie-Louise", "Chantal", "Solange", "Nathalie", "Sandrine", "Jeanine",
                   "Béatrice", "Clémentine", "Pauline", "Josée", "Gisèle", "Rachel", "Nadine", "Mireille", "Odette",
                   "Francine", "Thérèse", "Annie", "Marie-Jeanne", "Joséphine", "Huguette"),
        "bantu_male": ("Kabongo", "Ilunga", "Kasongo", "Mbuyi", "Ngoy", "Kalala", "Kazadi", "Tshimanga", "Lukusa",
                       "Mwamba", "Kabeya", "Mpoyi", "Nkulu", "Ntumba", "Kanku", "Matondo", "Makengo", "Nsimba"),
        "bantu_female": ("Ngalula", "Mbombo", "Kapinga", "Ngalamulume", "Mujinga", "Kanyinda", "Mbuyamba",
                         "Ngindu", "Biaya", "Nsenga", "Malu", "Kabedi", "Ngandu", "Luse"),
        "surname": ("Mukendi", "Tshibanda", "Kabongo", "Mbuyi", "Kalonji", "Mutombo", "Ilunga", "Kasongo", "Tshiala",
                    "Mulumba", "Kabasele", "Tshimanga", "Mwamba", "Kanku", "Lukusa", "Ntumba", "Kazadi", "Mbala",
                    "Nzuzi", "Makiese", "Lutete", "Diangienda", "Mabiala", "Nkongolo", "Kalenga", "Tshilombo",
                    "Mpiana", "Bolamba", "Lokwa", "Bofumba", "Ekofo", "Mayala", "Kiese", "Muamba", "Tshiyombo",
                    "Kayembe", "Mbiya", "Kankolongo"),
    },
    "senegambian": {
        "male": ("Cheikh", "Babacar", "Alioune", "Serigne", "Lamine", "Malick", "Mbaye", "Omar", "Assane", "Djibril",
                 "Demba", "Samba", "Saliou", "Aliou", "Bakary", "Modibo", "Sekou", "Oumar", "Idrissa", "Mouhamed",
                 "Bamba", "Ndongo", "Thierno", "Amadou", "Abdou", "Boubacar", "Khadim", "Issa", "Youssou"),
        "female": ("Aissatou", "Fatou", "Awa", "Khady", "Mariama", "Coumba", "Rokhaya", "Astou", "Binta", "Adama",
                   "Dieynaba", "Maimouna", "Oumou", "Kadiatou", "Ramatoulaye", "Sokhna", "Penda", "Yacine", "Nafi",
                   "Bineta", "Mame", "Khadija", "Sira", "Djeneba", "Hawa", "Korka"),
        "prefix_male": ("Pape", "El Hadji", "Serigne", "Mame", "Baye"),
        "prefix_female": ("Ndeye", "Mame", "Sokhna", "Adja", "Yaye"),
        "surname": ("Diop", "Ndiaye", "Fall", "Sow", "Gueye", "Diallo", "Seck", "Mbaye", "Faye", "Sarr", "Cisse",
                    "Toure", "Traore", "Keita", "Coulibaly", "Diarra", "Kone", "Sangare", "Dembele", "Thiam", "Niang",
                    "Wade", "Kane", "Dieng", "Mbengue", "Sall", "Sene", "Ndour", "Diouf", "Camara", "Barry", "Balde",
                    "Sidibe", "Samb", "Ndao", "Lo", "Tall", "Dia"),
        "short": ("Ba", "Sy", "Ka", "Bah", "Ly", "Wane", "Lo", "Dia"),
    },
}
WORD_NAMES = {"male": ("Gift", "Innocent", "Goodluck", "Godspower", "Bienvenu", "Trésor", "Fiston", "Exaucé",
                       "Dieudonné", "Espoir", "Fortune", "Precieux"),
              "female": ("Peace", "Comfort", "Memory", "Loveness", "Merveille", "Gloire", "Grâce", "Espérance",
                         "Beauty", "Rejoice", "Miracle", "Divine")}
NOT_ENGLISH = {"Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Lee", "Perez", "Sanchez",
               "Ramirez", "Torres", "Nguyen", "Flores", "Rivera"}


def carmen_lists(path: Path) -> dict:
    """``$name = [...]`` lists of the PHP provider, read as string literals."""
    text = path.read_text(encoding="utf-8")
    return {m.group(1): re.findall(r"'([^']+)'", m.group(2))
            for m in re.finditer(r"\$(\w+)\s*=\s*\[(.*?)\];", text, re.S)}


def py_lists(path: Path) -> dict:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.targets[0].id: [e.value for e in n.value.elts] for n in ast.walk(tree)
            if isinstance(n, ast.Assign) and isinstance(n.value, ast.List) and isinstance(n.targets[0], ast.Name)}


def main(argv: list[str]) -> int:
    carmen, rn = carmen_lists(Path(argv[0])), py_lists(Path(argv[1]))
    key = {"male": "firstNameMale", "female": "firstNameFemale"}
    data = {k: {kk: list(vv) for kk, vv in v.items()} for k, v in HAND.items()}
    for origin, genders in CARMEN_PICK.items():
        for g, picked in genders.items():
            missing = set(picked) - set(carmen[key[g]])
            assert not missing, missing  # every picked name is in the source list
            data[origin][f"{g}_src"] = sorted(set(picked))
    data["words"] = {k: list(v) for k, v in WORD_NAMES.items()}
    african = {n for t in data.values() for v in t.values() for n in v}
    data["english"] = {"male": sorted(set(rn["MALE_FIRST_NAMES"]) - african),
                       "female": sorted(set(rn["FEMALE_FIRST_NAMES"]) - african),
                       "surname": sorted(set(rn["LAST_NAMES"]) - african - NOT_ENGLISH)}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({k: {kk: len(vv) for kk, vv in v.items()} for k, v in data.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
