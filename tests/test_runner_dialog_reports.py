"""test-dialogs reports for CI: JUnit XML as pytest and bst write it, a JSON report, the coverage
table and its JSON, and, with --nlu exact, the utterances only the lenient NLU understood."""
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from runner_helpers import run_main

DIALOGS = Path(__file__).parent / "dialogs"

PASSING = "- test: greets\n- LaunchRequest: Welcome*\n---\n- test: helps\n- help: I answer questions\n"
FAILING = "- test: wrong answer\n- what causes back pain: bad posture\n---\n- test.skip: later\n- help\n"


def write_dialogs(folder: Path) -> Path:
    (folder / "dialogs").mkdir()
    (folder / "dialogs" / "good.yml").write_text(PASSING)
    (folder / "dialogs" / "bad.yml").write_text(FAILING)
    (folder / "dialogs" / "broken.yml").write_text("- hello: [\n")
    return folder / "dialogs"


def test_junit_xml_has_a_suite_per_file_and_a_case_per_test(tmp_path):
    report = tmp_path / "out" / "junit.xml"
    result = run_main("test-dialogs", "-q", "--junit", str(report), str(write_dialogs(tmp_path)))
    assert result.returncode == 2  # a broken file: could not run everything
    root = ET.parse(report).getroot()
    assert root.tag == "testsuites"
    assert {k: root.get(k) for k in ("tests", "failures", "errors", "skipped")} == {
        "tests": "5", "failures": "1", "errors": "1", "skipped": "1"}
    suites = {Path(s.get("name")).name: s for s in root.findall("testsuite")}
    assert set(suites) == {"good.yml", "bad.yml", "broken.yml"}
    good = suites["good.yml"].findall("testcase")
    assert [c.get("name") for c in good] == ["greets", "helps"]
    assert good[0].get("classname").endswith("dialogs.good") and float(good[0].get("time")) >= 0
    assert good[0].get("line") == "1" and not list(good[0])
    wrong, later = suites["bad.yml"].findall("testcase")
    failure = wrong.find("failure")
    assert "you said: 'what causes back pain'" in failure.get("message")
    assert "[-bad-] {+poor+} posture" in failure.text
    assert later.find("skipped").get("message") == "test.skip"
    error = suites["broken.yml"].find("testcase/error")
    assert "not valid YAML" in error.get("message")


def test_json_report_lists_every_outcome_and_the_summary(tmp_path):
    report = tmp_path / "report.json"
    run_main("test-dialogs", "--json-report", str(report), str(write_dialogs(tmp_path)))
    data = json.loads(report.read_text())
    assert data["summary"] == {"passed": 2, "failed": 1, "skipped": 1, "file_errors": 1, "exit_code": 2,
                               "nlu": "fuzzy"}
    outcomes = {(Path(t["file"]).name, t["name"]): t["outcome"] for t in data["tests"]}
    assert outcomes == {("good.yml", "greets"): "passed", ("good.yml", "helps"): "passed",
                        ("bad.yml", "wrong answer"): "failed", ("bad.yml", "later"): "skipped"}
    assert Path(data["errors"][0]["file"]).name == "broken.yml"


def test_coverage_table_counts_what_the_dialogs_exercised(tmp_path):
    dialog = tmp_path / "some.yml"
    dialog.write_text("- does yoga help:\n  - topic: alternatives\n- AlternativesIntent treatment=massage\n"
                      "- I have a fever:\n  - topic: red_flags\n- stop\n")
    coverage_json = tmp_path / "coverage.json"
    result = run_main("test-dialogs", "--coverage", "--coverage-json", str(coverage_json), str(dialog))
    assert result.returncode == 0, result.stdout
    table = result.stdout[result.stdout.index("Coverage of "):]
    assert "interaction_model/en-US.json:" in table.splitlines()[0]
    rows = {line.split("  ")[1].strip(): line for line in table.splitlines()[2:] if line.startswith("  ")}
    assert rows["intents"].split()[1:3] == ["3", "21"]
    missed = rows["intents"].split("%")[1]
    assert missed.strip().startswith("OverviewIntent, CausesIntent") and missed.endswith(", ...")
    assert "AlternativesIntent" not in missed
    assert rows["slot values (TreatmentType)"].split()[3:6] == ["2", "5", "40%"]
    assert rows["topics"].split()[1:4] == ["2", "10", "20%"]
    assert rows["warning signs"].split()[2:4] == ["1", "7"]
    assert "(listed by --coverage-json)" in rows["sample utterances"]
    assert result.stdout.rstrip().endswith("1 passed, 0 failed, 0 skipped, 0 file error(s)")  # summary last
    [model] = json.loads(coverage_json.read_text())
    by_name = {row["name"]: row for row in model["rows"]}
    # the intent line matched no sample; "stop" is one of Amazon's phrasings, not a sample of the model
    assert by_name["sample utterances"]["exercised"] == ["AlternativesIntent: does {treatment} help",
                                                         "RedFlagsIntent: I have {symptom}"]
    assert set(by_name["slot values (TreatmentType)"]["exercised"]) == {"yoga", "massage"}
    assert by_name["warning signs"]["exercised"] == ["fever"]
    assert "weight_loss" in by_name["warning signs"]["not_exercised"]


def test_exact_mode_lists_the_utterances_only_the_lenient_nlu_understood(tmp_path):
    dialog = tmp_path / "mixed.yml"
    dialog.write_text("- test: t\n- does yoga help:\n  - topic: alternatives\n- can yoga help\n"
                      "- ask back pain guide what if physical therapy isn't working\n"
                      "- AlternativesIntent treatment=cupping\n- sing me a song\n")
    fuzzy = run_main("test-dialogs", str(dialog))
    assert fuzzy.returncode == 0 and "lenient" not in fuzzy.stdout
    exact = run_main("test-dialogs", "--nlu", "exact", str(dialog))
    assert exact.returncode == 0, exact.stdout  # no assertion here depends on leniency
    listing = exact.stdout[exact.stdout.index("Understood only by the lenient NLU"):]
    assert listing.splitlines()[0].startswith("Understood only by the lenient NLU (1 utterance(s))")
    assert f"  {dialog}:4  'can yoga help'  fuzzy: AlternativesIntent, exact: AMAZON.FallbackIntent" in listing
    assert "physical therapy" not in listing and "cupping" not in listing and "song" not in listing


def test_the_shipped_dialogs_in_exact_mode_show_what_leniency_carries(tmp_path):
    report = tmp_path / "exact.json"
    result = run_main("test-dialogs", "-q", "--nlu", "exact", "--json-report", str(report), str(DIALOGS))
    assert result.returncode == 1  # the shipped dialogs use paraphrases on purpose
    gaps = json.loads(report.read_text())["lenient_only"]
    said = {g["utterance"] for g in gaps}
    assert "does the chiro practor help" in said and "I've lost control of my bladder" in said
    assert all(g["exact"] == "AMAZON.FallbackIntent" for g in gaps)
    assert "what causes lower back pain" not in said  # a sample as written


def test_an_unwritable_report_is_an_error_exit_2(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = run_main("test-dialogs", "--junit", str(blocker / "junit.xml"), str(DIALOGS / "17_help.yml"))
    assert result.returncode == 2
    assert f"ERROR cannot write the report {blocker / 'junit.xml'}" in result.stdout
