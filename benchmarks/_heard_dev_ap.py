"""How the ``dev_ap`` recognizer hears a name word (the printed form is the gold span): sound-alikes of Chinese,
Vietnamese, Gulf Arab, Turkish, Brazilian, Ukrainian and English reference names, and initials heard as words.
Written blind from how these names sound, not from any transcript."""
from __future__ import annotations

HEARD = {
    # initials said as letters and heard as words
    "j": ("jay",), "k": ("kay",), "b": ("bee",), "d": ("dee",), "m": ("em",), "t": ("tee",),
    # chinese (pinyin read as English)
    "xinyi": ("shin yee", "sin yi"), "xin": ("shin",), "zhang": ("jang", "chang"), "zhao": ("jow",), "zhou": ("joe",),
    "xu": ("shoe",), "xie": ("shay",), "qian": ("chen",), "qiang": ("chang",), "xiao": ("shower", "shau"),
    "jiahao": ("jia how",), "haoran": ("how ran",), "zixuan": ("zee shwen",), "yutong": ("you tong",), "siqi": ("see chee",),
    "zihan": ("zee han",), "ruoxi": ("roar she",), "xuemei": ("shway may",), "wei": ("way",), "lei": ("lay",),
    "liu": ("leo",), "guo": ("gwo",), "huang": ("wong",), "zheng": ("jung",), "cai": ("sigh",), "cui": ("tsway",),
    "jie": ("jay",), "yue": ("you eh",), "lyu": ("loo",), "chen": ("chan",),
    # vietnamese
    "nguyen": ("win", "new yen", "nuyen"), "tran": ("tan",), "pham": ("fam",), "hoang": ("hwang",), "huynh": ("win",),
    "phan": ("fan",), "vu": ("voo",), "dang": ("dung",), "bui": ("boo ee",), "do": ("doe",), "ngo": ("no",),
    "duong": ("zoong",), "truong": ("trong",), "thi": ("tee",), "van": ("van",), "minh": ("min",), "anh": ("an", "ang"),
    "thao": ("tao",), "huong": ("hung",), "linh": ("lin",), "trang": ("chang",), "phuong": ("fong",), "khoa": ("qua",),
    "quan": ("kwan",), "tuan": ("twan",), "dung": ("zoom",), "ngoc": ("knock",), "uyen": ("when",), "nhung": ("young",),
    "thu": ("two",), "hai": ("high",), "khanh": ("can",), "yen": ("yen",), "vy": ("vee",), "luong": ("long",),
    # gulf arab
    "mohammed": ("mohamed", "muhammad"), "mansouri": ("man sorry", "mansoori"), "nuaimi": ("new amy",),
    "shamsi": ("shamsy",), "ketbi": ("kettby",), "mazrouei": ("mas roo ee",), "suwaidi": ("so wide ee",),
    "falasi": ("fa lacy",), "dhaheri": ("the hairy",), "zaabi": ("zabby",), "blooshi": ("blue she",),
    "abdulrahman": ("abdul rahman", "abdel rahman"), "abdulaziz": ("abdul aziz",), "khalid": ("khaled",),
    "hamdan": ("ham dan",), "shamma": ("shama",), "hessa": ("hesser",), "moza": ("mosa",), "maitha": ("mater",),
    "alyazia": ("aly azia",), "sheikha": ("shaker",), "rashid": ("rasheed",), "saif": ("safe",), "bin": ("been",),
    "bint": ("bent",), "al": ("el", "all"), "noora": ("nora",), "reem": ("ream",), "hind": ("hinde",),
    # turkish
    "yildiz": ("yil diz",), "ozdemir": ("oz demir",), "sahin": ("sha heen",), "celik": ("che lick",),
    "dogan": ("doe an",), "yilmaz": ("yil maz",), "cakir": ("chuck ear",), "oguzhan": ("oh ooz han",),
    "mehmet": ("meh met",), "ayse": ("eye sha",), "ugur": ("oo er",), "yigit": ("yee it",), "cigdem": ("chee dem",),
    "tugce": ("too cheh",), "gokhan": ("go can",), "umut": ("oo moot",), "deniz": ("denise",), "serkan": ("sir can",),
    "burak": ("boo rack",), "emre": ("em ray",), "kubra": ("cube ra",), "busra": ("boosh ra",), "sevval": ("shev val",),
    "koc": ("coach",), "kilic": ("kill itch",), "ozturk": ("oz turk",), "gunes": ("goo nesh",),
    # brazilian
    "joao": ("joe ow", "jwow"), "julia": ("julia",), "davi": ("davey",), "oliveira": ("oliver ra", "oli vera"),
    "goncalves": ("gon salves",), "rodrigues": ("rodriguez",), "santos": ("santoss",), "dos": ("those", "dose"),
    "da": ("the",), "vinicius": ("vinny see us",), "thiago": ("chiago", "tiago"), "leticia": ("le tisha",),
    "duda": ("dooda",), "juju": ("jew jew",), "caua": ("cow ah",), "kaua": ("cow ah",), "guilherme": ("gil air me",),
    "henrique": ("en ricky",), "carvalho": ("car valley o",), "ribeiro": ("ribe arrow",), "meireles": ("may relish",),
    "cecilia": ("cecelia",), "eduarda": ("edwarda",), "pereira": ("per aira",), "souza": ("sousa",),
    # ukrainian
    "oleksandr": ("alexander", "olek sander"), "olexander": ("alexander",), "aleksandr": ("alexander",),
    "kovalenko": ("cova lenko",), "bondarenko": ("bonda renko",), "tkachenko": ("t catch enko", "kachenko"),
    "shevchuk": ("chef chuck",), "kovalchuk": ("koval chuck",), "oliinyk": ("oh lean ick",), "yaremchuk": ("yarem chuck",),
    "mykola": ("mikola", "nicola"), "dmytro": ("dmitri",), "serhii": ("sergey",), "yurii": ("yuri",), "andrii": ("andre",),
    "iryna": ("irena",), "tetiana": ("tatiana",), "yuliia": ("julia",), "nataliia": ("natalia",), "oksana": ("ok sana",),
    "khrystyna": ("christina",), "solomiia": ("solo mia",), "hnatiuk": ("natick",), "zinchenko": ("zin chenko",),
    "sasha": ("sasher",), "nastia": ("nastya",), "vika": ("vicar",), "yevhen": ("evgen",), "kyrylo": ("kirilo",),
    # english reference
    "urquhart": ("urk hart", "erk it"), "colquhoun": ("ca hoon",), "menzies": ("mingis",), "fotheringham": ("fothering ham",),
    "siobhan": ("shivawn",), "eilidh": ("aylee",), "saoirse": ("seersha",), "niamh": ("neeve",), "sorcha": ("sorka",),
    "torquil": ("torkel",), "catriona": ("katrina",), "dalrymple": ("dal rymple",), "cruickshank": ("crook shank",),
    "ramsbottom": ("rams bottom",), "micklethwaite": ("mickle thwaite",), "farquharson": ("farker son",),
    "wigglesworth": ("wiggles worth",), "strachan": ("strawn",), "ogilvie": ("ogle vee",),
}
