"""The rest of an address after its street: unit, town, region, country and postal code, on the same line,
after commas or on the next lines ("Suite 245\\n FÜRLING\\n Austria 25173", ", calgary alberta").

A part is taken when it reads like a place: capitalized words (lowercase particles such as "de" or "del"
between them), or, in lowercase text, words that are proper nouns, in no word list, short region codes
before a postal code, or postal codes. Any line right below the street continues it; after one blank line
only a line ending in a postal code does.
"""
from __future__ import annotations

import functools
import re

from recognizers.building_streets import building_and_street
from recognizers.names.lexicon import DATA_DIR, FUNCTION_WORDS, fold, frequent_words, lexicon, proper_nouns
from recognizers.spoken.number_words import MONTH_NAMES, WEEKDAY_NAMES
from recognizers.start_set import compile_fast

UNIT_WORD = r"(?:apt|apartment|suite|ste|unit|flat|room|rm|floor|fl|bldg|building|villa|#)"
UNIT = UNIT_WORD + r"\.?\s*#?\s*\d{1,5}[a-z]?(?:-\d{1,5}[a-z]?)?\b"  # "Apt. 4b", "suite 200", "# 12", "#05-12" (floor-unit)
_UNIT_RE = compile_fast(UNIT, re.IGNORECASE)
ENDS_WITH_UNIT = compile_fast(UNIT + r"$", re.IGNORECASE)
# A comma or a line break (one blank line allowed), then one part of up to 40 characters.
CONTINUATION = compile_fast(r"\.?[ \t]*(?:,[ \t]*(?:\n[ \t]*)?|\n(?:[ \t]*\n)?)[ \t]*,?[ \t]*([^\n,:@|]{1,40})")  # "Rd., Town"; a table cell ends at " |"
SAME_LINE_WORD = compile_fast(r"[ \t]+([^\W\d_][^\s,.]*|\d{4,5})")
# The rest of the address line when it ends in a postal code: town, region, country words and the code
# ("St Georges, QC 54256", ", Netherlands 04020", ", nan 78618").
POSTAL_TAIL = compile_fast(r"(?:[ \t]*,?[ \t]+(?:[A-ZÀ-ÖØ-Þ][^\W\d_]*[.']?[^\W\d_]*|nan)){0,4}"
                         r"[ \t]*,?[ \t]+\d{4,6}(?:-\d{4})?\b(?![.,]?\d)")
# Not "St. Ives", not "???", not the abbreviations of a locality before its name ("Brgy. San Lorenzo", "Subd. Villa").
SENTENCE_END = compile_fast(r"(?<=[^\W_]{3})(?<![Bb]rgy)(?<!BRGY)(?<![Ss]ubd)(?<![Bb]lvd)[.!?](?=\s+[A-Z]|\s*$)")
MAX_CONTINUATIONS = 5
# Lowercase words inside a capitalized place name ("Mora de Rubielos", "Stratford upon Avon").
PLACE_PARTICLES = frozenset("de del della di da do dos das du des la le les los el van von der den am im "
                            "an upon on sur en y i na es".split())  # "Dar es Salaam"
# Lowercase words that open a place name ("south africa", "new zealand", "san jose").
PLACE_OPENERS = frozenset("north south east west new old upper lower great little saint san santa st "
                          "port fort mount lake".split())
# Lowercase words that end a place name ("faroe islands", "mexico city", "kerry county").
PLACE_CLOSERS = frozenset("island islands city county republic province state states kingdom emirates "
                          "territory district".split())
# Words that end a town's name after another ("leamington spa", "bognor regis", "long itchington magna").
TOWN_CLOSERS = PLACE_CLOSERS | frozenset("spa regis magna parva".split())
# Particles inside a town's name even where they are function words ("ashby de la zouch", "stratford upon avon").
_TOWN_PARTICLES = frozenset("de la le del della du des upon".split())
_POSTAL_CODE = compile_fast(r"\d{4,6}(?:-\d{4})?")
# Proper nouns that name a day or a month, never a town ("in dallas on monday").
CALENDAR_WORDS = frozenset(WEEKDAY_NAMES + MONTH_NAMES)


def place_word(word: str, before_code: bool = False) -> bool:
    """Whether a lowercase word may name a town, region or country: a proper noun ("calgary"), a word no
    list holds ("sé"), or, right before a postal code, a short region code ("mp")."""
    key = fold(word.strip(".()"))
    if not key.isalpha() or key in FUNCTION_WORDS or key in lexicon().common or key in CALENDAR_WORDS:
        return False
    return key in proper_nouns() or lexicon().is_unknown(key) or (before_code and len(key) <= 3)


