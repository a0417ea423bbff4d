"""One exchange with the skill, reduced to what a listener and a test care about.

`Turn.to_json()` produces the `ask --json` object whose keys are a public contract (documented in
docs/local-runner.md): utterance, intent, slots, topic, speech, ssml, reprompt, card, end_session,
warning_sign.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping
from xml.sax.saxutils import escape

from local_runner.nlu.types import Candidate
from local_runner.screen import Screen, screen_of
from local_runner.ssml_text import ssml_to_text
from skill.topics import TOPIC_BY_ID

#: Session attribute where the skill records the topic id it answered on this turn.
TOPIC_ATTRIBUTE = "turn_topic"
#: Session attribute where the skill records the warning sign it answered (None for the general list).
WARNING_SIGN_ATTRIBUTE = "turn_warning_sign"
#: The topic of every warning-sign answer, and the slot that names the sign.
WARNING_TOPIC = TOPIC_BY_ID["red_flags"]


@dataclass(frozen=True)
class Turn:
    """What was said to the skill and what it answered."""

    utterance: str
    request_type: str | None  # None only for an utterance that reached no skill
    intent: str | None
    slots: dict[str, dict[str, str | None]]
    topic: str | None
    speech: str
    ssml: str
    reprompt: str | None
    reprompt_ssml: str | None
    card: dict[str, str] | None
    end_session: bool
    request: dict[str, Any] = field(repr=False)
    response: dict[str, Any] = field(repr=False)
    confidence: float | None = None
    candidates: tuple[Candidate, ...] = ()
    heard: str | None = None  # the utterance as the NLU normalised it
    nlu_mode: str | None = None  # which NLU understood the utterance: "fuzzy" or "exact"
    nlu_reason: str | None = None  # how it chose the intent ("paraphrase", "sample as written", ...)
    screen: Screen | None = None  # what a screen device shows (--device screen)

    @staticmethod
    def nothing_sent(utterance: str) -> "Turn":
        """The turn for an utterance that reached no skill ("exit" with no session open)."""
        return Turn(utterance=utterance, request_type=None, intent=None, slots={}, topic=None, speech="", ssml="",
                    reprompt=None, reprompt_ssml=None, card=None, end_session=True, request={}, response={})

    @property
    def warning_sign(self) -> str | None:
        """The id of the warning sign answered (topic red_flags with the sign's slot resolved); None for
        the general list of warning signs and for every other answer."""
        if self.topic != WARNING_TOPIC.id or not WARNING_TOPIC.slot:
            return None
        attributes = self.response.get("sessionAttributes")
        if isinstance(attributes, Mapping) and WARNING_SIGN_ATTRIBUTE in attributes:
            # What the skill says it answered: "is this an emergency" fills the slot with the
            # general value, but the answer is the general list (warning_sign null, DESIGN.md).
            sign = attributes[WARNING_SIGN_ATTRIBUTE]
            return sign if isinstance(sign, str) else None
        slot = self.slots.get(WARNING_TOPIC.slot)
        return slot["id"] if slot else None

    def to_json(self, *, explain: bool = False) -> dict[str, Any]:
        """The `ask --json` object for this turn (plus `candidates` when explaining)."""
        data: dict[str, Any] = {
            "utterance": self.utterance,
            "intent": self.intent,
            "slots": self.slots,
            "topic": self.topic,
            "speech": self.speech,
            "ssml": self.ssml,
            "reprompt": self.reprompt,
            "card": self.card,
            "end_session": self.end_session,
            "warning_sign": self.warning_sign,
            "request_type": self.request_type,
            "confidence": self.confidence,
            "heard": self.heard,
            "screen": self.screen.to_json() if self.screen else None,
        }
        if explain:
            data["nlu"] = {"mode": self.nlu_mode, "reason": self.nlu_reason} if self.nlu_mode else None
            data["candidates"] = [
                {"intent": c.intent, "score": round(c.score, 3), "sample": c.sample} for c in self.candidates
            ]
        return data


def make_turn(
    utterance: str,
    request: Mapping[str, Any],
    response: Mapping[str, Any],
    *,
    end_session: bool,
    confidence: float | None = None,
    candidates: tuple[Candidate, ...] = (),
    heard: str | None = None,
    nlu_mode: str | None = None,
    nlu_reason: str | None = None,
) -> Turn:
    """Read a Turn out of a request envelope and the skill's response envelope."""
    body = response.get("response") or {}
    ssml = _speech_ssml(body.get("outputSpeech"))
    reprompt_ssml = _speech_ssml((body.get("reprompt") or {}).get("outputSpeech")) or None
    intent_block = request["request"].get("intent") or {}
    attributes = response.get("sessionAttributes")
    topic = attributes.get(TOPIC_ATTRIBUTE) if isinstance(attributes, Mapping) else None
    return Turn(
        utterance=utterance,
        request_type=request["request"]["type"],
        intent=intent_block.get("name"),
        slots=_slots(intent_block.get("slots") or {}),
        topic=topic if isinstance(topic, str) else None,
        speech=ssml_to_text(ssml) if ssml else "",
        ssml=ssml,
        reprompt=ssml_to_text(reprompt_ssml) if reprompt_ssml else None,
        reprompt_ssml=reprompt_ssml,
        card=_card(body.get("card")),
        end_session=end_session,
        request=dict(request),
        response=dict(response),
        confidence=confidence,
        candidates=candidates,
        heard=heard,
        nlu_mode=nlu_mode,
        nlu_reason=nlu_reason,
        screen=screen_of(response),
    )


def _speech_ssml(output_speech: Any) -> str:
    """outputSpeech as SSML, whether the skill sent SSML or PlainText."""
    if not isinstance(output_speech, Mapping):
        return ""
    if output_speech.get("type") == "PlainText" or "ssml" not in output_speech:
        text = output_speech.get("text") or ""
        return f"<speak>{escape(text)}</speak>" if text else ""
    return output_speech.get("ssml") or ""


def _slots(slots: Mapping[str, Any]) -> dict[str, dict[str, str | None]]:
    """Filled slots as {name: {value, id}}, the id being the entity-resolution match, if any."""
    result: dict[str, dict[str, str | None]] = {}
    for name, slot in slots.items():
        if not isinstance(slot, Mapping) or slot.get("value") is None:
            continue
        slot_id = None
        for authority in (slot.get("resolutions") or {}).get("resolutionsPerAuthority") or []:
            if (authority.get("status") or {}).get("code") == "ER_SUCCESS_MATCH" and authority.get("values"):
                slot_id = authority["values"][0]["value"].get("id")
                break
        result[name] = {"value": slot["value"], "id": slot_id}
    return result


def _card(card: Any) -> dict[str, str] | None:
    """Simple cards carry `content`, Standard cards `text`; both become {title, text}."""
    if not isinstance(card, Mapping) or card.get("type") not in ("Simple", "Standard"):
        return None
    return {"title": card.get("title") or "", "text": card.get("content") or card.get("text") or ""}
