"""Score an utterance resolver against a labelled set (tests/data/nlu_*.yaml format).

The set holds ``in_scope: [{utterance, topic, slots?}]``, ``out_of_scope: [utterance]`` and
``built_in: [{utterance, intent}]``. Any resolver ``utterance -> (intent or None, slots)`` can be
scored, so the benchmark measures ours and the exact-match baseline the same way.
"""
from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable


from skill.topics import TOPIC_BY_INTENT

from ..yaml_data import read_yaml
from .builtins import FALLBACK_INTENT

#: What a resolver returns: the intent (None when it cannot answer at all) and slot name -> id.
Resolution = tuple["str | None", dict[str, "str | None"]]
Resolver = Callable[[str], Resolution]


@dataclass
class Miss:
    section: str
    utterance: str
    expected: str
    got: str


@dataclass
class Scores:
    in_scope: float              # share answered with the right topic
    slots: float                 # share of in-scope entries with a slot whose id is right
    out_of_scope_fallback: float  # share of out-of-scope sent to AMAZON.FallbackIntent
    out_of_scope_no_topic: float  # share of out-of-scope given no topic (fallback or unanswered)
    built_in: float              # share of built-in utterances given the right intent
    median_ms: float             # median time per utterance
    counts: dict[str, int] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)


def load_set(path: str | Path) -> dict:
    """Read one labelled set."""
    return read_yaml(path)


def _timed(resolve: Resolver, utterance: str, times: list[float]) -> Resolution:
    start = time.perf_counter()
    outcome = resolve(utterance)
    times.append((time.perf_counter() - start) * 1000)
    return outcome


def _topic(intent: str | None) -> str | None:
    topic = TOPIC_BY_INTENT.get(intent or "")
    return topic.id if topic else None


def evaluate(resolve: Resolver, data: dict) -> Scores:
    """Run *resolve* on every utterance of *data* and score it."""
    times: list[float] = []
    misses: list[Miss] = []
    right = slot_total = slot_right = 0
    for entry in data["in_scope"]:
        intent, slots = _timed(resolve, entry["utterance"], times)
        if _topic(intent) == entry["topic"]:
            right += 1
        else:
            misses.append(Miss("in_scope", entry["utterance"], entry["topic"], str(intent)))
        for name, expected in (entry.get("slots") or {}).items():
            slot_total += 1
            if slots.get(name) == expected:
                slot_right += 1
            else:
                misses.append(Miss("slot", entry["utterance"], f"{name}={expected}",
                                   f"{name}={slots.get(name)}"))
    fallback = no_topic = 0
    for utterance in data["out_of_scope"]:
        intent, _ = _timed(resolve, utterance, times)
        fallback += intent == FALLBACK_INTENT
        if _topic(intent) is None:
            no_topic += 1
        else:
            misses.append(Miss("out_of_scope", utterance, FALLBACK_INTENT, str(intent)))
    built_right = 0
    for entry in data["built_in"]:
        intent, _ = _timed(resolve, entry["utterance"], times)
        if intent == entry["intent"]:
            built_right += 1
        else:
            misses.append(Miss("built_in", entry["utterance"], entry["intent"], str(intent)))
    n_in, n_out, n_built = len(data["in_scope"]), len(data["out_of_scope"]), len(data["built_in"])
    return Scores(
        in_scope=right / n_in if n_in else 0.0,
        slots=slot_right / slot_total if slot_total else 0.0,
        out_of_scope_fallback=fallback / n_out if n_out else 0.0,
        out_of_scope_no_topic=no_topic / n_out if n_out else 0.0,
        built_in=built_right / n_built if n_built else 0.0,
        median_ms=statistics.median(times) if times else 0.0,
        counts={"in_scope": n_in, "slots": slot_total, "out_of_scope": n_out, "built_in": n_built},
        misses=misses,
    )


def with_invocation(resolve: Resolver, invocation_name: str) -> Resolver:
    """Resolve as the runner does: "ask <name> <question>" sends only the question on;
    "open <name>" is a launch (no intent)."""
    from .invocation import parse_invocation

    def resolved(utterance: str) -> Resolution:
        invocation = parse_invocation(utterance, invocation_name)
        if invocation.kind == "launch":
            return None, {}
        return resolve(invocation.rest if invocation.kind == "intent" else utterance)
    return resolved


def nlu_resolver(nlu) -> Resolver:
    """Adapt an :class:`~local_runner.nlu.Nlu` to the resolver shape (invocation included)."""
    def resolve(utterance: str) -> Resolution:
        result = nlu.resolve(utterance)
        return result.intent, {name: slot.id for name, slot in result.slots.items()}
    return with_invocation(resolve, nlu.model.invocation_name)
