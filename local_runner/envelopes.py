"""Alexa request envelopes, built the way the Alexa service builds them, and checked against the
`ask-sdk-model` types so that nothing the runner sends could not also come from Alexa.

An envelope has the protocol version, the session (id, new flag, attributes carried from the last
response, application and user), the context (System: application, user, device with the
interfaces its profile supports, API endpoint and token; Viewport on screen devices) and the request.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Mapping, Sequence

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope

from interaction_model.model import Model
from local_runner.nlu.types import MATCH, NO_MATCH, SlotValue
from local_runner.session import Session

VERSION = "1.0"
SESSION_END_REASONS = ("USER_INITIATED", "ERROR", "EXCEEDED_MAX_REPROMPTS")

#: Alexa's API endpoint by region: North America, Europe (incl. India), Far East (incl. Australia).
_API_ENDPOINTS = {
    "en-US": "https://api.amazonalexa.com",
    "en-CA": "https://api.amazonalexa.com",
    "en-GB": "https://api.eu.amazonalexa.com",
    "en-IN": "https://api.eu.amazonalexa.com",
    "en-AU": "https://api.fe.amazonalexa.com",
}


class EnvelopeError(Exception):
    """An envelope that ask-sdk-model cannot represent faithfully (a runner bug, reported plainly)."""


@dataclass(frozen=True)
class DeviceProfile:
    """A kind of Echo device: the interfaces it declares and, for screens, its viewport."""

    name: str
    supported_interfaces: Mapping[str, Any]
    viewport: Mapping[str, Any] | None = None

    @property
    def has_screen(self) -> bool:
        """True for devices with a display (they keep a session open when shouldEndSession is absent)."""
        return self.viewport is not None


SPEAKER = DeviceProfile("speaker", {})
#: An Echo Show 8 class device: APL support and a landscape HD viewport with touch.
SCREEN = DeviceProfile(
    "screen",
    {"Alexa.Presentation.APL": {"runtime": {"maxVersion": "2024.2"}}},
    {
        "experiences": [{"arcMinuteWidth": 346, "arcMinuteHeight": 216, "canRotate": False, "canResize": False}],
        "mode": "HUB",
        "shape": "RECTANGLE",
        "pixelWidth": 1280,
        "pixelHeight": 800,
        "dpi": 160,
        "currentPixelWidth": 1280,
        "currentPixelHeight": 800,
        "touch": ["SINGLE"],
        "keyboard": [],
        "video": {"codecs": ["H_264_42", "H_264_41"]},
    },
)
DEVICE_PROFILES: dict[str, DeviceProfile] = {p.name: p for p in (SPEAKER, SCREEN)}


@dataclass(frozen=True)
class Identity:
    """Who is talking to which skill on which device; stable for one runner, like one Echo at home."""

    application_id: str
    user_id: str = field(default_factory=lambda: f"amzn1.ask.account.{_opaque_id()}")
    device_id: str = field(default_factory=lambda: f"amzn1.ask.device.{_opaque_id()}")
    api_access_token: str = field(default_factory=lambda: f"local-runner.{uuid.uuid4().hex}")


def default_application_id(invocation_name: str) -> str:
    """A skill id in Amazon's form, stable for one invocation name (used when ALEXA_SKILL_ID is unset)."""
    return f"amzn1.ask.skill.{uuid.uuid5(uuid.NAMESPACE_URL, 'local-runner:' + invocation_name)}"


def named_slot_value(model: Model, intent: str, slot: str, value: str) -> SlotValue:
    """A slot value given by name (dialog files' ``Intent slot=value``), resolved as Alexa would:
    the exact name or a synonym of its slot type, case-insensitive; anything else is NO_MATCH.

    Raises KeyError naming the intent or slot when the model does not declare it.
    """
    spec = model.intent(intent)
    if spec is None:
        raise KeyError(f"the model has no intent {intent}")
    slot_type = spec.slots.get(slot)
    if slot_type is None:
        raise KeyError(f"intent {intent} has no slot {slot} (declared: {', '.join(spec.slots) or 'none'})")
    found = model.types[slot_type].find(value) if slot_type in model.types else None
    if found is None:
        return SlotValue(slot, value, slot_type, NO_MATCH, None, None)
    return SlotValue(slot, value, slot_type, MATCH, found.id, found.name)


