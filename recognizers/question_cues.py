"""What personal data an agent's turn asks for: ``expected_entities(agent_text) -> frozenset[str]``.

The customer's next turn is then analyzed with looser rules (``TranscriptRecognizer.analyze_answer``). A turn sets
a cue only when it both REQUESTS something (a question mark, "can I get", "please", "and your ...", an imperative
like "read me") and NAMES a personal-data target ("date of birth", "zip code", "member id"). Disfluencies are
dropped first (ASR agents say "can i uh get the last four um of your social"), so the rules match spoken questions.
The rule table is ``recognizers.question_targets``.
"""
from __future__ import annotations

import re

from recognizers.ascii_twin import ascii_fast
from recognizers.question_targets import TARGETS
from recognizers.start_set import compile_fast
from recognizers.unknown_identifier import unknown_identifier

# Hesitations and discourse fillers that ASR keeps inside questions; removed before matching.
_DISFLUENCY = ascii_fast(
    r"\b(?:u+h+m*|u+m+|e+r+m*|a+h+|hmm+|mm+|like|so|you know|i mean|well|actually|basically|kind of|sort of|"
    r"real quick|quickly|quick|just|also|again|first|then|now|next|lastly|finally|for me)\b")
# A turn of at most this many words that names a target is taken as a request.
SHORT_REQUEST_WORDS = 6
# ... and one of at most this many with no verb at all: agents clip their questions to noun phrases
# ("sort code and account number for the pension payments").
NOUN_PHRASE_REQUEST_WORDS = 10
# ... unless it states something ("your phone number was updated").
_STATEMENT = compile_fast(
    r"\b(?:is|are|was|were|has|have|had|been|will|sent|updated|changed|received|charged|added|removed|"
    r"verified|confirmed|matches|match|looks|shows)\b")

# Any verb-like word: a longer turn with one is a statement unless it asks ("thanks for updating the
# account number" is not a request).
_VERB = compile_fast(r"\b(?:\w+(?:ed|ing)|thanks|thank|sorry|do|does|did|get|gets|got|go|goes|went|come|comes|came|"
                   r"see|sees|saw|let|call|put|puts|take|takes|took|keep|keeps|kept|make|makes|made|pay|pays|"
                   r"paid|send|sends|use|uses|say|says|said|need|needs|want|wants|should|would|could|can|might|"
                   r"must|shall)\b")

_REQUEST = ascii_fast(
    r"\?|\b(?:can|could|may|would|will|might|mind)\s+(?:i|you|we)\b|\bplease\b|\bplz\b"
    r"|\b(?:have|has|ve) you got\b|^(?:you )?got (?:the|your|a|an)\b"
    r"|\b(?:what|what's|whats|what're|which|when|when's|where|how)\b"
    r"|\b(?:i|i'll|i'd|i'm going to|i am going to|i'm gonna|we|we'll|we'd|we're going to|i will|we will|"
    r"i would|we would|i still|we still)\s+(?:need|require|want|have to (?:get|ask|verify|confirm|take))\b"
    r"|\b(?:need|needs|require|requires)\s+(?:your|the|a|an)\b"
    # a code just sent asks for itself: "a code has gone to the number ending 2455", "you should have had a text"
    r"|\bcode has (?:gone|been sent)\b|\bhad a text from us\b|\bhave you (?:a|an|any)\b"
    r"|\b(?:i|we)(?:'ve| have| just|'ve just| have just) sent (?:you )?(?:a|an|the)\b[\w\s\-]{0,30}\b(?:code|passcode|pin|otp)\b"
    # a read-back asks for a yes or a correction: "I've got March 2032 written down for the expiry."
    r"|\bwritten down (?:for|as)\b"
    r"|\b(?:tell|give|spell|read|provide|confirm|verify|state|share|repeat|say|send|type|enter|grab|"
    r"pull up|look up|find|check)\s+(?:me|us|your|it|that|the|off|out|back|in|a|an|those|this)\b"
    r"|\b(?:let me|lemme|let's|let us)\s+(?:get|have|grab|take|verify|confirm|start|begin|go|pull|check|"
    r"try|see)\b|\b(?:start|begin)\s+with\b|\b(?:do|does) (?:you|he|she|they|your \w+|the \w+) (?:have|know|remember|happen)\b|\bgo ahead\b"
    r"|\bready when you are\b|\bwhenever you're ready\b|\bif you (?:have|could|can)\b"
    r"|\b(?:is|are) there\b|\b(?:is|are|should be|will be) on (?:the|your) (?:bill|letter|card|statement|e-?mail|"
    r"app|screen|receipt|invoice|paperwork|renewal|policy)\b|\bstarts with\b"
    r"|\b(?:and|plus|okay|ok|alright|great|perfect|thanks|thank you|got it)\s*,?\s*(?:your|the)\b"
    r"|\bfor me\b|\b(?:start|begin) (?:from|at)\b"  # "start from the beginning of the card number for me"
    r"|^\W*(?:is|are|was|were|do|does|did|have|has) (?:it|that|this|there|you|your|the)\b"  # "is it a house name or ..."
    # A read-back asks for a confirmation or a correction ("i've got the expiry written down as ...").
    r"|\b(?:written|got it|have it|put) down as\b|\bis that (?:right|correct|it)\b|\bon (?:the|my) screen\b")



