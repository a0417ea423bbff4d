"""ask-sdk-core handlers: thin adapters between Alexa requests and the Conversation.

Two tables drive everything: skill.topics.TOPICS (one handler serves every topic intent) and
BUILT_IN_TURNS below (one handler serves every built-in intent). Before any of them, a warning sign
in the request's symptom slot is answered first, whichever intent carries it (medical safety).
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Callable

from ask_sdk_core.dispatch_components import (
    AbstractExceptionHandler,
    AbstractRequestHandler,
)
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_request_type
from ask_sdk_model import Intent, Response
from ask_sdk_model.ui import SimpleCard

from skill import screen
from skill.content import load_content
from skill.conversation import Conversation, Reply
from skill.events import EVENT_HANDLERS, silent_response
from skill.locales import DEFAULT_LOCALE, serving_locale
from skill.logs import log_failure
from skill.slots import slot_resolution
from skill.state import State
from skill.topics import (
    ASPECT_SLOT,
    FOLLOW_UP_INTENT,
    NOT_COVERED_INTENT,
    SUBJECT_SLOT,
    THANKS_INTENT,
    TOPIC_BY_INTENT,
    WARNING_SLOT,
    Topic,
)

log = logging.getLogger(__name__)

Turn = Callable[[Conversation, State], Reply]

#: What each built-in intent does to the conversation.
BUILT_IN_TURNS: dict[str, Turn] = {
    "AMAZON.HelpIntent": Conversation.help,
    "AMAZON.StopIntent": Conversation.goodbye,
    "AMAZON.CancelIntent": Conversation.goodbye,
    "AMAZON.FallbackIntent": Conversation.fallback,
    "AMAZON.RepeatIntent": Conversation.repeat,
    "AMAZON.NextIntent": Conversation.next,
    "AMAZON.PreviousIntent": Conversation.previous,
    "AMAZON.YesIntent": Conversation.yes,
    "AMAZON.NoIntent": Conversation.no,
    "AMAZON.StartOverIntent": Conversation.start_over,
    "AMAZON.NavigateHomeIntent": Conversation.start_over,
}
#: Custom intents that are not topics.
OTHER_TURNS: dict[str, Turn] = {
    THANKS_INTENT: Conversation.thanks,
}

SlotTurn = Callable[[Conversation, State, "str | None", "str | None"], Reply]
#: Custom intents answered from one slot (its resolved id and the words heard): a subject the guide
#: does not cover (an honest limit), and a kind of question said on its own (about what was just answered).
SLOT_TURNS: dict[str, tuple[str, SlotTurn]] = {
    NOT_COVERED_INTENT: (SUBJECT_SLOT, Conversation.not_covered),
    FOLLOW_UP_INTENT: (ASPECT_SLOT, lambda conversation, state, kind, _heard: conversation.follow_up(state, kind)),
}


@lru_cache(maxsize=32)
def _conversation(locale: str) -> Conversation:
    return Conversation(load_content(locale))


def conversation_for(handler_input: HandlerInput) -> Conversation:
    """The Conversation for the request's locale (stateless, so one per locale is reused)."""
    return _conversation(serving_locale(getattr(handler_input.request_envelope.request, "locale", None)))


def current_state(handler_input: HandlerInput) -> State:
    """The conversation state from the request's session attributes (a fresh state without a session)."""
    if handler_input.request_envelope.session is None:
        return State()
    return State.from_attributes(handler_input.attributes_manager.session_attributes)


def respond(handler_input: HandlerInput, reply: Reply) -> Response:
    """Build the Alexa response for *reply* and store its state in the session attributes."""
    # A request may come without a session (ask-sdk then refuses session attributes).
    if handler_input.request_envelope.session is not None:
        handler_input.attributes_manager.session_attributes = reply.state.to_attributes(
            reply.topic, reply.warning_sign, reply.limit)
    builder = handler_input.response_builder.speak(reply.ssml)
    if reply.card:
        builder.set_card(SimpleCard(title=reply.card.title, content=reply.card.text))
    screen.show(handler_input, reply, conversation_for(handler_input))
    if reply.reprompt_ssml and not reply.end_session:
        builder.ask(reply.reprompt_ssml)
    builder.set_should_end_session(reply.end_session)
    return builder.response


def _intent(handler_input: HandlerInput) -> Intent | None:
    return getattr(handler_input.request_envelope.request, "intent", None)


class LaunchRequestHandler(AbstractRequestHandler):
    """"Alexa, open back pain guide"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return get_request_type(handler_input) == "LaunchRequest"

    def handle(self, handler_input: HandlerInput) -> Response:
        return respond(handler_input, conversation_for(handler_input).launch(current_state(handler_input)))


def warning_sign_in(intent: Intent | None, topic: Topic | None) -> tuple[bool, str | None]:
    """Whether the intent carries a warning sign to answer first, and its id (None: the general list).

    A resolved sign on any intent is answered first. The red-flags intent itself always gets a warning
    answer: an unresolved symptom there gets the general list, action first.
    """
    sign_id, _ = slot_resolution(intent, WARNING_SLOT)
    if sign_id and sign_id in _known_signs():
        return True, sign_id
    return (topic is not None and topic.id == "red_flags"), None


@lru_cache(maxsize=1)
def _known_signs() -> frozenset[str]:
    """The warning-sign ids the skill answers (a client can send any id; only these raise the alarm)."""
    content = load_content(DEFAULT_LOCALE)
    return frozenset(content.warning_signs) | content.general_signs


class WarningSignHandler(AbstractRequestHandler):
    """A warning sign said with any question, on any intent: the warning comes first, at its urgency."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if get_request_type(handler_input) != "IntentRequest":
            return False
        intent = _intent(handler_input)
        return warning_sign_in(intent, TOPIC_BY_INTENT.get(getattr(intent, "name", None)))[0]

    def handle(self, handler_input: HandlerInput) -> Response:
        intent = _intent(handler_input)
        _, sign_id = warning_sign_in(intent, TOPIC_BY_INTENT.get(intent.name))
        return respond(handler_input, conversation_for(handler_input).warning(current_state(handler_input), sign_id))