class EnvelopeBuilder:
    """Builds LaunchRequest, IntentRequest, SessionEndedRequest and (screen) UserEvent envelopes for one
    device and locale."""

    def __init__(self, model: Model, identity: Identity, device: DeviceProfile, locale: str) -> None:
        self.model = model
        self.identity = identity
        self.device = device
        self.locale = locale

    def launch(self, session: Session) -> dict[str, Any]:
        """A LaunchRequest ("open back pain guide")."""
        return self._envelope(session, {"type": "LaunchRequest", **self._request_common()})

    def intent(self, session: Session, intent: str, slots: Mapping[str, SlotValue]) -> dict[str, Any]:
        """An IntentRequest carrying every slot the model declares for *intent*, filled or not."""
        spec = self.model.intent(intent)
        declared = tuple(spec.slots) if spec else ()
        unknown = sorted(set(slots) - set(declared))
        if unknown:
            raise EnvelopeError(f"intent {intent} declares no slot named {', '.join(unknown)}")
        request = {
            "type": "IntentRequest",
            **self._request_common(),
            # No dialog model delegates these intents, so every request arrives complete.
            "dialogState": "COMPLETED",
            "intent": {
                "name": intent,
                "confirmationStatus": "NONE",
                "slots": {name: self._slot(name, slots.get(name)) for name in declared},
            },
        }
        if not declared:
            del request["intent"]["slots"]
        return self._envelope(session, request)

    def session_ended(self, session: Session, reason: str) -> dict[str, Any]:
        """A SessionEndedRequest: the user said "exit", stayed silent, or something failed."""
        if reason not in SESSION_END_REASONS:
            raise EnvelopeError(f"unknown session end reason {reason!r}; use one of {', '.join(SESSION_END_REASONS)}")
        return self._envelope(session, {"type": "SessionEndedRequest", **self._request_common(), "reason": reason})

    def user_event(self, session: Session, token: str, arguments: Sequence[str]) -> dict[str, Any]:
        """An Alexa.Presentation.APL.UserEvent: a touch on a TouchWrapper of the document *token* whose
        SendEvent carries *arguments*."""
        request = {"type": "Alexa.Presentation.APL.UserEvent", **self._request_common(), "token": token,
                   "arguments": list(arguments), "source": {"type": "TouchWrapper", "handler": "Press"}}
        return self._envelope(session, request)

    def _request_common(self) -> dict[str, Any]:
        return {
            "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}",
            "timestamp": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "locale": self.locale,
        }

    def _slot(self, name: str, filled: SlotValue | None) -> dict[str, Any]:
        slot: dict[str, Any] = {"name": name, "confirmationStatus": "NONE"}
        if filled is None:
            return slot
        slot["value"] = filled.value
        slot_value: dict[str, Any] = {"type": "Simple", "value": filled.value}
        if not filled.slot_type.startswith("AMAZON."):
            # Custom slot types always carry entity resolution, matched or not.
            authority: dict[str, Any] = {
                "authority": f"amzn1.er-authority.echo-sdk.{self.identity.application_id}.{filled.slot_type}",
                "status": {"code": filled.status},
            }
            if filled.status == "ER_SUCCESS_MATCH":
                authority["values"] = [{"value": {"name": filled.canonical, "id": filled.id}}]
            slot["resolutions"] = slot_value["resolutions"] = {"resolutionsPerAuthority": [authority]}
        slot["slotValue"] = slot_value
        return slot

    def _envelope(self, session: Session, request: dict[str, Any]) -> dict[str, Any]:
        application = {"applicationId": self.identity.application_id}
        user = {"userId": self.identity.user_id}
        context: dict[str, Any] = {
            "System": {
                "application": application,
                "user": user,
                "device": {
                    "deviceId": self.identity.device_id,
                    "supportedInterfaces": json.loads(json.dumps(self.device.supported_interfaces)),
                },
                "apiEndpoint": _API_ENDPOINTS.get(self.locale, _API_ENDPOINTS["en-US"]),
                "apiAccessToken": self.identity.api_access_token,
            }
        }
        if self.device.viewport is not None:
            context["Viewport"] = json.loads(json.dumps(self.device.viewport))
        if session.screen_token is not None:  # a document is on screen: the device says which
            context["Alexa.Presentation.APL"] = {"token": session.screen_token}
        envelope = {
            "version": VERSION,
            "session": {
                "new": session.new,
                "sessionId": session.session_id,
                "application": dict(application),
                "attributes": json.loads(json.dumps(session.attributes)),
                "user": dict(user),
            },
            "context": context,
            "request": request,
        }
        check_envelope(envelope)
        return envelope


_serializer = DefaultSerializer()


def check_envelope(envelope: Mapping[str, Any]) -> RequestEnvelope:
    """Deserialize *envelope* into ask-sdk-model's RequestEnvelope and prove nothing was lost.

    The SDK ignores keys it does not know, so deserializing alone proves little: the envelope is
    serialized back and must equal the original, key for key, or EnvelopeError names what differs.
    """
    try:
        model = _serializer.deserialize(json.dumps(envelope), RequestEnvelope)
    except SerializationException as exc:
        raise EnvelopeError(f"request envelope does not deserialize into RequestEnvelope: {exc}") from None
    round_trip = _serializer.serialize(model)
    timestamp = getattr(model.request, "timestamp", None)
    if not isinstance(timestamp, datetime):
        raise EnvelopeError("request.timestamp is not an ISO 8601 date-time")
    round_trip["request"]["timestamp"] = envelope["request"]["timestamp"]
    differences = _differences(envelope, round_trip, "")
    if differences:
        raise EnvelopeError("request envelope is not faithful to ask-sdk-model: " + "; ".join(differences[:5]))
    return model


def _differences(expected: Any, actual: Any, path: str) -> list[str]:
    if isinstance(expected, Mapping) and isinstance(actual, Mapping):
        found = []
        for key in sorted(set(expected) | set(actual)):
            where = f"{path}.{key}" if path else key
            if key not in actual:
                found.append(f"{where} is not part of the model")
            elif key not in expected:
                found.append(f"{where} appeared from nowhere")
            else:
                found.extend(_differences(expected[key], actual[key], where))
        return found
    if isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        return [d for i, (e, a) in enumerate(zip(expected, actual)) for d in _differences(e, a, f"{path}[{i}]")]
    return [] if expected == actual else [f"{path}: {expected!r} came back as {actual!r}"]


def _opaque_id() -> str:
    return uuid.uuid4().hex.upper() + uuid.uuid4().hex.upper()[:12]
