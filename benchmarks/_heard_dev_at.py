"""How the ``dev_at`` recognizer hears a name word (the printed form is the gold span): sound-alikes of Kurdish,
Albanian, Lao, Punjabi Sikh, Andean, Maltese, English word and English reference names, keyed by the folded
lower-case word. Written blind from how these names sound, not from any transcript."""
from __future__ import annotations

HEARD = {
    # kurdish
    "rebwar": ("reb war",), "dilshad": ("dill shad",), "karwan": ("caravan", "car wan"), "hemin": ("hemming",),
    "shvan": ("schwan",), "aram": ("a ram",), "baran": ("barron",), "kawa": ("kava",), "hiwa": ("hewa",),
    "shilan": ("she lan",), "jiyan": ("gee yan",), "rojin": ("row jean",), "berfin": ("bear fin",), "hevi": ("heavy",),
    "zebari": ("zebra ee", "zeb ari"), "hawrami": ("how rami",), "khoshnaw": ("cosh now",), "berwari": ("bear wary",),
    # albanian
    "besnik": ("bez nick",), "dritan": ("dree tan",), "fatmir": ("fat meer",), "valon": ("vallon",), "arben": ("arbin",),
    "fjolla": ("fiola",), "teuta": ("tooter",), "vjosa": ("vyosa",), "shqipe": ("ship a", "shkipe"), "hoxha": ("hodja", "hoja"),
    "krasniqi": ("krasnichi", "kras nicky"), "gashi": ("gushy",), "bytyqi": ("bee tichi",), "xhafa": ("jaffa",),
    "cela": ("chela",), "muca": ("moocha",), "gezim": ("gezeem",), "endrita": ("en drita",),
    # lao
    "bounmy": ("boon me",), "khamphanh": ("come pan",), "somphone": ("som phone",), "vilay": ("vee lie",),
    "souksavanh": ("sook savan",), "noy": ("noi",), "keo": ("kay oh",), "souphaphone": ("soup a phone",),
    "phommachanh": ("pomma chan",), "vongsavath": ("vong savat",), "souvannavong": ("suvanna vong",),
    "inthavong": ("in tha vong",), "douangmala": ("dwang mala",), "luangrath": ("lwang rat",), "sayasith": ("sigh a sit",),
    # punjabi sikh
    "gurpreet": ("gur preet", "good preet"), "harpreet": ("har preet",), "jaspreet": ("jas preet",), "singh": ("sing",),
    "kaur": ("core", "cower"), "sandhu": ("sandu",), "dhillon": ("dillon",), "grewal": ("gre wall",), "sidhu": ("sidu",),
    "randhawa": ("ran dava",), "johal": ("jo hal",), "dhaliwal": ("dolly wall",), "sekhon": ("seconds", "seek on"),
    "kulwinder": ("cool winder",), "sukhjinder": ("sook jinder",), "jaswinder": ("jas winder",), "cheema": ("cheemer",),
    # andean
    "mamani": ("ma mani", "mommy"), "quispe": ("keys pay", "kispe"), "condori": ("condor ee",), "huanca": ("wanka",),
    "choque": ("choke ay", "choke"), "apaza": ("a pasa",), "ticona": ("tick ona",), "huaman": ("wamon", "wa man"),
    "yupanqui": ("you pan key",), "ccori": ("cory",), "callisaya": ("kali saya",), "teofilo": ("teo filo",),
    "yaneth": ("janet",), "wilber": ("wilbur",), "felicitas": ("feli citas",),
    # maltese
    "gorg": ("george",), "guzeppi": ("ju zeppi", "giuseppe"), "censu": ("chensu",), "xuereb": ("shoe reb", "sherab"),
    "zammit": ("zamit",), "farrugia": ("fa rugia",), "micallef": ("mickle ef",), "azzopardi": ("azo pardi",),
    "cauchi": ("cowkey",), "scicluna": ("shick luna",), "bugeja": ("boo jeya",), "psaila": ("sailor",),
    "zahra": ("zara",), "gatt": ("gat",), "tereza": ("tereza",), "marija": ("maria",),
    # word given names and the English reference
    "forrest": ("forest",), "archer": ("arch er",), "brook": ("brooke",), "patience": ("patients",), "faith": ("fate",),
    "hebblethwaite": ("hebble thwaite",), "thistlethwaite": ("thistle thwaite",), "ramsbottom": ("rams bottom",),
    "fothergill": ("fother gill",), "entwistle": ("en twistle",), "postlethwaite": ("postle thwaite",),
}
