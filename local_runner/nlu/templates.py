"""Sample utterances compiled for exact matching: literal text, or a pattern with slot captures.

This is what an exact matcher (virtual-alexa's method) does; the paraphrase scorer covers the rest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from interaction_model.model import Intent
from .normalize import strip_edges, tokens_of

_PLACEHOLDER = re.compile(r"^\{([A-Za-z_]+)\}$")


@dataclass(frozen=True)
class Template:
    """One sample of one intent, normalised."""

    intent: str
    sample: str                   # as written in the model
    words: tuple[str, ...]        # normalised words; slots as "{name}"
    slots: tuple[str, ...]        # slot names in order of appearance
    pattern: re.Pattern[str] | None

    @property
    def text(self) -> str:
        return " ".join(self.words)


def compile_sample(intent: str, sample: str) -> Template:
    """Normalise one sample; samples with slots get a regex with one lazy group per slot."""
    words = tuple(strip_edges(tokens_of(sample)))
    slots = tuple(m.group(1) for w in words if (m := _PLACEHOLDER.match(w)))
    pattern = None
    if slots:
        parts = [f"(?P<{_PLACEHOLDER.match(w).group(1)}>.+?)" if _PLACEHOLDER.match(w)
                 else re.escape(w) for w in words]
        pattern = re.compile(" ".join(parts))
    return Template(intent=intent, sample=sample, words=words, slots=slots, pattern=pattern)


class TemplateIndex:
    """All samples of all intents, for exact and slot-pattern matching."""

    def __init__(self, intents: Iterable[Intent]) -> None:
        self.templates: list[Template] = []
        self.literal: dict[str, list[Template]] = {}
        self.slotted: list[Template] = []
        for intent in intents:
            for sample in intent.samples:
                template = compile_sample(intent.name, sample)
                if not template.words:
                    continue
                self.templates.append(template)
                if template.pattern is None:
                    self.literal.setdefault(template.text, []).append(template)
                else:
                    self.slotted.append(template)

    def exact(self, text: str) -> list[Template]:
        """Samples without slots whose normalised text is exactly *text*."""
        return self.literal.get(text, [])

    def captures(self, text: str) -> list[tuple[Template, dict[str, str]]]:
        """Slotted samples matching all of *text*, with the words each slot captured."""
        out = []
        for template in self.slotted:
            match = template.pattern.fullmatch(text)
            if match:
                out.append((template, match.groupdict()))
        return out
