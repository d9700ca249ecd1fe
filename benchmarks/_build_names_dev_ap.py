"""Build ``data/dev_ap_names.json`` from public sources no other split, lexicon, pool or model reads, and hand-kept
lists.

    python -m benchmarks._build_names_dev_ap /tmp/zxcvbn-ts-language-pt-br-4.1.1.tgz \
        /tmp/zxcvbn-ts-language-ar-3.1.0.tgz /tmp/turkishfullnamegenerator-0.0.5.tar.gz

* @zxcvbn-ts/language-pt-br 4.1.1 (npm, MIT; ``src/firstnames.json``, ``src/lastnames.json``): the ``TOP_GIVEN`` most
  frequent Brazilian given names (lower case, accents dropped in the source: capitalised, the accents restored by
  ``ACCENTS``; the sex by ending and ``FEMININE`` / ``MASCULINE``; the English-looking ones left out) and the
  surnames of ``PT_SURNAMES`` (the source's list, everyday words and public figures' names left out).
* @zxcvbn-ts/language-ar 3.1.0 (npm, MIT; ``src/firstnames.json``): the men's given names of ``AR_GIVEN`` as Gulf
  families write them (``abdul-rahman`` -> ``Abdulrahman`` / ``Abdul-Rahman``: the printing is the profile's).
* turkishfullnamegenerator 0.0.5 (PyPI, MIT; ``turkishfullname/isimolusturucu.py``: ``kadinisimler``,
  ``erkekisimleri``, ``soyadlar``): Turkish given names and surnames; the source's stray combining dots removed and its
  lost dotless ``ı`` / ``İ`` restored (``TR_RESTORE``).

Hand-kept (``HAND``; no licence-compatible source found in the time, a weakness of this split): pinyin surnames and
two-syllable given names and the English names Chinese students take; Vietnamese family names, middle names and given
names with their diacritics; Gulf women's given names and family names (``Al Mansouri``); Ukrainian given names with
their transliterations, familiar forms and ``-enko`` / ``-chuk`` / ``-yk`` surnames; Turkish word-names; Brazilian
compound given names, particles and nicknames; the English reference names. Claimed for ``dev_ap`` evaluation only.
"""
from __future__ import annotations

import json
import re
import sys
import tarfile
import unicodedata
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_ap_names.json"
TOP_GIVEN = 200
_W = str.split
ACCENTS = {"joao": "João", "jose": "José", "lucia": "Lúcia", "cecilia": "Cecília", "vitoria": "Vitória", "julia": "Júlia", "leticia": "Letícia", "vinicius": "Vinícius",
           "antonio": "Antônio", "andre": "André", "caua": "Cauã", "livia": "Lívia", "debora": "Débora", "otavio": "Otávio",
           "flavia": "Flávia", "fabio": "Fábio", "italo": "Ítalo", "lais": "Laís", "barbara": "Bárbara", "natalia": "Natália",
           "jessica": "Jéssica", "erica": "Érica", "tais": "Taís", "raissa": "Raíssa", "kaua": "Kauã", "taina": "Tainá",
           "julio": "Júlio", "fabricio": "Fabrício", "flavio": "Flávio", "marcio": "Márcio", "mauricio": "Maurício",
           "antonia": "Antônia", "eloisa": "Eloísa", "heloisa": "Heloísa", "lavinia": "Lavínia", "moises": "Moisés",
           "kaue": "Kauê", "caue": "Cauê", "ines": "Inês", "simoes": "Simões", "goncalves": "Gonçalves", "araujo": "Araújo",
           "conceicao": "Conceição", "assuncao": "Assunção", "brandao": "Brandão", "damiao": "Damião", "sebastiao": "Sebastião"}
FEMININE = set(_W("raiane isabele daniele camile tamires jaqueline adriele gabrieli jamile joice mariane daiane "
                  "gisele emile franciele graziele karine ariane emanuele viviane kailane kauane estefane gabriele yasmin yasmim iasmin iasmim beatriz alice sofia raquel ester ingrid isabel tais lais thais evelin nicole caroline aline"))
