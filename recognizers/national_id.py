"""National identifiers a contact centre hears, validated by python-stdnum (and Presidio's UK NINO pattern).

Each scheme is a shape (digits and letters with the usual separators), a validator from a maintained
library, and the words that name it. A valid number next to its words is reported at a high score; only
schemes whose format is specific enough on its own (an ITIN written 9XX-7X-XXXX, an upper-case PAN or NINO)
are reported without them, at a low score. The scheme is the result's ``pattern_name`` (``us_itin`` ...).
A number of the scheme's shape that fails its check right next to the scheme's words (one misheard digit)
is reported as ACCOUNT_NUMBER at a lower score (``<scheme>_near_valid``), as cards and IBANs are.

| scheme | validator | words |
|---|---|---|
| US ITIN | ``stdnum.us.itin`` (9, group 50-65/70-88/90-92/94-99) | itin, taxpayer identification |
| US EIN | ``stdnum.us.ein`` (IRS campus prefixes) | ein, fein, employer identification |
| Canada SIN | ``stdnum.ca.sin`` (Luhn) | sin, social insurance |
| India Aadhaar | ``stdnum.in_.aadhaar`` (Verhoeff) | aadhaar, aadhar, uidai |
| India PAN | ``stdnum.in_.pan`` (holder type letter) | pan, permanent account |
| UK NHS number | ``stdnum.gb.nhs`` (mod 11) | nhs |
| UK NINO | Presidio ``UkNinoRecognizer`` pattern (prefix rules; no check digit exists) | national insurance, ni, nino |
| Irish PPS number | ``stdnum.ie.pps`` (check letter; chat types it lower-case) | pps, ppsn, personal public service |
| Nigerian NIN / BVN | none (eleven digits; no public check digit) | nin, bvn, nimc, bank verification |
| Singapore NRIC / FIN | ``recognizers.checksums.sg_nric_valid`` (check letter; stdnum has none) | nric, ic, fin, identity card |
| Malaysian MyKad | ``stdnum.my.nric`` (birth date, birthplace code) | mykad, ic, nric, kad pengenalan |
| Mexican CURP / RFC | ``stdnum.mx.curp`` / ``stdnum.mx.rfc`` | curp / rfc, registro federal |
| Brazilian CPF / CNPJ | ``stdnum.br.cpf`` / ``stdnum.br.cnpj`` (mod 11) | cpf / cnpj |
| Colombian NIT / cédula | ``stdnum.co.nit`` | nit, cédula, cc |
| Argentine CUIT / CUIL | ``stdnum.ar.cuit`` | cuit, cuil |
| Chilean RUT / RUN | ``stdnum.cl.rut`` (check digit or K) | rut, run |
| German Steuer-ID | ``stdnum.de.idnr`` | steuer-id, idnr, identifikationsnummer |
| French NIR | ``stdnum.fr.nir`` (key mod 97) | nir, sécu, sécurité sociale, carte vitale |
| Italian codice fiscale | ``stdnum.it.codicefiscale`` (check letter) | codice fiscale, cf |
| Spanish DNI / NIE | ``stdnum.es.dni`` / ``stdnum.es.nie`` (check letter) | dni, nie, nif |
| Polish PESEL | ``stdnum.pl.pesel`` | pesel |
| Belgian national number | ``stdnum.be.nn`` (mod 97) | rijksregisternummer, numéro national |
| Swedish personnummer, Danish CPR, Finnish HETU, Norwegian fødselsnummer | ``stdnum.se.personnummer``, ``stdnum.dk.cpr``, ``stdnum.fi.hetu``, ``stdnum.no.fodselsnummer`` | personnummer, cpr, hetu, fødselsnummer |
| Dutch BSN | ``stdnum.nl.bsn`` (eleven test) | bsn, burgerservicenummer |
| South African ID number | ``stdnum.za.idnr`` (birth date, Luhn) | id number, identity number, sa id |
| Kenyan KRA PIN | ``stdnum.ke.pin`` (letter, nine digits, letter) | kra pin, pin, kra |
| GB driving licence | ``recognizers.checksums.gb_driving_licence_valid`` (birth month and day; DVLA publishes no check) | driving licence, dvla, licence number |
| Ugandan NIN | none (CM / CF and twelve letters or digits; no public check) | nin, national id |

A Singapore NRIC typed whole (``S1234567D``, ``s1234567d``) or said letter, digits, letter (the spoken
view joins ``S for Sugar, one two ... D`` into ``s1234567d``) and a MyKad typed ``YYMMDD-PB-####`` count
without words when they pass their check; a twelve-digit MyKad in one run needs its words.
"""
from __future__ import annotations

