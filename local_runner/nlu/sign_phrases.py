"""Phrase matching for the warning-sign rules: words on their stems, classes of phrases, short gaps.

The pattern language is the one `data/warning_signs.yaml` documents for clinical reviewers:
a word matches its other forms ("wet" = "wetting"), ``=word`` only that word, ``{class}`` any phrase
of a class, ``..`` up to three other words. A class may name phrases it does ``not`` mean.
Nothing here knows any medicine; it only finds where phrases occur in a list of words.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Mapping, Sequence

from .lexicon import stem as lexicon_stem

#: The most words ``..`` may skip.
GAP_WORDS = 3
_GAP = ".."


@dataclass(frozen=True)
class Element:
    """One step of a compiled phrase: a word (by stem), an exact word, a class, or a gap."""

    kind: str      # "stem", "exact", "class", "gap"
    value: str = ""


Phrase = tuple[Element, ...]


class Stemmer:
    """Word -> stem, with the project's irregular forms plus the rules' own ("came" -> "come")."""

    def __init__(self, irregular: Mapping[str, str] | None = None) -> None:
        self.irregular = dict(irregular or {})

    @lru_cache(maxsize=20000)
    def __call__(self, word: str) -> str:
        return lexicon_stem(self.irregular.get(word, word))


def compile_phrase(text: str, stemmer: Stemmer) -> Phrase:
    """Compile one phrase of the pattern language."""
    elements: list[Element] = []
    for raw in str(text).lower().split():
        if raw == _GAP:
            elements.append(Element("gap"))
        elif raw.startswith("{") and raw.endswith("}"):
            elements.append(Element("class", raw[1:-1]))
        elif raw.startswith("="):
            elements.append(Element("exact", raw[1:]))
        else:
            elements.append(Element("stem", stemmer(raw.strip("'"))))
    return tuple(elements)


class WordClass:
    """A named class: the phrases it means and the longer phrases it does not mean."""

    def __init__(self, name: str, phrases: Sequence[Phrase], excluded: Sequence[Phrase] = ()) -> None:
        self.name = name
        self.phrases = tuple(phrases)
        self.excluded = tuple(excluded)
        # Indexed by their first word, so only phrases that can start at a position are tried.
        self._by_stem: dict[str, list[Phrase]] = {}
        self._by_exact: dict[str, list[Phrase]] = {}
        self._others: list[Phrase] = []
        #: First words any phrase may start with, through referenced classes (see ``resolve_firsts``).
        self.first_stems: frozenset[str] = frozenset()
        self.first_words: frozenset[str] = frozenset()
        self.starts_anywhere = True
        for phrase in self.phrases:
            first = phrase[0]
            if first.kind == "stem":
                self._by_stem.setdefault(first.value, []).append(phrase)
            elif first.kind == "exact":
                self._by_exact.setdefault(first.value, []).append(phrase)
            else:
                self._others.append(phrase)

    @classmethod
    def from_spec(cls, name: str, spec: Any, stemmer: Stemmer) -> "WordClass":
        """The class the rules file writes as a list of phrases, or as ``words`` less ``not``."""
        words, excluded = spec or (), ()
        if isinstance(spec, Mapping):
            words, excluded = spec.get("words") or (), spec.get("not") or ()
        return cls(name, [compile_phrase(p, stemmer) for p in words], [compile_phrase(p, stemmer) for p in excluded])

    def starts(self, text: "Text") -> Iterable[int]:
        """Positions in *text* where a phrase of this class may start."""
        if self.starts_anywhere:
            return range(len(text.words))
        # Only the utterance's own words are looked up (a set intersection), not the class's.
        stems = text.stem_set & self.first_stems
        words = text.word_set & self.first_words
        if not stems and not words:
            return ()
        return sorted({i for s in stems for i in text.positions_of_stem[s]}
                      | {i for w in words for i in text.positions_of_word[w]})

    def starting_at(self, word: str, word_stem: str) -> list[Phrase]:
        """The phrases that may start with this word."""
        return [*self._by_stem.get(word_stem, ()), *self._by_exact.get(word, ()), *self._others]


class Text:
    """One utterance's words, with every class's occurrences found on demand (and remembered)."""

    def __init__(self, words: Sequence[str], stemmer: Stemmer, classes: Mapping[str, WordClass],
                 blocked: Iterable[int] = (), said: Sequence[str] | None = None) -> None:
        self.words = tuple(words)
        #: The words as said, before borrowed phrases were put in English ("kya hota hai" is read
        #: "what is it exactly"): what the speaker said in English and what was read so.
        self.said = tuple(words if said is None else said)
        self.stems = tuple(stemmer(w) for w in self.words)
        self.classes = classes
        #: Positions set aside (other meanings, names): no phrase may use these words.
        self.blocked = frozenset(blocked)
        self._ends: dict[tuple[str, int], frozenset[int]] = {}
        self.positions_of_stem: dict[str, list[int]] = {}
        self.positions_of_word: dict[str, list[int]] = {}
        for i, (word, word_stem) in enumerate(zip(self.words, self.stems)):
            self.positions_of_stem.setdefault(word_stem, []).append(i)
            self.positions_of_word.setdefault(word, []).append(i)
        self.stem_set = frozenset(self.positions_of_stem)
        self.word_set = frozenset(self.positions_of_word)
        self._occurrences: dict[tuple[str, bool], tuple[tuple[int, int], ...]] = {}

    def __len__(self) -> int:
        return len(self.words)

    # ----- matching ------------------------------------------------------------------------------
    def phrase_ends(self, phrase: Phrase, start: int) -> frozenset[int]:
        """Every end position of *phrase* said from *start*."""
        return frozenset(self._match(phrase, 0, start))

    def _match(self, phrase: Phrase, k: int, pos: int) -> Iterable[int]:
        if k == len(phrase):
            yield pos
            return
        element = phrase[k]
        if element.kind == "gap":
            for skip in range(GAP_WORDS + 1):
                if pos + skip > len(self.words):
                    break
                yield from self._match(phrase, k + 1, pos + skip)
            return
        if element.kind == "class":
            for end in self.class_ends(element.value, pos):
                yield from self._match(phrase, k + 1, end)
            return
        if pos >= len(self.words) or pos in self.blocked:
            return
        if (element.kind == "stem" and self.stems[pos] == element.value) or \
                (element.kind == "exact" and self.words[pos] == element.value):
            yield from self._match(phrase, k + 1, pos + 1)

    def class_ends(self, name: str, start: int) -> frozenset[int]:
        """End positions of phrases of class *name* said from *start* (excluded readings removed)."""
        key = (name, start)
        if key not in self._ends:
            word_class = self.classes[name]
            ends: set[int] = set()
            if start < len(self.words):
                for phrase in word_class.starting_at(self.words[start], self.stems[start]):
                    ends.update(self._match(phrase, 0, start))
            ends.discard(start)   # a phrase of nothing is no occurrence
            self._ends[key] = frozenset(ends)
            if word_class.excluded and ends:
                self._ends[key] = frozenset(e for e in ends if not self._inside_excluded(word_class, start, e))
        return self._ends[key]

    def _inside_excluded(self, word_class: WordClass, start: int, end: int) -> bool:
        for begin in range(max(0, start - 6), start + 1):
            for phrase in word_class.excluded:
                if any(stop >= end for stop in self._match(phrase, 0, begin)):
                    return True
        return False

    def occurrences(self, name: str, longest: bool = False) -> tuple[tuple[int, int], ...]:
        """(start, end) of every phrase of class *name*: the shortest reading at each start, or the longest."""
        key = (name, longest)
        if key not in self._occurrences:
            found = []
            pick = max if longest else min
            for start in self.classes[name].starts(self):
                ends = self.class_ends(name, start)
                if ends:
                    found.append((start, pick(ends)))
            self._occurrences[key] = tuple(found)
        return self._occurrences[key]

    def all_occurrences(self, name: str) -> list[tuple[int, int]]:
        """(start, end) of every reading of class *name* (all ends at each start)."""
        return [(start, end) for start in self.classes[name].starts(self)
                for end in sorted(self.class_ends(name, start))]

    def phrase_occurrences(self, phrase: Phrase) -> list[tuple[int, int]]:
        """(start, end) of every reading of *phrase*, shortest at each start."""
        found = []
        for start in range(len(self.words)):
            ends = [e for e in self.phrase_ends(phrase, start) if e > start]
            if ends:
                found.append((start, min(ends)))
        return found

    def any_of(self, names: Iterable[str]) -> list[tuple[str, int, int]]:
        """Occurrences of any of the classes *names*, as (class, start, end)."""
        return [(n, s, e) for n in names for s, e in self.occurrences(n)]

    def text(self, start: int, end: int) -> str:
        return " ".join(self.words[start:end])


def resolve_firsts(classes: Mapping[str, WordClass]) -> None:
    """Work out each class's possible first words, following ``{class}`` references, so that an
    utterance is only searched where a phrase can start (call once all classes exist)."""
    done: dict[str, tuple[frozenset[str], frozenset[str], bool]] = {}

    def firsts(name: str, seen: frozenset[str]) -> tuple[frozenset[str], frozenset[str], bool]:
        if name in done:
            return done[name]
        if name in seen:               # a loop of references: search everywhere, to be safe
            return frozenset(), frozenset(), True
        word_class = classes[name]
        stems, words, anywhere = set(word_class._by_stem), set(word_class._by_exact), False
        for phrase in word_class._others:
            first = phrase[0]
            if first.kind == "class":
                s, w, a = firsts(first.value, seen | {name})
                stems |= s
                words |= w
                anywhere = anywhere or a
            else:
                anywhere = True
        done[name] = (frozenset(stems), frozenset(words), anywhere)
        return done[name]

    for name, word_class in classes.items():
        word_class.first_stems, word_class.first_words, word_class.starts_anywhere = firsts(name, frozenset())


@dataclass(frozen=True)
class Titles:
    """A song or show asked for by its name: the words between an opening word ("play") and a closing
    one ("by" the artist) within *reach*, or, when a short request is the whole utterance (after
    *leading* words such as "alexa"), every word after the opening word ("alexa play heart attack"), not
    a request said before something else ("play something calming, my chest feels heavy")."""
    opens: frozenset[str] = frozenset()
    closes: frozenset[str] = frozenset()
    leading: frozenset[str] = frozenset()
    reach: int = 0

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> "Titles":
        return cls(*(frozenset(str(w) for w in data.get(key) or ()) for key in ("opens", "closes", "leading")),
                   int(data.get("reach") or 0))

    def positions(self, words: Sequence[str]) -> set[int]:
        """Positions of the words that are a title."""
        blocked: set[int] = set()
        for i, word in enumerate(words):
            if word not in self.opens:
                continue
            after = words[i + 1:i + 2 + self.reach]
            close = next((j for j, w in enumerate(after) if j and w in self.closes), None)
            if close is not None:
                blocked.update(range(i + 1, i + 1 + close))
            elif all(w in self.leading for w in words[:i]) and len(words) - i - 1 <= self.reach:
                blocked.update(range(i + 1, len(words)))
        return blocked


def block_phrases(words: Sequence[str], stemmer: Stemmer, other_meanings: WordClass,
                  names_after: frozenset[str] = frozenset(), names_reach: int = 0,
                  not_names: frozenset[str] = frozenset(), titles: Titles = Titles()) -> set[int]:
    """Positions covered by a phrase of *other_meanings*, a title asked for (see Titles), and the words
    of a name after "called"/"named" (a band called the chest pains), unless a word of *not_names*
    follows, which makes it the verb ("she called, she's got a fever")."""
    probe = Text(words, stemmer, {other_meanings.name: other_meanings})
    blocked: set[int] = titles.positions(words)
    for start, end in probe.occurrences(other_meanings.name, longest=True):
        blocked.update(range(start, end))
    for i, word in enumerate(words):
        if word in names_after and (i + 1 == len(words) or words[i + 1] not in not_names):
            blocked.update(range(i + 1, min(len(words), i + 1 + names_reach)))
    return blocked
