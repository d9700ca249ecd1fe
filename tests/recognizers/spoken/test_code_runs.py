import pytest

from recognizers.spoken.code_runs import code_runs, compact_code


@pytest.mark.parametrize("text, code, value", [
    ("kay four ess twelve dee", "k4s12d", "kay four ess twelve dee"),
    ("kilo four sierra one two delta", "k4s12d", "kilo four sierra one two delta"),
    ("ok so k 4 s 12 d", "k4s12d", "k 4 s 12 d"),
    ("it's jay six double you eleven", "j6w11", "jay six double you eleven"),
    ("the code zed 9 vee 40 is fine", "z9v40", "zed 9 vee 40"),
])
def test_code_runs_read_any_spelling(text, code, value):
    found = [(run.code, text[slice(*run.span)]) for run in code_runs(text) if code in run.code]
    assert found and found[0][1] == value
    start, end = next(r for r in code_runs(text) if code in r.code).find(code)
    assert text[start:end] == value


@pytest.mark.parametrize("text", ["see you tomorrow", "thanks a lot", "are you there", "x" * 300 + " 12 b"])
def test_code_runs_need_a_digit_and_a_letter(text):
    assert code_runs(text) == ()


def test_code_run_find_keeps_to_word_edges():
    run = code_runs("bee 45 kay")[0]
    assert run.code == "b45k"
    assert run.find("5k") is None
    assert run.find("45k") is not None


@pytest.mark.parametrize("value, code", [
    ("kay 4 ess 12 dee", "k4s12d"),
    ("gee 7 uh ess 2 bee", "g7s2b"),
    ("h 4 right 9 tee zed", "h49tz"),
    ("kay 4 my flat 12 dee", ""),
    ("hello there", ""),
])
def test_compact_code_reads_through_pauses_only(value, code):
    assert compact_code(value) == code
