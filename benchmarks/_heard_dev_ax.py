"""How the ``dev_ax`` recognizer hears a name word (the printed form is the gold span): sound-alikes of Chechen,
Assyrian, Estonian, Macedonian, Baloch, Kyrgyz, English word and English reference names, keyed by the folded
lower-case word. Written blind from how these names sound, not from any transcript."""
from __future__ import annotations

HEARD = {
    # chechen
    "zelimkhan": ("zelim khan", "zelim han"), "khamzat": ("hamzat",), "dzhabrailov": ("jabrailov", "jabra ilov"),
    "magomadov": ("magoma dov",), "elmurzaev": ("elmur zayev",), "temirkhanov": ("temir hanov",), "tsokaev": ("sokayev",),
    "dudurkaev": ("dudur kayev",), "dzhamaldaev": ("jamal dayev",), "kheda": ("heda",), "petimat": ("petty mat",),
    "margoshvili": ("margo shvili",), "machalikashvili": ("machali kashvili", "matchali kash villy"), "movsar": ("mov sar",),
    # assyrian
    "youkhana": ("yohana", "you khana"), "gewargis": ("gewar gis", "georgis"), "khoshaba": ("hoshaba",),
    "shamiram": ("shami ram",), "marganita": ("margarita",), "betbasoo": ("bet basu",), "shlimon": ("shlee mon",),
    "narsai": ("nar sai",), "oshana": ("o shana",), "ninwe": ("ninway",), "nahrain": ("nah rain",),
    # estonian (folded)
    "tonu": ("tony",), "jaan": ("yan",), "juri": ("yuri",), "mart": ("mart",), "kersti": ("kirsty",), "triin": ("treen",),
    "maarja": ("maria",), "koiv": ("koyv",), "puusepp": ("poo sep",), "poder": ("purder",), "jogi": ("yogi",),
    "kuusk": ("koosk",), "ulle": ("ooleh",), "kaupo": ("cow po",),
    # macedonian
    "gjorgjievski": ("georgievski", "jor jievski"), "nikolovski": ("nikolov ski",), "stojanovski": ("stoyanovski",),
    "stojanov": ("stoyanov",), "trajce": ("trai che",), "ljupco": ("lupcho", "lyupcho"), "snezana": ("snezhana",),
    "blazevski": ("blazhevski",), "zdravkovski": ("zdrav kovski",), "biljana": ("bilyana",), "ljubica": ("lyubitsa",),
    "gjorgji": ("georgi",), "frosina": ("frozina",),
    # baloch
    "shahdad": ("shah dad",), "dostain": ("dos tain",), "gwahram": ("gwa ram", "guaram"), "allahbakhsh": ("allah bakhsh",),
    "nabibakhsh": ("nabi bakhsh",), "khudabakhsh": ("khuda bux",), "janmohammad": ("jan mohammad",), "lashari": ("la shari",),
    "rakhshani": ("rakh shani",), "jamaldini": ("jamal dini",), "mahganj": ("mah ganj",), "gulbano": ("gul bano",),
    # kyrgyz
    "kubanychbek": ("kubanych bek", "kuba nich bek"), "jyrgalbek": ("jirgal bek",), "zhoomart": ("joomart",),
    "uulu": ("ulu", "oolu"), "kyzy": ("kizi",), "abdyldaev": ("abdil dayev",), "beishenaliev": ("beishen aliev",),
    "kurmanaliev": ("kurman aliev",), "cholpon": ("chol pon",), "zhyldyz": ("jildiz",), "aichurok": ("ai churok",),
    "toktogulov": ("tokto gulov",),
    # word given names and the English reference
    "knox": ("nox",), "tex": ("tecs",), "fazackerley": ("fazacker lee",), "wolstenholme": ("wolsten home",),
    "murgatroyd": ("murga troyd",), "sowerbutts": ("sour butts",), "leadbetter": ("led better",),
    "entwistle": ("en twistle",),
}
