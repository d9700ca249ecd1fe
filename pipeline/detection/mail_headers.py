"""Display names in an e-mail's header lines: "From: Norman <n.wong@x.com>", "To: Nah Jia Wen
<jiawen@x.com>", "> On Sun, 15 Nov 2026 at 06:29, Nah Jia Wen <jiawen@x.com> wrote:", "> on 8/3, meltem pala wrote:".

Mail clients put the sender's name before the address; the name recognizers read it like any other words, so
a name that is an English word too ("Norman", "Nah") stays in the clear though the header holds nothing but a
name. ``export_senders`` makes each display name one PERSON finding unless it is a role label ("Customer
Care", "Support Team"); a business's display name ("Selat Bank Customer Care") is then dropped with the
business's other words (``business_names``). Logs nothing.
"""
from __future__ import annotations

import re

from recognizers.start_set import compile_fast

_ADDRESS = r"<(?P<local>[^<>\s@]+)@[^<>\s]+>"
_DISPLAY = r"\"?(?P<name>[^\W\d_][^<>\"\n,:;@]{0,58}?)\"?[ \t]*" + _ADDRESS
# A header line: From / To / Cc / Reply-To, quoted or not ("> From: ..."), one or more addresses.
_HEADER_LINE = compile_fast(r"(?im)^[ \t>]*(?:from|to|cc|bcc|reply-to)[ \t]*:[^\n]*")
_IN_LINE = compile_fast(r"(?:^|[:,;])[ \t]*" + _DISPLAY)
# A quoted reply's attribution: "On <date>, <name> <address> wrote:".
_WROTE = compile_fast(r"(?m)^[ \t>]*On [^\n]{4,60}?,[ \t]*" + _DISPLAY + r"[ \t]*wrote:")
# ... and without the address ("> on 8/3, meltem pala wrote:"): one to four words of a name.
_WROTE_BARE = compile_fast(r"(?im)^[ \t>]*on [^\n]{2,60}?,[ \t]*(?P<name>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,3})"
                           r"[ \t]+wrote:")
# Words before "wrote:" that write no name ("on friday, as i wrote:").
_NOT_WRITERS = frozenset("i we you he she they it as also already just previously earlier once then".split())
# Words of a desk's or an organisation's display name, never of a person's.
_DESK_WORDS = frozenset("""customer customers care service services support team help desk helpdesk billing accounts
    sales info enquiries enquiry admin administrator noreply notifications notification alerts mailer daemon
    postmaster office centre center hotline bank mobile insurance assurance ltd limited inc llc bhd berhad pte
    group airlines airways telecom energy logistics express courier solutions finance credit holdings club
    society association school college university academy hospital clinic surgery practice council church
    trust foundation charity shop store stores restaurant cafe hotel gym studio agency company corp plc gmbh
    llp partners dental medical pharmacy health travel motors properties estates members""".split())
# An address's local part that is a role mailbox ("members@", "hello@"): its display name is no person's.
_ROLE_MAILBOX = _DESK_WORDS | frozenset("hello contact mail news newsletter orders bookings reservations".split())
_WORD = compile_fast(r"[^\W\d_]+")


def mail_display_names(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each person-like display name in ``text``'s e-mail header lines."""
    wrote = "wrote:" in text
    if not wrote and ("@" not in text or "<" not in text):
        return []
    spans: list[re.Match[str]] = []
    for line in _HEADER_LINE.finditer(text):
        spans += [m for m in _IN_LINE.finditer(text, line.start(), line.end())]
    if wrote:
        spans += list(_WROTE.finditer(text)) + [m for m in _WROTE_BARE.finditer(text) if _NOT_WRITERS.isdisjoint(
            w.lower() for w in _WORD.findall(m.group("name")))]  # not "on friday, as i wrote:"
    return sorted({_trim(text, m.span("name")) for m in spans
                   if not _desk_label(m.group("name")) and _role_free(m.groupdict().get("local") or "")})


def _role_free(local: str) -> bool:
    return not any(w.lower() in _ROLE_MAILBOX for w in _WORD.findall(local))


def _desk_label(display: str) -> bool:
    words = [w.lower() for w in _WORD.findall(display)]
    return not words or any(w in _DESK_WORDS for w in words)


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end
