"""Entity resolution: slot values and synonyms from the model, found in speech, exact or fuzzy.

Values are matched on stems with articles and possessives folded together ("a fever", "my
fever", "fevers" all meet "fever"). A word the recogniser split or misspelled ("chiro practor",
"nap roxen") is matched by string similarity (rapidfuzz) on the words joined together.
A several-word value also matches loosely: its content words, read as concepts when a lexicon
is given ("trouble" = "problems", "down there" = "groin"), in any order within a short span.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

import jellyfish
from rapidfuzz import fuzz, process

from interaction_model.model import SlotType

from .lexicon import Lexicon, stems
from .normalize import tokens_of
from .subset_index import SubsetIndex

#: Articles and possessives: "numbness in my groin" = "numbness in the groin".
DETERMINERS = frozenset({"a", "an", "the", "my", "your", "his", "her", "our", "their", "some", "any"})
_DET = "<det>"
#: Longest span of words tried as one misheard value.
MAX_FUZZY_WORDS = 4
#: A several-word value also counts when its content words all occur, in any order, with at most
#: this many other words between them ("numbness in my saddle area" = "saddle numbness").
LOOSE_SLACK = 3
LOOSE_SCORE = 95.0
#: ...but a concept the whole domain uses (back, pain, trouble) must have at most this many
#: content words between it and another of the value's words.
LOOSE_ANCHOR_GAP = 1
#: A fuzzy span may swallow an exact value only when it is itself near-identical to a value
#: ("chiro practor" -> "chiropractor", over the exact "chiro"), not "chiropractor near".
ABSORB_SCORE = 95.0


@dataclass(frozen=True)
class ValueRef:
    """A slot type's value: what an entity resolves to."""

    slot_type: str
    id: str
    canonical: str


@dataclass(frozen=True)
class _Choices:
    """Values to match by similarity: their written forms (joined, no spaces) and what each resolves to."""

    names: list[str]
    refs: list[ValueRef]
    #: answers already worked out: one utterance asks about the same span several times
    #: (over half the lookups), and the answer depends on nothing else
    _known: dict[str, tuple[ValueRef, float] | None] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, entries: Iterable[tuple[str, ValueRef]]) -> "_Choices":
        pairs = list(entries)
        return cls([name for name, _ in pairs], [ref for _, ref in pairs])

    def closest(self, joined: str) -> tuple[ValueRef, float] | None:
        """The value *joined* is a likely misspelling or mishearing of, with its score."""
        if joined not in self._known:
            if len(self._known) >= _KNOWN_LIMIT:
                del self._known[next(iter(self._known))]   # the oldest
            self._known[joined] = self._search(joined)
        return self._known[joined]

    def _search(self, joined: str) -> tuple[ValueRef, float] | None:
        cutoff = fuzzy_cutoff(len(joined))
        if cutoff is None or not self.names:
            return None
        sound = None
        for _, score, k in process.extract(joined, self.names, scorer=fuzz.ratio,
                                           limit=5, score_cutoff=min(cutoff, SOUNDALIKE_CUTOFF)):
            if score >= cutoff:
                return self.refs[k], float(score)
            sound = sound or jellyfish.metaphone(joined)
            if jellyfish.metaphone(self.names[k]) == sound:
                return self.refs[k], float(score)
        return None


_NO_CHOICES = _Choices([], [])
#: spans remembered per list of values: enough for the few utterances just said (one holds a
#: dozen or so spans), not a store that grows in a long session or flatters a benchmark's repeats
_KNOWN_LIMIT = 128


@dataclass(frozen=True)
class Mention:
    """A value found in the words ``words[start:end]``."""

    start: int
    end: int
    ref: ValueRef
    exact: bool
    score: float              # 100 for exact, the similarity for fuzzy


def _fold(words: Sequence[str]) -> list[str]:
    return [_DET if w in DETERMINERS else w for w in words]


def _trim(words: list[str]) -> list[str]:
    while words and words[0] == _DET:
        words = words[1:]
    while words and words[-1] == _DET:
        words = words[:-1]
    return words


