"""One Alexa session as the device side sees it: id, whether it is new, and the attributes the
skill handed back last time. The skill stores nothing itself, so these attributes are its memory.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any, Mapping


def new_session_id() -> str:
    """A session id in Alexa's form."""
    return f"amzn1.echo-api.session.{uuid.uuid4()}"


@dataclass
class Session:
    """The state of one session between turns."""

    session_id: str = field(default_factory=new_session_id)
    new: bool = True
    attributes: dict[str, Any] = field(default_factory=dict)
    ended: bool = False
    screen_token: str | None = None  # the APL document on screen, reported in each request's context
    #: The questions the user asked in it, for the NLU to read the next one after (whose back a
    #: warning sign about someone else is about); the device side's memory, never sent to the skill.
    asked: list[str] = field(default_factory=list)

    def apply_response(self, response_envelope: Mapping[str, Any], *, screen_device: bool) -> None:
        """Carry the response's session attributes forward and end the session if the response says so.

        `shouldEndSession` true ends the session and false keeps it open. When it is absent, Alexa
        keeps the session open (microphone closed) only on devices with a screen; a voice-only
        speaker ends it.
        """
        self.new = False
        attributes = response_envelope.get("sessionAttributes")
        self.attributes = dict(attributes) if isinstance(attributes, Mapping) else {}
        response = response_envelope.get("response")
        should_end = response.get("shouldEndSession") if isinstance(response, Mapping) else None
        self.ended = should_end is True or (should_end is None and not screen_device)

    def end(self) -> None:
        """Mark the session closed from the device side (exit, silence, /new)."""
        self.ended = True
