"""What a run of dialog files exercised, and what only the lenient NLU understood.

Coverage is counted over the interaction model and the topic table, from the turns the dialogs
really took: which intents were sent, which sample utterances were matched (the sample the NLU
understood an utterance through: said word for word with ``--nlu exact``, the closest sample with
the default fuzzy NLU), which slot values and warning signs were resolved (entity-resolution ids),
and which topics the skill answered. Intent lines (``AlternativesIntent treatment=yoga``) count for
their intent and slot values, not for a sample.

With ``--nlu exact``, :func:`lenient_only` lists the utterances of the dialog files that no sample
matches as written but the default fuzzy NLU understands: what passes only thanks to leniency.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from interaction_model.model import Model
from local_runner.conversation import Conversation, is_exit
from local_runner.dialog_format import DialogFile, Interaction
from local_runner.turn import WARNING_TOPIC, Turn
from skill.topics import TOPICS


@dataclass(frozen=True)
class CoverageRow:
    """One line of the coverage table: what was exercised and what was not."""

    name: str
    covered: tuple[str, ...]
    missed: tuple[str, ...]

    @property
    def total(self) -> int:
        return len(self.covered) + len(self.missed)

    @property
    def percent(self) -> float:
        return 100.0 * len(self.covered) / self.total if self.total else 100.0


@dataclass
class Coverage:
    """What the dialogs exercised of one interaction model."""

    model: Model
    intents: set[str] = field(default_factory=set)
    samples: set[tuple[str, str]] = field(default_factory=set)      # (intent, sample as written)
    slot_values: set[tuple[str, str]] = field(default_factory=set)  # (slot type, value id)
    topics: set[str] = field(default_factory=set)

    def add(self, turn: Turn) -> None:
        """Count what *turn* exercised."""
        if turn.topic:
            self.topics.add(turn.topic)
        if turn.request_type != "IntentRequest" or not turn.intent:
            return
        self.intents.add(turn.intent)
        declared = self.model.intent(turn.intent)
        if declared is None:
            return
        best = turn.candidates[0] if turn.candidates else None
        if turn.nlu_mode and best and best.intent == turn.intent and best.sample in declared.samples:
            self.samples.add((turn.intent, best.sample))
        for name, slot in turn.slots.items():
            slot_type = declared.slots.get(name)
            if slot_type in self.model.types and slot["id"]:
                self.slot_values.add((slot_type, slot["id"]))

    @property
    def warning_type(self) -> str | None:
        """The slot type whose values are the warning signs (the red-flags topic's slot)."""
        intent = self.model.intent(WARNING_TOPIC.intent)
        return intent.slots.get(WARNING_TOPIC.slot or "") if intent else None

    def rows(self) -> list[CoverageRow]:
        """The coverage table: intents, samples, slot values per type, topics, warning signs."""
        rows = [_row("intents", [i.name for i in self.model.intents], self.intents),
                _row("sample utterances", [f"{i.name}: {s}" for i in self.model.intents for s in i.samples],
                     {f"{i}: {s}" for i, s in self.samples})]
        used_types = dict.fromkeys(t for i in self.model.intents for t in i.slots.values() if t in self.model.types)
        for type_name in used_types:
            if type_name == self.warning_type:
                continue
            ids = [v.id for v in self.model.types[type_name].values]
            rows.append(_row(f"slot values ({type_name})", ids, {i for t, i in self.slot_values if t == type_name}))
        rows.append(_row("topics", [t.id for t in TOPICS], self.topics))
        if self.warning_type in self.model.types:
            ids = [v.id for v in self.model.types[self.warning_type].values]
            rows.append(_row("warning signs", ids, {i for t, i in self.slot_values if t == self.warning_type}))
        return rows

    def to_json(self) -> dict[str, Any]:
        """The coverage report as JSON: per row, the counts and both lists."""
        return {
            "model": str(self.model.source),
            "rows": [{"name": r.name, "covered": len(r.covered), "total": r.total,
                      "percent": round(r.percent, 1), "exercised": list(r.covered), "not_exercised": list(r.missed)}
                     for r in self.rows()],
        }


def _row(name: str, everything: list[str], covered: set[str]) -> CoverageRow:
    ordered = list(dict.fromkeys(everything))
    return CoverageRow(name, tuple(x for x in ordered if x in covered), tuple(x for x in ordered if x not in covered))


def coverage_of(files: list[tuple[DialogFile, Conversation]], turns: dict[Path, list[Turn]]) -> list[Coverage]:
    """One Coverage per interaction model the dialog files used, from the turns each file took."""
    by_model: dict[Path, Coverage] = {}
    for dialog_file, conversation in files:
        coverage = by_model.setdefault(conversation.model.source, Coverage(conversation.model))
        for turn in turns.get(dialog_file.path, []):
            coverage.add(turn)
    return list(by_model.values())


@dataclass(frozen=True)
class LenientOnly:
    """An utterance of a dialog file that only the lenient NLU understood."""

    file: Path
    line: int
    utterance: str
    lenient: str       # the intent the default fuzzy NLU gives it
    exact: str         # what the exact NLU gives it (AMAZON.FallbackIntent when no sample matches)

    def describe(self) -> str:
        return f"{self.file}:{self.line}  {self.utterance!r}  fuzzy: {self.lenient}, exact: {self.exact}"


def lenient_only(files: list[tuple[DialogFile, Conversation]]) -> list[LenientOnly]:
    """Every utterance of the files run with ``--nlu exact`` that the default NLU understands as
    another intent (usually: it understands it, and no sample matches it as written)."""
    from local_runner.nlu.builtins import FALLBACK_INTENT
    from local_runner.options import load_nlu

    found = []
    for dialog_file, conversation in files:
        if conversation.nlu_mode != "exact":
            continue
        fuzzy, _ = load_nlu(conversation.model, "fuzzy")
        for interaction, question in _questions(dialog_file, conversation):
            strict, loose = conversation.nlu.resolve(question).intent, fuzzy.resolve(question).intent
            if strict != loose and loose != FALLBACK_INTENT:
                found.append(LenientOnly(dialog_file.path, interaction.line, interaction.utterance, loose, strict))
    return found


def _questions(dialog_file: DialogFile, conversation: Conversation) -> Iterator[tuple[Interaction, str]]:
    """The spoken interactions of a file and what the NLU is given for each (intent lines,
    LaunchRequest, SessionEndedRequest, exit and invocations without a request are skipped)."""
    for test in dialog_file.tests:
        for interaction in test.interactions:
            text = interaction.utterance
            head = text.split()[0] if text.split() else ""
            if interaction.exit or head in ("LaunchRequest", "SessionEndedRequest") or is_exit(text):
                continue
            if conversation.model.intent(head) is not None:
                continue
            question = conversation.question_of(text)
            if question is not None:
                yield interaction, question
