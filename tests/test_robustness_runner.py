"""The local runner with hostile input: whatever is typed or piped in, it answers in text, never a traceback.

Broken or missing model files (exit 2 naming the file) and a missing TTS engine or audio device (text
fallback) have their own tests in test_runner_ask.py and test_runner_voice.py; this file covers what
a user can feed the runner: empty lines, huge lines, control characters, emoji, other scripts, bytes.
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skill.ssml import ssml_problems
from tests.runner_helpers import make_conversation, run_cli

HOSTILE_LINES = [
    "does yoga help " * 700,                   # over 10,000 characters
    "tai\x00chi", "does yoga\x00help",          # NUL: the NLU's own placeholder marker
    "a\x07b\x1b[31mred\x1b[0m\x08\x7f",         # bell, an ANSI escape, backspace, delete
    "🙂🙂 does yoga help 🧘‍♀️", "💥" * 500,
    "йога помогает?", "ヨガは効きますか", "يوغا تساعد", "\u202edoes yoga help\u202c", "ｄｏｅｓ ｙｏｇａ ｈｅｌｐ",
    "{treatment}", "{slot} {0} %s", "<speak>stop</speak>", "&amp; ]]>",
    "exit", "stop", "yes", "help",
]


def run_bytes(args: list[str], stdin: bytes) -> subprocess.CompletedProcess:
    """Run `backpain-skill ARGS` with raw bytes on stdin."""
    return subprocess.run([sys.executable, "-c", "import sys; from skill_tools.cli import main; sys.exit(main())", *args],
                          input=stdin, capture_output=True, timeout=120, env={**os.environ, "PYTHONIOENCODING": ""})


def answers(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode("utf-8", "replace").splitlines() if line.strip()]


def check_speech(request_type: str | None, ssml: str) -> None:
    """Speech is well-formed SSML, except where there is none: no request sent ("exit" outside a
    session) or a session end (Alexa allows no speech there)."""
    if request_type in (None, "SessionEndedRequest"):
        assert ssml == ""
    else:
        assert ssml_problems(ssml) == []


def check_answer(answer: dict) -> None:
    assert "error" not in answer, answer
    check_speech(answer["request_type"], answer["ssml"])


def test_ask_json_answers_every_hostile_line_in_its_own_session():
    stdin = "\n".join(["", "   ", "\t", *HOSTILE_LINES, ""]).encode("utf-8")
    result = run_bytes(["ask", "--json", "-"], stdin)
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    got = answers(result.stdout)
    assert [a["utterance"] for a in got] == [line.strip() for line in HOSTILE_LINES]
    for answer in got:
        check_answer(answer)


def test_binary_on_stdin_is_read_as_text_and_answered():
    noise = random.Random(4711).randbytes(20_000)  # invalid UTF-8, NULs, newlines at random
    result = run_bytes(["ask", "--json", "-"], noise + b"\ndoes yoga help\n")
    assert result.returncode == 0, result.stderr[-500:]
    assert b"Traceback" not in result.stderr
    got = answers(result.stdout)
    assert got and got[-1]["topic"] == "alternatives"
    for answer in got:
        check_answer(answer)


def test_hostile_utterances_as_arguments_share_one_session():
    result = run_cli("ask", "--json", "--no-voice", "does yoga help " * 700, "🙂🙂🙂", "ヨガ", "tell me more")
    assert result.returncode == 0, result.stderr
    got = answers(result.stdout.encode())
    assert len(got) == 4
    for answer in got:
        check_answer(answer)


def test_chat_takes_hostile_lines_and_ends_cleanly_at_end_of_input():
    result = run_bytes(["chat", "--no-voice"], "\n".join(["", *HOSTILE_LINES]).encode("utf-8") + b"\xff\xfe\x00\n")
    assert result.returncode == 0, result.stderr[-500:]
    assert b"Traceback" not in result.stderr + result.stdout


#: The hostile lines short enough to draw again and again: the 10,000-character one takes about two seconds
#: to read, and drawn a few dozen times it added a minute to the suite while testing nothing the
#: hostile-line tests above do not (they answer it once, in its own session and in a shared one).
SHORT_HOSTILE_LINES = [line for line in HOSTILE_LINES if len(line) <= 1000]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(max_size=200) | st.sampled_from(SHORT_HOSTILE_LINES), min_size=1, max_size=4))
def test_any_text_gets_a_turn_with_speakable_ssml_or_nothing(utterances):
    conversation = make_conversation()
    for utterance in utterances:
        turn = conversation.say(utterance)
        if turn is not None:
            check_speech(turn.request_type, turn.ssml)
