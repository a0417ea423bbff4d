"""The conversation state kept in Alexa session attributes: plain JSON only, read defensively.

Nothing is stored between sessions. Attributes come back from the client, so anything missing,
of the wrong type or unknown is treated as absent rather than trusted.
"""
from __future__ import annotations

import json
from typing import Any, Mapping, NamedTuple

from skill.topics import ARTICLE_ORDER, TOPIC_BY_ID


class Place(NamedTuple):
    """A point in the content: a topic, which part of its answer, and an optional detail (slot id)."""

    topic: str
    part: int = 0
    detail: str | None = None

    @staticmethod
    def parse(raw: Any) -> "Place | None":
        """A Place from session attributes, or None if *raw* is not a valid one."""
        if not isinstance(raw, Mapping) or not isinstance(raw.get("topic"), str) or raw["topic"] not in TOPIC_BY_ID:
            return None
        part, detail = raw.get("part", 0), raw.get("detail")
        if not isinstance(part, int) or isinstance(part, bool) or not 0 <= part < 20:
            part = 0
        return Place(raw["topic"], part, detail if isinstance(detail, str) and len(detail) <= 64 else None)


#: The most JSON a remembered reply may take: it is sent back twice by "repeat" (as speech and in the
#: attributes), and Alexa rejects responses over 24 KB. The skill's own replies take 1 to 3 KB.
MAX_SPOKEN_JSON = 10_000


class Spoken(NamedTuple):
    """The last thing said, kept so "repeat" can say it again exactly."""

    ssml: str
    speech: str
    reprompt_ssml: str | None
    reprompt: str | None
    card_title: str | None
    card_text: str | None
    topic: str | None

    @staticmethod
    def parse(raw: Any) -> "Spoken | None":
        """A Spoken from session attributes, or None if *raw* is not a valid one."""
        if not isinstance(raw, Mapping):
            return None
        fields = ("ssml", "speech", "reprompt_ssml", "reprompt", "card_title", "card_text", "topic")
        values = {name: raw.get(name) for name in fields}
        if not all(isinstance(values[n], str) for n in ("ssml", "speech")):
            return None
        if not all(v is None or isinstance(v, str) for v in values.values()):
            return None
        if values["topic"] is not None and values["topic"] not in TOPIC_BY_ID:
            return None
        if len(json.dumps(values)) > MAX_SPOKEN_JSON:
            return None
        return Spoken(**values)


class State(NamedTuple):
    """Where the conversation is: what was last answered, what was offered, what was last said."""

    current: Place | None = None
    offer: Place | None = None
    position: int = -1
    last: Spoken | None = None

    @staticmethod
    def from_attributes(attributes: Any) -> "State":
        """Read the state from session attributes, ignoring anything malformed or foreign."""
        if not isinstance(attributes, Mapping):
            return State()
        position = attributes.get("position", -1)
        if not isinstance(position, int) or isinstance(position, bool) or not -1 <= position < len(ARTICLE_ORDER):
            position = -1
        return State(
            current=Place.parse(attributes.get("current")),
            offer=Place.parse(attributes.get("offer")),
            position=position,
            last=Spoken.parse(attributes.get("last")),
        )

    def to_attributes(self, turn_topic: str | None) -> dict[str, Any]:
        """Session attributes for the response; `turn_topic` is the topic answered on this turn, if any."""
        return {
            "current": self.current._asdict() if self.current else None,
            "offer": self.offer._asdict() if self.offer else None,
            "position": self.position,
            "last": self.last._asdict() if self.last else None,
            "turn_topic": turn_topic,
        }
