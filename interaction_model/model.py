"""The interaction model, parsed in one place: typed, immutable, and cached per locale.

Everything that reads what people can say — the skill's CanFulfillIntentRequest answers, the local
runner's NLU, envelopes and entity resolution, `validate` and `package` — reads it through this
module. Two ways to parse:

- strict (the default): the first problem raises :class:`ModelError`, whose message names the file
  and the JSON path ("interaction model en-US.json: languageModel.intents[3]: missing 'name'");
- lenient (``strict=False``, for `validate`): malformed pieces are skipped, so every rule can still
  run on a half-broken model and report everything at once; the schema rules report the pieces.

Intents and samples remember their position in the JSON, so messages can point at them.
"""
from __future__ import annotations

import itertools
import json
import os
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Iterator, Mapping, NamedTuple

MODEL_DIR = Path(__file__).resolve().parent
#: The one English language model; every English locale is served by it unless <locale>.json exists.
DEFAULT_LOCALE = "en-US"

#: A slot reference in a sample: {treatment}.
SLOT_REF = re.compile(r"\{([^{}|]*)\}")
#: The old sample syntax with a literal value before the slot name: {ibuprofen|medication}.
OLD_SLOT_SYNTAX = re.compile(r"\{[^{}]*\|[^{}]*\}")
#: Prefix of Amazon's built-in intents and slot types.
AMAZON = "AMAZON."


class ModelError(ValueError):
    """The interaction model cannot be used; the message names the file and what is wrong where."""


class TypeValue(NamedTuple):
    """One value of a custom slot type: its id (the name when the model gives none), name and synonyms."""

    id: str
    name: str
    synonyms: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        """Every spoken form: the name, then the synonyms."""
        return (self.name, *self.synonyms)


class SlotType(NamedTuple):
    """A custom slot type and its values; ``position`` is its index in ``languageModel.types``."""

    name: str
    values: tuple[TypeValue, ...]
    position: int = -1

    def find(self, spoken: str) -> TypeValue | None:
        """The value whose name or a synonym is *spoken* (case and surrounding space ignored)."""
        wanted = spoken.strip().casefold()
        return next((v for v in self.values if wanted in (f.casefold() for f in v.forms)), None)

    @property
    def forms(self) -> tuple[str, ...]:
        """Every spoken form of every value."""
        return tuple(form for value in self.values for form in value.forms)


class Intent(NamedTuple):
    """An intent as declared: samples as written, slot name -> slot type, and where it sits in the JSON."""

    name: str
    samples: tuple[str, ...]
    slots: Mapping[str, str]
    position: int = -1
    #: Index of each sample in the JSON samples list (lenient parsing may skip malformed ones).
    sample_positions: tuple[int, ...] = ()

    @property
    def path(self) -> str:
        """The intent's JSON path inside the language model, for messages."""
        return f"intents[{self.position}]"

    @property
    def is_built_in(self) -> bool:
        return self.name.startswith(AMAZON)

    def numbered_samples(self) -> Iterator[tuple[int, str]]:
        """(index in the JSON samples list, sample) pairs."""
        positions = self.sample_positions or range(len(self.samples))
        return zip(positions, self.samples)

    def with_samples(self, extra: tuple[str, ...]) -> "Intent":
        """A copy with *extra* samples appended (positions past the JSON list's end)."""
        start = len(self.samples)
        return self._replace(samples=self.samples + extra,
                             sample_positions=(*(p for p, _ in self.numbered_samples()),
                                               *range(start, start + len(extra))))


