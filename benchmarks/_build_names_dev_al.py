"""Build ``data/dev_al_names.json`` from public sources no other split, lexicon, pool or model reads.

    python -m benchmarks._build_names_dev_al /tmp/dev_al_pkgs /work/.mirror   # wheels (pip download) and git mirrors

* nicknames 1.0.1 (PyPI, Apache-2.0; ``nicknames/names.csv``): the attestation of the reference group's English given
  names (a hand pick kept where the list holds it) and their nicknames (``William`` -> ``Bill``, ``Will``).
* pydni 0.9.0 (PyPI, MIT; ``PyDNI/generator.py`` ``NOMBRES_*`` / ``APELLIDOS``): Spanish given names and surnames
  (accents put back where Spanish writes them).
* pakgender 0.1.61 (PyPI, MIT; ``pakgender/data/names.json``): Pakistani given names (those its ``full_names`` use,
  with its sex) and surnames (last words of its ``full_names`` seen twice or more; taken apart: no full name is kept).
* IndianNameGenerator 4.0.0 (PyPI, MIT; ``IndianNameGenerator/Names.py``): Bengali given names.
* chinese-finder 0.1.4 (PyPI, MIT; ``chinese_finder/data/family_names.txt``): pinyin family names.
* OctaconDeveloper/Laravel-Naija-Faker (github @ 1dbd362, MIT; ``src/Factory/Person.php``): Hausa, Yoruba and Igbo
  given names and surnames (its arrays are in one alphabetical run per group).
* duyet/vietnamese-namedb (github @ 2129070, MIT; ``boy.txt``, ``girl.txt``): Vietnamese middle + given names.
* strathausen/vietname (github @ 66cab34, MIT; ``src/list.coffee``): Vietnamese family names.

Hand-kept (``HAND``; no licence-compatible source found in the time): the given names and surnames that are English
words or places, English reference surnames, Spanish nicknames and ``de la`` surnames, Tamil / Telugu names,
Bengali / Bangladeshi surnames, pinyin and Cantonese given names and Cantonese surnames. Claimed for ``dev_al``
evaluation only.
"""
from __future__ import annotations

import ast
import csv
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_al_names.json"
WHEELS = {"nicknames": "nicknames-1.0.1-py3-none-any.whl", "pydni": "pydni-0.9.0-py3-none-any.whl",
          "pakgender": "pakgender-0.1.61-py3-none-any.whl", "indian": "IndianNameGenerator-4.0.0-py3-none-any.whl",
          "finder": "chinese_finder-0.1.4-py3-none-any.whl"}
NAIJA = ("OctaconDeveloper+Laravel-Naija-Faker", "1dbd3621c9f53150e729ae6bae14c603717a99c7")
VN_GIVEN = ("duyet+vietnamese-namedb", "2129070dde2471a2a2c0ef24a32c6c02ebd71805")
VN_FAMILY = ("strathausen+vietname", "66cab349b4f33383302a949eaf9d74d305044c2f")
ACCENTS = ("García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Hernández Díaz "
           "Álvarez Gutiérrez Domínguez Ramírez Vázquez Suárez Marín Núñez Cortés Méndez Márquez León Giménez "
           "Benítez Durán Ibáñez Román Sáez Muñoz Peña José Jesús Ángel Álvaro Adrián Raúl Iván Rubén Óscar Joaquín "
           "Nicolás Julián Tomás Agustín Sebastián Héctor César Lucía Sofía María Inés Verónica Mónica Rocío Belén "
           "Concepción Andrés Ramón Víctor Félix Begoña Asunción Encarnación Ángela Matías Cristóbal Darío").split()
PREFERRED = ("mike", "bob", "bill", "tony", "tim", "ken", "greg", "jeff", "doug", "steve", "nate", "pat", "ray", "ben",
             "ted", "zach", "fred", "larry", "ed", "vince", "phil", "liz", "jen", "peggy", "kate", "becky", "sam", "debbie",
             "chris", "pam", "vicky", "mel", "natalie", "jess", "cindy", "abby", "terry", "barb", "ellie", "dennis")
CHINESE_SYLLABLES = set("chen deng dong fang gao gou guo hao cui dai duan fan li liu wang zhang wei jun ming hui yan "
                        "lin xu sun ma zhu hu he luo song tang feng han cao peng xiao cai pan tian yuan yu jiang ye".split())
