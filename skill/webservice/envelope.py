"""Reading an Alexa request envelope: is it one, and what may be logged about it.

Only routing facts are exposed for logging (request id, type, intent name). Utterance text,
slot values and user or device ids are deliberately not read here, so they cannot reach a log.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


class EnvelopeError(ValueError):
    """The body is not JSON or not an Alexa request envelope; the message says what is wrong."""


@dataclass(frozen=True)
class RequestFacts:
    """The loggable facts of one request."""

    request_id: str
    request_type: str
    intent: str | None


def parse_envelope(body: bytes) -> dict[str, Any]:
    """Decode *body* as an Alexa request envelope; raise EnvelopeError if it is not one."""
    if not body:
        raise EnvelopeError("empty body")
    try:
        envelope = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise EnvelopeError("body is not JSON") from None
    if not isinstance(envelope, dict):
        raise EnvelopeError("body is not a JSON object")
    if not isinstance(envelope.get("version"), str):
        raise EnvelopeError("envelope has no version")
    request = envelope.get("request")
    if not isinstance(request, dict):
        raise EnvelopeError("envelope has no request object")
    for key in ("type", "requestId"):
        if not isinstance(request.get(key), str) or not request[key]:
            raise EnvelopeError(f"request has no {key}")
    # Verification, when on, requires an ISO 8601 timestamp; the skill itself reads none, so an epoch
    # number (as some simulators send) is an envelope too.
    timestamp = request.get("timestamp")
    if isinstance(timestamp, bool) or not isinstance(timestamp, (str, int, float)) or timestamp == "":
        raise EnvelopeError("request has no timestamp")
    return envelope


def request_facts(envelope: dict[str, Any]) -> RequestFacts:
    """The request id, type and intent name of a parsed envelope."""
    request = envelope["request"]
    intent = request.get("intent")
    name = intent.get("name") if isinstance(intent, dict) else None
    return RequestFacts(
        request_id=request["requestId"],
        request_type=request["type"],
        intent=name if isinstance(name, str) else None,
    )


def application_id(envelope: dict[str, Any]) -> str | None:
    """The skill id the request is addressed to (context first, then session), if present."""
    for path in (("context", "System", "application"), ("session", "application")):
        node: Any = envelope
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        value = node.get("applicationId") if isinstance(node, dict) else None
        if isinstance(value, str) and value:
            return value
    return None
