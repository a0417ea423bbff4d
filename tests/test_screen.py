"""Screens: on a device with APL every answer also renders (one document, fed by a datasource); a touch is
answered like the spoken request it stands for; devices without APL get the card only.

Everything goes through `skill.lambda_handler`, as Alexa calls it, and is judged on the response JSON.
"""
from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import ResponseEnvelope

from skill import lambda_handler
from skill.content import load_content
from skill.screen import DOCUMENT_FILE
from skill.topics import TOPICS
from tests.alexa import Session, envelope, slot, speech, topic
from tests.response_checks import response_problems

RENDER = "Alexa.Presentation.APL.RenderDocument"
CONTENT = load_content("en-US")
DOCUMENT = json.loads(DOCUMENT_FILE.read_text(encoding="utf-8"))


def rendered(response: dict[str, Any]) -> dict[str, Any]:
    """The one RenderDocument directive of *response* (asserting it is there, whole and acceptable)."""
    assert response_problems(response) == []
    DefaultSerializer().deserialize(json.dumps(response), ResponseEnvelope)  # a response ask-sdk-model reads
    directives = response["response"].get("directives") or []
    assert [d["type"] for d in directives] == [RENDER]
    directive = directives[0]
    assert directive["token"] == "backpain-guide-answer"
    assert directive["document"] == DOCUMENT
    return directive["datasources"]["answer"]


def every_answer() -> list[tuple[str, str, dict[str, Any]]]:
    """(test id, intent, slots) for every topic, and for every named treatment, medication and sign."""
    cases = []
    for t in TOPICS:
        cases.append((t.id, t.intent, {}))
        for detail in CONTENT.topics[t.id].details:
            cases.append((f"{t.id}-{detail}", t.intent, {t.slot: slot(t.slot, detail, detail)}))
    return cases


@pytest.mark.parametrize("intent, slots", [c[1:] for c in every_answer()], ids=[c[0] for c in every_answer()])
def test_every_answer_renders_on_a_screen(intent: str, slots: dict[str, Any]) -> None:
    response = Session(screen=True).intent(intent, **slots)
    answer = rendered(response)
    card = response["response"]["card"]
    assert (answer["title"], answer["text"]) == (card["title"], card["content"])  # the answer, as written
    assert answer["topic"] == topic(response)
    assert answer["warning"] is (topic(response) == "red_flags")
    labels = [b["label"] for b in answer["topics"]]
    assert len(labels) == len(set(labels)) and all(labels)
    assert answer["hasTopics"] is bool(answer["topics"])


def test_the_offer_the_skill_speaks_is_the_first_button() -> None:
    response = Session(screen=True).intent("CausesIntent")
    answer = rendered(response)
    assert speech(response).endswith("Would you like to hear about how physical therapy helps?</speak>")
    assert answer["hasOffer"] is True
    assert answer["offer"] == {"label": "Yes, tell me about how physical therapy helps", "action": "yes", "topic": ""}
    # Then the warning signs, always one touch away, and other topics; never the one on screen or offered.
    assert answer["topics"][0] == {"label": "The warning signs to act on", "action": "topic",
                                   "topic": "red_flags"}
    shown = {b["topic"] for b in answer["topics"]}
    assert len(shown) == 4 and not shown & {"causes", "pt_benefits"}


def test_the_next_part_of_the_same_answer_is_offered_as_more() -> None:
    answer = rendered(Session(screen=True).intent("PtNotWorkingIntent"))
    assert answer["offer"]["label"] == "Yes, tell me more"


def test_warning_signs_have_their_own_style_and_offer_no_other_topic() -> None:
    answer = rendered(Session(screen=True).intent("RedFlagsIntent", symptom=slot("symptom", "numb groin",
                                                                                    "saddle_numbness")))
    assert answer["warning"] is True
    assert (answer["hasTopics"], answer["topics"]) == (False, [])


@pytest.mark.parametrize("request_", [
    {"type": "LaunchRequest"},
    {"type": "IntentRequest", "intent": {"name": "AMAZON.HelpIntent"}},
    {"type": "IntentRequest", "intent": {"name": "AMAZON.FallbackIntent"}},
], ids=["launch", "help", "fallback"])
def test_replies_without_a_card_show_what_is_said(request_: dict[str, Any]) -> None:
    response = Session(screen=True).send(request_)
    answer = rendered(response)
    assert "card" not in response["response"]
    assert answer["title"] == "Back Pain Guide"
    assert answer["text"] == response["sessionAttributes"]["last"]["speech"]  # the reply's speech, as text
    assert answer["hasOffer"] is False


def test_a_device_without_apl_gets_the_card_and_no_directive() -> None:
    response = Session(screen=False).intent("CausesIntent")
    assert response_problems(response) == []
    assert "directives" not in response["response"]
    assert response["response"]["card"]["title"] == "What causes lower back pain"


def test_a_closing_reply_leaves_the_screen_to_the_device() -> None:
    response = Session(screen=True).intent("AMAZON.StopIntent")
    assert response["response"]["shouldEndSession"] is True
    assert "directives" not in response["response"]


@pytest.mark.parametrize("request_type", ["SessionEndedRequest", "CanFulfillIntentRequest", "Display.ElementSelected"])
def test_requests_that_allow_no_speech_render_nothing_on_a_screen_either(request_type: str) -> None:
    response = lambda_handler(envelope({"type": request_type, "intent": {"name": "SurgeryIntent"}}, new=False,
                                       attributes={}, screen=True))
    assert response_problems(response) == []
    assert "directives" not in response["response"]