NOT_PK_SURNAME = {"Chang", "Huang", "Jing", "Zheng", "Zhou", "John", "Ddin", "Kumar", "Perveen", "Shahzadi", "Saher",
                  "Akhter", "Munih", "Masih"}
NOT_PK_GIVEN = set("Baby Gan Jia Joshua Lan Mah Mai Rose Shi Umm Yuanhua Kang Ren Shaq Shamo Ebtisam Hani Khush Qurat "
                   "Qurrat Sada Asia Roma".split())
HAND = {
    "word_names": {
        "male": "Will Bill Mark Hunter Chase Jordan Austin Miles Grant Reed Wade Dale Drew Frank Rusty Sonny Cash "
                "Gene Glen Pat".split(),
        "female": "Grace Hope Rose June Dawn Summer Paris Brooke Faith Joy Holly Ivy Autumn Amber Ruby Pearl Crystal "
                  "Destiny Iris Sandy Robin Penny".split(),
        "word_surname": "Bell Rice Stone Banks Fox Wood Hill Young King Cook Baker Hunt Long Moss Lake Marsh Frost "
                        "Black Green Page Hart Little Sharp Church Field Rivers Snow Knight Best Read Gray".split(),
    },
    "english_reference": {
        "male": "William Michael Robert Jonathan Timothy Kenneth Gregory Jeffrey Douglas Stephen Anthony Nathaniel "
                "Patrick Raymond Benjamin Theodore Zachary Frederick Lawrence Edward Harold Vincent Dennis Phillip".split(),
        "female": "Elizabeth Jennifer Margaret Katherine Rebecca Samantha Deborah Christine Pamela Victoria Stephanie "
                  "Melissa Natalie Jessica Cynthia Abigail Theresa Barbara Sylvia Eleanor Lorraine Veronica".split(),
        "surname": "Thompson Gallagher Whitaker Henderson Pritchard Donovan Fitzgerald Holloway Sullivan Patterson "
                   "Robertson Caldwell Harrington McAllister Brennan Dawson Ellison Garrett Hawkins Jennings Kendrick "
                   "Lawson Morrison Nicholson Osborne Prescott Ramsey Sheridan Thornton Whitfield Atkinson Bradshaw "
                   "Cartwright Fenwick Gillespie Hollister Kowalski Lindqvist".split(),
    },
    "hispanic_us": {
        "particle_surname": "de la Cruz|de la Rosa|de la Torre|de la Garza|de la Fuente|de León|del Río|de los Santos|"
                            "de la Paz|del Valle".split("|"),
        "nick": {"José": "Pepe", "Francisco": "Paco", "Jesús": "Chuy", "Guillermo": "Memo", "Ignacio": "Nacho",
                 "Eduardo": "Lalo", "Roberto": "Beto", "Alberto": "Beto", "Enrique": "Quique", "Dolores": "Lola",
                 "Rosario": "Chayo", "Gabriela": "Gaby", "Alejandro": "Alex", "Concepción": "Conchita",
                 "Guadalupe": "Lupe", "Manuel": "Manolo", "Antonio": "Toño", "Margarita": "Maggie"},
        "extra_female": ["Guadalupe", "Yesenia", "Maricela", "Xiomara"],
    },
    "south_asian": {
        "tamil_male": "Karthik Senthil Murugan Saravanan Arun Prakash Balaji Vignesh Selvam Kannan Ilango Thiru "
                      "Gopinath Manikandan".split(),
        "tamil_female": "Lakshmi Priya Kavitha Meena Revathi Deepa Nithya Selvi Anitha Gayathri Malathi Janani "
                        "Sangeetha".split(),
        "tamil_surname": "Subramanian Krishnan Natarajan Srinivasan Venkataraman Ramasamy Murugesan Iyer Pillai "
                         "Chettiar Sundaram Annamalai Rajendran Palaniappan".split(),
        "telugu_male": "Venkatesh Srinivas Ravi Suresh Naveen Praveen Mahesh Chaitanya Sai Kiran Raghavendra Harsha "
                       "Srikanth".split(),
        "telugu_female": "Sravani Swathi Madhavi Bhavana Sirisha Lavanya Sowmya Haritha Padmaja Tejaswini".split(),
        "telugu_surname": "Reddy Naidu Rao Chowdary Varma Raju Kondapalli Gaddam Yarlagadda Peddireddy Bandaru "
                          "Kotagiri".split(),
        "bengali_surname": "Chatterjee Banerjee Mukherjee Das Bose Ghosh Sen Dutta Roy Sarkar Bhattacharya "
                           "Chakraborty".split(),
        "bangladeshi_surname": "Rahman Hossain Islam Chowdhury Uddin Akter Haque Sarker Mia Talukder".split(),
    },
    "chinese": {
        "pinyin_male": "Wei Jun Lei Ming Hao Haoran Zhiwei Yifan Jiahao Zihao Tianyu Xiaoming Jianguo Bo Yong "
                       "Chenglong".split(),
        "pinyin_female": "Jing Yan Hui Fang Meiling Xinyi Zihan Jiahui Yuxuan Shuang Xiaoyu Lijuan Yue Ting Na "
                         "Ruoxi".split(),
        "canto_surname": "Chan Wong Cheung Leung Lau Ng Ho Chow Yip Tsang Kwok Lam Mak Tse Fung Lai Chiu Yeung".split(),
        "canto_given": "Ka Wai|Siu Ming|Wing Yan|Chi Keung|Mei Ling|Kwok Leung|Hoi Yan|Man Kit|Suk Fan|Wai Kin|"
                       "Pui Shan|Tsz Ching".split("|"),
        "english_male": "Kevin Eric Jason Vincent Raymond Kenneth Dennis Alvin Calvin Edmund".split(),
        "english_female": "Vivian Michelle Tiffany Winnie Cindy Fiona Karen Shirley Angela Bonnie".split(),
    },
}