MASCULINE = set(_W("luca caua kaua"))
LEFT_OUT = set(_W("emily emili emilly alex yuri jean richard kevin ryan wesley weslei willian wilian jeferson "
                  "anderson everton emerson alison alisson alan david michele jenifer pamela karen ellen elen junior "
                  "maicon jonatan cleiton edson robson marlon ian erik eric erick adrian stefani estefani sarah anna "
                  "jessica brenda evelin vinicios"))
PT_SURNAMES = _W("abreu aguiar albuquerque alencar almeida alvarenga alves amaral amorim andrade antunes arruda assis "
                 "azevedo barbosa barreto barros bastos batista bezerra borges botelho braga brito cabral caldas "
                 "camargo cardoso carneiro carvalho castro chaves coelho cordeiro costa coutinho cunha dantas dias "
                 "duarte dutra esteves fagundes faria farias feitosa fernandes ferraz ferreira figueiredo fonseca "
                 "freitas furtado gomes gouveia holanda lacerda leite lima lopes macedo machado marinho marques "
                 "martins matos medeiros meireles melo mendes menezes mesquita miranda monteiro moraes moreira muniz "
                 "nascimento neves nogueira nunes oliveira pacheco paiva peixoto pereira pimentel pinheiro pinto pires "
                 "prado queiroz ramos rangel reis resende ribeiro rocha rodrigues sampaio santana santos saraiva "
                 "siqueira silva silveira soares sousa souza tavares teixeira toledo valente vasconcelos veloso viana "
                 "vieira xavier")
AR_GIVEN = _W("abbas abdul-aziz abdul-hakim abdul-karim abdul-latif abdul-majid abdul-malik abdul-rahman abdul-rashid "
              "abdul-salam abdul-wahid adel adnan ahmad akram ali ammar amr anwar ayman badr bilal faisal fahd "
              "fawwaz ghanim hamdan hamid hamzah hani harith hasan hashim hassan haytham hilal hisham ibrahim idris "
              "imad ismail jaber jabir jamal jassim khalid khalil majid mansur marwan mohammed mubarak muhammad "
              "mustafa nabil nasser nawaf omar qasim rashid saif salim saleh salman sami saqr suhail sultan tariq "
              "thamer waleed yasir yousef yusuf zayed ziyad")
TR_RESTORE = {"Yildiz": "Yıldız", "Işik": "Işık", "Kiliç": "Kılıç", "Bariş": "Barış", "Pinar": "Pınar", "Firat": "Fırat",
              "Aydin": "Aydın", "Sari": "Sarı", "Avci": "Avcı", "Çakir": "Çakır", "Yalçin": "Yalçın", "Ilayda": "İlayda",
              "Ibrahim": "İbrahim", "Ismail": "İsmail", "Irem": "İrem", "Ismet": "İsmet", "Ilknur": "İlknur",
              "Yilmaz": "Yılmaz", "Yildirim": "Yıldırım", "Sila": "Sıla"}
