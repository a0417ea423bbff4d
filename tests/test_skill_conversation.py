"""What the skill says, turn by turn, through the Lambda entry point (as an Echo user hears it)."""
from __future__ import annotations

import json

import pytest

from skill.content import load_content
from skill.topics import TOPIC_BY_ID, TOPICS, WALK_ORDER, walk_after
from tests.alexa import Session, reprompt, said, slot, speech, topic

CONTENT = load_content("en-US")


def first_part(topic_id: str) -> str:
    return CONTENT.topics[topic_id].answer.parts[0]


def starts(text: str) -> str:
    """The start of a content sentence as a listener hears it (before the first placeholder)."""
    return text.split("{")[0][:60]


def test_launch_welcomes_gives_disclaimer_three_examples_one_of_them_the_warning_signs():
    response = Session().launch()
    heard = said(response)
    assert "Welcome to Back Pain Guide" in heard and "not medical advice" in heard
    examples = [s.say for s in CONTENT.suggestions if s.say in heard]
    assert len(examples) == 3 and "what are the warning signs" in examples
    assert heard.endswith("?")
    assert reprompt(response) and reprompt(response) != speech(response)
    assert response["response"]["shouldEndSession"] is False


@pytest.mark.parametrize("t", [t for t in TOPICS if t.id != "red_flags"], ids=lambda t: t.id)
def test_every_topic_answers_offers_the_next_in_the_walk_and_keeps_the_session_open(t):
    session = Session()
    session.launch()
    response = session.intent(t.intent)
    heard = said(response)
    assert starts(first_part(t.id)) in heard
    assert topic(response) == t.id
    content = CONTENT.topics[t.id]
    following = walk_after(t.id)
    if len(content.answer.parts) > 1:
        assert any(v in heard for v in CONTENT.prompts["offer_more"])
    elif following:
        assert CONTENT.topics[following].name in heard
    assert response["response"]["shouldEndSession"] is False
    assert reprompt(response)
    assert response["response"]["card"]["title"] == content.answer.card.title


def test_a_one_shot_question_answers_directly_with_its_caveat_in_the_first_breath():
    response = Session().intent("SurgeryIntent")
    heard = said(response)
    assert "Welcome" not in heard
    assert "talk through all your options with your doctor" in heard
    assert response["response"]["shouldEndSession"] is False


def test_the_headline_answer_says_to_tell_your_doctor_in_its_first_part():
    assert "tell your doctor" in said(Session().intent("PtNotWorkingIntent"))


@pytest.mark.parametrize("start", [t for t in WALK_ORDER if walk_after(t) and t != "red_flags"])
def test_yes_and_next_after_the_same_answer_go_to_the_same_place(start):
    intent = TOPIC_BY_ID[start].intent
    by_yes, by_next = Session(), Session()
    by_yes.intent(intent)
    by_next.intent(intent)
    parts = len(CONTENT.topics[start].answer.parts)
    for _ in range(parts):  # walk past the rest of the answer first
        yes, nxt = by_yes.intent("AMAZON.YesIntent"), by_next.intent("AMAZON.NextIntent")
        assert topic(yes) == topic(nxt)


def test_the_warning_signs_offer_no_other_topic_but_next_still_walks_on():
    session = Session()
    session.intent("RedFlagsIntent")
    end = session.intent("AMAZON.YesIntent")  # the second half of the list
    assert not [t for t in CONTENT.topics.values() if t.id != "red_flags" and t.name in said(end)]
    assert topic(session.intent("AMAZON.YesIntent")) is None
    assert topic(session.intent("AMAZON.NextIntent")) == walk_after("red_flags")


def test_next_says_where_it_is_going():
    session = Session()
    session.intent("CausesIntent")
    response = session.intent("AMAZON.NextIntent")
    name = CONTENT.topics["pt_benefits"].name
    assert any(v.format(name=name) in said(response) for v in CONTENT.prompts["going_next"])
    assert topic(response) == "pt_benefits"


def test_more_walks_through_the_parts_of_a_longer_answer_then_on_to_the_warning_signs():
    session = Session()
    session.intent("PtNotWorkingIntent")
    second = session.intent("AMAZON.NextIntent")
    assert starts(CONTENT.topics["pt_not_working"].answer.parts[1]) in said(second)
    assert CONTENT.topics["red_flags"].name in said(second)
    assert topic(session.intent("AMAZON.YesIntent")) == "red_flags"


def test_next_and_previous_walk_the_guide_in_order_and_the_walk_includes_the_warning_signs():
    session = Session()
    session.launch()
    heard = [topic(session.intent("AMAZON.NextIntent")) for _ in range(len(WALK_ORDER))]
    assert "red_flags" in heard
    parts = {t: len(CONTENT.topics[t].answer.parts) for t in WALK_ORDER}
    assert [t for i, t in enumerate(heard) if i == 0 or heard[i - 1] != t] == list(WALK_ORDER)[:len(set(heard))]
    assert sum(parts[t] for t in set(heard)) == len(heard)
    assert topic(session.intent("AMAZON.PreviousIntent")) is not None


