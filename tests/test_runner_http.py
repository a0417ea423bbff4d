"""--endpoint: the same envelopes go over HTTP to a real `backpain-skill serve --no-verify` on
127.0.0.1, and the answers are the ones the in-process path gives."""
import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from local_runner.transport import HttpTransport, TransportError
from runner_helpers import RecordingTransport, make_conversation, run_cli

DIALOG = Path(__file__).parent / "dialogs" / "05_pt_not_working.yml"
QUESTIONS = ["what if physical therapy isn't working", "more", "does the chiro practor help", "stop"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint():
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", "import sys; from skill.cli import main; sys.exit(main())",
         "serve", "--no-verify", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url + "health", timeout=1) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"serve did not start: {server.stderr.read() if server.poll() is not None else 'timeout'}")
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def speeches(transport):
    conversation = make_conversation(transport)
    return [(t.intent, t.topic, t.speech, t.card, t.end_session) for t in map(conversation.say, QUESTIONS)]


def test_http_and_in_process_give_the_same_conversation(endpoint):
    over_http = RecordingTransport(HttpTransport(endpoint))
    assert speeches(over_http) == speeches(RecordingTransport())
    # The session really was carried over HTTP: the second request returned the first's attributes.
    assert over_http.sent[1]["session"]["attributes"] == over_http.received[0]["sessionAttributes"]


def test_ask_json_with_endpoint(endpoint):
    result = run_cli("ask", "--json", "--endpoint", endpoint, "-", stdin="is surgery worth it\nhelp\n")
    assert result.returncode == 0, result.stderr
    surgery, help_ = [json.loads(line) for line in result.stdout.splitlines()]
    assert surgery["topic"] == "surgery" and help_["intent"] == "AMAZON.HelpIntent"


def test_dialog_files_run_against_the_endpoint(endpoint):
    result = run_cli("test-dialogs", "-q", "--endpoint", endpoint, str(DIALOG))
    assert result.returncode == 0, result.stdout
    assert "2 passed, 0 failed" in result.stdout


def test_http_errors_are_reported_with_status_and_body(endpoint):
    with pytest.raises(TransportError, match="answered HTTP 404"):
        HttpTransport(endpoint + "no-such-route").send({"version": "1.0"})


def test_an_unreachable_endpoint_is_a_clear_error():
    with pytest.raises(TransportError, match=r"cannot reach http://127.0.0.1:\d+/: .*is `backpain-skill serve` running"):
        HttpTransport(f"http://127.0.0.1:{free_port()}/").send({"version": "1.0"})
