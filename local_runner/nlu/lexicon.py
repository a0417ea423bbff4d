"""Word knowledge for paraphrases: stemming, function words, and groups of same-meaning words.

Everything here is generic (``data/lexicon.yaml``); it turns normalised words into *concepts*
so that "what's behind my lumbar ache" and "what causes lower back pain" share most of them,
and "physical therapy didn't help" keeps its negation ("!neg") apart from "it helps".
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import snowballstemmer

from ..yaml_data import read_yaml
from .normalize import tokens_of

DATA_FILE = Path(__file__).with_name("data") / "lexicon.yaml"
#: Prefix of tokens that stand for a slot type ("<TreatmentType>"), passed through untouched.
TYPE_TOKEN_PREFIX = "<"
#: Prefix of synonym-group concepts ("~pain"), the concept of a negated predicate, and the
#: prefix of words that name another subject ("#neck").
GROUP_PREFIX = "~"
NEGATED_PREFIX = "!"
NEGATED = NEGATED_PREFIX + "neg"
FOREIGN_PREFIX = "#"

_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=None)
def _irregular() -> dict[str, str]:
    data = read_yaml(DATA_FILE)
    return {str(k): str(v) for k, v in (data.get("irregular") or {}).items()}


@lru_cache(maxsize=20000)
def stem(word: str) -> str:
    """Stem of one lower-case word (irregular forms first read as their base word)."""
    if word.startswith(TYPE_TOKEN_PREFIX):
        return word
    return _stemmer.stemWord(_irregular().get(word, word))


def stems(words: Iterable[str]) -> tuple[str, ...]:
    """Stems of several words."""
    return tuple(stem(w) for w in words)


def _phrasal_variants(words: list[str], particles: frozenset[str],
                      objects: Sequence[Sequence[str]]) -> list[list[str]]:
    """"wrap up" -> also "wrap it up", "wrap it all up"...: a pronoun may split a phrasal verb."""
    variants = []
    for i in range(1, len(words)):
        if words[i] in particles:
            variants.extend(words[:i] + list(obj) + words[i:] for obj in objects)
    return variants


class Lexicon:
    """Stopwords, synonym groups and negation, matched on stems, longest phrase first."""

    def __init__(self, stopwords: Iterable[str], synonyms: dict[str, Sequence[str]],
                 negators: Iterable[str] = (), negatable: Iterable[str] = (),
                 negation_window: int = 3, phrasal_particles: Iterable[str] = (),
                 phrasal_objects: Iterable[str] = (), foreign: Iterable[str] = (),
                 courtesy: Iterable[str] = (),
                 exclusions: Iterable[str] | dict[str, int] = (),
                 excluded_as: dict[str, str] | None = None,
                 rewrites: dict[str, str] | None = None, exclusion_verbs: Iterable[str] = (),
                 function_groups: Iterable[str] = (), anchors: Iterable[str] = (),
                 common: Iterable[str] = (), clause_openers: Iterable[str] = (),
                 open_value_kinds: dict[str, str] | None = None, open_value_default: str | None = None,
                 open_value_endings: dict[str, Sequence[str]] | None = None) -> None:
        self.stopwords: frozenset[str] = frozenset(
            [*(stem(w) for w in stopwords), *(GROUP_PREFIX + g for g in function_groups)])
        #: Phrases that mean the same as another phrase ("carry on" = "keep going"), on stems.
        self.rewrites: dict[tuple[str, ...], tuple[str, ...]] = {
            stems(tokens_of(str(k))): stems(tokens_of(str(v))) for k, v in (rewrites or {}).items()}
        self.max_rewrite = max((len(k) for k in self.rewrites), default=0)
        #: Concepts that tie an utterance to the skill's own subject (the back, physical therapy).
        self.anchors: frozenset[str] = frozenset(GROUP_PREFIX + a for a in anchors)
        #: Concepts the whole domain uses ("pain", "trouble"): weak glue between other words.
        self.common: frozenset[str] = frozenset(GROUP_PREFIX + c for c in common)
        self.courtesy: frozenset[str] = frozenset(stem(w) for w in courtesy)
        #: Words that open a new clause, often the question after its context ("..., so what now").
        self.clause_openers: frozenset[str] = frozenset(stem(str(w)) for w in clause_openers)
        self.phrases: dict[tuple[str, ...], str] = {}
        particles = frozenset(phrasal_particles)
        objects = [o.split() for o in phrasal_objects]
        for concept, members in synonyms.items():
            for phrase in [concept, *members]:
                words = tokens_of(str(phrase))
                for variant in [words, *_phrasal_variants(words, particles, objects)]:
                    key = stems(variant)
                    if key:
                        self.phrases.setdefault(key, GROUP_PREFIX + concept)
        self.foreign: dict[tuple[str, ...], str] = {}
        for phrase in foreign:
            key = stems(tokens_of(str(phrase)))
            if key and key not in self.phrases:
                self.foreign[key] = FOREIGN_PREFIX + " ".join(key)
        self.max_phrase = max((len(k) for k in [*self.phrases, *self.foreign]), default=1)
        self.negators = frozenset(GROUP_PREFIX + n for n in negators)
        self.negatable = frozenset(GROUP_PREFIX + n for n in negatable)
        self.negation_window = negation_window
        #: Light verbs a ruling-out passes over ("that don't *involve* pills or surgery").
        self.exclusion_verbs = frozenset(stem(w) for w in exclusion_verbs)
        #: Concept that rules out what follows -> how many content words it reaches.
        self.exclusions: dict[str, int] = {
            GROUP_PREFIX + n: (exclusions[n] if isinstance(exclusions, dict) else negation_window)
            for n in exclusions}
        self.excluded_as = {GROUP_PREFIX + k: GROUP_PREFIX + v for k, v in (excluded_as or {}).items()}
        #: Topic id -> the concept that marks a value no slot type lists as that topic's kind
        #: ("cortisone" is a medicine, "cupping" a treatment), and the topic of a value of no
        #: known kind ("does reiki help": not a drug word, so a treatment).
        self.open_value_kinds: dict[str, str] = {
            t: GROUP_PREFIX + g for t, g in (open_value_kinds or {}).items()}
        self.open_value_default = open_value_default
        #: Topic id -> word endings of its kind of thing (drug names: "-profen", "-pentin").
        self.open_value_endings: dict[str, tuple[str, ...]] = {
            t: tuple(e) for t, e in (open_value_endings or {}).items()}

    @classmethod
    def load(cls, path: Path = DATA_FILE) -> "Lexicon":
        """Read the lexicon data file."""
        data = read_yaml(path)
        return cls(data["stopwords"], data["synonyms"], data.get("negators", ()),
                   data.get("negatable", ()), data.get("negation_window", 3),
                   data.get("phrasal_particles", ()), data.get("phrasal_objects", ()),
                   data.get("foreign", ()), data.get("courtesy", ()), data.get("exclusions", ()),
                   data.get("excluded_as"), data.get("rewrites"), data.get("exclusion_verbs", ()),
                   data.get("function_groups", ()), data.get("anchors", ()), data.get("common", ()),
                   data.get("clause_openers", ()), data.get("open_value_kinds"),
                   data.get("open_value_default"), data.get("open_value_endings"))

    def value_kinds(self, words: Sequence[str]) -> set[str]:
        """Topic ids whose kind of thing *words* name (see ``open_value_kinds``)."""
        concepts = set(self.concepts(words))
        kinds = {t for t, c in self.open_value_kinds.items() if c in concepts}
        kinds.update(t for t, endings in self.open_value_endings.items()
                     if any(w.endswith(endings) for w in words))
        return kinds

    def forget_foreign(self, model_phrases: set[tuple[str, ...]]) -> None:
        """Stop treating as foreign any word or phrase the interaction model itself says
        (*model_phrases*: runs of stems from its samples and slot values)."""
        self.foreign = {k: v for k, v in self.foreign.items() if k not in model_phrases}

    def concepts(self, words: Sequence[str]) -> list[str]:
        """Map words to concepts: synonym groups ("~pain"), else the stem; slot tokens kept."""
        return [concept for concept, _, _ in self.concept_spans(words)]

    def concept_spans(self, words: Sequence[str]) -> list[tuple[str, int, int]]:
        """Concepts of *words*, each with the span of words it came from (start, end)."""
        keys, origin = self._rewrite(stems(words))
        out: list[str] = []
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(keys):
            for length in range(min(self.max_phrase, len(keys) - i), 0, -1):
                span = keys[i : i + length]
                concept = self.phrases.get(span) or self.foreign.get(span)
                if concept:
                    break
            else:
                concept, length = keys[i], 1
            out.append(concept)
            spans.append((origin[i][0], origin[i + length - 1][1]))
            i += length
        return [(c, start, end) for c, (start, end) in zip(self._negate(out), spans)]

    def _rewrite(self, keys: tuple[str, ...]) -> tuple[tuple[str, ...], list[tuple[int, int]]]:
        """Replace phrases by the phrase they mean, longest first ("head back" -> "go back");
        each resulting key keeps the span of the words it replaced."""
        out: list[str] = []
        origin: list[tuple[int, int]] = []
        i = 0
        while i < len(keys):
            for length in range(min(self.max_rewrite, len(keys) - i), 0, -1):
                replacement = self.rewrites.get(keys[i : i + length])
                if replacement is not None:
                    out.extend(replacement)
                    origin.extend([(i, i + length)] * len(replacement))
                    i += length
                    break
            else:
                out.append(keys[i])
                origin.append((i, i + 1))
                i += 1
        return tuple(out), origin

    def _negate(self, concepts: list[str]) -> list[str]:
        """After each negator, within the window: the first negatable concept becomes NEGATED,
        and ruled-out treatments ("not pills or surgery") read as their stand-in."""
        out = list(concepts)
        for i, concept in enumerate(concepts):
            if concept in self.exclusions:
                seen = 0
                for j in range(i + 1, len(out)):
                    if out[j] in self.clause_openers:
                        break
                    if out[j] in self.excluded_as:
                        out[j] = self.excluded_as[out[j]]
                    elif not self.is_stopword(out[j]) and out[j] not in self.negatable \
                            and out[j] not in self.exclusion_verbs:
                        seen += 1
                        if seen >= self.exclusions[concept]:
                            break
            if concept not in self.negators:
                continue
            seen = 0
            for j in range(i + 1, len(out)):
                if out[j] in self.clause_openers:
                    break   # "I've never seen a therapist, so would it help": a new clause
                if out[j] in self.negatable:
                    out[j] = NEGATED
                    break
                if not self.is_stopword(out[j]):
                    seen += 1
                    if seen >= self.negation_window:
                        break
        return out

    def is_foreign(self, word: str) -> bool:
        """True if the single word names another subject ("neck", "weather")."""
        return (stem(word),) in self.foreign

    def is_stopword(self, concept: str) -> bool:
        """True for function words, which weigh little in matching."""
        return concept in self.stopwords
