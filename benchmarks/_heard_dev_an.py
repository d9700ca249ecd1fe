"""How the ``dev_an`` recognizer hears a name word (the printed form is the gold span): sound-alikes of South Indian,
Greek, Italian, Irish, Nordic, Hungarian and English reference names, and initials heard as words (``r`` -> ``are``,
``j`` -> ``jay``). Written blind from how these names sound, not from any transcript."""
from __future__ import annotations

HEARD = {
    # initials said as letters and heard as words
    "r": ("are",), "j": ("jay",), "k": ("kay",), "s": ("ess",), "v": ("vee",), "t": ("tee",), "g": ("gee",),
    "p": ("pee",), "m": ("em",), "n": ("en",), "c": ("see",), "d": ("dee",), "b": ("bee",),
    # south indian
    "lakshmi": ("laksmi", "lux me"), "raghavan": ("ragha van",), "srinivasan": ("sreeni vasan",), "sree": ("shree",),
    "reddy": ("ready",), "naidu": ("nai do",), "chowdary": ("chow dary",), "iyer": ("ire",), "pillai": ("pill eye",),
    "nair": ("nyer",), "subramanian": ("subra manian",), "venkatasubramanian": ("venkata subramanian",),
    "krishnamoorthy": ("krishna moorthy",), "sowmya": ("soumya",), "karthik": ("kartik",), "hegde": ("heg day",),
    "menon": ("meenon",), "venkatesh": ("venka tesh",), "gowda": ("gouda",), "shetty": ("shetti",), "priya": ("pria",),
    "anand": ("anan",), "kannan": ("cannon",), "murugan": ("muru gan",), "deepa": ("dipa",), "swathi": ("swati",),
    # greek
    "papadopoulos": ("papa dopoulos",), "papadopoulou": ("papa dopoulou",), "konstantinos": ("constantinos",),
    "georgiou": ("george you",), "giorgos": ("george os",), "dimitris": ("dimitri",), "panagiotis": ("panayotis",),
    "christos": ("kristos",), "kostas": ("costas",), "ioannis": ("yannis",), "oikonomou": ("economou",),
    "karagiannis": ("kara yannis",), "eleni": ("elenie",), "vasiliki": ("vasi liki",), "nikos": ("nicos",),
    "athanasiou": ("athan asiou",), "stavros": ("stavross",), "theodorou": ("theo dorou",), "despoina": ("despina",),
    "chrysoula": ("chris oula",), "papadakis": ("papa dakis",), "sfakianakis": ("sfakia nakis",),
    # italian
    "giuseppe": ("joseppe",), "gian": ("john",), "luca": ("luka",), "esposito": ("espo sito",), "ricci": ("richie",),
    "damico": ("da mico",), "dangelo": ("dan jello",), "di": ("dee",), "lo": ("low",), "giordano": ("jordano",),
    "scognamiglio": ("scone a million",), "coppola": ("copola",), "ruggiero": ("rugiero",), "cirillo": ("chirillo",),
    "grazia": ("gratsia",), "giulia": ("julia",), "giovanni": ("jovanni",), "chiara": ("kiara",), "gennaro": ("jennaro",),
    "ciro": ("cheero",), "della": ("dela",), "iannuzzi": ("yan noozi",), "quagliarella": ("qualia rella",),
    # irish
    "niamh": ("neeve",), "siobhan": ("shivon",), "caoimhe": ("keeva",), "saoirse": ("sear sha",), "aoife": ("eefa",),
    "oisin": ("o sheen",), "sadhbh": ("sive",), "meabh": ("maeve",), "tadhg": ("tige",), "darragh": ("dara",),
    "cillian": ("killian",), "ruairi": ("rory",), "eoin": ("owen",), "grainne": ("grania",), "roisin": ("ro sheen",),
    "sinead": ("shin aid",), "ailbhe": ("alva",), "bhriain": ("vreen",), "briain": ("bree an",), "ni": ("knee",),
    "suilleabhain": ("sooly vawn",), "shuilleabhain": ("hooly vawn",), "obrien": ("o brien",), "mcgrath": ("mcgraw",),
    "cearbhall": ("carroll",), "ceallaigh": ("kelly",), "cheallaigh": ("hyaly",), "murchu": ("murra hoo",),
    "dhonaill": ("gonnell",), "donaill": ("donnell",), "aodha": ("ay",), "eabha": ("ava",), "clodagh": ("cloda",),
    # nordic
    "sorensen": ("soren son",), "jorgensen": ("yorgensen",), "bjorn": ("bjern",), "oystein": ("oi stain",),
    "hakon": ("hawkon",), "kjetil": ("shetil",), "sigurdsson": ("sigurd son",), "gudrun": ("good run",),
    "magnusson": ("magnus son",), "korhonen": ("kor honen",), "virtanen": ("virta nen",), "jukka": ("yucca",),
    "paivi": ("pie vee",), "sjoberg": ("show berg",), "odegard": ("oda guard",), "siggi": ("ziggy",),
    "ragnhildur": ("ragn hildur",), "sigurbjorg": ("sigur byorg",), "thorsteinn": ("thor stain",),
    "aase": ("ossa",), "saether": ("sayther",), "bergstrom": ("berg strom",), "lindqvist": ("lind quist",),
    # hungarian
    "nagy": ("nadge",), "kovacs": ("ko vach",), "szabo": ("sabo",), "eszter": ("ester",), "katalin": ("catalin",),
    "gyorgy": ("george",), "zsofia": ("sofia",), "toth": ("tote",), "horvath": ("hor vat",), "laszlo": ("lasslo",),
    "szilvia": ("silvia",), "erzsebet": ("er jebet",), "janos": ("yanosh",), "istvan": ("ish van",), "farkas": ("far cash",),
    "molnar": ("mole nar",), "szilagyi": ("sila jee",), "gergely": ("gergay",), "reka": ("wreck a",), "balazs": ("balage",),
    # english reference
    "leary": ("leery",), "hollingsworth": ("holling sworth",), "geoffrey": ("jeffrey",), "catriona": ("katrina",),
    "ackroyd": ("ack royd",), "rowbotham": ("row bottom",), "thwaites": ("twaits",), "metcalfe": ("met calf",),
    "ogilvie": ("ogle vee",), "brocklehurst": ("brockle hurst",), "philippa": ("philipa",), "lindsay": ("lindsey",),
}
