"""Rules on sample utterances: the characters Alexa accepts, carrier phrases, and no repeats.

Alexa's build rejects digits and most punctuation in samples, a sample that is only a slot, and the
same sample twice; a slot sample that, filled with one of its values, equals another intent's sample
builds but sends that phrase to an unpredictable intent, so it is a warning.
"""
from __future__ import annotations

import re
from typing import Iterator

from skill_tools.validate.findings import Finding, error, warning
from interaction_model.model import OLD_SLOT_SYNTAX, SLOT_REF, Model, normalise

#: Letters, spaces, apostrophes, hyphens, a single letter with a period ("p. t."), and {slot} references.
#: Amazon's phrase slot types, which Alexa refuses in a sample without a carrier phrase.
PHRASE_SLOT_TYPES = frozenset({"AMAZON.SearchQuery"})
ALLOWED_SAMPLE = re.compile(r"^(?:[A-Za-z'\- ]|\b[A-Za-z]\.|\{[A-Za-z_]+\})+$")


def _characters(index: Model) -> Iterator[Finding]:
    for intent in index.intents:
        for j, sample in intent.numbered_samples():
            where = f"{intent.path}.samples[{j}]"
            if not sample.strip():
                yield error("sample.empty", index.source, where, f"{intent.name}: empty sample", "remove it")
                continue
            if re.search(r"\d", sample):
                yield error("sample.digits", index.source, where, f"{intent.name}: {sample!r} contains digits",
                            "spell numbers out as people say them (\"two weeks\", not \"2 weeks\")")
            elif not ALLOWED_SAMPLE.match(OLD_SLOT_SYNTAX.sub("{slot}", sample)):  # {a|b} is the old-syntax rule's
                yield error("sample.characters", index.source, where,
                            f"{intent.name}: {sample!r} has characters Alexa does not accept in samples",
                            "use only letters, spaces, apostrophes and hyphens, periods only in spelled-out "
                            "abbreviations (\"p. t.\"), and slots as {slotName}")
            if sample != sample.strip() or "  " in sample:
                yield warning("sample.whitespace", index.source, where,
                              f"{intent.name}: {sample!r} has leading, trailing or doubled spaces",
                              "remove the extra spaces")
            refs = SLOT_REF.findall(sample)
            repeated = sorted({ref for ref in refs if refs.count(ref) > 1})
            if repeated:
                yield error("sample.slot-repeated", index.source, where,
                            f"{intent.name}: {sample!r} uses {{{repeated[0]}}} more than once; Alexa refuses the model",
                            "use each slot at most once in a sample (declare a second slot if two values are said)")
            phrase_slots = [ref for ref in refs if intent.slots.get(ref) in PHRASE_SLOT_TYPES]
            if phrase_slots and not SLOT_REF.sub("", sample).strip():
                # A custom slot may stand alone ("{symptom}"); Amazon's phrase slots need a carrier phrase.
                yield error("sample.slot-only", index.source, where,
                            f"{intent.name}: {sample!r} is only a {intent.slots[phrase_slots[0]]} slot, "
                            "with no carrier phrase", "add the words people say around it, e.g. \"search for {query}\"")


def _duplicates(index: Model) -> Iterator[Finding]:
    first: dict[str, tuple[str, str]] = {}
    for intent in index.intents:
        for j, sample in intent.numbered_samples():
            key, where = normalise(sample), f"{intent.path}.samples[{j}]"
            if not key:
                continue
            if key in first:
                other_intent, other_where = first[key]
                whose = " of the same intent" if other_intent == intent.name else f", a sample of {other_intent}"
                yield error("sample.duplicate", index.source, where,
                            f"{intent.name}: {sample!r} repeats {other_where}{whose}",
                            "keep the sample once, under the intent it should reach")
            else:
                first[key] = (intent.name, where)


def _slot_collisions(index: Model) -> Iterator[Finding]:
    literal_owner = {normalise(s): i.name for i in index.intents for s in i.samples if not SLOT_REF.search(s)}
    for intent in index.intents:
        for j, sample in intent.numbered_samples():
            if not SLOT_REF.search(sample):
                continue
            others = [text for text, owner in literal_owner.items() if owner != intent.name]
            clashes = sorted((text, literal_owner[text]) for text in index.fillings(intent, sample, others))
            for text, owner in clashes:
                yield warning("sample.slot-collision", index.source, f"{intent.path}.samples[{j}]",
                              f"{intent.name}: {sample!r} filled with a slot value says {text!r}, "
                              f"which is a sample of {owner}",
                              "remove one of the two, or change the slot value's synonyms")


def check(index: Model) -> Iterator[Finding]:
    """Every sample-utterance finding that needs only the model."""
    yield from _characters(index)
    yield from _duplicates(index)
    yield from _slot_collisions(index)
