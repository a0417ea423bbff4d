"""Shape of the second held-out NLU set (tests/data/nlu_holdout2.yaml).

The file only measures generalisation; a malformed entry, an unknown topic or slot id, or an
utterance copied from another data file would quietly distort that measurement, so it is checked here.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from local_runner.yaml_data import read_yaml
from skill.content import load_content
from skill.topics import BUILT_IN_INTENTS, TOPIC_BY_ID

DATA_DIR = Path(__file__).parent / "data"
HOLDOUT2 = DATA_DIR / "nlu_holdout2.yaml"

MIN_IN_SCOPE = 150
MIN_PER_TOPIC = 14
MIN_OUT_OF_SCOPE = 40
MIN_BUILT_IN = 20
#: Topics whose entries name a specific treatment or medication about half the time.
SLOTTED_TOPICS = ("alternatives", "medications")
#: Fallback is what out_of_scope measures, so built_in must cover every other built-in.
EXPECTED_BUILT_INS = frozenset(BUILT_IN_INTENTS) - {"AMAZON.FallbackIntent"}


def normalise(text: str) -> str:
    """Lowercase and fold whitespace: the form in which two utterances count as the same."""
    return re.sub(r"\s+", " ", text).strip().lower()


def load(path: Path) -> dict:
    return read_yaml(path)


def utterances_in(data: dict) -> list[str]:
    """Every utterance of an NLU data file, whether its entries are mappings or bare strings."""
    found = []
    for section in ("in_scope", "out_of_scope", "built_in"):
        for entry in data.get(section) or []:
            found.append(entry["utterance"] if isinstance(entry, dict) else entry)
    return found


@pytest.fixture(scope="module")
def data() -> dict:
    return load(HOLDOUT2)


def test_has_exactly_the_three_sections(data):
    assert set(data) == {"in_scope", "out_of_scope", "built_in"}
    assert all(isinstance(data[key], list) for key in data)


def test_every_utterance_is_a_non_empty_string(data):
    for utterance in utterances_in(data):
        assert isinstance(utterance, str) and utterance.strip(), repr(utterance)


def test_in_scope_entries_name_a_known_topic(data):
    for entry in data["in_scope"]:
        assert set(entry) in ({"utterance", "topic"}, {"utterance", "topic", "slots"}), entry
        assert entry["topic"] in TOPIC_BY_ID, entry


def test_counts_meet_the_brief(data):
    per_topic = Counter(entry["topic"] for entry in data["in_scope"])
    assert len(data["in_scope"]) >= MIN_IN_SCOPE
    assert set(per_topic) == set(TOPIC_BY_ID), "every topic id must be covered"
    short = {topic: n for topic, n in per_topic.items() if n < MIN_PER_TOPIC}
    assert not short, f"topics below {MIN_PER_TOPIC} utterances: {short}"
    assert len(data["out_of_scope"]) >= MIN_OUT_OF_SCOPE
    assert len(data["built_in"]) >= MIN_BUILT_IN


def test_slots_use_the_topic_slot_name_and_an_answerable_id(data):
    # The content's per-slot details are what the skill can say about one treatment or
    # medication, so they are the set of ids an evaluation may expect.
    topics = load_content().topics
    for entry in (e for e in data["in_scope"] if "slots" in e):
        topic = TOPIC_BY_ID[entry["topic"]]
        assert entry["topic"] in SLOTTED_TOPICS, entry
        assert list(entry["slots"]) == [topic.slot], entry
        assert entry["slots"][topic.slot] in topics[topic.id].details, entry


@pytest.mark.parametrize("topic", SLOTTED_TOPICS)
def test_about_half_of_slotted_topics_name_a_specific_value(data, topic):
    entries = [e for e in data["in_scope"] if e["topic"] == topic]
    share = sum("slots" in e for e in entries) / len(entries)
    assert 0.35 <= share <= 0.65, f"{topic}: {share:.0%} carry a slot"


@pytest.mark.parametrize("topic", SLOTTED_TOPICS)
def test_every_slot_id_of_a_slotted_topic_is_exercised(data, topic):
    slot = TOPIC_BY_ID[topic].slot
    seen = {e["slots"][slot] for e in data["in_scope"] if e["topic"] == topic and "slots" in e}
    assert seen == set(load_content().topics[topic].details)


def test_built_in_entries_cover_every_handled_built_in(data):
    for entry in data["built_in"]:
        assert set(entry) == {"utterance", "intent"}, entry
        assert entry["intent"] in EXPECTED_BUILT_INS, entry
    assert {e["intent"] for e in data["built_in"]} == EXPECTED_BUILT_INS


def test_no_duplicates_within_the_file(data):
    counts = Counter(normalise(u) for u in utterances_in(data))
    assert [u for u, n in counts.items() if n > 1] == []


def test_no_utterance_appears_in_any_other_data_file(data):
    mine = {normalise(u) for u in utterances_in(data)}
    for other in sorted(DATA_DIR.glob("*.yaml")):
        if other == HOLDOUT2:
            continue
        shared = mine & {normalise(u) for u in utterances_in(load(other))}
        assert not shared, f"shared with {other.name}: {sorted(shared)}"
