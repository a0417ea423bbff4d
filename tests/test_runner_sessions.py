"""Sessions across turns follow Alexa's rules: attributes carry over, an ended session is not
reused, invocations open the skill, "exit" and silence end the session with the right reason."""
from pathlib import Path

import pytest
import yaml

from local_runner.conversation import MAX_REPROMPTS, Reprompt
from runner_helpers import RecordingTransport, ScriptedSkill, make_conversation

#: Short conversations about someone else's back, written blind (tests/data, a development set).
SESSIONS = Path(__file__).parent / "data" / "sessions_dev233.yaml"


def requests(transport):
    return [(e["request"]["type"], e["request"].get("intent", {}).get("name")) for e in transport.sent]


def test_attributes_from_each_response_come_back_in_the_next_request():
    transport = RecordingTransport()
    conversation = make_conversation(transport)
    conversation.launch()
    conversation.say("what causes back pain")
    conversation.say("yes")
    first, second, third = transport.sent
    assert first["session"]["new"] is True and second["session"]["new"] is False
    assert first["session"]["sessionId"] == second["session"]["sessionId"] == third["session"]["sessionId"]
    assert second["session"]["attributes"] == transport.received[0]["sessionAttributes"]
    assert third["session"]["attributes"] == transport.received[1]["sessionAttributes"]


def test_an_ended_session_is_not_reused_and_the_next_question_is_a_one_shot():
    transport = RecordingTransport()
    conversation = make_conversation(transport)
    conversation.launch()
    stop = conversation.say("stop")
    assert stop.end_session and not conversation.session_open
    conversation.say("is surgery worth it")
    old, new = transport.sent[0]["session"], transport.sent[-1]["session"]
    assert new["new"] is True and new["sessionId"] != old["sessionId"] and new["attributes"] == {}
    assert requests(transport)[-1] == ("IntentRequest", "SurgeryIntent")


def test_a_plain_first_question_is_a_one_shot_intent_request_in_a_new_session():
    transport = RecordingTransport()
    turn = make_conversation(transport).say("what if physical therapy isn't working")
    assert requests(transport) == [("IntentRequest", "PtNotWorkingIntent")]
    assert transport.sent[0]["session"]["new"] is True
    assert turn.topic == "pt_not_working"


def test_invocation_phrases_open_the_skill_or_ask_it_directly():
    transport = RecordingTransport()
    conversation = make_conversation(transport)
    conversation.say("open back pain guide")
    conversation.forget_session()
    conversation.say("ask back pain guide what causes back pain")
    assert requests(transport) == [("LaunchRequest", None), ("IntentRequest", "CausesIntent")]
    assert all(e["session"]["new"] for e in transport.sent)


def test_exit_ends_an_open_session_with_user_initiated():
    transport = RecordingTransport()
    conversation = make_conversation(transport)
    conversation.launch()
    turn = conversation.say("Alexa, exit")
    ended = transport.sent[-1]["request"]
    assert (ended["type"], ended["reason"]) == ("SessionEndedRequest", "USER_INITIATED")
    assert transport.sent[-1]["session"]["sessionId"] == transport.sent[0]["session"]["sessionId"]
    assert turn.end_session and not conversation.session_open
    assert conversation.say("exit") is None  # nothing left to exit
    assert len(transport.sent) == 2


def test_silence_gets_the_reprompt_once_then_ends_the_session():
    assert MAX_REPROMPTS == 1  # Amazon: Alexa reprompts once, then closes the microphone
    transport = RecordingTransport()
    conversation = make_conversation(transport)
    launch = conversation.launch()
    outcomes = [conversation.silence() for _ in range(MAX_REPROMPTS)]
    assert all(isinstance(o, Reprompt) and o.text == launch.reprompt for o in outcomes)
    assert [o.count for o in outcomes] == [1]
    assert len(transport.sent) == 1  # reprompts are spoken by the device, not sent to the skill
    ended = conversation.silence()
    assert transport.sent[-1]["request"]["reason"] == "EXCEEDED_MAX_REPROMPTS"
    assert ended.end_session and not conversation.session_open
    assert conversation.silence() is None


def test_answering_resets_the_silence_count():
    conversation = make_conversation()
    conversation.launch()
    conversation.silence()
    conversation.silence()
    conversation.say("what causes back pain")
    assert isinstance(conversation.silence(), Reprompt)


def _answer(should_end):
    def script(envelope):
        response = {"outputSpeech": {"type": "PlainText", "text": "Hi"}}
        if should_end is not None:
            response["shouldEndSession"] = should_end
        return {"version": "1.0", "sessionAttributes": {"seen": True}, "response": response}
    return ScriptedSkill(script)