import functools
import re

from presidio_analyzer.predefined_recognizers import UkNinoRecognizer
from stdnum.ar import cuit
from stdnum.br import cnpj, cpf
from stdnum.ca import sin
from stdnum.cl import rut
from stdnum.co import nit
from stdnum.mx import curp, rfc
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.ke import pin as ke_pin
from stdnum.za import idnr as za_idnr
from stdnum.my import nric as my_nric
from stdnum.us import ein, itin
from stdnum.be import nn
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.se import personnummer

from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, digit_count, near, words_of
from recognizers.base import register
from recognizers.checksums import gb_driving_licence_valid, sg_nric_valid
from recognizers.lower_scan import CaseFolded
from recognizers.digit_groups import LOOKBEHIND, fewest_digits, group_anchored
from recognizers.char_classes import LETTER, ClassGate, shapes
from recognizers.id_schemes import FOUR_DIGITS_LETTER, SEVEN_DIGITS_LETTER, Scheme
from recognizers.id_schemes import cue_pattern as _words, digits_shape as _digits
from recognizers.entities import ACCOUNT_NUMBER, NATIONAL_ID, REASON_CONTEXT, REASON_CROSS_TURN, REASON_PATTERN
from recognizers.start_set import compile_fast

SCORE_CONTEXT = 0.95  # above the SSN recognizer's 0.9, so an ITIN after "itin" keeps its own type
SCORE_BARE = 0.55
SCORE_NEAR_VALID = 0.6
CONTEXT_BEFORE, CONTEXT_AFTER = 48, 24
SCORE_ANSWER = 0.8
ANSWER_MIN_DIGITS = 5


_NINO = UkNinoRecognizer.PATTERNS[0].regex
# Presidio's NINO pattern spells every letter in both cases; under IGNORECASE the lower-case ones say the same
# (its lower-case twin, for ASCII turns: ``lower_scan.CaseFolded``). None when the pattern reads otherwise.
_NINO_CAPITALS = ("|BG|GB|NK|KN|NT|TN|ZZ", "A-CEGHJ-PR-TW-Z", "A-CEGHJ-NPR-TW-Z", "A-D")
_NINO_LOWER = (functools.reduce(lambda source, capitals: source.replace(capitals, ""), _NINO_CAPITALS, _NINO)
               if all(capitals in _NINO for capitals in _NINO_CAPITALS) else None)
# What Singaporeans and Malaysians call their card ("IC: ...", "my NRIC is", "FIN no.", "no. kad pengenalan").
_SEP = ("", "-", " ")  # an optional dash or blank, in ``char_classes``
_SG_MY_WORDS = _words(r"nric|ic|i c|i/c|fin|mykad|my kad|kad pengenalan|identity card|identity card number")

# Scanned only after their class gates (``needs_first``) found the shape in a turn.
_MY_NRIC_NEEDS = compile_fast(r"\d{6}[\- ]?\d{2}[\- ]?\d{4}")
_MX_RFC_NEEDS = compile_fast(r"[A-Za-z&Ññ]\d{6}[A-Za-z0-9]")
_FI_HETU_NEEDS = compile_fast(r"\d{6}[+\-A-Fa-fU-Yu-y]\d{3}")

