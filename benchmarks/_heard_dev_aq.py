"""How the ``dev_aq`` recognizer hears a name word (the printed form is the gold span): sound-alikes of Romanian, Thai,
Lithuanian, Czech, Mexican, Portuguese and English reference names. Written blind from how these names sound, not
from any transcript."""
from __future__ import annotations

HEARD = {
    # romanian
    "florin": ("floreen", "flor in"), "sorin": ("soreen", "sore in"), "ionut": ("yo noots", "ion oots"), "razvan": ("rez van",),
    "catalin": ("cat a lean",), "mircea": ("mir cha", "mercer"), "dragos": ("dragosh",), "doina": ("doyna",),
    "ioana": ("yo ana", "joanna"), "mihaela": ("me hi ella", "michaela"), "andreea": ("andrea",), "oana": ("wanna",),
    "popescu": ("po pesku", "popesco"), "ionescu": ("yo nesku",), "dumitrescu": ("doomy tresco",), "munteanu": ("moon tea anu",),
    "moldoveanu": ("moldo vanu",), "ungureanu": ("oongoo ranu",), "stoica": ("stoyka",), "balan": ("ballin",),
    "gheorghe": ("george", "gorga"), "radu": ("rad who",), "stefan": ("steph on",), "teodora": ("theodora",),
    # thai
    "somchai": ("som chai", "some chai"), "nok": ("knock",), "ploy": ("ploi",), "ton": ("tonne",), "fon": ("phone",),
    "aom": ("om",), "pim": ("pym",), "kanya": ("kenya",), "malee": ("molly",), "sunisa": ("sunny sa",),
    "supaporn": ("super porn", "supa pon"), "naruemon": ("naru mon",), "chairat": ("chai rat",), "kiet": ("key et",),
    "udom": ("oo dom",), "wattana": ("what ana",), "pichai": ("pi chai",), "thanit": ("tanit",),
    # lithuanian
    "kazlauskas": ("kaz loskas",), "petrauskas": ("pet rouse kas",), "jankauskiene": ("yan kow skienne",),
    "zygimantas": ("jig a mantis", "zigi mantas"), "mindaugas": ("min dow gas",), "vytautas": ("vee tow tas",),
    "sarunas": ("sha roo nas",), "kestutis": ("kes too tis",), "egle": ("eagle",), "ieva": ("eva",),
    "ruta": ("root a",), "ausra": ("ow shra",), "austeja": ("ow stay ya",), "butkus": ("boot kus",),
    "zemaitis": ("zhe my tis",), "rimkus": ("rim cuss",), "mockus": ("mock us",),
    # czech
    "jiri": ("yeer zhee", "jerry"), "novak": ("no vac",), "novakova": ("nova kova",), "dvorak": ("vor jack", "dvor zhak"),
    "prochazka": ("pro has ka",), "kucera": ("coo chair a",), "vojtech": ("voy tech",), "ondrej": ("on drey",),
    "kristof": ("krish toff",), "zdenek": ("zden yek",), "sarka": ("shark a",), "jitka": ("yit ka",),
    "lenka": ("lanka",), "kratochvil": ("krato cheville",), "pospisil": ("pos pee shill",), "ruzicka": ("roo zhich ka",),
    "hynek": ("he neck",), "premysl": ("shem isle",),
    # mexican
    "guadalupe": ("wada loopy", "guada lupe"), "lupita": ("loo peeta",), "jesus": ("hey zeus",), "chuy": ("chewy",),
    "ximena": ("he mena",), "xochitl": ("so cheel",), "citlali": ("seat lolly",), "itzel": ("eat sell",),
    "hernandez": ("earnandez",), "gutierrez": ("goo tierrez",), "zuniga": ("zoo neega",), "joaquin": ("wah keen",),
    "rocio": ("ro see oh",), "araceli": ("ara selly",),
    # portuguese
    "goncalo": ("gone salo",), "joao": ("jo ow", "john"), "ines": ("inesh", "ee nesh"), "conceicao": ("con say sow",),
    "magalhaes": ("maga lynes",), "simoes": ("see moyns",), "rui": ("hooey",), "nuno": ("new no",), "duarte": ("dwart",),
    "leonor": ("leo nor",), "meireles": ("may relish",), "loureiro": ("lo ray ro",),
    # english reference
    "sholto": ("shoulder",), "somerled": ("summer led",), "tavish": ("ta vish",), "mairi": ("mary",),
    "marsali": ("mar sally",), "rhydderch": ("ruther",), "cadwalader": ("cad wallader",), "leyshon": ("lay shun",),
    "kyffin": ("cuffin",), "gronow": ("grown oh",), "yorath": ("yo wrath",), "prothero": ("pro thero",),
}
