"""The ``dev_f`` conversation profile: one raw value per kind, rendered per mention (``_forms_dev_f``,
``_values_dev_f``).

Slot grammar (as ``dev_e``): ``BASE`` is a mention of a value, ``BASE2`` a second value of the same kind;
``_A`` / ``_B`` / ``_C`` consecutive pieces of one mention given in separate turns (each its own span);
``_BACK`` the agent reading it back (clean); ``_LAST3`` / ``_LAST4`` its last digits; ``_OOPS`` a wrong
form (a misheard group, a misspelt address read back; labelled like the value). E-mail only: ``_USER`` the
part before ``@``, ``_HOST`` the domain alone (``... at hotmail dot co dot uk``), ``_SPELL`` the user part
spelled, ``_FIX`` the caller's correction of a misspelt read-back (``smith with an i``). Every piece of a
personal address is labelled ``EMAIL_ADDRESS``. Lower-case slots are cue words (``PLAIN``) or neutral
distractors (never labelled): a company's generic mailbox (``support@...``) is not personal data.
"""
from __future__ import annotations

import random
import re
from typing import Callable

from benchmarks import _forms_dev_f as F
from benchmarks import _templates_distractors as D
from benchmarks import _values_dev_f as M
from benchmarks._templates_values import ASR, CHAT, cardinal, person
from benchmarks.generate_transcripts import Profile
from recognizers import entities as E

KIND_LABELS = {"EMAIL": ("email", E.EMAIL_ADDRESS), "PHONE": ("phone", E.PHONE_NUMBER),
               "EXPIRY": ("expiry", E.CARD_EXPIRY), "CVV": ("cvv", E.CARD_CVV), "OTP": ("otp", E.AUTH_CODE),
               "PIN": ("pin", E.AUTH_CODE), "VCODE": ("vcode", E.AUTH_CODE), "POSTCODE": ("postcode", E.POSTCODE)}
_PERSONS = ("FULL", "FIRST", "LAST", "AGENT", "OTHER", "OTHERFIRST")
_SLOT = re.compile(r"^([A-Z]+?)(2?)(_A|_B|_C|_BACK|_LAST3|_LAST4|_OOPS|_USER|_HOST|_SPELL|_FIX)?$")


def label_of(slot: str) -> str:
    if slot in _PERSONS:
        return E.PERSON
    return KIND_LABELS[_SLOT.match(slot).group(1)][1]


class _Labels(dict):
    def __missing__(self, slot: str) -> str:
        return label_of(slot)


CUES = {  # chat forms of the words before a value; ASR says the plain words
    "mail_cue": (("email: ", "e-mail: ", "Email - ", "mail: ", "my email is ", "e: "), ("my email is ", "email ", "it's ", "")),
    "tel_cue": (("tel: ", "mob: ", "Mobile - ", "phone no. ", "cell: ", "ph "), ("my mobile is ", "phone number ", "it's ")),
    "exp_cue": (("exp ", "exp: ", "Expiry ", "valid thru ", "expires "), ("expiry ", "expires ", "valid until ", "it runs out ")),
    "cvv_cue": (("cvv ", "CVV: ", "cvc ", "sec code "), ("security code ", "the three on the back ", "c v v ")),
    "code_cue": (("code: ", "code ", "OTP ", "the code is "), ("the code is ", "code ", "it says ")),
}
_MAILBOXES = ("support", "help", "claims", "bookings", "info", "noreply", "careers", "hello")
_COMPANY_DOMAINS = ("zipscoot.com", "pawsandclaws.co.uk", "ironhousegym.com", "greenfieldfest.co.uk", "hearthcover.co.uk",
                    "brightsmile-dental.com", "talentbridge.ie", "roadwaycarhire.com")