def _zip_text(root: Path, wheel: str, member: str) -> str:
    with zipfile.ZipFile(root / wheel) as z:
        return z.read(member).decode("utf-8")


def _git_text(mirrors: Path, repo_commit: tuple[str, str], path: str) -> str:
    repo, commit = repo_commit
    return subprocess.run(["git", "--git-dir", str(mirrors / repo / "repo"), "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def _accent(word: str) -> str:
    table = {a.upper().translate(str.maketrans("ÁÉÍÓÚ", "AEIOU")): a for a in ACCENTS}
    return " ".join(table.get(w, w.capitalize()) if w != w.lower() else w for w in word.split())


def _nicknames(root: Path) -> dict:
    rows = list(csv.reader(io.StringIO(_zip_text(root, WHEELS["nicknames"], "nicknames/names.csv"))))[1:]
    names = {r[0] for r in rows} | {r[2] for r in rows}
    ref = {g: [n for n in HAND["english_reference"][g] if n.lower() in names] for g in ("male", "female")}
    nick = {}
    for name in ref["male"] + ref["female"]:  # the usual short form, where the list gives it
        shorts = {r[2] for r in rows if r[0] == name.lower()}
        pick = next((p for p in PREFERRED if p in shorts), None)
        if pick:
            nick[name] = pick.capitalize()
    return {**ref, "nick": nick}


def _spanish(root: Path) -> dict:
    tree = ast.parse(_zip_text(root, WHEELS["pydni"], "PyDNI/generator.py"))
    lists = {n.targets[0].id: ast.literal_eval(n.value) for n in ast.walk(tree)
             if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name) and isinstance(n.value, ast.List)}
    pick = lambda key: sorted({_accent(n) for n in lists[key] if " " not in n})  # noqa: E731
    return {"male": pick("NOMBRES_MASCULINOS"), "female": pick("NOMBRES_FEMENINOS") + HAND["hispanic_us"]["extra_female"],
            "surname": pick("APELLIDOS")}


def _pakistani(root: Path) -> dict:
    data = json.loads(_zip_text(root, WHEELS["pakgender"], "pakgender/data/names.json"))
    first = data["first_names"]
    used = {full.split()[0] for full in data["full_names"]}  # given names its full names use: the common ones
    high = {g: sorted(n.capitalize() for n, v in first.items() if n in used and v["gender"] == g and n.isalpha()
                      and v["frequency"] != "low" and n not in CHINESE_SYLLABLES and n.capitalize() not in NOT_PK_GIVEN
                      and len(n) >= 3) for g in ("M", "F")}
    lasts = [full.split()[-1] for full in data["full_names"] if len(full.split()) == 2]
    female = {n for n, v in first.items() if v["gender"] == "F"}
    surname = sorted({s.capitalize() for s in lasts if len(s) >= 4 and s.isalpha() and s not in female
                      and lasts.count(s) >= 2 and s not in ("peng", "chao", "ullah")} - NOT_PK_SURNAME)
    short = {g: [n for n in names if len(n) <= 7] for g, names in high.items()}
    return {"pk_male": short["M"], "pk_female": short["F"], "pk_surname": surname}


def _bengali(root: Path) -> dict:
    tree = ast.parse(_zip_text(root, WHEELS["indian"], "IndianNameGenerator/Names.py"))
    lists = {n.targets[0].id: ast.literal_eval(n.value) for n in ast.walk(tree)
             if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name) and isinstance(n.value, ast.List)}
    return {"bn_male": sorted(set(lists["maleNameBengali"])), "bn_female": sorted(set(lists["femaleNameBengali"]))}


