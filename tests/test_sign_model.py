"""The runner's learned second opinion on warning signs (local_runner/nlu/sign_model.py): heard when
the rules hear no sign concept, overruling their context only when all but certain; trained only on
development sets, and current with them."""
from __future__ import annotations

import json

import pytest

from local_runner.nlu.sign_model import MODEL_FILE, NONE, SignModel, SignModelError, default_model, features
from local_runner.nlu.warning_signs import BLOCKED, DATA_FILE, WarningSigns
from local_runner.yaml_data import read_yaml
from runner_helpers import run_main
from skill_tools.train_sign_model import REPO, labelled_lines, sha256, training_files


@pytest.fixture(scope="module")
def signs() -> WarningSigns:
    return WarningSigns.load()


# ----- what a user hears ---------------------------------------------------------------------------
@pytest.mark.parametrize("said, sign", [
    ("no wee for twelve hours, back pain", "urinary_retention"),
    ("i have been using the needle again and my back hurts", "immune_risk"),
])
def test_a_sign_said_in_words_the_rules_do_not_list_still_gets_its_warning(signs, said, sign):
    assert not signs.analyse(said).judged           # the rules hear no sign concept here
    found = signs.detect(said)
    assert (found.sign, found.rule) == (sign, "learned second opinion")
    assert "learned second opinion" in found.explain()


def test_the_warning_from_the_second_opinion_is_spoken_action_first():
    done = run_main("ask", "--json", "no wee for twelve hours, back pain")
    assert done.returncode == 0, done.stderr
    turn = json.loads(done.stdout.strip().splitlines()[-1])
    assert turn["intent"] == "RedFlagsIntent"
    assert turn["speech"].startswith("Call 9 1 1")


def test_ask_explain_says_the_second_opinion_gave_the_warning():
    done = run_main("ask", "--explain", "no wee for twelve hours, back pain")
    assert done.returncode == 0, done.stderr
    assert "learned second opinion: urinary_retention" in " ".join(done.stdout.split())


def test_a_broken_shipped_model_is_named_in_a_one_line_error(tmp_path, monkeypatch):
    import local_runner.nlu.sign_model as sign_model
    import local_runner.nlu.warning_signs as warning_signs
    import local_runner.options as options

    broken = tmp_path / "sign_model.json"
    broken.write_text("{broken")
    monkeypatch.setattr(sign_model, "MODEL_FILE", broken)
    monkeypatch.setattr(options, "_NLUS", {})
    for cached in (sign_model.default_model, warning_signs._default):
        cached.cache_clear()
    try:
        done = run_main("ask", "hello")
    finally:
        for cached in (sign_model.default_model, warning_signs._default):
            cached.cache_clear()     # the next test loads the real files again
    assert done.returncode == 2
    assert done.stderr.startswith(f"error: sign model {broken}:") and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("said", [
    "no fever and no weight loss just a sore back",   # the rules hear the signs and their negation
    "my son has a temperature so i missed physio",    # another person's, no back
    "not been sweating or shivering, no temperature at all",
])
def test_where_the_rules_set_a_sign_aside_a_less_than_certain_opinion_keeps_it_aside(signs, said):
    found = signs.detect(said)
    assert found.judged and not found
    assert found.opinion is not None and found.opinion.probability < signs.second_opinion.overrule


@pytest.mark.parametrize("said, sign", [
    # a sign the context set aside as a child's with no back said, or as someone else's
    ("my son's right foot has started slapping on the floor when he walks", "leg_weakness"),
    ("my wife noticed the bed was wet when we woke up and i never do that and my back's been killing me",
     "bladder_bowel"),
])
def test_a_near_certain_opinion_overrules_the_context_and_says_so(signs, said, sign):
    found = signs.detect(said)
    assert found.judged and not any(v.kept for v in found.judged)   # every finding was set aside
    assert (found.sign, found.rule) == (sign, "learned second opinion")
    assert "sure enough to overrule the context" in found.explain()


