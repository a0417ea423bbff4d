"""Request envelopes look like the ones Alexa sends and deserialize into ask-sdk-model types."""
import json
import re

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import IntentRequest, LaunchRequest, RequestEnvelope, SessionEndedRequest

from local_runner.envelopes import (
    SCREEN,
    SPEAKER,
    EnvelopeBuilder,
    EnvelopeError,
    Identity,
    check_envelope,
    default_application_id,
)
from interaction_model.model import load as load_model
from local_runner.nlu.types import SlotValue
from local_runner.session import Session

MODEL = load_model()
APP_ID = default_application_id(MODEL.invocation_name)


def builder(device=SPEAKER, locale="en-US") -> EnvelopeBuilder:
    return EnvelopeBuilder(MODEL, Identity(APP_ID), device, locale)


def deserialize(envelope) -> RequestEnvelope:
    return DefaultSerializer().deserialize(json.dumps(envelope), RequestEnvelope)


def test_launch_request_has_every_part_of_an_alexa_envelope():
    envelope = builder().launch(Session())
    assert envelope["version"] == "1.0"
    session = envelope["session"]
    assert session["new"] is True
    assert session["sessionId"].startswith("amzn1.echo-api.session.")
    assert session["application"]["applicationId"] == APP_ID
    assert session["user"]["userId"].startswith("amzn1.ask.account.")
    assert session["attributes"] == {}
    system = envelope["context"]["System"]
    assert system["application"] == session["application"] and system["user"] == session["user"]
    assert system["device"]["deviceId"].startswith("amzn1.ask.device.")
    assert system["apiEndpoint"] == "https://api.amazonalexa.com"
    assert system["apiAccessToken"]
    request = envelope["request"]
    assert request["type"] == "LaunchRequest"
    assert request["requestId"].startswith("amzn1.echo-api.request.")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", request["timestamp"])
    assert request["locale"] == "en-US"
    assert isinstance(deserialize(envelope).request, LaunchRequest)


def test_intent_request_carries_all_declared_slots_with_entity_resolution():
    chiro = SlotValue("treatment", "chiro practor", "TreatmentType", "ER_SUCCESS_MATCH", "chiropractic", "chiropractic")
    envelope = builder().intent(Session(), "AlternativesIntent", {"treatment": chiro})
    request = envelope["request"]
    assert request["dialogState"] == "COMPLETED"
    intent = request["intent"]
    assert intent["name"] == "AlternativesIntent" and intent["confirmationStatus"] == "NONE"
    slot = intent["slots"]["treatment"]
    assert slot["value"] == "chiro practor" and slot["confirmationStatus"] == "NONE"
    authority = slot["resolutions"]["resolutionsPerAuthority"][0]
    assert authority["authority"] == f"amzn1.er-authority.echo-sdk.{APP_ID}.TreatmentType"
    assert authority["status"] == {"code": "ER_SUCCESS_MATCH"}
    assert authority["values"] == [{"value": {"name": "chiropractic", "id": "chiropractic"}}]
    assert slot["slotValue"] == {"type": "Simple", "value": "chiro practor", "resolutions": slot["resolutions"]}
    model = deserialize(envelope)
    assert isinstance(model.request, IntentRequest)
    resolved = model.request.intent.slots["treatment"].resolutions.resolutions_per_authority[0]
    assert resolved.values[0].value.id == "chiropractic"


def test_an_unknown_value_of_an_open_slot_is_sent_with_no_match():
    cupping = SlotValue("treatment", "cupping", "TreatmentType", "ER_SUCCESS_NO_MATCH", None, None)
    envelope = builder().intent(Session(), "AlternativesIntent", {"treatment": cupping})
    slot = envelope["request"]["intent"]["slots"]["treatment"]
    assert slot["value"] == "cupping"
    assert slot["resolutions"]["resolutionsPerAuthority"][0]["status"] == {"code": "ER_SUCCESS_NO_MATCH"}
    assert "values" not in slot["resolutions"]["resolutionsPerAuthority"][0]