def _naija(mirrors: Path) -> dict:
    text = _git_text(mirrors, NAIJA, "src/Factory/Person.php")
    out = {}
    for var, key in (("lastName", "surname"), ("maleName", "male"), ("femaleName", "female")):
        body = re.search(r"\$" + var + r"\s*=\s*array\((.*?)\);", text, re.S).group(1)
        names = [n.replace("\\'", "'") for n in re.findall(r"'((?:[^'\\]|\\.)*)'", body)]
        runs: list[list[str]] = [[]]
        for n in names:  # one alphabetical run per group: Hausa, Yoruba, Igbo
            if runs[-1] and n[0].upper() < runs[-1][-1][0].upper():
                runs.append([])
            runs[-1].append(n.capitalize() if n.isupper() else n)
        if len(runs) == 4:  # the Yoruba male run is broken in two by one name out of order
            runs = [runs[0], runs[1] + runs[2], runs[3]]
        for group, run in zip(("hausa", "yoruba", "igbo"), runs):
            out[f"{group}_{key}"] = sorted({n for n in run if "'" not in n and "-" not in n})
    return out


def _vietnamese(mirrors: Path) -> dict:
    fix = lambda s: s.replace("Ð", "Đ").strip()  # noqa: E731  the lists write Đ with the Icelandic letter now and then
    given = {g: sorted({fix(n) for n in _git_text(mirrors, VN_GIVEN, f"{f}.txt").splitlines() if len(n.split()) == 2})
             for g, f in (("male", "boy"), ("female", "girl"))}
    body = _git_text(mirrors, VN_FAMILY, "src/list.coffee").split("sur:", 1)[1].split("f: []", 1)[0]
    family = []
    for line in body.splitlines():
        first = re.findall(r'"([^"]+)"', line)
        if first and not re.search(r"[\u4e00-\u9fff:]", first[0]) and first[0] not in family:
            family.append(first[0])
    return {"male": given["male"][::8], "female": given["female"][::8], "surname": family}


def main(argv: list[str]) -> int:
    pkgs, mirrors = Path(argv[0]), Path(argv[1])
    nick = _nicknames(pkgs)
    h = HAND
    data = {
        "word_names": h["word_names"],
        "hispanic_us": {**_spanish(pkgs), **{k: v for k, v in h["hispanic_us"].items() if k != "extra_female"}},
        "vietnamese": _vietnamese(mirrors),
        "nigerian": _naija(mirrors),
        "south_asian": {**_pakistani(pkgs), **_bengali(pkgs), **h["south_asian"]},
        "chinese": {"pinyin_surname": _finder(pkgs), **h["chinese"]},
        "english_reference": {"male": nick["male"], "female": nick["female"], "nick": nick["nick"],
                              "surname": h["english_reference"]["surname"]},
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({g: {k: len(v) for k, v in t.items()} for g, t in data.items()})
    return 0


def _finder(root: Path) -> list[str]:
    text = _zip_text(root, WHEELS["finder"], "chinese_finder/data/family_names.txt")
    return [w.capitalize() for w in text.split() if w.isalpha() and w.isascii()][:120]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
