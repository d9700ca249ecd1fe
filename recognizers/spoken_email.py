"""Spoken e-mail addresses read on the caller's own words, as callers say them and engines print them.

The spoken view joins ``local at label dot tld`` when each side is one unit. Callers and engines do more:
the ``@`` said as ``at sign``, ``at symbol`` or ``at the rate (of)``; a user part of several words with
no separator said (``ana lopez at ...``), spelled in letters, letter names or NATO words (``k for kilo e
double l y``), with remarks inside (``all one word``, ``no dots``, ``small letters``); a provider the engine
wrote as several words (``g mail``, ``hot mail``, ``b t internet``, ``virgin media``), a domain with dots
not said (``msn com``, ``hotmail dot co uk``) or already written (``at live.co.uk``). ``find_spoken``
returns the character spans of such addresses; ``find_pieces`` reads a whole turn that answers an e-mail
question with only a part of the address (the user part, ``at`` and the domain, or the domain).
"""
from __future__ import annotations

from itertools import compress

from recognizers.spoken import number_words as nw
from recognizers.start_set import compile_fast

_TOKEN = compile_fast(r"[^\s,;!?()\[\]\"]+")
_EDGE = ".:'"
_WORDISH = compile_fast(r"[a-z0-9][a-z0-9._\-']*\Z")
_MARKED = compile_fast(r"[0-9._\-]")  # a typed or printed user part: digits or separators inside the word
_HOST = compile_fast(r"[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9][a-z0-9\-]*)+\Z")
_HANDLE = compile_fast(r"(?=[a-z0-9._\-+]*[a-z])(?=[a-z0-9._\-+]*[0-9._\-])[a-z0-9][a-z0-9._\-+]*[a-z0-9]\Z")
# Webmail providers, as one word or as the words an engine splits them into ("hot mail" -> hotmail).
PROVIDERS = frozenset({
    "gmail", "googlemail", "hotmail", "outlook", "live", "yahoo", "ymail", "btinternet", "icloud", "me", "mac",
    "sky", "aol", "msn", "virginmedia", "ntlworld", "eircom", "protonmail", "proton", "gmx", "talktalk",
    "tiscali", "blueyonder", "comcast", "verizon", "att", "rediffmail", "zoho", "mail", "geemail", "gmai",
})
# Second-level labels said without their dot before a country code ("co uk", "nhs uk").
_SECOND_LEVEL = frozenset({"co", "org", "ac", "gov", "nhs", "ltd", "plc", "net", "sch", "com"})
_COUNTRY = frozenset({"uk", "ie", "nz", "au", "za"})
_BARE_TLD = frozenset({"com", "net", "org"})
_STRONG_AT = (("at", "sign"), ("at", "symbol"), ("at", "the", "rate", "of"), ("at", "the", "rate"), ("at", "the", "rate", "sign"))
# Said inside an address, about its spelling; no part of it.
_REMARKS = tuple(tuple(r.split()) for r in (
    "all in lower case", "all lower case", "all in small letters", "all small letters", "all one word", "all in one word",
    "all together", "all lowercase", "lower case", "small letters", "no dots", "no dot", "no spaces", "no space", "no gap",
    "no gaps", "one word", "all small", "in lower case"))
_CONNECT = {"dot": 1, "period": 1, "point": 1, "underscore": 1, "dash": 1, "hyphen": 1}
_CONNECT2 = (("under", "score"), ("full", "stop"))
# Words that start the sentence around an address, never part of it.
STOP = frozenset("""
at is it's its it was were be been am are i'm i've it'd it'll that's thats that this those these which what
to me my mine your our his her their him them us we you they and or but then than so also too now just
email e-mail emails mail address addresses inbox on in of from by with the an try probably maybe yeah yes
yep yup fine sure okay ok right well have has had got get send sent copy update change changed use using
used reach write contact please pls thanks thank hi hello work works working office live lives based
job home login log registered account still same new old either instead only personal business there
here called calling call text phone number give gave put add added confirm read back let check see say
said spell spelled spelt do does did not no nope correct exactly as look looked logged signed arrive arrived stay staying meet met
emailed emailing wrote written messaged contacted replied forwarded copied
""".split())
# "... then it's at kestrel dot com": the user part was said before.
_LEAD_INS = frozenset({"it's", "its", "then", "is"})
_LETTERS_STRONG = frozenset({
    "ay", "ee", "ef", "aitch", "jay", "kay", "dee", "gee", "ess", "el", "em", "en", "zed", "zee", "vee",
    "bee", "pee", "queue", "cue", "tee", "ex"})
_LETTERS_WEAK = frozenset({"you", "are", "see", "sea", "why", "eye", "tea", "oh", "o"}) | nw.AMBIGUOUS_NATO
_NUMBER = nw.NUMBER_WORDS | {"oh", "nought", "double", "triple", "treble"}


