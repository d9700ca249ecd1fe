"""Tests for recognizers.dates."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from recognizers.dates import TranscriptDateRecognizer
from recognizers.entities import DATE, DATE_OF_BIRTH, REASON_CROSS_TURN

RECOGNIZER = TranscriptDateRecognizer()


def found(text: str) -> list[tuple[str, str]]:
    return [(text[r.start:r.end], r.entity_type) for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]


@pytest.mark.parametrize("text, value, entity", [
    ("my date of birth is 3/15/1985", "3/15/1985", DATE_OF_BIRTH),
    ("dob 15/03/85", "15/03/85", DATE_OF_BIRTH),
    ("born on 1985-03-15", "1985-03-15", DATE_OF_BIRTH),
    ("I was born March 15th, 1985", "March 15th, 1985", DATE_OF_BIRTH),
    ("birthday is the 15th of March 1985", "the 15th of March 1985", DATE_OF_BIRTH),
    ("date of birth march third eighty five", "march third eighty five", DATE_OF_BIRTH),
    ("i was born on the fifteenth of march nineteen eighty five",
     "the fifteenth of march nineteen eighty five", DATE_OF_BIRTH),
    ("born march fifteen nineteen eighty five", "march fifteen nineteen eighty five", DATE_OF_BIRTH),
    ("my birthday is march third", "march third", DATE_OF_BIRTH),
    ("my birthday is the fifteenth of march", "the fifteenth of march", DATE_OF_BIRTH),
    ("born march fifteen", "march fifteen", DATE_OF_BIRTH),
    ("she was born eleven stroke three nineteen ninety", "eleven stroke three nineteen ninety", DATE_OF_BIRTH),
    ("i was born in nineteen eighty five", "nineteen eighty five", DATE_OF_BIRTH),
    ("date of birth three fifteen eighty five", "three fifteen eighty five", DATE_OF_BIRTH),
    ("the meeting is on 3/15/2024", "3/15/2024", DATE),
    ("we signed on June 2, 2021", "June 2, 2021", DATE),
    # Spanish and Filipino month names
    ("mi fecha de nacimiento es 4 de agosto de 1979", "4 de agosto de 1979", DATE_OF_BIRTH),
    ("ipinanganak ako ika-3 ng Hunyo, 1988", "ika-3 ng Hunyo, 1988", DATE_OF_BIRTH),
    ("my birthday is Nobyembre 21, 1993", "Nobyembre 21, 1993", DATE_OF_BIRTH),
    ("the transfer went out on 12 octubre 2025", "12 octubre 2025", DATE),
])
def test_dates_finds_birth_dates_and_full_dates(text, value, entity):
    assert (value, entity) in found(text)


@pytest.mark.parametrize("text", [
    "call me back on march third",            # partial date, no birth context
    "in 1985 we moved",                       # a year alone
    "see you at three thirty",                # a time
    "version 1.2.10 is out",
    "add 3/4 cup of sugar",
    "may i have your name",
    "march madness starts soon",
    "it costs forty nine ninety nine",
    "the score was 3-2-1",
    "my birthday party was fun",              # birth word without a date
    "expires 04/27",
    "the 15th of the month",
    "I bought 2 mayo jars",                   # a Spanish month's word without a date
    "Agosto 2 lang po",                       # month first without a year
    "31 de febrero de 1990",                  # no such day
])
def test_dates_ignores_partial_dates_times_and_numbers(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("march third eighty five", "march third eighty five"),
    ("uh it's 3/15/85", "3/15/85"),
    ("march third", "march third"),
])
def test_dates_answer_accepts_bare_dates_as_birth_dates(text, value):
    results = RECOGNIZER.analyze_answer(text, DATE_OF_BIRTH)
    assert (value, DATE_OF_BIRTH, REASON_CROSS_TURN) in [
        (text[r.start:r.end], r.entity_type, r.analysis_explanation.textual_explanation) for r in results]


@pytest.mark.parametrize("text, value", [
    ("yeah it's eight three sixty one", "eight three sixty one"),                 # 8/3/61, four digits
    ("ok yeah it's one twenty seven nineteen forty eight", "one twenty seven nineteen forty eight"),  # 1/27 or 12/7
    ("ten three two thousand and one i think", "ten three two thousand and one"),
    ("oh three fifteen nineteen eighty five", "oh three fifteen nineteen eighty five"),
    ("nineteen eighty five", "nineteen eighty five"),                             # the year alone
    ("it's uh february fourteenth nineteen ninety", "february fourteenth nineteen ninety"),
    ("the twenty third of march eighty five", "the twenty third of march eighty five"),
    ("march the third nineteen eighty five", "march the third nineteen eighty five"),
    ("march twenty three eighty five", "march twenty three eighty five"),
    ("It's 07-04-62.", "07-04-62"),
    ("the fourth of the seventh", "fourth of the seventh"),          # day and month, no number written
])
def test_dates_answer_accepts_spoken_shapes(text, value):
    assert value in [text[r.start:r.end] for r in RECOGNIZER.analyze_answer(text, DATE_OF_BIRTH)]


@pytest.mark.parametrize("text", [
    "it's the one on the left",
    "the first one",
    "the second time i've called",
    "i don't remember",
    "it was $1985.00",
    "about 45 minutes",
    "two thirty",                  # three digits: a time
    "99999",                       # no month reads it
])
def test_dates_answer_rejects_non_dates(text):
    assert RECOGNIZER.analyze_answer(text, DATE_OF_BIRTH) == []


@pytest.mark.parametrize("text", [
    "my birthday party starts at 1230",        # four digits near a birth word: a time, not m-d-yy
    "a birth certificate copy costs $25000",  # money
])
def test_dates_context_needs_more_than_four_digits(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("august twenty one nineteen forty is my you know birthday", "august twenty one nineteen forty"),
    ("i'm born seven seven forty seven", "seven seven forty seven"),
    ("my d o b is june 25 1990", "june 25 1990"),
])
def test_dates_birth_word_may_follow_the_date_or_be_spelled(text, value):
    assert (value, DATE_OF_BIRTH) in found(text)


@pytest.mark.parametrize("text, value, entity", [
    ("we met on the 3rd of the 4th 2015", "the 3rd of the 4th 2015", DATE),
    ("it was the 21st of February 93", "the 21st of February 93", DATE),
    ("signed 06 / 09 / 2004", "06 / 09 / 2004", DATE),
    ("the form says 9-Jun-1977", "9-Jun-1977", DATE),
    ("dated 28.2.91", "28.2.91", DATE),
    ("date of birth 19 07 1968", "19 07 1968", DATE_OF_BIRTH),
    ("i was born on the 11th of the 12th 1950", "the 11th of the 12th 1950", DATE_OF_BIRTH),
])
def test_dates_finds_british_and_european_orders(text, value, entity):
    assert (value, entity) in found(text)


@pytest.mark.parametrize("text", ["version 2.7.18 is out", "it costs 3.50", "rooms 12 14 and 16"])
def test_dates_british_forms_leave_versions_and_numbers(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("12th of the 6th 1958", "12th of the 6th 1958"),
    ("yeah 30 01 1972", "30 01 1972"),
    ("it's 17/04 1966", "17/04 1966"),
    ("06-12 1999", "06-12 1999"),
    ("2205 1961", "2205 1961"),
    ("19 11 19 48", "19 11 19 48"),
    ("the 4th of the 9th 2000 and 3", "4th of the 9th 2000 and 3"),
    ("3rd the June 1950", "3rd the June 1950"),
    ("0412", "0412"),                                       # day and month only
    ("no sorry it's 14 03 1977", "14 03 1977"),           # a correction: the whole date again
    ("the 2nd of the 5th 19 seventy", "2nd of the 5th 19 seventy"),     # digits and words mixed
    ("the sixth of the tenth fifty one", "sixth of the tenth fifty one"),
])
def test_dates_answer_takes_the_whole_numeric_date(text, value):
    assert value in [text[r.start:r.end] for r in RECOGNIZER.analyze_answer(text, DATE_OF_BIRTH)]


# Full calendar dates in the written forms of the usual date recognizers, without birth context: DATE.
@pytest.mark.parametrize("text, value", [
    ("the parcel left on 7-Aug-2016 from the depot", "7-Aug-2016"),
    ("the parcel left on 7-AUG-2016", "7-AUG-2016"),
    ("renewal was 14.9.07, I think", "14.9.07"),
    ("renewal was 14.9.2007", "14.9.2007"),
    ("my lease ends 2026/02/28", "2026/02/28"),
    ("my lease ends 2026.02.28.", "2026.02.28"),
    ("my lease ends 2026-2-8 or so", "2026-2-8"),
    ("charged twice on 11-23-2022", "11-23-2022"),
    ("charged twice on 23/11/22", "23/11/22"),
    ("I called on Nov 23 2022", "Nov 23 2022"),
    ("I called on 23 November 2022", "23 November 2022"),
    ("the letter is dated Nov. 23, 2022", "Nov. 23, 2022"),
    ("logged at 2022-11-23T08:05:59Z by the app", "2022-11-23T08:05:59Z"),
    ("logged at 2022-11-23T08:05:59.25+01:00", "2022-11-23T08:05:59.25+01:00"),
    ("logged at,2022-11-23T08:05Z, again", "2022-11-23T08:05Z"),
    ("we visited on Friday, 4 February 2011", "Friday, 4 February 2011"),
    ("it was Wednesday the 9th of March 2011", "Wednesday the 9th of March 2011"),
    ("march third eighty five was the closing", "march third eighty five"),
])
def test_dates_finds_full_dates_without_birth_context(text, value):
    assert (value, DATE) in found(text)


@pytest.mark.parametrize("text, value", [
    ("dob 7-Aug-1966", "7-Aug-1966"),
    ("my birthday is 14.9.77", "14.9.77"),
    ("born 1966/08/07", "1966/08/07"),
    ("my date of birth is 8/7", "8/7"),              # day and month only: a date of birth, not a fraction
    ("birthday 12/25 every year", "12/25"),
    ("I've got the date of birth as 13091993, is that right?", "13091993"),   # ddmmyyyy in one run
])
def test_dates_finds_written_birth_dates(text, value):
    assert (value, DATE_OF_BIRTH) in found(text)


@pytest.mark.parametrize("text", [
    "the shop opens at 09:45 and closes at 17:30:00",   # times
    "that came to 14.99 plus 2.50 shipping",            # amounts
    "it went up 12.5% in 2022",
    "order 2022-118734 is late",                         # order numbers
    "ticket 2022/11/234567",
    "please install 2022.3.1 of the app",                # calendar versions with one-digit parts
    "version 10.4.12 fixed it",                          # version numbers
    "I am on 1.10.21 still",
    "reach me on 412-55-2022",                           # phone-like digit groups
    "the code is 12-31-20221",
    "the meeting is at 2022-11-23T25:61Z",               # no such time of day
    "saved as report2022-11-23T08:05Z",                  # glued to a word
    "see you june 5 10 am",                              # a time after a partial date
    "on march 3 15 people came",                         # a count after a partial date
    "the charge on june 5 19.99 was wrong",              # an amount after a partial date
    "it scored 8/7 in the review",                       # day-month-like fraction without birth context
    "i was around 3/4 done",
])
def test_dates_full_date_forms_leave_times_amounts_and_numbers(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("the lease started 2021 August the 4th", "2021 August the 4th"),
    ("it was signed nineteen ninety nine june the first", "nineteen ninety nine june the first"),
    ("we completed on three nine twenty twenty three", "three nine twenty twenty three"),
    ("the flat's been empty since twenty one oh four two thousand and twenty",
     "twenty one oh four two thousand and twenty"),
    ("payment due by 3112026", "3112026"),
    ("we missed the connection on twelve ten twenty two", "twelve ten twenty two"),   # a two-digit year
    ("we flew on 12 10 22 and it was late", "12 10 22"),
    ("so i ordered a kettle on nineteenth december um twenty five", "nineteenth december um twenty five"),
    ("i moved out on thirteenth january um 2024", "thirteenth january um 2024"),  # a hesitation inside
])
def test_dates_year_first_and_spoken_numeric_full_dates(text, value):
    assert (value, DATE) in found(text)


@pytest.mark.parametrize("text", [
    "the reference is three nine twenty twenty three",  # no date preposition: an identifier
    "call me on oh seven seven one two twenty twenty five",  # month 12, day 71: no date
    "on four five six seven twenty twenty five",  # four digits before the year
    "the 2021 august sale",  # no day
    "the meeting is on 12 14 and 16 of march",  # a list of days
    "we open on 9 30 am",
    "on 1 2 3 4 5",
    "it costs um 12 10 pounds",
])
def test_dates_spoken_numeric_run_needs_preposition_and_valid_day(text):
    assert [f for f in found(text) if f[1] == DATE] == []


DATE_SOUP = st.lists(st.sampled_from("March MARCH march Sept. may May the of 5th 15 21st 1985 '85 2001 151985 385 , - / "
                                     "on Monday 10 am born in".split(" ")), max_size=14).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(DATE_SOUP)
def test_dates_month_twins_match_like_the_patterns_on_ascii_text(text):
    for pattern in (TranscriptDateRecognizer.MONTH_DAY, TranscriptDateRecognizer.DAY_MONTH,
                    TranscriptDateRecognizer.MONTH_RUN):
        twin = TranscriptDateRecognizer.TWINS[id(pattern)]
        assert twin is not None
        assert [(m.span(), m.groupdict()) for m in twin.finditer(text.lower())] == \
            [(m.span(), {k: v and v.lower() for k, v in m.groupdict().items()}) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text, value", [
    ("the parcel came on nine of the ten twenty twenty three", "nine of the ten twenty twenty three"),
    ("we moved in on the twenty one of the four nineteen ninety nine", "twenty one of the four nineteen ninety nine"),
    ("paid it on 4 of the 11 2022", "4 of the 11 2022"),
    ("it was eleven of the three oh five", "eleven of the three oh five"),
])
def test_dates_day_of_the_numeric_month_and_year(text, value):
    assert (value, DATE) in found(text)


@pytest.mark.parametrize("text", [
    "i bought two of the three hundred on offer",
    "one of the twelve hundred people",
    "three of the fifteen nineteen models",
    "four of the thirty one items",                   # no month thirty
])
def test_dates_day_of_the_needs_a_month_and_a_year(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("so that's june the ninth 1987", "june the ninth 1987"),
    ("it was march the twenty first 2019", "march the twenty first 2019"),
])
def test_dates_month_the_spoken_ordinal_and_year(text, value):
    assert (value, DATE) in found(text)
