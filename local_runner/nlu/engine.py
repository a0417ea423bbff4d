"""Utterance -> intent + slots, from the interaction model only.

Order of evidence, strongest first:
1. a warning sign, found as a clinical concept in context by ``warning_signs.py`` (rules in
   ``data/warning_signs.yaml``): the red-flags intent wins whatever else was asked, its slot
   filled with the sign (medical safety, DESIGN.md). A warning-sign slot value heard without the
   detector's confirmation ("no fever", "my son has a temperature") raises no alarm;
2. the utterance is a sample, word for word after normalisation ("exact"), or fits a sample
   with slots whose captured values resolve ("template");
3. the paraphrase scorer ranks every intent (``matcher.py``); an open slot that captured
   words nobody knows ("does cupping help my back") counts when the rest of its sample is
   telling enough. In a long utterance, unknown words said before its last clause ("my wife
   thinks it is just stretching, so what is the real benefit") weigh less: the question
   usually comes last, after context that matches nothing.
Below ``THRESHOLD`` the answer is AMAZON.FallbackIntent, as Alexa does for out-of-domain speech.
"""
from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from interaction_model.model import Model, SlotType, load as load_model, read as read_model
from skill.topics import ASPECT_SLOT, FOLLOW_UP_INTENT, NOT_COVERED_INTENT, SUBJECT_SLOT, TOPIC_BY_ID

from .analysis import Analysis, Analyzer
from .builtins import FALLBACK_INTENT, answer_openers, with_builtin_phrasings, yielding_answers
from .lexicon import FOREIGN_PREFIX, Lexicon
from .matcher import Scorer
from .normalize import normalize
from .slots import DETERMINERS, Mention, SlotCatalog, ValueRef
from .templates import Template, TemplateIndex
from .types import MATCH, NO_MATCH, Candidate, NluResult, SlotValue
from .warning_signs import LEARNED, Detection, WarningSigns

#: How far below the not-covered intent a topic that speaks of the same subject may score and still win.
COVERED_MARGIN = 0.1
#: Below this score nothing is close enough: AMAZON.FallbackIntent.
THRESHOLD = 0.42
#: Scores of a template whose slots resolved exactly, or only by similarity.
TEMPLATE_EXACT_SCORE = 1.0
TEMPLATE_FUZZY_SCORE = 0.97
#: A value found inside a longer capture ("hot yoga" holds "yoga") explains fewer of the words than
#: a sample whose own slots capture them: "is it okay to take ibuprofen every day" is "...take
#: {medication} {aspect}", not "...take {medication}" with "every day" swallowed by the medicine.
TEMPLATE_INNER_SCORE = 0.99
#: ...and a kind of question said inside a longer capture ("take aleve *with metformin* or not")
#: is heard, a little more surely than a capture that swallows it: the sample that places it wins.
#: Only in a sample with words of its own, and in a capture of a few words (a sample that is only
#: "{aspect}" would otherwise take any question that happens to hold one).
TEMPLATE_INNER_LITERAL_SCORE = 0.995
INNER_LITERAL_MAX_WORDS = 6
#: A value found inside a capture with more than this many other words is named back as said
#: ("ibuprofen", not "ibuprofen on a schedule or only when it hurts"); "hot yoga" stays whole.
INNER_NAMED_EXTRA_WORDS = 2
#: An open slot may capture at most this many words (values are short names).
OPEN_SLOT_MAX_WORDS = 3
#: Open-slot score = unknown share of the capture x (BASE + SPAN x telling-ness of the rest),
#: telling-ness reaching 1 when the sample's own words weigh OPEN_SLOT_STRENGTH.
OPEN_SLOT_BASE = 0.35
OPEN_SLOT_SPAN = 0.6
OPEN_SLOT_STRENGTH = 4.0
#: An open slot's capture of the slot's own kind of thing ("does cortisone help": a medicine,
#: though no value lists it) scores this; one of no known kind is trusted this much less in a
#: slot other than the default kind's (``open_value_default``), so a tie goes to the default.
OPEN_SLOT_KIND_SCORE = 0.9
OPEN_SLOT_NOT_DEFAULT = 0.9
TOP_CANDIDATES = 3
#: A paraphrase is never as sure as the words of a sample: its score stops here.
PARAPHRASE_CAP = 0.95
#: A last clause set apart from its context needs at least this many words, and so does the
#: context before it.
FINAL_CLAUSE_MIN_WORDS = 2
#: Why the detector set a sign aside when it was only asked about, not described: a red-flags
#: question about it gets the general list of warning signs.
ASKED_ABOUT = frozenset({"a general question", "hypothetical"})
#: Where a written clause ends: a comma, semicolon, colon, dash, or a question/exclamation mark.
_CLAUSE_BREAK = re.compile(r"[,;:?!]|\s-\s|--|\u2014")


