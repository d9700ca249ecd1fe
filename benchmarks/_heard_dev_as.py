"""How the ``dev_as`` recognizer hears a name word (the printed form is the gold span): sound-alikes of Burmese, Khmer,
Malagasy, Icelandic, Haitian, Hmong, English word and English reference names, keyed by the folded lower-case word.
Written blind from how these names sound, not from any transcript."""
from __future__ import annotations

HEARD = {
    # burmese
    "aung": ("own", "ong"), "kyaw": ("chaw", "jaw"), "htut": ("toot",), "thein": ("thane",), "soe": ("so", "sew"),
    "myo": ("mio",), "htet": ("tet",), "naing": ("nine",), "hnin": ("nin",), "khin": ("kin",), "moe": ("mo",),
    "phyo": ("pyo",), "zaw": ("saw",), "hla": ("la",), "nwe": ("nway",), "tun": ("tune",), "thandar": ("tandar",),
    "thiri": ("tiri",), "ohnmar": ("oh mar",), "zeyar": ("zay ya",), "thura": ("tura",), "khaing": ("kine",),
    # khmer
    "sok": ("sock",), "chea": ("chia",), "heng": ("hang",), "sophea": ("so fear", "sophia"), "vuthy": ("voo tee",),
    "pich": ("pitch",), "prak": ("prack",), "sreymom": ("stray mom", "srey mom"), "chhay": ("chai",),
    "kosal": ("co sal",), "bopha": ("bo pa",), "dara": ("darra",), "rithy": ("ritty",), "meas": ("mess",),
    "keo": ("kay oh",), "piseth": ("pee set",), "chenda": ("chenda",), "sreyleak": ("srey leak",), "nget": ("net",),
    "bunthoeun": ("bun tune",), "chamroeun": ("cham run",),
    # malagasy
    "rakotomalala": ("rakoto malala",), "andrianarivelo": ("andrian arivelo",), "hery": ("harry", "airy"),
    "mamy": ("mummy",), "faly": ("folly",), "toky": ("tokay",), "fidy": ("fiddy",), "tiana": ("tee ana",),
    "voahangy": ("vo hungy",), "hanitra": ("hanitch",), "njaka": ("jacka",), "rivo": ("reevo",), "haja": ("hajja",),
    "ravelomanana": ("ravelo manana",), "ramanantsoa": ("ramanan tsoa",), "tojo": ("toe jo",), "miora": ("me ora",),
    # icelandic
    "jonsson": ("johnson",), "jonsdottir": ("jons daughter", "jons dottier"), "gudrun": ("good run",),
    "sigurdur": ("sigur door",), "thordur": ("tore door",), "bjorn": ("byorn",), "olafur": ("olaf",),
    "sigridur": ("sigrid",), "hildur": ("hilder",), "bjork": ("byork",), "kristjansson": ("christianson",),
    "magnusson": ("magnuson",), "einarsson": ("einarson",), "stefansson": ("stephenson",), "hrafn": ("rafn",),
    "kari": ("car ee",), "thora": ("tora",), "unnur": ("oonur",), "hafthor": ("half door",),
    # haitian
    "jean": ("john", "gene"), "pierre": ("pier",), "dieudonne": ("dude on", "dew done"), "wesner": ("wessner",),
    "fritznel": ("fritz nell",), "guerline": ("gear leen",), "nadege": ("nah dej",), "fils": ("fees",),
    "desir": ("desire",), "celestin": ("celestine",), "toussaint": ("too sand",), "lamour": ("la more",),
    "mondesir": ("mon desire",), "widline": ("wid leen",), "kervens": ("care vince",), "lovensky": ("love in ski",),
    "altidor": ("alti door",), "dieula": ("due la",), "etienne": ("eddie en",), "jeune": ("jern",),
    # hmong
    "xiong": ("shong", "see ong"), "vang": ("vong", "bang"), "moua": ("moo a",), "thao": ("tao", "tower"),
    "lor": ("law",), "her": ("hur",), "vue": ("view", "voo"), "yang": ("young",), "khang": ("kang",), "kue": ("coo",),
    "pao": ("pow",), "chue": ("chew",), "neng": ("nang",), "xeng": ("seng",), "nhia": ("nia",), "yer": ("yeah",),
    "xee": ("see",), "youa": ("yua",), "choua": ("chewa",), "txoov": ("chong",), "blong": ("blah",),
    # word given names and the English reference
    "sterling": ("stirling",), "merit": ("merritt",), "chance": ("chants",), "bliss": ("bless",), "cash": ("cass",),
    "penny": ("pennie",), "honor": ("honour",), "illingworth": ("illing worth",), "rowbotham": ("row bottom",),
    "blenkinsop": ("blenkin sop",), "greenhalgh": ("green halsh", "greenhalf"), "ackroyd": ("ack royd",),
    "prendergast": ("prender gast",), "haworth": ("hayworth",), "fairclough": ("fair cliff",), "percival": ("percy val",),
}