def _tokens(text: str) -> tuple[list[int], list[int], list[str]]:
    """(starts, ends, lower-cased words) of the words of ``text``: edge punctuation off the end, then quotes off the
    start."""
    starts: list[int] = []
    ends: list[int] = []
    lows: list[str] = []
    for m in _TOKEN.finditer(text):
        word = m.group().rstrip(_EDGE)
        core = word.lstrip("'")
        if core:
            s = m.start() + len(word) - len(core)
            starts.append(s)
            ends.append(s + len(core))
            lows.append(core.lower())
    return starts, ends, lows


def _match(lows: list[str], k: int, phrase: tuple[str, ...]) -> bool:
    return tuple(lows[k:k + len(phrase)]) == phrase


def _anchor(lows: list[str], i: int) -> tuple[int, bool] | None:
    """(index after the spoken '@', strong) when an '@' is said at ``i``."""
    if lows[i] != "at":
        return None
    for phrase in sorted(_STRONG_AT, key=len, reverse=True):
        if _match(lows, i, phrase):
            return i + len(phrase), True
    if i + 2 < len(lows) and lows[i + 1] == "the" and (
            lows[i + 2] in PROVIDERS or i + 3 < len(lows) and lows[i + 3] in ("dot", "period")):
        # "eblack at the icloud dot com", "lona86 at the kpnmail dot nl": ASR hears an article before the domain
        return i + 2, False
    return i + 1, False


def _label(low: str) -> bool:
    """A word of a domain label (a provider or a top-level domain may also be a common word: "me", "live")."""
    return bool(_WORDISH.match(low)) and "." not in low and (low not in STOP or low in PROVIDERS or low in nw.TLDS)


def _domain(lows: list[str], j: int) -> tuple[int, bool, bool] | None:
    """(index of the last token, is a webmail provider, dots left out) of the longest domain starting at
    ``j``: labels of one to four words split by ``dot`` (or written dots), ending in a top-level domain; the
    dots may be left out (``msn com``, ``kestrel com``, ``hotmail dot co uk``)."""
    best, labels, k, n = None, [[]], j, len(lows)
    while k < n:
        low, cur = lows[k], labels[-1]
        if k == j and _HOST.match(low):  # written: "live.co.uk"
            parts = low.split(".")
            labels = [[p] for p in parts]
            best = (k, parts[0] in PROVIDERS, False) if parts[-1] in nw.TLDS else None
            k += 1
            continue
        if low in ("dot", "period") and cur:
            labels.append([])
            k += 1
            continue
        if low in ("dash", "hyphen") and cur and k + 1 < n and _label(lows[k + 1]):
            k += 1
            continue
        if low in nw.WORD_TLDS and not cur and len(labels) > 1 and k == n - 1:  # "kalianet dot to" ends the turn
            return k, False, False
        if not _label(low) or len(cur) >= 4:
            break
        head = "".join(labels[0])
        if low in nw.TLDS and not cur and len(labels) > 1:  # "... dot com"
            best = (k, head in PROVIDERS, False)
        elif low in nw.TLDS and cur and len(labels) == 1 and "".join(cur) in PROVIDERS:  # "msn com"
            best = (k, True, False)
        elif low in _COUNTRY and cur and cur[-1] in _SECOND_LEVEL and (len(cur) > 1 or len(labels) > 1):
            provider = head in PROVIDERS or "".join(cur[:-1]) in PROVIDERS
            best = (k, provider, len(labels) == 1 and not provider)  # "dot co uk", "hotmail co uk", "nhs uk"
        elif low in _BARE_TLD and len(cur) == 1 and len(labels) == 1:
            best = (k, False, True)  # "kestrel com"
        cur.append(low)
        k += 1
    return best


def _kinds(lows: list[str]) -> list[str]:
    kinds = []
    for low in lows:
        if low in nw.FILLERS:
            kinds.append("filler")
        elif low in _CONNECT:
            kinds.append("conn")
        elif len(low) == 1 and low.isalpha() or low in _LETTERS_STRONG or (low in nw.NATO and low not in _LETTERS_WEAK):
            kinds.append("spell")
        elif low in _NUMBER or low.isdigit():
            kinds.append("num")
        elif low in _LETTERS_WEAK:
            kinds.append("weak")
        else:
            kinds.append("stop" if low in STOP or not _WORDISH.match(low) else "plain")
    weak = [k for k, kind in enumerate(kinds) if kind == "weak"]  # only these change below
    for _ in range(3) if weak else ():  # "you" / "mike" spell a letter beside other spelled letters ("see oh dee why")
        for k in weak:
            near = kinds[max(0, k - 1):k] + kinds[k + 1:k + 2]
            if kinds[k] == "weak" and ("spell" in near or "num" in near):
                kinds[k] = "spell"
    return [("stop" if lows[k] in STOP else "plain") if kind == "weak" else kind for k, kind in enumerate(kinds)]


