"""What the skill says, turn by turn, through the Lambda entry point (as an Echo user hears it)."""
from __future__ import annotations

import json
from skill.ssml import escape

import pytest

from skill.content import load_content
from skill.topics import ARTICLE_ORDER, TOPICS, TOPIC_BY_ID
from tests.alexa import Session, reprompt, slot, speech, topic

CONTENT = load_content("en-US")


def spoken(text: str) -> str:
    """The start of a content sentence as it appears in the SSML: escaped, up to the first markup
    the renderer adds (a pronunciation hint for NSAIDs, the say-as around the emergency number)."""
    return escape(text).split("NSAIDs")[0].split("{")[0]


def first_part(topic_id: str) -> str:
    return CONTENT.topics[topic_id].answer.parts[0]


def test_launch_welcomes_gives_disclaimer_examples_and_asks_a_question():
    response = Session().launch()
    said = speech(response)
    assert "Welcome to Back Pain Guide" in said
    assert "not medical advice" in said
    for suggestion in CONTENT.suggestions[:3]:
        assert suggestion.say in said
    assert said.rstrip("</speak>").endswith("?")
    assert reprompt(response) and reprompt(response) != said
    assert response["response"]["shouldEndSession"] is False


@pytest.mark.parametrize("t", TOPICS, ids=lambda t: t.id)
def test_every_topic_answers_offers_its_follow_up_and_keeps_the_session_open(t):
    session = Session()
    session.launch()
    response = session.intent(t.intent)
    said = speech(response)
    assert spoken(first_part(t.id)) in said
    assert topic(response) == t.id
    content = CONTENT.topics[t.id]
    offer = "Would you like to hear more?" if len(content.answer.parts) > 1 else \
        f"Would you like to hear about {CONTENT.topics[content.follow_up].name}?"
    assert escape(offer) in said
    assert response["response"]["shouldEndSession"] is False
    assert reprompt(response) and "Say yes" in reprompt(response)
    assert response["response"]["card"]["title"] == content.answer.card.title


def test_one_shot_question_in_a_new_session_answers_directly_and_still_offers_more():
    response = Session().intent("SurgeryIntent")
    assert spoken(first_part("surgery")) in speech(response)
    assert "Welcome" not in speech(response)
    assert "Would you like to hear more?" in speech(response)
    assert response["response"]["shouldEndSession"] is False


def test_yes_takes_the_offer_and_no_asks_what_else():
    session = Session()
    session.intent("CausesIntent")
    follow_up = CONTENT.topics["causes"].follow_up
    assert topic(session.intent("AMAZON.YesIntent")) == follow_up
    response = session.intent("AMAZON.NoIntent")
    assert "What else would you like to know?" in speech(response)
    assert topic(response) is None
    assert response["response"]["shouldEndSession"] is False
    assert "Sure. What would you like to know?" in speech(session.intent("AMAZON.YesIntent"))


def test_more_walks_through_the_parts_of_a_longer_answer():
    session = Session()
    session.intent("PtNotWorkingIntent")
    second = session.intent("AMAZON.NextIntent")
    assert spoken(CONTENT.topics["pt_not_working"].answer.parts[1]) in speech(second)
    assert escape(CONTENT.topics["alternatives"].name) in speech(second)
    assert topic(session.intent("AMAZON.YesIntent")) == "alternatives"


def test_yes_after_the_first_part_hears_the_rest():
    session = Session()
    session.intent("SurgeryIntent")
    assert spoken(CONTENT.topics["surgery"].answer.parts[1]) in speech(session.intent("AMAZON.YesIntent"))


def test_next_and_previous_walk_the_article_in_order():
    session = Session()
    session.launch()
    heard = [topic(session.intent("AMAZON.NextIntent")) for _ in range(3)]
    assert heard == list(ARTICLE_ORDER[:3])
    assert topic(session.intent("AMAZON.PreviousIntent")) == ARTICLE_ORDER[1]


def test_next_at_the_end_of_the_article_says_so_and_previous_at_the_start_offers_the_menu():
    session = Session()
    session.intent("SummaryIntent")
    assert "end of the guide" in speech(session.intent("AMAZON.NextIntent"))
    session = Session()
    session.intent("OverviewIntent")
    response = session.intent("AMAZON.PreviousIntent")
    assert "start of the guide" in speech(response) and reprompt(response)


def test_repeat_says_the_last_answer_again_exactly_even_turns_later():
    session = Session()
    answer = session.intent("MedicationsIntent")
    repeated = session.intent("AMAZON.RepeatIntent")
    assert speech(repeated) == speech(answer)
    assert reprompt(repeated) == reprompt(answer)
    assert repeated["response"]["card"] == answer["response"]["card"]
    assert speech(session.intent("AMAZON.RepeatIntent")) == speech(answer)


def test_repeat_before_anything_was_said_explains_and_offers_the_menu():
    response = Session().intent("AMAZON.RepeatIntent")
    assert "haven't told you anything yet" in speech(response)
    assert response["response"]["shouldEndSession"] is False


@pytest.mark.parametrize("intent", ["AMAZON.StartOverIntent", "AMAZON.NavigateHomeIntent"])
def test_start_over_and_home_go_back_to_the_menu_and_reset_the_walk(intent):
    session = Session()
    session.intent("SurgeryIntent")
    response = session.intent(intent)
    assert "start again" in speech(response) and CONTENT.suggestions[0].say in speech(response)
    assert topic(session.intent("AMAZON.NextIntent")) == ARTICLE_ORDER[0]


