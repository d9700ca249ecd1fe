"""Conversation-level detection: the agent's question sets what the answer is; names propagate."""
from __future__ import annotations

import re
from operator import methodcaller
from typing import Sequence

from pipeline.config.models import DetectionConfig
from pipeline.detection.detector import Detector, merge_overlaps
from pipeline.records import Finding, Turn, agent_turns
from pipeline.detection.address_gaps import fill_address_gaps
from pipeline.detection.code_tails import extend_code_tails
from pipeline.detection.agent_openers import find_agent_names
from pipeline.detection.business_names import business_words, drop_business_names
from pipeline.detection.engine_tags import blank_engine_tags, message_start
from pipeline.detection.entity_types import correct_types
from pipeline.detection.expiry_mentions import find_expiry_mentions
from pipeline.detection.export_senders import find_senders
from pipeline.detection.name_completion import complete_names, complete_propagated, may_add_names
from pipeline.detection.name_propagation import RECOGNIZER_NAME as PROPAGATED, propagate_names
from pipeline.detection.name_spellings import find_spelled_mentions, name_letter_seeds
from pipeline.detection.one_word_answers import find_one_word_answers
from pipeline.detection.read_back_corrections import find_read_back_corrections
from pipeline.detection.repeated_names import grow_repeated_names
from pipeline.detection.sound_alike_names import find_sound_alike_mentions
from pipeline.detection.misspelt_names import find_misspelt_mentions
from pipeline.detection.split_values import join_split_values
from pipeline.detection.turn_names import join_found_again
from recognizers.entities import (ACCOUNT_NUMBER, AUTH_CODE, CARD_EXPIRY, CREDIT_CARD, DATE_OF_BIRTH, EXPECT_SPELLED_NAME,
                                  IBAN_CODE, NATIONAL_ID, PERSON, STREET_ADDRESS)
from recognizers.question_cues import expected_entities
from pipeline.detection.value_propagation import propagate_values
from recognizers.lower_scan import CaseFolded
from recognizers.start_set import compile_fast

# How many turns back an agent's question still frames the customer's answer
# ("what's your date of birth" / "hold on" / "sure take your time" / "ok it's march third").
QUESTION_REACH_TURNS = 4
# Turns this short without a question of their own are pauses ("hold on", "one sec", "sure take your
# time"): the question before them still frames the answer after them.
PAUSE_TURN_MAX_WORDS = 5
# The rest of a value read in two goes is short ("double nine four one", "5678"); a longer turn after the
# backchannel is new talk ("i was charged forty nine ninety nine twice this month").
CONTINUATION_MAX_WORDS = 10
# A caller asking the agent to say a value again ("can you give me that reference once more slowly").
_ASKS_AGAIN = CaseFolded(compile_fast(r"\b(?:again|once more|slowly|repeat|one more time)\b", re.IGNORECASE))
# What an agent reads out when the caller asks for it again: the caller's own identifiers.
_CALLER_IDENTIFIERS = frozenset({ACCOUNT_NUMBER, AUTH_CODE, CREDIT_CARD, CARD_EXPIRY, DATE_OF_BIRTH, NATIONAL_ID,
                                 IBAN_CODE})
# Names are not carried over: "mhm" after "and your name?" / "priya" / "okay" is no second name.
_NAME_CUES = frozenset({PERSON, EXPECT_SPELLED_NAME})
# A caller's turn that corrects their previous answer ("no sorry it's the 14th", "actually it's ...").
_CORRECTION = CaseFolded(compile_fast(
    r"\W*(?:(?:yeah|yes|yep|ok|okay|um|uh|erm)\W+)*(?:no|nope|sorry|oops|wait|actually|correction|i mean|i meant|hang on|"
    r"hold on|oh)\b", re.IGNORECASE))  # "yeah sorry, it is 05.32, i was looking at my old card"


# Hesitations an ASR engine prints inside a backchannel ("like yep um go um ahead"): no words of a pause.
_HESITATIONS = frozenset({"um", "uh", "er", "erm", "ah", "hmm", "mm", "umm", "uhm", "like"})
_STRIP_EDGE = methodcaller("strip", ",.")


def _word_count(text: str) -> int:
    words = text.split()  # (each word lower-cased, its edge commas and stops stripped, looked up: in C)
    return len(words) - sum(map(_HESITATIONS.__contains__, map(_STRIP_EDGE, map(str.lower, words))))


