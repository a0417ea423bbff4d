"""Warning signs of serious back trouble, found offline as clinical concepts in context.

The rules are data a clinician can review (``data/warning_signs.yaml``): classes of words (a body
function or place, a problem word, a risk factor, an event), signs found by phrases or by classes
said together, and context rules in medspaCy's ConText categories (``sign_context.py``). This module
only applies them::

    signs = WarningSigns.load()
    found = signs.detect("my back's been bad and now i can't feel the loo roll".split())
    found.sign, found.level, found.heard      # "saddle_numbness", "emergency", "can not feel the loo roll"
    print(found.explain())                    # which rule fired, and the context that kept it

The NLU engine asks it first (medical safety, DESIGN.md): a sign found is answered as a warning
whatever else was asked. It is deliberately independent of the NLU's lexicon, so a word that the
lexicon reads as another subject (cancer, chest, sleep) can never hide a sign.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

import yaml

from ..yaml_data import SafeLoader, read_yaml
from .loanwords import Loanwords, LoanwordError
from .normalize import normalize
from .sign_context import CHILD, OTHER, SELF, Context, Judgement
from .sign_model import Opinion, SignModel, default_model
from .sign_phrases import Phrase, Stemmer, Text, Titles, WordClass, block_phrases, compile_phrase, resolve_firsts
from .subset_index import SubsetIndex
from .types import NluDataError

DATA_FILE = Path(__file__).with_name("data") / "warning_signs.yaml"
#: A context judge: (text, finding, its sign, every finding) -> the verdict.
Judge = Callable[[Text, "Finding", "Sign", Sequence["Finding"]], Judgement]
#: What the second opinion reads in place of a word set aside (no stem looks like it).
BLOCKED = "~"
#: The urgency levels the content knows (skill/content/en.json warning_signs.levels).
LEVELS = ("emergency", "urgent")


class SignRulesError(NluDataError):
    """The warning-sign data file cannot be used; the message says where and what."""


class _WordsLoader(SafeLoader):
    """YAML as a reviewer writes it: "no", "yes", "true" and "off" stay words, never booleans (a word
    list once held True for "true", which no utterance can match); flags are read by `_flag`."""


_WordsLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _said(utterance: str | Sequence[str]) -> list[str]:
    """The words as the recogniser hands them over: normalised, or already a list of words."""
    return normalize(utterance).split() if isinstance(utterance, str) else list(utterance)


def _flag(spec: Mapping[str, Any], key: str, default: bool) -> bool:
    """A yes/no setting of a sign, written true or false."""
    value = spec.get(key, default)
    if isinstance(value, bool):
        return value
    if str(value).lower() in ("true", "false"):
        return str(value).lower() == "true"
    raise SignRulesError(f"warning-sign rules: {key} must be true or false, not {value!r}")


@dataclass(frozen=True)
class Rule:
    """One way a sign is found: a phrase in order, or classes said together within a few words."""

    label: str                               # as written in the data file (for --explain)
    phrase: Phrase | None = None
    together: tuple[str, ...] = ()
    within: int = 0
    near: tuple[str, ...] = ()               # `with`: one of these classes close by as well
    near_within: int = 0                     # ...at most this many words from the found words
    unless: tuple[str, ...] = ()             # none of these classes anywhere in the utterance
    past_counts: bool = False                # a lasting condition: had years ago is had now (thin bones)
    explainable: bool = True                 # False: the sign named outright is never explained away


@dataclass(frozen=True)
class Sign:
    """A warning sign as the data file defines it."""

    id: str
    level: str
    sources: tuple[str, ...]
    means: str
    rules: tuple[Rule, ...]
    others_need_back: bool = True
    children_need_back: bool = True
    past_counts: bool = False
    passing_counts: bool = False
    recent_counts: bool = False
    not_if: tuple[str, ...] = ()
    still_if: tuple[str, ...] = ()
    others_count_if: tuple[str, ...] = ()
    children_count_if: tuple[str, ...] = ()


@dataclass(frozen=True)
class Preference:
    """One sign answered instead of another of its level (``prefer`` in the data): "no feeling down
    there when we're together" is sexual dysfunction, though numbness down there comes first."""

    sign: str
    over: str
    when: tuple[str, ...]          # classes one of which must be said, with *sign* found too
    alone_when: tuple[str, ...]    # classes that answer *sign* even when it was not found on its own
    unless: tuple[str, ...]        # classes that keep *over*

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any]) -> Preference:
        return cls(str(spec["sign"]), str(spec["over"]), tuple(spec["when"]), tuple(spec.get("alone_when") or ()),
                   tuple(spec.get("unless") or ()))


