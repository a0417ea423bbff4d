"""Hypothesis strategies for Alexa request envelopes: plausible ones, odd ones and broken ones.

`envelopes()` builds an envelope from realistic parts (request types, intents and slot values from the
interaction model, session attributes the skill itself wrote) mixed with hostile parts (empty, huge,
unicode and control-character strings, wrong types, foreign attributes, odd locales); `mutated()`
then deletes, replaces or adds fields anywhere in it.
"""
from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

from interaction_model import load_document
from skill.topics import BUILT_IN_INTENTS, TOPICS
from tests.alexa import Session, slot

_LANGUAGE_MODEL = load_document()["interactionModel"]["languageModel"]
SLOT_NAMES = sorted({s["name"] for i in _LANGUAGE_MODEL["intents"] for s in i.get("slots", [])})
SLOT_IDS = sorted({v.get("id") or v["name"]["value"] for t in _LANGUAGE_MODEL["types"] for v in t["values"]})
SLOT_WORDS = sorted({w for t in _LANGUAGE_MODEL["types"] for v in t["values"]
                     for w in [v["name"]["value"], *v["name"].get("synonyms", [])]})
INTENTS = [t.intent for t in TOPICS] + list(BUILT_IN_INTENTS)

REQUEST_TYPES = [
    "LaunchRequest", "IntentRequest", "SessionEndedRequest", "CanFulfillIntentRequest",
    "System.ExceptionEncountered", "Alexa.Presentation.APL.UserEvent", "Display.ElementSelected",
    "AudioPlayer.PlaybackStarted", "AudioPlayer.PlaybackFailed", "PlaybackController.NextCommandIssued",
    "Connections.Response", "Messaging.MessageReceived", "SessionResumedRequest", "Dialog.InputRequest",
]
ODD_LOCALES = ["en-US", "en-GB", "en-IN", "en-AU", "en-CA", "en-NZ", "de-DE", "ja-JP", "ar-SA", "EN-us", "en_US",
               "en", "e", "", "xx-YY", "../../etc/passwd", "en-US\n", "zh-Hans-CN", "🙂"]
HOSTILE_WORDS = ["", " ", "\t\n", "tai chi", "ヨガ", "йога", "يوغا", "🧘🧘‍♀️", "<speak>", "</speak>", "&amp;", "]]>",
                 "\x00", "\x07bell", "\ufffe", "\u202eevil", "{value}", "{0}", "%s%s", "' OR 1=1 --",
                 "a" * 300, "yoga " * 50]

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)

#: Strings as a person, a device or an attacker might send them.
texts = st.one_of(
    st.text(max_size=30),
    st.sampled_from(HOSTILE_WORDS),
    st.sampled_from(SLOT_WORDS),
    st.builds(lambda c, n: c * n, st.sampled_from(["a", "é", "語", "🙂", "<", "&", " "]), st.integers(1000, 30000)),
)


def _resolution(code: str, ids: list[Any]) -> dict[str, Any]:
    return {"authority": "amzn1.er-authority.echo-sdk.x.T", "status": {"code": code},
            "values": [{"value": {"name": "n", "id": i}} for i in ids]}


resolutions = st.builds(
    lambda authorities: {"resolutionsPerAuthority": authorities},
    st.lists(st.builds(
        _resolution,
        st.sampled_from(["ER_SUCCESS_MATCH", "ER_SUCCESS_NO_MATCH", "ER_ERROR_TIMEOUT", "ER_ERROR_EXCEPTION", "X"]),
        st.lists(st.sampled_from(SLOT_IDS) | texts | json_scalars, max_size=2),
    ), max_size=2),
)

slots = st.fixed_dictionaries(
    {"name": st.sampled_from(SLOT_NAMES) | texts},
    optional={"value": texts | texts | json_scalars, "resolutions": resolutions,
              "confirmationStatus": st.sampled_from(["NONE", "CONFIRMED", "DENIED"])},
)


def _real_attributes() -> list[dict[str, Any]]:
    """Session attributes the skill itself wrote, over a short conversation."""
    session, seen = Session(), []
    session.launch()
    for name, slot_args in [("PtNotWorkingIntent", None), ("AMAZON.NextIntent", None), ("AMAZON.YesIntent", None),
                            ("AlternativesIntent", ("treatment", "yoga", "yoga")), ("AMAZON.RepeatIntent", None),
                            ("RedFlagsIntent", ("symptom", "fever", "fever")), ("AMAZON.PreviousIntent", None)]:
        kwargs = {slot_args[0]: slot(*slot_args)} if slot_args else {}
        session.intent(name, **kwargs)
        seen.append(copy.deepcopy(session.attributes))
    return seen


REAL_ATTRIBUTES = _real_attributes()

