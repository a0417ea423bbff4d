"""The runner's screen device: it shows what the screen would show, and can touch it (chat, dialog files)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from local_runner.dialog_format import parse_dialogs
from local_runner.dialogs import run_test
from local_runner.envelopes import check_envelope
from runner_helpers import RecordingTransport, make_conversation, run_cli


def test_ask_json_on_a_screen_device_says_what_the_screen_shows() -> None:
    result = run_cli("ask", "--json", "--device", "screen", "what causes lower back pain")
    assert result.returncode == 0, result.stderr
    screen = json.loads(result.stdout)["screen"]
    assert screen["title"] == "What causes lower back pain" and screen["warning"] is False
    assert screen["buttons"][:2] == ["Yes, tell me about how physical therapy helps",
                                     "The warning signs to act on"]


def test_a_voice_only_speaker_shows_no_screen() -> None:
    result = run_cli("ask", "--json", "what causes lower back pain")
    assert json.loads(result.stdout)["screen"] is None


def test_the_transcript_prints_the_screen_with_numbered_buttons() -> None:
    result = run_cli("ask", "--no-voice", "--device", "screen", "what are the warning signs")
    out = result.stdout
    assert re.search(r"screen:\s+!! Warning signs !!", out)
    assert re.search(r"^\s+\[1\] Yes, tell me more", out, re.MULTILINE)
    assert not re.search(r"^\s+\[2\]", out, re.MULTILINE), "a warning screen offers no other topics"


def test_chat_touch_presses_a_button_and_says_what_it_sent() -> None:
    result = run_cli("chat", "--no-voice", "--device", "screen", "what causes lower back pain",
                     stdin="/touch 1\n/touch 9\n/touch one\n/quit\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Alexa.Presentation.APL.UserEvent (a touch; arguments ['yes', ''])" in out
    assert re.search(r"screen:\s+How physical therapy helps", out)
    assert "the screen has no button 9; it shows buttons 1 to 5" in out
    assert 'usage: /touch N, where N is a button number shown under "screen:"' in out


def test_chat_touch_on_a_speaker_explains_there_is_no_screen() -> None:
    out = run_cli("chat", "--no-voice", "what causes lower back pain", stdin="/touch 1\n/quit\n").stdout
    assert "nothing is on the screen to touch (use --device screen" in out


def test_a_touch_is_a_faithful_user_event_and_the_next_request_says_what_is_on_screen() -> None:
    transport = RecordingTransport()
    conversation = make_conversation(transport, device="screen")
    conversation.say("what causes lower back pain")
    turn = conversation.touch(2)
    event = transport.sent[-1]
    check_envelope(event)  # deserializes into ask-sdk-model and back, key for key
    assert event["request"]["type"] == "Alexa.Presentation.APL.UserEvent"
    assert event["request"]["arguments"] == ["topic", "red_flags"]
    assert event["request"]["token"] == event["context"]["Alexa.Presentation.APL"]["token"] == "backpain-guide-answer"
    assert turn.topic == "red_flags" and turn.utterance == "touch 2"
    conversation.say("stop")
    assert transport.sent[-1]["context"]["Alexa.Presentation.APL"]["token"] == "backpain-guide-answer"


DIALOG = """
---
configuration:
  device: screen
---
- test: touching a button that is not there
- is surgery worth it:
  - topic: surgery
- touch 9
"""


def test_a_dialog_touch_of_a_missing_button_fails_with_the_reason() -> None:
    dialog = parse_dialogs(DIALOG, Path("touch.yml"))
    outcome = run_test(make_conversation(device="screen"), dialog, dialog.tests[0])
    assert "touch.yml:9" in outcome.failure  # the line of `- touch 9`
    assert "could not run it: the screen has no button 9; it shows buttons 1 to 5" in outcome.failure


def test_a_dialog_touch_without_a_screen_fails_with_the_reason() -> None:
    dialog = parse_dialogs(DIALOG.replace("device: screen", "device: speaker"), Path("touch.yml"))
    outcome = run_test(make_conversation(device="speaker"), dialog, dialog.tests[0])
    assert "could not run it: nothing is on the screen to touch" in outcome.failure