@dataclass(frozen=True)
class _TemplateInfo:
    template: Template
    strength: float            # how telling the sample's words are without its slots

    @property
    def splits_again(self) -> bool:
        """Whether other splits than the regex's are worth trying: two slots or more, and words of
        its own (a sample of slots alone fits every utterance, and would cost a split per word)."""
        return 1 < len(self.template.slots) < len(self.template.words)


class Nlu:
    """Understands utterances for one interaction model (everything precomputed at load)."""

    def __init__(self, model: Model, lexicon: Lexicon | None = None) -> None:
        self.model = model
        self.lexicon = lexicon or Lexicon.load()
        self.intents = {i.name: i for i in with_builtin_phrasings(model)}
        literal = frozenset(spec.slots[slot] for spec in self.intents.values()
                            for slot in (ASPECT_SLOT, SUBJECT_SLOT) if slot in spec.slots)

        def catalog(types: Mapping[str, SlotType]) -> SlotCatalog:
            # every catalog the same way (aspect and subject values only as written), whatever types it holds
            return SlotCatalog(types, self.lexicon.stopwords, self.lexicon, literal)

        self.catalog = catalog(model.types)
        red_flags = TOPIC_BY_ID["red_flags"]
        spec = self.intents.get(red_flags.intent)
        self.warning_intent = spec.name if spec else None
        self.warning_slot = red_flags.slot if spec and red_flags.slot in spec.slots else None
        self.warning_type = spec.slots[self.warning_slot] if self.warning_slot else None
        self.signs = WarningSigns.load()
        #: Detector sign id -> the model's value for it (see ``_model_signs``).
        self.sign_values = self._model_signs()
        # Paraphrases are scored without the warning-sign values: the detector decides warning
        # signs, so their many lay words ("a crash", "worse at night", "sweats") stay plain words
        # there and pull no question towards the red-flags samples. A slot's capture is still
        # resolved against every value (self.catalog).
        analysed = {name: t for name, t in model.types.items() if name != self.warning_type or not self.sign_values}
        self.analysis_catalog = catalog(analysed) if len(analysed) < len(model.types) else self.catalog
        # The warning type's values that are no sign ("an emergency"), looked for on their own.
        sign_ids = {ref.id for ref in self.sign_values.values()}
        general = tuple(v for v in model.types[self.warning_type].values if v.id not in sign_ids) \
            if self.warning_type in model.types else ()
        self.general_catalog = catalog({self.warning_type: SlotType(self.warning_type, general)}) if general else None
        # A warning sign is never read as part of a phrase about something else (safety).
        self.analyzer = Analyzer(self.lexicon, self.analysis_catalog,
                                 protected_types=frozenset({self.warning_type} - {None}))
        self.templates = TemplateIndex(self.intents.values())
        #: Red-flags samples that describe a sign ("{symptom}", "my groin is numb"), as opposed to
        #: asking about warning signs ("is my back pain an emergency").
        self.sign_samples = frozenset(
            t.sample for t in self.templates.templates
            if t.intent == self.warning_intent and (f"{{{self.warning_slot}}}" in t.sample
                                                    or self.signs.analyse(t.sample)))
        for template in self.templates.templates:
            self.analyzer.learn(template.words)
        self.analyzer.finish()
        self.scorer = Scorer(
            ((t.intent, t.sample, self._sample_analysis(t).concepts)
             for t in self.templates.templates),
            self.lexicon,
            [(intent, self.analyzer.analyze(normalize(word).split(), fuzzy=False).concepts)
             for intent, words in answer_openers().items() if intent in self.intents
             for word in words],
            yielding_answers(),
        )
        #: Slot type -> the topic whose kind of thing it holds (for values no type lists).
        self.kind_topics: dict[str, str] = {}
        for topic_id in self.lexicon.open_value_kinds:
            topic = TOPIC_BY_ID.get(topic_id)
            spec = self.intents.get(topic.intent) if topic else None
            if spec and topic.slot in spec.slots:
                self.kind_topics[spec.slots[topic.slot]] = topic_id
        self._template_info = [
            _TemplateInfo(t, self._strength(t)) for t in self.templates.slotted
        ]

    @classmethod
    def from_model(cls, path: str | os.PathLike[str] | None = None) -> "Nlu":
        """Build from a model file (default: the project's own model, read once and cached)."""
        return cls(load_model() if path is None else read_model(path))

    # ----- load-time helpers -------------------------------------------------------------
    def _sample_analysis(self, template: Template) -> Analysis:
        return self.analyzer.analyze(template.words, self.intents[template.intent].slots,
                                     fuzzy=False)

    def _strength(self, template: Template) -> float:
        literal = [w for w in template.words if not w.startswith("{")]
        concepts = set(self.lexicon.concepts(literal))
        return sum(self.scorer.weight(c) for c in concepts if not self.lexicon.is_stopword(c))

    # ----- run time ----------------------------------------------------------------------
    def resolve(self, utterance: str, earlier: Sequence[str] = ()) -> NluResult:
        """Understand one utterance (see module docstring for the order of evidence); *earlier* is
        what the user said before it in the session, latest last (it tells whose back a warning
        sign about someone else is about)."""
        if not isinstance(utterance, str):
            raise TypeError(f"utterance must be a string, not {type(utterance).__name__}")
        normalized = normalize(utterance)
        words = normalized.split()
        if not words:
            return NluResult(utterance, normalized, FALLBACK_INTENT, {}, 0.0, [], "empty")
        analysis = self.analyzer.analyze(words)
        found: dict[str, tuple[Candidate, str]] = {}

        def offer(candidate: Candidate, reason: str) -> None:
            held = found.get(candidate.intent)
            if held is None or candidate.score > held[0].score:
                found[candidate.intent] = (candidate, reason)

        exact = list(self.templates.exact(normalized))
        for template in exact:
            offer(Candidate(template.intent, 1.0, template.sample,
                            self._slots_from_mentions(template.intent, analysis)), "exact")
        for at in self.templates.could_fit(words):
            info = self._template_info[at]
            match = info.template.pattern.fullmatch(normalized)
            if not match:
                continue
            first = match.groupdict()
            scored = self._score_template(info, first, analysis)
            if scored:
                offer(scored[0], scored[1])
            if not info.splits_again or (scored and scored[0].score >= TEMPLATE_EXACT_SCORE):
                continue
            # The regex's lazy split gives the earlier slots as few words as it can; another split
            # is scored only when its earlier slots each name a value exactly (scoring every split
            # would cost as much again as the rest of the NLU).
            for split in info.template.splits(normalized, self.catalog.max_words):
                if split == first or not self._names_leading_values(info.template.intent, split):
                    continue
                scored = self._score_template(info, split, analysis)
                if scored:
                    offer(scored[0], scored[1])
                    if scored[0].score >= TEMPLATE_EXACT_SCORE:
                        break
        clause = self._final_clause(utterance, words, analysis)
        context: frozenset[str] = frozenset()
        if clause is not None:
            context = frozenset(analysis.concepts) - frozenset(self.analyzer.analyze(clause).concepts)
        for ranked in self.scorer.rank(analysis.concepts, context):
            # a kind of question said alone is only that in a follow-up's own words ("and how often?"):
            # a longer sentence with one in it ("how long does the flu last") is about something else
            if ranked.intent in self.intents and ranked.intent not in (FALLBACK_INTENT, FOLLOW_UP_INTENT):
                offer(Candidate(ranked.intent, round(min(ranked.score, PARAPHRASE_CAP), 4), ranked.sample,
                                self._slots_from_mentions(ranked.intent, analysis)), "paraphrase")

        detection, warning = self._warning_sign(words, earlier)
        if warning is not None and detection.rule == LEARNED \
                and exact and all(t.intent != self.warning_intent for t in exact):
            # one of the model's own questions is what the skill is built to be asked: a learned
            # guess never turns it into a warning ("help me understand my back pain")
            detection, warning = None, None
        general = self._general_warning(words) if warning is None else None
        if warning is None and general is not None:
            # "should I go to the emergency room or just take painkillers": asked about an
            # emergency, answered with the general list of warning signs.
            held = found.get(self.warning_intent)
            sample = held[0].sample if held else None
            found[self.warning_intent] = (Candidate(self.warning_intent, 1.0, sample, {general.name: general}),
                                          "warning signs asked about")
        if warning is not None:
            held = found.get(self.warning_intent)
            sample = held[0].sample if held else None
            found[self.warning_intent] = (Candidate(self.warning_intent, 1.0, sample, {warning.name: warning}),
                                          "warning sign")
        else:
            found = self._without_unconfirmed_signs(found, detection)
        # what the rules heard, or the second opinion when it gave the warning
        detail = detection.explain() if detection is not None and (detection.judged or detection) else ""
        detail = detail.replace("\n", " | ")

        ranked = sorted(found.values(), key=lambda cr: (-cr[0].score, cr[0].intent))
        ranked = self._prefer_what_the_guide_covers(ranked)
        if warning is not None or general is not None:
            ranked.sort(key=lambda cr: cr[0].intent != self.warning_intent)
        candidates = [c for c, _ in ranked[:TOP_CANDIDATES]]
        if not candidates:
            return NluResult(utterance, normalized, FALLBACK_INTENT, {}, 0.0, [], "below threshold", detail)
        best, reason = ranked[0]
        if best.score < THRESHOLD:
            return NluResult(utterance, normalized, FALLBACK_INTENT, {}, best.score, candidates,
                             "below threshold", detail)
        return NluResult(utterance, normalized, best.intent, dict(best.slots), best.score,
                         candidates, reason, detail)

    # ----- warning signs (the seam to warning_signs.py) -------------------------------------------
    def _model_signs(self) -> dict[str, ValueRef]:
        """Detector sign id -> the warning slot type's value for it: the value with that id, or else
        the value whose own words the detector reads as that sign (a model may name its values its
        own way, as the test fixture does: "numbness" for saddle numbness). Values the detector
        cannot place ("an emergency") stay ordinary slot values: the general list of warning signs."""
        if self.warning_type is None or self.warning_type not in self.model.types:
            return {}
        values = self.model.types[self.warning_type].values
        mapped = {v.id: ValueRef(self.warning_type, v.id, v.name) for v in values if v.id in self.signs.signs}
        for value in values:
            if value.id in mapped:
                continue
            for form in value.forms:
                found = self.signs.analyse(f"I have {form}")   # the rules' reading of the value itself
                if found and found.sign not in mapped:
                    mapped[found.sign] = ValueRef(self.warning_type, value.id, value.name)
                    break
        return mapped

    def _warning_sign(self, words: list[str], earlier: Sequence[str] = ()) -> tuple[Detection | None, SlotValue | None]:
        """The detector's verdict and, for a sign the model has a value for, the slot to fill."""
        if not self.sign_values or self.warning_slot is None:
            return None, None
        detection = self.signs.detect(words, earlier)
        ref = self.sign_values.get(detection.sign) if detection.sign else None
        if ref is None:
            return detection, None
        return detection, SlotValue(self.warning_slot, detection.heard or "", ref.slot_type, MATCH, ref.id,
                                    ref.canonical)

    def _general_warning(self, words: list[str]) -> SlotValue | None:
        """A value of the warning slot type that is no sign ("an emergency", "unbearable pain"),
        said as such: the red-flags intent answers it with the general list."""
        if self.warning_slot is None or self.general_catalog is None:
            return None
        for mention in self.general_catalog.find(words):
            if mention.exact:
                return self._slot_from_mention(self.warning_slot, mention, words)
        return None

    def _without_unconfirmed_signs(self, found: dict[str, tuple[Candidate, str]],
                                   detection: Detection | None) -> dict[str, tuple[Candidate, str]]:
        """No sign was found: a warning-sign value heard anyway is taken out of every slot (the
        skill warns on any intent), and the red-flags intent is kept only where it still makes sense.
        A reading through a sample that describes a sign ("I have {symptom}" for "my son has a
        temperature", "my groin is numb" for "my back aches") is dropped: that sample says a sign was
        described, and none was. When the detector heard a sign but set it aside (negated, past,
        someone else's), the red-flags intent is dropped altogether: the general list is no answer to
        "my little boy has a temperature". Unless a sign was only asked about ("is incontinence a
        warning sign", "can a fall cause a slipped disc"): then the general list is the answer."""
        sign_ids = {ref.id for ref in self.sign_values.values()}
        judged = detection.judged if detection is not None else ()
        asked_about = any(j.reason in ASKED_ABOUT for j in judged if not j.kept)
        set_aside = bool(judged) and not asked_about
        kept: dict[str, tuple[Candidate, str]] = {}
        for intent, (candidate, reason) in found.items():
            unconfirmed = [name for name, slot in candidate.slots.items()
                           if slot.slot_type == self.warning_type and slot.id in sign_ids]
            describes_a_sign = candidate.sample in self.sign_samples
            general = any(s.slot_type == self.warning_type and s.id not in sign_ids for s in candidate.slots.values())
            if intent == self.warning_intent and not general and (set_aside or (describes_a_sign and not asked_about)):
                continue
            slots = {n: s for n, s in candidate.slots.items() if n not in unconfirmed}
            kept[intent] = (Candidate(candidate.intent, candidate.score, candidate.sample, slots), reason)
        return kept

    def _prefer_what_the_guide_covers(self, ranked: list[tuple[Candidate, str]]) -> list[tuple[Candidate, str]]:
        """A subject the guide does not cover loses to a topic that speaks of the same subject in context
        when the two match nearly as well: "the exercises my physio gave me" is about physical therapy."""
        if len(ranked) < 2 or ranked[0][0].intent != NOT_COVERED_INTENT:
            return ranked
        rival = next((cr for cr in ranked[1:] if SUBJECT_SLOT in self.intents[cr[0].intent].slots
                      and cr[0].intent != NOT_COVERED_INTENT), None)
        if rival is None or ranked[0][0].score - rival[0].score > COVERED_MARGIN:
            return ranked
        return [rival, *(cr for cr in ranked if cr is not rival)]

    def _final_clause(self, utterance: str, words: list[str], analysis: Analysis) -> list[str] | None:
        """The words of the utterance's last clause, when it has context before it worth
        setting aside: none when a word of another subject is anywhere in the utterance
        (then the context is what the utterance is about: "I need a new car, which one")."""
        if any(c.startswith(FOREIGN_PREFIX) for c in analysis.concepts):
            return None
        tail = words
        pieces = _CLAUSE_BREAK.split(utterance)
        if len(pieces) > 1:   # most utterances are one clause: normalise the pieces only when there are several
            said = [n for n in map(normalize, pieces) if n]
            if len(said) > 1:
                tail = said[-1].split()
        openers = [i for i, w in enumerate(words) if w in self.lexicon.clause_openers and i > 0]
        if openers and len(words) - openers[-1] - 1 < len(tail):
            tail = words[openers[-1] + 1:]
        if len(tail) < FINAL_CLAUSE_MIN_WORDS or len(words) - len(tail) < FINAL_CLAUSE_MIN_WORDS:
            return None
        return tail

    def _slot_from_mention(self, slot: str, mention: Mention, words: list[str]) -> SlotValue:
        return SlotValue(slot, " ".join(words[mention.start:mention.end]), mention.ref.slot_type,
                         MATCH, mention.ref.id, mention.ref.canonical)

    def _slots_from_mentions(self, intent: str, analysis: Analysis) -> dict[str, SlotValue]:
        """Fill the intent's slots with values found anywhere in the utterance (first of each type)."""
        slots = {}
        for slot, slot_type in self.intents[intent].slots.items():
            mention = next((m for m in analysis.mentions if m.ref.slot_type == slot_type), None)
            if mention:
                slots[slot] = self._slot_from_mention(slot, mention, list(analysis.words))
        return slots

    def _names_leading_values(self, intent: str, captured: dict[str, str]) -> bool:
        """Whether each capture but the last is, word for word, a value or synonym of its slot's type."""
        slot_types = self.intents[intent].slots
        leading = list(captured.items())[:-1]
        return all(name in slot_types and self.catalog.names_exactly(slot_types[name], text.split())
                   for name, text in leading)

    def _score_template(self, info: _TemplateInfo, captured: dict[str, str],
                        analysis: Analysis) -> tuple[Candidate, str] | None:
        """Score a slotted sample that fits the whole utterance, resolving what each slot captured."""
        template = info.template
        slot_types = self.intents[template.intent].slots
        slots: dict[str, SlotValue] = {}
        score = TEMPLATE_EXACT_SCORE
        extra: dict[str, SlotValue] = {}
        for name, text in captured.items():
            slot_type = slot_types.get(name)
            if slot_type is None:
                return None
            words = text.split()
            resolved = self.catalog.resolve(slot_type, words)
            inner = False
            literal = slot_type in self.catalog.literal_types
            if resolved is None and slot_type != self.warning_type and (not literal or (
                    len(words) <= INNER_LITERAL_MAX_WORDS and len(template.words) > len(template.slots))):
                mention = self._inner_mention(slot_type, words, literal)
                inner = mention is not None
                if mention is not None:
                    resolved = mention.ref, mention.exact
                    if len(words) - (mention.end - mention.start) > INNER_NAMED_EXTRA_WORDS:
                        # named back as the value said, not the whole run of words around it
                        text = " ".join(words[mention.start:mention.end])
            if resolved is not None and slot_type == self.warning_type and not resolved[1]:
                resolved = None  # a warning sign is named, not guessed: "pain mild or severe" is no night pain
            if resolved is not None:
                ref, exact = resolved
                slots[name] = SlotValue(name, text, slot_type, MATCH, ref.id, ref.canonical)
                if not exact:
                    score = min(score, TEMPLATE_FUZZY_SCORE)
                elif inner:
                    score = min(score, TEMPLATE_INNER_LITERAL_SCORE if literal else TEMPLATE_INNER_SCORE)
                if inner or not exact:
                    extra.update(self._other_slots_in(template.intent, captured, words))
                continue
            content = [w for w in words if w not in DETERMINERS]
            if not content or len(content) > OPEN_SLOT_MAX_WORDS or slot_type == self.warning_type:
                # Warning signs are a closed list: an unknown symptom is not a reason for alarm.
                return None
            kind_score = self._open_slot_kind_score(info, slot_type, content)
            if kind_score <= 0.0:
                return None
            slots[name] = SlotValue(name, text, slot_type, NO_MATCH, None, None)
            score = min(score, kind_score)
        slots.update(extra)   # only slots no capture fills (see _other_slots_in)
        return Candidate(template.intent, round(score, 4), template.sample, slots), "template"

    def _other_slots_in(self, intent: str, captured: Mapping[str, str], words: list[str]) -> dict[str, SlotValue]:
        """Values of the intent's uncaptured slots named, word for word, in the extra words of a capture:
        under "should I take {medication}", "ibuprofen on a schedule" also asks how often."""
        wanted = {t: n for n, t in self.intents[intent].slots.items()
                  if n not in captured and t != self.warning_type}
        found: dict[str, SlotValue] = {}
        for mention in self.analysis_catalog.find(words, [False] * len(words)):
            name = wanted.get(mention.ref.slot_type)
            if name is not None and name not in found and mention.exact:
                found[name] = self._slot_from_mention(name, mention, words)
        return found

    def _inner_mention(self, slot_type: str, words: list[str], literal: bool = False) -> Mention | None:
        """A value of *slot_type* inside a longer capture ("hot yoga" holds "yoga"); a *literal* type's
        only as written ("aleve *with metformin*"), never guessed from a word that resembles one."""
        # (the warning type is never asked for here, so the smaller catalog serves)
        unknown = [] if literal else [not self.analyzer.is_known(w) for w in words]
        for mention in self.analysis_catalog.find(words, unknown):
            if mention.ref.slot_type == slot_type:
                return mention
        return None

    def _open_slot_kind_score(self, info: _TemplateInfo, slot_type: str, content: list[str]) -> float:
        """Score an unlisted value by its kind: a medicine word belongs in the medication slot,
        not the treatment slot; a value of no known kind leans to the default kind's slot."""
        topic = self.kind_topics.get(slot_type)
        if topic is None:
            return self._open_slot_score(info, content)
        kinds = self.lexicon.value_kinds(content)
        if kinds:
            return OPEN_SLOT_KIND_SCORE if topic in kinds else 0.0
        score = self._open_slot_score(info, content)
        return score if topic == self.lexicon.open_value_default else score * OPEN_SLOT_NOT_DEFAULT

    def _open_slot_score(self, info: _TemplateInfo, content: list[str]) -> float:
        """Trust an unresolved capture as much as its words are unknown and its sample is telling."""
        concepts = self.analyzer.analyze(content, fuzzy=False).concepts
        if any(c.startswith(FOREIGN_PREFIX) for c in concepts):
            return 0.0   # "vitamin d", "a stiff neck": another subject, not an unlisted value
        weights = [self.scorer.weight(c) for c in concepts]
        unknown = sum(w for c, w in zip(concepts, weights) if not self.scorer.knows(c))
        unknown_share = unknown / sum(weights) if sum(weights) else 0.0
        telling = min(1.0, info.strength / OPEN_SLOT_STRENGTH)
        return unknown_share * (OPEN_SLOT_BASE + OPEN_SLOT_SPAN * telling)
