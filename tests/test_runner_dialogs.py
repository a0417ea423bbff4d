"""Dialog test files: the bst format is read faithfully, matching follows bst's rules, failures show
expected against said, and every shipped dialog file in tests/dialogs passes."""
import argparse
from pathlib import Path

import pytest

from local_runner.dialog_format import Assertion, DialogFileError, parse_dialogs
from local_runner.dialog_match import check, holds, word_diff
from local_runner.dialogs import run_files
from local_runner.turn import Turn
from runner_helpers import run_cli, run_main
from skill.topics import TOPICS

DIALOGS = Path(__file__).parent / "dialogs"
#: Every shipped dialog file, with the one-per-warning-sign and one-per-locale files in dialogs/signs/.
DIALOG_FILES = sorted(DIALOGS.rglob("*.yml"))


def parse(text: str):
    return parse_dialogs(text, Path("t.yml"))


def turn(**overrides) -> Turn:
    values = dict(
        utterance="u", request_type="IntentRequest", intent="CausesIntent", slots={}, topic="causes",
        speech="Lower back pain can come from poor posture. Would you like to hear more?",
        ssml="<speak>Lower back pain can come from <emphasis>poor</emphasis> posture.</speak>",
        reprompt=None, reprompt_ssml=None, card={"title": "What causes lower back pain", "text": "Posture."},
        end_session=False, request={}, response={"response": {"card": {"title": "What causes lower back pain"}}},
    )
    values.update(overrides)
    return Turn(**values)


def expect(path, expected, operator="=="):
    return Assertion(path, operator, expected, 1)


# --- the file format -------------------------------------------------------------------------

def test_configuration_tests_names_and_the_utterance_shorthand():
    dialog = parse(
        "---\nconfiguration:\n  locale: en-GB\n  device: screen\n---\n- test: First\n- LaunchRequest: Welcome*\n"
        "- what causes it:\n  - prompt: '*posture*'\n  - cardTitle == Causes\n  - sessionEnded: false\n"
        "---\n- yes\n- no: /okay/i\n"
    )
    assert dialog.configuration == {"locale": "en-GB", "device": "screen"}
    first, second = dialog.tests
    assert first.name == "First" and second.name == "Test 2"
    launch, causes = first.interactions
    assert launch.utterance == "LaunchRequest"
    assert (launch.assertions[0].path, launch.assertions[0].expected) == ("prompt", "Welcome*")
    assert [(a.path, a.operator, a.expected) for a in causes.assertions] == [
        ("prompt", "==", "*posture*"), ("cardTitle", "==", "Causes"), ("sessionEnded", "==", False)]
    assert causes.assertions[1].line == 10
    assert [i.utterance for i in second.interactions] == ["yes", "no"]  # YAML 1.2: yes/no stay words
    assert second.interactions[1].assertions[0].operator == "=~"


def test_lists_of_alternatives_intent_topic_and_response_paths():
    dialog = parse("- stop:\n  - prompt:\n    - Goodbye\n    - Bye\n  - intent: AMAZON.StopIntent\n"
                   "  - topic: null\n  - response.card.title: Summary\n")
    assertions = dialog.tests[0].interactions[0].assertions
    assert assertions[0].expected == ["Goodbye", "Bye"]
    assert [(a.path, a.expected) for a in assertions[1:]] == [
        ("intent", "AMAZON.StopIntent"), ("topic", None), ("response.card.title", "Summary")]


def test_test_only_test_skip_and_exit():
    dialog = parse("- test.skip: later\n- hello\n---\n- test.only: this one\n- hello\n- exit\n- never said\n")
    skipped, only = dialog.tests
    assert skipped.skip and only.only
    assert only.interactions[1].exit


