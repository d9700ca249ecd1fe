"""E-mail addresses of the ``dev_f`` split, drawn once per caller and rendered per mention.

An address is a list of user-part tokens (``RawEmail.user``: words, digit runs and the separators ``.``,
``_``, ``-``) and a domain. ASR renderings cover how callers say an address and how engines print it:
``dot`` / ``period`` / ``full stop``, ``underscore``, ``dash`` / ``hyphen``, ``at`` / ``at the rate`` / ``at
sign``, parts spelled in bare letters, letter names (``jay oh aitch en``) or NATO words (``s for sierra``),
``double l``, digits as number words or as digits, a word said then spelled, remarks inside the address
(``all one word``, ``no dots``), provider names split by the engine (``g mail``, ``hot mail``, ``b t
internet``) and addresses the engine half-normalised (``j.smith at gmail.com``, ``jsmith@gmail.com``).
Chat renderings: plain, capitals, ``+`` tags, brackets, ``(at)``, a provider typo (``gmial``), a stray blank.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from benchmarks._templates_names import ascii_fold
from benchmarks._templates_values import DIGITS, cardinal, paired
from benchmarks._values_dev_c import NATO_WORDS

LETTER_NAMES = {"a": "ay", "b": "bee", "c": "see", "d": "dee", "e": "ee", "f": "ef", "g": "gee", "h": "aitch",
                "i": "eye", "j": "jay", "k": "kay", "l": "el", "m": "em", "n": "en", "o": "oh", "p": "pee",
                "q": "queue", "r": "are", "s": "ess", "t": "tee", "u": "you", "v": "vee", "w": "double you",
                "x": "ex", "y": "why", "z": "zed"}
PROVIDERS = ("gmail.com", "gmail.com", "googlemail.com", "hotmail.com", "hotmail.co.uk", "outlook.com",
             "live.co.uk", "yahoo.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "sky.com", "aol.com",
             "virginmedia.com", "eircom.net", "ntlworld.com", "msn.com", "me.com", "proton.me")
# Providers an engine writes as separate words (the span covers them all).
PROVIDER_WORDS = {"gmail": ("g mail", "gee mail", "gmail"), "hotmail": ("hot mail", "hotmail"),
                  "btinternet": ("b t internet", "bt internet", "bee tee internet"), "icloud": ("i cloud", "icloud"),
                  "googlemail": ("google mail", "googlemail"), "ntlworld": ("n t l world", "ntl world"),
                  "virginmedia": ("virgin media", "virginmedia"), "aol": ("a o l", "aol")}
# Work and club addresses on organisations' own domains (the address still names its owner).
ORG_DOMAINS = ("harbourview-dental.co.uk", "kestrelfreight.com", "stmarys.org.uk", "oakfieldvets.ie",
               "northgate-hr.co.uk", "brightwater.ac.uk", "lanterntheatre.org", "fenwickandlowe.com",
               "corrib-energy.ie", "tidewell.nhs.uk")
_SEP_WORDS = {".": ("dot", "dot", "dot", "period", "full stop", "point"), "_": ("underscore", "underscore", "under score"),
              "-": ("dash", "hyphen", "dash")}
_AT_WORDS = ("at", "at", "at", "at", "at the rate", "at sign", "at symbol", "at the rate of")
_REMARKS = {"none": ("all one word", "no dots", "no spaces", "all together"), "any": ("all lower case", "small letters")}
_TYPOS = {"gmail": "gmial", "hotmail": "hotmial", "outlook": "outlok", "yahoo": "yahooo", "icloud": "iclould",
          "btinternet": "btinternt", "googlemail": "gogglemail"}


@dataclass
class RawEmail:
    """``user``: tokens of the local part (words, digit runs, separators); ``domain``: ``gmail.com``."""

    user: list[str]
    domain: str

    @property
    def local(self) -> str:
        return "".join(self.user)

    @property
    def written(self) -> str:
        return f"{self.local}@{self.domain}"


def _clean(word: str) -> str:
    return "".join(c for c in ascii_fold(word).lower() if c.isalpha())


def make_email(first: str, last: str, rng: random.Random, nick: str = "") -> RawEmail:
    f, s = _clean(first) or "sam", _clean(last.split()[-1]) or "lee"
    sep = rng.choice((".", ".", "_", "", "", "-"))
    num = rng.choice((str(rng.randint(1, 99)), str(rng.randint(1962, 2005)), str(rng.randint(100, 999))))
    shape = rng.choice(([f, sep, s], [f[0], sep, s], [f, s, num], [s, sep, f], [f, sep, s, num], [(_clean(nick) or f), num],
                        [f, sep, s[0]], [f[0], s, num], [f, sep, s], [s, f[0], num]))
    user = [t for t in shape if t]
    if rng.random() < 0.2:
        domain = rng.choice(ORG_DOMAINS)
    else:
        domain = rng.choice(PROVIDERS)
    return RawEmail(user, domain)


def misspelt(raw: RawEmail, rng: random.Random) -> tuple[RawEmail, str, int]:
    """A read-back with one letter wrong (``smyth`` for ``smith``, one ``t`` for two); the right word and
    the position of the letter the read-back got wrong."""
    words = [i for i, t in enumerate(raw.user) if t.isalpha() and len(t) >= 3] or [0]
    i = rng.choice(words)
    word = raw.user[i]
    doubles = [j for j in range(1, len(word)) if word[j] == word[j - 1]]
    if doubles:
        j = doubles[0]
        wrong = word[:j] + word[j + 1:]
    else:
        j = rng.randrange(1, len(word)) if len(word) > 1 else 0
        wrong = word[:j] + ("y" if word[j] in "aeiou" else "e") + word[j + 1:]
    user = list(raw.user)
    user[i] = wrong
    return RawEmail(user, raw.domain), word, j


# -- ASR --------------------------------------------------------------------------------------------------------
def spell(word: str, rng: random.Random, mode: str) -> str:
    """Letters one by one: ``bare`` (``s m i t h``), ``names`` (``ess em eye``), ``nato`` (``s for sierra``)."""
    out, i = [], 0
    while i < len(word):
        c = word[i]
        if not c.isalpha():
            out.append(DIGITS[int(c)] if c.isdigit() else c)
            i += 1
            continue
        if i + 1 < len(word) and word[i + 1] == c and rng.random() < 0.7:
            out.append(f"double {LETTER_NAMES[c] if mode == 'names' else c}")
            i += 2
            continue
        if mode == "names":
            out.append(LETTER_NAMES[c])
        elif mode == "nato" and (i == 0 or rng.random() < 0.4):
            out.append(f"{c} {rng.choice(('for', 'as in', 'for'))} {NATO_WORDS[ord(c) - 97]}")
        else:
            out.append(c)
        i += 1
    return " ".join(out)


def say_sep(sep: str, rng: random.Random) -> str:
    return rng.choice(_SEP_WORDS[sep])


def say_number(run: str, rng: random.Random) -> str:
    if len(run) == 4 and run[0] in "12":
        return rng.choice((paired(int(run)), " ".join(DIGITS[int(c)] for c in run), run))
    return rng.choice((cardinal(int(run)) if run[0] != "0" else " ".join(DIGITS[int(c)] for c in run),
                       " ".join(DIGITS[int(c)] for c in run), run, " ".join(run)))


def say_domain(domain: str, rng: random.Random, written: float = 0.15) -> str:
    if rng.random() < written:
        return domain
    head, *tail = domain.split(".")
    name = rng.choice(PROVIDER_WORDS.get(head, (head.replace("-", rng.choice((" dash ", " hyphen ", " "))),)))
    if tail == ["co", "uk"] and rng.random() < 0.3:
        return f"{name} dot co uk"
    if rng.random() < 0.1:
        return f"{name} {' '.join(tail)}"  # the engine dropped the dots
    return " dot ".join([name, *tail])


def say_user(raw: RawEmail, rng: random.Random, style: str | None = None, remarks: float = 0.2) -> str:
    style = style or rng.choices(("plain", "spelled", "said_spelled", "mixed", "nato"), (40, 18, 14, 18, 10))[0]
    letters = rng.choice(("bare", "bare", "names"))
    out = []
    for t in raw.user:
        if t in _SEP_WORDS:
            out.append(rng.choice(_SEP_WORDS[t]))
        elif t.isdigit():
            out.append(say_number(t, rng))
        elif len(t) == 1:
            out.append(spell(t, rng, "nato") if style == "nato" or rng.random() < 0.3 else t)
        elif style == "spelled" or (style == "mixed" and rng.random() < 0.5):
            out.append(spell(t, rng, letters))
        elif style == "said_spelled":
            out.append(f"{t} {spell(t, rng, letters)}")
        elif style == "nato":
            out.append(spell(t, rng, "nato"))
        else:
            out.append(t)
    if rng.random() < remarks:
        out.append(rng.choice(_REMARKS["none"] if not any(t in _SEP_WORDS for t in raw.user) else _REMARKS["any"]))
    return " ".join(out)


def say_email(raw: RawEmail, rng: random.Random, clean: bool = False) -> str:
    """One spoken mention; ``clean``: the agent reading it back (no remarks, no engine oddities)."""
    if clean:
        user = " ".join(rng.choice(_SEP_WORDS[t][:1]) if t in _SEP_WORDS else (say_number(t, rng) if t.isdigit() else t)
                        for t in raw.user)
        return f"{user} at {say_domain(raw.domain, rng, 0.0)}"
    roll = rng.random()
    if roll < 0.08:  # the engine printed the separators it heard
        return f"{raw.local} at {raw.domain}"
    if roll < 0.13:
        return f"{' '.join(t for t in raw.user if t not in _SEP_WORDS)}@{raw.domain}"
    if roll < 0.17:
        return raw.written
    if roll < 0.21:
        return f"{''.join(t for t in raw.user if t not in _SEP_WORDS)} at {raw.domain.replace('.', ' ')}"
    return f"{say_user(raw, rng)} {rng.choice(_AT_WORDS)} {say_domain(raw.domain, rng)}"


def say_pieces(raw: RawEmail, rng: random.Random) -> list[str]:
    """The address cut where a caller pauses for the agent: user part | the rest, or first word | ... | at ..."""
    user = say_user(raw, rng, rng.choice(("plain", "spelled", "said_spelled")), 0.0)
    host = f"{rng.choice(_AT_WORDS)} {say_domain(raw.domain, rng, 0.0)}"
    seps = [i for i, t in enumerate(raw.user) if t in _SEP_WORDS]
    if seps and rng.random() < 0.5:
        head = RawEmail(raw.user[:seps[0]], raw.domain)
        tail = RawEmail(raw.user[seps[0]:], raw.domain)
        return [say_user(head, rng, "plain", 0.0), say_user(tail, rng, "spelled", 0.0), host]
    return [user, host]


# -- chat --------------------------------------------------------------------------------------------------------
def type_email(raw: RawEmail, rng: random.Random) -> str:
    head, _, rest = raw.domain.partition(".")
    roll = rng.random()
    if roll < 0.40:
        return raw.written
    if roll < 0.50:
        return raw.written.upper()
    if roll < 0.58:
        return f"{raw.local}+{rng.choice(('vet', 'gym', 'tix', 'claims', 'jobs', 'shop'))}@{raw.domain}"
    if roll < 0.64:
        return f"{raw.local}@{_TYPOS.get(head, head + head[-1])}.{rest}"
    if roll < 0.70:
        return f"{raw.local}@ {raw.domain}" if rng.random() < 0.5 else f"{raw.local}@{head}. {rest}"
    if roll < 0.76:
        return f"{raw.local}(at){raw.domain}"
    if roll < 0.82:
        return f"{raw.local} at {raw.domain.replace('.', ' dot ')}"
    if roll < 0.88:
        return raw.written.capitalize()
    if roll < 0.94:
        return f"{raw.local} @ {raw.domain}"
    return f"{raw.local}[at]{head}[dot]{rest}"
