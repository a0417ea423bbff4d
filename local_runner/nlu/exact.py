"""Strict understanding, as virtual-alexa does it: samples and slot values as written.

Every sample (and Amazon's phrasings of the built-ins the model declares) becomes a regular
expression over lower-cased text without punctuation, its slots as wildcards. An utterance is
understood only when it is a sample word for word, with each custom slot holding one of its
type's values or synonyms (virtual-alexa reads a custom type as a closed list; a built-in AMAZON.
type takes any words). Of several matching samples, the one with the most literal text wins, then
the one with more typed slots, then the first in the model.

Nothing is guessed. Where virtual-alexa raises "Unable to match utterance", :class:`ExactNlu`
answers AMAZON.FallbackIntent, as a device does for speech outside the model, and says that no
sample matched. This is the runner's ``--nlu exact``: a dialog that passes with it is carried by
the model's samples alone, not by the lenient default NLU (``engine.py``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Sequence

from interaction_model.model import AMAZON, Model, SlotType

from .builtins import FALLBACK_INTENT, with_builtin_phrasings
from .evaluation import Resolution
from .types import MATCH, NO_MATCH, Candidate, NluResult, SlotValue

MODE = "exact"
#: NluResult.reason of an utterance that is a sample as written, and of one that is not.
MATCHED = "sample as written"
UNMATCHED = "no sample matches as written"
TOP_CANDIDATES = 3

_PUNCTUATION = re.compile(r"[^\w\s'{}]")
_SLOT = re.compile(r"\{([A-Za-z_]+)\}")


@dataclass(frozen=True)
class _Pattern:
    intent: str
    sample: str                   # as written in the model (or Amazon's phrasing)
    regex: re.Pattern[str]
    slots: tuple[str, ...]        # slot names in order of appearance


@dataclass(frozen=True)
class ExactMatch:
    """A sample that matches an utterance as written, with its slots resolved."""

    intent: str
    sample: str
    slots: dict[str, SlotValue]
    literal: int                  # characters of the sample's own words that matched
    typed: int                    # slots of a custom type (closed list) that matched


def clean(text: str) -> str:
    """Lower case, punctuation but apostrophes dropped, whitespace folded (virtual-alexa's cleaning)."""
    return " ".join(_PUNCTUATION.sub(" ", text.lower()).split())


class ExactNlu:
    """Understands only what the model lists: the runner's ``--nlu exact``, virtual-alexa's method."""

    mode = MODE

    def __init__(self, model: Model) -> None:
        self.model = model
        self._patterns: list[_Pattern] = []
        for intent in with_builtin_phrasings(model):
            for sample in intent.samples:
                names = tuple(_SLOT.findall(sample))
                numbered = iter(range(len(names)))
                # Slots become {0}, {1}, ... so that cleaning cannot change a slot's name.
                text = clean(_SLOT.sub(lambda _: f" {{{next(numbered)}}} ", sample))
                parts = re.split(r"\{\d+\}", text)
                regex = "(.+)".join(re.escape(part) for part in parts)
                self._patterns.append(_Pattern(intent.name, sample, re.compile(regex), names))
        self._slot_types = {i.name: i.slots for i in model.intents}

    def matches(self, utterance: str) -> list[ExactMatch]:
        """Every sample *utterance* is, best first (most literal text, then most typed slots)."""
        text = clean(utterance)
        found = []
        for pattern in self._patterns:
            match = pattern.regex.fullmatch(text)
            if match:
                resolved = self._resolve_slots(pattern, match.groups())
                if resolved is not None:
                    slots, typed = resolved
                    literal = len(text) - sum(len(value) for value in match.groups())
                    found.append(ExactMatch(pattern.intent, pattern.sample, slots, literal, typed))
        # sorted() is stable: equal matches keep the model's order.
        return sorted(found, key=lambda m: (-m.literal, -m.typed))

    def resolve(self, utterance: str, earlier: Sequence[str] = ()) -> NluResult:
        """The NluResult for *utterance*: the best sample matched as written, else AMAZON.FallbackIntent
        (*earlier*, the session's earlier questions, changes nothing here: samples match as written)."""
        if not isinstance(utterance, str):
            raise TypeError(f"utterance must be a string, not {type(utterance).__name__}")
        found = self.matches(utterance)
        candidates = [Candidate(m.intent, 1.0, m.sample, m.slots) for m in _one_per_intent(found)][:TOP_CANDIDATES]
        if not found:
            return NluResult(utterance, clean(utterance), FALLBACK_INTENT, {}, 0.0, [], UNMATCHED)
        best = found[0]
        return NluResult(utterance, clean(utterance), best.intent, dict(best.slots), 1.0, candidates, MATCHED)

    def baseline(self, utterance: str) -> Resolution:
        """virtual-alexa's answer for the benchmark: (intent, slot ids), or (None, {}) when no sample
        matches (it has no fallback)."""
        found = self.matches(utterance)
        if not found:
            return None, {}
        return found[0].intent, {name: slot.id for name, slot in found[0].slots.items()}

    def _resolve_slots(
        self, pattern: _Pattern, values: tuple[str, ...]
    ) -> tuple[dict[str, SlotValue], int] | None:
        declared: Mapping[str, str] = self._slot_types.get(pattern.intent, {})
        slots: dict[str, SlotValue] = {}
        typed = 0
        for name, value in zip(pattern.slots, values):
            type_name = declared.get(name, "")
            slot_type: SlotType | None = self.model.types.get(type_name)
            if slot_type is None or type_name.startswith(AMAZON):
                slots[name] = SlotValue(name, value, type_name, NO_MATCH, None, None)  # free-form
                continue
            found = slot_type.find(value)
            if found is None:
                return None  # a custom type is a closed list here
            typed += 1
            slots[name] = SlotValue(name, value, type_name, MATCH, found.id, found.name)
        return slots, typed


def _one_per_intent(matches: list[ExactMatch]) -> list[ExactMatch]:
    seen: set[str] = set()
    kept = []
    for match in matches:
        if match.intent not in seen:
            seen.add(match.intent)
            kept.append(match)
    return kept