# A turn that asks for or gives time, however long ("hold on, i've got it on the app somewhere", "so no
# problem take your time"): a pause too.
_HOLD = CaseFolded(compile_fast(r"\W*(?:(?:ok|okay|right|sure|yeah|um|uh|so|no problem|no worries|that's fine)\W+)*"
                   r"(?:hold on|hang on|one sec(?:ond)?|one moment|bear with me|just a (?:sec|second|moment|minute)|"
                   r"give me a (?:sec|second|moment|minute)|let me (?:check|find|look|grab|get)|"
                   r"take your (?:uh |um )?time|no rush)\b", re.IGNORECASE))


# An agent's thanks for what was just said, asking nothing ("thank you, that's the house sorted", "lovely,
# got that down"): a pause too, so the caller's next words may still finish the answer.
ACK_MAX_WORDS = 8
# ... and "okay, I have it", "ok i've got that" (a hesitation may come between: "Okay, I ehn, have it").
_ACKNOWLEDGES = CaseFolded(compile_fast(r"\W*(?:thanks|thank you|lovely|perfect|great|brilliant|cheers|got it|noted"
                           r"|(?:okay|ok)\W+i\W+(?:\w+\W+)?(?:have|got) (?:it|that))\b"
                           r"(?:\W+[\w']+){0,%d}?[\W]*(?<!\?)" % (ACK_MAX_WORDS - 2), re.IGNORECASE))


# An agent's short turn asking for the next part of the value just asked for, naming no type of its own
# ("and the year after that", "uh-huh, keep going with the card", "right, next four then", "mm-hm, that group is
# on the form", "yep, first half of the account typed").
FOLLOW_UP_MAX_WORDS = 10
_FOLLOW_UP = CaseFolded(compile_fast(r"\b(?:(?:the|what|which)\s+(?:year|month|rest)|keep going|carry on|go on|go ahead|"
                        r"next (?:bit|part|few|four|ones?|group|digits)|(?:first|second|that|this) (?:half|group|bit|part|block)|last (?:bit|part|few|two|three|four|ones?|group|digits)|"
                        r"(?:got|have) (?:those|that|them)|written (?:that |those |it )?down|"
                        r"(?:typing|putting|keying|popping) (?:those|that|them|it) in)\b", re.IGNORECASE))


# An agent asking to hear the value again ("sorry, i missed the middle of that number, can you say it
# again?", "could you repeat that"): the answer is the same value.
REPEAT_MAX_WORDS = 16
_REPEAT = CaseFolded(compile_fast(r"\b(?:(?:say|read|repeat|give me) (?:it|that|them|those)(?: \w+)? again|repeat (?:that|it)|"
                     r"missed (?:the|that|some|part)|didn't (?:catch|get|quite get) (?:that|the|it|all))\b", re.IGNORECASE))


def _continues(text: str, expected: frozenset[str]) -> bool:
    """A short turn that can be the rest of a value (a number, a code) cut in two by a backchannel."""
    return bool(expected - _NAME_CUES) and len(text.split()) <= CONTINUATION_MAX_WORDS


def answer_expectations(turns: Sequence[Turn], agent_speakers: Sequence[str]) -> list[frozenset[str]]:
    """For each turn, the entity types the agent's recent question asked for (empty for agent turns).

    Looking back from a customer turn, the nearest agent question wins; short pause turns in between
    (either speaker) are skipped, and a caller's correction ("no sorry, it's ...") right after their own
    answer, or the rest of their answer after a short backchannel ("oh seven seven" / "mhm" / "double
    nine ..."), is an answer to the same question; anything else ends the look-back.
    """
    is_agent = agent_turns(turns, agent_speakers)
    # "[00:00:30] AGENT: Okay, I have it.": an export's stamp and role label are no words of the turn.
    # ... nor the sender's name or number before a chat export's message ("[17:37, 03/12/2026] +234 811 ...: ").
    starts = [message_start(t.text) for t in turns]
    texts = [blank_engine_tags(t.text)[start:].strip() for t, start in zip(turns, starts)]
    chat = [start > 0 for start in starts]  # a message of a chat export
    cues = [expected_entities(text) if agent else frozenset() for text, agent in zip(texts, is_agent)]
    counts = [_word_count(text) for text in texts]  # hesitations aside: "which year is uh that ..."
    out: list[frozenset[str]] = []
    for i, turn in enumerate(turns):
        expected: frozenset[str] = frozenset()
        n_words = counts[i]
        if is_agent[i] and not cues[i] and (
                n_words <= FOLLOW_UP_MAX_WORDS and _FOLLOW_UP.search(texts[i])
                or n_words <= REPEAT_MAX_WORDS and _REPEAT.search(texts[i])):
            # "and the year after that", "now the last four": the next part of the value asked before.
            cues[i] = next((e - _NAME_CUES for e in reversed(out[max(0, i - QUESTION_REACH_TURNS):]) if e),
                           frozenset())
        if is_agent[i] and i and not is_agent[i - 1] and _ASKS_AGAIN.search(texts[i - 1]):
            # The caller asked the agent ("can you give me that reference once more slowly"): the agent answers
            # with the caller's own identifier (a phone number, an e-mail or an address would be the company's).
            expected = expected_entities(texts[i - 1]) & _CALLER_IDENTIFIERS
        if not is_agent[i]:
            for j in range(i - 1, max(-1, i - 1 - QUESTION_REACH_TURNS), -1):
                if cues[j]:
                    expected = cues[j]
                    break
                if out[j] and turns[j].speaker == turn.speaker and _CORRECTION.match(texts[i]):
                    expected = out[j]  # "no sorry, it's ...": the same caller corrects the answer
                    break
                if out[j] and turns[j].speaker == turn.speaker and j < i - 1 and _continues(texts[i], out[j]):
                    # The agent's backchannel ("mhm", "go on") cut a value in two: this is the rest of it.
                    expected = out[j] - _NAME_CUES
                    break
                if counts[j] > PAUSE_TURN_MAX_WORDS and not _HOLD.match(texts[j]) \
                        and not _ACKNOWLEDGES.fullmatch(texts[j]) and not (
                        chat[j] and chat[i] and turns[j].speaker == turn.speaker):
                    break  # a chat customer sends an answer in several messages: each answers the question
        out.append(expected)
    return out


