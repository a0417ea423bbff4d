"""The interaction model as the NLU sees it: intents with samples and slots, and slot types.

Read from the very JSON Alexa gets (``interactionModel.languageModel``). Malformed input raises
:class:`ModelError` with a message that says what is wrong and where.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class ModelError(ValueError):
    """The interaction model file cannot be used (missing, not JSON, or wrong shape)."""


@dataclass(frozen=True)
class TypeValue:
    """One value of a custom slot type: canonical id and name, and the synonyms that mean it."""

    id: str
    name: str
    synonyms: tuple[str, ...]


@dataclass(frozen=True)
class SlotType:
    name: str
    values: tuple[TypeValue, ...]


@dataclass(frozen=True)
class IntentSpec:
    """An intent as declared: its sample utterances (as written) and slot name -> slot type."""

    name: str
    samples: tuple[str, ...]
    slots: dict[str, str]


@dataclass(frozen=True)
class InteractionModel:
    invocation_name: str
    intents: tuple[IntentSpec, ...]
    slot_types: dict[str, SlotType]

    def intent(self, name: str) -> IntentSpec | None:
        """The intent called *name*, or None."""
        return next((i for i in self.intents if i.name == name), None)


def _require(mapping: Any, key: str, where: str) -> Any:
    if not isinstance(mapping, dict) or key not in mapping:
        raise ModelError(f"{where}: missing '{key}'")
    return mapping[key]


def parse_model(document: dict[str, Any]) -> InteractionModel:
    """Build an :class:`InteractionModel` from the parsed JSON document."""
    language = _require(_require(document, "interactionModel", "model"), "languageModel",
                        "interactionModel")
    invocation = _require(language, "invocationName", "languageModel")
    intents = []
    for n, raw in enumerate(_require(language, "intents", "languageModel")):
        where = f"languageModel.intents[{n}]"
        name = _require(raw, "name", where)
        samples = raw.get("samples", []) or []
        if not all(isinstance(s, str) for s in samples):
            raise ModelError(f"{where}.samples: every sample must be a string")
        slots = {}
        for k, slot in enumerate(raw.get("slots", []) or []):
            slots[_require(slot, "name", f"{where}.slots[{k}]")] = _require(
                slot, "type", f"{where}.slots[{k}]")
        intents.append(IntentSpec(name=name, samples=tuple(samples), slots=slots))
    types = {}
    for n, raw in enumerate(language.get("types", []) or []):
        where = f"languageModel.types[{n}]"
        values = []
        for k, value in enumerate(_require(raw, "values", where)):
            name_block = _require(value, "name", f"{where}.values[{k}]")
            canonical = _require(name_block, "value", f"{where}.values[{k}].name")
            values.append(TypeValue(
                id=str(value.get("id") or canonical),
                name=canonical,
                synonyms=tuple(name_block.get("synonyms", []) or []),
            ))
        type_name = _require(raw, "name", where)
        types[type_name] = SlotType(name=type_name, values=tuple(values))
    return InteractionModel(invocation_name=str(invocation).lower(), intents=tuple(intents),
                            slot_types=types)


def load_interaction_model(path: str | os.PathLike[str] | None = None) -> InteractionModel:
    """Read and parse the model file (the project's own ``en-US.json`` when *path* is None)."""
    if path is None:
        from interaction_model import MODEL_FILE

        path = MODEL_FILE
    file = Path(path)
    try:
        document = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelError(f"{file}: no such interaction model file") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{file}: cannot read the interaction model ({exc})") from exc
    try:
        return parse_model(document)
    except ModelError as exc:
        raise ModelError(f"{file}: {exc}") from exc
