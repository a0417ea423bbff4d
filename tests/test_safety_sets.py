"""The safety sets (tests/data/safety_*.yaml) have the shape the benchmark and the quality gates read:
warning-sign lines over every sign, near misses and general questions, each set its own lines."""
from __future__ import annotations

import pytest

from bench.safety_measures import HELD_OUT, SAFETY_SETS, load_safety_set
from skill.content import load_content

PRESENT = [name for name, path in SAFETY_SETS.items() if path.exists()]
SIGNS = set(load_content("en-US").warning_signs)
#: What the issue asks of a set (at least): lines per set, per sign, and near misses.
MIN_WARNING_LINES, MIN_PER_SIGN, MIN_NEAR_MISSES, MIN_GENERAL = 250, 15, 120, 15
#: Sets written mostly of near misses (to measure false alarms), as their first line says: fewer warning
#: lines, many more near misses (a few lines of each were left out: word for word in a held-out set).
NEAR_MISS_MARK = "(mostly near misses)"
# dev50's writer gave 20 general questions, 6 word for word in a held-out set and taken out; dev86's and dev89's
# gave 15, 2 taken out (dev92's likewise kept 13); dev128's gave only 6 lines for both legs; dev136's gave 18
# general questions, 4 taken out; dev455's gave 15, 2 taken out; dev479's 15, 1 taken out; dev493's 15, 2 taken out; dev508's lost six lines
# (6 left for fever) and dev514's two (a general question: 14 left), word for word in a held-out set; dev533 one
# general question (14 left), dev534 a line of one sign (6 left)
NEAR_MISS_MINIMUMS, NEAR_MISS_MINIMUMS_BY_SET = (110, 7, 300, 15), {"dev10": (120, 8, 300, 15), "dev50": (110, 7, 300, 14),
                                                                    "dev86": (110, 7, 300, 13), "dev89": (110, 7, 300, 13),
                                                                    "dev92": (110, 7, 300, 13), "dev97": (110, 7, 300, 14),
                                                                    "dev100": (110, 7, 300, 11), "dev105": (110, 7, 300, 12),
                                                                    "dev109": (110, 7, 300, 13), "dev114": (110, 7, 300, 12),
                                                                    "dev117": (110, 7, 300, 14), "dev120": (110, 7, 300, 13),
                                                                    "dev123": (110, 7, 300, 11), "dev126": (110, 7, 300, 14),
                                                                    "dev128": (110, 6, 300, 14), "dev136": (110, 7, 300, 14), "dev455": (110, 7, 300, 13),
                                                                    "dev479": (110, 7, 300, 14), "dev493": (110, 7, 300, 13),
                                                                    "dev508": (110, 6, 300, 15), "dev514": (110, 7, 300, 14),
                                                                    "dev533": (110, 7, 300, 14), "dev534": (110, 6, 300, 15)}
