"""Every request type Alexa can send is answered correctly or declined cleanly (through skill.lambda_handler)."""
from __future__ import annotations

from typing import Any

from xml.sax.saxutils import escape

import pytest

from skill import lambda_handler
from skill.content import load_content
from skill.entry import MalformedRequest, invoke
from skill.topics import BUILT_IN_INTENTS, TOPIC_BY_ID, TOPICS
from tests.alexa import Session, envelope, slot
from tests.response_checks import response_problems

ATTRIBUTES = {"current": {"topic": "surgery", "part": 0, "detail": None}, "offer": None, "position": 6,
              "last": None, "turn_topic": "surgery"}
#: The same conversation state after a turn that answered no topic.
KEPT = {**ATTRIBUTES, "turn_topic": None}


def send(request: dict[str, Any], *, attributes: dict[str, Any] | None = None, locale: str = "en-US") -> dict:
    response = lambda_handler(envelope(request, new=False, attributes=attributes, locale=locale))
    assert response_problems(response) == []
    return response


def without_session(request: dict[str, Any]) -> dict[str, Any]:
    event = envelope(request, new=True, attributes=None)
    del event["session"]
    return event


# -- events the skill never solicits: an empty response, no speech, session state untouched ------------

EVENTS = {
    "System.ExceptionEncountered": {"error": {"type": "INVALID_RESPONSE", "message": "Invalid SSML"},
                                    "cause": {"requestId": "amzn1.echo-api.request.1"}},
    "Alexa.Presentation.APL.UserEvent": {"token": "t", "arguments": ["pressed"], "source": {"type": "TouchWrapper"}},
    "Alexa.Presentation.APL.RuntimeError": {"token": "t", "errors": []},
    "Display.ElementSelected": {"token": "item-1"},
    "AudioPlayer.PlaybackStarted": {"token": "t", "offsetInMilliseconds": 0},
    "AudioPlayer.PlaybackNearlyFinished": {"token": "t", "offsetInMilliseconds": 1000},
    "AudioPlayer.PlaybackStopped": {"token": "t", "offsetInMilliseconds": 10},
    "AudioPlayer.PlaybackFinished": {"token": "t", "offsetInMilliseconds": 10},
    "AudioPlayer.PlaybackFailed": {"token": "t", "error": {"type": "MEDIA_ERROR_UNKNOWN", "message": "x"}},
    "PlaybackController.PlayCommandIssued": {},
    "PlaybackController.PauseCommandIssued": {},
    "PlaybackController.NextCommandIssued": {},
    "PlaybackController.PreviousCommandIssued": {},
    "Connections.Response": {"name": "Buy", "status": {"code": "200", "message": "OK"}, "payload": {}, "token": "t"},
    "Messaging.MessageReceived": {"message": {"note": "hello"}},
    "SessionResumedRequest": {"cause": {"type": "ConnectionCompleted", "token": "t"}},
    "AlexaSkillEvent.SkillEnabled": {},
    # Types ask-sdk-model has never heard of: a future Alexa feature, or a client's invention.
    "Alexa.SomethingNew.Happened": {"payload": {"x": 1}},
    "NotAnAlexaType": {},
}


@pytest.mark.parametrize("request_type", EVENTS)
def test_events_get_a_silent_empty_response_that_keeps_the_conversation_state(request_type):
    response = send({"type": request_type, **EVENTS[request_type]}, attributes=ATTRIBUTES)
    assert response["response"] == {}
    assert response["sessionAttributes"] == KEPT


def test_events_do_not_echo_foreign_session_attributes():
    foreign = {**ATTRIBUTES, "someone_elses": "x" * 30000}
    response = send({"type": "Display.ElementSelected", "token": "t"}, attributes=foreign)
    assert response["sessionAttributes"] == KEPT


@pytest.mark.parametrize("request_type", ["AudioPlayer.PlaybackStarted", "Messaging.MessageReceived",
                                          "Alexa.SomethingNew.Happened"])
def test_events_outside_a_session_are_answered_too(request_type):
    response = lambda_handler(without_session({"type": request_type, **EVENTS[request_type]}))
    assert response_problems(response) == []
    assert response["response"] == {}
    assert "sessionAttributes" not in response


def test_an_unknown_request_type_is_a_request_not_a_malformed_envelope():
    response = invoke(envelope({"type": "Alexa.SomethingNew.Happened"}, new=True, attributes=None))
    assert response["response"] == {}


def test_a_request_without_a_type_is_malformed():
    with pytest.raises(MalformedRequest):
        invoke(envelope({"type": ""}, new=True, attributes=None))


