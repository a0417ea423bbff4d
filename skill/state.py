"""The conversation state kept in Alexa session attributes: plain JSON only, read defensively.

Nothing is stored between sessions. Attributes come back from the client, so anything missing,
of the wrong type or unknown is treated as absent rather than trusted.
"""
from __future__ import annotations

import json
from typing import Any, Mapping, NamedTuple

from skill.topics import TOPIC_BY_ID, WALK_ORDER


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


def _count(raw: Any, limit: int) -> int:
    """A small non-negative whole number from the attributes, else 0."""
    return raw if isinstance(raw, int) and not isinstance(raw, bool) and 0 <= raw <= limit else 0


class State(NamedTuple):
    """Where the conversation is: what was last answered, what was offered, what was last said,
    how many turns in a row were not understood, which page of help was read, and how many turns
    the session has had (it rotates the phrasings, so no sentence comes twice in a row)."""

    current: Place | None = None
    offer: Place | None = None
    position: int = -1
    last: Spoken | None = None
    fallbacks: int = 0
    menu: int = -1
    turn: int = 0

    @staticmethod
    def from_attributes(attributes: Any) -> "State":
        """Read the state from session attributes, ignoring anything malformed or foreign."""
        if not isinstance(attributes, Mapping):
            return State()
        position = attributes.get("position", -1)
        if not isinstance(position, int) or isinstance(position, bool) or not -1 <= position < len(WALK_ORDER):
            position = -1
        menu = attributes.get("menu", -1)
        return State(
            current=Place.parse(attributes.get("current")),
            offer=Place.parse(attributes.get("offer")),
            position=position,
            last=Spoken.parse(attributes.get("last")),
            fallbacks=_count(attributes.get("fallbacks"), 100),
            menu=menu if isinstance(menu, int) and not isinstance(menu, bool) and -1 <= menu < 20 else -1,
            turn=_count(attributes.get("turn"), 1_000_000),
        )

    def to_attributes(self, turn_topic: str | None, warning_sign: str | None = None,
                      limit: str | None = None) -> dict[str, Any]:
        """Session attributes for the response. `turn_topic` is the topic answered on this turn, if any;
        `turn_warning_sign` the warning sign answered (id), `turn_limit` the kind of question the guide
        does not cover, answered honestly (both for clients such as the local runner)."""
        return {
            "current": self.current._asdict() if self.current else None,
            "offer": self.offer._asdict() if self.offer else None,
            "position": self.position,
            "last": self.last._asdict() if self.last else None,
            "fallbacks": self.fallbacks,
            "menu": self.menu,
            "turn": self.turn,
            "turn_topic": turn_topic,
            "turn_warning_sign": warning_sign,
            "turn_limit": limit,
        }
