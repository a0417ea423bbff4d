"""Rules on the language model's shape: schema, intents, slots and slot types, built-ins, handlers, topics.

These are the checks the Alexa console runs when it builds the model (and refuses to), plus the
project's own contract: every intent has a handler and every topic can be reached by voice.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any, Iterator

from skill.handlers import HANDLED_INTENTS
from skill.topics import TOPICS
from skill_tools.validate.findings import Finding, error, warning
from interaction_model.model import OLD_SLOT_SYNTAX, SLOT_REF, Model, normalise
from skill_tools.validate.sources import Sources

#: Built-in intents Alexa requires of every custom skill (certification fails without them).
REQUIRED_BUILT_INS = ("AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent",
                      "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent")


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _schema(sources: Sources) -> Iterator[Finding]:
    file = sources.model_file
    language_model = sources.language_model
    if language_model is None:
        yield error("model.schema", file, "interactionModel.languageModel", "the model has no "
                    "interactionModel.languageModel object", 'wrap the model as {"interactionModel": '
                    '{"languageModel": {"invocationName": ..., "intents": [...], "types": [...]}}}')
        return
    if not _is_text(language_model.get("invocationName")):
        yield error("model.schema", file, "invocationName", "invocationName is missing or empty",
                    'add "invocationName": "two or more words" to the languageModel')
    for key in ("intents", "types"):
        if not isinstance(language_model.get(key), list):
            yield error("model.schema", file, key, f"{key} is missing or not a list",
                        f'add "{key}": [...] to the languageModel (an empty list if there are none)')
    for i, intent in enumerate(language_model.get("intents") or []):
        yield from _intent_schema(file, i, intent)
    for i, slot_type in enumerate(language_model.get("types") or []):
        yield from _type_schema(file, i, slot_type)


def _intent_schema(file, i: int, intent: Any) -> Iterator[Finding]:
    where = f"intents[{i}]"
    if not isinstance(intent, dict) or not _is_text(intent.get("name")):
        yield error("model.schema", file, where, "intent without a name",
                    'give each intent an object with a "name", "slots" and "samples"')
        return
    samples = intent.get("samples", [])
    if not isinstance(samples, list) or not all(isinstance(s, str) for s in samples):
        yield error("model.schema", file, f"{where}.samples", f"{intent['name']}: samples must be a list of strings",
                    'write samples as "samples": ["first phrase", "second phrase"]')
    slots = intent.get("slots", [])
    if not isinstance(slots, list):
        yield error("model.schema", file, f"{where}.slots", f"{intent['name']}: slots must be a list",
                    'write slots as "slots": [{"name": "treatment", "type": "TreatmentType"}]')
        return
    for k, slot in enumerate(slots):
        if not isinstance(slot, dict) or not _is_text(slot.get("name")) or not _is_text(slot.get("type")):
            yield error("model.schema", file, f"{where}.slots[{k}]", f"{intent['name']}: slot needs a name and a type",
                        'write the slot as {"name": "treatment", "type": "TreatmentType"}')


def _type_schema(file, i: int, slot_type: Any) -> Iterator[Finding]:
    where = f"types[{i}]"
    if not isinstance(slot_type, dict) or not _is_text(slot_type.get("name")):
        yield error("model.schema", file, where, "slot type without a name",
                    'give each slot type a "name" and a list of "values"')
        return
    name = slot_type["name"]
    values = slot_type.get("values")
    if not isinstance(values, list) or not values:
        yield error("model.empty-type", file, f"{where}.values", f"slot type {name} has no values",
                    "list at least one value, or remove the type and the slots that use it")
        return
    ids = Counter(v["id"] for v in values if isinstance(v, dict) and isinstance(v.get("id"), str))
    for k, value in enumerate(values):
        value_where = f"{where}.values[{k}]"
        spoken = value.get("name") if isinstance(value, dict) else None
        if not isinstance(spoken, dict) or not _is_text(spoken.get("value")):
            yield error("model.schema", file, f"{value_where}.name.value", f"slot type {name}: value without a name",
                        'write each value as {"id": "yoga", "name": {"value": "yoga", "synonyms": [...]}}')
            continue
        if isinstance(value.get("id"), str) and ids[value["id"]] > 1:
            yield error("model.duplicate-value-id", file, f"{value_where}.id",
                        f"slot type {name}: id {value['id']!r} is used by more than one value",
                        "give every value of a slot type its own id")
        if "synonyms" in spoken:
            synonyms = spoken["synonyms"]
            if not isinstance(synonyms, list) or not synonyms or not all(_is_text(s) for s in synonyms):
                yield error("model.empty-synonyms", file, f"{value_where}.name.synonyms",
                            f"slot type {name}: value {spoken['value']!r} has an empty synonym list or an empty synonym",
                            "list the other ways people say this value, or remove the synonyms key")


def _duplicate_names(index: Model) -> Iterator[Finding]:
    seen: set[str] = set()
    for intent in index.intents:
        if intent.name in seen:
            yield error("model.duplicate-intent", index.source, f"{intent.path}.name",
                        f"intent {intent.name} is declared more than once",
                        "merge the two intents' samples into one declaration")
        seen.add(intent.name)


def _slots(sources: Sources, index: Model) -> Iterator[Finding]:
    raw_intents = sources.language_model.get("intents") or []
    for intent in index.intents:
        raw_slots = raw_intents[intent.position].get("slots")
        raw_slots = [s if isinstance(s, dict) else {} for s in raw_slots] if isinstance(raw_slots, list) else []
        for name, count in Counter(s["name"] for s in raw_slots if isinstance(s.get("name"), str)).items():
            if count > 1:
                yield error("model.duplicate-slot", index.source, f"{intent.path}.slots",
                            f"{intent.name} declares slot {name!r} {count} times", "declare each slot once")
        for k, raw_slot in enumerate(raw_slots):
            slot, type_name = raw_slot.get("name"), raw_slot.get("type")
            if isinstance(type_name, str) and not type_name.startswith("AMAZON.") and type_name not in index.types:
                yield error("model.unknown-slot-type", index.source, f"{intent.path}.slots[{k}].type",
                            f"{intent.name}.{slot} uses slot type {type_name}, which the model does not define",
                            f"add {type_name} to types, or use an existing type or an AMAZON. built-in type")
        used: set[str] = set()
        for j, sample in intent.numbered_samples():
            where = f"{intent.path}.samples[{j}]"
            for old in OLD_SLOT_SYNTAX.findall(sample):
                yield error("model.old-slot-syntax", index.source, where,
                            f"{intent.name}: {sample!r} uses the old {old} syntax",
                            "write just {slotName} and put the example value in the slot type's values")
            for ref in SLOT_REF.findall(sample):
                used.add(ref)
                if ref in intent.slots:
                    continue
                same_but_case = next((s for s in intent.slots if s.lower() == ref.lower()), None)
                hint = (f"slot names are case-sensitive: write {{{same_but_case}}}" if same_but_case
                        else f"declare a slot named {ref!r} on {intent.name}, or remove {{{ref}}} from the sample")
                yield error("model.undeclared-slot", index.source, where,
                            f"{intent.name}: {sample!r} refers to {{{ref}}}, which {intent.name} does not declare", hint)
        for slot in intent.slots:
            if slot not in used and intent.samples:
                yield warning("model.unused-slot", index.source, intent.path,
                              f"{intent.name} declares slot {slot!r} but no sample uses it",
                              f"add samples with {{{slot}}} so people can fill it, or remove the slot")


def _types(sources: Sources, index: Model) -> Iterator[Finding]:
    used = {t for intent in index.intents for t in intent.slots.values()}
    for i, slot_type in enumerate(sources.language_model.get("types") or []):
        name = slot_type.get("name") if isinstance(slot_type, dict) else None
        if name not in index.types:
            continue
        if name not in used:
            yield warning("model.unused-type", index.source, f"types[{i}]", f"slot type {name} is not used by any slot",
                          "remove it, or declare a slot of this type on the intent that needs it")
        seen: dict[str, str] = {}
        for value in index.types[name].values:
            key = value.id
            for form in value.forms:
                if re.search(r"\d", form):
                    yield warning("model.slot-value-digits", index.source, f"types[{i}]",
                                  f"slot type {name}: {form!r} contains digits",
                                  "spell numbers out as people say them")
                other = seen.setdefault(normalise(form), key)
                if other != key:
                    yield warning("model.ambiguous-slot-value", index.source, f"types[{i}]",
                                  f"slot type {name}: {form!r} is a spoken form of both {other!r} and {key!r}",
                                  "keep each spoken form under one value, so entity resolution has one answer")


def _built_ins_and_handlers(index: Model) -> Iterator[Finding]:
    names = {intent.name for intent in index.intents}
    for name in REQUIRED_BUILT_INS:
        if name not in names:
            yield error("model.missing-built-in", index.source, "intents", f"required built-in intent {name} is missing",
                        f'add {{"name": "{name}", "samples": []}} to intents')
    for intent in index.intents:
        if intent.name not in HANDLED_INTENTS:
            yield error("model.no-handler", index.source, f"{intent.path}.name",
                        f"the skill has no handler for {intent.name}; it would be answered as fallback",
                        "add a row to skill/topics.py TOPICS (custom intent) or to BUILT_IN_TURNS, OTHER_TURNS or "
                        "SLOT_TURNS in skill/handlers.py, or remove the intent")


def _topics_reachable(index: Model) -> Iterator[Finding]:
    for topic in TOPICS:
        intent = index.intent(topic.intent)
        if intent is None or not intent.samples:
            yield error("model.topic-unreachable", index.source, "intents",
                        f"topic {topic.id} cannot be reached: intent {topic.intent} is "
                        f"{'missing' if intent is None else 'without samples'}",
                        f"declare {topic.intent} with samples people say to ask about {topic.id}")
        elif topic.slot and topic.slot not in intent.slots:
            yield error("model.topic-slot-missing", index.source, f"{intent.path}.slots",
                        f"topic {topic.id} reads slot {topic.slot!r}, which {topic.intent} does not declare",
                        f"declare the slot {topic.slot!r} on {topic.intent}")


def check(sources: Sources, index: Model) -> Iterator[Finding]:
    """Every model-shape finding for *sources*."""
    if sources.model is None:
        return
    yield from _schema(sources)
    if sources.language_model is None:
        return
    yield from _duplicate_names(index)
    yield from _slots(sources, index)
    yield from _types(sources, index)
    yield from _built_ins_and_handlers(index)
    yield from _topics_reachable(index)
