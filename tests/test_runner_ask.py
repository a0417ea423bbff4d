"""`backpain-skill ask`, run as a user runs it: the --json contract of DESIGN.md, sessions,
invocations, and clear errors for bad input."""
import json

from runner_helpers import run_cli, run_main

CONTRACT_KEYS = {"utterance", "intent", "slots", "topic", "speech", "ssml", "reprompt", "card", "end_session",
                 "warning_sign"}


def json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_json_from_stdin_answers_each_line_in_its_own_session():
    questions = "what if pt isn't working\n\ndoes the chiro practor help\nwhat's the weather like\nstop\n"
    result = run_cli("ask", "--json", "-", stdin=questions)
    assert result.returncode == 0, result.stderr
    pt, chiro, weather, stop = json_lines(result.stdout)  # the blank line is skipped
    for answer in (pt, chiro, weather, stop):
        assert CONTRACT_KEYS <= set(answer)
        assert isinstance(answer["end_session"], bool)
    assert pt["utterance"] == "what if pt isn't working"
    assert (pt["intent"], pt["topic"], pt["slots"]) == ("PtNotWorkingIntent", "pt_not_working", {})
    assert pt["ssml"].startswith("<speak>") and "<" not in pt["speech"]
    assert pt["card"]["title"] and pt["card"]["text"]
    assert pt["reprompt"] and pt["end_session"] is False
    assert chiro["intent"] == "AlternativesIntent" and chiro["topic"] == "alternatives"
    assert chiro["slots"]["treatment"]["id"] == "chiropractic"
    assert "chiro" in chiro["slots"]["treatment"]["value"]
    assert (weather["intent"], weather["topic"]) == ("AMAZON.FallbackIntent", None)
    assert (stop["intent"], stop["topic"], stop["end_session"], stop["card"]) == ("AMAZON.StopIntent", None, True, None)


def test_each_stdin_line_is_a_new_session_so_yes_alone_has_nothing_to_continue():
    result = run_cli("ask", "--json", "-", stdin="what causes back pain\nyes\n")
    causes, yes = json_lines(result.stdout)
    assert causes["topic"] == "causes"
    assert yes["intent"] == "AMAZON.YesIntent" and yes["topic"] != "pt_benefits"


def test_several_utterances_share_one_session():
    result = run_cli("ask", "--json", "what causes back pain", "yes")
    causes, yes = json_lines(result.stdout)
    assert causes["topic"] == "causes"
    assert yes["topic"] == "pt_benefits"  # "yes" accepted the offer made in the same session


def test_an_invocation_opens_the_skill_or_asks_it_in_one_shot():
    result = run_cli("ask", "--json", "open back pain guide", "ask back pain guide is surgery worth it")
    launch, surgery = json_lines(result.stdout)
    assert launch["request_type"] == "LaunchRequest" and launch["intent"] is None
    assert "not medical advice" in launch["speech"]
    assert surgery["topic"] == "surgery"


def test_explain_adds_the_top_candidates_with_scores_and_samples():
    answer = json_lines(run_cli("ask", "--json", "--explain", "do opioids help").stdout)[0]
    assert 1 <= len(answer["candidates"]) <= 3
    best = answer["candidates"][0]
    assert best["intent"] == "MedicationsIntent" and 0 < best["score"] <= 1 and "{medication}" in best["sample"]


def test_text_mode_prints_the_transcript():
    result = run_cli("ask", "--no-voice", "--explain", "what are the warning signs")
    assert result.returncode == 0
    assert "intent:" in result.stdout and "RedFlagsIntent" in result.stdout
    assert "Alexa says:" in result.stdout
    assert "1. RedFlagsIntent" in result.stdout


def test_locale_and_device_options_reach_the_request(tmp_path):
    result = run_cli("ask", "--json", "--locale", "en-GB", "--device", "screen", "what causes back pain")
    assert json_lines(result.stdout)[0]["topic"] == "causes"
    bad = run_cli("ask", "--locale", "fr-FR", "hello")
    assert bad.returncode == 2 and "fr-FR" in bad.stderr


def test_a_missing_model_file_is_a_clear_error_with_exit_code_2(tmp_path):
    missing = tmp_path / "nope.json"
    result = run_cli("ask", "--model", str(missing), "hello")
    assert result.returncode == 2
    assert f"interaction model {missing}: file not found" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_broken_model_file_is_a_clear_error_with_exit_code_2(tmp_path):
    broken = tmp_path / "en-US.json"
    broken.write_text('{"interactionModel": {"languageModel": {"invocationName": "x",, }}}')
    result = run_cli("ask", "--json", "--model", str(broken), "hello")
    assert result.returncode == 2
    assert str(broken) in result.stderr and "not valid JSON (line 1" in result.stderr
    wrong_shape = tmp_path / "shape.json"
    wrong_shape.write_text('{"interactionModel": {}}')
    result = run_cli("ask", "--model", str(wrong_shape), "hello")
    assert result.returncode == 2 and "missing the object interactionModel.languageModel" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unreachable_endpoint_is_reported_per_line_in_json():
    result = run_cli("ask", "--json", "--endpoint", "http://127.0.0.1:9/", "-", stdin="hello\nhelp\n")
    assert result.returncode == 1
    errors = json_lines(result.stdout)
    assert [e["utterance"] for e in errors] == ["hello", "help"]
    assert all("cannot reach http://127.0.0.1:9/" in e["error"] for e in errors)


def test_warning_sign_names_the_sign_answered_and_is_null_otherwise():
    sign, listing, other = json_lines(run_main("ask", "--json", "-", stdin=(
        "I can't control my bladder\nwhat are the warning signs\nwhat causes back pain\n")).stdout)
    assert (sign["topic"], sign["warning_sign"]) == ("red_flags", "bladder_bowel")
    assert (listing["topic"], listing["warning_sign"]) == ("red_flags", None)
    assert (other["topic"], other["warning_sign"]) == ("causes", None)
