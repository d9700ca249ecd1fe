"""Per-conversation state for utterance events: utterances in, whole conversations out.

The batch job groups utterances with a ``GroupByKey`` over all input. A stream never ends, so here
each ``conversation_id`` keeps its utterances in Beam state until no new utterance has arrived for
``gap`` seconds of event time (an event-time timer); then the conversation is assembled with the
batch job's ``group_utterances`` and redacted as a whole, so cross-turn context and name propagation
work as in batch. After closing, the id is remembered for ``retention`` seconds: an utterance that
arrives in that time is *late* and becomes a dead letter (stage ``group``, ``LateUtterance``) rather
than a second, partial conversation. After the retention the id is forgotten (state stays bounded).

Runs in the global window: windows are applied to the assembled conversations downstream.

Micro-batches (``CarryOver``; the local ``stream`` loop, ``pipeline.beam.microbatch``): a bounded run
ends with the watermark at infinity, which would close every conversation. With a ``CarryOver`` a
conversation whose gap has not expired by ``cutoff`` is *held* instead: its id, newest event time and
source files go to the ``session_state`` output (no text) and the next micro-batch re-reads its turns
from those files. Conversations that do close are reported there too, so later micro-batches can
dead-letter their late turns (``closed_before``).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import apache_beam as beam
from apache_beam.coders import BooleanCoder, PickleCoder, VarIntCoder
from apache_beam.transforms.timeutil import TimeDomain
from apache_beam.transforms.userstate import (BagStateSpec, ReadModifyWriteStateSpec, TimerSpec,
                                              on_timer)
from apache_beam.utils.timestamp import Duration, Timestamp

from pipeline.beam.dofns import STAGE_GROUP, TAG_DEAD, count, dead_letter_counted
from pipeline.config.models import LimitsConfig
from pipeline.io.parse import RecordError, group_utterances
from pipeline.records import DeadLetter, Utterance

logger = logging.getLogger(__name__)

LATE_UTTERANCE = "LateUtterance"
TAG_SESSION_STATE = "session_state"
SESSION_OPEN = "open"
SESSION_CLOSED = "closed"


@dataclass(frozen=True)
class CarryOver:
    """Micro-batch session settings.

    Attributes:
        cutoff: Epoch seconds; a conversation whose gap expires after it is held for the next
            micro-batch. None: close every conversation (the final flush).
        closed_before: Ids closed by earlier micro-batches (within the retention): their turns are late.
    """

    cutoff: float | None
    closed_before: frozenset = field(default_factory=frozenset)


class ConversationSessions(beam.DoFn):
    """Keyed by conversation id: buffers utterances, emits the conversation when the gap expires."""

    UTTERANCES = BagStateSpec("utterances", PickleCoder())
    NEWEST = ReadModifyWriteStateSpec("newest_micros", VarIntCoder())
    CLOSED = ReadModifyWriteStateSpec("closed", BooleanCoder())
    EXPIRE = TimerSpec("expire", TimeDomain.WATERMARK)
    FORGET = TimerSpec("forget", TimeDomain.WATERMARK)

    def __init__(self, limits: LimitsConfig, gap_seconds: int, retention_seconds: int,
                 carry: CarryOver | None = None) -> None:
        self._limits = limits
        self._gap = Duration(seconds=gap_seconds)
        self._retention = Duration(seconds=retention_seconds)
        self._carry = carry

    def process(self, keyed: tuple[str, Utterance], timestamp=beam.DoFn.TimestampParam,
                utterances=beam.DoFn.StateParam(UTTERANCES), newest=beam.DoFn.StateParam(NEWEST),
                closed=beam.DoFn.StateParam(CLOSED), expire=beam.DoFn.TimerParam(EXPIRE)):
        conversation_id, utterance = keyed
        if closed.read() or (self._carry is not None and conversation_id in self._carry.closed_before):
            count("late.utterance_after_close")
            yield beam.pvalue.TaggedOutput(TAG_DEAD, dead_letter_counted(DeadLetter(
                source=utterance.source, stage=STAGE_GROUP, error_type=LATE_UTTERANCE,
                detail=f"turn_index {utterance.turn_index} arrived after the conversation closed "
                       f"(streaming.conversation_gap_seconds={self._gap.micros // 1_000_000})",
                record_id=conversation_id)))
            return
        utterances.add(utterance)
        latest = max(newest.read() or timestamp.micros, timestamp.micros)
        newest.write(latest)
        # Re-setting the timer replaces it: the gap counts from the newest turn seen.
        expire.set(Timestamp(micros=latest) + self._gap)

    @on_timer(EXPIRE)
    def on_expire(self, key=beam.DoFn.KeyParam, fire_timestamp=beam.DoFn.TimestampParam,
                  utterances=beam.DoFn.StateParam(UTTERANCES), newest=beam.DoFn.StateParam(NEWEST),
                  closed=beam.DoFn.StateParam(CLOSED), forget=beam.DoFn.TimerParam(FORGET)):
        buffered = list(utterances.read())
        newest_micros = newest.read()
        utterances.clear()
        newest.clear()
        carry = self._carry
        if carry is not None and carry.cutoff is not None and buffered \
                and fire_timestamp > Timestamp.of(carry.cutoff):
            # Gap not expired yet: hold the conversation for the next micro-batch (ids and paths only).
            count("sessions_carried")
            yield beam.pvalue.TaggedOutput(TAG_SESSION_STATE, {
                "state": SESSION_OPEN, "conversation_id": key, "newest": newest_micros / 1e6,
                "sources": sorted({u.source for u in buffered})})
            return
        closed.write(True)
        forget.set(fire_timestamp + self._retention)
        if carry is not None:
            yield beam.pvalue.TaggedOutput(TAG_SESSION_STATE, {
                "state": SESSION_CLOSED, "conversation_id": key, "closed_at": fire_timestamp.micros / 1e6})
        if not buffered:
            return
        try:
            conversation = group_utterances(key, buffered, self._limits)
        except RecordError as err:
            yield beam.pvalue.TaggedOutput(TAG_DEAD, dead_letter_counted(DeadLetter(
                source=buffered[0].source, stage=STAGE_GROUP, error_type=err.error_type,
                detail=err.detail, record_id=key)))
            return
        count("conversations_assembled")
        count("sessions_closed")
        yield conversation

    @on_timer(FORGET)
    def on_forget(self, closed=beam.DoFn.StateParam(CLOSED)):
        closed.clear()


class AssembleSessions(beam.PTransform):
    """``(conversation_id, Utterance)`` pairs -> conversations (``conversations``) and dead letters (``dead``)."""

    def __init__(self, limits: LimitsConfig, gap_seconds: int, retention_seconds: int,
                 carry: CarryOver | None = None) -> None:
        super().__init__()
        self._fn = ConversationSessions(limits, gap_seconds, retention_seconds, carry)

    def expand(self, keyed_utterances):
        results = (keyed_utterances
                   | "PerConversationState" >> beam.ParDo(self._fn).with_outputs(
                       TAG_DEAD, TAG_SESSION_STATE, main="conversations"))
        return {"conversations": results.conversations, "dead": results[TAG_DEAD],
                TAG_SESSION_STATE: results[TAG_SESSION_STATE]}
