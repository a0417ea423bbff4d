"""How well warning signs are caught and answered: the runner, a device proxy, and the skill's answers.

Used by ``bench/bench_safety.py`` (the tables) and ``tests/test_safety_quality.py`` (the gates).

- **Runner**: each utterance is its own one-turn session of the offline runner (what
  ``backpain-skill ask --json -`` does), answered by ``skill.lambda_handler`` in-process.
- **Device proxy**: on an Echo only the interaction model decides, so a deliberately simple
  recogniser is built from the model alone: every sample with its slots filled by every value and
  synonym, compared with the utterance as sets of words (Jaccard); the utterance gets the intent and
  slot values of the nearest filled sample, and that request is sent to ``skill.lambda_handler``. A
  warning fires when the nearest filled sample carries a warning-sign value, on any intent.
- **The answer**: every warning the skill gives must lead with the action for its level, say at most
  ``MAX_WORDS`` words before its follow-up question, and offer no other topic.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence


from interaction_model.model import Model, load as load_model
from local_runner.conversation import Conversation
from local_runner.envelopes import EnvelopeBuilder, Identity
from local_runner.nlu import Nlu, normalize
from local_runner.nlu.types import MATCH, SlotValue
from local_runner.session import Session
from local_runner.transport import InProcessTransport
from local_runner.envelopes import DEVICE_PROFILES, default_application_id
from local_runner.nlu.invocation import parse_invocation
from local_runner.yaml_data import read_yaml
from skill.content import Content, load_content
from skill.conversation import Conversation as SkillConversation
from skill.topics import TOPIC_BY_ID

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
#: The safety sets, every tests/data/safety_dev*.yaml and safety_holdout*.yaml, by name ("dev", "dev2", ...,
#: "holdout", "holdout2", ...): development sets may be tuned on (dev3 onwards were each scored once before
#: any tuning on them); held-out sets were placed by the lead, are never tuned on, their lines never printed.
def _sets(kind: str) -> dict[str, Path]:
    paths = DATA.glob(f"safety_{kind}*.yaml")
    named = {path.stem.removeprefix("safety_"): path for path in paths}
    return dict(sorted(named.items(), key=lambda item: int(item[0][len(kind):] or 1)))


SAFETY_SETS = {**_sets("dev"), **_sets("holdout")}
HELD_OUT = frozenset(_sets("holdout"))
#: The issue's targets, judged on the held-out set.
TARGETS = {"emergency_recall": 0.98, "urgent_recall": 0.90, "false_alarms": 0.05, "device_emergency_recall": 0.85}
#: Words a warning answer may say before its follow-up question (issue 9).
MAX_WORDS = 30
RED_FLAGS = TOPIC_BY_ID["red_flags"]
_WORD = re.compile(r"[a-z0-9']+")


# ----- the sets --------------------------------------------------------------------------------
def load_safety_set(path: Path) -> dict[str, list[dict[str, str]]]:
    """A safety set: warning_signs [{utterance, sign, style, who}], near_misses [{utterance, kind}],
    general_questions [{utterance}]."""
    data = read_yaml(path) or {}
    return {key: list(data.get(key) or []) for key in ("warning_signs", "near_misses", "general_questions")}


def levels(content: Content | None = None) -> dict[str, str]:
    """Sign id -> its urgency level, from the content."""
    content = content or load_content("en-US")
    return {sign_id: sign.level for sign_id, sign in content.warning_signs.items()}


# ----- what the skill answered -----------------------------------------------------------------
@dataclass(frozen=True)
class Answer:
    """The skill's answer to one utterance, reduced to what safety cares about."""

    utterance: str
    intent: str | None
    slots: Mapping[str, str | None]       # slot name -> resolved id
    topic: str | None
    warning_sign: str | None               # the sign answered (None: the general list, or no warning)
    speech: str
    reprompt: str | None

    @property
    def warned(self) -> bool:
        """A warning about a sign the person described."""
        return self.warning_sign is not None

    @property
    def red_flags(self) -> bool:
        """Any warning-sign answer: a sign's warning or the general list."""
        return self.topic == RED_FLAGS.id


def _answer(utterance: str, turn: Any) -> Answer:
    return Answer(utterance, turn.intent, {k: v.get("id") for k, v in turn.slots.items()}, turn.topic,
                  turn.warning_sign, turn.speech, turn.reprompt)


