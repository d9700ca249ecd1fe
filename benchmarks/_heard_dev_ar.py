"""How the ``dev_ar`` recognizer hears a name word (the printed form is the gold span): sound-alikes of Tamil,
Bangladeshi, Afghan, Georgian / Armenian, Finnish, Japanese, English word and English reference names. Written blind
from how these names sound, not from any transcript."""
from __future__ import annotations

HEARD = {
    # tamil
    "kumaran": ("cool marin", "kuma ran"), "senthil": ("sent hill",), "thiru": ("tiru", "the roo"), "murugan": ("moor again",),
    "vignesh": ("vig nesh",), "saravanan": ("sara vanan",), "tharshan": ("tar shan",), "kajan": ("cajun",),
    "mayuran": ("my you ran",), "nila": ("neela",), "tharani": ("tarani",), "yalini": ("yah lini",), "malar": ("mullah",),
    "kandiah": ("candy ah",), "arumugam": ("aru mugam",), "selvarajah": ("selva raja",), "krishnan": ("krish nan",),
    "annamalai": ("anna malay",), "sundaram": ("sunder ram",), "thenmozhi": ("ten mozy",), "kowsalya": ("cow salya",),
    # bangladeshi
    "mohammed": ("mohamed", "muhammad"), "mohammad": ("mohamed",), "chowdhury": ("chowdry", "chow dury"),
    "uddin": ("oodin", "woodin"), "begum": ("be gum", "beggum"), "hossain": ("hussein",), "miah": ("mia",),
    "nilufar": ("nil ufar", "nilofer"), "sumon": ("simon",), "rony": ("ronnie",), "sohel": ("so hell",),
    "talukder": ("taluk dar",), "bhuiyan": ("boo yan",), "akter": ("actor",), "shapla": ("shap la",), "biplob": ("bip lob",),
    "mousumi": ("mo shumi",), "rahim": ("ra heem",),
    # afghan
    "zalmai": ("zal my",), "ahmadzai": ("ahmad zai", "ahmed sai"), "stanikzai": ("stanik zai",), "popalzai": ("popple sigh",),
    "yousafzai": ("yousaf zai",), "gul": ("gull",), "jan": ("john",), "mirwais": ("meer whys",), "malalai": ("mala lie",),
    "zarmina": ("zar meena",), "hosai": ("who sigh",), "wazhma": ("wajma",), "spozhmai": ("spoj my",), "shinwari": ("shin wary",),
    "baryalai": ("barya lie",), "hotak": ("hotack",),
    # georgian / armenian
    "nino": ("neeno",), "tamar": ("tamer",), "levan": ("leavin", "le van"), "irakli": ("iraqi",), "zurab": ("zoo rub",),
    "gelashvili": ("gela shvili",), "khutsishvili": ("khutsi shvili", "hootsy shvili"), "mchedlishvili": ("mched lishvili",),
    "kvaratskhelia": ("kvarats helia",), "tsiklauri": ("sickle awry",), "beridze": ("beer idze",), "anahit": ("ana heat",),
    "hovhannisyan": ("hovhanni syan", "ovanesian"), "harutyunyan": ("harootyun yan",), "lusine": ("lucine",),
    "gevorg": ("geh vorg",), "tigran": ("tiger an",), "astghik": ("ast ghik",), "hayk": ("hike",), "narek": ("nah reck",),
    # finnish
    "heikki": ("hey key",), "jussi": ("you see",), "tuuli": ("tooli", "too lee"), "sini": ("sinny", "seeny"),
    "aino": ("eye no",), "jaakko": ("yakko",), "korhonen": ("kor honen",), "hamalainen": ("hama lainen",),
    "jarvinen": ("yarvinen",), "paivi": ("pie v",), "eero": ("arrow",), "suvi": ("soovy",), "riikka": ("rica",),
    "kyllikki": ("kill icky",), "tuomas": ("thomas",), "pekka": ("pecker",), "satu": ("sa too",),
    # japanese
    "kenji": ("ken g",), "yuki": ("yuckie", "you key"), "rin": ("ryn",), "takahashi": ("taka hashi",),
    "watanabe": ("wata nabe", "what a nabby"), "yamaguchi": ("yama guchi",), "hiroshi": ("hero she",),
    "daisuke": ("dice kay",), "megumi": ("meg oomi",), "keiko": ("kay co",), "aiko": ("eye co",), "sakura": ("sa cura",),
    "satou": ("sato",), "itou": ("ito",), "kondou": ("kondo",), "saitou": ("saito",), "ryouta": ("ryota",),
    # word given names and the English reference
    "precious": ("pressures",), "blessing": ("blessin",), "storm": ("store",), "royal": ("roil",), "sunny": ("sonny",),
    "justice": ("justin",), "patience": ("patients",), "hughes": ("hues",), "cholmondeley": ("chumley",),
    "featherstone": ("feather stone",), "braithwaite": ("brake white",), "entwistle": ("ent whistle",),
    "sutcliffe": ("sut cliff",), "siobhan": ("shivon",), "philippa": ("pippa",), "kirsty": ("kirstie",),
}
