"""What an answer shows on a screen: one APL document (skill/apl/document.json) fed by a datasource.

On a device that supports Alexa.Presentation.APL (an Echo Show, Fire TV...), every spoken reply that
keeps the session open also renders: the title, the answer as written (the card's text, else the speech),
the offer the skill just spoke as a button, and a few other topics as buttons; warning signs get their
own colours and no other topics (DESIGN.md: a warning-sign answer offers no other topic). Devices
without APL get the card only, as before.

A touch sends an Alexa.Presentation.APL.UserEvent whose arguments say what the button stands for:
``["yes", ""]`` for the offer, ``["topic", "<topic id>"]`` for a topic. ``touched_turn`` maps them to the
very turn the spoken request ("yes", or asking about the topic) would take.

The document and the labels are read once, on the first screen a process renders, and ask-sdk-model's
APL classes are imported only then: a voice-only request never pays for either on a cold start.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Mapping

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_supported_interfaces

from skill.content import Content
from skill.conversation import Conversation, Reply
from skill.state import State
from skill.topics import TOPIC_BY_ID

APL_DIR = Path(__file__).resolve().parent / "apl"
DOCUMENT_FILE = APL_DIR / "document.json"
LABELS_FILE = APL_DIR / "labels.json"
#: The interface a device lists in context.System.device.supportedInterfaces when it renders APL.
APL_INTERFACE = "Alexa.Presentation.APL"
#: Names the rendered document in Alexa's context and in the UserEvents it sends back.
TOKEN = "backpain-guide-answer"
#: Topic ids whose answer is a warning: its own colours, no other topics offered.
WARNING_TOPICS = frozenset({"red_flags"})
#: How many other topics the screen offers as buttons.
TOPIC_BUTTONS = 4
#: UserEvent arguments[0] values the document sends.
YES, TOPIC = "yes", "topic"

Turn = Callable[[Conversation, State], Reply]


@lru_cache(maxsize=1)
def document() -> dict[str, Any]:
    """The APL document, read once per process."""
    return json.loads(DOCUMENT_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def labels(language: str = "en") -> dict[str, str]:
    """The screen's own words for *language* (falling back to English)."""
    every = json.loads(LABELS_FILE.read_text(encoding="utf-8"))
    return every.get(language) or every["en"]


def button(label: str, action: str, topic: str = "") -> dict[str, str]:
    """One touchable button as the document's AnswerButton layout reads it."""
    return {"label": label, "action": action, "topic": topic}


def _name(content: Content, topic: str) -> str:
    name = content.topics[topic].name
    return name[:1].upper() + name[1:]


def datasource(reply: Reply, conversation: Conversation, words: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The datasource that shows *reply*: ``{"answer": {title, text, warning, offer, topics, ...}}``
    (*words*: the screen's labels, by default those of the conversation's language)."""
    content = conversation.content
    words = words or labels(conversation.locale.split("-")[0])
    warning = reply.topic in WARNING_TOPICS
    offer = reply.state.offer
    offered = None
    if offer is not None:
        more = offer.topic == reply.topic  # the next part of the same answer
        label = words["more"] if more else words["offer"].format(name=content.topics[offer.topic].name)
        offered = button(label, YES)
    topics = [] if warning else _other_topics(content, reply.topic, offer.topic if offer else None)
    return {
        "answer": {
            "title": reply.card.title if reply.card else content.skill_name,
            "text": reply.card.text if reply.card else reply.speech,
            "topic": reply.topic or "",
            "warning": warning,
            "hasOffer": offered is not None,
            "offer": offered or button("", YES),
            "hasTopics": bool(topics),
            "topicsHeading": words["topics_heading"],
            "topics": topics,
        }
    }


def _other_topics(content: Content, *leave_out: str | None) -> list[dict[str, str]]:
    """Up to TOPIC_BUTTONS topics minus those on screen already: the warning signs first, always within
    one touch (DESIGN.md: warning signs come first), then in the order the content suggests them."""
    seen: list[str] = []
    for topic in (*sorted(WARNING_TOPICS), *(s.topic for s in content.suggestions)):
        if topic not in seen and topic not in leave_out:
            seen.append(topic)
    return [button(_name(content, topic), TOPIC, topic) for topic in seen[:TOPIC_BUTTONS]]


def supports_apl(handler_input: HandlerInput) -> bool:
    """Whether the requesting device lists Alexa.Presentation.APL among its supported interfaces."""
    try:
        interfaces = get_supported_interfaces(handler_input)
    except AttributeError:  # no context, system or device: a request from no screen at all
        return False
    return getattr(interfaces, "alexa_presentation_apl", None) is not None


def render_directive(reply: Reply, conversation: Conversation) -> Any:
    """The Alexa.Presentation.APL.RenderDocument directive that shows *reply*."""
    # Imported here: ask-sdk-model's APL package is large, and only screen devices need it.
    from ask_sdk_model.interfaces.alexa.presentation.apl import RenderDocumentDirective

    return RenderDocumentDirective(token=TOKEN, document=document(), datasources=datasource(reply, conversation))


def show(handler_input: HandlerInput, reply: Reply, conversation: Conversation) -> None:
    """Add the screen for *reply* to the response being built, on a device with APL, while the session
    stays open (a closing reply leaves the screen to the device)."""
    if not reply.end_session and supports_apl(handler_input):
        handler_input.response_builder.add_directive(render_directive(reply, conversation))


def touched_turn(arguments: Any) -> Turn | None:
    """The conversation turn a touch stands for, or None for arguments no button of ours sends."""
    if not isinstance(arguments, list) or not arguments:
        return None
    action = arguments[0]
    if action == YES:
        return Conversation.yes
    topic = arguments[1] if len(arguments) > 1 else None
    if action == TOPIC and isinstance(topic, str) and topic in TOPIC_BY_ID:
        return lambda conversation, state: conversation.ask_topic(state, topic, None, None)
    return None
