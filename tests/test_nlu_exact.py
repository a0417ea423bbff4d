"""`--nlu exact`: samples and slot values as written, as virtual-alexa understands them, beside the
lenient default; `--explain` says which mode understood an utterance."""
import json

import pytest

from interaction_model.model import load as load_model, parse
from local_runner.nlu.builtins import FALLBACK_INTENT
from local_runner.nlu.exact import MATCHED, UNMATCHED, ExactNlu
from local_runner.nlu.types import MATCH, NO_MATCH
from runner_helpers import run_main


@pytest.fixture(scope="module")
def exact() -> ExactNlu:
    return ExactNlu(load_model())


def tiny_model(samples: dict[str, list[str]], slots: dict[str, dict[str, str]] | None = None) -> ExactNlu:
    """An ExactNlu over a small model: intent -> samples, intent -> {slot: type}; one custom type Food."""
    intents = [{"name": name, "samples": said,
                "slots": [{"name": s, "type": t} for s, t in (slots or {}).get(name, {}).items()]}
               for name, said in samples.items()]
    food = {"name": "Food", "values": [{"id": "soup", "name": {"value": "soup", "synonyms": ["broth"]}}]}
    document = {"interactionModel": {"languageModel": {"invocationName": "test kitchen", "intents": intents,
                                                        "types": [food]}}}
    return ExactNlu(parse(document))


def test_a_sample_as_written_is_understood_whatever_the_case_and_punctuation(exact):
    result = exact.resolve("What causes lower back pain?")
    assert (result.intent, result.reason, result.confidence) == ("CausesIntent", MATCHED, 1.0)
    assert result.candidates[0].sample == "what causes lower back pain"


def test_a_paraphrase_is_not_understood_and_goes_to_fallback(exact):
    result = exact.resolve("why on earth does my lower back ache so much")
    assert (result.intent, result.reason, result.candidates) == (FALLBACK_INTENT, UNMATCHED, [])


def test_a_custom_slot_holds_only_its_values_and_synonyms(exact):
    yoga = exact.resolve("does yoga help")
    assert yoga.intent == "AlternativesIntent"
    assert (yoga.slots["treatment"].status, yoga.slots["treatment"].id) == (MATCH, "yoga")
    assert exact.resolve("does cupping help").intent == FALLBACK_INTENT  # not in TreatmentType


def test_synonyms_resolve_to_their_value_id():
    nlu = tiny_model({"EatIntent": ["i want {food}"]}, {"EatIntent": {"food": "Food"}})
    slot = nlu.resolve("I want BROTH").slots["food"]
    assert (slot.value, slot.status, slot.id, slot.canonical) == ("broth", MATCH, "soup", "soup")


def test_a_built_in_slot_type_takes_any_words():
    nlu = tiny_model({"CityIntent": ["fly to {city}"]}, {"CityIntent": {"city": "AMAZON.City"}})
    slot = nlu.resolve("fly to new york").slots["city"]
    assert (slot.value, slot.status, slot.id) == ("new york", NO_MATCH, None)


def test_the_sample_with_the_most_literal_text_wins_then_typed_slots():
    nlu = tiny_model({"AnyIntent": ["{thing} please"], "SoupIntent": ["soup please"],
                      "FoodIntent": ["{food} please"]},
                     {"AnyIntent": {"thing": "AMAZON.SearchQuery"}, "FoodIntent": {"food": "Food"}})
    assert nlu.resolve("soup please").intent == "SoupIntent"         # all literal beats a slot
    assert nlu.resolve("broth please").intent == "FoodIntent"        # a typed slot beats a free one
    assert nlu.resolve("bread please").intent == "AnyIntent"         # only the free slot takes bread
    assert [c.intent for c in nlu.resolve("broth please").candidates] == ["FoodIntent", "AnyIntent"]


def test_the_benchmark_baseline_has_no_fallback(exact):
    assert exact.baseline("tell me a joke") == (None, {})
    assert exact.baseline("does yoga help") == ("AlternativesIntent", {"treatment": "yoga"})


def test_ask_explain_says_which_mode_understood_the_utterance():
    exact = run_main("ask", "--no-voice", "--explain", "--nlu", "exact", "does cupping help")
    assert exact.returncode == 0, exact.stderr
    assert "intent:       AMAZON.FallbackIntent" in exact.stdout
    assert "nlu:          exact: no sample matches as written" in exact.stdout
    fuzzy = run_main("ask", "--no-voice", "--explain", "does cupping help")
    assert "nlu:          fuzzy: template" in fuzzy.stdout
    assert "treatment='cupping' (no match)" in fuzzy.stdout


def test_ask_json_explain_reports_the_mode():
    line = json.loads(run_main("ask", "--json", "--explain", "--nlu", "exact", "does yoga help").stdout)
    assert line["nlu"] == {"mode": "exact", "reason": MATCHED}
    assert line["slots"] == {"treatment": {"value": "yoga", "id": "yoga"}}


def test_chat_explain_in_exact_mode():
    out = run_main("chat", "--no-voice", "--nlu", "exact", stdin="/explain is ibuprofen ok\n/quit\n").stdout
    assert "nlu:          exact: no sample matches as written" in out


def test_an_unknown_mode_is_a_usage_error():
    result = run_main("ask", "--nlu", "strict", "hello")
    assert result.returncode == 2
    assert "invalid choice: 'strict'" in result.stderr and "exact" in result.stderr