TR_LEFT_OUT = set(_W("Sultan Hava Kader Bayram"))  # words or Gulf names in the other group
HAND = {
    "chinese": {
        "surname": _W("Zhang Wang Li Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie "
                      "Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Jiang Cai Yu Du Ye Cheng Wei Su Lyu "
                      "Ding Ren Shen Yao Lu Cui Zhong Tan Fan Jin Shi Liao Qiu Xia"),
        "given_male": ["Hao-Ran", "Zi-Xuan", "Yu-Hang", "Jun-Jie", "Zhi-Hao", "Wen-Bo", "Tian-Yu", "Jia-Hao", "Yi-Chen",
                       "Ming-Hui", "Kai-Wen", "Rui-Lin", "Si-Yuan", "Bo-Wen", "Zhen-Yu", "Yu-Xuan", "Jian-Guo", "Hong-Wei",
                       "Xiang-Yu", "Peng-Fei", "Chang-An", "Shu-Wei", "Guang-Ming", "Wei", "Lei", "Jie", "Tao", "Bin", "Qiang"],
        "given_female": ["Xin-Yi", "Yu-Tong", "Zi-Han", "Si-Qi", "Yi-Nuo", "Meng-Yao", "Jia-Qi", "Shu-Ting", "Xiao-Yu",
                         "Yue-Xin", "Wan-Ting", "Ruo-Xi", "Hui-Min", "Li-Na", "Xue-Mei", "Qian-Qian", "Yan-Ling", "Jing-Wen",
                         "Mei-Ling", "Chun-Hua", "Ya-Ting", "Shi-Han", "Jing", "Na", "Min", "Ying", "Fang"],
        "english_male": _W("Kevin Eric Jason Tony Leo Allen Vincent Jack Frank Henry Ryan Oscar"),
        "english_female": _W("Cherry Vivian Cindy Iris Coco Luna Stella Amy Helen Sunny Elaine Tiffany"),
    },
    "vietnamese": {
        "surname": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
                    "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai", "Tạ", "Quách", "Châu", "Lương"],
        "middle_male": ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Công", "Xuân", "Gia", "Anh"],
        "middle_female": ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Bảo", "Phương", "Minh", "Mỹ", "Khánh"],
        "male": ["Anh", "Bảo", "Cường", "Dũng", "Hùng", "Huy", "Khoa", "Long", "Nam", "Phong", "Quân", "Sơn", "Thắng",
                 "Tuấn", "Việt", "Vinh", "Hiếu", "Khang", "Phúc", "Trung", "Đạt", "Tùng", "Hải", "Lộc", "Nhân", "Minh Khôi",
                 "Gia Bảo", "Đức Anh", "Hoàng Nam", "Quốc Huy"],
        "female": ["Anh", "Lan", "Hương", "Linh", "Mai", "Ngọc", "Trang", "Thảo", "Hà", "Nhung", "Yến", "Vy", "Uyên",
                   "Hằng", "Châu", "Duyên", "Trâm", "Thư", "Ngân", "Hạnh", "Minh Anh", "Bảo Ngọc", "Khánh Linh",
                   "Thu Trang", "Phương Thảo", "Hải Yến"],
    },
    "arabic_gulf": {
        "male_extra": _W("Saif Sultan Zayed Hamad Rashed Obaid Juma Humaid Ghanim Jassim Marwan Thani Mayed Theyab Khalifa"),
        "female": _W("Fatima Mariam Shamma Hessa Moza Noora Alia Latifa Maitha Amna Reem Sheikha Aysha Maryam Mahra "
                     "Hind Salama Meera Ghaya Alyazia Shaikha Nouf Asma Afra Hamda Wadha Dana Sara Lamya Rawdha"),
        "surname": _W("Mansouri Nuaimi Shamsi Ketbi Mazrouei Hammadi Suwaidi Falasi Marri Dhaheri Zaabi Blooshi "
                      "Kaabi Hosani Muhairi Shehhi Romaithi Neyadi Ameri Qubaisi Mheiri Tunaiji Naqbi Rumaithi Junaibi "
                      "Mehairbi Kuwaiti Jaberi Yammahi Ghafli"),
    },
    "turkish_words": _W("Deniz Umut Yıldız Bahar Eylül Yağmur Ay Su Güneş Bora Toprak Çınar Ege Doğa"),
    "ukrainian": {
        "male": {"Oleksandr": ["Olexander", "Aleksandr", "Oleksander"], "Andrii": ["Andriy", "Andrij"],
                 "Serhii": ["Serhiy", "Sergiy"], "Dmytro": ["Dmitro"], "Mykola": ["Mikola"], "Volodymyr": ["Volodimir"],
                 "Yurii": ["Yuriy", "Iurii"], "Bohdan": ["Bogdan"], "Taras": [], "Vasyl": ["Vasil"],
                 "Mykhailo": ["Mykhaylo", "Mikhailo"], "Petro": [], "Yaroslav": ["Iaroslav"], "Maksym": ["Maxym", "Maksim"],
                 "Artem": ["Artém"], "Oleh": ["Oleg"], "Ihor": ["Igor"], "Vitalii": ["Vitaliy"], "Roman": [],
                 "Stepan": [], "Nazar": [], "Denys": ["Denis"], "Yevhen": ["Ievgen", "Evgen"], "Kyrylo": ["Kirilo"]},
        "female": {"Olena": ["Elena"], "Tetiana": ["Tetyana", "Tatiana"], "Nataliia": ["Natalia", "Nataliya"],
                   "Iryna": ["Irina"], "Oksana": [], "Yuliia": ["Yulia", "Iuliia"], "Kateryna": ["Katerina"],
                   "Halyna": ["Galina"], "Liudmyla": ["Lyudmyla", "Ludmila"], "Svitlana": ["Svetlana"],
                   "Anastasiia": ["Anastasia"], "Viktoriia": ["Viktoria"], "Sofiia": ["Sofia"], "Daryna": ["Darina"],
                   "Solomiia": ["Solomia"], "Khrystyna": ["Khristina"], "Mariia": ["Maria"], "Zlata": [],
                   "Yevheniia": ["Evgenia"], "Vira": [], "Nadiia": ["Nadia"], "Larysa": ["Larisa"]},
        "nick": {"Oleksandr": "Sasha", "Dmytro": "Dima", "Volodymyr": "Volodia", "Mykola": "Kolia", "Andrii": "Andriiko",
                 "Serhii": "Serhiiko", "Mykhailo": "Misha", "Yevhen": "Zhenia", "Kyrylo": "Kiriusha", "Olena": "Olenka",
                 "Tetiana": "Tania", "Nataliia": "Natasha", "Kateryna": "Katia", "Yuliia": "Yulia", "Anastasiia": "Nastia",
                 "Viktoriia": "Vika", "Sofiia": "Sonia", "Mariia": "Masha", "Oksana": "Oksanka", "Liudmyla": "Liuda"},
        "surname": _W("Kovalenko Bondarenko Tkachenko Kravchenko Shevchuk Boyko Kovalchuk Oliinyk Marchenko Lysenko "
                      "Rudenko Savchenko Petrenko Melnyk Kravchuk Polishchuk Moroz Pavlenko Ponomarenko Tkachuk Levchenko "
                      "Kharchenko Klymenko Karpenko Fedoruk Hnatiuk Savchuk Yaremchuk Vasylyk Romaniuk Stepaniuk Zinchenko "
                      "Didenko Kostiuk Hrytsenko Ostapchuk Dmytrenko Soroka Sydorenko Kuzmenko"),
    },
    "brazilian": {
        "compound_male": ["João Pedro", "Pedro Henrique", "Luiz Felipe", "João Vitor", "Carlos Eduardo", "Paulo Henrique",
                          "João Gabriel", "Luiz Gustavo", "José Carlos", "Marcos Vinícius", "Antônio Carlos", "João Lucas"],
        "compound_female": ["Ana Júlia", "Maria Eduarda", "Ana Clara", "Maria Clara", "Ana Luiza", "Maria Fernanda",
                            "Ana Beatriz", "Maria Luiza", "Ana Carolina", "Maria Vitória", "Ana Laura", "Maria Cecília"],
        "particle": ["da", "dos", "de"],
        "nick": {"Maria Eduarda": "Duda", "Ana Júlia": "Juju", "Gabriela": "Gabi", "Rafael": "Rafa", "Leonardo": "Léo",
                 "José Carlos": "Zé Carlos", "Fernanda": "Nanda", "Guilherme": "Gui", "Beatriz": "Bia", "Isabela": "Bela",
                 "Luiz Felipe": "Lipe", "Felipe": "Lipe", "Carolina": "Carol", "Ana Carolina": "Carol", "Mariana": "Mari",
                 "Rafaela": "Rafa", "Daniela": "Dani", "Eduardo": "Dudu", "Vinícius": "Vini", "Marcos Vinícius": "Vini",
                 "Júlia": "Juju", "Luiza": "Lu", "Camila": "Mila", "Thiago": "Thi", "Maria Fernanda": "Mafê"},
    },
    "english_reference": {
        "male": _W("Ewan Callum Rory Angus Fraser Declan Torquil Hector Jasper Giles Quentin Rowland Ivor Mungo Tristram "
                   "Lancelot Algernon Crispian Peregrine"),
        "female": _W("Siobhan Eilidh Isla Ailsa Catriona Morag Niamh Saoirse Lorna Moira Kirsteen Rhiannon Elspeth Ottilie "
                     "Sorcha Tabitha Phyllida Honoria Clementine Euphemia"),
        "surname": _W("Gallacher Fotheringham Urquhart Menzies Colquhoun Auchinleck Dalrymple Kilpatrick Strachan "
                      "McAllister Sinclair Drummond Abernethy Lockhart Cruickshank Buchanan Ogilvie Farquharson "
                      "Rutherford Cunninghame Heathcote Illingworth Stainthorpe Micklethwaite Openshaw Ramsbottom "
                      "Sidebottom Nettleship Throssell Wigglesworth"),
    },
}