@dataclass(frozen=True)
class Finding:
    """Words that match one of a sign's rules, before context is considered."""

    sign: str
    start: int
    end: int
    rule: str
    parts: tuple[tuple[str, int, int], ...] = ()    # (class, start, end) of each part
    past_counts: bool = False                        # its rule's: said in the past, it still counts
    explainable: bool = True                         # its rule's: a cause said near it may explain it

    def counts_past(self, sign: "Sign") -> bool:
        """Whether this finding still counts when said in the past (its sign's or its rule's setting)."""
        return sign.past_counts or self.past_counts


@dataclass(frozen=True)
class Detection:
    """What the detector concluded about one utterance."""

    words: tuple[str, ...]                   # the words as the rules read them
    sign: str | None                         # the sign answered (None: no warning sign)
    level: str | None
    heard: str | None                        # the words the sign was found in
    rule: str | None
    who: str | None
    judged: tuple[Judgement, ...] = field(default_factory=tuple)   # every finding and its verdict
    opinion: Opinion | None = None           # the learned second opinion, when it was asked

    def __bool__(self) -> bool:
        return self.sign is not None

    def explain(self) -> str:
        """One line per finding: the sign, the words, the rule, and what the context made of it."""
        if not self.judged:
            if self.opinion is None:
                return "no warning-sign concept heard"
            taken = f"warning sign {self.sign} ({self.level})" if self.sign else "below its threshold, no warning"
            return (f"no warning-sign concept heard by the rules; learned second opinion: {self.opinion.sign} "
                    f"p={self.opinion.probability:.2f}: {taken}")
        lines = []
        if self.rule == LEARNED and self.opinion is not None:
            lines.append(f"learned second opinion: {self.opinion.sign} p={self.opinion.probability:.2f}, "
                         "sure enough to overrule the context below")
        for verdict in self.judged:
            f = verdict.finding
            said = " ".join(self.words[f.start:f.end])
            outcome = f"kept ({verdict.who})" if verdict.kept else f"dropped: {verdict.reason}"
            lines.append(f'{f.sign}: "{said}" by {f.rule!r}; {outcome}')
        if self.sign is not None:
            lines.insert(0, f"warning sign {self.sign} ({self.level})")
        return "\n".join(lines)


