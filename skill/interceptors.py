"""Request/response logging that never records what a person said.

Only ids, request types, intent names and outcomes are logged: no utterance text, no slot values,
no user or device ids (DESIGN.md: privacy by design).
"""
from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor, AbstractResponseInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

log = logging.getLogger("skill.requests")


class RequestLogger(AbstractRequestInterceptor):
    """Log each incoming request by id, type and intent name."""

    def process(self, handler_input: HandlerInput) -> None:
        request = handler_input.request_envelope.request
        intent = getattr(getattr(request, "intent", None), "name", None)
        log.info("request id=%s type=%s intent=%s", getattr(request, "request_id", None),
                 getattr(request, "object_type", None), intent)


class ResponseLogger(AbstractResponseInterceptor):
    """Log each response by request id, the topic answered and whether the session ends."""

    def process(self, handler_input: HandlerInput, response: Response | None) -> None:
        request = handler_input.request_envelope.request
        in_session = handler_input.request_envelope.session is not None
        topic = (handler_input.attributes_manager.session_attributes or {}).get("turn_topic") if in_session else None
        log.info("response id=%s topic=%s speech=%s end_session=%s", getattr(request, "request_id", None),
                 topic, bool(response and response.output_speech), getattr(response, "should_end_session", None))