def detect_conversations(detector: Detector, conversations: Sequence[Sequence[Turn]],
                         config: DetectionConfig) -> list[list[list[Finding]]]:
    """Findings per turn for many conversations, with one batched detector call for all turns.

    Uses cross-turn cues and name propagation as configured; result[c][t] belongs to turn t of
    conversation c.
    """
    texts = [t.text for turns in conversations for t in turns]
    expected = ([e for turns in conversations for e in answer_expectations(turns, config.agent_speakers)]
                if config.cross_turn else None)
    flat = detector.detect_batch(texts, expected)
    out = []
    offset = 0
    for turns in conversations:
        findings = flat[offset:offset + len(turns)]
        offset += len(turns)
        if config.name_completion:
            findings = [complete_names(turn.text, f) if f or may_add_names(turn.text) else f
                        for turn, f in zip(turns, findings)]
        findings = [correct_types(turn.text, f) if f else f for turn, f in zip(turns, findings)]
        business = business_words(turns, config.agent_speakers)
        findings = find_senders(turns, drop_business_names(turns, findings, business), config.agent_speakers)
        findings = find_agent_names(turns, findings, business, config.agent_speakers)
        if config.value_propagation:
            findings = join_split_values(turns, findings)
        turn_texts = [blank_engine_tags(t.text) for t in turns]  # a stamp's date is no mention of a value
        if config.cross_turn:
            findings = find_one_word_answers(turns, turn_texts, findings, config.agent_speakers)
        if any(findings) and (config.name_propagation or config.value_propagation):
            if config.name_propagation:
                findings = find_spelled_mentions(turn_texts, propagate_names(turn_texts, findings))
                if config.name_completion:
                    findings = [complete_propagated(t, f, PROPAGATED) for t, f in zip(turn_texts, findings)]
                findings = grow_repeated_names(turn_texts, findings)
            if config.cross_turn:
                findings = find_read_back_corrections(turns, turn_texts, findings, config.agent_speakers)
            if config.name_propagation:
                seeds = name_letter_seeds(turn_texts, findings)[0]
                findings = find_misspelt_mentions(turn_texts, find_sound_alike_mentions(turn_texts, findings, seeds), seeds)
            if config.value_propagation:
                findings = find_expiry_mentions(turn_texts, propagate_values(turn_texts, findings))
            findings = drop_business_names(turns, findings, business)
            if config.name_completion:
                findings = [join_found_again(t, f) for t, f in zip(turn_texts, findings)]
            findings = [merge_overlaps(f) for f in findings]
        findings = [fill_address_gaps(turn.text, f) if len(f) > 1 or f and f[0].entity_type == STREET_ADDRESS else f
                    for turn, f in zip(turns, findings)]  # (one finding: only a street address can grow)
        findings = [extend_code_tails(turn.text, f) if f else f for turn, f in zip(turns, findings)]
        out.append(findings)
    return out


def detect_conversation(detector: Detector, turns: Sequence[Turn],
                        config: DetectionConfig) -> list[list[Finding]]:
    """Findings per turn of one conversation (see ``detect_conversations``)."""
    return detect_conversations(detector, [turns], config)[0]
