"""Real request envelopes, written outside this project, through both doors: every one gets a response
Alexa accepts from `skill.lambda_handler` and from the web service.

The envelopes live beside the repository, in ../shared/conformance/requests/ (SOURCES.md there says where
each comes from); they are read from there at run time and never copied into the project. A clone without
that folder (a CI checkout, say) skips these tests and says why. The web service is driven with request
verification off: the envelopes are unsigned and years old, so verification would rightly refuse them
all; its own tests cover it. Here it is the envelope handling behind verification that is under test.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import ResponseEnvelope

from skill import lambda_handler
from skill.webservice import create_app
from tests.response_checks import response_problems
from tests.webservice_helpers import free_port, post, server_process

CONFORMANCE = Path(__file__).resolve().parents[2] / "shared" / "conformance" / "requests"
ENVELOPES = sorted(CONFORMANCE.glob("*.json")) if CONFORMANCE.is_dir() else []
if not ENVELOPES:
    pytest.skip(f"no shared conformance envelopes at {CONFORMANCE} (that folder sits beside the repository, "
                "not in it; a clone without it has nothing to run here)", allow_module_level=True)

APOLOGY = "couldn't understand that request"
#: Request types Alexa lets a skill answer with speech (Alexa Skills Kit request and response reference);
#: every other type must be answered without speech, reprompt, card or directives.
SPEAKING_REQUESTS = ("LaunchRequest", "IntentRequest", "Alexa.Presentation.APL.UserEvent")
RENDER = "Alexa.Presentation.APL.RenderDocument"
_serializer = DefaultSerializer()


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def supports_apl(envelope: dict[str, Any]) -> bool:
    device = ((envelope.get("context") or {}).get("System") or {}).get("device") or {}
    return "Alexa.Presentation.APL" in (device.get("supportedInterfaces") or {})


def request_type(envelope: dict[str, Any]) -> str:
    return envelope["request"]["type"]


def acceptance_problems(envelope: dict[str, Any], answer: Any) -> list[str]:
    """What Alexa would refuse in *answer* to *envelope*, or what breaks the skill's promises; empty if fine."""
    problems = response_problems(answer)
    if problems:
        return problems
    try:
        _serializer.deserialize(json.dumps(answer), ResponseEnvelope)
    except Exception as exc:  # noqa: BLE001 - any failure to read it back is the finding
        return [f"the response does not deserialize into ask-sdk-model's ResponseEnvelope: {exc}"]
    response = answer["response"]
    kind = request_type(envelope)
    if kind in SPEAKING_REQUESTS:
        speech = (response.get("outputSpeech") or {}).get("ssml", "")
        if not speech:
            problems.append(f"a {kind} got no spoken answer")
        if APOLOGY in speech:
            problems.append(f"a {kind} got the apology for an unreadable envelope")
        # A screen with APL shows every answer that keeps the session open; nothing else gets a screen.
        shown = [d.get("type") for d in response.get("directives") or []]
        wanted = [RENDER] if supports_apl(envelope) and response.get("shouldEndSession") is False else []
        if shown != wanted:
            problems.append(f"directives {shown} where {wanted} belong")
    else:
        spoken = sorted(set(response) & {"outputSpeech", "reprompt", "card", "directives"})
        if spoken:
            problems.append(f"a {kind} may not be answered with {', '.join(spoken)}")
    if kind == "CanFulfillIntentRequest":
        verdict = (response.get("canFulfillIntent") or {}).get("canFulfill")
        if verdict not in ("YES", "NO", "MAYBE"):
            problems.append(f"CanFulfillIntentRequest answered with canFulfill={verdict!r}")
    elif "canFulfillIntent" in response:
        problems.append(f"a {kind} was answered with canFulfillIntent")
    return problems


@pytest.fixture(scope="module")
def client():
    return create_app(verify=False).test_client()


@pytest.mark.parametrize("path", ENVELOPES, ids=[p.stem for p in ENVELOPES])
def test_lambda_door(path: Path) -> None:
    envelope = load(path)
    assert acceptance_problems(envelope, lambda_handler(load(path), None)) == []


@pytest.mark.parametrize("path", ENVELOPES, ids=[p.stem for p in ENVELOPES])
def test_web_service_door(client, path: Path) -> None:
    envelope = load(path)
    response = client.post("/", data=path.read_bytes(), content_type="application/json")
    assert response.status_code == 200, response.get_json()
    answer = response.get_json()
    assert acceptance_problems(envelope, answer) == []
    assert answer == json.loads(json.dumps(lambda_handler(load(path), None))), "both doors give the same answer"


def test_every_envelope_through_a_real_serve_process() -> None:
    """`backpain-skill serve --no-verify` on 127.0.0.1, over HTTP, for every envelope at once."""
    port = free_port()
    command = [sys.executable, "-m", "skill_tools.cli", "serve", "--no-verify", "--host", "127.0.0.1",
               "--port", str(port), "--workers", "1"]
    failures = {}
    with server_process(command, port) as (url, _proc):
        for path in ENVELOPES:
            status, answer = post(url, path.read_bytes(), {"Content-Type": "application/json"})
            problems = [f"HTTP {status}"] if status != 200 else acceptance_problems(load(path), answer)
            if problems:
                failures[path.name] = problems
    assert failures == {}