def normalize_question(agent_text: str) -> str:
    """The agent's text lower-cased, disfluencies dropped and blanks collapsed (for cue matching only). The rules
    run without IGNORECASE on this form: several times faster (the engine skips ahead on an alternation's first
    characters)."""
    return " ".join(_DISFLUENCY.sub(" ", agent_text.lower()).split())  # (split: the blanks of ``\s``, in C)


# Every match of the last rule ("<noun> number/reference") starts in the blank-free stretch right before
# one of these words: its search starts there (the leading negative lookahead is slow at every word).
_ID_NOUN_END = compile_fast(r" (?:reference|ref|number)\b")


def _search_from(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``; for the last rule, from the word before its first key word (same result)."""
    if pattern is not TARGETS[-1][1] and pattern is not TARGETS[-1][2]:
        return pattern.search(text)
    for key in _ID_NOUN_END.finditer(text):
        # The stretch before the key word through " number"/" no" after it (10 characters cover both).
        match = pattern.search(text, text.rfind(" ", 0, key.start()) + 1, key.end() + 10)
        if match:
            return match
    return None


# An acknowledgement that closes what came before: the request may follow it in the same unpunctuated turn
# ("y a v u zed perfect thank you house number and street first").
_ACKNOWLEDGED = re.compile(r"\b(?:thank you|thanks|perfect|great|lovely|brilliant|grand|got it|cheers|okay|ok|alright|that's fine)\b[ ,.!]*")


def expected_entities(agent_text: str) -> frozenset[str]:
    """The personal-data types an agent's turn asks the customer for (empty when it asks for none); when the
    whole turn asks for nothing, what follows its last acknowledgement is read as the request."""
    if not agent_text:
        return frozenset()
    question = normalize_question(agent_text)
    found = _expected(question)
    if found:
        return found
    tail = ([None] + list(_ACKNOWLEDGED.finditer(question)))[-1]  # the last acknowledgement
    return _expected(question[tail.end():]) if tail and tail.end() < len(question) and tail.start() else frozenset()


def _expected(question: str) -> frozenset[str]:
    remaining = question
    found: set[str] = set()
    for gates, pattern, twin, types in TARGETS:
        if not any(map(remaining.__contains__, gates)):  # (substring tests in C)
            continue
        match = _search_from(twin if remaining.isascii() else pattern, remaining)  # (twin: the same matches)
        if match:
            found |= types
            # Blank the match so "the last four of your social" does not also ask for the full SSN.
            remaining = remaining[:match.start()] + " " * (match.end() - match.start()) + remaining[match.end():]
    if not found and "your " in question and _REQUEST.search(question):
        return unknown_identifier(question)
    # A short turn that names a target is a request even without question syntax ("zip code for the
    # account", "and the date of birth"): ASR drops question marks and agents clip their questions.
    n_words = len(remaining.split())
    # The request words are read before any target was blanked: "which number should we call" keeps its
    # "which" (ASR prints no question mark).
    if found and not _REQUEST.search(question) and (
            _STATEMENT.search(remaining) or n_words > NOUN_PHRASE_REQUEST_WORDS
            or (n_words > SHORT_REQUEST_WORDS and _VERB.search(remaining))):
        return frozenset()
    return frozenset(found)
