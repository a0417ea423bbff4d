"""`ask --intent NAME [slot=value ...]` and `ask --request FILE.json`, run as a user runs them:
an intent sent without the NLU, its slots resolved as Alexa resolves them, and an envelope sent
as it is with the response envelope printed. (Over --endpoint: tests/test_runner_http.py.)"""
import json

from skill_tools.signing import request_envelope
from runner_helpers import run_main


def test_intent_with_a_slot_value_the_model_lists_resolves_to_its_id():
    result = run_main("ask", "--json", "--intent", "AlternativesIntent", "treatment=Chiropractor")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert (answer["intent"], answer["topic"]) == ("AlternativesIntent", "alternatives")
    assert answer["slots"] == {"treatment": {"value": "Chiropractor", "id": "chiropractic"}}
    assert answer["utterance"] == "AlternativesIntent treatment=Chiropractor"
    assert "chiropractic care can help some people" in answer["speech"]


def test_intent_with_a_value_the_model_does_not_list_is_no_match():
    result = run_main("ask", "--no-voice", "--intent", "AlternativesIntent", "treatment=rolfing")
    assert result.returncode == 0, result.stderr
    assert "intent:       AlternativesIntent  treatment='rolfing' (no match)" in result.stdout
    assert "I don't have details on rolfing" in result.stdout


def test_intent_slot_values_may_hold_spaces_and_built_ins_take_no_slots():
    result = run_main("ask", "--json", "--intent", "MedicationsIntent", "medication=anti inflammatories")
    assert json.loads(result.stdout)["slots"]["medication"]["id"] == "nsaids"
    stop = json.loads(run_main("ask", "--json", "--intent", "AMAZON.StopIntent").stdout)
    assert (stop["intent"], stop["end_session"]) == ("AMAZON.StopIntent", True)


def test_intent_mistakes_are_one_line_errors_with_exit_code_2():
    cases = [
        (["--intent", "Alternatives"], "error: the model has no intent Alternatives (did you mean AlternativesIntent?)"),
        (["--intent", "OverviewIntent", "treatment=yoga"], "error: intent OverviewIntent has no slot treatment (declared: none)"),
        (["--intent", "AlternativesIntent", "yoga"], "error: expected slot=value after --intent NAME, got 'yoga'"),
    ]
    for arguments, message in cases:
        result = run_main("ask", "--no-voice", *arguments)
        assert result.returncode == 2, arguments
        assert result.stderr.strip() == message


def test_request_file_is_sent_as_it_is_and_the_response_envelope_printed(tmp_path):
    envelope = request_envelope("IntentRequest", intent="SurgeryIntent")
    path = tmp_path / "surgery.json"
    path.write_text(json.dumps(envelope))
    result = run_main("ask", "--request", str(path))
    assert result.returncode == 0, result.stderr
    response = json.loads(result.stdout)
    assert response["version"] == "1.0"
    assert "surgery" in response["response"]["outputSpeech"]["ssml"].lower()
    assert response["sessionAttributes"]["turn_topic"] == "surgery"
    assert result.stdout.startswith("{\n  ")  # pretty-printed; --json prints one line


def test_request_from_stdin_with_json_prints_one_line():
    result = run_main("ask", "--request", "-", "--json", stdin=json.dumps(request_envelope()))
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    assert "Welcome to Back Pain Guide" in json.loads(line)["response"]["outputSpeech"]["ssml"]


def test_request_problems_are_one_line_errors_with_exit_code_2(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"version": "1.0",\n  "request": }')
    not_envelope = tmp_path / "list.json"
    not_envelope.write_text("[1, 2]")
    cases = [
        ((str(broken),), f"error: --request {broken}: not valid JSON (line 2, column 14: Expecting value)"),
        ((str(not_envelope),), f'error: --request {not_envelope}: not a request envelope (no "request" object)'),
        ((str(tmp_path / "nope.json"),), f"error: --request {tmp_path / 'nope.json'}: file not found"),
        ((str(broken), "hello"), "error: --request sends the envelope in its file; give no utterances with it"),
    ]
    for arguments, message in cases:
        result = run_main("ask", "--request", *arguments)
        assert (result.returncode, result.stderr.strip()) == (2, message)


def test_ask_without_anything_to_say_explains_the_three_forms():
    result = run_main("ask")
    assert result.returncode == 2
    assert "ask UTTERANCE..., ask --intent NAME [slot=value ...] or ask --request FILE" in result.stderr
