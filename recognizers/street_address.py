"""Street addresses in several countries' orders, written or spoken -> STREET_ADDRESS.

Covers house number + street + suffix ("1668 Glyn St", "twelve thirty four main street"), street + number with a
compound suffix ("Brucker Bundesstrasse 31", "Laukaantie 80", "Ringvej 144"), prefix streets ("rue du centre 320", "33
avenue de Provence", "Via delle Coste 41", "ul. Miła 53"; a house's word after a comma: "ul. Lenina, d. 12, kv. 5",
"Rua de Lisboa, casa 105"), units ("Apt 4B", "Suite 501"), post boxes and military addresses ("PSC 0413, Box 8144",
"APO AE 01708"), and "<Street> <number>" after an address cue ("lives on Allika 46"). Spoken forms: house numbers in
words ("twelve thirty four", "one oh five", "four five six seven"), ordinal streets ("twenty third street"), units
("apartment four b", "suite two hundred"), and after "the address is" or an agent's address question a house number
and street even without a suffix. Cities and countries alone are not reported.

Speed: a turn with no digit and no number word is done; each pattern runs only when the words it needs are present, on
ASCII turns as its lower-case twin (``TWINS``, ``recognizers.lower_scan``; "spoken" only before street words:
``recognizers.street_end_windows``): the same spans, faster. ``analyze(..., fast=False)``: every pattern as written.
"""
from __future__ import annotations

import logging
import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers import address_tail, named_address
from recognizers.base import TranscriptRecognizer, register
from recognizers.lower_scan import ascii_lower, finditer, lower_twin
from recognizers.loose_twin import loose_twin
from recognizers.names.lexicon import FUNCTION_WORDS, fold, frequent_words, lexicon
from recognizers.entities import REASON_CONTEXT, REASON_CROSS_TURN, REASON_PATTERN, STREET_ADDRESS
from recognizers.spoken.number_words import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES
from recognizers.start_set import compile_fast
from recognizers.street_end_windows import windowed_spoken
from recognizers.street_words import (  # noqa: F401 (STREET_SUFFIX_WORDS: public, used by entity_types)
    STREET_SUFFIX_WORDS, _ANY_UNIT, _BOX_WORDS, _CAP_WORD, _COMPOUND, _COMPOUND_ENDINGS, _CUE_WORDS, _DIGIT,
    _ENDINGS, _LETTERS, _MILITARY_POST_WORDS, _NAME_WORD, _NOT_SAINT, _NUMBER_LABEL, _NOT_STREET_MIDDLE, _NUM,
    _NUMBER_WORDS, _NUMBER_WORD_SET, ends_a_word, letter_words, _POINTERS, _PREFIXES, _PREFIX_WORDS, _SCALE_AND,
    _SPOKEN_COMPOUND, _SPOKEN_COMPOUND_ENDINGS, SPOKEN_PREFIX_STREET, SPOKEN_PREFIX_WORDS, _SPOKEN_HOUSE,
    _SPOKEN_NUM, _SPOKEN_UNIT, _STREET_END, _SUFFIX_WORDS, _UNIT, _UNIT_LIKE_SUFFIXES, _UNIT_WORD, _UNIT_WORDS,
    _WEEKDAYS, _WORD, _BUILDING, _GERMAN_ARTICLE, _GERMAN_ARTICLE_WORDS)

# A direction after the street type ("67 Devon Street West", "1200 Main St NW"): part of the street's name.
_DIRECTION = r"(?:north|south|east|west|(?-i:N|S|E|W|NE|NW|SE|SW))\b\.?(?![ \t]+of\b)"
# Month and weekday words, full or short: "<number> <word>" after "live on" is then a date ("goes live on 20 Nov").
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAY_NAMES) | frozenset(WEEKDAY_ABBREVIATIONS)
# A stop word that opens a place's name before the word that names it ("ward five new baneshwor").
_PLACE_PREFIXES = frozenset(("new",))

logger = logging.getLogger(__name__)


