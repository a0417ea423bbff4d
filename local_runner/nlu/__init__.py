"""Offline utterance understanding for the local runner, from the interaction model only.

    nlu = Nlu.from_model()                      # reads interaction_model/en-US.json
    result = nlu.resolve("what if pt isn't working")
    result.intent, result.slots, result.candidates

See ``engine.py`` for how an utterance is understood and ``invocation.py`` for the skill's name.
"""
from __future__ import annotations

from .conflicts import SampleConflict, find_sample_conflicts
from .engine import THRESHOLD, Nlu
from .invocation import Invocation, parse_invocation
from interaction_model.model import ModelError
from .normalize import normalize
from .types import MATCH, NO_MATCH, Candidate, NluResult, SlotValue

__all__ = [
    "Candidate", "Invocation", "MATCH", "ModelError", "NO_MATCH", "Nlu", "NluResult",
    "SampleConflict", "SlotValue", "THRESHOLD", "find_sample_conflicts", "normalize",
    "parse_invocation",
]
