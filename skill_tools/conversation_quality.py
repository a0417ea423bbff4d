"""How the skill sounds over whole conversations: played through the local runner, measured per turn.

Used by bench/bench_conversations.py (the table) and tests/test_conversation_quality.py (the targets as
tests). Each scripted conversation is a list of what a person says; the words go through the runner's
NLU and the envelopes through skill.lambda_handler in-process, as `backpain-skill ask` sends them.
"""
from __future__ import annotations

import argparse
import re
import statistics
from dataclasses import dataclass, field
from typing import Any, Iterable

from local_runner.options import build_conversation
from skill.content import load_content

#: Issue 10's targets: words per turn (median, max) and options named in one prompt.
MAX_MEDIAN_WORDS, MAX_WORDS, MAX_OPTIONS = 40, 60, 3
_SENTENCE = re.compile(r"(?<=[.?!])\s+")


@dataclass(frozen=True)
class TurnMeasure:
    """One skill turn of a scripted conversation and what it means for the targets."""

    conversation: str
    utterance: str
    intent: str | None
    words: int
    repeated: tuple[str, ...]  # sentences of the previous turn said again (not counting "repeat")
    reoffer: bool              # offers the topic this very turn answered
    options: int               # suggested questions and help topics named


@dataclass
class Summary:
    turns: list[TurnMeasure] = field(default_factory=list)

    @property
    def median_words(self) -> float:
        return statistics.median(t.words for t in self.turns)

    @property
    def max_words(self) -> int:
        return max(t.words for t in self.turns)

    def rows(self) -> list[tuple[str, Any, str, bool]]:
        """(measure, value, target, met) for the table."""
        over = sum(t.words > MAX_WORDS for t in self.turns)
        repeats = sum(bool(t.repeated) for t in self.turns)
        reoffers = sum(t.reoffer for t in self.turns)
        options = max(t.options for t in self.turns)
        return [
            ("words per turn, median", self.median_words, f"<= {MAX_MEDIAN_WORDS}", self.median_words <= MAX_MEDIAN_WORDS),
            ("words per turn, max", self.max_words, f"<= {MAX_WORDS}", self.max_words <= MAX_WORDS),
            (f"turns over {MAX_WORDS} words", over, "0", over == 0),
            ("a sentence said again in the next turn", repeats, "0", repeats == 0),
            ("offers of the topic just heard", reoffers, "0", reoffers == 0),
            ("options named in one prompt, max", options, f"<= {MAX_OPTIONS}", options <= MAX_OPTIONS),
        ]


def runner(locale: str = "en-US", nlu: str = "fuzzy") -> Any:
    """A runner conversation with the skill in-process, as `backpain-skill ask` builds it."""
    return build_conversation(argparse.Namespace(model=None, device="speaker", locale=locale, endpoint=None, nlu=nlu))


def sentences(text: str) -> set[str]:
    """The sentences of *text* longer than two words, case and spacing folded."""
    return {" ".join(s.lower().split()) for s in _SENTENCE.split(text) if len(s.split()) > 2}


def play(name: str, utterances: Iterable[str], locale: str = "en-US") -> list[TurnMeasure]:
    """Measure each skill turn of one scripted conversation (a new session after the skill ends one)."""
    chat = runner(locale)
    content = load_content(locale)
    phrases = [s.say.lower() for s in content.suggestions] + [t.lower() for t in content.help_topics]
    measured, previous = [], None
    for utterance in utterances:
        turn = chat.say(utterance)
        if turn is None or not turn.speech:
            continue
        offer = (turn.response.get("sessionAttributes") or {}).get("offer") or {}
        repeated = () if turn.intent == "AMAZON.RepeatIntent" or previous is None else \
            tuple(sorted(sentences(turn.speech) & sentences(previous)))
        measured.append(TurnMeasure(
            name, utterance, turn.intent, len(turn.speech.split()), repeated,
            bool(offer) and offer.get("topic") == turn.topic and offer.get("part", 0) == 0,
            sum(1 for phrase in phrases if phrase in turn.speech.lower())))
        previous = turn.speech
        if turn.end_session:
            chat, previous = runner(locale), None
    return measured


def measure(conversations: Iterable[dict[str, Any]]) -> Summary:
    """Play every scripted conversation ({name, locale, turns})."""
    summary = Summary()
    for conversation in conversations:
        summary.turns += play(conversation["name"], conversation["turns"], conversation.get("locale", "en-US"))
    return summary


def honest_limit_share(questions: Iterable[str]) -> tuple[int, int]:
    """(answered with an honest limit, asked) for questions the guide does not cover, one session each."""
    honest = total = 0
    for question in questions:
        turn = runner().say(question)
        honest += bool(turn is not None and turn.limit is not None)
        total += 1
    return honest, total