session_attributes = st.one_of(
    st.none(),
    st.sampled_from(REAL_ATTRIBUTES).map(copy.deepcopy),
    st.dictionaries(st.sampled_from(["current", "offer", "position", "last", "turn_topic"]) | texts,
                    json_values, max_size=5),
    json_values,
)


def _topic_intent(topic: Any, filled: dict[str, Any]) -> dict[str, Any]:
    return {"name": topic.intent, "confirmationStatus": "NONE",
            "slots": {topic.slot: {**filled, "name": topic.slot}} if topic.slot else {}}


#: A topic intent with its own slot, as Alexa sends it, holding any value (the likeliest way in for text).
topic_intents = st.builds(_topic_intent, st.sampled_from([t for t in TOPICS if t.slot]), slots)
intents = st.one_of(
    topic_intents,
    st.fixed_dictionaries(
        {"name": st.sampled_from(INTENTS) | texts | json_scalars},
        optional={"slots": st.dictionaries(st.sampled_from(SLOT_NAMES) | texts, slots, max_size=3),
                  "confirmationStatus": st.sampled_from(["NONE", "DENIED"])}),
)

#: Questions about a topic, the requests that carry what people said.
topic_requests = st.fixed_dictionaries({
    "type": st.sampled_from(["IntentRequest", "CanFulfillIntentRequest"]),
    "requestId": st.just("amzn1.echo-api.request.1"),
    "locale": st.sampled_from(ODD_LOCALES),
    "intent": topic_intents,
})

any_requests = st.fixed_dictionaries(
    {"type": st.sampled_from(REQUEST_TYPES) | texts},
    optional={
        "requestId": texts, "timestamp": st.sampled_from(["2026-11-26T12:00:00Z", "", "yesterday", "9" * 30]) | texts,
        "locale": st.sampled_from(ODD_LOCALES) | texts | json_scalars,
        "intent": intents,
        "reason": st.sampled_from(["USER_INITIATED", "ERROR", "EXCEEDED_MAX_REPROMPTS"]) | texts,
        "error": st.fixed_dictionaries({"type": st.sampled_from(["INVALID_RESPONSE", "INTERNAL_SERVICE_ERROR"]) | texts,
                                        "message": texts}),
        "dialogState": st.sampled_from(["STARTED", "IN_PROGRESS", "COMPLETED"]),
        # A touch's SendEvent arguments: ours (the offer, a topic), near misses and anything at all.
        "arguments": st.lists(st.sampled_from(["yes", "topic", *(t.id for t in TOPICS)]) | texts | json_scalars,
                              max_size=3) | json_values,
    },
)
#: What devices list in supportedInterfaces: an Echo Show (APL), a speaker, or anything at all.
supported_interfaces = (st.just({"Alexa.Presentation.APL": {"runtime": {"maxVersion": "2024.2"}}})
                        | st.just({}) | json_values)
requests = topic_requests | any_requests


@st.composite
def envelopes(draw: st.DrawFn) -> dict[str, Any]:
    """A request envelope from plausible and hostile parts, with every field Alexa usually sends."""
    user = {"userId": draw(st.sampled_from(["amzn1.ask.account.T"]) | texts)}
    app = {"applicationId": "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"}
    envelope: dict[str, Any] = {"version": "1.0", "request": draw(requests)}
    if draw(st.booleans()):
        envelope["session"] = {"new": draw(st.booleans()), "sessionId": draw(texts), "application": app,
                               "attributes": draw(session_attributes), "user": user}
    if draw(st.booleans()):
        envelope["context"] = {"System": {"application": app, "user": user,
                                          "device": {"deviceId": "d", "supportedInterfaces": draw(supported_interfaces)},
                                          "apiEndpoint": "https://api.amazonalexa.com"}}
    return envelope


def _paths(node: Any, path: tuple = ()) -> list[tuple]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, path + (index,))
    return found


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[dict[str, Any]] | None = None) -> Any:
    """An envelope with up to three fields deleted, replaced by another JSON value, or added."""
    envelope = copy.deepcopy(draw(base or envelopes()))  # drawn values may be shared
    for _ in range(draw(st.integers(0, 3))):
        path = draw(st.sampled_from(_paths(envelope)))
        action = draw(st.sampled_from(["delete", "replace", "add"]))
        if not path:
            if action == "replace":
                envelope = draw(json_values)
            continue
        parent = envelope
        for key in path[:-1]:
            parent = parent[key]
        if action == "delete":
            del parent[path[-1]]
        elif action == "replace":
            parent[path[-1]] = draw(json_values)
        elif isinstance(parent[path[-1]], dict):
            parent[path[-1]][draw(texts)] = draw(json_values)
        if not isinstance(envelope, (dict, list)):
            break
    return envelope