class _Sure:
    """A second opinion that hears fever in everything, at a given probability."""
    threshold = 0.5

    def __init__(self, probability, overrule):
        self.probability, self.overrule = probability, overrule

    def opinion(self, stems):
        from local_runner.nlu.sign_model import Opinion
        return Opinion("fever", self.probability)


@pytest.mark.parametrize("probability, overrule, warned", [
    (0.995, 0.99, True), (0.98, 0.99, False), (1.0, None, False)])
def test_only_the_overrule_probability_lets_the_opinion_past_the_context(probability, overrule, warned):
    from copy import copy
    signs = copy(WarningSigns.load())
    signs.second_opinion = _Sure(probability, overrule)
    found = signs.detect("no fever, just a sore back")
    assert bool(found) is warned
    assert signs.detect("does yoga help").sign == "fever"     # no concept heard: its threshold decides


@pytest.mark.parametrize("said", ["does ibuprofen help", "my back is stiff in the morning",
                                  "is yoga good for back pain", "what if physical therapy isn't working"])
def test_ordinary_questions_stay_below_its_threshold(signs, said):
    found = signs.detect(said)
    assert not found and found.opinion is not None and found.opinion.probability < 0.05


def test_it_reads_words_of_another_meaning_as_set_aside_like_the_rules(signs):
    """"fell behind on my homework" is no fall to the rules; the second opinion never sees "fell" either."""
    stems = signs.opinion_stems("i fell behind on my physio homework")
    assert BLOCKED in stems and signs.stemmer("fell") not in stems
    assert signs.opinion_stems("i fell off the ladder") == [signs.stemmer(w) for w in "i fell off the ladder".split()]
    assert not signs.detect("i fell behind on my physio homework because work's been mental")


def test_without_the_model_the_rules_alone_decide(signs):
    rules_only = WarningSigns.load(DATA_FILE)
    assert rules_only.second_opinion is None
    assert not rules_only.detect("no wee for twelve hours, back pain")


# ----- what it learned from ----------------------------------------------------------------------
def test_the_shipped_model_was_trained_on_the_current_development_sets():
    model = default_model()
    assert model is not None
    expected = {path.relative_to(REPO).as_posix(): sha256(path) for path in training_files()}
    assert model.trained_on == expected, "retrain: python -m skill_tools.train_sign_model (needs '.[train]')"


def test_no_held_out_set_is_learned_from_and_no_held_out_line_is_in_a_training_set():
    data = REPO / "tests" / "data"
    assert not any("holdout" in name for name in default_model().trained_on)
    learned = {text.lower() for path in training_files() for text, _ in labelled_lines(path)}
    for path in sorted(data.glob("*holdout*.yaml")):
        loaded = read_yaml(path) or {}
        held = [item["utterance"] if isinstance(item, dict) else item
                for part in loaded.values() if isinstance(part, list) for item in part]
        shared = sum(str(text).lower() in learned for text in held)
        assert shared == 0, f"{shared} line(s) of {path.name} are in a training set"   # count only, never the lines


def test_the_trainer_refuses_a_held_out_set(tmp_path):
    (tmp_path / "safety_dev_holdout.yaml").write_text("warning_signs: []\n")
    with pytest.raises(ValueError, match="held-out"):
        training_files(tmp_path)


def test_its_classes_are_the_rules_signs_and_none(signs):
    model = default_model()
    assert set(model.classes) == set(signs.signs) | {NONE}


# ----- the file and the features --------------------------------------------------------------------
def test_features_are_word_pairs_and_letter_grams_inside_words():
    got = features(["wet", "bed"])
    assert {"w:wet", "w:bed", "w:wet bed", "c: we", "c:wet ", "c: wet "} <= set(got)
    assert not any("t b" in f for f in got if f.startswith("c:"))   # letters never cross words


@pytest.mark.parametrize("content, message", [
    ("not json", "sign model"),
    ('{"classes": ["none"]}', "missing or bad field"),
    ('{"classes": ["a"], "intercepts": [0], "threshold": 0.5, "weights": {}}', "needs the class"),
])
def test_a_broken_model_file_is_refused_with_the_reason(tmp_path, content, message):
    path = tmp_path / "model.json"
    path.write_text(content)
    with pytest.raises(SignModelError, match=message):
        SignModel.load(path)


