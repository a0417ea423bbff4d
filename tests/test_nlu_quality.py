"""Quality on the hand-written development set (tests/data/nlu_dev.yaml), with the project's model.

Targets from the product brief: >= 95% of in-scope questions answered with the right topic,
>= 90% of out-of-scope requests sent to AMAZON.FallbackIntent, every built-in understood.
The held-out set (nlu_holdout.yaml) is not used here: `python bench/bench_nlu.py` reports it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from local_runner.nlu import Nlu
from local_runner.nlu.evaluation import Scores, evaluate, load_set, nlu_resolver

DEV_SET = Path(__file__).parent / "data" / "nlu_dev.yaml"


@pytest.fixture(scope="module")
def scores() -> Scores:
    return evaluate(nlu_resolver(Nlu.from_model()), load_set(DEV_SET))


def _misses(scores: Scores, section: str) -> list[str]:
    return [f"{m.utterance!r}: expected {m.expected}, got {m.got}"
            for m in scores.misses if m.section == section]


def test_in_scope_questions_get_the_right_topic(scores):
    assert scores.in_scope >= 0.95, _misses(scores, "in_scope")


def test_named_treatments_and_medications_resolve_to_their_ids(scores):
    assert scores.slots >= 0.95, _misses(scores, "slot")


def test_out_of_scope_requests_fall_back(scores):
    assert scores.out_of_scope_fallback >= 0.90, _misses(scores, "out_of_scope")


def test_every_built_in_is_understood(scores):
    assert scores.built_in == 1.0, _misses(scores, "built_in")
