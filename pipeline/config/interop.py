"""Config sections for meeting users' data where it is: vendor transcript input and chat-template output.

Plain pydantic models (no Beam); ``pipeline.config.models.PipelineConfig`` carries ``input`` and
``output.chat``. Every knob's default keeps the behaviour the pipeline had before the knob existed.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

VENDOR_FORMATS = ("aws_transcribe", "aws_call_analytics", "whisper", "deepgram")


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SpeakerRolesConfig(_Section):
    """How the speakers of a vendor transcript become ``agent`` and ``customer`` (``input.speakers``)."""

    mode: Literal["auto", "label", "channel", "first_speaker_agent"] = Field(
        "auto", description="auto: the transcript's own roles (Call Analytics), else the agent/customer lists "
        "by speaker label, then by channel; label / channel: only those lists; first_speaker_agent: who "
        "speaks first is the agent, the other speaker the customer")
    agent: tuple[str, ...] = Field(
        (), description="speaker labels (spk_0, SPEAKER_00, 0) or channels (ch_0, 0) of the agent")
    customer: tuple[str, ...] = Field(
        (), description="speaker labels or channels of the customer; others than listed dead-letter the record")

    @model_validator(mode="after")
    def _disjoint(self) -> "SpeakerRolesConfig":
        both = set(self.agent) & set(self.customer)
        if both:
            raise ValueError(f"labels both agent and customer: {', '.join(sorted(both))}")
        return self


class InputConfig(_Section):
    """How input records are read (``input:`` section)."""

    format: Literal["auto", "aws_transcribe", "aws_call_analytics", "whisper", "deepgram"] = Field(
        "auto", description="auto: recognise vendor transcripts by content, other records by their fields; "
        "a vendor name: every record must be that vendor's transcript")
    speakers: SpeakerRolesConfig = SpeakerRolesConfig()


class ChatConfig(_Section):
    """Shaping of the conversation-layout ``messages`` for chat templates (``output.chat:``)."""

    merge_consecutive_turns: bool = Field(
        False, description="join consecutive messages of one role into one (newline between), so roles alternate")
    system_message: str | None = Field(
        None, description="content of a system message put first in every conversation (None: none)")
    opening_user_message: str | None = Field(
        None, description="when the agent speaks first, a user message put before it (None: leave as is)")