def fuzzy_cutoff(length: int) -> float | None:
    """Similarity needed to accept a misheard value of *length* letters (None: too short to guess)."""
    if length < 5:
        return None
    return 88.0 if length < 8 else 85.0


#: A misheard value that sounds the same as a value (metaphone) may be spelled less alike.
SOUNDALIKE_CUTOFF = 78.0

class SlotCatalog:
    """All custom slot values of a model, indexed for exact and fuzzy lookup."""

    def __init__(self, slot_types: Mapping[str, SlotType], stopwords: frozenset[str] = frozenset(),
                 lexicon: Lexicon | None = None, literal_types: frozenset[str] = frozenset()) -> None:
        self.slot_types = slot_types
        self.stopwords = stopwords
        self.lexicon = lexicon
        #: Slot types heard only as written (no fuzzy or order-free matching): values that name a kind of
        #: question ("how often") or a subject ("exercises") must not be guessed from words that resemble
        #: them ("how common", "lifted a heavy box").
        self.literal_types = literal_types
        self.exact: dict[tuple[str, ...], list[ValueRef]] = {}
        fuzzy: dict[str, list[tuple[str, ValueRef]]] = {}   # slot type -> (joined, value)
        self.words: set[str] = set()
        for slot_type in slot_types.values():
            for value in slot_type.values:
                ref = ValueRef(slot_type.name, value.id, value.name)
                for phrase in (value.name, *value.synonyms):
                    words = _trim(_fold(tokens_of(phrase)))
                    if not words:
                        continue
                    self.words.update(w for w in words if w != _DET)
                    refs = self.exact.setdefault(stems(words), [])
                    if ref not in refs:
                        refs.append(ref)
                    if slot_type.name in literal_types:
                        continue
                    joined = "".join(w for w in words if w != _DET)
                    fuzzy.setdefault(slot_type.name, []).append((joined, ref))
        self.max_words = max((len(k) for k in self.exact), default=1)
        # Several-word values by their content (concepts, or stems without a lexicon), for
        # order-free matching.
        self.loose: list[tuple[frozenset[str], ValueRef]] = []
        seen: set[tuple[frozenset[str], ValueRef]] = set()
        for slot_type in slot_types.values():
            if slot_type.name in literal_types:
                continue
            for value in slot_type.values:
                ref = ValueRef(slot_type.name, value.id, value.name)
                for phrase in (value.name, *value.synonyms):
                    words = [w for w in tokens_of(phrase) if w not in DETERMINERS]
                    content = frozenset(c for c, _, _ in self._content(words))
                    if len(content) >= 2 and (content, ref) not in seen:
                        seen.add((content, ref))
                        self.loose.append((content, ref))
        # a several-word value can match only where all its concepts are said
        self._loose_index = SubsetIndex(content for content, _ in self.loose)
        # names apart from their values, once: building the list per lookup was about 6% of the NLU's time
        self.fuzzy = {name: _Choices.of(entries) for name, entries in fuzzy.items()}
        self._all_fuzzy = _Choices.of(entry for entries in fuzzy.values() for entry in entries)

    def find(self, words: Sequence[str], unknown: Iterable[bool] = ()) -> list[Mention]:
        """Non-overlapping value mentions in *words*, longest first.

        Fuzzy matches are tried only on spans holding a word the model and lexicon do not know
        (flagged in *unknown*): a misheard value leaves such a word behind, while known words
        ("message", "weight gain") must not drift into a value they merely resemble.
        """
        folded = _fold(words)
        keys = stems(folded)
        unknown_flags = list(unknown) or [False] * len(words)
        found: list[Mention] = []
        for start in range(len(words)):
            if folded[start] == _DET:
                continue
            for end in range(min(len(words), start + self.max_words), start, -1):
                for ref in self.exact.get(keys[start:end], ()):
                    found.append(Mention(start, end, ref, True, 100.0))
            if keys[start] in self.stopwords:
                continue   # a misheard value neither starts nor ends with "is", "for"...
            for end in range(start + 1, min(len(words), start + MAX_FUZZY_WORDS) + 1):
                if not any(unknown_flags[start:end]) or keys[end - 1] in self.stopwords \
                        or folded[end - 1] == _DET:
                    continue
                hit = self._all_fuzzy.closest("".join(w for w in folded[start:end] if w != _DET))
                if hit:
                    found.append(Mention(start, end, hit[0], False, hit[1]))
        found.extend(self._find_loose(words))
        exact_spans = [set(range(m.start, m.end)) for m in found if m.exact]
        found = [m for m in found if m.exact or m.score >= ABSORB_SCORE
                 or not any(set(range(m.start, m.end)) & span for span in exact_spans)]
        found.sort(key=lambda m: (-(m.end - m.start), not m.exact, -m.score, m.start))
        chosen: list[Mention] = []
        taken: set[int] = set()
        for mention in found:
            span = set(range(mention.start, mention.end))
            if not span & taken:
                chosen.append(mention)
                taken |= span
        return sorted(chosen, key=lambda m: m.start)

    def _content(self, words: Sequence[str]) -> list[tuple[str, int, int]]:
        """Content units of *words* with their word spans: concepts, or stems without a lexicon."""
        if self.lexicon is not None:
            units = self.lexicon.concept_spans(words)
        else:
            units = [(k, i, i + 1) for i, k in enumerate(stems(words))]
        return [(c, start, end) for c, start, end in units
                if c not in self.stopwords and c != _DET and words[start] not in DETERMINERS]

    def _find_loose(self, words: Sequence[str]) -> list[Mention]:
        positions: dict[str, list[tuple[int, int]]] = {}
        content_units = self._content(words)
        for concept, start, end in content_units:
            positions.setdefault(concept, []).append((start, end))
        starts = [start for _, start, _ in content_units]
        found = []
        for at in self._loose_index.within(positions.keys()):
            content, ref = self.loose[at]
            for start in sorted({p[0] for c in content for p in positions[c]}):
                units = {c: next(((s, e) for s, e in positions[c] if s >= start), None)
                         for c in content}
                if None in units.values():
                    break
                end = max(e for _, e in units.values())
                if end - start - sum(e - s for s, e in units.values()) <= LOOSE_SLACK \
                        and self._common_close(units, starts):
                    found.append(Mention(start, end, ref, True, LOOSE_SCORE))
                    break
        return found

    def _common_close(self, units: dict[str, tuple[int, int]], starts: list[int]) -> bool:
        """A concept the whole domain uses ("pain", "trouble") binds only to a neighbour:
        "trouble peeing" is a warning sign, "does walking help back pain" is no "trouble walking"."""
        common = self.lexicon.common if self.lexicon is not None else frozenset()

        def between(a: tuple[int, int], b: tuple[int, int]) -> int:
            low, high = (a[1], b[0]) if a[0] < b[0] else (b[1], a[0])
            return sum(1 for p in starts if low <= p < high)

        return all(
            any(between(span, other) <= LOOSE_ANCHOR_GAP
                for c, other in units.items() if c != concept)
            for concept, span in units.items() if concept in common)

    def names_exactly(self, slot_type: str, words: Sequence[str]) -> bool:
        """Whether *words* are one of *slot_type*'s values or synonyms as written (no similarity)."""
        return self._exact_value(slot_type, _trim(_fold(words))) is not None

    def _exact_value(self, slot_type: str, trimmed: Sequence[str]) -> ValueRef | None:
        return next((ref for ref in self.exact.get(stems(trimmed), ()) if ref.slot_type == slot_type), None)

    def resolve(self, slot_type: str, words: Sequence[str]) -> tuple[ValueRef, bool] | None:
        """Resolve a whole captured slot value to one of *slot_type*'s values: (value, exact)."""
        trimmed = _trim(_fold(words))
        exact = self._exact_value(slot_type, trimmed)
        if exact is not None:
            return exact, True
        joined = "".join(w for w in trimmed if w != _DET)
        hit = self.fuzzy.get(slot_type, _NO_CHOICES).closest(joined)
        return (hit[0], False) if hit else None
