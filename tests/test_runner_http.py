"""--endpoint: the same envelopes go over HTTP to a real `backpain-skill serve --no-verify` on
127.0.0.1, and the answers are the ones the in-process path gives."""
import json
from pathlib import Path

import pytest

from local_runner.transport import HttpTransport, TransportError
from skill_tools.signing import request_envelope
from runner_helpers import CLI_COMMAND, RecordingTransport, make_conversation, run_cli, run_main
from webservice_helpers import free_port, server_process

DIALOG = Path(__file__).parent / "dialogs" / "05_pt_not_working.yml"
QUESTIONS = ["what if physical therapy isn't working", "more", "does the chiro practor help", "stop"]


@pytest.fixture(scope="module")
def endpoint():
    port = free_port()
    command = [*CLI_COMMAND, "serve", "--no-verify", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"]
    with server_process(command, port) as (base_url, _):
        yield base_url + "/"


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


def test_ask_intent_and_request_go_to_the_endpoint(endpoint, tmp_path):
    intent = run_main("ask", "--json", "--endpoint", endpoint, "--intent", "MedicationsIntent", "medication=ibuprofen")
    assert intent.returncode == 0, intent.stderr
    answer = json.loads(intent.stdout)
    assert (answer["topic"], answer["slots"]["medication"]["id"]) == ("medications", "nsaids")
    envelope = tmp_path / "help.json"
    envelope.write_text(json.dumps(request_envelope("IntentRequest", intent="AMAZON.HelpIntent")))
    request = run_main("ask", "--endpoint", endpoint, "--request", str(envelope))
    assert request.returncode == 0, request.stderr
    assert json.loads(request.stdout)["response"]["shouldEndSession"] is False


def test_a_server_for_another_skill_id_is_explained(monkeypatch):
    import threading

    from werkzeug.serving import make_server

    from skill.webservice.app import create_app

    server = make_server("127.0.0.1", 0, create_app(verify=False, skill_id="amzn1.ask.skill.someone-else"))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("ALEXA_SKILL_ID", "amzn1.ask.skill.mine")
    try:
        result = run_main("ask", "--no-voice", "--endpoint", f"http://127.0.0.1:{server.server_port}/", "hello")
    finally:
        server.shutdown()
    assert result.returncode == 1
    assert ('"check":"skill_id"} - the server serves another skill id than the runner\'s amzn1.ask.skill.mine: '
            "give both the same id") in result.stderr
