"""Street addresses in several countries' orders, written or spoken -> STREET_ADDRESS.

Covers house number + street + suffix ("1668 Glyn St", "twelve thirty four main street"), street +
number with a compound suffix ("Brucker Bundesstrasse 31", "Laukaantie 80", "Ringvej 144"),
prefix streets ("rue du centre 320", "33 avenue de Provence", "Via delle Coste 41", "ul. Miła 53"),
units ("Apt 4B", "Suite 501"), post boxes and military addresses ("PSC 0413, Box 8144",
"APO AE 01708"), and "<Street> <number>" after an address cue ("lives on Allika 46").
Cities and countries alone are not personal data here and are not reported.
"""
from __future__ import annotations

import logging
import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import TranscriptRecognizer, register
from recognizers.entities import REASON_CONTEXT, REASON_PATTERN, STREET_ADDRESS

logger = logging.getLogger(__name__)

_NUMBER_WORDS = (r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
                 r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
                 r"|sixty|seventy|eighty|ninety|hundred|thousand)")
_SUFFIXES = (r"(?:street|st|road|rd|avenue|ave|av|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl"
             r"|square|sq|terrace|terr?|way|crescent|cres|close|parkway|pkwy|highway|hwy|circle|cir"
             r"|trail|trl|row|walk|alley|turnpike|tpke|isle|islands?|coves?|forges?|hills?|heights|hts"
             r"|grove|gardens|gdns|mews|wharf|quay|expressway|freeway|pike|plaza|plz|point|pt|ridge"
             r"|run|view|vista|loop|bypass|causeway|park|estates?|meadows?|commons?|junction|crossing"
             r"|landing|green|rise|path|passage|ville|manor|valley|springs?|shores?|stravenue"
             r"|straße|strasse|str|gasse|weg|allee|platz|gade|vej|gatan|vägen|vegen|veien|gata|straat"
             r"|laan|plein|dreef|kade|tie|katu|polku|kuja|utca|út|ulica|cesta|ulice)")
# Germanic, Nordic, Dutch, Finnish, Hungarian streets are one word ending in the suffix.
_COMPOUND = (r"[^\W\d_]*(?:straße|strasse|str\.|gasse|weg|allee|platz|ring|damm|ufer|gade|vej|gatan"
             r"|vägen|vegen|veien|gata|straat|laan|plein|gracht|steeg|dreef|kade|tie|katu|polku|kuja"
             r"|väylä|utca|ulica|cesta|ulice)")
_PREFIXES = (r"(?:rue|avenue|av\.|boulevard|bd|chemin|allée|impasse|place|quai|route|calle|avenida"
             r"|avda\.?|plaza|paseo|camino|carrera|via|viale|piazza|piazzetta|corso|largo|vicolo|rua"
             r"|travessa|praça|alameda|ul\.|ulica|al\.|aleja|trg|strada|calea|bulevardul|odos|leoforos)")
_WORD = r"[^\W\d_][^\W\d_'’.\-]*\.?"
# A capitalized word (case-sensitive inside the case-insensitive patterns).
_CAP_WORD = r"(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]*"
_NUM = r"\d{1,6}[a-z]?(?:-\d{1,4})?"
_UNIT = r"(?:apt|apartment|suite|ste|unit|flat|room|rm|floor|fl|bldg|building|#)\.?\s*#?\s*\d{1,5}[a-z]?\b"