# Sets whose writers were given no sizes (dev214, dev215 of mostly near misses), or asked for emergency
# signs above all (dev218: about 30 lines per emergency sign, 3-4 per urgent one): what they hold, so a
# line lost is still noticed.
# holdout6 lost 46 lines said word for word in a development set, a model sample or another training line (short
# lines such as "can't pee"), leaving 14 lines for two urgent signs and 12 general questions; holdout7 lost 62
# the same way, leaving about 105 near misses, 14 lines for immune risk and 13 general questions; holdout9 lost 52
# (11 lines left for one sign, 107 near misses, 9 general questions); dev294 and dev298 lost a general question
# (14 left), dev297 two (13 left), dev301 four (11 left), dev300 one (14 left); holdout10 lost 32 (8 general
# questions left), dev308, dev310 and dev312 one general question (14 left), dev303 lost
# two fever lines (14 left), dev327, dev333, dev334 and dev335 one general question (14 left), dev332 five
# (10 left); dev337 one general question (14 left), dev344 two (13 left), dev345 one (14 left), dev348 two (13 left), dev358 one (14 left); held out 12 three (12 left); dev374 two (13 left), held out 13 one (14 left), dev380 one (14 left), dev383 one (14 left); held out 14 lost 20 (122 near
# misses and 9 general questions left), dev397 and dev391 one general question each (14 left); held out 15 lost 52
# (13 lines left for one sign, 104 near misses, 5 general questions), dev413 and dev420 one general question each (14 left), dev428 and dev429 three (12 left), dev430, dev434 and dev436 one (14 left), dev440 and dev441 two (13 left); held out 16 lost 50 (14 lines left for one sign, 98 near misses,
# 11 general questions); held out 17 lost 42 (15 lines left for one sign, 102 near misses, 12 general questions); dev482 and dev486 one general
# question each (14 left); held out 18 lost 26 (13 lines left for one sign, 120 near misses, 15 general questions); dev494 one
# general question (14 left); dev506 lost four lines (14 left for one sign); held out 19 lost 32 (16 lines left for
# one sign, 108 near misses, 12 general questions); dev516 and dev522 one general question each (14 left); dev531,
# dev535 and dev536 one general question each (14 left); dev547 and dev548 one general question each (14 left, dev548's
# other lines word for word in older sets too); held out 21 lost 47 (14 lines left for one sign, 103 near misses, 9
# general questions); held out 22 lost 49 (14 lines left for one sign, 102 near misses, 11 general questions);
# dev576 one general question (14 left); held out 23 lost 67 (14 lines left for one sign, 94 near misses, 6 general
# questions); dev585 one general question (14 left); held out 24 lost 6 (16 lines left for one sign, 143 near misses);
# dev599 two general questions (13 left); held out 25 lost 6; dev612 one general question (14 left); held out 28 lost 38
# (115 near misses and 8 general questions left).
MINIMUMS_BY_SET = {**NEAR_MISS_MINIMUMS_BY_SET, "dev506": (250, 14, 120, 15), "holdout19": (250, 15, 105, 12),
                   "holdout22": (250, 14, 100, 11), "dev576": (250, 15, 120, 14),
                   "holdout23": (250, 14, 90, 6), "dev585": (250, 15, 120, 14), "dev599": (250, 15, 120, 13), "dev612": (250, 15, 120, 14), "dev616": (250, 15, 120, 14), "holdout28": (250, 15, 110, 8),
                   "dev516": (250, 15, 120, 14), "dev522": (250, 15, 120, 14), "dev531": (250, 15, 120, 14),
                   "dev535": (250, 15, 120, 14), "dev536": (250, 15, 120, 14), "dev547": (250, 15, 120, 14),
                   "dev548": (250, 15, 120, 14), "dev555": (250, 15, 120, 13), "holdout21": (250, 14, 100, 9),
                   "dev214": (170, 11, 106, 15), "dev215": (48, 3, 126, 15),
                   "dev218": (270, 3, 126, 15), "holdout6": (250, 14, 120, 12), "holdout7": (270, 14, 105, 13),
                   "holdout9": (270, 11, 105, 9), "dev294": (250, 15, 120, 14),
                   "dev297": (250, 15, 120, 13), "dev298": (250, 15, 120, 14), "dev301": (250, 15, 120, 11),
                   "dev300": (250, 15, 120, 14), "holdout10": (270, 15, 105, 8),
                   "dev308": (250, 15, 120, 14), "dev310": (250, 15, 120, 14), "dev303": (250, 14, 120, 15), "dev312": (250, 15, 120, 14),
                   "dev316": (250, 15, 120, 14), "dev319": (250, 15, 120, 14),
                   "dev324": (250, 15, 120, 13), "dev327": (250, 15, 120, 14),
                   "dev332": (250, 15, 120, 10), "dev333": (250, 15, 120, 14), "dev334": (250, 15, 120, 14),
                   "dev335": (250, 15, 120, 14), "dev337": (250, 15, 120, 14), "dev344": (250, 15, 120, 13),
                   "dev345": (250, 15, 120, 14), "dev348": (250, 15, 120, 13),
                   "dev358": (250, 15, 120, 14), "holdout12": (250, 14, 120, 12),
                   "dev374": (250, 15, 120, 13), "holdout13": (250, 15, 120, 14),
                   "dev380": (250, 15, 120, 14), "dev383": (250, 15, 120, 14),
                   "holdout14": (250, 15, 120, 9), "dev397": (250, 15, 120, 14),
                   "dev391": (250, 15, 120, 14), "holdout15": (250, 13, 100, 5), "dev413": (250, 15, 120, 14),
                   "dev420": (250, 15, 120, 14), "dev428": (250, 15, 120, 12), "dev429": (250, 15, 120, 12),
                   "dev430": (250, 15, 120, 14), "dev434": (250, 15, 120, 14),
                   "dev436": (250, 15, 120, 14), "dev440": (250, 15, 120, 13), "dev441": (250, 15, 120, 13),
                   "holdout16": (250, 14, 95, 11), "holdout17": (250, 15, 100, 12),
                   "dev482": (250, 15, 120, 14), "dev486": (250, 15, 120, 14),
                   "holdout18": (250, 13, 120, 15), "dev494": (250, 15, 120, 14)}
