"""`backpain-skill chat` driven through stdin: the transcript, commands, silence, and clean exits."""
import json
import re

from local_runner import chat as chat_command
from local_runner.dialog_format import load_dialog_file
from runner_helpers import run_cli, run_main
from skill_tools.cli import build_parser


def chat(stdin: str, *args: str):
    return run_cli("chat", "--no-voice", *args, stdin=stdin)


def test_chat_opens_the_skill_and_shows_heard_intent_speech_and_card():
    result = chat("what if p.t. isn't working\n/quit\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.index("LaunchRequest") < out.index("Welcome to Back Pain Guide")
    assert "you> what if p.t. isn't working" in out
    assert re.search(r"heard:\s+what if pt is not working", out)
    assert re.search(r"intent:\s+PtNotWorkingIntent", out)
    assert re.search(r"Alexa says:\s+Sometimes physical therapy", out)
    assert re.search(r"card:\s+When physical therapy isn't enough", out)


def test_chat_given_an_utterance_starts_with_it_instead_of_launching():
    out = chat("/quit\n", "is surgery worth it").stdout
    assert "LaunchRequest" not in out and "SurgeryIntent" in out


def test_json_shows_the_last_request_and_response_envelopes():
    out = chat("does yoga help\n/json\n/quit\n").stdout
    request_text = out[out.index("request:\n") + len("request:\n"): out.index("response:\n")]
    request = json.loads(request_text)
    assert request["request"]["intent"]["name"] == "AlternativesIntent"
    assert request["request"]["intent"]["slots"]["treatment"]["value"] == "yoga"
    assert '"sessionAttributes"' in out[out.index("response:\n"):]


def test_explain_ranks_candidates_for_any_text_without_sending_it():
    out = chat("/explain can naproxen help\n/quit\n").stdout
    assert re.search(r"1\. MedicationsIntent\s+\d\.\d{3}\s+matched \"", out)
    assert out.count("Alexa says:") == 1  # only the launch greeting: /explain sent nothing


def test_empty_input_is_silence_then_the_session_ends_after_one_reprompt_as_on_alexa():
    out = chat("\n\n\n/quit\n").stdout
    assert out.count("reprompt 1 of 1") == 1 and "of 2" not in out
    assert out.index("reprompt 1 of 1") < out.index("SessionEndedRequest (EXCEEDED_MAX_REPROMPTS)")
    assert "(no session is open" in out  # the third empty line: nobody is listening any more


def test_exit_ends_the_session_and_the_next_question_opens_a_new_one():
    out = chat("exit\nexit\nwhat causes back pain\n/quit\n").stdout
    assert "SessionEndedRequest (USER_INITIATED)" in out
    assert "(no session is open" in out
    assert re.search(r"intent:\s+CausesIntent", out)


def test_new_starts_a_fresh_session_with_a_launch():
    out = chat("/new\n/quit\n").stdout
    assert out.count("Welcome to Back Pain Guide") == 2


def test_end_of_input_and_unknown_commands_are_handled_cleanly():
    result = chat("/dance\n")  # no /quit: stdin simply ends, like Ctrl-D
    assert result.returncode == 0
    assert "unknown command /dance" in result.stdout
    assert "Traceback" not in result.stderr


def test_record_writes_a_dialog_file_that_replays_green(tmp_path):
    recording = tmp_path / "golden.yml"
    result = chat("what causes back pain\nyes\n\n\n\nhelp\nstop\n", "--record", str(recording))
    assert f"recorded 2 session(s) to {recording}" in result.stdout
    dialog = load_dialog_file(recording)
    assert dialog.configuration == {"locale": "en-US", "device": "speaker"}
    first, second = dialog.tests
    assert [i.utterance for i in first.interactions] == [
        "LaunchRequest", "what causes back pain", "yes", "SessionEndedRequest reason=EXCEEDED_MAX_REPROMPTS"]
    assert [i.utterance for i in second.interactions] == ["help", "stop"]
    replay = run_cli("test-dialogs", str(recording))
    assert replay.returncode == 0, replay.stdout
    assert "2 passed, 0 failed" in replay.stdout


def test_ctrl_c_at_the_prompt_leaves_cleanly(capsys):
    args = build_parser(only="chat").parse_args(["chat", "--no-voice"])

    def interrupted(prompt):
        raise KeyboardInterrupt

    assert chat_command.run(args, read=interrupted) == 0
    assert "Welcome to Back Pain Guide" in capsys.readouterr().out


def test_record_to_a_path_that_cannot_be_written_is_refused_before_the_chat_starts(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = run_main("chat", "--no-voice", "--record", str(blocker / "golden.yml"), stdin="what causes back pain\n")
    assert result.returncode == 2
    assert result.stderr.strip().endswith(
        f"error: --record {blocker / 'golden.yml'}: cannot write it ({blocker} is a file, not a folder)")
    assert "Welcome" not in result.stdout  # nothing was said, so nothing is lost
    folder = run_main("chat", "--no-voice", "--record", str(tmp_path), stdin="/quit\n")
    assert folder.returncode == 2 and "cannot write it (it is a folder)" in folder.stderr


def test_a_recording_that_fails_at_the_end_says_so_and_exits_1(tmp_path, capsys):
    recording = tmp_path / "golden.yml"
    args = build_parser(only="chat").parse_args(["chat", "--no-voice", "--record", str(recording)])

    def read(prompt):
        recording.mkdir()  # something takes the path while the chat runs
        raise EOFError

    assert chat_command.run(args, read=read) == 1
    assert f"error: cannot write {recording}" in capsys.readouterr().err


def test_a_terminal_chat_edits_lines_and_keeps_history(tmp_path):
    """Up recalls the last line through readline (no ^[[A), and the history is kept for next time."""
    import os
    import pty
    import select
    import time

    from runner_helpers import CLI_COMMAND

    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path), "TERM": "xterm", "INPUTRC": "/dev/null"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: chat on a terminal
        os.execvpe(CLI_COMMAND[0], [*CLI_COMMAND, "chat", "--no-voice"], env)
    output = b""

    def read_until(marker: bytes, count: int) -> None:
        nonlocal output
        deadline = time.monotonic() + 60
        while output.count(marker) < count and time.monotonic() < deadline:
            if select.select([fd], [], [], 1)[0]:
                try:
                    output += os.read(fd, 65536)
                except OSError:
                    return

    try:
        read_until(b"you> ", 1)
        os.write(fd, b"what causes back pain\r")
        read_until(b"you> ", 2)
        os.write(fd, b"\x1b[A\r")  # Up, Enter: the same question again
        read_until(b"you> ", 3)
        os.write(fd, b"/quit\r")
        read_until(b"\x00never", 1)  # to the end of the output
    finally:
        os.close(fd)
        os.waitpid(pid, 0)
    text = output.decode("utf-8", "replace")
    assert text.count("CausesIntent") == 2, text
    assert "^[[A" not in text
    history = tmp_path / "backpain-skill" / "chat_history"
    assert "what causes back pain" in history.read_text()
    assert history.stat().st_mode & 0o777 == 0o600
