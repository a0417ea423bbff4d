"""Amazon's usual phrasings for the standard built-in intents, merged with the model's samples.

Alexa understands "never mind" or "say that again" without a single sample in the skill's model;
``data/builtins.yaml`` holds those phrasings. Only built-ins the model declares are understood,
as on Alexa, and any samples the model adds to a built-in extend it.
"""
from __future__ import annotations


from functools import lru_cache
from pathlib import Path

from interaction_model.model import Intent, Model

from ..yaml_data import read_yaml

DATA_FILE = Path(__file__).with_name("data") / "builtins.yaml"
FALLBACK_INTENT = "AMAZON.FallbackIntent"


@lru_cache(maxsize=None)
def _data() -> dict:
    return read_yaml(DATA_FILE)


def amazon_phrasings() -> dict[str, tuple[str, ...]]:
    """Built-in intent name -> Amazon's usual phrasings."""
    return {name: tuple(str(p) for p in phrases) for name, phrases in _data()["phrasings"].items()}


def answer_openers() -> dict[str, tuple[str, ...]]:
    """Built-in -> answer words that may open a longer reply ("no, I'm fine thanks")."""
    return {name: tuple(str(p) for p in words)
            for name, words in (_data().get("answers") or {}).items()}


def yielding_answers() -> frozenset[str]:
    """Built-ins whose answer word gives way to a whole phrasing of another built-in after it
    ("no, forget it" is a cancel)."""
    return frozenset(str(name) for name in (_data().get("yielding_answers") or ()))


def with_builtin_phrasings(model: Model) -> tuple[Intent, ...]:
    """The model's intents, each declared built-in extended with Amazon's phrasings."""
    phrasings = amazon_phrasings()
    merged = []
    for intent in model.intents:
        extra = tuple(p for p in phrasings.get(intent.name, ()) if p not in intent.samples)
        merged.append(intent.with_samples(extra) if extra else intent)
    return tuple(merged)
