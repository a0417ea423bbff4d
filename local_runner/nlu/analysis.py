"""Turn normalised words into what the scorer compares: slot mentions and concepts.

Samples and utterances go through the same steps, so they meet in the same form:
1. slot values found anywhere (exact, or fuzzy on words nobody knows) become a type token
   such as ``<TreatmentType>``; a sample's ``{treatment}`` becomes the same token;
2. a word nobody knows that is one typo away from a known word is read as that word;
3. words become concepts (stems, synonym groups) via the lexicon.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from rapidfuzz import fuzz, process

from .lexicon import (FOREIGN_PREFIX, GROUP_PREFIX, NEGATED_PREFIX, TYPE_TOKEN_PREFIX, Lexicon,
                      stem)
from .slots import Mention, SlotCatalog

#: Similarity needed to read an unknown word as a known one (and the shortest word tried).
WORD_FIX_CUTOFF = 88.0
WORD_FIX_MIN_LEN = 5


def type_token(slot_type: str) -> str:
    """The token standing for any value of *slot_type*."""
    return f"{TYPE_TOKEN_PREFIX}{slot_type}>"


@dataclass(frozen=True)
class Analysis:
    words: tuple[str, ...]
    mentions: tuple[Mention, ...]
    concepts: tuple[str, ...]
    unknown: frozenset[str] = field(default_factory=frozenset)   # concepts nobody knows


class Analyzer:
    """Shared analysis of samples (at load) and utterances (at run time)."""

    def __init__(self, lexicon: Lexicon, catalog: SlotCatalog) -> None:
        self.lexicon = lexicon
        self.catalog = catalog
        self.known_stems: set[str] = {stem(w) for w in catalog.words}
        self.known_stems |= {s for key in lexicon.phrases for s in key}
        self.known_stems |= lexicon.stopwords
        self._vocabulary: list[str] = []

    def learn(self, words: Sequence[str]) -> None:
        """Add a sample's words to the known vocabulary (call for every sample before use)."""
        for word in words:
            if not word.startswith("{"):
                self.known_stems.add(stem(word))
                if len(word) >= WORD_FIX_MIN_LEN and word not in self._vocabulary:
                    self._vocabulary.append(word)

    def finish(self) -> None:
        """Freeze the vocabulary for fuzzy word correction; model words are never foreign."""
        self.lexicon.forget_foreign(self.known_stems)
        self._vocabulary = sorted(set(self._vocabulary) | {
            w for w in self.catalog.words if len(w) >= WORD_FIX_MIN_LEN})

    def is_known(self, word: str) -> bool:
        return word.startswith("{") or stem(word) in self.known_stems

    def _fix_word(self, word: str) -> str:
        if len(word) < WORD_FIX_MIN_LEN or not self._vocabulary:
            return word
        best = process.extractOne(word, self._vocabulary, scorer=fuzz.ratio,
                                  score_cutoff=WORD_FIX_CUTOFF)
        return best[0] if best else word

    def analyze(self, words: Sequence[str], slot_types: dict[str, str] | None = None,
                fuzzy: bool = True) -> Analysis:
        """Analyse normalised *words*; ``{slot}`` placeholders use *slot_types* (name -> type)."""
        unknown = [fuzzy and not self.is_known(w) for w in words]
        mentions = tuple(self.catalog.find(words, unknown if fuzzy else ()))
        tokens: list[str] = []
        i = 0
        by_start = {m.start: m for m in mentions}
        while i < len(words):
            mention = by_start.get(i)
            if mention:
                tokens.append(type_token(mention.ref.slot_type))
                i = mention.end
                continue
            word = words[i]
            if word.startswith("{") and slot_types is not None:
                tokens.append(type_token(slot_types.get(word.strip("{}"), "?")))
            elif unknown[i]:
                tokens.append(self._fix_word(word))
            else:
                tokens.append(word)
            i += 1
        concepts = self.lexicon.concepts(tokens)
        still_unknown = frozenset(c for c in concepts if not c.startswith((GROUP_PREFIX, NEGATED_PREFIX, TYPE_TOKEN_PREFIX, FOREIGN_PREFIX))
                                  and c not in self.known_stems)
        return Analysis(tuple(words), mentions, tuple(concepts), still_unknown)