def test_empty_declared_slots_are_present_without_a_value():
    slots = builder().intent(Session(), "MedicationsIntent", {})["request"]["intent"]["slots"]
    assert slots == {"medication": {"name": "medication", "confirmationStatus": "NONE"}}


def test_every_intent_in_the_model_makes_a_valid_envelope_with_its_declared_slots():
    for intent in MODEL.intents:
        envelope = builder().intent(Session(), intent.name, {})
        assert set(envelope["request"]["intent"].get("slots", {})) == set(intent.slots)
        assert deserialize(envelope).request.intent.name == intent.name


def test_a_slot_the_intent_does_not_declare_is_refused():
    stray = SlotValue("treatment", "yoga", "TreatmentType", "ER_SUCCESS_MATCH", "yoga", "yoga")
    with pytest.raises(EnvelopeError, match="CausesIntent declares no slot named treatment"):
        builder().intent(Session(), "CausesIntent", {"treatment": stray})


def test_session_ended_request_names_its_reason():
    envelope = builder().session_ended(Session(new=False), "EXCEEDED_MAX_REPROMPTS")
    assert envelope["request"]["reason"] == "EXCEEDED_MAX_REPROMPTS"
    assert envelope["session"]["new"] is False
    assert isinstance(deserialize(envelope).request, SessionEndedRequest)
    with pytest.raises(EnvelopeError, match="unknown session end reason"):
        builder().session_ended(Session(), "BORED")


def test_voice_only_speaker_declares_no_interfaces_and_no_viewport():
    envelope = builder(SPEAKER).launch(Session())
    assert envelope["context"]["System"]["device"]["supportedInterfaces"] == {}
    assert "Viewport" not in envelope["context"]


def test_screen_device_declares_apl_and_a_viewport():
    envelope = builder(SCREEN).launch(Session())
    interfaces = envelope["context"]["System"]["device"]["supportedInterfaces"]
    assert interfaces["Alexa.Presentation.APL"]["runtime"]["maxVersion"]
    viewport = envelope["context"]["Viewport"]
    assert viewport["pixelWidth"] > 0 and viewport["shape"] == "RECTANGLE" and viewport["touch"] == ["SINGLE"]
    model = deserialize(envelope)
    assert model.context.system.device.supported_interfaces.alexa_presentation_apl is not None
    assert model.context.viewport.pixel_width == viewport["pixelWidth"]


@pytest.mark.parametrize("locale, endpoint", [
    ("en-US", "https://api.amazonalexa.com"), ("en-CA", "https://api.amazonalexa.com"),
    ("en-GB", "https://api.eu.amazonalexa.com"), ("en-IN", "https://api.eu.amazonalexa.com"),
    ("en-AU", "https://api.fe.amazonalexa.com"),
])
def test_locale_sets_the_request_locale_and_the_regional_api_endpoint(locale, endpoint):
    envelope = builder(locale=locale).launch(Session())
    assert envelope["request"]["locale"] == locale
    assert envelope["context"]["System"]["apiEndpoint"] == endpoint


def test_session_attributes_are_sent_back_as_given():
    attributes = {"current": {"topic": "causes", "part": 1}, "position": 1, "flags": [True, None]}
    envelope = builder().intent(Session(new=False, attributes=attributes), "AMAZON.NextIntent", {})
    assert envelope["session"]["attributes"] == attributes
    assert deserialize(envelope).session.attributes == attributes


def test_check_envelope_rejects_keys_the_alexa_schema_does_not_have():
    envelope = builder().launch(Session())
    envelope["request"]["utterance"] = "open back pain guide"
    with pytest.raises(EnvelopeError, match="request.utterance is not part of the model"):
        check_envelope(envelope)


def test_check_envelope_rejects_values_of_the_wrong_kind():
    envelope = builder().launch(Session())
    envelope["request"]["timestamp"] = "yesterday"
    with pytest.raises(EnvelopeError):
        check_envelope(envelope)