@pytest.mark.parametrize("text, message", [
    ("- hello:\n  - sessionEnded: maybe\n", "t.yml:2: sessionEnded must be true or false"),
    ("- hello:\n  - colour: red\n", "t.yml:2: unknown assertion 'colour'"),
    ("- hello:\n  - just words\n", "t.yml:2: 'just words' is not an assertion"),
    ("- hello: [\n", "t.yml:2: not valid YAML"),
    ("---\nconfiguration:\n  voice: Joanna\n---\n- hi\n", "unknown configuration key(s) voice"),
    ("configuration: {}\n", "t.yml: no tests found"),
    ("just: a mapping\n", "a test must be a list of interactions"),
])
def test_format_errors_name_the_file_and_line(text, message):
    with pytest.raises(DialogFileError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse(text)


# --- matching --------------------------------------------------------------------------------

def test_text_matches_partially_ignoring_case_with_wildcards():
    t = turn()
    assert holds(t, expect("prompt", "poor posture"))
    assert holds(t, expect("prompt", "LOWER BACK pain can come"))
    assert holds(t, expect("prompt", "Lower * posture*more?"))
    assert not holds(t, expect("prompt", "bad posture"))
    assert not holds(t, expect("prompt", "Lower back pain can come from poor posture?"))  # ? is literal, not regex


def test_regular_expressions_and_alternatives():
    t = turn()
    assert holds(t, expect("prompt", r"/^lower .* more\?$/", "=~"))
    assert not holds(t, expect("prompt", r"/^more/", "=~"))
    assert holds(t, expect("prompt", ["bad posture", "poor posture"]))
    assert not holds(t, expect("prompt", ["bad posture", "no posture"]))


def test_not_equal_means_does_not_contain():
    assert holds(turn(), expect("prompt", "surgery", "!="))
    assert not holds(turn(), expect("prompt", "posture", "!="))


def test_prompt_also_matches_the_ssml_inside_speak():
    assert holds(turn(), expect("prompt", "<emphasis>poor</emphasis>"))


def test_null_means_absent_and_booleans_compare_exactly():
    assert holds(turn(), expect("reprompt", None))
    assert not holds(turn(), expect("cardTitle", None))
    assert holds(turn(), expect("sessionEnded", False))
    assert not holds(turn(), expect("sessionEnded", True))


def test_intent_and_topic_are_compared_whole():
    assert holds(turn(), expect("intent", "CausesIntent"))
    assert not holds(turn(), expect("intent", "Causes"))
    assert not holds(turn(topic="pt_not_working"), expect("topic", "pt"))
    assert holds(turn(topic=None), expect("topic", None))


def test_card_fields_and_response_paths():
    assert holds(turn(), expect("cardTitle", "causes"))
    assert holds(turn(), expect("cardContent", "Posture."))
    assert holds(turn(), expect("response.card.title", "What causes"))
    assert not holds(turn(), expect("response.card.content", "anything"))


def test_word_diff_marks_what_differs_in_the_closest_stretch():
    said = "Lower back pain can come from many things, such as poor posture, weight gain, or an injury."
    assert word_diff("such as bad posture", said) == "... such as [-bad-] {+poor+} posture, ..."


def test_mismatch_report_shows_expected_said_and_diff():
    [mismatch] = check(turn(), [expect("prompt", "come from bad posture")])
    report = mismatch.describe()
    assert 'expected to match\n    "come from bad posture"' in report
    assert 'said:\n    "Lower back pain can come from poor posture.' in report
    assert "[-bad-] {+poor+}" in report


# --- running files ---------------------------------------------------------------------------

def options(**overrides):
    values = dict(locale=None, device=None, model=None, endpoint=None, explain=False, quiet=True)
    values.update(overrides)
    return argparse.Namespace(**values)


def test_a_failing_dialog_reports_the_line_the_utterance_and_stops_that_test(tmp_path):
    dialog = tmp_path / "fail.yml"
    dialog.write_text("- test: wrong answer\n- what causes lower back pain: bad posture\n- yes: never checked\n"
                      "---\n- test: still runs\n- help: I can tell you\n")
    lines = []
    result = run_files([dialog], options(), out=lines.append)
    assert result.exit_code == 1
    report = "\n".join(lines)
    assert f"FAIL  wrong answer\n      at {dialog}:2  you said: 'what causes lower back pain'" in report
    assert "[-bad-] {+poor+} posture" in report
    assert "never checked" not in report
    assert [o.passed for o in result.outcomes] == [False, True]


def test_a_missing_file_or_a_bad_intent_line_is_reported(tmp_path):
    bad_intent = tmp_path / "bad.yml"
    bad_intent.write_text("- OverviewIntent treatment=yoga: anything\n")
    lines = []
    result = run_files([tmp_path / "missing.yml", bad_intent], options(), out=lines.append)
    assert result.exit_code == 2
    report = "\n".join(lines)
    assert f"ERROR {tmp_path / 'missing.yml'}: file not found" in report
    assert "intent OverviewIntent has no slot treatment (declared: none)" in report


def test_test_dialogs_command_exits_non_zero_on_failure(tmp_path):
    dialog = tmp_path / "d.yml"
    dialog.write_text("- LaunchRequest: Goodbye forever\n")
    result = run_cli("test-dialogs", str(dialog))
    assert result.returncode == 1
    assert 'expected to match\n          "Goodbye forever"' in result.stdout
    assert "0 passed, 1 failed" in result.stdout


def test_shipped_dialogs_cover_every_topic_and_the_main_flows():
    text = "\n".join(path.read_text() for path in DIALOG_FILES)
    assert len(DIALOG_FILES) >= 15
    for topic in TOPICS:
        assert f"topic: {topic.id}" in text, topic.id
    for flow in ("LaunchRequest", "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.NextIntent", "AMAZON.PreviousIntent",
                 "AMAZON.RepeatIntent", "AMAZON.StartOverIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent",
                 "AMAZON.CancelIntent", "AMAZON.FallbackIntent", "SessionEndedRequest", "ask back pain guide"):
        assert flow in text, flow


@pytest.mark.parametrize("path", DIALOG_FILES, ids=lambda p: p.relative_to(DIALOGS).as_posix())
def test_shipped_dialog_file_passes(path):
    lines = []
    result = run_files([path], options(), out=lines.append)
    assert result.exit_code == 0, "\n".join(lines)
    assert result.outcomes and all(o.passed for o in result.outcomes)


# --- running folders, quiet output, test.only, an endpoint that is not there ------------------

def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_a_folder_runs_every_dialog_file_under_it(tmp_path):
    write(tmp_path / "a.yml", "- help: I can tell you\n")
    write(tmp_path / "deeper" / "b.yaml", "- what causes back pain:\n  - topic: causes\n")
    write(tmp_path / "notes.txt", "not a dialog")
    result = run_main("test-dialogs", str(tmp_path))
    assert result.returncode == 0, result.stdout
    assert result.stdout.index(str(tmp_path / "a.yml")) < result.stdout.index(str(tmp_path / "deeper" / "b.yaml"))
    assert result.stdout.rstrip().endswith("2 passed, 0 failed, 0 skipped, 0 file error(s)")
    empty = run_main("test-dialogs", str(write(tmp_path / "empty" / "readme.md", "").parent))
    assert empty.returncode == 2
    assert f"ERROR {tmp_path / 'empty'}: no dialog files (.yml, .yaml) in this folder" in empty.stdout


def test_quiet_prints_only_failures_under_their_file_and_the_summary(tmp_path):
    write(tmp_path / "good.yml", "- help: I can tell you\n")
    write(tmp_path / "bad.yml", "- test: wrong\n- help: Goodbye forever\n")
    result = run_main("test-dialogs", "-q", str(tmp_path))
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert lines[0] == str(tmp_path / "bad.yml")
    assert lines[1] == "  FAIL  wrong"
    assert str(tmp_path / "good.yml") not in result.stdout and "pass " not in result.stdout
    assert lines[-1] == "1 passed, 1 failed, 0 skipped, 0 file error(s)"


def test_tests_left_out_by_only_are_counted_as_skipped(tmp_path):
    dialog = write(tmp_path / "only.yml", "- test: first\n- help\n---\n- test.only: focus\n- help\n---\n"
                                          "- test.skip: later\n- help\n")
    result = run_main("test-dialogs", str(dialog))
    assert result.returncode == 0, result.stdout
    assert "  skip  first (another test in this file is test.only)" in result.stdout
    assert "  skip  later (test.skip)" in result.stdout
    assert "1 passed, 0 failed, 2 skipped, 0 file error(s)" in result.stdout


def test_an_endpoint_nobody_answers_at_could_not_run_exit_2(tmp_path):
    from webservice_helpers import free_port

    url = f"http://127.0.0.1:{free_port()}/"
    result = run_main("test-dialogs", "--endpoint", url, str(DIALOGS / "05_pt_not_working.yml"))
    assert result.returncode == 2
    assert f"ERROR could not run the dialogs: cannot reach {url}" in result.stdout
    assert "FAIL" not in result.stdout
    assert result.stdout.rstrip().endswith("0 passed, 0 failed, 0 skipped, 1 file error(s)")


# --- bst compatibility -------------------------------------------------------------------------

def test_string_form_assertions_on_booleans_as_bst_writes_them():
    interaction = parse("- stop:\n  - sessionEnded == true\n  - response.shouldEndSession == true\n"
                        "  - sessionEnded != false\n").tests[0].interactions[0]
    ended, should_end, not_open = interaction.assertions
    assert (ended.path, ended.operator, ended.expected) == ("sessionEnded", "==", True)
    assert holds(turn(end_session=True, response={"response": {"shouldEndSession": True}}), should_end)
    assert not holds(turn(end_session=False, response={"response": {"shouldEndSession": False}}), should_end)
    assert holds(turn(end_session=True), not_open) and not holds(turn(end_session=False), not_open)
    with pytest.raises(DialogFileError, match=r"t.yml:2: sessionEnded must be true or false, got 'maybe'"):
        parse("- stop:\n  - sessionEnded == maybe\n")


def test_a_bst_file_with_string_booleans_and_a_handler_runs(tmp_path):
    dialog = write(tmp_path / "bst.yml", "---\nconfiguration:\n  locale: en-US\n  handler: index.handler\n---\n"
                                         "- test: bst style\n- LaunchRequest:\n  - sessionEnded == false\n"
                                         "- stop:\n  - sessionEnded == true\n")
    result = run_main("test-dialogs", str(dialog))
    assert result.returncode == 0, result.stdout
    assert (f"  note: {dialog}: configuration handler: 'index.handler' is ignored: the runner calls the "
            "skill's own entry point, skill.lambda_handler") in result.stdout


def test_interaction_model_is_resolved_from_the_working_directory_as_bst_does(tmp_path, monkeypatch):
    import interaction_model

    write(tmp_path / "models" / "en-US.json", interaction_model.MODEL_FILE.read_text())
    dialog = write(tmp_path / "test" / "unit" / "m.yml",
                   "---\nconfiguration:\n  interactionModel: models/en-US.json\n---\n- help: I can tell you\n")
    monkeypatch.chdir(tmp_path)  # the project root
    from_root = run_main("test-dialogs", "test/unit/m.yml")
    assert from_root.returncode == 0, from_root.stdout
    monkeypatch.chdir(dialog.parent)
    from_elsewhere = run_main("test-dialogs", "m.yml")
    assert from_elsewhere.returncode == 2
    assert "interaction model models/en-US.json: file not found" in from_elsewhere.stdout


def test_a_yaml_syntax_error_points_at_the_line_to_fix_in_pyyaml_words(tmp_path):
    dialog = write(tmp_path / "broken.yml", "- test: x\n- LaunchRequest: Welcome*\n- what causes it: \"*posture*\n")
    result = run_main("test-dialogs", str(dialog))
    assert result.returncode == 2
    assert (f'ERROR {dialog}:3: not valid YAML: while scanning a quoted scalar in "{dialog}", line 3, column 19; '
            f'found unexpected end of stream in "{dialog}", line 4, column 1') in result.stdout
    indented = write(tmp_path / "indent.yml", "- LaunchRequest:\n  - prompt: Welcome\n   - cardTitle: x\n")
    assert f"ERROR {indented}:3: not valid YAML: while parsing a block mapping" in run_main(
        "test-dialogs", str(indented)).stdout