SCHEMES: tuple[Scheme, ...] = (
    Scheme("us_itin", _digits(r"9\d{2}([\- ]?)\d{2}\1\d{4}"), itin.is_valid,
           _words(r"itin|itins|taxpayer identification(?: number)?|individual taxpayer"),
           bare=compile_fast(r"9\d{2}-\d{2}-\d{4}"), needs=compile_fast(r"9\d{2}[\- ]?\d{2}[\- ]?\d{4}")),
    Scheme("us_ein", _digits(r"\d{2}-?\d{7}"), ein.is_valid,
           _words(r"ein|fein|employer identification(?: number)?|employer id|federal tax id")),
    Scheme("ca_sin", _digits(r"\d{3}([\- ]?)\d{3}\1\d{3}"), sin.is_valid,
           _words(r"sin|social insurance(?: number)?")),
    Scheme("in_aadhaar", _digits(r"[2-9]\d{3}([\- ]?)\d{4}\1\d{4}"), aadhaar.is_valid,
           _words(r"aadhaar|aadhar|adhaar|uidai|uid")),
    Scheme("in_pan", compile_fast(r"(?<![\w\-])[A-Za-z]{5}\d{4}[A-Za-z](?![\w\-])"), lambda v: pan.is_valid(v.upper()),
           _words(r"pan|pan card|permanent account(?: number)?"),
           bare=compile_fast(r"[A-Z]{5}\d{4}[A-Z]"), needs=compile_fast(r"\d{4}[A-Za-z]"),
           needs_first=FOUR_DIGITS_LETTER),
    Scheme("gb_nhs", _digits(r"\d{3}([\- ]?)\d{3}\1\d{4}"), nhs.is_valid, _words(r"nhs")),
    Scheme("gb_nino", CaseFolded(compile_fast(_NINO, re.IGNORECASE), twin_source=_NINO_LOWER), lambda v: True,
           _words(r"national insurance|ni|nino|ni number"),
           bare=compile_fast(r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]|[a-z]{2}\d{6}[a-d]"),  # chat types it lower-case
           needs=CaseFolded(compile_fast(r"[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[a-dA-D]", re.IGNORECASE),
                            twin_source=r"[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[a-d]")),
    # Nigeria's NIN and BVN: eleven digits, no public check digit; only next to their words.
    Scheme("ng_nin_bvn", _digits(r"\d(?:[\- ]?\d){10}"), lambda v: True,
           _words(r"nin|bvn|nimc|bank verification(?: number)?|national identification(?: number)?")),
    Scheme("ie_pps", compile_fast(r"(?<![\w\-])\d{7}[A-Wa-w][A-Za-z]?(?![\w\-])"), lambda v: pps.is_valid(v.upper()),
           _words(r"pps|ppsn|pps no|personal public service(?: number)?"), needs=compile_fast(r"\d{7}[A-Wa-w]"),
           needs_first=FOUR_DIGITS_LETTER),
    Scheme("sg_nric", compile_fast(r"(?<![\w\-])[STFGMstfgm] ?\d{7} ?[A-Za-z](?![\w\-])"), sg_nric_valid, _SG_MY_WORDS,
           bare=compile_fast(r"[STFGM] ?\d{7} ?[A-Z]|[stfgm]\d{7}[a-z]"), needs=compile_fast(r"\d{7} ?[A-Za-z]"),
           needs_first=SEVEN_DIGITS_LETTER),
    Scheme("my_nric", _digits(r"\d{6}([\- ]?)\d{2}\1\d{4}"), my_nric.is_valid, _SG_MY_WORDS,
           bare=compile_fast(r"\d{6}-\d{2}-\d{4}"), needs=_MY_NRIC_NEEDS,
           needs_first=ClassGate(_MY_NRIC_NEEDS, shapes("000000", _SEP, "00", _SEP, "0000"))),
    # Latin America: Mexican CURP (18 characters: name letters, birth date, sex, state) and RFC; Brazilian CPF
    # and CNPJ; Colombian NIT / cédula; Argentine CUIT / CUIL; Chilean RUT / RUN. Typed with their own
    # punctuation ("123.456.789-09", "20-12345678-3", "12.345.678-5") they count without words.
    Scheme("mx_curp", compile_fast(r"(?<![\w\-])[A-Za-z]{4}\d{6}[HMXhmx][A-Za-z]{5}[A-Za-z0-9]\d(?![\w\-])"),
           lambda v: curp.is_valid(v.upper()), _words(r"curp"), bare=compile_fast(r"[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d"),
           needs=compile_fast(r"\d{6}[HMXhmx][A-Za-z]"), needs_first=FOUR_DIGITS_LETTER),
    Scheme("mx_rfc", compile_fast(r"(?<![\w\-])[A-Za-z&Ññ]{3,4}\d{6}[A-Za-z0-9]{3}(?![\w\-])"),
           lambda v: rfc.is_valid(v.upper()), _words(r"rfc|registro federal"), needs=_MX_RFC_NEEDS,
           needs_first=ClassGate(_MX_RFC_NEEDS, shapes((*LETTER, "."), "000000", (*LETTER, "0")), exact=False)),
    Scheme("br_cpf", _digits(r"\d{3}\.?\d{3}\.?\d{3}-?\d{2}"), cpf.is_valid, _words(r"cpf|c p f"),
           bare=compile_fast(r"\d{3}\.\d{3}\.\d{3}-\d{2}")),
    Scheme("br_cnpj", _digits(r"\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}"), cnpj.is_valid, _words(r"cnpj"),
           bare=compile_fast(r"\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}")),
    Scheme("co_nit", _digits(r"\d{1,3}(?:\.?\d{3}){2}-?\d"), nit.is_valid, _words(r"nit|c[ée]dula|cc|c\.c\.")),
    Scheme("ar_cuit", _digits(r"\d{2}-?\d{8}-?\d"), cuit.is_valid, _words(r"cuit|cuil"),
           bare=compile_fast(r"(?:20|23|24|27|30|33|34)-\d{8}-\d")),
    Scheme("cl_rut", group_anchored(compile_fast(LOOKBEHIND + r"\d{1,2}\.?\d{3}\.?\d{3}-?[\dkK](?![\w\-]|[.,]\d)")),
           lambda v: rut.is_valid(v.upper()), _words(r"rut|run|rol [uú]nico"),
           bare=compile_fast(r"\d{1,2}\.\d{3}\.\d{3}-[\dkK]")),
    # Europe: German tax id (Steuer-ID), French NIR (numéro de sécurité sociale), Italian codice fiscale, Spanish
    # DNI / NIE, Polish PESEL, Belgian national number, Swedish personnummer, Dutch BSN, Danish CPR, Finnish HETU,
    # Norwegian fødselsnummer. Forms only one scheme writes (a codice fiscale, a NIE, a DNI with its letter, a
    # dotted Belgian number, a Nordic birth date and serial with its sign) count without words when they check.
    Scheme("de_idnr", _digits(r"\d{2}(?: ?\d{3}){3}"), idnr.is_valid,
           _words(r"steuer-?id|steuer-?identifikationsnummer|identifikationsnummer|idnr|tax id|steuernummer")),
    Scheme("fr_nir", _digits(r"[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}"),
           lambda v: nir.is_valid(v.upper()),
           _words(r"nir|s[ée]cu|s[ée]curit[ée] sociale|num[ée]ro de s[ée]cu(?:rit[ée] sociale)?|insee|carte vitale|social security")),
    Scheme("it_codice_fiscale", compile_fast(r"(?<![\w\-])[A-Za-z]{6}[\dLMNPQRSTUVlmnpqrstuv]{2}[A-Za-z]"
                                             r"[\dLMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][\dLMNPQRSTUVlmnpqrstuv]{3}[A-Za-z](?![\w\-])"),
           lambda v: codicefiscale.is_valid(v.upper()), _words(r"codice fiscale|cf|c\.f\.|tax code"),
           bare=compile_fast(r"[A-Z]{6}[\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z]"),
           needs=compile_fast(r"[A-Za-z]{6}[\dLMNPQRSTUVlmnpqrstuv]{2}[A-Za-z]"), whole_word=16),
    Scheme("es_dni", compile_fast(r"(?<![\w\-])\d{8}[ \-]?[A-Za-z](?![\w\-])"), lambda v: dni.is_valid(v.upper()),
           _words(r"dni|nif|d\.n\.i\.|documento"), bare=compile_fast(r"\d{8}-?[A-Z]"), needs=compile_fast(r"\d{8}[ \-]?[A-Za-z]"),
           needs_first=SEVEN_DIGITS_LETTER),
    Scheme("es_nie", compile_fast(r"(?<![\w\-])[XYZxyz][ \-]?\d{7}[ \-]?[A-Za-z](?![\w\-])"), lambda v: nie.is_valid(v.upper()),
           _words(r"nie|nif"), bare=compile_fast(r"[XYZ]-?\d{7}-?[A-Z]"), needs=compile_fast(r"\d{7}[ \-]?[A-Za-z]"),
           needs_first=SEVEN_DIGITS_LETTER),
    Scheme("pl_pesel", _digits(r"\d{11}"), pesel.is_valid, _words(r"pesel")),
    Scheme("be_nn", _digits(r"\d{2}\.?\d{2}\.?\d{2}[\-. ]?\d{3}[.\-]?\d{2}"), nn.is_valid,
           _words(r"rijksregisternummer|rijksregister|num[ée]ro national|registre national|national number|rrn|nn"),
           bare=compile_fast(r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}")),
    Scheme("se_personnummer", _digits(r"(?:19|20)?\d{6}[\-+ ]?\d{4}"), personnummer.is_valid,
           _words(r"personnummer|personnr|pnr|person number"), bare=compile_fast(r"(?:19|20)?\d{6}[\-+]\d{4}")),
    Scheme("nl_bsn", _digits(r"\d{4}\.?\d{2}\.?\d{3}|\d{3} ?\d{3} ?\d{3}"), bsn.is_valid,
           _words(r"bsn|burgerservicenummer|sofinummer|sofi")),
    Scheme("dk_cpr", _digits(r"\d{6}-?\d{4}"), cpr.is_valid, _words(r"cpr|cpr-nummer|personnummer")),
    Scheme("fi_hetu", compile_fast(r"(?<![\w\-])\d{6}[+\-A-Fa-fU-Yu-y]\d{3}[\dA-Ya-y](?![\w\-])"),
           lambda v: hetu.is_valid(v.upper()), _words(r"hetu|henkilötunnus|henkilotunnus|personal identity code"),
           bare=compile_fast(r"\d{6}[+\-A]\d{3}[\dA-Y]"), needs=_FI_HETU_NEEDS,
           needs_first=ClassGate(_FI_HETU_NEEDS, shapes("000000", (*LETTER, ".", "-"), "000"), exact=False)),
    # Africa beyond Nigeria: a South African ID number (13 digits: birth date, Luhn), a Kenyan KRA PIN, a Ugandan NIN.
    Scheme("za_idnr", _digits(r"\d{6} ?\d{4} ?\d{3}"), za_idnr.is_valid,
           _words(r"id number|id no|identity number|sa id|rsa id|id")),
    Scheme("ke_pin", compile_fast(r"(?<![\w\-])[APap]\d{9}[A-Za-z](?![\w\-])"), lambda v: ke_pin.is_valid(v.upper()),
           _words(r"kra pin|kra|pin|tax pin"), bare=compile_fast(r"[AP]\d{9}[A-Z]"), needs=compile_fast(r"\d{9}[A-Za-z]"),
           needs_first=FOUR_DIGITS_LETTER),
    Scheme("ug_nin", compile_fast(r"(?<![\w\-])[Cc][MFmf][0-9A-Za-z]{12}(?![\w\-])"), lambda v: sum(map(str.isdigit, v)) >= 6,
           _words(r"nin|national id|national identification(?: number)?"), whole_word=14),
    # A GB driving licence number (16 characters: surname, birth date, initials): typed whole it counts without words.
    Scheme("gb_driving_licence", compile_fast(r"(?<![\w\-])[A-Za-z9]{5}\d{6}[A-Za-z][A-Za-z9]\d[A-Za-z]{2}(?![\w\-])"),
           lambda v: gb_driving_licence_valid(v.upper()), _words(r"driving licen[cs]e|licen[cs]e(?: number| no)?|dvla"),
           bare=compile_fast(r"[A-Za-z9]{5}\d{6}[A-Za-z][A-Za-z9]\d[A-Za-z]{2}"), needs=compile_fast(r"\d{6}[A-Za-z][A-Za-z9]\d"),
           needs_first=FOUR_DIGITS_LETTER, whole_word=16),
    Scheme("no_fodselsnummer", _digits(r"\d{6} ?\d{5}"), fodselsnummer.is_valid,
           _words(r"f[øo]dselsnummer|fnr|personnummer")),
)


_compact = functools.partial(compile_fast(r"[\s\-]").sub, "")  # a value without its blanks and dashes


@register("national_id.v1")
class NationalIdRecognizer(SpokenAwareRecognizer):
    """NATIONAL_ID: US ITIN and EIN, Canadian SIN, Indian Aadhaar and PAN, UK NHS number and NINO, Irish PPS,
    Nigerian NIN and BVN, Singapore NRIC / FIN, Malaysian MyKad, Mexican CURP / RFC, Brazilian CPF / CNPJ,
    Colombian NIT, Argentine CUIT, Chilean RUT, and European national numbers (see the module's table)."""

    ENTITIES = (NATIONAL_ID, ACCOUNT_NUMBER)
    ANSWER_CUES = frozenset({NATIONAL_ID})
    # The answer to "your ni / pps number": letters and at least five digits, whatever the scheme (a PPS
    # number, a misheard NINO); spelled letters around it join it (``recognizers.spoken_aware``).
    ANSWER = CaseFolded(compile_fast(r"(?<![\w\-'’])(?P<value>(?!(?:is|it|as|at|in|on|of|to|or|so|my|no|by|be|we|me|he|an|"
                                     r"am|do|if|us)\b)[a-z]{0,2} ?\d[\d \-]{3,}\d ?[a-z]{0,2})(?![\w\-])",
                                     re.IGNORECASE))  # (not "is 1 76 ...")

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        return [Hit(*m.span("value"), NATIONAL_ID, SCORE_ANSWER, REASON_CROSS_TURN, "answer")
                for m in self.ANSWER.finditer(text) if digit_count(m["value"]) >= ANSWER_MIN_DIGITS
                and not self.CLOCK_AFTER.match(text, m.end())]

    # An e-mail's "Sent: Fri, 27 Nov 2026 15:05": the year and hour of a time stamp are no answer.
    CLOCK_AFTER = compile_fast(r":\d{2}\b")

    # "so your ni number reads why aitch 600386 c": any value after the words that name it.
    AFTER_CUE = CaseFolded(compile_fast(r"\b(?:ni|nino|pps|ppsn|national insurance|nin|bvn)(?: number| no)?"
                           r"(?:\s+(?:is|reads|was|it's|its|of|um|uh))+\s+(?:[a-z]+\s+){0,3}?" + ANSWER.pattern,
                           re.IGNORECASE))  # spelled letters may come first: they join the value
    CUE_WORDS = frozenset("ni nino pps ppsn insurance nin bvn".split())  # schemes with no check digit to validate
    SCHEME_CUES = tuple(scheme.cues for scheme in SCHEMES)  # (read once, not per scheme of every text)
    SCHEME_DIGITS = tuple(fewest_digits(scheme.shape) for scheme in SCHEMES)  # a text with fewer: no match

    def find(self, text: str) -> list[Hit]:
        if (digits := digit_count(text)) < 4:
            return []
        words = words_of(text)
        hits = [] if self.CUE_WORDS.isdisjoint(words) else [
            Hit(*m.span("value"), NATIONAL_ID, SCORE_ANSWER, REASON_CONTEXT, "after_cue")
            for m in self.AFTER_CUE.finditer(text) if digit_count(m["value"]) >= ANSWER_MIN_DIGITS]
        passed: dict[re.Pattern[str], bool] = {}
        for scheme, cues, fewest in zip(SCHEMES, self.SCHEME_CUES, self.SCHEME_DIGITS):
            if fewest > digits or scheme.bare is None and cues.isdisjoint(words) \
                    or scheme.whole_word and scheme.longer_than_words(text, words):
                continue
            if scheme.needs is not None and not (
                    _passes(scheme.needs_first, text, passed) and scheme.needs.search(text)):
                continue
            for match in scheme.shape.finditer(text):
                start, end = match.span()
                value = text[start:end]  # (a case-folded shape matched the lower-cased text)
                context = near(scheme.context, text, start, end, before=CONTEXT_BEFORE, after=CONTEXT_AFTER)
                if not context and (scheme.bare is None or not scheme.bare.fullmatch(value)):
                    continue  # no hit whatever its check says: the validator is not run
                if not scheme.valid(_compact(value)):
                    if context:
                        hits.append(Hit(start, end, ACCOUNT_NUMBER, SCORE_NEAR_VALID, REASON_CONTEXT,
                                        scheme.name + "_near_valid"))
                elif context:
                    hits.append(Hit(start, end, NATIONAL_ID, SCORE_CONTEXT, REASON_CONTEXT, scheme.name))
                else:  # (a bare form: tested above)
                    hits.append(Hit(start, end, NATIONAL_ID, SCORE_BARE, REASON_PATTERN, scheme.name))
        return hits


def _passes(gate: re.Pattern[str] | None, text: str, passed: dict[re.Pattern[str], bool]) -> bool:
    """Whether ``gate`` (None: no gate) occurs in ``text``; searched once per find (``passed``)."""
    if gate is None:
        return True
    found = passed.get(gate)
    if found is None:
        found = passed[gate] = gate.search(text) is not None
    return found
