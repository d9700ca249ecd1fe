"""How the ``dev_aw`` recognizer hears a name word (the printed form is the gold span): sound-alikes of Uzbek,
Azerbaijani, Latvian, Yemeni, Amazigh, Bosnian, English word and English reference names, keyed by the folded
lower-case word. Written blind from how these names sound, not from any transcript."""
from __future__ import annotations

HEARD = {
    # uzbek
    "otabek": ("ota bek",), "jahongir": ("jahan gear",), "ulugbek": ("ulug bek", "oolug beck"), "shohruh": ("shah rooh",),
    "dilnoza": ("dil noza",), "gulchehra": ("gul chehra",), "muazzam": ("moo azam",), "khodjayev": ("hodjayev", "khoja yev"),
    "toshpulatov": ("tosh pulatov",), "xudoyberdiyev": ("hudoy berdiyev", "khudoy berdiev"), "mamatkulov": ("mamat kulov",),
    "yuldashev": ("yul dashev",), "qodirov": ("kodirov",), "sukhrob": ("suhrob",),
    # azerbaijani (folded: e for schwa heard as a)
    "mammadov": ("mamedov",), "huseynov": ("huseinov", "hussein off"), "hasanov": ("hassanov",), "quliyev": ("guliyev",),
    "cafarov": ("jafarov",), "bagirov": ("bagherov",), "ismayilov": ("ismailov",), "orucov": ("orujov",),
    "vugar": ("voogar",), "rasad": ("rashad",), "elsan": ("elshan",), "cavid": ("javid",), "rovsan": ("rovshan",),
    "togrul": ("toghrul",), "sabuhi": ("sabu hi",), "qasimli": ("gasimli",), "sukurlu": ("shukurlu",), "xadica": ("khadija",),
    # latvian
    "berzins": ("berzin",), "kalnins": ("kal nins",), "krumins": ("kroomins",), "klavins": ("klavin",),
    "kristine": ("kristina",), "krisjanis": ("krish yanis",), "sprogis": ("sprogis",), "zvirbulis": ("zvir bulis",),
    "dreimanis": ("dry manis",), "strautins": ("straw tins",), "sarmite": ("sar meeta",), "janis": ("yanis",),
    # yemeni
    "abdulrahman": ("abdul rahman",), "abdulkarim": ("abdul karim",), "abdulwahab": ("abdul wahab",),
    "maqtari": ("makhtari",), "hubaishi": ("hu baishi",), "aidarous": ("aida rous",), "mekhlafi": ("mikhlafi",),
    "dhubhani": ("dub hani",), "ebtisam": ("ib tisam",), "ibtihal": ("ib tihal",), "mutahar": ("muta har",),
    # amazigh
    "massinissa": ("masi nissa",), "koceila": ("kosaila",), "aghilas": ("agilas",), "tinhinane": ("tin hinan",),
    "tiziri": ("teaziri",),
"hamitouche": ("hami touch",), "oubelkacem": ("ou belkacem",), "oumouloud": ("oumou loud",),
    "ferroudja": ("ferouja",), "tassadit": ("tassa deet",), "oussedik": ("ousse dik",), "lounes": ("lounis",),
    # bosnian
    "hadzic": ("hajich",), "hodzic": ("hojich",), "causevic": ("chaushevich",), "beslagic": ("beshlagich",),
    "sehic": ("shehich",), "mesanovic": ("meshanovich",), "tufekcic": ("tufek chich",), "djulic": ("julich",),
    "catic": ("chatich",), "dzenan": ("jenan",), "dzenana": ("jenana",), "sejla": ("shayla",),
    # word given names and the English reference
    "moss": ("mos",), "posy": ("posey",), "shufflebottom": ("shuffle bottom",), "higginbottom": ("higgin bottom",),
    "ramsbottom": ("rams bottom",), "micklethwaite": ("mickle thwaite",), "fothergill": ("fother gill",),
    "greenhalgh": ("green halsh",), "blenkinsop": ("blenkin sop",),
}
