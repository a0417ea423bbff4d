"""The paraphrase scorer: how close an utterance is to each intent, over all its samples.

Two views of the same evidence, averaged:
- *vote*: every concept of the utterance votes for the intents whose samples use it, in
  proportion to how typical it is of each intent and weighted by how rare it is across intents
  (so "surgery" counts, "what" hardly does). Words no sample, synonym or slot value knows vote
  for nobody and so pull every intent down: that is how "what causes neck pain" falls short;
- *best sample*: weighted overlap (an F-measure leaning on covering the sample) with the single
  closest sample, which rewards saying the same thing the same way and names the sample for
  ``--explain``.
Slot-type tokens (a value found anywhere) weigh extra: strong evidence for intents with that slot.
A word of another subject ("neck", "weather") weighs heavily; beside the back or physical
therapy (an *anchor*) half as much, as it is often context there ("booked in for physio"), and
with no anchor at all every intent's score, built-ins too, is halved ("massage for a stiff neck").
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from .lexicon import FOREIGN_PREFIX, TYPE_TOKEN_PREFIX, Lexicon

#: Weight of a function word, of a word nobody knows, and the extra factor of a slot-type token.
STOPWORD_WEIGHT = 0.1
UNKNOWN_WEIGHT = 1.0
#: Weight of a word that names another subject ("neck", "weather"): heavier than an unknown word.
FOREIGN_WEIGHT = 8.0
TYPE_BOOST = 3.0
#: Share of the vote in the final score (the rest is best-sample overlap).
VOTE_SHARE = 0.3
#: Best-sample overlap is an F-measure; above 1, covering the sample counts more than the
#: utterance being covered, so a long-winded question that contains a sample still scores.
SAMPLE_RECALL_BETA = 2.0
_BETA_SQUARED = SAMPLE_RECALL_BETA ** 2
_RECALL_NUMERATOR = 1 + _BETA_SQUARED
#: Built-in intents (Amazon's "yes", "say that again") count only as near-whole matches of one
#: of their short phrasings: every word weighs the same (courtesy words less), and the overlap
#: is raised to this power, so one shared word ("what *time* is it" / "one more *time*") is
#: not enough while "could you repeat that" still is.
BUILTIN_STRICTNESS = 2.0
COURTESY_WEIGHT = 0.3
#: Score of an utterance made of whole phrasings of one built-in ("yeah sure", "no, not now").
COMPOSED_BUILTIN_SCORE = 0.9
#: Score of a reply that opens with an answer word ("no, I'm fine thanks"): enough to win
#: unless the rest of the reply asks for something the skill knows better.
LEADING_ANSWER_SCORE = 0.6
#: Plain weights against built-in phrasings: function words, words nobody knows, and words
#: that name another subject ("turn off the *lights*" is not "turn off").
STOPWORD_PLAIN_WEIGHT = 0.5
UNKNOWN_PLAIN_WEIGHT = 1.5
FOREIGN_PLAIN_WEIGHT = 3.0
BUILTIN_PREFIX = "AMAZON."
#: ...and beside the skill's own subject ("I'm *booked* in for physio", "can't touch my *toes*"),
#: where it is as likely to be context as the subject itself.
ANCHORED_FOREIGN_WEIGHT = 4.0
#: A word of another subject with nothing of the skill's own ("massage for a stiff *neck*",
#: "ibuprofen for *period cramps*": no back, no physical therapy) scales the score by this.
UNANCHORED_FOREIGN_FACTOR = 0.5
#: The score is further scaled by coverage ** COVERAGE_POWER, coverage being the share of the
#: utterance's weight that some sample knows: unknown words ("neck", "acne") drag it down.
COVERAGE_POWER = 1.0


#: Weight of a concept said only in the context before a long utterance's last clause.
CONTEXT_FACTOR = 0.25

#: Extra weight for a concept used lopsidedly across intents (see ``_concentration``).
CONCENTRATION_BONUS = 0.1


def _concentration(association: dict[str, float], n: int) -> float:
    """1 when a concept belongs to one intent, 0 when spread evenly over all *n* (entropy)."""
    if n < 2:
        return 0.0
    entropy = -sum(p * math.log(p) for p in association.values() if p > 0)
    return 1.0 - entropy / math.log(n)


@dataclass(frozen=True)
class ScoredSample:
    intent: str
    sample: str
    concepts: frozenset[str]
    weight: float
    sequence: tuple[str, ...] = ()


@dataclass(frozen=True)
class IntentScore:
    intent: str
    score: float
    sample: str | None


class Scorer:
    """Ranks intents for a bag of concepts; built once from all samples."""

    def __init__(self, samples: Iterable[tuple[str, str, Iterable[str]]], lexicon: Lexicon,
                 answer_openers: Iterable[tuple[str, Iterable[str]]] = (),
                 yielding: Iterable[str] = ()) -> None:
        self.lexicon = lexicon
        #: (intent, concept sequence of an answer word that may open a longer reply)
        self.answer_openers = [(intent, tuple(seq)) for intent, seq in answer_openers]
        #: Built-ins whose answer word gives way to another built-in's phrasing after it.
        self.yielding = frozenset(yielding)
        per_intent: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
        sequences: dict[tuple[str, str], tuple[str, ...]] = {}
        for intent, sample, concepts in samples:
            concepts = tuple(concepts)
            per_intent[intent].append((sample, frozenset(concepts)))
            sequences[(intent, sample)] = concepts
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
        self.association = {
            c: {i: s / sum(by_intent.values()) for i, s in by_intent.items()}
            for c, by_intent in share.items()
        }
        # How rare a concept is across intents, plus how lopsided its use is among those that
        # use it: "why" appears under four intents but mostly under one.
        self.idf = {c: math.log((n + 1) / df)
                    + CONCENTRATION_BONUS * math.log(n + 1) * _concentration(self.association[c], n)
                    for c, df in intent_df.items()}
        self.samples: list[ScoredSample] = []
        self.builtin_samples: list[ScoredSample] = []
        #: samples by every concept they hold (a sample is a candidate through a concept that is no stopword)
        self.index: dict[str, list[int]] = defaultdict(list)
        #: built-in phrasings by every concept they hold (only those sharing one are scored)
        self.builtin_index: dict[str, list[int]] = defaultdict(list)
        for intent, rows in per_intent.items():
            for sample, concepts in rows:
                k = len(self.samples)
                # fsum: a set's order changes from process to process, a correctly rounded sum does not
                self.samples.append(ScoredSample(intent, sample, concepts,
                                                 math.fsum(self.weight(c) for c in concepts)))
                if intent.startswith(BUILTIN_PREFIX):
                    for concept in concepts:
                        self.builtin_index[concept].append(len(self.builtin_samples))
                    self.builtin_samples.append(ScoredSample(
                        intent, sample, concepts, math.fsum(self.plain_weight(c) for c in concepts),
                        sequences[(intent, sample)]))
                    continue
                for concept in concepts:
                    self.index[concept].append(k)
        # rank()'s hot loop reads these by sample number
        self._intent_of = [s.intent for s in self.samples]
        self._beta_weight = [_BETA_SQUARED * s.weight for s in self.samples]

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
        """Weight of a word against a built-in phrasing (see the constants above)."""
        if concept.startswith(FOREIGN_PREFIX):
            return FOREIGN_PLAIN_WEIGHT
        if concept in self.lexicon.courtesy:
            return COURTESY_WEIGHT
        if self.lexicon.is_stopword(concept):
            return STOPWORD_PLAIN_WEIGHT
        return 1.0 if self.knows(concept) else UNKNOWN_PLAIN_WEIGHT

    def _builtin_scores(self, sequence: tuple[str, ...]) -> dict[str, tuple[float, str]]:
        bag = frozenset(sequence)
        total = math.fsum(self.plain_weight(c) for c in bag)
        best: dict[str, tuple[float, str]] = {}
        covered: dict[str, set[str]] = defaultdict(set)
        sharing = sorted({k for c in bag for k in self.builtin_index.get(c, ())})
        for sample in (self.builtin_samples[k] for k in sharing):
            shared = bag & sample.concepts
            if shared == sample.concepts:
                covered[sample.intent] |= shared
            overlap = math.fsum(self.plain_weight(c) for c in shared)
            score = (2 * overlap / (total + sample.weight)) ** BUILTIN_STRICTNESS
            if score > best.get(sample.intent, (-1.0, ""))[0]:
                best[sample.intent] = (score, sample.sample)
        opened: dict[str, frozenset[str]] = {}   # yielding intent -> concepts of its answer word
        if not any(c.startswith(FOREIGN_PREFIX) for c in bag):
            for intent, opener in self.answer_openers:
                if len(sequence) > len(opener) and sequence[: len(opener)] == opener:
                    if intent in self.yielding:
                        opened[intent] = frozenset(opener)
                    if best.get(intent, (0.0, ""))[0] < LEADING_ANSWER_SCORE:
                        best[intent] = (LEADING_ANSWER_SCORE, best.get(intent, (0.0, None))[1])
        needed = {c for c in bag if c not in self.lexicon.courtesy}
        for intent, union in covered.items():
            # "no, forget it": past another built-in's answer word, whole phrasings of this one
            rest = needed - frozenset().union(*(o for i, o in opened.items() if i != intent))
            if rest and rest <= union and best[intent][0] < COMPOSED_BUILTIN_SCORE:
                best[intent] = (COMPOSED_BUILTIN_SCORE, best[intent][1])
        return best

    def rank(self, concepts: Iterable[str], context: frozenset[str] = frozenset()) -> list[IntentScore]:
        """All intents with some evidence, best first. Concepts in *context* (said only before
        the last clause of a long utterance) weigh CONTEXT_FACTOR as much: the question
        usually comes last."""
        sequence = tuple(concepts)
        bag = frozenset(sequence)
        if not bag:
            return []
        # in the order said, not a set's: the same utterance ranks the same way in every process
        # (sums and ties of floats depend on the order they are made in)
        ordered = tuple(dict.fromkeys(sequence))
        anchored = bool(bag & self.lexicon.anchors)
        weights = {c: self.weight(c) for c in ordered}
        if anchored:
            weights.update({c: ANCHORED_FOREIGN_WEIGHT for c in ordered if c.startswith(FOREIGN_PREFIX)})
        for c in context & bag:
            if not self.knows(c) and not c.startswith((FOREIGN_PREFIX, TYPE_TOKEN_PREFIX)):
                weights[c] *= CONTEXT_FACTOR
        total = sum(weights.values())
        vote: dict[str, float] = defaultdict(float)
        for concept, w in weights.items():
            for intent, p in self.association.get(concept, {}).items():
                vote[intent] += w * p
        candidates: set[int] = set()
        overlaps: dict[int, float] = defaultdict(float)   # sample -> weight of the concepts it shares
        for c in ordered:
            if not self.lexicon.is_stopword(c):
                candidates.update(self.index.get(c, ()))
        for c in ordered:
            # only the candidates' overlaps matter: a stopword is in thousands of samples
            for k in candidates.intersection(self.index.get(c, ())):
                overlaps[k] += weights[c]
        # the closest sample of each intent: the hot loop, so on plain lists and no tuples
        top_score: dict[str, float] = {}
        top_at: dict[str, int] = {}
        intent_of, beta_weight = self._intent_of, self._beta_weight
        for k in candidates:
            f_score = _RECALL_NUMERATOR * overlaps[k] / (beta_weight[k] + total)
            intent = intent_of[k]
            if f_score > top_score.get(intent, -1.0):
                top_score[intent] = f_score
                top_at[intent] = k
        best = {intent: (f_score, self.samples[top_at[intent]].sample)
                for intent, f_score in top_score.items()}
        known = sum(w for c, w in weights.items() if self.knows(c))
        coverage = (known / total) ** COVERAGE_POWER
        elsewhere = 1.0
        if not anchored and any(c.startswith(FOREIGN_PREFIX) for c in bag):
            elsewhere = UNANCHORED_FOREIGN_FACTOR
            coverage *= elsewhere
        scores = [IntentScore(intent, min(score * elsewhere, 1.0), sample)
                  for intent, (score, sample) in self._builtin_scores(sequence).items()]
        for intent in sorted((set(vote) | set(best)) - {s.intent for s in scores}):
            if intent.startswith(BUILTIN_PREFIX):
                continue
            closest, sample = best.get(intent, (0.0, None))
            score = coverage * (VOTE_SHARE * vote[intent] / total + (1 - VOTE_SHARE) * closest)
            scores.append(IntentScore(intent, min(score, 1.0), sample))
        scores.sort(key=lambda s: -s.score)
        return scores
