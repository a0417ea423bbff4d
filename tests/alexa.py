"""A tiny Alexa client for tests: builds request envelopes and carries a session across turns.

It sends everything through `skill.lambda_handler`, the same entry point AWS Lambda calls.
"""
from __future__ import annotations

import itertools
from typing import Any

SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
_ids = itertools.count(1)


def slot(name: str, value: str | None = None, resolved_id: str | None = None, slot_type: str = "T") -> dict[str, Any]:
    """An intent slot as Alexa sends it, with an entity-resolution block when a value is given."""
    data: dict[str, Any] = {"name": name, "confirmationStatus": "NONE"}
    if value is not None:
        data["value"] = value
        code = "ER_SUCCESS_MATCH" if resolved_id else "ER_SUCCESS_NO_MATCH"
        values = [{"value": {"name": value, "id": resolved_id}}] if resolved_id else []
        data["resolutions"] = {"resolutionsPerAuthority": [{
            "authority": f"amzn1.er-authority.echo-sdk.{SKILL_ID}.{slot_type}",
            "status": {"code": code}, "values": values}]}
    return data


#: What an Echo Show lists in supportedInterfaces (APL), and its viewport (1280 x 800, touch).
SCREEN_INTERFACES = {"Alexa.Presentation.APL": {"runtime": {"maxVersion": "2024.2"}}}
SCREEN_VIEWPORT = {"shape": "RECTANGLE", "pixelWidth": 1280, "pixelHeight": 800, "dpi": 160,
                   "currentPixelWidth": 1280, "currentPixelHeight": 800, "touch": ["SINGLE"]}


def envelope(request: dict[str, Any], *, new: bool, attributes: dict[str, Any] | None,
             locale: str = "en-US", session_id: str | None = None, screen: bool = False) -> dict[str, Any]:
    """A full request envelope around *request* (type, intent, ...), in a session with *attributes*,
    from a voice-only device or (*screen*) an Echo Show."""
    from skill_tools.signing import request_envelope  # the one envelope skeleton tests share

    data = request_envelope(request["type"], skill_id=SKILL_ID, locale=locale, new_session=new)
    if screen:
        data["context"]["System"]["device"]["supportedInterfaces"] = dict(SCREEN_INTERFACES)
        data["context"]["Viewport"] = dict(SCREEN_VIEWPORT)
    data["request"].update(request)
    data["session"]["attributes"] = attributes or {}
    if session_id:
        data["session"]["sessionId"] = session_id
    return data


class Session:
    """One Alexa session: each call is a turn; attributes flow from each response into the next request."""

    def __init__(self, locale: str = "en-US", *, screen: bool = False) -> None:
        self.locale = locale
        self.screen = screen
        self.attributes: dict[str, Any] | None = None
        self.new = True
        self.session_id = f"amzn1.echo-api.session.test-{next(_ids)}"
        self.last: dict[str, Any] = {}

    def send(self, request: dict[str, Any]) -> dict[str, Any]:
        """Send one request in this session and return the response envelope."""
        from skill import lambda_handler  # imported late so benchmarks can use envelope() without the skill

        response = lambda_handler(envelope(request, new=self.new, attributes=self.attributes, locale=self.locale,
                                           session_id=self.session_id, screen=self.screen))
        self.new = False
        self.attributes = response.get("sessionAttributes")
        self.last = response
        return response

    def launch(self) -> dict[str, Any]:
        return self.send({"type": "LaunchRequest"})

    def intent(self, name: str, **slots: dict[str, Any]) -> dict[str, Any]:
        return self.send({"type": "IntentRequest", "dialogState": "COMPLETED",
                          "intent": {"name": name, "confirmationStatus": "NONE", "slots": slots}})

    def touch(self, *arguments: Any, token: str = "backpain-guide-answer") -> dict[str, Any]:
        """A touch on the screen: the UserEvent a TouchWrapper's SendEvent sends with *arguments*."""
        return self.send({"type": "Alexa.Presentation.APL.UserEvent", "token": token, "arguments": list(arguments),
                          "source": {"type": "TouchWrapper", "handler": "Press"}})


def speech(response: dict[str, Any]) -> str:
    """The SSML the response speaks."""
    return response["response"]["outputSpeech"]["ssml"]


def reprompt(response: dict[str, Any]) -> str | None:
    """The reprompt SSML, or None."""
    return ((response["response"].get("reprompt") or {}).get("outputSpeech") or {}).get("ssml")


def topic(response: dict[str, Any]) -> str | None:
    """The topic id answered on this turn."""
    return (response.get("sessionAttributes") or {}).get("turn_topic")
