"""Warning signs come first (DESIGN.md, medical safety), through the Lambda entry point as an Echo sends them.

On an Echo the skill never sees the words, only the intent and its slots; so a warning sign arrives as
the symptom slot of the red-flags intent, or of any content intent where someone mixed it into a
question ("I had a fall, does ibuprofen help"). Either way the answer is the warning: the action at
the right urgency first, what was heard, one short reason, then only the offer of the other signs.
"""
from __future__ import annotations

import re

import pytest

from interaction_model.model import load as load_model
from skill.content import load_content
from skill.topics import WARNING_SLOT
from tests.alexa import Session, limit, reprompt, said, slot, speech, topic, warning_sign

CONTENT = load_content("en-US")
SIGNS = sorted(CONTENT.warning_signs)
EMERGENCY = [s for s in SIGNS if CONTENT.warning_signs[s].level == "emergency"]
URGENT = [s for s in SIGNS if CONTENT.warning_signs[s].level == "urgent"]
MODEL = load_model()
#: Every intent that carries the symptom slot, other than the red-flags intent itself.
MIXED_INTENTS = sorted(i.name for i in MODEL.intents if WARNING_SLOT in i.slots and i.name != "RedFlagsIntent")
#: (locale, the emergency action as heard, the urgent action as heard)
LOCALES = [
    ("en-US", "Call 911 or go to the ER now.", "See a doctor today."),
    ("en-CA", "Call 911 or go to the emergency department now.", "See a doctor today."),
    ("en-GB", "Call 999 or go to A&E now.", "See a GP today, or call NHS 111."),
    ("en-AU", "Call 000 or go to the emergency department now.", "See a doctor today."),
    ("en-IN", "Call 112 or go to the nearest emergency department now.", "See a doctor today."),
]


def symptom(sign: str, heard: str = "what they said") -> dict:
    return slot(WARNING_SLOT, heard, sign)


def before_follow_up(text: str) -> str:
    return text.split(" Would you like")[0]


def test_the_two_urgency_levels_cover_the_signs_guidance_lists():
    assert set(EMERGENCY) == {"bladder_bowel", "urinary_retention", "saddle_numbness", "leg_weakness", "both_legs",
                              "sexual_dysfunction", "trauma", "chest_pain"}
    assert set(URGENT) == {"fever", "infection", "weight_loss", "cancer_history", "night_pain",
                           "steroids_osteoporosis", "immune_risk"}


@pytest.mark.parametrize("sign", SIGNS)
def test_each_sign_leads_with_the_action_names_what_was_heard_and_gives_one_reason(sign):
    response = Session().intent("RedFlagsIntent", **{WARNING_SLOT: symptom(sign)})
    data = CONTENT.warning_signs[sign]
    heard = said(response)
    action = "Call 911 or go to the ER now." if data.level == "emergency" else "See a doctor today."
    assert heard.startswith(action)
    assert f"You mentioned {data.heard}." in heard
    assert data.reason in heard
    assert len(before_follow_up(heard).split()) <= 30
    assert topic(response) == "red_flags" and warning_sign(response) == sign
    assert response["response"]["card"]["title"] == CONTENT.levels[data.level].title


@pytest.mark.parametrize("sign", SIGNS)
def test_a_warning_offers_only_the_other_warning_signs_or_stop_and_keeps_the_session(sign):
    response = Session().intent("RedFlagsIntent", **{WARNING_SLOT: symptom(sign)})
    heard = said(response)
    assert "other warning signs" in heard and "stop" in heard
    assert not [t.name for t in CONTENT.topics.values() if t.id != "red_flags" and t.name in heard]
    assert "warning signs" in reprompt(response) and "stop" in reprompt(response)
    assert response["response"]["shouldEndSession"] is False


def test_yes_after_a_warning_lists_the_signs_grouped_by_urgency_action_first():
    session = Session()
    session.intent("RedFlagsIntent", **{WARNING_SLOT: symptom("fever")})
    first = said(session.intent("AMAZON.YesIntent"))
    assert first.startswith("Call 911 or go to the ER now if back pain comes with")
    assert "loss of bladder or bowel control" in first and "chest pain" in first
    second = said(session.intent("AMAZON.YesIntent"))
    assert second.startswith("See a doctor today if back pain comes with")
    assert "fever" in second and "past cancer" in second


