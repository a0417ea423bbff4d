"""The web service's HTTP behaviour apart from verification: routes, bad input, failures of the
skill, configuration and logging. Every error is a short JSON body, never a page or a traceback."""
from __future__ import annotations

import io
import json
import logging
from typing import Any

import pytest

from skill import lambda_handler
from skill.webservice import ConfigError, create_app
from skill_tools.signing import DEFAULT_SKILL_ID, encode, request_envelope
from skill.webservice.config import verify_from_env
from tests.alexa import speech


@pytest.fixture
def client():
    """The real skill behind an app with verification off (verification has its own tests)."""
    return create_app(lambda_handler, verify=False).test_client()


def test_health_answers_ok(client) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_anything_but_post_on_the_alexa_route_is_405(client, method: str) -> None:
    response = client.open("/", method=method)
    assert response.status_code == 405
    assert response.get_json() == {"error": "method not allowed"}
    assert response.headers["Allow"] == "POST"


def test_an_unknown_path_is_a_json_404(client) -> None:
    response = client.post("/admin", data=b"{}")
    assert response.status_code == 404
    assert response.get_json() == {"error": "not found"}


def test_a_chunked_body_over_the_size_cap_is_413() -> None:
    client = create_app(lambda e: {}, verify=False, max_body=1024).test_client()
    response = client.post("/", input_stream=io.BytesIO(b"x" * 1025),
                           environ_overrides={"wsgi.input_terminated": True})  # no Content-Length
    assert response.status_code == 413


def test_a_body_exactly_at_the_size_cap_is_read() -> None:
    client = create_app(lambda e: {}, verify=False, max_body=1024).test_client()
    body = b"x" * 1024
    for kwargs in ({"data": body}, {"input_stream": io.BytesIO(body),
                                    "environ_overrides": {"wsgi.input_terminated": True}}):
        response = client.post("/", **kwargs)
        assert (response.status_code, response.get_json()["check"]) == (400, "envelope")


def test_a_body_over_the_size_cap_is_413_and_the_skill_does_not_run() -> None:
    calls = []
    client = create_app(lambda e: calls.append(e) or {}, verify=False, max_body=1024).test_client()
    envelope = request_envelope()
    envelope["padding"] = "x" * 2000
    response = client.post("/", data=encode(envelope))
    assert response.status_code == 413
    assert response.get_json() == {"error": "request entity too large"}
    assert calls == []


@pytest.mark.parametrize("body, problem", [
    (b"", "empty body"),
    (b"not json", "not JSON"),
    (b"\xff\xfe\x00", "not JSON"),
    (b"[1, 2]", "not a JSON object"),
    (b'{"version": "1.0"}', "no request object"),
    (b'{"request": {"type": "LaunchRequest"}}', "no version"),
    (b'{"version": "1.0", "request": {"type": "LaunchRequest", "timestamp": "2024-01-01T00:00:00Z"}}',
     "no requestId"),
    (b'{"version": "1.0", "request": {"type": 7, "requestId": "r", "timestamp": "t"}}', "no type"),
])
def test_a_body_that_is_not_an_alexa_envelope_is_400(client, body: bytes, problem: str) -> None:
    response = client.post("/", data=body)
    assert response.status_code == 400
    answer = response.get_json()
    assert answer["check"] == "envelope"
    assert problem in answer["error"]


def test_unsupported_request_types_get_a_graceful_answer(client) -> None:
    response = client.post("/", data=encode(request_envelope("Messaging.MessageReceived")))
    assert response.status_code == 200
    assert response.get_json()["version"] == "1.0"


def test_a_session_ended_request_gets_an_empty_response(client) -> None:
    response = client.post("/", data=encode(request_envelope("SessionEndedRequest")))
    assert response.status_code == 200
    assert response.get_json()["response"] == {}


def test_without_verification_a_launch_still_reaches_the_skill(client) -> None:
    response = client.post("/", data=encode(request_envelope()))
    assert response.status_code == 200
    assert "Back Pain Guide" in speech(response.get_json())


@pytest.mark.parametrize("timestamp", [1431520496000, "string"])
def test_without_verification_a_timestamp_that_is_not_iso_8601_still_reaches_the_skill(client, timestamp) -> None:
    envelope = request_envelope()
    envelope["request"]["timestamp"] = timestamp
    response = client.post("/", data=encode(envelope))
    assert response.status_code == 200
    assert "Back Pain Guide" in speech(response.get_json())


