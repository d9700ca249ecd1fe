"""Dates of birth and explicit full dates, written and spoken.

Forms: "3/15/1985", "21.5.85", "5-May-1985", "1985-03-15", "1985/03/15", "2024-03-15T14:30:00Z",
"March 15th, 1985", "Tuesday, 15 March 1985", "the 15th of March 1985"; spoken through the view:
"march third eighty five" -> "march 3rd 85", "march fifteen nineteen eighty five" -> "march 151985"
(a compact day+year run is split back), "three fifteen eighty five" -> "31585" (only with birth context).

Decision: DATE_OF_BIRTH needs birth words ("born", "date of birth", "dob", "birthday") near the date, or
the agent's question (answer mode). Without them only an explicit full date (day, month and year) is
reported, as DATE (quasi-identifying: the default policy keeps its year only). Partial dates ("march
third", "5/21"), years alone and times are never reported without birth context.
"""
from __future__ import annotations

import re

from recognizers.lower_scan import CaseFolded, ascii_lower, finditer, lower_twin
from recognizers.spoken.date_runs import date_runs, reads_as_date
from recognizers.spoken.digit_dates import reads_as_dmyyyy, reads_as_mdy, valid_date, year_of
from recognizers.spoken.number_words import FOREIGN_MONTHS, MONTHS, ORDINALS
from recognizers.spoken.stroke_dates import SEPARATORS as STROKE_WORDS
from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, digit_count, near, words_of
from recognizers.base import register
from recognizers.char_classes import ClassGate
from recognizers.entities import DATE, DATE_OF_BIRTH, REASON_CONTEXT, REASON_CROSS_TURN, REASON_PATTERN
from recognizers.required_literals import holds_one, required_literals
from recognizers.start_set import compile_fast

SCORE_DOB_FULL = 0.9
SCORE_DOB_PARTIAL = 0.7
SCORE_DOB_YEAR = 0.6
SCORE_DATE = 0.6
SCORE_ANSWER = 0.85

# Years a caller's birth year can take (a four-digit answer to "when were you born").
BIRTH_YEARS = (1900, 2030)
# How far (characters) after a date a birth word still makes it a birth date ("... is my birthday").
BIRTH_CUE_AFTER = 32
# Longest date run looked for around a birth word (characters): "the 22nd of the 11th 2000 and 11".
RUN_REACH = 40
MONTH_WORDS = frozenset(MONTHS)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?P<year>(?:19|20)\d{2}|'?\d{2})"
FOREIGN_MONTH_WORDS = frozenset(FOREIGN_MONTHS)
# The gate's words (ASCII words of the text: "março" gives "mar" and "o"; a text with other letters is always read).
_FOREIGN_MONTH_GATE = FOREIGN_MONTH_WORDS | {"mar"}
_FOREIGN_MONTH = "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))


def _day_of_the(day: int, rest: str) -> bool:
    """Day ``day`` "of the" month-and-year ``rest`` ("1222", "82025"): a month, then a two-digit year
    (not "00": "two of the three hundred") or a 19xx/20xx one."""
    return any(valid_date(int(rest[:k]), day, year_of(rest[k:])) for k in (1, 2)
               if (len(rest) - k == 2 and rest[k:] != "00") or (len(rest) - k == 4 and rest[k:k + 2] in ("19", "20")))


# An ISO 8601 time of day after a date ("T14:30:00.5+02:00"); ``date_shift.v2`` re-draws it.
ISO_TIME = (r"T(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?P<frac>[.,]\d{1,9})?)?"
            r"(?P<zone>Z|[+\-]\d{2}(?::?\d{2})?)?")


_DIGIT_THEN_SEPARATOR = compile_fast(r"\d ?[/\-.]")  # cheap gates
_SPACED_DIGITS = ClassGate(compile_fast(r"\d \d"), ["0 0"])
_SEPARATORS = required_literals(_DIGIT_THEN_SEPARATOR)  # ("/", "-", "."; one is a text's cheaper gate)