class TopicIntentHandler(AbstractRequestHandler):
    """Every topic intent, in a session or one-shot: answer it and offer a follow-up."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        intent = _intent(handler_input)
        return get_request_type(handler_input) == "IntentRequest" and getattr(intent, "name", None) in TOPIC_BY_INTENT

    def handle(self, handler_input: HandlerInput) -> Response:
        intent = _intent(handler_input)
        topic = TOPIC_BY_INTENT[intent.name]
        slot_id, heard = slot_resolution(intent, topic.slot)
        aspect, _ = slot_resolution(intent, ASPECT_SLOT)
        subject_id, subject = slot_resolution(intent, SUBJECT_SLOT)
        reply = conversation_for(handler_input).ask_topic(current_state(handler_input), topic.id, slot_id, heard,
                                                          aspect, subject, subject_id)
        return respond(handler_input, reply)


class SlotIntentHandler(AbstractRequestHandler):
    """Every custom intent in SLOT_TURNS: its one slot, handed to the conversation."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        intent = _intent(handler_input)
        return get_request_type(handler_input) == "IntentRequest" and getattr(intent, "name", None) in SLOT_TURNS

    def handle(self, handler_input: HandlerInput) -> Response:
        intent = _intent(handler_input)
        slot, turn = SLOT_TURNS[intent.name]
        slot_id, heard = slot_resolution(intent, slot)
        return respond(handler_input, turn(conversation_for(handler_input), current_state(handler_input), slot_id, heard))


TURNS: dict[str, Turn] = {**BUILT_IN_TURNS, **OTHER_TURNS}
#: Every intent some handler below answers (validate checks the model has no other).
HANDLED_INTENTS: frozenset[str] = frozenset({*TOPIC_BY_INTENT, *TURNS, *SLOT_TURNS})


class BuiltInIntentHandler(AbstractRequestHandler):
    """Every built-in intent, and the custom ones that are not topics, as listed in TURNS."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        intent = _intent(handler_input)
        return get_request_type(handler_input) == "IntentRequest" and getattr(intent, "name", None) in TURNS

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = TURNS[_intent(handler_input).name]
        return respond(handler_input, turn(conversation_for(handler_input), current_state(handler_input)))


class UnknownIntentHandler(AbstractRequestHandler):
    """An intent this skill does not define (a stale model, or a new built-in): treat it as fallback."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return get_request_type(handler_input) == "IntentRequest"

    def handle(self, handler_input: HandlerInput) -> Response:
        log.warning("unknown intent %r handled as fallback", getattr(_intent(handler_input), "name", None))
        return respond(handler_input, conversation_for(handler_input).fallback(current_state(handler_input)))


class ScreenTouchHandler(AbstractRequestHandler):
    """A touch on the screen (APL UserEvent): answered as the spoken request it stands for; a touch no
    button of ours sends is acknowledged silently."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return get_request_type(handler_input) == "Alexa.Presentation.APL.UserEvent"

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = screen.touched_turn(getattr(handler_input.request_envelope.request, "arguments", None))
        if turn is None:
            return silent_response(handler_input)
        return respond(handler_input, turn(conversation_for(handler_input), current_state(handler_input)))


class SessionEndedRequestHandler(AbstractRequestHandler):
    """The session closed (user exit, timeout, error): log why; Alexa allows no speech here."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return get_request_type(handler_input) == "SessionEndedRequest"

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        reason = getattr(getattr(request, "reason", None), "value", None)
        error = getattr(request, "error", None)
        log.info("session ended: reason=%s error_type=%s", reason,
                 getattr(getattr(error, "object_type", None), "value", None))
        return silent_response(handler_input)


class CatchAllExceptionHandler(AbstractExceptionHandler):
    """Anything that went wrong in a handler: apologise, keep the session open, log the error."""

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        request_id = getattr(handler_input.request_envelope.request, "request_id", None)
        log_failure(log, f"handler failed for request {request_id}", exception)
        conversation = _conversation(DEFAULT_LOCALE)
        try:
            conversation = conversation_for(handler_input)
            state = current_state(handler_input)
        except Exception:  # the request itself may be what is broken; fall back to a fresh state
            state = State()
        return respond(handler_input, conversation.error(state))


REQUEST_HANDLERS: tuple[AbstractRequestHandler, ...] = (
    LaunchRequestHandler(),
    WarningSignHandler(),   # before every intent handler: a warning sign is answered first
    TopicIntentHandler(),
    SlotIntentHandler(),
    BuiltInIntentHandler(),
    UnknownIntentHandler(),
    ScreenTouchHandler(),
    SessionEndedRequestHandler(),
    *EVENT_HANDLERS,  # CanFulfillIntentRequest, Alexa's events, and anything else (declined); last
)