class WarningSigns:
    """The warning-sign rules, compiled once; ``detect`` runs on one utterance in well under a millisecond."""

    def __init__(self, data: Mapping[str, Any], source: Path = DATA_FILE,
                 second_opinion: SignModel | None = None) -> None:
        self.source = source
        #: Asked when the rules hear no sign concept, or set every one aside (see sign_model.py).
        self.second_opinion = second_opinion
        self.stemmer = Stemmer({str(k): str(v) for k, v in (data.get("irregular") or {}).items()})
        self.spoken_forms = {str(k): str(v).split() for k, v in (data.get("spoken_forms") or {}).items()}
        for said in self.spoken_forms:
            if len(said.split()) != 1:
                # a word is looked up alone, so a key of two words never matches ("ab says" once sat here)
                raise SignRulesError(f"warning-sign rules {source}: spoken_forms {said!r} is not one word; "
                                     "a phrase misheard as several words belongs in the loanwords table")
        try:
            self.loanwords = Loanwords.from_data(data.get("loanwords"), split=True)
        except LoanwordError as error:
            raise SignRulesError(f"warning-sign rules {source}: {error}") from None
        self.false_starts = FalseStarts.from_data(data.get("false_starts") or {})
        self.other_meanings = WordClass("@other_meanings", [compile_phrase(p, self.stemmer)
                                                            for p in data.get("other_meanings") or ()])
        self.names_after = frozenset(str(w) for w in data.get("names_after") or ())
        self.not_names = frozenset(str(w) for w in data.get("not_names") or ())
        self.names_reach = int(data.get("names_reach") or 0)
        self.titles = Titles.from_data(data.get("titles") or {})
        self.classes = {name: WordClass.from_spec(name, spec, self.stemmer)
                        for name, spec in (data.get("words") or {}).items()}
        self.signs = {sign_id: self._sign(sign_id, spec) for sign_id, spec in (data.get("signs") or {}).items()}
        self.order = tuple(data.get("order") or self.signs)
        self.prefer = tuple(Preference.from_spec(spec) for spec in data.get("prefer") or ())
        self.context = Context(data.get("context") or {}, self.stemmer, self.classes,
                               lasting=frozenset(i for i, sign in self.signs.items() if sign.past_counts))
        self._check()
        #: every stem a phrase of the rules is written with, for reading "workin'" as "working"
        written = [phrase for word_class in (*self.classes.values(), self.other_meanings)
                   for phrase in (*word_class.phrases, *word_class.excluded)]
        written += [rule.phrase for sign in self.signs.values() for rule in sign.rules if rule.phrase]
        self._known_stems = frozenset(element.value for phrase in written for element in phrase
                                      if element.kind in ("stem", "exact"))
        resolve_firsts({**self.classes, self.other_meanings.name: self.other_meanings})
        #: Every rule with the classes it needs, and those classes by the words they can start with:
        #: an utterance's words are looked up once, rather than each of about 300 rules asking whether
        #: each of its classes can start somewhere in it.
        self._rules = tuple((sign.id, rule, frozenset(rule.together))
                            for sign in self.signs.values() for rule in sign.rules)
        self._anywhere, self._by_first_stem, self._by_first_word = self._first_word_index(
            frozenset().union(*(needed for _, _, needed in self._rules)))
        #: an utterance is tried only on the rules all of whose classes can start somewhere in it
        self._rules_index = SubsetIndex(needed for _, _, needed in self._rules)

    @classmethod
    def load(cls, path: Path | str | None = None) -> "WarningSigns":
        """Read the rules (default: the project's data file and the shipped second opinion, read once)."""
        if path is None:
            return _default()
        path = Path(path)
        try:
            data = read_yaml(path, _WordsLoader) or {}
            # more loanword tables, in files of their own (written apart from the rules): next to the
            # rules file, else the project's own (a copy of the rules elsewhere still reads them)
            tables = {name: read_yaml(_beside(path, name), _WordsLoader) or {}
                      for name in data.get("loanword_tables") or ()}
        except (OSError, yaml.YAMLError) as exc:
            raise SignRulesError(f"warning-sign rules {path}: {exc}") from exc
        if tables:
            data = {**data, "loanwords": {**(data.get("loanwords") or {}),
                                          **{f"{language} ({name})": table for name, languages in tables.items()
                                             for language, table in languages.items()}}}
        return cls(data, path)

    # ----- loading ----------------------------------------------------------------------------
    def _rule(self, spec: Any) -> Rule:
        if isinstance(spec, str):
            spec = {"rule": spec}
        # what any rule may say of itself, whichever kind it is
        settings = {"unless": tuple(spec.get("unless") or ()), "past_counts": _flag(spec, "past_counts", False),
                    "explainable": _flag(spec, "explainable", True)}
        if "together" in spec:
            names = tuple(spec["together"] or ())
            if not names:
                raise SignRulesError(f"warning-sign rules {self.source}: a 'together' rule names no class: {spec!r}")
            near = tuple(spec.get("with") or ())
            label = " + ".join(names) + (f" (with {' or '.join(near)})" if near else "") + \
                f" within {spec.get('within', 0)}"
            within = int(spec.get("within", 0))
            return Rule(label, None, names, within, near, int(spec.get("with_within", within)), **settings)
        text = spec["rule"]
        # A phrase rule is looked up as a word class of its own (indexed by its first word).
        name = f"@rule:{text}"
        self.classes.setdefault(name, WordClass(name, [compile_phrase(text, self.stemmer)]))
        return Rule(text, compile_phrase(text, self.stemmer), together=(name,), **settings)

    def _sign(self, sign_id: str, spec: Mapping[str, Any]) -> Sign:
        return Sign(sign_id, str(spec.get("level")), tuple(spec.get("sources") or ()), str(spec.get("means", "")),
                    tuple(self._rule(r) for r in spec.get("found_by") or ()),
                    _flag(spec, "others_need_back", True), _flag(spec, "children_need_back", True),
                    _flag(spec, "past_counts", False), _flag(spec, "passing_counts", False),
                    _flag(spec, "recent_counts", False),
                    tuple(spec.get("not_if") or ()),
                    tuple(spec.get("still_if") or ()),
                    tuple(spec.get("others_count_if") or ()),
                    tuple(spec.get("children_count_if") or ()))

    def _check(self) -> None:
        """Fail at load, naming the file, on a rule that refers to nothing."""
        def need(name: str, where: str) -> None:
            if name not in self.classes:
                raise SignRulesError(f"warning-sign rules {self.source}: {where} names an unknown word class {name!r}")

        for word_class in self.classes.values():
            for phrase in (*word_class.phrases, *word_class.excluded):
                for element in phrase:
                    if element.kind == "class":
                        need(element.value, f"words.{word_class.name}")
        for sign in self.signs.values():
            if sign.level not in LEVELS:
                raise SignRulesError(f"warning-sign rules {self.source}: signs.{sign.id} has level {sign.level!r}; "
                                     f"use one of {', '.join(LEVELS)}")
            for rule in sign.rules:
                for name in (*rule.together, *rule.near, *rule.unless):
                    need(name, f"signs.{sign.id}")
                for element in rule.phrase or ():
                    if element.kind == "class":
                        need(element.value, f"signs.{sign.id}")
            for name in (*sign.not_if, *sign.still_if, *sign.others_count_if, *sign.children_count_if):
                need(name, f"signs.{sign.id}")
        for sign_id in self.context.resolved_for:
            if sign_id not in self.signs:
                raise SignRulesError(f"warning-sign rules {self.source}: context.historical.resolved_for names an "
                                     f"unknown sign {sign_id!r}")
        if self.context.passing_unlisted:
            raise SignRulesError(f"warning-sign rules {self.source}: context.historical.passing names phrases that are "
                                 f"not in resolved: {', '.join(self.context.passing_unlisted)}")
        if self.context.told_tags_unclosed:
            raise SignRulesError(f"warning-sign rules {self.source}: context.generic.told_tags names phrases that are "
                                 f"not closers: {', '.join(self.context.told_tags_unclosed)}")
        for sign_id in self.order:
            if sign_id not in self.signs:
                raise SignRulesError(f"warning-sign rules {self.source}: order names an unknown sign {sign_id!r}")
        for pref in self.prefer:
            for one in (pref.sign, pref.over):
                if one not in self.signs:
                    raise SignRulesError(f"warning-sign rules {self.source}: prefer names an unknown sign {one!r}")
            if self.signs[pref.sign].level != self.signs[pref.over].level:
                raise SignRulesError(f"warning-sign rules {self.source}: prefer puts {pref.sign} before {pref.over}, "
                                     "a sign of another level")
            for name in (*pref.when, *pref.alone_when, *pref.unless):
                need(name, "prefer")

    # ----- running ----------------------------------------------------------------------------
    def words_of(self, utterance: str | Sequence[str]) -> list[str]:
        """The words the rules read: normalised as the recogniser hands them over, joined forms split."""
        return self._read(_said(utterance))

    def _read(self, said: list[str]) -> list[str]:
        """Words as said, read: borrowed phrases put in English, false starts dropped."""
        return self.false_starts.read_once(self.loanwords.read(said, self._spoken))

    def _spoken(self, word: str) -> list[str]:
        """A word as the rules read it: its spoken form ("cannae" -> "can not"), or with its g put back."""
        return self.spoken_forms.get(word, [self._g_restored(word)])

    def _g_restored(self, word: str) -> str:
        """A dropped g put back ("drainin'" -> "draining", "mornin" -> "morning") when the rules know
        the -ing word and not the word as said; other words as they are."""
        # "-ain" words are no dropped g ("spain", "brain"), nor are words the rules know ("thin"), nor
        # borrowed words ("kamar mein dard": Hindi "mein" is "in", not "meaning")
        if len(word) < 4 or not word.endswith("in") or word.endswith("ain") or self.stemmer(word) in self._known_stems \
                or word in self.loanwords.borrowed:
            return word
        full = word + "g"
        return full if self.stemmer(full) in self._known_stems else word

    def text(self, utterance: str | Sequence[str]) -> Text:
        """The utterance, with words of other meanings set aside, ready for matching."""
        said = _said(utterance)
        words = self._read(said)
        blocked = block_phrases(words, self.stemmer, self.other_meanings, self.names_after, self.names_reach,
                                self.not_names, self.titles)
        return Text(words, self.stemmer, self.classes, blocked, said)

    def opinion_stems(self, utterance: str | Sequence[str]) -> list[str]:
        """What the second opinion reads (in training too): the stems, with words of other meanings
        set aside as the rules set them aside ("fell *behind* on my homework" is no fall to it either)."""
        return _opinion_stems(self.text(utterance))

    def findings(self, text: Text) -> list[Finding]:
        """Every reading of every sign's rules (the context judges each; one kept is enough)."""
        found: dict[tuple[str, int, int], Finding] = {}
        present = self._may_start(text)
        for at in self._rules_index.within(present):
            sign_id, rule, _ = self._rules[at]
            if rule.unless and text.any_of(rule.unless):
                continue
            for finding in self._apply(sign_id, rule, text):
                found.setdefault((finding.sign, finding.start, finding.end), finding)
        return sorted(found.values(), key=lambda f: (f.start, f.end))

    def _may_start(self, text: Text) -> frozenset[str]:
        """A quick look before the search: the classes of which a phrase can start somewhere here."""
        present = set(self._anywhere)
        for stem in text.stem_set:
            present.update(self._by_first_stem.get(stem, ()))
        for word in text.word_set:
            present.update(self._by_first_word.get(word, ()))
        return frozenset(present)

    def _first_word_index(self, names: frozenset[str]) -> tuple[frozenset[str], dict[str, list[str]],
                                                                dict[str, list[str]]]:
        """The classes that may start anywhere, and the others by the stems and words they start with."""
        by_stem: dict[str, list[str]] = {}
        by_word: dict[str, list[str]] = {}
        for name in sorted(names):
            word_class = self.classes[name]
            for stem in word_class.first_stems:
                by_stem.setdefault(stem, []).append(name)
            for word in word_class.first_words:
                by_word.setdefault(word, []).append(name)
        return frozenset(n for n in names if self.classes[n].starts_anywhere), by_stem, by_word

    def _apply(self, sign_id: str, rule: Rule, text: Text) -> list[Finding]:
        out = []
        for parts in _together(text, rule.together, rule.within):
            start, end = parts[0][1], max(p[2] for p in parts)
            if rule.near:
                # the nearest phrase of a `with` class becomes part of the finding, so that its words
                # ("can't" in "can't hold her water") are never read as context around it
                near = [(max(s - end, start - e, 0), (name, s, e)) for name, s, e in text.any_of(rule.near)
                        if (0 <= s - end <= rule.near_within or 0 <= start - e <= rule.near_within
                            or (s >= start and e <= end))
                        and all(e <= ps or s >= pe for _, ps, pe in parts)]
                if not near:
                    continue
                part = min(near)[1]
                parts = tuple(sorted((*parts, part), key=lambda p: p[1]))
                start, end = min(start, part[1]), max(end, part[2])
            out.append(Finding(sign_id, start, end, rule.label, parts, rule.past_counts, rule.explainable))
        return out

    def analyse(self, utterance: str | Sequence[str], judge: Judge | None = None) -> Detection:
        """Every finding with the context's verdict, and the sign answered (if any). *judge* replaces
        the context rules (bench/bench_context.py compares them with medspaCy's ConText)."""
        return self._analyse(self.text(utterance), judge)

    def _analyse(self, text: Text, judge: Judge | None = None) -> Detection:
        findings = self.findings(text)
        judge = judge or self.context.judge
        judged = _experiencer_shared(_context_shared(tuple(judge(text, f, self.signs[f.sign], findings)
                                                           for f in findings)))
        first: dict[str, Judgement] = {}
        for verdict in judged:
            if verdict.kept:
                first.setdefault(verdict.finding.sign, verdict)
        for sign_id in self.order:
            if sign_id in first:
                answered = self._preferred(text, sign_id, first)
                # a sign preferred without a finding of its own is heard in the words of the one it replaces
                verdict = first.get(answered, first[sign_id])
                f = verdict.finding
                return Detection(text.words, answered, self.signs[answered].level, text.text(f.start, f.end),
                                 f.rule, verdict.who, judged)
        return Detection(text.words, None, None, None, None, None, judged)

    def _preferred(self, text: Text, sign_id: str, kept: Mapping[str, Judgement]) -> str:
        """The sign answered when *sign_id* comes first in ``order``: another sign the rules prefer to it
        (``prefer`` in the data): a kept one when one of its ``when`` words is said, or, when one of its
        ``alone_when`` words is said, even one the rules did not find on its own; never when one of its
        ``unless`` words is said."""
        for pref in self.prefer:
            if pref.over != sign_id or (pref.unless and text.any_of(pref.unless)):
                continue
            if (pref.sign in kept and text.any_of(pref.when)) or (pref.alone_when and text.any_of(pref.alone_when)):
                return pref.sign
        return sign_id

    def detect(self, utterance: str | Sequence[str], earlier: Sequence[str] = ()) -> Detection:
        """The warning sign in *utterance* (falsy when there is none): the rules' verdict (``analyse``),
        or the learned second opinion's: when they heard no sign concept at all, above its threshold;
        when their context set every finding aside, only when it is all but certain (``overrule``).

        *earlier* is what the user said before in the same session, latest last: a sign about
        someone else, set aside for want of their back trouble, counts when an earlier question
        told of it ("my dad's back has been bad for months", then "he fell off a ladder")."""
        text = self.text(utterance)   # once: the rules and the second opinion read the same words
        detection = self._analyse(text)
        if not detection and earlier:
            detection = self._after_earlier(text, detection, earlier) or detection
        model = self.second_opinion
        if detection or model is None:
            return detection
        # where the context set a finding aside, only a near-certain opinion overrules it
        needed = model.overrule if detection.judged else model.threshold
        if needed is None:
            return detection
        opinion = model.opinion(_opinion_stems(text))
        if opinion.probability < needed or opinion.sign not in self.signs:
            return replace(detection, opinion=opinion)
        who = next((v.who for v in detection.judged if v.finding.sign == opinion.sign), "self")
        return replace(detection, sign=opinion.sign, level=self.signs[opinion.sign].level,
                       heard=" ".join(detection.words), rule=LEARNED, who=who, opinion=opinion)

    def _after_earlier(self, text: Text, alone: Detection, earlier: Sequence[str]) -> Detection | None:
        """*text* judged again, knowing their back trouble, when a sign in it about someone else was
        set aside and one of the last ``EARLIER_TURNS`` questions of *earlier* told of that trouble,
        naming no other person than *text* names ("he", or "my dad" after "my dad's back ..."; not
        "my son"). Only the verdicts that hang on their back change (no back trouble said for them,
        a condition of theirs that explains the sign); a denial or another meaning stays."""
        if not any(not v.kept and v.who in (OTHER, CHILD) for v in alone.judged):
            return None
        people = self.context.people_named(text)
        for said in reversed(earlier[-EARLIER_TURNS:]):
            told = self.text(said)
            if people <= self.context.people_named(told) and self.context.others_back_trouble(told):
                again = self._analyse(text, partial(self.context.judge, their_back_said=True))
                return replace(again, who=f"{again.who}, whose back trouble was told earlier") if again else None
        return None


