"""Slots: values and synonyms captured and resolved to canonical ids, as Alexa's entity resolution does."""
from __future__ import annotations

from pathlib import Path

import pytest

from local_runner.nlu import MATCH, NO_MATCH, Nlu

FIXTURE = Path(__file__).parent / "fixtures" / "nlu_model.json"


@pytest.fixture(scope="module")
def nlu() -> Nlu:
    return Nlu.from_model(FIXTURE)


@pytest.fixture(scope="module")
def project_nlu() -> Nlu:
    return Nlu.from_model()


def test_a_synonym_resolves_to_its_canonical_value(nlu):
    result = nlu.resolve("should I try a chiropractor")
    assert result.intent == "AlternativesIntent"
    slot = result.slots["treatment"]
    assert (slot.name, slot.value, slot.slot_type) == ("treatment", "a chiropractor", "TreatmentType")
    assert (slot.status, slot.id, slot.canonical) == (MATCH, "chiropractic", "chiropractic")


def test_values_come_from_the_model_file_not_from_code(nlu):
    # "tai chi" and "cupping" exist only in the fixture model.
    assert nlu.resolve("should I try taichi").slots["treatment"].id == "tai_chi"
    assert nlu.resolve("does cupping help back pain").slots["treatment"].canonical == "cupping therapy"


@pytest.mark.parametrize(
    ("heard", "intent", "slot", "value_id"),
    [
        ("does chiro practor help", "AlternativesIntent", "treatment", "chiropractic"),
        ("is nap roxen safe", "MedicationsIntent", "medication", "nsaids"),
        ("should I take ibuprofin", "MedicationsIntent", "medication", "nsaids"),
    ],
)
def test_misheard_values_resolve_by_similarity(nlu, heard, intent, slot, value_id):
    result = nlu.resolve(heard)
    assert result.intent == intent
    assert result.slots[slot].status == MATCH
    assert result.slots[slot].id == value_id


def test_the_heard_words_are_kept_as_the_slot_value(nlu):
    assert nlu.resolve("does chiro practor help").slots["treatment"].value == "chiro practor"


def test_an_unknown_value_is_still_captured_with_no_match(nlu):
    result = nlu.resolve("does reiki help back pain")
    assert result.intent == "AlternativesIntent"
    slot = result.slots["treatment"]
    assert (slot.value, slot.status, slot.id, slot.canonical) == ("reiki", NO_MATCH, None, None)


@pytest.mark.parametrize(
    ("heard", "intent", "slot", "value"),
    [
        # "does {treatment} help" and "does {medication} help" both fit: the value's kind decides.
        ("does rolfing help", "AlternativesIntent", "treatment", "rolfing"),       # no known kind
        ("does cryotherapy help", "AlternativesIntent", "treatment", "cryotherapy"),  # non-drug treatment
        ("does cortisone help", "MedicationsIntent", "medication", "cortisone"),   # a medicine word
        ("what about ketoprofen", "MedicationsIntent", "medication", "ketoprofen"),  # a drug-name ending
    ],
)
def test_an_unlisted_value_goes_to_the_slot_of_its_kind_with_no_match(project_nlu, heard, intent,
                                                                       slot, value):
    result = project_nlu.resolve(heard)
    assert result.intent == intent
    assert (result.slots[slot].value, result.slots[slot].status) == (value, NO_MATCH)


def test_a_tumble_is_a_fall_and_a_warning_sign(project_nlu):
    result = project_nlu.resolve("I took a tumble on the steps")
    assert result.intent == "RedFlagsIntent"
    assert result.slots["symptom"].status == MATCH


def test_a_value_named_anywhere_fills_the_slot_of_the_intent_that_carries_its_type(nlu):
    result = nlu.resolve("my neighbour swears by spinal manipulation for a sore back")
    assert result.intent == "AlternativesIntent"
    assert result.slots["treatment"].id == "chiropractic"


def test_a_word_that_merely_resembles_a_value_is_not_that_value(project_nlu):
    # "message" is a real word, one letter from "massage": no fuzzy match on known words.
    result = project_nlu.resolve("leave a message for my doctor")
    assert "treatment" not in result.slots