def _ci(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_TOWN_ONLY = frozenset(("town", "town_in"))  # answers that are the town alone: nothing to extend
_NUMBER_UNIT = _ci(rf"\d[a-z]?\.?[ \t]*,?\s*{_UNIT}")  # "12 apt 4": the end of every street_number_unit match
_BP_WORDS = frozenset(("bp", "p", "boite", "boîte"))
_KOREAN_ROAD_WORDS = frozenset(("ro", "gil", "daero"))
_KOREAN_ROAD = r"[^\W\d_]+(?:[ \t]?\d{1,3})?-(?:ro|gil|daero)\b(?:[ \t]+\d{1,3}(?:beon)?-gil\b)?"  # "Teheran-ro 12-gil"
_NUMBER_POSTCODE = _ci(r"\d,[ \t]*\d{3}")  # "79, 2048": in every street_number_postcode_town match


@register("street_address.v2")
class StreetAddressRecognizer(TranscriptRecognizer):
    """STREET_ADDRESS from written and spoken street patterns; no spaCy needed."""

    ENTITIES = (STREET_ADDRESS,)

    # (name, pattern, score, needs a digit, words of which one must be present or None, needs a
    # number word): certainty grows with how address-specific the pattern is.
    PATTERNS = (
        ("po_box", _ci(r"\b(?:\d{3,6}[ \t]+)?(?:p\.?\s?o\.?\s?box|post\s+office\s+box)\s+\d{1,6}\b"), 0.8, True, _BOX_WORDS),
        # French and West / Central African "B.P. 6203", "bp 5993", "boîte postale 17"
        ("boite_postale", _ci(r"\b(?:b\.?[ \t]?p\.?|bo[iî]te[ \t]+postale)[ \t]*\d{1,6}\b"), 0.8, True, _BP_WORDS),
        ("military", _ci(r"\b(?:psc|unit|cmr)\s+\d{3,5},?\s+box\s+\d{1,5}\b"
                         r"(?:\s*\n?\s*[ad]po\s+a[aep]\s+\d{5})?"), 0.85, True, _BOX_WORDS),
        ("military_post", compile_fast(r"\b(?:USNS|USNV|USS|USCGC)\s+[^\W\d_]+\s*\n?\s*FPO\s+A[AEP]"
                                     r"\s+\d{5}|\b[ADF]PO\s+A[AEP]\s+\d{5}\b"), 0.8, True,
         _MILITARY_POST_WORDS),
        ("number_street_suffix", _ci(rf"\b(?:{_NUMBER_LABEL}{_NUM},?|(?:{_NUM}[ \t]+)?{_NUM}(?:,(?=[ \t]+(?-i:[A-Z])[^\W\d_]*[ \t]+[^\W\d_]))?)\s+(?:{_NAME_WORD}\s+){{0,3}}?{_STREET_END}(?:{_NOT_SAINT})\.?"
                                     rf"(?:[ \t]+{_DIRECTION})?"
                                     rf"(?:\s*,?\s*{_ANY_UNIT})?"), 0.7, True,
         _SUFFIX_WORDS),
        ("number_prefix_street", _ci(rf"\b(?:{_BUILDING}\s+)?{_NUM},?\s+(?:(?:el|la|los|las)\s+)?{_PREFIXES}\s+(?:{_WORD}\s+){{0,3}}{_WORD}"), 0.7,
         True, _PREFIX_WORDS),
        # "Am Mühlbach 34", "In der Aue 5", "Zur Linde 12": German streets named with a preposition and article.
        ("german_article_street", compile_fast(rf"\b{_GERMAN_ARTICLE}[ \t]+{_CAP_WORD}(?:[ \-]{_CAP_WORD})?[ \t]+{_NUM}\b"),
         0.7, True, _GERMAN_ARTICLE_WORDS),
        ("prefix_street_number", _ci(rf"\b(?:{_NUM}\s+)?{_PREFIXES}\s+(?:{_WORD}\s+){{0,4}}{_NUM}\b\.?"
                                     rf"(?:\s*,?\s*{_UNIT})?"), 0.7, True, _PREFIX_WORDS),
        ("prefix_street_house", _ci(rf"(?<!the )\b{_PREFIXES}\s+(?:{_WORD}\s+){{0,3}}{_WORD},?\s+(?:casa|d\.|dom)\s*{_NUM}\b"
                                    rf"(?:\s*,\s*(?:kv\.?|kvartira|apt\.?)\s*\d{{1,4}}\b)?"), 0.7, True, _PREFIX_WORDS),
        ("compound_street_number", _ci(rf"\b(?:{_NUM}\s+)?(?:{_CAP_WORD}\s+{_ENDINGS}|(?:{_CAP_WORD}\s+)?{_COMPOUND})"
                                       rf"\s+{_NUM}\b\.?"
                                       rf"(?:\s*,?\s*{_UNIT})?"), 0.65, True, _COMPOUND_ENDINGS),
        ("compound_street_spoken", _ci(rf"\b{_SPOKEN_COMPOUND}\s+(?:{_NUMBER_WORDS}{_SCALE_AND}|\d{{1,4}})"
                                       rf"(?:\s+(?:{_NUMBER_WORDS}{_SCALE_AND}|\d{{1,3}})){{0,3}}\b"), 0.6, False,
         _SPOKEN_COMPOUND_ENDINGS),
        ("prefix_street_spoken", _ci(SPOKEN_PREFIX_STREET), 0.6, False, SPOKEN_PREFIX_WORDS),  # "rue de la paix one five six"
        ("spoken", _ci(rf"\b(?:{_NUMBER_LABEL}{_SPOKEN_HOUSE},?|{_SPOKEN_HOUSE})\s+(?:{_NAME_WORD}\s+){{1,3}}?{_STREET_END}"
                       rf"(?:[ \t]+{_DIRECTION})?(?:\s*,?\s*{_ANY_UNIT})?"), 0.65, False, _SUFFIX_WORDS),
        # Korean road-name addresses: "172, Haeundae-ro, Haeundae-gu", "Teheran-ro 12-gil 34", "5 Sejong-daero"
        ("korean_road", _ci(rf"\b(?:\d{{1,5}}(?:-\d{{1,3}})?,?[ \t]+{_KOREAN_ROAD}(?:,?[ \t]+\d{{1,5}}(?:-\d{{1,3}})?\b)?"
                            rf"|{_KOREAN_ROAD},?[ \t]+\d{{1,5}}(?:-\d{{1,3}})?\b)"
                            r"(?:,[ \t]*[^\W\d_]+-(?:gu|gun|si|dong)\b)?"), 0.75, True, _KOREAN_ROAD_WORDS),
        ("unit", _ci(rf"\b{_UNIT}"), 0.6, True, _UNIT_WORDS | {"#"}),
        # "apartment 31, moi avenue", "flat 4, kimathi street": a unit, then a street with no house number.
        ("unit_street", _ci(rf"\b{_UNIT}\s*,?\s+(?:{_NAME_WORD}\s+){{1,3}}?{_STREET_END}(?:{_NOT_SAINT})\.?"), 0.7, True, _UNIT_WORDS),
        ("spoken_unit", _ci(rf"\b{_SPOKEN_UNIT}"), 0.55, False, _UNIT_WORDS),
        # "20789 Allika 46\n Suite 501", "25615 Tawastintie 72 Apt. 004": street then a unit.
        ("street_number_unit", _ci(rf"(?:\b{_NUM}\s+)?(?:{_WORD}\s+){{1,4}}{_NUM}\.?[ \t]*,?\s*{_UNIT}"), 0.7,
         True, _UNIT_WORDS | {"#"}),
        ("corner", _ci(rf"\bthe\s+corner\s+of\s+[^\n]{{0,40}}?\d[^\n]{{0,40}}?\s+and\s+(?:{_WORD}\s+){{0,3}}{_WORD}"),
         0.7, True, frozenset(("corner",))),
        # "42 Sector 9 Block D", "7/1 Phase 2": Indian localities numbered by sector, phase, pocket or block.
        ("sector_block", _ci(rf"\b{_NUM}\s+(?:sector|phase|pocket)\s+\d{{1,3}}[a-z]?\b(?:,?[ \t]+(?:sector|phase|pocket|block)"
                             r"[ \t]+(?:\d{1,3}[a-z]?|[a-z])\b)*"), 0.7, True, frozenset({"sector", "phase", "pocket"})),
        # "Meir 79, 2048 Antwerpen", "Bjorkvagen 118, 751 84 Uppsala": a street with no type word, its number, then
        # the postcode and a town on the same line (the town must read as a place: "Table 4, 2023 Edition" is none).
        ("street_number_postcode_town", compile_fast(rf"\b{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,2}}[ \t]+{_NUM},[ \t]*"
                                                     rf"\d{{3,5}}(?:[ \t]\d{{2}}|[ \t]?[A-Z]{{2}})?[ \t]+{_CAP_WORD}"),
         0.7, True, None),
        # "27534 Þorsteinsgata 63": postcode or house number, street, number, on one line (not a card's last group,
        # then "vence 08/2030" below it).
        ("number_street_number", _ci(rf"(?<!\d[,.])\b\d{{3,6}}[ \t]+(?:{_WORD}[ \t]+){{1,3}}\d{{1,5}}\b\.?"), 0.55, True, None),
    )
    TWINS = windowed_spoken({name: lower_twin(pattern) or loose_twin(pattern) for name, pattern, *_ in PATTERNS})  # docstring
    # What every match of a pattern holds, found by a search that skips to digits (the pattern tries its words
    # at every letter): the pattern runs only where it is. Pairs of (pattern, lower_twin).
    NEEDS = {"street_number_unit": (_NUMBER_UNIT, lower_twin(_NUMBER_UNIT)),
             "street_number_postcode_town": (_NUMBER_POSTCODE, lower_twin(_NUMBER_POSTCODE))}
    # "<Street> <number>" with no suffix is an address only after a cue ("lives on Allika 46").
    CUE = (r"(?:address(?:\s+is)?|live[sd]?\s+(?:on|at)|living\s+(?:on|at)|located\s+(?:on|at)"
           r"|(?:ship|deliver|send|mail)(?:ped|ed|s)?\s+(?:it\s+)?to|moved\s+to|reside\s+at)\s*:?\s*")
    # ... on the cue's line or the next, never over a blank line, and not a word that points elsewhere ("address
    # below", "address attached").
    CUE_STREET = _ci(CUE + rf"(?!{_POINTERS}\b)((?:{_NUM}[ \t]+)?(?:{_WORD}[ \t]+){{1,4}}{_NUM}\b"
                     rf"|{_NUM}[ \t]+(?:{_WORD}[ \t]+){{0,3}}?{_WORD})")
    # After the cue (or the agent's address question): a spoken house number and one or two words.
    SPOKEN_ANSWER = _ci(rf"\b{_SPOKEN_NUM}\s+{_NAME_WORD}(?:\s+(?!{_UNIT_WORD}\b){_NAME_WORD})?(?:\s*,?\s*{_ANY_UNIT})?")
    CUE_SPOKEN = _ci(r"\b" + CUE + rf"(?:(?:uh|um)\s+)?(?=({_SPOKEN_NUM}))")
    CUE_TWINS = (lower_twin(CUE_STREET), lower_twin(CUE_SPOKEN))
    SPOKEN_ANSWER_TWIN = lower_twin(SPOKEN_ANSWER)
    # Spoken-number matches that are times or quantities, not house numbers.
    SPOKEN_FALSE_SUFFIXES = frozenset("ways park view point run green walk".split())
    NON_STREET_WORDS = frozenset("""am pm minutes minute hours hour days day years year weeks week
        times people items dollars percent miles mile km months month seconds second""".split())
    # Words that are not street names after a spoken number ("one more way", "two other places").
    NOT_NAME_WORDS = FUNCTION_WORDS | _NUMBER_WORD_SET | frozenset(
        "way ways more other another different same best better only quick quickest easy easiest".split())

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                fast: bool = True) -> list[RecognizerResult]:
        """Presidio entry point; ``fast=False`` runs every pattern (the reference path)."""
        if STREET_ADDRESS not in entities or not text:
            return []
        words = letter_words(text)
        digit = _DIGIT.search(text) is not None
        spoken = not words.isdisjoint(_NUMBER_WORD_SET)
        named = not words.isdisjoint(named_address.CUE_WORDS)
        if fast and not (digit or spoken or named):
            return []  # every pattern needs a digit, a number word or an address cue
        spans: list[tuple[int, int, float, str, str]] = []
        low = ascii_lower(text) if fast else None
        for name, pattern, score, needs_digit, needs_words in self.PATTERNS:
            if fast and not self._gate(text, words, digit, spoken, needs_digit, needs_words):
                continue
            if fast and name in self.NEEDS and next(finditer(*self.NEEDS[name], text, low), None) is None:
                continue
            for match in finditer(pattern, self.TWINS[name], text, low):
                if self._plausible(name, text[match.start():match.end()]):
                    spans.append((match.start(), match.end(), score, REASON_PATTERN, name))
        if not fast or (digit and not words.isdisjoint(_CUE_WORDS)):
            for match in finditer(self.CUE_STREET, self.CUE_TWINS[0], text, low):
                if _DATE_WORDS.isdisjoint(_LETTERS.findall(match.group(1).lower())):
                    spans.append((match.start(1), match.end(1), 0.75, REASON_CONTEXT, "cue_street"))
                # else "goes live on 20 Nov": a date
        if not fast or (spoken and not words.isdisjoint(_CUE_WORDS)):
            for match in finditer(self.CUE_SPOKEN, self.CUE_TWINS[1], text, low):
                spans.extend(self._spoken_answer(text, match.start(1), match.start(1) + 1, 0.7,
                                                 REASON_CONTEXT))
        if not fast or named:
            spans.extend((s, e, 0.6, REASON_CONTEXT, "named_address")
                         for s, e in named_address.find(text, _SUFFIX_WORDS))
        results = [self.result(s, address_tail.extend(text, e), STREET_ADDRESS, sc, reason, name)
                   for s, e, sc, reason, name in self._merge(spans)]
        logger.debug("street_address: %d findings", len(results))
        return results

    def analyze_answer(self, text: str, expected: str) -> list[RecognizerResult]:
        """After "what's the address on the account": a house number and street, even without a
        suffix ("seventy eight forest", "12 Oak"); after "which town is that in": the town alone."""
        if expected != STREET_ADDRESS or not text:
            return []
        spans = self._spoken_answer(text, 0, len(text), 0.7, REASON_CROSS_TURN)
        spans += [(*span, 0.6, REASON_CROSS_TURN, name) for span, name in address_tail.towns_answered(text)]
        spans += [(s, e, 0.65, REASON_CROSS_TURN, "named_address")
                  for s, e in named_address.answer(text, _SUFFIX_WORDS)]
        for match in re.finditer(rf"(?<![:.])\b{_NUM}[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?", text, re.IGNORECASE):
            spans.append((match.start(), self._trim(text, match.start(), match.end()), 0.7,
                          REASON_CROSS_TURN, "answer"))
        return [self.result(s, e if name in _TOWN_ONLY else address_tail.extend(text, e), STREET_ADDRESS, sc,
                            reason, name)
                for s, e, sc, reason, name in self._merge([sp for sp in spans if sp[1] > sp[0]])]

    def _spoken_answer(self, text: str, start: int, stop: int, score: float, reason: str
                       ) -> list[tuple[int, int, float, str, str]]:
        """A spoken house number starting in ``[start, stop)`` with the street words after it."""
        out = []
        low = ascii_lower(text) if self.SPOKEN_ANSWER_TWIN is not None else None
        for match in (self.SPOKEN_ANSWER.finditer(text, start) if low is None
                      else self.SPOKEN_ANSWER_TWIN.finditer(low, start)):
            if match.start() >= stop:
                break
            if text[match.start():match.end()].split()[0].lower() in ("oh", "zero", "nought"):
                continue  # "oh that's a good question": an interjection, no house number opens with zero
            end = self._trim(text, match.start(), match.end())
            if end > match.start():
                out.append((match.start(), end, score, reason, "spoken_answer"))
        return out

    def _trim(self, text: str, start: int, end: int) -> int:
        """End of the street after a house number: drop trailing words that name no street."""
        words = list(re.finditer(r"\S+", text[start:end]))
        keep = len(words)
        # The house number words come first; a street needs at least one name word after them.
        numbers = 0
        while numbers < len(words) and (words[numbers].group().lower() in _NUMBER_WORD_SET
                                        or words[numbers].group()[0].isdigit()
                                        or numbers and words[numbers].group().lower() == "and"
                                        and words[numbers - 1].group().lower() in ("hundred", "thousand")):
            numbers += 1
        stop = self.NOT_NAME_WORDS | self.NON_STREET_WORDS
        for k in range(numbers, len(words)):
            word = words[k].group().lower().strip(".,")
            if word in _UNIT_WORDS:
                break  # the unit and its number belong to the address
            if word in stop and not (word in _PLACE_PREFIXES and k + 1 < len(words)
                                     and words[k + 1].group().lower().strip(".,") not in stop):
                keep = k
                break
        if keep <= numbers:
            return start
        return start + words[keep - 1].end()

    def _gate(self, text: str, words: set[str], digit: bool, spoken: bool, needs_digit: bool,
              needs_words) -> bool:
        if needs_digit and not digit or not needs_digit and not spoken:
            return False
        if needs_words is None:
            return True
        if isinstance(needs_words, tuple):  # word endings
            return ends_a_word(words, needs_words)
        return not words.isdisjoint(needs_words) or ("#" in needs_words and "#" in text)

    def _plausible(self, name: str, value: str) -> bool:
        words = value.lower().split()
        if any(w.strip(".,") in self.NON_STREET_WORDS for w in (words[1:] if name == "german_article_street" else words)):
            return False  # ("Am Mühlbach 34": "am" opens the street's name)
        if words[-1].strip(".,") in _UNIT_LIKE_SUFFIXES:
            # "Kingfisher Gr", "Cobden Cl" (grove, close) after a street name; "100 gr", "70 cl" are amounts.
            last = value.split()[-1]
            return last[0].isupper() and len(words) >= 3 and not words[-2][0].isdigit()
        if name == "spoken":
            # "one way", "two green tea", "one more way": a street needs a name word between the
            # number and the suffix.
            names = [w for k, w in enumerate(words) if w not in _NUMBER_WORD_SET and w not in ("double", "triple", "treble")
                     and not (w == "and" and k and words[k - 1] in ("hundred", "thousand"))]
            if len(names) > 2 and len(names[0]) == 1:
                names = names[1:]  # the house letter: "thirty two a carrick terrace"
            suffix_at = next((k for k, w in enumerate(names) if w in _SUFFIX_WORDS and k), len(names))
            return 0 < suffix_at < len(names) and names[0] not in self.NOT_NAME_WORDS \
                and (names[suffix_at] not in self.SPOKEN_FALSE_SUFFIXES  # "two minute walk", not "northcote walk"
                     or not lexicon().is_english(fold(names[suffix_at - 1]))
                     or fold(names[suffix_at - 1]) not in frequent_words())  # "sandpiper walk", not "long walk"
        if name == "street_number_postcode_town":
            return address_tail.place_word(value.split()[-1]) and not words[0] in FUNCTION_WORDS
        if name == "number_street_number":
            # "0958 or 07700 900123" (two phone numbers), "2024 and 2025": a street has a name word.
            # "1030 and ends at 1130", "4933 sort 45": two numbers around a joining or identifier word, no street.
            middle = [w.strip(".,") for w in words[1:-1]]
            return not all(w in FUNCTION_WORDS for w in middle) and _NOT_STREET_MIDDLE.isdisjoint(middle) \
                and not any(_WEEKDAYS.issuperset(w.split("-")) for w in middle)
        return True

    @staticmethod
    def _merge(spans: list[tuple[int, int, float, str, str]]) -> list[tuple[int, int, float, str, str]]:
        """Union overlapping spans and spans one character apart; the most certain pattern names the result."""
        merged: list[list] = []
        for span in sorted(spans, key=lambda s: (s[0], -s[1])):
            if merged and span[0] <= merged[-1][1] + 1:  # ... or one blank apart ("number fifty one lane one eight oh ...")
                top = merged[-1]
                top[1] = max(top[1], span[1])
                if span[2] > top[2]:
                    top[2:] = span[2:]
            else:
                merged.append(list(span))
        return [tuple(m) for m in merged]
