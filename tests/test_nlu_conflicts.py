"""Sample conflicts: samples that, said aloud, reach another intent or tie with one (for `validate`)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from local_runner.nlu import Nlu, find_sample_conflicts
from local_runner.nlu.conflicts import AMBIGUOUS, RESOLVES_ELSEWHERE

FIXTURE = Path(__file__).parent / "fixtures" / "nlu_model.json"


def _model_with(tmp_path: Path, additions: dict[str, list[str]]) -> Nlu:
    document = json.loads(FIXTURE.read_text())
    for intent in document["interactionModel"]["languageModel"]["intents"]:
        intent["samples"] = intent.get("samples", []) + additions.get(intent["name"], [])
    path = tmp_path / "model.json"
    path.write_text(json.dumps(document))
    return Nlu.from_model(path)


def test_a_clean_model_has_no_conflicts():
    assert find_sample_conflicts(Nlu.from_model(FIXTURE)) == []


def test_the_project_model_has_no_conflicts():
    conflicts = find_sample_conflicts(Nlu.from_model())
    assert [c.message for c in conflicts] == []


def test_a_sample_under_two_intents_is_reported_under_both(tmp_path):
    nlu = _model_with(tmp_path, {"SurgeryIntent": ["what causes back pain"]})
    conflicts = find_sample_conflicts(nlu)
    # One of the two wins the tie (the other can never be reached); the winner is ambiguous.
    assert sorted((c.intent, c.resolved, c.kind) for c in conflicts) == [
        ("CausesIntent", "SurgeryIntent", AMBIGUOUS),
        ("SurgeryIntent", "CausesIntent", RESOLVES_ELSEWHERE),
    ]
    assert all(c.sample == "what causes back pain" for c in conflicts)


def test_a_sample_naming_a_warning_sign_can_never_reach_its_own_intent(tmp_path):
    nlu = _model_with(tmp_path, {"SurgeryIntent": ["do I need surgery if I have a fever"]})
    [conflict] = find_sample_conflicts(nlu)
    assert (conflict.intent, conflict.resolved, conflict.kind) == (
        "SurgeryIntent", "RedFlagsIntent", RESOLVES_ELSEWHERE)
    assert "can never reach SurgeryIntent" in conflict.message


def test_conflicts_say_where_the_sample_is(tmp_path):
    nlu = _model_with(tmp_path, {"SurgeryIntent": ["do I need surgery if I have a fever"]})
    [conflict] = find_sample_conflicts(nlu)
    intents = json.loads(FIXTURE.read_text())["interactionModel"]["languageModel"]["intents"]
    assert intents[conflict.intent_index]["name"] == "SurgeryIntent"
    assert conflict.sample_index == len(intents[conflict.intent_index]["samples"])


def test_slotted_samples_are_checked_with_a_real_value(tmp_path):
    # (said of oneself: "is chiropractic ok with a fever" alone is a general question, no alarm)
    nlu = _model_with(tmp_path, {"AlternativesIntent": ["is {treatment} ok now that I have a fever"]})
    [conflict] = find_sample_conflicts(nlu)
    assert (conflict.text, conflict.resolved) == ("is chiropractic ok now that I have a fever", "RedFlagsIntent")


def test_a_value_of_another_slot_type_is_no_conflict(tmp_path):
    # "does nsaids help" fits Alternatives' "does {treatment} help" only with an unresolved
    # value; the medication sample resolves cleanly, so nothing is reported.
    nlu = _model_with(tmp_path, {"MedicationsIntent": ["does {medication} help"]})
    assert find_sample_conflicts(nlu) == []


@pytest.mark.parametrize("field", ["intent", "sample", "text", "resolved", "kind", "message"])
def test_conflict_fields_are_plain_text(tmp_path, field):
    nlu = _model_with(tmp_path, {"SurgeryIntent": ["do I need surgery if I have a fever"]})
    [conflict] = find_sample_conflicts(nlu)
    assert isinstance(getattr(conflict, field), str) and getattr(conflict, field)