def test_next_at_the_end_of_the_guide_says_so_and_previous_at_the_start_offers_the_menu():
    session = Session()
    session.intent("SummaryIntent")
    assert "end of the guide" in said(session.intent("AMAZON.NextIntent"))
    session = Session()
    session.intent("OverviewIntent")
    response = session.intent("AMAZON.PreviousIntent")
    assert "start of the guide" in said(response) and reprompt(response)


def test_no_to_an_offer_asks_what_else_and_no_when_nothing_was_offered_ends_kindly():
    session = Session()
    session.intent("CausesIntent")
    response = session.intent("AMAZON.NoIntent")
    assert any(v.split(".")[0] in said(response) for v in CONTENT.prompts["what_else"])
    assert response["response"]["shouldEndSession"] is False
    ending = session.intent("AMAZON.NoIntent")
    assert ending["response"]["shouldEndSession"] is True
    assert "take care" in said(ending).lower()


@pytest.mark.parametrize("after", ["launch", "answer-without-offer"])
def test_thank_you_with_nothing_offered_ends_the_session_kindly(after):
    session = Session()
    if after == "launch":
        session.launch()
        session.intent("AMAZON.NoIntent")  # the menu asked a question but offered nothing
    session = Session()
    session.intent("SummaryIntent")
    session.intent("AMAZON.NextIntent")  # end of the guide: nothing offered
    response = session.intent("ThanksIntent")
    assert response["response"]["shouldEndSession"] is True
    assert "welcome" in said(response).lower() or "glad" in said(response).lower()


def test_thank_you_with_an_offer_pending_acknowledges_and_asks_again():
    session = Session()
    session.intent("CausesIntent")
    response = session.intent("ThanksIntent")
    assert response["response"]["shouldEndSession"] is False
    assert CONTENT.topics["pt_benefits"].name in said(response)


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
    assert "haven't told you anything yet" in said(response)
    assert response["response"]["shouldEndSession"] is False


@pytest.mark.parametrize("intent", ["AMAZON.StartOverIntent", "AMAZON.NavigateHomeIntent"])
def test_start_over_and_home_go_back_to_the_menu_and_reset_the_walk(intent):
    session = Session()
    session.intent("SurgeryIntent")
    response = session.intent(intent)
    assert "start again" in said(response)
    assert topic(session.intent("AMAZON.NextIntent")) == WALK_ORDER[0]


def test_help_names_three_things_offers_more_and_more_names_three_others():
    session = Session()
    first = session.intent("AMAZON.HelpIntent")
    assert "not medical advice" in said(first)
    named = [t for t in CONTENT.help_topics if t in said(first)]
    assert named == list(CONTENT.help_topics[:3])
    assert "say more" in said(first).lower()
    second = session.intent("AMAZON.NextIntent")
    assert [t for t in CONTENT.help_topics if t in said(second)] == list(CONTENT.help_topics[3:6])
    assert reprompt(second) and second["response"]["shouldEndSession"] is False


@pytest.mark.parametrize("intent", ["AMAZON.StopIntent", "AMAZON.CancelIntent"])
def test_stop_and_cancel_say_a_short_goodbye_and_end_the_session(intent):
    session = Session()
    session.launch()
    response = session.intent(intent)
    assert "goodbye" in said(response).lower()
    assert response["response"]["shouldEndSession"] is True
    assert "reprompt" not in response["response"]


def test_fallback_gives_an_example_and_the_symptom_safety_line_then_guides_more_then_offers_help():
    session = Session()
    first, second, third = (session.intent("AMAZON.FallbackIntent") for _ in range(3))
    for response in (first, second, third):
        assert "contact a doctor" in said(response) or "see a doctor" in said(response)
        assert "911" in said(response)
        assert reprompt(response) and response["response"]["shouldEndSession"] is False
    assert len([s for s in CONTENT.suggestions if s.say in said(second)]) == 2
    assert "say help" in said(third).lower() and "stop" in said(third).lower()
    # Understanding resets the count: the next miss is a first miss again.
    session.intent("CausesIntent")
    assert any(v.split(".")[0] in said(session.intent("AMAZON.FallbackIntent")) for v in CONTENT.prompts["fallback"])


def test_an_intent_the_skill_does_not_know_is_treated_as_fallback():
    response = Session().intent("WeatherIntent")
    assert "Sorry" in said(response)
    assert response["response"]["shouldEndSession"] is False


@pytest.mark.parametrize("treatment", sorted(CONTENT.topics["alternatives"].details))
def test_a_named_treatment_gets_its_own_answer_and_is_never_offered_again_straight_after(treatment):
    response = Session().intent("AlternativesIntent", treatment=slot("treatment", treatment.upper(), treatment))
    detail = CONTENT.topics["alternatives"].details[treatment]
    assert starts(detail.parts[0]) in said(response)
    assert response["response"]["card"]["title"] == detail.card.title
    assert CONTENT.topics["alternatives"].name not in said(response)
    assert CONTENT.topics["medications"].name in said(response)