# -- touches ------------------------------------------------------------------------------------------

def test_touching_the_offer_is_saying_yes() -> None:
    by_voice, by_touch = Session(screen=True), Session(screen=True)
    by_voice.intent("CausesIntent")
    by_touch.intent("CausesIntent")
    spoken, touched = by_voice.intent("AMAZON.YesIntent"), by_touch.touch("yes", "")
    assert topic(touched) == "pt_benefits"
    assert touched["response"]["outputSpeech"] == spoken["response"]["outputSpeech"]
    assert touched["response"]["reprompt"] == spoken["response"]["reprompt"]
    assert rendered(touched) == rendered(spoken)
    assert touched["sessionAttributes"] == spoken["sessionAttributes"]


@pytest.mark.parametrize("t", TOPICS, ids=lambda t: t.id)
def test_touching_a_topic_is_asking_about_it(t) -> None:
    by_voice, by_touch = Session(screen=True), Session(screen=True)
    spoken = by_voice.intent(t.intent)
    touched = by_touch.touch("topic", t.id)
    assert topic(touched) == t.id
    assert touched["response"]["outputSpeech"] == spoken["response"]["outputSpeech"]
    assert rendered(touched) == rendered(spoken)


@pytest.mark.parametrize("arguments", [[], ["pressed"], ["topic", "astrology"], ["topic"], [7, None], ["Yes"]],
                         ids=["none", "foreign", "unknown-topic", "no-topic", "odd-types", "wrong-case"])
def test_a_touch_no_button_of_ours_sends_is_acknowledged_silently(arguments: list[Any]) -> None:
    session = Session(screen=True)
    session.intent("SurgeryIntent")
    before = session.attributes
    response = session.touch(*arguments)
    assert response_problems(response) == []
    assert response["response"] == {}
    assert response["sessionAttributes"] == {**before, "turn_topic": None}


def test_a_touch_outside_a_session_is_answered_too() -> None:
    event = envelope({"type": "Alexa.Presentation.APL.UserEvent", "token": "backpain-guide-answer",
                      "arguments": ["topic", "surgery"]}, new=True, attributes=None, screen=True)
    del event["session"]
    response = lambda_handler(event)
    assert "surgery" in speech(response).lower()
    rendered(response)


# -- readable from across the room --------------------------------------------------------------------

#: Screens the manifest declares, in dp, as APL's viewport object describes them.
VIEWPORTS = {
    "Echo Spot (round)": {"width": 480, "height": 480, "shape": "round", "mode": "hub"},
    "Echo Show 5": {"width": 960, "height": 480, "shape": "rectangle", "mode": "hub"},
    "Echo Show": {"width": 1024, "height": 600, "shape": "rectangle", "mode": "hub"},
    "Echo Show 8": {"width": 1280, "height": 800, "shape": "rectangle", "mode": "hub"},
    "Echo Show 15": {"width": 1920, "height": 1080, "shape": "rectangle", "mode": "hub"},
    "Fire TV": {"width": 960, "height": 540, "shape": "rectangle", "mode": "tv"},
}


def holds(condition: str, viewport: dict[str, Any]) -> bool:
    """Evaluate one of the document's `when` conditions (comparisons, ||, && on viewport.*) for *viewport*."""
    expression = condition.strip()[2:-1].replace("||", " or ").replace("&&", " and ")
    return bool(eval(expression, {"__builtins__": {}}, {"viewport": type("Viewport", (), viewport)}))  # noqa: S307


def dimensions(viewport: dict[str, Any]) -> dict[str, float]:
    """The document's dimensions on *viewport*: later resource blocks that apply win, as in APL."""
    sizes: dict[str, float] = {}
    for block in DOCUMENT["resources"]:
        if "when" not in block or holds(block["when"], viewport):
            sizes.update({name: float(value.removesuffix("dp")) for name, value in block.get("dimensions", {}).items()})
    return sizes


@pytest.mark.parametrize("name", VIEWPORTS)
def test_text_stays_readable_on_every_declared_screen(name: str) -> None:
    viewport = VIEWPORTS[name]
    sizes = dimensions(viewport)
    assert sizes["bodySize"] >= 24 and sizes["buttonSize"] >= 22 and sizes["titleSize"] > sizes["bodySize"]
    # A body line still holds a readable number of words: at most about 60 characters at 0.5 em each.
    line = viewport["width"] - 2 * sizes["pagePadding"]
    assert line / (sizes["bodySize"] * 0.5) >= 25


def test_bigger_screens_get_bigger_type_and_a_tv_the_largest_for_its_size() -> None:
    body = {name: dimensions(v)["bodySize"] for name, v in VIEWPORTS.items()}
    assert body["Echo Spot (round)"] == body["Echo Show 5"] < body["Echo Show"] == body["Echo Show 8"] < body["Echo Show 15"]
    relative = {name: body[name] / VIEWPORTS[name]["height"] for name in VIEWPORTS}
    assert max(relative, key=relative.get) == "Fire TV"


def test_a_voice_only_cold_start_neither_reads_the_document_nor_loads_the_apl_model() -> None:
    script = """
import json, sys
from skill import lambda_handler
from tests.alexa import envelope
lambda_handler(envelope({"type": "IntentRequest", "intent": {"name": "CausesIntent"}}, new=True, attributes=None))
import skill.screen
print(json.dumps({"apl": sorted(m for m in sys.modules if m.startswith("ask_sdk_model.interfaces.alexa.presentation.apl")),
                  "read": skill.screen.document.cache_info().currsize}))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(result.stdout) == {"apl": [], "read": 0}
