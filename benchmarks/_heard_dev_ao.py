"""How the ``dev_ao`` recognizer hears a name word (the printed form is the gold span): sound-alikes of West African,
Filipino, Polish, Afrikaans, Māori / Pacific, Korean and English reference names, and initials heard as words. Written
blind from how these names sound, not from any transcript."""
from __future__ import annotations

HEARD = {
    # initials said as letters and heard as words
    "j": ("jay",), "p": ("pee",), "a": ("eh",), "k": ("kay",), "b": ("bee",), "d": ("dee",), "s": ("ess",),
    # west african
    "oluwaseun": ("oluwa shawn", "olu wa seun"), "seun": ("shay own",), "chukwuemeka": ("chuck emeka", "chukwu emeka"),
    "emeka": ("a meka",), "kwabena": ("kwa bena",), "adjoa": ("a joe", "ajoa"), "okonkwo": ("o konkwo",),
    "adeyemi": ("ade yemi",), "ngozi": ("n gozi", "gozi"), "nnamdi": ("namdi",), "ifeanyi": ("if any",),
    "obinna": ("obina",), "kwame": ("kwamie",), "kofi": ("coffee",), "yaw": ("your",), "akua": ("aqua",),
    "mensah": ("mensa",), "owusu": ("o woo sue",), "boateng": ("bwa teng",), "asante": ("a santi",),
    "oyelaran": ("oye laran",), "ogunleye": ("ogun lay",), "babajide": ("baba jide",), "jide": ("jeday",),
    "folake": ("fola kay",), "funmilayo": ("fumi layo",), "selorm": ("selom",), "dzifa": ("jifa",), "agbeko": ("a beko",),
    "tsikata": ("sikata",), "kpodo": ("podo",), "nwosu": ("wosu",), "nwachukwu": ("wa chukwu",), "chiamaka": ("chi amaka",),
    # filipino
    "dela": ("della",), "macaraeg": ("maca rag",), "dimaculangan": ("dima kulangan",), "bautista": ("bow tista",),
    "villanueva": ("via nueva",), "marites": ("mari tess",), "jennilyn": ("jenny lynn",), "rowena": ("row ena",),
    "rizaldy": ("ri saldy",), "jun": ("june",), "bong": ("bung",), "pangilinan": ("pangi linan",), "ma": ("ma", "mah"),
    "cristina": ("christina",), "rhodora": ("rodora",), "panganiban": ("panga niban",), "tolentino": ("tolen tino",),
    # polish
    "wojciech": ("voy check", "voitek"), "malgorzata": ("malgo jata", "gosha"), "grzegorz": ("gregorz", "jegosh"),
    "kowalski": ("ko valski",), "kowalska": ("ko valska",), "wisniewski": ("vish nevski",), "szymanski": ("shimanski",),
    "przemyslaw": ("pshemislav",), "krzysztof": ("kshishtof",), "jakub": ("yakub",), "lukasz": ("wukash", "lucas"),
    "katarzyna": ("katar zina",), "agnieszka": ("agnes ka",), "zielinski": ("jelinski",), "wojcik": ("voy chick",),
    "nowak": ("novak",), "jankowski": ("yankovski",), "piotr": ("peter",), "kasia": ("kasha",), "wojtek": ("voytek",),
    # afrikaans
    "van": ("fan",), "der": ("the",), "merwe": ("mirva", "merva"), "plessis": ("plessy",), "rensburg": ("rens berg",),
    "kobus": ("koobus",), "marietjie": ("mari key",), "hendrik": ("hendrick",), "jacobus": ("ya koobus",),
    "pretorius": ("pre torius",), "oosthuizen": ("ost hazen", "oost hazen"), "bezuidenhout": ("bezzy den hout",),
    "swanepoel": ("swanny pool",), "coetzee": ("coot see", "kutsy"), "schalk": ("skulk",), "joubert": ("you bare",),
    "labuschagne": ("labu shane",), "engelbrecht": ("angel brecht",), "liezl": ("leasel",), "gerhardus": ("ger hardus",),
    # maori / pacific
    "aroha": ("a roha",), "tane": ("tarney", "tawny"), "mere": ("mary",), "wiremu": ("weary moo",), "hemi": ("hemmy",),
    "rawiri": ("ra wiri",), "ngaio": ("nyo",), "kahurangi": ("ka hurangi",), "hinemoa": ("hine moa",),
    "ngata": ("nata",), "parata": ("para ta",), "tipene": ("tipeny",), "faleolo": ("fally olo",), "tuilagi": ("twee langi",),
    "leota": ("leo ta",), "tuiasosopo": ("tui asosopo",), "faamausili": ("fa a mausili",), "sione": ("see only",),
    "tevita": ("te vita",), "fifita": ("fee fita",), "taufa": ("tow far",), "lagi": ("langi",), "salote": ("sa lotte",),
    # korean
    "kim": ("kym",), "lee": ("li", "leigh"), "park": ("bark",), "choi": ("choy",), "jung": ("young",), "yoon": ("yun",),
    "jiwoo": ("ji woo", "jee woo"), "minjun": ("min june",), "seoyeon": ("so yon",), "hyun": ("hyon",), "woo": ("wu",),
    "kyung": ("kyong",), "eun": ("un",), "hwang": ("wang",), "kwon": ("kwan",), "seo": ("so",), "yeon": ("yon",),
    "byun": ("bun",), "jae": ("jay",), "soo": ("sue",), "hye": ("hey",), "jeong": ("jung",),
    # english reference
    "cholmondeley": ("chumley",), "featherstonehaugh": ("fanshaw",), "postlethwaite": ("postle thwaite",),
    "hargreaves": ("har greaves",), "blenkinsop": ("blenkin sop",), "murgatroyd": ("murga troyd",),
    "ptolemy": ("tolemy",), "jolyon": ("jolly on",), "tarquin": ("tar quin",), "morwenna": ("more wenna",),
    "greenhalgh": ("green halsh",), "winterbottom": ("winter bottom",), "higginbottom": ("higgin bottom",),
}
