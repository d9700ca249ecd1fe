"""Build ``data/dev_aj_names.json`` from a public GitHub source no other split, lexicon, pool or model reads.

    python -m benchmarks._build_names_dev_aj /work/.mirror   # git mirrors of the two repositories below

* cieslarmichal/faker-cxx (MIT) @ 9de6ac8: ``src/modules/person_data.h``, the Irish, Lithuanian, Indian, Syrian,
  Lebanese and Palestinian given-name and surname arrays (Lithuanian given names only with Lithuanian endings, the
  census lists holding other names; the Irish lists minus ``NOT_IRISH``). Its Polish, Romanian, Ghanaian, Australian and English
  arrays are copies of faker-js's (92-100 % equal) and are not read.
* faker-js/faker (MIT) @ e3858f2, a FILTER only: every name of its ``src/locales/*/person/*_name.ts`` lists (the
  name model's training pools read faker-js) is dropped from the faker-cxx arrays, so no dev_aj name from the
  source is a training name. No name is taken from faker-js.

Hand-kept (``HAND``), because no licence-compatible source was found in the time: Yoruba / Igbo / Akan names,
Pakistani / Bangladeshi / Sri Lankan names, Cantonese and Mandarin romanizations and the English given names of
British Chinese callers, Polish and Romanian names with diacritics, Gaelic spellings, Scottish ``Mac`` surnames and the
English reference names (surnames that are everyday words among them). Claimed for ``dev_aj`` evaluation only.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_aj_names.json"
CXX = ("cieslarmichal+faker-cxx", "9de6ac8bee5dc16efedb6f52607ecbe15497b845", "src/modules/person_data.h")
FJS = ("faker-js+faker", "e3858f221bb3b6e1278933c0b8e0d98da6854e52")
# Names of the Irish census lists that belong to other groups (Polish / Lithuanian / English / Arabic)
NOT_IRISH = set("Pawel Lukasz Rafal Mariusz Maciej Wojciech Jaroslaw Przemyslaw Radoslaw Bartosz Zbigniew Slawomir Andrius "
                "Malgorzata Iwona Rasa Syed Alfie Clive Mervyn Nicky Robbie Dick Gareth Gavin Neville Mel Kitty Bernadett "
                "Margret Lesley Edwina Janette Rena Gillian Noelle Isobel Sheena Iain Graeme Hughes Ward Butler Griffin "
                "Browne Power Lyons Higgins Cunningham Burke".split())
ARABIC_DROP = {"Allah", "El din", "Sheikh", "Jihad", "Abdo", "Hama", "Jerash", "Azza"}
HAND = {
    "west_african": {
        "yoruba_male": "Adebayo Oluwaseun Babatunde Olumide Oluwafemi Adewale Ayodeji Tunde Kayode Segun Femi Dapo Gbenga Kolawole Yinka Tobi".split(),
        "yoruba_female": "Folake Yetunde Temitope Oluwakemi Bukola Funmilayo Omolara Titilayo Abimbola Adeola Morenike Ronke Yewande Bisola".split(),
        "yoruba_surname": "Adeyemi Ogunleye Adebayo Oladipo Ogunbiyi Akinola Olawale Adesanya Okonjo Babalola Fashola Oyelaran Adeleke Ogundipe Ajayi Balogun".split(),
        "igbo_male": "Chukwuemeka Obinna Ikenna Chinedu Nnamdi Emeka Kelechi Chibuzor Uchenna Ifeanyi Onyekachi Chidi".split(),
        "igbo_female": "Ngozi Chiamaka Adaeze Nkechi Chinyere Ifeoma Amarachi Uchechi Obiageli Ebere Chioma Nneka".split(),
        "igbo_surname": "Okafor Nwosu Eze Okonkwo Obi Nwachukwu Okeke Onyeka Chukwu Nwankwo Okoro Anyanwu Ezeani Ugwu Okoye Nwabueze".split(),
        "akan_male": "Kwame Kofi Kwabena Kwaku Yaw Kojo Kwasi Kwadwo Fiifi Ekow".split(),
        "akan_female": "Ama Akua Abena Adwoa Afua Yaa Efua Esi Akosua Araba".split(),
        "akan_surname": "Mensah Owusu Boateng Asante Osei Darko Appiah Agyeman Ofori Amoah Frimpong Antwi".split(),
        "english_male": "Samuel Emmanuel Daniel David Joseph Michael".split(),
        "english_female": "Grace Blessing Esther Comfort Patience Joy".split(),
    },
    "south_asian_uk": {
        "pakistani_male": "Muhammad Imran Asif Tariq Zahid Kashif Adnan Bilal Usman Waqas Shahid Nadeem Faisal Irfan".split(),
        "pakistani_female": "Ayesha Saima Nasreen Shazia Rubina Samina Farzana Uzma Nadia Sadia Fozia Rukhsana".split(),
        "pakistani_surname": "Khan Hussain Akhtar Chaudhry Iqbal Mahmood Rashid Qureshi Butt Malik Shah Mirza Raza Javed".split(),
        "bangladeshi_male": "Abdul Mohammed Shamim Jamal Rafiq Kamrul Mizanur Anwar Shahjahan Monir".split(),
        "bangladeshi_female": "Rahima Shirin Nazma Salma Rokeya Jahanara Shahana Momtaz Rina".split(),
        "bangladeshi_surname": "Begum Uddin Miah Rahman Ahmed Islam Choudhury Hoque Ali Khatun".split(),
        "srilankan_male": "Chaminda Ruwan Nuwan Lasith Pradeep Dilshan Tharindu Sanjeewa Kumaran Suresh".split(),
        "srilankan_female": "Dilani Nadeesha Chathurika Ishara Sanduni Thilini Nirosha Kavitha".split(),
        "srilankan_surname": "Perera Fernando Jayawardena Wickramasinghe Bandara Gunasekara Rajapaksa Senanayake Dissanayake Ranasinghe Sivakumar Thurairajah".split(),
    },
    "chinese": {
        "canto_surname": "Chan Wong Leung Cheung Lau Tsang Ng Ho Yeung Chow Lam Kwok Tse Fung Chiu Mak Tam Yip".split(),
        "canto_given": "Tai Man|Siu Ming|Ka Wai|Wing Yee|Kwok Keung|Mei Ling|Chi Kin|Suk Yee|Wai Man|Hoi Yan|Ka Ho|Pui Shan".split("|"),
        "mandarin_surname": "Zhang Wang Li Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Zhu Guo Xie".split(),
        "mandarin_male": "Wei Jun Hao Lei Qiang Jian Zhiwei Xiaoming Yichen Haoran".split(),
        "mandarin_female": "Xiaoyan Jing Li Na Xiu Ying Yuqing Mengyao Xinyi Fang".split(),
        "english_male": "Kelvin Raymond Eric Alan Kenneth Vincent Terence Stanley Wilson Edmund".split(),
        "english_female": "Winnie Cindy Elaine Vivian Fiona Karen Grace Joyce Jenny Amy".split(),
    },
    "east_european": {
        "pl_male": "Łukasz Paweł Michał Krzysztof Grzegorz Wojciech Przemysław Jarosław Mateusz Bartłomiej Tomasz Sławomir".split(),
        "pl_female": "Małgorzata Agnieszka Katarzyna Joanna Magdalena Dorota Beata Żaneta Justyna Grażyna Iwona Ewelina".split(),
        "pl_surname": "Kowalczyk Wiśniewski Wójcik Lewandowski Dąbrowski Kozłowski Jabłoński Woźniak Szczepański Zieliński Sikorski Grabowski Nowak Kaczmarek".split(),
        "ro_male": "Ionuț Răzvan Ștefan Cătălin Mihai Bogdan Florin Gheorghe Vasile Dragoș".split(),
        "ro_female": "Ioana Mădălina Cătălina Andreea Roxana Alexandra Ramona Florentina Larisa".split(),
        "ro_surname": "Popescu Ionescu Constantinescu Dumitrescu Stănescu Munteanu Țurcanu Rădulescu Ciobanu Lungu".split(),
    },
    "irish_scottish": {
        "gaelic_male": "Pádraig Oisín Eoin Tadhg Seán Ruairí Cathal Donnacha Darragh Fionn".split(),
        "gaelic_female": "Saoirse Caoimhe Orla Róisín Gráinne Clodagh Méabh Ailbhe Eimear Bláthnaid".split(),
        "scottish_male": "Hamish Angus Fraser Callum Euan Alasdair Ruaridh Lachlan".split(),
        "scottish_female": "Eilidh Morag Kirsty Isla Catriona Mhairi Fiona Ailsa".split(),
        "mac_surname": "MacLeod MacKenzie MacDonald MacGregor MacLean MacKay MacIntyre MacNeil MacPherson MacAulay".split(),
    },
    "english": {
        "male": "Gary Darren Wayne Lee Dean Craig Stuart Keith Trevor Nigel Barry Colin Graham Malcolm Neil Shaun Jamie Ross".split(),
        "female": "Tracey Lorraine Julie Dawn Joanne Leanne Kerry Gemma Stacey Hayley Kirsty Nicola Debbie Sharon Mandy Carly".split(),
        "word_surname": "Wood Bird Hill Rose Baker Fox Marsh Lamb Field Stone Bishop Cook Brook Bell Mason Rich Fisher Sparrow Moody Hunt Sharp Best".split(),
        "surname": "Whitehouse Pickering Hargreaves Ashworth Birtwistle Postlethwaite Cartwright Butterworth Heseltine Ramsbottom Entwistle Illingworth".split(),
    },
}


def _git(mirror: str, rev: str) -> str:
    return subprocess.run(["git", "--git-dir", mirror, "show", rev], check=True, capture_output=True).stdout.decode("utf-8")


def faker_js_names(root: Path) -> set[str]:
    repo, commit = FJS
    git = str(root / repo / "repo")
    files = subprocess.run(["git", "--git-dir", git, "ls-tree", "-r", "--name-only", commit, "src/locales"],
                           check=True, capture_output=True, text=True).stdout.split()
    names: set[str] = set()
    for f in files:
        if "/person/" in f and re.search(r"(first|last|middle)_name", f):
            names |= {n.lower() for n in re.findall(r"'([^']+)'", _git(git, f"{commit}:{f}"))}
    return names


def faker_cxx(root: Path, banned: set[str]) -> dict[str, list[str]]:
    repo, commit, path = CXX
    text = _git(str(root / repo / "repo"), f"{commit}:{path}")
    out = {}
    for name in ("irishMaleFirstNames", "irishFemaleFirstNames", "irishLastNames", "lithuanianMaleFirstNames",
                 "lithuanianFemaleFirstNames", "lithuanianLastNames", "indianMaleFirstNames", "indianFemaleFirstNames",
                 "indianLastNames", "syrianMaleFirstNames", "syrianFemaleFirstNames", "syrianLastNames",
                 "lebaneseMaleFirstNames", "lebaneseFemaleFirstNames", "lebaneseLastNames", "palestinianMaleFirstNames",
                 "palestinianFemaleFirstNames", "palestinianLastNames"):
        body = re.search(r"\b" + name + r"\b[^{]*=\s*(?:std::to_array<std::string_view>\()?\{(.*?)\}", text, re.S).group(1)
        out[name] = [n for n in dict.fromkeys(re.findall(r'"([^"]*)"', body)) if n.lower() not in banned and n.strip()]
    return out


def _irish_case(name: str) -> str:
    """``Mccarthy`` -> ``McCarthy``, ``O'brien`` -> ``O'Brien``."""
    if name.startswith("Mc") and len(name) > 3:
        return "Mc" + name[2].upper() + name[3:]
    if name.startswith("O'"):
        return "O'" + name[2].upper() + name[3:]
    return name


def _arabic_family(name: str) -> str | None:
    """``Al najjar`` -> ``Al-Najjar``, ``El khoury`` -> ``El-Khoury``; odd entries dropped."""
    if name in ARABIC_DROP or not name.replace(" ", "").replace("-", "").isalpha():
        return None
    parts = re.split(r"[ -]", name)
    if parts[0].lower() in ("al", "el") and len(parts) == 2:
        return f"{parts[0].capitalize()}-{parts[1].capitalize()}"
    if parts[0].startswith("Al") and len(parts) == 1 and len(name) > 5 and name[2] not in "aeiou":
        return f"Al-{name[2:].capitalize()}"
    return " ".join(p.capitalize() for p in parts) if len(parts) <= 2 else None


def main(argv: list[str]) -> int:
    root = Path(argv[0])
    cxx = faker_cxx(root, faker_js_names(root))
    arabic_given = {s: sorted({n for c in ("syrian", "lebanese", "palestinian") for n in cxx[f"{c}{s.capitalize()}FirstNames"]
                               if n.isalpha() and n not in ARABIC_DROP}) for s in ("male", "female")}
    families = sorted({f for c in ("syrian", "lebanese", "palestinian") for n in cxx[f"{c}LastNames"]
                       if (f := _arabic_family(n))})
    data = {
        "arabic": {**arabic_given, "al_family": [f for f in families if f.startswith(("Al-", "El-"))],
                   "family": [f for f in families if not f.startswith(("Al-", "El-")) and " " not in f]},
        "irish_scottish": {"male": [n for n in cxx["irishMaleFirstNames"] if n not in NOT_IRISH],
                           "female": [n for n in cxx["irishFemaleFirstNames"] if n not in NOT_IRISH],
                           "surname": [_irish_case(n) for n in cxx["irishLastNames"] if n not in NOT_IRISH],
                           **HAND["irish_scottish"]},
        "east_european": {"lt_male": [n for n in cxx["lithuanianMaleFirstNames"] if n.endswith(("as", "is", "us", "ys"))],
                          "lt_female": [n for n in cxx["lithuanianFemaleFirstNames"] if n.endswith(("a", "ė", "e"))],
                          "lt_surname": [n[0].upper() + n[1:] for n in cxx["lithuanianLastNames"]], **HAND["east_european"]},
        "south_asian_uk": {"indian_male": cxx["indianMaleFirstNames"], "indian_female": cxx["indianFemaleFirstNames"],
                           "indian_surname": cxx["indianLastNames"], **HAND["south_asian_uk"]},
        "west_african": HAND["west_african"], "chinese": HAND["chinese"], "english": HAND["english"],
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({g: {k: len(v) for k, v in t.items()} for g, t in data.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
