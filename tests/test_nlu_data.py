"""Shape of the hand-written NLU evaluation sets (tests/data/nlu_dev.yaml, nlu_dev2.yaml,
nlu_dev3.yaml, nlu_dev4.yaml, nlu_holdout.yaml).

These files are the yardstick for utterance understanding; a malformed entry would silently
skew every accuracy figure, so their structure is checked here.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import pytest

from local_runner.yaml_data import duplicate_keys, read_yaml
from skill.topics import BUILT_IN_INTENTS, TOPIC_BY_ID

DATA_DIR = Path(__file__).parent / "data"

#: Slot ids the evaluation sets may expect, per slot name (the brief's resolved values).
SLOT_IDS: dict[str, frozenset[str]] = {
    "treatment": frozenset({"acupuncture", "chiropractic", "massage", "yoga", "hydrotherapy"}),
    "medication": frozenset({"nsaids", "opioids"}),
}
SLOTTED_TOPICS = ("alternatives", "medications")
#: Built-ins every utterance set must exercise (Fallback is out_of_scope's job).
REQUIRED_BUILT_INS = frozenset(BUILT_IN_INTENTS) - {"AMAZON.FallbackIntent"}


@dataclass(frozen=True)
class Minimums:
    in_scope: int
    per_topic: int
    out_of_scope: int
    built_in: int


DATASETS: dict[str, Minimums] = {
    "nlu_dev.yaml": Minimums(in_scope=220, per_topic=20, out_of_scope=50, built_in=35),
    "nlu_dev2.yaml": Minimums(in_scope=300, per_topic=28, out_of_scope=80, built_in=40),
    "nlu_dev3.yaml": Minimums(in_scope=260, per_topic=24, out_of_scope=60, built_in=30),
    "nlu_dev4.yaml": Minimums(in_scope=260, per_topic=24, out_of_scope=60, built_in=30),
    "nlu_holdout.yaml": Minimums(in_scope=100, per_topic=10, out_of_scope=25, built_in=12),
}
#: Development sets: each must exercise every slot id and every handled built-in on its own.
DEV_SETS = ("nlu_dev.yaml", "nlu_dev2.yaml", "nlu_dev3.yaml", "nlu_dev4.yaml")


def load(name: str) -> dict:
    return read_yaml(DATA_DIR / name)


def normalise(text: str) -> str:
    """Lowercase and fold whitespace: the form in which two utterances count as the same."""
    return re.sub(r"\s+", " ", text).strip().lower()


def all_utterances(data: dict) -> list[str]:
    return (
        [e["utterance"] for e in data["in_scope"]]
        + list(data["out_of_scope"])
        + [e["utterance"] for e in data["built_in"]]
    )


@pytest.fixture(scope="module", params=sorted(DATASETS))
def dataset(request) -> tuple[str, dict]:
    return request.param, load(request.param)


def test_top_level_sections(dataset):
    _, data = dataset
    assert set(data) == {"in_scope", "out_of_scope", "built_in"}
    assert all(isinstance(data[k], list) for k in data)


def test_every_utterance_is_a_non_empty_string(dataset):
    _, data = dataset
    for utterance in all_utterances(data):
        assert isinstance(utterance, str) and utterance.strip(), repr(utterance)


def test_in_scope_entries_are_well_formed(dataset):
    _, data = dataset
    for entry in data["in_scope"]:
        assert set(entry) <= {"utterance", "topic", "slots"}, entry
        assert entry["topic"] in TOPIC_BY_ID, entry


def test_counts_meet_minimums(dataset):
    name, data = dataset
    minimums = DATASETS[name]
    per_topic = Counter(e["topic"] for e in data["in_scope"])
    assert len(data["in_scope"]) >= minimums.in_scope
    assert set(per_topic) == set(TOPIC_BY_ID), "every topic id must be covered"
    short = {t: n for t, n in per_topic.items() if n < minimums.per_topic}
    assert not short, f"topics below {minimums.per_topic} utterances: {short}"
    assert len(data["out_of_scope"]) >= minimums.out_of_scope
    assert len(data["built_in"]) >= minimums.built_in


def test_slots_use_the_topic_slot_and_known_ids(dataset):
    _, data = dataset
    for entry in data["in_scope"]:
        if "slots" not in entry:
            continue
        slot_name = TOPIC_BY_ID[entry["topic"]].slot
        assert entry["topic"] in SLOTTED_TOPICS, entry
        assert set(entry["slots"]) == {slot_name}, entry
        assert entry["slots"][slot_name] in SLOT_IDS[slot_name], entry


@pytest.mark.parametrize("topic", SLOTTED_TOPICS)
def test_about_half_of_slotted_topics_name_a_specific_value(dataset, topic):
    _, data = dataset
    entries = [e for e in data["in_scope"] if e["topic"] == topic]
    share = sum("slots" in e for e in entries) / len(entries)
    assert 0.3 <= share <= 0.7, f"{topic}: {share:.0%} carry a slot"


@pytest.mark.parametrize("set_name", DEV_SETS)
def test_every_slot_id_is_exercised_in_dev(set_name):
    data = load(set_name)
    seen: dict[str, set[str]] = {name: set() for name in SLOT_IDS}
    for entry in data["in_scope"]:
        for name, value in entry.get("slots", {}).items():
            seen[name].add(value)
    assert seen == {name: set(ids) for name, ids in SLOT_IDS.items()}


def test_built_in_entries_name_handled_intents(dataset):
    _, data = dataset
    for entry in data["built_in"]:
        assert set(entry) == {"utterance", "intent"}, entry
        assert entry["intent"] in REQUIRED_BUILT_INS, entry


@pytest.mark.parametrize("set_name", DEV_SETS)
def test_dev_exercises_every_built_in_intent(set_name):
    data = load(set_name)
    assert {e["intent"] for e in data["built_in"]} == REQUIRED_BUILT_INS


def test_no_duplicates_within_a_file(dataset):
    _, data = dataset
    counts = Counter(normalise(u) for u in all_utterances(data))
    assert [u for u, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("first, second", list(combinations(sorted(DATASETS), 2)))
def test_no_utterance_shared_between_sets(first, second):
    """Each set measures something only if none of them repeats another's utterances."""
    one = {normalise(u) for u in all_utterances(load(first))}
    other = {normalise(u) for u in all_utterances(load(second))}
    assert one & other == set()


ROOT = Path(__file__).resolve().parents[1]
#: The YAML the skill and the runner read at run time, and the dialogs the tests walk.
EDITED_YAML = sorted([*ROOT.glob("local_runner/**/*.yaml"), *ROOT.glob("skill/**/*.yaml"),
                      *(Path(__file__).parent / "dialogs").glob("**/*.yml")])


def test_a_key_said_twice_in_yaml_is_found():
    text = "loanwords:\n  hindi:\n    peshab: urine\n    bukhar: fever\n    peshab: pee\n"
    assert duplicate_keys(text) == [("peshab", 5, 3)]
    assert duplicate_keys("a: 1\nb: {a: 2}\n") == []   # the same key in another mapping is no repeat


@pytest.mark.parametrize("path", EDITED_YAML, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_yaml_file_says_a_key_twice(path):
    """PyYAML keeps the last of two equal keys without a word: an entry written twice would hide the first."""
    assert duplicate_keys(path.read_text(encoding="utf-8")) == []

