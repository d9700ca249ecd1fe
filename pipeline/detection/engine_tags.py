"""Tags a speech engine prints in place of what it could not hear ("[inaudible]", "<unk>", "[crosstalk]"), and
the stamp and role label an export puts before each turn ("[00:01:40] Speaker 2:", "[08:57, 15/11/2026]",
"CALLER:", a CSV row's date and time, a subtitle cue's number and timing, a WebVTT voice tag, an e-mail's
"Sent:" date and a quoted reply's "On <date>, <name> wrote:" date).

They carry nothing of the speaker's, but they break the patterns around them ("okay [inaudible] it's i e 5
1 u l s b" is an answer of one piece; a stamp's date reads as a date, "Speaker" as a name). Recognizers read
the turn with each blanked (same length, so offsets hold); the sanitized text keeps them. A display name
after a stamp ("[08:57, 15/11/2026] Ada Obi:") is the person's and stays for the recognizers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.detection.markup import blank_markup, has_markup

_TAG = re.compile(r"\[(?:inaudible|unintelligible|unk|noise|crosstalk|laughter|laughs|music|silence|pause|"
                  r"cough|background noise|overlapping)\]|<unk>|<noise>", re.IGNORECASE)

# At the turn's start: an export's time stamp (a date may follow), then a role label; or a role label alone.
_TIME_STAMP = r"\[\d{1,2}:\d{2}(?::\d{2})?(?:,?[ \t]*\d{1,2}/\d{1,2}/\d{2,4})?\]"  # "[00:01:40]", "[08:57, 15/11/2026]"
ROLE_WORDS = ("speaker", "spk", "caller", "agent", "customer", "ivr", "bot", "system", "operator")  # labels of a turn
_ROLE_WORD = rf"(?:{'|'.join(ROLE_WORDS)})(?:[ \t_]*\d{{1,2}})?"
_ROLE = rf"(?:>>[ \t]*)?(?:{_ROLE_WORD}[ \t]*:|\[{_ROLE_WORD}\])"  # "Speaker 2:", ">> Agent:", "[CUSTOMER]"
# A CSV export's row: date and time columns ("07/11/2026,12:32 PM,", "2026-11-07 12:32:05,"); the sender follows.
_CSV_STAMP = (r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})[ \t]*[,T ][ \t]*\d{1,2}:\d{2}(?::\d{2})?"
              r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*,")
_STAMP = re.compile(rf"^[ \t]*(?:{_TIME_STAMP}(?:[ \t]*{_ROLE})?|{_ROLE}|{_CSV_STAMP})", re.IGNORECASE)
# A subtitle export's cue, anywhere in a turn: its number (WebVTT: optional) and timing lines, and a role label or
# a WebVTT voice tag after them ("12\n00:01:05,120 --> 00:01:07,400\n[AGENT] ...", "00:00:06.309 --> 00:00:11.629
# \n<v Customer>..."); a WebVTT file's header ("WEBVTT\nKind: captions\nLanguage: en").
_CUE_TIME = r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3}"
_SUBTITLE_CUE = re.compile(
    rf"^[ \t]*(?:\d{{1,5}}[ \t]*\n[ \t]*)?{_CUE_TIME}[ \t]*-->[ \t]*{_CUE_TIME}[^\n]*"
    rf"(?:\n[ \t]*(?:{_ROLE}|<v(?:\.[\w.]+)?[ \t][^>\n]{{1,40}}>))?"
    r"|^[ \t]*WEBVTT\b[^\n]*(?:\n(?:Kind|Language|Region|Style)[ \t]*:[^\n]*)*|</v>", re.IGNORECASE | re.MULTILINE)
# A YouTube SBV caption file's cue timing line ("0:00:42.289,0:00:44.011"): as a subtitle cue.
_SBV_CUE = re.compile(r"^[ \t]*\d{1,2}:\d{2}:\d{2}\.\d{3},\d{1,2}:\d{2}:\d{2}\.\d{3}[ \t]*$", re.MULTILINE)
# An e-mail's header lines and a quoted reply's attribution: their dates are stamps, not a person's dates
# ("Sent: Wed, 25 Nov 2026 16:01", "On Wed, 25 Nov 2026 at 16:01, Ada <ada@x.com> wrote:"); names and
# addresses in them stay for the recognizers.
_ZONE = r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+(?:[A-Z]{2,5}|(?:UTC|GMT)[+\-]\d{1,2}(?::?\d{2})?)\b)?"  # "11:22 GST"
_MAIL_DATE = re.compile(rf"^[ \t>]*(?:Sent|Date)[ \t]*:[^\n]*|^[ \t>]*On [^\n]{{4,40}}?\d{{1,2}}:\d{{2}}{_ZONE}(?=,? [^\n]*wrote:)",
                        re.MULTILINE)
# A helpdesk comment's stamp: a line that holds nothing but a date and a time of day ("Dec 3, 2026, 11:22 GST",
# "03/12/2026 09:14"); a person's date has no time of day.
_MONTH_ABBR = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_TIME_LINE = re.compile(
    rf"^[ \t>]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?[ \t]+)?(?:{_MONTH_ABBR}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}"
    rf"|\d{{1,2}}[ \t]+{_MONTH_ABBR}[ \t]+\d{{4}}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"(?:,|[ \t]+at)?[ \t]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?-i:{_ZONE})[ \t]*$", re.MULTILINE | re.IGNORECASE)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


@lru_cache(maxsize=4096)  # cached: the detector, the cross-turn cues and propagation each read every turn blanked
def blank_engine_tags(text: str) -> str:
    """``text`` with every speech-engine tag, export stamp, subtitle cue and role label replaced by blanks of its
    length; in a subtitle export (SRT, WebVTT, SBV), line breaks too (a cue's lines wrap one stream of speech)."""
    if ("<" in text or "&" in text or "\":" in text) and has_markup(text):
        text = blank_markup(text)  # HTML tags and entities, JSON segments' bookkeeping
    if "[" in text or "<" in text:
        text = _TAG.sub(_blank, text)
    if "-->" in text or "WEBVTT" in text:
        cued, cues = _SUBTITLE_CUE.subn(_blank, text)
        if cues:  # a subtitle's lines are wraps of one stream of speech ("Kenneth\nGreen"): no line breaks
            text = cued.replace("\n", " ")
    elif "\n" in text and ":" in text and _SBV_CUE.search(text):
        text = _SBV_CUE.sub(_blank, text).replace("\n", " ")
    if "Sent:" in text or "Date:" in text or "wrote:" in text:
        text = _MAIL_DATE.sub(_blank, text)
    if ":" in text and "\n" in text:
        text = _DATE_TIME_LINE.sub(_blank, text)
    if ":" in text or "]" in text[:24]:
        text = _STAMP.sub(_blank, text)
    return text


# A chat export's message header: the stamp, then the sender's role or display name and a colon; or a CSV row's
# date, time, sender and further short columns up to the quoted message.
_HEADER = re.compile(rf"[ \t]*(?:{_TIME_STAMP}[ \t]*(?P<display>[^:\n]{{1,60}}?):[ \t]*"
                     rf"|{_CSV_STAMP}[ \t]*(?P<sender>[^,\n\"]{{1,60}})(?:,[^,\n\"]{{0,30}}){{0,2}},[ \t]*\"?)",
                     re.IGNORECASE)


def _header(text: str) -> re.Match[str] | None:
    return _HEADER.match(text) if "[" in text[:8] or text[:1].isdigit() else None


def message_start(text: str) -> int:
    """Where the message itself starts after an export's header ("[14:45, 27/12/2026] Ada Obi: ",
    "07/11/2026,12:32 PM,Ada Obi,,\""), else 0."""
    match = _header(text)
    return match.end() if match else 0


def message_sender(text: str) -> tuple[int, int] | None:
    """Where the sender's display name is in an export's header, else None."""
    match = _header(text)
    if match is None:
        return None
    group = "display" if match.group("display") is not None else "sender"
    return match.span(group)
