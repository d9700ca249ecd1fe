"""How the ``dev_bb`` recognizer hears a name word (the printed form is the gold span): sound-alikes of Ossetian,
Kalmyk, Frisian, Breton, Mende, Navajo, English word and English reference names, keyed by the folded lower-case word
(Breton ``ë ï é`` and Frisian ``â`` as plain letters). Written blind from how these names sound, not from any
transcript."""
from __future__ import annotations

HEARD = {
    # ossetian
    "dzhioev": ("jioev", "dzhio ev"), "tskhovrebov": ("tshovrebov", "skhov rebov"), "kulumbegov": ("kulum begov",),
    "tsallagov": ("salagov", "tsalla gov"), "dzutsev": ("zutsev",), "dzerassa": ("dze rassa", "zerassa"),
    "gabaraty": ("gabara ty",), "khetag": ("hetag",), "taymuraz": ("tai muraz", "taimuraz"), "batraz": ("bat raz",),
    # kalmyk
    "ulyumdzhiev": ("ulyum jiev", "ulumdzhiev"), "sangadzhiev": ("sanga jiev",), "boskhomdzhiev": ("boskhom jiev",),
    "dordzhiev": ("dorjiev", "dor dzhiev"), "mukabenov": ("muka benov",), "khulkhachiev": ("hulkhachiev",),
    "delgir": ("del gear",), "mingiyan": ("mingi yan",), "dzhirgal": ("jirgal",),
    # frisian
    "tjalling": ("chal",), "tsjerk": ("cherk",), "tsjitske": ("chitske", "chits ka"), "sjoukje": ("showk ya", "sjouk ye"),
    "hiemstra": ("heem stra",), "tjeerdsma": ("cheerds ma",), "jaarsma": ("yars ma",), "wijbenga": ("wy benga", "vybenga"),
    "eeltsje": ("elt sye",), "froukje": ("frowk ye",), "sytske": ("seets ka",), "jetze": ("yet za",),
    # breton
    "kerherve": ("ker herve", "care airvay"), "guivarch": ("gee varsh", "guivar"), "quemener": ("kem ner", "kaymener"),
    "gwenaelle": ("gwen ael", "gwenel"), "maiwenn": ("my wen",), "goulven": ("gool ven",), "brieuc": ("bree uk",),
    "floch": ("flosh", "flock"), "abgrall": ("ab grall",), "kermarrec": ("ker marrec",), "riwal": ("ree val",),
    # mende
    "massaquoi": ("massa kwoi", "masakwa"), "kpukumu": ("pukumu", "kpu kumu"), "nyandemoh": ("nyande mo",),
    "kpakiwa": ("pakiwa",), "moigua": ("moy gwa",), "gbondo": ("bondo",), "ngevao": ("nge vao", "gevao"),
    "moijueh": ("moi ju eh",), "kaimbay": ("kaim bay",), "saffiatu": ("safi atu",),
    # navajo
    "tsinajinnie": ("tsina jinnie", "sina jinny"), "tsinnijinnie": ("tsinni jinnie",), "todacheenie": ("toda cheenie", "toddachini"),
    "etsitty": ("et sitty",), "atcitty": ("at sitty",), "peshlakai": ("pesh lakai",), "bitsui": ("bit sui", "bitsooey"),
    "shandiin": ("shan deen",), "shaandiin": ("shaan deen",), "nizhoni": ("ni zhoni", "nijoni"), "yanabah": ("yana ba",),
    # word given names and the English reference
    "celandine": ("celan dine",), "marjoram": ("marj oram",), "marjoribanks": ("marchbanks", "marjorie banks"),
    "throckmorton": ("throck morton",), "abergavenny": ("aber gavenny",), "mainwaring": ("mannering",),
    "fanshawe": ("fan shaw",),
}
