"""Every request Alexa can send besides launch, intents and session end: answered or declined cleanly.

CanFulfillIntentRequest is answered honestly, so Alexa can route name-free questions
("Alexa, does acupuncture help back pain?") to this skill. Everything else here is an event the
skill never asks for (it plays no audio, renders no Display template, starts no Connections task,
sends no skill messages; of APL's events only a touch, Alexa.Presentation.APL.UserEvent, means
something, and skill.handlers answers it before these handlers see it); Alexa forbids speech in answer
to most of them, so all get an empty response, which acknowledges the event and changes nothing.
"""
from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_request_type
from ask_sdk_model import Intent, Response
from ask_sdk_model.canfulfill import (
    CanFulfillIntent, CanFulfillIntentValues, CanFulfillSlot, CanFulfillSlotValues, CanUnderstandSlotValues,
)

from skill.content import load_content
from skill.locales import DEFAULT_LOCALE, served_locales
from skill.slots import slot_resolution
from skill.state import State
from skill.topics import TOPIC_BY_INTENT, Topic

log = logging.getLogger(__name__)

#: How close (rapidfuzz ratio, 0-100) an unresolved slot value must be to a value or synonym of its
#: slot type for the skill to say it MAYBE understands it (Amazon: "a variation or a fuzzy match may exist").
FUZZY_UNDERSTAND_SCORE = 80

#: Request types (or prefixes of them) for events the skill never solicits, acknowledged silently.
SILENT_EVENTS: tuple[str, ...] = (
    "Alexa.Presentation.",          # APL runtime errors, APLA and HTML events (touches are answered earlier)
    "Display.",                     # Display.ElementSelected: the skill shows no Display templates
    "AudioPlayer.",                 # playback progress: the skill plays no audio
    "PlaybackController.",          # hardware media buttons: nothing is playing
    "Connections.Response",         # the result of a task the skill never starts
    "Messaging.MessageReceived",    # out-of-session message: no user is listening
)

#: The longest request type written to the log (the type of an unknown request is whatever a client sent).
MAX_LOGGED_TYPE = 80


def silent_response(handler_input: HandlerInput) -> Response:
    """An empty response. In a session the conversation state carries on, but only the skill's own
    attributes, read as the handlers read them: never echo foreign or oversized ones back to Alexa."""
    if handler_input.request_envelope.session is not None:
        state = State.from_attributes(handler_input.attributes_manager.session_attributes)
        handler_input.attributes_manager.session_attributes = state.to_attributes(None)
    return handler_input.response_builder.response


# -- CanFulfillIntentRequest ------------------------------------------------------------------------

def slot_vocabulary(intent_name: str, slot_name: str) -> tuple[str, ...]:
    """Every value and synonym the interaction model lists for one slot of one intent (empty if none)."""
    from interaction_model.model import load  # the parser is needed only for CanFulfillIntentRequest

    return load().vocabulary(intent_name, slot_name)


def judge_slot(topic: Topic, slot_name: str, intent: Intent, locale: str) -> CanFulfillSlot | None:
    """Can the skill understand and fulfill this slot's value? None for an empty slot (nothing to judge).

    Understand: YES on an entity-resolution match, MAYBE if the value is close to one the model lists,
    NO otherwise. Fulfill: YES only if the answer will address this very value, as the intent handler
    would: a matched id with its own detail in the content, or any match for a topic without details
    (every warning sign gets the red-flags answer).
    """
    resolved_id, heard = slot_resolution(intent, slot_name)
    if heard is None:
        return None
    if slot_name != topic.slot:
        return CanFulfillSlot(CanUnderstandSlotValues.NO, CanFulfillSlotValues.NO)
    if resolved_id is None:
        # Imported here: only CanFulfill requests with an unresolved value need it, and the import
        # would otherwise be paid on every Lambda cold start.
        from rapidfuzz import fuzz, process, utils

        close = process.extractOne(heard, slot_vocabulary(topic.intent, slot_name), scorer=fuzz.ratio,
                                   processor=utils.default_process, score_cutoff=FUZZY_UNDERSTAND_SCORE)
        understood = CanUnderstandSlotValues.MAYBE if close else CanUnderstandSlotValues.NO
        return CanFulfillSlot(understood, CanFulfillSlotValues.NO)
    details = load_content(locale).topics[topic.id].details
    covered = not details or resolved_id in details
    return CanFulfillSlot(CanUnderstandSlotValues.YES, CanFulfillSlotValues.YES if covered else CanFulfillSlotValues.NO)


