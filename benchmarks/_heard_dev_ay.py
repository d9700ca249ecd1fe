"""How the ``dev_ay`` recognizer hears a name word (the printed form is the gold span): sound-alikes of Tatar, Bashkir,
Circassian, Cape Verdean, Mauritian, Sámi, English word and English reference names, keyed by the folded lower-case
word. Written blind from how these names sound, not from any transcript."""
from __future__ import annotations

HEARD = {
    # tatar
    "khairullin": ("hairullin", "khai rullin"), "galiullin": ("gali ullin",), "gabdrakhmanov": ("gabd rakhmanov", "abdrakhmanov"),
    "mukhametshin": ("mukhamet shin", "muhametshin"), "gilmutdinov": ("gilmut dinov",), "fatkhutdinov": ("fatkhut dinov",),
    "khusnutdinov": ("husnutdinov",), "akhmetzyanov": ("akhmet zyanov", "ahmetzianov"), "ilshat": ("il shat",),
    "leisan": ("lay san",), "chulpan": ("chul pan",), "ilsiyar": ("il siyar",), "landysh": ("lan dish",),
    "raushaniya": ("raushania",),
    # bashkir
    "baimukhametov": ("bai mukhametov",), "ishmuratov": ("ish muratov",), "yumagulov": ("yuma gulov",),
    "kulsharipov": ("kul sharipov",), "yamaletdinov": ("yamal etdinov",), "timerbulat": ("timer bulat",),
    "zukhra": ("zuhra",), "aisylu": ("ai sylu", "aisilu"), "ilsoyar": ("il soyar",), "sultangareev": ("sultan gareev",),
    # circassian
    "tkhagapsoev": ("tkhagap soev", "khagapsoev"), "shebzukhov": ("sheb zukhov",), "khatukhov": ("hatukhov",),
    "beshtokov": ("besh tokov",), "gubzhokov": ("gub zhokov",), "khuazhev": ("khua zhev", "huazhev"),
    "zhemukhov": ("zhe mukhov",), "haghandoqa": ("hagan doka", "haghan doqa"), "habjoka": ("hab joka",),
    "nafset": ("naf set",), "sataney": ("sata ney",), "astemir": ("aste mir",), "khazret": ("hazret",),
    # cape verdean (folded)
    "semedo": ("se medo",), "furtado": ("fur tado",), "ivanildo": ("ivan ildo",), "elisangela": ("elisa angela",),
    "djalma": ("jalma",), "djenifer": ("jennifer",), "natercia": ("natersia",), "zuleica": ("zuleika",),
    "adilson": ("adil son",),
    # mauritian
    "seebaluck": ("see baluck", "seeba luck"), "dookhun": ("doo kun",), "jhugroo": ("jug roo",),
    "ramlagun": ("ram lagun",), "moonesawmy": ("moone sawmy", "moony sammy"), "jolicoeur": ("joli coeur", "jolly core"),
    "bellerose": ("belle rose",), "luchmun": ("luch mun",), "beeharry": ("bee harry",),
    # sami (folded)
    "mahtte": ("matte", "mah te"), "niillas": ("nilas",), "jovnna": ("jovna", "yovna"), "aslat": ("as lat",),
    "heaika": ("hey ka",), "ravdna": ("rav dna",), "biret": ("bee ret",), "somby": ("som bee",), "buljo": ("bulyo",),
    "haetta": ("hetta",), "naekkaelaejaervi": ("nakkala jarvi",), "nakkalajarvi": ("nakkala jarvi", "nakka lajarvi"),
    "partapuoli": ("parta puoli",), "kuhmunen": ("kuh munen",),
    # word given names and the English reference
    "zephyr": ("zefa",), "onyx": ("on nicks",), "micklethwaite": ("mickle thwaite",), "shufflebottom": ("shuffle bottom",),
    "higginbottom": ("higgin bottom",), "ollerenshaw": ("olla renshaw",), "illingworth": ("illing worth",),
}