def place_like(part: str) -> bool:
    """Whether one comma part or line reads like the town / region / country / code of an address."""
    words = part.split()
    if part == "nan":
        return True
    if words and words[0].replace("’", "'").split("'")[0] == "I":
        return False  # "..., Hexham, I'm in on Fridays": the pronoun opens a sentence, no place
    if all(w[0].isupper() or w[0].isdigit() or w[0] == "(" or (k and w in PLACE_PARTICLES)
           for k, w in enumerate(words)):
        return True
    code = bool(_POSTAL_CODE.fullmatch(words[-1]))
    names = words[:-1] if code else words
    return len(names) <= 4 and all(place_word(w, before_code=code) or (
        k + 1 < len(names) and (w in PLACE_OPENERS or k and w in PLACE_PARTICLES)) or (k and w in PLACE_CLOSERS)
        for k, w in enumerate(names))


# A town said right after the street, no comma ("bramble row in athlone", "tanners gardens um whitby").
# ... "54 Foundry Place - Leamington Spa", "145 Bottlebrush Cl., uh, in Glenelg" (a punctuating speech engine).
_FILLER_GAP = compile_fast(r",?[ \t]+(?:(?:um|uh|er|erm),[ \t]+)+(?:in[ \t]+)?")
_SAME_LINE_TOWN = compile_fast(_FILLER_GAP.pattern + r"|[ \t]+(?:(?:in|um|uh|er|erm|-|–)[ \t]+)?")
_LINE_WORD = compile_fast(r"[^\W\d_]+(?![\w])")  # a whole word ("RW" of "RW20" is none)
_BLANKS = compile_fast(r"[ \t]+")
MAX_TOWN_WORDS = 4