def can_fulfill(intent: Intent | None, locale: str | None) -> CanFulfillIntent:
    """The honest answer to a CanFulfillIntentRequest, by Amazon's definitions.

    YES: one of our topic intents, every slot with a value understood and fulfilled (empty slots are
    fine: the topic's general answer is exactly what was asked). NO: not our intent, a locale the skill
    is not published in, or a slot value the skill does not understand. MAYBE: the slot is understood
    at best partly; the skill would answer the topic in general and the user can go on from there.
    """
    locale = locale or DEFAULT_LOCALE
    topic = TOPIC_BY_INTENT.get(getattr(intent, "name", None))  # type: ignore[arg-type]
    if topic is None or locale not in served_locales():
        return CanFulfillIntent(can_fulfill=CanFulfillIntentValues.NO)
    slots = getattr(intent, "slots", None)
    names = [name for name in slots if isinstance(name, str)] if isinstance(slots, dict) else []
    verdicts = {name: verdict for name in names if (verdict := judge_slot(topic, name, intent, locale))}
    understood = [v.can_understand for v in verdicts.values()]
    fulfilled = [v.can_fulfill for v in verdicts.values()]
    if CanUnderstandSlotValues.NO in understood:
        overall = CanFulfillIntentValues.NO
    elif all(u is CanUnderstandSlotValues.YES for u in understood) and all(
            f is CanFulfillSlotValues.YES for f in fulfilled):
        overall = CanFulfillIntentValues.YES
    else:
        overall = CanFulfillIntentValues.MAYBE
    return CanFulfillIntent(can_fulfill=overall, slots=verdicts or None)


class CanFulfillIntentHandler(AbstractRequestHandler):
    """Name-free routing: say whether the skill can answer, and nothing else (no speech, no state)."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return get_request_type(handler_input) == "CanFulfillIntentRequest"

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        verdict = can_fulfill(getattr(request, "intent", None), getattr(request, "locale", None))
        log.info("can fulfill request id=%s intent=%s answer=%s", getattr(request, "request_id", None),
                 getattr(getattr(request, "intent", None), "name", None), verdict.can_fulfill.value)
        handler_input.response_builder.set_can_fulfill_intent(verdict)
        return silent_response(handler_input)


# -- events ------------------------------------------------------------------------------------------

class ExceptionEncounteredHandler(AbstractRequestHandler):
    """Alexa could not use the skill's last response. No response is allowed; log the error type.

    The error message is not logged: it may quote the response, which can echo what the user said.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return get_request_type(handler_input) == "System.ExceptionEncountered"

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        error_type = getattr(getattr(getattr(request, "error", None), "object_type", None), "value", None)
        cause = getattr(getattr(request, "cause", None), "request_id", None)
        log.error("Alexa rejected the response to request %s: error_type=%s", cause, error_type)
        return silent_response(handler_input)


class SilentEventHandler(AbstractRequestHandler):
    """Events from interfaces the skill does not use (SILENT_EVENTS): acknowledged with an empty response."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return get_request_type(handler_input).startswith(SILENT_EVENTS)

    def handle(self, handler_input: HandlerInput) -> Response:
        return silent_response(handler_input)


class UnknownRequestHandler(AbstractRequestHandler):
    """Any other request type (a new Alexa feature, or a client's invention): declined with an empty response.

    Registered last, so it only sees what no other handler takes.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return True

    def handle(self, handler_input: HandlerInput) -> Response:
        log.warning("declined request type %r", get_request_type(handler_input)[:MAX_LOGGED_TYPE])
        return silent_response(handler_input)


#: In dispatch order; UnknownRequestHandler must stay last.
EVENT_HANDLERS: tuple[AbstractRequestHandler, ...] = (
    CanFulfillIntentHandler(),
    ExceptionEncounteredHandler(),
    SilentEventHandler(),
    UnknownRequestHandler(),
)
