"""Samples that cannot do their job: said aloud, they reach another intent, or tie with one.

Used by ``backpain-skill validate``: each sample of the model is spoken back to the NLU with
its slots filled by a real value (the type's first value), and must come back as its own intent.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .engine import Nlu

_SLOT = re.compile(r"\{([A-Za-z_]+)\}")
#: Kinds of conflict.
RESOLVES_ELSEWHERE = "resolves elsewhere"   # the sample, said as written, reaches another intent
AMBIGUOUS = "ambiguous"                     # another intent matches it just as well


@dataclass(frozen=True)
class SampleConflict:
    intent: str            # intent the sample belongs to
    sample: str            # as written in the model
    intent_index: int      # position in languageModel.intents
    sample_index: int      # position in that intent's samples
    text: str              # what was resolved (slots filled)
    resolved: str          # intent it reached (for AMBIGUOUS: the rival)
    kind: str
    message: str


def _fill(nlu: Nlu, intent: str, sample: str) -> str:
    slot_types = nlu.intents[intent].slots

    def value(match: re.Match[str]) -> str:
        slot_type = nlu.model.types.get(slot_types.get(match.group(1), ""))
        return slot_type.values[0].name if slot_type and slot_type.values else "something"

    return _SLOT.sub(value, sample)


def find_sample_conflicts(nlu: Nlu) -> list[SampleConflict]:
    """Every model sample that resolves to another intent or ties with another intent."""
    conflicts = []
    for spec in nlu.model.intents:
        i = spec.position
        for k, sample in spec.numbered_samples():
            text = _fill(nlu, spec.name, sample)
            result = nlu.resolve(text)
            where = f"'{sample}' ({spec.name})"
            if result.intent != spec.name:
                conflicts.append(SampleConflict(
                    spec.name, sample, i, k, text, result.intent, RESOLVES_ELSEWHERE,
                    f"{where} is understood as {result.intent} ({result.reason}); it can never "
                    f"reach {spec.name}: reword it or move it",
                ))
                continue
            rivals = [c for c in result.candidates
                      if c.intent != spec.name and c.score >= result.confidence]
            for rival in rivals:
                conflicts.append(SampleConflict(
                    spec.name, sample, i, k, text, rival.intent, AMBIGUOUS,
                    f"{where} matches {rival.intent} just as well (via '{rival.sample}'): "
                    f"keep such a sample under one intent only",
                ))
    return conflicts