def test_help_lists_what_can_be_asked_with_the_disclaimer_and_keeps_the_session():
    response = Session().intent("AMAZON.HelpIntent")
    said = speech(response)
    for subject in ("causes", "acupuncture", "medications", "surgery", "warning signs", "not medical advice"):
        assert subject in said
    assert reprompt(response) and response["response"]["shouldEndSession"] is False


@pytest.mark.parametrize("intent", ["AMAZON.StopIntent", "AMAZON.CancelIntent"])
def test_stop_and_cancel_say_a_short_goodbye_and_end_the_session(intent):
    session = Session()
    session.launch()
    response = session.intent(intent)
    assert "Goodbye" in speech(response)
    assert response["response"]["shouldEndSession"] is True
    assert "reprompt" not in response["response"]


def test_fallback_says_what_the_skill_covers_and_reprompts():
    response = Session().intent("AMAZON.FallbackIntent")
    assert "lower back pain" in speech(response)
    assert reprompt(response) and response["response"]["shouldEndSession"] is False


def test_an_intent_the_skill_does_not_know_is_treated_as_fallback():
    response = Session().intent("WeatherIntent")
    assert "can't help with that" in speech(response)
    assert response["response"]["shouldEndSession"] is False


@pytest.mark.parametrize("treatment", sorted(CONTENT.topics["alternatives"].details))
def test_a_named_treatment_gets_its_own_answer(treatment):
    response = Session().intent("AlternativesIntent", treatment=slot("treatment", treatment.upper(), treatment))
    detail = CONTENT.topics["alternatives"].details[treatment]
    assert spoken(detail.parts[0]) in speech(response)
    assert response["response"]["card"]["title"] == detail.card.title
    assert escape(CONTENT.topics["alternatives"].name) in speech(response)


@pytest.mark.parametrize("medication", ["nsaids", "opioids"])
def test_a_named_medication_gets_its_own_answer(medication):
    response = Session().intent("MedicationsIntent", medication=slot("medication", "advil", medication))
    assert spoken(CONTENT.topics["medications"].details[medication].parts[0]) in speech(response)


def test_a_treatment_the_guide_does_not_cover_is_named_and_the_general_answer_given():
    response = Session().intent("AlternativesIntent", treatment=slot("treatment", "reiki"))
    assert "I don't have details on reiki" in speech(response)
    assert spoken(first_part("alternatives")) in speech(response)


def test_an_empty_slot_gets_the_general_answer():
    response = Session().intent("MedicationsIntent", medication=slot("medication"))
    assert spoken(first_part("medications")) in speech(response)


@pytest.mark.parametrize("locale, number", [("en-US", "911"), ("en-GB", "999"), ("en-AU", "000"), ("en-IN", "112")])
def test_warning_signs_say_to_get_care_now_with_the_local_emergency_number(locale, number):
    response = Session(locale).intent("RedFlagsIntent", symptom=slot("symptom", "numb groin", "saddle_numbness"))
    said = speech(response)
    assert "medical care right away" in said
    assert f'<say-as interpret-as="digits">{number}</say-as>' in said
    assert f"call {number}" in response["response"]["card"]["content"]


def test_session_ended_is_logged_without_speech(caplog):
    session = Session()
    session.launch()
    with caplog.at_level("INFO"):
        response = session.send({"type": "SessionEndedRequest", "reason": "USER_INITIATED"})
    assert "outputSpeech" not in response["response"]
    assert "reason=USER_INITIATED" in caplog.text


def test_a_failing_handler_is_caught_apologised_for_and_the_session_kept(monkeypatch):
    from skill.conversation import Conversation

    def broken(*_args, **_kwargs):
        raise RuntimeError("content store unavailable")

    monkeypatch.setattr(Conversation, "answer", broken)
    response = Session().intent("CausesIntent")
    assert "something went wrong" in speech(response)
    assert response["response"]["shouldEndSession"] is False and reprompt(response)


def test_foreign_or_corrupt_session_attributes_are_ignored_not_trusted():
    session = Session()
    session.attributes = {"current": {"topic": "astrology", "part": "x"}, "offer": [1, 2], "position": 99,
                          "last": {"ssml": 5}, "other_skill_key": {"deep": True}}
    session.new = False
    response = session.intent("AMAZON.YesIntent")
    assert "Sure. What would you like to know?" in speech(response)
    assert topic(session.intent("AMAZON.NextIntent")) == ARTICLE_ORDER[0]


def test_session_attributes_are_plain_json_that_survive_a_round_trip():
    session = Session()
    session.intent("AlternativesIntent", treatment=slot("treatment", "yoga", "yoga"))
    session.attributes = json.loads(json.dumps(session.attributes))
    assert session.attributes["last"]["topic"] == "alternatives"
    assert topic(session.intent("AMAZON.YesIntent")) == "alternatives"


def test_every_topic_id_in_the_contract_has_content_and_an_intent():
    assert set(TOPIC_BY_ID) == set(CONTENT.topics) == {
        "overview", "causes", "pt_benefits", "pt_not_working", "alternatives", "medications", "surgery",
        "deciding", "summary", "red_flags"}
