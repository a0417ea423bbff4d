"""Property-based: whatever body is POSTed, the web service never fails (no 5xx); a body that is not an
Alexa request envelope (for the web service or for the skill) gets 400, 413 over the size cap, and every
envelope gets a response Alexa accepts.

The Flask test client drives the real app (create_app) with the real skill; request verification is
off here (it has its own tests), so these bodies reach the skill exactly as a verified one would.
"""
from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skill.entry import MalformedRequest
from skill.entry import parse_envelope as skill_parse_envelope
from skill.webservice import create_app
from skill.webservice.app import DEFAULT_MAX_BODY
from skill.webservice.envelope import EnvelopeError, parse_envelope
from tests.envelope_strategies import envelopes, json_values, mutated
from tests.response_checks import response_problems
from tests.test_robustness_lambda import skill_failures

SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def client():
    return create_app(verify=False).test_client()


def service_reads(body: bytes) -> bool:
    """Whether the web service's own check takes *body* for an Alexa request envelope."""
    try:
        parse_envelope(body)
    except EnvelopeError:
        return False
    return True


def skill_reads(body: bytes) -> bool:
    """Whether the skill can read *body* as a request envelope (ask-sdk-model's schema)."""
    try:
        skill_parse_envelope(json.loads(body))
    except (MalformedRequest, ValueError):
        return False
    return True


def post(client: Any, body: bytes) -> tuple[int, Any]:
    with skill_failures() as failures:
        response = client.post("/", data=body, content_type="application/json")
    assert failures == []
    assert response.status_code < 500, response.get_data(as_text=True)[:300]
    assert response.is_json, "every answer is JSON, never an HTML page"
    return response.status_code, response.get_json()


def check(client: Any, body: bytes) -> None:
    status, answer = post(client, body)
    if len(body) > DEFAULT_MAX_BODY:
        assert status == 413, answer
    elif service_reads(body) and skill_reads(body):
        assert status == 200, answer
        assert response_problems(answer) == []
    else:
        assert status == 400, answer
        assert set(answer) >= {"error"}


@SETTINGS
@given(event=st.one_of(envelopes(), mutated()))
def test_any_json_body_is_answered_or_rejected_with_400_never_a_server_error(client, event):
    check(client, json.dumps(copy.deepcopy(event)).encode("utf-8"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.one_of(
    st.binary(max_size=300),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.builds(lambda e, cut: json.dumps(e).encode()[:cut], envelopes(), st.integers(0, 400)),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
))
def test_bodies_that_are_not_envelopes_get_400(client, body):
    check(client, body)


def test_an_envelope_the_skill_cannot_read_is_a_400_not_an_apology(client):
    event = {"version": "1.0", "session": "not an object",
             "request": {"type": "LaunchRequest", "requestId": "r", "timestamp": "2026-11-26T12:00:00Z"}}
    status, _ = post(client, json.dumps(event).encode())
    assert status == 400