class ProfileF(Profile):
    LABELS = _Labels()
    PLAIN = frozenset({"title", *CUES})

    def __init__(self, customer, agent, style: str, rng: random.Random, other=None) -> None:
        super().__init__(customer, agent, style, rng)
        self.other = other or agent
        self.casual = style == CHAT and rng.random() < 0.5
        self._raw: dict[str, object] = {}

    @classmethod
    def make(cls, names, style: str, rng: random.Random, origin: str | None = None) -> "ProfileF":
        return cls(names.name(origin), names.name(origin), style, rng, other=names.name(origin))

    def origin(self, slot: str) -> str | None:
        if slot not in _PERSONS:
            return None
        if slot == "AGENT":
            return self.agent.origin
        return self.other.origin if slot.startswith("OTHER") else self.customer.origin

    @property
    def _casual_now(self) -> bool:
        return self.casual and self.speaker == "customer"

    def plain(self, slot: str) -> str:
        if slot == "title":
            return self.customer.title.lower() if self.style == ASR or self._casual_now else self.customer.title
        chat, spoken = CUES[slot]
        return self.rng.choice(spoken if self.style == ASR else chat)

    def chat_literal(self, text: str, rng: random.Random) -> str:
        if not self._casual_now:
            return text
        text = text.lower().replace("'", "")
        subs = {"email": "e-mail", "number": "no.", "please": "pls", "thanks": "thx", "your": "ur", "you": "u",
                "because": "cos", "tomorrow": "tmrw", "address": "addy", "message": "msg", "are": "r"}
        return re.sub(r"[a-z]+", lambda m: subs[m.group()] if m.group() in subs and rng.random() < 0.5
                      else m.group(), text)

    def distractor(self, kind: str, rng: random.Random, style: str) -> str:
        asr = style == ASR
        if kind == "mailbox":  # a company's generic mailbox: not personal data
            box, dom = rng.choice(_MAILBOXES), rng.choice(_COMPANY_DOMAINS)
            return f"{box} at {dom.replace('.', ' dot ')}" if asr else f"{box}@{dom}"
        if kind == "helpline":
            raw = rng.choice(("0800 328 1190", "0345 072 5512", "0330 159 6020", "1-888-555-0147", "0161 496 0000"))
            return F.X.speak_digits(raw.replace("-", " ").split(), rng, "digits", 0, 0) if asr else raw
        if kind == "gbp":
            p, q = rng.choice((7, 15, 29, 45, 60, 85, 120, 349)), rng.choice((0, 50, 99))
            return (f"{cardinal(p)} pounds" + (f" {cardinal(q)}" if q else "")) if asr else f"£{p}.{q:02d}"
        if kind == "appt":
            day, h, m = rng.choice(("monday", "tuesday", "thursday", "friday")), rng.randint(8, 17), rng.choice((0, 15, 30, 45))
            if asr:
                return f"{day} at {cardinal(h if h <= 12 else h - 12)}" + (f" {cardinal(m)}" if m else "")
            return f"{day.capitalize()} at {h}:{m:02d}"
        if kind == "version":
            a, b, c = rng.choice(((4, 2, 1), (12, 0, 3), (3, 18, 0), (7, 1, 2)))
            return f"version {cardinal(a)} point {cardinal(b)} point {cardinal(c)}" if asr else f"v{a}.{b}.{c}"
        if kind == "qty":
            n, unit = rng.choice(((2, "tickets"), (4, "day passes"), (3, "tablets a day"), (12, "sessions"), (90, "minutes")))
            return f"{cardinal(n)} {unit}" if asr else f"{n} {unit}"
        if kind == "dist":
            n = rng.choice((3, 12, 25, 40))
            return f"{cardinal(n)} kilometres" if asr else f"{n} km"
        return D.distractor(kind, rng, style)

    # -- values ----------------------------------------------------------------------------------------------
    def _rawv(self, key: str, kind: str):
        if key not in self._raw:
            if kind == "email":
                who = self.customer if not key.endswith("2") else self.other
                self._raw[key] = M.make_email(who.first, who.last, self.rng, getattr(who, "nick", ""))
            else:
                self._raw[key] = F.make(kind, self.rng)
        return self._raw[key]

    def _person(self, name, part: str) -> str:
        text = person(name, part, self.style)
        return text.lower() if self._casual_now else text

    def _render(self, slot: str) -> str:
        cust = self.customer
        people: dict[str, Callable[[], str]] = {
            "FULL": lambda: self._person(cust, "full"), "FIRST": lambda: self._person(cust, "first"),
            "LAST": lambda: self._person(cust, "last"), "AGENT": lambda: self._person(self.agent, "first"),
            "OTHER": lambda: self._person(self.other, "full"), "OTHERFIRST": lambda: self._person(self.other, "first"),
        }
        if slot in people:
            return people[slot]()
        base, second, part = _SLOT.match(slot).groups()
        kind = KIND_LABELS[base][0]
        raw = self._rawv(base + second, kind)
        if kind == "email":
            return self._email(base + second, raw, part)
        return self._value(base + second, kind, raw, part)

    def _value(self, key: str, kind: str, raw, part: str | None) -> str:
        rng, s = self.rng, self.style
        if part in ("_LAST3", "_LAST4"):
            return F.last_digits(raw, int(part[-1]), rng, s)
        if part == "_OOPS":
            wrong = F.X.RawValue(raw.groups[:-1] + [F.X._misheard(raw.groups[-1], rng) if raw.groups[-1].isdigit()
                                                    else raw.groups[-1]], raw.kind)
            return F.say(kind, wrong, rng) if s == ASR else F.type_(kind, wrong, rng)
        if part in ("_A", "_B", "_C"):
            return self._piece(key, lambda: F.pieces(kind, raw, rng, s), part)
        if s == ASR:
            return F.say(kind, raw, rng, clean=part == "_BACK")
        return F.type_(kind, raw, rng)

    def _email(self, key: str, raw: M.RawEmail, part: str | None) -> str:
        rng, asr = self.rng, self.style == ASR
        if part in ("_OOPS", "_FIX"):
            if f"{key}#oops" not in self._raw:
                self._raw[f"{key}#oops"] = M.misspelt(raw, rng)
            wrong, word, j = self._raw[f"{key}#oops"]
            if part == "_OOPS":
                return M.say_email(wrong, rng, clean=True) if asr else wrong.written
            return _fix(word, j, rng, asr)
        if part in ("_A", "_B", "_C"):
            return self._piece(key, lambda: M.say_pieces(raw, rng) if asr else [raw.local, "@" + raw.domain], part)
        if part == "_USER":
            return M.say_user(raw, rng) if asr else raw.local
        if part == "_HOST":
            return M.say_domain(raw.domain, rng) if asr else raw.domain
        if part == "_SPELL":
            return " ".join(M.spell(t, rng, rng.choice(("bare", "names", "nato"))) if t.isalpha() else
                            (M.say_sep(t, rng) if t in ".-_" else M.say_number(t, rng)) for t in raw.user) \
                if asr else "-".join(raw.local.upper())
        if asr:
            return M.say_email(raw, rng, clean=part == "_BACK")
        return M.type_email(raw, rng)

    def _piece(self, key: str, cut: Callable[[], list[str]], part: str) -> str:
        pieces_key = f"{key}#pieces"
        if pieces_key not in self._values:
            parts = [p.strip() for p in cut() if p.strip()]
            self._values[pieces_key] = "\x00".join((parts + ["", ""])[:3])
        a, b, c = self._values[pieces_key].split("\x00")
        if part == "_C" and not c:  # a two-piece value: the last turn repeats the tail as a check
            return b
        return {"_A": a, "_B": b, "_C": c}[part]


def _fix(word: str, j: int, rng: random.Random, asr: bool) -> str:
    """The caller's correction of the misspelt word ``word`` of the address, wrong at ``j`` (the whole
    phrase is labelled)."""
    c = word[j]
    if j and word[j - 1] == c:
        forms = [f"{word} with two {c}'s", f"two {c}'s in {word}", f"{word} double {c}"]
    else:
        forms = [f"{word} with an {c}" if c in "aeiou" else f"{word} with a {c}", word]
    if asr:
        forms.append(f"{word} {M.spell(word, rng, 'bare')}")
        return rng.choice(forms).replace("'", "")
    return rng.choice(forms + [word.upper()])
