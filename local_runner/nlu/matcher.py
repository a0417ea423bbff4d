"""The paraphrase scorer: how close an utterance is to each intent, over all its samples.

Two views of the same evidence, averaged:
- *vote*: every concept of the utterance votes for the intents whose samples use it, in
  proportion to how typical it is of each intent and weighted by how rare it is across intents
  (so "surgery" counts, "what" hardly does). Words no sample, synonym or slot value knows vote
  for nobody and so pull every intent down: that is how "what causes neck pain" falls short;
- *best sample*: weighted overlap (Dice) with the single closest sample, which rewards saying
  the same thing the same way and names the sample for ``--explain``.
Slot-type tokens (a value found anywhere) weigh extra: strong evidence for intents with that slot.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from .lexicon import FOREIGN_PREFIX, TYPE_TOKEN_PREFIX, Lexicon

#: Weight of a function word, of a word nobody knows, and the extra factor of a slot-type token.
STOPWORD_WEIGHT = 0.1
UNKNOWN_WEIGHT = 1.6
#: Weight of a word that names another subject ("neck", "weather"): heavier than an unknown word.
FOREIGN_WEIGHT = 8.0
TYPE_BOOST = 3.0
#: Share of the vote in the final score (the rest is best-sample overlap).
VOTE_SHARE = 0.3
#: Built-in intents (Amazon's "yes", "say that again") count only as near-whole matches of one
#: of their short phrasings: every word weighs the same (courtesy words less), and the overlap
#: is raised to this power, so one shared word ("what *time* is it" / "one more *time*") is
#: not enough while "could you repeat that" still is.
BUILTIN_STRICTNESS = 3.0
COURTESY_WEIGHT = 0.3
BUILTIN_PREFIX = "AMAZON."
#: The score is further scaled by coverage ** COVERAGE_POWER, coverage being the share of the
#: utterance's weight that some sample knows: unknown words ("neck", "acne") drag it down.
COVERAGE_POWER = 1.0


@dataclass(frozen=True)
class ScoredSample:
    intent: str
    sample: str
    concepts: frozenset[str]
    weight: float


@dataclass(frozen=True)
class IntentScore:
    intent: str
    score: float
    sample: str | None


class Scorer:
    """Ranks intents for a bag of concepts; built once from all samples."""

    def __init__(self, samples: Iterable[tuple[str, str, Iterable[str]]], lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        per_intent: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
        for intent, sample, concepts in samples:
            per_intent[intent].append((sample, frozenset(concepts)))
        self.intents = sorted(per_intent)
        n = len(self.intents)
        intent_df: dict[str, int] = defaultdict(int)
        share: dict[str, dict[str, float]] = defaultdict(dict)   # concept -> intent -> share
        for intent, rows in per_intent.items():
            counts: dict[str, int] = defaultdict(int)
            for _, concepts in rows:
                for concept in concepts:
                    counts[concept] += 1
            for concept, count in counts.items():
                intent_df[concept] += 1
                share[concept][intent] = count / len(rows)
        self.idf = {c: math.log((n + 1) / df) for c, df in intent_df.items()}
        self.association = {
            c: {i: s / sum(by_intent.values()) for i, s in by_intent.items()}
            for c, by_intent in share.items()
        }
        self.samples: list[ScoredSample] = []
        self.builtin_samples: list[ScoredSample] = []
        self.index: dict[str, list[int]] = defaultdict(list)
        for intent, rows in per_intent.items():
            for sample, concepts in rows:
                k = len(self.samples)
                self.samples.append(ScoredSample(intent, sample, concepts,
                                                 sum(self.weight(c) for c in concepts)))
                if intent.startswith(BUILTIN_PREFIX):
                    self.builtin_samples.append(ScoredSample(
                        intent, sample, concepts, sum(self.plain_weight(c) for c in concepts)))
                    continue
                for concept in concepts:
                    if not lexicon.is_stopword(concept):
                        self.index[concept].append(k)

    def knows(self, concept: str) -> bool:
        """True if some sample uses the concept, or it is a function word."""
        return concept in self.idf or self.lexicon.is_stopword(concept)

    def weight(self, concept: str) -> float:
        """How much a concept tells about the intent (see module docstring)."""
        if self.lexicon.is_stopword(concept):
            return STOPWORD_WEIGHT
        if concept.startswith(FOREIGN_PREFIX):
            return FOREIGN_WEIGHT
        if concept not in self.idf:
            return UNKNOWN_WEIGHT
        boost = TYPE_BOOST if concept.startswith(TYPE_TOKEN_PREFIX) else 1.0
        return self.idf[concept] * boost

    def plain_weight(self, concept: str) -> float:
        """Weight of a word when comparing with a built-in phrasing: all equal, courtesy less."""
        return COURTESY_WEIGHT if concept in self.lexicon.courtesy else 1.0

    def _builtin_scores(self, bag: frozenset[str]) -> dict[str, tuple[float, str]]:
        total = sum(self.plain_weight(c) for c in bag)
        best: dict[str, tuple[float, str]] = {}
        for sample in self.builtin_samples:
            shared = bag & sample.concepts
            if not shared:
                continue
            overlap = sum(self.plain_weight(c) for c in shared)
            score = (2 * overlap / (total + sample.weight)) ** BUILTIN_STRICTNESS
            if score > best.get(sample.intent, (-1.0, ""))[0]:
                best[sample.intent] = (score, sample.sample)
        return best

    def rank(self, concepts: Iterable[str]) -> list[IntentScore]:
        """All intents with some evidence, best first."""
        bag = frozenset(concepts)
        if not bag:
            return []
        weights = {c: self.weight(c) for c in bag}
        total = sum(weights.values())
        vote: dict[str, float] = defaultdict(float)
        for concept, w in weights.items():
            for intent, p in self.association.get(concept, {}).items():
                vote[intent] += w * p
        best: dict[str, tuple[float, str]] = {}
        candidates = {k for c in bag for k in self.index.get(c, ())}
        for k in candidates:
            sample = self.samples[k]
            overlap = sum(weights[c] for c in bag & sample.concepts)
            dice = 2 * overlap / (total + sample.weight)
            if dice > best.get(sample.intent, (-1.0, ""))[0]:
                best[sample.intent] = (dice, sample.sample)
        known = sum(w for c, w in weights.items() if self.knows(c))
        coverage = (known / total) ** COVERAGE_POWER
        scores = [IntentScore(intent, min(score, 1.0), sample)
                  for intent, (score, sample) in self._builtin_scores(bag).items()]
        for intent in (set(vote) | set(best)) - {s.intent for s in scores}:
            if intent.startswith(BUILTIN_PREFIX):
                continue
            dice, sample = best.get(intent, (0.0, None))
            score = coverage * (VOTE_SHARE * vote[intent] / total + (1 - VOTE_SHARE) * dice)
            scores.append(IntentScore(intent, min(score, 1.0), sample))
        scores.sort(key=lambda s: -s.score)
        return scores
