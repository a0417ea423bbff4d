"""The content file and the SSML made from it: well-formed, Alexa-safe, and sized for the ear."""
from __future__ import annotations

import json

import pytest

from interaction_model import load_document
from skill.content import ContentError, load_content, load_content_file, parse_content
from skill.conversation import Conversation
from skill.handlers import BUILT_IN_TURNS
from skill.ssml import MAX_SSML_CHARS, Renderer, ssml_problems
from skill.state import Place, State
from skill.topics import TOPIC_BY_INTENT

CONTENT = load_content("en-US")
ANSWERS = [(t.id, None, t.answer) for t in CONTENT.topics.values()] + [
    (t.id, key, detail) for t in CONTENT.topics.values() for key, detail in t.details.items()]


@pytest.mark.parametrize("topic_id, detail, answer", ANSWERS, ids=lambda v: v if isinstance(v, str) else "")
def test_every_answer_part_is_one_or_two_breaths(topic_id, detail, answer):
    for part in answer.parts:
        assert 35 <= len(part.split()) <= 90, (topic_id, detail, part)


@pytest.mark.parametrize("topic_id, detail, answer", ANSWERS, ids=lambda v: v if isinstance(v, str) else "")
def test_every_rendered_answer_is_valid_alexa_ssml(topic_id, detail, answer):
    conversation = Conversation(CONTENT, "en-US")
    for part in range(len(answer.parts)):
        reply = conversation.answer(State(), Place(topic_id, part, detail))
        assert ssml_problems(reply.ssml) == []
        assert ssml_problems(reply.reprompt_ssml) == []
        assert "{" not in reply.speech and "{" not in reply.card.text


def test_the_article_slip_about_a_heavy_desk_is_not_repeated():
    everything = " ".join(p for _, _, a in ANSWERS for p in a.parts + (a.card.text,))
    assert "heavy of a desk" not in everything and "too heavy" not in everything


def test_text_is_escaped_so_ampersands_and_angle_brackets_cannot_break_the_xml():
    ssml = Renderer().ssml(["Heat & ice <not> both", "R&D"])
    assert ssml_problems(ssml) == []
    assert "Heat &amp; ice &lt;not&gt; both" in ssml


def test_pronunciation_hints_wrap_whole_words_only():
    render = Renderer({"NSAIDs": "en-seds", "NSAID": "en-sed"})
    ssml = render.ssml(["NSAIDs and an NSAID, not NSAIDsX"])
    assert ssml.count("<sub ") == 2 and "NSAIDsX" in ssml
    assert ssml_problems(ssml) == []


def test_plain_speech_fills_the_emergency_number():
    assert Renderer(emergency_number="999").plain(["call {emergency_number} now"]) == "call 999 now"


@pytest.mark.parametrize("bad, problem", [
    ("<speak>unclosed <s>sentence</speak>", "not well-formed"),
    ("<speak><blink>x</blink></speak>", "<blink> is not supported"),
    ("<voice>x</voice>", "root element"),
    ("<speak>" + "a" * MAX_SSML_CHARS + "</speak>", "characters"),
])
def test_ssml_problems_are_reported(bad, problem):
    assert any(problem in p for p in ssml_problems(bad))


def test_amazon_namespaced_tags_are_accepted():
    assert ssml_problems('<speak><amazon:effect name="whispered">hi</amazon:effect></speak>') == []


def test_every_intent_in_the_model_has_a_handler():
    intents = {i["name"] for i in load_document()["interactionModel"]["languageModel"]["intents"]}
    assert intents == set(TOPIC_BY_INTENT) | set(BUILT_IN_TURNS)


def test_a_broken_content_file_is_reported_with_its_name_and_key(tmp_path):
    path = tmp_path / "en.json"
    path.write_text('{"topics": {"overview": {"name": "x"}}}', encoding="utf-8")
    with pytest.raises(ContentError, match=r"en.json.topics: missing topics"):
        load_content_file(path)
    path.write_text('{"topics": [unclosed', encoding="utf-8")
    with pytest.raises(ContentError, match=r"not valid JSON \(line 1"):
        load_content_file(path)
    with pytest.raises(ContentError, match="cannot read"):
        load_content_file(tmp_path / "missing.json")


def test_a_follow_up_must_name_another_topic(tmp_path):
    data = json.loads(CONTENT.path.read_text(encoding="utf-8"))
    data["topics"]["surgery"]["follow_up"] = "surgery"
    with pytest.raises(ContentError, match="topics.surgery.follow_up"):
        parse_content(data, tmp_path / "en.json")