class Runner:
    """The offline runner, one new session per utterance, answered by skill.lambda_handler in-process."""

    def __init__(self, locale: str = "en-US", model: Model | None = None) -> None:
        self.model = model or load_model()
        nlu = Nlu(self.model)
        builder = EnvelopeBuilder(self.model, Identity(default_application_id(self.model.invocation_name)),
                                  DEVICE_PROFILES["speaker"], locale)
        self.conversation = Conversation(nlu, parse_invocation, self.model, builder, InProcessTransport(),
                                         nlu_mode="fuzzy")

    def answer(self, utterance: str) -> Answer:
        self.conversation.forget_session()
        turn = self.conversation.say(utterance)
        if turn is None:   # "exit" with no session open: no request reaches the skill, as on a device
            return Answer(utterance, None, {}, None, None, "", None)
        return _answer(utterance, turn)


class DeviceProxy:
    """A bag-of-words nearest-sample recogniser built only from the interaction model (see module doc).

    The nearest filled sample is found exactly for the words each slot can add: per slot, only the
    values that are best for each number of the utterance's words they share are tried (a value that
    shares as many words and adds fewer cannot be nearer). Ties go to the sample listed first.
    """

    def __init__(self, model: Model | None = None, locale: str = "en-US") -> None:
        self.model = model or load_model()
        self.templates: list[tuple[str, frozenset[str], tuple[tuple[str, str], ...]]] = []
        for intent in self.model.intents:
            for sample in intent.samples:
                slots = tuple((name, intent.slots[name]) for name in re.findall(r"\{(\w+)\}", sample)
                              if name in intent.slots and intent.slots[name] in self.model.types)
                literal = frozenset(_words(re.sub(r"\{\w+\}", " ", sample)))
                self.templates.append((intent.name, literal, slots))
        self.forms: dict[str, list[tuple[frozenset[str], str]]] = {
            name: [(frozenset(_words(form)), value.id) for value in slot_type.values for form in value.forms]
            for name, slot_type in self.model.types.items()}
        self.builder = EnvelopeBuilder(self.model, Identity(default_application_id(self.model.invocation_name)),
                                       DEVICE_PROFILES["speaker"], locale)
        self.transport = InProcessTransport()

    def nearest(self, utterance: str) -> tuple[str, dict[str, tuple[str, str]], float]:
        """(intent, slot name -> (value id, words heard), Jaccard similarity) of the nearest filled sample."""
        heard = frozenset(_words(utterance))
        frontier = {name: self._frontier(name, heard) for name in self.forms}
        best: tuple[float, int, int] | None = None
        chosen: tuple[str, dict[str, tuple[str, str]], float] = ("AMAZON.FallbackIntent", {}, 0.0)
        for order, (intent, literal, slots) in enumerate(self.templates):
            options = [frontier[slot_type] for _, slot_type in slots]
            for combo in itertools.product(*options):
                filled = literal.union(*(words for words, _ in combo)) if combo else literal
                shared = len(heard & filled)
                score = shared / len(heard | filled) if filled or heard else 0.0
                key = (score, shared, -order)
                if best is None or key > best:
                    best = key
                    chosen = (intent, {name: (value_id, " ".join(sorted(words)))
                                       for (name, _), (words, value_id) in zip(slots, combo)}, score)
        return chosen

    def _frontier(self, slot_type: str, heard: frozenset[str]) -> list[tuple[frozenset[str], str]]:
        best: dict[int, tuple[int, frozenset[str], str]] = {}
        for words, value_id in self.forms[slot_type]:
            gain, cost = len(words & heard), len(words - heard)
            if gain not in best or cost < best[gain][0]:
                best[gain] = (cost, words, value_id)
        return [(words, value_id) for _, words, value_id in best.values()]

    def answer(self, utterance: str) -> Answer:
        """What the skill answers to the request the proxy would send."""
        intent, slots, _ = self.nearest(utterance)
        spec = self.model.intent(intent)
        values = {}
        for name, (value_id, words) in slots.items():
            slot_type = spec.slots[name]
            value = next(v for v in self.model.types[slot_type].values if v.id == value_id)
            values[name] = SlotValue(name, words, slot_type, MATCH, value.id, value.name)
        envelope = self.builder.intent(Session(), intent, values)
        response = self.transport.send(envelope)
        attributes = response.get("sessionAttributes") or {}
        body = response.get("response") or {}
        speech = _plain((body.get("outputSpeech") or {}).get("ssml", ""))
        reprompt = _plain(((body.get("reprompt") or {}).get("outputSpeech") or {}).get("ssml", "")) or None
        topic = attributes.get("turn_topic")
        sign = attributes.get("turn_warning_sign") if topic == RED_FLAGS.id else None
        return Answer(utterance, intent, {n: v[0] for n, v in slots.items()}, topic, sign, speech, reprompt)


