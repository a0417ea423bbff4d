"""The skill's one entry point: a request envelope dict in, a response envelope dict out.

AWS Lambda (`skill.lambda_handler`), the web service and the local runner all come through here,
so every transport exercises exactly the same code.
"""
from __future__ import annotations

import json
import logging
from functools import lru_cache
from typing import Any

from ask_sdk_core.exceptions import AskSdkException, SerializationException
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_model import Request, RequestEnvelope

from skill.handlers import REQUEST_HANDLERS, CatchAllExceptionHandler
from skill.interceptors import RequestLogger, ResponseLogger
from skill.logs import log_failure

log = logging.getLogger(__name__)


#: Request types Alexa lets a skill answer with speech. Every other type (session end,
#: CanFulfillIntentRequest, player, list and system events) must get no speech.
SPEAKING_REQUESTS = frozenset({"LaunchRequest", "IntentRequest", "Alexa.Presentation.APL.UserEvent"})


class MalformedRequest(ValueError):
    """The input is not an Alexa request envelope; the skill did not run."""


def build_skill() -> CustomSkill:
    """Assemble the skill from the handler table, the exception handler and the log interceptors."""
    builder = SkillBuilder()
    for handler in REQUEST_HANDLERS:
        builder.add_request_handler(handler)
    builder.add_exception_handler(CatchAllExceptionHandler())
    builder.add_global_request_interceptor(RequestLogger())
    builder.add_global_response_interceptor(ResponseLogger())
    return builder.create()


@lru_cache(maxsize=1)
def get_skill() -> CustomSkill:
    """The skill, built once per process (a Lambda container or a web worker serves many requests)."""
    return build_skill()


def parse_envelope(event: Any) -> RequestEnvelope:
    """Check the outline of an Alexa request envelope and deserialize it; raises MalformedRequest."""
    if not isinstance(event, dict):
        raise MalformedRequest("request envelope must be a JSON object")
    request = event.get("request")
    if not isinstance(request, dict) or not isinstance(request.get("type"), str) or not request["type"]:
        raise MalformedRequest("request envelope has no request.type")
    for key in ("session", "context"):
        if event.get(key) is not None and not isinstance(event[key], dict):
            raise MalformedRequest(f"request envelope field '{key}' must be an object")
    # ask-sdk-model cannot deserialize a request type it does not know (a newer Alexa feature, or a
    # client's invention); the rest of the envelope still can, and the skill declines such a request.
    known = request["type"] in Request.discriminator_value_class_map
    payload = json.dumps(event if known else {**event, "request": None})
    try:
        envelope = _deserialize(payload)
    except (AskSdkException, ValueError, TypeError, AttributeError, RecursionError) as exc:
        raise MalformedRequest(f"request envelope does not match the Alexa schema: {type(exc).__name__}") from exc
    if not known:
        envelope.request = _unknown_request(request)
    return envelope


def _deserialize(payload: str) -> RequestEnvelope:
    """The envelope as ask-sdk-model reads it; failing that, with unreadable typed values read as absent."""
    try:
        return get_skill().serializer.deserialize(payload=payload, obj_type=RequestEnvelope)
    except SerializationException:
        from skill.tolerant import TolerantSerializer  # only envelopes with placeholder values come here

        envelope = TolerantSerializer().deserialize(payload=payload, obj_type=RequestEnvelope)
        log.info("request envelope read with unparsable typed values as absent")
        return envelope


def _unknown_request(request: dict[str, Any]) -> Request:
    """The common fields of a request whose type ask-sdk-model has no class for."""
    def text(key: str) -> str | None:
        return request[key] if isinstance(request.get(key), str) else None

    return Request(object_type=request["type"], request_id=text("requestId"), locale=text("locale"))


def invoke(event: Any, context: Any = None) -> dict[str, Any]:
    """Run the skill on one request envelope dict; raises MalformedRequest for non-envelopes."""
    skill = get_skill()
    response = skill.invoke(request_envelope=parse_envelope(event), context=context)
    return skill.serializer.serialize(response)


def lambda_handler(event: Any, context: Any = None) -> dict[str, Any]:
    """AWS Lambda handler: never raises. A malformed event gets a short spoken apology that ends the
    session where Alexa allows speech (SPEAKING_REQUESTS, or no type at all), and an empty response
    for every other request type."""
    try:
        return invoke(event, context)
    except MalformedRequest as exc:
        log.warning("malformed request rejected: %s", exc)
    except Exception as exc:  # the last line of defence: the SDK itself failed; Lambda must still answer
        log_failure(log, "the skill failed outside its handlers", exc)
    kind = _request_type(event)
    if kind is not None and kind not in SPEAKING_REQUESTS:
        return {"version": "1.0", "response": {}}
    return {
        "version": "1.0",
        "response": {
            "outputSpeech": {"type": "SSML", "ssml": "<speak>Sorry, I couldn't understand that request.</speak>"},
            "shouldEndSession": True,
        },
    }


def _request_type(event: Any) -> str | None:
    request = event.get("request") if isinstance(event, dict) else None
    kind = request.get("type") if isinstance(request, dict) else None
    return kind if isinstance(kind, str) and kind else None
