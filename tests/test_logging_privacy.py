"""Logs carry request ids, request types, intent names and outcomes; never what a person said, nor who they are.

A whole conversation full of distinctive personal data (slot values, user, device and person ids,
tokens, message payloads) goes through skill.lambda_handler and through the web service, with every
logger at DEBUG; none of that data may reach any log record. A handler failure whose exception quotes
the user is logged, at the production levels, by type and place only.
"""
from __future__ import annotations

import json
import logging
from typing import Any

import pytest

from skill import lambda_handler
from skill.conversation import Conversation
from skill.webservice import create_app
from tests.alexa import slot

USER_ID = "amzn1.ask.account.ZEBRA-USER-4711"
DEVICE_ID = "amzn1.ask.device.ZEBRA-DEVICE-4711"
PERSON_ID = "amzn1.ask.person.ZEBRA-PERSON-4711"
TOKEN = "ZEBRA-TOKEN-4711"
SAID = ["zebracorn therapy", "zebradol", "zebra fever", "my name is Zelda Zebrowski", "zebra message",
        "zebra pressed", "zebra quoted"]
PERSONAL = [USER_ID, DEVICE_ID, PERSON_ID, TOKEN, "ZEBRA", "Zebra", "zebra"]

#: What the logs must still say: requests are traceable without personal data.
ROUTING = ["LaunchRequest", "AlternativesIntent", "CanFulfillIntentRequest"]


def envelope(request: dict[str, Any], number: int, attributes: dict[str, Any] | None = None) -> dict[str, Any]:
    user = {"userId": USER_ID, "accessToken": TOKEN, "permissions": {"consentToken": TOKEN}}
    app = {"applicationId": "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"}
    return {
        "version": "1.0",
        "session": {"new": number == 0, "sessionId": "amzn1.echo-api.session.1", "application": app,
                    "attributes": attributes or {}, "user": user},
        "context": {"System": {"application": app, "user": user, "person": {"personId": PERSON_ID},
                               "device": {"deviceId": DEVICE_ID, "supportedInterfaces": {}},
                               "apiEndpoint": "https://api.amazonalexa.com", "apiAccessToken": TOKEN}},
        "request": {"requestId": f"amzn1.echo-api.request.{number}", "timestamp": "2026-11-26T12:00:00Z",
                    "locale": "en-US", **request},
    }


def intent(name: str, **slots: dict[str, Any]) -> dict[str, Any]:
    return {"type": "IntentRequest", "intent": {"name": name, "confirmationStatus": "NONE", "slots": slots}}


CONVERSATION: list[dict[str, Any]] = [
    {"type": "LaunchRequest"},
    intent("AlternativesIntent", treatment=slot("treatment", "zebracorn therapy")),
    intent("MedicationsIntent", medication=slot("medication", "zebradol", "nsaids")),
    intent("RedFlagsIntent", symptom=slot("symptom", "zebra fever", "fever")),
    intent("SomeoneElsesIntent", query=slot("query", "my name is Zelda Zebrowski")),
    intent("AMAZON.FallbackIntent"),
    {"type": "CanFulfillIntentRequest",
     "intent": {"name": "AlternativesIntent", "slots": {"treatment": slot("treatment", "zebracorn therapy")}}},
    {"type": "Messaging.MessageReceived", "message": {"text": "zebra message"}},
    {"type": "Alexa.Presentation.APL.UserEvent", "arguments": ["zebra pressed"]},
    {"type": "System.ExceptionEncountered", "error": {"type": "INVALID_RESPONSE", "message": "zebra quoted"},
     "cause": {"requestId": "amzn1.echo-api.request.3"}},
    {"type": "Alexa.Unheard.Of", "payload": "zebra message"},
    {"type": "SessionEndedRequest", "reason": "ERROR",
     "error": {"type": "INTERNAL_SERVICE_ERROR", "message": "zebra quoted"}},
]
#: Not an envelope the skill can read (the session is not an object), and still full of personal data.
MALFORMED = {**envelope({"type": "LaunchRequest"}, 99), "session": f"{USER_ID} zebra"}


def run_lambda() -> None:
    attributes = None
    for number, request in enumerate(CONVERSATION):
        response = lambda_handler(envelope(request, number, attributes))
        attributes = response.get("sessionAttributes") or attributes
    lambda_handler(MALFORMED)


def run_http() -> None:
    client = create_app(verify=False).test_client()
    attributes = None
    for number, request in enumerate(CONVERSATION):
        response = client.post("/", data=json.dumps(envelope(request, number, attributes)),
                               content_type="application/json")
        assert response.status_code == 200
        attributes = response.get_json().get("sessionAttributes") or attributes
    client.post("/", data=json.dumps(MALFORMED), content_type="application/json")


def leaks(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Personal data found in any captured record, message and traceback included."""
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    text = "\n".join(formatter.format(record) for record in caplog.records)
    return [item for item in SAID + PERSONAL if item in text]


@pytest.mark.parametrize("transport", [run_lambda, run_http], ids=["lambda", "http"])
def test_no_personal_data_in_any_log_even_at_debug(caplog, transport):
    caplog.set_level(logging.DEBUG)
    transport()
    assert caplog.records, "the conversation was logged"
    assert leaks(caplog) == []
    logged = caplog.text
    for routing_fact in ROUTING:
        assert routing_fact in logged
    assert "amzn1.echo-api.request.1" in logged


@pytest.fixture
def failing_topic(monkeypatch):
    """Every topic question fails with an exception that quotes what the user said."""
    def fail(self, state, topic_id, slot_id=None, slot_value=None, aspect=None, subject=None, subject_id=None):
        raise ValueError(f"cannot answer {slot_value!r} for {USER_ID}")

    monkeypatch.setattr(Conversation, "ask_topic", fail)


@pytest.mark.parametrize("level", [logging.INFO, logging.WARNING], ids=["INFO", "WARNING"])
@pytest.mark.parametrize("transport", [run_lambda, run_http], ids=["lambda", "http"])
def test_a_failure_that_quotes_the_user_is_logged_by_type_and_place_only(caplog, failing_topic, level, transport):
    caplog.set_level(level)
    transport()
    assert leaks(caplog) == []
    failures = [r for r in caplog.records if r.levelno >= logging.ERROR and "handler failed" in r.getMessage()]
    assert failures, "the failure itself is logged"
    assert all("ValueError at test_logging_privacy.py" in r.getMessage() for r in failures)


def test_a_developer_at_debug_still_gets_the_traceback(caplog, failing_topic):
    caplog.set_level(logging.DEBUG)
    lambda_handler(envelope(CONVERSATION[1], 1))
    assert any(r.exc_info and isinstance(r.exc_info[1], ValueError) for r in caplog.records)