# -- placeholders in typed fields, as in simulators' and other SDKs' fixtures: read as absent ----------

@pytest.mark.parametrize("timestamp", [1431520496000, 1431520496, "string", "", None])
def test_a_launch_with_a_timestamp_that_is_not_iso_8601_is_answered_with_the_welcome(timestamp):
    response = lambda_handler(envelope({"type": "LaunchRequest", "timestamp": timestamp}, new=True, attributes=None))
    assert response_problems(response) == []
    assert "Welcome to Back Pain Guide" in response["response"]["outputSpeech"]["ssml"]


def test_a_question_with_placeholder_values_is_answered_like_any_other():
    event = envelope({"type": "IntentRequest", "timestamp": "string", "locale": "string",
                      "intent": {"name": "SurgeryIntent", "slots": {}}}, new=True, attributes=None)
    event["context"]["AudioPlayer"] = {"offsetInMilliseconds": 0, "playerActivity": "string"}
    response = lambda_handler(event)
    assert response_problems(response) == []
    assert response["sessionAttributes"]["turn_topic"] == "surgery"


@pytest.mark.parametrize("request_type", ["PlaybackController.PlayCommandIssued", "AlexaHouseholdListEvent.ItemsCreated",
                                          "SessionEndedRequest", "CanFulfillIntentRequest"])
def test_an_event_with_placeholder_values_gets_the_events_own_silent_answer(request_type):
    event = without_session({"type": request_type, "timestamp": "string", "locale": "string"})
    event["context"]["AudioPlayer"] = {"token": "string", "offsetInMilliseconds": 0, "playerActivity": "string"}
    response = lambda_handler(event)
    assert response_problems(response) == []
    assert "outputSpeech" not in response["response"]


@pytest.mark.parametrize("request_type", ["SessionEndedRequest", "CanFulfillIntentRequest", "AudioPlayer.PlaybackStarted",
                                          "System.ExceptionEncountered", "Alexa.SomethingNew.Happened"])
def test_a_malformed_envelope_of_a_request_that_allows_no_speech_gets_an_empty_response(request_type):
    event = envelope({"type": request_type}, new=True, attributes=None)
    event["session"] = "not an object"
    with pytest.raises(MalformedRequest):
        invoke(event)
    assert lambda_handler(event) == {"version": "1.0", "response": {}}


@pytest.mark.parametrize("request_type", ["LaunchRequest", "IntentRequest"])
def test_a_malformed_envelope_of_a_speaking_request_gets_the_short_apology(request_type):
    event = envelope({"type": request_type}, new=True, attributes=None)
    event["session"] = "not an object"
    response = lambda_handler(event)
    assert response_problems(response) == []
    assert "couldn't understand that request" in response["response"]["outputSpeech"]["ssml"]
    assert response["response"]["shouldEndSession"] is True


# -- session end --------------------------------------------------------------------------------------

@pytest.mark.parametrize("reason,error", [
    ("USER_INITIATED", None),
    ("EXCEEDED_MAX_REPROMPTS", None),
    ("ERROR", {"type": "INVALID_RESPONSE", "message": "SSML is not valid"}),
    ("ERROR", {"type": "DEVICE_COMMUNICATION_ERROR", "message": "x"}),
    ("ERROR", {"type": "INTERNAL_SERVICE_ERROR", "message": "x"}),
    ("ERROR", {"type": "ENDPOINT_TIMEOUT", "message": "x"}),
    ("ERROR", None),
])
def test_session_ended_gets_no_speech_whatever_the_reason(reason, error):
    request = {"type": "SessionEndedRequest", "reason": reason, **({"error": error} if error else {})}
    response = send(request, attributes=ATTRIBUTES)
    assert response["response"] == {}


# -- launch and intents, in and out of a session ------------------------------------------------------

@pytest.mark.parametrize("request_", [
    {"type": "LaunchRequest"},
    {"type": "IntentRequest", "intent": {"name": "SurgeryIntent"}},
    {"type": "IntentRequest", "intent": {"name": "AMAZON.HelpIntent"}},
], ids=["launch", "topic", "help"])
def test_requests_without_a_session_are_answered_normally(request_):
    response = lambda_handler(without_session(request_))
    assert response_problems(response) == []
    assert "Sorry" not in response["response"]["outputSpeech"]["ssml"]


