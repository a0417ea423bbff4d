"""What the interaction model says can be said, indexed for the rules.

Built leniently from whatever JSON was found: malformed pieces are skipped here (the schema rule
reports them), so every other rule can run on a half-broken model without crashing.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

#: A slot reference in a sample: {treatment}.
SLOT_REF = re.compile(r"\{([^{}|]*)\}")
#: The old sample syntax with a literal value before the slot name: {ibuprofen|medication}.
OLD_SLOT_SYNTAX = re.compile(r"\{[^{}]*\|[^{}]*\}")


def normalise(text: str) -> str:
    """Lower-case with whitespace folded: how Alexa compares samples for duplicates."""
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class IntentEntry:
    """One intent of the model and where it sits in the JSON."""

    index: int
    name: str
    samples: tuple[tuple[int, str], ...]  # (index in the samples list, text)
    slots: dict[str, str]  # slot name -> slot type name

    @property
    def path(self) -> str:
        return f"intents[{self.index}]"


def language_model_of(model: Any) -> dict[str, Any] | None:
    """``interactionModel.languageModel`` if the document has that shape, else None."""
    if isinstance(model, dict) and isinstance(model.get("interactionModel"), dict):
        language_model = model["interactionModel"].get("languageModel")
        if isinstance(language_model, dict):
            return language_model
    return None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


class ModelIndex:
    """The model's invocation name, intents, samples and slot types, as the rules need them."""

    def __init__(self, model: Any, file: Path) -> None:
        self.file = file
        self.language_model = language_model_of(model) or {}
        name = self.language_model.get("invocationName")
        self.invocation_name: str | None = name if isinstance(name, str) else None
        self.intents: list[IntentEntry] = []
        for i, raw in enumerate(_list(self.language_model.get("intents"))):
            if isinstance(raw, dict) and isinstance(raw.get("name"), str):
                samples = tuple((j, s) for j, s in enumerate(_list(raw.get("samples"))) if isinstance(s, str))
                slots = {s["name"]: s["type"] for s in _list(raw.get("slots"))
                         if isinstance(s, dict) and isinstance(s.get("name"), str) and isinstance(s.get("type"), str)}
                self.intents.append(IntentEntry(i, raw["name"], samples, slots))
        #: slot type name -> {value id or name: every spoken form (name and synonyms)}
        self.type_forms: dict[str, dict[str, tuple[str, ...]]] = {}
        for raw in _list(self.language_model.get("types")):
            if isinstance(raw, dict) and isinstance(raw.get("name"), str):
                self.type_forms[raw["name"]] = dict(self._values(raw))

    @staticmethod
    def _values(slot_type: dict[str, Any]):
        for value in _list(slot_type.get("values")):
            name = value.get("name") if isinstance(value, dict) else None
            if isinstance(name, dict) and isinstance(name.get("value"), str):
                synonyms = tuple(s for s in _list(name.get("synonyms")) if isinstance(s, str))
                key = value.get("id") if isinstance(value.get("id"), str) else name["value"]
                yield key, (name["value"], *synonyms)

    def intent(self, name: str) -> IntentEntry | None:
        """The first intent called *name*, if any."""
        return next((i for i in self.intents if i.name == name), None)

    def forms(self, type_name: str) -> tuple[str, ...]:
        """Every spoken form of a custom slot type (empty for built-in or unknown types)."""
        return tuple(f for forms in self.type_forms.get(type_name, {}).values() for f in forms)

    def expansions(self, intent: IntentEntry, sample: str) -> set[str]:
        """The sample, normalised, with each slot filled by every spoken form of its type.

        A slot whose type has no known forms (a built-in type) cannot be filled: no expansions.
        """
        refs = SLOT_REF.findall(sample)
        if not refs:
            return {normalise(sample)}
        pieces = SLOT_REF.split(sample)  # text, slot, text, slot, ..., text
        choices = [self.forms(intent.slots.get(ref, "")) for ref in refs]
        filled = set()
        for values in itertools.product(*choices):
            text = "".join(p if k % 2 == 0 else values[k // 2] for k, p in enumerate(pieces))
            filled.add(normalise(text))
        return filled

    @cached_property
    def phrase_owners(self) -> dict[str, set[str]]:
        """Every sayable phrase (samples with slots filled), normalised -> the intents that list it."""
        owners: dict[str, set[str]] = {}
        for intent in self.intents:
            for _, sample in intent.samples:
                for text in self.expansions(intent, sample):
                    owners.setdefault(text, set()).add(intent.name)
        return owners

    def intents_saying(self, phrase: str) -> frozenset[str]:
        """The intents with a sample (slots filled with their values) equal to *phrase*."""
        return frozenset(self.phrase_owners.get(normalise(phrase), ()))
