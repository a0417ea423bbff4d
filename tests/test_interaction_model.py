"""The interaction model and manifest agree with the topic table and obey Alexa's sample rules.

Alexa's generic rules (characters, duplicates, slot references, example phrases) are checked by the
`validate` command's rules, run here on the project's own files; this file adds what is specific to
this skill's model.
"""
from __future__ import annotations

import re
from typing import Any

import pytest

from interaction_model import ENGLISH_LOCALES, load_manifest, load_document
from skill.content import load_content
from skill.topics import (ASPECT_SLOT, BUILT_IN_INTENTS, FOLLOW_UP_INTENT, NOT_COVERED_INTENT, SUBJECT_SLOT,
                          THANKS_INTENT, TOPICS, WARNING_SLOT)
from skill_tools.validate import validate
from skill_tools.validate.manifest_rules import example_request
from interaction_model.model import load as load_model

INVOCATION = "back pain guide"
CONTENT = load_content()
CONTENT_IDS = {key for topic in CONTENT.topics.values() for key in topic.details}
REPORT = validate()
MODEL = load_model()


def findings(*rules: str) -> list[str]:
    """What `validate` reports on the project's own files under *rules*, rendered for the failure message."""
    return [f.render() for f in REPORT.findings if f.rule in rules]

# Phrases the skill suggests in its own prompts: each must be a sample of the intent it names.
PROMPTED_SAMPLES = {
    "PtNotWorkingIntent": "what if physical therapy isn't working",
    "MedicationsIntent": "do {medication} help",
    "SurgeryIntent": "is surgery worth it",
    "AlternativesIntent": "does {treatment} help",
    "CausesIntent": "what causes lower back pain",
    "RedFlagsIntent": "what are the warning signs",
    "OverviewIntent": "give me an overview",
    "SummaryIntent": "sum it up",
    "DecidingIntent": "how do I decide on a treatment",
    "PtBenefitsIntent": "how does physical therapy help",
}


def normalise(text: str) -> str:
    """Lower-case and fold whitespace, the way duplicate samples are compared."""
    return " ".join(text.lower().split())


def language_model() -> dict[str, Any]:
    return load_document()["interactionModel"]["languageModel"]


def intents_by_name() -> dict[str, dict[str, Any]]:
    return {intent["name"]: intent for intent in language_model()["intents"]}


def custom_intents() -> dict[str, dict[str, Any]]:
    return {name: i for name, i in intents_by_name().items() if not name.startswith("AMAZON.")}


def slot_values() -> dict[str, list[str]]:
    """Every spoken form (value and synonyms) of each slot type, by type name."""
    return {
        t["name"]: [form for v in t["values"] for form in (v["name"]["value"], *v["name"].get("synonyms", []))]
        for t in language_model()["types"]
    }


def test_invocation_name_and_fallback_sensitivity() -> None:
    model = language_model()
    assert model["invocationName"] == INVOCATION
    assert model["modelConfiguration"]["fallbackIntentSensitivity"]["level"] == "MEDIUM"


def test_every_topic_has_its_intent_and_slot() -> None:
    intents = intents_by_name()
    for topic in TOPICS:
        assert topic.intent in intents, f"topic {topic.id} has no intent {topic.intent}"
        declared = [slot["name"] for slot in intents[topic.intent].get("slots", [])]
        assert (topic.slot is None or topic.slot in declared), topic.intent
        # Besides its own slot, an intent may carry a warning sign said alongside, the kind of question, and (on
        # the physical therapy intents) a subject said in that context ("the exercises my physio gave me").
        assert set(declared) - {topic.slot} <= {WARNING_SLOT, ASPECT_SLOT, SUBJECT_SLOT}, topic.intent


def test_the_custom_intents_are_the_topics_a_subject_the_guide_does_not_cover_a_follow_up_and_thanks() -> None:
    assert set(custom_intents()) == {topic.intent for topic in TOPICS} | {NOT_COVERED_INTENT, FOLLOW_UP_INTENT,
                                                                         THANKS_INTENT}


def test_every_built_in_intent_is_declared() -> None:
    intents = intents_by_name()
    missing = [name for name in BUILT_IN_INTENTS if name not in intents]
    assert not missing


def test_intent_names_are_unique() -> None:
    assert findings("model.duplicate-intent") == []


@pytest.mark.parametrize("topic", TOPICS, ids=lambda t: t.intent)
def test_each_custom_intent_has_enough_samples(topic) -> None:
    assert len(custom_intents()[topic.intent]["samples"]) >= 30


@pytest.mark.parametrize("topic", [t for t in TOPICS if t.slot], ids=lambda t: t.intent)
def test_slot_intents_have_slot_bearing_and_slot_free_samples(topic) -> None:
    samples = custom_intents()[topic.intent]["samples"]
    with_slot = [s for s in samples if "{" + topic.slot + "}" in s]
    assert len(with_slot) >= 6
    assert len(samples) - len(with_slot) >= 6


@pytest.mark.parametrize("intent,sample", sorted(PROMPTED_SAMPLES.items()))
def test_samples_the_skill_suggests_exist(intent: str, sample: str) -> None:
    assert sample in intents_by_name()[intent]["samples"]


def test_next_and_help_understand_everyday_phrases() -> None:
    intents = intents_by_name()
    for phrase in ("tell me more", "more", "continue", "keep going", "go on"):
        assert phrase in intents["AMAZON.NextIntent"]["samples"]
    assert {"what can I ask", "what can you do"} <= set(intents["AMAZON.HelpIntent"]["samples"])


def test_no_sample_is_repeated_within_or_across_intents() -> None:
    assert findings("sample.duplicate") == []


