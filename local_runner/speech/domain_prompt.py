"""The recogniser's domain prompt, built from the interaction model (never a hand-written list).

Whisper reads an initial prompt as the text that came before the recording, so words in it are
recognised more readily: the invocation name, every slot value and synonym (treatments,
medications, warning signs) and the words the model's sample utterances use most. Words that are
everywhere in English (what, does, my) gain nothing and take room, so sample words are ranked by
how often they occur but only those used by at most MAX_INTENTS_PER_WORD intents count.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

import interaction_model

#: Whisper keeps only the last 223 prompt tokens; the recogniser trims the prompt to fit its own
#: tokenizer, and this many words (medical ones are several tokens each) come close.
MAX_WORDS = 90
#: A sample word used by more intents than this is a function word for this model.
MAX_INTENTS_PER_WORD = 3
_WORD = re.compile(r"[a-z][a-z'.]*[a-z]|[a-z]")


def model_document(path: Path | None = None) -> dict[str, Any]:
    """The parsed interaction model the prompt is built from: the one place speech reads the model."""
    return interaction_model.load_model(str(path) if path else None)


def domain_prompt(document: dict[str, Any]) -> str:
    """A prompt for *document*'s domain: "Back pain guide. acupuncture, chiropractic, ..."."""
    language = document["interactionModel"]["languageModel"]
    invocation = language.get("invocationName", "").strip()
    intents = language.get("intents") or []
    common = _common_words(intents)
    canonical, synonyms = _slot_values(language.get("types") or [])
    # Every canonical slot value first; then sample words and synonyms take turns, so neither
    # crowds the other out of the room the prompt has.
    ordered = [*_words(canonical), *_alternate(_frequent_sample_words(intents), _words(synonyms))]
    words: list[str] = []
    for word in ordered:
        if word not in common and word not in words and len(words) < MAX_WORDS:
            words.append(word)
    lead = f"{invocation.capitalize()}. " if invocation else ""
    return lead + ", ".join(words) + "."


def _slot_values(types: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    canonical, synonyms = [], []
    for slot_type in types:
        for value in slot_type.get("values") or []:
            name = value.get("name") or {}
            canonical.append(name.get("value") or "")
            synonyms.extend(name.get("synonyms") or [])
    return canonical, synonyms


def _alternate(first: list[str], second: list[str]) -> list[str]:
    merged = []
    for index in range(max(len(first), len(second))):
        merged.extend(items[index] for items in (first, second) if index < len(items))
    return merged


def _words(phrases: Iterable[str]) -> list[str]:
    return [w for phrase in phrases for w in _WORD.findall(re.sub(r"\{[^}]*\}", " ", phrase.lower())) if len(w) > 3]


def _intents_of_words(intents: list[dict[str, Any]]) -> tuple[Counter[str], dict[str, set[str]]]:
    counts: Counter[str] = Counter()
    intents_of: dict[str, set[str]] = {}
    for intent in intents:
        for word in _words(intent.get("samples") or []):
            counts[word] += 1
            intents_of.setdefault(word, set()).add(intent.get("name", ""))
    return counts, intents_of


def _common_words(intents: list[dict[str, Any]]) -> set[str]:
    _, intents_of = _intents_of_words(intents)
    return {w for w, names in intents_of.items() if len(names) > MAX_INTENTS_PER_WORD}


def _frequent_sample_words(intents: list[dict[str, Any]]) -> list[str]:
    counts, _ = _intents_of_words(intents)
    return sorted(counts, key=lambda w: (-counts[w], w))
