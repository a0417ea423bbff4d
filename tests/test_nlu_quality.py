"""Quality on the four hand-written development sets (tests/data/nlu_dev.yaml, nlu_dev2.yaml,
nlu_dev3.yaml: terse fragments and long indirect questions, nlu_dev4.yaml: recogniser-shaped
speech from many kinds of speakers), with the project's model.

Targets from the product brief, on each set: >= 95% of in-scope questions answered with the
right topic, >= 90% of out-of-scope requests sent to AMAZON.FallbackIntent, >= 95% of built-in
requests understood. The held-out sets (nlu_holdout*.yaml) are not used here:
`python bench/bench_nlu.py` reports their aggregate figures.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from local_runner.nlu import Nlu
from local_runner.nlu.evaluation import Scores, evaluate, load_set, nlu_resolver

DATA = Path(__file__).parent / "data"
DEV_SETS = ("nlu_dev.yaml", "nlu_dev2.yaml", "nlu_dev3.yaml", "nlu_dev4.yaml")


@pytest.fixture(scope="module")
def nlu() -> Nlu:
    return Nlu.from_model()


@pytest.fixture(scope="module", params=DEV_SETS)
def scores(request, nlu) -> Scores:
    return evaluate(nlu_resolver(nlu), load_set(DATA / request.param))


def _misses(scores: Scores, section: str) -> list[str]:
    return [f"{m.utterance!r}: expected {m.expected}, got {m.got}"
            for m in scores.misses if m.section == section]


def test_in_scope_questions_get_the_right_topic(scores):
    assert scores.in_scope >= 0.95, _misses(scores, "in_scope")


def test_named_treatments_and_medications_resolve_to_their_ids(scores):
    assert scores.slots >= 0.95, _misses(scores, "slot")


def test_out_of_scope_requests_fall_back(scores):
    assert scores.out_of_scope_fallback >= 0.90, _misses(scores, "out_of_scope")


def test_built_ins_are_understood(scores):
    assert scores.built_in >= 0.95, _misses(scores, "built_in")
