"""Tests for recognizers.spoken.view: rewriting spoken forms and the exact offset map."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recognizers.spoken import number_words as nw
from recognizers.spoken.view import SpokenView, near_segments


@pytest.mark.parametrize("text, expected_view", [
    ("sure the number is four one five five five five zero one three two", "sure the number is 4155550132"),
    ("it's j o h n dot smith at gmail dot com", "it's john.smith@gmail.com"),
    ("social is one two three four five six seven eight nine", "social is 123456789"),
    ("my zip is nine oh two one oh", "my zip is 90210"),
    ("double oh seven", "007"),
    ("my pin is oh oh oh one two five", "my pin is 000125"),
    ("triple seven two", "7772"),
    ("treble seven two", "7772"),
    ("born nineteen eighty five", "born 1985"),
    ("in two thousand one", "in 2001"),
    ("two thousand and five", "2005"),
    ("five hundred and twenty three", "523"),
    ("nineteen oh five", "1905"),
    ("forty one eleven", "4111"),
    ("twenty-three", "23"),
    ("four one five, uh, five five five ... zero one three two", "4155550132"),
    ("k as in kilo a t e", "kate"),
    ("b for bravo o b", "bob"),
    ("kilo alpha", "ka"),
    ("a b c", "abc"),
    ("march third eighty five", "march 3rd 85"),
    ("the fifteenth of march nineteen eighty five", "the 15th of march 1985"),
    ("the twenty third of june", "the 23rd of june"),
    ("send it to jack@gmail dot com", "send it to jack@gmail.com"),
    ("my email is john twenty three at yahoo dot com", "my email is john23@yahoo.com"),
    ("mary underscore lee at outlook dot com", "mary_lee@outlook.com"),
    ("go to www dot example dot co dot uk", "go to www.example.co.uk"),
    ("ip is one nine two dot one six eight dot one dot one", "ip is 192.168.1.1"),
    ("four point five stars", "4.5 stars"),
    ("two oh three dot oh dot one one three dot nine nine", "203.0.113.99"),
    ("ref is papa four lima lima two romeo ok", "ref is p4ll2r ok"),       # a code of NATO words and digits
    ("it's golf five victor echo", "it's g5ve"),
    # Written digit groups spaced out, as ASR or a typist renders a value read out.
    ("it's 4 5 6 7 8 9 1 2", "it's 45678912"),
    ("45 67 89 12", "45678912"),
    ("456 789 12 thanks", "45678912 thanks"),
    ("3, 1, 4", "314"),
    ("0 9 / 2 7", "09 / 27"),
    ("4 5 6 seven", "4567"),
    ("my social is one two three dash four five dash six seven eight nine", "my social is 123-45-6789"),
    ("two hyphen three", "2-3"),
    ("yeah 3 0 9 2 er 2 7 0 7 3 5", "yeah 3092270735"),    # a filler inside spaced digits
    ("policy november hotel 823874", "policy nh823874"),   # NATO letters before written digits
    # Digits the engine heard as homophones, inside a long run of digit words.
    ("four nine two nine seven won four ate too five", "4929714825"),
    ("it's o o to nine six o six won", "it's 00296061"),
    ("three three free one nine", "33319"),
    ("code oh six and then six", "code 066"),             # "(and) then" between digit words: a pause
    ("code two o won erm for five three", "code 201453"),  # a hesitation inside
    ("see e to five six seven seven", "see e25677"),       # a homophone right after the spelled letters
    ("the code is for four won four to eight three nine", "the code is 44142839"),  # a long run: edges too
    ("six then two then three then seven", "6237"),
    ("sort code for to one", "sort code 421"),         # right after a word announcing a number: a short chain
    ("uh and it ends won three too", "uh and it ends 132"),
    ("it begins to two to won", "it begins 2221"),
    ("the passcode came too one 4 for", "the passcode came 2144"),   # a verb between the cue and the number
    ("7 1 then two seven then 6 2", "712762"),            # "then" between written digits too
    ("born on the four teen 3 nineteen sixty", "born on the 1431960"),  # a teen split in two words
    ("the security code is fif teen eighty two", "the security code is 1582"),
    ("eigh teen forty two six", "18426"),
    ("it's k l dash four four one two dash b three", "it's kl-4412-b3"),  # a reference with its dashes
    ("q slash two nine nine one slash seven", "q/2991/7"),
    ("y for yankee w hyphen six one hyphen c 2", "yw-61-c2"),  # the last group heard in two pieces
    ("ref x ray d dash eight eight", "ref xd-88"),         # "x ray" said as two words
    ("it's 0-4-1-2, 5-5-5, 0-1-9 now", "it's 0412 555 019 now"),  # dictated digits, groups kept apart
    ("ref K-P-L88120.", "ref KPL88120."),                   # dictated letters before digits
])
def test_spoken_view_rewrites_spoken_forms(text, expected_view):
    assert SpokenView.of(text).text == expected_view


@pytest.mark.parametrize("text", [
    "the one on the left please",          # "one" as a pronoun
    "i'll be at home all day",             # "at" outside an e-mail
    "oh oh that's bad",                    # "oh" as an exclamation
    "mike charlie and victor came",        # names that are also NATO words
    "i want a refund for it",              # article "a", "for" never a digit
    "the code was too long for me",        # not a number after the cue
    "call 415-555-0132 now",               # written digits pass through untouched
    "Hello, I'd like to check my order.",  # nothing spoken
    "it's a problem i know",               # "a" and "i" not adjacent
    "dot the i's and cross the t's",       # "dot" with no top-level domain
    "I'm a customer",                      # clitic "m" + article "a" are not spelling
    "it should ship within two days",      # a lone number word: nothing an identifier needs
    "we met at the hotel in delta",        # NATO words that are just words
    "see you at 10 30 tomorrow",           # two longer groups: a time, not one value
    "the years 1985 1986 were good",
    "it was 12.99 or 13.50",               # decimals stay apart
    "rooms 12 and 14",
    "it was a mad dash to the shop",       # "dash" without numbers on both sides
    "from 3 - 5 pm",                       # written numbers around a written dash stay as written
    "take the a dash 5 road then",         # a written digit with a letter: nothing spoken to join
    "i had an x ray of my knee",           # "x ray" alone is the scan
    "the dog slash cat flap is broken",    # a slash between words
    "on 1-2-2020 at noon",                 # a date: one digit, one digit, a year
    "pages 3-4 and 5-6",                   # two digits: a range
    "i want to go for two days",           # homophones outside a run of digit words
    "open from nine to five",
    "one to one sessions for four weeks",
    "the two for one offer was free",
    "i will do one then two",
    "twenty then thirty",
    "the code is for you",                 # after a cue, homophones without a digit word stay words
    "my account number to check",
    "the code won't vanish for two days",
    "nine teen girls signed up",           # a split teen alone is no read-out number
    "the teen years were fun",
])
def test_spoken_view_leaves_ordinary_text_alone(text):
    view = SpokenView.of(text)
    assert view.text == text
    assert not view.changed


@pytest.mark.parametrize("text, view_fragment, source", [
    ("number is four one five five five five zero one three two", "4155550132",
     "four one five five five five zero one three two"),
    ("the number is four one five five five", "415", "four one five"),
    ("so twenty three and more", "23", "twenty three"),
    ("it's j o h n dot smith at gmail dot com", "john", "j o h n"),
    ("it's j o h n dot smith at gmail dot com", "@", "at"),
    ("double five", "55", "double five"),
    ("call 415 then nine nine", "call 415", "call 415"),
    ("the code is seven teen four nine", "17", "seven teen"),
])
def test_spoken_view_maps_spans_to_source_words(text, view_fragment, source):
    view = SpokenView.of(text)
    start = view.text.index(view_fragment)
    ostart, oend = view.to_original(start, start + len(view_fragment))
    assert text[ostart:oend] == source


@pytest.mark.parametrize("start, end", [(-1, 2), (3, 3), (0, 10_000), (5, 2)])
def test_spoken_view_rejects_bad_spans(start, end):
    with pytest.raises(ValueError):
        SpokenView.of("four one five five five").to_original(start, end)


def test_spoken_view_segments_name_kinds():
    view = SpokenView.of("spell it j o h n and the number four one five two")
    kinds = [(s.kind, view.text[s.start:s.end]) for s in view.segments]
    assert kinds == [("letters", "john"), ("digits", "4152")]


# ---- property tests on the offset map ------------------------------------------------------------

_DIGIT_WORDS = {w: str(v) for w, v in nw.UNITS.items() if w != "nought"}
_VOCAB = (list(_DIGIT_WORDS) + ["oh", "double", "triple", "twenty", "thirty", "eleven", "nineteen",
          "hundred", "thousand", "and", "uh", "um", "j", "o", "a", "i", "k", "kilo", "alpha", "mike",
          "dot", "at", "gmail", "com", "the", "number", "is", "for", "to", "one", "my", ",", "...", "-",
          "415", "7", "third", "march", "point", "underscore", "as", "in"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=25),
       st.lists(st.sampled_from([" ", "  ", ", ", " ... "]), min_size=25, max_size=25))
def test_spoken_view_offset_map_is_in_bounds_and_monotonic(words, seps):
    text = "".join(w + s for w, s in zip(words, seps)).strip()
    if not text:
        return
    view = SpokenView.of(text)
    previous = (0, 0)
    for i in range(len(view.text)):
        ostart, oend = view.to_original(i, i + 1)
        assert 0 <= ostart < oend <= len(text)
        assert ostart >= previous[0] and oend >= previous[1]
        previous = (ostart, oend)
    full = view.to_original(0, len(view.text)) if view.text else (0, 0)
    assert full[0] >= 0 and full[1] <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list(_DIGIT_WORDS) + ["oh", "uh"]), min_size=2, max_size=16),
       st.sampled_from(["my number is ", "", "it's "]))
def test_spoken_view_digit_runs_map_back_to_words_spelling_them(digit_words, prefix):
    text = prefix + " ".join(digit_words)
    view = SpokenView.of(text)
    for match in re.finditer(r"\d+", view.text):
        ostart, oend = view.to_original(*match.span())
        source = text[ostart:oend]
        spelled = "".join(_DIGIT_WORDS.get(w, "0" if w == "oh" else "")
                          for w in re.findall(r"[a-z]+", source))
        assert spelled == match.group()
        # Each single view digit maps to exactly one word that spells it.
        for k in range(match.start(), match.end()):
            word = text[slice(*view.to_original(k, k + 1))]
            assert _DIGIT_WORDS.get(word, "0" if word in ("oh", "o") else None) == view.text[k]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_spoken_view_never_fails_on_arbitrary_text(text):
    view = SpokenView.of(text)
    if view.text:
        ostart, oend = view.to_original(0, len(view.text))
        assert 0 <= ostart <= oend <= len(text)
    if not view.changed:
        assert view.text == text


@pytest.mark.parametrize("text, spoken", [
    ("april the sixth 1990", True),          # month, "the", ordinal
    ("the fifteenth of march", True),
    ("the sixth sense", False),
    ("on the sixth floor", False),
])
def test_may_be_spoken_reads_an_ordinal_after_a_month(text, spoken):
    assert nw.may_be_spoken(text) is spoken


@pytest.mark.parametrize("word,kind", [
    ("a", "word"), ("i", "word"), ("o", "word"), ("oh", "word"), ("double", "word"), ("hundred", "word"),
    ("j", "letter"), ("kilo", "nato"), ("seven", "unit"), ("42", "wdigits"),
])
def test_lone_token_resolved_like_a_run_without_neighbours(word, kind):
    """A run of one token: ambiguous letters, zeros, NATO words, multipliers and scales become words."""
    from recognizers.spoken import kinds, tokens
    tok = tokens.Token(0, len(word), word, *tokens._classify(word))
    tokens._resolve([tok])
    assert tok.kind == getattr(kinds, kind.upper())


@pytest.mark.parametrize("text", ["j.smith@gmail.com is mine", "visit gmail.com now", "four five six, that's it",
                                  "mail jo@x", "no dots here at all", "e.g. 4.5 dot com"])
def test_tokenizer_patterns_without_impossible_branches_find_the_same_tokens(text):
    from recognizers.spoken import token_words as tokens
    pattern = tokens._TOKEN if "@" in text else tokens._TOKEN_NO_AT if "." in text else tokens._TOKEN_WORD
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in tokens._TOKEN.finditer(text)]
    assert (pattern is tokens._TOKEN) == ("@" in text)


def test_near_segments_keeps_whole_words_around_each_rewritten_stretch():
    filler = " ".join(["lorem ipsum dolor"] * 12)
    text = f"{filler} my number is four one five five five five zero one three two {filler} call me back {filler}"
    view = SpokenView.of(text)
    stretches = near_segments(text)
    assert len(stretches) == 1
    shift, stretch = stretches[0]
    assert "4155550132" in stretch and view.text[shift:shift + len(stretch)] == stretch
    assert len(stretch) < len(view.text) and stretch.split() == view.text[shift:].split()[:len(stretch.split())]
    assert view.text[shift - 1] == " " and view.text[shift + len(stretch)] == " "


def test_near_segments_is_the_view_itself_when_the_stretches_cover_it():
    text = "my number is four one five five five five zero one three two"
    assert near_segments(text) == ((0, SpokenView.of(text).text),)
    assert near_segments(text)[0][1] is SpokenView.of(text).text