NEAR_MISS_KINDS = {"negation", "general_question", "other_meaning", "other_person_no_back", "treatment_words",
                   "intended", "normal", "past_resolved", "smart_speaker"}


def _minimums(name: str) -> tuple[int, int, int, int]:
    """What a set must hold at least: the sizes it was written at where listed, else by the kind its
    first line declares."""
    if name in MINIMUMS_BY_SET:
        return MINIMUMS_BY_SET[name]
    with SAFETY_SETS[name].open(encoding="utf-8") as file:
        mostly_near_misses = NEAR_MISS_MARK in file.readline()
    return NEAR_MISS_MINIMUMS if mostly_near_misses else (MIN_WARNING_LINES, MIN_PER_SIGN, MIN_NEAR_MISSES, MIN_GENERAL)


def test_both_development_sets_are_there():
    assert {"dev", "dev2"} <= set(PRESENT)


@pytest.mark.parametrize("name", PRESENT)
def test_a_set_covers_every_sign_with_near_misses_and_general_questions(name):
    data = load_safety_set(SAFETY_SETS[name])
    lines = data["warning_signs"]
    min_lines, min_per_sign, min_near, min_general = _minimums(name)
    assert len(lines) >= min_lines
    assert len(data["near_misses"]) >= min_near
    assert len(data["general_questions"]) >= min_general
    for item in lines:
        assert item["sign"] in SIGNS, item
        assert item["utterance"].strip() and item.get("style") and item.get("who") in ("self", "other"), item
    for sign in SIGNS:
        assert sum(item["sign"] == sign for item in lines) >= min_per_sign, sign
    for item in data["near_misses"]:
        assert item["utterance"].strip() and item.get("kind") in NEAR_MISS_KINDS, item
    assert all(item["utterance"].strip() for item in data["general_questions"])


@pytest.mark.parametrize("name", PRESENT)
def test_no_line_is_said_twice_in_a_set(name):
    data = load_safety_set(SAFETY_SETS[name])
    said = [item["utterance"].lower() for part in data.values() for item in part]
    assert len(said) == len(set(said))


def test_no_held_out_line_is_in_a_development_set():
    # A held-out line also in a development set would have been tuned on. (The two development
    # sets, written apart, share a few short lines such as "can't pee at all": both are tuned on.)
    held_out = [name for name in PRESENT if name in HELD_OUT]
    if not held_out:
        pytest.skip("no held-out safety set in tests/data yet")
    tuned = {item["utterance"].lower() for name in PRESENT if name not in HELD_OUT
             for part in load_safety_set(SAFETY_SETS[name]).values() for item in part}
    for name in held_out:
        shared = [item["utterance"] for part in load_safety_set(SAFETY_SETS[name]).values() for item in part
                  if item["utterance"].lower() in tuned]
        assert len(shared) == 0, f"{len(shared)} line(s) of {name} are in a development set"