def test_should_end_session_true_ends_and_false_keeps_the_session_on_every_device():
    for device in ("speaker", "screen"):
        assert make_conversation(_answer(True), device=device).launch().end_session is True
        assert make_conversation(_answer(False), device=device).launch().end_session is False


def test_absent_should_end_session_ends_on_a_speaker_but_not_on_a_screen_device():
    assert make_conversation(_answer(None), device="speaker").launch().end_session is True
    assert make_conversation(_answer(None), device="screen").launch().end_session is False


def test_intent_with_slot_values_resolves_them_against_the_model():
    transport = RecordingTransport()
    turn = make_conversation(transport).intent("MedicationsIntent", {"medication": "Advil"})
    slot = transport.sent[0]["request"]["intent"]["slots"]["medication"]
    assert slot["resolutions"]["resolutionsPerAuthority"][0]["values"][0]["value"]["id"] == "nsaids"
    assert turn.slots == {"medication": {"value": "Advil", "id": "nsaids"}}
    assert turn.topic == "medications"


def test_a_question_kind_said_alone_follows_up_on_the_medicine_just_answered():
    conversation = make_conversation(None)
    conversation.say("does ibuprofen help")
    how_often = conversation.say("and how often")
    assert how_often.intent == "FollowUpIntent"
    assert "how often to take" in how_often.speech
    assert "how often to take that" not in how_often.speech     # it names the medicine, not "that"
    risks = conversation.say("what about the side effects")
    assert "side effects of" in risks.speech and "pharmacist" in risks.speech


# Whose back: a warning sign about someone else needs their back trouble told; told earlier in
# the same session counts ("my dad's back ...", then "he fell off a ladder").
@pytest.mark.parametrize("earlier, later, sign", [
    ("my dad's back has been bad for months and physio isn't helping", "he fell off a ladder last week", "trauma"),
    ("my wife's back has been killing her since christmas", "she's had a fever for two days", "fever"),
    ("my mum's lower back pain isn't getting better with physio", "my mum had a kidney infection right before it started",
     "infection"),
])
def test_a_sign_about_someone_whose_back_trouble_was_told_earlier_gets_the_warning(earlier, later, sign):
    conversation = make_conversation()
    conversation.say(earlier)
    turn = conversation.say(later)
    assert turn.topic == "red_flags" and turn.slots["symptom"]["id"] == sign


@pytest.mark.parametrize("earlier, later", [
    ("my dad's back has been bad for months", "my son has a temperature so i missed physio"),   # someone new
    ("my back has been bad for months", "my son has a fever so i missed physio"),              # the back told is mine
    ("my husband's back is fine, it's mine that hurts", "he's had a fever all week"),          # his back is fine
])
def test_a_sign_about_someone_else_with_no_back_trouble_told_for_them_gets_no_warning(earlier, later):
    conversation = make_conversation()
    conversation.say(earlier)
    assert conversation.say(later).topic != "red_flags"


def test_what_was_said_in_an_earlier_session_tells_nothing_about_the_next():
    conversation = make_conversation()
    conversation.say("my dad's back has been bad for months and physio isn't helping")
    conversation.say("stop")
    assert conversation.say("he fell off a ladder last week").topic != "red_flags"


def _warnings(conversation, turns):
    """The sign each turn was warned about (None: no warning), all turns in one session."""
    conversation.forget_session()
    out = []
    for said in turns:
        turn = conversation.say(said)
        out.append(turn.slots.get("symptom", {}).get("id") or "listed" if turn.topic == "red_flags" else None)
    return out


@pytest.fixture(scope="module")
def sessions():
    conversation = make_conversation()
    data = yaml.safe_load(SESSIONS.read_text(encoding="utf-8"))["conversations"]
    return [(c, _warnings(conversation, c["turns"])) for c in data]


def test_a_sign_told_in_a_later_turn_is_caught_at_that_turn(sessions):
    needed = [(c, got) for c, got in sessions if c["warn_at"] is not None]
    caught = [c for c, got in needed if next((i for i, g in enumerate(got) if g), None) == c["warn_at"]]
    assert len(needed) >= 60 and len(caught) / len(needed) >= 0.95


def test_knowing_whose_back_raises_no_alarm_the_turn_alone_would_not(sessions):
    conversation = make_conversation()
    added = [(c["turns"], i) for c, got in sessions if c["warn_at"] is None
             for i, g in enumerate(got) if g and not _warnings(conversation, [c["turns"][i]])[0]]
    assert added == []
