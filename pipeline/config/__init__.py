"""Configuration: pydantic models validated at load, partial files overlay the packaged defaults.

``models`` holds the pipeline's sections and ``load_config``; ``controls`` the consent, review and report
sections; ``streaming`` the streaming job's section.
"""
from pipeline.config.models import ConfigError, DetectionConfig, LimitsConfig, PipelineConfig, load_config

__all__ = ["ConfigError", "DetectionConfig", "LimitsConfig", "PipelineConfig", "load_config"]