def test_filled_slot_samples_do_not_collide_with_another_intents_samples() -> None:
    assert findings("sample.slot-collision") == []


def test_samples_use_only_characters_alexa_accepts() -> None:
    assert findings("sample.characters", "sample.digits", "sample.whitespace", "sample.empty") == []


def test_every_slot_reference_is_declared_on_its_intent() -> None:
    assert findings("model.undeclared-slot", "model.old-slot-syntax") == []


def test_no_sample_is_only_a_slot() -> None:
    assert findings("sample.slot-only") == []


def test_every_declared_slot_type_exists() -> None:
    assert findings("model.unknown-slot-type") == []


def test_slot_types_have_ids_and_spoken_synonyms() -> None:
    for slot_type in language_model()["types"]:
        ids = [value["id"] for value in slot_type["values"]]
        assert ids and len(ids) == len(set(ids)), slot_type["name"]
        for value in slot_type["values"]:
            named_once = value["id"] not in CONTENT_IDS and slot_type["name"] in ("TreatmentType", "MedicationType")
            assert named_once or value["name"].get("synonyms"), f"{slot_type['name']}.{value['id']} has no synonyms"
        forms = [normalise(f) for f in slot_values()[slot_type["name"]]]
        assert len(forms) == len(set(forms)), f"{slot_type['name']} repeats a spoken form"
        assert not any(re.search(r"\d", form) for form in forms), slot_type["name"]


@pytest.mark.parametrize("type_name,ids", [
    ("TreatmentType", {"acupuncture", "chiropractic", "massage", "yoga", "hydrotherapy"}),
    ("MedicationType", {"nsaids", "opioids"}),
])
def test_the_treatments_the_guide_covers_carry_their_canonical_ids_beside_ones_it_does_not(type_name, ids) -> None:
    types = {t["name"]: t for t in language_model()["types"]}
    values = {value["id"] for value in types[type_name]["values"]}
    assert ids <= values and len(values - ids) >= 5  # the others are named back with an honest limit


def test_slot_types_carry_exactly_the_ids_the_content_answers() -> None:
    types = {t["name"]: {v["id"] for v in t["values"]} for t in language_model()["types"]}
    assert types["WarningSignType"] == set(CONTENT.warning_signs) | CONTENT.general_signs
    assert types["AspectType"] == set(CONTENT.limits.kinds) - {"unlisted"}
    assert types["SubjectType"] == set(CONTENT.limits.subjects)


def is_a_sample(phrase: str) -> bool:
    """True when *phrase* is a literal sample or a slot sample filled with one of its values."""
    return bool(MODEL.intents_saying(phrase))


def test_is_a_sample_fills_slots_with_their_values() -> None:
    assert is_a_sample("does chiropractor help")
    assert is_a_sample("Do Ibuprofen help")
    assert not is_a_sample("does physical therapy help me fly")


def test_manifest_publishes_every_english_locale_with_a_disclaimer() -> None:
    manifest = load_manifest()["manifest"]
    assert manifest["manifestVersion"] == "1.0"
    publishing = manifest["publishingInformation"]
    assert set(publishing["locales"]) == set(ENGLISH_LOCALES)
    assert publishing["isAvailableWorldwide"] is False
    assert set(publishing["distributionCountries"]) == {"US", "GB", "CA", "AU", "IN"}
    assert publishing["category"] == "HEALTH_AND_FITNESS"
    assert publishing["testingInstructions"].strip()
    for locale in publishing["locales"].values():
        assert locale["name"] == "Back Pain Guide"
        assert 0 < len(locale["summary"]) <= 160
        description = locale["description"].lower()
        assert "not medical advice" in description
        assert "not a substitute for professional medical advice" in description
        assert "emergency services" in description
        assert locale["keywords"]
    # Name-free interaction: Alexa asks the skill CanFulfillIntentRequest only when this is declared.
    interfaces = manifest["apis"]["custom"]["interfaces"]
    assert set(manifest["apis"]) == {"custom"} and set(manifest["apis"]["custom"]) == {"interfaces"}
    assert [i["type"] for i in interfaces] == ["CAN_FULFILL_INTENT_REQUEST", "ALEXA_PRESENTATION_APL"]
    # Screens the skill is built for (dp): Echo Spot, Show 5, Show, Show 8 and 10, Show 15, and TVs.
    assert {(v["mode"], v["shape"], v["minWidth"], v["minHeight"]) for v in interfaces[1]["supportedViewports"]} == {
        ("HUB", "ROUND", 480, 480), ("HUB", "RECTANGLE", 960, 480), ("HUB", "RECTANGLE", 1024, 600),
        ("HUB", "RECTANGLE", 1280, 800), ("HUB", "RECTANGLE", 1920, 1080), ("TV", "RECTANGLE", 960, 540)}


def test_manifest_privacy_flags() -> None:
    privacy = load_manifest()["manifest"]["privacyAndCompliance"]
    assert privacy == {
        "allowsPurchases": False,
        "usesPersonalInfo": False,
        "isChildDirected": False,
        "isExportCompliant": True,
        "containsAds": False,
        "usesHealthInfo": False,
    }


def test_manifest_example_phrases_are_real_requests() -> None:
    assert findings("manifest.example-phrases", "manifest.example-invocation", "manifest.example-not-a-sample") == []
    for locale in load_manifest()["manifest"]["publishingInformation"]["locales"].values():
        for phrase in locale["examplePhrases"]:
            # This skill's own style: "Alexa, open back pain guide" or "Alexa, ask back pain guide <sample>".
            assert re.match(r"^Alexa, (?:open|ask) back pain guide(?: |$)", phrase), phrase
            assert example_request(phrase, INVOCATION) is not None, phrase