#: How many of the session's earlier questions a sign about someone else may lean on (above).
EARLIER_TURNS = 3

#: The rule named for a warning given by the learned second opinion, not by a rule.
LEARNED = "learned second opinion"


@dataclass(frozen=True)
class FalseStarts:
    """Runs said again straight after themselves, read once (``false_starts`` in the data), and runs
    said again after a self-correction ("he hasn't been, no I mean he hasn't been able to pee")."""

    longest: int = 0
    stutters: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()
    repairs: tuple[tuple[str, ...], ...] = ()
    longest_repaired: int = 0

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> "FalseStarts":
        repairs = sorted((tuple(str(p).split()) for p in data.get("repairs") or ()), key=len, reverse=True)
        return cls(int(data.get("longest") or 0), frozenset(str(w) for w in data.get("stutters") or ()),
                   frozenset(str(w) for w in data.get("numbers") or ()), tuple(repairs),
                   int(data.get("longest_repaired") or 0))

    def read_once(self, words: list[str]) -> list[str]:
        """*words* with each false start read once: "i cant i can not feel" -> "i can not feel"."""
        out: list[str] = []
        for word in words:
            out.append(word)
            if not self._drop_repeat(out):
                self._drop_repaired(out)
        return out

    def _drop_repeat(self, out: list[str]) -> bool:
        for size in range(self.longest, 0, -1):
            run = out[-size:]
            if len(out) >= 2 * size and run == out[-2 * size:-size] \
                    and (size > 1 or run[0] in self.stutters) and not self.numbers.issuperset(run):
                del out[-size:]
                return True
        return False

    def _drop_repaired(self, out: list[str]) -> None:
        # the abandoned start and the repair go; what follows the repair is what was meant
        for repair in self.repairs:
            n = len(repair)
            for size in range(self.longest_repaired, 1, -1):
                if len(out) >= 2 * size + n and out[-size:] == out[-2 * size - n:-size - n] \
                        and tuple(out[-size - n:-size]) == repair:
                    del out[-2 * size - n:-size]
                    return