def test_a_configured_skill_id_is_enforced_even_without_verification() -> None:
    client = create_app(lambda_handler, skill_id=DEFAULT_SKILL_ID, verify=False).test_client()
    response = client.post("/", data=encode(request_envelope(skill_id="amzn1.ask.skill.other")))
    assert response.status_code == 400
    assert response.get_json()["check"] == "skill_id"


def test_a_skill_that_raises_gets_a_json_500_without_a_traceback(caplog) -> None:
    def broken(envelope: dict[str, Any]) -> dict[str, Any]:
        raise RuntimeError("secret internal detail")

    client = create_app(broken, verify=False).test_client()
    with caplog.at_level(logging.ERROR, logger="skill.webservice"):
        response = client.post("/", data=encode(request_envelope()))
    assert response.status_code == 500
    assert response.get_json() == {"error": "the skill could not answer this request"}
    assert b"secret" not in response.get_data() and b"Traceback" not in response.get_data()
    assert "RuntimeError" in caplog.text  # the operator still gets the traceback in the log


def test_a_skill_that_returns_no_envelope_gets_a_json_500() -> None:
    client = create_app(lambda envelope: None, verify=False).test_client()  # type: ignore[arg-type, return-value]
    response = client.post("/", data=encode(request_envelope()))
    assert response.status_code == 500
    assert "error" in response.get_json()


@pytest.mark.parametrize("skill_id", [None, "", "   "])
def test_verification_without_a_skill_id_refuses_to_start(skill_id) -> None:
    with pytest.raises(ConfigError, match="ALEXA_SKILL_ID"):
        create_app(lambda_handler, skill_id=skill_id, verify=True)


def test_turning_verification_off_logs_a_loud_warning(caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="skill.webservice"):
        create_app(lambda_handler, verify=False)
    assert "VERIFICATION IS OFF" in caplog.text


def test_each_answer_is_logged_with_request_id_type_and_intent_but_no_user_data(client, caplog) -> None:
    envelope = request_envelope("IntentRequest", intent="MedicationsIntent", slots={"medication": "ibuprofen"})
    with caplog.at_level(logging.INFO, logger="skill.webservice"):
        client.post("/", data=encode(envelope))
    line = next(r.getMessage() for r in caplog.records if r.name == "skill.webservice" and "answered" in r.getMessage())
    assert envelope["request"]["requestId"] in line
    assert "type=IntentRequest" in line and "intent=MedicationsIntent" in line
    for private in ("ibuprofen", "amzn1.ask.account", "amzn1.ask.device"):
        assert private not in line


@pytest.mark.parametrize("value, expected", [
    (None, True), ("", True), ("on", True), ("TRUE", True), ("1", True),
    ("off", False), ("false", False), ("0", False), ("No", False),
])
def test_alexa_verify_env_is_on_unless_explicitly_off(value, expected) -> None:
    assert verify_from_env(value) is expected


def test_an_unrecognised_alexa_verify_value_is_an_error_not_off() -> None:
    with pytest.raises(ConfigError, match="ALEXA_VERIFY"):
        verify_from_env("maybe")


def test_the_response_is_the_skills_envelope_unchanged(client) -> None:
    envelope = request_envelope("IntentRequest", intent="AMAZON.HelpIntent")
    answer = client.post("/", data=encode(envelope)).get_json()
    assert json.dumps(answer, sort_keys=True) == json.dumps(lambda_handler(envelope), sort_keys=True)


def test_an_envelope_the_skill_cannot_read_is_400_not_a_spoken_apology() -> None:
    client = create_app(verify=False).test_client()  # the default handler: the real skill
    envelope = request_envelope()
    envelope["session"] = "not an object"
    response = client.post("/", data=encode(envelope))
    assert response.status_code == 400
    assert response.get_json()["check"] == "envelope"


def test_the_default_handler_is_the_real_skill() -> None:
    client = create_app(verify=False).test_client()
    response = client.post("/", data=encode(request_envelope()))
    assert "Back Pain Guide" in speech(response.get_json())