def _local_start(lows: list[str], kinds: list[str], end: int, limit: int = 60) -> tuple[int, int]:
    """(index of the first token of the user part that ends just before ``end`` (== end: none), how many
    signs of a spelled address it holds: separators, remarks, letter spellings)."""
    lo, k, plain, signs = end, end - 1, 0, 0
    while k >= 0 and end - k <= limit:
        remark = next((r for r in _REMARKS if k - len(r) + 1 >= 0 and _match(lows, k - len(r) + 1, r)), None)
        if remark and lo < end or remark and k == end - 1:
            k, signs = k - len(remark), signs + 1
            continue
        pair = next((p for p in _CONNECT2 if k >= 1 and _match(lows, k - 1, p)), None)
        kind = kinds[k]
        if pair:
            lo, k, plain, signs = k - 1, k - 2, 0, signs + 2
        elif kind == "filler":
            k -= 1
        elif kind in ("conn", "spell", "num"):
            lo, k, plain, signs = k, k - 1, 0, signs + (kind != "num") + (kind == "conn")
        elif lows[k] == "for" and k >= 1 and kinds[k - 1] == "spell" and lo == k + 1:
            lo, k, plain, signs = k - 1, k - 2, 0, signs + 2  # "k for kilo"
        elif lows[k] == "in" and k >= 2 and lows[k - 1] == "as" and kinds[k - 2] == "spell" and lo == k + 1:
            lo, k, plain, signs = k - 2, k - 3, 0, signs + 2  # "s as in sugar"
        elif lows[k] == "and" and 0 < k and kinds[k - 1] == "num" and lo == k + 1 and kinds[lo] == "num":
            k -= 1  # "one hundred and four"
        elif kind == "plain" and plain < 2:
            lo, k, plain = k, k - 1, plain + 1
        else:
            break
    return lo, signs


def _before_lead_in(lows: list[str], kinds: list[str], i: int) -> int:
    """The user part said before ``then it's at ...`` ("k for kilo e double l y then it's at ..."), else i."""
    k = i
    while k > 0 and i - k < 3 and (lows[k - 1] in _LEAD_INS or kinds[k - 1] == "filler"):
        k -= 1
    if k == i or k == 0:
        return i
    lo, signs = _local_start(lows, kinds, k)
    one_handle = k - lo == 1 and bool(_HANDLE.match(lows[lo]))
    return lo if lo < k and (signs >= 2 or one_handle) else i


def find_spoken(text: str) -> list[tuple[int, int]]:
    """Spans of addresses said with a spoken '@' (``local at domain``; a bare ``at sign domain`` too)."""
    starts, ends, lows = _tokens(text)
    if "at" not in lows:
        return []
    kinds = None
    out = []
    for i in compress(range(len(lows)), map("at".__eq__, lows)):  # (every other word: skipped in C)
        anchor = _anchor(lows, i)
        if anchor is None or anchor[0] >= len(lows):
            continue
        dom = _domain(lows, anchor[0])
        if dom is None:
            continue
        kinds = kinds or _kinds(lows)
        lo, signs = _local_start(lows, kinds, i)
        if not (anchor[1] or dom[1] or signs or "num" in kinds[lo:i] or any(_MARKED.search(w) for w in lows[lo:i])):
            lo = i  # plain words before a company's site: "you can book at kestrel dot com"
        if lo == i:
            lo = _before_lead_in(lows, kinds, i)
        if dom[2] and lo == i and not anchor[1]:
            continue  # "at kestrel com" needs the user part or a spoken '@'
        if lo == i and not (anchor[1] or dom[1]):
            continue  # "it's at amazon dot com": a website, unless a provider or a spoken '@' says e-mail
        out.append((starts[lo], ends[dom[0]]))
    return out


def find_pieces(text: str) -> list[tuple[int, int]]:
    """A whole turn that is a piece of an address: a handle (``jsmith84``), a domain with or without a
    spoken '@' (``at sign live dot co dot uk``, ``i cloud dot com``, ``@gmail.com``) or a spoken user part
    (``thomas under score summer``). Only for answers to an e-mail question."""
    starts, ends, lows = _tokens(text)
    lows = [low.lstrip("@") for low in lows]
    if not lows:
        return []
    kinds = _kinds(lows)
    start = 0
    while start < len(lows) and kinds[start] in ("filler", "stop") and lows[start] != "at":
        start += 1
    if start == len(lows):
        return []
    end, remarks, said_end = len(lows), 0, 0  # said_end: the last remark's end ("hayun y no spaces")
    while end > start:
        remark = next((r for r in _REMARKS if _match(lows, end - len(r), r)), None)
        if kinds[end - 1] != "filler" and remark is None:
            break
        if remark and kinds[end - 1] != "filler":
            said_end = said_end or end
        end -= len(remark) if remark and kinds[end - 1] != "filler" else 1
        remarks += bool(remark)
    if end == start or "at" in lows[start:end] and find_spoken(text):
        return []
    host = _HOST.match(lows[start]) and lows[start].rsplit(".", 1)[-1] in nw.TLDS
    if end - start == 1 and _HANDLE.match(lows[start]) and not host:
        return [(starts[start], ends[start])]
    anchor = _anchor(lows, start)
    dom = _domain(lows, anchor[0] if anchor else start)
    if dom is not None and dom[0] == end - 1:
        return [(starts[start], ends[end - 1])]
    lo, signs = _local_start(lows, kinds, end)
    if lo == start and signs + remarks + ("num" in kinds[lo:end]) >= 2:
        return [(starts[lo], ends[max(end, said_end) - 1])]
    return []