def _opinion_stems(text: Text) -> list[str]:
    return [BLOCKED if i in text.blocked else stem for i, stem in enumerate(text.stems)]


#: A reading passes its verdict on only when it is this tight ("my bum is not numb"): a longer one may
#: have caught a negation (or a "used to") meant for something else.
SHARED_SPAN = 5
#: The context verdicts a tight reading passes on to the other readings of its words.
SHARED_REASONS = ("negated", "historical")


def _context_shared(judged: tuple[Judgement, ...]) -> tuple[Judgement, ...]:
    """A word negated (or said to be past) in one reading is so in every reading of the same sign that
    uses it: in "my bum isn't numb, I can feel the seat fine", "numb" with "seat" is no sign either;
    in "me back used to wake me at night", "wake me" with "back" is past too."""
    shared = {(v.finding.sign, part): v.reason for v in judged if not v.kept and v.reason in SHARED_REASONS
              and v.finding.end - v.finding.start <= SHARED_SPAN for part in v.finding.parts}
    if not shared:
        return judged
    return tuple(next((replace(v, kept=False, reason=shared[v.finding.sign, part]) for part in v.finding.parts
                       if (v.finding.sign, part) in shared), v) if v.kept else v for v in judged)


def _experiencer_shared(judged: tuple[Judgement, ...]) -> tuple[Judgement, ...]:
    """A sign's words set aside as another person's stay theirs when a longer reading only adds a back
    said after them: in "my mum has osteoporosis, i'm asking about my own back", "osteoporosis" with
    "my own back" is hers too (the "i" and "my" are about the back, not whose osteoporosis it is)."""
    theirs = [v for v in judged if not v.kept and v.who in (OTHER, CHILD) and v.reason.startswith("about ")]
    if not theirs:
        return judged
    return tuple(next((replace(v, kept=False, reason=t.reason, who=t.who) for t in theirs
                       if t.finding.sign == v.finding.sign and _adds_only_a_back(v.finding, t.finding)), v)
                 if v.kept and v.who == SELF else v for v in judged)