@register("dates.v2")
class TranscriptDateRecognizer(SpokenAwareRecognizer):
    """DATE_OF_BIRTH (with birth context) and DATE (explicit full dates)."""

    ENTITIES = (DATE_OF_BIRTH, DATE)
    ANSWER_CUES = frozenset({DATE_OF_BIRTH})
    READS_THROUGH_FILLERS = MONTH_WORDS | frozenset(ORDINALS)  # "nineteenth december um twenty five"

    NUMERIC = compile_fast(
        r"(?<![\w/.\-:])(?P<a>\d{1,2})(?P<sp> ?)(?P<sep>[/\-.])(?P=sp)(?P<b>\d{1,2})(?P=sp)(?P=sep)(?P=sp)"
        r"(?P<year>\d{4}|\d{2})(?![\w/\-]|[.:]\d)")
    # British ordinal day and month: "7th of the 8th 1992", "the 24th of the 6th, 1940".
    ORDINAL_DM = CaseFolded(compile_fast(
        rf"\b(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)\s+(?:of\s+)?(?:the\s+)?(?P<month>\d{{1,2}})"
        rf"(?:st|nd|rd|th)\b,?\s+{_YEAR}\b", re.IGNORECASE))
    ORDINAL_DIGITS = ClassGate(CaseFolded(compile_fast(r"\d(?:st|nd|rd|th)\b", re.IGNORECASE)), ["0aa"], exact=False)
    # Year first: "2019-12-31", "2019/12/31", "2019.12.31" (dots: two-digit month and day, so a calendar
    # version "2024.3.1" is no date), with an ISO 8601 time of day after "T" ("2024-03-15T14:30:00.5+02:00").
    YEAR_FIRST = compile_fast(
        r"(?<![\w\-/.])(?P<year>(?:19|20)\d{2})(?:(?P<sep>[\-/])(?P<b>\d{1,2})(?P=sep)(?P<a>\d{1,2})"
        r"|\.(?P<b2>\d{2})\.(?P<a2>\d{2}))"
        rf"(?:{ISO_TIME})?(?![\w\-/]|[.:]\d)")
    # Month and day without a year ("5/21"): a date of birth only next to a birth word or as an answer.
    MONTH_DAY_NUMERIC = compile_fast(r"(?<![\w/.\-:$])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/\-%]|[.,:]\d)")
    # A weekday said before a month-name date belongs to it ("Tuesday, 3 March 2020"): left out, it would
    # contradict the re-drawn date and narrow down the original.
    WEEKDAY_BEFORE = CaseFolded(compile_fast(
        r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[.,])"
        r",?\s+$", re.IGNORECASE))
    # A bare two-digit "year" after a month-name date followed by one of these is a count, time or amount
    # ("june 5 10 am", "march 3 15 people"): no full date without birth context.
    NOT_YEAR_AFTER = CaseFolded(compile_fast(
        r"\s*(?:%|[.,:]\d|(?:a\.?m|p\.?m|o'?clock|percent|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|"
        r"years?|people|persons?|items?|times?|dollars?|bucks|cents?|pounds?|euros?|units?|pieces?)\b)",
        re.IGNORECASE))
    MONTH_DAY = compile_fast(
        rf"\b(?P<month>{_MONTH})\.?\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?:of\s+|in\s+)?{_YEAR}\b)?", re.IGNORECASE)
    DAY_MONTH = compile_fast(
        rf"\b(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:the\s+)?|(?P<sep>[\-/.]))"
        rf"(?P<month>{_MONTH})\b\.?(?:(?:,?\s+|(?P=sep)){_YEAR}\b)?", re.IGNORECASE)
    # Year first, then month name and day: "2022 september the 23rd", "two thousand and nineteen march
    # the tenth" (the view reads the spoken year as digits).
    YEAR_MONTH_DAY = CaseFolded(compile_fast(
        rf"\b(?P<year>(?:19|20)\d{{2}}),?\s+(?P<month>{_MONTH})\.?\s+(?:the\s+)?(?P<day>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?\b", re.IGNORECASE))
    # A spoken numeric date the view collapses into one run ("ten eight twenty twenty five" -> 1082025)
    # is a full date without birth words only with a four-digit year and a date preposition before it.
    DATE_PREPOSITION = CaseFolded(compile_fast(r"\b(?:on|since|by|from|until|till|before|after|dated)\s+$", re.IGNORECASE))
    # Spoken day and year run together in the view: "march 151985", "march 385".
    MONTH_RUN = compile_fast(rf"\b(?P<month>{_MONTH})\s+(?P<run>\d{{3,6}})\b", re.IGNORECASE)
    # A day and a Spanish, Portuguese, Filipino, French or German month ("15 de marzo de 1990", "ika-10 ng Setyembre,
    # 1990", "the 4th of novembre 1962" in speech, "12. März 1979"); month first only with a year ("Setyembre 10, 1990").
    FOREIGN_DAY_MONTH = CaseFolded(compile_fast(
        rf"\b(?:ika-?\s*)?(?P<day>\d{{1,2}})(?:(?:st|nd|rd|th)?\s+(?:de|ng|of)\s+|\.?\s+|[\-/.])(?P<month>{_FOREIGN_MONTH})\b\.?"
        rf"(?:,?\s+(?:del?\s+)?{_YEAR}\b)?|\b(?P<month2>{_FOREIGN_MONTH})\s+(?P<day2>\d{{1,2}}),?\s+(?:del?\s+)?"
        rf"(?P<year2>(?:19|20)\d{{2}})\b", re.IGNORECASE))
    # Lower-case twins of the month patterns for ASCII text (``recognizers.lower_scan``): same matches, faster.
    TWINS = {id(p): lower_twin(p) for p in (MONTH_DAY, DAY_MONTH, MONTH_RUN)}
    BIRTH_YEAR = CaseFolded(compile_fast(
        r"\b(?:born(?:\s+(?:in|back in))?|birth\s*year(?:\s+(?:is|was))?|year of birth(?:\s+(?:is|was))?)"
        r"[\s:,]+(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE))
    # Day, month and year as three numbers with blanks ("on 12 10 22").
    SPACED_DMY = compile_fast(r"(?<![\w.\-/])\d{1,2} \d{1,2} (?:19|20)?\d{2}(?![\w.\-/])")
    # Spoken numeric dates collapse into one run: "eight three sixty one" -> 8361, "oh three fifteen
    # nineteen eighty five" -> 03151985.
    DIGIT_RUN = compile_fast(r"(?<![\w.\-/$])\d{4,8}(?![\w\-/%]|[.,]\d)")
    # "three of the two nineteen eighty two" -> "3 of the 21982": a day "of the" a month the view joined
    # with its year (British speech); the digits together must read as a date.
    DAY_OF_THE = compile_fast(r"(?<![\w.\-/$£€])(?P<day>\d{1,2}) of the (?P<rest>\d{1,2} \d\d(?:\d\d)?|\d{3,6})"
                            r"(?![\w\-/%]|[.,]\d)")
    # ... and Spanish / Portuguese / Tagalog ones ("fecha de nacimiento", "nací", "cumpleaños", "data de nascimento",
    # "ipinanganak", "kaarawan").
    BIRTH_WORDS = frozenset({"born", "birth", "birthday", "birthdate", "dob", "d", "bday", "b", "nacimiento", "nací",
                             "naci", "cumpleaños", "cumpleanos", "ipinanganak", "kaarawan", "nascimento", "nasci"})
    BIRTH = CaseFolded(compile_fast(r"\b(?:born|birth|birthday|birthdate|dob|d\.o\.b|d o b|bday|b-day|nacimiento|nac[ií]|"
                                    r"nascimento|nasci|cumplea[ñn]os|ipinanganak|kaarawan)\b", re.IGNORECASE))

    def find(self, text: str) -> list[Hit]:
        return self._dates(text, answer=False)

    def find_answer(self, text: str, expected: str) -> list[Hit]:
        return self._dates(text, answer=True)

    def _dates(self, text: str, answer: bool) -> list[Hit]:
        words = words_of(text)
        if not digit_count(text) and not (answer and sum(w in ORDINALS for w in text.lower().split()) >= 2) \
                and STROKE_WORDS.isdisjoint(words):
            return []  # no number; an answer may still say "the fourth of the seventh", "nine stroke two ..."
        hits = []
        birth = not self.BIRTH_WORDS.isdisjoint(words)
        for start, end, full, has_day in self._parsed(text, words, partial=answer or birth):
            if answer:
                hits.append(Hit(start, end, DATE_OF_BIRTH, SCORE_ANSWER, REASON_CROSS_TURN, "answer"))
            elif birth and near(self.BIRTH, text, start, end, before=48, after=BIRTH_CUE_AFTER):
                score = SCORE_DOB_FULL if full else SCORE_DOB_PARTIAL if has_day else SCORE_DOB_YEAR
                hits.append(Hit(start, end, DATE_OF_BIRTH, score, REASON_CONTEXT, "birth_context"))
            elif full:
                hits.append(Hit(start, end, DATE, SCORE_DATE, REASON_PATTERN, "full_date"))
        if not (answer or birth):
            # After "on", "since", ...: a day, month and year said as numbers ("on 12 10 22", spoken "on
            # twelve ten twenty two" -> 121022, "on thirteen of the twelve twenty two").
            hits += [Hit(*m.span(), DATE, SCORE_DATE, REASON_PATTERN, "full_date_run")
                     for m in self.DIGIT_RUN.finditer(text)
                     if (reads_as_dmyyyy(m.group()) or (len(m.group()) == 6 and reads_as_date(m.group())))
                     and self.DATE_PREPOSITION.search(text, max(0, m.start() - 8), m.start())]
            hits += [Hit(*m.span(), DATE, SCORE_DATE, REASON_PATTERN, "full_date_run")
                     for m in (self.SPACED_DMY.finditer(text) if _SPACED_DIGITS.search(text) else ())
                     if reads_as_date(m.group().replace(" ", ""))
                     and self.DATE_PREPOSITION.search(text, max(0, m.start() - 8), m.start())]
        if "of" in words and " of the " in text:  # DAY_OF_THE's literal words
            kind = (DATE_OF_BIRTH, SCORE_ANSWER, REASON_CROSS_TURN) if answer else (DATE, SCORE_DATE, REASON_PATTERN)
            hits += [Hit(*m.span(), *kind, "day_of_the") for m in self.DAY_OF_THE.finditer(text)
                     if _day_of_the(int(m["day"]), m["rest"].replace(" ", ""))]
        # The whole stretch that says the date ("27th of the 9th 1979", "15 10 1981"), not only its year.
        if answer:
            hits += [Hit(start, end, DATE_OF_BIRTH, SCORE_ANSWER, REASON_CROSS_TURN, "answer_run")
                     for start, end in date_runs(text)]
        elif birth:
            hits += [Hit(start, end, DATE_OF_BIRTH, SCORE_DOB_PARTIAL, REASON_CONTEXT, "birth_run")
                     for start, end in self._runs_near_birth_words(text)]
        for match in self.BIRTH_YEAR.finditer(text) if birth else ():
            hits.append(Hit(*match.span("year"), DATE_OF_BIRTH, SCORE_DOB_YEAR, REASON_CONTEXT, "birth_year"))
        if answer or birth:
            for match in self.DIGIT_RUN.finditer(text):
                run = match.group()
                if answer and _is_year(run):
                    hits.append(Hit(*match.span(), DATE_OF_BIRTH, SCORE_ANSWER, REASON_CROSS_TURN, "answer_year"))
                # Four digits read as m-d-yy only right next to the birth word ("born seven seven forty
                # seven"): "my birthday party starts at 1230" is a time. Eight as ddmmyyyy ("13091993").
                elif (reads_as_mdy(run) or reads_as_dmyyyy(run)) and (answer or near(self.BIRTH, text, *match.span(), *(
                        (16, 16) if len(run) == 4 else (48, BIRTH_CUE_AFTER)))):
                    reason = REASON_CROSS_TURN if answer else REASON_CONTEXT
                    score = SCORE_ANSWER if answer else SCORE_DOB_PARTIAL
                    hits.append(Hit(*match.span(), DATE_OF_BIRTH, score, reason, "spoken_numeric"))
        return hits

    def _count_not_year(self, text: str, match: re.Match[str]) -> bool:
        """True when a bare two-digit "year" reads as a count, time or amount ("june 5 10 am")."""
        raw = match["year"]
        return len(raw) == 2 and self.NOT_YEAR_AFTER.match(text, match.end()) is not None

    def _runs_near_birth_words(self, text: str):
        """Date runs of two or more parts near a birth word; only the text around the cues is scanned."""
        for cue in self.BIRTH.finditer(text):
            lo = max(0, cue.start() - BIRTH_CUE_AFTER - RUN_REACH)
            for start, end in date_runs(text[lo:cue.end() + 48 + RUN_REACH], 2):
                if near(self.BIRTH, text, lo + start, lo + end, before=48, after=BIRTH_CUE_AFTER):
                    yield lo + start, lo + end

    def _parsed(self, text: str, words: frozenset[str], partial: bool = False):
        """Yield (start, end, is_full_date, has_day) for every valid date form in ``text``.

        ``partial``: also numeric month and day without a year (a date of birth only: birth words or answer).
        """
        separated = holds_one(text, _SEPARATORS) and _DIGIT_THEN_SEPARATOR.search(text) is not None  # (in every
        # NUMERIC and YEAR_FIRST match)
        for match in self.NUMERIC.finditer(text) if separated else ():
            a, b, year = int(match["a"]), int(match["b"]), year_of(match["year"])
            if match["sep"] == "." and len(match["year"]) != 4 and not (12 < a <= 31 or int(match["year"]) >= 30):
                continue  # "1.2.10" is a version number; "21.5.85" is a date
            if valid_date(a, b, year) or valid_date(b, a, year):
                yield match.start(), match.end(), True, True
        for match in self.ORDINAL_DM.finditer(text) if self.ORDINAL_DIGITS.search(text) else ():
            if valid_date(int(match["month"]), int(match["day"]), year_of(match["year"])):
                yield match.start(), match.end(), True, True
        for match in self.YEAR_FIRST.finditer(text) if separated else ():
            month, day = int(match["b"] or match["b2"]), int(match["a"] or match["a2"])
            clock_ok = match["hour"] is None or (int(match["hour"]) < 24 and int(match["minute"]) < 60
                                                 and int(match["second"] or 0) < 60)
            if clock_ok and valid_date(month, day, int(match["year"])):
                yield match.start(), match.end(), True, True
        for match in self.MONTH_DAY_NUMERIC.finditer(text) if partial and "/" in text else ():
            a, b = int(match["a"]), int(match["b"])
            if valid_date(a, b, None) or valid_date(b, a, None):
                yield match.start(), match.end(), False, True
        for match in self.FOREIGN_DAY_MONTH.finditer(text) if not (
                _FOREIGN_MONTH_GATE.isdisjoint(words) and text.isascii()) else ():
            month = FOREIGN_MONTHS[(match["month"] or match["month2"]).lower()]
            day, year = int(match["day"] or match["day2"]), year_of(match["year"] or match["year2"])
            if valid_date(month, day, year):
                yield match.start(), match.end(), year is not None, True
        if MONTH_WORDS.isdisjoint(words):
            return
        low = ascii_lower(text)
        for pattern in (self.MONTH_DAY, self.DAY_MONTH):
            for match in finditer(pattern, self.TWINS[id(pattern)], text, low):
                month, day, year = MONTHS[match["month"].lower()], int(match["day"]), year_of(match["year"])
                if match["month"].lower() == "may" and pattern is self.DAY_MONTH and not match["year"]:
                    continue  # "2 may ..." is usually the verb
                if not valid_date(month, day, year):
                    continue
                full = year is not None and not self._count_not_year(text, match)
                weekday = self.WEEKDAY_BEFORE.search(text, max(0, match.start() - 14), match.start())
                yield weekday.start() if weekday and full else match.start(), match.end(), full, True
        for match in self.YEAR_MONTH_DAY.finditer(text):
            if valid_date(MONTHS[match["month"].lower()], int(match["day"]), int(match["year"])):
                yield match.start(), match.end(), True, True
        for match in finditer(self.MONTH_RUN, self.TWINS[id(self.MONTH_RUN)], text, low):
            run, month = match["run"], MONTHS[match["month"].lower()]
            if len(run) == 4 and run[:2] in ("19", "20"):
                yield match.start(), match.end(), False, False  # "march 1985": month and year
                continue
            day_len = 1 if len(run) in (3, 5) else 2
            day, year = int(run[:day_len]), year_of(run[day_len:])
            if len(run) in (5, 6) and not 1900 <= (year or 0) <= 2099:
                continue
            if valid_date(month, day, year):
                yield match.start(), match.end(), True, True


def _is_year(run: str) -> bool:
    """A four-digit birth year ("nineteen eighty five")."""
    return len(run) == 4 and BIRTH_YEARS[0] <= int(run) <= BIRTH_YEARS[1]
