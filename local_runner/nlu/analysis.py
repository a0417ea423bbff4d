"""Turn normalised words into what the scorer compares: slot mentions and concepts.

Samples and utterances go through the same steps, so they meet in the same form:
1. slot values found anywhere (exact, or fuzzy on words nobody knows) become a type token
   such as ``<TreatmentType>``; a sample's ``{treatment}`` becomes the same token;
2. a word nobody knows that is a typo or a sound-alike of a known word is read as that word
   ("surgary", "back pane"), and two words that together make a known one are joined
   ("over view", "the rapist" -> "therapist"), as a recogniser's slips call for;
3. words become concepts (stems, synonym groups) via the lexicon.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import jellyfish
from rapidfuzz import fuzz, process

from .lexicon import (FOREIGN_PREFIX, GROUP_PREFIX, NEGATED_PREFIX, TYPE_TOKEN_PREFIX, Lexicon,
                      stem, stems)
from .slots import Mention, SlotCatalog

#: Reading an unknown word as a known one: spelling similarity (rapidfuzz ratio) needed on its
#: own, with a same-sounding key (metaphone), and for long words; and the shortest word tried.
WORD_FIX_CUTOFF = 90.0
WORD_FIX_SOUNDALIKE_CUTOFF = 75.0
WORD_FIX_LONG_CUTOFF = 85.0
WORD_FIX_LONG_LEN = 7
WORD_FIX_MIN_LEN = 3
#: Words shorter than this need all three: close spelling, same sound, same first letter.
WORD_FIX_SHORT_LEN = 5


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

    def __init__(self, lexicon: Lexicon, catalog: SlotCatalog,
                 protected_types: frozenset[str] = frozenset()) -> None:
        self.lexicon = lexicon
        self.catalog = catalog
        #: Slot types whose values are never given up to a phrase of another subject.
        self.protected_types = protected_types
        self.known_stems: set[str] = {stem(w) for w in catalog.words}
        self.known_stems |= {s for key in lexicon.phrases for s in key}
        self.known_stems |= {s for key in lexicon.rewrites for s in key}
        self.known_stems |= lexicon.stopwords
        #: Runs of stems the interaction model itself says (in samples and slot values).
        self.model_phrases: set[tuple[str, ...]] = set()
        for key in catalog.exact:
            self._remember(key)
        self._vocabulary: list[str] = []

    def learn(self, words: Sequence[str]) -> None:
        """Add a sample's words to the known vocabulary (call for every sample before use)."""
        self._remember(tuple(stem(w) for w in words))
        for word in words:
            if not word.startswith("{"):
                self.known_stems.add(stem(word))
                if len(word) >= WORD_FIX_MIN_LEN and word not in self._vocabulary:
                    self._vocabulary.append(word)

    def _remember(self, keys: tuple[str, ...]) -> None:
        longest = self.lexicon.max_phrase
        for i in range(len(keys)):
            for j in range(i + 1, min(len(keys), i + longest) + 1):
                self.model_phrases.add(keys[i:j])

    def finish(self) -> None:
        """Freeze the vocabulary for fuzzy word correction; what the model says is never foreign."""
        self.lexicon.forget_foreign(self.model_phrases)
        self._vocabulary = sorted(set(self._vocabulary) | {
            w for w in self.catalog.words if len(w) >= WORD_FIX_MIN_LEN})

    def is_known(self, word: str) -> bool:
        return word.startswith("{") or stem(word) in self.known_stems

    def _fix_word(self, word: str) -> str | None:
        """The known word *word* was probably meant to be, or None."""
        if len(word) < WORD_FIX_MIN_LEN or not self._vocabulary or self.lexicon.is_foreign(word):
            return None
        sound = jellyfish.metaphone(word)
        for known, score, _ in process.extract(word, self._vocabulary, scorer=fuzz.ratio, limit=5,
                                               score_cutoff=WORD_FIX_SOUNDALIKE_CUTOFF):
            if len(word) < WORD_FIX_SHORT_LEN:
                if score >= WORD_FIX_LONG_CUTOFF and known[0] == word[0] \
                        and jellyfish.metaphone(known) == sound:
                    return known
                continue
            # Spelling alone must be very close ("sugery"), or a little less for long words;
            # "robot" is not "root".
            if score >= WORD_FIX_CUTOFF \
                    or (score >= WORD_FIX_LONG_CUTOFF and len(word) >= WORD_FIX_LONG_LEN) \
                    or jellyfish.metaphone(known) == sound:
                return known
        return None

    def _repair(self, words: Sequence[str], unknown: list[bool]) -> tuple[list[str], list[bool]]:
        """Join split words and read misheard ones as known words (see module docstring)."""
        out: list[str] = []
        flags: list[bool] = []
        i = 0
        while i < len(words):
            word = words[i]
            if i + 1 < len(words) and (unknown[i] or unknown[i + 1]) \
                    and not words[i + 1].startswith("{"):
                joined = word + words[i + 1]
                fixed = joined if self.is_known(joined) else self._fix_word(joined)
                if fixed:
                    out.append(fixed)
                    flags.append(False)
                    i += 2
                    continue
            if unknown[i]:
                fixed = self._fix_word(word)
                out.append(fixed or word)
                flags.append(fixed is None)
            else:
                out.append(word)
                flags.append(False)
            i += 1
        return out, flags

    def _inside_foreign(self, words: Sequence[str], mention: Mention) -> bool:
        """True if the value is part of a longer phrase that names another subject
        ("a yoga *mat*", "a massage *chair*"): then the phrase is what was said."""
        if mention.ref.slot_type in self.protected_types:
            return False
        longest = self.lexicon.max_phrase
        for start in range(max(0, mention.end - longest), mention.start + 1):
            for end in range(mention.end, min(len(words), start + longest) + 1):
                if end - start > mention.end - mention.start \
                        and stems(words[start:end]) in self.lexicon.foreign:
                    return True
        return False

    def analyze(self, words: Sequence[str], slot_types: dict[str, str] | None = None,
                fuzzy: bool = True) -> Analysis:
        """Analyse normalised *words*; ``{slot}`` placeholders use *slot_types* (name -> type)."""
        # Words that name another subject are known to be what they are: never a misheard value.
        unknown = [fuzzy and not self.is_known(w) and not self.lexicon.is_foreign(w) for w in words]
        mentions = tuple(m for m in self.catalog.find(words, unknown if fuzzy else ())
                         if not self._inside_foreign(words, m))
        if fuzzy and any(unknown) and not mentions:
            # Misheard words are repaired only when no slot value was found, so that the
            # words a slot value was heard as stay as they were heard; a repaired word never
            # becomes a slot value ("full moon" must not turn into "a fall").
            words, unknown = self._repair(words, unknown)
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
            elif unknown[i] and mentions:
                tokens.append(self._fix_word(word) or word)
            else:
                tokens.append(word)
            i += 1
        concepts = self.lexicon.concepts(tokens)
        still_unknown = frozenset(c for c in concepts if not c.startswith((GROUP_PREFIX, NEGATED_PREFIX, TYPE_TOKEN_PREFIX, FOREIGN_PREFIX))
                                  and c not in self.known_stems)
        return Analysis(tuple(words), mentions, tuple(concepts), still_unknown)
