"""Over whole conversations the skill sounds like a careful clinician, not a menu (issue 10).

The scripted conversations (tests/data/conversations.yaml) were written by a helper who never saw the
model or the code; they are played through the runner and skill.lambda_handler as a user's words would be.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from local_runner.yaml_data import read_yaml
from skill_tools.conversation_quality import MAX_MEDIAN_WORDS, MAX_OPTIONS, MAX_WORDS, measure

DATA = Path(__file__).parent / "data"
CONVERSATIONS = read_yaml(DATA / "conversations.yaml")["conversations"]


@pytest.fixture(scope="module")
def summary():
    return measure(CONVERSATIONS)


def test_there_are_at_least_ten_realistic_conversations_in_several_locales():
    assert len(CONVERSATIONS) >= 10
    assert len({c.get("locale", "en-US") for c in CONVERSATIONS}) >= 4


def test_turns_are_short_enough_to_listen_to(summary):
    assert summary.median_words <= MAX_MEDIAN_WORDS
    assert [(t.utterance, t.words) for t in summary.turns if t.words > MAX_WORDS] == []


def test_a_listener_never_hears_the_same_sentence_twice_in_a_row(summary):
    assert [(t.conversation, t.utterance, t.repeated) for t in summary.turns if t.repeated] == []


def test_the_skill_never_offers_the_topic_just_heard_and_names_at_most_three_options(summary):
    assert [t.utterance for t in summary.turns if t.reoffer] == []
    assert max(t.options for t in summary.turns) <= MAX_OPTIONS
