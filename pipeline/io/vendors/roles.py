"""Speaker labels and channels of a vendor transcript -> ``agent`` / ``customer``.

Fails closed: when the configuration cannot decide every speaker's role the record is dead-lettered
with the knob to set, never guessed. Details name labels only when they look like machine labels
(``spk_0``, ``SPEAKER_01``, ``ch_1``, ``2``): a label is never allowed to carry a name into a report.
"""
from __future__ import annotations

import re
from typing import Sequence

from pipeline.config.interop import SpeakerRolesConfig
from pipeline.io.errors import RecordError
from pipeline.io.vendors.words import SpeakerTurn

AGENT, CUSTOMER = "agent", "customer"
CALL_ANALYTICS_ROLES = {"AGENT": AGENT, "CUSTOMER": CUSTOMER}  # the roles a Call Analytics turn may have
_MACHINE_LABEL = re.compile(r"[A-Za-z_]{0,10}\d{1,3}")
_CHANNEL = re.compile(r"(?:ch_?)?(\d{1,3})", re.IGNORECASE)


def shown(label: str) -> str:
    """``label`` for an error detail: itself when it is a machine label, else a placeholder."""
    return label if _MACHINE_LABEL.fullmatch(label) else "<label>"


def channel_index(label: str) -> int | None:
    """``ch_1``, ``ch1`` or ``1`` -> 1; None when ``label`` does not name a channel."""
    match = _CHANNEL.fullmatch(label.strip())
    return int(match.group(1)) if match else None


def _by_label(turns: Sequence[SpeakerTurn], roles: SpeakerRolesConfig) -> list[str]:
    if any(t.speaker is None for t in turns):
        raise RecordError("NoSpeakerLabels", "the transcript has no speaker labels (diarization off); "
                          "use input.speakers.mode: channel or first_speaker_agent")
    out = []
    for turn in turns:
        if turn.speaker in roles.agent:
            out.append(AGENT)
        elif turn.speaker in roles.customer:
            out.append(CUSTOMER)
        else:
            raise RecordError("UnmappedSpeaker", f"speaker {shown(turn.speaker)} is in neither "
                              "input.speakers.agent nor input.speakers.customer")
    return out


def _by_channel(turns: Sequence[SpeakerTurn], roles: SpeakerRolesConfig) -> list[str]:
    if any(t.channel is None for t in turns):
        raise RecordError("NoChannelLabels", "the transcript has no channel labels (channel identification "
                          "off); use input.speakers.mode: label or first_speaker_agent")
    agent = {channel_index(x) for x in roles.agent} - {None}
    customer = {channel_index(x) for x in roles.customer} - {None}
    out = []
    for turn in turns:
        if turn.channel in agent:
            out.append(AGENT)
        elif turn.channel in customer:
            out.append(CUSTOMER)
        else:
            raise RecordError("UnmappedSpeaker", f"channel ch_{turn.channel} is in neither "
                              "input.speakers.agent nor input.speakers.customer")
    return out


def _first_speaker(turns: Sequence[SpeakerTurn]) -> list[str]:
    keys = [(t.speaker, t.channel) for t in turns]
    distinct = list(dict.fromkeys(keys))
    if len(distinct) > 2:
        raise RecordError("RoleUndecided", f"{len(distinct)} speakers: first_speaker_agent decides for two; "
                          "list them in input.speakers.agent / customer (mode: label)")
    return [AGENT if k == distinct[0] else CUSTOMER for k in keys]


def assign_roles(turns: Sequence[SpeakerTurn], roles: SpeakerRolesConfig,
                 participant_roles: Sequence[str] | None = None) -> list[str]:
    """The role of each turn.

    Args:
        turns: The transcript's turns by speaker.
        roles: ``input.speakers`` configuration.
        participant_roles: The vendor's own role per turn (Call Analytics): used whatever the mode.

    Raises:
        RecordError: a speaker's role cannot be decided (reason names the knob to set).
    """
    if participant_roles is not None:  # the vendor's own roles (Call Analytics) need no mapping
        return list(participant_roles)
    mode = roles.mode
    if all(t.speaker is None and t.channel is None for t in turns):
        raise RecordError("NoSpeakerLabels", "the transcript has neither speaker nor channel labels "
                          "(diarization and channel identification off): speakers cannot be told apart")
    if mode == "auto":
        if not roles.agent and not roles.customer:
            raise RecordError("RoleUndecided", "the transcript does not say who is the agent; set "
                              "input.speakers (mode: label, channel or first_speaker_agent)")
        mode = "label" if all(t.speaker is not None for t in turns) else "channel"
    if mode == "label":
        return _by_label(turns, roles)
    if mode == "channel":
        return _by_channel(turns, roles)
    return _first_speaker(turns)