def _joined_letters(text: str) -> str:
    """Spelled-out numbers and letters as one word each, as they are written ("9 1 1" -> "911", "E R" -> "ER")."""
    return re.sub(r"\b(\w)((?: \w\b)+)", lambda m: m.group(1) + m.group(2).replace(" ", ""), text)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _plain(ssml: str) -> str:
    from local_runner.ssml_text import ssml_to_text
    return ssml_to_text(ssml) if ssml else ""


# ----- the answer's shape ------------------------------------------------------------------------
class AnswerCheck:
    """Does a warning lead with its level's action, within MAX_WORDS words, offering no other topic?"""

    def __init__(self, locale: str = "en-US") -> None:
        self.content = load_content(locale)
        render = SkillConversation(self.content).render
        self.actions = {level: normalize(render.plain([spec.action])) for level, spec in self.content.levels.items()}
        self.other_topics = [normalize(t.name) for topic_id, t in self.content.topics.items()
                             if topic_id != RED_FLAGS.id and getattr(t, "name", None)]

    def problems(self, answer: Answer) -> list[str]:
        """What is wrong with a warning answer (empty when it is right)."""
        if not answer.warned:
            return []
        spoken = normalize(answer.speech)
        level = self.content.warning_signs[answer.warning_sign].level
        found = []
        if not spoken.startswith(self.actions[level]):
            found.append(f"does not lead with the {level} action")
        before = _joined_letters(answer.speech.split(" Would you like")[0])
        if len(before.split()) > MAX_WORDS:
            found.append(f"{len(before.split())} words before the follow-up")
        said = f"{spoken} {normalize(answer.reprompt or '')}"
        offered = [t for t in self.other_topics if t in said]
        if offered:
            found.append(f"offers another topic ({offered[0]})")
        return found


# ----- scores --------------------------------------------------------------------------------------
@dataclass
class Scores:
    """One set, one recogniser."""

    per_sign: Counter = field(default_factory=Counter)          # sign -> lines
    right: Counter = field(default_factory=Counter)             # sign -> the right sign's warning
    warned: Counter = field(default_factory=Counter)            # sign -> any warning (a sign's, or the list)
    near_misses: int = 0
    false_alarms: int = 0                                        # a sign's warning for a harmless line
    near_red_flags: int = 0                                      # any warning answer (incl. the general list)
    general: int = 0
    general_list: int = 0                                        # general questions given the general list
    general_red_flags: int = 0                                   # ... or any warning answer
    answers_checked: int = 0
    answer_problems: list[str] = field(default_factory=list)
    misses: list[tuple[str, str, str | None]] = field(default_factory=list)     # (sign, utterance, answered)
    alarms: list[tuple[str, str, str | None]] = field(default_factory=list)     # (kind, utterance, sign)

    def recall(self, signs: Iterable[str], *, right: bool = True) -> float:
        signs = list(signs)
        total = sum(self.per_sign[s] for s in signs)
        hits = sum((self.right if right else self.warned)[s] for s in signs)
        return hits / total if total else 0.0


def score(answer_of: Any, data: Mapping[str, Sequence[Mapping[str, str]]], check: AnswerCheck) -> Scores:
    """Score one recogniser (a callable utterance -> Answer) on one safety set."""
    scores = Scores()
    for item in data["warning_signs"]:
        answer = answer_of(item["utterance"])
        sign = item["sign"]
        scores.per_sign[sign] += 1
        scores.right[sign] += answer.warning_sign == sign
        scores.warned[sign] += answer.warned or answer.red_flags
        if answer.warning_sign != sign:
            scores.misses.append((sign, item["utterance"], answer.warning_sign or answer.topic))
        _check(scores, check, answer)
    for item in data["near_misses"]:
        answer = answer_of(item["utterance"])
        scores.near_misses += 1
        scores.false_alarms += answer.warned
        scores.near_red_flags += answer.red_flags
        if answer.warned:
            scores.alarms.append((item.get("kind", ""), item["utterance"], answer.warning_sign))
        _check(scores, check, answer)
    for item in data["general_questions"]:
        answer = answer_of(item["utterance"])
        scores.general += 1
        scores.general_list += answer.red_flags and not answer.warned
        scores.general_red_flags += answer.red_flags
        _check(scores, check, answer)
    return scores


def _check(scores: Scores, check: AnswerCheck, answer: Answer) -> None:
    if answer.warned:
        scores.answers_checked += 1
        scores.answer_problems.extend(f"{answer.utterance!r}: {p}" for p in check.problems(answer))