@pytest.mark.parametrize("intent", MIXED_INTENTS)
def test_a_symptom_mixed_into_any_question_is_answered_with_the_warning_first(intent):
    slots = {WARNING_SLOT: symptom("trauma", "I fell off a ladder")}
    declared = MODEL.intent(intent).slots
    if "medication" in declared:
        slots["medication"] = slot("medication", "ibuprofen", "nsaids")
    if "treatment" in declared:
        slots["treatment"] = slot("treatment", "yoga", "yoga")
    response = Session().intent(intent, **slots)
    assert said(response).startswith("Call 911 or go to the ER now.")
    assert warning_sign(response) == "trauma" and topic(response) == "red_flags" and limit(response) is None


def test_every_content_intent_where_people_mix_in_a_symptom_carries_the_slot():
    assert set(MIXED_INTENTS) >= {"CausesIntent", "PtBenefitsIntent", "PtNotWorkingIntent", "AlternativesIntent",
                                  "MedicationsIntent", "SurgeryIntent", "DecidingIntent", "NotCoveredIntent"}


@pytest.mark.parametrize("locale, emergency, urgent", LOCALES)
def test_each_locale_hears_its_own_emergency_number_and_services(locale, emergency, urgent):
    session = Session(locale)
    first = said(session.intent("RedFlagsIntent", **{WARNING_SLOT: symptom("saddle_numbness")}))
    assert first.startswith(emergency)
    assert said(Session(locale).intent("RedFlagsIntent", **{WARNING_SLOT: symptom("night_pain")})).startswith(urgent)


def test_australia_hears_triple_zero_and_reads_000_on_the_card():
    response = Session("en-AU").intent("RedFlagsIntent", **{WARNING_SLOT: symptom("chest_pain")})
    assert '<sub alias="triple zero">000</sub>' in speech(response)
    assert "000 (triple zero)" in response["response"]["card"]["content"]
    assert "1800 022 222" in response["response"]["card"]["content"]


@pytest.mark.parametrize("locale, number", [("en-US", "911"), ("en-GB", "999"), ("en-IN", "112")])
def test_other_locales_read_the_number_digit_by_digit(locale, number):
    response = Session(locale).intent("RedFlagsIntent", **{WARNING_SLOT: symptom("trauma")})
    assert f'<say-as interpret-as="digits">{number}</say-as>' in speech(response)


def test_what_are_the_warning_signs_lists_them_without_naming_a_sign():
    response = Session().intent("RedFlagsIntent")
    assert said(response).startswith("Call 911 or go to the ER now if back pain comes with")
    assert topic(response) == "red_flags" and warning_sign(response) is None


@pytest.mark.parametrize("value", [slot(WARNING_SLOT, "a funny feeling"), slot(WARNING_SLOT, "an emergency", "emergency")])
def test_an_unknown_or_general_symptom_on_the_warning_intent_gets_the_list_action_first(value):
    response = Session().intent("RedFlagsIntent", **{WARNING_SLOT: value})
    assert said(response).startswith("Call 911 or go to the ER now if back pain comes with")
    assert warning_sign(response) is None and topic(response) == "red_flags"


def test_an_unresolved_symptom_on_another_intent_does_not_raise_an_alarm():
    response = Session().intent("CausesIntent", **{WARNING_SLOT: slot(WARNING_SLOT, "a bit stiff")})
    assert topic(response) == "causes" and warning_sign(response) is None


def test_the_warning_answer_is_general_information_not_a_diagnosis_on_the_card():
    response = Session().intent("RedFlagsIntent", **{WARNING_SLOT: symptom("weight_loss")})
    assert "not a diagnosis" in response["response"]["card"]["content"]
    assert not re.search(r"\b(you have|diagnos(is|ed) with)\b", said(response))


def test_every_sign_cites_named_guidance():
    for sign in CONTENT.warning_signs.values():
        assert sign.sources and all(CONTENT.sources[s].url.startswith("https://") for s in sign.sources)
        assert sign.basis