def _adds_only_a_back(longer: Finding, shorter: Finding) -> bool:
    """*longer* opens with *shorter* and adds nothing to it but a back said after it."""
    added = [p for p in longer.parts if p[1] >= shorter.end]
    return (longer.start == shorter.start and longer.end > shorter.end and bool(added)
            and all(name == BACK_PART for name, _, _ in added))


#: The word class of a back said with a risk ("osteoporosis ... my back"), as the rules name it.
BACK_PART = "back_body"


def _together(text: Text, names: Sequence[str], within: int) -> list[tuple[tuple[str, int, int], ...]]:
    """Each way one phrase of every class in *names* is said, in any order, no two overlapping,
    each at most *within* words from the next; the tightest combination per first part."""
    lists = []
    for name in names:   # stop at the first class not said: the others need not be looked for
        found = text.occurrences(name)
        if not found:
            return []
        lists.append([(name, s, e) for s, e in found])
    results = []
    for first in lists[0]:
        best: tuple[tuple[str, int, int], ...] | None = None
        for combo in _combinations(lists[1:], [first], within, text.stems):
            span = max(p[2] for p in combo) - min(p[1] for p in combo)
            if best is None or span < max(p[2] for p in best) - min(p[1] for p in best):
                best = combo
        if best is not None:
            results.append(tuple(sorted(best, key=lambda p: p[1])))
    return results


