"""How the ``dev_av`` recognizer hears a name word (the printed form is the gold span): sound-alikes of Hawaiian,
Kazakh, Xhosa, Hungarian, Sinhalese, Tigrinya, English word and English reference names, keyed by the folded
lower-case word. Written blind from how these names sound, not from any transcript."""
from __future__ import annotations

HEARD = {
    # hawaiian
    "keoni": ("kay oni",), "kekoa": ("kay koa",), "ikaika": ("ee kaika",), "kainoa": ("kai noah",),
    "kawika": ("ka weeka",), "leilani": ("lay lani",), "noelani": ("noel ani",), "kealoha": ("kay aloha",),
    "kahananui": ("kahana nui",), "kealamakia": ("keala makia",), "kaleikini": ("kalei kini",), "kawaauhau": ("kawa auhau",),
    "kealiinohomoku": ("kealii noho moku",), "nahoopii": ("naho pee",), "kaniaupio": ("kani aupio",), "makana": ("ma kana",),
    # kazakh
    "bauyrzhan": ("bauer jan", "baurzhan"), "yerlan": ("erlan",), "yerzhan": ("air jan",), "zhandos": ("jandos",),
    "aigerim": ("ai gerim",), "zhanna": ("jana",), "meruyert": ("meru yert",), "zhumabayev": ("juma bayev",),
    "sarsenbayev": ("sarsen bayev",), "mukhametzhanov": ("muhammad janov",), "bekmukhambetov": ("bek mukham betov",),
    "dzhumagaliyev": ("juma galiyev",), "serikqyzy": ("serik kizi",), "serikuly": ("serik uly",), "yessenov": ("esenov",),
    # xhosa
    "gqola": ("gola",), "qwabe": ("kwabe",), "xaba": ("kaba",), "ngxukuma": ("n kukuma",), "gxowa": ("gowa",),
    "qhali": ("kali",), "nqweniso": ("n kweniso",), "mgqibelo": ("m gibelo",), "lwazi": ("lawazi",),
    "siyabonga": ("siya bonga",), "ntombizodwa": ("ntombi zodwa",), "xolani": ("kolani", "zolani"),
    "mqhayisa": ("m kayisa",), "sigcawu": ("sig cow",), "vuyokazi": ("vuyo kazi",),
    # hungarian
    "laszlo": ("laslo",), "zoltan": ("zoltan",), "szabolcs": ("sabolch",), "gergo": ("gergo",), "csaba": ("chaba",),
    "zsofia": ("sofia",), "zsuzsanna": ("suzanna",), "gyongyi": ("jonji",), "kovacs": ("kovach", "kovacks"),
    "szabo": ("sabo",), "horvath": ("horvat",), "meszaros": ("mesaros",), "szilagyi": ("silagyi",), "szucs": ("sooch",),
    "hegedus": ("hegedush",), "nemeth": ("nemet",), "juhasz": ("yuhas",), "gyori": ("jori",),
    # sinhalese
    "wickramasinghe": ("wickrama singhe",), "gunawardena": ("guna wardena",), "hettiarachchi": ("hetti arachi",),
    "weerakkody": ("weera kody",), "galappaththi": ("galappatti",), "tharindu": ("tarindu",), "chathura": ("chatura",),
    "sewwandi": ("sevandi",), "thilini": ("tilini",), "edirisinghe": ("edirisinge",), "seneviratne": ("senevi ratne",),
    # tigrinya
    "ghebrehiwet": ("gebre hiwet",), "woldemichael": ("wolde michael",), "teklehaimanot": ("tekle haimanot",),
    "habtemariam": ("habte mariam",), "gebreyesus": ("gebre yesus",), "tesfamichael": ("tesfa michael",),
    "ghebremedhin": ("gebre medhin",), "tesfamariam": ("tesfa mariam",), "mehari": ("meh hari",), "freweini": ("frey weini",),
    "okbazghi": ("okba zgi",), "luwam": ("lu wam",), "tirhas": ("teer has",), "ghebremeskel": ("gebre meskel",),
    # word given names and the English reference
    "birch": ("burch",), "penn": ("pen",), "pike": ("pyke",), "glory": ("glorie",), "haven": ("havan",),
    "thistlethwaite": ("thistle thwaite",), "postlethwaite": ("postle thwaite",), "winterbottom": ("winter bottom",),
    "mottershead": ("motters head",), "sowerbutts": ("sour butts",), "butterworth": ("butter worth",),
}
