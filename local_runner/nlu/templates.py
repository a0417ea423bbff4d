"""Sample utterances compiled for exact matching: literal text, or a pattern with slot captures.

This is what an exact matcher (virtual-alexa's method) does; the paraphrase scorer covers the rest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Iterable, Iterator, Sequence

from interaction_model.model import Intent
from .normalize import strip_edges, tokens_of
from .subset_index import SubsetIndex

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

    @cached_property
    def _last_slot(self) -> int:
        """Where the sample's last slot is (the one slot with no cap on its words); -1 with none."""
        return max((i for i, w in enumerate(self.words) if _PLACEHOLDER.match(w)), default=-1)

    def splits(self, text: str, longest: int) -> Iterator[dict[str, str]]:
        """The ways the slots can share out the words of *text* around the sample's own words,
        every slot but the last taking at most *longest* words (a value's length: more could not
        name one), in order from the fewest words for the first slot. None when it does not fit.

        The pattern's lazy groups give only one split ("take the {medication} {aspect}" reads
        "anti" as the medicine and "inflammatories morning and night" as the aspect); Alexa fills
        the slots with values that fit, so the NLU may score the others too. Bounded because
        a sample of slots alone fits any utterance, however long.
        """
        if self.pattern is None:
            return
        words = text.split()   # walk() checks the sample's own words, so no second fullmatch is needed
        last = self._last_slot

        def walk(at: int, used: int, taken: dict[str, str]) -> Iterator[dict[str, str]]:
            if at == len(self.words):
                if used == len(words):
                    yield dict(taken)
                return
            slot = _PLACEHOLDER.match(self.words[at])
            if slot is None:
                if used < len(words) and words[used] == self.words[at]:
                    yield from walk(at + 1, used + 1, taken)
                return
            stop = len(words) if at == last else min(len(words), used + longest)
            for end in range(used + 1, stop + 1):
                taken[slot.group(1)] = " ".join(words[used:end])
                yield from walk(at + 1, end, taken)
            taken.pop(slot.group(1), None)

        yield from walk(0, 0, {})


def compile_sample(intent: str, sample: str) -> Template:
    """Normalise one sample; samples with slots get a regex with one lazy group per slot."""
    words = tuple(strip_edges(tokens_of(sample)))
    slots = tuple(m.group(1) for w in words if (m := _PLACEHOLDER.match(w)))
    pattern = None
    if slots and len(set(slots)) < len(slots):
        return Template(intent=intent, sample=sample, words=(), slots=slots, pattern=None)  # Alexa refuses it too
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
        # a sample fits only utterances that say every word of its own (each slot takes a word at least)
        self._fitting = SubsetIndex(frozenset(w for w in t.words if not _PLACEHOLDER.match(w))
                                    for t in self.slotted)

    def could_fit(self, words: Sequence[str]) -> list[int]:
        """Positions in ``slotted``, in order, of the samples *words* could fit: a sample's own
        words are whole words of any utterance it fits, and each slot takes a word at least."""
        return [at for at in self._fitting.within(set(words)) if len(self.slotted[at].words) <= len(words)]

    def exact(self, text: str) -> list[Template]:
        """Samples without slots whose normalised text is exactly *text*."""
        return self.literal.get(text, [])
