"""The interaction model as the runner needs it: invocation name, intents with their declared slots,
and slot-type values for resolving slots given by name (`Intent slot=value` in dialog files).

Loading checks just enough structure to fail with a message that names the file and the problem,
instead of a traceback deep inside the NLU or the envelope builder.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import interaction_model
from local_runner.nlu.types import MATCH, NO_MATCH, SlotValue


class ModelFileError(Exception):
    """The interaction model file is missing or malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class SlotTypeValue:
    """One value of a custom slot type: canonical id and name, plus synonyms."""

    id: str | None
    name: str
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class ModelInfo:
    """What the runner reads from the model file."""

    path: Path
    invocation_name: str
    intent_slots: dict[str, tuple[tuple[str, str], ...]]  # intent -> ((slot name, slot type), ...)
    slot_types: dict[str, tuple[SlotTypeValue, ...]] = field(default_factory=dict)

    def declared_slots(self, intent: str) -> tuple[tuple[str, str], ...]:
        """The (name, type) pairs the model declares for *intent*; none for unknown intents."""
        return self.intent_slots.get(intent, ())

    def resolve_slot(self, intent: str, slot: str, value: str) -> SlotValue:
        """Resolve a slot value given by name (dialog files): exact name or synonym, case-insensitive.

        Raises KeyError naming the intent or slot when the model does not declare it.
        """
        if intent not in self.intent_slots:
            raise KeyError(f"the model has no intent {intent}")
        slot_type = dict(self.declared_slots(intent)).get(slot)
        if slot_type is None:
            declared = ", ".join(name for name, _ in self.declared_slots(intent)) or "none"
            raise KeyError(f"intent {intent} has no slot {slot} (declared: {declared})")
        wanted = value.strip().casefold()
        for candidate in self.slot_types.get(slot_type, ()):
            if wanted in (s.casefold() for s in (candidate.name, *candidate.synonyms)):
                return SlotValue(slot, value, slot_type, MATCH, candidate.id, candidate.name)
        return SlotValue(slot, value, slot_type, NO_MATCH, None, None)


def load_model_info(path: str | os.PathLike[str] | None = None) -> ModelInfo:
    """Read and check the interaction model at *path* (the project's own model by default)."""
    model_path, document = read_model_document(path)
    return model_info(model_path, document)


def read_model_document(path: str | os.PathLike[str] | None = None) -> tuple[Path, Any]:
    """The model file's path and its parsed JSON, read once so the NLU can be built from the same document."""
    model_path = Path(path) if path is not None else interaction_model.MODEL_FILE
    try:
        raw = json.loads(model_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelFileError(f"interaction model {model_path}: file not found") from None
    except IsADirectoryError:
        raise ModelFileError(f"interaction model {model_path}: is a directory, not a JSON file") from None
    except UnicodeDecodeError as exc:
        raise ModelFileError(f"interaction model {model_path}: not UTF-8 text ({exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise ModelFileError(
            f"interaction model {model_path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except OSError as exc:
        raise ModelFileError(f"interaction model {model_path}: cannot be read ({exc.strerror})") from None
    return model_path, raw


def model_info(path: Path, raw: Any) -> ModelInfo:
    """Check the parsed model document *raw* (read from *path*) and keep what the runner needs."""
    def fail(problem: str) -> ModelFileError:
        return ModelFileError(f"interaction model {path}: {problem}")

    language_model = raw.get("interactionModel", {}).get("languageModel") if isinstance(raw, dict) else None
    if not isinstance(language_model, dict):
        raise fail("missing the object interactionModel.languageModel")
    invocation = language_model.get("invocationName")
    if not isinstance(invocation, str) or not invocation.strip():
        raise fail("languageModel.invocationName is missing or empty")
    intents = language_model.get("intents")
    if not isinstance(intents, list) or not intents:
        raise fail("languageModel.intents is missing or empty")
    intent_slots: dict[str, tuple[tuple[str, str], ...]] = {}
    for index, intent in enumerate(intents):
        name = intent.get("name") if isinstance(intent, dict) else None
        if not isinstance(name, str) or not name:
            raise fail(f"languageModel.intents[{index}] has no name")
        slots = intent.get("slots") or []
        if not isinstance(slots, list) or not all(
            isinstance(s, dict) and isinstance(s.get("name"), str) and isinstance(s.get("type"), str) for s in slots
        ):
            raise fail(f"intent {name}: every slot needs a name and a type")
        intent_slots[name] = tuple((s["name"], s["type"]) for s in slots)
    return ModelInfo(path, invocation.strip(), intent_slots, _slot_types(language_model.get("types") or [], fail))


def _slot_types(types: Any, fail: Any) -> dict[str, tuple[SlotTypeValue, ...]]:
    if not isinstance(types, list):
        raise fail("languageModel.types must be a list")
    result: dict[str, tuple[SlotTypeValue, ...]] = {}
    for index, slot_type in enumerate(types):
        if not isinstance(slot_type, dict) or not isinstance(slot_type.get("name"), str):
            raise fail(f"languageModel.types[{index}] has no name")
        values = []
        for value in slot_type.get("values") or []:
            name = value.get("name", {}) if isinstance(value, dict) else {}
            if not isinstance(name, dict) or not isinstance(name.get("value"), str):
                raise fail(f"slot type {slot_type['name']}: every value needs name.value")
            values.append(SlotTypeValue(value.get("id"), name["value"], tuple(name.get("synonyms") or ())))
        result[slot_type["name"]] = tuple(values)
    return result