@pytest.mark.parametrize("name", [*BUILT_IN_INTENTS, *(t.intent for t in TOPICS)])
def test_every_intent_we_define_is_answered_with_speech(name):
    response = Session().intent(name)
    assert response_problems(response) == []
    assert "Sorry, something went wrong" not in response["response"]["outputSpeech"]["ssml"]


@pytest.mark.parametrize("name", ["AMAZON.PauseIntent", "AMAZON.ShuffleOffIntent", "AMAZON.SearchAction<object@WeatherForecast>",
                                  "SomeoneElsesIntent", ""])
def test_intents_we_do_not_define_get_the_fallback_and_keep_the_session(name):
    response = Session().intent(name)
    assert response_problems(response) == []
    assert response["response"]["shouldEndSession"] is False
    assert "Sorry, something went wrong" not in response["response"]["outputSpeech"]["ssml"]


# -- CanFulfillIntentRequest ---------------------------------------------------------------------------

def can_fulfill(intent: str, locale: str = "en-US", **slots: dict[str, Any]) -> dict[str, Any]:
    request = {"type": "CanFulfillIntentRequest", "intent": {"name": intent, "slots": slots}}
    event = envelope(request, new=True, attributes=None, locale=locale)
    del event["session"]  # Alexa sends CanFulfillIntentRequest outside any session
    response = lambda_handler(event)
    assert response_problems(response) == []
    body = response["response"]
    assert set(body) == {"canFulfillIntent"}, "no speech, card, reprompt or session flag"
    return body["canFulfillIntent"]


@pytest.mark.parametrize("topic", TOPICS, ids=lambda t: t.id)
def test_can_fulfill_every_topic_asked_without_a_slot_value(topic):
    slots = {topic.slot: slot(topic.slot)} if topic.slot else {}
    assert can_fulfill(topic.intent, **slots) == {"canFulfill": "YES"}


@pytest.mark.parametrize("intent,slot_name,value,resolved", [
    ("AlternativesIntent", "treatment", "acupuncture", "acupuncture"),
    ("AlternativesIntent", "treatment", "a chiropractor", "chiropractic"),
    ("MedicationsIntent", "medication", "ibuprofen", "nsaids"),
    ("RedFlagsIntent", "symptom", "numb groin", "saddle_numbness"),
])
def test_can_fulfill_a_slot_value_the_guide_covers(intent, slot_name, value, resolved):
    answer = can_fulfill(intent, **{slot_name: slot(slot_name, value, resolved)})
    assert answer == {"canFulfill": "YES",
                      "slots": {slot_name: {"canUnderstand": "YES", "canFulfill": "YES"}}}


def test_a_value_the_model_does_not_know_is_a_no():
    answer = can_fulfill("AlternativesIntent", treatment=slot("treatment", "tai chi"))
    assert answer == {"canFulfill": "NO", "slots": {"treatment": {"canUnderstand": "NO", "canFulfill": "NO"}}}


def test_a_near_miss_of_a_known_value_is_a_maybe_because_only_the_general_answer_would_be_given():
    answer = can_fulfill("AlternativesIntent", treatment=slot("treatment", "acupunture"))
    assert answer == {"canFulfill": "MAYBE", "slots": {"treatment": {"canUnderstand": "MAYBE", "canFulfill": "NO"}}}


def test_a_resolved_value_without_its_own_answer_is_a_maybe(monkeypatch):
    from skill import events
    from skill.content import load_content

    content = load_content("en-US")
    alternatives = content.topics["alternatives"]
    trimmed = {k: v for k, v in alternatives.details.items() if k != "yoga"}
    topics = {**content.topics, "alternatives": alternatives._replace(details=trimmed)}
    monkeypatch.setattr(events, "load_content", lambda locale: content._replace(topics=topics))
    answer = can_fulfill("AlternativesIntent", treatment=slot("treatment", "yoga", "yoga"))
    assert answer == {"canFulfill": "MAYBE", "slots": {"treatment": {"canUnderstand": "YES", "canFulfill": "NO"}}}


def test_a_slot_the_intent_does_not_have_is_not_understood():
    answer = can_fulfill("SurgeryIntent", treatment=slot("treatment", "yoga", "yoga"))
    assert answer["canFulfill"] == "NO"


@pytest.mark.parametrize("intent", [*BUILT_IN_INTENTS, "AMAZON.PauseIntent", "PlayMusicIntent", ""])
def test_cannot_fulfill_intents_that_are_not_our_topics(intent):
    assert can_fulfill(intent) == {"canFulfill": "NO"}