def test_the_shipped_file_is_small_enough_to_load_with_the_runner():
    # it grows slowly with the development sets (about 490 KiB from 19,000 lines, 598 KiB from 33,700,
    # 712 KiB from 47,200, 784 KiB from 68,200, 884 KiB from 83,100, 989 KiB from 105,300, 1078 KiB from
    # 116,600, 1175 KiB from 135,400, 1274 KiB from 151,900, 1369 KiB from 165,000, 1468 KiB from 177,900,
    # 1609 KiB from 200,500, 1658 KiB from 210,300, 1751 KiB from 226,700, 1772 KiB from 229,800, 1803 KiB from 233,400, 1831 KiB from 236,900, 1894 KiB from 247,100, 1944 KiB from 253,300, 1999 KiB from 262,600, 2036 KiB from 268,800, 2077 KiB from 271,900, 2125 KiB from 278,100, 2192 KiB from 287,400, 2257 KiB from 293,600, 2293 KiB from 300,000, 2333 KiB from 303,200, 2337 KiB from 305,400, 2345 KiB from 309,300); a jump past this says the pruning or the features went wrong (the bound was
    # 800,000 bytes until the development sets passed 68,000 lines, 900,000 until they passed 83,000,
    # 1,000,000 until they passed 105,000, 1,100,000 until they passed 116,000, 1,200,000 until they passed
    # 135,000, 1,300,000 until they passed 151,000, 1,400,000 until they passed 165,000, 1,500,000 until
    # they passed 177,000, 1,600,000 until they passed 200,000, 1,700,000 until they passed 210,000, 1,800,000
    # until they passed 224,000, 1,900,000 until they passed 237,000, 2,000,000 until they passed 256,000, 2,100,000
    # until they passed 271,000, 2,200,000 until they passed 287,000, 2,300,000 until they passed 293,000, 2,400,000
    # until they passed 309,000)
    assert MODEL_FILE.stat().st_size < 2_500_000


class _AlwaysNightPain:
    """A second opinion that hears night pain in everything (the worst a retraining could do)."""
    threshold = 0.5
    overrule = None

    def opinion(self, stems):
        from local_runner.nlu.sign_model import Opinion
        return Opinion("night_pain", 0.9)


def test_a_question_the_skill_is_built_to_be_asked_is_never_turned_into_a_warning_by_the_second_opinion():
    from copy import copy

    from local_runner.nlu import Nlu
    nlu = Nlu.from_model()
    nlu.signs = copy(nlu.signs)
    nlu.signs.second_opinion = _AlwaysNightPain()
    # one of the interaction model's own samples: answered as its topic
    assert nlu.resolve("help me understand my back pain").intent == "CausesIntent"
    # words that are no sample still get the learned warning
    result = nlu.resolve("my back has been strange lately")
    assert result.intent == "RedFlagsIntent"
    assert result.slots["symptom"].id == "night_pain"


def test_the_shipped_model_overrules_at_the_probability_training_chose():
    from skill_tools.train_sign_model import OVERRULE, THRESHOLD
    shipped = default_model()
    assert (shipped.threshold, shipped.overrule) == (THRESHOLD, OVERRULE)


def test_a_conversation_teaches_only_its_turns_before_the_warning_is_due(tmp_path):
    # a carer's opening is no sign; the turn that tells one, and a conversation that needs no warning
    # (it may tell someone else's sign), teach nothing
    path = tmp_path / "sessions_dev_example.yaml"
    path.write_text('conversations:\n'
                    '  - {turns: ["my dad\'s back has been bad since the spring", "he wet himself yesterday"], warn_at: 1}\n'
                    '  - {turns: ["my dad\'s back is bad", "my son has a temperature"], warn_at: null}\n')
    assert labelled_lines(path) == [("my dad's back has been bad since the spring", NONE)]
    assert any(path.name.startswith("sessions_dev") for path in training_files())
