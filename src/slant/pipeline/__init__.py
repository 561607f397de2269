"""The analysis pipeline: components that fill an :class:`~slant.Analysis`, run by the Analyzer."""

from slant.pipeline.analyzer import Analyzer, Component, load

__all__ = ["Analyzer", "Component", "load"]