@pytest.mark.parametrize("locale", ["de-DE", "ja-JP", "es-US", "xx"])
def test_cannot_fulfill_in_a_locale_the_skill_is_not_published_in(locale):
    assert can_fulfill("SurgeryIntent", locale=locale) == {"canFulfill": "NO"}


@pytest.mark.parametrize("locale", ["en-US", "en-GB", "en-CA", "en-AU", "en-IN"])
def test_can_fulfill_in_every_published_locale(locale):
    assert can_fulfill(TOPIC_BY_ID["pt_not_working"].intent, locale=locale) == {"canFulfill": "YES"}


def test_can_fulfill_changes_nothing_in_a_session():
    response = send({"type": "CanFulfillIntentRequest", "intent": {"name": "SurgeryIntent"}}, attributes=ATTRIBUTES)
    assert response["sessionAttributes"] == KEPT


def test_the_manifest_asks_alexa_for_can_fulfill_requests():
    from interaction_model import load_manifest

    interfaces = load_manifest()["manifest"]["apis"]["custom"]["interfaces"]
    assert {"type": "CAN_FULFILL_INTENT_REQUEST"} in interfaces



# -- what people say and what comes back in the session: spoken back safely --------------------------

@pytest.mark.parametrize("heard,spoken", [
    ("tai\x00chi", "tai chi"),                  # a control character is not even allowed in XML
    ("\u202etai chi\ufeff", "tai chi"),          # format characters: invisible, not spoken
    ("pilates " * 100, ("pilates " * 10).strip()),  # cut at a word, well under Alexa's speech limit
    ("<b>&amp;</b>", "&lt;b&gt;&amp;amp;&lt;/b&gt;"),
])
def test_an_unknown_treatment_is_named_back_cleaned_and_bounded(heard, spoken):
    response = Session().intent("AlternativesIntent", treatment=slot("treatment", heard))
    assert response_problems(response) == []
    assert f"I don't have details on {spoken}," in response["response"]["outputSpeech"]["ssml"]


@pytest.mark.parametrize("last", [
    {"ssml": "<speak><script>x</script></speak>", "speech": "x", "reprompt_ssml": "<speak>Go on?</speak>",
     "reprompt": "Go on?", "card_title": None, "card_text": None, "topic": None},
    {"ssml": "<speak>unclosed", "speech": "x", "reprompt_ssml": "<speak>Go on?</speak>", "reprompt": "Go on?",
     "card_title": None, "card_text": None, "topic": None},
    {"ssml": "<speak>fine</speak>", "speech": "fine", "reprompt_ssml": None, "reprompt": None,
     "card_title": None, "card_text": None, "topic": None},
    {"ssml": "<speak>" + "long " * 3000 + "</speak>", "speech": "x", "reprompt_ssml": "<speak>Go on?</speak>",
     "reprompt": "Go on?", "card_title": "t", "card_text": "y" * 9000, "topic": None},
], ids=["unsupported-tag", "not-well-formed", "no-reprompt", "oversized"])
def test_repeat_never_speaks_a_remembered_reply_that_is_not_the_skills_own(last):
    response = send({"type": "IntentRequest", "intent": {"name": "AMAZON.RepeatIntent"}},
                    attributes={**ATTRIBUTES, "last": last})
    nothing_to_repeat = escape(load_content("en-US").prompts["nothing_to_repeat"])
    assert response["response"]["outputSpeech"]["ssml"].startswith(f"<speak>{nothing_to_repeat}")


def test_repeat_still_repeats_the_skills_own_last_reply():
    session = Session()
    answer = session.intent("SurgeryIntent")
    again = session.intent("AMAZON.RepeatIntent")
    assert again["response"]["outputSpeech"] == answer["response"]["outputSpeech"]
    assert again["response"]["reprompt"] == answer["response"]["reprompt"]


def test_session_end_does_not_echo_foreign_attributes():
    response = send({"type": "SessionEndedRequest", "reason": "USER_INITIATED"},
                    attributes={**ATTRIBUTES, "foreign": ["x" * 1000] * 30})
    assert "foreign" not in response["sessionAttributes"]


@pytest.mark.parametrize("topic", [["surgery"], {"id": "surgery"}, 7, None])
def test_a_remembered_place_whose_topic_is_not_a_string_is_ignored(topic):
    attributes = {**ATTRIBUTES, "current": {"topic": topic, "part": 0}, "offer": {"topic": topic}}
    response = send({"type": "IntentRequest", "intent": {"name": "AMAZON.NextIntent"}}, attributes=attributes)
    assert "Sorry, something went wrong" not in response["response"]["outputSpeech"]["ssml"]