@pytest.mark.parametrize("medication", ["nsaids", "opioids"])
def test_a_named_medication_gets_its_own_answer(medication):
    response = Session().intent("MedicationsIntent", medication=slot("medication", "advil", medication))
    assert starts(CONTENT.topics["medications"].details[medication].parts[0]) in said(response)


def test_an_empty_slot_gets_the_general_answer():
    response = Session().intent("MedicationsIntent", medication=slot("medication"))
    assert starts(first_part("medications")) in said(response)


def test_a_kind_of_question_said_on_its_own_is_about_what_was_just_answered():
    session = Session()
    session.intent("MedicationsIntent", medication=slot("medication", "ibuprofen", "nsaids"))
    how_often = session.intent("FollowUpIntent", aspect=slot("aspect", "how often", "frequency"))
    limits = CONTENT.limits
    assert limits.kinds["frequency"].say.format(thing=limits.value_names["nsaids"]) in said(how_often)
    assert limits.who["pharmacist"] in said(how_often)
    assert not how_often["response"].get("shouldEndSession")
    # still about the same medicine a turn later
    risks = session.intent("FollowUpIntent", aspect=slot("aspect", "the side effects", "side_effects"))
    assert limits.kinds["side_effects"].say.format(thing=limits.value_names["nsaids"]) in said(risks)


def test_how_often_to_have_a_treatment_is_for_a_doctor_or_physical_therapist_not_a_pharmacist():
    response = Session().intent("AlternativesIntent", treatment=slot("treatment", "massage", "massage"),
                                aspect=slot("aspect", "how often", "frequency"))
    assert "The guide doesn't say how often is right for massage." in said(response)
    assert CONTENT.limits.who["doctor_pt"] in said(response)
    assert CONTENT.limits.who["pharmacist"] not in said(response)


@pytest.mark.parametrize("aspect, heard, says", [
    ("frequency", "how often", "The guide doesn't say how often surgery is needed."),
    ("duration", "how long", "The guide doesn't say how long surgery or the recovery takes."),
])
def test_how_often_or_how_long_of_surgery_is_for_a_surgeon_and_never_taking_surgery(aspect, heard, says):
    response = Session().intent("SurgeryIntent", aspect=slot("aspect", heard, aspect))
    assert says in said(response)
    assert CONTENT.limits.who["surgeon"] in said(response)
    assert "take surgery" not in said(response) and "use surgery" not in said(response)


@pytest.mark.parametrize("heard, named", [("foam roller", "a foam roller"), ("inversion table", "an inversion table"),
                                          ("my back brace", "my back brace"), ("pilates", "pilates"),
                                          ("foam rollers", "foam rollers")])
def test_a_treatment_the_guide_does_not_name_is_said_back_as_people_say_it(heard, named):
    response = Session().intent("AlternativesIntent", treatment=slot("treatment", heard))
    assert f"I don't have details on {named}." in said(response)


def test_a_kind_of_question_with_nothing_answered_yet_is_an_honest_limit_about_that():
    response = Session().intent("FollowUpIntent", aspect=slot("aspect", "how long", "duration"))
    assert CONTENT.limits.kinds["duration"].say.format(thing="that") in said(response)


def test_a_follow_up_whose_kind_was_not_understood_is_a_fallback():
    response = Session().intent("FollowUpIntent", aspect=slot("aspect", "the weather"))
    assert said(response) == said(Session().intent("AMAZON.FallbackIntent"))
    assert not response["response"].get("shouldEndSession")


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
    assert "something went wrong" in said(response)
    assert response["response"]["shouldEndSession"] is False and reprompt(response)


def test_foreign_or_corrupt_session_attributes_are_ignored_not_trusted():
    session = Session()
    session.attributes = {"current": {"topic": "astrology", "part": "x"}, "offer": [1, 2], "position": 99,
                          "last": {"ssml": 5}, "fallbacks": "many", "menu": True, "turn": -4,
                          "other_skill_key": {"deep": True}}
    session.new = False
    response = session.intent("AMAZON.YesIntent")
    assert any(v in said(response) for v in CONTENT.prompts["nothing_offered"])
    assert topic(session.intent("AMAZON.NextIntent")) == WALK_ORDER[0]


def test_session_attributes_are_plain_json_that_survive_a_round_trip():
    session = Session()
    session.intent("AlternativesIntent", treatment=slot("treatment", "yoga", "yoga"))
    session.attributes = json.loads(json.dumps(session.attributes))
    assert session.attributes["last"]["topic"] == "alternatives"
    assert topic(session.intent("AMAZON.YesIntent")) == walk_after("alternatives")


def test_every_topic_id_in_the_contract_has_content_and_an_intent():
    assert set(TOPIC_BY_ID) == set(CONTENT.topics) == {
        "overview", "causes", "pt_benefits", "pt_not_working", "alternatives", "medications", "surgery",
        "deciding", "summary", "red_flags"}