@functools.lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Multi-word place names (GeoNames), lowercase and ASCII-folded: "market harborough", "san jose"."""
    lines = (DATA_DIR / "place_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _place_name_at(text: str, pos: int) -> int | None:
    """End of a multi-word place name (GeoNames) whose first word is the first at or after ``pos`` ("new york",
    "market harborough"), else None."""
    words = list(_LINE_WORD.finditer(text, pos, pos + 40))[:3]
    for n in (3, 2):
        if len(words) >= n and " ".join(w.group().lower() for w in words[:n]) in place_names():
            return words[n - 1].end()
    return None


def _before_region(text: str, word: re.Match[str]) -> bool:
    """``word`` (not a function or common word) is followed on its line by a region's name: a proper noun
    that is a place ("ohio", "wisconsin", "alberta")."""
    low = word.group().lower()
    if low in FUNCTION_WORDS or low in lexicon().common:
        return False
    blanks = _BLANKS.match(text, word.end())
    nxt = _LINE_WORD.match(text, blanks.end()) if blanks else None
    return bool(nxt) and fold(nxt.group().lower()) in proper_nouns() and place_word(nxt.group().lower())


def _particle_next(text: str, word: re.Match[str]) -> bool:
    """``word`` is followed on its line by place particles ("de la") and a word that is no common word."""
    pos, particles = word.end(), 0
    while (blanks := _BLANKS.match(text, pos)) and (nxt := _LINE_WORD.match(text, blanks.end())):
        low = nxt.group().lower()
        if low in PLACE_PARTICLES and low not in FUNCTION_WORDS - _TOWN_PARTICLES:
            particles, pos = particles + 1, nxt.end()
            continue
        return bool(particles) and place_word(low) and not lexicon().is_name(fold(low))
    return False


def _town_after(text: str, end: int, gap_pattern: re.Pattern[str] = _SAME_LINE_TOWN) -> int:
    """End of a town named on the street's line right after it (``end`` when none): a multi-word place name
    ("market harborough"), or rare words no list holds as a given name (a surname or a dictionary word is a
    town as often: "tewkesbury"), with place openers and particles between them ("ashby de la zouch")."""
    gap = gap_pattern.match(text, end)
    pos, town_end = gap.end() if gap else end, end
    named = _place_name_at(text, pos) if gap else None
    if named:  # "hoan kiem district": a word that ends a town's name may follow a known place
        closer = SAME_LINE_WORD.match(text, named)
        return closer.end(1) if closer and closer.group(1).lower() in TOWN_CLOSERS else named
    lex = lexicon()
    # "..., uh, in Hove" (a punctuating speech engine's pause, then "in"): any capitalized word is the town.
    said_in = gap is not None and gap.group().rstrip().endswith(" in") and _FILLER_GAP.fullmatch(gap.group())
    for k in range(MAX_TOWN_WORDS):
        word = _LINE_WORD.match(text, pos)
        if not word:
            break
        low = word.group().lower()
        named = _place_name_at(text, pos) if k else None  # "albany new york" (``word`` starts at ``pos``)
        if named:
            town_end = pos = named
            blanks = _BLANKS.match(text, pos)
            if not blanks:
                break
            pos = blanks.end()
            continue
        if (place_word(low) or len(low) >= 4 and low not in lex.common and low not in frequent_words()
                and low not in FUNCTION_WORDS) and (
                word.group()[0].isupper() or low not in lex.first) or (
                said_in and word.group()[0].isupper() and low not in FUNCTION_WORDS) or (
                k and town_end == pos - 1 and word.group()[:1].isupper() and text[pos - 1] == " "
                and low not in FUNCTION_WORDS):  # "Leamington Spa": a capitalized word after the town
            town_end = word.end()
        elif k and town_end == pos - 1 and fold(low) in proper_nouns() and place_word(low):
            town_end = word.end()  # "tucson arizona": the region after the town, though also a given name
        elif k and town_end == pos - 1 and low in TOWN_CLOSERS:
            town_end = word.end()  # "leamington spa", "bognor regis": a word that ends a town's name
        elif not k and _particle_next(text, word):
            town_end = word.end()  # "ashby de la zouch": a given name opens a town when a particle follows
        elif not (low in PLACE_OPENERS or (k and low in PLACE_PARTICLES)) and not _before_region(text, word):
            break
        elif low not in PLACE_OPENERS and low not in PLACE_PARTICLES:
            town_end = word.end()  # "columbus ohio", "madison wisconsin": a town its region follows
        blanks = _BLANKS.match(text, word.end())
        if not blanks:
            break
        pos = blanks.end()
    return town_end if town_end > end and gap else end


# A city's district number, written or said with its leading zero, and no more digits after it (a phone number).
_DIGIT_WORD = r"(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|\d)"
# The part of an Irish or a British street its name ends with: "Drumcondra Road Upper", "Leeson Street Lower".
_UPPER_LOWER = compile_fast(r"[ \t]+(?:upper|lower)\b", re.IGNORECASE)
# A road's numbered section (Taiwan: "Zhongshan Road Sec. 2", "wenxin road section two").
_SECTION = compile_fast(rf"[ \t]*,?[ \t]+(?:section|sec\.)[ \t]*(?:\d{{1,2}}|{_DIGIT_WORD})\b", re.IGNORECASE)
_DISTRICT = compile_fast(rf"[ \t]+(?:0\d|(?:oh|zero)[ \t]+{_DIGIT_WORD})\b(?![ \t]*,?[ \t]*{_DIGIT_WORD}\b)", re.IGNORECASE)


def extend(text: str, end: int) -> int:
    """End of the address whose street ends at ``end``: over the lines / comma parts that continue it."""
    upper = _UPPER_LOWER.match(text, end)  # "Drumcondra Road Upper"
    end = upper.end() if upper else end
    section = _SECTION.match(text, end)  # "Wenxin Road, Section 2, Taichung"
    end = building_and_street(text, section.end() if section else end)  # "flat 8, beaumont house, greenfield avenue"
    if not ENDS_WITH_UNIT.search(text, max(0, end - 20), end):
        end = _town_after(text, end)
    else:
        # "Apt. 050 Coalville South Africa", "suite 112 calgary alberta": town / region words after the unit.
        for _ in range(MAX_CONTINUATIONS):
            word = SAME_LINE_WORD.match(text, end)
            if not word or not (word.group(1)[0].isupper() or word.group(1)[0].isdigit()
                                or place_word(word.group(1)) or _opens_place(text, word)):
                break
            end = word.end(1)
    for _ in range(MAX_CONTINUATIONS):
        match = CONTINUATION.match(text, end)
        if not match:
            break
        part = match.group(1)
        stop = SENTENCE_END.search(part)  # ", Grubbenvorst. Please call me" ends at the town
        if stop:
            part = part[:stop.start()]
        part = part.strip()
        words = part.split()
        if not words:
            break
        lines = match.group(0).count("\n") if len(words) <= 5 else 0
        if lines > 1:  # after a blank line only a line ending in a postal code belongs to the address
            if not _ends_in_code(part):
                break
        elif len(words) > 5 or not (lines or _UNIT_RE.match(part) or place_like(part)
                                    or _before_place(text, match, part)):
            # "Tallinn, Estonia for this card", "london please": the place, then the sentence goes on.
            prefix = _place_prefix(part)
            if prefix:
                end = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip())) + len(prefix)
            break
        end = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip())) + len(part)
    building = building_and_street(text, end)  # "flat 8, beaumont [house, greenfield avenue]"
    if building > end:
        return extend(text, building)
    end = _town_after(text, end, _FILLER_GAP)  # "136 Victoria Terrace, Flat 2, uh, in Hove"
    district = _DISTRICT.match(text, end)  # "havelock road, Colombo 05", "... colombo oh five"
    end = district.end() if district else end
    tail = POSTAL_TAIL.match(text, end)
    return tail.end() if tail else end


def _opens_place(text: str, word: re.Match) -> bool:
    """A particle or compass word right before a place word on the same line ("na gorenjskem", "new york")."""
    nxt = SAME_LINE_WORD.match(text, word.end(1))
    return word.group(1) in PLACE_OPENERS | PLACE_PARTICLES and bool(nxt) and place_word(nxt.group(1))


def _before_place(text: str, match: re.Match, part: str) -> bool:
    """A short part the word lists cannot place ("sé") when a place-like part follows (", sé, portugal")."""
    words = part.split()
    if len(words) > 2 or any(fold(w) in FUNCTION_WORDS or fold(w) in lexicon().common for w in words):
        return False
    nxt = CONTINUATION.match(text, match.end(1))
    return bool(nxt) and "\n" not in nxt.group(0) and place_like(nxt.group(1).strip())


def _place_prefix(part: str) -> str:
    """The place words a part starts with, up to the first function or frequent word ("" if none)."""
    words = part.split()
    k = next((k for k, w in enumerate(words) if fold(w) in FUNCTION_WORDS or fold(w) in lexicon().common),
             len(words))
    lex = lexicon()
    if not 0 < k < len(words) or not place_like(" ".join(words[:k])) \
            or any(not w[0].isupper() and fold(w) in lex.first for w in words[:k]):
        return ""  # "4 elm road, john will sign for it": a given name, not a town
    return part[:part.index(words[k - 1]) + len(words[k - 1])]


def _ends_in_code(part: str) -> bool:
    return bool(_POSTAL_CODE.fullmatch(part.split()[-1].rstrip(".")))


# An answer to "which town is that in": a turn that is only a place name ("Bicester", "it's in motherwell",
# "athlone yeah") ...
_TOWN_ANSWER = compile_fast(r"\W*(?:(?:it's|its|it is|that's|in|um|uh|oh|so|yeah)\s+)*(?P<town>[^\W\d_]+(?:[ \-][^\W\d_]+){0,3}?)"
                          r"(?:\s+(?:yeah|thanks|please))?[\W_]*", re.IGNORECASE)
# ... or the town said in a longer turn ("oh and it's in whitby people always get that wrong").
_TOWN_IN = compile_fast(r"\b(?:it's|its|it is|that's|thats|that is)\s+(?:(?:um|uh|erm)\s+)?in\s+"
                      r"(?P<town>[^\W\d_]+(?:[ \-][^\W\d_]+){0,3})", re.IGNORECASE)
_NON_BLANK = compile_fast(r"\S+")


def towns_answered(text: str) -> list[tuple[tuple[int, int], str]]:
    """Towns in an answer about the address, with how they were said ("town" alone, "town_in" after "it's
    in": the longest lead of up to four words that reads as a place)."""
    town = _TOWN_ANSWER.fullmatch(text)
    if town and (place_like(town["town"]) or _named_place(text, town)):
        return [(town.span("town"), "town")]
    spans = []
    for match in _TOWN_IN.finditer(text) if "in" in text.lower().split() else ():
        words = list(_NON_BLANK.finditer(match["town"]))
        for k in range(min(MAX_TOWN_WORDS, len(words)), 0, -1):
            if place_like(match["town"][:words[k - 1].end()]):
                start = match.start("town")
                spans.append(((start, start + words[k - 1].end()), "town_in"))
                break
    return spans


def _named_place(text: str, town: re.Match[str]) -> bool:
    """The answer's town is a multi-word place name, its region's name after it or nothing ("red deer alberta"),
    though its words are everyday words."""
    end = _place_name_at(text, town.start("town"))
    return end is not None and end <= town.end("town") and all(
        fold(w.lower()) in proper_nouns() and place_word(w.lower()) for w in text[end:town.end("town")].split())