def _ci(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@register("street_address.v1")
class StreetAddressRecognizer(TranscriptRecognizer):
    """STREET_ADDRESS from written and spoken street patterns; no spaCy needed."""

    ENTITIES = (STREET_ADDRESS,)

    # (name, pattern, score): certainty grows with how address-specific the pattern is.
    PATTERNS = (
        ("po_box", _ci(r"\b(?:p\.?\s?o\.?\s?box|post\s+office\s+box)\s+\d{1,6}\b"), 0.8),
        ("military", _ci(r"\b(?:psc|unit|cmr)\s+\d{3,5},?\s+box\s+\d{1,5}\b"
                         r"(?:\s*\n?\s*[ad]po\s+a[aep]\s+\d{5})?"), 0.85),
        ("military_post", re.compile(r"\b(?:USNS|USNV|USS|USCGC)\s+[^\W\d_]+(?:\s*\n?\s*FPO\s+A[AEP]"
                                     r"\s+\d{5})?|\b[ADF]PO\s+A[AEP]\s+\d{5}\b"), 0.8),
        ("number_street_suffix", _ci(rf"\b(?:{_NUM}\s+)?{_NUM}\s+(?:{_WORD}\s+){{0,3}}?{_SUFFIXES}\b\.?"
                                     rf"(?:\s*,?\s*{_UNIT})?"), 0.7),
        ("number_prefix_street", _ci(rf"\b{_NUM},?\s+{_PREFIXES}\s+(?:{_WORD}\s+){{0,3}}{_WORD}"), 0.7),
        ("prefix_street_number", _ci(rf"\b(?:{_NUM}\s+)?{_PREFIXES}\s+(?:{_WORD}\s+){{0,4}}{_NUM}\b\.?"
                                     rf"(?:\s*,?\s*{_UNIT})?"), 0.7),
        ("compound_street_number", _ci(rf"\b(?:{_NUM}\s+)?(?:{_CAP_WORD}\s+)?{_COMPOUND}\s+{_NUM}\b\.?"
                                       rf"(?:\s*,?\s*{_UNIT})?"), 0.65),
        ("spoken", _ci(rf"\b{_NUMBER_WORDS}(?:[\s-]+{_NUMBER_WORDS}){{0,5}}\s+(?:[a-z]+\s+){{1,3}}?"
                       rf"{_SUFFIXES}\b"), 0.65),
        ("unit", _ci(rf"\b{_UNIT}"), 0.6),
        # "20789 Allika 46\n Suite 501", "25615 Tawastintie 72 Apt. 004": street then a unit.
        ("street_number_unit", _ci(rf"(?:\b{_NUM}\s+)?(?:{_WORD}\s+){{1,4}}{_NUM}\.?[ \t]*,?\s*{_UNIT}"), 0.7),
        ("corner", _ci(rf"\bthe\s+corner\s+of\s+[^\n]{{0,40}}?\d[^\n]{{0,40}}?\s+and\s+(?:{_WORD}\s+){{0,3}}{_WORD}"),
         0.7),
        # "27534 Þorsteinsgata 63": postcode or house number, street, number.
        ("number_street_number", _ci(rf"\b\d{{3,6}}\s+(?:{_WORD}\s+){{1,3}}\d{{1,5}}\b\.?"), 0.55),
    )
    # After a street: more lines or comma parts of the same address (unit, town, region, postcode).
    CONTINUATION = re.compile(r"[ \t]*(?:,[ \t]*\n?|\n)[ \t]*,?[ \t]*([^\n,:@]{1,40})")
    SAME_LINE_WORD = re.compile(r"[ \t]+([^\W\d_][^\s,.]*|\d{4,5})")
    ENDS_WITH_UNIT = re.compile(_UNIT + r"$", re.IGNORECASE)
    MAX_CONTINUATIONS = 5
    # "<Street> <number>" with no suffix is an address only after a cue ("lives on Allika 46").
    CUE_STREET = _ci(rf"(?:address(?:\s+is)?|live[sd]?\s+(?:on|at)|living\s+(?:on|at)|located\s+(?:on|at)"
                     rf"|(?:ship|deliver|send|mail)(?:ped|ed|s)?\s+(?:it\s+)?to|moved\s+to|reside\s+at)"
                     rf"\s*:?\s*((?:{_NUM}\s+)?(?:{_WORD}\s+){{1,4}}{_NUM}\b|{_NUM}\s+(?:{_WORD}\s+){{0,3}}?{_WORD})")
    # Every pattern needs a digit or a number word: most turns are skipped by one search.
    GATE = _ci(rf"\d|\b{_NUMBER_WORDS}\b")
    # Spoken-number matches that are times or quantities, not house numbers.
    SPOKEN_FALSE_SUFFIXES = frozenset("way ways park view point run green walk".split())
    NON_STREET_WORDS = frozenset("""am pm minutes minute hours hour days day years year weeks week
        times people items dollars percent miles km""".split())

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if STREET_ADDRESS not in entities or not self.GATE.search(text):
            return []
        spans: list[tuple[int, int, float, str, str]] = []
        for name, pattern, score in self.PATTERNS:
            for match in pattern.finditer(text):
                if self._plausible(name, match.group()):
                    spans.append((match.start(), match.end(), score, REASON_PATTERN, name))
        for match in self.CUE_STREET.finditer(text):
            spans.append((match.start(1), match.end(1), 0.75, REASON_CONTEXT, "cue_street"))
        results = [self.result(s, self._extend(text, e), STREET_ADDRESS, sc, reason, name)
                   for s, e, sc, reason, name in self._merge(spans)]
        logger.debug("street_address: %d findings", len(results))
        return results

    def _extend(self, text: str, end: int) -> int:
        """Extend an address over the lines / comma parts that continue it."""
        if self.ENDS_WITH_UNIT.search(text, max(0, end - 20), end):
            # "Apt. 050 Coalville South Africa": capitalized town / region words after the unit.
            for _ in range(self.MAX_CONTINUATIONS):
                word = self.SAME_LINE_WORD.match(text, end)
                if not word or not (word.group(1)[0].isupper() or word.group(1)[0].isdigit()):
                    break
                end = word.end(1)
        for _ in range(self.MAX_CONTINUATIONS):
            match = self.CONTINUATION.match(text, end)
            if not match:
                break
            part = match.group(1).strip()
            words = part.split()
            if not words or len(words) > 5:
                break
            unit = re.match(_UNIT, part, re.IGNORECASE)
            place_like = all(w[0].isupper() or w[0].isdigit() or w[0] in "(" for w in words) \
                or part == "nan" or "\n" in match.group(0)
            if not (unit or place_like):
                break
            end = match.end(1) - (len(match.group(1)) - len(match.group(1).rstrip()))
        return end

    def _plausible(self, name: str, value: str) -> bool:
        words = value.lower().split()
        if any(w.strip(".,") in self.NON_STREET_WORDS for w in words):
            return False
        if name == "spoken":
            # "one way", "two green tea": a street needs a name word between number and suffix.
            return len(words) >= 3 and words[-1] not in self.SPOKEN_FALSE_SUFFIXES
        return True

    @staticmethod
    def _merge(spans: list[tuple[int, int, float, str, str]]) -> list[tuple[int, int, float, str, str]]:
        """Union overlapping spans; the most certain pattern names the result."""
        merged: list[list] = []
        for span in sorted(spans, key=lambda s: (s[0], -s[1])):
            if merged and span[0] < merged[-1][1]:
                top = merged[-1]
                top[1] = max(top[1], span[1])
                if span[2] > top[2]:
                    top[2:] = span[2:]
            else:
                merged.append(list(span))
        return [tuple(m) for m in merged]
