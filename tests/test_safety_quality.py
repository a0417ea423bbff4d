"""Warning signs on the two development safety sets, at the issue's targets (bench/bench_safety.py
prints the full tables; the held-out set is judged there, never tuned on here).

- the runner: recall >= 98% for the emergency signs and >= 90% for the urgent ones (the right sign's
  warning), false alarms on near misses <= 5%, general questions mostly given the general list;
- the device proxy, built only from the interaction model: >= 85% of the emergency signs;
- every warning given leads with the action, within 30 words, offering no other topic.
"""
from __future__ import annotations

import json

import pytest

from bench.safety_measures import (SAFETY_SETS, TARGETS, AnswerCheck, DeviceProxy, Runner, Scores, levels,
                                   load_safety_set, score)
from runner_helpers import run_main

DEV_SETS = ("dev", "dev2")
LEVELS = levels()
EMERGENCY = [s for s, level in LEVELS.items() if level == "emergency"]
URGENT = [s for s, level in LEVELS.items() if level == "urgent"]
#: General questions ("when is back pain an emergency") answered with the general list.
GENERAL_LIST = 0.80


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, Scores]]:
    runner, device, check = Runner(), DeviceProxy(), AnswerCheck()
    out = {}
    for name in DEV_SETS:
        data = load_safety_set(SAFETY_SETS[name])
        out[name] = {"runner": score(runner.answer, data, check), "device": score(device.answer, data, check)}
    return out


@pytest.mark.parametrize("name", DEV_SETS)
def test_the_runner_catches_the_emergency_signs(results, name):
    scores = results[name]["runner"]
    assert scores.recall(EMERGENCY) >= TARGETS["emergency_recall"], scores.misses


@pytest.mark.parametrize("name", DEV_SETS)
def test_the_runner_catches_the_urgent_signs(results, name):
    scores = results[name]["runner"]
    assert scores.recall(URGENT) >= TARGETS["urgent_recall"], scores.misses


@pytest.mark.parametrize("name", DEV_SETS)
def test_the_runner_raises_few_false_alarms(results, name):
    scores = results[name]["runner"]
    assert scores.false_alarms / scores.near_misses <= TARGETS["false_alarms"], scores.alarms


@pytest.mark.parametrize("name", DEV_SETS)
def test_general_questions_get_the_general_list(results, name):
    scores = results[name]["runner"]
    assert scores.general_list / scores.general >= GENERAL_LIST


@pytest.mark.parametrize("name", DEV_SETS)
def test_the_device_proxy_catches_the_emergency_signs_from_the_model_alone(results, name):
    scores = results[name]["device"]
    assert scores.recall(EMERGENCY) >= TARGETS["device_emergency_recall"], scores.misses


@pytest.mark.parametrize("name", DEV_SETS)
@pytest.mark.parametrize("recogniser", ["runner", "device"])
def test_every_warning_leads_with_the_action_briefly_and_offers_no_other_topic(results, name, recogniser):
    scores = results[name][recogniser]
    assert scores.answers_checked > 0
    assert scores.answer_problems == []


def test_ask_json_reports_the_sign_answered_and_nothing_for_a_near_miss():
    lines = ["my back's been bad and now i can't feel the loo roll",
             "does tai chi help, I also have a high temperature",
             "no fever or anything just a stiff lower back",
             "when should i go to a and e with my back"]
    result = run_main("ask", "--no-voice", "--json", "-", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    saddle, fever, near_miss, general = (json.loads(line) for line in result.stdout.splitlines())
    assert (saddle["topic"], saddle["warning_sign"], saddle["intent"]) == ("red_flags", "saddle_numbness",
                                                                         "RedFlagsIntent")
    assert saddle["speech"].startswith("Call 9 1 1")
    assert (fever["topic"], fever["warning_sign"]) == ("red_flags", "fever")
    assert fever["speech"].startswith("See a doctor today")
    assert near_miss["warning_sign"] is None and near_miss["topic"] != "red_flags"
    assert (general["topic"], general["warning_sign"]) == ("red_flags", None)


def test_exit_said_with_no_session_open_is_scored_as_no_answer():
    # on a device "exit" with the skill closed sends it nothing: a set's line "exit" is no warning, not a crash
    answer = Runner().answer("exit")
    assert (answer.intent, answer.warning_sign, answer.speech) == (None, None, "")
    assert not answer.warned and not answer.red_flags


@pytest.mark.parametrize("said", ["what is foot drop", "what's saddle anaesthesia",
                                  "how would i know if i have cauda equina"])
def test_asking_what_a_sign_is_gets_the_list_of_warning_signs_not_a_fallback(said):
    # a sign named as a term to learn about is a general question: the list, action first, no alarm
    # for a sign ("what is foot drop" had no sample and fell back to "Sorry, I didn't catch that")
    result = run_main("ask", "--no-voice", "--json", said)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert (answer["intent"], answer["topic"], answer["warning_sign"]) == ("RedFlagsIntent", "red_flags", None)
    assert answer["speech"].startswith("Call 9 1 1")