def test_only_filled_slots_are_returned(nlu):
    assert nlu.resolve("what alternative treatments are there").slots == {}


@pytest.mark.parametrize(
    ("heard", "value_id"),
    [
        ("does advil help my back", "nsaids"),
        ("is oxycodone addictive", "opioids"),
        ("would water therapy help", "hydrotherapy"),
        ("should I see a chiro", "chiropractic"),
    ],
)
def test_project_model_synonyms_resolve(project_nlu, heard, value_id):
    result = project_nlu.resolve(heard)
    assert next(iter(result.slots.values())).id == value_id


@pytest.mark.parametrize(
    ("heard", "aspect"),
    [
        ("is it okay to take ibuprofen every single day", "frequency"),
        ("is it okay to take naproxen and paracetamol together", "interactions"),
        ("is it ok to take aleve when nursing", "pregnancy"),
    ],
)
def test_a_sample_whose_own_slots_hold_the_words_beats_one_that_swallows_them_into_a_value(project_nlu, heard, aspect):
    # "is it okay to take {medication}" could take "ibuprofen every single day" as the medicine (it
    # holds "ibuprofen"), losing the kind of question; "... {medication} {aspect}" explains both.
    result = project_nlu.resolve(heard)
    assert result.intent == "MedicationsIntent"
    assert result.slots["medication"].id == "nsaids"
    assert result.slots["aspect"].id == aspect


@pytest.mark.parametrize(
    ("heard", "medication", "aspect"),
    [
        # "should I take the {medication} {aspect}": the first split reads "anti" as the medicine
        ("should i take the anti inflammatories morning and night", "nsaids", "frequency"),
        ("should i take the anti inflammatories every day or just when it hurts", "nsaids", "frequency"),
    ],
)
def test_two_slots_side_by_side_share_the_words_the_way_both_values_fit(project_nlu, heard, medication, aspect):
    result = project_nlu.resolve(heard)
    assert result.intent == "MedicationsIntent"
    assert result.slots["medication"].id == medication
    assert result.slots["aspect"].id == aspect


def test_every_split_of_a_sample_is_offered_fewest_words_first_up_to_a_values_length():
    from local_runner.nlu.templates import compile_sample

    template = compile_sample("MedicationsIntent", "should I take the {medication} {aspect}")
    assert list(template.splits("should i take the anti inflammatories every day", longest=5)) == [
        {"medication": "anti", "aspect": "inflammatories every day"},
        {"medication": "anti inflammatories", "aspect": "every day"},
        {"medication": "anti inflammatories every", "aspect": "day"},
    ]
    assert len(list(template.splits("should i take the anti inflammatories every day", longest=2))) == 2
    assert list(template.splits("should i stop the anti inflammatories every day", longest=5)) == []
    # a sample of slots alone fits any utterance: only the last slot may take more than *longest* words
    slots_alone = compile_sample("MedicationsIntent", "{medication} {aspect}")
    assert len(list(slots_alone.splits("ibuprofen every day " + "and more words " * 200, longest=5))) == 5


def test_a_very_long_utterance_is_understood_in_reasonable_time(project_nlu):
    # a sample of slots alone ("{medication} {aspect}") fits any utterance: its splits are bounded
    result = project_nlu.resolve("ibuprofen every day " + "and then some more words " * 200)
    assert result.intent


def test_a_misheard_value_resolves_the_same_after_many_other_lookups_and_memory_stays_bounded():
    from local_runner.nlu.slots import _KNOWN_LIMIT, ValueRef, _Choices

    nsaids = ValueRef("MedicationType", "nsaids", "NSAIDs")
    choices = _Choices.of([("ibuprofen", nsaids)])
    assert choices.closest("ibuprofin") == choices.closest("ibuprofin")
    assert choices.closest("ibuprofin")[0] == nsaids
    for n in range(3 * _KNOWN_LIMIT):
        assert choices.closest(f"quixotic{n:04d}") is None
    assert len(choices._known) <= _KNOWN_LIMIT   # a long session does not grow it without end
    assert choices.closest("ibuprofin")[0] == nsaids