@dataclass(frozen=True)
class Model:
    """One language model: invocation name, intents and slot types. Immutable; derived views are cached."""

    source: Path
    invocation_name: str
    intents: tuple[Intent, ...]
    types: Mapping[str, SlotType] = field(default_factory=lambda: MappingProxyType({}))

    def intent(self, name: str) -> Intent | None:
        """The first intent called *name*, or None."""
        return self._intents_by_name.get(name)

    @cached_property
    def _intents_by_name(self) -> Mapping[str, Intent]:
        by_name: dict[str, Intent] = {}
        for intent in self.intents:
            by_name.setdefault(intent.name, intent)
        return MappingProxyType(by_name)

    def slot_type(self, intent: str, slot: str) -> SlotType | None:
        """The custom slot type of one slot of one intent (None for built-in types, unknown intents or slots)."""
        declared = self.intent(intent)
        return self.types.get(declared.slots.get(slot, "")) if declared else None

    def vocabulary(self, intent: str, slot: str) -> tuple[str, ...]:
        """Every value and synonym the model lists for one slot of one intent (empty if none)."""
        slot_type = self.slot_type(intent, slot)
        return slot_type.forms if slot_type else ()

    def forms(self, type_name: str) -> tuple[str, ...]:
        """Every spoken form of a custom slot type (empty for built-in or unknown types)."""
        slot_type = self.types.get(type_name)
        return slot_type.forms if slot_type else ()

    def expansions(self, intent: Intent, sample: str) -> frozenset[str]:
        """The sample, normalised, with each slot filled by every spoken form of its type.

        Combinatorial (a sample with two slots of a hundred forms each is ten thousand phrases): for tools
        that need every phrase, such as a nearest-sample recogniser; to ask whether a sample says a given
        phrase, use :meth:`sample_says`. A slot whose type has no known forms cannot be filled: no expansions.
        """
        refs = SLOT_REF.findall(sample)
        if not refs:
            return frozenset({normalise(sample)})
        pieces = SLOT_REF.split(sample)  # text, slot, text, slot, ..., text
        choices = [self.forms(intent.slots.get(ref, "")) for ref in refs]
        return frozenset(
            normalise("".join(p if k % 2 == 0 else values[k // 2] for k, p in enumerate(pieces)))
            for values in itertools.product(*choices)
        )

    def sample_says(self, intent: Intent, sample: str, phrase: str) -> bool:
        """Whether *sample* of *intent*, its slots filled with spoken forms of their types, is *phrase*.

        Matched, not expanded: a sample with two slots of a hundred values each would be ten thousand
        phrases. A slot whose type has no known forms (a built-in type) cannot be filled.
        """
        pattern = _sample_pattern(sample)
        if pattern is None:
            return normalise(sample) == normalise(phrase)
        match = pattern.fullmatch(normalise(phrase))
        return match is not None and all(
            text in self._normalised_forms(intent.slots.get(ref, "")) for ref, text in match.groupdict().items())

    def fillings(self, intent: Intent, sample: str, phrases: "Iterable[str]") -> frozenset[str]:
        """Those of *phrases* that *sample* of *intent* says (see :meth:`sample_says`)."""
        return frozenset(p for p in phrases if self.sample_says(intent, sample, p))

    def _normalised_forms(self, type_name: str) -> frozenset[str]:
        cache = self.__dict__.setdefault("_forms_cache", {})
        if type_name not in cache:
            cache[type_name] = frozenset(normalise(f) for f in self.forms(type_name))
        return cache[type_name]

    @cached_property
    def _literal_owners(self) -> Mapping[str, frozenset[str]]:
        owners: dict[str, set[str]] = {}
        for intent in self.intents:
            for sample in intent.samples:
                if not SLOT_REF.search(sample):
                    owners.setdefault(normalise(sample), set()).add(intent.name)
        return MappingProxyType({text: frozenset(names) for text, names in owners.items()})

    def intents_saying(self, phrase: str) -> frozenset[str]:
        """The intents with a sample (slots filled with their values) equal to *phrase*."""
        found = set(self._literal_owners.get(normalise(phrase), ()))
        for intent in self.intents:
            if intent.name not in found and any(
                    SLOT_REF.search(s) and self.sample_says(intent, s, phrase) for s in intent.samples):
                found.add(intent.name)
        return frozenset(found)


@lru_cache(maxsize=4096)
def _sample_pattern(sample: str) -> "re.Pattern[str] | None":
    """A regex for a slotted sample (normalised), one named group per slot; None without slots.

    A sample naming one slot twice (Alexa refuses it; validate reports it) matches nothing.
    """
    refs = SLOT_REF.findall(sample)
    if not refs:
        return None
    if len(set(refs)) < len(refs) or not all(r.isidentifier() for r in refs):
        return re.compile(r"(?!)")
    pieces = SLOT_REF.split(normalise(sample))
    parts = [re.escape(p) if k % 2 == 0 else f"(?P<{p}>.+?)" for k, p in enumerate(pieces)]
    return re.compile("".join(parts))


def normalise(text: str) -> str:
    """Lower-case with whitespace folded: how Alexa compares samples for duplicates."""
    return " ".join(text.lower().split())


# -- parsing ---------------------------------------------------------------------------------------

class _Skip(Exception):
    """A malformed piece, skipped in lenient parsing."""


class _Parser:
    def __init__(self, strict: bool) -> None:
        self.strict = strict

    def fail(self, where: str, problem: str) -> None:
        if self.strict:
            raise ModelError(f"{where}: {problem}" if where else problem)
        raise _Skip

    def require(self, mapping: Any, key: str, where: str) -> Any:
        if not isinstance(mapping, dict) or key not in mapping:
            self.fail(where, f"missing '{key}'")
        return mapping[key]

    def text(self, mapping: Any, key: str, where: str) -> str:
        value = self.require(mapping, key, where)
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{where}.{key}", "must be a non-empty string")
        return value

    def items(self, mapping: Any, key: str, where: str) -> list[Any]:
        value = mapping.get(key) if isinstance(mapping, dict) else None
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(f"{where}.{key}", "must be a list")
        return value

    def language_model(self, document: Any) -> dict[str, Any]:
        if not isinstance(document, dict) or not isinstance(document.get("interactionModel"), dict):
            self.fail("", "missing the object interactionModel.languageModel")
        language = document["interactionModel"].get("languageModel")
        if not isinstance(language, dict):
            self.fail("", "missing the object interactionModel.languageModel")
        return language

    def intent(self, raw: Any, n: int) -> Intent:
        where = f"languageModel.intents[{n}]"
        name = self.text(raw, "name", where)
        samples = self.items(raw, "samples", where)
        if self.strict and not all(isinstance(s, str) for s in samples):
            self.fail(f"{where}.samples", "every sample must be a string")
        numbered = [(j, s) for j, s in enumerate(samples) if isinstance(s, str)]
        slots: dict[str, str] = {}
        for k, slot in enumerate(self.items(raw, "slots", where)):
            try:
                slot_name = self.text(slot, "name", f"{where}.slots[{k}]")
                slots.setdefault(slot_name, self.text(slot, "type", f"{where}.slots[{k}]"))
            except _Skip:
                continue
        return Intent(name, tuple(s for _, s in numbered), MappingProxyType(slots), n,
                      tuple(j for j, _ in numbered))

    def slot_type(self, raw: Any, n: int) -> SlotType:
        where = f"languageModel.types[{n}]"
        name = self.text(raw, "name", where)
        values = []
        for k, value in enumerate(self.items(raw, "values", where)):
            try:
                block = self.require(value, "name", f"{where}.values[{k}]")
                canonical = self.text(block, "value", f"{where}.values[{k}].name")
            except _Skip:
                continue
            synonyms = block.get("synonyms") or []
            if not isinstance(synonyms, list):
                synonyms = []
            ident = value.get("id")
            values.append(TypeValue(ident if isinstance(ident, str) and ident else canonical, canonical,
                                    tuple(s for s in synonyms if isinstance(s, str) and s.strip())))
        return SlotType(name, tuple(values), n)


def parse(document: Any, source: str | os.PathLike[str] = "<model>", *, strict: bool = True) -> Model:
    """Build a :class:`Model` from a parsed JSON document (see the module docstring for *strict*)."""
    source = Path(source)
    parser = _Parser(strict)
    try:
        language = parser.language_model(document)
        invocation = language.get("invocationName")
        if strict and (not isinstance(invocation, str) or not invocation.strip()):
            parser.fail("languageModel.invocationName", "is missing or empty")
        intent_list = parser.items(language, "intents", "languageModel")
        if strict and not intent_list:
            parser.fail("languageModel.intents", "is missing or empty")
        intents, types = [], {}
        for n, raw in enumerate(intent_list):
            try:
                intents.append(parser.intent(raw, n))
            except _Skip:
                continue
        for n, raw in enumerate(parser.items(language, "types", "languageModel")):
            try:
                slot_type = parser.slot_type(raw, n)
            except _Skip:
                continue
            types.setdefault(slot_type.name, slot_type)
    except _Skip:
        return Model(source, "", ())
    except ModelError as exc:
        raise ModelError(f"interaction model {source}: {exc}") from None
    # As written: `validate` judges its spelling; matchers normalise it themselves.
    name = invocation if isinstance(invocation, str) else ""
    return Model(source, name, tuple(intents), MappingProxyType(types))


def read_document(path: str | os.PathLike[str]) -> Any:
    """The parsed JSON of the model file at *path*; unreadable files raise ModelError saying why."""
    file = Path(path)
    try:
        return json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"interaction model {file}: file not found") from None
    except IsADirectoryError:
        raise ModelError(f"interaction model {file}: is a directory, not a JSON file") from None
    except UnicodeDecodeError as exc:
        raise ModelError(f"interaction model {file}: not UTF-8 text ({exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise ModelError(
            f"interaction model {file}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except OSError as exc:
        raise ModelError(f"interaction model {file}: cannot be read ({exc.strerror})") from None


def read(path: str | os.PathLike[str], *, strict: bool = True) -> Model:
    """Read and parse the model file at *path* (not cached: the file may be one being edited)."""
    return parse(read_document(path), path, strict=strict)


def model_file(locale: str = DEFAULT_LOCALE) -> Path:
    """The project's model file for *locale*: <locale>.json if there is one, else the English model."""
    own = MODEL_DIR / f"{locale}.json"
    return own if own.is_file() else MODEL_DIR / f"{DEFAULT_LOCALE}.json"


@lru_cache(maxsize=None)
def _load_file(path: Path) -> Model:
    return read(path)


def load(locale: str = DEFAULT_LOCALE) -> Model:
    """The project's own model for *locale*, read once per process and cached."""
    return _load_file(model_file(locale))
