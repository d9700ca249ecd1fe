"""A typed line that holds nothing but one name: every word of it is the name ("Vartak, Asaad", "Jagdeep (Sangwan)").

A chat or form line of two to four capitalized name words, the surname first with a comma or a part in brackets,
and a PERSON finding on one of its words: the finding grows to the whole line, so no part is left in the output.
Words that are no name ("Customer Care", "Thanks, Team") stop it. Logs nothing.
"""
from __future__ import annotations

from dataclasses import replace

from pipeline.records import Finding
from recognizers.names.signatures import NAME_LINE, name_line_words
from recognizers.names.tokens import tokenize


def name_lines(text: str, people: list[Finding], others: list[Finding]) -> list[Finding]:
    """``people`` with a finding on a line of only name words grown to the line's name, never over ``others``
    (another PERSON finding on the same line is taken into the grown one)."""
    out: list[Finding] = []
    for f in people:
        if any(g.start <= f.start and f.end <= g.end for g in out):
            continue  # "Vartak" of "Vartak, Asaad", whose line an earlier finding took
        line_start = text.rfind("\n", 0, f.start) + 1
        line_end = text.find("\n", f.end)
        line_end = len(text) if line_end < 0 else line_end
        line = NAME_LINE.fullmatch(text, line_start, line_end)
        if line is None or (f.start, f.end) == line.span(1) or not name_line_words(tokenize(line.group(1))[0]) \
                or any(o.start < line.end(1) and line.start(1) < o.end for o in others):
            out.append(f)
            continue
        start, end = min(f.start, line.start(1)), max(f.end, line.end(1))
        out = [g for g in out if not (start <= g.start and g.end <= end)]
        out.append(replace(f, start=start, end=end))
    return out
