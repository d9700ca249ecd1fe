"""How the ``dev_au`` recognizer hears a name word (the printed form is the gold span): sound-alikes of Welsh, Basque,
Uyghur, Tibetan, South Sudanese, Georgian, English word and English reference names, keyed by the folded lower-case
word. Written blind from how these names sound, not from any transcript."""
from __future__ import annotations

HEARD = {
    # welsh
    "dafydd": ("david", "dav ith"), "gruffudd": ("griffith", "griff ith"), "rhodri": ("rod ree",), "llyr": ("leer",),
    "rhys": ("reece", "rees"), "ieuan": ("yi an", "ewan"), "owain": ("owen",), "gethin": ("geth in",), "huw": ("hugh",),
    "angharad": ("an harad",), "ffion": ("fee on",), "siân": ("sharn",), "sian": ("sharn", "shan"), "lowri": ("lowry",),
    "cerys": ("kerris",), "llywelyn": ("lou ellen", "llewellyn"), "llwyd": ("lloyd",), "prys": ("price",),
    "huws": ("hughes",), "dafis": ("davies",), "ap": ("up",), "ab": ("abb",), "gwilym": ("gwillum",), "iolo": ("yolo",),
    # basque
    "inaki": ("in yaki", "inyaki"), "xabier": ("javier", "shabier"), "aitor": ("eye tor",), "gorka": ("gorker",),
    "txomin": ("cho min",), "patxi": ("patchy",), "ainhoa": ("eye no a",), "itziar": ("it see ar",), "amaia": ("amaya",),
    "etxeberria": ("etcheberria", "etche berria"), "goikoetxea": ("goiko etchea",), "agirre": ("aguirre",),
    "zubizarreta": ("zubi sarreta",), "larranaga": ("lara naga",), "arrizabalaga": ("arri zabala ga",), "otxoa": ("ochoa",),
    "eizagirre": ("eiza guirre",), "garbine": ("garbin yeh",), "unai": ("oo nigh",),
    # uyghur
    "abdurehim": ("abdu rahim",), "memet": ("mehmet",), "ablikim": ("abli keem",), "tursun": ("tour soon",),
    "qurban": ("kurban",), "mijit": ("me jit",), "perhat": ("pear hat",), "aygul": ("eye gul",), "mihrigul": ("mihri gul",),
    "zulhumar": ("zul humar",), "buhejer": ("boo hedger",), "hoshur": ("ho sure",), "sidiq": ("siddiq",),
    "nurmuhemmet": ("nur muhammad",), "abdushukur": ("abdu shukur",), "tashpolat": ("tash polat",), "eziz": ("aziz",),
    # tibetan
    "tenzin": ("ten zin", "tenzing"), "lobsang": ("lob sang",), "ngawang": ("na wang",), "thupten": ("tup ten",),
    "tsering": ("sering", "tse ring"), "dorje": ("door jay",), "phuntsok": ("poon sok",), "dhondup": ("don dup",),
    "wangchuk": ("wang chuck",), "choedon": ("cho don",), "dolma": ("dolmer",), "yangchen": ("yang chen",),
    "gyatso": ("gyat so", "yatso"), "lhamo": ("lamo",), "dickey": ("dicky",),
    # south sudanese
    "nyandeng": ("nyan deng",), "achol": ("a chol",), "makuei": ("ma kwei",), "mabior": ("ma bee or",),
    "gatluak": ("gat luak",), "nyaruach": ("nya ruach",), "nyachuol": ("nya chol",), "adhieu": ("a dew",),
    "gatkuoth": ("gat coat",), "malual": ("ma lual",), "garang": ("ga rang",), "athieng": ("a tee eng",),
    # georgian
    "giorgi": ("george ee",), "nikoloz": ("nicholas",), "vakhtang": ("vak tang",), "tornike": ("tor nickie",),
    "ketevan": ("kete van",), "khatuna": ("ka tuna",), "tinatin": ("tina tin",), "mchedlishvili": ("m chedli shvili",),
    "gelashvili": ("gela shvili",), "tsiklauri": ("sik lauri",), "chkheidze": ("che idze",), "kharaishvili": ("kara ishvili",),
    "papuashvili": ("papua shvili",), "sikharulidze": ("sikha ruli dze",), "khutsishvili": ("hootsi shvili",),
    # word given names and the English reference
    "wren": ("ren",), "fox": ("fox",), "reed": ("read",), "pearl": ("perl",), "will": ("will",), "colt": ("coalt",),
    "micklethwaite": ("mickle thwaite",), "satterthwaite": ("satter thwaite",), "wolstenholme": ("wolsten home",),
    "higginbottom": ("higgin bottom",), "brocklehurst": ("brockle hurst",), "blenkinsop": ("blenkin sop",),
}