def _combinations(rest: list[list[tuple[str, int, int]]], chosen: list[tuple[str, int, int]],
                  within: int, stems: Sequence[str]) -> Iterable[tuple[tuple[str, int, int], ...]]:
    """Every choice of one occurrence from each list after *chosen*, none overlapping and none the
    same phrase said again, whose parts are each at most *within* words from the next once put in order.

    A phrase said again is one concept, not two: where a word is in both classes of a rule ("speed",
    "needle", "gear" are drug words and injecting words), "what speed ... speed up" or "my gear ... the
    gear" must not pair with itself (a part whose words are all in another part is the same phrase)."""
    if not rest:
        ordered = sorted(chosen, key=lambda p: p[1])
        if all(b[1] - a[2] <= within for a, b in zip(ordered, ordered[1:])):
            yield tuple(ordered)
        return
    for part in rest[0]:
        said = set(stems[part[1]:part[2]])
        if all((part[2] <= c[1] or part[1] >= c[2]) and not _same_phrase(said, set(stems[c[1]:c[2]]))
               for c in chosen):
            yield from _combinations(rest[1:], [*chosen, part], within, stems)


def _beside(rules: Path, name: str) -> Path:
    """The file *name* next to the rules file, else in the project's data folder."""
    here = rules.with_name(name)
    return here if here.exists() else DATA_FILE.with_name(name)


@lru_cache(maxsize=1)
def _default() -> WarningSigns:
    rules = WarningSigns.load(DATA_FILE)
    rules.second_opinion = default_model()
    return rules


def _same_phrase(one: set[str], other: set[str]) -> bool:
    """Whether two parts say the same thing (the words of one are all in the other: "gear", "the gear")."""
    return one <= other or other <= one