def _member(tgz: Path, name: str):
    with tarfile.open(tgz) as t:
        member = next(m for m in t.getmembers() if m.name.endswith(name))
        return t.extractfile(member).read().decode("utf-8")


def _cap(word: str) -> str:
    return ACCENTS.get(word) or "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _brazilian(tgz: Path) -> dict:
    given = [g for g in json.loads(_member(tgz, "src/firstnames.json"))[:TOP_GIVEN] if g not in LEFT_OUT]
    female = [g for g in given if (g.endswith("a") and g not in MASCULINE) or g in FEMININE]
    surnames = set(json.loads(_member(tgz, "src/lastnames.json")))
    table = dict(HAND["brazilian"])
    table.update({"male": [_cap(g) for g in given if g not in female], "female": [_cap(g) for g in female],
                  "surname": [_cap(s) for s in PT_SURNAMES if s in surnames]})
    return table


def _gulf(tgz: Path) -> dict:
    source = set(json.loads(_member(tgz, "src/firstnames.json")))
    male = [_cap(g) for g in AR_GIVEN if g in source]
    hand = HAND["arabic_gulf"]
    return {"male": male + hand["male_extra"], "female": hand["female"], "surname": hand["surname"]}


def _turkish(tgz: Path) -> dict:
    text = unicodedata.normalize("NFC", _member(tgz, "isimolusturucu.py").replace("\u0307", ""))  # NFD in the source
    lists = {k: re.findall(r'"([^"]+)"', v) for k, v in re.findall(r"(\w+)=\[(.*?)\]", text, re.S)}
    fix = [TR_RESTORE.get(n, n) for n in lists["kadinisimler"]]
    return {"female": [n for n in fix if n not in TR_LEFT_OUT],
            "male": [n for n in (TR_RESTORE.get(n, n) for n in lists["erkekisimleri"]) if n not in TR_LEFT_OUT],
            "surname": [TR_RESTORE.get(n, n) for n in lists["soyadlar"]], "words": HAND["turkish_words"]}


def main(argv: list[str]) -> int:
    tables = {k: v for k, v in HAND.items() if k not in ("arabic_gulf", "turkish_words", "brazilian")}
    tables["brazilian"] = _brazilian(Path(argv[0]))
    tables["arabic_gulf"] = _gulf(Path(argv[1]))
    tables["turkish"] = _turkish(Path(argv[2]))
    OUT.write_text(json.dumps(tables, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({k: sum(len(x) for x in v.values()) for k, v in tables.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
